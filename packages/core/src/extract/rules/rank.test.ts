import { describe, expect, it } from 'vitest';
import { rankRule } from './rank';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule rank', () => {
  it('has its id and locales', () => {
    expect(rankRule.id).toBe('rank');
    expect(rankRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Tỉnh đứng thứ 3 toàn quốc về chỉ số PCI.', () => {
    const found = readAt(rankRule, 'Tỉnh đứng thứ 3 toàn quốc về chỉ số PCI.', 'vi', 'đứng');
    expect(found && describeFigure(found.fig)).toBe('rank 3');
    expect(found?.rule.startsWith('vi.rank.nth')).toBe(true);
  });
  it('reads (en): The province ranked 3rd out of 63 in the PCI.', () => {
    const found = readAt(rankRule, 'The province ranked 3rd out of 63 in the PCI.', 'en', 'ranked');
    expect(found && describeFigure(found.fig)).toBe('rank 3 63');
    expect(found?.rule.startsWith('en.rank.nth')).toBe(true);
  });
  it('reads nothing in (vi): Doanh thu đạt 3 tỷ đồng.', () => {
    expect(readsNowhere(rankRule, 'Doanh thu đạt 3 tỷ đồng.', 'vi')).toBe(true);
  });
});
