import { describe, expect, it } from 'vitest';
import { EN_PERIODS } from './en-periods';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook en-periods — periods English says to a month end, before a word, on a noun', () => {
  const score = scorePhrasebook(EN_PERIODS);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole`, () => {
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('keeps a fifth of its cases as near-misses that state no period of the class', () => {
    const bare = EN_PERIODS.cases.filter((c) => c.facts.every((f) => f.p === undefined));
    expect(bare.length * 5).toBeGreaterThanOrEqual(EN_PERIODS.cases.length);
  });
});
