import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { completePeriod, matchPeriod } from '../period-phrase';
import { tokenize } from '../tokenize';
import type { Statement } from '../types';

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const firstPeriod = (text: string, year?: number): string | null | undefined => {
  const tokens = tokenize(text, undefined);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchPeriod(tokens, i, 'vi');
    if (m) return completePeriod(m, year);
  }
  return null;
};

describe('a range of months from January is the year to date of its last month', () => {
  it.each([
    ['từ tháng 1 đến tháng 9/2023', '2023-YTD-09'],
    ['từ tháng 1 đến hết tháng 10 năm 2024', '2024-YTD-10'],
    ['từ tháng Giêng tới tháng 5/2022', '2022-YTD-05'],
    ['từ tháng 1 - tháng 11/2021', '2021-YTD-11'],
  ])('%s', (text, id) => {
    expect(firstPeriod(text)).toBe(id);
  });

  it('without a year the range takes the report year', () => {
    expect(firstPeriod('từ tháng 1 đến tháng 8', 2025)).toBe('2025-YTD-08');
  });

  it.each([
    [
      'Lũy kế (từ tháng 1 đến tháng 8/2024), doanh thu du lịch của tỉnh đạt 4.250 tỷ đồng.',
      '4250000000000',
      '2024-YTD-08',
    ],
    [
      'Trong 10 tháng (từ tháng 1 đến hết tháng 10/2023), vốn đầu tư công giải ngân được 812 tỷ đồng.',
      '812000000000',
      '2023-YTD-10',
    ],
    ['Từ tháng Giêng tới tháng 6 năm 2022, tỉnh thu hút 1,2 triệu lượt khách.', '1200000', '2022-YTD-06'],
  ])('in a sentence, the figure is dated to the months so far, not the last month: %s', (text, base, id) => {
    const s = read(text).find((x) => x.value?.value.base === base);
    expect(s?.period?.value).toBe(id);
  });

  it('a range that starts after January is not read as the year to date', () => {
    expect(firstPeriod('từ tháng 3 đến tháng 9/2023')).not.toBe('2023-YTD-09');
    const [s] = read('Từ tháng 3 đến tháng 9/2023, kim ngạch xuất khẩu đạt 540 triệu USD.');
    expect(s?.period?.value).not.toBe('2023-YTD-09');
  });
});
