import { describe, expect, it } from 'vitest';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';
import { valueRule } from './value';

describe('figure rule value', () => {
  it('has its id and locales', () => {
    expect(valueRule.id).toBe('value');
    expect(valueRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Tổng doanh thu ước đạt 3.630 tỷ đồng.', () => {
    const found = readAt(valueRule, 'Tổng doanh thu ước đạt 3.630 tỷ đồng.', 'vi', 'ước');
    expect(found && describeFigure(found.fig)).toBe('value 3630000000000 VND');
    expect(found?.rule.startsWith('vi.value.verb')).toBe(true);
  });
  it('reads (en): Revenue was estimated at VND 3,630 billion.', () => {
    const found = readAt(valueRule, 'Revenue was estimated at VND 3,630 billion.', 'en', 'was');
    expect(found && describeFigure(found.fig)).toBe('value 3630000000000 VND');
    expect(found?.rule.startsWith('en.value.verb')).toBe(true);
  });
  it('reads nothing in (vi): Tỉnh có nhiều dự án mới.', () => {
    expect(readsNowhere(valueRule, 'Tỉnh có nhiều dự án mới.', 'vi')).toBe(true);
  });
});
