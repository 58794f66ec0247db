import { describe, expect, it } from 'vitest';
import { markedPeriods } from './readings';

/**
 * Round 30, R30-EN2: English classes of the `en-test19b-*` rows (IT firms, pharmacy chains,
 * shipping) and the English leftovers of test10, test13, test15 and test17, each beside near-misses.
 */

describe('a count of months of a year opening the sentence is its period (`6 months of 2023, …`)', () => {
  it('reads the months of that year from January, six the first half', () => {
    expect(
      markedPeriods(
        '6 months of 2023, FPT recorded revenue of VND 24,166 billion, profit before tax of VND 4,339 billion, up by 21.9% and 19.3% respectively over the same period last year.',
      ),
    ).toEqual(['2023-H1', '2023-H1']);
    expect(markedPeriods("9 months of 2023, FPT's revenue and profit up by 22.4 % and 19.5% respectively")).toEqual([
      '2023-YTD-09',
      '2023-YTD-09',
    ]);
    expect(markedPeriods('3 months of 2023, FPT recorded revenue of VND 11,681 billion.')).toEqual(['2023-YTD-03']);
    expect(markedPeriods('Nine months of 2024, exports reached US$25.6 billion.')).toEqual(['2024-YTD-09']);
    expect(markedPeriods('09 months of 2019, Digiworld saw total net revenue of VND 3,000 billion.')).toEqual([
      '2019-YTD-09',
    ]);
  });

  it('near-misses: a count of months that is not the frame keeps its old reading', () => {
    // (no comma after the year: a duration may be the subject)
    expect(markedPeriods('6 months of 2023 were spent on restructuring, which cost VND 2 billion.')).toEqual(['2023?']);
    // (not the opening: `the last five months of 2020` is no count from January)
    expect(markedPeriods('The plant, idle for 6 months of 2024, produced 5 billion kWh in 2023.')).toEqual(['2023']);
    expect(markedPeriods('6 months of talks later, exports reached US$25.6 billion in 2024.')).toEqual(['2024']);
  });
});
