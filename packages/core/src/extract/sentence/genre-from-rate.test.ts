import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

/** Each statement with a change as `[form amount base?] p=period`. */
const read = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.changes.length > 0 || s.value)
    .map((s) => {
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${c.confidence === 'uncertain' ? '?' : ''}`;
      });
      const v = s.value ? `${s.value.value.base}${s.value.value.unitCode ? ` ${s.value.value.unitCode}` : ''} ` : '';
      return `${v}[${ch.join(', ')}]${s.period ? ` p=${s.period.value}` : ''}`;
    });

describe('a move between two rates (`rose from A% y/y in M1 to B% y/y in M2`)', () => {
  it('reads both rates against the base, each with its own period', () => {
    expect(read('Core inflation climbed from 2.3% y/y in March 2025 to 2.9% y/y in April 2025.')).toEqual([
      '[rate 2.9 same-period-last-year] p=2025-04',
      '[rate 2.3 same-period-last-year] p=2025-03',
    ]);
    expect(read('Deposit growth slowed from 11.4 percent (y/y) in 2Q24 to 9.6 percent (y/y) in 3Q24.')).toEqual([
      '[rate 9.6 same-period-last-year] p=2024-Q3',
      '[rate 11.4 same-period-last-year] p=2024-Q2',
    ]);
    expect(read('Headline CPI edged up from 0.4% m/m in June 2024 to 0.5% m/m in July 2024.')).toEqual([
      '[rate 0.5 previous-period] p=2024-07',
      '[rate 0.4 previous-period] p=2024-06',
    ]);
  });

  it('dates a month without its year by the later month (December before January is last year)', () => {
    expect(read('Headline inflation eased from 3.1% YoY in December to 2.6% YoY in January 2025.')).toEqual([
      '[rate 2.6 same-period-last-year] p=2025-01',
      '[rate 3.1 same-period-last-year] p=2024-12',
    ]);
    expect(read('Food inflation rose from 4.2% y/y in May to 5.0% y/y in June 2023.')).toEqual([
      '[rate 5 same-period-last-year] p=2023-06',
      '[rate 4.2 same-period-last-year] p=2023-05',
    ]);
  });

  it('never gives the earlier rate the later period, nor a bound or a level the rate reading (negatives)', () => {
    // an earlier period that cannot be dated: the move stays one statement, the later rate doubted
    expect(read('Credit growth fell from 16.5% y/y last quarter to 15.0% y/y in November 2024.')).toEqual([
      '[rate 16.5 same-period-last-year, rate 15 same-period-last-year?] p=2024-11',
    ]);
    // `to` before a quantity without a base is no rate
    expect(read('The plant raised output by 5% y/y to 3,000 tonnes.')).toEqual([
      '3000 tonne [rate 5 same-period-last-year]',
    ]);
  });
});
