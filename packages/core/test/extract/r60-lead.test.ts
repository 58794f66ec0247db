import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 60: classes found on the released `test44` (Singaporean and Australian dollars written after the sign,
 * Northern Ireland's quarterly indices, Tasmanian exports since a year, Nigerian bank results with a labelled
 * bracket, an Australian brewer's turnover, a coffee board's forecast, a final quarter; then Jamaican remittances,
 * a Kenyan insurer's turnover, the UK's service exports and the Bahamas' arrivals), each written again with
 * other numbers, names and words, with the near-misses that must keep their old reading. Every positive reads
 * differently on the round's start code.
 */

describe('round 60', () => {
  it("a dollar's letters glued after its sign are its country (`$S2.4 billion`, `$A1,249`); apart they stay the article and the dollar", () => {
    expect(statementLines('Group sales climbed to $S2.4 billion in 2023.', 'en')).toEqual([
      '2400000000 ($S) [] k=actual p=2023',
    ]);
    expect(statementLines('The handset retails at $A1,249 in 2024.', 'en')).toEqual(['1249 ($A) [] k=actual p=2024']);
    expect(statementLines('Exports reached $NZ3.6 billion in 2022.', 'en')).toEqual([
      '3600000000 ($NZ) [] k=actual p=2022',
    ]);
    expect(statementLines('The deal had a $2 billion value in 2022.', 'en')).toEqual([
      '2000000000 USD [] k=actual p=2022',
    ]);
  });

  it("`over the quarter`, `over the month`, `over the year` are the statistics offices' bases; `over the year of 2021` is during it", () => {
    expect(statementLines('Industrial output rose 0.9% over the quarter in the third quarter of 2023.', 'en')).toEqual([
      '- [rate 0.9 previous-period] k=actual p=2023-Q3',
    ]);
    expect(statementLines('Retail sales fell 1.5% over the month in March 2024.', 'en')).toEqual([
      '- [rate -1.5 previous-period] k=actual p=2024-03',
    ]);
    expect(statementLines('Employment grew 2.1% over the year to June 2023.', 'en')).toEqual([
      '- [rate 2.1 same-period-last-year] k=actual p=2023-06?',
    ]);
    expect(statementLines('Sales rose 4 percent over the year of 2021.', 'en')).toEqual([
      '- [rate 4 -] k=actual p=2021',
    ]);
  });

  it("`and by N% over the year` after a fall is the fall's second rate, in the same statement", () => {
    expect(
      statementLines(
        'The services index fell by 0.6% over the quarter and by 2.3% over the year in Quarter 2 2023.',
        'en',
      ),
    ).toEqual(['- [rate -0.6 previous-period, rate -2.3 same-period-last-year] k=actual p=2023-Q2']);
    expect(
      statementLines(
        'The services index rose by 0.6% over the quarter and by 2.3% over the year in Quarter 2 2023.',
        'en',
      ),
    ).toEqual(['- [rate 0.6 previous-period, rate 2.3 same-period-last-year] k=actual p=2023-Q2']);
  });

  it("a period's level after a side word is the base (`below its Quarter 1 2020 level`); a level named with no rate stays a level", () => {
    expect(statementLines('Construction output is 4.2% below its Quarter 1 2020 level.', 'en')).toEqual([
      '- [rate -4.2 2020-Q1] k=actual',
    ]);
    expect(
      statementLines('Manufacturing output is now 9.1% above the pre-pandemic level seen in Quarter 4 2019.', 'en'),
    ).toEqual(['- [rate 9.1 2019-Q4] k=actual']);
    expect(
      statementLines(
        'But the March figure is still well below the corresponding level in March 2020 which was N512.4 billion.',
        'en',
      ),
    ).toEqual(['512400000000 (N)? [] k=actual p=2020-03']);
  });

  it('`since 2015` right after a rise is its base, and `over the same period` later points back to it; a pace, a count of times and a record `since` are not counted from it', () => {
    expect(statementLines('Wool exports have grown 64 per cent since 2015.', 'en')).toEqual([
      '- [rate 64 2015] k=actual',
    ]);
    expect(
      statementLines(
        'Dairy exports have grown 71 per cent since 2014 to $6.2 billion, and wine exports are up 38 per cent to $2.9 billion over the same period.',
        'en',
      ),
    ).toEqual(['6200000000 USD [rate 71 2014] k=actual', '2900000000 USD [rate 38 2014] k=actual']);
    expect(statementLines('Wool exports have grown at a rate of 6.4 per cent since 2015.', 'en')).toEqual([
      '- [rate 6.4 -] k=actual',
    ]);
    expect(statementLines('Fuel prices have been raised 11 times since the start of the year.', 'en')).toEqual([
      '- [times 11 december-last-year?] k=actual',
    ]);
    expect(
      statementLines(
        'Dairy exports reached their highest level since 2014, while wine exports rose by $0.4 billion (16 percent) to $2.9 billion from 2021 to 2022.',
        'en',
      ),
    ).toEqual(['2900000000 USD [rate 16 2021] k=actual p=2022']);
  });

  it('a labelled bracket `(H1, 2022: N36.0bn)` is the base of the rate before when the two values bear the rate out', () => {
    expect(statementLines('Fee income rose by 27 per cent to N45.72bn (H1, 2022: N36.0bn).', 'en')).toEqual([
      '45720000000 (N) [rate 27 2022-H1] k=actual',
      '36000000000 (N)? [] k=actual p=2022-H1',
    ]);
    expect(statementLines('Operating profit rose 18% to \u00a364.3m (2022: \u00a354.5m).', 'en')).toEqual([
      '64300000 (£) [rate 18 2022] k=actual',
      '54500000 (£)? [] k=actual p=2022',
    ]);
    expect(statementLines('Operating profit rose 40% to \u00a364.3m (2022: \u00a354.5m).', 'en')).toEqual([
      '64300000 (£) [rate 40 -] k=actual',
      '54500000 (£)? [] k=actual p=2022',
    ]);
  });

  it('`enlarged by`, `N% better than` and `may fall` read as a rise, a comparison and a forecast; `3% better` alone and the month `May` do not', () => {
    expect(statementLines('Net profit enlarged by 22 per cent to N18.4 billion in 2023.', 'en')).toEqual([
      '18400000000 (N) [rate 22 -] k=actual p=2023',
    ]);
    expect(
      statementLines('Sales reached $412 million in 2023, 8.2% better than the $381 million in 2022.', 'en'),
    ).toEqual(['412000000 USD [rate 8.2 2022] k=actual p=2023', '381000000 USD? [] k=actual p=2022?']);
    expect(statementLines('Margins were 3% better in 2023.', 'en')).toEqual(['3 percent? [] k=actual p=2023']);
    expect(
      statementLines('The cocoa harvest in the 2023-24 season may fall 9 percent to 1.2 million tonnes.', 'en'),
    ).toEqual(['1200000 tonne [rate -9 -] k=target']);
    expect(statementLines('The May increase in cocoa exports was 9% in 2023.', 'en')).toEqual([
      '- [rate 9 -] k=actual p=2023',
    ]);
    expect(statementLines('Profit rose 4.1% in the final quarter of 2022.', 'en')).toEqual([
      '- [rate 4.1 -] k=actual p=2022-Q4',
    ]);
  });
});

describe('round 60, second batch', () => {
  it('`the prior year` is the year before, after a side word and after an earlier level', () => {
    expect(
      statementLines('Malt volumes were 6 per cent below the prior year, largely due to weak demand.', 'en'),
    ).toEqual(['- [rate -6 same-period-last-year] k=actual']);
    expect(statementLines('Revenue rose 12.4% to $8.1bn from $7.2bn in the prior year.', 'en')).toEqual([
      '8100000000 USD [rate 12.4 same-period-last-year] k=actual',
      '7200000000 USD? [] k=actual',
    ]);
  });

  it('a span of two years that opens the sentence frames its changes; a change with its own base keeps it', () => {
    expect(
      statementLines('Between 2021 and 2022, exports of insurance services rose 14% to \u00a33.1 billion.', 'en'),
    ).toEqual(['3100000000 (£) [rate 14 2021] k=actual p=2022']);
    expect(
      statementLines('Between 2021 and 2022, exports of insurance services rose 14% in 2022 compared with 2020.', 'en'),
    ).toEqual(['- [rate 14 2020] k=actual p=2022']);
  });

  it('`an annual percentage growth rate of` is a yearly pace: no base lent by the span; an average over months keeps its base', () => {
    expect(
      statementLines(
        'Over the decade from 2010 to 2020, visitor arrivals increased by 21.9 percent for an annual percentage growth rate of 2 percent.',
        'en',
      ),
    ).toEqual(['- [rate 21.9 2010] k=actual p=2020', '- [rate 2 -] k=actual p=2020']);
    expect(
      statementLines(
        'Reports showed that the price index recorded an average increase of 2.8 per cent in the first nine months compared to the same period last year.',
        'en',
      ),
    ).toEqual(['- [rate 2.8 same-period-last-year] k=actual']);
  });

  it("an amount restating a rate (`a US$41.2 million jump or 15.3 per cent increase`, `15.3 per cent or US$41.2 million`) is the change's size, never a level; a level after `to` stays", () => {
    expect(
      statementLines(
        'Transfers were US$310.5 million in March 2022, representing a US$41.2 million jump or 15.3 per cent increase relative to March 2021.',
        'en',
      ),
    ).toEqual(['310500000 USD [rate 15.3 2021-03] k=actual p=2022-03']);
    expect(
      statementLines(
        'Transfers were US$310.5 million in March 2022, representing a US$41.2 million or 15.3 per cent increase relative to March 2021.',
        'en',
      ),
    ).toEqual(['310500000 USD [rate 15.3 2021-03] k=actual p=2022-03']);
    expect(statementLines('Transfers rose 15.3 per cent or US$41.2 million in March 2022.', 'en')).toEqual([
      '- [rate 15.3 -] k=actual p=2022-03',
    ]);
    expect(statementLines('Remittances rose 11.8 per cent or P42.7 billion in transfers from Japan.', 'en')).toEqual([
      '- [rate 11.8 -] k=actual',
    ]);
    expect(statementLines('Remittances rose 11.8 per cent to P402.7 billion in 2022.', 'en')).toEqual([
      '402700000000 (P) [rate 11.8 -] k=actual p=2022',
    ]);
  });
});

describe('round 60, a platform written as commands', () => {
  it('a sentence that opens on a verb of doing before its object is a commitment, a target; a noun that opens it is no command', () => {
    expect(
      statementLines('Establish a $3.2 million Seafood Industry Growth Fund to back 450 local jobs.', 'en'),
    ).toEqual(['3200000 USD [] k=target', '450? [] k=target']);
    expect(statementLines('Invest $4 million in new regional tourism trails by 2026.', 'en')).toEqual([
      '4000000 USD [] k=target p=2026',
    ]);
    expect(statementLines('Help exporters reach new markets by providing $1.5 million in grants.', 'en')).toEqual([
      '1500000 USD [] k=target',
    ]);
    expect(statementLines('Support for exporters rose 5% in 2023.', 'en')).toEqual(['- [rate 5 -] k=actual p=2023']);
    expect(statementLines('Support measures totalled $5 billion in 2023.', 'en')).toEqual([
      '5000000000 USD [] k=actual p=2023',
    ]);
    expect(statementLines('Open market operations injected $2 billion in 2023.', 'en')).toEqual([
      '2000000000 USD [] k=actual p=2023',
    ]);
  });
});

describe('round 60, from public statistics releases outside every corpus', () => {
  it("an amount restated as a rate with a cause after it, no comma, is the rate (Bermuda's national accounts); `or 11 percent of the total` stays a share", () => {
    expect(
      statementLines(
        'Fixed investment increased $31.4 million or 12.6% reflecting higher spending on machinery.',
        'en',
      ),
    ).toEqual(['- [rate 12.6 -] k=actual']);
    expect(statementLines('Receipts rose by $12.9 million or 11 percent of the total.', 'en')).toEqual([
      '11 percent? [] k=actual',
    ]);
  });

  it("`reference year 2015` in a bracket is the prices' year, no period: `the previous year` stays the statement's year before (stat.gov.pl; a certain 2014-Q2 base before)", () => {
    expect(
      statementLines(
        'In the 2nd quarter of 2019 seasonally adjusted GDP (constant prices, reference year 2015) was 3.7% higher than in the 2nd quarter of the previous year.',
        'en',
      ),
    ).toEqual(['- [rate 3.7 same-period-last-year] k=actual p=2019-Q2']);
    expect(statementLines('Output grew 5% in the year 2015.', 'en')).toEqual(['- [rate 5 -] k=actual p=2015']);
  });
});
