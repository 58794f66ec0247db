import { describe, expect, it } from 'vitest';
import { changeRule } from './change';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule change', () => {
  it('has its id and locales', () => {
    expect(changeRule.id).toBe('change');
    expect(changeRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (vi): Doanh thu tăng 5% so với cùng kỳ.', () => {
    const found = readAt(changeRule, 'Doanh thu tăng 5% so với cùng kỳ.', 'vi', 'tăng');
    expect(found && describeFigure(found.fig)).toBe('change rate 5 same-period-last-year');
    expect(found?.rule.startsWith('vi.change.rate')).toBe(true);
  });
  it('reads (en): Exports were up 9.8 per cent year-on-year.', () => {
    const found = readAt(changeRule, 'Exports were up 9.8 per cent year-on-year.', 'en', 'up');
    expect(found && describeFigure(found.fig)).toBe('change rate 9.8 same-period-last-year');
    expect(found?.rule.startsWith('en.change.rate')).toBe(true);
  });
  it('reads nothing in (vi): Thu ngân sách đạt 100,6% kế hoạch.', () => {
    expect(readsNowhere(changeRule, 'Thu ngân sách đạt 100,6% kế hoạch.', 'vi')).toBe(true);
  });
  it('reads an absolute change stated as a percentage in brackets as that rate (vi)', () => {
    const found = readAt(changeRule, 'Diện tích lúa giảm 2.170ha (bằng 1,46%) so với cả năm 2018.', 'vi', 'giảm');
    expect(found && describeFigure(found.fig)).toBe('change rate -1.46 named-period');
    expect(found?.rule).toBe('vi.change.rate-in-bracket');
  });
  it('reads an absolute change stated as a percentage in brackets as that rate (en)', () => {
    const found = readAt(changeRule, 'Revenue was up VND 500 billion (or 5 percent) year-on-year.', 'en', 'up');
    expect(found && describeFigure(found.fig)).toBe('change rate 5 same-period-last-year');
  });
  it('keeps an absolute change absolute when its bracket is no percentage', () => {
    const found = readAt(changeRule, 'Diện tích lúa giảm 2.170ha (do chuyển đổi) so với năm 2018.', 'vi', 'giảm');
    expect(found?.fig.kind === 'change' && found.fig.form).toBe('absolute');
  });
  it('reads (en) a rate above a plan as its completion: Fees rose 14.5% above estimates.', () => {
    const found = readAt(changeRule, 'Fees rose 14.5% above estimates.', 'en', 'rose');
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 114.5 budget');
    expect(found?.rule).toBe('en.completion.rate-beside-plan');
  });
  it('reads (en) a rate below a plan: Outlays grew 4.1% below the annual plan.', () => {
    const found = readAt(changeRule, 'Outlays grew 4.1% below the annual plan.', 'en', 'grew');
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 95.9 plan');
  });
  it('keeps a rate above a past level a change: Fees rose 14.5% above the 2024 level.', () => {
    const found = readAt(changeRule, 'Fees rose 14.5% above the 2024 level.', 'en', 'rose');
    expect(found?.fig.kind).toBe('change');
  });
  it('reads (en) a phrasal verb as one change verb: …, picking up 4.4 percent over the previous year.', () => {
    const found = readAt(
      changeRule,
      'Sales totaled VND90 trillion, picking up 4.4 percent over the previous year.',
      'en',
      'picking',
    );
    expect(found && describeFigure(found.fig)).toBe('change rate 4.4 same-period-last-year');
    const down = readAt(changeRule, 'Prices ended the month edging down 0.3 percent.', 'en', 'edging');
    expect(down && describeFigure(down.fig)).toBe('change rate -0.3');
  });
  it('reads (vi) a plus sign glued to the bracketed rate of an absolute change: tăng 1.120 tỷ đồng (+8,4%)', () => {
    const found = readAt(changeRule, 'Dư nợ tăng 1.120 tỷ đồng (+8,4%) so với cuối năm trước.', 'vi', 'tăng');
    expect(found && describeFigure(found.fig)).toBe('change rate 8.4 december-last-year');
  });
  it('reads (en) a change noun phrase with adjectives before it: a sharp year-on-year decline of 7.4 percent', () => {
    for (const [text, want] of [
      ['It was a sharp year-on-year decline of 7.4 percent.', 'change rate -7.4 same-period-last-year'],
      ['It marked an average increase of 3.1 per cent.', 'change rate 3.1'],
      ['They saw an annual rise of 14.4 percent.', 'change rate 14.4 same-period-last-year'],
    ] as const) {
      const found = readAt(changeRule, text, 'en', text.includes(' an ') ? 'an' : 'a');
      expect(found && describeFigure(found.fig), text).toBe(want);
    }
    // the plain noun phrase needs its article and a change noun: `an increase in the number of buyers` is none
    expect(readAt(changeRule, 'It was an increase in the number of buyers.', 'en', 'an')).toBeNull();
  });
  it('reads (en) a rate against a plan noun phrase after a compare word as a completion of 100 ± N', () => {
    const up = readAt(changeRule, 'Duties surged by 29 percent against the estimates.', 'en', 'surged');
    expect(up && describeFigure(up.fig)).toBe('completion exceeded-by 129 budget');
    const down = readAt(changeRule, 'Tax revenue fell 4% compared with the annual plan.', 'en', 'fell');
    expect(down && describeFigure(down.fig)).toBe('completion exceeded-by 96 plan');
    // not when the plan states its own figure
    const stated = readAt(changeRule, 'Exports rose 2% against the target of 8%.', 'en', 'rose');
    expect(stated?.fig.kind).toBe('change');
  });
});
