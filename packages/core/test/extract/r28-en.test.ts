import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 28, English (R28-EN): classes of the language behind test17's English failures (ports,
 * cement, spices) and test16's leftovers, each written as paraphrases of our own with their
 * near-misses; never a corpus sentence.
 */

const lines = (text: string): string[] => statementLines(text, 'en');

describe('more verbs of a rise or a fall (`ballooned`, `mushroomed`, intransitive `lowered`, `inched down`)', () => {
  it('reads the amount after them as a rate of change, also in a relative clause after the value', () => {
    expect(lines('The terminal processed 512,300 TEUs in 2023, which ballooned 64%.')).toEqual([
      '512300 (TEUs) [rate 64 -] k=actual p=2023',
    ]);
    expect(lines('Bad debts ballooned by 40 per cent year-on-year in 2023.')).toEqual([
      '- [rate 40 same-period-last-year] k=actual p=2023',
    ]);
    expect(lines('Online orders mushroomed 25% on the month in May 2024.')).toEqual([
      '- [rate 25 previous-period] k=actual p=2024-05',
    ]);
    expect(lines('Diesel fell 3.5% to 20,806 dong while kerosene lowered 3.46% to 20,846 dong in May 2024.')).toEqual([
      '20806 VND? [rate -3.5 -?] k=actual p=2024-05',
      '20846 VND? [rate -3.46 -?] k=actual p=2024-05',
    ]);
    expect(lines('Petrol prices inched down 0.8 percent on the month in October 2024.')).toEqual([
      '- [rate -0.8 previous-period] k=actual p=2024-10',
    ]);
  });

  it('reads nothing when no amount follows the verb (near-misses)', () => {
    expect(lines('Costs ballooned after the storm in 2023.')).toEqual([]);
    expect(lines('The ministry lowered the fee for exporters in 2024.')).toEqual([]);
    expect(lines('Petrol prices inched down in October as oil eased.')).toEqual([]);
  });
});

describe('two rates each with the level it reached after one verb (`rose by 8.5% to 10.2Mt and 6.4% to 11.6Mt`)', () => {
  it('gives each level its own statement with its rate, of the shared period', () => {
    expect(lines('Cement and clinker output rose by 7.5% to 9.4Mt and 3.2% to 12.8Mt respectively in 2023.')).toEqual([
      '9400000 tonne [rate 7.5 -] k=actual p=2023',
      // (the pairing of the second level with its name is doubted, `respectively`)
      '12800000 tonne? [rate 3.2 -?] k=actual p=2023',
    ]);
    expect(
      lines('In 2024, exports and imports fell 4.1% to US$35.6 billion, and 2.2% to US$31.2 billion, respectively.'),
    ).toEqual(['35600000000 USD [rate -4.1 -?] k=actual p=2024', '31200000000 USD? [rate -2.2 -?] k=actual p=2024']);
    // a verb of its own before the second rate: the same shape
    expect(lines('Rice exports rose 8.5% to US$3.1 billion and fell 6.4% to US$2.9 billion.')).toEqual([
      '3100000000 USD [rate 8.5 -] k=actual',
      '2900000000 USD [rate -6.4 -] k=actual',
    ]);
  });

  it('leaves a year after the second `to`, or a second rate with no level, to the first statement (near-misses)', () => {
    expect(lines('Sales rose 8.5% to 120,000 units and 6.4% to 2023 levels.')).toEqual([
      '120000 (units) [rate 8.5 -, rate 6.4 -?] k=actual',
    ]);
    expect(lines('Rice exports rose 8.5% to 6.2 million tonnes and 6.4% in value in 2023.')).toEqual([
      '6200000 tonne [rate 8.5 -?, rate 6.4 -?] k=actual p=2023',
    ]);
  });
});

describe('an adjective of degree opening a change noun with no article (`marking modest decreases of 1.1% and 4.4%`)', () => {
  it('is part of the change: the changes go to the values before them, no statement of their own', () => {
    expect(
      lines(
        'Pepper exports reached 12,300 tonnes, worth US$64.2 million, marking slight declines of 7.5% and 2.1% from a year earlier.',
      ),
    ).toEqual([
      '12300 tonne [rate -7.5 same-period-last-year] k=actual',
      '64200000 USD [rate -2.1 same-period-last-year] k=actual',
    ]);
    expect(lines('Rice exports reached US$3.1 billion in 2024, recording strong growth of 9.4% year-on-year.')).toEqual(
      ['3100000000 USD [rate 9.4 same-period-last-year] k=actual p=2024'],
    );
    expect(lines('Tea exports hit US$240 million in 2024, posting robust increases of 12% on the year.')).toEqual([
      '240000000 USD [rate 12 same-period-last-year] k=actual p=2024',
    ]);
  });

  it('leaves an adjective in a phrase of its own, and the article form, as they were (near-misses)', () => {
    expect(lines('Rice exports reached US$4.2 billion in 2023 on strong demand, up 12.3% year-on-year.')).toEqual([
      '4200000000 USD [rate 12.3 same-period-last-year] k=actual p=2023',
    ]);
    expect(lines('Exports reached US$4.2 billion in 2023, marking a strong increase of 9.4% on the year.')).toEqual([
      '4200000000 USD [rate 9.4 same-period-last-year] k=actual p=2023',
    ]);
  });
});
