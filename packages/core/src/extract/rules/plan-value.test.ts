import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { planValueRule } from './plan-value';
import { describeFigure, readAt, readAtNth, readsNowhere } from './read-at.test-util';

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
  it('reads (vi) a bracket right after a plan noun phrase as the plan: … so với mục tiêu cả năm (đạt 410 tỷ USD).', () => {
    const text = 'Xuất khẩu hoàn thành 88,5% so với mục tiêu cả năm (đạt 410 tỷ USD).';
    const found = readAt(planValueRule, text, 'vi', 'đạt');
    expect(found?.fig.kind).toBe('plan');
    expect(found?.rule).toBe('vi.plan.value-in-bracket');
  });
  it('reads (en) a bracket after `the annual target` as the plan: Revenue met 96% of the annual target (VND 12 trillion).', () => {
    const found = readAt(planValueRule, 'Revenue met 96% of the annual target (VND 12 trillion).', 'en', 'VND');
    expect(found?.fig.kind).toBe('plan');
  });
  it('reads no plan in a bracket after a result: Doanh thu đạt 500 tỷ đồng (khoảng 20 triệu USD).', () => {
    expect(readsNowhere(planValueRule, 'Doanh thu đạt 500 tỷ đồng (khoảng 20 triệu USD).', 'vi')).toBe(true);
  });
  it('the statement keeps its completion and shows the bracketed plan as its target, not its value', () => {
    const [s] = extractStatements('Xuất khẩu hoàn thành 88,5% so với mục tiêu cả năm (đạt 410 tỷ USD).', {
      locale: 'vi',
    });
    expect(s?.completion?.value.percent.value).toBe('88.5');
    expect(s?.value).toBeUndefined();
    expect(s?.target?.value.base).toBe('410000000000');
  });
  it('reads (en) the plan value after a completion of a plan noun: 46 percent of the full-year target of 9 million', () => {
    const found = readAt(
      planValueRule,
      'Arrivals achieved 46 percent of the full-year target of 9 million.',
      'en',
      'of',
    );
    // the first `of` belongs to the completion; the rule reads at the `of` after the plan noun
    expect(found).toBeNull();
    const tokens = 'Arrivals achieved 46 percent of the full-year target of 9 million.';
    const at = readAtNth(planValueRule, tokens, 'of', 2);
    expect(at && describeFigure(at.fig)).toBe('plan 9000000');
    expect(at?.fig.kind === 'plan' && at.fig.own).toBe(true);
    // no completion before the plan noun: a goal's own object, not a stated plan
    expect(readAtNth(planValueRule, 'The city aims to achieve the target of 9 million visitors.', 'of', 1)).toBeNull();
  });
});
