import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
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

describe('period words come from the grammars', () => {
  it('month names, counts and ordinals are the grammar tables', async () => {
    const { vi } = await import('./grammar-vi');
    const { en } = await import('./grammar-en');
    expect(vi.periodWords.monthNames['mười một']).toBe(11);
    expect(vi.periodWords.countWords.bảy).toBe(7);
    expect(en.periodWords.monthAbbreviations.sept).toBe(9);
    expect(en.periodWords.ordinals.last).toBe(4);
  });

  it('a word that is an Object property is no month or count (constructor, toString)', () => {
    const tokens = tokenize('tháng constructor năm 2020');
    expect(matchPeriod(tokens, 0, 'vi')?.rule).not.toBe('vi.period.thang-chu');
    const en2 = tokenize('in the first constructor months of 2020');
    expect(matchPeriod(en2, 0, 'en')?.rule).not.toBe('en.period.first-n-months');
  });
});

describe('period phrases read their key words from the grammars', () => {
  it('every key is folded (no marks, lower case), so the matcher compares folded words only', () => {
    for (const g of [vi, en]) {
      for (const [role, set] of Object.entries(g.periodWords.keys)) {
        const words = set instanceof Set ? [...set] : Object.keys(set);
        for (const word of words) expect(`${role}: ${word}`).toBe(`${role}: ${fold(word)}`);
      }
    }
  });

  it.each([
    ['hết tháng 10 năm 2023', 'vi', '2023-YTD-10'],
    ['quý II năm nay', 'vi', '2024-Q2'],
    ['năm trước', 'vi', '2023'],
    ['the full-year', 'en', '2024'],
    ['in the first half of last year', 'en', '2023-H1'],
    ['H2 2022', 'en', '2022-H2'],
    ['in the January-June period', 'en', '2024-H1'],
  ] as const)('%s (%s)', (text, locale, id) => {
    expect(read(text, locale, 2024)).toBe(id);
  });
});
