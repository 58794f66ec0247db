import { describe, expect, it } from 'vitest';
import { extractReport } from './index';
import type { Statement } from './types';

const read = (text: string, locale: 'vi' | 'en' = 'vi'): readonly Statement[] =>
  extractReport(text, { locale }).statements;
const byValue = (all: readonly Statement[], base: string): Statement | undefined =>
  all.find((s) => s.value?.value.base === base);

describe('sentence › shapes behind the last silent wrong numbers', () => {
  it('a comparative after a concessive word measures the statement before; its figures are never certain', () => {
    const vi = read(
      'Doanh thu năm 2024 đạt 1.200 tỷ đồng, tăng 8% so với năm 2023, dù thấp hơn mức tăng 10,5% của năm 2022.',
    );
    expect(vi[0]?.changes.map((c) => [c.value.amount.value, c.confidence])).toEqual([['8', 'certain']]);
    const other = vi.flatMap((s) => s.changes).find((c) => c.value.amount.value === '10.5');
    expect(other === undefined || other.confidence === 'uncertain').toBe(true);
    const en = read(
      'Exports rose 6.2 percent in 2023, though slightly lower than the 7.4 percent growth of 2022.',
      'en',
    );
    expect(en[0]?.changes.map((c) => [c.value.amount.value, c.confidence])).toEqual([['6.2', 'certain']]);
    for (const s of en.slice(1))
      for (const f of [s.value, s.completion, ...s.changes]) expect(f?.confidence ?? 'uncertain').toBe('uncertain');
  });

  it('a period between a second name and its value dates the second statement, not the first period', () => {
    const all = read('Doanh thu tháng 3/2024 đạt 210 tỷ đồng và doanh thu quý I/2024 đạt 630 tỷ đồng.');
    expect(byValue(all, '210000000000')?.period?.value).toBe('2024-03');
    expect(byValue(all, '630000000000')?.period?.value).toBe('2024-Q1');
  });

  it('a second value with only a period of its own is the same indicator over that period', () => {
    const all = read(
      'Nhập khẩu tháng 5/2023 đạt 1,2 tỷ USD, giảm 2% so với tháng trước và 5 tháng/2023 đạt 5,9 tỷ USD.',
    );
    const second = byValue(all, '5900000000');
    expect(second?.name?.value).toBe('Nhập khẩu');
    expect(second?.period?.value).toBe('2023-YTD-05');
    expect(byValue(all, '1200000000')?.period?.value).toBe('2023-05');
  });

  it('a list introduced by goals an authority assigns is a list of targets; results of assigned goals stay actual', () => {
    const goals = read(
      'Các chỉ tiêu mà Hội đồng nhân dân tỉnh giao cho năm 2026 gồm: thu ngân sách đạt 5.000 tỷ đồng, kim ngạch xuất khẩu đạt 3 tỷ USD.',
    );
    expect(goals.map((s) => s.kind.value)).toEqual(['target', 'target']);
    const results = read('Kết quả thực hiện các chỉ tiêu được giao: thu ngân sách đạt 4.800 tỷ đồng.');
    expect(results[0]?.kind.value).toBe('actual');
    const en = read(
      'The targets set by the provincial council for 2026 include: export turnover of US$3 billion.',
      'en',
    );
    expect(en[0]?.kind.value).toBe('target');
  });

  it('a clause opening on a second value is its own statement, and the figures after it are its own', () => {
    const all = read(
      'In 2024, 1,250 projects were licensed, up 10% year on year, bringing in US$4.2 billion of fresh capital, equal to 88% of the previous year.',
      'en',
    );
    const capital = byValue(all, '4200000000');
    expect(capital?.name?.value).toBe('fresh capital');
    expect(capital?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toEqual(['ratio 88']);
    const first = all.find((s) => s.value?.value.number.value === '1250');
    expect(first?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toEqual(['rate 10']);
  });

  it('a bare number before a noun that is no unit counts that noun: not certain', () => {
    const [s] = read('Bắc Ninh, Hải Dương và Hưng Yên là 3 địa phương có chỉ số cạnh tranh cao nhất vùng.');
    expect(s?.value?.value.base).toBe('3');
    expect(s?.value?.confidence).toBe('uncertain');
    expect(s?.value?.doubt?.reason).toBe('counted-noun');
  });
});

describe('sentence › a growth percentage is a rate of change', () => {
  it('reads a bare percentage on a growth name as a rate with no base (listed, never audited)', () => {
    const [vi] = read('Quý III/2024, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 6,85%.');
    expect(vi?.value).toBeUndefined();
    expect(vi?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toEqual(['rate 6.85']);
    expect(vi?.changes[0]?.value.base).toBeUndefined();
    expect(vi?.unread.map((u) => u.reason)).toContain('change-without-base');
    expect(vi?.stage?.value).toBe('estimate');
    const [en] = read('The province aims for a GRDP growth rate of at least 9.5% in 2026.', 'en');
    expect(en?.kind.value).toBe('target');
    expect(en?.changes[0]?.value).toMatchObject({ form: 'rate', approximate: 'over' });
    expect(en?.changes[0]?.value.amount.value).toBe('9.5');
  });

  it('keeps a level where the name is a level (tỷ lệ, rate of poverty) and a share as a share', () => {
    const [level] = read('Tỷ lệ hộ nghèo năm 2024 còn 2,1%.');
    expect(level?.value?.value.base).toBe('2.1');
    expect(level?.changes).toHaveLength(0);
  });

  it('a plan figure in a bracket after a growth result is no level and no target frame', () => {
    const [s] = read('Năm 2024, tốc độ tăng trưởng ngành công nghiệp ước đạt 7,2% (chỉ tiêu kế hoạch là 7%).');
    expect(s?.kind.value).toBe('actual');
    expect(s?.changes.map((c) => c.value.amount.value)).toEqual(['7.2']);
    expect(s?.value).toBeUndefined();
    expect(s?.unread.some((u) => u.reason === 'percent-without-base' && u.span.text.includes('7%'))).toBe(true);
  });
});

describe('sentence › respectively lists', () => {
  it('a second figure of the same kind in a sentence that pairs by order is another statement, uncertain', () => {
    const vi = read('Đà Nẵng và Khánh Hòa được giao chỉ tiêu tăng trưởng lần lượt là 9% và 8,2%.');
    const rates = vi.flatMap((s) => s.changes).map((c) => [c.value.amount.value, c.doubt?.reason]);
    expect(rates).toEqual([
      ['9', 'respectively'],
      ['8.2', 'respectively'],
    ]);
    expect(vi.map((s) => s.kind.value)).toEqual(['target', 'target']);
    // As many names as figures (`to the Philippines and Indonesia`): each figure is its name's.
    const en = read(
      'Rice exports to the Philippines and Indonesia were estimated at US$1.1 billion and US$ 0.4 billion, respectively.',
      'en',
    );
    const second = en.find((s) => s.value?.value.base === '400000000');
    expect(second?.name?.value).toBe('Indonesia');
    expect(second?.stage?.value).toBe('estimate');
    expect(second?.value?.confidence).toBe('certain');
    expect(en.find((s) => s.value?.value.base === '1100000000')?.name?.value).toBe('Rice exports to the Philippines');
  });
});

describe('sentence › English press phrasing', () => {
  it('every tense of a change verb: growing by, dropping by, declining', () => {
    const all = read(
      'Retail sales rose 9 per cent, with sales of garments growing by 12.5 per cent and those of fuel dropping by 3.1 per cent.',
      'en',
    );
    expect(all.map((s) => s.changes.map((c) => c.value.amount.value))).toEqual([['9'], ['12.5'], ['-3.1']]);
    expect(all[2]?.name?.value).toBe('those of fuel');
  });

  it('a participle carries the figures of the clause before on: completing, meeting only', () => {
    const [s, ...rest] = read(
      'Budget revenue reached VND 520 trillion in the first five months, completing 36.7 percent of the yearly estimate and meeting only part of the plan.',
      'en',
    );
    expect(rest).toHaveLength(0);
    expect(s?.completion?.value.percent.value).toBe('36.7');
    const [only] = read('Oil revenue fell 12 percent year on year, meeting only 21.4 percent of the estimate.', 'en');
    expect(only?.name?.value).toBe('Oil revenue');
    expect(only?.completion?.value.percent.value).toBe('21.4');
  });

  it('a forecast (is expected to) is a target', () => {
    const [s] = read('Credit growth is expected to reach 15 percent in 2026.', 'en');
    expect(s?.kind.value).toBe('target');
    expect(s?.changes[0]?.value.amount.value).toBe('15');
  });

  it('a clause opening with `equivalent to` on another currency restates the value; the change after it is the value’s', () => {
    const r = extractReport(
      'Public investment in 2025 is projected at VND 900 trillion, equivalent to US$35.4 billion, representing an increase of 12 per cent year on year.',
      { locale: 'en', period: '2024' },
    );
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.changes[0]?.value).toMatchObject({ form: 'rate', base: { kind: 'same-period-last-year' } });
    expect(r.unused.map((u) => u.reason)).toEqual(['conversion']);
  });

  it('numbers no statement used are listed even in a sentence with no period', () => {
    const r = extractReport('Revenue reached VND 2.4 trillion (USD 98.5 million).', { locale: 'en' });
    expect(r.unused.map((u) => [u.span.text, u.reason])).toEqual([['98.5', 'conversion']]);
  });
});

describe('sentence › periods and list items', () => {
  it('`in the second quarter of this year` is a quarter of the report year; the base after it is the change’s', () => {
    const [s] = extractReport(
      'Industrial output grew 7.1 per cent in the third quarter of this year from a year earlier.',
      {
        locale: 'en',
        period: '2024',
      },
    ).statements;
    expect(s?.period?.value).toBe('2024-Q3');
    expect(s?.changes[0]?.value.base).toEqual({ kind: 'same-period-last-year' });
    const [last] = extractReport('Exports fell 2 percent in the first half of last year.', {
      locale: 'en',
      period: '2024',
    }).statements;
    expect(last?.period?.value).toBe('2023-H1');
  });

  it('a number with a separator or a unit after `các loại` is a quantity, not a qualifier like `mức độ 3`', () => {
    const all = read('Trong đó, rau các loại 12.305 ha, tăng 1,2%; đậu các loại 1.150,5 ha, giảm 3%.');
    expect(all.map((s) => [s.name?.value, s.value?.value.base, s.value?.value.unitCode])).toEqual([
      ['rau các loại', '12305', 'ha'],
      ['đậu các loại', '1150.5', 'ha'],
    ]);
    const [level] = read('Tỷ lệ dịch vụ công mức độ 4 đạt 85%.');
    expect(level?.name?.value).toBe('Tỷ lệ dịch vụ công mức độ 4');
  });
});

describe('sentence › second statements in one clause', () => {
  it('`compared to June` with no year is the month before the statement’s own month', () => {
    const [s] = read(
      'Rice exports in August were estimated at 820,000 tonnes, down 3.5 per cent compared to July.',
      'en',
    );
    expect(s?.changes[0]?.value.base).toEqual({ kind: 'previous-period' });
    // A month that is not the one before stays without a base (listed, never guessed).
    const [t] = read(
      'Rice exports in August were estimated at 820,000 tonnes, down 3.5 per cent compared to May.',
      'en',
    );
    expect(t?.changes[0]?.value.base).toBeUndefined();
  });

  it('a link word that ends the words before a second value: the words before it name it', () => {
    const all = read(
      'Seafood came first with $9.1 billion, up 4 per cent, while wood products ranked second with $7.2 billion, up 6 per cent.',
      'en',
    );
    const wood = all.find((s) => s.value?.value.base === '7200000000');
    expect(wood?.name?.value).toBe('wood products');
    expect(wood?.changes.map((c) => c.value.amount.value)).toEqual(['6']);
    const worth = read('The country shipped 120,000 tonnes of coffee worth US$410 million in May.', 'en');
    expect(worth.find((s) => s.value?.value.unitCode === 'USD')?.name?.value).toBe('coffee');
  });

  it('a second value after a value verb is no respectively pair; a percentage joined to a rate is a rate', () => {
    const all = read(
      'Total exports in five months reached 2.1 million tonnes valued at US$1.2 billion, up 11% and 9% in volume and value, respectively.',
      'en',
    );
    // (round 14: `valued at` links the worth to the tonnage as `worth` does — a statement of its
    // own, no longer a second value dropped as unread — and each change goes to its measure)
    expect(all.map((s) => s.value?.value.unitCode ?? s.value?.value.unit)).toEqual(['tonne', 'USD']);
    // `up 11% and 9%`: the bare percentage joined to a rate is a second rate with the same verb.
    expect(all.map((s) => s.changes.map((c) => [c.value.amount.value, c.rule, c.doubt?.reason]))).toEqual([
      [['11', 'en.change.rate+volume-value?respectively', 'respectively']],
      [['9', 'en.change.elliptic-rate?respectively', 'respectively']],
    ]);
    const [down] = read('Coffee exports fell 3% and 5% in volume and value.', 'en');
    expect(down?.changes.map((c) => c.value.amount.value)).toEqual(['-3', '-5']);
  });
});

describe('sentence › the clause period a year completes', () => {
  it('takes the first period of the clause that has a year, not a bare month before it', () => {
    const [s] = read(
      'Trong đó, Bình Dương dù kim ngạch nhập khẩu chỉ xếp thứ 4 trong tháng 9 nhưng 9 tháng năm 2024 vẫn đứng số 2 với 21,4 tỷ USD.',
    );
    expect(s?.value?.value.base).toBe('21400000000');
    expect(s?.period?.value).toBe('2024-YTD-09');
  });
});

describe('sentence › a change measured in an earlier statement’s counted noun', () => {
  it('goes to the statement that counts that noun, and is certain there', () => {
    const all = extractReport(
      'Năm 2024, tỉnh cấp mới cho 86 dự án, tổng vốn đăng ký đạt 1.250 tỷ đồng, tăng 12,5% về số lượng dự án và tăng 8% về vốn so với năm 2023.',
      { locale: 'vi' },
    ).statements;
    const projects = all.find((s) => s.value?.value.unitCode === 'project');
    expect(projects?.changes.map((c) => [c.value.amount.value, c.confidence])).toEqual([['12.5', 'certain']]);
    const capital = all.find((s) => s.value?.value.unitCode === 'VND');
    expect(capital?.changes.map((c) => c.value.amount.value)).toEqual(['8']);
    expect(capital?.changes[0]?.doubt?.reason).toBe('other-measure');
  });
});

describe('sentence › parts of a completion in a `trong đó` list', () => {
  it('a part’s percentage after a verb is its completion of the parent’s plan', () => {
    const all = read(
      'Vốn đầu tư công giải ngân đạt 88,2% kế hoạch, trong đó, vốn địa phương đạt 91,4%, vốn trung ương đạt 80,3%.',
    );
    expect(
      all.map((s) => [s.name?.value, s.completion?.value.percent.value, s.completion?.value.of, s.parent?.value]),
    ).toEqual([
      ['Vốn đầu tư công giải ngân', '88.2', 'plan', undefined],
      ['vốn địa phương', '91.4', 'plan', 0],
      ['vốn trung ương', '80.3', 'plan', 0],
    ]);
  });
  it('a share (chiếm) or a parent with a level keeps the percentage a level', () => {
    const share = read('Thu ngân sách đạt 95% dự toán, trong đó, thu nội địa chiếm 81%.');
    expect(share[1]?.completion).toBeUndefined();
    const level = read('Thu ngân sách đạt 5.000 tỷ đồng, bằng 95% dự toán, trong đó, thu nội địa đạt 97%.');
    expect(level[1]?.completion).toBeUndefined();
  });
});

describe('sentence › a generic noun of a level names no new statement', () => {
  it('…, with a value of … gives the statement before its level (it had none)', () => {
    const all = read('Online sales rose 14 percent on-year, with a value of nearly US$4.2 billion.', 'en');
    expect(all).toHaveLength(1);
    expect(all[0]?.value?.value.base).toBe('4200000000');
    expect(all[0]?.changes.map((c) => c.value.amount.value)).toEqual(['14']);
  });
  it('a statement that has a level keeps it; the generic clause is a statement of its own', () => {
    const all = read('Exports reached US$5 billion, a total of US$3 billion from the FDI sector.', 'en');
    expect(all[0]?.value?.value.base).toBe('5000000000');
  });
});
