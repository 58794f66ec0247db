import { describe, expect, it } from 'vitest';
import { DOUBTED_EN, DOUBTED_VI } from './doubted';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/**
 * Whole-fact share each book reached (rounded down to a whole percent); they may only go up. The
 * facts left are those a doubt keeps from being read whole (a noun's year, a plan's year after a
 * cut-off day, a threshold passed, an approximation in brackets): the book's point is that none of
 * them is shown as certain.
 */
const FLOOR = { 'doubted-en': 0.79, 'doubted-vi': 0.71 } as const;

describe('phrasebook doubted — numbers a reader cannot take as printed, beside their near-misses', () => {
  for (const book of [DOUBTED_EN, DOUBTED_VI]) {
    const score = scorePhrasebook(book);

    it(`${book.area}: gives no silent wrong number over the whole book`, () => {
      expect(silentWrongCases(score)).toEqual([]);
    });

    it(`${book.area}: reads at least ${FLOOR[book.area as keyof typeof FLOOR] * 100} % of its facts whole`, () => {
      const share = book.cases.length === 0 ? 1 : wholeShare(score.tally);
      expect(share, score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(
        FLOOR[book.area as keyof typeof FLOOR],
      );
    });
  }
});
