import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT, VI_OPEN_BOUNDS } from './vi-open-bounds';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook vi-open-bounds: `từ X … trở lên`/`trở xuống` and the hectare spelled out', () => {
  const score = scorePhrasebook(VI_OPEN_BOUNDS);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(VI_OPEN_BOUNDS.cases.length).toBeGreaterThan(150);
    expect(VI_OPEN_BOUNDS.cases.length).toBeLessThanOrEqual(3000);
    expect(NEAR_MISS_COUNT / VI_OPEN_BOUNDS.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
