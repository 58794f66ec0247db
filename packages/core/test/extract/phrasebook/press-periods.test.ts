import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { PRESS_PERIODS_EN } from './press-periods';

/** Whole-fact share the book reached (rounded down); it may only go up. */
const FLOOR = 0.93;

describe(`phrasebook ${PRESS_PERIODS_EN.area} — the press's calques of Vietnamese periods`, () => {
  const score = scorePhrasebook(PRESS_PERIODS_EN);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole`, () => {
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('keeps a fifth of its cases as near-misses that state no period', () => {
    const bare = PRESS_PERIODS_EN.cases.filter((c) => c.facts.every((f) => f.p === undefined));
    expect(bare.length * 5).toBeGreaterThanOrEqual(PRESS_PERIODS_EN.cases.length);
  });
});
