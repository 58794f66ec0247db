import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `bare-counts-en` / `bare-counts-vi`: COUNTS NO VERB STATES (round 31). Reports state
 * many counts as objects of prepositions or as the subject's description — `It operates through 21
 * branches`, `GEC's 13 hydroelectric plants in Gia Lai …`, `tặng quà cho 15 thiếu nhi`, `đến từ 11 quốc
 * gia`, `qua 4 vòng gọi vốn` — and the annotators of every real set take them as facts. The extractor
 * reads such a count (`rules/bare-count.ts`) and always doubts it (`bare-count`): shown, never certain.
 *
 * Classes, crossed in templates:
 * (a) A COUNT AFTER A PREPOSITION OR A NON-COUNT VERB, of a plural noun (English) or any noun
 *     (Vietnamese), under a bound (`nearly`, `more than`, `about`; `gần`, `hơn`, `khoảng`).
 * (b) A COUNT AFTER A CHANGE IN THE SAME CLAUSE: `Prices rose 5% and nearly 300 shops closed`, `doanh
 *     thu tăng 5% và 300 cửa hàng mở mới` — a statement of its own; the change stays its subject's.
 *
 * NEAR-MISSES (at least a fifth; no certain number, and no count read): a number that is a label or a
 * description's (`the 5 largest firms`, `Top 10 brands`, `Phase 2 works`, `District 7 offices`, `số 15`,
 * `đợt 2`, `lớp 12`), a day (`on November 8 that …`, `mùng 5 Tết`, `tuần 30`), a place where something
 * happened (`ở 61 địa phương`), a container (`trong 36 gói`), a source (`của 63 sở`).
 */

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const COUNTS: readonly (readonly [text: string, v: string])[] = [
  ['21', '21'],
  ['1,250', '1250'],
  ['39', '39'],
  ['13', '13'],
];
const COUNTS_VI: readonly (readonly [text: string, v: string])[] = [
  ['21', '21'],
  ['1.250', '1250'],
  ['39', '39'],
  ['13', '13'],
];

const BOUNDS_EN: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['nearly ', 'under'],
  ['more than ', 'over'],
  ['about ', 'about'],
];
const BOUNDS_VI: readonly (readonly [text: string, a: RealFact['a']])[] = [
  ['', undefined],
  ['gần ', 'under'],
  ['hơn ', 'over'],
  ['khoảng ', 'about'],
];

/** English frames around a count: what comes before it and after its noun. */
const FRAMES_EN: readonly (readonly [before: string, after: string])[] = [
  ['The bank currently operates through', 'nationwide'],
  ['Visitors to the fair came from', 'this spring'],
  ['The group sells its products via', 'across the country'],
  ['The programme has supported farmers across', 'so far'],
  ['The company raised the capital through', 'since its founding'],
];
const NOUNS_EN: readonly string[] = ['branches', 'countries', 'retail outlets', 'cooperatives', 'funding rounds'];

/** Vietnamese frames around a count. */
const FRAMES_VI: readonly (readonly [before: string, after: string])[] = [
  ['Huyện đoàn tổ chức tặng quà cho', 'có hoàn cảnh khó khăn'],
  ['Các vận động viên đến từ', 'đã tranh tài sôi nổi'],
  ['Ví điện tử đã huy động vốn qua', 'trong những năm gần đây'],
  ['Chương trình đã hỗ trợ kỹ thuật cho', 'trên địa bàn tỉnh'],
  ['Công ty phân phối sản phẩm qua', 'trên toàn quốc'],
];
const NOUNS_VI: readonly string[] = ['thiếu nhi', 'quốc gia', 'vòng gọi vốn', 'hợp tác xã', 'siêu thị'];

/** (a) A count no verb states, after a preposition or a non-count verb. */
function frameCases(
  frames: readonly (readonly [string, string])[],
  nouns: readonly string[],
  bounds: readonly (readonly [string, RealFact['a']])[],
  counts: readonly (readonly [string, string])[],
): PhraseCase[] {
  return cross(frames, nouns, bounds).map(([[before, after], noun, [bound, a]], i) => {
    const [num, v] = pick(counts, i);
    return { text: `${before} ${bound}${num} ${noun} ${after}.`, facts: [{ v, ...(a ? { a } : {}) }] };
  });
}

/** (b) A count after a change in the same clause: a statement of its own. */
function afterChangeCases(locale: 'vi' | 'en'): PhraseCase[] {
  const en: readonly (readonly [subject: string, tail: string])[] = [
    ['Prices rose', 'shops closed'],
    ['Revenue increased', 'new stores opened'],
    ['Exports fell', 'factories cut jobs'],
  ];
  const vi: readonly (readonly [subject: string, tail: string])[] = [
    ['Doanh thu tăng', 'cửa hàng mở mới'],
    ['Giá bán giảm', 'cơ sở ngừng hoạt động'],
    ['Sản lượng tăng', 'cơ sở được hỗ trợ'],
  ];
  const bounds = locale === 'en' ? BOUNDS_EN : BOUNDS_VI;
  const rates: readonly (readonly [text: string, r: string])[] =
    locale === 'en'
      ? [
          ['5%', '5'],
          ['12.5%', '12.5'],
        ]
      : [
          ['5%', '5'],
          ['12,5%', '12.5'],
        ];
  const joiner = locale === 'en' ? 'and' : 'và';
  return cross(locale === 'en' ? en : vi, rates, bounds).map(([[subject, tail], [rate, r], [bound, a]], i) => {
    const sign = /fell|giảm/u.test(subject) ? '-' : '';
    const [num, v] = pick(locale === 'en' ? COUNTS : COUNTS_VI, i);
    return {
      text: `${subject} ${rate} ${joiner} ${bound}${num} ${tail}.`,
      facts: [{ ch: [`rate ${sign}${r} *`] }, { v, ...(a ? { a } : {}) }],
    };
  });
}

/** Near-misses: numbers that are labels, days, places, containers or sources — no certain number. */
function nearMissesEn(): PhraseCase[] {
  const texts = [
    'The 5 largest markets remained stable.',
    'Top 10 brands were honoured at the ceremony.',
    'Phase 2 works started at the site.',
    'District 7 offices stayed open on Sunday.',
    'Each 2 weeks the inspectors visit the markets.',
    'The 3 new terminals serve domestic routes.',
    'Article 15 provisions apply to state firms.',
    'Decree 100 penalties took effect in January.',
    'Group 4 members met the investors.',
    'Line 2 trains run every ten minutes.',
  ];
  return cross(texts, ['', ' The report said so.', ' Officials confirmed it.', ' No figure was given.']).map(
    ([t, tail]) => ({ text: `${t}${tail}`, facts: [] }),
  );
}

function nearMissesVi(): PhraseCase[] {
  const texts = [
    'Nghị định số 15 quy định chi tiết việc này.',
    'Đợt 2 tiêm phòng bắt đầu từ tuần sau.',
    'Học sinh lớp 12 được nghỉ học.',
    'Mùng 5 Tết người dân đi chợ đông.',
    'Số ca mắc trong tuần này đã giảm so với tuần 30 rõ rệt.',
    'Chỉ số tăng ở 61 địa phương trên cả nước.',
    'Hàng hóa được chứa trong 36 gói nhỏ.',
    'Theo báo cáo của 63 sở lao động, tình hình ổn định.',
    'Các xã thuộc khu 3 đã hoàn thành.',
    'Người dân quận 7 phản ánh về tiếng ồn.',
  ];
  return cross(texts, ['', ' Báo cáo nêu rõ.', ' Lãnh đạo xã cho biết.', ' Chưa có số liệu cụ thể.']).map(
    ([t, tail]) => ({ text: `${t}${tail}`, facts: [] }),
  );
}

const NEAR_EN = nearMissesEn();
const NEAR_VI = nearMissesVi();
const CASES_EN = [...frameCases(FRAMES_EN, NOUNS_EN, BOUNDS_EN, COUNTS), ...afterChangeCases('en')];
const CASES_VI = [
  ...frameCases(FRAMES_VI, NOUNS_VI, BOUNDS_VI, COUNTS_VI).map((c) => ({ ...c, text: cap(c.text) })),
  ...afterChangeCases('vi'),
];

/** How many cases of each area are near-misses (the test checks they are at least a fifth). */
export const NEAR_MISS_COUNT_EN = NEAR_EN.length;
export const NEAR_MISS_COUNT_VI = NEAR_VI.length;

export const BARE_COUNTS_EN: Phrasebook = { area: 'bare-counts-en', locale: 'en', cases: [...CASES_EN, ...NEAR_EN] };
export const BARE_COUNTS_VI: Phrasebook = { area: 'bare-counts-vi', locale: 'vi', cases: [...CASES_VI, ...NEAR_VI] };
