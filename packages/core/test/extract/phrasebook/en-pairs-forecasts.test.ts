import { describe, expect, it } from 'vitest';
import { EN_PAIRS_FORECASTS } from './en-pairs-forecasts';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the book reached (rounded down); it may only go up. */
const FLOOR = 0.9;

describe('phrasebook en-pairs-forecasts — respectively lists, joined plan measures, spelled points, CAGRs', () => {
  const score = scorePhrasebook(EN_PAIRS_FORECASTS);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole`, () => {
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });
});
