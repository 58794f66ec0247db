import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 24, English recall of goal and forecast prose (housing, energy, infrastructure, health
 * and price reports; the families of test13's second English part, R24-EN2): each family written
 * as paraphrases of our own in other sectors, numbers and word order, with its near-misses; never
 * a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound? [changes] k=kind p=period`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const ch = s.changes.map(markedChangeText);
    return `${valueText(s)}${bound}${mark(s.value)} [${ch.join(', ')}] k=${s.kind.value} p=${s.period?.value ?? '-'}${mark(s.period)}`;
  });

describe('a deadline `by 2025` inside a clause, before a joiner (`6 GW by 2025 and 12 GW by 2030`)', () => {
  it('dates each figure of a goal list by the deadline written right after it', () => {
    expect(readings('Offshore wind capacity will reach 6,000 MW by 2025 and 12,000 MW by 2030.')).toEqual([
      '6000 (MW) [] k=target p=2025',
      '12000 (MW) [] k=target p=2030',
    ]);
    expect(readings('The programme aims to plant 150,000 ha of forest by 2026 and 320,000 ha by 2030.')).toEqual([
      '150000 ha [] k=target p=2026',
      '320000 ha [] k=target p=2030',
    ]);
    // a stock reached by a date, in the past
    expect(readings('The network reached 1,200 km of expressways by 2021 and 2,000 km by 2023.')).toEqual([
      '1200 km [] k=actual p=2021',
      '2000 km [] k=actual p=2023',
    ]);
    // one deadline, the other in-year
    expect(readings('Installed capacity reached 6,000 MW by 2020 and 12,000 MW in 2023.')).toEqual([
      '6000 (MW) [] k=actual p=2020',
      '12000 (MW) [] k=actual p=2023',
    ]);
  });

  it('reads the deadline after a measure noun that looks like a slip of a change verb (`wind power by 2025`)', () => {
    expect(readings('Vietnam aims to have 6,000 MW of wind power by 2025.')).toEqual(['6000 (MW) [] k=target p=2025']);
    expect(readings('The country aims to have 4,000 MW of hydro power by 2030, and 5,500 MW by 2035.')).toEqual([
      '4000 (MW) [] k=target p=2030',
      '5500 (MW) [] k=target p=2035',
    ]);
  });

  it('dates the second item by its own period when the first took the one between them after words of its measure', () => {
    expect(readings('Vietnam aims to have 6,000 MW of wind power in 2025 and 12,000 MW in 2030.')).toEqual([
      '6000 (MW) [] k=target p=2025',
      '12000 (MW) [] k=target p=2030',
    ]);
    expect(readings('The port handled 42 million tonnes of cargo in 2022 and 47 million tonnes in 2023.')).toEqual([
      '42000000 tonne [] k=actual p=2022',
      '47000000 tonne [] k=actual p=2023',
    ]);
  });

  it('keeps `by` before a year-like amount of a change an amount (near-misses)', () => {
    // a unit after the number: an amount, no deadline (no statement of the year 2000)
    expect(readings('Output fell by 2000 tonnes.').filter((r) => r.includes('p=2000'))).toEqual([]);
    expect(
      readings('The index rose by 2020 points and closed at 5,100 points.').filter((r) => r.includes('p=2020')),
    ).toEqual([]);
    // the first item's period stays its own when the second names none
    expect(readings('Capacity reached 6,000 MW by 2020 and 12,000 MW.')).toEqual([
      '6000 (MW) [] k=actual p=2020',
      '12000 (MW) [] k=actual p=2020',
    ]);
  });
});

describe('a further amount with its noun left out (`an additional 41,000 by 2030`, `another 3,500`)', () => {
  it('reads the bare number after `another`, `an additional`, `a further` as the same thing counted', () => {
    expect(readings('The province aims to build over 30,000 units by 2025 and an additional 45,000 by 2030.')).toEqual([
      '30000 (units)~over [] k=target p=2025',
      '45000 (units) [] k=target p=2030',
    ]);
    expect(readings('The city plans to add 2,000 beds by 2025 and another 3,500 by 2030.')).toEqual([
      '2000 (beds) [] k=target p=2025',
      '3500 (beds) [] k=target p=2030',
    ]);
    expect(readings('The district hospital added 120 beds in 2023 and a further 80 in 2024.')).toEqual([
      '120 (beds) [] k=actual p=2023',
      '80 (beds) [] k=actual p=2024',
    ]);
  });

  it('leaves a bare number after money, a percentage or a year alone (near-misses)', () => {
    // money: the bare number names no currency
    expect(readings('The firm posted revenue of US$5 billion in 2023 and another 300 in 2024.')).toEqual([
      '5000000000 USD [] k=actual p=2023',
    ]);
    // a percentage
    expect(readings('Exports rose 5% in 2023 and another 2 in 2024.')).toEqual(['- [rate 5 -] k=actual p=2023']);
    // a year after the determiner
    expect(readings('The city opened 12 schools in 2023, another 2024 saw more.')).toEqual([
      '12 (schools) [] k=actual p=2023',
    ]);
  });
});
