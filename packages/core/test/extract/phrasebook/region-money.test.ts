import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT_REGION_MONEY, REGION_MONEY_EN } from './region-money';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.9;

describe('phrasebook en-region-money: the region’s currencies before the number, a concessive clause’s change (round 32)', () => {
  const score = scorePhrasebook(REGION_MONEY_EN);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(REGION_MONEY_EN.cases.length).toBeGreaterThan(150);
    expect(NEAR_MISS_COUNT_REGION_MONEY / REGION_MONEY_EN.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
