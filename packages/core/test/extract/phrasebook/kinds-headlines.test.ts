import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { KINDS_HEADLINES_EN } from './kinds-headlines';

/** Whole-fact share the book reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook kinds-headlines — a headline’s future in the infinitive', () => {
  const score = scorePhrasebook(KINDS_HEADLINES_EN);

  it('gives no silent wrong number', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it('reads at least its floor of facts whole, with a fifth or more of near-misses', () => {
    const near = KINDS_HEADLINES_EN.cases.filter((c) => c.facts.every((f) => f.k !== 'target')).length;
    expect(near * 5).toBeGreaterThanOrEqual(KINDS_HEADLINES_EN.cases.length);
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
