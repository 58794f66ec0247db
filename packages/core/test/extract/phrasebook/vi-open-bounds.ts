import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-open-bounds`: the Vietnamese of a figure OPEN AT ONE END and of the hectare
 * SPELLED OUT, as plans, resolutions and the farm and forestry press print them (round 32).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) `TỪ X … TRỞ LÊN` / `TỪ X … TRỞ XUỐNG`: `từ` before the figure and `trở lên` (at least, bound
 *     `over`) or `trở xuống` (at most, bound `under`) after it, its unit glued or spaced or a counted
 *     noun between (`từ 3.485ha trở lên`, `từ 5 xã trở lên`, `từ 2.200 đảng viên trở lên`, `từ 120
 *     tỷ đồng trở lên`, `từ 1.500 tấn trở xuống`), under a goal (`phấn đấu`, `mục tiêu … là`,
 *     `kế hoạch đề ra`), a yearly step (`mỗi năm`, `hằng năm`) or a result (`đạt`). The level is read
 *     with its bound, and doubted (`open-bound`): the same words set the threshold of a definition.
 * (b) THE HECTARE SPELLED OUT: `héc-ta`, `hécta`, `héc ta` after a figure, bare or bounded (`hơn`,
 *     `gần`, `khoảng`), as `ha` is read.
 *
 * Annotated with the conventions of `real-corpus/test15b-vi.ts` (`từ 2.200 đảng viên trở lên` a
 * target bounded `over`) and `real-corpus/test21b-vi.ts` (`hơn 2.000 héc-ta`, unit `ha`).
 * NEAR-MISSES (at least a fifth): the threshold of a definition with no level of its own (`tàu có
 * chiều dài từ 15 mét trở lên phải …`, `người từ 60 tuổi trở lên`, `doanh nghiệp có vốn từ 10 tỷ
 * đồng trở lên phải …`), `trở lên` with no `từ` after a qualifier (`sản phẩm OCOP đạt 3 sao trở
 * lên`), a move from one level to another (`tăng từ 5 triệu đồng lên 7 triệu đồng`), a range (`từ 3
 * đến 5 xã`), the same figures with no bound and `ha` written short — each keeps its reading.
 */

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A figure with its unit or counted noun, as printed, its value and unit code. */
const FIGURES: readonly (readonly [text: string, v: string, u: string | undefined])[] = [
  ['3.485ha', '3485', 'ha'],
  ['1.200 ha', '1200', 'ha'],
  ['5 xã', '5', undefined],
  ['2.200 đảng viên', '2200', undefined],
  ['120 tỷ đồng', '120000000000', 'VND'],
  ['1.500 tấn', '1500', 'tonne'],
];

/** The object each figure is the level of, in the order of {@link FIGURES}. */
const WHAT = ['trồng rừng mới', 'trồng mới', 'có', 'kết nạp', 'thu hút vốn đầu tư', 'sản xuất'];

/** The frames of a goal around `từ X … trở lên`. */
const GOAL_FRAMES: readonly ((what: string, fig: string) => string)[] = [
  (what, fig) => `tỉnh phấn đấu ${what} từ ${fig} trở lên`,
  (what, fig) => `mỗi năm huyện phấn đấu ${what} từ ${fig} trở lên`,
  (what, fig) => `mục tiêu của tỉnh là ${what} từ ${fig} trở lên`,
  (what, fig) => `hằng năm phấn đấu ${what} từ ${fig} trở lên`,
];

const PERIODS: readonly (readonly [text: string, p: string | undefined])[] = [
  ['Năm 2025, ', '2025'],
  ['Giai đoạn 2021-2025, ', '2021/2025'],
  ['', undefined],
];

/** (a) A goal of at least a figure. */
function openGoalCases(): PhraseCase[] {
  return cross(
    FIGURES.map((f, i) => [f, WHAT[i] as string] as const),
    GOAL_FRAMES,
    PERIODS,
  ).map(([[[fig, v, u], what], frame, [period, p]]) => {
    const fact: RealFact = { v, ...(u ? { u } : {}), a: 'over', k: 'target', ...(p ? { p } : {}) };
    return { text: cap(`${period}${frame(what, fig)}.`), facts: [fact] };
  });
}

/** (a) At most a figure: `trở xuống`. */
function openCeilingCases(): PhraseCase[] {
  const frames: readonly ((fig: string) => string)[] = [
    (fig) => `tỉnh phấn đấu giữ lượng rác thải chôn lấp từ ${fig} trở xuống`,
    (fig) => `mục tiêu của huyện là khai thác từ ${fig} trở xuống`,
  ];
  const figures = FIGURES.filter(([, , u]) => u === 'tonne' || u === 'ha');
  return cross(figures, frames, PERIODS).map(([[fig, v, u], frame, [period, p]]) => ({
    text: cap(`${period}${frame(fig)}.`),
    facts: [{ v, ...(u ? { u } : {}), a: 'under', k: 'target', ...(p ? { p } : {}) }],
  }));
}

/** The hectare as the press spells it. */
const HECTARES = ['héc-ta', 'hécta', 'héc ta'];

const BOUNDS: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['hơn ', 'over'],
  ['gần ', 'under'],
  ['khoảng ', 'about'],
];

const AREA_FRAMES: readonly ((n: string) => string)[] = [
  (n) => `huyện đã gieo trồng ${n} ngô thu đông`,
  (n) => `toàn tỉnh hiện có ${n} cà phê bị rụng quả`,
  (n) => `diện tích lúa mỗi vụ đạt ${n}`,
];

/** (b) An area in hectares spelled out. */
function hectareCases(): PhraseCase[] {
  const numbers = [
    ['2.000', '2000'],
    ['2.300', '2300'],
    ['70', '70'],
    ['1.149,5', '1149.5'],
  ] as const;
  return cross(HECTARES, BOUNDS, AREA_FRAMES, PERIODS.slice(0, 2)).map(([ha, [bound, a], frame, [period, p]], i) => {
    const [num, v] = pick(numbers, i);
    return {
      text: cap(`${period}${frame(`${bound}${num} ${ha}`)}.`),
      facts: [{ v, u: 'ha', ...(a ? { a } : {}), ...(p ? { p } : {}) }],
    };
  });
}

/** Near-misses: thresholds of definitions, a qualifier's `trở lên`, a move, a range, no bound. */
function nearMisses(): PhraseCase[] {
  const shapes: readonly ((p: string) => PhraseCase)[] = [
    (p) => ({ text: `${p}tàu có chiều dài từ 15 mét trở lên phải lắp thiết bị giám sát hành trình.`, facts: [] }),
    (p) => ({ text: `${p}người từ 60 tuổi trở lên được khám bệnh miễn phí.`, facts: [] }),
    (p) => ({ text: `${p}doanh nghiệp có vốn từ 10 tỷ đồng trở lên phải báo cáo hằng quý.`, facts: [] }),
    (p) => ({ text: `${p}sản phẩm OCOP đạt 3 sao trở lên được tỉnh hỗ trợ quảng bá.`, facts: [] }),
    (p) => ({ text: `${p}huyện có từ 3 đến 5 xã đăng ký đạt chuẩn.`, facts: [] }),
    (p) => ({ text: `${p}huyện trồng mới 3.485 ha rừng.`, facts: [{ v: '3485', u: 'ha' }] }),
    (p) => ({ text: `${p}tỉnh kết nạp 2.200 đảng viên.`, facts: [{ v: '2200' }] }),
    (p) => ({ text: `${p}huyện đã gieo trồng hơn 2.000 ha ngô.`, facts: [{ v: '2000', u: 'ha', a: 'over' }] }),
    (p) => ({ text: `${p}lao động từ 15 tuổi trở lên của tỉnh được đào tạo nghề.`, facts: [] }),
    (p) => ({ text: `${p}hộ có từ 2 con trở lên được vận động thực hiện kế hoạch hóa gia đình.`, facts: [] }),
    (p) => ({ text: `${p}các xã có từ 3 thôn trở lên được chia làm hai cụm.`, facts: [] }),
    (p) => ({ text: `${p}khách sạn từ 3 sao trở lên được ưu tiên đón đoàn.`, facts: [] }),
    (p) => ({ text: `${p}giá vé từ 50.000 đồng trở xuống được miễn thuế.`, facts: [] }),
    (p) => ({ text: `${p}thửa đất có diện tích từ 500 m2 trở lên phải đăng ký.`, facts: [] }),
  ];
  const periods: readonly (readonly [string, string | undefined])[] = [
    ['', undefined],
    ['Năm 2023, ', '2023'],
    ['Trong 6 tháng đầu năm 2024, ', '2024-H1'],
  ];
  return cross(shapes, periods).map(([shape, [period, p]]) => {
    const c = shape(period);
    return { text: cap(c.text), facts: c.facts.map((f) => ({ ...f, ...(p ? { p } : {}) })) };
  });
}

const NEAR_MISSES = nearMisses();

/** How many cases of the area are near-misses (the area's test checks they are at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_OPEN_BOUNDS: Phrasebook = {
  area: 'vi-open-bounds',
  locale: 'vi',
  cases: [...openGoalCases(), ...openCeilingCases(), ...hectareCases(), ...NEAR_MISSES],
};
