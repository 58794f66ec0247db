import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 27 (second half), latent silent wrong numbers the noise-en phrasebook area exposes when it is
 * drawn in full (every base case under every transform): paraphrases of our own, with near-misses.
 */

const en = (text: string): string[] => statementLines(text, 'en');

describe("a year in a brief's lead-in before a colon yields to the clause's own dated period", () => {
  it("reads the clause's bare month base as the month before its own period, not of the lead-in's year", () => {
    // (was `rate 0.31 2023-01`: January of the lead-in's 2023, a silent wrong base)
    expect(
      en('Growth momentum slowed in 2023: In February 2024, seafood exports were up 0.31 percent over January.'),
    ).toEqual(['- [rate 0.31 previous-period] k=actual p=2024-02']);
    // (the clause's year after its figure counts too)
    expect(en('Exports held up in 2022: rice exports rose 15.6% in March 2024 over February.')).toEqual([
      '- [rate 15.6 previous-period] k=actual p=2024-03',
    ]);
    expect(en('Tourism recovered in 2023: International arrivals rose 12.3 pct in July 2024 from June.')).toEqual([
      '- [rate 12.3 previous-period] k=actual p=2024-07',
    ]);
  });

  it("near-misses: a clause without a year of its own takes the lead-in's, a base's year is no clause's", () => {
    // (the clause states no year: the lead-in dates it, as `In 2023, …` would; a yearless month
    // right before the clause's own is the previous period — round 28, the released sets' convention —
    // and any other yearless month takes the lead-in's year)
    expect(en('Exports held up in 2023: rice exports rose 15.6% in March over February.')).toEqual([
      '- [rate 15.6 previous-period] k=actual p=2023-03',
    ]);
    expect(en('In 2023, rice exports rose 15.6% in March over February.')).toEqual([
      '- [rate 15.6 previous-period] k=actual p=2023-03',
    ]);
    expect(en('Exports held up in 2023: rice exports rose 15.6% in March over January.')).toEqual([
      '- [rate 15.6 2023-01] k=actual p=2023-03',
    ]);
    // (a year after a comparison word is a base's: the lead-in still dates the clause)
    expect(en('Growth momentum slowed in 2023: exports rose 5% in June, against 3% in June 2022.')[0]).toBe(
      '- [rate 5 -] k=actual p=2023-06',
    );
  });
});
