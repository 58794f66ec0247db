import { describe, expect, it } from 'vitest';
import { DATES_IN_WORDS_EN, DATES_IN_WORDS_VI } from './dates-in-words';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share each language's book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = { en: 1, vi: 1 };

for (const book of [DATES_IN_WORDS_EN, DATES_IN_WORDS_VI]) {
  describe(`phrasebook ${book.area} — a date in words reads as the same date in digits`, () => {
    const score = scorePhrasebook(book);

    it('gives no silent wrong number over the whole book', () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`reads at least ${FLOOR[book.locale] * 100} % of its facts whole`, () => {
      expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
        FLOOR[book.locale],
      );
    });

    it('keeps a fifth of its cases as near-misses that state no period of the class', () => {
      const bare = book.cases.filter((c) => c.facts.every((f) => f.p === undefined));
      expect(bare.length * 5).toBeGreaterThanOrEqual(book.cases.length);
    });
  });
}
