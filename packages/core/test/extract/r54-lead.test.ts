import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 54: classes found on the released `test38` (South African revenue service and statistics
 * releases, Macau's statistics service, Cayman and US energy agencies, Indian trade press, steel and
 * hydropower associations, hotel-industry reports, Vietnamese provincial and bank reports), each
 * written again with other numbers, names and words, with the near-misses that must keep their old
 * reading.
 */

describe('currencies glued or written before a figure: the rand `R`, `CI$`, `MOP`, `Rupees`', () => {
  it('`R212.38 billion` is the rand, never a name `R212` and a figure `.38 billion`', () => {
    expect(
      statementLines(
        'Imports for the month were R212.38 billion, while the trade deficit narrowed to R3.05 billion.',
        'en',
      ),
    ).toEqual(['212380000000 (R) [] k=actual', '3050000000 (R) [] k=actual']);
    expect(
      statementLines('The province recorded a budget surplus of R0.72 billion in the second quarter of 2022.', 'en'),
    ).toEqual(['720000000 (R) [] k=actual p=2022-Q2']);
  });

  it('near-miss: `R` apart from its number, or before a number with no scale, is no currency', () => {
    expect(statementLines('Revenue from the R2 line and the R 5 billion plan were unchanged.', 'en')).toEqual([
      '5000000000 [] k=actual',
    ]);
  });

  it('`CI$94.3 million`, `MOP 2,145`, `Rupees3,214 crore` are sums of money', () => {
    expect(
      statementLines(
        "The island's government posted an operating surplus of CI$94.3 million in the first six months of 2021.",
        'en',
      ),
    ).toEqual(['94300000 (CI$) [] k=actual p=2021-H1']);
    expect(
      statementLines(
        'In the third quarter of 2019, per-capita spending of tourists was MOP 2,145, up by 6.7% year-on-year.',
        'en',
      ),
    ).toEqual(['2145 (MOP) [rate 6.7 same-period-last-year] k=actual p=2019-Q3']);
    expect(statementLines('Shipments of spices grew 8 per cent to Rupees3,214 crore during the year.', 'en')).toEqual([
      '32140000000 (Rupees) [rate 8 -] k=actual',
    ]);
  });
});

describe('units that carry their scale: `megatonnes`, `mmbd`', () => {
  it('`68.4 megatonnes (Mt)` is 68.4 million tonnes', () => {
    expect(
      statementLines('World aluminium output reached 68.4 megatonnes (Mt) in 2021, up by 3.1% compared to 2020.', 'en'),
    ).toEqual(['68400000 tonne [rate 3.1 2020] k=actual p=2021']);
  });

  it('`3.4 mmbd` is 3.4 million barrels a day', () => {
    expect(
      statementLines(
        'Crude output in Brazil rose from 2.1 million barrels per day (mmbd) in 2010 to 3.4 mmbd in 2022.',
        'en',
      ),
    ).toEqual(['2100000? [] k=actual p=2010', '3400000 (mmbd) [] k=actual p=2022']);
  });
});

describe('the year inside an earlier level’s base dates the base, not the statement', () => {
  it('`… is an improvement from the R12.10 billion surplus for the comparable period in 2020`', () => {
    expect(
      statementLines(
        'The year-to-date (01 January to 31 August 2021) trade surplus of R143.20 billion is an improvement from the R12.10 billion surplus for the comparable period in 2020.',
        'en',
      ),
    ).toEqual(['143200000000 (R) [] k=actual p=2021-YTD-08?', '12100000000 (R)? [] k=actual p=2020-YTD-08']);
  });

  it('with no period of its own the statement says so, and never takes the base’s year', () => {
    const [s] = extractStatements(
      'In the first half, net income of RM8.4 million was up from RM6.9 million in the same period of 2018.',
      { locale: 'en' },
    );
    expect(s?.period).toBeUndefined();
    expect(s?.unread.map((u) => u.reason)).toContain('no-period');
  });
});

describe('a move dated by bare years in a sentence of a part of the later year', () => {
  it('is of that part in both years: `for the year-to-date (… 30 June 2019) … from … in 2018 to … in 2019`', () => {
    expect(
      statementLines(
        'Imports for the year-to-date (01 January to 30 June 2019) rose by 3.2% from R611.40 billion in 2018 to R631.00 billion in 2019.',
        'en',
      ),
    ).toEqual([
      '611400000000 (R)? [] k=actual p=2018-YTD-06',
      '631000000000 (R) [rate 3.2 2018-YTD-06] k=actual p=2019-YTD-06',
    ]);
    expect(
      statementLines(
        'In the first half of 2021, tile sales fell 6.3% from 41.2 million units in 2020 to 38.6 million units in 2021.',
        'en',
      ),
    ).toEqual(['41200000 (units)? [] k=actual p=2020-H1', '38600000 (units) [rate -6.3 2020-H1] k=actual p=2021-H1']);
  });

  it('near-miss: with no part of a year in the sentence the years stay whole', () => {
    expect(statementLines('Revenue grew 9% from $3.3 billion in 2020 to $3.6 billion in 2021.', 'en')).toEqual([
      '3300000000 USD? [] k=actual p=2020',
      '3600000000 USD [rate 9 2020] k=actual p=2021',
    ]);
  });
});

describe('a change over a span of two periods: `between May and June 2021`, `between 2020 and 2021`', () => {
  it('is based on the first period and dated by the second; `over the same period` later is that span', () => {
    expect(
      statementLines(
        'Exports increased by R7.14 billion (5.1%) between May and June 2021 and imports increased by R9.66 billion (8.8%) over the same period.',
        'en',
      ),
    ).toEqual(['- [rate 5.1 2021-05] k=actual p=2021-06', '- [rate 8.8 2021-05] k=actual p=2021-06']);
    const named = extractStatements(
      'Exports increased by R7.14 billion (5.1%) between May and June 2021 and imports increased by R9.66 billion (8.8%) over the same period.',
      { locale: 'en' },
    );
    expect(named.map((s) => s.name?.value)).toEqual(['Exports', 'imports']);
    expect(statementLines('The number of registered firms rose 6.2% between 2020 and 2021.', 'en')).toEqual([
      '- [rate 6.2 2020] k=actual p=2021',
    ]);
  });

  it('near-miss: `between January and October` stays the year to date, with no base', () => {
    expect(statementLines('Exports rose 4.5% between January and October 2024.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2024-YTD-10',
    ]);
  });

  it('a span of months that is no quarter or year to date is no period of the figure: doubted', () => {
    expect(statementLines('Exports rose 4.5% between March and June 2024.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2024-06?',
    ]);
  });

  it('near-miss: `over the same period` with no span before it stays the year before', () => {
    expect(statementLines('In the first half, exports rose 4.5% and imports rose 3% over the same period.', 'en')).toEqual([
      '- [rate 4.5 same-period-last-year] k=actual',
      '- [rate 3 same-period-last-year] k=actual',
    ]);
  });
});
