import type { RealFact } from '../real-corpus/types';
import { cross, EN_MONTHS, type Phrasebook, type PhraseCase } from './harness';

/**
 * Area `en-changes`: how English report prose states a CHANGE and its BASE (GSO releases,
 * VnExpress International, Vietnam News, VietnamPlus, Reuters/Xinhua copy on Vietnam).
 *
 * Classes, written out from the language: subjects (singular and plural, with and without a
 * value), periods (a month, the first N months, a quarter in three spellings, a half, a year, a
 * month with no year), change forms (verbs of rising and falling with and without `by`, the
 * copula `was up/down`, appositives after a value `, up X%` `, a X% increase` `(up X%)`, noun
 * phrases `posted a X% rise` `an increase of X%` `X% growth` `an annual X%`, comparatives `X%
 * higher than`, multiples `doubled` `2.5-fold` `nine folds` `3.2 times` `twice as much as`,
 * percentage points), bases (same period last year in every spelling, the previous month and
 * quarter, a date, a named year), the percent sign in its four spellings, and two changes with
 * two bases of one figure. The two classes that decide a reading (form × base) are crossed in
 * full; subject, period, amount and spelling rotate through the cases so each appears with many
 * forms.
 *
 * Annotated like the real corpus (`real-corpus/test8-en.ts` header): `year-on-year`, `from a year
 * earlier`, `on-year`, `over the same period last year` are the same period last year;
 * `on the month`, `compared to previous month`, `quarter-on-quarter`, `compared with September`
 * (of October) the previous period; `from the end of 2023`, `from late 2023` are `2023-12`;
 * `compared with 2019` (of a year) that year; `from the previous year`, `the same period in 2023`,
 * `an annual X%` any base (`*`); counts of visitors have no unit; a period is given only when
 * the sentence names its year.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type PeriodKind = 'month' | 'ytd' | 'quarter' | 'year';
interface Period {
  readonly text: string;
  readonly p: string | undefined;
  readonly kind: PeriodKind;
  /** Year the period falls in, for bases at a date (`the end of last year`). */
  readonly year: number | undefined;
}
const PERIODS: readonly Period[] = [
  { text: 'in October 2024', p: '2024-10', kind: 'month', year: 2024 },
  { text: 'in the first nine months of 2024', p: '2024-YTD-09', kind: 'ytd', year: 2024 },
  { text: 'in the third quarter of 2024', p: '2024-Q3', kind: 'quarter', year: 2024 },
  { text: 'in the first half of 2023', p: '2023-H1', kind: 'ytd', year: 2023 },
  { text: 'in May 2023', p: '2023-05', kind: 'month', year: 2023 },
  { text: 'in Q2 2025', p: '2025-Q2', kind: 'quarter', year: 2025 },
  { text: 'in the first 11 months of 2022', p: '2022-YTD-11', kind: 'ytd', year: 2022 },
  { text: 'in October', p: undefined, kind: 'month', year: undefined },
  { text: 'in the first quarter of 2024', p: '2024-Q1', kind: 'quarter', year: 2024 },
  { text: 'in 2024', p: '2024', kind: 'year', year: 2024 },
  { text: 'in the January-March quarter of 2025', p: '2025-Q1', kind: 'quarter', year: 2025 },
  { text: 'last year', p: undefined, kind: 'year', year: undefined },
];

interface Base {
  readonly text: string;
  /** The base as annotated, given the period. */
  readonly base: (p: Period) => string;
  /** Periods the phrase fits. */
  readonly fits: (p: Period) => boolean;
}
const all = () => true;
const sply = (text: string, fits: (p: Period) => boolean = all): Base => ({ text, base: () => SPLY, fits });
const prev = (text: string, kind: PeriodKind): Base => ({ text, base: () => PREV, fits: (p) => p.kind === kind });
const any = (text: string, fits: (p: Period) => boolean = all): Base => ({ text, base: () => '*', fits });
const monthly = (p: Period) => p.kind === 'month';
const quarterly = (p: Period) => p.kind === 'quarter';
const dated = (p: Period) => p.year !== undefined && p.kind !== 'year';

/** Every base, as it follows a change. */
const BASES: readonly Base[] = [
  sply('year-on-year'),
  sply('year on year'),
  sply('y-o-y'),
  sply('yoy'),
  sply('on-year'),
  sply('on the year'),
  sply('on an annual basis'),
  sply('from the same period last year'),
  sply('over the same period last year'),
  sply('against the same period last year'),
  sply('compared to the same period last year'),
  sply('compared with the same period last year'),
  sply('versus the same period last year'),
  sply('from the same period of last year'),
  sply('over the same period of the previous year'),
  sply('over the corresponding period last year'),
  sply('from a year earlier'),
  sply('from a year ago'),
  sply('compared with one year earlier'),
  sply('from the same period a year earlier'),
  sply('compared to the corresponding time last year'),
  sply('year-over-year'),
  sply('y/y'),
  sply('from the year-ago period'),
  sply('versus a year earlier'),
  sply('relative to the same period last year'),
  sply('on the same period last year'),
  sply('from a year before'),
  sply('compared to the same time a year ago'),
  sply('on a year-on-year basis'),
  any('compared with the same period of 2021'),
  sply('from the same month last year', monthly),
  sply('compared to the same quarter last year', quarterly),
  any('from the same period in 2021'),
  prev('month-on-month', 'month'),
  prev('m-o-m', 'month'),
  prev('on the month', 'month'),
  prev('on-month', 'month'),
  prev('from the previous month', 'month'),
  prev('from last month', 'month'),
  prev('from the prior month', 'month'),
  prev('over the preceding month', 'month'),
  prev('from a month earlier', 'month'),
  prev('compared to previous month', 'month'),
  prev('against last month', 'month'),
  prev('vs. the previous month', 'month'),
  prev('on a monthly basis', 'month'),
  prev('sequentially', 'quarter'),
  prev('on a quarterly basis', 'quarter'),
  {
    text: 'compared with the previous month',
    base: () => PREV,
    fits: (p) => p.kind === 'month' && p.text.includes('October'),
  },
  prev('quarter-on-quarter', 'quarter'),
  prev('q-o-q', 'quarter'),
  prev('from the previous quarter', 'quarter'),
  prev('compared with the preceding quarter', 'quarter'),
  { text: 'from the end of last year', base: () => 'december-last-year', fits: (p) => p.kind !== 'year' },
  { text: 'compared with the beginning of the year', base: () => 'december-last-year', fits: (p) => p.kind !== 'year' },
  { text: 'compared with the end of YEAR', base: (p) => `${(p.year ?? 0) - 1}-12`, fits: dated },
  { text: 'from late YEAR', base: (p) => `${(p.year ?? 0) - 1}-12`, fits: dated },
  { text: 'from December 31, YEAR', base: (p) => `${(p.year ?? 0) - 1}-12`, fits: dated },
  { text: 'from 2023', base: () => '2023', fits: (p) => p.p === '2024' },
  { text: 'compared with 2019', base: () => '2019', fits: (p) => p.p === '2024' },
  { text: 'against 2020', base: () => '2020', fits: (p) => p.p === '2024' },
  any('from the previous year', (p) => p.kind === 'year'),
  any('compared to the previous year', (p) => p.kind === 'year'),
];
/** A base phrase with the year before the period's filled in. */
const baseText = (b: Base, p: Period): string => b.text.replace('YEAR', String((p.year ?? 0) - 1));

interface Subject {
  readonly text: string;
  readonly plural: boolean;
  /** A value the subject can reach, printed and in units, or none (an index). */
  readonly value?: { readonly text: string; readonly v: string; readonly u?: string };
}
const SUBJECTS: readonly Subject[] = [
  {
    text: 'Retail sales of goods and services',
    plural: true,
    value: { text: 'VND520.6 trillion', v: '520600000000000', u: 'VND' },
  },
  { text: 'Export turnover', plural: false, value: { text: 'US$35.6 billion', v: '35600000000', u: 'USD' } },
  { text: 'The consumer price index (CPI)', plural: false },
  { text: 'State budget revenue', plural: false, value: { text: 'VND145.3 trillion', v: '145300000000000', u: 'VND' } },
  { text: 'FDI disbursement', plural: false, value: { text: '$17.34 billion', v: '17340000000', u: 'USD' } },
  { text: 'International arrivals', plural: true, value: { text: '12.7 million', v: '12700000' } },
  { text: 'The industrial production index', plural: false },
  { text: 'Rice exports', plural: true, value: { text: '6.2 million tonnes', v: '6200000', u: 'tonne' } },
  { text: 'Seafood exports', plural: true, value: { text: 'US$9.2 billion', v: '9200000000', u: 'USD' } },
  { text: 'Total registered FDI', plural: false, value: { text: 'US$27.26 billion', v: '27260000000', u: 'USD' } },
];
const WITH_VALUE = SUBJECTS.filter((s) => s.value !== undefined);

const AMOUNTS = ['7.5', '12.3', '0.8', '3.59', '25', '4.2', '1.08', '15.6', '2.82', '9.4', '0.31', '18'] as const;
const SIGNS = ['%', ' percent', ' per cent', '%', ' pct', ' percent', '%'] as const;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
/** The `i`-th period that fits base `b`. */
function periodFor(b: Base, i: number): Period {
  const fits = PERIODS.filter((p) => b.fits(p));
  return pick(fits, i);
}
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The subject inside a sentence: a common noun loses its capital, a name (`State`, `FDI`) keeps it. */
const low = (s: string): string =>
  /^[A-Z][a-z]/.test(s) && !s.startsWith('State') ? s.charAt(0).toLowerCase() + s.slice(1) : s;
const rate = (dir: 1 | -1, a: string): string => `rate ${dir < 0 ? '-' : ''}${a}`;

function fact(s: Subject | undefined, p: Period, ch: readonly string[], withValue: boolean): RealFact {
  const v = withValue && s?.value ? { v: s.value.v, ...(s.value.u ? { u: s.value.u } : {}) } : {};
  return { ...v, ch, ...(p.p ? { p: p.p } : {}) };
}

const cases: PhraseCase[] = [];
let n = 0;

// 1. A verb of change with its amount (with and without `by`), then the base, then the period;
//    every verb crossed with every base. Half the cases open on the period.
const UP = [
  'rose',
  'increased',
  'grew',
  'climbed',
  'went up',
  'edged up',
  'inched up',
  'ticked up',
  'jumped',
  'surged',
  'soared',
  'swelled',
  'rocketed',
  'expanded',
  'gained',
  'advanced',
  'was up',
];
const DOWN = [
  'fell',
  'declined',
  'dropped',
  'decreased',
  'slipped',
  'slid',
  'dipped',
  'eased',
  'contracted',
  'shrank',
  'plunged',
  'tumbled',
  'shed',
  'went down',
  'was down',
];
const VERBS: readonly (readonly [string, 1 | -1])[] = [
  ...UP.map((v) => [v, 1] as const),
  ...DOWN.map((v) => [v, -1] as const),
];
/** The bases every verb is crossed with (one of each kind and spelling family). */
const CORE_BASES: readonly Base[] = [
  'year-on-year',
  'y-o-y',
  'on the year',
  'from a year earlier',
  'compared with the same period last year',
  'over the same period of the previous year',
  'month-on-month',
  'on the month',
  'compared to previous month',
  'from the previous quarter',
  'from the end of last year',
  'from 2023',
].map((t) => BASES.find((b) => b.text === t) as Base);
/** The verbs every base is crossed with (rising and falling, with `by`, the copula). */
const CORE_VERBS = VERBS.filter(([v]) => ['rose', 'increased', 'grew', 'fell', 'dropped', 'was up'].includes(v));
const VERB_CASES = [...cross(VERBS, CORE_BASES), ...cross(CORE_VERBS, BASES)];
for (const [[verb, dir], b] of VERB_CASES) {
  n++;
  const s = pick(SUBJECTS, n);
  const p = periodFor(b, n);
  const a = pick(AMOUNTS, n);
  const sign = pick(SIGNS, n);
  const by = n % 3 === 0 && !verb.startsWith('was') ? ' by' : '';
  const v = verb.startsWith('was') && s.plural ? verb.replace('was', 'were') : verb;
  const change = `${v}${by} ${a}${sign} ${baseText(b, p)}`;
  const text = n % 2 === 0 ? `${s.text} ${change} ${p.text}.` : `${cap(p.text)}, ${low(s.text)} ${change}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], false)] });
}

// 2. A value, then the change in apposition after a comma or in brackets, every form × base.
const APPOSITIVES: readonly (readonly [(a: string, base: string) => string, 1 | -1])[] = [
  [(a, b) => `, up ${a} ${b}`, 1],
  [(a, b) => `, down ${a} ${b}`, -1],
  [(a, b) => `, an increase of ${a} ${b}`, 1],
  [(a, b) => `, a decrease of ${a} ${b}`, -1],
  [(a, b) => `, a ${a} increase ${b}`, 1],
  [(a, b) => `, a ${a} drop ${b}`, -1],
  [(a, b) => `, rising ${a} ${b}`, 1],
  [(a, b) => `, falling ${a} ${b}`, -1],
  [(a, b) => `, increasing by ${a} ${b}`, 1],
  [(a, b) => `, representing a ${a} rise ${b}`, 1],
  [(a, b) => ` (up ${a} ${b})`, 1],
  [(a, b) => `, a rise of ${a} ${b}`, 1],
  [(a, b) => `, a decline of ${a} ${b}`, -1],
  [(a, b) => ` and rose ${a} ${b}`, 1],
];
const VALUE_VERBS = ['reached', 'hit', 'totalled', 'stood at', 'amounted to', 'were worth', 'topped out at'];
// (every appositive with the core bases; the three commonest with every base)
const APPOSITIVE_CASES = [...cross(APPOSITIVES, CORE_BASES), ...cross(APPOSITIVES.slice(0, 3), BASES)];
for (const [[form, dir], b] of APPOSITIVE_CASES) {
  n++;
  const s = pick(WITH_VALUE, n);
  const p = periodFor(b, n);
  const a = `${pick(AMOUNTS, n)}`;
  const sign = pick(SIGNS, n);
  let verb = pick(VALUE_VERBS, n);
  if (verb === 'were worth' && !s.plural) verb = 'was worth';
  if (verb === 'topped out at') verb = 'came in at';
  const value = s.value;
  if (!value) continue;
  const change = form(`${a}${sign}`, baseText(b, p));
  const text =
    n % 2 === 0
      ? `${s.text} ${verb} ${value.text} ${p.text}${change}.`
      : `${cap(p.text)}, ${low(s.text)} ${verb} ${value.text}${change}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], true)] });
}

// 3. The change as the object noun phrase of a verb of recording, every form × base.
const OBJECTS: readonly (readonly [(a: string, base: string) => string, 1 | -1])[] = [
  [(a, b) => `posted a ${a} rise ${b}`, 1],
  [(a, b) => `recorded an increase of ${a} ${b}`, 1],
  [(a, b) => `saw a ${a} decline ${b}`, -1],
  [(a, b) => `logged ${a} growth ${b}`, 1],
  [(a, b) => `registered a drop of ${a} ${b}`, -1],
  [(a) => `saw a year-on-year increase of ${a}`, 1],
  [(a) => `posted a ${a} year-on-year gain`, 1],
];
// (every object form with the core bases; the first two with every base)
const OBJECT_CASES = [...cross(OBJECTS, CORE_BASES), ...cross(OBJECTS.slice(0, 2), BASES)];
for (const [[form, dir], b] of OBJECT_CASES) {
  // The two forms with the base inside are crossed with the one base they carry.
  const inner = form('', 'x').includes('year-on-year');
  if (inner && b !== CORE_BASES[0]) continue;
  n++;
  const s = pick(SUBJECTS, n);
  const p = periodFor(b, n);
  const a = pick(AMOUNTS, n);
  const sign = pick(SIGNS, n);
  const text = `${s.text} ${form(`${a}${sign}`, inner ? '' : baseText(b, p))} ${p.text}.`.replace('  ', ' ');
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], false)] });
}

// 4. An annual rate with no base word: `grew an annual 14%`, `an annual 14% rise` (any base).
for (const [form, dir] of [
  [(a: string) => `had risen an annual ${a}`, 1],
  [(a: string) => `grew an annual ${a}`, 1],
  [(a: string) => `fell an annual ${a}`, -1],
  [(a: string) => `posted an annual ${a} rise`, 1],
  [(a: string) => `recorded annual growth of ${a}`, 1],
] as const) {
  for (const p of PERIODS.slice(0, 6)) {
    n++;
    const s = pick(SUBJECTS, n);
    const a = pick(AMOUNTS, n);
    cases.push({
      text: `${s.text} ${form(`${a}${pick(SIGNS, n)}`)} ${p.text}.`,
      facts: [fact(s, p, [`${rate(dir, a)} *`], false)],
    });
  }
}

// 5. A comparative: `was X% higher/lower than <base>`.
const THAN: readonly (readonly [string, string, (p: Period) => boolean])[] = [
  ['one year earlier', SPLY, all],
  ['a year earlier', SPLY, all],
  ['a year ago', SPLY, all],
  ['the same period last year', SPLY, all],
  ['in the same period last year', SPLY, all],
  ['that of the same period last year', SPLY, all],
  ['the same period of the previous year', SPLY, all],
  ['the previous month', PREV, monthly],
  ['last month', PREV, monthly],
  ['the previous quarter', PREV, quarterly],
];
for (const [[than, base, fits], [word, dir], verb] of cross(
  THAN,
  [
    ['higher', 1],
    ['lower', -1],
  ] as const,
  ['was', 'came in'],
)) {
  for (let k = 0; k < 3; k++) {
    n++;
    const s = pick(SUBJECTS, n);
    const p = pick(PERIODS.filter(fits), n);
    const a = pick(AMOUNTS, n);
    const v = verb === 'was' && s.plural ? 'were' : verb;
    const text =
      k === 0
        ? `${s.text} ${p.text} ${v} ${a}${pick(SIGNS, n)} ${word} than ${than}.`
        : `${cap(p.text)}, ${low(s.text)} ${v} ${a}${pick(SIGNS, n)} ${word} than ${than}.`;
    cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${base}`], false)] });
  }
}

// 6. Multiples: verbs, adverbs and nouns of a multiple, after a value or as the verb.
const MULTIPLES: readonly (readonly [string, string])[] = [
  ['doubled', '2'],
  ['tripled', '3'],
  ['quadrupled', '4'],
  ['rose 2.5-fold', '2.5'],
  ['increased nine-fold', '9'],
  ['grew 3.2 times', '3.2'],
  ['surged fivefold', '5'],
  ['more than doubled', '2'],
];
const APPOSED_MULTIPLES: readonly (readonly [string, string])[] = [
  ['up nine folds', '9'],
  ['up 3.2 times', '3.2'],
  ['a 2.5-fold increase', '2.5'],
  ['doubling', '2'],
  ['tripling the figure of', '3'],
  ['2.4 times higher than', '2.4'],
  ['twice as much as', '2'],
  ['an increase of 1.8 times', '1.8'],
];
const MULTIPLE_BASES: readonly Base[] = [
  sply('year-on-year'),
  sply('compared to the same period last year'),
  sply('from a year earlier'),
  sply('over the same period last year'),
  { text: 'compared with 2019', base: () => '2019', fits: (p) => p.p === '2024' },
  prev('from the previous month', 'month'),
];
for (const [[verb, x], b] of cross(MULTIPLES, MULTIPLE_BASES)) {
  n++;
  const s = pick(SUBJECTS, n);
  const p = periodFor(b, n);
  cases.push({
    text: `${s.text} ${verb} ${baseText(b, p)} ${p.text}.`,
    facts: [fact(s, p, [`times ${x} ${b.base(p)}`], false)],
  });
}
for (const [[form, x], b] of cross(APPOSED_MULTIPLES, MULTIPLE_BASES)) {
  n++;
  const s = pick(WITH_VALUE, n);
  const p = periodFor(b, n);
  const value = s.value;
  if (!value) continue;
  // A comparative or a `the figure of` names the base as a noun phrase.
  const nominal = /than|as$|of$/.test(form);
  const bt = baseText(b, p);
  const baseNp = nominal
    ? bt.replace(/^(compared (to|with)|from|over|against) /, '').replace('year-on-year', 'a year earlier')
    : bt;
  if (nominal && b.text.includes('month')) continue;
  const tail = nominal && form.endsWith('of') ? baseNp.replace(/^a year earlier$/, 'a year earlier') : baseNp;
  cases.push({
    text: `${cap(p.text)}, ${low(s.text)} reached ${value.text}, ${form} ${tail}.`,
    facts: [fact(s, p, [`times ${x} ${b.base(p)}`], true)],
  });
}

// 7. Percentage points of a rate.
const RATES = [
  'The unemployment rate',
  'The poverty rate',
  'The export growth rate',
  'The proportion of trained workers',
];
const POINT_FORMS: readonly (readonly [(a: string) => string, 1 | -1])[] = [
  [(a) => `fell ${a} percentage points`, -1],
  [(a) => `rose ${a} percentage points`, 1],
  [(a) => `was up ${a} percentage points`, 1],
  [(a) => `decreased by ${a} percentage point`, -1],
  [(a) => `edged down ${a} points`, -1],
  [(a) => `increased ${a} pct points`, 1],
];
for (const [[form, dir], b] of cross(
  POINT_FORMS,
  BASES.filter((x) => x.base(PERIODS[0] as Period) === SPLY).slice(0, 8),
)) {
  n++;
  const s = pick(RATES, n);
  const p = periodFor(b, n);
  const a = pick(['1.2', '0.5', '0.12', '2.3'], n);
  cases.push({
    text: `${s} ${form(a)} ${baseText(b, p)} ${p.text}.`,
    facts: [{ ch: [`points ${dir < 0 ? '-' : ''}${a} ${b.base(p)}`], ...(p.p ? { p: p.p } : {}) }],
  });
}

// 8. Two changes of one figure against two bases (the previous month and the same period last
//    year), with and without a value; the second change with and without its verb or `by`.
const TWO: readonly ((a: string, b: string, m: string, y: string) => string)[] = [
  (a, b, m, y) => `rose ${a} ${m} and ${b} ${y}`,
  (a, b, m, y) => `increased ${a} ${m} and ${b} ${y}`,
  (a, b, m, y) => `was up ${a} ${m} and by ${b} ${y}`,
  (a, b, m, y) => `went up ${a} ${m} and ${b} ${y}`,
  (a, b, m, y) => `rose ${a} ${m} and grew ${b} ${y}`,
  (a, b, m, y) => `recorded an increase of ${a} ${m} and a ${b} hike ${y}`,
  (a, b, m, y) => `gained ${a} ${m}, and ${b} ${y}`,
  (a, b, m, y) => `was up ${a} ${m} and up ${b} ${y}`,
];
const MONTH_BASES = [
  'on the month',
  'from the last month',
  'from the previous month',
  'compared to previous month',
  'month-on-month',
  'against the previous month',
];
const YEAR_BASES = [
  'on the year',
  'from a year earlier',
  'from the same period last year',
  'year-on-year',
  'over the same month last year',
  'compared with the same period last year',
];
// (every two-change form with every month base and every year base, the other one rotating)
const TWO_CASES = [
  ...cross(TWO, MONTH_BASES).map(([f, mb], i) => [f, mb, pick(YEAR_BASES, i)] as const),
  ...cross(TWO, YEAR_BASES).map(([f, yb], i) => [f, pick(MONTH_BASES, i + 2), yb] as const),
];
for (const [form, mb, yb] of TWO_CASES) {
  n++;
  const s = pick(SUBJECTS, n);
  const p = pick(PERIODS.filter(monthly), n);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 5)];
  const sign = pick(SIGNS, n);
  const v = s.plural
    ? form(`${a}${sign}`, `${b}${sign}`, mb, yb).replace(/^was /, 'were ')
    : form(`${a}${sign}`, `${b}${sign}`, mb, yb);
  const ch = [`rate ${a} ${PREV}`, `rate ${b} ${SPLY}`];
  cases.push({ text: `${cap(p.text)}, ${low(s.text)} ${v}.`, facts: [fact(s, p, ch, false)] });
}
// Falling and mixed directions, and after a value.
const TWO_DOWN: readonly ((a: string, b: string, m: string, y: string) => string)[] = [
  (a, b, m, y) => `fell ${a} ${m} and ${b} ${y}`,
  (a, b, m, y) => `declined ${a} ${m} and ${b} ${y}`,
  (a, b, m, y) => `was down ${a} ${m} and by ${b} ${y}`,
];
for (const [form, mb, yb] of cross(TWO_DOWN, MONTH_BASES, YEAR_BASES.slice(0, 3))) {
  n++;
  const s = pick(
    SUBJECTS.filter((x) => !x.plural),
    n,
  );
  const p = pick(PERIODS.filter(monthly), n);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 7)];
  const ch = [`rate -${a} ${PREV}`, `rate -${b} ${SPLY}`];
  cases.push({ text: `${s.text} ${form(`${a}%`, `${b}%`, mb, yb)} ${p.text}.`, facts: [fact(s, p, ch, false)] });
}
for (const [mb, yb, shape] of cross(MONTH_BASES, YEAR_BASES, [0, 1, 2])) {
  n++;
  const s = pick(WITH_VALUE, n);
  const value = s.value;
  if (!value) continue;
  const p = pick(PERIODS.filter(monthly), n);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 3)];
  const sign = pick(SIGNS, n);
  const tail =
    shape === 0
      ? `up ${a}${sign} ${mb} and ${b}${sign} ${yb}`
      : shape === 1
        ? `up ${a}${sign} ${mb} and by ${b}${sign} ${yb}`
        : `an increase of ${a}${sign} ${mb} and ${b}${sign} ${yb}`;
  cases.push({
    text: `${s.text} reached ${value.text} ${p.text}, ${tail}.`,
    facts: [fact(s, p, [`rate ${a} ${PREV}`, `rate ${b} ${SPLY}`], true)],
  });
}

// 9. The change, then the level it reached after `to` (`rose 21.5 percent year on year to more
//    than 212 billion USD`), and the level first with the change after it (`rose to …, up X%`).
const TO_FORMS: readonly (readonly [(a: string, b: string, v: string) => string, 1 | -1])[] = [
  [(a, b, v) => `rose ${a} ${b} to ${v}`, 1],
  [(a, b, v) => `increased by ${a} ${b} to ${v}`, 1],
  [(a, b, v) => `grew ${a} ${b} to ${v}`, 1],
  [(a, b, v) => `jumped ${a} ${b} to ${v}`, 1],
  [(a, b, v) => `fell ${a} ${b} to ${v}`, -1],
  [(a, b, v) => `declined by ${a} ${b} to ${v}`, -1],
  [(a, b, v) => `dropped ${a} ${b} to ${v}`, -1],
  [(a, b, v) => `rose ${a} to ${v} ${b}`, 1],
  [(a, b, v) => `rose to ${v}, up ${a} ${b}`, 1],
  [(a, b, v) => `fell to ${v}, down ${a} ${b}`, -1],
  [(a, b, v) => `climbed to ${v}, an increase of ${a} ${b}`, 1],
];
const TO_BASES: readonly Base[] = [
  sply('year-on-year'),
  sply('year on year'),
  sply('from a year earlier'),
  sply('from the same period last year'),
  sply('compared with the same period last year'),
  sply('on-year'),
  prev('from the previous month', 'month'),
  prev('month-on-month', 'month'),
  prev('quarter-on-quarter', 'quarter'),
  { text: 'from 2023', base: () => '2023', fits: (p) => p.p === '2024' },
];
for (const [[form, dir], b, first] of cross(TO_FORMS, TO_BASES, [false, true])) {
  n++;
  const s = pick(WITH_VALUE, n);
  const value = s.value;
  if (!value) continue;
  const p = periodFor(b, n);
  const a = pick(AMOUNTS, n);
  const change = form(`${a}${pick(SIGNS, n)}`, baseText(b, p), value.text);
  const text = first ? `${cap(p.text)}, ${low(s.text)} ${change}.` : `${s.text} ${change} ${p.text}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], true)] });
}

// 10. The previous month by its name (`rose 0.25 per cent in November compared to October`),
//     and a December base by its name (`compared with last December`, `over December 2023`).
for (const [m, link, k] of cross(
  [1, 2, 4, 6, 8, 9, 10, 11],
  ['compared to', 'against', 'from', 'over', 'compared with'],
  [0, 1],
)) {
  n++;
  const s = pick(SUBJECTS, n);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 4)];
  const [month, before] = [EN_MONTHS[m] as string, EN_MONTHS[m - 1] as string];
  const sign = pick(SIGNS, n);
  const text =
    k === 0
      ? `${s.text} rose ${a}${sign} in ${month} 2024 ${link} ${before}.`
      : `In ${month} 2024, ${low(s.text)} ${s.plural ? 'were' : 'was'} up ${a}${sign} ${link} ${before} and ${b}${sign} year-on-year.`;
  const ch = k === 0 ? [`rate ${a} ${PREV}`] : [`rate ${a} ${PREV}`, `rate ${b} ${SPLY}`];
  cases.push({ text, facts: [{ ch, p: `2024-${String(m + 1).padStart(2, '0')}` }] });
}
for (const [[base, id], [period, p]] of cross(
  [
    ['compared with last December', 'december-last-year'],
    ['over December 2023', '2023-12'],
    ['against December 2023', '2023-12'],
    ['from the end of December 2023', '2023-12'],
  ] as const,
  [
    ['in the first nine months of 2024', '2024-YTD-09'],
    ['in October 2024', '2024-10'],
    ['in the first half of 2024', '2024-H1'],
  ] as const,
)) {
  for (const s of SUBJECTS.slice(0, 4)) {
    n++;
    const a = pick(AMOUNTS, n);
    cases.push({ text: `${s.text} ${period} rose ${a}% ${base}.`, facts: [{ ch: [`rate ${a} ${id}`], p }] });
  }
}

// 11. A change noun in apposition after a value, its base an adjective inside it or unsaid.
const NOUN_APPOSITIVES: readonly (readonly [(a: string) => string, string, 1 | -1, (p: Period) => boolean])[] = [
  [(a) => `, an annual growth of ${a}`, '*', 1, all],
  [(a) => `, an annual rise of ${a}`, '*', 1, all],
  [(a) => `, marking an increase of ${a} on-year`, SPLY, 1, all],
  [(a) => `, a year-on-year increase of ${a}`, SPLY, 1, all],
  [(a) => `, a year-on-year decline of ${a}`, SPLY, -1, all],
  [(a) => `, a month-on-month rise of ${a}`, PREV, 1, monthly],
  [(a) => `, representing a ${a} year-on-year rise`, SPLY, 1, all],
  [(a) => `, a ${a} rise over the same period last year`, SPLY, 1, all],
  [(a) => `, an increase of ${a} over the previous month`, PREV, 1, monthly],
  [(a) => `, a ${a} decrease from the previous quarter`, PREV, -1, quarterly],
];
for (const [[form, base, dir, fits], verb, k] of cross(NOUN_APPOSITIVES, VALUE_VERBS.slice(0, 4), [0, 1, 2])) {
  n++;
  const s = pick(WITH_VALUE, n);
  const value = s.value;
  if (!value) continue;
  const p = pick(PERIODS.filter(fits), n + k);
  const a = pick(AMOUNTS, n);
  const text = `${s.text} ${verb} ${value.text} ${p.text}${form(`${a}${pick(SIGNS, n + k)}`)}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${base}`], true)] });
}

// 12. More orders and links of a change and its base, as GSO releases and the English-language
//     press print them: the base before `by` (`increased year-on-year by 13.9 per cent`), `by`
//     after an adverb, `as compared with`, `in comparison with`, `more/less than`, a base noun
//     phrase (`against the figure of the same period last year`).
/** How a form takes its base: an adverb before `by`, a phrase after the amount, a noun phrase after its own link word. */
type Takes = 'adverb' | 'phrase' | 'noun';
const ORDERS: readonly (readonly [(a: string, b: string) => string, 1 | -1, Takes])[] = [
  [(a, b) => `increased ${b} by ${a}`, 1, 'adverb'],
  [(a, b) => `rose ${b} by ${a}`, 1, 'adverb'],
  [(a, b) => `fell ${b} by ${a}`, -1, 'adverb'],
  [(a, b) => `rose slightly by ${a} ${b}`, 1, 'phrase'],
  [(a, b) => `increased sharply by ${a} ${b}`, 1, 'phrase'],
  [(a, b) => `was up by ${a} ${b}`, 1, 'phrase'],
  [(a, b) => `dropped by ${a} as compared with ${b}`, -1, 'noun'],
  [(a, b) => `grew ${a} in comparison with ${b}`, 1, 'noun'],
  [(a, b) => `was ${a} more than ${b}`, 1, 'noun'],
  [(a, b) => `was ${a} less than ${b}`, -1, 'noun'],
  [(a, b) => `rose ${a} against the figure of ${b}`, 1, 'noun'],
  [(a, b) => `posted growth of ${a} against ${b}`, 1, 'noun'],
  [(a, b) => `saw a rise of ${a} compared to ${b}`, 1, 'noun'],
];
const ORDER_BASES: Readonly<Record<Takes, readonly (readonly [string, string, (p: Period) => boolean])[]>> = {
  adverb: [
    ['year-on-year', SPLY, all],
    ['year on year', SPLY, all],
    ['month-on-month', PREV, monthly],
  ],
  phrase: [
    ['year-on-year', SPLY, all],
    ['from the same period last year', SPLY, all],
    ['over the same period of the previous year', SPLY, all],
    ['compared with the corresponding period of last year', SPLY, all],
    ['from the previous month', PREV, monthly],
    ['against the preceding quarter', PREV, quarterly],
  ],
  noun: [
    ['the same period last year', SPLY, all],
    ['the same period of the previous year', SPLY, all],
    ['the same time last year', SPLY, all],
    ['the corresponding period of last year', SPLY, all],
    ['the previous month', PREV, monthly],
    ['the preceding quarter', PREV, quarterly],
  ],
};
for (const [[form, dir, takes], k] of cross(ORDERS, [0, 1, 2, 3, 4, 5])) {
  const list = ORDER_BASES[takes];
  if (k >= list.length) continue;
  const [bt, base, fits] = list[k] as (typeof list)[number];
  n++;
  const s = pick(SUBJECTS, n);
  const p = pick(PERIODS.filter(fits), n);
  const a = pick(AMOUNTS, n);
  const said = form(`${a}${pick(SIGNS, n)}`, bt);
  const v = s.plural ? said.replace(/^was /, 'were ') : said;
  const text = n % 2 === 0 ? `${s.text} ${v} ${p.text}.` : `${cap(p.text)}, ${low(s.text)} ${v}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${base}`], false)] });
}

// 13. More multiples and percentage points, as the press prints them.
const MORE_MULTIPLES: readonly (readonly [(b: string) => string, string, boolean])[] = [
  [(b) => `was 2.3 times higher than ${b}`, '2.3', true],
  [(b) => `was three times that of ${b}`, '3', true],
  [(b) => `rose 1.8-fold ${b}`, '1.8', false],
  [(b) => `posted a threefold increase ${b}`, '3', false],
  [(b) => `was up 2.1 times ${b}`, '2.1', false],
  [(b) => `jumped 2.5 times over ${b}`, '2.5', true],
  [(b) => `recorded an increase of 1.6 times ${b}`, '1.6', false],
  [(b) => `was 1.5 times as high as ${b}`, '1.5', true],
  [(b) => `was more than three times that of ${b}`, '3', true],
  [(b) => `nearly doubled ${b}`, '2', false],
  [(b) => `almost tripled ${b}`, '3', false],
  [(b) => `rose more than four times ${b}`, '4', false],
];
const MULTIPLE_NOMINAL: readonly (readonly [string, string])[] = [
  ['the same period last year', SPLY],
  ['a year earlier', SPLY],
  ['the same period of 2019', '*'],
];
const MULTIPLE_ADVERBIAL: readonly (readonly [string, string])[] = [
  ['year-on-year', SPLY],
  ['compared with the same period last year', SPLY],
  ['from a year earlier', SPLY],
];
for (const [[form, x, nominal], k] of cross(MORE_MULTIPLES, [0, 1, 2])) {
  const [bt, base] = pick(nominal ? MULTIPLE_NOMINAL : MULTIPLE_ADVERBIAL, k);
  n++;
  const s = pick(SUBJECTS, n);
  const p = pick(
    PERIODS.filter((q) => q.kind !== 'month'),
    n,
  );
  const v = s.plural ? form(bt).replace(/^was /, 'were ') : form(bt);
  cases.push({ text: `${cap(p.text)}, ${low(s.text)} ${v}.`, facts: [fact(s, p, [`times ${x} ${base}`], false)] });
}
const MORE_POINTS: readonly (readonly [(a: string) => string, 1 | -1])[] = [
  [(a) => `up ${a} percentage points from the same period last year`, 1],
  [(a) => `an increase of ${a} percentage points year-on-year`, 1],
  [(a) => `a decrease of ${a} percentage point compared with the same period last year`, -1],
  [(a) => `down ${a} percentage points year-on-year`, -1],
];
for (const [[form, dir], k] of cross(MORE_POINTS, [0, 1, 2, 3])) {
  n++;
  // (a growth rate's level is itself a change: `the export growth rate stood at 2.2%` is a rise of 2.2 %)
  const s = pick(
    RATES.filter((r) => !r.includes('growth')),
    n + k,
  );
  const p = pick(PERIODS, n);
  const a = pick(['1.2', '0.5', '0.12', '2.3'], n + k);
  cases.push({
    text: `${s} ${p.text} stood at 2.${k + 1}%, ${form(a)}.`,
    facts: [{ v: `2.${k + 1}`, ch: [`points ${dir < 0 ? '-' : ''}${a} ${SPLY}`], ...(p.p ? { p: p.p } : {}) }],
  });
}

// 14. Orders checked on outside text (VNA, VnEconomy, QĐND): the period between a change and its
//     base before a second change (`rose 0.25 per cent in November compared to October and 3.46
//     per cent year-on-year`), a fronted base (`Compared with the same period last year, …`), a
//     comparative in apposition (`…, 5% higher than the same period last year`), a noun phrase or
//     participle before the level after `to` (`posted a 12.3% increase to USD 136.69 billion`,
//     `rising 17% year-on-year to …`), the level after `at` (`were up 26.4 percent compared with
//     the same period last year, at 49 billion USD`).
for (const [m, [mb, yb], k] of cross(
  [2, 5, 9, 10],
  [
    ['compared to MONTH', 'year-on-year'],
    ['from the previous month', 'from a year earlier'],
    ['compared with the previous month', 'over the same period last year'],
  ] as const,
  [0, 1],
)) {
  n++;
  const s = pick(SUBJECTS, n);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 3)];
  const sign = pick(SIGNS, n);
  const month = `${EN_MONTHS[m] as string}${k === 0 ? ' 2024' : ''}`;
  const monthBase = mb.replace('MONTH', EN_MONTHS[m - 1] as string);
  cases.push({
    text: `${s.text} rose ${a}${sign} in ${month} ${monthBase} and ${b}${sign} ${yb}.`,
    facts: [
      {
        ch: [`rate ${a} ${PREV}`, `rate ${b} ${SPLY}`],
        ...(k === 0 ? { p: `2024-${String(m + 1).padStart(2, '0')}` } : {}),
      },
    ],
  });
}
const FRONTED: readonly (readonly [string, string, (p: Period) => boolean])[] = [
  ['Compared with the same period last year', SPLY, all],
  ['Compared to the same period of the previous year', SPLY, all],
  ['Year-on-year', SPLY, all],
  ['Against the previous month', PREV, monthly],
  ['Compared to the previous quarter', PREV, quarterly],
];
for (const [[lead, base, fits], [verb, dir]] of cross(FRONTED, [
  ['rose', 1],
  ['fell', -1],
  ['increased by', 1],
  ['was down', -1],
] as const)) {
  n++;
  const s = pick(SUBJECTS, n);
  const p = pick(PERIODS.filter(fits), n);
  const a = pick(AMOUNTS, n);
  const v = verb === 'was down' && s.plural ? 'were down' : verb;
  cases.push({
    text: `${lead}, ${low(s.text)} ${v} ${a}${pick(SIGNS, n)} ${p.text}.`,
    facts: [fact(s, p, [`${rate(dir, a)} ${base}`], false)],
  });
}
const TAILS: readonly (readonly [(a: string, v: string) => string, 1 | -1, string, boolean])[] = [
  [(a) => `, ${a} higher than the same period last year`, 1, SPLY, true],
  [(a) => `, ${a} lower than a year earlier`, -1, SPLY, true],
  [(a, v) => ` posted a ${a} increase to ${v}`, 1, '-', false],
  [(a, v) => ` posted a ${a} year-on-year increase to ${v}`, 1, SPLY, false],
  [(a, v) => `, rising ${a} year-on-year to ${v}`, 1, SPLY, false],
  [(a, v) => ` expanded ${a} from a year earlier to ${v}`, 1, SPLY, false],
  [(a, v) => ` were up ${a} compared with the same period last year, at ${v}`, 1, SPLY, false],
  [(a) => `, reflecting a ${a} increase over the same period last year`, 1, SPLY, true],
  [(a) => `, increasing by ${a} compared to the same period last year`, 1, SPLY, true],
];
for (const [[tail, dir, base, afterValue], k] of cross(TAILS, [0, 1, 2, 3, 4, 5])) {
  n++;
  const s = pick(
    WITH_VALUE.filter((x) => x.plural || !tail('', '').startsWith(' were')),
    n + k,
  );
  const value = s.value;
  if (!value) continue;
  const p = pick(PERIODS, n);
  const a = pick(AMOUNTS, n);
  const said = tail(`${a}${pick(SIGNS, n)}`, value.text);
  const text = afterValue
    ? `${cap(p.text)}, ${low(s.text)} reached ${value.text}${said}.`
    : `${cap(p.text)}, ${low(s.text)}${said}.`;
  cases.push({ text, facts: [fact(s, p, [`${rate(dir, a)} ${base === '-' ? '*' : base}`], true)] });
}

// 15. More shapes read on outside text (VietnamPlus, VOV, Reuters via TradingView, The Saigon
//     Times, VTV): a change, its period, then a second change with its own base (`fell 6.8%
//     year-on-year in February and 18% from a month earlier`); plural change nouns with two bases
//     (`growth rates of 1.8 percent month on month and 2.2 percent year on year`); `against a year
//     ago`; `X% less/more than the same period last year` after a value; `a yearly decline of`;
//     `a year on year increase of` without hyphens.
for (const [[first, second], k] of cross(
  [
    ['fell A year-on-year in PERIOD and B from a month earlier', [-1, SPLY, -1, PREV]],
    ['rose A on the year in PERIOD and B on the month', [1, SPLY, 1, PREV]],
    ['increased A month-on-month in PERIOD and B year-on-year', [1, PREV, 1, SPLY]],
    ['posted growth rates of A month on month and B year on year in PERIOD', [1, PREV, 1, SPLY]],
    ['recorded increases of A from the previous month and B from a year earlier in PERIOD', [1, PREV, 1, SPLY]],
  ] as const,
  [0, 1, 2, 3, 4, 5],
)) {
  n++;
  const s = pick(SUBJECTS, n);
  const p = pick(PERIODS.filter(monthly), n + k);
  const [a, b] = [pick(AMOUNTS, n), pick(AMOUNTS, n + 5)];
  const sign = pick(SIGNS, n + k);
  const [d1, b1, d2, b2] = second;
  const said = first
    .replace('A', `${a}${sign}`)
    .replace('B', `${b}${sign}`)
    .replace('PERIOD', p.text.replace(/^in /, ''));
  cases.push({
    text: `${s.text} ${said}.`,
    facts: [fact(s, p, [`${rate(d1, a)} ${b1}`, `${rate(d2, b)} ${b2}`], false)],
  });
}
const SHORT_TAILS: readonly (readonly [(a: string) => string, 1 | -1, string])[] = [
  [(a) => `, rising ${a} against a year ago`, 1, SPLY],
  [(a) => `, ${a} less than the same period last year`, -1, SPLY],
  [(a) => `, ${a} more than the same period last year`, 1, SPLY],
  [(a) => `, a yearly decline of ${a}`, -1, SPLY],
  [(a) => `, a year on year increase of ${a}`, 1, SPLY],
  [(a) => `, a month on month rise of ${a}`, 1, PREV],
];
for (const [[tail, dir, base], k] of cross(SHORT_TAILS, [0, 1, 2, 3, 4, 5, 6, 7])) {
  n++;
  const s = pick(WITH_VALUE, n + k);
  const value = s.value;
  if (!value) continue;
  const p = pick(base === PREV ? PERIODS.filter(monthly) : PERIODS, n);
  const a = pick(AMOUNTS, n);
  const verb = pick(['reached', 'totalled', 'hit', 'stood at'], k);
  cases.push({
    text: `${cap(p.text)}, ${low(s.text)} ${verb} ${value.text}${tail(`${a}${pick(SIGNS, n)}`)}.`,
    facts: [fact(s, p, [`${rate(dir, a)} ${base}`], true)],
  });
}

// Round 26: a shorthand base right after the amount, before the words naming what changes (`a
// target of 14% YoY credit growth for 2019`, `recorded 12% y/y loan growth in 2022`); near-misses: a
// base after the amount and a joiner before another noun's growth keeps the base its verb's only.
for (const [[base, id], [noun, verb, k], year] of cross(
  [
    ['YoY', SPLY],
    ['y/y', SPLY],
    ['year-on-year', SPLY],
    ['m/m', PREV],
  ] as const,
  [
    ['credit growth', 'The central bank set a target of', 'target'],
    ['loan growth', 'Banks recorded', 'actual'],
    ['export growth', 'The ministry reported', 'actual'],
    ['deposit growth', 'The lender aims for', 'target'],
  ] as const,
  ['2022', '2024'],
)) {
  const a = pick(AMOUNTS, n++);
  cases.push({
    text: `${verb} ${a}% ${base} ${noun} ${k === 'target' ? 'for' : 'in'} ${year}.`,
    facts: [{ ch: [`rate ${a} ${id}`], p: year, ...(k === 'target' ? { k: 'target' as const } : {}) }],
  });
}
cases.push(
  {
    text: 'Sales rose 5% YoY and profit growth was strong in 2023.',
    facts: [{ ch: [`rate 5 ${SPLY}`], p: '2023' }],
  },
  {
    text: 'Credit grew 13.5% y/y in 2023, while deposit growth slowed.',
    facts: [{ ch: [`rate 13.5 ${SPLY}`], p: '2023' }],
  },
);

// Round 28: more verbs of a rise or a fall the press writes (`ballooned`, `mushroomed`, the
// intransitive `lowered` of the Vietnamese press in English, `inched down`), after the subject and
// in a relative clause after the value (`processed 724,768 TEUs, which ballooned 80%`), with and
// without `by`; near-misses: the same verbs with no amount, `lowered` with its object.
const R28_VERBS: readonly (readonly [string, 1 | -1])[] = [
  ['ballooned', 1],
  ['mushroomed', 1],
  ['lowered', -1],
  ['inched down', -1],
];
for (const [[verb, dir], b] of cross(R28_VERBS, CORE_BASES.slice(0, 8))) {
  n++;
  const s = pick(WITH_VALUE, n);
  const value = s.value;
  if (!value) continue;
  const p = periodFor(b, n);
  const a = pick(AMOUNTS, n);
  const by = n % 2 === 0 ? ' by' : '';
  const change = `${verb}${by} ${a}${pick(SIGNS, n)} ${baseText(b, p)}`;
  cases.push({ text: `${s.text} ${change} ${p.text}.`, facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], false)] });
  cases.push({
    text: `${cap(p.text)}, ${low(s.text)} reached ${value.text}, which ${change}.`,
    facts: [fact(s, p, [`${rate(dir, a)} ${b.base(p)}`], true)],
  });
}
cases.push(
  { text: 'Costs ballooned after the storm, the company said.', facts: [] },
  { text: 'The ministry lowered the fee for exporters in 2024.', facts: [] },
  { text: 'Petrol prices inched down in October as oil eased.', facts: [] },
  { text: 'Small workshops mushroomed along the river after 2015.', facts: [] },
);

// Round 28: two rates, each with the level it reached, after one verb and joined by `and`
// (`The company’s cement and clinker production rose by 8.5% to 10.2Mt and 6.4% to 11.6Mt
// respectively`): each level is a statement of its own with its rate, of the shared subject's
// period. Near-miss: a year after the second `to` is no level (`and 6.4% to 2023 levels`).
const R28_PAIRS: readonly (readonly [
  string,
  readonly [string, string, string?],
  readonly [string, string, string?],
])[] = [
  ['Cement and clinker output', ['10.2Mt', '10200000', 'tonne'], ['11.6Mt', '11600000', 'tonne']],
  ['Rice and coffee exports', ['3.1 million tonnes', '3100000', 'tonne'], ['1.6 million tonnes', '1600000', 'tonne']],
  [
    'Revenue and profit',
    ['VND520.6 trillion', '520600000000000', 'VND'],
    ['VND45.3 trillion', '45300000000000', 'VND'],
  ],
  ['Exports and imports', ['US$35.6 billion', '35600000000', 'USD'], ['US$31.2 billion', '31200000000', 'USD']],
  ['Passengers and cargo', ['12.7 million', '12700000'], ['820,000 tonnes', '820000', 'tonne']],
];
const R28_PAIR_VERBS: readonly (readonly [string, 1 | -1])[] = [
  ['rose by', 1],
  ['increased', 1],
  ['grew', 1],
  ['fell by', -1],
  ['decreased', -1],
];
for (const [[subject, first, second], [verb, dir], tail] of cross(R28_PAIRS, R28_PAIR_VERBS, [
  ' respectively',
  ', respectively',
  '',
] as const)) {
  n++;
  const p = pick(PERIODS, n);
  const a1 = pick(AMOUNTS, n);
  const a2 = pick(AMOUNTS, n + 5);
  const joined = `${verb} ${a1}% to ${first[0]} and ${a2}% to ${second[0]}${tail}`;
  const text = n % 2 === 0 ? `${subject} ${joined} ${p.text}.` : `${cap(p.text)}, ${low(subject)} ${joined}.`;
  const f = (v: readonly [string, string, string?], a: string): RealFact => ({
    v: v[1],
    ...(v[2] ? { u: v[2] } : {}),
    ch: [`${rate(dir, a)} *`],
    ...(p.p ? { p: p.p } : {}),
  });
  cases.push({ text, facts: [f(first, a1), f(second, a2)] });
}
cases.push(
  {
    text: 'Sales rose 8.5% to 120,000 units and 6.4% to 2023 levels.',
    facts: [{ v: '120000', ch: ['rate 8.5 *'] }],
  },
  {
    text: 'Rice exports rose 8.5% to 6.2 million tonnes and 6.4% in value.',
    facts: [{ v: '6200000', u: 'tonne', ch: ['rate 8.5 *', 'rate 6.4 *'] }],
  },
);

// Round 28: an adjective of degree opens a change noun with no article (`reached 33,528 tons, worth
// $96.3 million, marking modest decreases of 1.1% and 4.4% from a year ago`, `recording strong
// growth of 32%`): the changes are the values' before them (by order), the adjective no name of a
// statement of its own. Near-misses: the adjective in a phrase of its own (`a strong result`, `on
// strong demand`) leaves the change after the value as it was.
const R28_DEGREE = ['modest', 'slight', 'sharp', 'strong', 'significant', 'robust', 'steep', 'moderate'] as const;
const R28_LINKS = ['marking', 'recording', 'posting', 'registering'] as const;
for (const [adj, link, [noun, dir]] of cross(R28_DEGREE, R28_LINKS, [
  ['increases of', 1],
  ['decreases of', -1],
] as const)) {
  n++;
  const p = pick(
    PERIODS.filter((x) => x.p !== undefined),
    n,
  );
  const b = pick(CORE_BASES.slice(0, 6), n);
  const a1 = pick(AMOUNTS, n);
  const a2 = pick(AMOUNTS, n + 3);
  const chg = (a: string): string[] => [`${rate(dir, a)} ${b.base(p)}`];
  cases.push({
    text: `${cap(p.text)}, coffee exports reached 1.6 million tonnes, worth US$4.2 billion, ${link} ${adj} ${noun} ${a1}% and ${a2}% ${baseText(b, p)}.`,
    facts: [
      { v: '1600000', u: 'tonne', ch: chg(a1), p: p.p as string },
      { v: '4200000000', u: 'USD', ch: chg(a2), p: p.p as string },
    ],
  });
  const growth = dir > 0 ? 'growth of' : 'declines of';
  cases.push({
    text: `Rice exports reached US$3.1 billion ${p.text}, ${link} ${adj} ${growth} ${a1}% ${baseText(b, p)}.`,
    facts: [{ v: '3100000000', u: 'USD', ch: chg(a1), p: p.p as string }],
  });
}
cases.push(
  {
    text: 'Rice exports reached US$4.2 billion in 2023, a strong result, up 12.3% year-on-year.',
    facts: [{ v: '4200000000', u: 'USD', ch: [`rate 12.3 ${SPLY}`], p: '2023' }],
  },
  {
    text: 'Rice exports reached US$4.2 billion in 2023 on strong demand, up 12.3% year-on-year.',
    facts: [{ v: '4200000000', u: 'USD', ch: [`rate 12.3 ${SPLY}`], p: '2023' }],
  },
  {
    text: 'Exports reached US$4.2 billion in 2023, marking a strong increase of 9.4% on the year.',
    facts: [{ v: '4200000000', u: 'USD', ch: [`rate 9.4 ${SPLY}`], p: '2023' }],
  },
);

export const EN_CHANGES: Phrasebook = { area: 'en-changes', locale: 'en', cases };
