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
  it('leaves a month count after the verb to the period (ước 10 tháng 19.460 tỷ đồng)', () => {
    expect(readAt(valueRule, 'Tổng chi ngân sách ước 10 tháng 19.460 tỷ đồng.', 'vi', 'ước')).toBeNull();
    const found = readAt(valueRule, 'Tổng chi ngân sách ước 10 tháng 19.460 tỷ đồng.', 'vi', '19.460');
    expect(found && describeFigure(found.fig)).toBe('value 19460000000000 VND');
  });
  it('leaves a period phrase after the verb to the period (ước đạt 9 tháng đầu năm 2,3 tỷ USD)', () => {
    expect(readAt(valueRule, 'Xuất khẩu ước đạt 9 tháng đầu năm 2,3 tỷ USD.', 'vi', 'ước')).toBeNull();
  });
  it('still reads a year-like amount with a scale as a value (đạt 2020 tỷ đồng)', () => {
    const found = readAt(valueRule, 'Doanh thu đạt 2020 tỷ đồng.', 'vi', 'đạt');
    expect(found && describeFigure(found.fig)).toBe('value 2020000000000 VND');
  });
  it('never drops the minus sign of a level: a negative level is invalid, not read without its sign', () => {
    const found = readAt(valueRule, 'GDP growth was -2.1% in 2021.', 'en', 'was');
    expect(found?.fig.kind).toBe('invalid');
    expect(found?.rule).toBe('en.value.negative');
    const vi = readAt(valueRule, 'Cán cân thương mại -1,2 tỷ USD.', 'vi', '-');
    expect(vi?.fig.kind).toBe('invalid');
  });
  it('reads (en) a value verb on a percentage of a plan as a completion: Fees are estimated at 104.2% of the yearly projection.', () => {
    const found = readAt(valueRule, 'Fees are estimated at 104.2% of the yearly projection.', 'en', 'are');
    expect(found && describeFigure(found.fig)).toBe('completion of-plan 104.2 forecast');
    expect(found?.rule).toBe('en.completion.value-verb-of-plan');
  });
  it('keeps a value verb on a share a percentage: Fees are estimated at 14.2% of total revenue.', () => {
    const found = readAt(valueRule, 'Fees are estimated at 14.2% of total revenue.', 'en', 'are');
    expect(found?.fig.kind).toBe('percent');
  });
  it('reads (en) `at a total of` as the link of a value: …, at a total of VND88.4 trillion.', () => {
    const found = readAt(valueRule, 'Disbursement hit 31.2% of the plan, at a total of VND88.4 trillion.', 'en', 'at');
    expect(found && describeFigure(found.fig)).toBe('value 88400000000000 VND');
  });
});
