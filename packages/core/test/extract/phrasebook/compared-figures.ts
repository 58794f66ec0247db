import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * Area `compared-figures` (books `compared-en` and `compared-vi`): a sentence states its figure
 * AND another figure of the same indicator for another period or another base, and each keeps its
 * own period, form and base. Classes, written out from the language (GSO releases, VnExpress
 * International, Vietnam News, VietnamPlus, World Bank Macro Monitoring, broker macro notes,
 * provincial reports):
 *
 * - moves of a rate (`rose from 3.1% in August 2024 to 3.8% in September 2024`, `to X from Y`,
 *   `X, up/down from Y`) and of a quantity (`from US$X in 2023 to US$Y in 2024`), Vietnamese
 *   `tăng từ X% năm 2023 lên Y% năm 2024`, `từ X tấn lên Y tấn`, `(từ X đến Y triệu tấn)`;
 * - the previous figure after `compared with/to`, `versus`, `vs`, `against`, `higher/lower than
 *   the X% … seen in`, in a labelled bracket (`(10M 2024: +8.8% YoY)`, `(March: 3.4%)`) or after
 *   `(vs …)`; coordinated previous figures of two other periods (`(vs +9.1% YoY in October 2024
 *   and a 9.6% YoY average in 9M 2025)`: each its own period, never its neighbour's); Vietnamese
 *   `(cùng kỳ năm trước tăng X%)`, `trong khi cùng kỳ năm trước chỉ tăng X%`, `cao hơn mức tăng X%
 *   của 9 tháng năm 2023`, `so với mức X% của …`;
 * - sub-period components in brackets (quarters within a half, months within a quarter: `(quý I
 *   tăng X%; quý II tăng Y%)`, `(Q1: +X%; Q2: +Y%)`), which take the year of the period they break
 *   down;
 * - averages and pre-pandemic references (`below the pre-pandemic average of 7%`, `about half of
 *   the 2023 average growth (8.3 percent)`, `thấp hơn mức tăng bình quân X% giai đoạn 2016-2019`);
 * - a compared completion (`55% of the annual plan (compared with 46.5% in the same period of
 *   2022)`).
 *
 * NEAR-MISSES (about a quarter of the cases), which look alike and must not be read as compared
 * figures: ranges (`3.5 to 4.5 percent`, `từ 8% đến 8,5%`), shares in brackets (`accounting for`,
 * `chiếm`), absolute changes (`up 0.4 million tonnes from 2023`), policy and interest rates set by
 * decision, targets (`compared with the target of 6.5%` is a target), revisions of a forecast
 * (`to 6.5% from 6.3% previously`: only the new forecast), percentage-point contributions, and a
 * span of years (`From 2016 to 2019, GDP grew by an average of X%`: one change, no period).
 *
 * Annotated like the real corpus (`real-corpus/test8-*.ts`, `test9-*.ts` headers): a comparison
 * figure of another period is its own fact; a move's start and end are each facts of their
 * periods when stated; a growth rate's level (`inflation eased to 3.2%`) is a change with base
 * `*`, `y/y`/`YoY`/`so với cùng kỳ năm trước` the same period last year; a period is given only
 * when the sentence names it with its year (`in January` of `from X in January to Y in February
 * 2024` has none); `the same period of 2022` beside a ten-month figure is `2022-YTD-10`.
 */

const SPLY = 'same-period-last-year';

/** The subject inside a sentence: a common noun loses its capital, an acronym (`GRDP`, `FDI`) keeps it. */
const low = (s: string): string => (/^[A-ZÀ-Ỹ][a-zà-ỹ]/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const dot = (s: string): string => s.replace(',', '.');
const withP = (f: RealFact, p: string | undefined): RealFact => (p ? { ...f, p } : f);
const rateFact = (a: string, base: string, p?: string): RealFact => withP({ ch: [`rate ${a} ${base}`] }, p);

// ─────────────────────────────────────────── English ───────────────────────────────────────────

/** A period as a prepositional phrase, as a bracket label, and as annotated. */
interface EnPeriod {
  readonly text: string;
  readonly label: string;
  readonly p: string | undefined;
}
/** A period and the one before it, as a sentence compares them. */
type EnPair = readonly [now: EnPeriod, before: EnPeriod];
const EN_PAIRS: readonly EnPair[] = [
  [
    { text: 'in September 2024', label: 'September 2024', p: '2024-09' },
    { text: 'in August 2024', label: 'August 2024', p: '2024-08' },
  ],
  [
    { text: 'in the third quarter of 2024', label: 'Q3 2024', p: '2024-Q3' },
    { text: 'in the second quarter of 2024', label: 'Q2 2024', p: '2024-Q2' },
  ],
  [
    { text: 'in 2024', label: '2024', p: '2024' },
    { text: 'in 2023', label: '2023', p: '2023' },
  ],
  [
    { text: 'in 10M 2025', label: '10M 2025', p: '2025-YTD-10' },
    { text: 'in 10M 2024', label: '10M 2024', p: '2024-YTD-10' },
  ],
  [
    { text: 'in the first half of 2025', label: '1H25', p: '2025-H1' },
    { text: 'in the first half of 2024', label: '1H24', p: '2024-H1' },
  ],
  [
    { text: 'in October', label: 'October', p: undefined },
    { text: 'in September', label: 'September', p: undefined },
  ],
  [
    { text: 'in the third quarter', label: 'Q3', p: undefined },
    { text: 'in the second quarter', label: 'Q2', p: undefined },
  ],
  [
    { text: 'in February 2024', label: 'February 2024', p: '2024-02' },
    { text: 'in January', label: 'January', p: undefined },
  ],
  [
    { text: 'in Q2 2025', label: 'Q2 2025', p: '2025-Q2' },
    { text: 'in Q2 2024', label: 'Q2 2024', p: '2024-Q2' },
  ],
];

const EN_RATE_SUBJECTS = [
  'Headline inflation',
  'Core inflation',
  'CPI inflation',
  'GDP growth',
  'Credit growth',
  'Export growth',
  'Retail sales growth',
  'Industrial production growth',
  'Economic growth',
] as const;

/** The base words after a rate, and its annotated base. */
const EN_RATE_BASES: readonly (readonly [string, string])[] = [
  ['', '*'],
  [' y/y', SPLY],
  [' year-on-year', SPLY],
  [' YoY', SPLY],
  [' (y/y)', SPLY],
];

/** Rate pairs: [now, before]; the first rises, the second falls. */
const EN_RATE_PAIRS: readonly (readonly [string, string])[] = [
  ['3.8', '3.1'],
  ['2.9', '3.4'],
  ['7.3', '6.7'],
  ['4.12', '4.5'],
  ['9.2', '8.6'],
  ['5.05', '5.66'],
  ['6.93', '5.87'],
  ['3.2', '3.57'],
];

const UP_VERBS = ['rose', 'accelerated', 'picked up', 'climbed', 'edged up', 'increased', 'quickened', 'jumped'];
const DOWN_VERBS = ['eased', 'slowed', 'fell', 'moderated', 'declined', 'decelerated', 'dropped', 'cooled'];

/** A rate move or comparison: the text from the subject on, given now/before figures (with base words) and periods. */
type RateShape = (v: { verb: string; up: boolean; a: string; b: string; now: EnPeriod; before: EnPeriod }) => string;
const EN_RATE_SHAPES: readonly RateShape[] = [
  ({ verb, a, b, now, before }) => `${verb} from ${b} ${before.text} to ${a} ${now.text}`,
  ({ verb, a, b, now, before }) => `${verb} to ${a} ${now.text} from ${b} ${before.text}`,
  ({ verb, up, a, b, now, before }) => `${verb} to ${a} ${now.text}, ${up ? 'up' : 'down'} from ${b} ${before.text}`,
  ({ a, b, now, before }) => `stood at ${a} ${now.text}, compared with ${b} ${before.text}`,
  ({ a, b, now, before }) => `came in at ${a} ${now.text}, compared to ${b} ${before.text}`,
  ({ a, b, now, before }) => `was ${a} ${now.text}, versus ${b} ${before.text}`,
  ({ verb, a, b, now, before }) => `${verb} to ${a} ${now.text} (vs ${b} ${before.text})`,
  ({ verb, a, b, now, before }) => `${verb} to ${a} ${now.text} (${before.label}: ${b})`,
  ({ a, b, now, before }) => `reached ${a} ${now.text}, against ${b} ${before.text}`,
  ({ verb, up, a, b, now, before }) =>
    `${verb} to ${a} ${now.text}, ${up ? 'higher' : 'lower'} than the ${b} recorded ${before.text}`,
  ({ a, b, now, before }) => `registered ${a} ${now.text}, after ${b} ${before.text}`,
  ({ verb, a, b, now, before }) => `${verb} to ${a} ${now.text} vs. ${b} ${before.text}`,
];

/** (a) Moves and comparisons of a growth rate: every shape × every period pair × every base spelling. */
function enRateMoves(): PhraseCase[] {
  return cross(EN_RATE_SHAPES, EN_PAIRS, EN_RATE_BASES).map(([shape, [now, before], [bt, base]], i) => {
    const [a0, b0] = pick(EN_RATE_PAIRS, i);
    const up = Number(a0) > Number(b0);
    const verb = pick(up ? UP_VERBS : DOWN_VERBS, i);
    const sign = pick(['%', ' percent', '%', ' per cent'], i);
    const subject = pick(EN_RATE_SUBJECTS, i);
    const text = `${subject} ${shape({ verb, up, a: `${a0}${sign}${bt}`, b: `${b0}${sign}${bt}`, now, before })}.`;
    return { text, facts: [rateFact(a0, base, now.p), rateFact(b0, base, before.p)] };
  });
}

/** An indicator with a value, its figure now and before (printed, in units). */
interface EnMeasure {
  readonly subject: string;
  readonly now: readonly [string, string];
  readonly before: readonly [string, string];
  readonly u?: string;
}
const EN_MEASURES: readonly EnMeasure[] = [
  {
    subject: 'Export turnover',
    now: ['US$35.6 billion', '35600000000'],
    before: ['US$32.1 billion', '32100000000'],
    u: 'USD',
  },
  {
    subject: 'Rice exports',
    now: ['6.2 million tonnes', '6200000'],
    before: ['5.8 million tonnes', '5800000'],
    u: 'tonne',
  },
  {
    subject: 'State budget revenue',
    now: ['VND520.6 trillion', '520600000000000'],
    before: ['VND480.2 trillion', '480200000000000'],
    u: 'VND',
  },
  { subject: 'International arrivals', now: ['12.7 million', '12700000'], before: ['11.2 million', '11200000'] },
  {
    subject: 'FDI disbursement',
    now: ['$17.3 billion', '17300000000'],
    before: ['$16.1 billion', '16100000000'],
    u: 'USD',
  },
  {
    subject: 'Coffee exports',
    now: ['1.46 million tonnes', '1460000'],
    before: ['1.61 million tonnes', '1610000'],
    u: 'tonne',
  },
];
const measureFact = (m: EnMeasure, which: 'now' | 'before'): RealFact => ({
  v: m[which][1],
  ...(m.u ? { u: m.u } : {}),
});

type MeasureShape = (m: EnMeasure, now: EnPeriod, before: EnPeriod, up: boolean) => string;
const EN_MEASURE_SHAPES: readonly MeasureShape[] = [
  (m, n, b, up) => `${m.subject} ${up ? 'rose' : 'fell'} from ${m.before[0]} ${b.text} to ${m.now[0]} ${n.text}`,
  (m, n, b, up) =>
    `${m.subject} ${up ? 'increased' : 'decreased'} to ${m.now[0]} ${n.text} from ${m.before[0]} ${b.text}`,
  (m, n, b, up) => `${m.subject} reached ${m.now[0]} ${n.text}, ${up ? 'up' : 'down'} from ${m.before[0]} ${b.text}`,
  (m, n, b) => `${m.subject} totalled ${m.now[0]} ${n.text}, compared with ${m.before[0]} ${b.text}`,
  (m, n, b) => `${m.subject} amounted to ${m.now[0]} ${n.text} (${b.label}: ${m.before[0]})`,
  (m, n, b) => `${m.subject} hit ${m.now[0]} ${n.text}, versus ${m.before[0]} ${b.text}`,
  (m, n, b, up) => `${m.subject} ${up ? 'climbed' : 'dropped'} to ${m.now[0]} ${n.text} (vs ${m.before[0]} ${b.text})`,
];

/** (a) Moves and comparisons of a quantity: every shape × every measure × the dated period pairs. */
function enMeasureMoves(): PhraseCase[] {
  const pairs = EN_PAIRS.filter(([n, b]) => n.p !== undefined && b.p !== undefined);
  return cross(EN_MEASURE_SHAPES, EN_MEASURES, pairs).map(([shape, m, [now, before]]) => {
    const up = Number(m.now[1]) > Number(m.before[1]);
    return {
      text: `${shape(m, now, before, up)}.`,
      facts: [withP(measureFact(m, 'now'), now.p), withP(measureFact(m, 'before'), before.p)],
    };
  });
}

/** A comparison of a change with another period's change, after the main figure. */
type ChangeComparison = (b: string, before: EnPeriod) => string;
const EN_CHANGE_COMPARISONS: readonly (readonly [ChangeComparison, string])[] = [
  [(b, p) => ` (${p.label}: +${b}% YoY)`, SPLY],
  [(b, p) => ` (${p.label}: +${b}% y/y)`, SPLY],
  [(b, p) => ` (vs +${b}% YoY ${p.text})`, SPLY],
  [(b, p) => `, compared with a ${b}% rise ${p.text}`, '*'],
  [(b, p) => `, higher than the ${b}% growth seen ${p.text}`, '*'],
  [(b, p) => `, after a ${b} percent increase ${p.text}`, '*'],
  [(b, p) => `, compared to ${b} percent growth ${p.text}`, '*'],
  [(b, p) => ` (versus a ${b}% expansion ${p.text})`, '*'],
  [(b, p) => `, well above the ${b} percent gain ${p.text}`, '*'],
];
/** The main figure's change, after its value. */
const EN_MAIN_CHANGES: readonly (readonly [string, string])[] = [
  [', up A% year-on-year', SPLY],
  [', up A% y/y', SPLY],
  [', rising A% from a year earlier', SPLY],
  [' (+A% YoY)', SPLY],
  [', an increase of A% over the same period last year', SPLY],
];

/** (a) A value with its change and another period's change: every comparison × every main change × every dated pair. */
function enChangeComparisons(): PhraseCase[] {
  const pairs = EN_PAIRS.filter(([n, b]) => n.p !== undefined && b.p !== undefined);
  return cross(EN_CHANGE_COMPARISONS, EN_MAIN_CHANGES, pairs).map(
    ([[cmp, cmpBase], [main, mainBase], [now, before]], i) => {
      const m = pick(
        EN_MEASURES.filter((x) => Number(x.now[1]) > Number(x.before[1])),
        i,
      );
      const [a, b] = pick(
        [
          ['8.2', '5.1'],
          ['12.4', '9.6'],
          ['10.9', '7.3'],
          ['15.6', '11.2'],
        ],
        i,
      ) as [string, string];
      const lead = i % 2 === 0;
      const text = lead
        ? `${cap(now.text)}, ${low(m.subject)} reached ${m.now[0]}${main.replace('A', a)}${cmp(b, before)}.`
        : `${m.subject} reached ${m.now[0]} ${now.text}${main.replace('A', a)}${cmp(b, before)}.`;
      return {
        text,
        facts: [
          withP({ ...measureFact(m, 'now'), ch: [`rate ${a} ${mainBase}`] }, now.p),
          rateFact(b, cmpBase, before.p),
        ],
      };
    },
  );
}

/** (a) Two previous figures of two other periods, coordinated: each keeps its own period. */
function enCoordinatedPrevious(): PhraseCase[] {
  const heads: readonly (readonly [string, string | undefined])[] = [
    ['Retail sales of goods and services rose A% YoY in October', undefined],
    ['The index of industrial production grew A% YoY in October 2025', '2025-10'],
    ['Exports increased A% YoY in October', undefined],
  ];
  const others: readonly (readonly [(b: string, c: string) => string, string, string])[] = [
    [(b, c) => ` (vs +${b}% YoY in October 2024 and a ${c}% YoY average in 9M 2025)`, '2024-10', '2025-YTD-09'],
    [(b, c) => ` (vs ${b}% in October 2024 and ${c}% in 9M 2025)`, '2024-10', '2025-YTD-09'],
    [(b, c) => `, compared with ${b}% in September 2025 and ${c}% in October 2024`, '2025-09', '2024-10'],
    [(b, c) => ` (September 2025: +${b}% YoY; 10M 2024: +${c}% YoY)`, '2025-09', '2024-YTD-10'],
    [(b, c) => `, versus ${b}% in the third quarter of 2025 and an average of ${c}% in 2024`, '2025-Q3', '2024'],
    [(b, c) => ` (vs ${b}% in 2Q25 and ${c}% in 1H25)`, '2025-Q2', '2025-H1'],
  ];
  const rates = [
    ['7.2', '9.1', '9.6'],
    ['10.8', '9.4', '8.7'],
    ['6.1', '5.3', '7.9'],
  ] as const;
  return cross(heads, others, rates).map(([[head, hp], [tail, pb, pc], [a, b, c]]) => ({
    text: `${head.replace('A', a)}${tail(b, c)}.`,
    facts: [rateFact(a, SPLY, hp), rateFact(b, '*', pb), rateFact(c, '*', pc)],
  }));
}

/** (c) Sub-period components in brackets: quarters within a half or a year, months within a quarter. */
function enComponents(): PhraseCase[] {
  const wholes: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
    [
      'in the first half of 2024',
      '2024-H1',
      [
        ['Q1', '2024-Q1'],
        ['Q2', '2024-Q2'],
      ],
    ],
    [
      'in 1H25',
      '2025-H1',
      [
        ['1Q25', '2025-Q1'],
        ['2Q25', '2025-Q2'],
      ],
    ],
    [
      'in the third quarter of 2024',
      '2024-Q3',
      [
        ['July', '2024-07'],
        ['August', '2024-08'],
        ['September', '2024-09'],
      ],
    ],
  ];
  const styles: readonly ((parts: readonly (readonly [string, string])[]) => string)[] = [
    (ps) => ` (${ps.map(([l, x]) => `${l}: +${x}%`).join('; ')})`,
    (ps) =>
      ` (${ps
        .map(([l, x]) => `${x}% in ${l}`)
        .join(ps.length > 2 ? ', ' : ' and ')
        .replace(/, ([^,]*)$/, ' and $1')})`,
    (ps) =>
      `, with ${ps
        .map(([l, x]) => `${x}% in ${l}`)
        .join(ps.length > 2 ? ', ' : ' and ')
        .replace(/, ([^,]*)$/, ' and $1')}`,
    (ps) => ` (${ps.map(([l, x]) => `${l} +${x}%`).join(', ')})`,
  ];
  const heads = [
    ['GDP grew A% year-on-year', SPLY],
    ['Industrial production rose A% y/y', SPLY],
    ['The economy expanded by A%', '*'],
    ['Export growth reached A%', '*'],
  ] as const;
  const parts = ['5.66', '6.93', '7.4'];
  return cross(wholes, styles, heads).map(([[pt, p, subs], style, [head, base]], i) => {
    const a = pick(['6.42', '7.09', '6.8'], i);
    const ps = subs.map(([l], k) => [l, parts[k] as string] as const);
    return {
      text: `${head.replace('A', a)} ${pt}${style(ps)}.`,
      facts: [rateFact(a, base, p), ...subs.map(([, sp], k) => rateFact(parts[k] as string, '*', sp))],
    };
  });
}

/** (d) Averages and pre-pandemic references. */
function enAverages(): PhraseCase[] {
  const mains: readonly (readonly [string, string, string | undefined])[] = [
    ['GDP grew 6.42% in 2024', '6.42', '2024'],
    ['Retail sales registered only 3.7 percent growth in the first half of 2025', '3.7', '2025-H1'],
    ['Export growth slowed to 4.1%', '4.1', undefined],
    ['Credit growth reached 9.3 percent in 2023', '9.3', '2023'],
  ];
  const refs: readonly (readonly [(b: string) => string, string | undefined])[] = [
    [(b) => `, below the pre-pandemic average of ${b}%`, undefined],
    [(b) => `, below the pre-COVID average of ${b} percent`, undefined],
    [(b) => `, about half of the 2023 average growth (${b} percent)`, '2023'],
    [(b) => `, above the ${b}% average of 2016-2019`, undefined],
    [(b) => `, compared with an average of ${b}% in 2015-2019`, undefined],
    [(b) => `, short of its ten-year average of ${b}%`, undefined],
    [(b) => `, a third of the pre-covid average (${b} percent, 2017-2019)`, undefined],
    [(b) => `, in line with the 2022 average of ${b}%`, '2022'],
  ];
  return cross(mains, refs, ['7', '8.3', '11.5']).map(([[main, a, p], [ref, rp], b]) => ({
    text: `${main}${ref(b)}.`,
    facts: [rateFact(a, '*', p), rateFact(b, '*', rp)],
  }));
}

/** (a) A compared completion: the same indicator's completion for another period. */
function enCompletions(): PhraseCase[] {
  const mains: readonly (readonly [string, string | undefined])[] = [
    ['In the first ten months of 2023, public investment disbursement reached C% of the annual plan', '2023-YTD-10'],
    ['Public investment disbursement in 10M 2023 reached C% of the annual plan', '2023-YTD-10'],
    [
      'Disbursed public investment hit C percent of the Prime Minister’s plan in the first ten months of 2023',
      '2023-YTD-10',
    ],
    ['State budget revenue in 10M 2023 met C% of the annual estimate', '2023-YTD-10'],
  ];
  const cmps: readonly (readonly [(c: string) => string, string | undefined])[] = [
    [(c) => ` (compared with ${c} percent during the same period of 2022)`, '2022-YTD-10'],
    [(c) => `, compared to ${c}% in the same period of 2022`, '2022-YTD-10'],
    [(c) => ` (vs ${c}% in 10M 2022)`, '2022-YTD-10'],
    [(c) => `, up from ${c}% a year earlier`, undefined],
    [(c) => `, versus ${c}% in the same period last year`, undefined],
    [(c) => `, higher than the ${c}% of the same period of 2022`, '2022-YTD-10'],
  ];
  return cross(mains, cmps, [
    ['55', '46.5'],
    ['64.1', '58.3'],
    ['71.5', '65.2'],
  ] as const).map(([[main, p], [cmp, cp], [c, c0]]) => ({
    text: `${main.replace('C', c)}${cmp(c0)}.`,
    facts: [withP({ c }, p), withP({ c: c0 }, cp)],
  }));
}

/** Near-misses: figures that look compared but are ranges, shares, absolute changes, decided rates, targets, revisions, spans. */
export function enNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const rates = ['6.5', '3.8', '7.2', '4.5', '5.9'];
  // ranges: no fact
  for (const [shape, [lo, hi]] of cross(
    [
      (a: string, b: string) => `Inflation is expected to range from ${a} to ${b} percent in 2025.`,
      (a: string, b: string) => `GDP growth is forecast at ${a}-${b}% in 2025.`,
      (a: string, b: string) => `The government targets GDP growth of between ${a}% and ${b}% in 2025.`,
      (a: string, b: string) => `Analysts expect credit growth of ${a} to ${b} percent this year.`,
      (a: string, b: string) => `Exports could grow ${a}-${b}% next year.`,
    ],
    [
      ['3.5', '4.5'],
      ['6.5', '7'],
      ['8', '8.5'],
      ['5', '6'],
    ] as const,
  ))
    out.push({ text: shape(lo, hi), facts: [] });
  // shares in brackets and after `accounting for`: only the main change
  for (const [[pt, p], share, i] of cross(
    EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 6),
    [
      (s: string) => ` (accounting for ${s}% of the total)`,
      (s: string) => `, accounting for ${s}% of total exports`,
      (s: string) => ` (${s}% of the total)`,
      (s: string) => `, or ${s} percent of the country’s exports`,
      (s: string) => `, making up ${s}% of the total`,
    ],
    [0, 1],
  )) {
    const a = pick(rates, i + out.length);
    out.push({
      text: `Exports to the United States rose ${a}% year-on-year ${pt}${share(pick(['29.4', '18.2', '33'], out.length))}.`,
      facts: [rateFact(a, SPLY, p)],
    });
  }
  // absolute changes beside a value: only the value (and its period)
  for (const [m, [pt, p], tail] of cross(
    EN_MEASURES.filter((x) => x.u === 'tonne'),
    EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 5),
    [' from 2023', ' compared with the previous year', ' from a year earlier', ' year-on-year'],
  ))
    out.push({
      text: `${m.subject} reached ${m.now[0]} ${pt}, up 0.4 million tonnes${tail}.`,
      facts: [withP(measureFact(m, 'now'), p)],
    });
  // decided rates beside an inflation figure: only the inflation figure
  for (const [[pt, p], decided] of cross(EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 6), [
    ', while the refinancing rate stayed at 4.5%',
    ', with the State Bank keeping its refinancing rate at 4.5 percent',
    '; the VAT rate was cut to 8% from 10%',
    ', as the central bank held the discount rate at 3%',
  ]))
    out.push({ text: `Headline inflation eased to 3.2% ${pt}${decided}.`, facts: [rateFact('3.2', '*', p)] });
  // targets after `compared with`: a target, not a previous actual
  for (const [[pt, p], cmp] of cross(
    EN_PAIRS.map(([n]) => [n.text, n.p] as const).filter(([, x]) => x !== undefined),
    [
      ', compared with the target of 6.5%',
      ', above the government’s 6.5% target',
      ', exceeding the 6.5 percent target set by the National Assembly',
      ', against a target of 6.5%',
    ],
  ))
    out.push({
      text: `GDP grew 7.09% ${pt}${cmp}.`,
      facts: [rateFact('7.09', '*', p), { k: 'target', ch: ['rate 6.5 *'] }],
    });
  // revisions of a forecast: the new forecast only
  for (const [shape, [n, o]] of cross(
    [
      (a: string, b: string) => `We raised our 2025 GDP growth forecast to ${a}% from ${b}% previously.`,
      (a: string, b: string) => `The bank upgraded its 2025 GDP forecast to ${a}% from previous ${b}%.`,
      (a: string, b: string) => `We revise our 2025 GDP growth forecast to ${a}% from the earlier ${b}%.`,
    ],
    [
      ['6.8', '6.5'],
      ['6.1', '6.6'],
      ['7.2', '6.9'],
    ] as const,
  ))
    out.push({ text: shape(n, o), facts: [{ k: 'target', ch: [`rate ${n} *`], p: '2025' }] });
  // a span of years: one average change, no period
  for (const [shape, a] of cross(
    [
      (x: string) => `From 2016 to 2019, GDP grew by an average of ${x}% a year.`,
      (x: string) => `Between 2016 and 2019, exports grew ${x}% a year on average.`,
      (x: string) => `In the 2016-2019 period, GDP expanded by an average of ${x} percent annually.`,
    ],
    ['6.8', '7.1', '12.5'],
  ))
    out.push({ text: shape(a), facts: [rateFact(a, '*')] });
  // a share compared with another period's share: neither is a fact, only the change
  for (const [[pt, p], cmp, i] of cross(
    EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 6),
    [
      (a: string, b: string) => `, accounting for ${a}% of the total, compared with ${b}% a year earlier`,
      (a: string, b: string) => ` and made up ${a}% of total exports, up from ${b}% in 2023`,
      (a: string, b: string) => `, or ${a} percent of the total (vs ${b} percent in 2023)`,
      (a: string, b: string) => `; their share of the total rose from ${b}% to ${a}%`,
    ],
    [0, 1, 2],
  )) {
    const r = pick(rates, i + out.length);
    out.push({
      text: `Exports to the United States rose ${r}% year-on-year ${pt}${cmp(pick(['29.4', '18.2', '33'], i), pick(['27.1', '16.5', '30.8'], i))}.`,
      facts: [rateFact(r, SPLY, p)],
    });
  }
  // a rate set by decision that moves: no fact
  for (const [shape, [from, to], subject] of cross(
    [
      (s: string, a: string, b: string) => `The State Bank of Vietnam cut the ${s} from ${a}% to ${b}% in June 2023.`,
      (s: string, a: string, b: string) => `The ${s} was lowered to ${b}% from ${a}% in 2023.`,
      (s: string, a: string, b: string) =>
        `In 2023, the central bank reduced the ${s} from ${a} percent to ${b} percent.`,
      (s: string, a: string, b: string) => `The ${s} has been kept at ${b}%, down from ${a}% a year earlier.`,
    ],
    [
      ['4.5', '4'],
      ['6', '5.5'],
      ['3.5', '3'],
    ] as const,
    ['refinancing rate', 'discount rate', 'rediscount rate', 'VAT rate'],
  ))
    out.push({ text: shape(subject, from, to), facts: [] });
  // a compare word with no figure after it (`up from the previous year's pace`): only the main figure
  for (const [[pt, p], tail] of cross(EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 6), [
    ', up from the previous year’s pace',
    ', compared with a contraction a year earlier',
    ', versus expectations of a slowdown',
    ', after a weak first quarter',
    ' (vs. consensus estimates)',
  ]))
    out.push({ text: `GDP grew 7.09% ${pt}${tail}.`, facts: [rateFact('7.09', '*', p)] });
  // `ranged from … to …`: a range, no move
  for (const [shape, [lo, hi]] of cross(
    [
      (a: string, b: string) => `Lending rates ranged from ${a}% to ${b}% a year.`,
      (a: string, b: string) => `Provincial growth rates varied from ${a}% to ${b}% in 2024.`,
      (a: string, b: string) => `Deposit rates ranged from ${a} percent to ${b} percent.`,
      (a: string, b: string) => `Analysts' forecasts range from ${a}% to ${b}% for 2025.`,
    ],
    [
      ['6', '9'],
      ['3.5', '12.1'],
      ['4.2', '7.5'],
      ['5', '6'],
    ] as const,
  ))
    out.push({ text: shape(lo, hi), facts: [] });
  // a contribution in brackets: not a fact
  for (const [[pt, p], contrib] of cross(EN_PAIRS.map(([n]) => [n.text, n.p] as const).slice(0, 6), [
    ' (contributing 2.1 percentage points)',
    ', driven by transport costs (+0.06 ppt)',
    ' (+0.4 ppt contribution)',
  ]))
    out.push({ text: `Headline inflation rose to 3.6% y/y ${pt}${contrib}.`, facts: [rateFact('3.6', SPLY, p)] });
  out.push(...enGoalEarlierNearMisses());
  out.push(...enLevelComparisonNearMisses());
  return out;
}

/** A goal's or a forecast's measure: its subject, the verb of a plan, the goal and the earlier level. */
interface EnGoalMeasure {
  readonly subject: string;
  readonly verb: string;
  readonly noun: string;
  readonly goal: readonly [string, string];
  readonly before: readonly [string, string];
  readonly u?: string;
}
const EN_GOAL_MEASURES: readonly EnGoalMeasure[] = [
  {
    subject: 'Vinacomin',
    verb: 'sell',
    noun: 'coal sales',
    goal: ['36 million tonnes', '36000000'],
    before: ['33.5 million tonnes', '33500000'],
    u: 'tonne',
  },
  {
    subject: 'The airline',
    verb: 'earn',
    noun: 'revenue',
    goal: ['VND42 trillion', '42000000000000'],
    before: ['VND27.5 trillion', '27500000000000'],
    u: 'VND',
  },
  {
    subject: 'The province',
    verb: 'welcome',
    noun: 'arrivals',
    goal: ['12 million visitors', '12000000'],
    before: ['10.5 million visitors', '10500000'],
  },
  {
    subject: 'The industry',
    verb: 'export',
    noun: 'exports',
    goal: ['US$20 billion', '20000000000'],
    before: ['US$16.2 billion', '16200000000'],
    u: 'USD',
  },
];
const goalFact = (m: EnGoalMeasure, which: 'goal' | 'before'): RealFact => ({
  v: m[which][1],
  ...(m.u ? { u: m.u } : {}),
});

/** A goal or a forecast of a year, as the sentence opens with it. */
const EN_GOAL_FRAMES: readonly ((m: EnGoalMeasure, year: string) => string)[] = [
  (m, y) => `The ${m.noun} goal for ${y} is ${m.goal[0]}`,
  (m, y) => `${m.subject} plans to ${m.verb} ${m.goal[0]} in ${y}`,
  (m, y) => `${m.subject} aims to ${m.verb} ${m.goal[0]} in ${y}`,
  (m, y) => `${m.subject} has set a target of ${m.goal[0]} for ${y}`,
  (m, y) => `${cap(m.noun)} are forecast to reach ${m.goal[0]} in ${y}`,
  (m, y) => `${cap(m.noun)} are expected to hit ${m.goal[0]} in ${y}`,
];

/** The earlier level after the goal: the words before it, its period (as written and annotated). */
const EN_GOAL_LINKS: readonly ((before: string) => string)[] = [
  (b) => `, up from ${b}`,
  (b) => `, compared with ${b}`,
  (b) => `, against ${b}`,
  (b) => `, versus ${b}`,
  (b) => `, a rise from ${b}`,
];
const EN_EARLIER: readonly ((year: number) => readonly [string, string | undefined])[] = [
  (y) => [`in ${y - 1}`, String(y - 1)],
  (y) => [`in ${y - 2}`, String(y - 2)],
  () => ['a year earlier', undefined],
  () => ['last year', undefined],
];

/**
 * (h) The level a goal or a forecast is measured from is a result of its own period, not the goal
 * (`The revenue goal for 2017 is 42 trillion dong, up from 27.5 trillion dong in 2016`, `plans to
 * increase the output from approximately 58 billion kWh now, to 101 billion kWh by 2020`, `from 69 GW
 * at the end of 2020 to 150 GW by 2030`; test11, test15, test16, test17, test18).
 */
export function enGoalEarlierLevels(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [frame, m, link] of cross(EN_GOAL_FRAMES, EN_GOAL_MEASURES, EN_GOAL_LINKS)) {
    const year = 2024 + (out.length % 3);
    const [bt, bp] = pick(EN_EARLIER, out.length)(year);
    out.push({
      text: `${frame(m, String(year))}${link(`${m.before[0]} ${bt}`)}.`,
      facts: [{ ...goalFact(m, 'goal'), k: 'target', p: String(year) }, withP(goalFact(m, 'before'), bp)],
    });
  }
  // `from … to …` inside a goal: the level it moves from is today's result
  for (const [shape, m] of cross(
    [
      (x: EnGoalMeasure, y: string) =>
        `${x.subject} plans to raise ${x.noun} from ${x.before[0]} to ${x.goal[0]} by ${y}`,
      (x: EnGoalMeasure, y: string) =>
        `${x.subject} aims to increase ${x.noun} from ${x.before[0]} now to ${x.goal[0]} in ${y}`,
      (x: EnGoalMeasure, y: string) =>
        `${x.subject} wants to lift ${x.noun} from ${x.before[0]} at present to ${x.goal[0]} by ${y}`,
    ],
    EN_GOAL_MEASURES,
  ))
    out.push({
      text: `${shape(m, '2030')}.`,
      facts: [{ ...goalFact(m, 'goal'), k: 'target', p: '2030' }, goalFact(m, 'before')],
    });
  return out;
}

/** Near-misses of (h): a goal moved or compared with another goal, or a planned level, stays a target. */
export function enGoalEarlierNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [shape, m] of cross(
    [
      (x: EnGoalMeasure) => `The ${x.noun} target for 2025 is ${x.goal[0]}, up from the 2024 target of ${x.before[0]}.`,
      (x: EnGoalMeasure) =>
        `${x.subject} asked shareholders to cut its ${x.noun} target for 2025 from ${x.goal[0]} to ${x.before[0]}.`,
      (x: EnGoalMeasure) =>
        `${cap(x.noun)} are expected to reach ${x.goal[0]} in 2030 from ${x.before[0]} targeted for 2025.`,
      (x: EnGoalMeasure) =>
        `${cap(x.noun)} are expected to reach ${x.goal[0]} in 2030, up from ${x.before[0]} planned for 2026.`,
    ],
    EN_GOAL_MEASURES,
  )) {
    const text = shape(m);
    const cut = text.includes(' cut its ');
    out.push({
      text,
      facts: [
        {
          ...goalFact(m, 'goal'),
          k: 'target',
          ...(cut || text.includes(' target for 2025 is ') ? { p: '2025' } : { p: '2030' }),
        },
        {
          ...goalFact(m, 'before'),
          k: 'target',
          ...(text.includes('targeted for 2025') || cut
            ? { p: '2025' }
            : text.includes('2024 target')
              ? { p: '2024' }
              : { p: '2026' }),
        },
      ],
    });
  }
  // a goal compared with a plan or a target: both are goals
  for (const [shape, m] of cross(
    [
      (x: EnGoalMeasure) =>
        `${x.subject} plans to ${x.verb} ${x.goal[0]} in 2025, compared with the target of ${x.before[0]} for 2024.`,
      (x: EnGoalMeasure) =>
        `${x.subject} aims to ${x.verb} ${x.goal[0]} in 2025, up from the target of ${x.before[0]} set for 2024.`,
    ],
    EN_GOAL_MEASURES,
  ))
    out.push({
      text: shape(m),
      facts: [
        { ...goalFact(m, 'goal'), k: 'target', p: '2025' },
        { ...goalFact(m, 'before'), k: 'target', p: '2024' },
      ],
    });
  return out;
}

/**
 * (i) round 30: a change that REACHED a percentage, then the other period's percentage after a
 * comparative (`Gross margin increased by 91bps to 27.6% compared with 26.7% over the same period
 * last year`, test19): what is compared is the level, so the second percentage is that level in the
 * other period — a fact of its own — never a rate of change. The measure × the move (bps, percentage
 * points, points; up or down) × the comparative × the other period.
 */
export function enLevelComparisons(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const MEASURES = ['Gross margin', 'The occupancy rate', 'The net interest margin', 'The utilisation rate'];
  const MOVES: readonly (readonly [string, string, string, string])[] = [
    ['increased by 91bps to', '0.91', '27.6', '26.7'],
    ['rose 1.2 percentage points to', '1.2', '18.5', '17.3'],
    ['improved 544bps to', '5.44', '45', '39.56'],
    ['fell 0.3 percentage points to', '-0.3', '2.2', '2.5'],
    ['dropped 2.4 points to', '-2.4', '61.3', '63.7'],
  ];
  const COMPARED = ['compared with', 'compared to', ', compared with', ', higher than', ', lower than'];
  const OTHER: readonly (readonly [string, string | undefined])[] = [
    ['over the same period last year', undefined],
    ['in the same period last year', undefined],
    ['a year earlier', undefined],
    ['in 2022', '2022'],
  ];
  let n = 0;
  for (const [measure, move, cmpWord, other] of cross(MEASURES, MOVES, COMPARED, OTHER)) {
    const [verb, points, level, before] = move;
    // (the comparative that says the wrong side of the move is left out: `rose … higher than` only)
    const down = points.startsWith('-');
    if ((cmpWord === ', higher than' && down) || (cmpWord === ', lower than' && !down)) continue;
    if (n++ % 4 !== 0) continue;
    const sep = cmpWord.startsWith(',') ? '' : ' ';
    out.push({
      text: `${measure} ${verb} ${level}%${sep}${cmpWord} ${before}% ${other[0]}.`,
      facts: [{ v: level, u: 'percent', ch: [`points ${points} *`] }, withP({ v: before, u: 'percent' }, other[1])],
    });
  }
  return out;
}

/** Near-misses of (i): a change to an amount compares its rate — the percentage after the comparative stays a rate. */
export function enLevelComparisonNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [subject, cmpWord] of cross(
    ['Exports', 'Retail sales', 'Industrial output'],
    ['compared with', ', compared with', ', compared to'],
  )) {
    const sep = cmpWord.startsWith(',') ? '' : ' ';
    out.push({
      text: `${subject} rose 5% to US$10 billion${sep}${cmpWord} 3% last year.`,
      facts: [{ v: '10000000000', u: 'USD', ch: ['rate 5 *'] }, { ch: ['rate 3 *'] }],
    });
  }
  return out;
}

export const COMPARED_EN: Phrasebook = {
  area: 'compared-en',
  locale: 'en',
  cases: [
    ...enRateMoves(),
    ...enMeasureMoves(),
    ...enChangeComparisons(),
    ...enCoordinatedPrevious(),
    ...enComponents(),
    ...enAverages(),
    ...enCompletions(),
    ...enGoalEarlierLevels(),
    ...enLevelComparisons(),
    ...enNearMisses(),
  ],
};

// ───────────────────────────────────────── Vietnamese ──────────────────────────────────────────

interface ViPeriod {
  readonly text: string;
  readonly p: string | undefined;
}
type ViPair = readonly [now: ViPeriod, before: ViPeriod];
const VI_PAIRS: readonly ViPair[] = [
  [
    { text: 'năm 2024', p: '2024' },
    { text: 'năm 2023', p: '2023' },
  ],
  [
    { text: '9 tháng năm 2024', p: '2024-YTD-09' },
    { text: '9 tháng năm 2023', p: '2023-YTD-09' },
  ],
  [
    { text: 'quý III/2024', p: '2024-Q3' },
    { text: 'quý II/2024', p: '2024-Q2' },
  ],
  [
    { text: 'tháng 10/2024', p: '2024-10' },
    { text: 'tháng 9/2024', p: '2024-09' },
  ],
  [
    { text: '6 tháng đầu năm 2025', p: '2025-H1' },
    { text: '6 tháng đầu năm 2024', p: '2024-H1' },
  ],
];

const VI_RATE_SUBJECTS = [
  'GRDP của tỉnh',
  'Chỉ số sản xuất công nghiệp (IIP)',
  'Tốc độ tăng trưởng kinh tế',
  'Tăng trưởng tín dụng',
  'Chỉ số giá tiêu dùng (CPI) bình quân',
  'Kim ngạch xuất khẩu',
] as const;

/** Rate pairs [now, before], Vietnamese spelling. */
const VI_RATE_PAIRS: readonly (readonly [string, string])[] = [
  ['7,54', '6,47'],
  ['8,55', '7,12'],
  ['5,2', '6,4'],
  ['3,91', '4,05'],
  ['13,89', '11,2'],
  ['6,93', '5,66'],
];

/** A previous figure after the main change, with its annotated period (given the pair). */
type ViCmp = (b: string, before: ViPeriod) => string;
const VI_RATE_CMPS: readonly (readonly [ViCmp, (before: ViPeriod) => string | undefined])[] = [
  [(b) => ` (cùng kỳ năm trước tăng ${b}%)`, () => undefined],
  [(b) => ` (cùng kỳ năm ngoái tăng ${b}%)`, () => undefined],
  [(b) => `, trong khi cùng kỳ năm trước chỉ tăng ${b}%`, () => undefined],
  [(b, p) => `, cao hơn mức tăng ${b}% của ${p.text}`, (p) => p.p],
  [(b, p) => `, thấp hơn so với mức tăng ${b}% của ${p.text}`, (p) => p.p],
  [(b, p) => ` (${p.text} tăng ${b}%)`, (p) => p.p],
  [(b, p) => `, so với mức tăng ${b}% của ${p.text}`, (p) => p.p],
  [(b, p) => `; ${p.text} tăng ${b}%`, (p) => p.p],
  [(b, p) => `, trong khi ${p.text} chỉ tăng ${b}%`, (p) => p.p],
  [(b) => `, cao hơn mức ${b}% của cùng kỳ năm trước`, () => undefined],
];
const VI_MAIN_BASES: readonly (readonly [string, string])[] = [
  [' so với cùng kỳ năm trước', SPLY],
  [' so với cùng kỳ', SPLY],
  ['', '*'],
  [' so cùng kỳ', SPLY],
];

/** (b) The main change and another period's change: every comparison × every pair × every base. */
function viRateComparisons(): PhraseCase[] {
  return cross(VI_RATE_CMPS, VI_PAIRS, VI_MAIN_BASES).map(([[cmp, cmpP], [now, before], [bt, base]], i) => {
    const [a, b] = pick(VI_RATE_PAIRS, i);
    const subject = pick(VI_RATE_SUBJECTS, i);
    const verb = pick(['tăng', 'ước tăng', 'tăng trưởng'], i);
    const lead = i % 3 === 0;
    const text = lead
      ? `${cap(now.text)}, ${low(subject)} ${verb} ${a}%${bt}${cmp(b, before)}.`
      : `${subject} ${now.text} ${verb} ${a}%${bt}${cmp(b, before)}.`;
    const main: RealFact = withP(
      { ch: [`rate ${dot(a)} ${base}`], ...(verb.startsWith('ước') ? { st: 'estimate' } : {}) },
      now.p,
    );
    return { text, facts: [main, rateFact(dot(b), '*', cmpP(before))] };
  });
}

/** (b) A rate's move between two periods: `tăng từ X% năm 2023 lên Y% năm 2024`. */
function viRateMoves(): PhraseCase[] {
  const shapes: readonly ((a: string, b: string, n: ViPeriod, o: ViPeriod) => string)[] = [
    (a, b, n, o) => `tăng từ ${b}% ${o.text} lên ${a}% ${n.text}`,
    (a, b, n, o) => `đã tăng từ mức ${b}% ${o.text} lên ${a}% ${n.text}`,
    (a, b, n, o) => `từ ${b}% ${o.text} tăng lên ${a}% ${n.text}`,
    (a, b, n, o) => `giảm từ ${b}% ${o.text} xuống ${a}% ${n.text}`,
    (a, b, n, o) => `${n.text} đạt ${a}%, ${o.text} đạt ${b}%`,
    (a, b, n, o) => `${n.text} đạt ${a}% (${o.text} đạt ${b}%)`,
  ];
  const subjects = [
    'Tốc độ tăng trưởng GRDP',
    'Tốc độ tăng trưởng kinh tế của tỉnh',
    'Tăng trưởng tín dụng',
    'Lạm phát cơ bản',
  ];
  return cross(shapes, VI_PAIRS, subjects).map(([shape, [now, before], subject], i) => {
    let [a, b] = pick(VI_RATE_PAIRS, i);
    const down = shape('', '', now, before).includes('giảm');
    if (down === Number(dot(a)) > Number(dot(b))) [a, b] = [b, a];
    return {
      text: `${subject} ${shape(a, b, now, before)}.`,
      facts: [rateFact(dot(a), '*', now.p), rateFact(dot(b), '*', before.p)],
    };
  });
}

/** A quantity with its figure now and before, Vietnamese print. */
interface ViMeasure {
  readonly subject: string;
  readonly now: readonly [string, string];
  readonly before: readonly [string, string];
  readonly u: string | undefined;
}
const VI_MEASURES: readonly ViMeasure[] = [
  {
    subject: 'Kim ngạch xuất khẩu',
    now: ['35,6 tỷ USD', '35600000000'],
    before: ['32,1 tỷ USD', '32100000000'],
    u: 'USD',
  },
  { subject: 'Sản lượng lúa', now: ['1,12 triệu tấn', '1120000'], before: ['980 nghìn tấn', '980000'], u: 'tonne' },
  {
    subject: 'Thu ngân sách nhà nước',
    now: ['12.450 tỷ đồng', '12450000000000'],
    before: ['11.208 tỷ đồng', '11208000000000'],
    u: 'VND',
  },
  {
    subject: 'Lượng hàng hóa thông qua cảng',
    now: ['27,43 triệu tấn', '27430000'],
    before: ['20,84 triệu tấn', '20840000'],
    u: 'tonne',
  },
  {
    subject: 'Số doanh nghiệp thành lập mới',
    now: ['1.245 doanh nghiệp', '1245'],
    before: ['1.032 doanh nghiệp', '1032'],
    u: undefined,
  },
];
const viValue = (m: ViMeasure, which: 'now' | 'before', a?: 'about' | 'over' | 'under'): RealFact => ({
  v: m[which][1],
  ...(m.u ? { u: m.u } : {}),
  ...(a ? { a } : {}),
});

/** (b) Quantity moves: `tăng từ X năm 2023 lên Y năm 2024`, and the bracketed from-to after a change. */
function viMeasureMoves(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const shapes: readonly ((m: ViMeasure, n: ViPeriod, o: ViPeriod) => string)[] = [
    (m, n, o) => `${m.subject} tăng từ ${m.before[0]} ${o.text} lên ${m.now[0]} ${n.text}`,
    (m, n, o) => `${m.subject} đã tăng từ ${m.before[0]} ${o.text} lên ${m.now[0]} ${n.text}`,
    (m, n, o) => `${m.subject} ${n.text} đạt ${m.now[0]}, tăng so với mức ${m.before[0]} của ${o.text}`,
    (m, n, o) => `${m.subject} ${n.text} đạt ${m.now[0]} (${o.text} đạt ${m.before[0]})`,
    (m, n, o) => `${m.subject} ${n.text} đạt ${m.now[0]}, trong khi ${o.text} chỉ đạt ${m.before[0]}`,
  ];
  for (const [shape, m, [now, before]] of cross(shapes, VI_MEASURES, VI_PAIRS))
    out.push({
      text: `${shape(m, now, before)}.`,
      facts: [withP(viValue(m, 'now'), now.p), withP(viValue(m, 'before'), before.p)],
    });
  // the bracketed from-to after a change: `tăng 31,6% (từ 20,84 triệu tấn lên 27,43 triệu tấn)`
  const places = ['Khu vực Quảng Ngãi', 'Hà Tĩnh', 'Cảng Cái Mép', 'Tỉnh Nghệ An'];
  const bounds: readonly (readonly [string, 'about' | 'over' | 'under' | undefined])[] = [
    ['', undefined],
    ['gần ', 'under'],
    ['hơn ', 'over'],
    ['khoảng ', 'about'],
  ];
  const tonnes = VI_MEASURES.filter((m) => m.u === 'tonne' && m.now[0].includes('triệu'));
  for (const [place, [b1, a1], [b2, a2], joiner, m] of cross(places, bounds, bounds, ['lên', 'đến'], tonnes)) {
    out.push({
      text: `${place} tăng 31,6% (từ ${b1}${m.before[0]} ${joiner} ${b2}${m.now[0]}).`,
      facts: [rateFact('31.6', '*'), viValue(m, 'before', a1), viValue(m, 'now', a2)],
    });
  }
  // the scale written once, after the second figure: `(từ 20,84 đến 27,43 triệu tấn)`
  for (const [place, joiner, [x1, v1, x2, v2]] of cross(places, ['lên', 'đến'], [
    ['20,84', '20840000', '27,43 triệu tấn', '27430000'],
    ['8,86', '8860000', '17,5 triệu tấn', '17500000'],
    ['3,5', '3500000', '6,5 triệu tấn', '6500000'],
  ] as const))
    out.push({
      text: `${place} tăng mạnh (từ ${x1} ${joiner} ${x2}).`,
      facts: [
        { v: v1, u: 'tonne' },
        { v: v2, u: 'tonne' },
      ],
    });
  return out;
}

/** (c) Sub-period components in brackets, which take the year of the period they break down. */
function viComponents(): PhraseCase[] {
  const wholes: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
    [
      '6 tháng đầu năm 2024',
      '2024-H1',
      [
        ['quý I', '2024-Q1'],
        ['quý II', '2024-Q2'],
      ],
    ],
    [
      'quý III/2024',
      '2024-Q3',
      [
        ['tháng 7', '2024-07'],
        ['tháng 8', '2024-08'],
        ['tháng 9', '2024-09'],
      ],
    ],
    [
      'năm 2023',
      '2023',
      [
        ['quý I', '2023-Q1'],
        ['quý II', '2023-Q2'],
        ['quý III', '2023-Q3'],
        ['quý IV', '2023-Q4'],
      ],
    ],
  ];
  const styles: readonly ((ps: readonly (readonly [string, string])[]) => string)[] = [
    (ps) => ` (${ps.map(([l, x]) => `${l} tăng ${x}%`).join('; ')})`,
    (ps) => ` (${ps.map(([l, x]) => `${l} tăng ${x}%`).join(', ')})`,
    (ps) => `, trong đó ${ps.map(([l, x]) => `${l} tăng ${x}%`).join(', ')}`,
    (ps) => ` (${ps.map(([l, x]) => `${l}: ${x}%`).join('; ')})`,
  ];
  const heads = [
    ['Giá trị tăng thêm toàn ngành công nghiệp', ' ước tăng A% so với cùng kỳ năm trước', SPLY, 'estimate'],
    ['GRDP', ' tăng A% so với cùng kỳ', SPLY, undefined],
    ['Tổng sản phẩm trong nước (GDP)', ' tăng A%', '*', undefined],
    ['Chỉ số sản xuất công nghiệp', ' tăng trưởng A%', '*', undefined],
  ] as const;
  const parts = ['6,47', '8,55', '7,4', '6,82'];
  return cross(wholes, styles, heads).map(([[pt, p, subs], style, [subject, change, base, st]], i) => {
    const a = pick(['7,54', '6,42', '8,1'], i);
    const ps = subs.map(([l], k) => [l, parts[k] as string] as const);
    return {
      text: `${subject} ${pt}${change.replace('A', a)}${style(ps)}.`,
      facts: [
        withP({ ch: [`rate ${dot(a)} ${base}`], ...(st ? { st } : {}) }, p),
        ...subs.map(([, sp], k) => rateFact(dot(parts[k] as string), '*', sp)),
      ],
    };
  });
}

/** (d) Averages: `thấp hơn mức tăng bình quân X% giai đoạn 2016-2019`. */
function viAverages(): PhraseCase[] {
  const mains: readonly (readonly [string, string, string | undefined])[] = [
    ['GRDP năm 2024 tăng 6,42%', '6.42', '2024'],
    ['Tăng trưởng kinh tế 6 tháng đầu năm 2025 đạt 7,52%', '7.52', '2025-H1'],
    ['Kim ngạch xuất khẩu tăng 4,1%', '4.1', undefined],
  ];
  const refs: readonly (readonly [(b: string) => string, string | undefined])[] = [
    [(b) => `, thấp hơn mức tăng bình quân ${b}% giai đoạn 2016-2019`, undefined],
    [(b) => `, cao hơn mức tăng bình quân ${b}%/năm của giai đoạn 2016-2020`, undefined],
    [(b) => `, chưa bằng mức bình quân ${b}% của thời kỳ trước dịch`, undefined],
    [(b) => `, vượt mức tăng trưởng bình quân ${b}% của năm 2023`, '2023'],
    [(b) => ` (bình quân giai đoạn 2016-2019 tăng ${b}%)`, undefined],
  ];
  return cross(mains, refs, ['7', '6,8', '11,5']).map(([[main, a, p], [ref, rp], b]) => ({
    text: `${main}${ref(b)}.`,
    facts: [rateFact(a, '*', p), rateFact(dot(b), '*', rp)],
  }));
}

/** (b) A compared completion: `đạt X% kế hoạch, cao hơn cùng kỳ năm 2023 (Y%)`. */
function viCompletions(): PhraseCase[] {
  const mains: readonly (readonly [string, string | undefined])[] = [
    ['Giải ngân vốn đầu tư công 10 tháng năm 2024 đạt C% kế hoạch', '2024-YTD-10'],
    ['Đến hết tháng 10/2024, giải ngân vốn đầu tư công đạt C% kế hoạch Thủ tướng giao', '2024-YTD-10'],
    ['Thu ngân sách 10 tháng năm 2024 đạt C% dự toán', '2024-YTD-10'],
  ];
  const cmps: readonly (readonly [(c: string) => string, string | undefined])[] = [
    [(c) => ` (cùng kỳ năm 2023 đạt ${c}%)`, '2023-YTD-10'],
    [(c) => `, cao hơn so với mức ${c}% của cùng kỳ năm 2023`, '2023-YTD-10'],
    [(c) => `, trong khi cùng kỳ năm trước chỉ đạt ${c}%`, undefined],
    [(c) => ` (cùng kỳ năm trước đạt ${c}%)`, undefined],
    [(c) => `, so với mức ${c}% của 10 tháng năm 2023`, '2023-YTD-10'],
  ];
  return cross(mains, cmps, [
    ['55,2', '51,4'],
    ['64,1', '58,3'],
    ['91,8', '87,1'],
  ] as const).map(([[main, p], [cmp, cp], [c, c0]]) => ({
    text: `${main.replace('C', c)}${cmp(c0)}.`,
    facts: [withP({ c: dot(c) }, p), withP({ c: dot(c0) }, cp)],
  }));
}

/** Near-misses, Vietnamese. */
export function viNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  // ranges: no fact
  for (const [shape, [lo, hi]] of cross(
    [
      (a: string, b: string) => `Năm 2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP từ ${a}% đến ${b}%.`,
      (a: string, b: string) => `Dự báo lạm phát năm 2025 ở mức ${a}-${b}%.`,
      (a: string, b: string) => `Tăng trưởng tín dụng dự kiến khoảng ${a}-${b}% trong năm nay.`,
      (a: string, b: string) => `Mục tiêu tăng trưởng kinh tế năm 2025 là từ ${a} đến ${b}%.`,
    ],
    [
      ['8', '8,5'],
      ['4', '4,5'],
      ['6,5', '7'],
      ['15', '16'],
    ] as const,
  ))
    out.push({ text: shape(lo, hi), facts: [] });
  // shares: only the main change
  for (const [[now], share, k] of cross(
    VI_PAIRS,
    [
      (s: string) => ` (chiếm ${s}% tổng kim ngạch)`,
      (s: string) => `, chiếm ${s}% tổng kim ngạch xuất khẩu`,
      (s: string) => ` (chiếm tỷ trọng ${s}%)`,
    ],
    [0, 1, 2],
  )) {
    const a = pick(['12,4', '8,7', '5,3'], k);
    out.push({
      text: `Xuất khẩu sang Hoa Kỳ ${now.text} tăng ${a}% so với cùng kỳ năm trước${share(pick(['29,4', '18,2', '33'], k))}.`,
      facts: [rateFact(dot(a), SPLY, now.p)],
    });
  }
  // absolute changes: only the value
  for (const [[now], tail] of cross(VI_PAIRS, [
    ', giảm 1.062 ha so với năm 2019',
    ', tăng 215 ha so với cùng kỳ',
    ', tăng thêm 340 ha so với năm trước',
    ', giảm 96 ha so với cùng kỳ năm trước',
  ]))
    out.push({
      text: `Tổng diện tích rừng bị thiệt hại ${now.text} là 1.513 ha${tail}.`,
      facts: [withP({ v: '1513', u: 'ha' }, now.p)],
    });
  // decided rates: only the inflation figure
  for (const [[now], decided] of cross(VI_PAIRS, [
    ', trong khi lãi suất điều hành giữ ở mức 4,5%',
    '; thuế suất thuế giá trị gia tăng giảm từ 10% xuống 8%',
    ', lãi suất tái cấp vốn được giữ nguyên ở mức 4,5%',
  ]))
    out.push({
      text: `Chỉ số giá tiêu dùng (CPI) ${now.text} tăng 3,2% so với cùng kỳ năm trước${decided}.`,
      facts: [rateFact('3.2', SPLY, now.p)],
    });
  // targets: a target, not a previous actual
  for (const [[now], cmp] of cross(VI_PAIRS, [
    ', vượt mục tiêu 6,5% đề ra',
    ', cao hơn mục tiêu 6,5% Quốc hội giao',
    ', so với mục tiêu tăng 6,5%',
    ' (mục tiêu 6,5%)',
  ]))
    out.push({
      text: `GRDP ${now.text} tăng 7,09%${cmp}.`,
      facts: [rateFact('7.09', '*', now.p), { k: 'target', ch: ['rate 6.5 *'] }],
    });
  // a span of years: one average change
  for (const [shape, a] of cross(
    [
      (x: string) => `Từ năm 2016 đến năm 2019, GRDP tăng bình quân ${x}%/năm.`,
      (x: string) => `Giai đoạn 2016-2020, kim ngạch xuất khẩu tăng bình quân ${x}% mỗi năm.`,
      (x: string) => `Từ 2021 đến 2024, tốc độ tăng trưởng kinh tế bình quân đạt ${x}%/năm.`,
    ],
    ['6,8', '7,1', '12,5'],
  ))
    out.push({ text: shape(a), facts: [rateFact(dot(a), '*')] });
  // a share compared with another period's: neither is a fact, only the change
  for (const [[now], cmp, k] of cross(
    VI_PAIRS,
    [
      (a: string, b: string) => `, chiếm ${a}% tổng kim ngạch, so với ${b}% của cùng kỳ năm trước`,
      (a: string, b: string) => `; tỷ trọng tăng từ ${b}% lên ${a}%`,
      (a: string, b: string) => ` (chiếm ${a}%, cùng kỳ năm trước chiếm ${b}%)`,
    ],
    [0, 1, 2],
  )) {
    const r = pick(['12,4', '8,7', '5,3'], k);
    out.push({
      text: `Xuất khẩu sang Hoa Kỳ ${now.text} tăng ${r}% so với cùng kỳ năm trước${cmp(pick(['29,4', '18,2', '33'], k), pick(['27,1', '16,5', '30,8'], k))}.`,
      facts: [rateFact(dot(r), SPLY, now.p)],
    });
  }
  // a rate set by decision that moves: no fact
  for (const [shape, [from, to], subject] of cross(
    [
      (s: string, a: string, b: string) => `Ngân hàng Nhà nước giảm ${s} từ ${a}% xuống ${b}% từ ngày 19/6/2023.`,
      (s: string, a: string, b: string) => `Năm 2023, ${s} được điều chỉnh giảm từ ${a}% xuống ${b}%.`,
      (s: string, a: string, b: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)} giảm từ ${a}% xuống còn ${b}%.`,
    ],
    [
      ['4,5', '4'],
      ['6', '5,5'],
      ['10', '8'],
    ] as const,
    ['lãi suất tái cấp vốn', 'lãi suất điều hành', 'thuế suất thuế giá trị gia tăng', 'lãi suất tái chiết khấu'],
  ))
    out.push({ text: shape(subject, from, to), facts: [] });
  // `dao động từ … đến …`: a range, no move
  for (const [shape, [lo, hi]] of cross(
    [
      (a: string, b: string) => `Lãi suất cho vay dao động từ ${a}% đến ${b}%/năm.`,
      (a: string, b: string) => `Tốc độ tăng trưởng của các địa phương dao động từ ${a}% đến ${b}%.`,
      (a: string, b: string) => `Lãi suất huy động phổ biến ở mức ${a}-${b}%/năm.`,
    ],
    [
      ['6', '9'],
      ['3,5', '12,1'],
      ['4,2', '7,5'],
      ['5', '6'],
    ] as const,
  ))
    out.push({ text: shape(lo, hi), facts: [] });
  // contributions: not facts
  for (const [[now], contrib] of cross(VI_PAIRS, [
    ' (đóng góp 2,1 điểm phần trăm)',
    ', đóng góp 3,4 điểm phần trăm vào mức tăng chung',
    ' (đóng góp 0,06 điểm %)',
  ]))
    out.push({
      text: `Khu vực công nghiệp và xây dựng ${now.text} tăng 8,2%${contrib}.`,
      facts: [rateFact('8.2', '*', now.p)],
    });
  return out;
}

export const COMPARED_VI: Phrasebook = {
  area: 'compared-vi',
  locale: 'vi',
  cases: [
    ...viRateComparisons(),
    ...viRateMoves(),
    ...viMeasureMoves(),
    ...viComponents(),
    ...viAverages(),
    ...viCompletions(),
    ...viNearMisses(),
  ],
};
