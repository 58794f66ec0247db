import { describe, expect, it } from 'vitest';
import { kindPeriodLines, statementLines } from './readings';

/**
 * Round 27, English recall of the released `test16` (company results against their plans, the power
 * sector, emissions targets), written as paraphrases of our own in other sectors, numbers and word
 * order, each with its near-misses; never a corpus sentence.
 */

const readings = (text: string): string[] => kindPeriodLines(text, 'en');

describe('an ordinal in digits names its quarter, half or month (`the 1st quarter of 2020`)', () => {
  it('reads the quarter, the half and the month of the year after it', () => {
    expect(readings('Net sales in the 1st quarter of 2021 reached VND 812 billion.')).toEqual([
      '812000000000 VND [] k=actual p=2021-Q1',
    ]);
    expect(readings('In the 4th quarter of 2019, the airline carried 2.1 million passengers.')).toEqual([
      '2100000 [] k=actual p=2019-Q4',
    ]);
    expect(readings('Exports in the 2nd half of 2022 totalled $41 billion.')).toEqual([
      '41000000000 USD [] k=actual p=2022-H2',
    ]);
    expect(readings('Only for the 2rd Quarter of 2018, sales reached 950 billion VND.')).toEqual([
      '950000000000 VND [] k=actual p=2018-Q2',
    ]);
    expect(readings('Output in the 3rd month of 2024 reached 1.2 million tonnes.')).toEqual([
      '1200000 tonne [] k=actual p=2024-03',
    ]);
  });

  it('names no fifth quarter nor third half (near-misses)', () => {
    expect(readings('Net sales in the 5th quarter of 2021 reached VND 812 billion.')).toEqual([
      '812000000000 VND [] k=actual p=2021?',
    ]);
    expect(readings('Exports in the 3rd half of 2022 totalled $41 billion.')).toEqual([
      '41000000000 USD [] k=actual p=2022?',
    ]);
  });
});

describe('a count of months as the adjective of its noun (`first 5-month profit of 2020`)', () => {
  it('reads the months from January of the year after `of`, six of them the first half', () => {
    expect(readings('Total first 7-month revenue of 2022 reached 512.6 billion dong.')).toEqual([
      '512600000000 VND [] k=actual p=2022-YTD-07',
    ]);
    expect(readings('The first nine-month export turnover of 2023 was $2.4 billion.')).toEqual([
      '2400000000 USD [] k=actual p=2023-YTD-09',
    ]);
    expect(readings('The first 6-month net profit of 2021 was VND 95 billion.')).toEqual([
      '95000000000 VND [] k=actual p=2021-H1',
    ]);
  });

  it('reads a duration where no year follows `of` (near-misses)', () => {
    expect(readings('The firm signed its first 5-month contract in 2020, worth VND 5 billion.')).toEqual([
      '5000000000 VND [] k=actual p=2020',
    ]);
    expect(readings('Its first 5-month contract, signed in 2020, was worth VND 5 billion.')).toEqual([
      '5000000000 VND [] k=actual p=2020?',
    ]);
  });
});

describe('the end of a quarter a stock is measured at (`at the end of 3Q2023`)', () => {
  it('reads the quarter as the period, not as the base of a comparison', () => {
    expect(readings('Total assets were VND 41,200 billion at the end of 3Q2023.')).toEqual([
      '41200000000000 VND [] k=actual p=2023-Q3',
    ]);
    expect(readings('Customer deposits stood at VND 8,150 billion at the end of Q2 2024.')).toEqual([
      '8150000000000 VND [] k=actual p=2024-Q2',
    ]);
    expect(readings('Cash and equivalents were $310 million at the end of the second quarter of 2023.')).toEqual([
      '310000000 USD [] k=actual p=2023-Q2',
    ]);
  });

  it('keeps the end of a month the base of a change, and a running total to a month as it was (near-misses)', () => {
    expect(readings('Deposits rose 5% from the end of June 2023.')).toEqual(['- [rate 5 2023-06] k=actual p=-']);
    expect(readings('Loans grew 7.2% compared with the end of December 2022.')).toEqual([
      '- [rate 7.2 2022-12] k=actual p=-',
    ]);
    expect(
      readings(
        'FDI rose in the first two months of 2024, with commitment reaching US$4.3 billion as end of February 2024.',
      ),
    ).toEqual(['4300000000 USD [] k=actual p=2024-YTD-02']);
  });
});

describe('a list of completions before one plan (`completing 27.4% and 28.3% of the 2023 target`)', () => {
  const lines = (text: string): string[] => statementLines(text, 'en');

  it('gives each completion to the value before it, in order (a second value after `and` stays doubted, its pairing with the names)', () => {
    expect(
      lines(
        'In 2022, sales and net profit were VND 2,150 billion and VND 310 billion, fulfilling 61.5% and 58% of the annual plan.',
      ),
    ).toEqual(['2150000000000 VND [] c=61.5 k=actual p=2022', '310000000000 VND? [] c=58 k=actual p=2022']);
    expect(
      lines(
        'Revenue and pre-tax profit reached $1.2 billion (+8% YoY) and $95 million (+12% YoY), equivalent to 48% and 51% of the full-year target.',
      ),
    ).toEqual([
      '1200000000 USD [rate 8 same-period-last-year] c=48 k=actual',
      '95000000 USD [rate 12 same-period-last-year] c=51 k=actual',
    ]);
  });

  it('reads each completion as a fact of its own when no value stands before the list', () => {
    expect(lines('By June, the retailer had completed 45.5% and 39% of its targets in revenue and profit.')).toEqual([
      '- [] c=45.5 k=actual',
      '- [] c=39 k=actual',
    ]);
  });

  it('pairs nothing when the counts differ, and leaves two plans of one value and shares as they were (near-misses)', () => {
    expect(lines('Revenue was VND 500 billion, completing 44% and 47% of the plan.')).toEqual([
      '500000000000 VND [] c=44 k=actual',
      '- [] c=47 k=actual',
    ]);
    expect(lines('Revenue reached VND 500 billion, equal to 95% of the plan and 102% of the estimate.')).toEqual([
      '500000000000 VND [] c=95 k=actual',
      '- [] c=102 k=actual',
    ]);
    expect(lines("Revenue and profit accounted for 94% and 92% of the group's total, respectively.")).toEqual([
      '94 percent? [] k=actual',
      '92 percent? [] k=actual',
    ]);
  });

  it('reads no completion from a second list joined to the first (`… and 37% and 38% of our forecast`)', () => {
    const read = lines(
      'Revenue and profit were VND 774 billion and VND 165 billion, completing 44% and 47% of the plan and 37% and 38% of our forecast.',
    );
    expect(read.slice(0, 2)).toEqual(['774000000000 VND [] c=44 k=actual', '165000000000 VND? [] c=47 k=actual']);
    expect(read.some((l) => l.includes('c=37'))).toBe(false);
  });
});

describe('a rate over the plan before a participle (`8.5 per cent over the target driven by …`)', () => {
  it('reads the excess over the plan, 100 + N, as before a regular participle', () => {
    expect(
      statementLines(
        'Spending was VND 1,250 trillion in 2023, 8.5 per cent over the target driven by fuel costs.',
        'en',
      ),
    ).toEqual(['1250000000000000 VND [] c=108.5 k=actual p=2023']);
    expect(statementLines('Exports were 6 percent above the target set by the ministry.', 'en')).toEqual([
      '- [] c=106 k=actual',
    ]);
  });
});

describe('a second rate over its own period after `in` (`2.1% YoY in 9M2023 and 3.3% YoY in 3Q2023`)', () => {
  it('reads the second rate as the same measure over the period after it', () => {
    expect(readings('Operating profit rose 12.4% YoY in 1H2024 and 15.1% YoY in 2Q2024.')).toEqual([
      '- [rate 12.4 same-period-last-year] k=actual p=2024-H1',
      '- [rate 15.1 same-period-last-year] k=actual p=2024-Q2',
    ]);
    expect(readings('Deposits grew by 6% y/y in 9M2023 and 2% q/q in 3Q2023.')).toEqual([
      '- [rate 6 same-period-last-year] k=actual p=2023-YTD-09',
      '- [rate 2 previous-period] k=actual p=2023-Q3',
    ]);
  });

  it('keeps one statement when no period follows the preposition (near-misses)', () => {
    expect(readings('Sales grew 4% in Q1 2024 and 6% in the north.')).toEqual([
      '- [rate 4 -, rate 6 -?] k=actual p=2024-Q1',
    ]);
    expect(readings('Exports rose 5% in 2023 and 7% in value.')).toEqual(['- [rate 5 -, rate 7 -?] k=actual p=2023']);
  });
});
