import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT, VI_MASS } from './vi-mass';

/**
 * Whole-fact share the area reached (rounded down to a whole percent); it may only go up. Left:
 * `giới thiệu hơn 276 đoàn viên`, whose `thiệu hơn` the phrase matcher takes as a slip for the
 * comparative `nhiều hơn` (one letter apart), so the count is an unread absolute change.
 */
const FLOOR = 0.99;

describe('phrasebook vi-mass: mass organisations’ reports (unions, the Fatherland Front, the Red Cross)', () => {
  const score = scorePhrasebook(VI_MASS);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(VI_MASS.cases.length).toBeGreaterThan(300);
    expect(VI_MASS.cases.length).toBeLessThanOrEqual(3000);
    expect(NEAR_MISS_COUNT / VI_MASS.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
