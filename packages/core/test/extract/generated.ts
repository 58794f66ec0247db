/**
 * Report sentences GENERATED from the phrasings of the language, not copied from a corpus: a
 * source, a name, a period (before the name, between name and verb, or after the value), a value
 * verb, a bound, an amount with its scale and currency, a change against a base and a completion
 * of a plan — each drawn from the ways Vietnamese reports and the English-language Vietnamese
 * press write them, in the orders the languages allow, with random numbers. Every sentence has
 * one known reading. The extractor must read it whole, and never read a field wrong with
 * certainty (the library's promise: no silent wrong number).
 */
import fc from 'fast-check';
import type { Statement } from '../../src/extract/types';

type Bound = 'about' | 'over' | 'under';

export interface Truth {
  value: string;
  unit: string;
  approximate?: Bound;
  rate?: string;
  completion?: string;
  period: string;
  stage?: 'estimate';
  /** `target` for a goal (`phấn đấu đạt`, `aims to reach`); actual otherwise. */
  kind?: 'target';
}

export interface Generated {
  readonly text: string;
  readonly truth: Truth;
}

/** A decimal with 0–2 decimals: its integer part, its printed decimals, its canonical form. */
const amount = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 99 }))
  .map(([int, decimals, frac]) => {
    const f = decimals === 0 ? '' : String(frac % 10 ** decimals).padStart(decimals, '0');
    const trimmed = f.replace(/0+$/u, '');
    return { int: String(int), frac: f, canonical: trimmed === '' ? String(int) : `${int}.${trimmed}` };
  });

/** A percentage with one decimal, `12.3`. */
const percent = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }))
  .map(([int, tenth]) => `${int}.${tenth}`);

/** `canonical` × 10^scale as a canonical integer string (at most two decimals, scale ≥ 9). */
const times = (canonical: string, scale: number): string => {
  const [int, frac = ''] = canonical.split('.');
  return `${int}${frac.padEnd(scale, '0')}`.replace(/^0+/u, '');
};

const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T;
const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

// ---- English ----------------------------------------------------------------------------------

const EN_NAMES = [
  'export turnover',
  'state budget revenue',
  'total retail sales of goods and services',
  'disbursed foreign direct investment',
  'realised investment capital',
  "Vietnam's export turnover",
  "the city's state budget collection",
  "the province's tourism revenue",
];
const EN_PERIODS: readonly (readonly [string, string])[] = [
  ['in the first nine months of 2023', '2023-YTD-09'],
  ['in 2022', '2022'],
  ['in the first half of 2024', '2024-H1'],
  ['in the third quarter of 2021', '2021-Q3'],
  ['in the first seven months of 2019', '2019-YTD-07'],
  ['in January-September 2023', '2023-YTD-09'],
  ['during the first six months of 2020', '2020-H1'],
  ['in the first 10 months of 2022', '2022-YTD-10'],
  ['in Jan-Oct 2023', '2023-YTD-10'],
  ['in the January-October period of 2023', '2023-YTD-10'],
  ['in Q3 2021', '2021-Q3'],
  ['in the first quarter of 2024', '2024-Q1'],
  ['in September 2023', '2023-09'],
  ['in the 11 months of 2022', '2022-YTD-11'],
];
const EN_VERBS: readonly (readonly [string, 'estimate' | undefined])[] = [
  ['reached', undefined],
  ['hit', undefined],
  ['totalled', undefined],
  ['amounted to', undefined],
  ['was estimated at', 'estimate'],
  ['stood at', undefined],
  ['was recorded at', undefined],
  ['touched', undefined],
  ['is estimated to reach', 'estimate'],
];
const EN_BOUNDS: readonly (readonly [string, Bound | undefined])[] = [
  ['', undefined],
  ['nearly ', 'under'],
  ['over ', 'over'],
  ['about ', 'about'],
  ['more than ', 'over'],
  ['almost ', 'under'],
  ['around ', 'about'],
];
/** How an English amount is written: before, after, currency code, scale. */
const EN_MONEY: readonly (readonly [string, string, string, number])[] = [
  ['US$', ' billion', 'USD', 9],
  ['VND', ' trillion', 'VND', 12],
  ['', ' trillion VND', 'VND', 12],
  ['', ' billion USD', 'USD', 9],
  ['$', ' billion', 'USD', 9],
  ['US$ ', ' billion', 'USD', 9],
  ['VND ', ' trillion', 'VND', 12],
  ['', ' billion U.S. dollars', 'USD', 9],
];
const EN_RISES: readonly ((r: string) => string)[] = [
  (r) => `, up ${r} percent year-on-year`,
  (r) => `, up ${r} per cent over the same period last year`,
  (r) => `, a ${r} percent increase year-on-year`,
  (r) => `, an increase of ${r} percent compared to the same period last year`,
  (r) => `, rising ${r}% from a year earlier`,
  (r) => `, an annual increase of ${r} percent`,
  (r) => `, up ${r}% from the same period last year`,
  (r) => `, ${r} percent higher than the same period last year`,
  (r) => `, representing a year-on-year rise of ${r} percent`,
  (r) => ` (up ${r} percent year-on-year)`,
];
const EN_FALLS: readonly ((r: string) => string)[] = [
  (r) => `, down ${r} percent year-on-year`,
  (r) => `, a decrease of ${r} per cent compared with the same period last year`,
  (r) => `, falling ${r}% from a year earlier`,
  (r) => `, a ${r} percent drop year-on-year`,
  (r) => `, ${r} percent lower than the same period last year`,
];
const EN_COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => ` and fulfilling ${c} percent of the annual plan`,
  (c) => `, equal to ${c} percent of the year's target`,
  (c) => `, or ${c}% of the full-year estimate`,
  (c) => `, achieving ${c} percent of the yearly target`,
  (c) => `, meeting ${c} percent of the plan`,
  (c) => `, equivalent to ${c} percent of the estimate`,
];
const EN_SOURCES = ['', 'According to the General Statistics Office, ', 'The ministry said that ', 'Data showed that '];
const EN_SAID = ['', ', the ministry said', ', according to the statistics office', ', the GSO reported'];

export const english: fc.Arbitrary<Generated> = fc
  .record({
    name: fc.constantFrom(...EN_NAMES),
    period: fc.constantFrom(...EN_PERIODS),
    place: fc.constantFrom('first', 'before-verb', 'after-value'),
    source: fc.nat(),
    said: fc.nat(),
    converted: fc.boolean(),
    verb: fc.constantFrom(...EN_VERBS),
    bound: fc.constantFrom(...EN_BOUNDS),
    money: fc.constantFrom(...EN_MONEY),
    a: amount,
    change: fc.option(fc.tuple(fc.boolean(), fc.nat(), percent), { nil: undefined }),
    // `rose 5.2 percent year-on-year to US$12 billion`: the change before the value
    changeFirst: fc.boolean(),
    completion: fc.option(fc.tuple(fc.nat(), percent), { nil: undefined }),
  })
  .map((g) => {
    const [pre, post, unit, scale] = g.money;
    const number = g.a.frac ? `${g.a.int}.${g.a.frac}` : g.a.int;
    const converted = g.converted && unit === 'VND' ? ' (US$1.2 billion)' : '';
    const value = `${g.bound[0]}${pre}${number}${post}${converted}`;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: g.period[1] };
    if (g.bound[1]) truth.approximate = g.bound[1];
    let verb = g.verb[0];
    let tail = '';
    if (g.change) {
      const [up, k, r] = g.change;
      truth.rate = up ? r : `-${r}`;
      if (g.changeFirst && !g.verb[1]) {
        // `rose 5.2 percent year-on-year to …`, `fell 3.1 percent over the same period last year to …`
        verb = `${up ? pick(['rose', 'increased', 'grew', 'climbed'], k) : pick(['fell', 'decreased', 'dropped', 'declined'], k)} ${r} percent ${pick(['year-on-year', 'over the same period last year', 'from a year earlier'], k)} to`;
      } else tail = pick(up ? EN_RISES : EN_FALLS, k)(r);
    }
    if (g.verb[1]) truth.stage = g.verb[1];
    const name = g.place === 'first' || EN_SOURCES[g.source % EN_SOURCES.length] ? g.name : capital(g.name);
    const clause =
      g.place === 'first'
        ? `${g.period[0]}, ${name} ${verb} ${value}`
        : g.place === 'before-verb'
          ? `${name} ${g.period[0]} ${verb} ${value}`
          : `${name} ${verb} ${value} ${g.period[0]}`;
    let text = capital(`${pick(EN_SOURCES, g.source)}${clause}`) + tail;
    if (g.completion) {
      const [k, c] = g.completion;
      text += pick(EN_COMPLETIONS, k)(c);
      truth.completion = c;
    }
    return { text: `${text}${pick(EN_SAID, g.said)}.`, truth };
  });

// ---- Vietnamese -------------------------------------------------------------------------------

const VI_NAMES = [
  'kim ngạch xuất khẩu',
  'tổng thu ngân sách nhà nước trên địa bàn',
  'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
  'vốn đầu tư thực hiện toàn xã hội',
  'doanh thu du lịch',
  'thu nội địa',
  'giá trị sản xuất công nghiệp',
];
const VI_PERIODS: readonly (readonly [string, string])[] = [
  ['9 tháng đầu năm 2023', '2023-YTD-09'],
  ['năm 2022', '2022'],
  ['6 tháng đầu năm 2024', '2024-H1'],
  ['quý III/2021', '2021-Q3'],
  ['7 tháng năm 2019', '2019-YTD-07'],
  ['11 tháng năm 2023', '2023-YTD-11'],
  ['quý I năm 2024', '2024-Q1'],
  ['tháng 10/2023', '2023-10'],
  ['quý 3/2021', '2021-Q3'],
  ['quý III năm 2021', '2021-Q3'],
  ['10 tháng năm 2023', '2023-YTD-10'],
  ['tháng 9 năm 2023', '2023-09'],
  ['cả năm 2022', '2022'],
  ['6 tháng năm 2024', '2024-H1'],
];
const VI_VERBS: readonly (readonly [string, 'estimate' | undefined])[] = [
  ['đạt', undefined],
  ['ước đạt', 'estimate'],
  ['ước tính đạt', 'estimate'],
  ['thực hiện được', undefined],
  ['ước thực hiện', 'estimate'],
  ['là', undefined],
];
const VI_BOUNDS: readonly (readonly [string, Bound | undefined])[] = [
  ['', undefined],
  ['gần ', 'under'],
  ['hơn ', 'over'],
  ['khoảng ', 'about'],
  ['trên ', 'over'],
];
const VI_MONEY: readonly (readonly [string, string, number])[] = [
  [' tỷ USD', 'USD', 9],
  [' tỷ đồng', 'VND', 9],
  [' nghìn tỷ đồng', 'VND', 12],
  [' triệu USD', 'USD', 6],
  [' tỉ đồng', 'VND', 9],
];
const VI_RISES: readonly ((r: string) => string)[] = [
  (r) => `, tăng ${r}% so với cùng kỳ năm trước`,
  (r) => `, tăng ${r}% so với cùng kỳ`,
  (r) => ` và tăng ${r}% so với cùng kỳ năm ngoái`,
  (r) => `, tăng ${r}% so cùng kỳ`,
  (r) => ` (tăng ${r}% so với cùng kỳ năm trước)`,
];
const VI_FALLS: readonly ((r: string) => string)[] = [
  (r) => `, giảm ${r}% so với cùng kỳ năm trước`,
  (r) => `, giảm ${r}% so với cùng kỳ`,
  (r) => ` và giảm ${r}% so với cùng kỳ năm ngoái`,
];
const VI_COMPLETIONS: readonly ((c: string) => string)[] = [
  (c) => `, đạt ${c}% kế hoạch năm`,
  (c) => `, bằng ${c}% dự toán`,
  (c) => `, đạt ${c}% kế hoạch được giao`,
  (c) => `, bằng ${c}% kế hoạch`,
  (c) => `, đạt ${c}% so với kế hoạch năm`,
  (c) => `, hoàn thành ${c}% kế hoạch`,
  (c) => `, đạt ${c}% dự toán HĐND tỉnh giao`,
];
const VI_SOURCES = ['', 'Theo Cục Thống kê tỉnh, ', 'Theo báo cáo của Sở Tài chính, ', 'Lũy kế '];

export const vietnamese: fc.Arbitrary<Generated> = fc
  .record({
    name: fc.constantFrom(...VI_NAMES),
    period: fc.constantFrom(...VI_PERIODS),
    place: fc.constantFrom('first', 'before-verb', 'after-value'),
    source: fc.nat(),
    verb: fc.constantFrom(...VI_VERBS),
    bound: fc.constantFrom(...VI_BOUNDS),
    money: fc.constantFrom(...VI_MONEY),
    a: amount,
    change: fc.option(fc.tuple(fc.boolean(), fc.nat(), percent), { nil: undefined }),
    completion: fc.option(fc.tuple(fc.nat(), percent), { nil: undefined }),
    completionFirst: fc.boolean(),
  })
  .map((g) => {
    const [post, unit, scale] = g.money;
    const number = g.a.frac ? `${g.a.int},${g.a.frac}` : g.a.int;
    const vi = (r: string): string => r.replace('.', ',');
    const value = `${g.bound[0]}${number}${post}`;
    const source = pick(VI_SOURCES, g.source);
    // `Lũy kế 9 tháng, …` opens with the period only
    const place = source === 'Lũy kế ' ? 'first' : g.place;
    const name = place === 'first' || source ? g.name : capital(g.name);
    const clause =
      place === 'first'
        ? `${g.period[0]}, ${name} ${g.verb[0]} ${value}`
        : place === 'before-verb'
          ? `${name} ${g.period[0]} ${g.verb[0]} ${value}`
          : `${name} ${g.verb[0]} ${value} trong ${g.period[0]}`;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: g.period[1] };
    if (g.bound[1]) truth.approximate = g.bound[1];
    if (g.verb[1]) truth.stage = g.verb[1];
    const parts: string[] = [];
    if (g.change) {
      const [up, k, r] = g.change;
      parts.push(pick(up ? VI_RISES : VI_FALLS, k)(vi(r)));
      truth.rate = up ? r : `-${r}`;
    }
    if (g.completion) {
      const [k, c] = g.completion;
      const said = pick(VI_COMPLETIONS, k)(vi(c));
      if (g.completionFirst) parts.unshift(said);
      else parts.push(said);
      truth.completion = c;
    }
    return { text: `${capital(`${source}${clause}`)}${parts.join('')}.`, truth };
  });

// ---- checks -----------------------------------------------------------------------------------

/** One period however it is named: the first six months are the first half (`2024-YTD-06` = `2024-H1`). */
const span = (id: string | undefined): string | undefined =>
  id
    ?.replace(/-YTD-06$/u, '-H1')
    .replace(/-YTD-03$/u, '-Q1')
    .replace(/-YTD-12$/u, '');
const samePeriod = (a: string | undefined, b: string | undefined): boolean => span(a) === span(b);

const certain = (f: { confidence?: string | undefined } | undefined): boolean =>
  f !== undefined && f.confidence !== 'uncertain';

/** The same period a year before the truth's: `same-period-last-year`, or that period by its id. */
function sameBase(base: { kind: string; period?: string }, t: Truth): boolean {
  if (base.kind === 'same-period-last-year') return true;
  const year = Number.parseInt(t.period, 10);
  return base.kind === 'period' && base.period === `${year - 1}${t.period.slice(4)}`;
}

/** The fields of `s` that are certain and disagree with the truth: silent wrong numbers. */
export function silentWrong(s: Statement, t: Truth): string[] {
  const wrong: string[] = [];
  if (certain(s.value) && s.value) {
    const q = s.value.value;
    if (q.base !== t.value || (q.unitCode ?? '') !== t.unit) wrong.push(`value ${q.base} ${q.unitCode}`);
    else if (q.approximate !== t.approximate) wrong.push(`bound ${q.approximate}`);
  }
  if (certain(s.completion) && s.completion && s.completion.value.percent.value !== t.completion)
    wrong.push(`completion ${s.completion.value.percent.value}`);
  for (const c of s.changes) {
    if (!certain(c)) continue;
    if (c.value.form !== 'rate' || c.value.amount.value !== t.rate)
      wrong.push(`change ${c.value.form} ${c.value.amount.value}`);
    else if (c.value.base && !sameBase(c.value.base, t)) wrong.push(`base ${c.value.base.kind}`);
  }
  const shows = certain(s.value) || certain(s.completion) || s.changes.some(certain);
  if (shows && certain(s.period) && s.period && !samePeriod(s.period.value, t.period))
    wrong.push(`period ${s.period.value}`);
  if (shows && s.stage && s.stage.value !== t.stage) wrong.push(`stage ${s.stage.value}`);
  if (shows && s.kind.value !== (t.kind ?? 'actual')) wrong.push(`kind ${s.kind.value}`);
  return wrong;
}

/** True when one statement reads the whole truth (certain or not). */
export function readWhole(statements: readonly Statement[], t: Truth): boolean {
  return statements.some(
    (s) =>
      s.value?.value.base === t.value &&
      (s.value.value.unitCode ?? '') === t.unit &&
      s.value.value.approximate === t.approximate &&
      samePeriod(s.period?.value, t.period) &&
      s.stage?.value === t.stage &&
      s.kind.value === (t.kind ?? 'actual') &&
      (t.rate === undefined || s.changes.some((c) => c.value.form === 'rate' && c.value.amount.value === t.rate)) &&
      (t.completion === undefined || s.completion?.value.percent.value === t.completion),
  );
}

// ---- compound sentences -----------------------------------------------------------------------

/** A sentence of several statements, each with its known reading. */
export interface GeneratedMany {
  readonly text: string;
  readonly truths: readonly Truth[];
}

/**
 * The truth a statement reads: the one that agrees with most of its numbers (value and unit,
 * rate, completion), none when it agrees with none. A statement that matches no truth shows
 * numbers no reading supports.
 */
function truthOf(s: Statement, truths: readonly Truth[]): Truth | undefined {
  let best: Truth | undefined;
  let bestScore = 0;
  for (const t of truths) {
    const score =
      (s.value?.value.base === t.value && (s.value.value.unitCode ?? '') === t.unit ? 2 : 0) +
      (s.value?.value.base === t.value ? 1 : 0) +
      (s.changes.some((c) => c.value.amount.value === t.rate) ? 2 : 0) +
      (t.completion !== undefined && s.completion?.value.percent.value === t.completion ? 2 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** The certain wrong fields of every statement of a compound sentence. */
export function silentWrongMany(statements: readonly Statement[], truths: readonly Truth[]): string[] {
  return statements.flatMap((s) => {
    const t = truthOf(s, truths);
    if (t) return silentWrong(s, t);
    const shows = certain(s.value) || certain(s.completion) || s.changes.some(certain);
    return shows
      ? [
          `no reading supports ${s.value?.value.base ?? s.changes[0]?.value.amount.value ?? s.completion?.value.percent.value}`,
        ]
      : [];
  });
}

const viSentence = (g: {
  name: string;
  verb: readonly [string, 'estimate' | undefined];
  a: { int: string; frac: string; canonical: string };
  money: readonly [string, string, number];
  change: readonly [boolean, string];
}): { text: string; truth: Omit<Truth, 'period'> } => {
  const [post, unit, scale] = g.money;
  const number = g.a.frac ? `${g.a.int},${g.a.frac}` : g.a.int;
  const [up, r] = g.change;
  const truth: Omit<Truth, 'period'> = { value: times(g.a.canonical, scale), unit, rate: up ? r : `-${r}` };
  if (g.verb[1]) truth.stage = g.verb[1];
  return {
    text: `${g.name} ${g.verb[0]} ${number}${post}, ${up ? 'tăng' : 'giảm'} ${r.replace('.', ',')}% so với cùng kỳ`,
    truth,
  };
};

const enSentence = (g: {
  name: string;
  verb: readonly [string, 'estimate' | undefined];
  a: { int: string; frac: string; canonical: string };
  money: readonly [string, string, string, number];
  change: readonly [boolean, string];
}): { text: string; truth: Omit<Truth, 'period'> } => {
  const [pre, post, unit, scale] = g.money;
  const number = g.a.frac ? `${g.a.int}.${g.a.frac}` : g.a.int;
  const [up, r] = g.change;
  const truth: Omit<Truth, 'period'> = { value: times(g.a.canonical, scale), unit, rate: up ? r : `-${r}` };
  if (g.verb[1]) truth.stage = g.verb[1];
  return {
    text: `${g.name} ${g.verb[0]} ${pre}${number}${post}, ${up ? 'up' : 'down'} ${r} percent year-on-year`,
    truth,
  };
};

const changeArb = fc.tuple(fc.boolean(), percent);

/** What a language gives a compound sentence: its words and how it joins or compares two statements. */
interface CompoundLanguage<M> {
  readonly periods: readonly (readonly [string, string])[];
  readonly names: readonly string[];
  readonly verbs: readonly (readonly [string, 'estimate' | undefined])[];
  readonly money: readonly M[];
  readonly sentence: (g: {
    name: string;
    verb: readonly [string, 'estimate' | undefined];
    a: { int: string; frac: string; canonical: string };
    money: M;
    change: readonly [boolean, string];
  }) => { text: string; truth: Omit<Truth, 'period'> };
  /** The words that join a second statement, by shape. */
  readonly joints: Readonly<Record<string, string>>;
  /** A comparison of the first statement's rate with last year's. */
  readonly compared: (up: boolean, other: string) => string;
}

/** Two statements joined, or one statement and a comparison with last year's rate, under one opening period. */
function compound<M>(l: CompoundLanguage<M>): fc.Arbitrary<GeneratedMany> {
  return fc
    .record({
      period: fc.constantFrom(...l.periods),
      names: fc.shuffledSubarray([...l.names], { minLength: 2, maxLength: 2 }),
      verbs: fc.tuple(fc.constantFrom(...l.verbs), fc.constantFrom(...l.verbs)),
      amounts: fc.tuple(amount, amount),
      money: fc.tuple(fc.constantFrom(...l.money), fc.constantFrom(...l.money)),
      changes: fc.tuple(changeArb, changeArb),
      shape: fc.constantFrom(...Object.keys(l.joints), 'compared'),
      other: percent,
    })
    .map((g) => {
      const [one, two] = ([0, 1] as const).map((k) =>
        l.sentence({
          name: g.names[k] as string,
          verb: g.verbs[k],
          a: g.amounts[k],
          money: g.money[k],
          change: g.changes[k],
        }),
      ) as [ReturnType<CompoundLanguage<M>['sentence']>, ReturnType<CompoundLanguage<M>['sentence']>];
      const period = g.period[1];
      const open = `${capital(g.period[0])}, ${one.text}`;
      if (g.shape === 'compared')
        return { text: `${open}, ${l.compared(g.changes[0][0], g.other)}.`, truths: [{ ...one.truth, period }] };
      return {
        text: `${open}${l.joints[g.shape]}${two.text}.`,
        truths: [
          { ...one.truth, period },
          { ...two.truth, period },
        ],
      };
    });
}

/**
 * Two indicators in one Vietnamese sentence (joined by `;`, `, trong khi`), a `trong đó` part, or
 * a comparison with last year's rate after the statement (`, cao hơn mức tăng 5,1% của cùng kỳ năm
 * trước`), under one period that opens the sentence.
 */
export const vietnameseMany: fc.Arbitrary<GeneratedMany> = compound({
  periods: VI_PERIODS,
  names: VI_NAMES,
  verbs: VI_VERBS,
  money: VI_MONEY,
  sentence: viSentence,
  joints: { two: '; ', while: ', trong khi ', 'of-which': ', trong đó ' },
  compared: (up, other) => `${up ? 'cao hơn' : 'thấp hơn'} mức tăng ${other.replace('.', ',')}% của cùng kỳ năm trước`,
});

/**
 * Two indicators in one English sentence (`;`, `, while`), or a comparison with last year's rate
 * after the statement (`, higher than the 5.1 percent growth in the same period last year`), under
 * one period that opens the sentence.
 */
export const englishMany: fc.Arbitrary<GeneratedMany> = compound({
  periods: EN_PERIODS,
  names: EN_NAMES.slice(0, 5),
  verbs: EN_VERBS,
  money: EN_MONEY,
  sentence: enSentence,
  joints: { two: '; ', while: ', while ' },
  compared: (up, other) => `${up ? 'higher' : 'lower'} than the ${other} percent growth in the same period last year`,
});

// ---- goals ------------------------------------------------------------------------------------

/**
 * Goals for a year, as plans state them: `Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu đạt 12 tỷ
 * USD, tăng 8% so với năm 2024`, `The city aims for export turnover of US$12 billion in 2025, up
 * 8 percent from 2024`. Every figure is a target.
 */
export const vietnameseGoals: fc.Arbitrary<Generated> = fc
  .record({
    year: fc.integer({ min: 2021, max: 2030 }),
    name: fc.constantFrom(...VI_NAMES),
    lead: fc.constantFrom('phấn đấu', 'mục tiêu', 'kế hoạch', 'chỉ tiêu'),
    who: fc.constantFrom('tỉnh', 'thành phố', 'ngành'),
    a: amount,
    money: fc.constantFrom(...VI_MONEY),
    change: fc.option(fc.tuple(fc.boolean(), percent), { nil: undefined }),
  })
  .map((g) => {
    const [post, unit, scale] = g.money;
    const number = g.a.frac ? `${g.a.int},${g.a.frac}` : g.a.int;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: String(g.year), kind: 'target' };
    const opener =
      g.lead === 'phấn đấu'
        ? `Năm ${g.year}, ${g.who} phấn đấu ${g.name} đạt`
        : `${capital(g.lead)} năm ${g.year}: ${g.name} đạt`;
    let text = `${opener} ${number}${post}`;
    if (g.change) {
      const [up, r] = g.change;
      text += `, ${up ? 'tăng' : 'giảm'} ${r.replace('.', ',')}% so với năm ${g.year - 1}`;
      truth.rate = up ? r : `-${r}`;
    }
    return { text: `${text}.`, truth };
  });

export const englishGoals: fc.Arbitrary<Generated> = fc
  .record({
    year: fc.integer({ min: 2021, max: 2030 }),
    name: fc.constantFrom(...EN_NAMES.slice(0, 5)),
    lead: fc.nat(),
    a: amount,
    money: fc.constantFrom(...EN_MONEY),
    change: fc.option(fc.tuple(fc.boolean(), percent), { nil: undefined }),
  })
  .map((g) => {
    const [pre, post, unit, scale] = g.money;
    const number = `${pre}${g.a.frac ? `${g.a.int}.${g.a.frac}` : g.a.int}${post}`;
    const truth: Truth = { value: times(g.a.canonical, scale), unit, period: String(g.year), kind: 'target' };
    const leads = [
      `The province aims to raise ${g.name} to ${number} in ${g.year}`,
      `In ${g.year}, the city targets ${g.name} of ${number}`,
      `${capital(g.name)} is targeted to reach ${number} in ${g.year}`,
      `The ministry has set a target of ${number} for ${g.name} in ${g.year}`,
      `In ${g.year}, ${g.name} is expected to reach ${number}`,
    ];
    let text = pick(leads, g.lead);
    if (g.change) {
      const [up, r] = g.change;
      text += `, ${up ? 'up' : 'down'} ${r} percent from ${g.year - 1}`;
      truth.rate = up ? r : `-${r}`;
    }
    return { text: `${text}.`, truth };
  });

// ---- lists ------------------------------------------------------------------------------------

/** One item of a list: its name as written and the figures the sentence gives it. */
export interface ItemTruth {
  readonly name: string;
  readonly value?: { readonly base: string; readonly unit: string };
  readonly rate?: string;
  readonly completion?: string;
}

export interface GeneratedList {
  readonly text: string;
  readonly items: readonly ItemTruth[];
}

const PROVINCES = ['Bắc Giang', 'Hải Phòng', 'Quảng Ninh', 'Thanh Hóa', 'Đà Nẵng', 'Bình Dương', 'Long An', 'Nghệ An'];
const GOODS_EN = ['rice', 'coffee', 'pepper', 'cashew nuts', 'seafood', 'textiles', 'footwear', 'electronics'];
const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The statements named as item `name` (the name as written, or ending with it). */
const named = (statements: readonly Statement[], name: string): Statement[] =>
  statements.filter((s) => {
    const n = s.name?.value.toLowerCase() ?? '';
    return same(n, name) || n.endsWith(` ${name.toLowerCase()}`);
  });

/** Every item is read whole by a statement of its name. */
export function readItems(statements: readonly Statement[], items: readonly ItemTruth[]): string[] {
  return items.flatMap((t) => {
    const whole = named(statements, t.name).some(
      (s) =>
        (t.value === undefined ||
          (s.value?.value.base === t.value.base && (s.value.value.unitCode ?? '') === t.value.unit)) &&
        (t.rate === undefined || s.changes.some((c) => c.value.form === 'rate' && c.value.amount.value === t.rate)) &&
        (t.completion === undefined || s.completion?.value.percent.value === t.completion),
    );
    return whole ? [] : [`${t.name} not read whole`];
  });
}

/** Certain figures of a statement named as an item that are not that item's: silent wrong numbers. */
export function silentWrongItems(statements: readonly Statement[], items: readonly ItemTruth[]): string[] {
  return items.flatMap((t) =>
    named(statements, t.name).flatMap((s) => {
      const wrong: string[] = [];
      if (certain(s.value) && s.value && t.value && s.value.value.base !== t.value.base)
        wrong.push(`${t.name}: value ${s.value.value.base}`);
      if (certain(s.completion) && s.completion && s.completion.value.percent.value !== t.completion)
        wrong.push(`${t.name}: completion ${s.completion.value.percent.value}`);
      for (const c of s.changes)
        if (certain(c) && (c.value.form !== 'rate' || c.value.amount.value !== t.rate))
          wrong.push(`${t.name}: change ${c.value.form} ${c.value.amount.value}`);
      return wrong;
    }),
  );
}

/** `Các địa phương có mức tăng trưởng cao gồm: Bắc Giang (13,6%), Hải Phòng (12,5%) …`: each entry's growth rate. */
export const vietnameseBracketList: fc.Arbitrary<GeneratedList> = fc
  .record({
    names: fc.shuffledSubarray(PROVINCES, { minLength: 2, maxLength: 6 }),
    rates: fc.array(percent, { minLength: 6, maxLength: 6 }),
    head: fc.constantFrom(
      'Các địa phương có mức tăng trưởng GRDP cao gồm:',
      'Một số tỉnh có tốc độ tăng trưởng kinh tế cao nhất là',
      'Trong 6 tháng đầu năm 2024, các tỉnh dẫn đầu về tăng trưởng GRDP gồm',
    ),
  })
  .map((g) => {
    const items = g.names.map((name, i) => ({ name, rate: g.rates[i] as string }));
    const list = items.map((t) => `${t.name} (${t.rate.replace('.', ',')}%)`);
    const text = `${g.head} ${list.slice(0, -1).join(', ')} và ${list[list.length - 1]}.`;
    return { text, items };
  });

/** `Exports of rice and coffee reached US$1.2 billion and US$0.8 billion, up 5 percent and 7 percent year-on-year, respectively.` */
export const englishRespectively: fc.Arbitrary<GeneratedList> = fc
  .record({
    names: fc.shuffledSubarray(GOODS_EN, { minLength: 2, maxLength: 3 }),
    amounts: fc.array(amount, { minLength: 3, maxLength: 3 }),
    rates: fc.array(percent, { minLength: 3, maxLength: 3 }),
    withValues: fc.boolean(),
  })
  .map((g) => {
    const n = g.names.length;
    const items = g.names.map((name, i) => {
      const a = g.amounts[i] as { int: string; frac: string; canonical: string };
      return {
        name,
        rate: g.rates[i] as string,
        ...(g.withValues ? { value: { base: times(a.canonical, 9), unit: 'USD' } } : {}),
        printed: `US$${a.frac ? `${a.int}.${a.frac}` : a.int} billion`,
      };
    });
    const and = (xs: readonly string[]): string =>
      n === 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[n - 1]}`;
    const names = and(items.map((t) => t.name));
    const rates = and(items.map((t) => `${t.rate} percent`));
    const text = g.withValues
      ? `Exports of ${names} reached ${and(items.map((t) => t.printed))}, up ${rates} year-on-year, respectively.`
      : `Exports of ${names} rose ${rates} year-on-year, respectively.`;
    return { text, items: items.map(({ printed: _p, ...t }) => t) };
  });
