import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract-statements';
import { FIGURE_RULES } from './figure-rules';
import type { Statement } from './types';

const rules = (s: readonly Statement[]): string[] =>
  s.flatMap((x) =>
    [x.value, x.completion, x.rank, x.density, x.target, x.previous, ...x.changes]
      .filter((f) => f !== undefined)
      .map((f) => f.rule),
  );

/** One sentence per figure rule of the registry, and the rule id its field must carry. */
/** (`unread`: a rule whose figure is listed as unread — no field carries its rule — names that part's text instead) */
const EXAMPLES: Record<string, { text: string; locale: 'vi' | 'en'; rule: string; unread?: string }> = {
  'value.unit-declaration': {
    text: 'Đơn vị tính: 1.000.000 đồng',
    locale: 'vi',
    rule: 'vi.value.unit-declaration',
    unread: '1.000.000',
  },
  rank: { text: 'Tỉnh đứng thứ 3 toàn quốc về chỉ số chuyển đổi số năm 2020.', locale: 'vi', rule: 'vi.rank.' },
  density: {
    text: 'Thuê bao internet năm 2020 đạt 1.800.000 thuê bao, đạt mật độ 49,8 thuê bao/100 dân.',
    locale: 'vi',
    rule: 'vi.density.',
  },
  'density-each': {
    text: 'Tính đến cuối năm 2017, cứ 100 người dân thì có 116 thuê bao di động.',
    locale: 'vi',
    rule: 'vi.density.each',
  },
  'completion.exceeded': {
    text: 'Thu ngân sách năm 2020 đạt 18.000 tỷ đồng, vượt 28,6% dự toán.',
    locale: 'vi',
    rule: 'vi.completion.exceeded-by',
  },
  'change.times': {
    text: 'Số hồ sơ trực tuyến năm 2020 tăng gấp 3,2 lần năm 2019.',
    locale: 'vi',
    rule: 'vi.change.times',
  },
  change: { text: 'Doanh thu năm 2020 tăng 5% so với cùng kỳ.', locale: 'vi', rule: 'vi.change.rate' },
  'label-rate': {
    text: 'CPI (M/M): -0,2% (dự báo -0,2%; trước đó 0,3%)',
    locale: 'vi',
    rule: 'vi.change.label-rate',
  },
  'genre-rate-level': {
    text: 'Headline inflation eased to 3.2% y/y in October 2024.',
    locale: 'en',
    rule: 'en.change.genre-rate-level',
  },
  'change.noun-subject': {
    text: 'Exports rose again in 2023; the decline in imports was 3.2 percent over 2022.',
    locale: 'en',
    rule: 'en.change.noun-subject',
  },
  'added-capital': {
    text: 'Quý I/2024, tỉnh có 12 dự án điều chỉnh với tổng vốn tăng thêm 85,5 triệu USD.',
    locale: 'vi',
    rule: 'vi.value.added-capital',
  },
  'colon-label': {
    text: 'Số hộ nghèo: 125; số hộ cận nghèo: 310.',
    locale: 'vi',
    rule: 'vi.value.colon-label',
  },
  'exceeded-level': {
    text: 'Kim ngạch xuất khẩu năm 2024 vượt mốc 40 tỷ USD.',
    locale: 'vi',
    rule: 'vi.value.exceeded-level',
  },
  'rate-dropped-percent': {
    text: 'Doanh thu tháng 5 tăng 2,1% so với tháng trước và tăng 7,4 so với cùng kỳ.',
    locale: 'vi',
    rule: 'vi.change.rate-dropped-percent',
  },
  'en-level.over-plan': {
    text: 'Rice output hit 43 million tonnes, surpassing the plan by 500,000 tonnes, up 2 percent from last year.',
    locale: 'en',
    rule: 'en.change.absolute-over-plan',
    unread: 'surpassing the plan by 500,000 tonnes',
  },
  'en-value.passive-count': {
    text: 'In the first half, 2,300 new jobs were created in the province.',
    locale: 'en',
    rule: 'en.value.passive-count',
  },
  'en-value.named-bracket-count': {
    text: 'The busiest ports were Cai Mep (1,204), Hai Phong (987) and Da Nang (310).',
    locale: 'en',
    rule: 'en.value.named-bracket-count',
  },
  'vi-value.named-count': {
    text: 'Tiếp đến là Quảng Bình 52 giải, Gia Lai 47 và Cà Mau 12.',
    locale: 'vi',
    rule: 'vi.value.named-count',
  },
  'en-value.earlier-reading': {
    text: 'The purchasing managers index eased to 50.4 in August, down from 52.4 in July.',
    locale: 'en',
    rule: 'en.value.earlier-reading',
  },
  'en-value.added-capital': {
    text: 'In the first half, 2,900 firms increased their capital by 140 trillion VND.',
    locale: 'en',
    rule: 'en.value.added-capital',
  },
  'en-level.by-object': {
    text: 'The province increased its rice exports by 6.5 percent year-on-year to 2.1 million tonnes.',
    locale: 'en',
    rule: 'en.change.rate-after-object',
  },
  'en-level.rate-after-object': {
    text: 'Indian ports boosted throughput 12.4 percent to 86 million tonnes in 2015.',
    locale: 'en',
    rule: 'en.change.rate-after-bare-object',
  },
  'en-change.comma-by': {
    text: 'Rice exports increased sharply in the first half of 2024, by 12.5 percent year-on-year to 2.1 million tonnes.',
    locale: 'en',
    rule: 'en.change.rate-after-comma',
  },
  'en-change.amount-or-rate': {
    text: 'The bureau collected Php95.1 billion, Php6.3 billion or 7.1% more than collections made in May 2013.',
    locale: 'en',
    rule: 'en.change.rate-direction-after-after-amount',
  },
  'en-change.or-by': {
    text: 'Arrivals decreased to 1.2 million or by 4.5 percent compared to the same month of the previous year.',
    locale: 'en',
    rule: 'en.change.rate-or-by-after-level',
  },
  'value.bare-earlier-level': {
    text: 'The port handled 845,120 containers this year, as against 790,004 in the previous year.',
    locale: 'en',
    rule: 'en.value.bare-earlier-level',
  },
  'change.amount-before-noun': {
    text: 'Total FDI disbursement hit $6.3 billion in 2020, marking a 1.6 per cent decrease over the same period of last year.',
    locale: 'en',
    rule: 'en.change.rate-amount-before-noun',
  },
  'en-completion.fulfilled-by': {
    text: 'The plan for the production of polypropylene was fulfilled by 109.7%.',
    locale: 'en',
    rule: 'en.completion.fulfilled-by',
  },
  'completion.comparative-plan': {
    text: 'Budget revenue in 2023 was VND 10 trillion, lower than the annual plan by 3 percent.',
    locale: 'en',
    rule: 'en.completion.rate-than-plan',
  },
  'change.exceeded-base': {
    text: 'Seafood output reached 230,058 tons, exceeding the figure for the same period by 3.84%.',
    locale: 'en',
    rule: 'en.change.exceeded-base-by',
  },
  'change.direction-after': {
    text: 'The rate of households with internet access hit 82 percent, 5 percentage points higher than in 2022.',
    locale: 'en',
    rule: 'en.change.points-direction-after',
  },
  'from-to': { text: 'Tỷ lệ hộ nghèo năm 2020 giảm từ 3,5% xuống 3,2%.', locale: 'vi', rule: 'vi.from-to' },
  'plan.value': {
    text: 'Tổng số thuê bao năm 2020 đạt 1.800.000 thuê bao, kế hoạch 1.700.000 thuê bao.',
    locale: 'vi',
    rule: 'vi.plan.value',
  },
  percent: { text: 'Tổng doanh thu năm 2020 đạt 100,6% kế hoạch.', locale: 'vi', rule: 'vi.completion.of-plan' },
  value: { text: 'Tổng doanh thu năm 2020 ước đạt 3.630 tỷ đồng.', locale: 'vi', rule: 'vi.value.verb' },
};

describe('figure rules: the registry, each rule with its own example', () => {
  it('every rule of the registry has an example here, and ids are unique', () => {
    const ids = FIGURE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
  });

  for (const r of FIGURE_RULES) {
    it(`${r.id} reads its figure`, () => {
      const example = EXAMPLES[r.id];
      expect(example).toBeDefined();
      if (!example) return;
      expect(r.locales).toContain(example.locale);
      const statements = extractStatements(example.text, { locale: example.locale });
      if (example.unread !== undefined) {
        const parts = statements.flatMap((x) => x.unread.map((u) => u.span.text));
        expect(parts).toContain(example.unread);
        return;
      }
      const read = rules(statements);
      expect(read.some((rule) => rule.startsWith(example.rule))).toBe(true);
    });
  }

  it('order matters: a multiple is read before a rate (`tăng gấp 3,2 lần` is no 3.2 % rise)', () => {
    const ids = FIGURE_RULES.map((r) => r.id);
    expect(ids.indexOf('change.times')).toBeLessThan(ids.indexOf('change'));
    expect(ids.indexOf('value')).toBe(ids.length - 1);
  });
});
