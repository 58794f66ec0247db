import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Each statement with a figure as `value p=period`. */
function periods(text: string): string[] {
  return extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => `${s.value?.value.base ?? '-'} p=${s.period?.value ?? ''}`);
}

describe('a quarter named by its number after the word (round 30)', () => {
  it('reads `quarter 1/2023`, `Quarter IV/2022`, `quarter 3 of 2021`, `quarter 2, 2024`, `quarter 4 2020`', () => {
    expect(periods('PV Drilling achieved VND 52.3 billion in profit after tax in quarter 1/2023')).toEqual([
      '52300000000 p=2023-Q1',
    ]);
    expect(periods('In Quarter IV/2022, exports reached US$30 billion.')).toEqual(['30000000000 p=2022-Q4']);
    expect(periods('Exports reached US$30 billion in quarter 3 of 2021.')).toEqual(['30000000000 p=2021-Q3']);
    expect(periods('Exports during quarter 2, 2024 reached US$8.2 billion.')).toEqual(['8200000000 p=2024-Q2']);
    expect(periods('Revenue for quarter 4 2020 was 455 billion dong.')).toEqual(['455000000000 p=2020-Q4']);
  });

  it('reads no period without a year, for a fifth quarter, or for a count after `the quarter`', () => {
    expect(periods('Exports during quarter 2 reached US$8.2 billion.')).toEqual(['8200000000 p=']);
    expect(periods('Revenue in quarter 5/2023 was 455 billion dong.')).toEqual(['455000000000 p=']);
    expect(periods('In the quarter 1,200 new jobs were created, the ministry said.')).toEqual(['1200 p=']);
    expect(periods('A quarter 2 of the 8 plants closed in 2023.')).not.toContain('2 p=2023-Q2');
  });
});
