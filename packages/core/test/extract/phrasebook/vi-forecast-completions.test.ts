import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT, VI_FORECAST_COMPLETIONS } from './vi-forecast-completions';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe('phrasebook vi-forecast-completions: a result’s completion of a forecast (`bằng 23% dự báo`, `hoàn thành 76% dự phóng`)', () => {
  const score = scorePhrasebook(VI_FORECAST_COMPLETIONS);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(VI_FORECAST_COMPLETIONS.cases.length).toBeGreaterThan(100);
    expect(VI_FORECAST_COMPLETIONS.cases.length).toBeLessThanOrEqual(3000);
    expect(NEAR_MISS_COUNT / VI_FORECAST_COMPLETIONS.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
