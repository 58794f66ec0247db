import { describe, expect, it } from 'vitest';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { YEAR_TO_DATE_EN } from './year-to-date';

/** Whole-fact share the book reached (rounded down); it may only go up. */
const FLOOR = 1;

describe(`phrasebook ${YEAR_TO_DATE_EN.area} — a year-to-date change at a month is of the year to it`, () => {
  const score = scorePhrasebook(YEAR_TO_DATE_EN);

  it('gives no silent wrong number over the whole book', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of its facts whole`, () => {
    expect(wholeShare(score.tally), score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('keeps a fifth of its cases as near-misses dated by the month alone', () => {
    const near = YEAR_TO_DATE_EN.cases.filter((c) => c.facts.every((f) => f.p === undefined || !f.p.includes('YTD')));
    expect(near.length * 5).toBeGreaterThanOrEqual(YEAR_TO_DATE_EN.cases.length);
  });
});
