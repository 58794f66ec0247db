import { describe, expect, it } from 'vitest';
import { completionExceededRule } from './completion-exceeded';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule completion.exceeded', () => {
  it('has its id and locales', () => {
    expect(completionExceededRule.id).toBe('completion.exceeded');
    expect(completionExceededRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Thu ngân sách vượt 28,6% dự toán.', () => {
    const found = readAt(completionExceededRule, 'Thu ngân sách vượt 28,6% dự toán.', 'vi', 'vượt');
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 128.6 budget');
    expect(found?.rule.startsWith('vi.completion.exceeded-by')).toBe(true);
  });
  it('reads (en): Revenue exceeded the plan by 5.2 percent.', () => {
    const found = readAt(completionExceededRule, 'Revenue exceeded the plan by 5.2 percent.', 'en', 'exceeded');
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 105.2 plan');
    expect(found?.rule.startsWith('en.completion.exceeded-by')).toBe(true);
  });
  it('reads nothing in (vi): Doanh thu tăng 5% so với cùng kỳ.', () => {
    expect(readsNowhere(completionExceededRule, 'Doanh thu tăng 5% so với cùng kỳ.', 'vi')).toBe(true);
  });
});
