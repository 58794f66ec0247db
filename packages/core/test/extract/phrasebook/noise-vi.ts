import type { RealFact } from '../real-corpus/types';
import type { Phrasebook, PhraseCase } from './harness';
import { VI_CHANGES } from './vi-changes';
import { VI_GENRES } from './vi-genres';
import { VI_STRUCTURE } from './vi-structure';

/**
 * Vietnamese report prose WITH ITS NOISE, `noise-vi`: the sentences of the Vietnamese books
 * (`vi-changes`, `vi-structure`, `vi-genres`) wrapped in what real reports put around a figure —
 * (a) a fronted attribution (`Theo Cục Thống kê,`, `Theo Thứ trưởng Bộ NN&PTNT …,`, `Báo cáo tại kỳ
 * họp, Giám đốc Sở KH&ĐT cho biết,`, `… nhấn mạnh:`), (b) fronted context and connectives (`Cụ thể,`,
 * `Bên cạnh đó,`, `Nhờ đẩy mạnh cải cách hành chính,`, `Mặc dù còn nhiều khó khăn nhưng`), (c) a
 * trailing reason or comment (`, nhờ giá nông sản tăng`, `, chủ yếu do …`, `, là mức cao nhất từ
 * trước đến nay`), (d) a bracket after the figure with figures of its own (a breakdown `(trong đó:
 * … đạt X, … đạt Y)`, the quarters of a half-year `(quý I tăng X%; quý II tăng Y%)`, the year
 * before `(cùng kỳ năm trước đạt X)`, `(năm 2023 đạt X)`, a from-to `(từ X lên Y)`), (e) names and
 * documents that carry numbers or abbreviations (`Khu công nghiệp VSIP II`, `Nhà máy số 2`, `Quốc
 * lộ 1A`, `Báo cáo số 125/BC-UBND`, `NTM`, `KT-XH`, `HTX`), (f) quotes and line breaks (a quoted
 * statement, a heading line, a hard-wrapped PDF line), (g) bullet lists (`-`, `+`, `;`) after a
 * shared lead.
 *
 * Facts: the base case's facts unchanged, plus the figures the noise itself states (a breakdown's
 * items, a bracket's quarters with their period, a from-to's two levels, the year before's
 * level). NEAR-MISSES (about a third of the area): noise whose numbers are NOT facts — a
 * decision's number and date, a rank (`đứng thứ 3 cả nước`, `xếp thứ 12/63`), a count of years
 * (`cao nhất trong 5 năm qua`), a price base (`theo giá so sánh 2010`), a plan's span (`giai đoạn
 * 2021-2025`), a session (`kỳ họp thứ 7`), a road, plant or zone name — and sentences of noise
 * alone, which state no figure at all.
 *
 * Sampled deterministically (seeded), so every noise family meets every class of every base book
 * (each book cut into {@link CHUNKS} runs of consecutive cases, which follow the book's templates).
 */

const CHUNKS = 12;

/** mulberry32: a small seeded generator, so the area is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The area's seed; `bench/noise-sweep.ts --vi` draws other seeds, larger. */
const SEED = 19_2026;
let random = rng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** The base classes: each Vietnamese book in {@link CHUNKS} runs of consecutive cases. */
const CLASSES: readonly (readonly PhraseCase[])[] = [VI_CHANGES, VI_STRUCTURE, VI_GENRES].flatMap((book) => {
  const size = Math.ceil(book.cases.length / CHUNKS);
  return Array.from({ length: CHUNKS }, (_, i) => book.cases.slice(i * size, (i + 1) * size)).filter(
    (c) => c.length > 0,
  );
});

/** Words that open a sentence as its own frame; a second lead before them reads badly. */
const OWN_LEAD = /^(Trong đó|Cụ thể|Chia theo|Tính chung|Ngoài ra|Bên cạnh đó|So với)\b/;
/** Words that stay capitalised mid-sentence (`Quý II/2024` keeps its capital only as a lead). */
const LOWERABLE = /^(Quý|Tháng|Năm|Lũy|Trong|Đến|Tính)$/;

/** The base sentence as it reads after a lead: `Kim ngạch …` → `kim ngạch …`, `Hoa Kỳ …`, `LNST …` kept. */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(' ', 2);
  const c0 = first.charAt(0);
  const c1 = first.charAt(1);
  if (c0 === c0.toLowerCase()) return text;
  if (c1 === '' || c1 !== c1.toLowerCase() || /\d/.test(c1)) return text; // LNST, Q2/2024, FPT
  const properPair = second.charAt(0) !== second.charAt(0).toLowerCase() && /\p{L}/u.test(second.charAt(0));
  if (properPair && !LOWERABLE.test(first)) return text; // Hoa Kỳ, Trung Quốc
  return c0.toLowerCase() + text.slice(1);
}

/** The base sentence without its final period. */
const body = (text: string): string => text.replace(/\.$/, '');

// ——— (a) attributions ——————————————————————————————————————————————————————————————

/** Fronted attributions: `lead` + the base read on (lower-cased where a capital would be wrong). */
const ATTRIBUTIONS: readonly string[] = [
  'Theo Cục Thống kê, ',
  'Theo Cục Thống kê tỉnh, ',
  'Theo Tổng cục Thống kê (GSO), ',
  'Theo Thứ trưởng Bộ NN&PTNT Trần Quốc Bảo, ',
  'Theo Bộ trưởng Bộ Công Thương, ',
  'Theo báo cáo của Sở KH&ĐT, ',
  'Theo số liệu của Tổng cục Hải quan, ',
  'Báo cáo tại kỳ họp, Giám đốc Sở KH&ĐT cho biết, ',
  'Thông tin từ Bộ Công Thương cho biết, ',
  'Bà Nguyễn Thị Lan, Cục trưởng Cục Thống kê, cho biết ',
  'Theo đánh giá của UBND tỉnh, ',
  'Theo Chủ tịch UBND huyện Lê Văn Hải, ',
];

/** Attributions after which the base keeps its own capital: a colon introduces the words said. */
const SAYINGS: readonly string[] = [
  'Phát biểu tại hội nghị, ông Nguyễn Văn Hùng nhấn mạnh: ',
  'Báo cáo tại phiên họp, Phó Chủ tịch UBND tỉnh cho biết: ',
];

// ——— (b) fronted context and connectives ————————————————————————————————————————————

const CONNECTIVES: readonly string[] = [
  'Cụ thể, ',
  'Trong đó, ',
  'Ngoài ra, ',
  'Bên cạnh đó, ',
  'Tính chung, ',
  'Đáng chú ý, ',
  'Nhìn chung, ',
  'Như vậy, ',
  'Nhờ đẩy mạnh cải cách hành chính, ',
  'Nhờ thị trường xuất khẩu phục hồi, ',
  'Mặc dù còn nhiều khó khăn nhưng ',
  'Dù chịu ảnh hưởng của thiên tai, ',
  'Với sự nỗ lực của các cấp, các ngành, ',
  'Trước những biến động của thị trường thế giới, ',
  'Do ảnh hưởng của dịch bệnh, ',
];

// ——— (c) trailing reasons and comments ————————————————————————————————————————————————

const TRAILERS: readonly string[] = [
  ', nhờ giá nông sản tăng',
  ', chủ yếu do nhu cầu thị trường phục hồi',
  ', chủ yếu nhờ các doanh nghiệp mở rộng sản xuất',
  ', là mức cao nhất từ trước đến nay',
  ', góp phần quan trọng vào tăng trưởng chung của tỉnh',
  ', do ảnh hưởng của dịch bệnh',
  ', cho thấy kinh tế tiếp tục phục hồi',
  ' nhờ nhiều dự án lớn đi vào hoạt động',
  ', vượt qua nhiều khó khăn, thách thức',
  ', tạo động lực cho tăng trưởng kinh tế',
];

/** Near-misses: trailing comments whose numbers are no figure of the indicator. */
const TRAILERS_WITH_NUMBERS: readonly string[] = [
  ', là mức cao nhất trong 5 năm qua',
  ', đứng thứ 3 cả nước',
  ', xếp thứ 12/63 tỉnh, thành phố',
  ', theo Quyết định số 1234/QĐ-UBND ngày 15/3/2024',
  ', cao nhất kể từ năm 2015',
  ', đứng đầu vùng Đồng bằng sông Cửu Long',
];

// ——— (d) brackets ————————————————————————————————————————————————————————————————————

/** Two levels in the unit of a base fact: their text and canonical values. */
const LEVELS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  VND: ['1.250 tỷ đồng', '1250000000000', '860,5 tỷ đồng', '860500000000'],
  USD: ['2,4 tỷ USD', '2400000000', '980 triệu USD', '980000000'],
  tonne: ['1,2 triệu tấn', '1200000', '850 nghìn tấn', '850000'],
  ha: ['9.450 ha', '9450', '6.150 ha', '6150'],
};

/** Quarter amounts for the bracket of a half-year, nine months or a year. */
const QUARTER_RATES = ['6,47', '8,55', '7,12', '5,8'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `đạt 35,6 tỷ USD` up to the comma, semicolon or `và` after it (not `đạt 102% kế hoạch`): where a bracket on the value goes. */
const AFTER_VALUE = /(đạt [^;%]*?\d[^;%]*?)(?=, |; | và )/;
/** `tăng 5,9%` / `giảm 0,8%`: where a bracket on the change goes. */
const AFTER_CHANGE = /(?<!\S)((?:tăng|giảm) [\d.,]+%)/;

const dot = (s: string): string => s.replace(',', '.');

/** `12 300` in groups of three with `.` (`12.300`). */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, '.');

/** Canonical integer `v` divided by 10^k, written the Vietnamese way (`35600000000`, 9 → `35,6`). */
function scaled(v: string, k: number): string {
  const whole = v.length > k ? v.slice(0, v.length - k) : '0';
  const frac = (k > 0 ? v.slice(-k).padStart(k, '0') : '').replace(/0+$/, '');
  return `${group(whole)}${frac ? `,${frac}` : ''}`;
}

/** A canonical level in its unit as a report writes it (`35600000000` USD → `35,6 tỷ USD`). */
function say(v: string, u: string): string {
  if (u === 'VND') return v.length > 9 ? `${scaled(v, 9)} tỷ đồng` : `${scaled(v, 6)} triệu đồng`;
  if (u === 'USD') return v.length > 9 ? `${scaled(v, 9)} tỷ USD` : `${scaled(v, 6)} triệu USD`;
  if (u === 'tonne') return v.length > 6 ? `${scaled(v, 6)} triệu tấn` : `${scaled(v, 3)} nghìn tấn`;
  return `${scaled(v, 0)} ha`;
}

/** Brackets with figures of their own, each returning the new case or undefined when it does not fit. */
const BRACKETS: readonly ((c: PhraseCase, i: number) => PhraseCase | undefined)[] = [
  // (trong đó: A đạt X, B đạt Y) — a breakdown of the value by area
  (c) => {
    const u = c.facts[0]?.u;
    const lv = u ? LEVELS[u] : undefined;
    if (!lv || !c.facts[0]?.v || !AFTER_VALUE.test(c.text)) return undefined;
    return {
      text: c.text.replace(AFTER_VALUE, `$1 (trong đó: thành phố đạt ${lv[0]}, các huyện, thị xã đạt ${lv[2]})`),
      facts: [...c.facts, { v: lv[1], u }, { v: lv[3], u }] as RealFact[],
    };
  },
  // (quý I tăng X%; quý II tăng Y%) — the quarters of a half-year, nine months or a year
  (c, i) => {
    const f = c.facts[0];
    const m = f?.p?.match(/^(\d{4})(?:-(H1|YTD-09))?$/);
    // (the quarters of a growth rate: after a multiple or points a bracket of rates says nothing)
    if (!f?.ch?.[0]?.startsWith('rate ') || !m || c.facts.length !== 1) return undefined;
    const n = m[2] === 'H1' ? 2 : m[2] === 'YTD-09' ? 3 : 4;
    // (the quarters of a goal are goals too: `dự kiến tăng 7,2% (quý I tăng …)`)
    const kind = f.k === 'target' ? ({ k: 'target' } as const) : {};
    const quarters = Array.from({ length: n }, (_, q) => {
      const a = QUARTER_RATES[(q + i) % QUARTER_RATES.length] as string;
      const verb = (q + i) % 5 === 4 ? 'giảm' : 'tăng';
      return [
        `quý ${ROMAN[q]} ${verb} ${a}%`,
        { ch: [`rate ${verb === 'giảm' ? '-' : ''}${dot(a)} *`], p: `${m[1]}-Q${q + 1}`, ...kind },
      ] as const;
    });
    const sep = i % 2 === 0 ? '; ' : ', ';
    return {
      text: `${body(c.text)} (${quarters.map((q) => q[0]).join(sep)}).`,
      facts: [...c.facts, ...quarters.map((q) => q[1])],
    };
  },
  // (cùng kỳ năm trước đạt X) / (năm 2023 đạt X) — the level of the period compared with
  (c, i) => {
    const u = c.facts[0]?.u;
    const lv = u ? LEVELS[u] : undefined;
    if (!lv || !c.facts[0]?.v || !AFTER_VALUE.test(c.text)) return undefined;
    // a named year only before a whole year's figure (`năm 2024 … (năm 2023 đạt X)`)
    const year = c.facts[0]?.p?.match(/^\d{4}$/) ? String(Number(c.facts[0]?.p) - 1) : undefined;
    const named = year !== undefined && i % 2 === 0;
    return {
      text: c.text.replace(AFTER_VALUE, `$1 (${named ? `năm ${year}` : 'cùng kỳ năm trước'} đạt ${lv[2]})`),
      facts: [...c.facts, named ? { v: lv[3], u, p: year } : { v: lv[3], u }] as RealFact[],
    };
  },
  // (từ X lên Y) — the two levels of a change, the second the statement's own level
  (c) => {
    const f = c.facts[0];
    const u = f?.u;
    const lv = u ? LEVELS[u] : undefined;
    const m = c.text.match(AFTER_CHANGE);
    if (!f?.v || !u || !lv || !m || c.facts.length !== 1) return undefined;
    const up = m[1]?.startsWith('tăng');
    const to = say(f.v, u);
    const [from, fromV] = up ? [lv[2], lv[3]] : [lv[0], lv[1]];
    return {
      text: c.text.replace(AFTER_CHANGE, `$1 (từ ${from} ${up ? 'lên' : 'xuống'} ${to})`),
      facts: [...c.facts, { v: fromV, u }, { v: f.v, u }] as RealFact[],
    };
  },
  // (cùng kỳ năm trước tăng X%) — the change a year earlier, when the base has no level to bracket
  (c, i) => {
    if (!c.facts[0]?.ch || c.facts.length !== 1 || !AFTER_CHANGE.test(c.text)) return undefined;
    const a = QUARTER_RATES[i % QUARTER_RATES.length] as string;
    return {
      text: c.text.replace(AFTER_CHANGE, `$1 (cùng kỳ năm trước tăng ${a}%)`),
      facts: [...c.facts, { ch: [`rate ${dot(a)} *`] }],
    };
  },
];

/** Near-misses: brackets whose numbers are no figure (a price base, a decision, a span, a session). */
const BRACKETS_WITHOUT_FIGURES: readonly string[] = [
  ' (theo giá so sánh 2010)',
  ' (theo Quyết định số 1234/QĐ-UBND)',
  ' (giai đoạn 2021-2025)',
  ' (kỳ họp thứ 7, HĐND tỉnh khóa XVIII)',
  ' (chưa kể dầu thô)',
  ' (Nghị quyết số 01/NQ-CP)',
  ' (theo giá hiện hành)',
  ' (số liệu của 63 tỉnh, thành phố)',
];

// ——— (e) names and documents with numbers or abbreviations ————————————————————————————

/** Near-misses: a fronted place, plant, road or document whose number is part of its name. */
const NAMES: readonly string[] = [
  'Tại Khu công nghiệp VSIP II, ',
  'Riêng Nhà máy số 2, ',
  'Trên tuyến Quốc lộ 1A, ',
  'Tại Cụm công nghiệp số 3, ',
  'Theo Báo cáo số 125/BC-UBND, ',
  'Tại phường 12, quận 3, ',
  'Đối với các xã đạt chuẩn NTM, ',
  'Trong lĩnh vực KT-XH, ',
  'Tại các HTX nông nghiệp, ',
  'Ở khối DN FDI, ',
  'Tại Khu kinh tế Nghi Sơn, ',
  'Theo Nghị quyết 30/2021/QH15, ',
  'Tại kỳ họp thứ 7, HĐND tỉnh khóa XVIII, ',
];

// ——— (f) quotes and line breaks ——————————————————————————————————————————————————————

const QUOTES: readonly ((c: PhraseCase) => string)[] = [
  (c) => `Ông Nguyễn Văn Hùng cho biết: “${c.text}”`,
  (c) => `“${body(c.text)}”, bà Lê Thị Mai, Giám đốc Sở Tài chính, nói.`,
  (c) => `"${body(c.text)}", ông Trần Văn Nam cho biết.`,
  (c) => `TÌNH HÌNH KINH TẾ - XÃ HỘI\n${c.text}`,
  (c) => `1. Về sản xuất, kinh doanh\n${c.text}`,
  // a hard-wrapped line of a PDF: a line break in place of one space near the middle
  (c) => {
    const mid = c.text.indexOf(' ', Math.floor(c.text.length / 2));
    return mid < 0 ? c.text : `${c.text.slice(0, mid)}\n${c.text.slice(mid + 1)}`;
  },
];

// ——— (g) bullet lists after a shared lead ———————————————————————————————————————————————

const LISTS: readonly ((a: PhraseCase, b: PhraseCase) => string)[] = [
  (a, b) => `Kết quả cụ thể như sau: - ${lowerFirst(body(a.text))}; - ${lowerFirst(body(b.text))}.`,
  (a, b) => `Một số chỉ tiêu chủ yếu:\n- ${a.text}\n- ${b.text}`,
  (a, b) => `Các chỉ tiêu chủ yếu đều đạt khá:\n+ ${lowerFirst(body(a.text))};\n+ ${lowerFirst(body(b.text))}.`,
  (a, b) => `Cụ thể:\n- ${body(a.text)};\n- ${body(b.text)}.`,
];

// ——— near-misses: noise alone ———————————————————————————————————————————————————————————

/** Sentences of noise alone: attributions, decisions, dates, ranks and names, and no figure. */
const NOISE_ONLY: readonly string[] = [
  'Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, kế hoạch được giao cho các sở, ngành.',
  'Phát biểu tại hội nghị, ông Nguyễn Văn Hùng nhấn mạnh: năm 2025 là năm cuối của giai đoạn 2021-2025.',
  'Tại kỳ họp thứ 7, HĐND tỉnh khóa XVIII đã thông qua nhiều nghị quyết quan trọng.',
  'Theo Cục Thống kê, tình hình kinh tế 9 tháng năm 2024 tiếp tục phục hồi.',
  'Khu công nghiệp VSIP II đã thu hút thêm nhiều dự án mới.',
  'Nhà máy số 2 chính thức đi vào hoạt động từ ngày 1/7/2024.',
  'Dự án mở rộng Quốc lộ 1A đoạn qua tỉnh được khởi công vào tháng 3/2024.',
  'Bên cạnh đó, tỉnh tiếp tục triển khai Nghị quyết 30/2021/QH15 và Chỉ thị số 05/CT-TTg.',
  'Mặc dù còn nhiều khó khăn nhưng các HTX vẫn duy trì sản xuất ổn định.',
  '“Năm 2024 là năm bứt phá”, ông Trần Văn Nam cho biết.',
  'Cụ thể, tỉnh đứng thứ 3 cả nước về chỉ số PCI và xếp thứ 12/63 về chỉ số PAPI.',
  'Theo Thứ trưởng Bộ NN&PTNT Trần Quốc Bảo, đến năm 2030 cả nước cơ bản hoàn thành chương trình NTM.',
  'Nhờ đẩy mạnh cải cách hành chính, môi trường đầu tư kinh doanh của tỉnh tiếp tục được cải thiện.',
  'Ngoài ra, Khu công nghiệp số 2 và Cụm công nghiệp số 5 đang được hoàn thiện hạ tầng.',
  'Báo cáo tại kỳ họp, Giám đốc Sở KH&ĐT cho biết, kế hoạch phát triển KT-XH giai đoạn 2026-2030 đang được xây dựng.',
];

// ——— the area ——————————————————————————————————————————————————————————————————————————

const canLead = (c: PhraseCase): boolean => !OWN_LEAD.test(c.text);

/** A case of the class that fits the transform, or undefined when none fits (tried in seeded order). */
function fitting<T>(cls: readonly PhraseCase[], make: (c: PhraseCase) => T | undefined, tries = 24): T | undefined {
  for (let t = 0; t < tries; t++) {
    const out = make(pick(cls));
    if (out !== undefined) return out;
  }
  return undefined;
}

function build(times = 1): PhraseCase[] {
  const out: PhraseCase[] = [];
  let k = 0;
  for (const cls of CLASSES) {
    // (a) attributions: 10 per class
    for (let j = 0; j < 10 * times; j++, k++) {
      const made = fitting(cls, (c) => {
        if (!canLead(c)) return undefined;
        const say = k % 6 === 5;
        const text = say
          ? `${SAYINGS[k % SAYINGS.length]}${c.text}`
          : `${ATTRIBUTIONS[k % ATTRIBUTIONS.length]}${lowerFirst(c.text)}`;
        return { text, facts: c.facts };
      });
      if (made) out.push(made);
    }
    // (b) connectives: 10 per class
    for (let j = 0; j < 10 * times; j++, k++) {
      const made = fitting(cls, (c) =>
        canLead(c)
          ? { text: `${CONNECTIVES[k % CONNECTIVES.length]}${lowerFirst(c.text)}`, facts: c.facts }
          : undefined,
      );
      if (made) out.push(made);
    }
    // (c) trailing comments: 8 per class, and 4 near-misses with numbers
    for (let j = 0; j < 12 * times; j++, k++) {
      const list = j % 12 < 8 ? TRAILERS : TRAILERS_WITH_NUMBERS;
      const c = pick(cls);
      out.push({ text: `${body(c.text)}${list[k % list.length]}.`, facts: c.facts });
    }
    // (d) brackets with figures: 8 per class (each kind in turn, the next kind when it does not fit)
    for (let j = 0; j < 8 * times; j++, k++) {
      let made: PhraseCase | undefined;
      for (let b = 0; b < BRACKETS.length && !made; b++) {
        const make = BRACKETS[(k + b) % BRACKETS.length] as (c: PhraseCase, i: number) => PhraseCase | undefined;
        made = fitting(cls, (c) => make(c, k));
      }
      if (made) out.push(made);
    }
    // (d) near-misses: brackets without figures, after the value or at the end
    for (let j = 0; j < 4 * times; j++, k++) {
      const c = pick(cls);
      const br = BRACKETS_WITHOUT_FIGURES[k % BRACKETS_WITHOUT_FIGURES.length] as string;
      const text =
        AFTER_VALUE.test(c.text) && j % 2 === 0 ? c.text.replace(AFTER_VALUE, `$1${br}`) : `${body(c.text)}${br}.`;
      out.push({ text, facts: c.facts });
    }
    // (e) names with numbers (near-misses): 8 per class
    for (let j = 0; j < 8 * times; j++, k++) {
      const made = fitting(cls, (c) =>
        canLead(c) ? { text: `${NAMES[k % NAMES.length]}${lowerFirst(c.text)}`, facts: c.facts } : undefined,
      );
      if (made) out.push(made);
    }
    // (f) quotes and line breaks: 6 per class
    for (let j = 0; j < 6 * times; j++, k++) {
      const c = pick(cls);
      out.push({ text: (QUOTES[k % QUOTES.length] as (c: PhraseCase) => string)(c), facts: c.facts });
    }
    // (g) bullet lists of two cases of the class: 6 per class
    for (let j = 0; j < 6 * times; j++, k++) {
      const made = fitting(cls, (a) => {
        const b = pick(cls);
        if (!canLead(a) || !canLead(b) || a === b) return undefined;
        const say = LISTS[k % LISTS.length] as (a: PhraseCase, b: PhraseCase) => string;
        return { text: say(a, b), facts: [...a.facts, ...b.facts] };
      });
      if (made) out.push(made);
    }
  }
  // noise alone, each sentence once bare and once behind a connective
  for (const [i, s] of NOISE_ONLY.entries()) {
    out.push({ text: s, facts: [] });
    out.push({ text: `${CONNECTIVES[(i * 7) % CONNECTIVES.length]}${lowerFirst(s)}`, facts: [] });
  }
  return out;
}

export const NOISE_VI: Phrasebook = { area: 'noise-vi', locale: 'vi', cases: build() };

/**
 * Another draw of the area: the same classes and transforms, `times` as many cases per class, from
 * `seed` (the area is `drawNoiseVi(19_2026, 1)`). `bench/noise-sweep.ts --vi` scores several such
 * draws to find latent silent wrong readings the area's one sample does not meet.
 */
export function drawNoiseVi(seed: number, times: number): PhraseCase[] {
  random = rng(seed);
  const cases = build(times);
  random = rng(SEED);
  return cases;
}
