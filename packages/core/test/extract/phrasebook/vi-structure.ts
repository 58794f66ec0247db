import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * Vietnamese report prose, `vi-structure`: how a report strings several figures into one
 * sentence — a list whose base is written once after its last item (and governs every item), a
 * list whose first item alone names a base, `lần lượt`, `tăng X% về lượng và Y% về giá trị`, `Trong
 * đó: A …; B …`, bracketed changes `(tăng X%)`, `A đạt X, B đạt Y`, and the comparison figure of
 * another period (`cao hơn tốc độ tăng 2,04% của 6 tháng đầu năm 2020`), which is its own fact with
 * its own period and never lends that period to the sentence's main figure.
 *
 * Conventions as in `vi-changes.ts` and the real corpus (`real-corpus/test8-vi.ts`): in a list of
 * changes closed by a base every change has that base; the later items of a list whose first item
 * alone names its base are `*`; a change with no base is `*`; every item of a list governed by a
 * period carries it.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const dot = (s: string): string => s.replace(',', '.');

const SECTORS = [
  'khu vực nông, lâm nghiệp và thủy sản',
  'khu vực công nghiệp và xây dựng',
  'khu vực dịch vụ',
  'thuế sản phẩm trừ trợ cấp sản phẩm',
] as const;
const GOODS = ['hàng dệt may', 'điện thoại và linh kiện', 'gỗ và sản phẩm gỗ', 'thủy sản', 'giày dép'] as const;
const MARKETS = ['Hoa Kỳ', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'EU'] as const;
const RATES = ['3,91', '9,56', '8,01', '5,21', '12,4', '0,7', '15,55', '44,37'] as const;

const BASES: readonly (readonly [string, string])[] = [
  ['so với tháng trước', PREV],
  ['so với cùng kỳ năm trước', SPLY],
  ['so với cùng kỳ', SPLY],
  ['so với cùng kỳ năm ngoái', SPLY],
  ['so cùng kỳ', SPLY],
];

/** A change verb for a list item: its text and the sign of its amount. */
const VERBS: readonly (readonly [string, 1 | -1])[] = [
  ['tăng', 1],
  ['giảm', -1],
  ['ước tăng', 1],
  ['tăng trưởng', 1],
];

const OPPOSITE: Record<string, string> = { tăng: 'giảm', giảm: 'tăng', 'ước tăng': 'ước giảm', 'tăng trưởng': 'giảm' };

const rate = (sign: 1 | -1, a: string, base: string): string => `rate ${sign < 0 ? '-' : ''}${dot(a)} ${base}`;

/** (d) A base written once after the last item governs every item: `Trong đó, A tăng x%; B tăng y%; C giảm z% so với tháng trước.` */
function tailBase(): PhraseCase[] {
  const leads = ['', 'Trong đó, ', 'Trong đó: ', 'Cụ thể, ', 'Cụ thể: ', 'Chia theo khu vực kinh tế: '];
  const seps = ['; ', ', '];
  const lists: readonly (readonly string[])[] = [SECTORS.slice(0, 3), GOODS.slice(0, 4), MARKETS.slice(0, 3)];
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [lead, sep, items, [bt, b], [verb, sign]] of cross(leads, seps, lists, BASES, VERBS)) {
    if (sep === ', ' && items.some((x) => x.includes(','))) continue;
    const amounts = items.map((_, k) => RATES[(i + k) % RATES.length] as string);
    const signs = items.map((_, k) => (k === 1 ? -sign : sign) as 1 | -1);
    const say = (k: number): string => `${signs[k] === sign ? verb : (OPPOSITE[verb] as string)} ${amounts[k]}%`;
    const parts = items.map((x, k) => `${x} ${say(k)}`);
    const last = parts.length - 1;
    const text = `${lead}${parts.slice(0, last).join(sep)}${sep === ', ' ? ' và ' : sep}${parts[last]} ${bt}.`;
    const st = verb.startsWith('ước') ? { st: 'estimate' } : {};
    out.push({
      text: text.charAt(0).toUpperCase() + text.slice(1),
      facts: items.map((_, k) => ({ ...st, ch: [rate(signs[k] as 1 | -1, amounts[k] as string, b)] })),
    });
    i++;
  }
  return out;
}

/** (d) The first item alone names a base: `A tăng x% so với cùng kỳ, B tăng y%, C giảm z%.` */
function headBase(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  for (const [[bt, b], lead, [verb, sign]] of cross(BASES, ['', 'Trong đó, ', 'Cụ thể, '], VERBS)) {
    const items = GOODS.slice(0, 3);
    const a = items.map((_, k) => RATES[(i + k) % RATES.length] as string);
    const text = `${lead}xuất khẩu ${items[0]} đạt 3,2 tỷ USD, ${verb} ${a[0]}% ${bt}; ${items[1]} đạt 2,1 tỷ USD, ${verb} ${a[1]}%; ${items[2]} đạt 1,4 tỷ USD, ${verb} ${a[2]}%.`;
    const st = verb.startsWith('ước') ? { st: 'estimate' } : {};
    out.push({
      text: text.charAt(0).toUpperCase() + text.slice(1),
      facts: [
        { v: '3200000000', u: 'USD', ...st, ch: [rate(sign, a[0] as string, b)] },
        { v: '2100000000', u: 'USD', ...st, ch: [rate(sign, a[1] as string, '*')] },
        { v: '1400000000', u: 'USD', ...st, ch: [rate(sign, a[2] as string, '*')] },
      ],
    });
    i++;
  }
  return out;
}

/** (d) `lần lượt`: `A, B và C lần lượt tăng x%, y% và z% so với cùng kỳ năm trước.` */
function respectively(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  const words = ['lần lượt', 'lần lượt là', 'tương ứng'];
  for (const [word, [bt, b], [verb, sign], n] of cross(words, BASES, VERBS.slice(0, 2), [2, 3] as const)) {
    if (word !== 'lần lượt' && n === 3) continue;
    const items = MARKETS.slice(0, n);
    const a = items.map((_, k) => RATES[(i + k) % RATES.length] as string);
    const names = n === 2 ? `${items[0]} và ${items[1]}` : `${items[0]}, ${items[1]} và ${items[2]}`;
    const amounts = n === 2 ? `${a[0]}% và ${a[1]}%` : `${a[0]}%, ${a[1]}% và ${a[2]}%`;
    const say =
      word === 'lần lượt là'
        ? `kim ngạch xuất khẩu sang ${names} ${verb} ${word} ${amounts} ${bt}`
        : word === 'tương ứng'
          ? `kim ngạch xuất khẩu sang ${names} ${verb} ${word} ${amounts} ${bt}`
          : `xuất khẩu sang ${names} ${word} ${verb} ${amounts} ${bt}`;
    out.push({
      text: `Trong 9 tháng năm 2024, ${say}.`,
      facts: items.map((_, k) => ({ p: '2024-YTD-09', ch: [rate(sign as 1 | -1, a[k] as string, b)] })),
    });
    i++;
  }
  // values: `… lần lượt đạt 3,2 tỷ USD, 2,1 tỷ USD và 1,4 tỷ USD.`
  for (const [verb, n] of cross(['lần lượt đạt', 'đạt lần lượt', 'lần lượt là', 'lần lượt đạt khoảng'], [
    2, 3,
  ] as const)) {
    const items = MARKETS.slice(0, n);
    const values = [
      ['3,2 tỷ USD', '3200000000'],
      ['2,1 tỷ USD', '2100000000'],
      ['980 triệu USD', '980000000'],
    ] as const;
    const names = n === 2 ? `${items[0]} và ${items[1]}` : `${items[0]}, ${items[1]} và ${items[2]}`;
    const vs = values.slice(0, n).map((v) => v[0]);
    const amounts = n === 2 ? `${vs[0]} và ${vs[1]}` : `${vs[0]}, ${vs[1]} và ${vs[2]}`;
    const a = verb.endsWith('khoảng') ? ({ a: 'about' } as const) : {};
    out.push({
      text: `Năm 2024, kim ngạch xuất khẩu sang ${names} ${verb} ${amounts}.`,
      facts: values.slice(0, n).map((v) => ({ v: v[1], u: 'USD', p: '2024', ...a })),
    });
  }
  return out;
}

/** (d) Volume and value: `…, tăng 22% về lượng và 38% về giá trị so với cùng kỳ năm trước.` */
function volumeValue(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const pairs: readonly (readonly [string, string, 'volume' | 'value'])[] = [
    ['về khối lượng', 'về giá trị', 'volume'],
    ['về lượng', 'về giá trị', 'volume'],
    ['về lượng', 'về kim ngạch', 'volume'],
    ['về lượng', 'về trị giá', 'volume'],
  ];
  const frames: readonly ((q: string, v: string) => string)[] = [
    (q, v) => `Xuất khẩu gạo 9 tháng năm 2024 đạt ${q}, trị giá ${v}`,
    (q, v) => `Xuất khẩu gạo 9 tháng năm 2024 đạt ${q}, đạt giá trị ${v}`,
    (q, v) => `Xuất khẩu gạo 9 tháng năm 2024 đạt ${q} với kim ngạch ${v}`,
    (q, v) => `Xuất khẩu gạo 9 tháng năm 2024 đạt ${q}, tương đương ${v}`,
  ];
  let i = 0;
  for (const [[w1, w2], frame, [bt, b], form] of cross(pairs, frames, BASES.slice(1), [
    'tăng X1% {w1} và X2% {w2}',
    'tăng X1% {w1} và tăng X2% {w2}',
    'tăng X1% {w1}, X2% {w2}',
  ])) {
    const a1 = RATES[i % RATES.length] as string;
    const a2 = RATES[(i + 3) % RATES.length] as string;
    const change = form.replace('X1', a1).replace('X2', a2).replace('{w1}', w1).replace('{w2}', w2);
    out.push({
      text: `${frame('7,8 triệu tấn', '4,37 tỷ USD')}, ${change} ${bt}.`,
      facts: [
        { v: '7800000', u: 'tonne', p: '2024-YTD-09', ch: [`rate ${dot(a1)} ${b}`] },
        { v: '4370000000', u: 'USD', p: '2024-YTD-09', ch: [`rate ${dot(a2)} ${b}`] },
      ],
    });
    i++;
  }
  return out;
}

/** (d) `Trong đó: A đạt V1, tăng x%; B đạt V2, giảm y%` and `A đạt V1, B đạt V2 và C đạt V3`. */
function ofWhichItems(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const leads = ['trong đó: ', 'trong đó, ', 'trong đó ', 'gồm: '];
  const values = [
    ['3.596 tỷ đồng', '3596000000000'],
    ['1.240 tỷ đồng', '1240000000000'],
    ['865,5 tỷ đồng', '865500000000'],
  ] as const;
  const items = ['thu nội địa', 'thu từ hoạt động xuất nhập khẩu', 'thu từ đất'];
  const forms = ['change', 'bracket', 'plain'] as const;
  let i = 0;
  for (const [lead, form, sep, [bt, b]] of cross(leads, forms, ['; ', ', '], [
    ['', '*'],
    ...BASES.slice(1, 3),
  ] as const)) {
    if (form === 'plain' && bt !== '') continue;
    if (form === 'change' && sep === ', ') continue;
    const a = items.map((_, k) => RATES[(i + k) % RATES.length] as string);
    const parts = items.map((x, k) => {
      const v = values[k] as readonly [string, string];
      const base = bt && k === items.length - 1 ? ` ${bt}` : '';
      if (form === 'change') return `${x} đạt ${v[0]}, tăng ${a[k]}%${base}`;
      if (form === 'bracket') return `${x} đạt ${v[0]} (tăng ${a[k]}%${base})`;
      return `${x} đạt ${v[0]}`;
    });
    const last = parts.length - 1;
    const list = sep === ', ' ? `${parts.slice(0, last).join(', ')} và ${parts[last]}` : parts.join('; ');
    out.push({
      text: `Năm 2024, tổng thu ngân sách trên địa bàn đạt 5.701,5 tỷ đồng, ${lead}${list}.`,
      facts: [
        { v: '5701500000000', u: 'VND', p: '2024' },
        ...items.map((_, k) => {
          const v = values[k] as readonly [string, string];
          const f: RealFact = { v: v[1], u: 'VND', p: '2024' };
          // a base inside the last bracket is read as the list's by some and as the last item's by others: `*`
          const base = form === 'bracket' && k < items.length - 1 ? '*' : b;
          return form === 'plain' ? f : { ...f, ch: [`rate ${dot(a[k] as string)} ${base}`] };
        }),
      ],
    });
    i++;
  }
  return out;
}

/** (d) A comparison figure of another period is its own fact: `GDP 6 tháng đầu năm 2022 tăng 6,42%, cao hơn tốc độ tăng 2,04% của 6 tháng đầu năm 2020.` */
function otherPeriod(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const mains: readonly (readonly [string, string])[] = [
    ['6 tháng đầu năm 2022', '2022-H1'],
    ['quý III/2023', '2023-Q3'],
    ['năm 2024', '2024'],
    ['9 tháng năm 2024', '2024-YTD-09'],
  ];
  const others: Record<string, readonly (readonly [string, string])[]> = {
    '2022-H1': [
      ['6 tháng đầu năm 2020', '2020-H1'],
      ['6 tháng đầu năm 2021', '2021-H1'],
    ],
    '2023-Q3': [
      ['quý III/2022', '2022-Q3'],
      ['quý II/2023', '2023-Q2'],
    ],
    '2024': [
      ['năm 2023', '2023'],
      ['năm 2022', '2022'],
    ],
    '2024-YTD-09': [
      ['9 tháng năm 2023', '2023-YTD-09'],
      ['9 tháng năm 2022', '2022-YTD-09'],
    ],
  };
  const comparisons: readonly ((a: string, p: string) => string)[] = [
    (a, p) => `cao hơn tốc độ tăng ${a}% của ${p}`,
    (a, p) => `thấp hơn tốc độ tăng ${a}% của ${p}`,
    (a, p) => `cao hơn mức tăng ${a}% của ${p}`,
    (a, p) => `thấp hơn mức tăng ${a}% của ${p}`,
    (a, p) => `cao hơn mức tăng trưởng ${a}% của ${p}`,
    (a, p) => `(${p} tăng ${a}%)`,
  ];
  const subjects = ['GDP', 'GRDP của tỉnh', 'chỉ số sản xuất công nghiệp (IIP)'];
  let i = 0;
  for (const [[mt, mp], cmp, subject] of cross(mains, comparisons, subjects)) {
    for (const [ot, op] of others[mp] ?? []) {
      const a = RATES[i % RATES.length] as string;
      const b = RATES[(i + 2) % RATES.length] as string;
      const join = cmp('', '').startsWith('(') ? ' ' : ', ';
      out.push({
        text: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${mt} tăng ${a}%${join}${cmp(b, ot)}.`,
        facts: [
          { p: mp, ch: [`rate ${dot(a)} *`] },
          { p: op, ch: [`rate ${dot(b)} *`] },
        ],
      });
      i++;
    }
  }
  // the same period's earlier year in brackets, with no year: its own fact, no period
  for (const [words, subject] of cross(
    ['(cùng kỳ năm trước tăng X%)', '(cùng kỳ năm ngoái tăng X%)', '(cùng kỳ tăng X%)'],
    subjects,
  )) {
    const a = RATES[i % RATES.length] as string;
    const b = RATES[(i + 5) % RATES.length] as string;
    out.push({
      text: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} 9 tháng năm 2024 tăng ${a}% ${words.replace('X', b)}.`,
      facts: [{ p: '2024-YTD-09', ch: [`rate ${dot(a)} *`] }, { ch: [`rate ${dot(b)} *`] }],
    });
    i++;
  }
  return out;
}

/** (d) More lists of the reports: elliptic names (`sang EU`), shares beside values, GSO's `gồm:` with completions, a sub-period after `trong đó`, contributions. */
function moreLists(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  const values = [
    ['3,2 tỷ USD', '3200000000'],
    ['2,1 tỷ USD', '2100000000'],
    ['980 triệu USD', '980000000'],
  ] as const;
  // elliptic names: `Xuất khẩu sang Hoa Kỳ đạt V, tăng x%; sang EU đạt V, giảm y%; …`
  for (const [[bt, b], sep, head] of cross(BASES, ['; ', ', '], ['Xuất khẩu sang', 'Kim ngạch xuất khẩu sang'])) {
    const a = [0, 1, 2].map((k) => RATES[(i + k) % RATES.length] as string);
    const parts = MARKETS.slice(0, 3).map(
      (m, k) => `${k === 0 ? head : 'sang'} ${m} đạt ${values[k]?.[0]}, ${k === 1 ? 'giảm' : 'tăng'} ${a[k]}%`,
    );
    out.push({
      text: `Năm 2024, ${head.charAt(0).toLowerCase()}${parts.join(sep).slice(1)} ${bt}.`,
      facts: values.map((v, k) => ({
        v: v[1],
        u: 'USD',
        p: '2024',
        ch: [`rate ${k === 1 ? '-' : ''}${dot(a[k] as string)} ${b}`],
      })),
    });
    i++;
  }
  // shares beside the values of a list (`chiếm 63,1% tổng thu`): no facts of their own
  const shareWords = ['chiếm X% tổng thu', 'chiếm tỷ trọng X%', 'chiếm X%'];
  for (const [share, sep, lead] of cross(shareWords, ['; ', ', '], ['Trong đó, ', 'Trong đó: ', ''])) {
    const items = ['thu nội địa', 'thu từ hoạt động xuất nhập khẩu', 'thu từ dầu thô'];
    const vs = [
      ['3.596 tỷ đồng', '3596000000000'],
      ['1.240 tỷ đồng', '1240000000000'],
      ['865,5 tỷ đồng', '865500000000'],
    ] as const;
    const sh = ['63,1', '21,7', '15,2'];
    const parts = items.map((x, k) => `${x} đạt ${vs[k]?.[0]}, ${share.replace('X', sh[k] as string)}`);
    const text = `${lead}${parts.join(sep)}.`;
    out.push({
      text: text.charAt(0).toUpperCase() + text.slice(1),
      facts: vs.map((v) => ({ v: v[1], u: 'VND' })),
    });
  }
  // GSO's `gồm:` with a completion and a change per item; the base written on the first item only
  const heads = ['gồm:', 'bao gồm:', 'trong đó:'];
  for (const [head, [bt, b], plan] of cross(heads, BASES.slice(1), ['kế hoạch năm', 'kế hoạch', 'dự toán năm'])) {
    const c = ['60,4', '58,2', '71,3'];
    const a = [0, 1, 2].map((k) => RATES[(i + k) % RATES.length] as string);
    const items = ['vốn Trung ương quản lý', 'vốn địa phương quản lý', 'vốn ngân sách cấp huyện'];
    const vs = [
      ['6.112 tỷ đồng', '6112000000000'],
      ['33.680 tỷ đồng', '33680000000000'],
      ['12.455,4 tỷ đồng', '12455400000000'],
    ] as const;
    const parts = items.map(
      (x, k) => `${x} đạt ${vs[k]?.[0]}, bằng ${c[k]}% ${plan} và tăng ${a[k]}%${k === 0 ? ` ${bt}` : ''}`,
    );
    out.push({
      text: `Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước 9 tháng năm 2024 đạt 39.792 tỷ đồng, ${head} ${parts.join('; ')}.`,
      facts: [
        { v: '39792000000000', u: 'VND', p: '2024-YTD-09' },
        ...vs.map((v, k) => ({
          v: v[1],
          u: 'VND',
          p: '2024-YTD-09',
          c: dot(c[k] as string),
          ch: [`rate ${dot(a[k] as string)} ${k === 0 ? b : '*'}`],
        })),
      ],
    });
    i++;
  }
  // a month after `trong đó` in a year-to-date sentence is its own period
  const subs: readonly (readonly [string, string, string, string])[] = [
    ['10 tháng năm 2023', '2023-YTD-10', 'tháng 10', '2023-10'],
    ['quý III/2023', '2023-Q3', 'tháng 9', '2023-09'],
    ['9 tháng năm 2024', '2024-YTD-09', 'quý III', '2024-Q3'],
  ];
  for (const [[pt, p, st, sp], subject, [bt, b]] of cross(
    subs,
    ['chỉ số giá tiêu dùng (CPI)', 'chỉ số sản xuất công nghiệp', 'kim ngạch xuất khẩu'],
    [
      ['so với tháng trước', PREV],
      ['so với cùng kỳ năm trước', SPLY],
    ] as const,
  )) {
    const a = RATES[i % RATES.length] as string;
    const x = RATES[(i + 3) % RATES.length] as string;
    const base = st.startsWith('quý') && b === PREV ? ['so với quý trước', PREV] : [bt, b];
    out.push({
      text: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${pt} tăng ${a}% so với cùng kỳ năm trước, trong đó ${st} tăng ${x}% ${base[0]}.`,
      facts: [
        { p, ch: [`rate ${dot(a)} ${SPLY}`] },
        { p: sp, ch: [`rate ${dot(x)} ${base[1]}`] },
      ],
    });
    i++;
  }
  // contributions to growth beside each sector's rate: no facts of their own
  for (const [word, sep] of cross(['điểm phần trăm', 'điểm %'], ['; ', ', '])) {
    const a = ['3,2', '8,1', '6,9'];
    const cn = ['0,51', '3,92', '2,95'];
    const parts = SECTORS.slice(0, 3).map((x, k) => `${x} tăng ${a[k]}%, đóng góp ${cn[k]} ${word}`);
    out.push({
      text: `Trong mức tăng trưởng chung của nền kinh tế năm 2024, ${parts.join(sep === ', ' ? '; ' : sep)} vào mức tăng trưởng chung.`,
      facts: a.map((x) => ({ p: '2024', ch: [`rate ${dot(x)} *`] })),
    });
  }
  return out;
}

/** (d) Values of several measures, then one change per measure named `về …` (the GSO's enterprise and investment releases). */
function measuredChanges(): PhraseCase[] {
  const out: PhraseCase[] = [];
  let i = 0;
  const shapes: readonly (readonly [string, readonly (readonly [string, string, string])[]])[] = [
    [
      'cả nước có 14.100 doanh nghiệp thành lập mới với số vốn đăng ký là 113.500 tỷ đồng và số lao động đăng ký 104.400 lao động',
      [
        ['14100', 'về số doanh nghiệp', ''],
        ['113500000000000', 'về vốn đăng ký', 'VND'],
        ['104400', 'về số lao động', ''],
      ],
    ],
    [
      'cả nước có 2.150 dự án đầu tư mới với tổng số vốn đăng ký là 9,2 tỷ USD',
      [
        ['2150', 'về số dự án', ''],
        ['9200000000', 'về vốn đăng ký', 'USD'],
      ],
    ],
    [
      'toàn tỉnh có 512 doanh nghiệp thành lập mới với tổng vốn đăng ký 6.450 tỷ đồng',
      [
        ['512', 'về số doanh nghiệp', ''],
        ['6450000000000', 'về vốn đăng ký', 'VND'],
      ],
    ],
    [
      'có 320 hợp tác xã thành lập mới với số vốn điều lệ 1.250 tỷ đồng',
      [
        ['320', 'về số hợp tác xã', ''],
        ['1250000000000', 'về vốn điều lệ', 'VND'],
      ],
    ],
    // a bare `về số lượng` measures the sentence's count, and the first word of a name its statement
    // (`về vốn` of `số vốn đăng ký`; round 26, a province's enterprise registration note)
    [
      'có 149 doanh nghiệp đăng ký thành lập mới với số vốn đăng ký 2.550,5 tỷ đồng',
      [
        ['149', 'về số lượng', ''],
        ['2550500000000', 'về vốn', 'VND'],
      ],
    ],
    [
      'toàn tỉnh cấp mới cho 115 dự án với tổng vốn đầu tư 39.300 tỷ đồng',
      [
        ['115', 'về số lượng', ''],
        ['39300000000000', 'về số vốn', 'VND'],
      ],
    ],
  ];
  const periods: readonly (readonly [string, string, string, string])[] = [
    ['Trong tháng 3/2024', '2024-03', 'so với tháng trước', PREV],
    ['Tính chung quý I/2024', '2024-Q1', 'so với cùng kỳ năm trước', SPLY],
    ['Trong 9 tháng năm 2024', '2024-YTD-09', 'so với cùng kỳ', SPLY],
  ];
  for (const [[lead, items], [pt, p, bt, b], verb] of cross(shapes, periods, ['tăng', 'giảm'])) {
    const a = items.map((_, k) => RATES[(i + k) % RATES.length] as string);
    const last = items.length - 1;
    const changes = items.map((x, k) => `${k === last && k > 0 ? 'và ' : ''}${verb} ${a[k]}% ${x[1]}`);
    out.push({
      text: `${pt}, ${lead}, ${changes.join(', ').replace(', và', ' và')} ${bt}.`,
      facts: items.map((x, k) => ({
        v: x[0],
        ...(x[2] ? { u: x[2] } : {}),
        p,
        ch: [`rate ${verb === 'giảm' ? '-' : ''}${dot(a[k] as string)} ${b}`],
      })),
    });
    i++;
  }
  return out;
}

export const VI_STRUCTURE: Phrasebook = {
  area: 'vi-structure',
  locale: 'vi',
  cases: [
    ...tailBase(),
    ...headBase(),
    ...respectively(),
    ...volumeValue(),
    ...ofWhichItems(),
    ...otherPeriod(),
    ...moreLists(),
    ...measuredChanges(),
  ],
};
