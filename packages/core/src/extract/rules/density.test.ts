import { describe, expect, it } from 'vitest';
import { densityRule } from './density';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule density', () => {
  it('has its id and locales', () => {
    expect(densityRule.id).toBe('density');
    expect(densityRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Thuê bao đạt mật độ 49,8 thuê bao/100 dân.', () => {
    const found = readAt(densityRule, 'Thuê bao đạt mật độ 49,8 thuê bao/100 dân.', 'vi', 'mật');
    expect(found && describeFigure(found.fig)).toBe('density 49.8 subscriber');
    expect(found?.rule.startsWith('vi.density.')).toBe(true);
  });
  it('reads (en): Subscribers reached a density of 49.8 per 100 inhabitants.', () => {
    const found = readAt(densityRule, 'Subscribers reached a density of 49.8 per 100 inhabitants.', 'en', 'density');
    expect(found && describeFigure(found.fig)).toBe('density 49.8');
    expect(found?.rule.startsWith('en.density.')).toBe(true);
  });
  it('reads nothing in (vi): Doanh thu đạt 3 tỷ đồng.', () => {
    expect(readsNowhere(densityRule, 'Doanh thu đạt 3 tỷ đồng.', 'vi')).toBe(true);
  });
});
