import { describe, expect, it } from 'vitest';
import { EN_OPEN_RATES, EN_OPEN_RATES_NEAR_MISSES } from './en-open-rates';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook en-open-rates — a verbless percentage before a rate’s own adverb is a rate', () => {
  const score = scorePhrasebook(EN_OPEN_RATES);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole, with a fifth or more of near-misses`, () => {
    expect(EN_OPEN_RATES_NEAR_MISSES * 5).toBeGreaterThanOrEqual(EN_OPEN_RATES.cases.length);
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
