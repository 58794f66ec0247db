import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Every change read, as `form amount base` with `?reason` when doubted. */
function changesOf(text: string, locale: 'vi' | 'en'): string[] {
  return extractStatements(text, { locale }).flatMap((s) =>
    s.changes.map((c) => {
      const b = c.value.base;
      const base = b ? (b.kind === 'period' ? b.period : b.kind) : '-';
      const doubt = c.confidence === 'uncertain' ? `?${c.doubt?.reason ?? ''}` : '';
      return `${c.value.form} ${c.value.amount.value} ${base}${doubt}`;
    }),
  );
}

describe('a named rate changing by a bare percentage is read in points, doubted (round 28)', () => {
  it('reads a Vietnamese named rate’s change by a bare % as points, doubted', () => {
    expect(changesOf('Tỷ lệ hộ nghèo dân tộc thiểu số năm 2022 đã giảm 3,4%.', 'vi')).toEqual([
      'points -3.4 -?points-or-percent',
    ]);
    expect(
      changesOf('Tỷ lệ hộ gia đình sử dụng cáp quang đạt 76,9%, tăng 6,2% so với cùng kỳ năm ngoái.', 'vi'),
    ).toEqual(['points 6.2 same-period-last-year?points-or-percent']);
    expect(changesOf('Tỷ lệ thất nghiệp là 2,3%, giảm 0,2% so với quý trước.', 'vi')).toEqual([
      'points -0.2 previous-period?points-or-percent',
    ]);
  });

  it('keeps the points a Vietnamese sentence names, or shows by its own figures, certain', () => {
    expect(changesOf('Tỷ lệ thất nghiệp là 2,3%, giảm 0,2 điểm phần trăm so với cùng kỳ.', 'vi')).toEqual([
      'points -0.2 same-period-last-year',
    ]);
    expect(changesOf('Tỷ lệ giải ngân đạt 60%, tăng 10% so với cùng kỳ (năm 2023 đạt 50%).', 'vi')[0]).toBe(
      'points 10 same-period-last-year',
    );
  });

  it('keeps a relative change where no rate is named or the figures show it relative (near-misses)', () => {
    expect(changesOf('Doanh thu bán lẻ đạt 5.200 tỷ đồng, tăng 12% so với cùng kỳ.', 'vi')).toEqual([
      'rate 12 same-period-last-year',
    ]);
    expect(changesOf('Chỉ số giá tiêu dùng (CPI) tăng 3,2% so với cùng kỳ.', 'vi')).toEqual([
      'rate 3.2 same-period-last-year',
    ]);
    expect(changesOf('Tốc độ tăng trưởng GRDP đạt 8,2%, tăng 1,2% so với cùng kỳ.', 'vi')).not.toContain(
      'points 1.2 same-period-last-year?points-or-percent',
    );
    expect(changesOf('Tỷ lệ giải ngân đạt 60%, tăng 20% so với cùng kỳ (năm 2023 đạt 50%).', 'vi')[0]).toBe(
      'rate 20 same-period-last-year?points-or-percent',
    );
  });

  it('reads an English named rate beside its percentage level in points, doubted', () => {
    expect(
      changesOf(
        'Vietnam’s national urbanization rate was estimated at 41.7 percent in 2022, up 1.2 percent year-on-year.',
        'en',
      ),
    ).toEqual(['points 1.2 same-period-last-year?points-or-percent']);
    expect(
      changesOf(
        "Vietnam's unemployment rate for the third quarter was 2.24%, a slight decrease of 0.05% from the previous period.",
        'en',
      ),
    ).toEqual(['points -0.05 previous-period?points-or-percent']);
    expect(
      changesOf('The GSO said hotel occupancy was 1.5 per cent, a decrease of 0.05% from the previous quarter.', 'en'),
    ).toEqual(['points -0.05 previous-period?points-or-percent']);
  });

  it('leaves an English rate with no level of its own unread, a named growth, a money level or an index relative (near-misses)', () => {
    expect(
      changesOf(
        'The occupancy of hotels in HCMC in Q1/2023 was 68 percent, showing a quarter-on-quarter rate of growth of 6 percent.',
        'en',
      ),
    ).toEqual(['rate 6 previous-period?points-or-percent']);
    expect(
      changesOf(
        'The disbursement rate in the first seven months was 2.3% higher than in the same period last year.',
        'en',
      ),
    ).toEqual([]);
    expect(changesOf('Retail sales reached VND 5,200 billion, up 12% year-on-year.', 'en')).toEqual([
      'rate 12 same-period-last-year',
    ]);
    expect(changesOf('The consumer price index (CPI) rose 3.2 percent year-on-year.', 'en')).toEqual([
      'rate 3.2 same-period-last-year',
    ]);
  });
});

describe('a multiple verb used alone states the multiple with no base after it (round 28)', () => {
  it('reads `doubled`, `tripled`, `quadrupled` with nothing or a period after them', () => {
    expect(changesOf('Egg production has almost quadrupled.', 'en')).toEqual(['times 4 -']);
    expect(changesOf('Exports to the United States doubled in 2023.', 'en')).toEqual(['times 2 -']);
    expect(changesOf('The number of visitors tripled, reaching 1.2 million.', 'en')).toContain('times 3 -');
    expect(changesOf('Coal imports doubled to 36.8 million tons in 2023.', 'en')).toEqual(['times 2 -']);
  });

  it('reads the base form after a bound or a modal, with its base when one follows the period', () => {
    expect(
      changesOf(
        'Container volumes more than doubled in the first quarter of 2016 compared to the same period in 2015.',
        'en',
      ),
    ).toHaveLength(1);
    expect(
      changesOf('The terminal saw container volumes more than double in the first quarter of 2016.', 'en'),
    ).toEqual(['times 2 -']);
    expect(changesOf('Coal imports could triple by 2030.', 'en')).toEqual(['times 3 -']);
  });

  it('near-misses: a multiple verb with an object, an adjective or a noun is no figure', () => {
    expect(changesOf('The city decided to double efforts to tackle the issues.', 'en')).toEqual([]);
    expect(changesOf('The province doubled its efforts to attract investors in 2023.', 'en')).toEqual([]);
    expect(changesOf('The country signed a double taxation agreement in 2023.', 'en')).toEqual([]);
    expect(changesOf('Exports posted double-digit growth in 2023.', 'en')).toEqual([]);
    expect(changesOf('The bank doubled down on retail lending in 2023.', 'en')).toEqual([]);
    expect(
      changesOf('Income rose 2.5% quarter-on-quarter, nearly doubling the rate recorded a year earlier.', 'en'),
    ).not.toContain('times 2 -');
  });
});
