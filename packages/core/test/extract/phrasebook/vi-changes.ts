import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * Vietnamese report prose, `vi-changes`: how a change and its base, a completion of a plan, a
 * value with its bound, scale, unit and stage, a goal and a period are said — each class written
 * out as the GSO's releases, the provinces' statistics offices and the national press (VnExpress,
 * VietnamPlus, Dân trí, Thanh Niên, Báo Đầu tư, Thời báo Tài chính) write it, crossed in
 * templates so every combination is read.
 *
 * Annotated with the conventions of the real corpus (`real-corpus/test7-vi.ts`, `test8-vi.ts`):
 * `so với tháng trước`/`so với kỳ trước`/`so với quý trước`/`so với năm trước` are the previous
 * period, `so với cùng kỳ (năm trước/năm ngoái)`/`so cùng kỳ`/`so với CK(NT)`/`so với cùng thời
 * điểm năm trước`/`so với tháng (quý) cùng kỳ năm trước` the same period last year, `so với đầu
 * năm` December of the year before, `so với năm 2023` and `so với tháng 9/2023` those periods, `so
 * với cuối năm 2024`/`so với thời điểm 31/12/2024` December 2024; `so với cùng kỳ năm 2022` is `*`
 * (any base). `bằng X% so với` a period is a ratio; `gấp N lần`/`tăng gấp N lần`/`tăng N lần` a
 * multiple (`gấp đôi` 2, `gấp rưỡi` 1.5); `tăng X điểm phần trăm` points. `đạt`/`bằng`/`hoàn
 * thành X% (so với) kế hoạch/dự toán/chỉ tiêu/mục tiêu/kịch bản` is a completion of X, `vượt X% so
 * với dự toán` and `vượt dự toán X%` of 100 + X. `hơn`/`trên` is a lower bound, `gần`/`ngót`/`chưa
 * đến`/`dưới` an upper bound, `khoảng`/`xấp xỉ` an approximation; `ước`/`ước đạt`/`ước tính`/`ước
 * thực hiện` the stage estimate, `sơ bộ` preliminary. `phấn đấu`, `mục tiêu`, `chỉ tiêu … là`,
 * `dự kiến`, `sẽ đạt` make a target. Counts of enterprises, projects and visitors carry no unit.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';
const DEC = 'december-last-year';

/** `5,9` → `5.9` (the canonical amount of a Vietnamese decimal). */
const dot = (s: string): string => s.replace(',', '.');

type Figure = readonly [subject: string, value: string, v: string, u: string | undefined];

/** Subjects with a level figure and its canonical value (the value's unit when it has one). */
const FIGURES: readonly Figure[] = [
  ['kim ngạch xuất khẩu', '35,6 tỷ USD', '35600000000', 'USD'],
  ['tổng thu ngân sách nhà nước trên địa bàn', '12.300 tỷ đồng', '12300000000000', 'VND'],
  ['tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', '1,25 nghìn tỷ đồng', '1250000000000', 'VND'],
  ['vốn đầu tư trực tiếp nước ngoài thực hiện', '850 triệu USD', '850000000', 'USD'],
  ['sản lượng lúa', '2,3 triệu tấn', '2300000', 'tonne'],
  ['số doanh nghiệp thành lập mới', '1.520 doanh nghiệp', '1520', undefined],
  ['lượng khách du lịch', '4,2 triệu lượt khách', '4200000', undefined],
  ['diện tích gieo trồng', '15.600 ha', '15600', 'ha'],
  ['sản lượng điện sản xuất', '7.250 triệu kWh', '7250000000', undefined],
];

const fig = (i: number): Figure => FIGURES[i % FIGURES.length] as Figure;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const valueFact = (f: Figure): RealFact => (f[3] ? { v: f[2], u: f[3] } : { v: f[2] });

/** A period phrase, its id, and the bases a report compares a figure of that period with. */
type PeriodGroup = readonly [
  periods: readonly (readonly [string, string])[],
  bases: readonly (readonly [string, string])[],
];

const MONTH: PeriodGroup = [
  [
    ['tháng 10/2023', '2023-10'],
    ['tháng 10 năm 2023', '2023-10'],
  ],
  [
    ['so với tháng trước', PREV],
    ['so với tháng liền kề', PREV],
    ['so với kỳ trước', PREV],
    ['so với tháng 9/2023', '2023-09'],
    ['so với tháng cùng kỳ năm trước', SPLY],
    ['so với tháng cùng kỳ', SPLY],
    ['so với cùng kỳ', SPLY],
    ['so với cùng kỳ năm trước', SPLY],
    ['so với cùng kỳ năm ngoái', SPLY],
    ['so với cùng kỳ năm 2022', '*'],
    ['so cùng kỳ', SPLY],
    ['so với CK', SPLY],
    ['so với CKNT', SPLY],
    ['so với cùng thời điểm năm trước', SPLY],
    ['so với tháng 10/2022', '2022-10'],
  ],
];

const QUARTER: PeriodGroup = [
  [
    ['quý III/2023', '2023-Q3'],
    ['quý III năm 2023', '2023-Q3'],
  ],
  [
    ['so với quý trước', PREV],
    ['so với quý II/2023', '2023-Q2'],
    ['so với quý cùng kỳ năm trước', SPLY],
    ['so với quý cùng kỳ', SPLY],
    ['so với cùng kỳ năm trước', SPLY],
    ['so với cùng kỳ', SPLY],
  ],
];

const YEAR_TO_DATE: PeriodGroup = [
  [
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['9 tháng năm 2024', '2024-YTD-09'],
    ['lũy kế 10 tháng năm 2025', '2025-YTD-10'],
  ],
  [
    ['so với cùng kỳ năm trước', SPLY],
    ['so với cùng kỳ năm ngoái', SPLY],
    ['so với cùng kỳ', SPLY],
    ['so cùng kỳ năm trước', SPLY],
    ['so với CKNT', SPLY],
  ],
];

const YEAR: PeriodGroup = [
  [
    ['năm 2024', '2024'],
    ['cả năm 2024', '2024'],
  ],
  [
    ['so với năm 2023', '2023'],
    ['so với năm trước', PREV],
    ['so với năm ngoái', PREV],
  ],
];

/** A change phrase before the base: its text for an amount, and its annotation. */
type Change = readonly [say: (amount: string) => string, note: (amount: string) => string];

const rate =
  (sign: 1 | -1): Change[1] =>
  (a) =>
    `rate ${sign < 0 ? '-' : ''}${dot(a)}`;

const CHANGES: readonly Change[] = [
  [(a) => `tăng ${a}%`, rate(1)],
  [(a) => `giảm ${a}%`, rate(-1)],
  [(a) => `tăng trưởng ${a}%`, rate(1)],
  [(a) => `tăng thêm ${a}%`, rate(1)],
  [(a) => `giảm đi ${a}%`, rate(-1)],
  [(a) => `tăng nhẹ ${a}%`, rate(1)],
  [(a) => `tăng mạnh ${a}%`, rate(1)],
  [(a) => `tăng cao ${a}%`, rate(1)],
  [(a) => `tăng khá ${a}%`, rate(1)],
  [(a) => `giảm nhẹ ${a}%`, rate(-1)],
  [(a) => `giảm sâu ${a}%`, rate(-1)],
  [(a) => `giảm mạnh ${a}%`, rate(-1)],
  [(a) => `sụt giảm ${a}%`, rate(-1)],
  [(a) => `tăng ${a} phần trăm`, rate(1)],
  [(a) => `bằng ${a}%`, (a) => `ratio ${dot(a)}`],
  [() => 'gấp 2,3 lần', () => 'times 2.3'],
  [() => 'tăng gấp 1,8 lần', () => 'times 1.8'],
  [() => 'tăng 2,5 lần', () => 'times 2.5'],
  [() => 'gấp đôi', () => 'times 2'],
  [() => 'gấp rưỡi', () => 'times 1.5'],
];

const AMOUNTS = ['5,9', '12,4', '0,8', '3,15', '27', '1,6', '8,25', '14'] as const;
const RATIOS = ['92,5', '87,1', '96,3', '81,7'] as const;

/** (a) Every change verb with every base its period admits: `X tháng 10/2023 đạt V, tăng 5,9% so với tháng trước.` */
function changesWithBases(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [periods, bases] of [MONTH, QUARTER, YEAR_TO_DATE, YEAR]) {
    for (const [change, [baseText, base]] of cross(CHANGES, bases)) {
      const [ptext, p] = periods[i % periods.length] as readonly [string, string];
      const f = fig(i);
      const isRatio = change[0]('1').startsWith('bằng');
      const amount = (isRatio ? RATIOS[i % RATIOS.length] : AMOUNTS[i % AMOUNTS.length]) as string;
      const verb = i % 3 === 0 ? 'ước đạt' : 'đạt';
      out.push({
        text: `${cap(f[0])} ${ptext} ${verb} ${f[1]}, ${change[0](amount)} ${baseText}.`,
        facts: [
          {
            ...valueFact(f),
            p,
            ...(verb === 'ước đạt' ? { st: 'estimate' } : {}),
            ch: [`${change[1](amount)} ${base}`],
          },
        ],
      });
      i++;
    }
  }
  return out;
}

/** (a) A change with no level before it: `Chỉ số giá tiêu dùng tháng 10/2023 tăng 0,8% so với tháng trước.` */
function bareChanges(): PhraseCase[] {
  const subjects = [
    'chỉ số giá tiêu dùng (CPI)',
    'chỉ số sản xuất toàn ngành công nghiệp (IIP)',
    'tổng sản phẩm trên địa bàn (GRDP)',
  ];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [periods, bases] of [MONTH, QUARTER, YEAR_TO_DATE]) {
    for (const [[say, note], [baseText, base]] of cross(CHANGES.slice(0, 14), bases)) {
      const [ptext, p] = periods[i % periods.length] as readonly [string, string];
      const amount = AMOUNTS[(i + 3) % AMOUNTS.length] as string;
      out.push({
        text: `${cap(subjects[i % subjects.length] as string)} ${ptext} ${say(amount)} ${baseText}.`,
        facts: [{ p, ch: [`${note(amount)} ${base}`] }],
      });
      i++;
    }
  }
  return out;
}

/** (a) Two changes of one value: `…, tăng 1,39% so với tháng trước và tăng 18,89% so với cùng kỳ năm trước.` */
function twoChanges(): PhraseCase[] {
  const firsts: readonly (readonly [string, string])[] = [
    ['so với tháng trước', PREV],
    ['so với tháng 9/2023', '2023-09'],
    ['so với đầu năm', DEC],
  ];
  const seconds: readonly (readonly [string, string])[] = [
    ['so với cùng kỳ năm trước', SPLY],
    ['so với cùng kỳ', SPLY],
    ['so với cùng kỳ năm ngoái', SPLY],
    ['so với tháng 10/2022', '2022-10'],
  ];
  const pairs: readonly (readonly [Change, Change])[] = [
    [CHANGES[0] as Change, CHANGES[0] as Change],
    [CHANGES[1] as Change, CHANGES[0] as Change],
    [CHANGES[0] as Change, CHANGES[1] as Change],
    [CHANGES[5] as Change, CHANGES[6] as Change],
  ];
  const links = [' và ', ', ', ' nhưng ', '; ', ' nhưng vẫn ', ', tuy nhiên '];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [[c1, c2], [b1t, b1], [b2t, b2], link] of cross(pairs, firsts, seconds, links)) {
    const f = fig(i);
    const a1 = AMOUNTS[i % AMOUNTS.length] as string;
    const a2 = AMOUNTS[(i + 5) % AMOUNTS.length] as string;
    out.push({
      text: `${cap(f[0])} tháng 10/2023 đạt ${f[1]}, ${c1[0](a1)} ${b1t}${link}${c2[0](a2)} ${b2t}.`,
      facts: [{ ...valueFact(f), p: '2023-10', ch: [`${c1[1](a1)} ${b1}`, `${c2[1](a2)} ${b2}`] }],
    });
    i++;
  }
  return out;
}

/** (a) Points: `Tỷ lệ giải ngân 9 tháng năm 2024 tăng 3,2 điểm phần trăm so với cùng kỳ.` */
function points(): PhraseCase[] {
  const words = ['điểm phần trăm', 'điểm %'];
  const subjects = ['tỷ lệ giải ngân vốn đầu tư công', 'tỷ lệ lao động qua đào tạo', 'tỷ lệ hộ nghèo'];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [word, subject, verb, [bt, b]] of cross(words, subjects, ['tăng', 'giảm'], [
    ['so với cùng kỳ', SPLY],
    ['so với cùng kỳ năm trước', SPLY],
    ['so với năm 2023', '2023'],
  ] as const)) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: `${cap(subject)} năm 2024 ${verb} ${a} ${word} ${bt}.`,
      facts: [{ p: '2024', ch: [`points ${verb === 'giảm' ? '-' : ''}${dot(a)} ${b}`] }],
    });
    i++;
  }
  return out;
}

/** The plans a completion is read against. */
const PLANS = [
  'kế hoạch',
  'kế hoạch năm',
  'KH',
  'kế hoạch vốn',
  'kế hoạch Thủ tướng Chính phủ giao',
  'dự toán',
  'dự toán năm',
  'dự toán HĐND tỉnh giao',
  'dự toán Trung ương giao',
  'dự toán được giao',
  'chỉ tiêu',
  'chỉ tiêu kế hoạch',
  'mục tiêu',
  'mục tiêu đề ra',
  'kịch bản',
] as const;

/** A completion phrase for a plan: its text and the percent of the plan. */
type Completion = readonly [say: (x: string, plan: string) => string, percent: (x: string) => string];

const plus100 = (x: string): string => {
  const [int, frac] = dot(x).split('.');
  return `${100 + Number(int)}${frac ? `.${frac}` : ''}`;
};

const COMPLETIONS: readonly Completion[] = [
  [(x, p) => `đạt ${x}% ${p}`, dot],
  [(x, p) => `bằng ${x}% ${p}`, dot],
  [(x, p) => `hoàn thành ${x}% ${p}`, dot],
  [(x, p) => `đạt ${x}% so với ${p}`, dot],
  [(x, p) => `bằng ${x}% so với ${p}`, dot],
  [(x, p) => `vượt ${x}% so với ${p}`, plus100],
  [(x, p) => `vượt ${p} ${x}%`, plus100],
];

const SHARES = ['85,2', '63,1', '102,4', '77', '94,6', '58,3', '110,5'] as const;
const EXCESS = ['12,5', '3,2', '25', '8,7'] as const;

/** (b) Every completion verb with every plan: `…, đạt 85,2% dự toán HĐND tỉnh giao.` */
function completions(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [c, plan] of cross(COMPLETIONS, PLANS)) {
    const f = fig(i + 1);
    const x = (c[1] === plus100 ? EXCESS[i % EXCESS.length] : SHARES[i % SHARES.length]) as string;
    const [ptext, p] = i % 2 === 0 ? (['năm 2024', '2024'] as const) : (['9 tháng năm 2024', '2024-YTD-09'] as const);
    out.push({
      text: `${cap(f[0])} ${ptext} đạt ${f[1]}, ${c[0](x, plan)}.`,
      facts: [{ ...valueFact(f), p, c: c[1](x) }],
    });
    i++;
  }
  return out;
}

/** (b) A completion and a change of one value: `…, đạt 85,2% dự toán, tăng 12,4% so với cùng kỳ.` */
function completionWithChange(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  const links = [', ', ' và ', '; '];
  const changes: readonly Change[] = [CHANGES[0] as Change, CHANGES[1] as Change, CHANGES[14] as Change];
  for (const [c, plan, link, ch] of cross(
    COMPLETIONS.slice(0, 6),
    ['kế hoạch', 'dự toán', 'KH', 'chỉ tiêu'],
    links,
    changes,
  )) {
    const f = fig(i);
    const x = (c[1] === plus100 ? EXCESS[i % EXCESS.length] : SHARES[i % SHARES.length]) as string;
    const a = (ch === changes[2] ? RATIOS[i % RATIOS.length] : AMOUNTS[i % AMOUNTS.length]) as string;
    out.push({
      text: `${cap(f[0])} 10 tháng năm 2025 ước đạt ${f[1]}, ${c[0](x, plan)}${link}${ch[0](a)} so với cùng kỳ năm trước.`,
      facts: [{ ...valueFact(f), p: '2025-YTD-10', st: 'estimate', c: c[1](x), ch: [`${ch[1](a)} ${SPLY}`] }],
    });
    i++;
  }
  return out;
}

/** (b) Two completions of one value against two plans: `…, đạt 132% dự toán Trung ương giao và 127% dự toán HĐND tỉnh giao.` */
function twoCompletions(): PhraseCase[] {
  const pairs: readonly (readonly [string, string])[] = [
    ['dự toán Trung ương giao', 'dự toán HĐND tỉnh giao'],
    ['dự toán Trung ương giao', 'dự toán tỉnh giao'],
    ['dự toán', 'kế hoạch'],
    ['kế hoạch năm', 'chỉ tiêu HĐND tỉnh giao'],
  ];
  const verbs = ['đạt', 'bằng'];
  const seconds = ['', 'đạt ', 'bằng '];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [[p1, p2], verb, second] of cross(pairs, verbs, seconds)) {
    const f = fig(i + 2);
    const x1 = SHARES[i % SHARES.length] as string;
    const x2 = SHARES[(i + 3) % SHARES.length] as string;
    out.push({
      text: `${cap(f[0])} năm 2024 đạt ${f[1]}, ${verb} ${x1}% ${p1} và ${second}${x2}% ${p2}.`,
      facts: [
        { ...valueFact(f), p: '2024', c: dot(x1) },
        { c: dot(x2), p: '2024' },
      ],
    });
    i++;
  }
  return out;
}

/** A value verb and the stage it names. */
const VALUE_VERBS: readonly (readonly [string, string | undefined])[] = [
  ['đạt', undefined],
  ['ước đạt', 'estimate'],
  ['ước tính đạt', 'estimate'],
  ['ước tính', 'estimate'],
  ['ước thực hiện', 'estimate'],
  ['thực hiện', undefined],
  ['là', undefined],
  ['thu được', undefined],
  ['giải ngân được', undefined],
];

const BOUNDS: readonly (readonly [string, 'about' | 'over' | 'under' | undefined])[] = [
  ['', undefined],
  ['gần ', 'under'],
  ['hơn ', 'over'],
  ['trên ', 'over'],
  ['khoảng ', 'about'],
  ['xấp xỉ ', 'about'],
  ['ngót ', 'under'],
  ['chưa đến ', 'under'],
  ['dưới ', 'under'],
];

/** (c) Values: every verb with every bound and scale: `Tổng thu ngân sách năm 2024 ước đạt gần 12.300 tỷ đồng.` */
function values(): PhraseCase[] {
  const money: readonly Figure[] = [
    ['tổng thu ngân sách nhà nước', '12.300 tỷ đồng', '12300000000000', 'VND'],
    ['vốn đầu tư công', '1,25 nghìn tỷ đồng', '1250000000000', 'VND'],
    ['doanh thu du lịch', '850 triệu đồng', '850000000', 'VND'],
    ['kim ngạch xuất khẩu', '3,45 tỷ USD', '3450000000', 'USD'],
    ['vốn FDI', '620 triệu USD', '620000000', 'USD'],
    ['thu nội địa', '47.580 tỷ đồng', '47580000000000', 'VND'],
  ];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [[verb, st], [bound, a], f] of cross(VALUE_VERBS, BOUNDS, money.slice(0, 3))) {
    const [ptext, p] = i % 2 === 0 ? (['năm 2024', '2024'] as const) : (['6 tháng đầu năm 2024', '2024-H1'] as const);
    out.push({
      text: `${cap(f[0])} ${ptext} ${verb} ${bound}${f[1]}.`,
      facts: [{ ...valueFact(f), p, ...(a ? { a } : {}), ...(st ? { st } : {}) }],
    });
    i++;
  }
  return out;
}

/** (c) Counts after the verbs of counting: `Cả nước có hơn 1.520 doanh nghiệp thành lập mới.` */
function counts(): PhraseCase[] {
  const verbs = ['có', 'thu hút', 'đón', 'có thêm', 'cấp mới'];
  const things: readonly (readonly [string, string, string, string | undefined])[] = [
    ['1.520 doanh nghiệp thành lập mới', '1520', 'có', undefined],
    ['320 dự án đầu tư', '320', 'thu hút', undefined],
    ['4,2 triệu lượt khách', '4200000', 'đón', undefined],
    ['85 dự án', '85', 'cấp mới', undefined],
    ['2.150 doanh nghiệp quay trở lại hoạt động', '2150', 'có thêm', undefined],
  ];
  const out: PhraseCase[] = [];
  for (const [verb, [bound, a], [thing, v, fits]] of cross(verbs, BOUNDS, things)) {
    if (verb !== fits) continue;
    out.push({
      text: `Trong 9 tháng năm 2024, toàn tỉnh ${verb} ${bound}${thing}.`,
      facts: [{ v, p: '2024-YTD-09', ...(a ? { a } : {}) }],
    });
  }
  return out;
}

/** (c) Stages: `Theo số liệu sơ bộ, …`, `… ước tính …`. */
function stages(): PhraseCase[] {
  const frames: readonly (readonly [(s: string, v: string) => string, string])[] = [
    [(s, v) => `Theo số liệu sơ bộ, ${s} năm 2024 đạt ${v}.`, 'preliminary'],
    [(s, v) => `Sơ bộ năm 2024, ${s} đạt ${v}.`, 'preliminary'],
    [(s, v) => `${cap(s)} năm 2024 sơ bộ đạt ${v}.`, 'preliminary'],
    [(s, v) => `Ước tính năm 2024, ${s} đạt ${v}.`, 'estimate'],
    [(s, v) => `${cap(s)} năm 2024 ước ${v}.`, 'estimate'],
    [(s, v) => `${cap(s)} năm 2024 ước tính đạt ${v}.`, 'estimate'],
  ];
  return cross(frames, FIGURES).map(([[say, st], f]) => ({
    text: say(f[0], f[1]),
    facts: [{ ...valueFact(f), p: '2024', st }],
  }));
}

/** (c) Goals: `Năm 2025, tỉnh phấn đấu thu ngân sách đạt 15.000 tỷ đồng.` */
function targets(): PhraseCase[] {
  const frames: readonly ((s: string, v: string) => string)[] = [
    (s, v) => `Năm 2025, tỉnh phấn đấu ${s} đạt ${v}.`,
    (s, v) => `Mục tiêu năm 2025, ${s} đạt ${v}.`,
    (s, v) => `Chỉ tiêu ${s} năm 2025 là ${v}.`,
    (s, v) => `Theo kế hoạch đề ra, ${s} năm 2025 đạt ${v}.`,
    (s, v) => `Dự kiến cả năm 2025, ${s} đạt ${v}.`,
    (s, v) => `Năm 2025, ${s} sẽ đạt ${v}.`,
    (s, v) => `Tỉnh đặt mục tiêu ${s} năm 2025 đạt ${v}.`,
    (s, v) => `${cap(s)} năm 2025 dự kiến đạt ${v}.`,
  ];
  const cases: PhraseCase[] = cross(frames, FIGURES.slice(0, 6)).map(([say, f]) => ({
    text: say(f[0], f[1]),
    facts: [{ ...valueFact(f), p: '2025', k: 'target' as const }],
  }));
  const growth: readonly ((x: string) => string)[] = [
    (x) => `Năm 2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt ${x}%.`,
    (x) => `Mục tiêu tăng trưởng kinh tế năm 2025 là ${x}%.`,
    (x) => `Tỉnh đặt mục tiêu tăng trưởng GRDP năm 2025 đạt ${x}% trở lên.`,
    (x) => `Chỉ tiêu tăng trưởng GRDP năm 2025 là ${x}%.`,
    (x) => `Năm 2025, GRDP của tỉnh dự kiến tăng ${x}%.`,
  ];
  for (const [say, x] of cross(growth, ['8', '10,5', '7,2'])) {
    cases.push({ text: say(x), facts: [{ k: 'target', p: '2025', ch: [`rate ${dot(x)} *`] }] });
  }
  return cases;
}

/** (c) Periods: `Tính đến hết tháng 4/2018, …`, `Lũy kế 10 tháng năm 2025, …`. */
function periods(): PhraseCase[] {
  const leads: readonly (readonly [string, string | undefined])[] = [
    ['Tháng 10/2023', '2023-10'],
    ['Tháng 10 năm 2023', '2023-10'],
    ['Quý III/2023', '2023-Q3'],
    ['Quý III năm 2023', '2023-Q3'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['Trong 6 tháng đầu năm 2024', '2024-H1'],
    ['9 tháng năm 2024', '2024-YTD-09'],
    ['Tính chung 9 tháng năm 2024', '2024-YTD-09'],
    ['Từ đầu năm đến nay', undefined],
    ['Tính đến hết tháng 4/2018', '2018-YTD-04'],
    ['Tính đến ngày 31/10/2025', '2025-YTD-10'],
    ['Lũy kế 10 tháng năm 2025', '2025-YTD-10'],
    ['Lũy kế từ đầu năm đến hết tháng 10/2025', '2025-YTD-10'],
    ['Cả năm 2024', '2024'],
    ['Năm 2024', '2024'],
    ['Trong năm 2024', '2024'],
  ];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [[lead, p], f] of cross(leads, FIGURES.slice(0, 5))) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: `${lead}, ${f[0]} đạt ${f[1]}, tăng ${a}% so với cùng kỳ năm trước.`,
      facts: [{ ...valueFact(f), ...(p ? { p } : {}), ch: [`rate ${dot(a)} ${SPLY}`] }],
    });
    i++;
  }
  return out;
}

/** (a) Other orders and nouns of a change: `So với cùng kỳ năm trước, X tăng 5,9%`, `X so với tháng trước tăng 0,8%`, `với mức tăng 5,9%`, `tăng 5,9%, lên V`. */
function orders(): PhraseCase[] {
  const bases: readonly (readonly [string, string])[] = [
    ['so với tháng trước', PREV],
    ['so với cùng kỳ năm trước', SPLY],
    ['so với cùng kỳ', SPLY],
    ['so với tháng 9/2023', '2023-09'],
  ];
  const out: PhraseCase[] = [];
  let i = 0;
  // GSO order: the base before the change (`Chỉ số giá tiêu dùng tháng 10/2023 so với tháng trước tăng 0,08%`)
  const frames: readonly ((s: string, b: string, c: string) => string)[] = [
    (s, b, c) => `${cap(s)} tháng 10/2023 ${b} ${c}.`,
    (s, b, c) => `${cap(b)}, ${s} tháng 10/2023 ${c}.`,
    (s, b, c) => `Tháng 10/2023, ${s} ${b} ${c}.`,
  ];
  const verbs: readonly (readonly [string, 1 | -1, string | undefined])[] = [
    ['tăng', 1, undefined],
    ['giảm', -1, undefined],
    ['ước tăng', 1, 'estimate'],
    ['ước tính tăng', 1, 'estimate'],
    ['ước giảm', -1, 'estimate'],
    ['tăng trưởng', 1, undefined],
  ];
  const subjects = ['chỉ số giá tiêu dùng (CPI)', 'chỉ số sản xuất công nghiệp', 'tổng mức bán lẻ hàng hóa'];
  for (const [frame, [bt, b], [verb, sign, st], subject] of cross(frames, bases, verbs, subjects)) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: frame(subject, bt, `${verb} ${a}%`),
      facts: [{ p: '2023-10', ...(st ? { st } : {}), ch: [`rate ${sign < 0 ? '-' : ''}${dot(a)} ${b}`] }],
    });
    i++;
  }
  // a change noun after the level (`…, với mức tăng 5,9% so với cùng kỳ`, `…, tốc độ tăng 5,9%`)
  const nouns: readonly ((a: string) => string)[] = [
    (a) => `với mức tăng ${a}%`,
    (a) => `mức tăng ${a}%`,
    (a) => `tốc độ tăng ${a}%`,
    (a) => `với tốc độ tăng trưởng ${a}%`,
    (a) => `có mức tăng trưởng ${a}%`,
    (a) => `tăng trưởng ở mức ${a}%`,
    (a) => `tăng ở mức ${a}%`,
  ];
  for (const [noun, [bt, b], k] of cross(nouns, bases, [0, 1, 2, 3, 4])) {
    const f = fig(i + k);
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: `${cap(f[0])} tháng 10/2023 đạt ${f[1]}, ${noun(a)} ${bt}.`,
      facts: [{ ...valueFact(f), p: '2023-10', ch: [`rate ${dot(a)} ${b}`] }],
    });
    i++;
  }
  // the change before the level it reaches (`… tăng 5,9% so với cùng kỳ, đạt V`, `… tăng 5,9%, lên V`)
  const levels: readonly ((c: string, b: string, v: string) => string)[] = [
    (c, b, v) => `${c} ${b}, đạt ${v}`,
    (c, b, v) => `${c} ${b}, lên ${v}`,
    (c, b, v) => `${c} ${b}, ước đạt ${v}`,
    (c, b, v) => `${c} ${b} với ${v}`,
  ];
  for (const [level, [bt, b], k] of cross(levels, bases, [0, 1, 2, 3, 4, 5, 6])) {
    const f = fig(i + k);
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    const st = level('', '', '').includes('ước') ? { st: 'estimate' } : {};
    out.push({
      text: `${cap(f[0])} tháng 10/2023 ${level(`tăng ${a}%`, bt, f[1])}.`,
      facts: [{ ...valueFact(f), p: '2023-10', ...st, ch: [`rate ${dot(a)} ${b}`] }],
    });
    i++;
  }
  // a bound on a change keeps its number (`tăng hơn 5%`, `gấp gần 2,6 lần`) and a ratio `chỉ bằng`
  const bounded: readonly (readonly [(a: string) => string, (a: string) => string])[] = [
    [(a) => `tăng hơn ${a}%`, (a) => `rate ${dot(a)}`],
    [(a) => `tăng gần ${a}%`, (a) => `rate ${dot(a)}`],
    [(a) => `tăng khoảng ${a}%`, (a) => `rate ${dot(a)}`],
    [(a) => `giảm gần ${a}%`, (a) => `rate -${dot(a)}`],
    [(a) => `giảm hơn ${a}%`, (a) => `rate -${dot(a)}`],
    [() => 'gấp gần 2,6 lần', () => 'times 2.6'],
    [() => 'gấp hơn 3 lần', () => 'times 3'],
    [(a) => `chỉ bằng ${a}%`, (a) => `ratio ${dot(a)}`],
  ];
  for (const [[say, note], [bt, b], k] of cross(bounded, bases, [0, 1, 2, 3])) {
    const f = fig(i + k);
    const a = (say('x').includes('bằng') ? RATIOS[i % RATIOS.length] : AMOUNTS[i % AMOUNTS.length]) as string;
    out.push({
      text: `${cap(f[0])} tháng 10/2023 đạt ${f[1]}, ${say(a)} ${bt}.`,
      facts: [{ ...valueFact(f), p: '2023-10', ch: [`${note(a)} ${b}`] }],
    });
    i++;
  }
  // an absolute change in brackets is no fact and leaves the base to the rate
  const absolutes = ['(tương ứng tăng 1,2 tỷ USD)', '(tăng 1,2 tỷ USD)', ', tương ứng tăng 1,2 tỷ USD,'];
  for (const [abs, [bt, b]] of cross(absolutes, bases)) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: `Kim ngạch xuất khẩu tháng 10/2023 đạt 35,6 tỷ USD, tăng ${a}%${abs.startsWith(',') ? '' : ' '}${abs} ${bt}.`,
      facts: [{ v: '35600000000', u: 'USD', p: '2023-10', ch: [`rate ${dot(a)} ${b}`] }],
    });
    i++;
  }
  return out;
}

/**
 * (a)-(c) More of what reports write around a figure: period phrases of other forms, a base that is
 * a named month or the end of last year, plans with their year or their value in brackets, and
 * shares and contributions beside a value (no facts: they must never be read as a level or a change).
 */
function surroundings(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  const periods: readonly (readonly [string, string])[] = [
    ['nửa đầu năm 2024', '2024-H1'],
    ['6 tháng năm 2024', '2024-H1'],
    ['quý I năm 2024', '2024-Q1'],
    ['tháng Mười năm 2023', '2023-10'],
    ['11 tháng năm 2025', '2025-YTD-11'],
    ['tính đến cuối tháng 9/2024', '2024-YTD-09'],
    ['lũy kế đến hết quý III/2024', '2024-YTD-09'],
    ['bình quân 10 tháng năm 2023', '2023-YTD-10'],
  ];
  for (const [[pt, p], f] of cross(periods, FIGURES.slice(0, 6))) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    const lead = pt.startsWith('tính') || pt.startsWith('lũy') ? `${cap(pt)}, ${f[0]}` : `${cap(f[0])} ${pt}`;
    out.push({
      text: `${lead} đạt ${f[1]}, tăng ${a}% so với cùng kỳ năm trước.`,
      facts: [{ ...valueFact(f), p, ch: [`rate ${dot(a)} ${SPLY}`] }],
    });
    i++;
  }
  // a base that is a named month or the end of last year (a balance at a date)
  const stockBases: readonly (readonly [string, string])[] = [
    ['so với tháng 12/2023', '2023-12'],
    ['so với cuối năm 2023', '2023-12'],
    ['so với thời điểm 31/12/2023', '2023-12'],
    ['so với cuối năm trước', DEC],
    ['so với đầu năm', DEC],
    ['so với cùng thời điểm năm trước', SPLY],
  ];
  const stocks: readonly Figure[] = [
    ['dư nợ tín dụng trên địa bàn', '152.300 tỷ đồng', '152300000000000', 'VND'],
    ['tổng nguồn vốn huy động', '98.450 tỷ đồng', '98450000000000', 'VND'],
    ['số thuê bao di động', '1,25 triệu thuê bao', '1250000', 'subscriber'],
  ];
  for (const [[bt, b], f, verb] of cross(stockBases, stocks, ['tăng', 'giảm'])) {
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    out.push({
      text: `Đến cuối tháng 10/2024, ${f[0]} đạt ${f[1]}, ${verb} ${a}% ${bt}.`,
      facts: [{ ...valueFact(f), p: '2024-YTD-10', ch: [`rate ${verb === 'giảm' ? '-' : ''}${dot(a)} ${b}`] }],
    });
    i++;
  }
  // plans with their year or their value in brackets (the plan's value is a target of its own)
  const plans: readonly (readonly [(x: string) => string, RealFact | undefined])[] = [
    [(x) => `đạt ${x}% kế hoạch năm 2024`, undefined],
    [(x) => `bằng ${x}% dự toán năm 2024`, undefined],
    [(x) => `đạt ${x}% kế hoạch năm (15.000 tỷ đồng)`, { k: 'target', v: '15000000000000', u: 'VND', p: '2024' }],
    [(x) => `bằng ${x}% dự toán được giao (15.000 tỷ đồng)`, { k: 'target', v: '15000000000000', u: 'VND', p: '2024' }],
    [(x) => `ước đạt ${x}% kế hoạch`, undefined],
    [(x) => `đạt ${x}% so với kế hoạch đề ra`, undefined],
    [(x) => `đạt ${x}% dự toán Quốc hội giao`, undefined],
  ];
  const money: readonly Figure[] = [
    ['tổng thu ngân sách nhà nước', '12.300 tỷ đồng', '12300000000000', 'VND'],
    ['thu nội địa', '3.620,5 tỷ đồng', '3620500000000', 'VND'],
    ['vốn đầu tư công giải ngân', '8.745,2 tỷ đồng', '8745200000000', 'VND'],
  ];
  for (const [[say, plan], f] of cross(plans, money)) {
    const x = SHARES[i % SHARES.length] as string;
    const st = say('').startsWith('ước') ? { st: 'estimate' } : {};
    out.push({
      text: `${cap(f[0])} năm 2024 đạt ${f[1]}, ${say(x)}.`,
      facts: [{ ...valueFact(f), p: '2024', c: dot(x), ...st }, ...(plan ? [plan] : [])],
    });
    i++;
  }
  // an amount after exceeding a plan (`vượt kế hoạch năm 1.200 tỷ đồng`) is the excess or the plan's
  // figure: no fact of its own, never a certain target
  const exceeded = [
    'kế hoạch năm',
    'kế hoạch',
    'dự toán được giao',
    'dự toán HĐND tỉnh giao',
    'dự toán Trung ương giao',
  ];
  for (const [plan, f] of cross(exceeded, money)) {
    out.push({
      text: `${cap(f[0])} năm 2024 đạt ${f[1]}, vượt ${plan} 1.200 tỷ đồng.`,
      facts: [{ ...valueFact(f), p: '2024' }],
    });
  }
  // shares and contributions beside a value or a change: no facts of their own
  const asides: readonly ((x: string) => string)[] = [
    (x) => `chiếm ${x}% tổng kim ngạch xuất khẩu`,
    (x) => `chiếm tỷ trọng ${x}%`,
    (x) => `chiếm ${x}% tổng thu ngân sách`,
    (x) => `đóng góp ${x} điểm phần trăm vào mức tăng chung`,
  ];
  for (const [aside, f, order] of cross(asides, FIGURES.slice(0, 5), ['aside-change', 'change-aside'] as const)) {
    const x = (['19,5', '30,6', '2,07', '0,49'] as const)[i % 4] as string;
    const a = AMOUNTS[i % AMOUNTS.length] as string;
    const change = `tăng ${a}% so với cùng kỳ năm trước`;
    out.push({
      text: `${cap(f[0])} 9 tháng năm 2024 đạt ${f[1]}, ${order === 'aside-change' ? `${aside(x)}, ${change}` : `${change}, ${aside(x)}`}.`,
      facts: [{ ...valueFact(f), p: '2024-YTD-09', ch: [`rate ${dot(a)} ${SPLY}`] }],
    });
    i++;
  }
  return out;
}

export const VI_CHANGES: Phrasebook = {
  area: 'vi-changes',
  locale: 'vi',
  cases: [
    ...changesWithBases(),
    ...orders(),
    ...bareChanges(),
    ...twoChanges(),
    ...points(),
    ...completions(),
    ...completionWithChange(),
    ...twoCompletions(),
    ...values(),
    ...counts(),
    ...stages(),
    ...targets(),
    ...periods(),
    ...surroundings(),
  ],
};
