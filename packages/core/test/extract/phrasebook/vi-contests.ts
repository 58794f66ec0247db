import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-contests`: the Vietnamese of CONTESTS AND GAMES — a national excellent-pupil
 * contest's prizes, a sports games' medals, a culture and sports department's year — as the
 * provincial press and the departments' portals print them (round 27).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) COUNTS OF PRIZES, MEDALS AND CONTESTS after the verbs that win or enter them (`giành`, `giành
 *     được`, `đoạt`, `đoạt được`, `tham gia`): `giành 77 huy chương`, `đoạt 42 giải`, `giành được 5
 *     huy chương vàng`, `tham gia 24 giải thể thao` — a count of the noun, under a body, a period
 *     and a bound.
 * (b) A BRACKET THAT BREAKS A COUNT DOWN: `31 huy chương các loại (22 huy chương vàng, 3 huy
 *     chương bạc và 6 huy chương đồng)`, `4 giải (2 giải ba và 2 giải khuyến khích)` — each item of
 *     the bracket counts a kind of the noun before it (its first word the same), a value of its
 *     own; `huy chương đồng` is a bronze medal, never a sum in đồng.
 * (c) A LIST OF PLACES, EACH WITH ITS COUNT: `Tiếp đến, Nghệ An 87 giải, Vĩnh Phúc 79, Hải Phòng 76`,
 *     `Hà Giang 2 giải khuyến khích, Bạc Liêu 4 giải, Lai Châu 5 giải`, `Tiếp theo là Hà Tĩnh (8),
 *     Nghệ An (7) và Hà Nam (6)`, `Đồng Nai (188 điểm) và Đăk Nông (93 điểm)` — the noun said once
 *     or after each count, bare or in brackets (alone or with its noun),
 *     joined by commas, semicolons or `và`: each count a value of its own.
 *
 * Annotated with the conventions of `real-corpus/test16-vi.ts`: counts of prizes, medals and
 * contests are values without a unit.
 * NEAR-MISSES (at least a fifth): a bracket after a count that counts another noun (`25 xã (12 thôn
 * đặc biệt khó khăn)`, `39 dự án (26 FDI và 13 DDI)`) gives no fact of its own; the verbs before no
 * count (`giành quyền vào chung kết năm 2023`, `tham gia từ năm 2019`, `đoạt giải nhất năm 2023`),
 * an age or an edition after a name (`Vận động viên 17 tuổi`, `lần thứ 9`); numbered labels in a
 * list of names (`Quận 1, Quận 3 và Quận 5`, `Khu Phố 3 và Khu Phố 7`, `Yên Phong 1, Quế Võ 2`,
 * `Đường Hùng Vương 25 và Đường Lê Lợi 30`), dates, ages and spans after names (`Hà Nội 21/8`,
 * `Nguyễn Văn An 45 tuổi`, `(17 tuổi)`, `(3 năm)`), a lone named count (`Nghệ An 87 giải.`).
 */

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A count as printed and as read. */
const COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['77', '77'],
  ['141', '141'],
  ['5', '5'],
  ['1.024', '1024'],
  ['12', '12'],
];

/** The verbs that win or enter, each with the nouns a report counts after it. */
const WON: readonly (readonly [verb: string, nouns: readonly string[]])[] = [
  ['giành', ['huy chương', 'huy chương vàng', 'giải thưởng']],
  ['giành được', ['huy chương các loại', 'huy chương bạc', 'giải']],
  ['đoạt', ['giải', 'giải nhất', 'huy chương']],
  ['đoạt được', ['giải khuyến khích', 'huy chương đồng', 'giải nhì']],
  ['tham gia', ['giải thể thao thành tích cao', 'giải đấu', 'cuộc thi']],
];

const BODIES: readonly string[] = [
  'đoàn thể thao tỉnh',
  'học sinh của tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
  'đội tuyển quốc gia',
];

const PERIODS: readonly (readonly [text: string, p: string | undefined])[] = [
  ['Năm 2023, ', '2023'],
  ['Trong 6 tháng đầu năm 2024, ', '2024-H1'],
  ['', undefined],
];

const BOUNDS: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['hơn ', 'over'],
  ['gần ', 'under'],
];

/** (a) One count of a prize, a medal or a contest after its verb. */
function wonCases(): PhraseCase[] {
  return cross(WON, PERIODS, BOUNDS).flatMap(([[verb, nouns], [period, p], [bound, a]], i) =>
    nouns.map((noun, j) => {
      const [num, v] = pick(COUNTS, i + j);
      const text = cap(`${period}${pick(BODIES, i + j)} ${verb} ${bound}${num} ${noun}.`);
      return { text, facts: [{ v, ...(a ? { a } : {}), ...(p ? { p } : {}) }] };
    }),
  );
}

/** A count's noun with the kinds a bracket breaks it down into. */
const KINDS: readonly (readonly [noun: string, kinds: readonly string[]])[] = [
  ['huy chương', ['huy chương vàng', 'huy chương bạc', 'huy chương đồng']],
  ['giải', ['giải nhất', 'giải nhì', 'giải ba', 'giải khuyến khích']],
  ['huy chương', ['huy chương bạc', 'huy chương đồng']],
  ['giải', ['giải ba', 'giải khuyến khích']],
];

/** The words between the count and its bracket (`các loại`), none. */
const HEAD_TAILS = ['', ' các loại'];

/** The verbs before the total. */
const TOTAL_LEADS = ['giành', 'đoạt', 'dẫn đầu với', 'xếp thứ ba với'];

/** (b) A count and the bracket that breaks it down, each part a value. */
function breakdownCases(): PhraseCase[] {
  const parts = ['22', '13', '6', '4'] as const;
  return cross(KINDS, HEAD_TAILS, PERIODS, TOTAL_LEADS).map(([[noun, kinds], tail, [period, p], lead], i) => {
    const items = kinds.map((kind, j) => `${parts[j]} ${kind}`);
    const list = items.length === 2 ? items.join(' và ') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
    const sep = i % 2 === 0 ? list : items.join(', ');
    const total = kinds.reduce((sum, _k, j) => sum + Number(parts[j]), 0);
    const body = pick(['Đoàn Đăk Lăk', 'Tỉnh Gia Lai', 'Hà Nội', 'Đoàn chủ nhà Kon Tum'], i);
    const text = `${period}${body} ${lead} ${total} ${noun}${tail} (${sep}).`;
    const at = p ? { p } : {};
    return {
      text: cap(text),
      facts: [{ v: String(total), ...at }, ...kinds.map((_k, j) => ({ v: String(parts[j]), ...at }))],
    };
  });
}

/** The places of a list and the counts beside them. */
const PLACES: readonly (readonly string[])[] = [
  ['Nghệ An', 'Vĩnh Phúc', 'Hải Phòng', 'Nam Định'],
  ['Hà Giang', 'Bạc Liêu', 'Lai Châu', 'Cà Mau'],
  ['Thừa Thiên Huế', 'Đại học Quốc gia Hà Nội', 'Hà Tĩnh', 'Thanh Hoá'],
  ['Đồng Nai', 'Đăk Nông', 'Bình Phước', 'Kon Tum'],
];
const LIST_COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['87', '87'],
  ['79', '79'],
  ['1.057', '1057'],
  ['6', '6'],
];

/** The leads before the list. */
const LIST_LEADS = ['tiếp đến, ', 'tiếp theo là ', 'địa phương có số giải thấp là: ', ''];

/** The shapes of an item: its noun after each count, after the first only, or the count in brackets. */
const ITEM_SHAPES: readonly ((name: string, num: string, j: number) => string)[] = [
  (name, num) => `${name} ${num} giải`,
  (name, num, j) => (j === 0 ? `${name} ${num} huy chương` : `${name} ${num}`),
  (name, num) => `${name} (${num})`,
  (name, num, j) => (j === 0 ? `${name} ${num} giải khuyến khích` : `${name} ${num} giải`),
  (name, num) => `${name} (${num} điểm)`,
];

/** (c) A list of places, each with its count. */
function namedListCases(): PhraseCase[] {
  return cross(PLACES, LIST_LEADS, ITEM_SHAPES, [2, 3, 4]).map(([places, lead, shape, n], i) => {
    const items = places.slice(0, n).map((name, j) => shape(name, (LIST_COUNTS[j] as readonly [string, string])[0], j));
    // (semicolons between bare items only: `Hà Tĩnh (8); Nghệ An (7)` is not read yet)
    const joined =
      i % 3 === 0
        ? items.join(', ')
        : i % 3 === 1 || shape === ITEM_SHAPES[2] || shape === ITEM_SHAPES[4]
          ? `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`
          : items.join('; ');
    const [period, p] = pick(PERIODS, i);
    const text = `${period}${lead}${joined}.`;
    const at = p ? { p } : {};
    return { text: cap(text), facts: LIST_COUNTS.slice(0, n).map(([, v]) => ({ v, ...at })) };
  });
}

/** Near-misses: a bracket that counts another noun, the verbs before no count. */
function nearMisses(): PhraseCase[] {
  const shapes: readonly ((p: string, b: string) => PhraseCase)[] = [
    (p, b) => ({ text: `${p}${b} có 25 xã (12 thôn đặc biệt khó khăn).`, facts: [{ v: '25' }] }),
    (p, b) => ({ text: `${p}${b} cấp mới 39 dự án (26 FDI và 13 DDI).`, facts: [{ v: '39' }] }),
    (p, b) => ({ text: `${p}${b} giành quyền vào chung kết.`, facts: [] }),
    (p, b) => ({ text: `${p}${b} tham gia Đại hội Thể dục thể thao lần thứ 9.`, facts: [] }),
    (p, b) => ({ text: `${p}vận động viên 17 tuổi của ${b} giành huy chương vàng.`, facts: [] }),
    (p, b) => ({ text: `${p}em Nguyễn Văn An lớp 12 của ${b} đoạt giải nhất môn Toán.`, facts: [] }),
    (p, b) => ({ text: `${p}${b} tham gia giải hạng Nhất từ mùa giải 2019.`, facts: [] }),
    (p, b) => ({ text: `${p}${b} đoạt giải thưởng của Bộ Văn hóa, Thể thao và Du lịch.`, facts: [] }),
    (p, b) => ({ text: `${p}Quận 1, Quận 3 và Quận 5 có nhiều học sinh của ${b} nhất.`, facts: [] }),
    (p, b) => ({ text: `${p}Khu Phố 3 và Khu Phố 7 được ${b} khen thưởng.`, facts: [] }),
    (p, b) => ({ text: `${p}Yên Phong 1, Quế Võ 2 là hai khu công nghiệp ${b} theo dõi.`, facts: [] }),
    (p, b) => ({ text: `${p}Đường Hùng Vương 25 và Đường Lê Lợi 30 được ${b} chọn làm điểm thi.`, facts: [] }),
    (p, b) => ({ text: `${p}${b} tổ chức thi tại Hà Nội 21/8, Hải Phòng 22/8.`, facts: [] }),
    (p, b) => ({ text: `${p}Nguyễn Văn An 17 tuổi, Trần Văn Bình 18 tuổi được ${b} khen thưởng.`, facts: [] }),
    (p, b) => ({ text: `${p}${b} ghi nhận Nghệ An 87 giải.`, facts: [] }),
    (p, b) => ({ text: `${p}Nguyễn Văn An (17 tuổi) và Trần Văn Bình (18 tuổi) được ${b} khen thưởng.`, facts: [] }),
    (p, b) => ({ text: `${p}Hà Nội (3 năm) và Hải Phòng (5 năm) được ${b} chọn đăng cai.`, facts: [] }),
  ];
  const periods: readonly (readonly [string, string | undefined])[] = [
    ['', undefined],
    ['Năm 2023, ', '2023'],
    ['Trong 6 tháng đầu năm 2024, ', '2024-H1'],
  ];
  return cross(shapes, periods, BODIES.slice(0, 3)).map(([shape, [period, p], body]) => {
    const c = shape(period, body);
    return { text: cap(c.text), facts: c.facts.map((f) => ({ ...f, ...(p ? { p } : {}) })) };
  });
}

const NEAR_MISSES = nearMisses();

/** How many cases of the area are near-misses (the area's test checks they are at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_CONTESTS: Phrasebook = {
  area: 'vi-contests',
  locale: 'vi',
  cases: [...wonCases(), ...breakdownCases(), ...namedListCases(), ...NEAR_MISSES],
};
