import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-genres`: the language of two genres the earlier sets lacked — research notes
 * and macro briefs (World Bank, IMF, ADB, brokers' and banks' Vietnam macro updates, USDA
 * reports) and COMPANIES' results against their year's plan (listed and state companies' press
 * releases, investor-relations news, business press).
 *
 * Classes, each written out whole and crossed in templates:
 * (a) SHORTHAND BASES: `y/y`, `yoy`, `YoY`, `y-o-y`, `Y/Y`, `(YoY)`, `(y/y, SA)`, glued `%YoY` (same period last
 *     year); `m/m`, `MoM`, `mom`, `q/q`, `QoQ`, `qoq`, `(m/m, SA)` (previous period) — crossed with the shapes
 *     of a change (`rose P% y/y`, `rose P% y/y to X`, `reached X, up P% YoY`, `X (+P% YoY)`, `X,
 *     +P% YoY`) and with the SHORTHAND PERIODS: `9M24`, `9M2024`, `10M24`, `10M 2024`, `4M 2025`, `1H25`, `1H 2025`, `1H2025`, `3Q 2024`, `H1
 *     2025`, `H1/2025`, `2Q24`, `Q2 2024`, `Q2/2024`, `4Q2024`, `FY2024`, `Jan–Oct 2024` (en
 *     dash), `Jan-Oct 2024`, `October 2024`, `Oct 2024`.
 * (b) SCALES: `bn`, `mn`, `m` (after a currency), `tn`, `trn`, `billion`, `trillion`, `million`,
 *     glued or spaced, after `VND`, `USD`, `US$`, `$` — turned through every template.
 * (c) RATE LEVELS: a growth rate or an inflation rate stated as a level with a shorthand base
 *     (`Headline CPI eased to 3.2% y/y`, `Retail sales growth accelerated to 9.1% YoY`) is a change
 *     of that rate against its base (the corpus convention: `inflation surged to 20 per cent` is a
 *     change of 20); the previous figure beside it (`from 8.5% in the previous month`, `(Sep:
 *     +10.1%)`, `vs. 10.1% in September`) is its own fact with no base read (`*`).
 * (d) YEAR-TO-DATE: `Credit growth reached 10.2% ytd` / `YTD` / `y-t-d` is a change against the end
 *     of last year (`*` accepted: the corpus has no fixed base id for it).
 * (e) FORECASTS: `GDP is forecast to grow 6.5% in 2025`, `we expect`, `we project`, `is projected
 *     at`, `our 2025F forecast`, `2025E`, `2025f` — targets (`k: 'target'`); a RANGE (`6.0–6.5%`,
 *     `6.0-6.5%`) states no certain value and gives no fact.
 * (f) COMPANY RESULTS: the measures (`net revenue`, `consolidated revenue`, `profit before tax
 *     (PBT)`, `pre-tax profit`, `net profit`, `NPAT`, `after-tax profit`, `profit after tax`) ×
 *     the links of a completion (`fulfilling`, `completing`, `achieving`, `reaching`, `equivalent
 *     to`, `meeting`) × the year's plans (`the full-year plan`, `the year's plan`, `the annual
 *     target`, `its 2024 target`, `the full-year profit target`, `the yearly business plan`); the
 *     exceeding forms (`exceeding the annual profit target by 12%` = 112, `surpassing`, `beating`);
 *     the year's targets a company sets (`set a revenue target of X for 2025`, `targets`, `aims
 *     for`, `plans`, `eyes`, the AGM approving a plan) — targets.
 * (g) POINTS: a change of a rate in percentage points (`pp`, `ppt`, `percentage points`) is `points
 *     X`; in basis points (`bps`, `basis points`) it is `points X/100` (the convention of this
 *     book: a basis point is a hundredth of a percentage point, `50 bps` = `points 0.5`).
 * (h) MACRO LEVELS: `the trade surplus widened to US$20.1bn`, `disbursement of public investment
 *     reached 45.7% of the plan`, `reaching 65% of the annual target`.
 * (i) COMMODITY NOTES (USDA): tonnage in `MMT` (million metric tons), `TMT` (thousand metric tons),
 *     `million metric tons`.
 *
 * Annotated with the conventions of the real corpus (`real-corpus/test8-en.ts`): a period is given
 * when the text names it with its year (`9M24` = `2024-YTD-09`, `1H25` = `2025-H1`, `2Q24` =
 * `2024-Q2`, `FY2024` = `2024`, `Jan–Oct 2024` = `2024-YTD-10`); a change with no base is `*`; a
 * goal, plan or forecast is `k: 'target'`; exceeding a plan by X% is 100 + X.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

/** `13.11` × 10^k as a canonical decimal string (no float arithmetic). */
function units(num: string, zeros: number): string {
  const [int = '0', frac = ''] = num.replace(/,/g, '').split('.');
  const digits = (int + frac.padEnd(zeros, '0').slice(0, zeros)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(zeros).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface Money {
  readonly text: string;
  readonly v: string;
  readonly u: string;
}

/** Money spellings of research and company prose, by currency and scale, turned by `i`. */
const MONEY_SPELLINGS = {
  usdBn: [
    (n: string) => `US$${n}bn`,
    (n: string) => `USD ${n}bn`,
    (n: string) => `$${n}bn`,
    (n: string) => `US$${n} billion`,
    (n: string) => `USD${n}bn`,
    (n: string) => `$${n} bn`,
    (n: string) => `USD ${n} billion`,
  ],
  usdMn: [
    (n: string) => `US$${n}mn`,
    (n: string) => `$${n}m`,
    (n: string) => `USD ${n}mn`,
    (n: string) => `US$${n} million`,
    (n: string) => `$${n}mn`,
    (n: string) => `US$${n}m`,
  ],
  vndBn: [
    (n: string) => `VND${n} billion`,
    (n: string) => `VND${n}bn`,
    (n: string) => `VND ${n} billion`,
    (n: string) => `VND ${n}bn`,
    (n: string) => `${n} billion VND`,
  ],
  vndTn: [
    (n: string) => `VND${n} trillion`,
    (n: string) => `VND${n}tn`,
    (n: string) => `VND ${n} trillion`,
    (n: string) => `VND${n}trn`,
    (n: string) => `VND ${n}tn`,
    (n: string) => `VND ${n} trn`,
  ],
} as const;
const ZEROS = { usdBn: 9, usdMn: 6, vndBn: 9, vndTn: 12 } as const;
type Scale = keyof typeof MONEY_SPELLINGS;

function money(num: string, scale: Scale, i: number): Money {
  const spell = pick(MONEY_SPELLINGS[scale], i);
  return { text: spell(num), v: units(num, ZEROS[scale]), u: scale.startsWith('usd') ? 'USD' : 'VND' };
}

/** A shorthand period, the period id it names. */
type Period = readonly [text: string, id: string];

/** Periods of a cumulative or half-year figure (any base of the year before fits them). */
const YEAR_PERIODS: readonly Period[] = [
  ['in 9M24', '2024-YTD-09'],
  ['in 9M2024', '2024-YTD-09'],
  ['in 10M24', '2024-YTD-10'],
  ['in 10M 2024', '2024-YTD-10'],
  ['in 4M 2025', '2025-YTD-04'],
  ['in 1H25', '2025-H1'],
  ['in 1H 2025', '2025-H1'],
  ['in 1H2025', '2025-H1'],
  ['in H1 2025', '2025-H1'],
  ['in H1/2025', '2025-H1'],
  ['in 2Q24', '2024-Q2'],
  ['in Q2 2024', '2024-Q2'],
  ['in Q2/2024', '2024-Q2'],
  ['in 4Q2024', '2024-Q4'],
  ['in FY2024', '2024'],
  ['in Jan–Oct 2024', '2024-YTD-10'],
  ['in Jan-Oct 2024', '2024-YTD-10'],
  ['in October 2024', '2024-10'],
  ['in Oct 2024', '2024-10'],
];
/** Periods a previous-period base fits (a month or a quarter). */
const SHORT_PERIODS: readonly Period[] = [
  ['in October 2024', '2024-10'],
  ['in Oct 2024', '2024-10'],
  ['in 3Q24', '2024-Q3'],
  ['in 3Q 2024', '2024-Q3'],
  ['in Q3 2024', '2024-Q3'],
  ['in Q3/2024', '2024-Q3'],
];

/** Shorthand bases: as printed after the percentage (a leading `%` glues it to the number). */
type Base = readonly [text: string, base: string];
const YOY: readonly Base[] = [
  [' y/y', SPLY],
  [' yoy', SPLY],
  [' YoY', SPLY],
  [' y-o-y', SPLY],
  [' Y/Y', SPLY],
  [' (YoY)', SPLY],
  [' (y/y, SA)', SPLY],
  ['YoY', SPLY],
];
const MOM: readonly Base[] = [
  [' m/m', PREV],
  [' MoM', PREV],
  [' mom', PREV],
  [' q/q', PREV],
  [' QoQ', PREV],
  [' qoq', PREV],
  [' (m/m, SA)', PREV],
];

/** Macro measures with the verb of a rise and of a fall. */
const MACRO = [
  { name: 'Exports', up: 'rose', down: 'fell', scale: 'usdBn' as Scale, num: '35.24' },
  { name: 'Imports', up: 'increased', down: 'declined', scale: 'usdBn' as Scale, num: '31.87' },
  { name: 'FDI disbursement', up: 'grew', down: 'dropped', scale: 'usdBn' as Scale, num: '16.71' },
  { name: 'Retail sales', up: 'expanded', down: 'contracted', scale: 'vndTn' as Scale, num: '5,235.4' },
  { name: 'Registered FDI', up: 'climbed', down: 'slipped', scale: 'usdMn' as Scale, num: '845.2' },
  { name: 'Rice exports', up: 'jumped', down: 'eased', scale: 'usdMn' as Scale, num: '512.6' },
];

const RATES = ['12.3', '8.9', '5.2', '14.07', '3.6', '27.1', '0.8'];

/** The shapes of one change with a shorthand base, with or without the value. */
type ChangeShape = (m: (typeof MACRO)[number], signed: string, pct: string, x: Money, down: boolean) => string;
const CHANGE_SHAPES: readonly [ChangeShape, boolean][] = [
  [(m, _s, pct, _x, down) => `${m.name} ${down ? m.down : m.up} ${pct}`, false],
  [(m, _s, pct, x, down) => `${m.name} ${down ? m.down : m.up} ${pct} to ${x.text}`, true],
  [(m, _s, pct, x, down) => `${m.name} reached ${x.text}, ${down ? 'down' : 'up'} ${pct},`, true],
  [(m, s, pct, x) => `${m.name} came in at ${x.text} (${s}${pct})`, true],
  [(m, s, pct, x) => `${m.name} totalled ${x.text}, ${s}${pct},`, true],
];

/** (a)+(b): every shape × every shorthand base × every shorthand period. */
function macroChangeCases(): PhraseCase[] {
  const yoy = cross(CHANGE_SHAPES, YOY, YEAR_PERIODS);
  const mom = cross(CHANGE_SHAPES, MOM, SHORT_PERIODS);
  return [...yoy, ...mom].map(([[shape, hasValue], [baseText, base], [periodText, p]], i) => {
    const m = pick(MACRO, i);
    const down = i % 4 === 3;
    const r = pick(RATES, i);
    const x = money(m.num, m.scale, i);
    const pct = `${r}%${baseText}`;
    const text = `${shape(m, down ? '-' : '+', pct, x, down)} ${periodText}.`.replace(/, (in .*)\.$/, ' $1.');
    const fact: RealFact = {
      ...(hasValue ? { v: x.v, u: x.u } : {}),
      ch: [`rate ${down ? `-${r}` : r} ${base}`],
      p,
    };
    return { text, facts: [fact] };
  });
}

/** (c): a growth or inflation rate stated as a level with a shorthand base, and its previous figure. */
const LEVEL_SUBJECTS = [
  'Headline CPI',
  'Headline inflation',
  'Core inflation',
  'Credit growth',
  'Retail sales growth',
  'Export growth',
  'Industrial production growth',
];
const LEVEL_VERBS = [
  'eased to',
  'rose to',
  'accelerated to',
  'slowed to',
  'edged up to',
  'picked up to',
  'moderated to',
  'came in at',
  'stood at',
  'continued to slow, easing to',
  'picked up, rising to',
];
const PREVIOUS_TAILS: readonly ((r: string) => string)[] = [
  () => '',
  (r) => ` from ${r}% in the previous month`,
  (r) => ` (Sep: +${r}%)`,
  (r) => ` vs. ${r}% in September`,
  (r) => `, up from ${r}% a month earlier`,
  (r) => ` (vs. ${r}% yoy in 3Q24)`,
];
function rateLevelCases(): PhraseCase[] {
  return cross(LEVEL_VERBS, YOY.slice(0, 6), PREVIOUS_TAILS).map(([verb, [baseText, base], tail], i) => {
    const subject = pick(LEVEL_SUBJECTS, i);
    const r = pick(['3.2', '9.1', '2.57', '4.35', '7.8'], i);
    const prev = pick(['3.5', '8.5', '2.9', '4.1', '7.2'], i);
    const tailText = tail(prev);
    const period = i % 2 === 0 ? ' in October 2024' : '';
    const text = `${subject} ${verb} ${r}%${baseText}${period}${tailText}.`;
    const facts: RealFact[] = [{ ch: [`rate ${r} ${base}`], ...(period ? { p: '2024-10' } : {}) }];
    if (tailText) facts.push({ ch: [`rate ${prev} *`], ...(tailText.includes('3Q24') ? { p: '2024-Q3' } : {}) });
    return { text, facts };
  });
}

/** (d): year-to-date growth. */
function ytdCases(): PhraseCase[] {
  const subjects = ['Credit growth', 'Deposit growth', 'System credit', 'Bank lending'];
  const shapes: readonly ((s: string, r: string, y: string) => string)[] = [
    (s, r, y) => `${s} reached ${r}% ${y} as of 30 September 2024.`,
    (s, r, y) => `${s} stood at ${r}% ${y} as of end-September 2024.`,
    (s, r, y) => `${s} was ${r}% ${y}.`,
    (s, r, y) => `${s} rose ${r}% ${y} as of end-October.`,
  ];
  // (a year-to-date growth measured to a month is that month's year to date)
  const periods = ['2024-YTD-09', '2024-YTD-09', undefined, undefined];
  return cross(shapes, ['ytd', 'YTD', 'y-t-d', 'year-to-date']).map(([shape, y], i) => {
    const p = periods[shapes.indexOf(shape)];
    return {
      text: shape(pick(subjects, i), pick(['10.2', '9.08', '6.7'], i), y),
      facts: [{ ch: [`rate ${pick(['10.2', '9.08', '6.7'], i)} *`], ...(p ? { p } : {}) }],
    };
  });
}

/** (e): forecasts (targets) and ranges (no fact). */
const FORECAST_PERIODS: readonly Period[] = [
  ['in 4Q25F', '2025-Q4'],
  ['in 2025', '2025'],
  ['for 2025', '2025'],
  ['in 2025F', '2025'],
  ['in 2025E', '2025'],
  ['for 2025f', '2025'],
  ['in FY2025', '2025'],
];
const FORECASTS: readonly ((r: string, p: string) => string)[] = [
  (r, p) => `GDP is forecast to grow ${r} ${p}.`,
  (r, p) => `We expect GDP growth of ${r} ${p}.`,
  (r, p) => `We project Vietnam's GDP to expand ${r} ${p}.`,
  (r, p) => `GDP growth is projected at ${r} ${p}.`,
  (r, p) => `The World Bank forecasts GDP growth of ${r} ${p}.`,
  (r, p) => `We forecast exports to rise ${r} ${p}.`,
  (r, p) => `Headline inflation is expected to average ${r} ${p}.`,
  (r, p) => `We maintain our GDP growth forecast of ${r} ${p}.`,
  (r, p) => `GDP growth is expected to reach ${r} ${p}.`,
];
function forecastCases(): PhraseCase[] {
  const single = cross(FORECASTS, FORECAST_PERIODS).map(([shape, [pt, p]], i) => {
    const r = pick(['6.5', '6.8', '7.1', '5.9', '4.2'], i);
    return { text: shape(`${r}%`, pt), facts: [{ ch: [`rate ${r} *`], p, k: 'target' as const }] };
  });
  // inflation stated as a bare percentage is the rise of prices: a rate of change
  const inflation = cross(
    ['Inflation averaged', 'Headline inflation averaged', 'Core inflation was', 'CPI inflation came in at'],
    YEAR_PERIODS.filter(([t]) => t.includes('2024')),
  ).map(([lead, [pt, p]], i) => {
    const r = pick(['3.6', '2.9', '4.1'], i);
    return { text: `${lead} ${r}% ${pt}.`, facts: [{ ch: [`rate ${r} *`], p }] };
  });
  const ranges = cross(FORECASTS, ['6.0–6.5%', '6.0-6.5%', '6.5–7.0%']).map(([shape, range]) => ({
    text: shape(range, 'in 2025'),
    facts: [],
  }));
  return [...single, ...inflation, ...ranges];
}

/** (f): company results against the year's plan. */
const COMPANIES = ['Vinamilk', 'The company', 'FPT', 'The group', 'Hoa Phat', 'The bank', 'PV Gas', 'Masan'];
const RESULT_VERBS = ['posted', 'reported', 'recorded', 'booked', 'delivered'];
const METRICS = [
  'net revenue',
  'consolidated revenue',
  'profit before tax (PBT)',
  'pre-tax profit',
  'net profit',
  'NPAT',
  'after-tax profit',
  'profit after tax',
];
const COMPLETION_LINKS = ['fulfilling', 'completing', 'achieving', 'reaching', 'equivalent to', 'meeting'];
const YEAR_PLANS = [
  'the full-year plan',
  "the year's plan",
  'the annual target',
  'its 2024 target',
  'the full-year profit target',
  'the yearly business plan',
  'its annual guidance',
];
const COMPANY_CHANGES: readonly [text: (r: string) => string, ch: (r: string) => string][] = [
  [(r) => `up ${r}% YoY`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `up ${r}% y/y`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `+${r}% YoY`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `down ${r}% yoy`, (r) => `rate -${r} ${SPLY}`],
  [(r) => `an increase of ${r}% over the same period last year`, (r) => `rate ${r} ${SPLY}`],
  [(r) => `up ${r}%`, (r) => `rate ${r} *`],
];
const COMPANY_PERIODS: readonly Period[] = [
  ['in 9M24', '2024-YTD-09'],
  ['in 1H2024', '2024-H1'],
  ['in Q3 2024', '2024-Q3'],
  ['in 2024', '2024'],
  ['for the first nine months of 2024', '2024-YTD-09'],
];
function companyResultCases(): PhraseCase[] {
  return cross(COMPLETION_LINKS, YEAR_PLANS, COMPANY_CHANGES, [0, 1] as const).map(
    ([link, plan, [chText, chFact], shapeNo], i) => {
      const company = pick(COMPANIES, i);
      const metric = pick(METRICS, i);
      const [pt, p] = pick(COMPANY_PERIODS, i);
      const scale: Scale = i % 3 === 0 ? 'vndTn' : 'vndBn';
      const x = money(pick(scale === 'vndTn' ? ['12.35', '2.3', '41.2'] : ['12,345', '1,234', '987.6'], i), scale, i);
      const r = pick(['8', '15.2', '23.6', '4.1'], i);
      const c = pick(['76', '48', '104.2', '61.5', '92'], i);
      const text =
        shapeNo === 0
          ? `${company} ${pick(RESULT_VERBS, i)} ${metric} of ${x.text} ${pt}, ${chText(r)}, ${link} ${c}% of ${plan}.`
          : `${cap(pt)}, ${company.replace(/^The/, 'the')}'s ${metric} reached ${x.text}, ${chText(r)} and ${link} ${c}% of ${plan}.`;
      return { text, facts: [{ v: x.v, u: x.u, ch: [chFact(r)], c, p }] };
    },
  );
}

/** Exceeding the year's plan by X% (completion 100 + X), and `X% of the target` above 100. */
const EXCEEDS: readonly ((plan: string, r: string) => string)[] = [
  (plan, r) => `exceeding ${plan} by ${r}%`,
  (plan, r) => `surpassing ${plan} by ${r}%`,
  (plan, r) => `beating ${plan} by ${r}%`,
  (plan, r) => `${r}% above ${plan}`,
];
function exceedCases(): PhraseCase[] {
  return cross(EXCEEDS, YEAR_PLANS, [0, 1] as const).map(([exceed, plan, shapeNo], i) => {
    const company = pick(COMPANIES, i);
    const metric = pick(METRICS, i + 3);
    const x = money(pick(['2,150', '845.3', '13,020'], i), 'vndBn', i);
    const [r, c] = pick(
      [
        ['12', '112'],
        ['4.5', '104.5'],
        ['27.3', '127.3'],
      ] as const,
      i,
    );
    const text =
      shapeNo === 0
        ? `${company} ${pick(RESULT_VERBS, i)} ${metric} of ${x.text} in 2024, ${exceed(plan, r)}.`
        : `${cap(metric.replace(/ \(PBT\)/, ''))} reached ${x.text} in FY2024, ${exceed(plan, r)}.`;
    return { text, facts: [{ v: x.v, u: x.u, c, p: '2024' }] };
  });
}

/** The year's targets a company sets: targets with their year. */
const TARGET_SHAPES: readonly ((co: string, metric: string, x: string) => string)[] = [
  (co, metric, x) => `${co} set a ${metric} target of ${x} for 2025.`,
  (co, metric, x) => `${co} targets ${metric} of ${x} in 2025.`,
  (co, metric, x) => `${co} aims for ${metric} of ${x} in 2025.`,
  (co, metric, x) => `${co} plans ${metric} of ${x} for 2025.`,
  (co, metric, x) => `${co} eyes ${metric} of ${x} in 2025.`,
  (_co, metric, x) => `Shareholders approved a 2025 ${metric} target of ${x}.`,
  (co, metric, x) => `For 2025, ${co.replace(/^The/, 'the')} has set a ${metric} target of ${x}.`,
];
function companyTargetCases(): PhraseCase[] {
  return cross(TARGET_SHAPES, METRICS.filter((m) => !m.includes('(')).slice(0, 6)).map(([shape, metric], i) => {
    const scale: Scale = i % 2 === 0 ? 'vndTn' : 'vndBn';
    const x = money(pick(scale === 'vndTn' ? ['15.5', '3.2', '120'] : ['4,500', '850', '12,600'], i), scale, i);
    return { text: shape(pick(COMPANIES, i), metric, x.text), facts: [{ v: x.v, u: x.u, p: '2025', k: 'target' }] };
  });
}

/** (g): changes of a rate in percentage points and basis points. */
const POINT_SUBJECTS = [
  'The unemployment rate',
  'The NIM',
  'The NPL ratio',
  'The average lending rate',
  'The CASA ratio',
];
/** Basis points as percentage points: a hundredth (written out, no float arithmetic). */
const BPS: Readonly<Record<string, string>> = { '50': '0.5', '25': '0.25', '15': '0.15' };
const POINT_FORMS: readonly [text: (x: string) => string, amount: (x: string) => string][] = [
  [(x) => `${x}pp`, (x) => x],
  [(x) => `${x} pp`, (x) => x],
  [(x) => `${x} ppt`, (x) => x],
  [(x) => `${x} percentage points`, (x) => x],
  [(x) => `${x}bps`, (x) => BPS[x] as string],
  [(x) => `${x} bps`, (x) => BPS[x] as string],
  [(x) => `${x} basis points`, (x) => BPS[x] as string],
];
function pointCases(): PhraseCase[] {
  const shapes: readonly [(s: string, amount: string, base: string) => string, boolean][] = [
    [(s, amount, base) => `${s} rose ${amount}${base}.`, false],
    [(s, amount, base) => `${s} narrowed ${amount}${base}.`, true],
    [(s, amount, base) => `${s} widened by ${amount}${base}.`, false],
  ];
  return cross(shapes, POINT_FORMS, [
    [' y/y', SPLY],
    [' q/q', PREV],
    ['', '*'],
  ] as const).map(([[shape, down], [form, amount], [baseText, base]], i) => {
    const isBps = form('1').includes('b');
    const x = isBps ? pick(['50', '25', '15'], i) : pick(['0.2', '1.5', '0.35'], i);
    const a = amount(x);
    return {
      text: shape(pick(POINT_SUBJECTS, i + Math.floor(i / 3)), form(x), baseText),
      facts: [{ ch: [`points ${down ? `-${a}` : a} ${base}`] }],
    };
  });
}

/** (h): macro levels and completions of a public plan. */
function macroLevelCases(): PhraseCase[] {
  const levels = cross(
    [
      'The trade surplus widened to',
      'The trade surplus narrowed to',
      'The trade balance posted a surplus of',
      'The current account surplus reached',
    ],
    YEAR_PERIODS.slice(0, 12),
  ).map(([lead, [pt, p]], i) => {
    const x = money(pick(['20.1', '3.47', '12.86'], i), i % 4 === 3 ? 'usdMn' : 'usdBn', i);
    return { text: `${lead} ${x.text} ${pt}.`, facts: [{ v: x.v, u: x.u, p }] };
  });
  const plans = [
    'the plan',
    'the annual plan',
    "the year's plan",
    'the annual target',
    'the plan assigned by the Prime Minister',
    'the full-year plan',
  ];
  const disbursed = cross(plans, YEAR_PERIODS.slice(0, 12)).map(([plan, [pt, p]], i) => {
    const c = pick(['45.7', '65', '38.2', '82.1'], i);
    const shape = i % 3;
    if (shape === 0)
      return { text: `Disbursement of public investment reached ${c}% of ${plan} ${pt}.`, facts: [{ c, p }] };
    const x = money(pick(['312.5', '76.4', '410'], i), 'vndTn', i);
    if (shape === 1)
      return {
        text: `Public investment disbursement reached ${x.text} ${pt}, equivalent to ${c}% of ${plan}.`,
        facts: [{ v: x.v, u: x.u, c, p }],
      };
    return {
      text: `${cap(pt)}, the state budget collected ${x.text}, reaching ${c}% of ${plan}.`,
      facts: [{ v: x.v, u: x.u, c, p }],
    };
  });
  return [...levels, ...disbursed];
}

/** USDA and commodity notes: tonnage in `MMT`/`TMT`/`million metric tons`, with a shorthand base. */
function commodityCases(): PhraseCase[] {
  const amounts: readonly [text: string, v: string][] = [
    ['1.2 MMT', '1200000'],
    ['27.35 MMT', '27350000'],
    ['850 TMT', '850000'],
    ['4.6 million metric tons', '4600000'],
    ['312 thousand metric tons', '312000'],
  ];
  const shapes: readonly ((x: string, r: string, p: string) => string)[] = [
    (x, r, p) => `Vietnam imported ${x} of corn ${p}, up ${r}% y/y.`,
    (x, r, p) => `Rice exports reached ${x} ${p}, up ${r}% YoY.`,
    (x, r, p) => `Wheat imports rose ${r}% yoy to ${x} ${p}.`,
  ];
  return cross(shapes, amounts, YEAR_PERIODS.slice(0, 8)).map(([shape, [x, v], [pt, p]], i) => {
    const r = pick(['12', '3.5', '21.4'], i);
    return { text: shape(x, r, pt), facts: [{ v, u: 'tonne', ch: [`rate ${r} ${SPLY}`], p }] };
  });
}

/**
 * (j) BANKING SHORTHAND (round 26): a billion or a trillion glued as one letter after a currency
 * (`$24.3b`, `US$1.2B`, `VND602t`, `VND850b`), the other currency's figure in brackets beside it
 * (the same amount, no statement of its own), and a year's end glued to its year (`as of end-2023`,
 * `at end-2021`) naming that year. Near-misses: the letter `t` after a bare number is the tonne
 * (`45t of steel`), `m` after a bare number no scale.
 */
function bankShorthandCases(): PhraseCase[] {
  const pairs: readonly [usd: string, v: string, vnd: string][] = [
    ['$24.3b', '24300000000', 'VND602t'],
    ['US$1.2B', '1200000000', 'VND29.5t'],
    ['$524m', '524000000', 'VND13t'],
    ['US$14.2b', '14200000000', 'VND353t'],
    ['$850m', '850000000', 'VND20,700b'],
  ];
  const shapes: readonly ((x: string, vnd: string, r: string, y: string) => [string, boolean])[] = [
    (x, vnd, r, y) => [`Total assets are ${x} (${vnd}) as of end-${y}, a ${r}% rise from a year earlier.`, true],
    (x, vnd, _r, y) => [`Customer deposits stood at ${x} (${vnd}) at end-${y}.`, false],
    (x, vnd, r, y) => [
      `The lender reported a pre-tax profit of ${x} (${vnd}) for ${y}, up ${r}% from a year earlier.`,
      true,
    ],
    (x, _vnd, r, y) => [`Outstanding loans rose ${r}% to ${x} in ${y}.`, true],
  ];
  const cases = cross(shapes, pairs, ['2021', '2023']).map(([shape, [x, v, vnd], y], i) => {
    const r = pick(['44.7', '26.8', '12', '31.8'], i);
    const [text, changed] = shape(x, vnd, r, y);
    return { text, facts: [{ v, u: 'USD', ...(changed ? { ch: [`rate ${r} *`] } : {}), p: y }] };
  });
  const nearMisses: PhraseCase[] = [
    { text: 'The mill produced 45t of steel in 2023.', facts: [{ v: '45', u: 'tonne', p: '2023' }] },
    { text: 'The farm harvested 1.5t of coffee per hectare in 2022.', facts: [] },
    {
      text: 'Rice exports reached 240,000 t in 2024, worth $120m.',
      facts: [
        { v: '240000', u: 'tonne', p: '2024' },
        { v: '120000000', u: 'USD', p: '2024' },
      ],
    },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (k) PLANS, PROJECTIONS AND PROPOSALS (round 26): a verb of forecasting in the progressive (`is
 * projecting`, `are forecasting`, `is predicting`), a proposal in any tense (`proposed`, `proposes`,
 * `is proposing`) and a goal's list whose later items open with an adjective of the measure
 * (`and consolidated profit of …`) or state a level in percent (`and keep the bad debt ratio below
 * 2 percent`) — every figure after them is a target. Near-misses: a past verb of a result after the
 * goal (`and recorded …`, `and kept … last year`) and a proposal named after the figure (`as
 * proposed by the ministry`) stay results.
 */
function planVerbCases(): PhraseCase[] {
  const leads: readonly [subject: string, verb: string][] = [
    ['The bank', 'is projecting'],
    ['Analysts', 'are forecasting'],
    ['The ministry', 'is predicting'],
    ['The Ministry of Finance', 'proposed'],
    ['The government', 'proposes'],
    ['The board', 'is proposing'],
    ['The company', 'targets'],
    ['The lender', 'aims to achieve'],
  ];
  const objects: readonly ((x: Money, y: Money, r: string) => [string, RealFact[]])[] = [
    (x) => [`total assets of ${x.text}`, [{ v: x.v, u: x.u, k: 'target' }]],
    (x, y) => [
      `consolidated revenue of ${x.text} and consolidated profit of ${y.text}`,
      [
        { v: x.v, u: x.u, k: 'target' },
        { v: y.v, u: y.u, k: 'target' },
      ],
    ],
    (x, _y, r) => [
      `outstanding credit of over ${x.text} and a bad debt ratio below ${r} percent`,
      [
        { v: x.v, u: x.u, a: 'over', k: 'target' },
        { v: r, u: 'percent', a: 'under', k: 'target' },
      ],
    ],
  ];
  const cases = cross(leads, objects).map(([[subject, verb], object], i) => {
    const x = money(pick(['120', '15.5', '3.2'], i), 'vndTn', i);
    const y = money(pick(['1,100', '850', '4,500'], i), 'vndBn', i + 1);
    const [text, facts] = object(x, y, pick(['2', '1.5', '3'], i));
    return { text: `${subject} ${verb} ${text}.`, facts };
  });
  const nearMisses: PhraseCase[] = [
    {
      text: 'The company targets revenue of VND 10 trillion and recorded profit of VND 1 trillion in 2024.',
      facts: [
        { v: '10000000000000', u: 'VND', k: 'target' },
        { v: '1000000000000', u: 'VND', p: '2024' },
      ],
    },
    {
      text: 'The bank aims to lend VND 101 trillion in 2025 and kept its bad debt ratio at 1.5 percent last year.',
      facts: [
        { v: '101000000000000', u: 'VND', k: 'target', p: '2025' },
        { v: '1.5', u: 'percent' },
      ],
    },
    {
      text: 'Exports reached $5 billion in 2023, as proposed by the ministry.',
      facts: [{ v: '5000000000', u: 'USD', p: '2023' }],
    },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (l) A FIGURELESS CLAUSE BEFORE A CONTRAST (round 26): `Credit is on the rise, but the bad debt
 * ratio is still under control at 1.5%`, `…, while the trade surplus stood at …`, `…, and the
 * NPL ratio was …` — the clause after the joiner has its own subject (an article after `but`,
 * `and`, `while`, `whereas`), so the change word of the clause before (`on the rise`, `surged`)
 * makes no change of its percentage; it is that subject's level. Near-miss: with no article after
 * the joiner the clauses stay one statement's name as before (`Credit growth is on the rise, at
 * 1.5%` reads a change).
 */
function contrastClauseCases(): PhraseCase[] {
  const before = ['Credit is on the rise', 'Lending surged', 'Deposits are growing fast', 'Exports picked up'];
  const after: readonly [joiner: string, subject: string, link: string][] = [
    ['but', 'the bad debt ratio', 'is still under control at'],
    ['while', 'the NPL ratio', 'stood at'],
    ['whereas', 'the loan-to-deposit ratio', 'was'],
    ['and', 'the capital adequacy ratio', 'remained at'],
  ];
  const cases = cross(before, after).map(([lead, [joiner, subject, link]], i) => {
    const r = pick(['1.5', '2.1', '0.9', '11.8'], i);
    return { text: `${lead}, ${joiner} ${subject} ${link} ${r}%.`, facts: [{ v: r, u: 'percent' }] };
  });
  return [
    ...cases,
    { text: 'Credit growth is on the rise, at 1.5% so far this year.', facts: [{ ch: ['rate 1.5 *'] }] },
  ];
}

/**
 * (m) THE MEASURE'S OWN NOUN AS THE COMPARED FIGURE (round 26): `12.7 times higher than the profit
 * achieved in the same period of last year`, `up 12% from the revenue recorded in 2022`, `over the
 * credit balance posted a year earlier` — after a determiner, the measure's noun (one or two words)
 * and a participle of a result stand for the earlier figure, whose period is the base (as `the
 * figure recorded in …`). Near-miss: with no period after the participle no base is read.
 */
function ownNounBaseCases(): PhraseCase[] {
  const measures: readonly [name: string, noun: string][] = [
    ['Pre-tax profit', 'profit'],
    ['Net revenue', 'revenue'],
    ['Outstanding loans', 'credit balance'],
    ['Customer deposits', 'deposit balance'],
  ];
  const participles = ['achieved', 'recorded', 'posted', 'reported'];
  const bases: readonly [text: string, base: string][] = [
    ['in the same period of last year', 'same-period-last-year'],
    ['in the same period last year', 'same-period-last-year'],
    ['in 2022', '2022'],
  ];
  const cases = cross(measures, participles, bases).map(([[name, noun], participle, [bt, base]], i) => {
    const x = money(pick(['132.4', '2,446', '850'], i), 'vndBn', i);
    if (i % 2 === 0) {
      const t = pick(['12.7', '3', '2.5'], i);
      return {
        text: `${name} reached ${x.text}, ${t} times higher than the ${noun} ${participle} ${bt}.`,
        facts: [{ v: x.v, u: x.u, ch: [`times ${t} ${base}`] }],
      };
    }
    const r = pick(['12', '31.8', '4.5'], i);
    return {
      text: `${name} reached ${x.text}, up ${r}% from the ${noun} ${participle} ${bt}.`,
      facts: [{ v: x.v, u: x.u, ch: [`rate ${r} ${base}`] }],
    };
  });
  return [
    ...cases,
    {
      text: 'Net revenue reached VND 850 billion, up 12% over the revenue recorded by its rivals.',
      facts: [{ v: '850000000000', u: 'VND', ch: ['rate 12 *'] }],
    },
  ];
}

/**
 * (n) A SECOND PERCENTAGE AFTER A COMPLETION (round 27): `Fuel sales reached 51% of the plan and
 * 110% over the same period`, `completed 61 per cent of the 2017 plan, and 104.5 per cent compared
 * to the same period last year` — a state group's report translated from `đạt 51% kế hoạch và 110%
 * so với cùng kỳ`: the percentage joined by `and` to a completion shares its level verb, a ratio to
 * the same period (the corpus convention, test16b), not growth. Near-misses: a verb or `up` of its
 * own, a change before `and`, a share of a total before it, and a percentage under 50 stay rates.
 */
function completionJoinedRatioCases(): PhraseCase[] {
  const subjects = ['Fuel output sales', 'Retail sales of lubricants', 'Paint sales', 'Cement consumption'];
  const verbs = ['reached', 'completed', 'achieved'];
  const plans = ['of the plan', 'of the yearly plan', 'of the 2017 plan', 'of its annual target'];
  const bases: readonly [text: string, base: string][] = [
    ['over the same period', SPLY],
    ['over the same period last year', SPLY],
    ['compared to the same period last year', SPLY],
    ['compared with the same period', SPLY],
  ];
  const percents = ['%', ' per cent', ' percent'];
  const cases = cross(subjects, verbs, plans, bases).map(([subject, verb, plan, [bt, base]], i) => {
    const c = pick(['51', '46.5', '49', '56'], i);
    const r = pick(['110', '108', '85', '144', '101.2'], i);
    const pc = pick(percents, i);
    const joint = i % 3 === 0 ? ', and' : ' and';
    return {
      text: `${subject} ${verb} ${c}${pc} ${plan}${joint} ${r}${pc} ${bt}.`,
      facts: [{ c, ch: [`ratio ${r} ${base}`] }],
    };
  });
  const nearMisses: PhraseCase[] = [
    {
      text: 'Retail sales reached 49% of the plan and rose 8% over the same period.',
      facts: [{ c: '49', ch: [`rate 8 ${SPLY}`] }],
    },
    {
      text: 'Retail sales reached 49% of the plan, up 108% over the same period.',
      facts: [{ c: '49', ch: [`rate 108 ${SPLY}`] }],
    },
    {
      text: 'Retail sales rose 5% over the previous month and 108% over the same period.',
      facts: [{ ch: [`rate 5 ${PREV}`, `rate 108 ${SPLY}`] }],
    },
    {
      text: 'Fuel sales reached 96 per cent of the yearly plan, and 12 per cent over the same period last year.',
      facts: [{ c: '96', ch: [`rate 12 ${SPLY}`] }],
    },
    {
      text: 'Paint sales increased by 15 percent over the same period and 120 percent over the previous year.',
      facts: [{ ch: [`rate 15 ${SPLY}`, 'rate 120 *'] }],
    },
    {
      text: 'Exports of cashew rose 6.5% over the previous month and 102% over the same period last year.',
      facts: [{ ch: [`rate 6.5 ${PREV}`, `rate 102 ${SPLY}`] }],
    },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (o) A COUNT IN WORDS AS THE NEXT ITEM of a list of counts in digits, after `and` or `including`
 * (`30,265 cases of dengue fever and three deaths`, `a fleet of 48 ships, including seven container
 * vessels`, `801 kilometres of road and three bridges`; round 27): the count, as if printed in
 * digits. Near-misses: a count in words with no count in digits before it, a multiple or a time
 * after it (`three times`, `three years`), a percentage before `and`.
 */
function spelledListCounts(): PhraseCase[] {
  const lists: readonly [lead: string, n: string, noun: string, items: readonly [string, string, string][]][] = [
    [
      'The ministry reported',
      '30,265',
      'cases of dengue fever',
      [
        ['three', '3', 'deaths'],
        ['nine', '9', 'severe cases'],
      ],
    ],
    [
      'The group manages a fleet of',
      '48',
      'ships',
      [
        ['seven', '7', 'container vessels'],
        ['five', '5', 'oil tankers'],
      ],
    ],
    [
      'The storm damaged',
      '1,250',
      'houses',
      [
        ['two', '2', 'bridges'],
        ['eleven', '11', 'schools'],
      ],
    ],
    [
      'Inspectors handled',
      '412',
      'violations',
      [
        ['six', '6', 'criminal cases'],
        ['twenty', '20', 'serious breaches'],
      ],
    ],
    [
      'Vietnam won',
      '98',
      'gold medals',
      [
        ['four', '4', 'silver medals'],
        ['eight', '8', 'bronze medals'],
      ],
    ],
  ];
  const joints = [' and', ', including'];
  const cases = cross(lists, joints, [0, 1] as const).map(([[lead, n, noun, items], joint, k]) => {
    const [word, d, item] = items[k] as [string, string, string];
    return {
      text: `${lead} ${n} ${noun}${joint} ${word} ${item}.`,
      facts: [{ v: units(n, 0) }, { v: d }] as RealFact[],
    };
  });
  const nearMisses: PhraseCase[] = [
    { text: 'Two new enterprises were set up in the zone.', facts: [] },
    { text: 'Exports rose 5% and three new markets opened.', facts: [{ ch: ['rate 5 *'] }] },
    { text: 'The company opened 40 stores and three years later it listed.', facts: [{ v: '40' }] },
    { text: 'The plant hired 300 workers and two decades later it closed.', facts: [{ v: '300' }] },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (p) MARKET RESULTS WITH THEIR CHANGE SET OFF BY A COMMA, AND COUNTS SOLD (round 28): the verb or
 * noun of change ends its clause — its object, its period or a manner adverb after it — and the
 * amount follows `, by` (`recorded a strong increase in net revenue …, by 42 per cent to $412.3
 * million`, `continued to fall in March 2024, by 12% to 21,300 units`, `improved significantly, by 70
 * per cent`), with the level after `to` and a base; `improved` with an amount is a rise; the base
 * forms after a verb of seeing or a modal (`saw its sales sink 17 percent`); a count after an
 * irregular past verb (`sold more than 753,900 motorbikes`, `made 300,000 bottles`). Near-misses:
 * a deadline, a manner or a contrast after `, by` (`by 2030`, `by sea`, `by contrast`), a
 * percentage or a possessive after `sold` (`sold 30 percent of its shares`, `sold its 2 hotels`), a
 * rank's places after `improved`.
 */
function commaByCases(): PhraseCase[] {
  type Clause = readonly [text: string, sign: 1 | -1, p: string | undefined];
  const clauses: readonly Clause[] = [
    ['Net revenue recorded a strong increase in the first nine months of 2024', 1, '2024-YTD-09'],
    ['The developer posted a significant rise in revenue from property sales', 1, undefined],
    ['New car sales continued to fall in March 2024', -1, '2024-03'],
    ['Handed-over units improved significantly', 1, undefined],
    ['Cement exports declined sharply in the second quarter of 2023', -1, '2023-Q2'],
    ['Motorbike sales dropped in the first half', -1, undefined],
    ['Office rents increased slightly in Q3 2022', 1, '2022-Q3'],
    ['Coffee shipments went down markedly in the 2023/24 crop year', -1, undefined],
  ];
  type Tail = readonly [text: (a: string) => string, base: string, level: readonly [string, string | undefined] | null];
  const tails: readonly Tail[] = [
    [(a) => `, by ${a} per cent to $412.3 million`, '*', ['412300000', 'USD']],
    [(a) => `, by ${a}% to 21,300 units`, '*', ['21300', undefined]],
    [(a) => `, by ${a} percent year-on-year`, SPLY, null],
    [(a) => `, by ${a}% year-on-year to 7.1 million tonnes`, SPLY, ['7100000', 'tonne']],
    [(a) => `, by ${a} percent on the quarter`, PREV, null],
  ];
  const amounts = ['42', '12', '6.1', '70', '8.4', '17.5', '2.2'] as const;
  const cases = cross(clauses, tails).map(([[clause, sign, p], [tail, base, level]], i): PhraseCase => {
    const a = amounts[i % amounts.length] as string;
    const fact: RealFact = {
      ...(level ? { v: level[0], ...(level[1] ? { u: level[1] } : {}) } : {}),
      ch: [`rate ${sign < 0 ? '-' : ''}${a} ${base}`],
      ...(p ? { p } : {}),
    };
    return { text: `${clause}${tail(a)}.`, facts: [fact] };
  });
  const verbs: PhraseCase[] = [
    { text: 'Sales improved 12% year-on-year to 5,000 units.', facts: [{ v: '5000', ch: [`rate 12 ${SPLY}`] }] },
    { text: 'Hyundai saw its sales there sink 17 percent during the period.', facts: [{ ch: ['rate -17 *'] }] },
    {
      text: 'Analysts expect car sales to tumble 10% in 2025.',
      facts: [{ ch: ['rate -10 *'], p: '2025', k: 'target' }],
    },
    { text: 'Exports could plummet by 20 percent next year.', facts: [{ ch: ['rate -20 *'], k: 'target' }] },
  ];
  const counts: PhraseCase[] = [
    { text: 'Toyota sold 5,143 cars in March 2024.', facts: [{ v: '5143', p: '2024-03' }] },
    { text: 'The developer sold 1,250 apartments in the third quarter of 2023.', facts: [{ v: '1250', p: '2023-Q3' }] },
    {
      text: 'The five members sold more than 753,900 motorbikes in the first quarter, down 6.1 percent.',
      facts: [{ v: '753900', a: 'over', ch: ['rate -6.1 *'] }],
    },
    { text: 'Honda sold nearly 600,000 motorbikes in 2022.', facts: [{ v: '600000', a: 'under', p: '2022' }] },
    { text: 'The plant made 300,000 bottles in May 2024.', facts: [{ v: '300000', p: '2024-05' }] },
  ];
  const nearMisses: PhraseCase[] = [
    { text: 'Sales grew strongly in 2023, by 2030 the firm aims to double them.', facts: [] },
    { text: 'Revenue fell in the first quarter, by contrast, profit rose 5 percent.', facts: [{ ch: ['rate 5 *'] }] },
    { text: 'Exports rose in May, by sea and by air, to $3 billion.', facts: [{ v: '3000000000', u: 'USD' }] },
    { text: 'The group sold its 2 hotels in 2023.', facts: [] },
    { text: 'The company sold 30 percent of its shares in 2023.', facts: [] },
    { text: "The company's market share improved to 21.3 percent.", facts: [] },
  ];
  return [...cases, ...verbs, ...counts, ...nearMisses];
}

/**
 * (q) POWER PLANTS COUNTED WITH THEIR CAPACITY (round 28): a count of plants, farms or projects
 * linked to the capacity of the things counted (`21 wind power plants with a total capacity of 819
 * MW`, `plans to build 15 LNG-fired power plants by 2035 with a combined capacity of 22.4
 * gigawatts`), with or without a verb before the count, a deadline between; capacities and energy
 * spelled out (`megawatts`, `gigawatts`, `kilowatt-hours`) as values in their unit as printed.
 * Near-misses: a link to no measure (`with a view of the sea`), the definite article (`the 2 new
 * terminals`: counted before).
 */
function plantCountCases(): PhraseCase[] {
  type Lead = readonly [text: string, p: string | undefined, k: 'target' | undefined];
  const leads: readonly Lead[] = [
    ['In the first half of 2021,', '2021-H1', undefined],
    ['In 2023,', '2023', undefined],
    ['Vietnam plans to build', undefined, 'target'],
    ['The province will develop', undefined, 'target'],
  ];
  type Item = readonly [n: string, noun: string, link: string, v: string, unit: string, bound: 'over' | undefined];
  const items: readonly Item[] = [
    ['21', 'wind power plants', 'with a total capacity of', '819', 'MW', undefined],
    ['15', 'LNG-fired power plants', 'with a combined capacity of', '22.4', 'gigawatts', undefined],
    ['35', 'solar farms', 'with a total installed capacity of more than', '1,200', 'megawatts', 'over'],
    ['8', 'offshore wind farms', 'with a combined capacity of', '6', 'GW', undefined],
  ];
  const deadlines = ['', ' by 2030'] as const;
  const plain = (n: string): string => n.replace(/,/g, '');
  const cases = cross(leads, items, deadlines).flatMap(([[lead, p, k], [n, noun, link, v, unit, bound], deadline]) => {
    const tail = k ? '.' : ' had begun commercial operations.';
    const verbless = !k;
    // (a deadline names the target's period; an actual's period is the lead's year)
    const period = deadline ? (k ? '2030' : undefined) : p;
    if (verbless && deadline) return [];
    const kind = k ? { k } : {};
    const at = period ? { p: period } : {};
    const one: PhraseCase = {
      text: `${lead} ${n} ${noun}${deadline} ${link} ${v} ${unit}${tail}`,
      facts: [
        { v: plain(n), ...at, ...kind },
        { v: plain(v), ...(bound ? { a: bound } : {}), ...at, ...kind },
      ] as RealFact[],
    };
    return [one];
  });
  const nearMisses: PhraseCase[] = [
    { text: 'In 2023, 12 solar farms with a view of the sea opened.', facts: [] },
    {
      text: 'The 2 new terminals with a combined capacity of 5 million tonnes opened in 2022.',
      facts: [{ v: '5000000', u: 'tonne', p: '2022' }],
    },
    { text: 'Rooftop solar installations added 9.3 gigawatts in 2020.', facts: [{ v: '9.3', p: '2020' }] },
    { text: 'Power output reached 250 billion kilowatt-hours in 2023.', facts: [{ v: '250000000000', p: '2023' }] },
  ];
  return [...cases, ...nearMisses];
}

export const EN_GENRES: Phrasebook = {
  area: 'en-genres',
  locale: 'en',
  cases: [
    ...macroChangeCases(),
    ...rateLevelCases(),
    ...ytdCases(),
    ...forecastCases(),
    ...companyResultCases(),
    ...exceedCases(),
    ...companyTargetCases(),
    ...pointCases(),
    ...macroLevelCases(),
    ...commodityCases(),
    ...bankShorthandCases(),
    ...planVerbCases(),
    ...contrastClauseCases(),
    ...ownNounBaseCases(),
    ...completionJoinedRatioCases(),
    ...spelledListCounts(),
    ...commaByCases(),
    ...plantCountCases(),
  ],
};
