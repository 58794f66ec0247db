import { describe, expect, it } from 'vitest';
import { auditStatements } from '../audit/audit-statements';
import { extractReport, extractStatements } from './extract-statements';
import type { Statement } from './types';

const read = (text: string, locale: 'vi' | 'en' = 'vi'): Statement[] => extractStatements(text, { locale });
const doubts = (s: Statement): (string | undefined)[] =>
  [s.value, s.completion, ...s.changes].filter((f) => f !== undefined).map((f) => f.doubt?.reason);

describe('certainty: every field says how sure its reading is', () => {
  it('a plain statement is certain in every field', () => {
    const [s] = read(
      'Tổng thu ngân sách năm 2020 ước đạt 32.184 tỷ đồng, bằng 108,9% dự toán, tăng 12,4% so với cùng kỳ.',
    );
    expect(s?.value?.confidence).toBe('certain');
    expect(s?.completion?.confidence).toBe('certain');
    expect(s?.changes[0]?.confidence).toBe('certain');
    expect(s?.name?.confidence).toBe('certain');
  });

  it('bracketed: an earlier rate in brackets, its name outside them', () => {
    const all = read('Vận tải, bưu điện, du lịch tăng 7,7% (cùng kỳ năm trước tăng 7,3%).');
    const bracketed = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '7.3');
    expect(bracketed?.confidence).toBe('uncertain');
    expect(bracketed?.doubt?.reason).toBe('bracketed');
    expect(all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '7.7')?.confidence).toBe('certain');
  });

  it('bracketed: an absolute change in brackets after a rate is never a level', () => {
    const all = read('Sản lượng thóc năm 2019 đạt 378.366 tấn, tăng 0,32% (1.216 tấn) so với năm 2018.');
    const stray = all.find((s) => s.value?.value.base === '1216');
    expect(stray === undefined || stray.value?.confidence === 'uncertain').toBe(true);
  });

  it('share: chiếm 54,5% is never read as a completion or a level', () => {
    const [s] = read('Xuất khẩu của khu vực FDI ước đạt 34,3 tỷ USD, chiếm 54,5%.');
    expect(s?.value?.value.base).toBe('34300000000');
    expect(s?.completion).toBeUndefined();
    expect(s?.unread.some((u) => u.span.text.includes('54,5'))).toBe(true);
  });

  it('share: a level after a share takes the value; the share goes to unread', () => {
    const [s] = read('Nhóm thủy sản năm 2022 chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91% so với cùng kỳ.');
    expect(s?.value?.value.base).toBe('118900000');
    expect(s?.unread.some((u) => u.span.text.includes('3,65'))).toBe(true);
    // Alone, the share is the indicator's value (`Khu vực dịch vụ chiếm 45,6%` in the structure).
    expect(read('Khu vực dịch vụ năm 2023 chiếm 45,6% trong cơ cấu kinh tế.')[0]?.value?.value.base).toBe('45.6');
  });

  it('share: accounting for 26.4 percent of total export turnover', () => {
    const all = read(
      'The domestic economic sector raked in US$ 51.5 billion, representing a drop of 10.2 percent and accounting for 26.4 percent of total export turnover.',
      'en',
    );
    // Never a certain level: an uncertain share, or listed in `unread`.
    const share = all.find((s) => s.value?.value.base === '26.4');
    if (share) expect(share.value?.doubt?.reason).toBe('share');
    else expect(all.some((s) => s.unread.some((u) => u.span.text.includes('26.4')))).toBe(true);
    expect(all.find((s) => s.value?.value.base === '51500000000')?.value?.confidence).toBe('certain');
  });

  it('plan-frame: a plan figure in a results clause', () => {
    const all = read(
      'Kim ngạch xuất khẩu 7 tháng đạt 3,26 tỷ USD, vượt tốc độ tăng trưởng theo kế hoạch đề ra là 8,42%.',
    );
    // Round 8: a growth's percentage is read as its rate (was the value); it stays uncertain.
    // Round 14: the clause comparing with the plan states the plan's own rate — a target statement
    // (`sentence/vi-plan-figure.ts`), never a result's figure; in a result it stays doubted.
    const target = all.find((s) => s.changes.some((c) => c.value.amount.value === '8.42'));
    expect(target?.kind.value).toBe('target');
    const inResult = read('Kim ngạch xuất khẩu 7 tháng đạt 3,26 tỷ USD, theo kế hoạch đề ra là tăng 8,42%.');
    const plan = inResult.flatMap((s) => s.changes).find((c) => c.value.amount.value === '8.42');
    expect(plan?.confidence).toBe('uncertain');
    expect(plan?.doubt?.reason).toBe('plan-frame');
  });

  it('range: one end of 33-33.7 per cent, and between 10 and 10.8 percent', () => {
    const a = read('Investment accounts for roughly 33-33.7 per cent of GDP.', 'en');
    expect(a.every((s) => s.value === undefined || s.value.confidence === 'uncertain')).toBe(true);
    const b = read('From 2015 to 2017, retail sales growth was between 10 percent and 10.8 percent per year.', 'en');
    for (const s of b) expect(doubts(s).every((d) => d !== undefined)).toBe(true);
  });

  it('time-like and fraction: 2017, 10 tháng, 30/63 địa phương', () => {
    // (round 51: the year a span of years ends at is read as a period, never a value at all)
    expect(read('From 2015 to 2017, sales grew.', 'en').some((s) => s.value?.value.base === '2017')).toBe(false);
    expect(read('From 2015 to 2017, sales grew 4 percent.', 'en')[0]?.period?.value).toBe('2017');
    const f = read('Có 30/63 địa phương có tốc độ tăng cao hơn bình quân chung.');
    expect(f.find((s) => s.value?.value.base === '30')?.value?.doubt?.reason).toBe('fraction');
  });

  it('conversion: equivalent to $189 billion restates a VND value', () => {
    // Round 8: a clause opening with `equivalent to` on another currency restates the value
    // before (listed in `unused` as a conversion); it is no statement of its own.
    const text = 'Total social investment is projected at VND4.93 quadrillion, equivalent to $189 billion.';
    const report = extractReport(text, { locale: 'en', period: '2025' });
    expect(report.statements.find((s) => s.value?.value.unitCode === 'USD')).toBeUndefined();
    expect(report.unused.map((u) => [u.span.text, u.reason])).toContainEqual(['189', 'conversion']);
  });

  it('percent-role: a bare percentage on a name that is no rate is uncertain; a rate name is certain', () => {
    expect(read('Tỷ lệ hộ nghèo năm 2020 là 3,5%.')[0]?.value?.confidence).toBe('certain');
    expect(read('Chỉ số cải cách hành chính năm 2023 đạt 88,5%.')[0]?.value?.confidence).toBe('certain');
    expect(read('Doanh thu đạt 9,5%.')[0]?.value?.doubt?.reason).toBe('percent-role');
  });

  it('percent-role: an index of change with a bare percentage is a level against a base or a growth, not certain', () => {
    // Round 8: this sentence used to be asserted certain; 9,5% there is the index's growth.
    // Round 14: in Vietnamese a percentage under 50 on an index of change is read as its rise
    // (`sentence/growth-level.ts`), a rate with no base, never a level; near 100 it stays doubted.
    const [vi] = read('Chỉ số sản xuất toàn ngành công nghiệp năm nay đạt 7,2%.');
    expect(vi?.value).toBeUndefined();
    expect(vi?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toEqual(['rate 7.2']);
    const [level] = read('Chỉ số sản xuất toàn ngành công nghiệp năm nay đạt 107,2%.');
    expect(level?.value === undefined || level.value.confidence === 'uncertain').toBe(true);
    const [en] = read('The consumer price index stood at 3.4% in March 2024.', 'en');
    expect(en?.value?.doubt?.reason).toBe('percent-role');
  });

  it('second-figure: a second change with the first one’s base', () => {
    const [s] = read('So với tháng 12-2022, CPI tháng 9 tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%.');
    const second = s?.changes.find((c) => c.value.amount.value === '3.66');
    expect(
      second === undefined || second.confidence === 'uncertain' || second.value.base?.kind === 'same-period-last-year',
    ).toBe(true);
  });

  it('the audit never checks an uncertain field', () => {
    // 26.4 % would be a completion contradicting nothing; the share must not become a finding.
    const all = read(
      'The domestic economic sector raked in US$ 51.5 billion, representing a drop of 10.2 percent and accounting for 26.4 percent of total export turnover.',
      'en',
    );
    const findings = auditStatements(all);
    expect(findings.every((f) => !JSON.stringify(f).includes('26.4'))).toBe(true);
  });

  it('comparison: the figure after a comparative is shown but uncertain (en)', () => {
    const all = read('Coffee exports grew 7.2 percent, faster than the 3.9 percent expansion in the first half.', 'en');
    const own = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '7.2');
    expect(own?.confidence).toBe('certain');
    const other = all.find(
      (s) => s.value?.value.base === '3.9' || s.changes.some((c) => c.value.amount.value === '3.9'),
    );
    expect(other).toBeDefined();
    const fields = [other?.value, ...(other?.changes ?? [])].filter((f) => f !== undefined);
    expect(fields.every((f) => f.confidence === 'uncertain')).toBe(true);
  });

  it('comparison: a rate after cao hơn/thấp hơn is the other side of the comparison (vi)', () => {
    const all = read('Lợi nhuận quý II tăng 6,1%, thấp hơn mức tăng 8,3% của quý I.');
    const other = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '8.3');
    expect(other?.confidence).toBe('uncertain');
    expect(other?.doubt?.reason).toBe('comparison');
    expect(all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '6.1')?.confidence).toBe('certain');
  });

  it('comparison: the statement before keeps its certain fields and the audit skips the other', () => {
    const all = read('Giá trị sản xuất tăng 5,2%, cao hơn mức tăng 4,4% của năm trước.');
    const other = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '4.4');
    expect(other?.confidence).toBe('uncertain');
    expect(all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '5.2')?.confidence).toBe('certain');
    expect(auditStatements(all)).toEqual([]);
  });

  it('base-period: a year named after a comparison word may be the base, not the period', () => {
    // The clause's period step skips it; a period that still comes from there is uncertain.
    const [s] = read('Fish output was 210,000 tonnes, up 2.4 percent compared to the harvest in 2021.', 'en');
    expect(s?.period === undefined || s.period.confidence === 'uncertain').toBe(true);
    const [g] = read('Vốn FDI gấp 3,2 lần năm 2023.');
    expect(g?.period === undefined || g.period.value !== '2023' || g.period.doubt?.reason === 'base-period').toBe(true);
  });

  it('base-period: a period before the comparison stays certain', () => {
    const [s] = read('In 2025, fish output was 210,000 tonnes, up 2.4 percent compared with 2024.', 'en');
    expect(s?.period?.value).toBe('2025');
    expect(s?.period?.confidence).toBe('certain');
  });

  it('plan-frame: a rate with no base whose clause names a plan after it is never a certain change', () => {
    const all = read('Receipts climbed 8.7% against the plan approved by the council.', 'en');
    const rate = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '8.7');
    expect(rate === undefined || rate.confidence === 'uncertain').toBe(true);
  });

  it('a bound verb before a value is a bound, not an exact figure (top, surpass, exceed)', () => {
    for (const text of [
      'Orders are set to top VND9.8 trillion this quarter.',
      'Remittances surpassed US$4.1 billion.',
      'Seafood sales exceeded 730 million USD.',
    ]) {
      const s = read(text, 'en').find((x) => x.value);
      expect(s?.value?.value.approximate, text).toBe('over');
    }
  });

  it('comparison: a clause opening with `up from`/`down from` states the earlier level, never certain', () => {
    const all = read('The surplus was US$6.1 billion, up from US$2.2 billion a year earlier.', 'en');
    expect(all[0]?.value?.confidence).toBe('certain');
    const earlier = all.find((s) => s.value?.value.base === '2200000000');
    expect(earlier === undefined || earlier.value?.confidence === 'uncertain').toBe(true);
  });

  it('difference: an amount after `by` (exceeding the target by US$3 billion) is no level', () => {
    const all = read('Trade reached US$58 billion, exceeding the annual target by US$3 billion.', 'en');
    const by = all.find((s) => s.value?.value.base === '3000000000');
    expect(by === undefined || by.value?.confidence === 'uncertain').toBe(true);
    expect(all.find((s) => s.value?.value.base === '58000000000')?.value?.confidence).toBe('certain');
  });

  it('comparison: a base named before the verb with no compare word is the subject (the base period’s own figure)', () => {
    const all = read('Doanh thu du lịch tăng 18,3% so với cùng kỳ, trong khi cùng kỳ năm trước giảm 6,2%.');
    expect(all[0]?.changes[0]?.confidence).toBe('certain');
    const earlier = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '-6.2');
    expect(earlier === undefined || earlier.confidence === 'uncertain').toBe(true);
    // `a year-on-year rise of 5%`: an adjective base before a change noun stays the change's own.
    const [y] = read('Retail sales posted a year-on-year rise of 5.2 percent.', 'en');
    expect(y?.changes[0]?.confidence).toBe('certain');
    const [z] = read('The province recorded year-on-year growth of 4.1% in exports.', 'en');
    expect(z?.changes[0]?.confidence).toBe('certain');
  });

  it('a period in a bracket on the statement before is the aside’s, not the statement’s', () => {
    const [s] = read('Giá trị sản xuất ước đạt 41.000 tỷ đồng, tăng 6,8% (năm 2021 tăng 5,9%).');
    expect(s?.period?.value).not.toBe('2021');
  });
});
