import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT, VI_CONTESTS } from './vi-contests';

/**
 * Whole-fact share the area reached (rounded down to a whole percent); it may only go up. Left: a
 * bracketed count after a name with lowercase words (`Đại học Quốc gia Hà Nội (79)`), whose name the
 * bracketed rule takes as capitalised words only.
 */
const FLOOR = 0.98;

describe('phrasebook vi-contests: prizes, medals and contests (exam results, sports games, culture departments)', () => {
  const score = scorePhrasebook(VI_CONTESTS);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(VI_CONTESTS.cases.length).toBeGreaterThan(200);
    expect(VI_CONTESTS.cases.length).toBeLessThanOrEqual(3000);
    expect(NEAR_MISS_COUNT / VI_CONTESTS.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });
});
