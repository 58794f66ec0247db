import { describe, expect, it } from 'vitest';
import { completePeriod, matchPeriod } from './period-phrase';
import { tokenize } from './tokenize';

const read = (text: string, locale: 'vi' | 'en', year?: number) => {
  const tokens = tokenize(text);
  const m = matchPeriod(tokens, 0, locale);
  return m ? completePeriod(m, year) : null;
};

describe('period phrases', () => {
  it.each([
    ['năm 2020', '2020'],
    ['6 tháng đầu năm 2021', '2021-H1'],
    ['6 tháng cuối năm 2020', '2020-H2'],
    ['quý I/2021', '2021-Q1'],
    ['quý 3 năm 2020', '2020-Q3'],
    ['tháng 11/2020', '2020-11'],
    ['lũy kế 11 tháng', '2020-YTD-11'],
    ['11 tháng năm 2020', '2020-YTD-11'],
    ['giai đoạn 2021-2025', '2021/2025'],
    ['năm nay', '2020'],
    ['nam 2019', '2019'],
  ])('vi › %s → %s', (text, id) => {
    expect(read(text, 'vi', 2020)).toBe(id);
  });
  it.each([
    ['in 2020', '2020'],
    ['the first quarter of 2021', '2021-Q1'],
    ['In the first half of 2021', '2021-H1'],
    ['the first 11 months of 2020', '2020-YTD-11'],
    ['Q2 2021', '2021-Q2'],
    ['2021–2025', '2021/2025'],
    ['November 2020', '2020-11'],
  ])('en › %s → %s', (text, id) => {
    expect(read(text, 'en', 2020)).toBe(id);
  });
  it('a period without a year needs the context year', () => {
    expect(read('quý I', 'vi')).toBeUndefined();
    expect(read('quý I', 'vi', 2021)).toBe('2021-Q1');
  });
  it('a duration is no period: `3 tháng` alone', () => {
    expect(read('3 tháng', 'vi', 2020)).toBeNull();
  });
});
