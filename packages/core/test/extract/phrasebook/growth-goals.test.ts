import { describe, expect, it } from 'vitest';
import { GROWTH_GOALS_EN, GROWTH_GOALS_NEAR_MISSES, GROWTH_GOALS_VI } from './growth-goals';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/**
 * Whole-fact share each book reached (rounded down); it may only go up. English misses the kind of
 * a quota after `higher than` when the comparison rule reads the percentage (a target read as an actual).
 */
const FLOOR_EN = 0.95;
const FLOOR_VI = 1;

describe('phrasebook growth-goals — a goal’s bare percentage in a sentence about a growth is that growth’s rate', () => {
  const en = scorePhrasebook(GROWTH_GOALS_EN);
  const vi = scorePhrasebook(GROWTH_GOALS_VI);

  it('gives no silent wrong number over either book', () => {
    expect(silentWrongCases(en)).toEqual([]);
    expect(silentWrongCases(vi)).toEqual([]);
  });

  it('reads at least its floor of the facts whole, with a fifth or more of near-misses', () => {
    expect(GROWTH_GOALS_NEAR_MISSES * 5).toBeGreaterThanOrEqual(GROWTH_GOALS_EN.cases.length);
    expect(wholeShare(en.tally), en.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR_EN);
    expect(wholeShare(vi.tally), vi.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR_VI);
  });
});
