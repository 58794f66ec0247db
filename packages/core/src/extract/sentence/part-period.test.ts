import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

const periods = (text: string, locale: 'vi' | 'en') =>
  extractStatements(text, { locale })
    .filter((s) => s.value)
    .map((s) => [s.period?.value, s.period?.confidence]);

describe('a period of a figureless part before `;` does not date the figures of the next part', () => {
  it('a clause of only a period opening the part after `;` dates its figures', () => {
    expect(
      periods('Kế hoạch được ban hành trong năm 2023; quý II/2024, doanh thu của công ty đạt 345,6 triệu USD.', 'vi'),
    ).toEqual([['2024-Q2', 'certain']]);
    expect(
      periods('The plan was issued in 2023; in the second quarter of 2024, revenue reached US$345.6 million.', 'en'),
    ).toEqual([['2024-Q2', 'certain']]);
  });

  it('near-misses: a part with no period of its own keeps the sentence period; periods after a figure as before', () => {
    expect(periods('Trong năm 2023; doanh thu đạt 345,6 triệu USD.', 'vi')).toEqual([['2023', 'certain']]);
    expect(periods('Năm 2023, doanh thu đạt 345,6 triệu USD; quý II/2024, doanh thu đạt 100 triệu USD.', 'vi')).toEqual(
      [
        ['2023', 'certain'],
        ['2024-Q2', 'certain'],
      ],
    );
    // the figure names its own period: that one, as before
    expect(periods('Kế hoạch được ban hành trong năm 2023; doanh thu quý II/2024 đạt 345,6 triệu USD.', 'vi')).toEqual([
      ['2024-Q2', 'certain'],
    ]);
  });
});
