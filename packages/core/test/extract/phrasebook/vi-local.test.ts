import { describe, expect, it } from 'vitest';
import { extractReport, type Statement } from '../../../src/extract';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NEAR_MISS_COUNT, VI_LOCAL } from './vi-local';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 1;

/** The reading of one sentence: kind, value (`?` uncertain), completion, changes, period, stage. */
function read(text: string): string[] {
  const u = (f: { confidence?: string | undefined } | undefined): string => (f?.confidence === 'uncertain' ? '?' : '');
  return extractReport(text, { locale: 'vi' })
    .statements.filter((s) => s.value || s.completion || s.changes.length > 0)
    .map((s: Statement) => {
      const v = s.value?.value;
      const ch = s.changes.map(
        (c) =>
          `${c.value.form} ${c.value.amount.value}${u(c)} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`,
      );
      return [
        s.kind.value,
        v ? `v=${v.base}${u(s.value)}${v.unitCode ? ` ${v.unitCode}` : ''}` : 'v=',
        `c=${s.completion ? `${s.completion.value.percent.value}${u(s.completion)}` : ''}`,
        `ch=[${ch.join(', ')}]`,
        `p=${s.period ? `${s.period.value}${u(s.period)}` : ''}`,
        `st=${s.stage?.value ?? ''}`,
      ].join(' ');
    });
}

describe('phrasebook vi-local: district, commune, city-department and agency reports', () => {
  const score = scorePhrasebook(VI_LOCAL);

  it('reads no number silently wrong in any case of the area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads whole at least ${FLOOR * 100} % of the area's facts, with at least a fifth of near-misses`, () => {
    expect(VI_LOCAL.cases.length).toBeGreaterThan(2000);
    expect(VI_LOCAL.cases.length).toBeLessThanOrEqual(3000);
    expect(NEAR_MISS_COUNT / VI_LOCAL.cases.length).toBeGreaterThanOrEqual(0.2);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('a cut-off on the last day of a month dates the figures after it, with or without `ngày`', () => {
    expect(read('Tính đến 30/9/2024, số người tham gia BHXH đạt 98.765 người, tăng 4,1% so với cùng kỳ.')).toEqual([
      'actual v=98765 person c= ch=[rate 4.1 same-period-last-year] p=2024-YTD-09 st=',
    ]);
    expect(read('Đến 31/10/2025, dư nợ tín dụng trên địa bàn đạt 38.210 tỷ đồng, tăng 9,4% so với đầu năm.')).toEqual([
      'actual v=38210000000000 VND c= ch=[rate 9.4 december-last-year] p=2025-YTD-10 st=',
    ]);
    expect(read('Kho bạc cho biết: đến ngày 30/6/2023, chi đầu tư phát triển đạt 412 tỷ đồng.')[0]).toContain(
      'p=2023-YTD-06',
    );
    // negatives: a deadline inside a clause, no comma after a bare `đến`; a day inside a month is the
    // year to that month, its period doubted (`mid-month`, round 37)
    expect(read('Huyện yêu cầu giải ngân hết 120 tỷ đồng vốn đầu tư công đến 31/12/2024.')[0]).not.toContain('p=2024');
    expect(read('Tính đến 15/11/2024, thu nội địa đạt 890 tỷ đồng.')[0]).toContain('p=2024-YTD-11? ');
    expect(read('Đến 30/9/2024 mới giải ngân được 45 tỷ đồng.')[0]).toContain('p= ');
  });

  it('`niên độ 2024` is the budget year', () => {
    expect(read('Quyết toán thu ngân sách niên độ 2023 đạt 1.234 tỷ đồng, bằng 108% dự toán.')).toEqual([
      'actual v=1234000000000 VND c=108 ch=[] p=2023 st=',
    ]);
    expect(read('Chi thường xuyên niên độ 2022 thực hiện 645,2 tỷ đồng.')[0]).toContain('p=2022 ');
    // negative: `niên độ` with no year names no period
    expect(read('Chi thường xuyên trong niên độ đạt 645,2 tỷ đồng.')[0]).toContain('p= ');
  });

  it('a part-of-year word inside another word (`đầu tư`, `đầu người`, `phấn đấu`) leaves the year certain', () => {
    expect(read('Vốn đầu tư công năm 2024 giải ngân được 1.250 tỷ đồng.')[0]).toContain('p=2024 ');
    expect(read('Thu nhập bình quân đầu người năm 2023 đạt 58,4 triệu đồng.')[0]).toContain('p=2023 ');
    expect(read('Phấn đấu năm 2025 sản lượng thủy sản đạt 14.000 tấn.')).toEqual([
      'target v=14000 tonne c= ch=[] p=2025 st=',
    ]);
    // negative: a part of the year before the year is that part, never the whole year (round 35:
    // `hai quý đầu năm` is read as the first half; before, the year was doubted)
    expect(read('Hai quý đầu năm 2021, sản lượng thủy sản đạt 6.500 tấn.')[0]).toContain('p=2021-H1 ');
  });

  it('`chỉ tiêu phấn đấu` after a percentage names the plan of an actual; a leading `phấn đấu` frames a goal', () => {
    expect(read('Năm 2024, thu nội địa đạt 912 tỷ đồng, bằng 103,5% chỉ tiêu phấn đấu.')).toEqual([
      'actual v=912000000000 VND c=103.5 ch=[] p=2024 st=',
    ]);
    expect(
      read('Tổng thu ngân sách năm 2023 đạt 2.150 tỷ đồng, đạt 108% dự toán pháp lệnh và 97% kế hoạch phấn đấu.'),
    ).toEqual(['actual v=2150000000000 VND c=108 ch=[] p=2023 st=', 'actual v= c=97 ch=[] p=2023 st=']);
    // negatives: the goal word before the figure, a goal heading
    expect(read('Năm 2025, huyện phấn đấu thu ngân sách đạt 600 tỷ đồng.')[0]).toMatch(/^target /);
    expect(read('Chỉ tiêu phấn đấu năm 2025: thu ngân sách trên địa bàn 600 tỷ đồng.')[0]).toMatch(/^target /);
  });

  it('`Theo Kế hoạch số 45/KH-UBND` cites a document; `Theo kế hoạch,` frames goals', () => {
    expect(read('Theo Kế hoạch số 45/KH-UBND ngày 12/01/2024, năm 2024, thu ngân sách đạt 512 tỷ đồng.')).toEqual([
      'actual v=512000000000 VND c= ch=[] p=2024 st=',
    ]);
    expect(read('Theo kế hoạch số 08/KH-SCT, quý III/2024 kim ngạch xuất khẩu đạt 210 triệu USD.')[0]).toMatch(
      /^actual /,
    );
    // negative
    expect(read('Theo kế hoạch, năm 2025 huyện thu ngân sách 600 tỷ đồng.')[0]).toMatch(/^target /);
  });

  it('the plan’s year in the name yields to a part of that year opening the sentence', () => {
    expect(read('Đến 31/10/2024, tỷ lệ giải ngân kế hoạch vốn năm 2024 đạt 87%.')).toEqual([
      'actual v= c=87 ch=[] p=2024-YTD-10 st=',
    ]);
    expect(read('Quý III/2025, giải ngân kế hoạch vốn năm 2025 đạt 1.020 tỷ đồng.')[0]).toContain('p=2025-Q3');
    // negatives: the plan of a year with no part of it before; another year's plan
    expect(read('Năm 2024, doanh thu đạt 980 tỷ đồng, bằng 96% kế hoạch năm 2024.')[0]).toContain('p=2024 ');
  });

  it('a bracket that holds only the change of the value before it is that value’s change', () => {
    expect(read('Năm 2024, đàn bò đạt 7.412 con (giảm 2,9% so với cùng kỳ).')).toEqual([
      'actual v=7412 c= ch=[rate -2.9 same-period-last-year] p=2024 st=',
    ]);
    expect(
      read('Quý II/2024, thu nội địa đạt 230 tỷ đồng, đạt 52% dự toán tỉnh giao (tăng 6,1% so với cùng kỳ).'),
    ).toEqual(['actual v=230000000000 VND c=52 ch=[rate 6.1 same-period-last-year] p=2024-Q2 st=']);
    // negatives: a share's bracketed change may be points; a bracket opening on another period
    expect(read('Năm 2025, dịch vụ chiếm 28,16% (tăng 0,42% so với năm 2020).').join()).not.toMatch(/rate 0\.42 /);
    expect(read('Năm 2024, thu ngân sách đạt 512 tỷ đồng (cùng kỳ tăng 6%).').join()).not.toMatch(/rate 6 /);
  });

  it('`trên 1 ha`, `bình quân trên một lao động` inside a name divide the indicator; after a verb or a size noun they bound', () => {
    expect(read('Năm 2024, giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 165 triệu đồng.')).toEqual([
      'actual v=165000000 VND c= ch=[] p=2024 st=',
    ]);
    expect(read('Năm 2023, năng suất lao động bình quân trên một lao động đạt 92,4 triệu đồng.')).toEqual([
      'actual v=92400000 VND c= ch=[] p=2023 st=',
    ]);
    expect(read('Doanh thu bình quân trên 1 lao động năm 2024 ước đạt 78 triệu đồng, tăng 6%.')[0]).toBe(
      'actual v=78000000 VND c= ch=[rate 6 -] p=2024 st=estimate',
    );
    // negatives: a bound after a value verb; a threshold after a size noun is no name of the figure
    expect(read('Năm 2024, lượt khách du lịch đạt trên 1 triệu lượt.')[0]).toContain('v=1000000 ');
    expect(read('Năm 2024, tổng thu ngân sách đạt trên 1 nghìn tỷ đồng.')[0]).toContain('v=1000000000000 VND');
    expect(read('Năm 2024, có 45 trang trại quy mô trên 1 ha.').join()).toContain('v=1 ha');
  });

  it('a rate measured `so với` the plan is a completion; against a year or a total it stays a level', () => {
    expect(read('Đến 30/9/2024, tỷ lệ thu nội địa so với dự toán đạt 81,3%.')).toEqual([
      'actual v= c=81.3 ch=[] p=2024-YTD-09 st=',
    ]);
    expect(read('Năm 2023, tỷ lệ thực hiện so với kế hoạch năm đạt 102%.')).toEqual([
      'actual v= c=102 ch=[] p=2023 st=',
    ]);
    // negatives
    expect(read('Năm 2024, tỷ lệ hộ nghèo so với cuối năm 2023 giảm còn 2,1%.')[0]).toContain('v=2.1 percent c= ');
    expect(read('Năm 2024, tỷ lệ bao phủ BHYT so với dân số đạt 94,1%.')[0]).toMatch(/^actual v=94\.1\?? percent c= /);
  });
});
