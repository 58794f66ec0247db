import { describe, expect, it } from 'vitest';
import { EXCEEDED_LISTS_EN, EXCEEDED_LISTS_VI } from './exceeded-lists';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share each book reached (rounded down); it may only go up. */
const FLOOR = { en: 0.95, vi: 1 };

for (const book of [EXCEEDED_LISTS_EN, EXCEEDED_LISTS_VI]) {
  describe(`phrasebook ${book.area} — a list of percentages of a plan after a verb of exceeding`, () => {
    const score = scorePhrasebook(book);
    const floor = FLOOR[book.locale];

    it('gives no silent wrong number over the whole book', () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`reads at least ${floor * 100} % of its facts whole`, () => {
      expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(floor);
    });

    it('keeps a fifth of its cases as near-misses (a verb of reaching, a share of a whole)', () => {
      const near = book.cases.filter((c) => c.facts.every((f) => f.c === undefined || Number(f.c) < 100));
      expect(near.length * 5).toBeGreaterThanOrEqual(book.cases.length);
    });
  });
}
