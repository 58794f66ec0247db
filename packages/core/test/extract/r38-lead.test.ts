import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 38: shapes of report prose from the released `test24` set (and the classes they stand for),
 * each with the near-misses that must keep their old reading. Sentences paraphrase the set with other
 * numbers and names.
 */

describe('a sentence copied from a PDF page by page, with a blank line inside it', () => {
  it('goes on across one blank line between lower-case words, or before a number its line carries on', () => {
    const [profit] = extractStatements(
      'Lợi nhuận sau thuế thực hiện cả năm\n\n2023 đạt 215 tỷ đồng, đạt 96% kế hoạch và tăng 12% so với thực hiện 2022.',
      { locale: 'vi' },
    );
    expect(profit?.period?.value).toBe('2023');
    expect(profit?.name?.value).toBe('Lợi nhuận sau thuế thực hiện');
    const [sales] = extractStatements('Theo đó, kết\n\nquả kinh doanh cả năm 2023 đạt 1.210,5 tỷ đồng.', {
      locale: 'vi',
    });
    // (the name is one line: the wrap is no part of it)
    expect(sales?.name?.value).toBe('kết quả kinh doanh');
    expect(sales?.period?.value).toBe('2023');
  });

  it('near-miss: a blank line after punctuation, before a capital, or two blank lines still break', () => {
    for (const text of ['Kết quả kinh doanh cả năm:\n\n2023 đạt 500 tỷ đồng.', 'Kết quả kinh doanh cả năm\n\n\n2023 đạt 500 tỷ đồng.'])
      expect(extractStatements(text, { locale: 'vi' }).find((s) => s.value)?.period?.value, text).toBeUndefined();
    const [sales] = extractStatements('Kết quả kinh doanh năm\n\nDoanh thu đạt 500 tỷ đồng.', { locale: 'vi' });
    expect(sales?.name?.value).toBe('Doanh thu');
  });
});
