import { describe, expect, it } from 'vitest';
import { fromToRule } from './from-to';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule from-to', () => {
  it('has its id and locales', () => {
    expect(fromToRule.id).toBe('from-to');
    expect(fromToRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Tỷ lệ hộ nghèo giảm từ 3,5% xuống 3,2%.', () => {
    const found = readAt(fromToRule, 'Tỷ lệ hộ nghèo giảm từ 3,5% xuống 3,2%.', 'vi', 'từ');
    expect(found && describeFigure(found.fig)).toBe('from-to 3.5 3.2');
    expect(found?.rule.startsWith('vi.from-to')).toBe(true);
  });
  it('reads (en): The poverty rate fell from 3.5% to 3.2%.', () => {
    const found = readAt(fromToRule, 'The poverty rate fell from 3.5% to 3.2%.', 'en', 'from');
    expect(found && describeFigure(found.fig)).toBe('from-to 3.5 3.2');
    expect(found?.rule.startsWith('en.from-to')).toBe(true);
  });
  it('reads nothing in (vi): Lạm phát dự kiến trong khoảng từ 3 đến 4%.', () => {
    expect(readsNowhere(fromToRule, 'Lạm phát dự kiến trong khoảng từ 3 đến 4%.', 'vi')).toBe(true);
  });
});
