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
  it('reads (en) a plan noun phrase read by its head: Port throughput met 96.4% of the province’s yearly forecast.', () => {
    const text = 'Port throughput met 96.4% of the province’s yearly forecast.';
    const found = readAt(percentRule, text, 'en', 'met');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 96.4 forecast');
  });
  it('reads (en) a year among the modifiers: Spending reached 38 percent of the 2026 projection.', () => {
    const found = readAt(percentRule, 'Spending reached 38 percent of the 2026 projection.', 'en', 'reached');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 38 forecast');
  });
  it('reads (vi) a modifier before the plan noun: Giải ngân đạt 71,2% tổng kế hoạch.', () => {
    const found = readAt(percentRule, 'Giải ngân đạt 71,2% tổng kế hoạch.', 'vi', 'đạt');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 71.2 plan');
  });
  it.each([
    ['Exports achieved 70 percent of the full-year goal.', 'achieved', '70', 'target'],
    ['Budget revenue reached 83.5% of the five-year plan.', 'reached', '83.5', 'plan'],
    ['Disbursement met 64 per cent of the city’s mid-year target.', 'met', '64', 'target'],
  ])('reads (en) a hyphenated modifier before the plan noun: %s', (text, at, percent, plan) => {
    const found = readAt(percentRule, text, 'en', at);
    expect(found && describeFigure(found.fig)).toBe(`completion of-plan ${percent} ${plan}`);
  });
  it('reads no completion when the plan noun belongs to another phrase: Wages made up 31% of the costs in the plan.', () => {
    const found = readAt(percentRule, 'Wages made up 31% of the costs in the plan.', 'en', 'made');
    expect(found?.fig.kind).not.toBe('completion');
  });
});
