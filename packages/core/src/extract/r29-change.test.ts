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

describe('a verbless percentage before a rate’s own adverb is a rate, doubted (round 29)', () => {
  it('reads it after a colon, a comma or a restating `or` as a rate, not a level against the base', () => {
    expect(
      changesOf('Third-quarter GDP growth beat expectations: 7.4% year-on-year, the best in two years.', 'en'),
    ).toEqual(['rate 7.4 same-period-last-year?rate-or-ratio']);
    expect(changesOf('Retail revenue reached 3.6 quadrillion VND, 11.6 percent year-on-year.', 'en')).toEqual([
      'rate 11.6 same-period-last-year?rate-or-ratio',
    ]);
    expect(
      changesOf(
        'Average income rose by 180,000 VND compared to the previous quarter to 7.3 million VND, or 2.5% quarter-on-quarter.',
        'en',
      ),
    ).toContain('rate 2.5 previous-period?rate-or-ratio');
  });

  it('reads it after `and` when no direction carries over (a printed sign, a value before)', () => {
    expect(
      changesOf(
        'Credit growth remained sluggish, registering -0.1 percent (m/m) and 9.3 percent (y/y) in October 2023.',
        'en',
      ),
    ).toEqual(['rate -0.1 previous-period', 'rate 9.3 same-period-last-year?rate-or-ratio']);
    // (was a certain ratio: a silent wrong number)
    expect(changesOf('Profit was 5 billion USD and 7.4% year-on-year.', 'en')).toEqual([
      'rate 7.4 same-period-last-year?rate-or-ratio',
    ]);
  });

  it('leaves a carried direction, a percentage of its base, 50 or more and a share as they were (near-misses)', () => {
    expect(changesOf('Exports dropped 16.5% YoY and 19.8% YoY in May.', 'en')).toEqual([
      'rate -16.5 same-period-last-year',
      'rate -19.8 same-period-last-year?second-figure',
    ]);
    expect(changesOf('Revenue reached 3.6 quadrillion VND, 95 percent of the same period last year.', 'en')).toEqual([
      'ratio 95 same-period-last-year',
    ]);
    expect(changesOf('Revenue reached 3.6 quadrillion VND, 95 percent year-on-year.', 'en')).toEqual([
      'ratio 95 same-period-last-year?rate-or-ratio',
    ]);
    expect(
      changesOf('Revenue reached 3.6 quadrillion VND (9.2% compared with the same period last year).', 'en'),
    ).toEqual(['ratio 9.2 same-period-last-year?rate-or-ratio']);
    expect(changesOf('Sales were 5 million units, or 2.5% of the total.', 'en')).toEqual([]);
    // (an abbreviation after a comma was a certain rate already)
    expect(changesOf('Exports hit 5.4 billion USD, 8.2% YoY.', 'en')).toEqual(['rate 8.2 same-period-last-year']);
    expect(changesOf('Revenue reached 3.6 quadrillion VND, up 11.6 percent year-on-year.', 'en')).toEqual([
      'rate 11.6 same-period-last-year',
    ]);
  });
});

describe('a goal’s or a forecast’s bare percentage in a sentence about a growth is that growth’s rate, doubted (round 29)', () => {
  it('reads the goal named before or after the percentage as a rate with no base, doubted', () => {
    expect(
      changesOf(
        'UOB has kept its forecast for Vietnam’s GDP growth in 2023 unchanged at 6.6% in line with the official forecast of 6.5%.',
        'en',
      ),
    ).toEqual(['rate 6.6 -', 'rate 6.5 -?percent-role']);
    expect(
      changesOf('Inflation is set to accelerate this year but remain below the Central Bank’s 4.5% target.', 'en'),
    ).toEqual(['rate 4.5 -?comparison']);
    expect(
      changesOf(
        'Vĩnh Phúc has set a target of 10–11 per cent growth, higher than the 9 per cent quota assigned by the Government.',
        'en',
      ),
    ).toEqual(['rate 9 -?comparison']);
    expect(
      changesOf('Dự kiến GDP 6 tháng tăng thêm khoảng 0,2-0,3%, bám sát kịch bản đã đề ra khoảng 7,5%.', 'vi'),
    ).toEqual(['rate 7.5 -?percent-role']);
  });

  it('keeps a level where the goal names a rate, a share or nothing of growth, or stands past another figure (near-misses)', () => {
    expect(
      changesOf('The poverty rate fell to 2.9% in 2023, against the target of 3% set for the year.', 'en'),
    ).not.toContain('rate 3 -?percent-role');
    expect(changesOf('The ministry raised its forecast for the share of renewables to 30%.', 'en')).toEqual([]);
    // (the first figure's goal only: the one after it keeps its level; both doubted)
    expect(changesOf('We upgraded our 2024 GDP forecasts to 6.5% from previous 6.3%.', 'en')).toEqual([
      'rate 6.5 -?unread-base',
    ]);
    expect(changesOf('The company met its target of 95% customer satisfaction in 2023.', 'en')).toEqual([]);
  });
});
