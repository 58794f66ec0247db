import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-mass`: the Vietnamese of MASS ORGANISATIONS' reports — Hội Liên hiệp Phụ nữ,
 * Hội Nông dân, Đoàn Thanh niên, Hội Cựu chiến binh, Ủy ban Mặt trận Tổ quốc and its fund for the
 * poor, Hội Chữ thập đỏ — and of the provincial press and district portals that quote them.
 *
 * Classes, each written out whole and crossed in templates:
 * (a) COUNTED NOUNS of these reports, the thing the count is of, right after the number: members
 *     (`hội viên`, `đoàn viên`, `tình nguyện viên`), farms (`trang trại`, `gia trại`, `tổ hợp
 *     tác`), houses built or replaced for the poor (`nhà tạm`, `nhà đại đoàn kết`, `nhà tình
 *     nghĩa`, `nhà tình thương`, `mái ấm`), meetings (`đại hội`) and the entities of the OCOP
 *     programme the farmers' union runs (`chủ thể`), each with the words a report
 *     puts after it (`đoàn viên ưu tú`, `hội viên mới`, `nhà đại đoàn kết cho hộ nghèo`, `đại hội
 *     Đoàn cấp cơ sở`) — a count of the noun whatever the verb before it (`phát triển mới`,
 *     `giới thiệu`, `huy động`, `xóa được`, `bàn giao`, `hỗ trợ xây dựng`, `tổ chức thành công`,
 *     `có`) and in comma lists (`38 trang trại, 276 gia trại và 2 tổ hợp tác`).
 * (b) BODIES: `Hội Liên hiệp Phụ nữ tỉnh`, `Hội Nông dân huyện`, `Tỉnh Đoàn`, `Hội Cựu chiến binh
 *     tỉnh`, `Ủy ban MTTQ Việt Nam huyện`, `các cấp Hội`.
 * (c) PERIODS: `Năm 2023,` (`2023`), `Trong 6 tháng đầu năm 2024,` (`2024-H1`), `Quý I/2024,`
 *     (`2024-Q1`), none.
 * (d) BOUNDS: `hơn`, `trên` (over), `gần` (under), `khoảng` (about), none.
 * (e) COUNTS OUT OF A TOTAL: `có 56.538/84.735 hộ gia đình hội viên đạt tiêu chí`, `tiêm chủng
 *     được 762.320/800.719 đối tượng`, `có 53/54 tỉnh đã triển khai`: the first figure is the count
 *     of units reaching the standard (the value, doubted `fraction`), the second their total (no
 *     fact) — after a verb or none, in households (never a density per 84.735 households), members,
 *     people, provinces, communes.
 *
 * Annotated with the conventions of `real-corpus/test15-vi.ts`: a count of members, houses, farms
 * or meetings is a value without a unit; zero-padded counts (`01 nhà tình nghĩa`) are read as their
 * numbers.
 * NEAR-MISSES (at least a fifth): the same nouns after a number that counts nothing — a year, a
 * month or a day before them (`Năm 2023 hội viên …`, `Tháng 3 đoàn viên …`, `Ngày 26/3 đoàn viên
 * …`), a number inside a name after them (`Chi hội 5`), an age (`đoàn viên từ 16 tuổi`), a term of
 * office (`Khóa 2020 - 2025, đại hội …`), the year a farm was started (`Từ năm 2010 trang trại …`).
 */

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A count as printed and as read. */
const COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['1.996', '1996'],
  ['276', '276'],
  ['18', '18'],
  ['2.450', '2450'],
  ['01', '1'],
];

/** A counted noun with the verbs that count it and the words a report puts after it. */
interface Counted {
  readonly verbs: readonly string[];
  readonly noun: string;
  readonly tails: readonly string[];
}

const COUNTED: readonly Counted[] = [
  {
    verbs: ['phát triển mới', 'kết nạp mới', 'có'],
    noun: 'hội viên',
    tails: ['', ' mới', ' là người dân tộc thiểu số'],
  },
  { verbs: ['giới thiệu', 'có', 'tuyên dương'], noun: 'đoàn viên', tails: [' ưu tú cho Đảng', '', ' tiêu biểu'] },
  { verbs: ['huy động', 'có'], noun: 'tình nguyện viên', tails: [' tham gia', ''] },
  { verbs: ['duy trì', 'có', 'phát triển'], noun: 'trang trại', tails: ['', ' mới', ' chăn nuôi'] },
  { verbs: ['duy trì', 'có'], noun: 'gia trại', tails: ['', ' nuôi bò'] },
  { verbs: ['duy trì và xây dựng', 'có'], noun: 'tổ hợp tác', tails: [' sản xuất', ''] },
  { verbs: ['xóa được', 'xóa'], noun: 'nhà tạm', tails: [' cho hội viên', ''] },
  { verbs: ['bàn giao', 'làm', 'hỗ trợ xây dựng'], noun: 'nhà đại đoàn kết', tails: [' cho hộ nghèo', ''] },
  { verbs: ['hỗ trợ xây dựng', 'bàn giao'], noun: 'nhà tình nghĩa', tails: ['', ' cho gia đình chính sách'] },
  { verbs: ['xây dựng', 'bàn giao'], noun: 'nhà tình thương', tails: [' cho hội viên nghèo', ''] },
  { verbs: ['vận động xây dựng được', 'trao'], noun: 'Mái ấm', tails: [' tình thương', ''] },
  { verbs: ['tổ chức thành công', 'tổ chức'], noun: 'đại hội', tails: [' Đoàn cấp cơ sở', ' chi hội'] },
  { verbs: ['có', 'phát triển được'], noun: 'chủ thể', tails: [' OCOP', ' tham gia Chương trình OCOP'] },
];

const BODIES: readonly string[] = [
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Hội Nông dân huyện',
  'Tỉnh Đoàn',
  'Hội Cựu chiến binh tỉnh',
  'Ủy ban MTTQ Việt Nam huyện',
  'các cấp Hội',
];

const PERIODS: readonly (readonly [text: string, p: string | undefined])[] = [
  ['Năm 2023, ', '2023'],
  ['Trong 6 tháng đầu năm 2024, ', '2024-H1'],
  ['Quý I/2024, ', '2024-Q1'],
  ['', undefined],
];

const BOUNDS: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['hơn ', 'over'],
  ['trên ', 'over'],
  ['gần ', 'under'],
  ['khoảng ', 'about'],
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One count of a counted noun after its verb, under a body and a period, with a bound. */
function countCases(): PhraseCase[] {
  return cross(COUNTED, PERIODS, BOUNDS).map(([counted, [period, p], [bound, a]], i) => {
    const [num, v] = pick(COUNTS, i);
    const verb = pick(counted.verbs, i);
    const tail = pick(counted.tails, i);
    const body = pick(BODIES, i);
    const text = `${cap(`${period}${body} ${verb} ${bound}${num} ${counted.noun}${tail}.`)}`;
    const fact: RealFact = { v, ...(a ? { a } : {}), ...(p ? { p } : {}) };
    return { text, facts: [fact] };
  });
}

/** Comma lists of counts of farms after one verb (`38 trang trại, 276 gia trại và 2 tổ hợp tác`). */
function listCases(): PhraseCase[] {
  const lists: readonly (readonly (readonly [string, string, string])[])[] = [
    [
      ['38', '38', 'trang trại'],
      ['276', '276', 'gia trại'],
      ['2', '2', 'tổ hợp tác sản xuất'],
    ],
    [
      ['12', '12', 'nhà đại đoàn kết'],
      ['5', '5', 'nhà tình nghĩa'],
      ['18', '18', 'nhà tạm'],
    ],
    [
      ['1.245', '1245', 'hội viên'],
      ['320', '320', 'đoàn viên'],
      ['1.050', '1050', 'tình nguyện viên'],
    ],
  ];
  const verbs = ['có', 'duy trì và xây dựng', 'hỗ trợ'];
  return cross(lists, PERIODS, BODIES.slice(0, 3)).map(([items, [period, p], body], i) => {
    const parts = items.map(([num, , noun]) => `${num} ${noun}`);
    const text = cap(`${period}${body} ${pick(verbs, i)} ${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}.`);
    return { text, facts: items.map(([, v]) => ({ v, ...(p ? { p } : {}) })) };
  });
}

/** A count out of its total (`56.538/84.735 hộ`): the first figure is the value, the second no fact. */
function outOfCases(): PhraseCase[] {
  const pairs: readonly (readonly [text: string, v: string, noun: string, tail: string])[] = [
    ['56.538/84.735', '56538', 'hộ gia đình hội viên', ' đạt tiêu chí 5 không 3 sạch'],
    ['762.320/800.719', '762320', 'đối tượng', ' trong diện tiêm'],
    ['53/54', '53', 'tỉnh', ' đã triển khai chiến dịch'],
    ['9.417/13.428', '9417', 'hộ', ' đạt danh hiệu sản xuất kinh doanh giỏi'],
    ['118.000/166.000', '118000', 'hội viên', ' tham gia sinh hoạt thường xuyên'],
    ['27/31', '27', 'xã', ' hết hộ nghèo'],
  ];
  const leads = ['có', 'tiêm chủng được', 'vận động được', ''];
  return cross(pairs, PERIODS, leads).map(([[pair, v, noun, tail], [period, p], lead], i) => {
    const body = pick(BODIES, i);
    const text = cap(`${period}${body}${lead ? ` ${lead}` : ''} ${pair} ${noun}${tail}.`);
    return { text, facts: [{ v, ...(p ? { p } : {}) }] };
  });
}

/** Near-misses: the same nouns after a number that counts nothing. */
function nearMisses(): PhraseCase[] {
  const shapes: readonly ((body: string) => string)[] = [
    (b) => `Năm 2023 hội viên ${b} thi đua sản xuất kinh doanh giỏi.`,
    (b) => `Tháng 3 đoàn viên ${b} ra quân làm sạch môi trường.`,
    (b) => `Ngày 26/3 đoàn viên ${b} tham gia ngày hội việc làm.`,
    (b) => `Hội viên Chi hội 5 của ${b} tham gia mô hình trồng rau sạch.`,
    (b) => `Đoàn viên từ 16 tuổi trở lên của ${b} được tham gia.`,
    (b) => `Khóa 2020 - 2025, đại hội ${b} được tổ chức thành công.`,
    (b) => `Từ năm 2010 trang trại của hội viên ${b} đã mở rộng.`,
    (b) => `Tháng 7/2024 nhà đại đoàn kết do ${b} hỗ trợ đã được bàn giao.`,
    (b) => `Nhà tạm của hội viên ${b} ở thôn 3 đã được xóa.`,
    (b) => `Năm 2024 tình nguyện viên ${b} tham gia hiến máu.`,
    (b) => `Đến năm 2025 gia trại của hội viên ${b} được hỗ trợ vốn.`,
    (b) => `Quý II/2024 tổ hợp tác do ${b} thành lập đi vào hoạt động.`,
    // a slash inside a date or a document's number is no count out of a total
    (b) => `Ngày 26/3/2024, ${b} ra mắt mô hình hỗ trợ hội viên.`,
    (b) => `Thực hiện Kế hoạch số 15/KH-HND của ${b}, các chi hội ra quân.`,
    (b) => `Thông báo số 12/2024 của ${b} gửi các hộ hội viên.`,
    (b) => `Tháng 3/2024 đoàn viên ${b} ra quân dọn vệ sinh.`,
    (b) => `Năm 2024 chủ thể OCOP của ${b} được hỗ trợ xúc tiến thương mại.`,
  ];
  return cross(shapes, BODIES).map(([shape, body]) => ({ text: shape(body), facts: [] }));
}

const NEAR_MISSES = nearMisses();

/** How many cases of the area are near-misses (the area's test checks they are at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_MASS: Phrasebook = {
  area: 'vi-mass',
  locale: 'vi',
  cases: [...countCases(), ...listCases(), ...outOfCases(), ...NEAR_MISSES],
};
