import { describe, expect, it } from 'vitest';
import { BARE_COUNTS_EN, BARE_COUNTS_VI, NEAR_MISS_COUNT_EN, NEAR_MISS_COUNT_VI } from './bare-counts';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the areas reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

describe.each([
  [BARE_COUNTS_EN, NEAR_MISS_COUNT_EN],
  [BARE_COUNTS_VI, NEAR_MISS_COUNT_VI],
])('phrasebook $area: counts no verb states (round 31)', (book, nearMisses) => {
  const score = scorePhrasebook(book);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(book.cases.length).toBeGreaterThan(150);
    expect(nearMisses / book.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('never shows a bare count as certain', () => {
    expect(score.tally.recalledCertain).toBeLessThan(score.tally.recalled);
    expect(score.tally.spurious).toBe(0);
  });
});
