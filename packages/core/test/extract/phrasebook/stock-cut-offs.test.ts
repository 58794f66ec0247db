import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { STOCK_CUT_OFFS_VI } from './stock-cut-offs';

/**
 * Whole-fact share the book reached (rounded down): the stocks, annotated with the point in time,
 * are read as the year to it and doubted, so only the flows and the near-misses count whole.
 */
const FLOOR = 0.34;

describe(`phrasebook ${STOCK_CUT_OFFS_VI.area} — a stock at a cut-off has its period doubted`, () => {
  const score = scorePhrasebook(STOCK_CUT_OFFS_VI);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole`, () => {
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('keeps a fifth of its cases as near-misses (a flow to the cut-off, a day inside a month)', () => {
    const near = STOCK_CUT_OFFS_VI.cases.filter((c) =>
      c.facts.every((f) => f.p === undefined || f.p.includes('YTD') || /^\d{4}$/.test(f.p)),
    );
    expect(near.length * 5).toBeGreaterThanOrEqual(STOCK_CUT_OFFS_VI.cases.length);
  });
});
