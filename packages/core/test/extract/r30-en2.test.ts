import { describe, expect, it } from 'vitest';
import { kindPeriodLines, markedPeriods, markedValues } from './readings';

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

describe("a verb's other forms before a count of a plural noun count that noun, as its past tense does", () => {
  it('reads a base form after `to` or a modal, an `-ing` form and a third person of opening or making', () => {
    expect(
      markedValues('Today, the Damen Song Cam Shipyard is able to deliver no less than 40 tugs per year.'),
    ).toEqual(['40?']);
    expect(
      kindPeriodLines(
        'At the same time, the Company will also open up to 100 new stores of FPT Shop to increase its coverage.',
        'en',
      ),
    ).toEqual(['100~under? [] k=target p=-']);
    expect(
      markedValues(
        'FRT will continue opening more than 70 new laptop centers in order to maintain its position as the No. 1 laptop retailer.',
      ),
    ).toEqual(['70?']);
    expect(markedValues('On average, FPT Long Chau opens nearly 2 new stores daily.')).toEqual(['2?']);
    expect(
      markedValues(
        'Previously, VOSCO was managing and operating 13 ships, with a total tonnage of about 420,000 tons.',
      ),
    ).toEqual(['13?', '420000 tonne']);
    expect(markedValues('VOS will invest in purchasing 02 Supramax-sized bulk cargo ships.')).toEqual(['2?']);
    expect(markedValues('The additional investment would generate 10,000 new jobs.')).toEqual(['10000 (jobs)?']);
  });

  it('near-misses: time, a percentage, a year, an adjective after a determiner, a plan’s content', () => {
    // (a time after the verb is no count: the hours stay the measure they were, doubted)
    expect(markedValues('The new terminal will operate 24 hours a day.')).toEqual(['24 hour?']);
    expect(markedValues('The city is preparing 2025 plans for the region.')).toEqual([]);
    // (round 31: no count of the participle, but a bare count whose value and kind are both doubted)
    expect(markedValues('In 2022, the SAV developed the Audit Plan containing 178 audit tasks.')).toEqual(['178?']);
    expect(markedValues('The shipyard is able to deliver 40,000 tonnes of steel a year.')).toEqual(['40000 tonne']);
    // (an object between the verb and the number: no count of this reading; the days stay doubted)
    expect(markedValues('The chain opens its doors 7 days a week.')).toEqual(['7 (days)?']);
  });
});
