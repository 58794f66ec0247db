import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-local`: the Vietnamese of DISTRICT, COMMUNE, CITY-DEPARTMENT and
 * SECTOR-AGENCY reports (UBND/HĐND huyện, thị xã, quận, xã; Sở Công Thương, Sở Tài chính, Sở Du
 * lịch, Cục Thuế, Hải quan, Kho bạc, BHXH tỉnh, Điện lực tỉnh, NHNN chi nhánh tỉnh) and of the
 * provincial press that quotes them (Báo Lâm Đồng, Báo Thái Bình, provincial portals).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) MEASURES with their units: budget revenue and spending (`thu ngân sách trên địa bàn`, `thu
 *     nội địa`, `thu thuế, phí`, `chi ngân sách địa phương`, `chi đầu tư phát triển`), investment
 *     (`tổng vốn đầu tư toàn xã hội`), output (`giá trị sản xuất nông, lâm, thủy sản`), farming
 *     (`sản lượng lương thực có hạt … tấn`, `diện tích gieo trồng … ha`, `tổng đàn trâu, bò … con`,
 *     `đàn lợn … con`, `đàn gia cầm … triệu con`), power (`sản lượng điện thương phẩm … triệu
 *     kWh`), social insurance (`số người tham gia BHXH … người`), credit (`dư nợ tín dụng`, `tổng
 *     nguồn vốn huy động`), tourism (`lượt khách … lượt`, `tổng thu từ du lịch`), trade (`kim ngạch
 *     xuất khẩu … triệu USD`), income (`thu nhập bình quân đầu người … triệu đồng/người/năm`),
 *     enterprises (`số doanh nghiệp thành lập mới … doanh nghiệp`), households, projects, km.
 * (b) PLANS: one completion (`đạt X% dự toán tỉnh giao`, `bằng X% so với dự toán giao`, `đạt X%
 *     chỉ tiêu Nghị quyết HĐND huyện giao`, …) or TWO for one value (`đạt X% dự toán tỉnh giao và
 *     Y% dự toán HĐND huyện giao`, `đạt X% dự toán pháp lệnh và Y% chỉ tiêu phấn đấu`): two
 *     completions against two plans are two facts, the second with no value of its own
 *     (`test7-vi.ts`); `đạt X% kế hoạch năm, bằng Y% so với cùng kỳ` is a completion and a ratio.
 * (c) PERIODS: `năm 2024`, `6 tháng đầu năm 2024`, `9 tháng năm 2024`, `10 tháng đầu năm 2024`,
 *     `quý III/2024`, `tháng 10/2024`, `tính đến 30/9/2024` and `lũy kế đến hết tháng 10/2024`
 *     (the months to that day: `2024-YTD-09`, `2024-YTD-10`, the convention of `test8-vi.ts`),
 *     `cả năm 2024`, `niên độ 2024`; `từ đầu năm đến ngày 15/11/2024` names no whole period (no
 *     period annotated).
 * (d) STAGES: `ước đạt`, `ước thực hiện`, `ước tính đạt`, `ước cả năm` (`estimate`); `thực hiện`,
 *     `đạt`, `thực hiện được` (none); `theo số liệu sơ bộ` (`preliminary`).
 * (e) TARGETS: `phấn đấu … đạt X`, `chỉ tiêu Nghị quyết HĐND huyện giao năm 2025 là X`, `kế hoạch
 *     năm 2025 giao X`, `dự toán năm 2025 HĐND huyện giao X`, `mục tiêu năm 2025: … đạt X`.
 * (f) ENUMERATIONS: `;`-separated items, `-`/`+` bullets after a heading that names the period,
 *     `trong đó:` sub-items, items sharing one verb, changes in brackets after the value; RATE
 *     LEVELS (`tỷ lệ hộ nghèo giảm còn 1,2%`, `tỷ lệ bao phủ BHYT đạt 93,5%`): a value in percent
 *     (convention of round 19: the level of a named rate indicator is `{ v, u: 'percent' }`).
 * NOISE crossed with them: agencies' attributions (`Theo Cục Thuế tỉnh,`, `Theo số liệu của Chi cục
 *     Thống kê huyện,`), documents (`Thực hiện Quyết định số 123/QĐ-UBND ngày 05/3/2024 …,`),
 *     places (`thôn 3`, `tổ dân phố số 5`, `Quốc lộ 14`, `21/21 xã, thị trấn`).
 * NEAR-MISSES (at least a fifth; `NEAR_MISS_SHARE` in the test): sentences that look alike and
 *     must not be read that way: numbers that are not figures (document numbers and dates,
 *     hamlets, roads, `21/21 xã`, `15/17 chỉ tiêu`), shares (`chiếm X% tổng thu`), the change of a
 *     rate (`giảm 0,45% so với năm 2023` after a poverty rate: points or percent is not known, not
 *     a fact), a completion rate (`tỷ lệ giải ngân đạt X%` is a completion, not a level), a ratio
 *     to last year that looks like a completion (`đạt 104% so với cùng kỳ`), `phấn đấu` as the name
 *     of a plan (`chỉ tiêu phấn đấu`) inside an actual.
 */

const SPLY = 'same-period-last-year';
const DLY = 'december-last-year';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const dot = (s: string): string => s.replace(/\./g, '').replace(',', '.');
/** A change after the value: `, tăng …` or ` (tăng …)`. */
const join = (change: string): string => (change.startsWith('(') ? ` ${change}` : `, ${change}`);

/** A Vietnamese number (`12.345,6`) × 10^zeros as a canonical decimal string (no float arithmetic). */
function units(num: string, zeros: number): string {
  const [int = '0', frac = ''] = num.replace(/\./g, '').split(',');
  const digits = (int + frac.padEnd(zeros, '0').slice(0, zeros)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(zeros).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
}

/** A measure of local reports: its name, the value as printed, the value in units, its unit code. */
interface Measure {
  readonly name: string;
  readonly text: string;
  readonly v: string;
  readonly u?: string;
  /** A stock (credit, deposits, herds): `so với đầu năm` is its base too. */
  readonly stock?: boolean;
}

const m = (name: string, num: string, scale: string, zeros: number, u?: string, stock?: boolean): Measure => ({
  name,
  text: `${num}${scale ? ` ${scale}` : ''}`,
  v: units(num, zeros),
  ...(u ? { u } : {}),
  ...(stock ? { stock } : {}),
});

/** (a) The measures of district, commune and agency reports, with their units as printed. */
export const MEASURES: readonly Measure[] = [
  m('thu ngân sách trên địa bàn', '512,3', 'tỷ đồng', 9, 'VND'),
  m('tổng thu ngân sách nhà nước trên địa bàn huyện', '1.234,5', 'tỷ đồng', 9, 'VND'),
  m('thu nội địa', '890', 'tỷ đồng', 9, 'VND'),
  m('thu thuế, phí', '73,4', 'tỷ đồng', 9, 'VND'),
  m('thu tiền sử dụng đất', '250,8', 'tỷ đồng', 9, 'VND'),
  m('chi ngân sách địa phương', '1.056', 'tỷ đồng', 9, 'VND'),
  m('chi đầu tư phát triển', '312,6', 'tỷ đồng', 9, 'VND'),
  m('tổng vốn đầu tư toàn xã hội', '4.567', 'tỷ đồng', 9, 'VND'),
  m('giá trị sản xuất nông, lâm, thủy sản', '3.210,4', 'tỷ đồng', 9, 'VND'),
  m('giá trị sản xuất công nghiệp', '8,45', 'nghìn tỷ đồng', 12, 'VND'),
  m('tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', '6.780', 'tỷ đồng', 9, 'VND'),
  m('sản lượng lương thực có hạt', '45.678', 'tấn', 0, 'tonne'),
  m('sản lượng thủy sản', '12,5', 'nghìn tấn', 3, 'tonne'),
  m('diện tích gieo trồng cây hằng năm', '12.345', 'ha', 0, 'ha'),
  m('diện tích trồng rừng tập trung', '1.250', 'ha', 0, 'ha'),
  m('tổng đàn trâu, bò', '25.400', 'con', 0, undefined, true),
  m('đàn lợn', '92.942', 'con', 0, undefined, true),
  m('đàn gia cầm', '1,17', 'triệu con', 6, undefined, true),
  m('sản lượng điện thương phẩm', '1.234,5', 'triệu kWh', 6),
  m('số người tham gia BHXH', '123.456', 'người', 0, 'person', true),
  m('dư nợ tín dụng', '45.678', 'tỷ đồng', 9, 'VND', true),
  m('tổng nguồn vốn huy động', '52.310', 'tỷ đồng', 9, 'VND', true),
  m('lượt khách du lịch', '1,2', 'triệu lượt', 6),
  m('tổng thu từ du lịch', '2.345', 'tỷ đồng', 9, 'VND'),
  m('kim ngạch xuất khẩu', '456,7', 'triệu USD', 6, 'USD'),
  m('thu nhập bình quân đầu người', '65,5', 'triệu đồng/người/năm', 6),
  m('số doanh nghiệp thành lập mới', '125', 'doanh nghiệp', 0, 'enterprise'),
  m('số hộ sử dụng nước sạch', '18.320', 'hộ', 0, 'household'),
  m('đường giao thông nông thôn được cứng hóa', '56,8', 'km', 0, 'km'),
];

const fact = (x: Measure, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({
  v: x.v,
  ...(x.u ? { u: x.u } : {}),
  ...extra,
});

type Period = readonly [text: string, id: string | undefined];

/** (c) Period phrases that open a sentence. */
const FRONT_PERIODS: readonly Period[] = [
  ['Năm 2024', '2024'],
  ['6 tháng đầu năm 2024', '2024-H1'],
  ['9 tháng năm 2024', '2024-YTD-09'],
  ['10 tháng đầu năm 2024', '2024-YTD-10'],
  ['Quý III/2024', '2024-Q3'],
  ['Tháng 10/2024', '2024-10'],
  ['Tính đến 30/9/2024', '2024-YTD-09'],
  ['Lũy kế đến hết tháng 10/2024', '2024-YTD-10'],
  ['Cả năm 2024', '2024'],
  ['Từ đầu năm đến ngày 15/11/2024', undefined],
];

/** (c) Period phrases after the measure's name. */
const NAME_PERIODS: readonly (readonly [text: string, id: string])[] = [
  ['năm 2024', '2024'],
  ['6 tháng đầu năm 2024', '2024-H1'],
  ['9 tháng năm 2024', '2024-YTD-09'],
  ['quý III/2024', '2024-Q3'],
  ['tháng 10/2024', '2024-10'],
  ['cả năm 2024', '2024'],
  ['niên độ 2024', '2024'],
  ['lũy kế 10 tháng năm 2024', '2024-YTD-10'],
];

/** (d) The verb before the value and the stage it names. */
const STAGES: readonly (readonly [string, string | undefined])[] = [
  ['ước đạt', 'estimate'],
  ['ước thực hiện', 'estimate'],
  ['ước tính đạt', 'estimate'],
  ['ước thực hiện được', 'estimate'],
  ['đạt', undefined],
  ['thực hiện', undefined],
  ['thực hiện được', undefined],
  ['là', undefined],
];

type Change = readonly [text: (r: string) => string, spec: (r: string) => string];

/** Changes against a base as local reports print them. */
const CHANGES: readonly Change[] = [
  [(r) => `tăng ${r}% so với cùng kỳ`, (r) => `rate ${dot(r)} ${SPLY}`],
  [(r) => `tăng ${r}% so với cùng kỳ năm trước`, (r) => `rate ${dot(r)} ${SPLY}`],
  [(r) => `giảm ${r}% so cùng kỳ`, (r) => `rate -${dot(r)} ${SPLY}`],
  [(r) => `tăng ${r}% so với năm 2023`, (r) => `rate ${dot(r)} 2023`],
  [(r) => `tăng ${r}% so với cùng kỳ năm 2023`, (r) => `rate ${dot(r)} *`],
  [(r) => `tăng ${r}% so với năm trước`, (r) => `rate ${dot(r)} *`],
  [(r) => `tăng ${r}%`, (r) => `rate ${dot(r)} *`],
  [(r) => `(tăng ${r}% so với cùng kỳ)`, (r) => `rate ${dot(r)} ${SPLY}`],
  [(r) => `(giảm ${r}% so với cùng kỳ năm 2023)`, (r) => `rate -${dot(r)} *`],
];
const RATES = ['5,2', '12', '8,75', '2,1', '15,6'];

/** A ratio to last year: `bằng 104,5% so với cùng kỳ`. */
const RATIOS: readonly Change[] = [
  [(r) => `bằng ${r}% so với cùng kỳ`, (r) => `ratio ${dot(r)} ${SPLY}`],
  [(r) => `bằng ${r}% so cùng kỳ`, (r) => `ratio ${dot(r)} ${SPLY}`],
  [(r) => `đạt ${r}% so với cùng kỳ`, (r) => `ratio ${dot(r)} ${SPLY}`],
  [(r) => `bằng ${r}% so với cùng kỳ năm trước`, (r) => `ratio ${dot(r)} ${SPLY}`],
];

/** (b) One completion of the year's plan, as district and agency reports print it. */
const COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => `đạt ${c}% kế hoạch`,
  (c) => `đạt ${c}% kế hoạch năm`,
  (c) => `đạt ${c}% dự toán`,
  (c) => `đạt ${c}% dự toán tỉnh giao`,
  (c) => `bằng ${c}% dự toán HĐND huyện giao`,
  (c) => `đạt ${c}% chỉ tiêu Nghị quyết HĐND huyện giao`,
  (c) => `đạt ${c}% KH`,
  (c) => `bằng ${c}% so với dự toán giao`,
  (c) => `đạt ${c}% kế hoạch UBND tỉnh giao`,
  (c) => `đạt ${c}% so với Nghị quyết HĐND huyện`,
  (c) => `hoàn thành ${c}% kế hoạch năm`,
  (c) => `đạt ${c}% dự toán pháp lệnh`,
];
const SHARES = ['112', '98,5', '105,3', '87', '101,2', '76,4'];

/** (b) Two completions of one value against two plans (the second is a fact with no value). */
const TWO_COMPLETIONS: readonly ((c1: string, c2: string) => string)[] = [
  (a, b) => `đạt ${a}% dự toán tỉnh giao và ${b}% dự toán HĐND huyện giao`,
  (a, b) => `đạt ${a}% dự toán tỉnh giao, đạt ${b}% dự toán HĐND huyện giao`,
  (a, b) => `bằng ${a}% dự toán tỉnh giao và bằng ${b}% dự toán huyện giao`,
  (a, b) => `đạt ${a}% kế hoạch tỉnh giao và ${b}% kế hoạch huyện giao`,
  (a, b) => `đạt ${a}% dự toán Trung ương giao và ${b}% dự toán HĐND tỉnh giao`,
  (a, b) => `đạt ${a}% dự toán pháp lệnh và ${b}% chỉ tiêu phấn đấu`,
  (a, b) => `đạt ${a}% chỉ tiêu Nghị quyết và ${b}% kế hoạch UBND huyện giao`,
  (a, b) => `bằng ${a}% dự toán tỉnh giao, bằng ${b}% dự toán HĐND thị xã giao`,
];

/** Agencies and the press that quote them, opening a sentence (noise before the figure). */
const SOURCES: readonly (readonly [string, string | undefined])[] = [
  ['', undefined],
  ['Theo Cục Thuế tỉnh, ', undefined],
  ['Theo báo cáo của UBND huyện, ', undefined],
  ['Theo số liệu của Chi cục Thống kê huyện, ', undefined],
  ['Theo Sở Công Thương, ', undefined],
  ['Theo số liệu sơ bộ, ', 'preliminary'],
  ['Theo Kho bạc Nhà nước tỉnh, ', undefined],
  ['Theo BHXH tỉnh, ', undefined],
];

/** (a)×(c): every measure with every period, fronted and after the name. */
function measurePeriodCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  cross(MEASURES, FRONT_PERIODS).forEach(([x, [pt, p]], i) => {
    const [verb, st] = pick(STAGES, i);
    const ch = pick(CHANGES, i + 1);
    const r = pick(RATES, i);
    const withPlan = i % 3 === 0;
    const c = pick(SHARES, i);
    const plan = withPlan ? `, ${pick(COMPLETIONS, i)(c)}` : '';
    out.push({
      text: `${pt}, ${x.name} ${verb} ${x.text}${plan}${join(ch[0](r))}.`,
      facts: [
        fact(x, { ch: [ch[1](r)], ...(p ? { p } : {}), ...(st ? { st } : {}), ...(withPlan ? { c: dot(c) } : {}) }),
      ],
    });
  });
  cross(MEASURES, NAME_PERIODS).forEach(([x, [pt, p]], i) => {
    const [verb, st] = pick(STAGES, i + 3);
    const c = pick(SHARES, i + 2);
    out.push({
      text: `${cap(x.name)} ${pt} ${verb} ${x.text}, ${pick(COMPLETIONS, i + 5)(c)}.`,
      facts: [fact(x, { c: dot(c), ...(p ? { p } : {}), ...(st ? { st } : {}) })],
    });
  });
  return out;
}

/** (a)×(b): every measure with every change and ratio (period rotated). */
function measureChangeCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  cross(
    MEASURES.filter((_, k) => k % 2 === 0),
    CHANGES,
  ).forEach(([x, ch], i) => {
    const [pt, p] = pick(NAME_PERIODS, i);
    const r = pick(RATES, i);
    out.push({
      text: `${cap(x.name)} ${pt} đạt ${x.text}${join(ch[0](r))}.`,
      facts: [fact(x, { ch: [ch[1](r)], p })],
    });
  });
  // a stock against the start of the year
  MEASURES.filter((x) => x.stock).forEach((x, i) => {
    const r = pick(RATES, i);
    out.push({
      text: `Đến 30/9/2024, ${x.name} đạt ${x.text}, tăng ${r}% so với đầu năm.`,
      facts: [fact(x, { ch: [`rate ${dot(r)} ${DLY}`], p: '2024-YTD-09' })],
    });
  });
  return out;
}

/** (b)×(d): every completion, single and double, with every stage and the change after or not. */
function completionCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  cross(COMPLETIONS, STAGES, [0, 1] as const).forEach(([plan, [verb, st], withChange], i) => {
    const x = pick(MEASURES, i * 7);
    const c = pick(SHARES, i);
    const r = pick(RATES, i);
    const [pt, p] = pick(FRONT_PERIODS.slice(0, 6), i);
    const change = withChange ? `, tăng ${r}% so với cùng kỳ` : '';
    out.push({
      text: `${pt}, ${x.name} ${verb} ${x.text}, ${plan(c)}${change}.`,
      facts: [
        fact(x, {
          c: dot(c),
          p: p as string,
          ...(st ? { st } : {}),
          ...(withChange ? { ch: [`rate ${dot(r)} ${SPLY}`] } : {}),
        }),
      ],
    });
  });
  cross(TWO_COMPLETIONS, STAGES.slice(0, 6), [0, 1] as const).forEach(([plans, [verb, st], withChange], i) => {
    const x = pick(
      MEASURES.filter((y) => y.u === 'VND'),
      i,
    );
    const c1 = pick(SHARES, i);
    const c2 = pick(SHARES, i + 3);
    const r = pick(RATES, i);
    const [pt, p] = pick(NAME_PERIODS, i);
    const change = withChange ? `, tăng ${r}% so với cùng kỳ` : '';
    out.push({
      text: `${cap(x.name)} ${pt} ${verb} ${x.text}, ${plans(c1, c2)}${change}.`,
      facts: [
        fact(x, { c: dot(c1), p, ...(st ? { st } : {}), ...(withChange ? { ch: [`rate ${dot(r)} ${SPLY}`] } : {}) }),
        { c: dot(c2), p },
      ],
    });
  });
  // `đạt X% kế hoạch năm, bằng Y% so với cùng kỳ`: a completion and a ratio
  cross(COMPLETIONS.slice(0, 6), RATIOS).forEach(([plan, ratio], i) => {
    const x = pick(MEASURES, i * 5 + 1);
    const c = pick(SHARES, i);
    const r = pick(['104,5', '96,2', '110'], i);
    out.push({
      text: `Năm 2024, ${x.name} ước đạt ${x.text}, ${plan(c)}, ${ratio[0](r)}.`,
      facts: [fact(x, { c: dot(c), ch: [ratio[1](r)], p: '2024', st: 'estimate' })],
    });
  });
  return out;
}

/** Sources (agency attributions, the preliminary figures) opening a sentence. */
function sourceCases(): PhraseCase[] {
  return cross(
    SOURCES,
    MEASURES.filter((_, k) => k % 3 === 1),
  ).map(([[src, st], x], i) => {
    const [pt, p] = pick(FRONT_PERIODS.slice(0, 6), i);
    const r = pick(RATES, i);
    const c = pick(SHARES, i);
    const tail = i % 2 === 0 ? `, tăng ${r}% so với cùng kỳ` : `, đạt ${c}% kế hoạch`;
    const extra: Omit<RealFact, 'v' | 'u'> = i % 2 === 0 ? { ch: [`rate ${dot(r)} ${SPLY}`] } : { c: dot(c) };
    const period = src ? pt.charAt(0).toLowerCase() + pt.slice(1) : pt;
    return {
      text: `${src}${period}, ${x.name} đạt ${x.text}${tail}.`,
      facts: [fact(x, { ...extra, p: p as string, ...(st ? { st } : {}) })],
    };
  });
}

/** (e) Targets of the coming year. */
function targetCases(): PhraseCase[] {
  const shapes: readonly ((name: string, x: string) => string)[] = [
    (n, x) => `Năm 2025, phấn đấu ${n} đạt ${x}.`,
    (n, x) => `Phấn đấu năm 2025 ${n} đạt ${x}.`,
    (n, x) => `Chỉ tiêu Nghị quyết HĐND huyện giao năm 2025: ${n} ${x}.`,
    (n, x) => `Kế hoạch năm 2025 giao ${n} ${x}.`,
    (n, x) => `Dự toán năm 2025 HĐND huyện giao ${n} là ${x}.`,
    (n, x) => `Mục tiêu năm 2025: ${n} đạt ${x}.`,
    (n, x) => `Năm 2025, huyện phấn đấu ${n} đạt trên ${x}.`,
    (n, x) => `${cap(n)} năm 2025 phấn đấu đạt ${x}.`,
  ];
  return cross(
    shapes,
    MEASURES.filter((_, k) => k % 2 === 1),
  ).map(([shape, x]) => {
    const over = shape('n', 'x').includes('trên');
    return {
      text: shape(x.name, x.text),
      facts: [fact(x, { p: '2025', k: 'target', ...(over ? { a: 'over' as const } : {}) })],
    };
  });
}

/** Three measures of one family, for lists. */
const FAMILIES: readonly (readonly Measure[])[] = [
  [
    m('đàn trâu', '6.400', 'con', 0),
    m('đàn bò', '49.800', 'con', 0),
    m('đàn lợn', '92.942', 'con', 0),
    m('đàn gia cầm', '1,17', 'triệu con', 6),
  ],
  [
    m('thu nội địa', '890', 'tỷ đồng', 9, 'VND'),
    m('thu tiền sử dụng đất', '250,8', 'tỷ đồng', 9, 'VND'),
    m('thu thuế, phí', '73,4', 'tỷ đồng', 9, 'VND'),
  ],
  [
    m('sản lượng lúa', '38.450', 'tấn', 0, 'tonne'),
    m('sản lượng ngô', '7.228', 'tấn', 0, 'tonne'),
    m('sản lượng thủy sản', '12,5', 'nghìn tấn', 3, 'tonne'),
  ],
  [
    m('số người tham gia BHXH bắt buộc', '98.765', 'người', 0, 'person'),
    m('số người tham gia BHXH tự nguyện', '12.430', 'người', 0, 'person'),
    m('số người tham gia BHYT', '1,2', 'triệu người', 6, 'person'),
  ],
  [
    m('chi đầu tư phát triển', '312,6', 'tỷ đồng', 9, 'VND'),
    m('chi thường xuyên', '645,2', 'tỷ đồng', 9, 'VND'),
    m('chi chương trình mục tiêu quốc gia', '48,3', 'tỷ đồng', 9, 'VND'),
  ],
];

/** (f) Lists: `;` items, bullets, `trong đó:` sub-items, a shared verb, changes in brackets. */
function listCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const periods: readonly Period[] = FRONT_PERIODS.slice(0, 5);
  cross(FAMILIES, periods, [0, 1, 2, 3, 4, 5] as const).forEach(([family, [pt, p], shape], i) => {
    const items = family.slice(0, 3);
    const rs = items.map((_, k) => pick(RATES, i + k));
    const cs = items.map((_, k) => pick(SHARES, i + k));
    const pp = p as string;
    const lower = pt.charAt(0).toLowerCase() + pt.slice(1);
    switch (shape) {
      case 0: // `;` items, each with its change
        out.push({
          text: `${pt}, ${items.map((x, k) => `${x.name} ${k === 0 ? 'đạt ' : ''}${x.text}, tăng ${rs[k]}% so với cùng kỳ`).join('; ')}.`,
          facts: items.map((x, k) => fact(x, { ch: [`rate ${dot(rs[k] as string)} ${SPLY}`], p: pp })),
        });
        break;
      case 1: // inline `-` bullets after a heading with the period
        out.push({
          text: `Kết quả thực hiện ${lower}: ${items.map((x, k) => `- ${cap(x.name)} đạt ${x.text}, đạt ${cs[k]}% kế hoạch`).join('; ')}.`,
          facts: items.map((x, k) => fact(x, { c: dot(cs[k] as string), p: pp })),
        });
        break;
      case 2: // `+` bullets on their own lines
        out.push({
          text: `${pt}:\n${items.map((x, k) => `+ ${cap(x.name)} ước đạt ${x.text}, tăng ${rs[k]}% so với cùng kỳ`).join(';\n')}.`,
          facts: items.map((x, k) => fact(x, { ch: [`rate ${dot(rs[k] as string)} ${SPLY}`], p: pp })),
        });
        break;
      case 3: {
        // a total, then `trong đó:` its parts with their completions
        const total = m('tổng thu ngân sách trên địa bàn', '1.234,5', 'tỷ đồng', 9, 'VND');
        const parts = items.slice(0, 2);
        out.push({
          text: `${pt}, ${total.name} ước đạt ${total.text}, đạt ${cs[2]}% dự toán, tăng ${rs[2]}% so với cùng kỳ; trong đó: ${parts.map((x, k) => `${x.name} ${x.text}, đạt ${cs[k]}% dự toán`).join('; ')}.`,
          facts: [
            fact(total, {
              c: dot(cs[2] as string),
              ch: [`rate ${dot(rs[2] as string)} ${SPLY}`],
              p: pp,
              st: 'estimate',
            }),
            ...parts.map((x, k) => fact(x, { c: dot(cs[k] as string), p: pp })),
          ],
        });
        break;
      }
      case 4: // one verb shared by comma items
        out.push({
          text: `${pt}, ${items[0]?.name} đạt ${items.map((x, k) => (k === 0 ? x.text : `${x.name} ${x.text}`)).join(', ')}.`,
          facts: items.map((x) => fact(x, { p: pp })),
        });
        break;
      default: // the change in brackets after each value
        out.push({
          text: `${pt}, ${items.map((x, k) => `${x.name} ${k === 0 ? 'ước đạt ' : ''}${x.text} (tăng ${rs[k]}% so với cùng kỳ)`).join(', ')}.`,
          facts: items.map((x, k) => fact(x, { ch: [`rate ${dot(rs[k] as string)} ${SPLY}`], p: pp })),
        });
    }
  });
  return out;
}

/** (f) Rate levels of local reports: a value in percent. */
const RATE_INDICATORS = [
  'tỷ lệ hộ nghèo',
  'tỷ lệ bao phủ BHYT',
  'tỷ lệ xã đạt chuẩn nông thôn mới',
  'tỷ lệ trường đạt chuẩn quốc gia',
  'tỷ lệ lao động qua đào tạo',
  'tỷ lệ hộ dân sử dụng nước sạch',
  'tỷ lệ che phủ rừng',
  'tỷ lệ thu gom rác thải sinh hoạt',
];
const RATE_VERBS = ['đạt', 'giảm còn', 'tăng lên', 'ước đạt', 'là', ''];
const RATE_LEVELS = ['1,2', '93,5', '100', '85', '42,3', '98,6'];

function rateLevelCases(): PhraseCase[] {
  const out: PhraseCase[] = cross(RATE_INDICATORS, RATE_VERBS).map(([name, verb], i) => {
    const x = pick(RATE_LEVELS, i);
    const [pt, p] = pick(FRONT_PERIODS.slice(0, 3), i);
    const st = verb === 'ước đạt' ? { st: 'estimate' } : {};
    return {
      text: `${pt}, ${name}${verb ? ` ${verb}` : ''} ${x}%.`,
      facts: [{ v: dot(x), u: 'percent', p: p as string, ...st }],
    };
  });
  // a rate's level with its change by a bare percentage: read in points, doubted (round 28: a rate's
  // change is in points — domain.md — as the released corpus annotates every such change, `tỷ lệ hộ
  // gia đình sử dụng cáp quang đạt 76,9% … tăng 6,2% so với cùng kỳ` = points 6.2; it was a rate,
  // the round-3 convention)
  RATE_INDICATORS.forEach((name, i) => {
    const x = pick(RATE_LEVELS, i);
    const d = pick(['0,45', '1,2', '2,5'], i);
    const down = i % 2 === 1;
    out.push({
      text: `Năm 2024, ${name} đạt ${x}%, ${down ? 'giảm' : 'tăng'} ${d}% so với năm 2023.`,
      facts: [{ v: dot(x), u: 'percent', ch: [`points ${down ? '-' : ''}${dot(d)} 2023`], p: '2024' }],
    });
  });
  return out;
}

/** Context that opens a sentence of a local report before its period (noise, no figure). */
const CONTEXTS = [
  'Cụ thể, ',
  'Bên cạnh đó, ',
  'Trong khi đó, ',
  'Đáng chú ý, ',
  'Nhìn chung, ',
  'Nhờ đẩy mạnh chuyển đổi cơ cấu cây trồng, ',
  'Do ảnh hưởng của cơn bão số 3, ',
  'Với sự chỉ đạo quyết liệt của UBND huyện, ',
  'Theo Chủ tịch UBND huyện Nguyễn Văn A, ',
  'Phát biểu tại kỳ họp thứ 14 HĐND huyện khóa XX, Phó Chủ tịch UBND huyện cho biết ',
];

/** Commentary after the figures (noise, no figure). */
const COMMENTS = [
  ', chủ yếu nhờ thu tiền sử dụng đất tăng mạnh',
  ', do giá nông sản giảm',
  ', góp phần quan trọng vào tăng trưởng chung của huyện',
  ', nhờ thời tiết thuận lợi',
  '; nguyên nhân chủ yếu do thị trường tiêu thụ gặp khó khăn',
  ', cao nhất từ trước đến nay',
  ', là mức cao nhất trong 5 năm qua',
  ', vượt mục tiêu đề ra',
];

/** Noise: context before, commentary after, figures in brackets beside the statement's. */
function noiseCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  cross(CONTEXTS, FRONT_PERIODS.slice(0, 5), [0, 1] as const).forEach(([ctx, [pt, p], withPlan], i) => {
    const x = pick(MEASURES, i * 3 + 1);
    const r = pick(RATES, i);
    const c = pick(SHARES, i);
    const period = pt.charAt(0).toLowerCase() + pt.slice(1);
    const plan = withPlan ? `, ${pick(COMPLETIONS, i)(c)}` : '';
    out.push({
      text: `${ctx}${period}, ${x.name} đạt ${x.text}${plan}, tăng ${r}% so với cùng kỳ.`,
      facts: [fact(x, { ch: [`rate ${dot(r)} ${SPLY}`], p: p as string, ...(withPlan ? { c: dot(c) } : {}) })],
    });
  });
  cross(
    COMMENTS,
    MEASURES.filter((_, k) => k % 2 === 0),
  ).forEach(([comment, x], i) => {
    const r = pick(RATES, i);
    const [pt, p] = pick(NAME_PERIODS, i);
    const down = comment.includes('giảm') || comment.includes('khó khăn');
    out.push({
      text: `${cap(x.name)} ${pt} đạt ${x.text}, ${down ? 'giảm' : 'tăng'} ${r}% so với cùng kỳ${comment}.`,
      facts: [fact(x, { ch: [`rate ${down ? '-' : ''}${dot(r)} ${SPLY}`], p })],
    });
  });
  // a part of the total in brackets: its own fact of the same period
  const totals: readonly (readonly [Measure, Measure])[] = [
    [
      m('tổng thu ngân sách trên địa bàn', '1.234,5', 'tỷ đồng', 9, 'VND'),
      m('thu nội địa', '890', 'tỷ đồng', 9, 'VND'),
    ],
    [
      m('chi ngân sách địa phương', '1.056', 'tỷ đồng', 9, 'VND'),
      m('chi đầu tư phát triển', '312,6', 'tỷ đồng', 9, 'VND'),
    ],
    [m('tổng đàn gia súc', '125.400', 'con', 0), m('đàn lợn', '92.942', 'con', 0)],
    [m('sản lượng lương thực có hạt', '45.678', 'tấn', 0, 'tonne'), m('sản lượng lúa', '38.450', 'tấn', 0, 'tonne')],
    [m('tổng lượt khách du lịch', '1,2', 'triệu lượt', 6), m('khách quốc tế', '125.000', 'lượt', 0)],
  ];
  cross(totals, ['trong đó', 'trong đó:', 'riêng'] as const, FRONT_PERIODS.slice(0, 3)).forEach(
    ([[total, part], ofWhich, [pt, p]], i) => {
      const c = pick(SHARES, i);
      out.push({
        text: `${pt}, ${total.name} ước đạt ${total.text} (${ofWhich} ${part.name} ${part.text}), đạt ${c}% kế hoạch.`,
        facts: [fact(total, { c: dot(c), p: p as string, st: 'estimate' }), fact(part, { p: p as string })],
      });
    },
  );
  // the plan's figure in brackets after the completion: a target of the same period
  MEASURES.filter((x) => x.u === 'VND' || x.u === 'tonne' || x.u === 'ha').forEach((x, i) => {
    const c = pick(SHARES, i);
    const [num, zeros] = x.u === 'VND' ? (['450', 9] as const) : (['40.000', 0] as const);
    const scale = x.u === 'VND' ? 'tỷ đồng' : x.u === 'tonne' ? 'tấn' : 'ha';
    const plan = m(x.name, num, scale, zeros, x.u);
    out.push({
      text: `Năm 2024, ${x.name} đạt ${x.text}, đạt ${c}% kế hoạch (kế hoạch ${plan.text}).`,
      facts: [fact(x, { c: dot(c), p: '2024' }), fact(plan, { k: 'target', p: '2024' })],
    });
  });
  return out;
}

/** (d) Stages said before the period: `Ước cả năm 2024, …`, `Ước thực hiện năm 2024, …`, `Sơ bộ năm 2024, …`. */
function stageFrontCases(): PhraseCase[] {
  const fronts: readonly (readonly [string, string, string])[] = [
    ['Ước cả năm 2024', '2024', 'estimate'],
    ['Ước thực hiện năm 2024', '2024', 'estimate'],
    ['Ước thực hiện cả năm 2024', '2024', 'estimate'],
    ['Ước tính năm 2024', '2024', 'estimate'],
    ['Sơ bộ năm 2024', '2024', 'preliminary'],
    ['Ước 6 tháng đầu năm 2024', '2024-H1', 'estimate'],
  ];
  return cross(
    fronts,
    MEASURES.filter((_, k) => k % 2 === 1),
  ).map(([[front, p, st], x], i) => {
    const c = pick(SHARES, i);
    const r = pick(RATES, i);
    return {
      text: `${front}, ${x.name} đạt ${x.text}, đạt ${c}% kế hoạch, tăng ${r}% so với cùng kỳ.`,
      facts: [fact(x, { c: dot(c), ch: [`rate ${dot(r)} ${SPLY}`], p, st })],
    };
  });
}

/** District prose: a verb and its object (`giải quyết việc làm cho 2.350 lao động`), then the plan. */
function verbObjectCases(): PhraseCase[] {
  const acts: readonly (readonly [string, string, string, string | undefined])[] = [
    ['đã giải quyết việc làm cho', '2.350 lao động', '2350', undefined],
    ['trồng mới', '1.250 ha rừng tập trung', '1250', 'ha'],
    ['đã cấp', '12.345 thẻ BHYT', '12345', undefined],
    ['thu hút', '15 dự án đầu tư', '15', 'project'],
    ['xây dựng mới', '56,8 km đường giao thông nông thôn', '56.8', 'km'],
    ['hỗ trợ xây dựng', '120 căn nhà cho hộ nghèo', '120', undefined],
    ['đón', '1,2 triệu lượt khách du lịch', '1200000', undefined],
    ['có thêm', '125 doanh nghiệp thành lập mới', '125', 'enterprise'],
    ['đã đào tạo nghề cho', '1.850 người', '1850', 'person'],
  ];
  const tails: readonly ((c: string) => string)[] = [
    (c) => `, đạt ${c}% kế hoạch`,
    (c) => `, đạt ${c}% kế hoạch năm`,
    (c) => `, bằng ${c}% chỉ tiêu Nghị quyết HĐND huyện giao`,
    (c) => `, đạt ${c}% so với kế hoạch đề ra`,
  ];
  const subjects = ['huyện', 'toàn huyện', 'thị xã', 'thành phố', 'xã'];
  return cross(acts, tails).map(([[verb, obj, v, u], tail], i) => {
    const c = pick(SHARES, i);
    return {
      text: `Năm 2024, ${pick(subjects, i)} ${verb} ${obj}${tail(c)}.`,
      facts: [{ v, ...(u ? { u } : {}), c: dot(c), p: '2024' }],
    };
  });
}

/** (b) Exceeding the plan by X% (`vượt X% so với kế hoạch`: 100 + X, `test7-vi.ts`). */
function exceedCases(): PhraseCase[] {
  const shapes: readonly ((r: string) => string)[] = [
    (r) => `vượt ${r}% so với kế hoạch`,
    (r) => `vượt ${r}% so với dự toán`,
    (r) => `vượt ${r}% so với kế hoạch năm`,
    (r) => `vượt ${r}% so với dự toán tỉnh giao`,
  ];
  return cross(
    shapes,
    MEASURES.filter((_, k) => k % 3 === 2),
  ).map(([shape, x], i) => {
    const [r, c] = pick(
      [
        ['5,2', '105.2'],
        ['12', '112'],
        ['0,8', '100.8'],
      ] as const,
      i,
    );
    return { text: `Năm 2024, ${x.name} đạt ${x.text}, ${shape(r)}.`, facts: [fact(x, { c, p: '2024' })] };
  });
}

/** Indicators per one unit (`giá trị thu được trên 1 ha đất trồng trọt`): `trên 1 ha` is part of the name. */
function perOneCases(): PhraseCase[] {
  const names = [
    'giá trị sản phẩm thu được trên 1 ha đất trồng trọt',
    'giá trị sản xuất bình quân trên 1 ha đất canh tác',
    'thu nhập bình quân trên một lao động',
    'giá trị sản phẩm trên một ha mặt nước nuôi trồng thủy sản',
    'doanh thu bình quân trên 1 lao động',
    'giá trị thu được bình quân trên 1 ha đất nông nghiệp',
  ];
  return cross(names, FRONT_PERIODS.slice(0, 3), ['đạt', 'ước đạt'] as const).map(([name, [pt, p], verb], i) => {
    const x = m(name, pick(['150', '125,5', '85', '210'], i), 'triệu đồng', 6, 'VND');
    const r = pick(RATES, i);
    return {
      text: `${pt}, ${name} ${verb} ${x.text}, tăng ${r}% so với năm trước.`,
      facts: [fact(x, { ch: [`rate ${dot(r)} *`], p: p as string, ...(verb === 'ước đạt' ? { st: 'estimate' } : {}) })],
    };
  });
}

/** Near-misses: sentences that look like the classes above and must not be read that way. */
function nearMissCases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  // documents, hamlets, roads and counts of communes before a figure: only the figure is a fact
  const fronts = [
    'Thực hiện Quyết định số 123/QĐ-UBND ngày 05/3/2024 của UBND tỉnh, năm 2024',
    'Theo Kế hoạch số 45/KH-UBND ngày 12/01/2024, năm 2024',
    'Căn cứ Nghị quyết số 15/NQ-HĐND ngày 10/12/2023 của HĐND huyện, năm 2024',
    'Theo Báo cáo số 256/BC-UBND ngày 15/11/2024 của UBND huyện, năm 2024',
    'Năm 2024, trên địa bàn 21/21 xã, thị trấn',
    'Năm 2024, tại 15/17 xã',
  ];
  cross(
    fronts,
    MEASURES.filter((_, k) => k % 3 === 0),
  ).forEach(([front, x], i) => {
    const r = pick(RATES, i);
    out.push({
      text: `${front}, ${x.name} đạt ${x.text}, tăng ${r}% so với cùng kỳ.`,
      facts: [fact(x, { ch: [`rate ${dot(r)} ${SPLY}`], p: '2024' })],
    });
  });
  // places after a figure: `thôn 3`, `tổ dân phố số 5`, `Quốc lộ 14`
  const tails = [
    ', tập trung ở thôn 3 và thôn 7',
    ', chủ yếu tại tổ dân phố số 5',
    ', chủ yếu ở các xã dọc Quốc lộ 14',
    ', trong đó khu dân cư số 2 chiếm phần lớn',
  ];
  cross(
    tails,
    MEASURES.filter((_, k) => k % 4 === 2),
  ).forEach(([tail, x], i) => {
    const c = pick(SHARES, i);
    out.push({
      text: `Năm 2024, ${x.name} đạt ${x.text}, đạt ${c}% kế hoạch${tail}.`,
      facts: [fact(x, { c: dot(c), p: '2024' })],
    });
  });
  // sentences with no figure at all
  for (const text of [
    'Đã ban hành Quyết định số 123/QĐ-UBND ngày 05/3/2024 về giao chỉ tiêu kế hoạch năm 2024.',
    'UBND huyện ban hành Kế hoạch số 45/KH-UBND ngày 20/01/2024 về phát triển kinh tế - xã hội năm 2024.',
    'Năm 2024, có 21/21 xã đạt chuẩn nông thôn mới.',
    'Có 15/17 chỉ tiêu đạt và vượt kế hoạch năm 2024.',
    'Thôn 3 và thôn 5 của xã được công nhận đạt chuẩn nông thôn mới kiểu mẫu.',
    'Tổ dân phố số 5 tổ chức hội nghị tổng kết năm 2024 vào ngày 20/12/2024.',
    'Công trình nâng cấp Quốc lộ 14 đoạn qua huyện khởi công ngày 15/3/2024.',
    'Nghị quyết số 12/NQ-HĐND ngày 10/12/2023 giao dự toán ngân sách năm 2024 cho các xã, thị trấn.',
    'Huyện có 3/3 thị trấn đạt chuẩn văn minh đô thị.',
    'Kỳ họp thứ 14 HĐND huyện khóa XX diễn ra từ ngày 18 đến 20/12/2024.',
    'Ngày 25/12/2024, UBND huyện tổ chức Hội nghị tổng kết công tác năm 2024.',
    'Thực hiện Chương trình số 08-CTr/HU, huyện đã hoàn thành 12/12 nhiệm vụ trọng tâm.',
  ])
    out.push({ text, facts: [] });
  // a ratio to last year that looks like a completion (`đạt 104% so với cùng kỳ`): a change
  cross(
    MEASURES.filter((_, k) => k % 2 === 0),
    RATIOS,
  ).forEach(([x, ch], i) => {
    const [pt, p] = pick(NAME_PERIODS, i);
    const r = pick(SHARES, i);
    out.push({ text: `${cap(x.name)} ${pt} đạt ${x.text}, ${ch[0](r)}.`, facts: [fact(x, { ch: [ch[1](r)], p })] });
  });
  // shares of a total after a value: the share is not a fact
  const shares: readonly ((s: string) => string)[] = [
    (s) => `chiếm ${s}% tổng thu ngân sách trên địa bàn`,
    (s) => `chiếm tỷ trọng ${s}%`,
    (s) => `chiếm ${s}% so với toàn tỉnh`,
    (s) => `chiếm ${s}% cơ cấu kinh tế của huyện`,
  ];
  cross(shares, MEASURES).forEach(([share, x], i) => {
    const sh = pick(['35,2', '72', '18,4'], i);
    out.push({
      text: `Năm 2024, ${x.name} đạt ${x.text}, ${share(sh)}.`,
      facts: [fact(x, { p: '2024' })],
    });
  });
  // dates and hours in sentences with no figure
  for (const [when, what] of cross(
    [
      'Lúc 14h30 ngày 20/12/2024',
      'Sáng 25/12/2024',
      'Ngày 30/9/2024',
      'Chiều ngày 15/11/2024',
      'Từ ngày 18 đến 20/12/2024',
    ],
    [
      'UBND huyện tổ chức hội nghị tổng kết công tác năm 2024',
      'HĐND huyện khai mạc kỳ họp thứ 14',
      'Đoàn công tác của tỉnh làm việc với thôn 3 và tổ dân phố số 5',
      'BHXH huyện tổ chức hội nghị đối thoại với doanh nghiệp trên địa bàn',
    ],
  ))
    out.push({
      text: `${when}, ${what}.`,
      facts: [],
    });
  // a completion rate is a completion, not a level
  const completionRates = [
    'tỷ lệ giải ngân vốn đầu tư công',
    'tỷ lệ giải ngân kế hoạch vốn năm 2024',
    'tỷ lệ thu ngân sách so với dự toán',
    'tỷ lệ thực hiện so với kế hoạch',
    'tỷ lệ thu nội địa so với dự toán tỉnh giao',
    'tỷ lệ giải ngân so với kế hoạch vốn',
  ];
  cross(completionRates, ['đạt', 'ước đạt'] as const).forEach(([name, verb], i) => {
    const c = pick(SHARES, i + 1);
    out.push({
      text: `Đến 31/10/2024, ${name} ${verb} ${c}%.`,
      facts: [{ c: dot(c), p: '2024-YTD-10', ...(verb === 'ước đạt' ? { st: 'estimate' } : {}) }],
    });
  });
  // `phấn đấu` as the name of the plan inside an actual: an actual, not a target
  const stretch: readonly ((c: string) => string)[] = [
    (c) => `bằng ${c}% chỉ tiêu phấn đấu`,
    (c) => `đạt ${c}% kế hoạch phấn đấu`,
    (c) => `đạt ${c}% dự toán phấn đấu`,
    (c) => `bằng ${c}% chỉ tiêu phấn đấu năm 2024`,
  ];
  cross(
    stretch,
    MEASURES.filter((x) => x.u === 'VND'),
  ).forEach(([plan, x], i) => {
    const c = pick(SHARES, i);
    out.push({ text: `Năm 2024, ${x.name} đạt ${x.text}, ${plan(c)}.`, facts: [fact(x, { c: dot(c), p: '2024' })] });
  });
  // the plan's own figure in brackets is a target of its own, not the actual
  MEASURES.filter((x) => x.u === 'VND')
    .slice(0, 6)
    .forEach((x, i) => {
      const c = pick(SHARES, i);
      const plan = m(x.name, pick(['450', '1.100', '86,5'], i), 'tỷ đồng', 9, 'VND');
      out.push({
        text: `Năm 2024, ${x.name} đạt ${x.text}, đạt ${c}% kế hoạch (kế hoạch giao ${plan.text}).`,
        facts: [fact(x, { c: dot(c), p: '2024' }), fact(plan, { k: 'target', p: '2024' })],
      });
    });
  // numbers inside names (roads, hamlets, schools, clusters, sessions) in a sentence with a figure
  const named = [
    'dự án nâng cấp Quốc lộ 14 đoạn qua thôn 3',
    'công trình đường tỉnh 725 qua tổ dân phố số 5',
    'dự án Trường THCS số 1 của thị trấn',
    'Cụm công nghiệp Tân Phú 2',
    'dự án kè sông khu phố 4',
    'dự án Khu tái định cư số 2',
  ];
  cross(named, ['giải ngân được', 'đã giải ngân', 'giải ngân đạt'] as const).forEach(([name, verb], i) => {
    const c = pick(SHARES, i + 2);
    const x = m('vốn', pick(['45,6', '12,3', '128'], i), 'tỷ đồng', 9, 'VND');
    out.push({
      text: `Năm 2024, ${name} ${verb} ${x.text}, đạt ${c}% kế hoạch vốn.`,
      facts: [fact(x, { c: dot(c), p: '2024' })],
    });
  });
  // documents, sessions, dates: no figure at all
  const docs = [
    'Quyết định số 123/QĐ-UBND',
    'Kế hoạch số 45/KH-UBND',
    'Nghị quyết số 15/NQ-HĐND',
    'Báo cáo số 256/BC-UBND',
    'Công văn số 1234/STC-NS',
    'Thông báo số 78/TB-UBND',
  ];
  const issuers = ['của UBND huyện', 'của HĐND tỉnh', 'của Sở Tài chính', 'của UBND xã'];
  const topics = [
    'về giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2025',
    'về việc phân bổ dự toán ngân sách năm 2025',
    'về tổ chức kỳ họp thứ 14 HĐND huyện khóa XX',
  ];
  cross(docs, issuers, topics).forEach(([doc, issuer, topic], i) => {
    const date = pick(['ngày 05/3/2024', 'ngày 12/01/2025', 'ngày 20/12/2024'], i);
    out.push({ text: `Ban hành ${doc} ${date} ${issuer} ${topic}.`, facts: [] });
  });
  // counts of communes, schools or goals meeting a standard: no figure
  cross(['xã', 'xã, thị trấn', 'trường', 'thôn, bản', 'chỉ tiêu chủ yếu', 'hợp tác xã'], [
    'đạt chuẩn nông thôn mới',
    'hoàn thành kế hoạch năm 2024',
    'đạt và vượt kế hoạch đề ra',
  ] as const).forEach(([unit, verb], i) => {
    const [a, b] = pick(
      [
        ['21', '21'],
        ['15', '17'],
        ['9', '12'],
      ] as const,
      i,
    );
    out.push({ text: `Đến nay, ${a}/${b} ${unit} ${verb}.`, facts: [] });
  });
  // a bound `trên 1 …` after a verb of value stays a bound (no `per one`)
  for (const [text, fct] of [
    ['Năm 2024, lượt khách du lịch đạt trên 1 triệu lượt.', { v: '1000000', a: 'over', p: '2024' }],
    ['Năm 2024, diện tích lúa đạt trên 1 nghìn ha.', { v: '1000', u: 'ha', a: 'over', p: '2024' }],
    ['Năm 2024, tổng thu ngân sách đạt trên 1 nghìn tỷ đồng.', { v: '1000000000000', u: 'VND', a: 'over', p: '2024' }],
    [
      'Năm 2024, số người tham gia BHYT ước đạt trên 1 triệu người.',
      { v: '1000000', u: 'person', a: 'over', p: '2024', st: 'estimate' },
    ],
  ] as const)
    out.push({ text, facts: [fct as RealFact] });
  // a rate compared with a year or a total, not with the plan: its level
  for (const [name, verb, x] of [
    ['tỷ lệ hộ nghèo so với cuối năm 2023', 'giảm còn', '1,2'],
    ['tỷ lệ lao động qua đào tạo so với tổng số lao động', 'đạt', '72,5'],
    ['tỷ lệ bao phủ BHYT so với dân số', 'đạt', '93,5'],
  ] as const)
    out.push({ text: `Năm 2024, ${name} ${verb} ${x}%.`, facts: [{ v: dot(x), u: 'percent', p: '2024' }] });
  return out;
}

/**
 * (c) A running total from the start of the year to a month (`Từ đầu năm đến tháng 9/2024`, `Lũy kế
 * từ đầu năm đến tháng 10/2024`, `Kể từ đầu năm đến hết tháng 8/2024`): the year to that month, as
 * `lũy kế đến tháng 10/2024` is (round 26, the planning and investment departments' monthly notes).
 */
function runningTotalCases(): PhraseCase[] {
  const periods: readonly Period[] = [
    ['Từ đầu năm đến tháng 9/2024', '2024-YTD-09'],
    ['Lũy kế từ đầu năm đến tháng 10/2024', '2024-YTD-10'],
    ['Kể từ đầu năm đến hết tháng 8/2024', '2024-YTD-08'],
  ];
  return cross(MEASURES.slice(0, 10), periods).map(([x, [pt, p]], i) => {
    const [verb, st] = pick(STAGES, i);
    return {
      text: `${pt}, ${x.name} ${verb} ${x.text}.`,
      facts: [fact(x, { ...(p ? { p } : {}), ...(st ? { st } : {}) })],
    };
  });
}

/** Near-misses of the running total: to a day inside a month, or to now, names no whole period. */
function runningTotalNearMisses(): PhraseCase[] {
  const periods = ['Từ đầu năm đến nay', 'Từ đầu năm đến ngày 20/9/2024'];
  return cross(MEASURES.slice(0, 5), periods).map(([x, pt], i) => {
    const [verb, st] = pick(STAGES, i);
    return { text: `${pt}, ${x.name} ${verb} ${x.text}.`, facts: [fact(x, st ? { st } : {})] };
  });
}

const NEAR_MISSES = [...nearMissCases(), ...runningTotalNearMisses()];

/** How many cases of the area are near-misses (the test asserts at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_LOCAL: Phrasebook = {
  area: 'vi-local',
  locale: 'vi',
  cases: [
    ...measurePeriodCases(),
    ...measureChangeCases(),
    ...completionCases(),
    ...sourceCases(),
    ...targetCases(),
    ...listCases(),
    ...rateLevelCases(),
    ...noiseCases(),
    ...stageFrontCases(),
    ...verbObjectCases(),
    ...exceedCases(),
    ...perOneCases(),
    ...runningTotalCases(),
    ...NEAR_MISSES,
  ],
};
