import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, markedChangeText, valueText } from './readings';

/** Each statement with a figure as `kind name | value [changes]` (`?` after an uncertain change). */
const lines = (text: string): string[] =>
  figured(text, 'en').map(
    (s) => `${s.kind.value} ${s.name?.value ?? '∅'} | ${valueText(s)} [${s.changes.map(markedChangeText).join(', ')}]`,
  );

/** Each statement's value and completion percent (`-` when none), `value c=percent`. */
const completions = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.completion)
    .map((s) => `${s.value ? valueText(s) : '-'} c=${s.completion?.value.percent.value ?? '-'}`);

describe('a plan noun after joined measures (round 32: test21)', () => {
  it('reads `of the revenue and profit targets` as the plan', () => {
    expect(
      completions(
        'Revenue was VND3.52 trillion and net income was VND713 billion, completing 68% and 85% of the revenue and profit targets, respectively.',
      ),
    ).toEqual(['3520000000000 VND c=68', '713000000000 VND c=85']);
    expect(completions('Revenue was VND3.52 trillion in 2023, reaching 68% of the revenue and profit plans.')).toEqual([
      '3520000000000 VND c=68',
    ]);
  });

  it('near-misses: a plan noun right after the joiner opens a clause of its own', () => {
    expect(completions('Exports accounted for 30% of GDP and plans to grow.')).toEqual(['30 percent c=-']);
  });
});

describe('spelled percentages before percentage points (round 32: test21)', () => {
  it('reads `nine percentage points` as `9 percentage points`', () => {
    expect(
      lines('The seat load factor improved to 84 percent, almost nine percentage points higher year-on-year.').map(
        (l) => l.replace(/^.*\| /u, ''),
      ),
    ).toEqual(['84 percent [points 9 same-period-last-year]']);
    expect(
      lines('The occupancy rate rose twelve percentage points from a year earlier.').map((l) =>
        l.replace(/^.*\| /u, ''),
      ),
    ).toEqual(['- [points 12 same-period-last-year]']);
  });

  it('near-misses: `points` alone after a spelled number stays words', () => {
    expect(lines('The home team scored nine points in the final quarter.')).toEqual([]);
  });
});

describe('a compound annual growth rate after a forecast (round 32: test21b)', () => {
  it('gives the CAGR to the forecast level before it, doubted as an average rate', () => {
    expect(
      lines(
        'The Vietnam Express Delivery Market size is estimated at USD 0.47 billion in 2025, and is expected to reach USD 0.71 billion by 2030, at a CAGR of 8.69% during the forecast period (2025-2030).',
      ),
    ).toEqual([
      'actual Vietnam Express Delivery Market size | 470000000 USD []',
      'target Vietnam Express Delivery Market size | 710000000 USD [rate 8.69 -?]',
    ]);
    expect(
      lines(
        'The market is expected to reach USD 8.87 billion by 2030, at a compound annual growth rate of 4.21% over 2025-2030.',
      ),
    ).toEqual(['target market | 8870000000 USD [rate 4.21 2025/2030?]']);
  });

  it('reads `a 9.10% CAGR` as a rate, no level', () => {
    expect(
      lines('The international segment is forecast to expand at a 9.10% CAGR through 2030.').map((l) =>
        l.replace(/^.*\| /u, ''),
      ),
    ).toEqual(['- [rate 9.1 -?]']);
  });

  it('leaves the kind of a compound rate alone with no forecast word open (`forecast-kind`)', () => {
    const read = extractStatements(
      'Light weight parcels commanded 52.54% share of the market in 2024 and are advancing at an 8.87% CAGR through 2030.',
      { locale: 'en' },
    ).filter((s) => s.changes.length > 0);
    expect(read.map((s) => `${s.kind.value} ${s.kind.doubt?.reason ?? '-'}`)).toEqual(['actual forecast-kind']);
  });

  it('near-misses: a rate per annum, a share after a forecast', () => {
    expect(lines('The loan carries an interest rate of 8% per annum.').map((l) => l.replace(/^.*\| /u, ''))).toEqual([
      '8 percent []',
    ]);
    expect(
      lines('The market is expected to reach USD 2 billion by 2030, with exports at 12%.').join(' '),
    ).not.toContain('rate 12');
  });
});
