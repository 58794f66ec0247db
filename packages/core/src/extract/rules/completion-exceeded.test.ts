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
  it('reads (en) a plan noun phrase with words between it and `by`: Tax collection beat the budget estimate approved in March by 12 percent.', () => {
    const text = 'Tax collection beat the budget estimate approved in March by 12 percent.';
    const found = readAt(completionExceededRule, text, 'en', 'beat');
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 112 budget');
    expect(found?.rule).toBe('en.completion.exceeded-plan-by');
  });
  it('reads (en) a possessive and modifiers before the plan noun: Arrivals surpassed the province’s yearly goal by 9%.', () => {
    const found = readAt(
      completionExceededRule,
      'Arrivals surpassed the province’s yearly goal by 9%.',
      'en',
      'surpassed',
    );
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 109 target');
  });
  it('reads nothing when no plan noun heads the phrase: Exports exceeded last year’s level by 9%.', () => {
    expect(readsNowhere(completionExceededRule, 'Exports exceeded last year’s level by 9%.', 'en')).toBe(true);
  });
  it('reads nothing when a figure comes before `by`: Output surpassed the plan of 40 tonnes by 3%.', () => {
    expect(readsNowhere(completionExceededRule, 'Output surpassed the plan of 40 tonnes by 3%.', 'en')).toBe(true);
  });
});
