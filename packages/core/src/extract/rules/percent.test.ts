import { describe, expect, it } from 'vitest';
import { percentRule } from './percent';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule percent', () => {
  it('has its id and locales', () => {
    expect(percentRule.id).toBe('percent');
    expect(percentRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Tổng doanh thu đạt 100,6% kế hoạch.', () => {
    const found = readAt(percentRule, 'Tổng doanh thu đạt 100,6% kế hoạch.', 'vi', 'đạt');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 100.6 plan');
    expect(found?.rule.startsWith('vi.completion.of-plan')).toBe(true);
  });
  it('reads (en): Revenue reached 101.5 percent of the plan.', () => {
    const found = readAt(percentRule, 'Revenue reached 101.5 percent of the plan.', 'en', 'reached');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 101.5 plan');
    expect(found?.rule.startsWith('en.completion.of-plan')).toBe(true);
  });
  it('reads nothing in (vi): Tổng doanh thu ước đạt 3.630 tỷ đồng.', () => {
    expect(readsNowhere(percentRule, 'Tổng doanh thu ước đạt 3.630 tỷ đồng.', 'vi')).toBe(true);
  });
});
