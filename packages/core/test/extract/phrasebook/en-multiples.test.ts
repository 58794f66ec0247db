import { describe, expect, it } from 'vitest';
import { EN_MULTIPLES } from './en-multiples';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook en-multiples — a multiple verb standing alone is a multiple of change', () => {
  const score = scorePhrasebook(EN_MULTIPLES);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole, with a fifth or more of near-misses`, () => {
    const near = EN_MULTIPLES.cases.filter((c) =>
      c.facts.every((f) => f.ch === undefined || !f.ch.some((x) => x.startsWith('times'))),
    ).length;
    expect(near * 5).toBeGreaterThanOrEqual(EN_MULTIPLES.cases.length);
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
