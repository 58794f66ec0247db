import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';

/**
 * Round 29, the period field (R29-PERIOD): classes of how a period is said that the reader missed
 * across the released sets, each written as paraphrases of our own with near-misses; never a corpus
 * sentence.
 */

/** Each statement's period, `?reason` when doubted, `-` when none. */
const periods = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  extractReport(text, { locale }).statements.map(
    (s) => `${s.period?.value ?? '-'}${s.period?.confidence === 'uncertain' ? `?${s.period.doubt?.reason ?? ''}` : ''}`,
  );

describe('a period written once after the last clause’s figure dates the clauses before it', () => {
  it('lends a Vietnamese trailing period back over a comma list, doubted (later-period)', () => {
    expect(
      periods('Gần 1,2 triệu người thất nghiệp, hơn 850.000 người thiếu việc làm trong quý III/2023.', 'vi'),
    ).toEqual(['2023-Q3?later-period', '2023-Q3']);
    expect(periods('Doanh thu đạt 7.300 tỷ đồng, lợi nhuận trước thuế đạt 910 tỷ đồng trong năm 2022.', 'vi')).toEqual([
      '2022?later-period',
      '2022',
    ]);
  });

  it('lends an English trailing period back over `, and`, `, while`, a fronted `Despite`', () => {
    expect(periods('Its literacy rate hit 96.1 percent, and school enrolment was 98.2 percent in 2019.')).toEqual([
      '2019?later-period',
      '2019',
    ]);
    expect(
      periods('The firm sold 8,200 trucks, while its revenue reached VND 6,100 billion in the first half of 2023.'),
    ).toEqual(['2023-H1?later-period', '2023-H1']);
    expect(
      periods(
        'Despite a 3.4% fall in volume, coffee export earnings rose by 21.5% to $2.1 billion in the first five months of 2024.',
      ),
    ).toEqual(['2024-YTD-05?later-period', '2024-YTD-05']);
  });

  it('does not lend over a comparison, a move, `;`, a goal after a result or a period of the clause’s own (near-misses)', () => {
    // the later figure is the other side of a comparison, or the end of a move
    expect(periods('Exports rose 6.3%, higher than the 4.2% growth recorded in 2021.')[0]).toBe('-');
    expect(periods('Doanh thu đạt 7.300 tỷ đồng, cao hơn mức 6.800 tỷ đồng của năm 2021.', 'vi')[0]).toBe('-');
    expect(periods('Power output rose from approximately 61 billion kWh now, to 104 billion kWh by 2025.')[0]).toBe(
      '-',
    );
    // a part after `;`
    expect(periods('Doanh thu đạt 7.300 tỷ đồng; lợi nhuận đạt 910 tỷ đồng trong năm 2022.', 'vi')[0]).toBe('-');
    // a result before a goal
    expect(periods('Growth reached 6.4% last quarter, and the city aims at 8% by 2026.')[0]).toBe('-');
    // a later period written before its own figure, and a clause dated by its own words
    expect(periods('Imports rose 4.1%, while in 2022 exports reached US$5 billion.')[0]).toBe('-');
    expect(periods('In 2020, revenue reached VND 7,300 billion, and profit stood at VND 910 billion in 2021.')).toEqual(
      ['2020', '2021'],
    );
  });
});

describe('a date written in words reads as the same date in digits (`ngày 31 tháng 12 năm 2020`, `31 December 2020`)', () => {
  it('reads a Vietnamese cut-off on a month’s last day in words as the year to that month', () => {
    // (a stock stated with `có` at the cut-off keeps the year, doubted `month-end` since round 30)
    expect(periods('Đến ngày 31 tháng 12 năm 2021, toàn tỉnh có 318 hợp tác xã nông nghiệp.', 'vi')).toEqual([
      '2021?month-end',
    ]);
    expect(periods('Tính đến hết ngày 30 tháng 9 năm 2023, dư nợ tín dụng đạt 81.500 tỷ đồng.', 'vi')).toEqual([
      '2023-YTD-09',
    ]);
    // the same dates in digits, as before
    expect(periods('Đến ngày 31/12/2021, toàn tỉnh có 318 hợp tác xã nông nghiệp.', 'vi')).toEqual(['2021?month-end']);
  });

  it('reads an English cut-off with the day first as the one with the month first, doubted (month-end)', () => {
    expect(periods('As of 30 June 2022, outstanding loans stood at VND 11,200 billion.')).toEqual([
      '2022-YTD-06?month-end',
    ]);
    expect(periods('As of June 30, 2022, outstanding loans stood at VND 11,200 billion.')).toEqual([
      '2022-YTD-06?month-end',
    ]);
  });

  it('gives no period for any other date in words, as for the date in digits (near-misses)', () => {
    // a decree's date, an event's day; a cut-off inside a month is the year to that month, doubted
    // (`mid-month`, round 37), as in digits
    expect(
      periods('Theo Quyết định số 812/QĐ-UBND ngày 14 tháng 5 năm 2023, tổng vốn được bố trí là 3.400 tỷ đồng.', 'vi'),
    ).toEqual(['-']);
    expect(periods('Ngày 9 tháng 2 năm 2024, Sở Công Thương cho biết đã bán 7.800 tấn gạo.', 'vi')).toEqual(['-']);
    expect(periods('Tính đến ngày 18 tháng 10 năm 2023, toàn tỉnh đã tiêm 41.000 liều vắc-xin.', 'vi')).toEqual([
      '2023-YTD-10?mid-month',
    ]);
    expect(periods('Tính đến ngày 18/10/2023, toàn tỉnh đã tiêm 41.000 liều vắc-xin.', 'vi')).toEqual([
      '2023-YTD-10?mid-month',
    ]);
    expect(periods('On 9 February 2024, the VN-Index closed at 1,172 points.')).toEqual(['-']);
    // the month without a day stays the month
    expect(periods('Trong tháng 5 năm 2023, toàn tỉnh đã tiêm 41.000 liều vắc-xin.', 'vi')).toEqual(['2023-05']);
    expect(periods('Budget revenue reached VND 2,150 billion in May 2023.')).toEqual(['2023-05']);
  });
});
