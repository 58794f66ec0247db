import { describe, expect, it } from 'vitest';
import { statementLines as lines } from './readings';

/**
 * Round 27, second half (Vietnamese leftovers of `test16`). Paraphrases of our own — other sectors,
 * numbers, bases and bound words, both languages where the shape exists — and near sentences that
 * must keep their reading. Never a corpus sentence.
 */

describe('a first value, then the base period’s figure after a compare word and its base, then a change', () => {
  it('gives the change to the first value, against that base; the base figure keeps the name and the base’s period', () => {
    for (const [text, locale, expected] of [
      [
        'Năm 2023, sản lượng thép đạt 1.250 tấn, so với cùng kỳ năm trước 1.100 tấn, tăng 13,6%.',
        'vi',
        ['1250 tonne [rate 13.6 same-period-last-year] k=actual p=2023', '1100 tonne? [] k=actual p=2022?'],
      ],
      [
        'Quý I/2024, lượng khách đạt 5.000 lượt, so cùng kỳ 4.600 lượt, giảm 8,7%.',
        'vi',
        ['5000 (lượt) [rate -8.7 same-period-last-year] k=actual p=2024-Q1', '4600 (lượt)? [] k=actual p=2023-Q1?'],
      ],
      [
        'Tháng 5/2024, doanh thu bán lẻ đạt 120 tỷ đồng, so với tháng trước 110 tỷ đồng, tăng 9,1%.',
        'vi',
        ['120000000000 VND [rate 9.1 previous-period] k=actual p=2024-05', '110000000000 VND? [] k=actual p=2024-04?'],
      ],
      [
        'Quý I/2024, sản lượng điện đạt 5.000 tấn, so với cùng kỳ gần 4.600 tấn, tăng 8,7%.',
        'vi',
        ['5000 tonne [rate 8.7 same-period-last-year] k=actual p=2024-Q1', '4600 tonne ~under? [] k=actual p=2023-Q1?'],
      ],
      [
        'In the first half of 2023, arrivals reached 1.2 million, compared with the same period last year 1.05 million, up 14%.',
        'en',
        ['1200000 [rate 14 same-period-last-year] k=actual p=2023-H1', '1050000? [] k=actual p=2022-H1?'],
      ],
    ] as const) {
      expect(lines(text, locale), text).toEqual(expected);
    }
  });
  it('without a period of the first value, the change still moves and the base figure stays undated', () => {
    expect(lines('Khách nội địa đạt 29.500 lượt khách, so với cùng kỳ 27.100 lượt, tăng 8,86%.', 'vi')).toEqual([
      '29500 (lượt khách) [rate 8.86 same-period-last-year] k=actual',
      '27100 (lượt)? [] k=actual',
    ]);
  });
  it('negative: a first value with a change of its own, another unit, a plan, or a `;` between keeps the change doubted where it was', () => {
    for (const text of [
      'Năm 2023, sản lượng đạt 1.250 tấn, tăng 5%, so với cùng kỳ 1.100 tấn, tăng 13,6%.',
      'Năm 2023, sản lượng đạt 1.250 tấn, so với cùng kỳ 50 tỷ đồng, tăng 13,6%.',
      'Năm 2023, sản lượng đạt 1.250 tấn; so với cùng kỳ 1.100 tấn, tăng 13,6%.',
    ]) {
      const read = lines(text, 'vi');
      expect(read[0], text).not.toContain('13.6');
      expect(read.find((l) => l.includes('13.6')) ?? '', text).toContain('?]');
    }
    expect(lines('Năm 2023, sản lượng đạt 1.250 tấn, so với kế hoạch 1.100 tấn, vượt 13,6%.', 'vi')[0]).toBe(
      '1250 tonne [] k=actual p=2023',
    );
  });
});
