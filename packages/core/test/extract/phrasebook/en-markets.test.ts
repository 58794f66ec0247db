import { describe, expect, it } from 'vitest';
import { EN_MARKETS, EN_MARKETS_NEAR } from './en-markets';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook en-markets — parts right after their whole, changes in volume of a number of things', () => {
  const score = scorePhrasebook(EN_MARKETS);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole, with a fifth or more of near-misses`, () => {
    expect(EN_MARKETS_NEAR.length * 5).toBeGreaterThanOrEqual(EN_MARKETS.cases.length);
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
