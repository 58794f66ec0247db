import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { LATER_PERIODS_EN, LATER_PERIODS_VI } from './later-periods';

/** Whole-fact share each language's book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = { en: 1, vi: 1 };

for (const book of [LATER_PERIODS_EN, LATER_PERIODS_VI]) {
  describe(`phrasebook ${book.area} — a period written once after the last clause's figure`, () => {
    const score = scorePhrasebook(book);

    it('gives no silent wrong number over the whole book', () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`reads at least ${FLOOR[book.locale] * 100} % of its facts whole`, () => {
      expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
        FLOOR[book.locale],
      );
    });

    it('keeps a fifth of its cases as near-misses whose first figure does not take the last one’s period', () => {
      const bare = book.cases.filter((c) => c.facts.length < 2 || c.facts[0]?.p !== c.facts.at(-1)?.p);
      expect(bare.length * 5).toBeGreaterThanOrEqual(book.cases.length);
    });
  });
}
