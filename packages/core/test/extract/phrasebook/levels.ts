import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `levels` (books `levels-vi` and `levels-en`): the LEVEL of a named rate, ratio or
 * coverage indicator, and the percentages that look like one and are not.
 *
 * The convention (domain.md: a rate indicator has unit %): the level of a named rate indicator is
 * a value fact `{ v, u: 'percent' }` — `tỷ lệ che phủ rừng đạt 42%`, `tỷ lệ hộ nghèo giảm còn 1,5%`,
 * `tỷ lệ thất nghiệp ở mức 2,2%`, `the unemployment rate stood at 2.2 percent`, `forest coverage
 * reached 42 percent`, `the NPL ratio was 1.9%` — with its change in percentage points when the
 * sentence states one (`giảm 0,04 điểm phần trăm so với quý trước` = `points -0.04
 * previous-period`), its bound (`trên`/`over` over, `gần`/`dưới`/`nearly`/`below` under,
 * `khoảng`/`about` about), its period when named with its year, `ước đạt`/`was estimated at` the
 * stage `estimate`, and a goal (`phấn đấu tỷ lệ … đạt X%`, `aims to raise … to X%`) a target. A
 * level that moved (`giảm từ 2,3% xuống còn 1,5%`, `fell from 2.3% in 2022 to 1.9% in 2023`) gives
 * the end level as the fact and the start level as its own fact (the convention of `test8-en.ts` for
 * a comparison figure of another period and of `test9-vi.ts` for the figures of a from-to).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) RATE NOUNS: unemployment, underemployment, poverty (multidimensional), forest cover, trained
 *     labour, health-insurance coverage, bad debt / NPL, clean water, urbanisation, occupancy of
 *     industrial parks and hotels, communes meeting the new-rural standard, child stunting,
 *     interbank rate, debt-to-GDP and loan-to-deposit ratios.
 * (b) VERBS of a level: `đạt`, `là`, `ở mức`, `đạt mức`, `ước đạt`, `còn`, `giảm còn`, `giảm xuống
 *     còn`, `tăng lên`, `duy trì ở mức`, `chỉ còn`, `tăng lên mức`; `stood at`, `was`, `reached`,
 *     `remained at`, `hit`, `fell to`, `rose to`, `dropped to`, `declined to`, `increased to`, `came
 *     in at`, `was estimated at`, `edged up to`, `stayed at`, `was recorded at`; `recorded an X
 *     rate of`.
 * (c) BOUNDS, PERIODS (in the name, fronted, after the value; named with a year or not), and the
 *     NOISE of real text: fronted attributions and connectives (`Theo Tổng cục Thống kê,`,
 *     `According to the General Statistics Office (GSO),`, `Meanwhile,`), trailing commentary (`,
 *     cao nhất từ trước đến nay`, `, the lowest level since 2019`, `nhờ …`, `, driven by …`).
 * (d) CHANGES of a level in points, with their bases, one or two of them.
 * (e) MOVES from a level to a level; GOALS for a level.
 * (f) NEAR-MISSES, annotated with what a careful reader takes (often nothing): shares of a total
 *     (`chiếm`, `chiếm tỷ lệ`, `tỷ trọng`, `accounting for`, `making up`, `or X percent of`, `the
 *     share of`), growth rates (a change: `tốc độ tăng trưởng GRDP đạt 7,5%`, `GDP growth rate of
 *     7.1%`), completion rates (`tỷ lệ giải ngân đạt 13,67%`, `the disbursement rate reached 45%`),
 *     rates set by decision (refinancing and policy rates, caps, VAT, tariffs, tax rates), subsets
 *     (`7 Bộ có tỷ lệ giải ngân trên 45%`), company margins, ROE and dividends, and a change of a rate
 *     by a bare percentage (points or relative: the sentence does not say).
 * (g) a LEVEL BESIDE ITS CHANGE BY A BARE PERCENTAGE (`tỷ lệ thất nghiệp là 2,28%, giảm 0,5% so với
 *     cùng kỳ`, `the NPL ratio stood at 1.5 percent, down 0.2% from the previous quarter`): a rate's
 *     change is in points (domain.md), as the released corpus annotates every such change; read so,
 *     doubted `points-or-percent` (the text does not spell it). Near-misses: a level in money and an
 *     index keep their relative change.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A canonical decimal (`2.28`) as Vietnamese prints it (`2,28`). */
const viNum = (v: string): string => v.replace('.', ',');

type Bound = 'about' | 'over' | 'under' | undefined;

/** A level fact: value in percent with its bound, period, stage, kind and changes. */
function level(
  v: string,
  o: { a?: Bound; p?: string | undefined; st?: string; k?: 'target'; ch?: readonly string[] } = {},
): RealFact {
  return {
    v,
    u: 'percent',
    ...(o.a ? { a: o.a } : {}),
    ...(o.ch ? { ch: o.ch } : {}),
    ...(o.p ? { p: o.p } : {}),
    ...(o.st ? { st: o.st } : {}),
    ...(o.k ? { k: o.k } : {}),
  };
}

/** Values of a level, rotated through the templates (canonical decimals). */
const VALUES: readonly string[] = ['42', '1.5', '2.28', '93.35', '61.2', '0.95', '3.14', '27.6', '85'];

// VIETNAMESE ==================================================================================

/** Named rate indicators, as a Vietnamese report writes them (lower case: they follow context). */
const VI_NOUNS: readonly string[] = [
  'tỷ lệ che phủ rừng',
  'tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều',
  'tỷ lệ thất nghiệp của lao động trong độ tuổi',
  'tỷ lệ thất nghiệp ở khu vực thành thị',
  'tỷ lệ lao động qua đào tạo',
  'tỷ lệ dân số tham gia bảo hiểm y tế',
  'tỷ lệ bao phủ bảo hiểm y tế',
  'tỷ lệ nợ xấu nội bảng',
  'tỷ lệ hộ dân nông thôn sử dụng nước sạch',
  'tỷ lệ đô thị hóa',
  'tỷ lệ lấp đầy các khu công nghiệp',
  'tỉ lệ thiếu việc làm',
  'độ che phủ rừng',
  'tỷ lệ xã đạt chuẩn nông thôn mới',
  'tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
  'tỉ lệ hộ nghèo',
  'tỷ lệ lao động từ 15 tuổi trở lên đã qua đào tạo',
  'công suất phòng bình quân của các cơ sở lưu trú',
  'tỷ lệ tham gia bảo hiểm xã hội so với lực lượng lao động trong độ tuổi',
];

/** Verbs of a level, with the stage they state. */
const VI_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['đạt', undefined],
  ['là', undefined],
  ['ở mức', undefined],
  ['đạt mức', undefined],
  ['ước đạt', 'estimate'],
  ['còn', undefined],
  ['giảm còn', undefined],
  ['giảm xuống còn', undefined],
  ['tăng lên', undefined],
  ['duy trì ở mức', undefined],
  ['chỉ còn', undefined],
  ['ước tính là', 'estimate'],
];

const VI_BOUNDS: readonly (readonly [string, Bound])[] = [
  ['', undefined],
  ['trên ', 'over'],
  ['khoảng ', 'about'],
  ['gần ', 'under'],
];

/** Where the period goes: `in` the name after the noun, `front` before the sentence, or none. */
const VI_PERIODS: readonly (readonly [string, string | undefined, 'in' | 'front' | 'none'])[] = [
  ['', undefined, 'none'],
  ['năm 2023', '2023', 'in'],
  ['6 tháng đầu năm 2024', '2024-H1', 'in'],
  ['quý III năm 2024', '2024-Q3', 'in'],
  ['Năm 2023', '2023', 'front'],
  ['Tính đến cuối năm 2024', undefined, 'front'],
  ['Trong quý II/2024', '2024-Q2', 'front'],
];

/** Fronted attributions and connectives of real reports (each ends in its comma). */
const VI_FRONTS: readonly string[] = [
  '',
  'Theo Tổng cục Thống kê, ',
  'Theo báo cáo của Sở Lao động - Thương binh và Xã hội, ',
  'Cụ thể, ',
  'Bên cạnh đó, ',
  'Theo Thứ trưởng Nguyễn Văn A, ',
];

/** Trailing commentary of real reports (no figure in it). */
const VI_TRAILS: readonly string[] = [
  '',
  ', cao nhất từ trước đến nay',
  ' nhờ triển khai đồng bộ các chính sách an sinh xã hội',
  ', vượt chỉ tiêu đề ra',
  ', theo số liệu của Cục Thống kê tỉnh',
  ' do tác động của dịch bệnh',
];

/** Joins an optional front (ending in `, `) and a sentence starting with a lower-case noun. */
function viSentence(front: string, body: string): string {
  return front ? `${front}${body}` : cap(body);
}

/** (a–c) every verb × bound × period place, the nouns, values and noise rotated. */
const VI_LEVELS: PhraseCase[] = cross(VI_VERBS, VI_BOUNDS, VI_PERIODS).map(
  ([[verb, st], [bound, a], [period, p, place]], i) => {
    const noun = pick(VI_NOUNS, i * 7);
    const v = pick(VALUES, i);
    const trail = pick(VI_TRAILS, i * 5);
    const name = place === 'in' ? `${noun} ${period}` : noun;
    const body = `${name} ${verb} ${bound}${viNum(v)}%${trail}.`;
    const front = place === 'front' ? `${period}, ` : pick(VI_FRONTS, i * 3);
    const text =
      place === 'front'
        ? `${pick(VI_FRONTS, i * 3)}${front}${body}`.replace(/^(.)/, (c) => c.toUpperCase())
        : viSentence(front, body);
    return { text, facts: [level(v, { a, p, ...(st ? { st } : {}) })] };
  },
);

/** Changes of a level in points, with their bases. */
const VI_POINT_CHANGES: readonly (readonly [string, readonly string[]])[] = [
  ['giảm 0,04 điểm phần trăm so với quý trước', [`points -0.04 ${PREV}`]],
  ['tăng 0,12 điểm phần trăm so với cùng kỳ năm trước', [`points 0.12 ${SPLY}`]],
  ['giảm 1,7 điểm % so với cùng kỳ', [`points -1.7 ${SPLY}`]],
  ['tăng 0,5 điểm phần trăm so với năm 2022', ['points 0.5 2022']],
  ['giảm 0,3 điểm phần trăm', ['points -0.3 *']],
  ['cao hơn 0,2 điểm phần trăm so với cùng kỳ năm trước', [`points 0.2 ${SPLY}`]],
  ['thấp hơn 0,15 điểm phần trăm so với quý trước', [`points -0.15 ${PREV}`]],
  [
    'giảm 0,04 điểm % so với quý trước và giảm 1,70 điểm % so với cùng kỳ năm trước',
    [`points -0.04 ${PREV}`, `points -1.7 ${SPLY}`],
  ],
  [
    'giảm 0,04 điểm % so với quý trước và 1,7 điểm % so với cùng kỳ năm trước',
    [`points -0.04 ${PREV}`, `points -1.7 ${SPLY}`],
  ],
];

const VI_CHANGE_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['là', undefined],
  ['đạt', undefined],
  ['ở mức', undefined],
  ['ước tính là', 'estimate'],
];

/** (d) a level with its change in points, after a comma or in brackets. */
const VI_LEVEL_CHANGES: PhraseCase[] = cross(VI_POINT_CHANGES, VI_CHANGE_VERBS, VI_PERIODS.slice(0, 5)).map(
  ([[change, ch], [verb, st], [period, p, place]], i) => {
    const join = i % 3 === 1 ? 'bracket' : 'comma';
    const noun = pick(VI_NOUNS, i * 5 + 1);
    const v = pick(VALUES, i + 2);
    const name = place === 'in' ? `${noun} ${period}` : noun;
    const tail = join === 'comma' ? `, ${change}` : ` (${change})`;
    const body = `${name} ${verb} ${viNum(v)}%${tail}.`;
    const front = place === 'front' ? `${period}, ` : pick(VI_FRONTS, i);
    return { text: viSentence(front, body), facts: [level(v, { p, ch, ...(st ? { st } : {}) })] };
  },
);

/** (e) a level that moved: the end level, and the start level as its own fact. */
const VI_MOVES: readonly ((n: string, from: string, to: string) => PhraseCase)[] = [
  (n, f, t) => ({
    text: `${cap(n)} giảm từ ${viNum(f)}% năm 2022 xuống còn ${viNum(t)}% năm 2023.`,
    facts: [level(t, { p: '2023' }), level(f, { p: '2022' })],
  }),
  (n, f, t) => ({
    text: `${cap(n)} đã tăng từ ${viNum(f)}% lên ${viNum(t)}%.`,
    facts: [level(t), level(f)],
  }),
  (n, f, t) => ({
    text: `Theo Tổng cục Thống kê, ${n} giảm từ ${viNum(f)}% xuống ${viNum(t)}%, nhờ đẩy mạnh các chương trình hỗ trợ.`,
    facts: [level(t), level(f)],
  }),
  (n, f, t) => ({
    text: `Năm 2024, ${n} đạt ${viNum(t)}% (năm 2023 là ${viNum(f)}%).`,
    facts: [level(t, { p: '2024' }), level(f, { p: '2023' })],
  }),
];

/** Pairs of levels (from, to), falling or rising, for the direction the template's verb says. */
const FALLS: readonly (readonly [string, string])[] = [
  ['2.3', '1.5'],
  ['4.03', '2.93'],
  ['12.6', '9.85'],
];
const RISES: readonly (readonly [string, string])[] = [
  ['38.5', '42'],
  ['86.1', '90.2'],
  ['61.05', '65.4'],
];

const VI_MOVE_CASES: PhraseCase[] = cross(VI_MOVES, VI_NOUNS.slice(0, 12)).map(([move, noun], i) => {
  const [f, t] = pick(move === VI_MOVES[1] || move === VI_MOVES[3] ? RISES : FALLS, i);
  return move(noun, f, t);
});

/** (e) goals for a level: targets, with the year of the goal. */
const VI_GOALS: readonly ((n: string, v: string, b: string) => string)[] = [
  (n, v, b) => `Phấn đấu đến năm 2025, ${n} đạt ${b}${viNum(v)}%.`,
  (n, v, b) => `Mục tiêu đến năm 2025, ${n} đạt ${b}${viNum(v)}%.`,
  (n, v, b) => `Tỉnh đặt mục tiêu đưa ${n} lên ${b}${viNum(v)}% vào năm 2025.`,
  (n, v, b) => `Năm 2025, phấn đấu ${n} đạt ${b}${viNum(v)}%.`,
  (n, v, b) => `Kế hoạch năm 2025 đề ra ${n} đạt ${b}${viNum(v)}%.`,
  (n, v, b) => `Thành phố phấn đấu ${n} năm 2025 đạt ${b}${viNum(v)}%.`,
];

const VI_GOAL_CASES: PhraseCase[] = cross(
  VI_GOALS,
  [
    ['', undefined],
    ['trên ', 'over'],
    ['khoảng ', 'about'],
  ] as const,
  [0, 1, 2, 3],
).map(([goal, [b, a], j], i) => {
  const v = pick(VALUES, i + j);
  return { text: goal(pick(VI_NOUNS, i * 3 + j), v, b), facts: [level(v, { a, p: '2025', k: 'target' })] };
});

/**
 * (d) a level over its plan by a percentage: points or percent of the plan, the sentence does not
 * say — the level is read, no completion is certain; a value in money over its plan by X % is
 * 100 + X % of it (near-miss the other way).
 */
const VI_EXCESS: readonly string[] = [
  'vượt 0,5% so với chỉ tiêu được giao',
  'vượt 0,3% so với kế hoạch',
  'vượt 1,2% kế hoạch năm',
  'vượt 0,8% so với chỉ tiêu Nghị quyết',
];
const VI_EXCESS_CASES: PhraseCase[] = [
  ...cross(VI_NOUNS.slice(0, 8), VI_EXCESS).map(([n, excess], i) => {
    const v = pick(VALUES, i + 3);
    return { text: `${cap(n)} năm 2024 đạt ${viNum(v)}%, ${excess}.`, facts: [level(v, { p: '2024' })] };
  }),
  ...cross(
    [
      ['Thu ngân sách nhà nước', '12.500 tỷ đồng', '12500000000000'],
      ['Kim ngạch xuất khẩu', '5,2 tỷ USD', '5200000000'],
    ] as const,
    [
      ['vượt 5% so với dự toán', '105'],
      ['vượt 12,5% kế hoạch năm', '112.5'],
    ] as const,
  ).map(([[n, amount, v], [excess, c]]) => ({
    text: `${n} năm 2024 đạt ${amount}, ${excess}.`,
    facts: [{ v, u: amount.endsWith('USD') ? 'USD' : 'VND', c, p: '2024' }],
  })),
];

/** Verbs of a level that the near-misses share with the levels (the trap is the verb). */
const VI_NEAR_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['đạt', undefined],
  ['là', undefined],
  ['ở mức', undefined],
  ['đạt mức', undefined],
  ['duy trì ở mức', undefined],
  ['ước đạt', 'estimate'],
];

/** Rates set by decision (policy and refinancing rates, caps, taxes, tariffs): no fact. */
const VI_SET_RATES: readonly string[] = [
  'lãi suất tái cấp vốn',
  'lãi suất điều hành',
  'thuế suất thuế giá trị gia tăng',
  'mức thuế nhập khẩu ưu đãi',
  'trần lãi suất huy động kỳ hạn dưới 6 tháng',
  'thuế suất thuế thu nhập doanh nghiệp',
  'lãi suất tái chiết khấu',
];

/** Growth rates: the percentage is a change with no base named. */
const VI_GROWTH: readonly string[] = [
  'tốc độ tăng trưởng GRDP',
  'tốc độ tăng trưởng kinh tế',
  'tăng trưởng tín dụng',
  'tốc độ tăng tổng sản phẩm trên địa bàn',
  'tốc độ tăng giá trị sản xuất công nghiệp',
  'tăng trưởng GDP',
];

/** Completion rates: the percentage is a completion. */
const VI_COMPLETION_RATES: readonly string[] = [
  'tỷ lệ giải ngân vốn đầu tư công',
  'tỷ lệ giải ngân',
  'tỷ lệ giải ngân vốn ODA',
  'tỉ lệ giải ngân vốn đầu tư công',
];

/** A company's margins, returns and payouts: no indicator level. */
const VI_COMPANY: readonly string[] = [
  'biên lợi nhuận gộp của doanh nghiệp',
  'ROE của ngân hàng',
  'tỷ suất lợi nhuận trên vốn chủ sở hữu (ROE)',
  'biên lợi nhuận ròng',
  'tỷ lệ chi trả cổ tức',
  'tỷ suất sinh lời trên tổng tài sản (ROA)',
];

const VI_SHARE_SUBJECTS: readonly string[] = [
  'khu vực FDI',
  'xuất khẩu nông sản',
  'ngành dịch vụ',
  'số hộ nghèo',
  'vốn đầu tư khu vực nhà nước',
];
const VI_SHARE_VERBS: readonly string[] = ['chiếm', 'chiếm tỷ lệ', 'chiếm tỷ trọng', 'chiếm khoảng', 'chiếm gần'];
const VI_SHARE_WHOLES: readonly string[] = [' tổng kim ngạch xuất khẩu', ' trong GRDP'];

const VI_SUBSETS: readonly ((n: string) => string)[] = [
  (n) => `7 Bộ, ngành có ${n} trên 45%`,
  (n) => `có 12 xã có ${n} dưới 2%`,
  (n) => `toàn tỉnh có 5 huyện có ${n} đạt trên 60%`,
  (n) => `có 15 địa phương có ${n} thấp hơn 2%`,
  (n) => `3/10 huyện có ${n} đạt 100%`,
  (n) => `có 5 huyện có ${n} đạt 65%`,
  (n) => `toàn tỉnh có 12 xã có ${n} là 8,5%`,
];

/** A rate's change by a bare percentage: points or relative, the sentence does not say. */
const VI_RELATIVE: readonly string[] = [
  'giảm 1,17%',
  'tăng 0,3% so với cùng kỳ',
  'giảm 0,5%',
  'tăng 2,1% so với năm 2022',
];

/** (f) near-misses, before noise: a lower-case sentence body and the facts a careful reader takes. */
const VI_NEAR: readonly (readonly [string, readonly RealFact[]])[] = [
  ...cross(VI_SET_RATES, VI_NEAR_VERBS).map(
    ([n, [verb]], i) => [`${n} ${verb} ${viNum(pick(['4.5', '8', '5', '4.75', '20', '3'], i))}%`, []] as const,
  ),
  ...cross(VI_GROWTH, VI_NEAR_VERBS).map(([n, [verb, st]], i) => {
    const v = pick(['7.5', '6.8', '9.2', '8.1', '5.05'], i);
    return [`${n} ${verb} ${viNum(v)}%`, [{ ch: [`rate ${v} *`], ...(st ? { st } : {}) }]] as const;
  }),
  ...cross(VI_COMPLETION_RATES, VI_NEAR_VERBS).map(([n, [verb, st]], i) => {
    const c = pick(['13.67', '45.2', '47.3', '28.5'], i);
    return [`${n} ${verb} ${viNum(c)}%`, [{ c, ...(st ? { st } : {}) }]] as const;
  }),
  ...cross(VI_COMPANY, VI_NEAR_VERBS).map(
    ([n, [verb]], i) => [`${n} ${verb} ${viNum(pick(['20.5', '15.2', '18', '8', '30'], i))}%`, []] as const,
  ),
  ...cross(VI_SHARE_SUBJECTS, VI_SHARE_VERBS, VI_SHARE_WHOLES).map(
    ([n, verb, whole], i) =>
      [`${n} ${verb} ${viNum(pick(['73.5', '12.4', '40.1', '3.14', '26.5'], i))}%${whole}`, []] as const,
  ),
  ...cross(['công nghiệp chế biến, chế tạo', 'khu vực dịch vụ', 'nông, lâm nghiệp và thủy sản'], VI_NEAR_VERBS).map(
    ([n, [verb]], i) => [`tỷ trọng ${n} trong GRDP ${verb} ${viNum(pick(['25.6', '41.3', '18.2'], i))}%`, []] as const,
  ),
  ['xuất khẩu nông sản đạt 5,2 tỷ USD, chiếm 12,4% tổng kim ngạch xuất khẩu', [{ v: '5200000000', u: 'USD' }]],
  ...cross(VI_SUBSETS, [0, 1, 2, 3]).map(([f, j], i) => [f(pick(VI_NOUNS, i * 3 + j)), []] as const),
  ...cross(VI_NOUNS.slice(0, 6), VI_RELATIVE).map(([n, change]) => [`${n} ${change}`, []] as const),
];

/** The near-misses, plain and with the noise of real text (a front or a trail, rotated). */
const VI_NEAR_CASES: PhraseCase[] = cross(VI_NEAR, [0, 1]).map(([[body, facts], j], i) => {
  if (j === 0) return { text: `${cap(body)}.`, facts };
  const front = pick(VI_FRONTS.slice(1), i);
  const trail = pick(VI_TRAILS.slice(1), i * 3);
  return { text: i % 2 === 0 ? `${front}${body}.` : `${cap(body)}${trail}.`, facts };
});

/** (g) a level beside its change by a bare percentage: points, doubted (round 28). */
const VI_BARE_CHANGES: readonly (readonly [string, string])[] = [
  ['tăng 0,3% so với cùng kỳ', `points 0.3 ${SPLY}`],
  ['giảm 1,2% so với cùng kỳ năm trước', `points -1.2 ${SPLY}`],
  ['giảm 0,15% so với quý trước', `points -0.15 ${PREV}`],
  ['tăng 2,1% so với năm 2022', 'points 2.1 2022'],
  ['giảm 0,5%', 'points -0.5 *'],
];

const VI_BARE_CASES: PhraseCase[] = [
  ...cross(VI_BARE_CHANGES, VI_CHANGE_VERBS, [0, 1]).map(([[change, ch], [verb, st], j], i) => {
    const noun = pick(VI_NOUNS, i * 5 + 2);
    const v = pick(VALUES, i + 3);
    const tail = j === 0 ? `, ${change}` : ` (${change})`;
    return {
      text: viSentence(pick(VI_FRONTS, i), `${noun} ${verb} ${viNum(v)}%${tail}.`),
      facts: [level(v, { ch: [ch], ...(st ? { st } : {}) })],
    };
  }),
  // (g) near-misses: a level in money, an index — a relative change
  ...cross(VI_BARE_CHANGES.slice(0, 4), [0, 1]).map(([[change, ch], j]) => {
    const rate = ch.replace('points', 'rate');
    return j === 0
      ? {
          text: `Doanh thu bán lẻ hàng hóa đạt 5.200 tỷ đồng, ${change}.`,
          facts: [{ v: '5200000000000', u: 'VND', ch: [rate] }],
        }
      : { text: `Chỉ số giá tiêu dùng (CPI) ${change}.`, facts: [{ ch: [rate] }] };
  }),
];

export const LEVELS_VI: Phrasebook = {
  area: 'levels-vi',
  locale: 'vi',
  cases: [
    ...VI_LEVELS,
    ...VI_LEVEL_CHANGES,
    ...VI_MOVE_CASES,
    ...VI_GOAL_CASES,
    ...VI_EXCESS_CASES,
    ...VI_NEAR_CASES,
    ...VI_BARE_CASES,
  ],
};

// ENGLISH =====================================================================================

const EN_NOUNS: readonly string[] = [
  'the unemployment rate',
  "Vietnam's unemployment rate among working-age people",
  'the urban unemployment rate',
  'the underemployment rate',
  'forest coverage',
  'the forest coverage rate',
  'the poverty rate',
  'the multidimensional poverty rate',
  'the health insurance coverage rate',
  'the non-performing loan (NPL) ratio',
  'the bad debt ratio',
  'the occupancy rate of industrial parks',
  'the hotel occupancy rate',
  'the urbanisation rate',
  'the average overnight interbank rate',
  'the public debt-to-GDP ratio',
  'the loan-to-deposit ratio',
  'the unemployment rate among people aged 15 and over',
  'the youth unemployment rate (aged 15-24)',
  'hotel occupancy',
  "Ho Chi Minh City's average hotel occupancy",
];

const EN_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['stood at', undefined],
  ['was', undefined],
  ['reached', undefined],
  ['remained at', undefined],
  ['hit', undefined],
  ['fell to', undefined],
  ['rose to', undefined],
  ['dropped to', undefined],
  ['declined to', undefined],
  ['increased to', undefined],
  ['came in at', undefined],
  ['was estimated at', 'estimate'],
  ['edged up to', undefined],
  ['stayed at', undefined],
  ['was recorded at', undefined],
];

const EN_BOUNDS: readonly (readonly [string, Bound])[] = [
  ['', undefined],
  ['about ', 'about'],
  ['over ', 'over'],
  ['nearly ', 'under'],
];

const PERCENT: readonly ((n: string) => string)[] = [(n) => `${n} percent`, (n) => `${n} per cent`, (n) => `${n}%`];

/** Periods: after the value (`after`), fronted, or none. */
const EN_PERIODS: readonly (readonly [string, string | undefined, 'after' | 'front' | 'none'])[] = [
  ['', undefined, 'none'],
  ['in 2023', '2023', 'after'],
  ['in the first half of 2024', '2024-H1', 'after'],
  ['in the third quarter of 2024', '2024-Q3', 'after'],
  ['In October 2024', '2024-10', 'front'],
  ['At the end of 2023', undefined, 'front'],
  ['In 2023', '2023', 'front'],
];

const EN_FRONTS: readonly string[] = [
  '',
  'According to the General Statistics Office (GSO), ',
  'Meanwhile, ',
  'Data from the State Bank of Vietnam showed that ',
  'The GSO said ',
  'In particular, ',
];

const EN_TRAILS: readonly string[] = [
  '',
  ', the lowest level in five years',
  ', driven by strong hiring in manufacturing',
  ', suggesting a steady recovery',
  ', according to a government report',
  ' as the economy recovered',
];

/** Joins a front and a sentence starting with a lower-case noun. */
function enSentence(front: string, body: string): string {
  return front ? `${front}${body}` : cap(body);
}

/** (a–c) every verb × bound × period place, nouns, values, percent forms and noise rotated. */
const EN_LEVELS: PhraseCase[] = cross(EN_VERBS, EN_BOUNDS, EN_PERIODS).map(
  ([[verb, st], [bound, a], [period, p, place]], i) => {
    const noun = pick(EN_NOUNS, i * 7);
    const v = pick(VALUES, i);
    const pc = pick(PERCENT, i)(v);
    const trail = pick(EN_TRAILS, i * 5);
    const after = place === 'after' ? ` ${period}` : '';
    const body = `${noun} ${verb} ${bound}${pc}${after}${trail}.`;
    const front = pick(EN_FRONTS, i * 3);
    const text =
      place === 'front'
        ? `${front}${front ? period.charAt(0).toLowerCase() + period.slice(1) : period}, ${body}`
        : enSentence(front, body);
    return { text: text.charAt(0).toUpperCase() + text.slice(1), facts: [level(v, { a, p, ...(st ? { st } : {}) })] };
  },
);

/** `recorded an unemployment rate of X`, `with a poverty rate of X`: the level after `of`. */
const EN_OF_LEVELS: PhraseCase[] = cross(
  [
    ['unemployment rate', 'Vietnam recorded an'],
    ['poverty rate', 'The province reported a'],
    ['forest coverage rate', 'The province achieved a'],
    ['NPL ratio', 'The banking system posted an'],
    ['occupancy rate', 'Hanoi hotels recorded an average'],
    ['health insurance coverage rate', 'The country reached a'],
  ] as const,
  EN_PERIODS.slice(0, 4),
  PERCENT,
).map(([[noun, lead], [period, p], pc], i) => {
  const v = pick(VALUES, i + 1);
  const art = /^an$|an$/.test(lead) && !/^[aeiou]/i.test(noun) ? lead.replace(/an$/, 'a') : lead;
  const after = period ? ` ${period}` : '';
  return { text: `${art} ${noun} of ${pc(v)}${after}.`, facts: [level(v, { p })] };
});

const EN_POINT_CHANGES: readonly (readonly [string, readonly string[]])[] = [
  ['down 0.02 percentage points year-on-year', [`points -0.02 ${SPLY}`]],
  ['up 0.12 percentage points from the previous quarter', [`points 0.12 ${PREV}`]],
  ['0.3 percentage point lower than in 2022', ['points -0.3 2022']],
  ['an increase of 0.5 percentage points from a year earlier', [`points 0.5 ${SPLY}`]],
  ['down 0.2 percentage points', ['points -0.2 *']],
  ['up 1.1 percentage points over the same period last year', [`points 1.1 ${SPLY}`]],
  [
    'up 0.12 percentage points from the previous quarter and 0.1 percentage points year-on-year',
    [`points 0.12 ${PREV}`, `points 0.1 ${SPLY}`],
  ],
  [
    'down 0.2 percentage points from Q1/2023 and 0.22 percentage points from Q2/2022',
    ['points -0.2 2023-Q1', 'points -0.22 2022-Q2'],
  ],
];

const EN_CHANGE_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['was', undefined],
  ['stood at', undefined],
  ['reached', undefined],
  ['was estimated at', 'estimate'],
];

const EN_LEVEL_CHANGES: PhraseCase[] = cross(EN_POINT_CHANGES, EN_CHANGE_VERBS, EN_PERIODS.slice(0, 5)).map(
  ([[change, ch], [verb, st], [period, p, place]], i) => {
    const join = i % 3 === 1 ? 'bracket' : 'comma';
    const noun = pick(EN_NOUNS, i * 5 + 1);
    const v = pick(VALUES, i + 2);
    const pc = pick(PERCENT, i)(v);
    const after = place === 'after' ? ` ${period}` : '';
    const tail = join === 'comma' ? `, ${change}` : ` (${change})`;
    const body = `${noun} ${verb} ${pc}${after}${tail}.`;
    const text = place === 'front' ? `${period}, ${body}` : cap(body);
    return { text, facts: [level(v, { p, ch, ...(st ? { st } : {}) })] };
  },
);

const EN_MOVES: readonly ((n: string, from: string, to: string, pc: (x: string) => string) => PhraseCase)[] = [
  (n, f, t, pc) => ({
    text: `${cap(n)} fell from ${pc(f)} in 2022 to ${pc(t)} in 2023.`,
    facts: [level(t, { p: '2023' }), level(f, { p: '2022' })],
  }),
  (n, f, t, pc) => ({
    text: `${cap(n)} rose from ${pc(f)} to ${pc(t)}.`,
    facts: [level(t), level(f)],
  }),
  (n, f, t, pc) => ({
    text: `${cap(n)} was ${pc(t)} in 2024, up from ${pc(f)} in 2023.`,
    facts: [level(t, { p: '2024' }), level(f, { p: '2023' })],
  }),
  (n, f, t, pc) => ({
    text: `${cap(n)} stood at ${pc(t)} in 2024, compared with ${pc(f)} in 2023.`,
    facts: [level(t, { p: '2024' }), level(f, { p: '2023' })],
  }),
  (n, f, t, pc) => ({
    text: `Meanwhile, ${n} declined to ${pc(t)}, down from ${pc(f)} a year earlier.`,
    facts: [level(t), level(f)],
  }),
];

const EN_MOVE_CASES: PhraseCase[] = cross(EN_MOVES, EN_NOUNS.slice(0, 12)).map(([move, noun], i) => {
  const [f, t] = pick(move === EN_MOVES[1] || move === EN_MOVES[2] ? RISES : FALLS, i);
  return move(noun, f, t, pick(PERCENT, i));
});

const EN_GOALS: readonly ((n: string, v: string, b: string) => string)[] = [
  (n, v, b) => `Vietnam aims to raise ${n} to ${b}${v}% by 2025.`,
  (n, v, b) => `The province targets ${n} of ${b}${v} percent in 2025.`,
  (n, v, b) => `The government plans to bring ${n} to ${b}${v} per cent by 2025.`,
  (n, v, b) => `The city strives to keep ${n} at ${b}${v}% in 2025.`,
  (n, v, b) => `By 2025, ${n} is targeted to reach ${b}${v} percent.`,
];

const EN_GOAL_CASES: PhraseCase[] = cross(
  EN_GOALS,
  [
    ['', undefined],
    ['over ', 'over'],
    ['about ', 'about'],
  ] as const,
  [0, 1, 2, 3],
).map(([goal, [b, a], j], i) => {
  const v = pick(VALUES, i + j);
  return { text: goal(pick(EN_NOUNS, i * 3 + j), v, b), facts: [level(v, { a, p: '2025', k: 'target' })] };
});

/** (d) a level over its plan by a percentage (no certain completion), and a value in money over its plan (near-miss). */
const EN_EXCESS: readonly string[] = [
  'exceeding the target by 0.5 percent',
  '0.3 percent above the plan',
  'surpassing the annual target by 1.2 per cent',
  'beating the target by 0.8%',
];
const EN_EXCESS_CASES: PhraseCase[] = [
  ...cross(EN_NOUNS.slice(0, 8), EN_EXCESS).map(([n, excess], i) => {
    const v = pick(VALUES, i + 3);
    return { text: `${cap(n)} reached ${pick(PERCENT, i)(v)} in 2024, ${excess}.`, facts: [level(v, { p: '2024' })] };
  }),
  ...cross(
    [
      ['State budget revenue', 'VND 86.4 trillion', '86400000000000', 'VND'],
      ['Export turnover', 'US$5.2 billion', '5200000000', 'USD'],
    ] as const,
    [
      ['exceeding the estimate by 8.5 percent', '108.5'],
      ['5 percent above the annual plan', '105'],
    ] as const,
  ).map(([[n, amount, v, u], [excess, c]]) => ({
    text: `${n} reached ${amount} in 2024, ${excess}.`,
    facts: [{ v, u, c, p: '2024' }],
  })),
];

const EN_NEAR_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['was', undefined],
  ['stood at', undefined],
  ['remained at', undefined],
  ['reached', undefined],
  ['came in at', undefined],
  ['was estimated at', 'estimate'],
];

const EN_SET_RATES: readonly string[] = [
  'the refinancing rate',
  "the State Bank's policy rate",
  'the rediscount rate',
  'the VAT rate',
  'the corporate income tax rate',
  'the deposit rate cap for terms under six months',
  'the import tariff on rice',
];

const EN_GROWTH: readonly string[] = [
  'the GDP growth rate',
  'the economic growth rate',
  'credit growth',
  'GRDP growth',
  'the growth rate of industrial production',
  'export growth',
];

const EN_COMPLETION_RATES: readonly string[] = [
  'the disbursement rate',
  'the public investment disbursement rate',
  'the disbursement rate of ODA capital',
];

const EN_COMPANY: readonly string[] = [
  "the company's gross margin",
  "the bank's return on equity (ROE)",
  'its net profit margin',
  'the dividend payout ratio',
  "the lender's ROA",
  'the operating margin',
];

const EN_SHARE_SUBJECTS: readonly string[] = [
  'foreign-invested firms',
  'farm exports',
  'the service sector',
  'state-owned enterprises',
  'the US market',
];
const EN_SHARE_VERBS: readonly string[] = ['accounted for', 'made up', 'represented', 'took up', 'comprised'];
const EN_SHARE_WHOLES: readonly string[] = [' of total exports', ' of GRDP'];

const EN_SUBSETS: readonly ((n: string) => string)[] = [
  (n) => `twelve provinces had ${n.replace(/^the /, 'a ')} above 50 percent`,
  (n) => `7 ministries posted ${n.replace(/^the /, '')}s of over 45%`,
  (n) => `five districts had ${n.replace(/^the /, 'a ')} of over 60 percent`,
  (n) => `15 localities kept ${n.replace(/^the /, '')} below 2%`,
  (n) => `3 of the 10 districts saw ${n.replace(/^the /, '')} hit 100 per cent`,
  (n) => `5 districts had ${n.replace(/^the /, 'a ')} of 65 percent`,
  (n) => `12 provinces posted ${n.replace(/^the /, 'a ')} of 8.5%`,
];

const EN_RELATIVE: readonly string[] = [
  'fell 1.2 percent',
  'rose 0.3% year-on-year',
  'declined by 0.5 per cent',
  'increased 2.1 percent from 2022',
];

const EN_NEAR: readonly (readonly [string, readonly RealFact[]])[] = [
  ...cross(EN_SET_RATES, EN_NEAR_VERBS).map(
    ([n, [verb]], i) =>
      [`${n} ${verb} ${pick(PERCENT, i)(pick(['4.5', '8', '5', '4.75', '20', '3'], i))}`, []] as const,
  ),
  ...cross(
    [
      'The State Bank kept its refinancing rate at',
      'The central bank held its policy rate at',
      'The Government cut the VAT rate to',
    ],
    PERCENT,
  ).map(([lead, pc]) => [`${lead} ${pc('4.5')}`, []] as const),
  ...cross(EN_GROWTH, EN_NEAR_VERBS).map(([n, [verb, st]], i) => {
    const v = pick(['7.5', '6.8', '9.2', '8.1', '5.05'], i);
    return [`${n} ${verb} ${pick(PERCENT, i)(v)}`, [{ ch: [`rate ${v} *`], ...(st ? { st } : {}) }]] as const;
  }),
  ...cross(EN_COMPLETION_RATES, EN_NEAR_VERBS).map(([n, [verb, st]], i) => {
    const c = pick(['13.67', '45.2', '47.3', '28.5'], i);
    return [`${n} ${verb} ${pick(PERCENT, i)(c)} of the plan`, [{ c, ...(st ? { st } : {}) }]] as const;
  }),
  ...cross(EN_COMPANY, EN_NEAR_VERBS).map(
    ([n, [verb]], i) => [`${n} ${verb} ${pick(PERCENT, i)(pick(['20.5', '15.2', '18', '8', '30'], i))}`, []] as const,
  ),
  ...cross(EN_SHARE_SUBJECTS, EN_SHARE_VERBS, EN_SHARE_WHOLES).map(
    ([n, verb, whole], i) =>
      [`${n} ${verb} ${pick(PERCENT, i)(pick(['73.5', '12.4', '40.1', '3.14', '26.5'], i))}${whole}`, []] as const,
  ),
  ...cross(
    ['the FDI sector in total exports', 'services in GDP', 'processing and manufacturing in GRDP'],
    EN_NEAR_VERBS,
  ).map(
    ([n, [verb]], i) => [`the share of ${n} ${verb} ${pick(PERCENT, i)(pick(['73', '41.3', '25.6'], i))}`, []] as const,
  ),
  [
    'farm exports reached US$5.2 billion, accounting for 12.4 percent of total export turnover',
    [{ v: '5200000000', u: 'USD' }],
  ],
  ['electronics exports hit $12 billion, or 20 percent of the total', [{ v: '12000000000', u: 'USD' }]],
  ...cross(EN_SUBSETS, [0, 1, 2, 3]).map(([f, j], i) => [f(pick(EN_NOUNS, i * 3 + j)), []] as const),
  ...cross(EN_NOUNS.slice(0, 7), EN_RELATIVE).map(([n, change]) => [`${n} ${change}`, []] as const),
];

const EN_NEAR_CASES: PhraseCase[] = cross(EN_NEAR, [0, 1]).map(([[body, facts], j], i) => {
  if (j === 0) return { text: `${cap(body)}.`, facts };
  const front = pick(EN_FRONTS.slice(1), i);
  const trail = pick(EN_TRAILS.slice(1), i * 3);
  return { text: i % 2 === 0 ? `${front}${body}.` : `${cap(body)}${trail}.`, facts };
});

/** (g) a level beside its change by a bare percentage: points, doubted (round 28). */
const EN_BARE_CHANGES: readonly (readonly [string, string])[] = [
  ['up 0.3% year-on-year', `points 0.3 ${SPLY}`],
  ['down 1.2 percent from the previous quarter', `points -1.2 ${PREV}`],
  ['down 0.5 per cent from 2022', 'points -0.5 2022'],
  ['up 2.1 percent over the same period last year', `points 2.1 ${SPLY}`],
  ['a decrease of 0.05% from the previous quarter', `points -0.05 ${PREV}`],
];

const EN_BARE_CASES: PhraseCase[] = [
  ...cross(EN_BARE_CHANGES, EN_CHANGE_VERBS).map(([[change, ch], [verb, st]], i) => {
    const noun = pick(EN_NOUNS, i * 5 + 2);
    const v = pick(VALUES, i + 3);
    return {
      text: enSentence(pick(EN_FRONTS, i), `${noun} ${verb} ${pick(PERCENT, i)(v)}, ${change}.`),
      facts: [level(v, { ch: [ch], ...(st ? { st } : {}) })],
    };
  }),
  // (g) near-misses: a level in money, an index — a relative change
  ...cross(EN_BARE_CHANGES.slice(0, 4), [0, 1]).map(([[change, ch], j]) => {
    const rate = ch.replace('points', 'rate');
    return j === 0
      ? {
          text: `Retail sales reached VND 5,200 billion, ${change}.`,
          facts: [{ v: '5200000000000', u: 'VND', ch: [rate] }],
        }
      : { text: `The consumer price index (CPI) was ${change}.`, facts: [{ ch: [rate] }] };
  }),
];

/**
 * (h) round 30 — near-misses of a named rate: a RATE THAT IS A PRICE (`Hotel room rates increased by
 * 20%`, `the average room rate rising by 44% year-on-year`, `its day rate also boosting over 20%`:
 * test11, test18, test19) changes by a relative percentage like any price — a change, certain,
 * never the points-or-percent question of a percentage's rate. The price noun × the verb × the base.
 */
const EN_PRICE_RATES: readonly string[] = [
  'Hotel room rates',
  'The average room rate',
  'The day rate of the jack-up rigs',
  'Container freight rates',
  'Charter rates for dry bulk ships',
  'Office rental rates',
  'The daily rate of five-star hotels',
];
const EN_PRICE_MOVES: readonly (readonly [string, string])[] = [
  ['increased by 20%', 'rate 20 *'],
  ['rose 8.5 percent year-on-year', `rate 8.5 ${SPLY}`],
  ['fell by 4.2% from the previous quarter', `rate -4.2 ${PREV}`],
  ['jumped 12 per cent', 'rate 12 *'],
  ['dropped 3% compared to the same period last year', `rate -3 ${SPLY}`],
];
const EN_PRICE_RATE_CASES: PhraseCase[] = cross(EN_PRICE_RATES, EN_PRICE_MOVES).map(([noun, [move, ch]]) => ({
  text: `${noun} ${move}.`,
  facts: [{ ch: [ch] }],
}));

/**
 * (i) round 30 — near-misses of a level: a percentage after a verb of equality and `of` an earlier
 * period is a RATIO to that period (`… and equates to 77% of the same period previous year`, test19;
 * `equivalent to 84.2 percent of the same period last year`, test8), of the plan a completion —
 * never a level. The verb (every form of `equal`) × what the percentage is of.
 */
const EN_EQUAL_VERBS: readonly string[] = [
  ', equal to',
  ', equivalent to',
  ', equating to',
  ' and equates to',
  ', which equals',
  ', which equated to',
];
const EN_EQUAL_OF: readonly (readonly [string, RealFact])[] = [
  ['77% of the same period last year', { ch: [`ratio 77 ${SPLY}`] }],
  ['93.2 per cent of the same period previous year', { ch: [`ratio 93.2 ${SPLY}`] }],
  ['84 percent of that in the same period last year', { ch: [`ratio 84 ${SPLY}`] }],
  ['40% of the annual plan', { c: '40' }],
];
const EN_EQUAL_CASES: PhraseCase[] = cross(EN_EQUAL_VERBS, EN_EQUAL_OF).map(([verb, [of, fact]]) => ({
  text: `Consolidated profit before tax was VND4,877 billion${verb} ${of}.`,
  facts: [{ v: '4877000000000', u: 'VND', ...fact }],
}));

/**
 * (j) round 31 — a degree adverb alone before a direction word: after a comma it names no statement
 * of its own, the change is the level's before (`…, slightly up 3% QoQ and up 20% YoY`, test18;
 * `…, slightly down 3% compared to 2013`, test20; `…, slightly up 1.8% from the previous year`,
 * test20b); before `up to` it makes the move, no bound (`is slightly up to 25.2 million bags`,
 * test9). The level × the adverb × the change and its base. Near-misses: an adverb after a subject
 * of its own (`while rice exports sharply fell 4.2%`: another statement), an adverb before a
 * comparative with no figure (nothing to read), and `up to` with no adverb (a bound).
 */
const EN_DEGREE_LEVELS: readonly (readonly [string, RealFact])[] = [
  ['Shrimp exports reached US$628.6 million in 2023', { v: '628600000', u: 'USD', p: '2023' }],
  ['Total sales reached 2.71 million units in 2014', { v: '2710000', p: '2014' }],
  ['Coffee exports were 1.6 million tonnes in May 2024', { v: '1600000', u: 'tonne', p: '2024-05' }],
];
const EN_DEGREE_ADVERBS: readonly string[] = [
  'slightly',
  'sharply',
  'significantly',
  'moderately',
  'marginally',
  'strongly',
];
const EN_DEGREE_MOVES: readonly (readonly [string, string])[] = [
  ['up 1.8% year-on-year', `rate 1.8 ${SPLY}`],
  ['down 3% compared to the same period last year', `rate -3 ${SPLY}`],
  ['up 12.5 percent from a year earlier', `rate 12.5 ${SPLY}`],
  ['down 0.7 per cent on the year', `rate -0.7 ${SPLY}`],
];
const EN_DEGREE_CASES: PhraseCase[] = [
  ...cross(EN_DEGREE_LEVELS, EN_DEGREE_ADVERBS, EN_DEGREE_MOVES).map(([[level, fact], adverb, [move, ch]]) => ({
    text: `${level}, ${adverb} ${move}.`,
    facts: [{ ...fact, ch: [ch] }],
  })),
  ...cross(EN_DEGREE_LEVELS, EN_DEGREE_ADVERBS.slice(0, 3)).flatMap(([[level, fact], adverb]) => [
    {
      text: `${level}, while rice exports ${adverb} fell 4.2% year-on-year.`,
      facts: [fact, { ch: [`rate -4.2 ${SPLY}`], p: fact.p as string }],
    },
    { text: `${level}, ${adverb} above the level of a year earlier.`, facts: [fact] },
  ]),
  ...EN_DEGREE_ADVERBS.map((adverb) => ({
    text: `Bean exports in 2024 are ${adverb} up to 25.2 million bags.`,
    facts: [{ v: '25200000', p: '2024' }],
  })),
  { text: 'Bean exports in 2024 are up to 25.2 million bags.', facts: [{ v: '25200000', a: 'under', p: '2024' }] },
  {
    text: 'Bean exports in 2024 could reach up to 25.2 million bags.',
    facts: [{ v: '25200000', a: 'under', p: '2024', k: 'target' }],
  },
];

/**
 * (k) round 31 — a level after changes only, past a joiner and a subject of its own, is that
 * subject's (`The cost of goods sold decreased by 5% and gross profit increased slightly to 549
 * billion VND`, test20b: the level was the cost's, a silent wrong number). The changes × the joiner
 * × the other subject's level. Near-misses: the same subject's level after the joiner (a verb
 * alone, `and then`, `and the value`), which stays the changes' own.
 */
const EN_SUBJECT_CHANGES: readonly (readonly [string, string])[] = [
  ['The cost of goods sold decreased by 5%', 'rate -5 *'],
  ['Exports rose 7.5% year on year', `rate 7.5 ${SPLY}`],
  // (`from the previous year`: the same period a year before, whatever the period — round 33)
  ['Selling expenses fell 12 percent from the previous year', `rate -12 ${SPLY}`],
];
const EN_SUBJECT_JOINERS: readonly string[] = [' and', ', while', ' while', ', and'];
const EN_SUBJECT_LEVELS: readonly (readonly [string, RealFact])[] = [
  ['gross profit increased slightly to 549 billion VND', { v: '549000000000', u: 'VND' }],
  ['imports reached US$10 billion', { v: '10000000000', u: 'USD' }],
  ['net profit amounted to VND 1.2 trillion', { v: '1200000000000', u: 'VND' }],
  ['the trade surplus stood at $2.1 billion', { v: '2100000000', u: 'USD' }],
];
const EN_SAME_SUBJECT: readonly string[] = [
  'and reached US$10 billion',
  'and then reached US$10 billion',
  'and totalled US$10 billion',
  'and the value reached US$10 billion',
  'and climbed to US$10 billion',
];
const EN_SUBJECT_CASES: PhraseCase[] = [
  ...cross(EN_SUBJECT_CHANGES, EN_SUBJECT_JOINERS, EN_SUBJECT_LEVELS).map(([[changes, ch], joiner, [level, fact]]) => ({
    text: `${changes}${joiner} ${level}.`,
    facts: [{ ch: [ch] }, fact],
  })),
  ...cross(EN_SUBJECT_CHANGES, EN_SAME_SUBJECT).map(([[changes, ch], same]) => ({
    text: `${changes} ${same}.`,
    facts: [{ v: '10000000000', u: 'USD', ch: [ch] }],
  })),
];

export const LEVELS_EN: Phrasebook = {
  area: 'levels-en',
  locale: 'en',
  cases: [
    ...EN_LEVELS,
    ...EN_OF_LEVELS,
    ...EN_LEVEL_CHANGES,
    ...EN_MOVE_CASES,
    ...EN_GOAL_CASES,
    ...EN_EXCESS_CASES,
    ...EN_NEAR_CASES,
    ...EN_BARE_CASES,
    ...EN_PRICE_RATE_CASES,
    ...EN_EQUAL_CASES,
    ...EN_DEGREE_CASES,
    ...EN_SUBJECT_CASES,
  ],
};
