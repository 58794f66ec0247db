import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';

const read = (text: string, locale: 'vi' | 'en') =>
  extractStatements(text, { locale }).map((s) => ({
    name: s.name?.value,
    value: s.value?.value.base,
    completion: s.completion?.value.percent.value,
    changes: s.changes.map((c) => c.value.amount.value),
    stage: s.stage?.value,
  }));

describe('a second completion against another plan is a statement of its own', () => {
  it.each([
    [
      'vi',
      'Thu nội địa ước đạt 8.120 tỷ đồng, bằng 102,3% dự toán Trung ương giao và bằng 95,6% dự toán HĐND tỉnh giao, tăng 6,1% so với cùng kỳ.',
      'Thu nội địa',
      ['8120000000000', '102.3', '95.6'],
    ],
    [
      'vi',
      'Tổng vốn đầu tư công giải ngân đạt 4.500 tỷ đồng, bằng 78,4% kế hoạch Thủ tướng giao và 71,2% kế hoạch tỉnh giao.',
      'Tổng vốn đầu tư công giải ngân',
      ['4500000000000', '78.4', '71.2'],
    ],
    [
      'en',
      'State budget collection hit 5.1 trillion VND, 104.2% of the central estimate and 98.5% of the provincial estimate.',
      'State budget collection',
      ['5100000000000', '104.2', '98.5'],
    ],
    [
      'en',
      'Budget revenue reached VND1,200 billion, equal to 102 percent of the estimate assigned by the central government and 97 percent of the estimate approved by the provincial People’s Council.',
      'Budget revenue',
      ['1200000000000', '102', '97'],
    ],
  ] as const)('%s: %s', (locale, text, name, [value, first, second]) => {
    const statements = read(text, locale);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatchObject({ name, value, completion: first });
    // the second plan's statement: same indicator, its own completion, no value of its own
    expect(statements[1]).toMatchObject({ name, completion: second, value: undefined, changes: [] });
  });

  it('keeps the stage and leaves a later change with the indicator’s statement', () => {
    const [main, other] = read(
      'Thu nội địa ước đạt 8.120 tỷ đồng, bằng 102,3% dự toán Trung ương giao và bằng 95,6% dự toán HĐND tỉnh giao, tăng 6,1% so với cùng kỳ.',
      'vi',
    );
    expect(main?.changes).toEqual(['6.1']);
    expect(other?.stage).toBe('estimate');
  });

  it('two completions of the same plan are not read as two statements: the second stays unread', () => {
    const text = 'Thu ngân sách trên địa bàn ước đạt 2.150 tỷ đồng, đạt 96% kế hoạch, đạt 97% kế hoạch.';
    const statements = extractStatements(text, { locale: 'vi' });
    expect(statements).toHaveLength(1);
    expect(statements[0]?.completion?.value.percent.value).toBe('96');
    expect(statements[0]?.unread.some((u) => u.what === 'completion' && u.span.text.includes('97%'))).toBe(true);
  });
});
