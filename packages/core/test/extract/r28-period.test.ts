import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';

/**
 * Round 28, the period field (R28-PERIOD): classes of how English says a period that the reader
 * missed across the released sets, each written as paraphrases of our own with near-misses; never
 * a corpus sentence.
 */

/** Each statement's period, `?` when doubted, `-` when none. */
const periods = (text: string): string[] =>
  extractReport(text, { locale: 'en' }).statements.map(
    (s) => `${s.period?.value ?? '-'}${s.period?.confidence === 'uncertain' ? '?' : ''}`,
  );

describe('a figure reckoned to the end of a month (`by the end of September 2022`, `as of June 30, 2023`)', () => {
  it('is of the months of the year to it, doubted (month-end)', () => {
    expect(periods('Some 17.1 million workers had joined social insurance by the end of September 2022.')).toEqual([
      '2022-YTD-09?',
    ]);
    expect(periods('Net revenue accumulated until the end of May, 2020 was 455.3 billion dong.')).toEqual([
      '2020-YTD-05?',
    ]);
    expect(periods('Accumulated to June 30, 2023, pre-tax profit was VND 2,446 billion.')).toEqual(['2023-YTD-06?']);
    expect(periods('As of the end of October 2024, FDI disbursement was 19.6 billion USD.')).toEqual(['2024-YTD-10?']);
    expect(periods('Exports reached 10 billion USD through the end of Feb 2024.')).toEqual(['2024-YTD-02?']);
    expect(periods('Outstanding loans stood at VND 13 quadrillion as at September 30, 2024.')).toEqual([
      '2024-YTD-09?',
    ]);
  });

  it('after `at`, is the month the stock is measured at, doubted', () => {
    expect(periods('The total herd was put at 26.2 million pigs at the end of December 2020.')).toEqual(['2020-12?']);
    expect(periods('At the end of March 2024, deposits reached VND 5.6 quadrillion.')).toEqual(['2024-03?']);
  });

  it('is no period for a day inside a month, a lowercase month or a comparison (near-misses)', () => {
    expect(periods('Exports reached 10 billion USD as of September 28, 2022.')).toEqual(['-']);
    expect(periods('Exports reached 10 billion USD at June 30, 2022.')).toEqual(['-']);
    expect(periods('Sales reached 10 billion USD by the end of may 2022.')).toEqual(['-']);
    expect(periods('By the end of 2022, exports reached 10 billion USD.')).toEqual(['2022']);
  });
});

describe('a deadline `by 2035` before a preposition, a conjunction, a modal or a figure', () => {
  it('names the goal year (`plants by 2035 with a capacity of 22.4 GW`, `by 2020 thanks to …`)', () => {
    expect(periods('The country plans to build power plants by 2035 with a combined capacity of 22.4 GW.')).toEqual([
      '2035',
    ]);
    expect(periods('The market is expected to reach $24 billion by 2020 thanks to the reform.')).toEqual(['2020']);
    expect(periods('The firm aims to lift revenue by 2030 5 times higher than 2020.')).toEqual(['2030']);
    expect(periods('Capacity is set to reach 12 GW by 2030 along with new grid lines.')).toEqual(['2030']);
  });

  it('is an amount after a verb of change or before a unit (near-misses)', () => {
    expect(periods('Output fell by 2000 with exports flat.')).toEqual(['-']);
    expect(periods('Output fell by 2000 tonnes in 2023.')).not.toContain('2000');
  });
});

describe('a year written as the modifier of a noun (`the 2023 plan`, `the 2019 edition`)', () => {
  it('dates the statements nothing else dates, doubted (year-of-noun)', () => {
    expect(periods('With 3.6 billion USD of exports, the industry exceeded the 2023 plan by 18%.')).toEqual([
      '2023?',
      '2023?',
    ]);
    expect(periods('In the 2019 edition of the Games, the team won 98 gold medals.')).toEqual(['2019?']);
    expect(periods('The 2023 provincial index recorded a rate of only 7.6 percent.')).toEqual(['2023?']);
    expect(periods('Internet penetration reached 67%, according to the new 2018 digital report.')).toEqual(['2018?']);
    expect(
      periods("Shareholders approved the group's 2025 business plan, targeting revenue of VND 170 trillion."),
    ).toEqual(['2025?']);
  });

  it('dates nothing when the sentence has a period, two such years or the noun its own figure (near-misses)', () => {
    expect(periods('In 2024, the industry exceeded the 2023 plan by 18%.')).toEqual(['2024']);
    expect(periods('The 2023 index rose 5% against the 2022 index.')).not.toContain('2023?');
    // (the noun's own figure takes its year; the statement before it none)
    expect(periods('Core inflation was 3.4 percent, below the 2023 policy rate of 4.5 percent.')).toEqual([
      '-',
      '2023?',
    ]);
    expect(periods('Inflation registered 3.6 percent in October, below the 2023 average.')).toEqual(['-']);
    expect(periods('The 2000 MW plant produced 5 billion kWh.')).not.toContain('2000?');
  });
});
