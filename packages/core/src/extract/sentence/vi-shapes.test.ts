import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import type { Statement } from '../types';

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const rates = (s: Statement | undefined): string[] =>
  (s?.changes ?? []).map((c) => `${c.value.form} ${c.value.amount.value} ${JSON.stringify(c.value.base ?? null)}`);

describe('a stage word in a clause of its own before the first figure', () => {
  it.each([
    ['Dự ước ba tháng đầu năm, doanh thu dịch vụ lưu trú đạt 2.150 tỷ đồng, tăng 12,4% so với cùng kỳ.', 'estimate'],
    ['Ước tính 9 tháng, sản lượng thủy sản đạt 48.300 tấn, tăng 3,1% so với cùng kỳ năm trước.', 'estimate'],
    ['Ước tính sáu tháng, tổng vốn đầu tư toàn xã hội đạt 15.420 tỷ đồng.', 'estimate'],
    ['Sơ bộ quý I năm 2024, giá trị sản xuất công nghiệp đạt 9.870 tỷ đồng.', 'preliminary'],
  ])('is the stage of the statements after it: %s', (text, stage) => {
    const all = read(text);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.stage?.value).toBe(stage);
    // The month count is the period, never a figure (`Ước tính 9` read as a value of 9).
    expect(all.every((s) => s.value?.value.base !== '9' && s.value?.value.base !== '6')).toBe(true);
  });
  it('a month count written as a word before a verb is a period, not part of the name', () => {
    const [s] = read('Doanh thu bán lẻ sáu tháng năm 2023 đạt 120 tỷ đồng.');
    expect(s?.name?.value).toBe('Doanh thu bán lẻ');
    expect(s?.period?.value).toBe('2023-YTD-06');
    const [t] = read('Sản lượng điện thương phẩm chín tháng năm 2022 đạt 1.250 triệu kWh.');
    expect(t?.period?.value).toBe('2022-YTD-09');
  });
  it('a stage word after the first figure stages nothing before it (negative)', () => {
    const [first, second] = read('Doanh thu năm 2023 đạt 120 tỷ đồng, ước tính năm 2024 đạt 150 tỷ đồng.');
    expect(first?.stage).toBeUndefined();
    expect(second?.value?.value.base).toBe('150000000000');
  });
  it('a lead clause without a stage word gives no stage (negative)', () => {
    const all = read('Trong chín tháng, doanh thu dịch vụ đạt 120 tỷ đồng.');
    expect(all[0]?.stage).toBeUndefined();
  });
});
