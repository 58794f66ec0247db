import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-genres`: the Vietnamese of COMPANIES' results against their year's plan
 * (listed and state companies' releases, business press: CafeF, Vietstock, VnEconomy, Người Lao
 * Động, Tuổi Trẻ's business pages) and of DISTRICT and commune reports (UBND huyện, HĐND huyện).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) COMPANY MEASURES: `doanh thu thuần`, `doanh thu hợp nhất`, `lợi nhuận trước thuế (LNTT)`,
 *     `lợi nhuận sau thuế (LNST)`, `LNTT`, `LNST`, `lãi ròng`, `lãi trước thuế`, `lãi sau thuế`,
 *     `lợi nhuận gộp`.
 * (b) PERIODS of results: `quý II/2024`, `quý 2/2024`, `Q2/2024`, `6T/2024`, `9T2024`, `9T/2024`,
 *     `lũy kế 9 tháng năm 2024`, `6 tháng đầu năm 2024`, `năm 2024`, `9 tháng đầu năm 2024`; a quarter
 *     by its ordinal after the noun (`quý đầu tiên của năm 2024`, `quý thứ hai năm 2024`, `quý cuối
 *     cùng`), near-misses the ordinal of a meeting (`Hội nghị lần thứ hai năm 2024`); a part after `;`
 *     that opens on its own period after `trong`, `tính đến hết`, `lũy kế` or a bullet (`…; - trong quý
 *     III/2024, lợi nhuận …`) dates its own figures; near-misses a base (`; so với năm 2023, …`) and
 *     `; trong đó, …` after it keep the sentence's period.
 * (c) BASES and their business-press abbreviations: `so với cùng kỳ`, `so với cùng kỳ năm trước`,
 *     `so với cùng kỳ năm ngoái`, `so cùng kỳ`, `so với CK`, `svck`, `yoy`, `(yoy)`; `so với quý
 *     trước` (previous period).
 * (d) COMPLETIONS of the year's plan: `hoàn thành X% kế hoạch năm`, `thực hiện X% chỉ tiêu lợi
 *     nhuận`, `đạt X% mục tiêu cả năm`, `hoàn thành X% kế hoạch lợi nhuận cả năm`, `thực hiện được
 *     X% kế hoạch năm`, `tương đương X% kế hoạch`, `bằng X% kế hoạch năm`, `đạt X% kế hoạch doanh
 *     thu năm`; EXCEEDING (`vượt X% kế hoạch lợi nhuận`, `vượt X% kế hoạch năm`, `vượt X% chỉ
 *     tiêu`): 100 + X, the convention of `test7-vi.ts` (`vượt X% so với kế hoạch` is 100 + X).
 * (e) SCALES: `tỷ đồng`, `nghìn tỷ đồng`, `ngàn tỷ đồng`, `tỷ USD`, `triệu USD`; UNITS of a
 *     company's output: `tấn` (a unit), `sản phẩm`, `căn hộ`, `xe` (counts without a unit).
 * (f) TARGETS a company sets: `đặt mục tiêu doanh thu X`, `đặt kế hoạch lợi nhuận trước thuế X`,
 *     `ĐHĐCĐ thông qua kế hoạch … X`, `kế hoạch lãi ròng năm 2025 là X`, `dự kiến lợi nhuận … đạt X`
 *     — targets (`k: 'target'`).
 * (g) DISTRICT REPORTS: `giá trị sản xuất … ước đạt X tỷ đồng` (stage `estimate`), `tổng thu ngân
 *     sách trên địa bàn huyện`, `đạt X% so với kế hoạch huyện giao`, `đạt X% chỉ tiêu Nghị quyết
 *     HĐND huyện`, `đạt X% dự toán tỉnh giao`, `bằng X% dự toán HĐND huyện giao`, `đạt X% kế
 *     hoạch năm`.
 * (h) PARTY BUILDING (a party organisation board's and an inspection committee's reports): members
 *     admitted (`kết nạp`, `kết nạp được`, `kết nạp mới` … `đảng viên (mới)`, `ĐV mới`, with `đạt X%
 *     kế hoạch`), organisations and members checked, supervised and disciplined (`kiểm tra`, `giám
 *     sát`, `thi hành kỷ luật`, `xử lý kỷ luật`, `khiển trách`, `cảnh cáo`, `khai trừ` … `tổ chức đảng`,
 *     `đảng viên`), organisations set up (`thành lập được`, `phát triển được` … `chi bộ`, `tổ chức cơ sở
 *     đảng`), the stock of members (`đồng chí`: people, never dong) — counts without a unit, each a
 *     value; a second count joined by `và` is a value of its own. NEAR-MISSES: numbers in the names of
 *     congresses, conferences, branches and documents, and money beside a party organisation.
 * (i) AUDIT AND INSPECTION LISTS (the State Audit's and the inspectorates' reports): a count verb
 *     (`đã có`, `đã ban hành`, `đã tiếp nhận`, `kiến nghị xử lý hành chính`) and two or three items of
 *     counted things joined by a comma, `và` or `cùng` (`127 kế hoạch kiểm toán được phê duyệt, 14 đoàn
 *     kiểm toán được thành lập và 93 báo cáo kiểm toán …`, `26 vụ việc cùng 15 cá nhân`) — each item a
 *     value of its own with the list's period; an emphatic count (`có đến 7 …`, `có tới hơn 1.083 …`, as
 *     many as). NEAR-MISSES: a deadline after `có đến` (`có đến năm 2025`, `có đến 30/6/2024`); numbers of documents, clauses, stages,
 *     regions and years joined by `và`, and an award's recipients (`cho 20 tập thể và 35 cá nhân`: no
 *     count verb).
 * (j) METRIC SYMBOLS AND SIZES (fisheries fleets, power reports, floods and salinity): a power, energy,
 *     length or volume symbol after a figure, spaced or glued (`312.540KW`, `98.420 kW`, `1,2 GW`,
 *     `2.350 GWh`, `khoảng 300 m`, `4.500 m³`) is its unit, the figure a value; a length after a word of
 *     size (`cây cầu treo dài 170m`, `sâu đến 90km`, `có chiều dài 25 km`) describes the thing measured,
 *     doubted. NEAR-MISSES: a contest's event named by its distance (`nội dung 10m súng ngắn hơi`), a
 *     bridge's or a road's length, `đến` a length of an intrusion — no certain fact.
 * (k) CHANGES THAT NAME THEIR COUNTED NOUN (accident, fire and party reports): after the counts, a
 *     rate followed by the noun it measures (`tăng 9% số vụ và 40% số người tử vong`, `tăng 8% tổ
 *     chức đảng và 12% đảng viên`) or in brackets after an absolute change of that noun (`giảm 3 vụ
 *     (giảm 20%)`, `giảm 1 người bị thương (giảm 16,67%)`) is that count's change. NEAR-MISSES: a noun
 *     two counts share (`số người` after deaths and injured) or no count has (`số hợp tác xã`): the
 *     change stays where it stood, doubted (no fact); a rate with no noun.
 * (l) COUNTS OUT OF A TOTAL (disease control, online public services, new rural development): two whole
 *     numbers joined by a slash and a counted noun, whatever the noun (`21/22 mẫu máu`, `19/22 quận
 *     huyện`, `15/63 địa phương`, `30/30 bộ, ngành`), at a sentence's start, in a bracket, after `;`, after
 *     `và`, `với` or a count verb — the first number a value, doubted (the corpus annotates it as a value
 *     in later sets and as no fact in earlier ones). NEAR-MISSES: dates (`Từ 1/6 đến 15/7`, `ngày 2/9`),
 *     a rank's place out of its field (`xếp thứ 21/63 tỉnh`, `đứng vị trí 37/204 quốc gia`), a document's
 *     number (`Quyết định số 15/2023`, `259/NQ-HĐND`), an address (`số 12/34 đường`), a school year or a
 *     season (`năm học 2023/2024`), a fraction of a whole (`1/3 diện tích`), a count over its total
 *     (`35/22 cơ sở`) — no fact.
 * (m) COUNTS AFTER VERBS OF GIVING, PUBLISHING, APPEARING, FINDING AND CAUSING (trade unions' Tết
 *     support, ministries' digital-transformation reports, livestock disease, police and disaster
 *     reports): `trao 90 suất quà`, `trao tặng 350 phần quà`, `tặng 500 suất học bổng`, `tổng hợp và
 *     công bố 21 câu chuyện`, `đã xuất hiện 173 ổ bệnh`, `tìm được 42 thi thể`, `triệt phá 21 chuyên
 *     án`, `làm 3 cây cầu … bị quật đứt`, `khiến hơn 200 căn nhà bị tốc mái` — each count a value; a
 *     sum followed by a count verb and its count (`hỗ trợ 300 triệu đồng làm 6 nhà đại đoàn kết`) is
 *     two statements. NEAR-MISSES: an hour, a shift or a year after the verb (`làm 12 giờ`, `làm 2 ca`,
 *     `công bố 2 năm trước`: doubted), an ordinal or a document after it (`trao giải lần thứ 5`,
 *     `công bố Quyết định 1234/QĐ-BTTTT`), a number in the causer's name (`Bão số 3 làm nhiều nhà …`).
 *
 * Annotated with the conventions of the real corpus (`real-corpus/test8-vi.ts`, `test7-vi.ts`): a
 * period is given when the text names it with its year (`6T/2024` and `6 tháng đầu năm 2024` are
 * `2024-H1`, `9T2024` and `lũy kế 9 tháng năm 2024` `2024-YTD-09`, `quý II/2024` `2024-Q2`); `so với
 * cùng kỳ` and its abbreviations are the same period last year; `ước đạt` is the stage `estimate`.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A Vietnamese number (`12.345,6`) × 10^zeros as a canonical decimal string (no float arithmetic). */
function units(num: string, zeros: number): string {
  const [int = '0', frac = ''] = num.replace(/\./g, '').split(',');
  const digits = (int + frac.padEnd(zeros, '0').slice(0, zeros)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(zeros).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
}

interface Money {
  readonly text: string;
  readonly v: string;
  readonly u: string;
}

/** Money of a company's result, by scale; `đồng` amounts in billions or thousands of billions. */
const MONEY: readonly ((i: number) => Money)[] = [
  () => ({ text: '12.345 tỷ đồng', v: units('12.345', 9), u: 'VND' }),
  () => ({ text: '1.234,5 tỷ đồng', v: units('1.234,5', 9), u: 'VND' }),
  () => ({ text: '3,2 nghìn tỷ đồng', v: units('3,2', 12), u: 'VND' }),
  () => ({ text: '15,6 ngàn tỷ đồng', v: units('15,6', 12), u: 'VND' }),
  () => ({ text: '987 tỷ đồng', v: units('987', 9), u: 'VND' }),
  () => ({ text: '1,25 tỷ USD', v: units('1,25', 9), u: 'USD' }),
  () => ({ text: '345,6 triệu USD', v: units('345,6', 6), u: 'USD' }),
];

const METRICS = [
  'doanh thu thuần',
  'doanh thu hợp nhất',
  'lợi nhuận trước thuế (LNTT)',
  'lợi nhuận sau thuế (LNST)',
  'LNTT',
  'LNST',
  'lãi ròng',
  'lãi trước thuế',
  'lãi sau thuế',
  'lợi nhuận gộp',
];
const COMPANIES = ['Vinamilk', 'Công ty', 'FPT', 'Tập đoàn', 'Hòa Phát', 'Ngân hàng', 'PV Gas', 'Doanh nghiệp'];

type Period = readonly [text: string, id: string];
const PERIODS: readonly Period[] = [
  ['quý II/2024', '2024-Q2'],
  ['quý 2/2024', '2024-Q2'],
  ['Q2/2024', '2024-Q2'],
  ['6T/2024', '2024-H1'],
  ['9T2024', '2024-YTD-09'],
  ['9T/2024', '2024-YTD-09'],
  ['lũy kế 9 tháng năm 2024', '2024-YTD-09'],
  ['6 tháng đầu năm 2024', '2024-H1'],
  ['năm 2024', '2024'],
  ['9 tháng đầu năm 2024', '2024-YTD-09'],
];

type Base = readonly [text: string, base: string];
const CHANGES: readonly [text: (r: string) => string, ch: (r: string) => string][] = [
  [(r) => `tăng ${r}% so với cùng kỳ`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `tăng ${r}% so với cùng kỳ năm trước`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `giảm ${r}% so với cùng kỳ năm ngoái`, (r) => `rate -${r} ${SPLY}`],
  [(r) => `tăng ${r}% so cùng kỳ`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `tăng ${r}% so với CK`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `tăng ${r}% svck`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `giảm ${r}% svck`, (r) => `rate -${r} ${SPLY}`],
  [(r) => `tăng ${r}% yoy`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `tăng trưởng ${r}% so với cùng kỳ`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `tăng ${r}%`, (r) => `rate ${r} *`],
];

/** The year's plan a completion is of, with the completion's words. */
const COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => `hoàn thành ${c}% kế hoạch năm`,
  (c) => `thực hiện ${c}% chỉ tiêu lợi nhuận`,
  (c) => `đạt ${c}% mục tiêu cả năm`,
  (c) => `hoàn thành ${c}% kế hoạch lợi nhuận cả năm`,
  (c) => `thực hiện được ${c}% kế hoạch năm`,
  (c) => `tương đương ${c}% kế hoạch`,
  (c) => `bằng ${c}% kế hoạch năm`,
  (c) => `đạt ${c}% kế hoạch doanh thu năm`,
  (c) => `hoàn thành ${c}% chỉ tiêu đề ra`,
];

/** (a)–(e): a company's result, its change and its completion, in two orders. */
function companyResultCases(): PhraseCase[] {
  return cross(COMPLETIONS, CHANGES, [0, 1] as const).map(([completion, [chText, chFact], shapeNo], i) => {
    const x = pick(MONEY, i)(i);
    const metric = pick(METRICS, i);
    const [pt, p] = pick(PERIODS, i + shapeNo);
    const r = pick(['8', '15,2', '23,6', '4,1'], i);
    const rr = r.replace(',', '.');
    const c = pick(['76', '48,5', '104,2', '61', '92,3'], i);
    const cc = c.replace(',', '.');
    const text =
      shapeNo === 0
        ? `${cap(pt)}, ${metric} đạt ${x.text}, ${chText(r)}, ${completion(c)}.`
        : `${pick(COMPANIES, i)} ghi nhận ${metric} ${pt} đạt ${x.text}, ${chText(r)} và ${completion(c)}.`;
    return { text, facts: [{ v: x.v, u: x.u, ch: [chFact(rr)], c: cc, p }] };
  });
}

/** (c): every period with every base abbreviation, no completion. */
function periodBaseCases(): PhraseCase[] {
  const bases: readonly Base[] = [
    ['so với cùng kỳ', SPLY],
    ['svck', SPLY],
    ['so với CK', SPLY],
    ['yoy', SPLY],
    ['(yoy)', SPLY],
    ['so với quý trước', PREV],
  ];
  return cross(PERIODS, bases, [0, 1] as const).flatMap(([[pt, p], [bt, base], shapeNo], i) => {
    if (base === PREV && !p.includes('Q')) return [];
    const x = pick(MONEY, i + 2)(i);
    const metric = pick(METRICS, i + 3);
    const r = pick(['12', '7,5', '31,4'], i);
    const down = shapeNo === 1;
    const text = `${cap(metric)} ${pt} đạt ${x.text}, ${down ? 'giảm' : 'tăng'} ${r}% ${bt}.`;
    const fact: RealFact = { v: x.v, u: x.u, ch: [`rate ${down ? '-' : ''}${r.replace(',', '.')} ${base}`], p };
    return [{ text, facts: [fact] }];
  });
}

/** (d): exceeding the year's plan by X% — completion 100 + X. */
function exceedCases(): PhraseCase[] {
  const exceeds: readonly ((r: string) => string)[] = [
    (r) => `vượt ${r}% kế hoạch lợi nhuận`,
    (r) => `vượt ${r}% kế hoạch năm`,
    (r) => `vượt ${r}% chỉ tiêu`,
    (r) => `vượt ${r}% kế hoạch đề ra`,
    (r) => `vượt ${r}% so với kế hoạch`,
    (r) => `vượt ${r}% mục tiêu cả năm`,
  ];
  return cross(exceeds, PERIODS.slice(6)).map(([exceed, [pt, p]], i) => {
    const x = pick(MONEY, i)(i);
    const [r, c] = pick(
      [
        ['12', '112'],
        ['4,5', '104.5'],
        ['27,3', '127.3'],
      ] as const,
      i,
    );
    return {
      text: `${cap(pt)}, ${pick(METRICS, i + 1)} đạt ${x.text}, ${exceed(r)}.`,
      facts: [{ v: x.v, u: x.u, c, p }],
    };
  });
}

/** (f): the year's targets a company sets. */
function targetCases(): PhraseCase[] {
  const shapes: readonly ((co: string, metric: string, x: string) => string)[] = [
    (co, metric, x) => `Năm 2025, ${co} đặt mục tiêu ${metric} ${x}.`,
    (co, metric, x) => `Năm 2025, ${co} đặt kế hoạch ${metric} ${x}.`,
    (_co, metric, x) => `ĐHĐCĐ thông qua kế hoạch năm 2025 với ${metric} ${x}.`,
    (_co, metric, x) => `Kế hoạch ${metric} năm 2025 là ${x}.`,
    (co, metric, x) => `${co} dự kiến ${metric} năm 2025 đạt ${x}.`,
    (co, metric, x) => `${co} đặt mục tiêu năm 2025 đạt ${metric} ${x}.`,
  ];
  return cross(shapes, METRICS.slice(0, 7)).map(([shape, metric], i) => {
    const x = pick(MONEY, i)(i);
    const co = pick(COMPANIES, i).toLowerCase().startsWith('công') ? 'công ty' : pick(COMPANIES, i);
    return { text: shape(co, metric, x.text), facts: [{ v: x.v, u: x.u, p: '2025', k: 'target' }] };
  });
}

/** (e): a company's output in tonnes, products, flats. */
function outputCases(): PhraseCase[] {
  const outputs: readonly [text: string, v: string, u?: string][] = [
    ['1,2 triệu tấn', '1200000', 'tonne'],
    ['356.000 tấn', '356000', 'tonne'],
    ['1.234 căn hộ', '1234'],
    ['45.600 sản phẩm', '45600'],
    ['12.500 xe', '12500'],
  ];
  const leads = ['Sản lượng tiêu thụ', 'Sản lượng bán hàng', 'Doanh nghiệp bán được', 'Công ty bàn giao'];
  return cross(leads, outputs, PERIODS.slice(6, 9)).map(([lead, [ot, v, u], [pt, p]], i) => {
    const verb = lead.endsWith('được') || lead.endsWith('giao') ? '' : ' đạt';
    const r = pick(['9', '14,8', '3,1'], i);
    return {
      text: `${cap(pt)}, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}${verb} ${ot}, tăng ${r}% so với cùng kỳ.`,
      facts: [{ v, ...(u ? { u } : {}), ch: [`rate ${r.replace(',', '.')} ${SPLY}`], p }],
    };
  });
}

/** (g): district and commune reports against the plan the district, the province or the council set. */
function districtCases(): PhraseCase[] {
  const subjects = [
    'giá trị sản xuất nông nghiệp',
    'tổng thu ngân sách trên địa bàn huyện',
    'giá trị sản xuất công nghiệp - tiểu thủ công nghiệp',
    'tổng vốn đầu tư toàn xã hội trên địa bàn huyện',
    'thu ngân sách nhà nước trên địa bàn',
    'giá trị sản xuất thương mại - dịch vụ',
  ];
  const plans: readonly ((c: string) => string)[] = [
    (c) => `đạt ${c}% so với kế hoạch huyện giao`,
    (c) => `đạt ${c}% chỉ tiêu Nghị quyết HĐND huyện`,
    (c) => `đạt ${c}% dự toán tỉnh giao`,
    (c) => `bằng ${c}% dự toán HĐND huyện giao`,
    (c) => `đạt ${c}% kế hoạch năm`,
    (c) => `đạt ${c}% kế hoạch`,
    (c) => `đạt ${c}% so với Nghị quyết`,
  ];
  const periods: readonly Period[] = [
    ['Năm 2024', '2024'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['9 tháng năm 2024', '2024-YTD-09'],
  ];
  const verbs = [
    ['ước đạt', 'estimate'],
    ['đạt', undefined],
    ['ước thực hiện được', 'estimate'],
    ['ước thực hiện đạt', 'estimate'],
  ] as const;
  // 0: no change; 1: the change before the completion; 2: the completion, `và`, the change
  return cross(plans, periods, verbs, [0, 1, 2] as const).map(([plan, [pt, p], [verb, st], shape], i) => {
    const withChange = shape > 0;
    const subject = pick(subjects, i);
    const [xt, v] = pick(
      [
        ['1.234,5 tỷ đồng', '1234500000000'],
        ['456 tỷ đồng', '456000000000'],
        ['2.890 tỷ đồng', '2890000000000'],
      ] as const,
      i,
    );
    const c = pick(['102', '110,5', '87,4', '100'], i);
    const r = pick(['8,2', '12', '5,6'], i);
    const change = shape === 1 ? `, tăng ${r}% so với cùng kỳ` : '';
    const after = shape === 2 ? ` và tăng ${r}% so với cùng kỳ` : '';
    const fact: RealFact = {
      v,
      u: 'VND',
      c: c.replace(',', '.'),
      p,
      ...(st ? { st } : {}),
      ...(withChange ? { ch: [`rate ${r.replace(',', '.')} ${SPLY}`] } : {}),
    };
    return { text: `${pt}, ${subject} ${verb} ${xt}${change}, ${plan(c)}${after}.`, facts: [fact] };
  });
}

/**
 * (f) A target measured against the year before's result (`tăng 8% so với kết quả đạt được năm
 * 2024`, `so với mức thực hiện năm 2024`, `so với số thực hiện năm 2024`; round 26, an AGM's
 * documents): the base is that year; with no year after the words the base stays unread (near-miss).
 */
function resultBaseCases(): PhraseCase[] {
  const results = [
    'kết quả đạt được năm 2024',
    'kết quả thực hiện được năm 2024',
    'mức thực hiện năm 2024',
    'số thực hiện năm 2024',
    'mức đạt được năm 2024',
  ];
  const out: PhraseCase[] = cross(results, METRICS.slice(0, 4)).map(([result, metric], i) => {
    const x = pick(MONEY, i)(i);
    const r = pick(['8', '11,35', '41,27'], i);
    return {
      text: `Năm 2025, ${pick(COMPANIES, i)} đặt kế hoạch ${metric} ${x.text}, tăng ${r}% so với ${result}.`,
      facts: [{ v: x.v, u: x.u, p: '2025', k: 'target', ch: [`rate ${r.replace(',', '.')} 2024`] }],
    };
  });
  // near-misses: the words of a result with no year name no base (the change's base is unread: `*`)
  const near = METRICS.slice(0, 5).map((metric, i): PhraseCase => {
    const x = pick(MONEY, i)(i);
    return {
      text: `Năm 2025, ${pick(COMPANIES, i)} đặt kế hoạch ${metric} ${x.text}, tăng 8% so với kết quả đạt được.`,
      facts: [{ v: x.v, u: x.u, p: '2025', k: 'target', ch: ['rate 8 *'] }],
    };
  });
  return [...out, ...near];
}

/** (h): party building — admissions, inspection and discipline counts, with their near-misses. */
function partyCases(): PhraseCase[] {
  const acts: readonly [verb: string, noun: string, second?: string][] = [
    ['kết nạp được', 'đảng viên mới'],
    ['kết nạp mới', 'đảng viên'],
    ['kết nạp', 'ĐV mới'],
    ['kiểm tra', 'tổ chức đảng', 'đảng viên'],
    ['giám sát', 'tổ chức đảng', 'đảng viên'],
    ['thi hành kỷ luật', 'tổ chức đảng', 'đảng viên'],
    ['xử lý kỷ luật', 'đảng viên'],
    ['khiển trách', 'đảng viên'],
    ['cảnh cáo', 'đảng viên'],
    ['khai trừ', 'đảng viên'],
    ['thành lập được', 'chi bộ'],
    ['phát triển được', 'tổ chức cơ sở đảng', 'chi bộ trực thuộc'],
  ];
  const subjects = ['toàn tỉnh', 'các đảng bộ trực thuộc', 'Ủy ban Kiểm tra các cấp', 'cấp ủy các cấp', 'toàn huyện'];
  const periods: readonly Period[] = [
    ['Năm 2022', '2022'],
    ['6 tháng đầu năm 2023', '2023-H1'],
    ['Quý I/2024', '2024-Q1'],
  ];
  const out: PhraseCase[] = cross(acts, periods, [0, 1] as const).map(([[verb, noun, second], [pt, p], shape], i) => {
    const subject = pick(subjects, i);
    const [xt, v] = pick(
      [
        ['1.066', '1066'],
        ['288', '288'],
        ['47', '47'],
        ['2.075', '2075'],
      ] as const,
      i,
    );
    const admission = verb.startsWith('kết nạp');
    if (shape === 1 && admission) {
      const c = pick(['87,9', '35,34', '105'], i);
      return {
        text: `${pt}, ${subject} ${verb} ${xt} ${noun}, đạt ${c}% kế hoạch.`,
        facts: [{ v, c: c.replace(',', '.'), p }],
      };
    }
    if (shape === 1 && second) {
      const [yt, w] = pick(
        [
          ['95', '95'],
          ['3.465', '3465'],
          ['12', '12'],
        ] as const,
        i,
      );
      return {
        text: `${pt}, ${subject} đã ${verb} ${xt} ${noun} và ${yt} ${second}.`,
        facts: [
          { v, p },
          { v: w, p },
        ],
      };
    }
    // the stock after the flow, in `đồng chí` (comrades: people, never dong)
    if (shape === 1)
      return {
        text: `${pt}, ${subject} ${verb} ${xt} ${noun}, nâng tổng số đảng viên lên 20.952 đồng chí.`,
        facts: [
          { v, p },
          { v: '20952', p },
        ],
      };
    return { text: `${pt}, ${subject} đã ${verb} ${xt} ${noun}.`, facts: [{ v, p }] };
  });
  // near-misses: names of congresses, conferences, branches and documents; money beside a party organisation
  const nearMisses: PhraseCase[] = [
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 đã thảo luận công tác kết nạp đảng viên.',
    'Quyết định số 125-QĐ/TU ngày 12/3/2022 về việc thi hành kỷ luật đảng viên.',
    'Chi bộ thôn 7 xét kết nạp đảng viên trong quý III/2024.',
    'Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025 thành công tốt đẹp.',
    'Đảng bộ Khối 2 tổ chức hội nghị sơ kết công tác kiểm tra, giám sát.',
    'Chỉ thị số 28-CT/TU về công tác phát triển đảng viên được quán triệt đến các chi bộ.',
    'Kế hoạch số 45-KH/UBKT về giám sát chuyên đề đối với tổ chức đảng năm 2024.',
    'Hướng dẫn số 02-HD/BTCTU về kết nạp đảng viên là người có đạo.',
    'Bí thư Tỉnh ủy trao Huy hiệu 55 năm tuổi Đảng tặng các đảng viên lão thành.',
    'Tỉnh ủy ban hành Quy định số 08-QĐi/TU về kiểm tra, giám sát đảng viên.',
    'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII xác định công tác xây dựng Đảng là then chốt.',
    'Sáng 12/4, Chi bộ 5 tổ chức lễ kết nạp đảng viên mới.',
  ].map((text) => ({ text, facts: [] }));
  const money: PhraseCase[] = cross(periods, ['Đảng bộ xã', 'Chi bộ khu phố 3', 'Đảng ủy phường'] as const).map(
    ([[pt, p], who], i) => {
      const [xt, v] = pick(
        [
          ['25 triệu đồng', '25000000'],
          ['1,2 tỷ đồng', '1200000000'],
        ] as const,
        i,
      );
      return { text: `${pt}, ${who} vận động được ${xt} ủng hộ quỹ vì người nghèo.`, facts: [{ v, u: 'VND', p }] };
    },
  );
  return [...out, ...nearMisses, ...money];
}

/** (b) continued: a quarter named by its ordinal after the noun, with its near-misses. */
function quarterOrdinalCases(): PhraseCase[] {
  const ordinals: readonly [text: string, q: number][] = [
    ['đầu tiên', 1],
    ['thứ nhất', 1],
    ['thứ hai', 2],
    ['thứ ba', 3],
    ['thứ tư', 4],
    ['cuối cùng', 4],
  ];
  const links = ['của năm 2024', 'năm 2024'];
  const out: PhraseCase[] = cross(ordinals, links, METRICS.slice(0, 3)).map(([[ot, q], link, metric], i) => {
    const x = pick(MONEY, i)(i);
    const r = pick(['8', '11,35', '4,2'], i);
    return {
      text: `Trong quý ${ot} ${link}, ${metric} của ${pick(COMPANIES, i)} đạt ${x.text}, tăng ${r}% so với cùng kỳ.`,
      facts: [{ v: x.v, u: x.u, p: `2024-Q${q}`, ch: [`rate ${r.replace(',', '.')} ${SPLY}`] }],
    };
  });
  // near-misses: an ordinal of a meeting or a session, not of a quarter, before the year
  const near: PhraseCase[] = [
    'Hội nghị lần thứ hai năm 2024',
    'Phiên họp thứ tư của năm 2024',
    'Kỳ họp thứ ba năm 2024',
  ].map((lead, i) => {
    const x = pick(MONEY, i)(i);
    return {
      text: `${lead} cho biết ${pick(METRICS, i)} năm 2024 đạt ${x.text}.`,
      facts: [{ v: x.v, u: x.u, p: '2024' }],
    };
  });
  return [...out, ...near];
}

/** (i): the State Audit's and the inspectorates' lists of counts sharing one verb, with their near-misses. */
function auditListCases(): PhraseCase[] {
  // a count verb, then two or three items of counted things (no unit of their own)
  const lists: readonly [verb: string, items: readonly string[]][] = [
    [
      'đã có',
      ['kế hoạch kiểm toán được phê duyệt', 'đoàn kiểm toán được thành lập', 'báo cáo kiểm toán được phát hành'],
    ],
    ['đã có', ['dự thảo báo cáo kiểm toán được xét duyệt', 'báo cáo kiểm toán đã được phát hành']],
    ['kiến nghị xử lý hành chính', ['tập thể', 'cá nhân']],
    ['đã ban hành', ['kết luận thanh tra', 'quyết định xử phạt', 'văn bản chấn chỉnh']],
    ['xử lý hành chính', ['tổ chức', 'cá nhân']],
    ['đã tiếp nhận', ['đơn khiếu nại', 'đơn tố cáo', 'đơn kiến nghị, phản ánh']],
  ];
  const periods: readonly Period[] = [
    ['Năm 2023', '2023'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['Quý III/2022', '2022-Q3'],
  ];
  const bodies = [
    'Kiểm toán Nhà nước khu vực IV',
    'Thanh tra tỉnh',
    'Thanh tra Chính phủ',
    'cơ quan thanh tra các cấp',
  ];
  const counts = [
    ['127', '127'],
    ['1.083', '1083'],
    ['14', '14'],
    ['381', '381'],
    ['2.406', '2406'],
    ['93', '93'],
  ] as const;
  const out: PhraseCase[] = cross(lists, periods).map(([[verb, items], [pt, p]], i) => {
    const nums = items.map((_, j) => pick(counts, i + j));
    const parts = items.map((item, j) => `${nums[j]?.[0]} ${item}`);
    const joined = parts.length === 3 ? `${parts[0]}, ${parts[1]} và ${parts[2]}` : `${parts[0]} và ${parts[1]}`;
    return {
      text: `${pt}, ${pick(bodies, i)} ${verb} ${joined}.`,
      facts: nums.map((n) => ({ v: n?.[1] as string, p })),
    };
  });
  // `cùng`: the cases sent on with the people involved
  const sent: PhraseCase[] = periods.map(([pt, p], i) => ({
    text: `${pt}, ${pick([26, 12, 7], i)} vụ việc cùng ${pick([15, 9, 31], i)} cá nhân đã được chuyển cơ quan điều tra.`,
    facts: [
      { v: String(pick([26, 12, 7], i)), p },
      { v: String(pick([15, 9, 31], i)), p },
    ],
  }));
  // near-misses: numbers of documents, clauses, stages and years joined by `và`; a list whose
  // first item has no count verb (an award's recipients)
  const nearMisses: PhraseCase[] = [
    'Quyết định số 15 và 16 của Thanh tra tỉnh đã được ban hành.',
    'Theo khoản 2 và 3 Điều 15 Luật Thanh tra, đoàn thanh tra được thành lập.',
    'Giai đoạn 1 và 2 của dự án đã được kiểm toán.',
    'Năm 2022 và 2023, đoàn kiểm toán làm việc tại tỉnh.',
    'Chủ tịch UBND tỉnh tặng bằng khen cho 20 tập thể và 35 cá nhân có thành tích.',
    'Kiểm toán Nhà nước khu vực 4 và khu vực 9 phối hợp thực hiện cuộc kiểm toán.',
    'Thông tư 06 và 08 của Thanh tra Chính phủ quy định quy trình thanh tra.',
    'Đoàn thanh tra số 3 và tổ công tác liên ngành làm việc tại huyện.',
  ].map((text) => ({ text, facts: [] }));
  // `có đến`, `có tới` (as many as): an emphatic count verb, a bound after it too
  const emphatic: PhraseCase[] = cross(['có đến', 'có tới'], periods, ['', 'hơn '] as const).map(
    ([verb, [pt, p], bound], i) => {
      const [xt, v] = pick(counts, i);
      return {
        text: `${pt}, ${verb} ${bound}${xt} ${pick(['đơn thư', 'vụ việc khiếu nại', 'cá nhân'], i)} được xử lý.`,
        facts: [{ v, p, ...(bound ? { a: 'over' as const } : {}) }],
      };
    },
  );
  const deadlines: PhraseCase[] = [
    'Đoàn thanh tra có đến năm 2025 để hoàn thành kết luận.',
    'Đơn vị được kiểm toán có đến 30/6/2024 để báo cáo kết quả khắc phục.',
  ].map((text) => ({ text, facts: [] }));
  return [...out, ...sent, ...emphatic, ...nearMisses, ...deadlines];
}

/** Class (b): a part after `;` that opens on its own period after an adverb lead or a bullet. */
function partPeriodCases(): PhraseCase[] {
  const firsts = [
    ['Trong năm 2023', '2023'],
    ['Trong quý IV/2024', '2024-Q4'],
    ['Năm 2023', '2023'],
  ] as const;
  const parts = [
    ['trong năm 2024', '2024'],
    ['- trong quý III/2024', '2024-Q3'],
    ['tính đến hết tháng 6/2024', '2024-YTD-06'],
    ['trong 6 tháng đầu năm 2024', '2024-H1'],
    ['- trong quý thứ ba năm 2024', '2024-Q3'],
  ] as const;
  const out: PhraseCase[] = cross(firsts, parts).map(([[ft, fp], [pt, p]], i) => ({
    text: `${ft}, ${pick(METRICS, i)} của ${pick(COMPANIES, i)} đạt 987 tỷ đồng, tăng 11,35% so với cùng kỳ; ${pt}, ${pick(METRICS, i + 1)} đạt 3,2 nghìn tỷ đồng.`,
    facts: [
      { v: '987000000000', u: 'VND', p: fp, ch: [`rate 11.35 ${SPLY}`] },
      { v: '3200000000000', u: 'VND', p },
    ],
  }));
  // near-misses: a base, or `trong đó`, opening the part keeps the sentence's period
  const nearMisses: PhraseCase[] = firsts.flatMap(([ft, fp]) => [
    {
      text: `${ft}, doanh thu đạt 987 tỷ đồng; so với năm 2022, lợi nhuận tăng 5%.`,
      facts: [
        { v: '987000000000', u: 'VND', p: fp },
        { ch: ['rate 5 2022'], p: fp },
      ],
    },
    {
      text: `${ft}, doanh thu đạt 987 tỷ đồng; trong đó, doanh thu xuất khẩu đạt 320 tỷ đồng.`,
      facts: [
        { v: '987000000000', u: 'VND', p: fp },
        { v: '320000000000', u: 'VND', p: fp },
      ],
    },
  ]);
  return [...out, ...nearMisses];
}

/** Class (j): metric symbols as units, and lengths after a word of size (doubted: no certain fact). */
function metricCases(): PhraseCase[] {
  const periods = [
    ['Năm 2023', '2023'],
    ['Trong năm 2024', '2024'],
    ['Tính đến hết tháng 6/2024', '2024-YTD-06'],
  ] as const;
  const measures = [
    ['tổng công suất tàu cá của tỉnh đạt', '312.540KW', '312540'],
    ['tổng công suất các tàu đánh bắt xa bờ là', '98.420 kW', '98420'],
    ['công suất điện mặt trời mái nhà đạt', '1,2 GW', '1.2'],
    ['sản lượng điện thương phẩm đạt', '2.350 GWh', '2350'],
    ['khối lượng bùn đất được nạo vét đạt', '4.500 m³', '4500'],
    ['toàn tỉnh đã kiên cố hóa', '850 m', '850'],
  ] as const;
  const out: PhraseCase[] = cross(periods, measures).map(([[pt, p], [lead, xt, v]]) => ({
    text: `${pt}, ${lead} ${xt}.`,
    facts: [{ v, p }],
  }));
  // a length of damage with no word of size: a value (`khiến khoảng 300 m đê bao bị sạt lở`)
  const damage: PhraseCase[] = ['khoảng 300 m', 'hơn 1.200 m', 'gần 500 m'].map((xt, i) => ({
    text: `Mưa lớn kéo dài khiến ${xt} đê bao tại huyện ${pick(['Kỳ Anh', 'Cẩm Xuyên', 'Lộc Hà'], i)} bị sạt lở.`,
    facts: [{ v: ['300', '1200', '500'][i] as string, a: (['about', 'over', 'under'] as const)[i] ?? 'about' }],
  }));
  // near-misses: a length after a word of size describes the thing (doubted), an event named by its distance
  const nearMisses: PhraseCase[] = [
    'Trận lũ cuốn trôi cây cầu treo dài 170m bắc qua sông Mã.',
    'Nước mặn xâm nhập sâu đến 90km trên sông Cổ Chiên.',
    'Tuyến đường có chiều dài 25 km được khởi công năm 2023.',
    'Vận động viên giành HCV nội dung 10m súng ngắn hơi nam.',
    'Đập tràn cao 12 m được xây dựng từ năm 1998.',
  ].map((text) => ({ text, facts: [] }));
  return [...out, ...damage, ...nearMisses];
}

/** Class (k): a change naming its counted noun belongs to the count of that noun. */
function countedNounChangeCases(): PhraseCase[] {
  const periods = [
    ['Năm 2023', '2023', 'năm 2022', '2022'],
    ['6 tháng đầu năm 2024', '2024-H1', 'cùng kỳ năm trước', SPLY],
    ['Quý I/2024', '2024-Q1', 'cùng kỳ', SPLY],
  ] as const;
  const places = ['toàn tỉnh', 'trên địa bàn huyện', 'toàn thành phố'];
  const fires = cross(periods, [0, 1] as const).map(([[pt, p, bt, base], shape], i) => ({
    text:
      shape === 0
        ? `${pt}, ${pick(places, i)} xảy ra 125 vụ cháy, làm 14 người chết, tăng 9% số vụ và 40% số người tử vong so với ${bt}.`
        : `${pt}, ${pick(places, i)} xảy ra 125 vụ cháy, làm chết 14 người, giảm 12% số vụ cháy và giảm 25% số người chết so với ${bt}.`,
    facts: [
      { v: '125', p, ch: [`rate ${shape === 0 ? '9' : '-12'} ${base}`] },
      { v: '14', p, ch: [`rate ${shape === 0 ? '40' : '-25'} ${base}`] },
    ],
  }));
  const party = periods.map(([pt, p, bt, base]) => ({
    text: `${pt}, Ủy ban Kiểm tra các cấp đã kiểm tra 120 tổ chức đảng và 450 đảng viên (tăng 8% tổ chức đảng và 12% đảng viên so với ${bt}).`,
    facts: [
      { v: '120', p, ch: [`rate 8 ${base}`] },
      { v: '450', p, ch: [`rate 12 ${base}`] },
    ],
  }));
  const brackets = periods.map(([, , bt, base], i) => ({
    text: `So với ${bt}, ${pick(['đường bộ', 'đường thủy', 'đường sắt'], i)} xảy ra 12 vụ, làm chết 7 người, bị thương 5 người, giảm 3 vụ (giảm 20%), giảm 1 người bị thương (giảm 16,67%).`,
    facts: [{ v: '12', ch: [`rate -20 ${base}`] }, { v: '7' }, { v: '5', ch: [`rate -16.67 ${base}`] }],
  }));
  // (round 30) the change's verb repeated inside the bracket, the base after the bracket or before
  // the change: `giảm 4 vụ (giảm 44,44%) so với cùng kỳ năm ngoái`, `tăng 1 dự án (tăng 50%)`
  const restated = cross(
    periods,
    [
      ['xảy ra 5 vụ', '5', 'giảm 4 vụ', 'giảm 44,44%', '-44.44'],
      ['cấp mới 3 dự án', '3', 'tăng 1 dự án', 'tăng 50%', '50'],
      ['gieo trồng 8,6 ha', '8.6', 'giảm 1,8 ha', 'giảm 20,7%', '-20.7'],
      ['phát hiện 36 vụ', '36', 'tăng 6 vụ', 'tăng 20%', '20'],
    ] as const,
    [0, 1] as const,
  ).map(([[pt, p, bt, base], [fact, v, abs, rate, amount], shape], i) => ({
    text:
      shape === 0
        ? `${pt}, ${pick(places, i)} ${fact}, ${abs} (${rate}) so với ${bt}.`
        : `${pt}, ${pick(places, i)} ${fact}, so với ${bt} ${abs} (${rate}).`,
    facts: [{ v, p, ch: [`rate ${amount} ${base}`] }],
  }));
  // near-misses: a noun two counts share, a rate with no noun, a noun no count of the sentence has;
  // a bracket whose verb goes the other way, or that restates no percentage (round 30)
  const nearMisses: PhraseCase[] = [
    {
      text: 'Năm 2023, toàn tỉnh xảy ra 5 vụ, tăng 4 vụ (giảm 44,44%) so với năm 2022.',
      facts: [{ v: '5', p: '2023' }],
    },
    {
      text: 'Năm 2023, toàn tỉnh xảy ra 5 vụ, giảm 4 vụ (giảm 2 người) so với năm 2022.',
      facts: [{ v: '5', p: '2023' }],
    },
    {
      text: 'Năm 2023, toàn tỉnh xảy ra 12 vụ tai nạn, làm chết 4 người, bị thương 2 người, tăng 10% số người so với năm 2022.',
      facts: [
        { v: '12', p: '2023' },
        { v: '4', p: '2023' },
        { v: '2', p: '2023' },
      ],
    },
    {
      text: 'Năm 2023, toàn tỉnh xảy ra 12 vụ tai nạn, tăng 10% so với năm 2022.',
      facts: [{ v: '12', p: '2023', ch: ['rate 10 2022'] }],
    },
    {
      text: 'Năm 2023, tỉnh có 320 doanh nghiệp thành lập mới, vốn đăng ký đạt 500 tỷ đồng, tăng 5% số hợp tác xã so với năm 2022.',
      facts: [
        { v: '320', p: '2023' },
        { v: '500000000000', u: 'VND', p: '2023' },
      ],
    },
  ];
  return [...fires, ...party, ...brackets, ...restated, ...nearMisses];
}

/** Class (l): a count out of a total of any counted noun is that noun's count (doubted `fraction`). */
function fractionCases(): PhraseCase[] {
  const nouns = [
    'địa phương',
    'quận, huyện',
    'mẫu xét nghiệm',
    'bệnh viện công lập',
    'cơ sở giáo dục',
    'bộ, ngành',
    'khu dân cư',
    'trạm y tế',
  ];
  const counts = [
    ['21/22', '21'],
    ['58/63', '58'],
    ['125/130', '125'],
    ['30/30', '30'],
  ] as const;
  const periods = [
    ['', undefined],
    ['Năm 2024, ', '2024'],
    ['Tính đến hết tháng 6/2025, ', '2025-YTD-06'],
  ] as const;
  const frames: readonly ((x: string, noun: string) => string)[] = [
    // a sentence's (or a lead-in's) first words
    (x, noun) => `${x} ${noun} đã triển khai dịch vụ công trực tuyến toàn trình.`,
    // after a count verb, `với`
    (x, noun) => `toàn quốc có ${x} ${noun} hoàn thành kế hoạch.`,
    (x, noun) => `kết quả tích cực với ${x} ${noun} đạt yêu cầu.`,
    // in a bracket after a statement with no figure
    (x, noun) => `hầu hết các đơn vị đều đã ban hành kế hoạch (${x} ${noun}).`,
  ];
  const out: PhraseCase[] = cross(periods, counts, frames).map(([[pt, p], [xt, v], frame], i) => {
    const body = frame(xt, pick(nouns, i));
    return { text: `${pt}${pt === '' ? cap(body) : body}`, facts: [p ? { v, p } : { v }] };
  });
  // a second count out of a total after `;` or `và`
  const second: PhraseCase[] = cross(counts, ['; ', ' và '] as const).map(([[xt, v], joiner], i) => ({
    text: `Có 50/63 ${pick(nouns, i)} ban hành kế hoạch${joiner}${xt} ${pick(nouns, i + 3)} đã tổ chức thực hiện.`,
    facts: [{ v: '50' }, { v }],
  }));
  // near-misses: dates, ranks, a document's number, a count over its total
  const nearMisses: PhraseCase[] = [
    'Từ 1/6 đến 15/7, lực lượng chức năng đã kiểm tra các cơ sở kinh doanh.',
    'Ngày 2/9 năm nay, lượng khách tham quan tăng mạnh.',
    'Đội tuyển đứng vị trí 37/204 quốc gia và vùng lãnh thổ tham dự.',
    'Chỉ số PCI của tỉnh xếp thứ 21/63 tỉnh, thành phố.',
    'Theo Quyết định số 15/2023 của UBND tỉnh, các xã phải hoàn thành kế hoạch.',
    'Số cơ sở vi phạm tăng mạnh (35/22 cơ sở kinh doanh).',
    'Năm học 2023/2024 toàn tỉnh tiếp tục sắp xếp lại các điểm trường.',
    'Mùa giải 2023/2024 các đội bóng thi đấu theo thể thức vòng tròn.',
    'Khoảng 1/3 diện tích lúa của huyện bị ngập úng.',
    'Tỉnh xếp hạng 12/63 tỉnh, thành phố về chỉ số chuyển đổi số.',
    'Theo Nghị quyết 259/NQ-HĐND, các huyện phải hoàn thành dự toán.',
    'Từ 15/10 đến 15/11, các xã ra quân dọn vệ sinh môi trường.',
    'Cơ sở tại số 12/34 đường Lê Lợi bị xử phạt vi phạm hành chính.',
    'Trong niên vụ 2022/2023 các hộ đã trồng mới cây cà phê.',
  ].map((text) => ({ text, facts: [] }));
  return [...out, ...second, ...nearMisses];
}

/** Class (m): counts after verbs of giving, publishing, appearing, finding and causing. */
function countVerbCases(): PhraseCase[] {
  const periods = [
    ['', undefined],
    ['Năm 2024, ', '2024'],
    ['Trong quý I/2025, ', '2025-Q1'],
  ] as const;
  const counts: readonly (readonly [text: string, fact: RealFact])[] = [
    ['LĐLĐ tỉnh đã trao 1.250 suất quà cho đoàn viên có hoàn cảnh khó khăn.', { v: '1250' }],
    ['công đoàn ngành đã trao tặng 350 phần quà cho công nhân lao động.', { v: '350' }],
    ['quỹ khuyến học tặng hơn 500 suất học bổng cho học sinh nghèo.', { v: '500', a: 'over' }],
    ['Bộ đã tổng hợp và công bố 35 câu chuyện chuyển đổi số tiêu biểu.', { v: '35' }],
    ['Sở Y tế công bố 12 bộ thủ tục hành chính mới.', { v: '12' }],
    ['trên địa bàn tỉnh đã xuất hiện 46 ổ dịch tả lợn châu Phi.', { v: '46' }],
    ['huyện xuất hiện thêm 12 ổ dịch cúm gia cầm.', { v: '12' }],
    ['lực lượng cứu hộ tìm được 17 thi thể nạn nhân.', { v: '17' }],
    ['công an tỉnh đã triệt phá 15 chuyên án ma túy.', { v: '15' }],
    ['mưa đá làm 5 cây cầu treo bị hư hỏng nặng.', { v: '5' }],
    ['lốc xoáy khiến hơn 200 căn nhà dân bị tốc mái.', { v: '200', a: 'over' }],
    ['sạt lở làm cho 40 hộ dân phải di dời khẩn cấp.', { v: '40' }],
  ];
  const out: PhraseCase[] = cross(periods, counts).map(([[pt, p], [body, fact]]) => ({
    text: `${pt}${pt === '' ? cap(body) : body}`,
    facts: [p ? { ...fact, p } : fact],
  }));
  // a sum and the count of what it paid for, after a count verb of its own
  const sums: PhraseCase[] = [
    ['làm', 'nhà đại đoàn kết'],
    ['xây dựng', 'nhà tình nghĩa'],
    ['sửa chữa', 'nhà tạm'],
  ].map(([verb, noun], i) => ({
    text: `Ủy ban MTTQ huyện còn hỗ trợ ${pick(['xã Tân Lập', 'huyện Nam Trà My', 'xã Sơn Kim'], i)} 300 triệu đồng ${verb} 6 ${noun} cho hộ nghèo.`,
    facts: [{ v: '300000000', u: 'VND' }, { v: '6' }],
  }));
  // near-misses: an hour, a shift or a year after the verb, an ordinal, a document, a causer's number
  const nearMisses: PhraseCase[] = [
    'Công nhân phải làm 12 giờ mỗi ngày trong mùa cao điểm.',
    'Mỗi người làm 2 ca một ngày.',
    'Bộ đã công bố quy hoạch này 2 năm trước.',
    'Lễ trao giải lần thứ 5 diễn ra tại Hà Nội.',
    'Bộ công bố Quyết định 1234/QĐ-BTTTT về chuyển đổi số.',
    'Bão số 3 làm nhiều nhà dân bị tốc mái.',
    'Ông A được trao tặng Huân chương Lao động hạng 3.',
    'Đợt rét khiến năm 2024 trở thành năm lạnh nhất.',
    'Tỉnh đã công bố dịch từ ngày 15/7.',
    'Hai bên đã trao đổi 3 nội dung hợp tác.',
    'Tỉnh đã tìm được hướng đi mới sau 5 năm.',
  ].map((text) => ({ text, facts: [] }));
  return [...out, ...sums, ...nearMisses];
}

export const VI_GENRES: Phrasebook = {
  area: 'vi-genres',
  locale: 'vi',
  cases: [
    ...companyResultCases(),
    ...periodBaseCases(),
    ...exceedCases(),
    ...targetCases(),
    ...outputCases(),
    ...districtCases(),
    ...partyCases(),
    ...resultBaseCases(),
    ...auditListCases(),
    ...quarterOrdinalCases(),
    ...partPeriodCases(),
    ...metricCases(),
    ...countedNounChangeCases(),
    ...fractionCases(),
    ...countVerbCases(),
  ],
};
