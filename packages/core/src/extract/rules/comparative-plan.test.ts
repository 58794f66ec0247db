import { describe, expect, it } from 'vitest';
import { comparativePlanRule } from './comparative-plan';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule completion.comparative-plan', () => {
  it('has its id and locales', () => {
    expect(comparativePlanRule.id).toBe('completion.comparative-plan');
    expect(comparativePlanRule.locales).toEqual(['en']);
  });
  it.each([
    [
      'Spending was VND 8 trillion, less than the yearly estimate by 2.5 percent.',
      'en',
      'less',
      'completion exceeded-by 97.5 budget',
    ],
    [
      'Revenue was VND 10 trillion, lower than the annual plan by 3 percent.',
      'en',
      'lower',
      'completion exceeded-by 97 plan',
    ],
    [
      'Revenue was VND 12 trillion, higher than the target by about 4 percent.',
      'en',
      'higher',
      'completion exceeded-by 104 target',
    ],
  ] as const)('reads (%s)', (text, locale, at, want) => {
    const found = readAt(comparativePlanRule, text, locale, at);
    expect(found && describeFigure(found.fig)).toBe(want);
  });
  it('reads nothing without a plan noun or a percentage after it', () => {
    expect(readsNowhere(comparativePlanRule, 'Exports were 5% higher than last year.', 'en')).toBe(true);
    expect(readsNowhere(comparativePlanRule, 'Exports were more than the plan of 2022.', 'en')).toBe(true);
    // without `by` the percentage may be the target's own figure
    expect(readsNowhere(comparativePlanRule, 'Growth was 6.2%, lower than the target 7%.', 'en')).toBe(true);
  });
});
