import { describe, expect, it } from 'vitest';
import { changeExceededBaseRule } from './change-exceeded-base';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule change.exceeded-base', () => {
  it('has its id and locales', () => {
    expect(changeExceededBaseRule.id).toBe('change.exceeded-base');
    expect(changeExceededBaseRule.locales).toEqual(['en']);
  });
  it('reads (en): … exceeding the figure for the same period by 3.84%.', () => {
    const found = readAt(
      changeExceededBaseRule,
      'Output reached 230,058 tons, exceeding the figure for the same period by 3.84%.',
      'en',
      'exceeding',
    );
    expect(found && describeFigure(found.fig)).toBe('change rate 3.84 same-period-last-year');
    expect(found?.rule).toBe('en.change.exceeded-base-by');
  });
  it('reads (en) a named year after the same period: surpassing the same period of 2019 by 12 percent', () => {
    const found = readAt(
      changeExceededBaseRule,
      'Output reached 5,000 tons in 2023, surpassing the same period of 2019 by about 12 percent.',
      'en',
      'surpassing',
    );
    expect(found && describeFigure(found.fig)).toBe('change rate 12 same-period-in');
    expect(found?.fig.kind === 'change' && found.fig.approximate).toBe('about');
  });
  it('reads nothing where the excess is over a plan (a completion) or no `by` follows', () => {
    expect(readsNowhere(changeExceededBaseRule, 'Output reached 5,000 tons, exceeding the plan by 5%.', 'en')).toBe(
      true,
    );
    expect(
      readsNowhere(changeExceededBaseRule, 'Output reached 5,000 tons, exceeding the same period last year.', 'en'),
    ).toBe(true);
    expect(
      readsNowhere(changeExceededBaseRule, 'Output exceeded the records of many other ports last year by 5%.', 'en'),
    ).toBe(true);
  });
});
