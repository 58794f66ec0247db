import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

/** Each statement with a change as `[form amount base] p=period`. */
const read = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.changes.length > 0)
    .map((s) => {
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${c.confidence === 'uncertain' ? '?' : ''}`;
      });
      return `[${ch.join(', ')}]${s.period ? ` p=${s.period.value}` : ''}`;
    });

describe('a bracketed rate of a named period (`grew 9.2% YoY in 10M 2025 (10M 2024: +8.6% YoY)`)', () => {
  it("is that period's rate, a statement of its own", () => {
    expect(read('Steel output rose 6.1% y/y in 1H 2025 (1H 2024: -2.3% y/y).')).toEqual([
      '[rate 6.1 same-period-last-year] p=2025-H1',
      '[rate -2.3 same-period-last-year] p=2024-H1',
    ]);
    expect(read('Cement sales grew 4.4% YoY in 9M 2025 (9M 2024: +1.7% YoY).')).toEqual([
      '[rate 4.4 same-period-last-year] p=2025-YTD-09',
      '[rate 1.7 same-period-last-year] p=2024-YTD-09',
    ]);
    expect(read('Tourism revenue jumped 21.5% YoY in 3Q24 (3Q23: +15.2% YoY).')).toEqual([
      '[rate 21.5 same-period-last-year] p=2024-Q3',
      '[rate 15.2 same-period-last-year] p=2023-Q3',
    ]);
  });

  it('takes the base of the first rate when the bracket states none', () => {
    expect(read('Exports grew 12.5% y/y in 10M 2025 (10M 2024: +14.9%).')).toEqual([
      '[rate 12.5 same-period-last-year] p=2025-YTD-10',
      '[rate 14.9 same-period-last-year] p=2024-YTD-10',
    ]);
  });

  it('leaves a bracket that opens on no period, or on the same period, in its statement (negatives)', () => {
    const noPeriod = read('Core CPI rose 3.1% YoY in 10M 2025 (excluding food: +2.7% YoY).');
    expect(noPeriod).not.toContain('[rate 2.7 same-period-last-year] p=2024-YTD-10');
    expect(noPeriod.join()).not.toMatch(/2\.7[^\]]*\] p=2024/);
    const same = read('Imports rose 8.0% YoY in 9M 2025 (9M 2025: +8.0% YoY).');
    expect(same.join()).not.toContain('p=2024');
  });
});
