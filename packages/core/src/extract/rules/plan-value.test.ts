import { describe, expect, it } from 'vitest';
import { planValueRule } from './plan-value';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule plan.value', () => {
  it('has its id and locales', () => {
    expect(planValueRule.id).toBe('plan.value');
    expect(planValueRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Thuê bao đạt 1.800.000 thuê bao, kế hoạch 1.700.000 thuê bao.', () => {
    const found = readAt(planValueRule, 'Thuê bao đạt 1.800.000 thuê bao, kế hoạch 1.700.000 thuê bao.', 'vi', 'kế');
    expect(found && describeFigure(found.fig)).toBe('plan 1700000');
    expect(found?.rule.startsWith('vi.plan.value')).toBe(true);
  });
  it('reads (en): Revenue reached VND 120 billion against a plan of VND 100 billion.', () => {
    const found = readAt(
      planValueRule,
      'Revenue reached VND 120 billion against a plan of VND 100 billion.',
      'en',
      'against',
    );
    expect(found && describeFigure(found.fig)).toBe('plan 100000000000');
    expect(found?.rule.startsWith('en.plan.value')).toBe(true);
  });
  it('reads nothing in (vi): Doanh thu đạt 3 tỷ đồng.', () => {
    expect(readsNowhere(planValueRule, 'Doanh thu đạt 3 tỷ đồng.', 'vi')).toBe(true);
  });
});
