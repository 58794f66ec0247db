import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { KINDS_EN, KINDS_VI } from './kinds';

/** Whole-fact share each book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = { vi: 0.91, en: 0.89 };

describe('phrasebook kinds — a plan’s value stated beside the result it is compared with', () => {
  for (const book of [KINDS_VI, KINDS_EN]) {
    const score = scorePhrasebook(book);

    it(`${book.area}: gives no silent wrong number`, () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`${book.area}: reads at least its floor of facts whole, with a fifth or more of near-misses`, () => {
      const near = book.cases.filter((c) => c.facts.every((f) => f.k !== 'target')).length;
      expect(near * 5).toBeGreaterThanOrEqual(book.cases.length);
      expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
        FLOOR[book.locale],
      );
    });
  }
});
