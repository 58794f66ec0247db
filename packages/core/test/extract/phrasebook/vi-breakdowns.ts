import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-breakdowns`: the Vietnamese of a COUNT AND ITS PARTS, and of a TABLE PRINTED AS
 * PROSE — a science department's filings, a games' medal table, a weather station's rainfall — as
 * ministries, provincial departments and the press print them (round 30).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) A WORD OF THE WHOLE between a count verb and its count (`tổng cộng`, `tổng số`, `tất cả`, `cả
 *     thảy`): `có tổng cộng 421 đơn`, `giành được tổng cộng 126 huy chương`, `tiếp nhận tổng số hơn
 *     2.000 đơn` — the count, under a period and a bound.
 * (b) A BREAKDOWN of the count after an of-which marker (`bao gồm`, `trong đó`, `trong đó có:`,
 *     `trong đó,`), its parts apart by commas, semicolons or `và`, each part with or without its share
 *     in brackets (`(chiếm 92,87%)`): the total and every part, values without a unit; the shares are
 *     no facts.
 * (d) A BENEFICIARY between a count verb and its count: `mang về cho đoàn Việt Nam 76 huy chương Bạc`,
 *     `trao cho các em học sinh nghèo 250 suất học bổng` — the count after the beneficiary's words.
 * (c) A TABLE AS PROSE: places each with a figure in millimetres (`A Lưới (Huế) 122mm, Kiến Giang
 *     (Quảng Bình) 77mm`), the place's province in brackets or not, spaced or glued; and names each with
 *     a count and its noun of up to three words in brackets (`Singapore (37 huy chương Vàng) và
 *     Indonesia (36 huy chương Vàng)`, `Aerobic (3 HCV)`) — one value per name.
 *
 * Annotated with the conventions of `real-corpus/test19-vi.ts` and `test19b-vi.ts`: filings, medals and
 * initiatives are values without a unit; rainfall in millimetres is a value without a unit code.
 * NEAR-MISSES (at least a fifth): the word of the whole before a noun (`có tổng số vốn lớn nhất`,
 * `giành được tất cả các giải`), a size in millimetres after a word of size (`đường kính 110mm`,
 * `dày 50 mm`: doubted, no fact), a range of rainfall (`từ 10 đến 50mm`, `100-200mm`), a clause after
 * `;` that opens on a period or a percentage, a time or an age in brackets after names (`(3 năm
 * liền)`, `(17 tuổi)`), a lone bracketed count after one name (`Đoàn Malaysia (41 huy chương Vàng)
 * đứng thứ hai`), a document's articles (`Nghị định (15 Điều)`).
 */

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const PERIODS: readonly (readonly [text: string, p: string | undefined])[] = [
  ['Năm 2022, ', '2022'],
  ['Trong 6 tháng đầu năm 2024, ', '2024-H1'],
  ['', undefined],
];

const BOUNDS: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['hơn ', 'over'],
  ['khoảng ', 'about'],
];

/** Count verbs with a subject and the nouns a report counts after them (none a unit of the grammar). */
const TOTAL_VERBS: readonly (readonly [subject: string, verb: string, noun: string])[] = [
  ['trên địa bàn thành phố', 'có', 'đơn đăng ký sở hữu công nghiệp'],
  ['đoàn thể thao tỉnh', 'giành được', 'huy chương các loại'],
  ['Sở Khoa học và Công nghệ', 'tiếp nhận', 'đơn đăng ký nhãn hiệu'],
  ['toàn ngành', 'có', 'sáng kiến được công nhận'],
  ['đội tuyển quốc gia', 'giành', 'huy chương'],
];

const TOTAL_WORDS = ['tổng cộng', 'tổng số', 'tất cả', 'cả thảy'];

const COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['421', '421'],
  ['1.284', '1284'],
  ['126', '126'],
  ['36', '36'],
];

/** (a) A count verb, a word of the whole and the count. */
function totalCases(): PhraseCase[] {
  return cross(TOTAL_VERBS, TOTAL_WORDS, PERIODS).map(([[subject, verb, noun], word, [pt, p]], i) => {
    const [num, v] = pick(COUNTS, i);
    const [bt, a] = pick(BOUNDS, i + Math.floor(i / 3));
    return {
      text: cap(`${pt}${subject} ${verb} ${word} ${bt}${num} ${noun}.`),
      facts: [{ v, ...(a ? { a } : {}), ...(p ? { p } : {}) }],
    };
  });
}

/** (a) A word of the whole that opens the sentence's count, with no verb before it (`Tổng số 581 bộ huy chương …`). */
function openingTotalCases(): PhraseCase[] {
  const tails = ['đã được trao', 'là minh chứng cho sự phát triển', 'được chấp nhận'];
  return cross(['Tổng số', 'Tổng cộng'], TOTAL_VERBS, tails).map(([word, [, , noun], tail], i) => {
    const [num, v] = pick(COUNTS, i);
    const [bt, a] = pick(BOUNDS, i);
    return { text: `${word} ${bt}${num} ${noun} ${tail}.`, facts: [{ v, ...(a ? { a } : {}) }] };
  });
}

/** Count verbs with a beneficiary (`cho` and its words) before the count, and the nouns counted. */
const GIVEN: readonly (readonly [verb: string, beneficiary: string, noun: string])[] = [
  ['mang về', 'đoàn Việt Nam', 'huy chương Bạc'],
  ['trao', 'các em học sinh nghèo', 'suất học bổng'],
  ['cấp', 'hộ cận nghèo', 'thẻ bảo hiểm y tế'],
  ['trao tặng', 'công nhân lao động', 'phần quà'],
];

/** (d) A count verb, its beneficiary after `cho`, and the count (goods given, medals brought home). */
function beneficiaryCases(): PhraseCase[] {
  return cross(GIVEN, PERIODS, BOUNDS).map(([[verb, who, noun], [pt, p], [bt, a]], i) => {
    const [num, v] = pick(COUNTS, i);
    return {
      text: cap(`${pt}đơn vị đã ${verb} cho ${who} ${bt}${num} ${noun}.`),
      facts: [{ v, ...(a ? { a } : {}), ...(p ? { p } : {}) }],
    };
  });
}

/** The total's verb and noun, and the parts' nouns (the kinds of the total). */
const WHOLES: readonly (readonly [lead: string, noun: string, parts: readonly string[]])[] = [
  [
    'Cục Sở hữu trí tuệ đã tiếp nhận',
    'đơn đăng ký',
    ['đơn nhãn hiệu', 'đơn kiểu dáng công nghiệp', 'đơn sáng chế', 'đơn giải pháp hữu ích'],
  ],
  ['thành phố có', 'đơn được chấp nhận', ['đơn nhãn hiệu', 'đơn kiểu dáng', 'đơn sáng chế', 'giải pháp hữu ích']],
  ['toàn tỉnh có', 'sáng kiến được công nhận', ['sáng kiến cấp cơ sở', 'sáng kiến cấp tỉnh', 'sáng kiến cấp bộ']],
];

/** The marker that opens the breakdown, after the total's comma. */
const MARKERS = ['bao gồm ', 'trong đó ', 'trong đó có: ', 'trong đó, ', 'trong đó có '];

/** How the parts stand apart: commas, semicolons. */
const SEPARATORS = [', ', '; '];

const PARTS: readonly (readonly [count: string, v: string, share: string])[] = [
  ['1.520', '1520', '82,6'],
  ['210', '210', '11,4'],
  ['74', '74', '4'],
  ['36', '36', '2'],
];

/** (b) A total and its breakdown, each part with or without its share in brackets. */
function breakdownCases(): PhraseCase[] {
  return cross(WHOLES, MARKERS, SEPARATORS, [false, true]).map(([[lead, noun, kinds], marker, sep, shares], i) => {
    const [pt, p] = pick(PERIODS, i);
    const parts = kinds.map((kind, j) => {
      const [count, , share] = PARTS[j] as readonly [string, string, string];
      return `${count} ${kind}${shares ? ` (chiếm ${share}%)` : ''}`;
    });
    const list = `${parts.slice(0, -1).join(sep)} và ${parts.at(-1)}`;
    const total = kinds.reduce((sum, _k, j) => sum + Number(pick(PARTS, j)[1]), 0);
    const totalText =
      total >= 1000 ? `${Math.floor(total / 1000)}.${String(total % 1000).padStart(3, '0')}` : `${total}`;
    const at = p ? { p } : {};
    return {
      text: cap(`${pt}${lead} ${totalText} ${noun}, ${marker}${list}.`),
      facts: [{ v: String(total), ...at }, ...kinds.map((_k, j) => ({ v: pick(PARTS, j)[1], ...at }))],
    };
  });
}

/** Stations and their provinces. */
const STATIONS: readonly (readonly [name: string, province: string | undefined])[] = [
  ['A Lưới', 'Thừa Thiên Huế'],
  ['Kiến Giang', 'Quảng Bình'],
  ['Quảng Ngãi', undefined],
  ['Ba Tơ', 'Quảng Ngãi'],
  ['Trà My', 'Quảng Nam'],
];

const RAIN: readonly (readonly [text: string, v: string])[] = [
  ['122', '122'],
  ['77', '77'],
  ['1.050', '1050'],
  ['64', '64'],
  ['142', '142'],
];

const RAIN_LEADS = ['Điển hình như ', 'Lượng mưa lớn ghi nhận tại ', 'Một số nơi mưa rất to như ', ''];

/** (c) Stations each with its rainfall in millimetres, glued or spaced, the province in brackets or not. */
function rainfallCases(): PhraseCase[] {
  return cross(RAIN_LEADS, ['mm', ' mm'], [2, 3, 5], [0, 1]).map(([lead, unit, n, shift]) => {
    const stations = STATIONS.slice(shift, shift + n);
    const items = stations.map(([name, province], j) => {
      const [num] = pick(RAIN, j + shift);
      return `${name}${province ? ` (${province})` : ''} ${num}${unit}`;
    });
    return {
      text: cap(`${lead}${items.join(', ')}.`),
      facts: stations.map((_s, j) => ({ v: pick(RAIN, j + shift)[1] })),
    };
  });
}

/** Teams or countries with their counts of a noun in brackets. */
const TEAMS: readonly (readonly string[])[] = [
  ['Singapore', 'Indonesia', 'Malaysia'],
  ['Aerobic', 'Karate', 'Wushu'],
  ['Phú Thọ', 'Hà Tĩnh', 'Lạng Sơn'],
];

const MEDAL_NOUNS = ['huy chương Vàng', 'huy chương vàng', 'HCV', 'huy chương', 'hồ chứa'];

const MEDAL_COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['37', '37'],
  ['36', '36'],
  ['29', '29'],
];

const TABLE_LEADS = ['Bám sát phía sau là ', 'Các huy chương này thuộc về ', 'Tập trung tại ', ''];

/** (c) Names each with a count and its noun of up to three words in brackets. */
function tableCases(): PhraseCase[] {
  return cross(TEAMS, MEDAL_NOUNS, [2, 3]).map(([teams, noun, n], i) => {
    const lead = pick(TABLE_LEADS, i);
    const items = teams.slice(0, n).map((team, j) => `${team} (${pick(MEDAL_COUNTS, j)[0]} ${noun})`);
    const joined = i % 2 === 0 || n === 2 ? `${items.slice(0, -1).join(', ')} và ${items.at(-1)}` : items.join(', ');
    return {
      text: cap(`${lead}${joined}.`),
      facts: teams.slice(0, n).map((_t, j) => ({ v: pick(MEDAL_COUNTS, j)[1] })),
    };
  });
}

/** Near-misses: the shapes above where no fact (or only the first) stands. */
function nearMisses(): PhraseCase[] {
  const shapes: readonly ((pt: string) => PhraseCase)[] = [
    (pt) => ({ text: `${pt}tỉnh có tổng số vốn đăng ký lớn nhất vùng.`, facts: [] }),
    (pt) => ({ text: `${pt}đoàn đã giành được tất cả các giải thưởng của hội thi.`, facts: [] }),
    (pt) => ({ text: `${pt}thành phố có tổng cộng các loại đơn tăng mạnh.`, facts: [] }),
    (pt) => ({ text: `${pt}đơn vị đã lắp đặt tuyến ống có đường kính 110mm.`, facts: [] }),
    (pt) => ({ text: `${pt}lớp bùn đất dày 50 mm phủ kín mặt đường.`, facts: [] }),
    (pt) => ({ text: `${pt}khu vực Trung Bộ có mưa vừa, trung bình từ 10 đến 50mm.`, facts: [] }),
    (pt) => ({ text: `${pt}các tỉnh vùng núi có mưa phổ biến 100-200mm.`, facts: [] }),
    (pt) => ({
      text: `${pt}huyện có 40 sáng kiến, trong đó 25 sáng kiến cấp huyện; 12 tháng qua không có sáng kiến cấp bộ.`,
      facts: [{ v: '40' }, { v: '25' }],
    }),
    (pt) => ({ text: `${pt}Hà Nội (3 năm liền) và Huế (5 năm liền) được chọn đăng cai.`, facts: [] }),
    (pt) => ({ text: `${pt}vận động viên Nguyễn An (17 tuổi) và Trần Bình (18 tuổi) được khen thưởng.`, facts: [] }),
    (pt) => ({ text: `${pt}đoàn Malaysia (41 huy chương Vàng) đứng thứ hai.`, facts: [] }),
    (pt) => ({ text: `${pt}Nghị định (15 Điều) và Thông tư (7 Điều) đã được ban hành.`, facts: [] }),
    (pt) => ({ text: `${pt}đoàn đã mang về cho tỉnh nhiều huy chương quý.`, facts: [] }),
    (pt) => ({ text: `${pt}tổng số 5 năm qua, tỉnh không có dự án mới.`, facts: [] }),
    (pt) => ({ text: `${pt}lực lượng chức năng đã tịch thu toàn bộ số hàng hóa vi phạm.`, facts: [] }),
  ];
  return cross(shapes, PERIODS, ['', 'Theo báo cáo, ']).map(([shape, [pt, p], said]) => {
    const c = shape(`${said}${said ? pt.charAt(0).toLowerCase() + pt.slice(1) : pt}`);
    return { text: cap(c.text), facts: c.facts.map((f) => ({ ...f, ...(p ? { p } : {}) })) };
  });
}

const NEAR_MISSES = nearMisses();

/** How many cases of the area are near-misses (the area's test checks they are at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_BREAKDOWNS: Phrasebook = {
  area: 'vi-breakdowns',
  locale: 'vi',
  cases: [
    ...totalCases(),
    ...openingTotalCases(),
    ...beneficiaryCases(),
    ...breakdownCases(),
    ...rainfallCases(),
    ...tableCases(),
    ...NEAR_MISSES,
  ],
};
