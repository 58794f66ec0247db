import { describe, expect, it } from 'vitest';
import { auditStatements } from '../audit/audit-statements';
import { extractStatements } from './extract-statements';
import type { Statement } from './types';

const read = (text: string, locale: 'vi' | 'en' = 'vi'): Statement[] => extractStatements(text, { locale });
const fields = (all: Statement[]) =>
  all.flatMap((s) => [s.value, s.completion, ...s.changes].filter((f) => f !== undefined));

describe('certainty: shapes whose role the reader does not follow are never certain', () => {
  it('respectively (vi): lần lượt là 8% và 8,5% — no figure is certain', () => {
    const all = read('Hà Nội và TP HCM được giao chỉ tiêu tăng trưởng lần lượt là 8% và 8,5%.');
    const figures = fields(all).filter((f) => ['8', '8.5'].some((n) => JSON.stringify(f.value).includes(`"${n}"`)));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.confidence).toBe('uncertain');
    expect(figures.some((f) => f.doubt?.reason === 'respectively')).toBe(true);
  });

  it('respectively (en): as many names as figures pairs them by order; an earlier clause is untouched', () => {
    const all = read(
      'The trade surplus with the U.S. was estimated at US$44.3 billion, down 24.1 percent on-year, while the trade surplus to the EU and Japan was estimated at US$16.4 billion and US$0.9 billion, respectively.',
      'en',
    );
    const s = (base: string) => all.find((x) => x.value?.value.base === base);
    expect(s('44300000000')?.value?.confidence).toBe('certain');
    expect(s('16400000000')?.name?.value).toBe('trade surplus to the EU');
    expect(s('900000000')?.name?.value).toBe('Japan');
    expect(s('16400000000')?.value?.confidence).toBe('certain');
    expect(s('900000000')?.value?.confidence).toBe('certain');
  });

  it('respectively (en): more names than figures pairs nothing, every figure of the list is uncertain', () => {
    const all = read(
      'Imports of cotton, yarn, leather and plastics fell by 15% and 14%, respectively, year-on-year.',
      'en',
    );
    const figures = fields(all);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.doubt?.reason).toBe('respectively');
  });

  it('counted-noun: a bare count before the name is not the value', () => {
    const all = read('Bộ Tài chính cho biết có 7 Bộ và 12 địa phương có tỷ lệ giải ngân vốn đầu tư công đạt trên 45%.');
    const seven = all.find((s) => s.value?.value.base === '7');
    expect(seven === undefined || seven.value?.confidence === 'uncertain').toBe(true);
    expect(seven?.value?.doubt?.reason ?? 'counted-noun').toBe('counted-noun');
  });

  it('counted-noun: a name that swallowed a count makes its figure uncertain', () => {
    const all = read('27 Bộ và 3 địa phương có tỷ lệ giải ngân dưới 20%.');
    for (const f of fields(all)) expect(f.confidence).toBe('uncertain');
  });

  it('counted-noun: a period count in the name (7 tháng) is no count of subjects', () => {
    const [s] = read('Kim ngạch xuất khẩu 7 tháng đạt 3,26 tỷ USD.');
    expect(s?.value?.value.base).toBe('3260000000');
    expect(s?.value?.confidence).toBe('certain');
  });

  it('counted-noun: a number glued to letters (4G, 5G) is part of the name, not a count', () => {
    const all = read('Mobile subscribers totalled 2,890,000; of which 4G subscribers numbered 3,100,000.', 'en');
    const g4 = all.find((s) => s.value?.value.base === '3100000');
    expect(g4?.value?.confidence).toBe('certain');
    const [vi] = read('Số thuê bao 4G đạt 3.100.000 thuê bao.');
    expect(vi?.value?.confidence).toBe('certain');
  });

  it('plan-frame: a target word inside the name of an actual statement', () => {
    const all = read(
      'Ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD, vượt xa so với mục tiêu theo Nghị quyết đến năm 2025 là 1,765 tỷ USD.',
    );
    const plan = all.find((s) => s.value?.value.base === '1765000000');
    expect(plan === undefined || plan.kind.value === 'target' || plan.value?.confidence === 'uncertain').toBe(true);
  });

  it('growth: a growth word between the name and the number makes the percentage a growth, not a level', () => {
    const [s] = read('GRDP của tỉnh năm 2023 có mức tăng trưởng đạt 7,5%.');
    // Read as a rate of change, or as an uncertain percentage: never a certain level.
    expect(s?.value === undefined || s.value.confidence === 'uncertain').toBe(true);
    expect(s?.changes[0]?.value.form).toBe('rate');
    expect(s?.changes[0]?.value.amount.value).toBe('7.5');
  });

  it('the audit never checks the uncertain figures of a respectively list', () => {
    const all = read('Thu ngân sách và chi ngân sách lần lượt đạt 105% và 98% dự toán, tăng 10% và 5% so với cùng kỳ.');
    expect(auditStatements(all).length).toBe(0);
  });
});

describe('targets follow the sentence frame', () => {
  it('a sentence that opens with phấn đấu lists goals: every clause is a target', () => {
    const all = read(
      'Phấn đấu năm 2025 tốc độ tăng trưởng GRDP đạt 8%, thu nhập bình quân đầu người đạt 120 triệu đồng.',
    );
    expect(all.length).toBe(2);
    for (const s of all) expect(s.kind.value).toBe('target');
    expect(all[1]?.value?.value.base).toBe('120000000');
  });

  it('English: a sentence that opens with targets lists goals', () => {
    const all = read(
      'The city targets GRDP growth of 8 percent, and per capita income of VND 150 million in 2025.',
      'en',
    );
    expect(all.map((s) => s.kind.value)).toEqual(['target', 'target']);
  });

  it('a target word later in a results sentence does not turn the clauses after it into goals', () => {
    const all = read(
      'Năm 2024, GRDP tăng 7,2%, vượt mục tiêu đề ra; thu ngân sách ước đạt 30.000 tỷ đồng, tăng 10% so với cùng kỳ.',
    );
    const budget = all.find((s) => s.value?.value.base === '30000000000000');
    expect(budget?.kind.value).toBe('actual');
  });
});

describe('goals beside results', () => {
  it('a clause opening with a target marker after a result states that indicator’s goal; the result stays actual', () => {
    const all = read('Năm 2023, chỉ số sản xuất công nghiệp tăng 7,4%; mục tiêu năm 2024 tăng 8,5%.');
    expect(all.map((s) => [s.kind.value, s.period?.value, s.changes.map((c) => c.value.amount.value)])).toEqual([
      ['actual', '2023', ['7.4']],
      ['target', '2024', ['8.5']],
    ]);
    expect(all[1]?.name?.value).toBe(all[0]?.name?.value);
  });
  it('a result clause (đến nay đã …, so far … has) after a goal frame is actual', () => {
    const vi = read('Kế hoạch thu năm 2024 là 1.800 tỷ đồng, đến nay đã thu được 1.650 tỷ đồng.');
    expect(vi.find((s) => s.value?.value.base === '1650000000000')?.kind.value).toBe('actual');
    const en = read(
      'The targets for 2025 are exports of US$40 billion; so far exports have reached US$33 billion.',
      'en',
    );
    expect(en.find((s) => s.value?.value.base === '33000000000')?.kind.value).toBe('actual');
    expect(en.find((s) => s.value?.value.base === '40000000000')?.kind.value).toBe('target');
  });
});

describe('a period after the figures', () => {
  it('a clause of only a period after the figures dates them (en)', () => {
    const [s] = read('Exports reached 20 billion USD, up 5 percent, in the first half of 2022.', 'en');
    expect(s?.period?.value).toBe('2022-H1');
    expect(s?.period?.rule.endsWith('+trailing')).toBe(true);
  });

  it('after a bracketed restatement (en)', () => {
    const [s] = read(
      'Retail sales surged 10.02 percent year-on-year to 1.695 quadrillion VND (over 73.5 billion USD) in the first four months of 2021, according to the MoIT.',
      'en',
    );
    expect(s?.period?.value).toBe('2021-YTD-04');
    expect(s?.value?.value.base).toBe('1695000000000000');
  });

  it('a period in a clause with a base or a target word is not a trailing date', () => {
    const [s] = read('Exports reached 20 billion USD, up 5 percent compared with the first half of 2021.', 'en');
    expect(s?.period?.value).not.toBe('2021-H1');
  });
});

describe('the base nearest a change is its base', () => {
  it('a base written before the second change wins over the sentence opening base', () => {
    const [s] = read('So với tháng 12-2022, CPI tháng 9 tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%.');
    const base = (amount: string) => {
      const b = s?.changes.find((c) => c.value.amount.value === amount)?.value.base;
      return b?.kind === 'period' ? b.period : b?.kind;
    };
    expect(base('3.12')).toBe('2022-12');
    expect(base('3.66')).toBe('same-period-last-year');
  });
});

describe('comparisons and trailing bases (en)', () => {
  it('a clause opening with "compared with" and a figure gives no certain figure', () => {
    const all = read(
      'Exports fell by 5.2 percent to $20 billion, compared with a rise of 3.1 percent a year earlier.',
      'en',
    );
    expect(all[0]?.changes.map((c) => [c.value.amount.value, c.confidence])).toEqual([['-5.2', 'certain']]);
    const other = all.flatMap((s) => s.changes).find((c) => c.value.amount.value === '3.1');
    expect(other?.confidence).toBe('uncertain');
    expect(other?.doubt?.reason).toBe('comparison');
  });

  it('a clause of only a base after the figures is the base of the one change without one', () => {
    const [s] = read('Exports rose 5.2 percent to $20 billion, compared with the same period last year.', 'en');
    expect(s?.changes[0]?.value.base?.kind).toBe('same-period-last-year');
    expect(s?.changes[0]?.rule.endsWith('+trailing-base')).toBe(true);
  });

  it('a negative level is never shown without its sign', () => {
    const all = read('GDP growth was -2.1% in 2021.', 'en');
    for (const s of all) expect(s.value?.value.base).not.toBe('2.1');
    expect(all.flatMap((s) => s.unread).some((u) => u.reason === 'invalid-number')).toBe(true);
  });
});
