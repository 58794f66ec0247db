import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract-statements';
import type { Statement } from './types';

const one = (text: string, locale: 'vi' | 'en', period?: string): Statement => {
  const [s] = extractStatements(text, { locale, ...(period ? { period } : {}) });
  if (!s) throw new Error(`nothing read from ${text}`);
  return s;
};
const changes = (s: Statement): string[] =>
  s.changes.map(
    (c) =>
      `${c.value.form} ${c.value.amount.value} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`,
  );

/** The kinds of failure listed in issue #11, each read right (paraphrased, other numbers). */
describe('press shapes › glued currencies, growth nouns, plans, periods, ranges, clause names', () => {
  it('glued currency: VND123.4 trillion is 1.234 × 10¹⁴ VND, the code is no part of the name', () => {
    const s = one('Revenue reached VND123.4 trillion in 2023, up 9.8 per cent year-on-year.', 'en');
    expect(s.value?.value).toMatchObject({ base: '123400000000000', unitCode: 'VND' });
    expect(s.name?.value).toBe('Revenue');
    expect(changes(s)).toEqual(['rate 9.8 same-period-last-year']);
  });

  it('English growth as a noun is a rate, not a ratio', () => {
    expect(changes(one('Exports posted a 12.3 percent year-on-year growth in 2023.', 'en'))).toEqual([
      'rate 12.3 same-period-last-year',
    ]);
    expect(changes(one('Imports in 2023 saw a 9.8 per cent year-on-year increase.', 'en'))).toEqual([
      'rate 9.8 same-period-last-year',
    ]);
    expect(changes(one('Revenue in 2023 was up to 23.3 percent against the same period.', 'en'))).toEqual([
      'rate 23.3 same-period-last-year',
    ]);
  });

  it('percent of the projection and of the budget estimate are completions', () => {
    expect(
      one('Budget revenue in 2023 reached VND 1,700 trillion, representing 101.5 percent of its projection.', 'en')
        .completion?.value.percent.value,
    ).toBe('101.5');
    const s = one('Budget revenue in 2023 was approximately 130% of the budget estimate.', 'en');
    expect(s.completion?.value).toMatchObject({ percent: { value: '130' }, approximate: 'about' });
  });

  it('periods: bảy tháng năm 2020, 7 tháng qua, Jan-Oct 2023, 2021-2025', () => {
    expect(one('Kim ngạch xuất khẩu bảy tháng năm 2020 đạt 2,1 tỷ USD.', 'vi').period?.value).toBe('2020-YTD-07');
    expect(one('Kim ngạch xuất khẩu 7 tháng qua đạt 2,1 tỷ USD.', 'vi', '2020').period?.value).toBe('2020-YTD-07');
    expect(one('Exports in Jan-Oct 2023 reached 290 billion USD.', 'en').period?.value).toBe('2023-YTD-10');
    expect(one('Tốc độ tăng trưởng bình quân giai đoạn 2021-2025 đạt 7,5%/năm.', 'vi').period?.value).toBe('2021/2025');
  });

  it('gấp 3,2 lần năm 2023: the year after the multiple is its base, not the period', () => {
    const s = one('Doanh thu năm 2024 gấp 3,2 lần năm 2023.', 'vi');
    expect(s.period?.value).toBe('2024');
    expect(changes(s)).toEqual(['times 3.2 2023']);
  });

  it('a bracketed absolute change keeps the base of its rate and is never a level', () => {
    const all = extractStatements(
      'Tổng sản lượng lương thực năm 2019 là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018.',
      {
        locale: 'vi',
      },
    );
    expect(changes(all[0] as Statement)).toEqual(['rate -0.58 2018']);
    for (const s of all.slice(1)) expect(s.value?.confidence ?? 'uncertain').toBe('uncertain');
  });

  it('a range 0,5-1%/tháng is read as neither end', () => {
    const s = one('Lãi suất cho vay năm 2020 giảm 0,5-1%/tháng so với cùng kỳ.', 'vi');
    expect(s.changes).toEqual([]);
    expect(s.unread.map((u) => u.reason)).toContain('unrecognised-figure');
  });

  it('numbers of one clause stay out of the next one’s name', () => {
    const all = extractStatements(
      'Doanh thu toàn ngành năm 2023 đạt 8.811 nghìn tỷ đồng, đóng góp vào ngân sách 375 tỷ đồng.',
      {
        locale: 'vi',
      },
    );
    expect(all.map((s) => s.value?.value.base)).toEqual(['8811000000000000', '375000000000']);
    for (const s of all) expect(s.name?.value ?? '').not.toMatch(/\d/);
  });
});

describe('press shapes › dotted month.year and target markers', () => {
  it('tháng 5.2015: the month and year in one dotted number', () => {
    expect(one('Doanh thu du lịch trong tháng 5.2015 ước đạt 198 tỷ đồng.', 'vi').period?.value).toBe('2015-05');
  });

  it('a target marker in the verb’s place keeps the name before it', () => {
    const s = one('Total social investment in 2026 is projected at nearly VND4.93 quadrillion.', 'en');
    expect(s.kind.value).toBe('target');
    expect(s.name?.value).toBe('Total social investment');
    expect(s.period?.value).toBe('2026');
  });
});
