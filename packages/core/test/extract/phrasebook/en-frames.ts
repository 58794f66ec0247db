import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-frames`: the frames English report prose puts a figure in.
 *
 * (a) COMPLETIONS against a plan: the links (`equivalent to`, `representing`, `fulfilling` …) ×
 *     the plan nouns (`the plan`, `the annual estimate`, `the target assigned by the Government`,
 *     possessed plans `the Government's target`, `its annual plan` …) × the three ways of writing
 *     a percentage; exceeding a plan (`surpassing the target by 8.5 percent` = 108.5); two
 *     completions of one value against two plans; a completion with no value; and the near
 *     phrases that are NOT completions (`accounting for 24.5 percent of total revenue` is a share,
 *     `equivalent to 95 percent of the same period last year` a ratio).
 * (b) TARGETS vs ACTUALS: goals, plans and forecasts (`aims to`, `is targeting`, `has set a
 *     target of`, `is expected to`, `is projected to`, third-party forecasts `The World Bank
 *     expects … to grow`), for a value and for a growth rate, against the same measures written
 *     as results in the past tense.
 * (c) PERIODS: `in the first nine months of 2024`, `in January-October 2024`, `in Q3 2024`, `in
 *     the first half of 2024`, `by the end of September 2024`, `during 2023`, `last year` (no
 *     period), fronted or after the value; two years with `respectively`.
 * (d) STAGES: `was estimated at`, `an estimated`, `according to preliminary data`.
 * (e) PROGRESS, (f) LIMITS (round 26), (g) PERIODS IN COMPANY PROSE, (h) A LIST OF COMPLETIONS,
 *     (i) A SECOND RATE OVER ITS OWN PERIOD, (j) A PLAN NOUN GLUED BY A HYPHEN (round 27): see each class.
 *
 * Annotated with the conventions of the real corpus (`real-corpus/test7-en.ts`, `test8-en.ts`):
 * `X% of the plan/estimate/target` is a completion (`c`), exceeding a plan by X% is 100 + X; a
 * goal, plan or forecast for a coming period is `k: 'target'`; a period is given when the sentence
 * names it with its year; a change with no base named is base `*`.
 */

const SPLY = 'same-period-last-year';

/** A measured value as printed, with its value in units and unit code. */
interface Amount {
  readonly text: string;
  readonly v: string;
  readonly u?: string;
}

const AMOUNTS: readonly Amount[] = [
  { text: 'VND1,250.6 trillion', v: '1250600000000000', u: 'VND' },
  { text: 'US$45.5 billion', v: '45500000000', u: 'USD' },
  { text: 'VND 86.4 trillion', v: '86400000000000', u: 'VND' },
  { text: '785 trillion VND', v: '785000000000000', u: 'VND' },
  { text: '$3.2 billion', v: '3200000000', u: 'USD' },
  { text: 'VND12,340 billion', v: '12340000000000', u: 'VND' },
  { text: '17.4 billion USD', v: '17400000000', u: 'USD' },
];

/** Measures a report states as a value (budget, disbursement, trade). */
const MEASURES: readonly string[] = [
  'State budget revenue',
  'Disbursement of public investment capital',
  'The city’s total budget collection',
  'Export turnover',
  'Domestic revenue',
  "The province's public investment disbursement",
  'Total retail sales of goods and services',
];

/** Verbs of a result stated as a value (past tense). */
const RESULT_VERBS: readonly string[] = ['reached', 'hit', 'amounted to', 'totalled', 'stood at', 'was', 'came in at'];

/** Periods that are safe on their own (their id as the corpus writes it). */
const SAFE_PERIODS: readonly (readonly [string, string])[] = [
  ['in the first nine months of 2024', '2024-YTD-09'],
  ['in 2023', '2023'],
  ['in the first half of 2024', '2024-H1'],
  ['in the first quarter of 2025', '2025-Q1'],
];

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** The three ways report English writes a percentage. */
const PERCENT: readonly ((n: string) => string)[] = [(n) => `${n} percent`, (n) => `${n} per cent`, (n) => `${n}%`];

// (a) COMPLETIONS ---------------------------------------------------------------------------

/** Links that make the percentage after them a share of the plan after `of`. */
export const COMPLETION_LINKS: readonly string[] = [
  'equivalent to',
  'equal to',
  'equaling',
  'or',
  'representing',
  'accounting for',
  'making up',
  'fulfilling',
  'meeting',
  'achieving',
  'reaching',
  'completing',
  'hitting',
  'or equivalent to',
];

/** The plan, estimate or target a completion is measured against. */
export const PLAN_NOUNS: readonly string[] = [
  'the plan',
  'the target',
  'the estimate',
  'the budget estimate',
  'the annual plan',
  'the yearly plan',
  'the full-year plan',
  'the full-year target',
  "the year's target",
  'the yearly target',
  'the annual estimate',
  'the assigned target',
  'the projection',
  "the year's estimate",
  'the estimate for the whole year',
  'the plan assigned by the Prime Minister',
  'the target set by the National Assembly',
  'the target assigned by the Government',
  "the Government's target",
  "the National Assembly's estimate",
  "the city's projection",
  "the province's annual plan",
  'its annual plan',
  "the ministry's plan",
  'the allocated capital',
  "the year's allocations",
];

const COMPLETIONS = ['96.2', '48.75', '112.3', '31.4', '87', '104.6', '66.1'];

function completionCases(): PhraseCase[] {
  return cross(COMPLETION_LINKS, PLAN_NOUNS, PERCENT).map(([link, plan, pct], i) => {
    const a = at(AMOUNTS, i);
    const [ptext, p] = at(SAFE_PERIODS, i);
    const c = at(COMPLETIONS, i);
    const text = `${at(MEASURES, i)} ${at(RESULT_VERBS, i)} ${a.text} ${ptext}, ${link} ${pct(c)} of ${plan}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), c, p }] };
  });
}

/** Exceeding a plan by X percent: the completion is 100 + X. */
const EXCEED_FRAMES: readonly ((plan: string, pct: string) => string)[] = [
  (plan, pct) => `surpassing ${plan} by ${pct}`,
  (plan, pct) => `exceeding ${plan} by ${pct}`,
  (plan, pct) => `${pct} above ${plan}`,
  (plan, pct) => `${pct} higher than ${plan}`,
  (plan, pct) => `beating ${plan} by ${pct}`,
  (plan, pct) => `${pct} over ${plan}`,
];

const EXCEED_PLANS: readonly string[] = [
  'the plan',
  'the target',
  'the estimate',
  'the annual plan',
  'the yearly target',
  "the Government's target",
  'the assigned target',
  'the full-year estimate',
];

const EXCEEDS: readonly (readonly [string, string])[] = [
  ['8.5', '108.5'],
  ['12', '112'],
  ['3.4', '103.4'],
  ['21.9', '121.9'],
];

function exceedCases(): PhraseCase[] {
  return cross(EXCEED_FRAMES, EXCEED_PLANS, PERCENT).map(([frame, plan, pct], i) => {
    const a = at(AMOUNTS, i + 2);
    const [by, c] = at(EXCEEDS, i);
    const [ptext, p] = at(SAFE_PERIODS, i + 1);
    const text = `${at(MEASURES, i + 3)} ${at(RESULT_VERBS, i)} ${a.text} ${ptext}, ${frame(plan, pct(by))}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), c, p }] };
  });
}

/** Two plans one value is measured against. */
const PLAN_PAIRS: readonly (readonly [string, string])[] = [
  ["the Government's target", "the city's projection"],
  ['the plan assigned by the National Assembly', 'the plan set by the Prime Minister'],
  ["the central government's estimate", 'the target set by the People’s Council'],
  ['the annual estimate', "the province's own target"],
  ['the target', 'the adjusted plan'],
];

const TWO_LINKS: readonly string[] = ['equivalent to', 'equal to', 'representing', 'or', 'fulfilling', 'meeting'];

function twoCompletionCases(): PhraseCase[] {
  return cross(TWO_LINKS, PLAN_PAIRS, PERCENT).map(([link, [p1, p2], pct], i) => {
    const a = at(AMOUNTS, i + 1);
    const c1 = at(['123.9', '44.24', '116.4', '97.5', '105'], i);
    const c2 = at(['118', '45.57', '112.1', '101.2', '99.8'], i);
    const text = `${at(MEASURES, i)} ${at(RESULT_VERBS, i + 1)} ${a.text}, ${link} ${pct(c1)} of ${p1} and ${pct(c2)} of ${p2}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), c: c1 }, { c: c2 }] };
  });
}

/** A completion stated with no value: `Disbursement reached 36.7 per cent of the plan`. */
const BARE_VERBS: readonly string[] = ['reached', 'hit', 'achieved', 'fulfilled', 'met', 'attained', 'was'];
const BARE_SUBJECTS: readonly string[] = [
  'Disbursement of public investment',
  'State budget revenue',
  'The disbursement rate',
  'Budget collection',
];

function bareCompletionCases(): PhraseCase[] {
  return cross(BARE_VERBS, PLAN_NOUNS.slice(0, 12), [0, 1]).map(([verb, plan, fronted], i) => {
    const c = at(COMPLETIONS, i + 3);
    const [ptext, p] = at(SAFE_PERIODS, i);
    const pct = at(PERCENT, i)(c);
    const subj = at(BARE_SUBJECTS, i);
    const text = fronted
      ? `${ptext[0]?.toUpperCase()}${ptext.slice(1)}, ${subj.charAt(0).toLowerCase()}${subj.slice(1)} ${verb} ${pct} of ${plan}.`
      : `${subj} ${verb} ${pct} of ${plan} ${ptext}.`;
    return { text, facts: [{ c, p }] };
  });
}

/** Adverbs before a completion's percentage: focus (`just`), bound (`over`) and approximation (`about`). */
const COMPLETION_ADVERBS: readonly string[] = [
  'just',
  'only',
  'merely',
  'over',
  'more than',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
];

function adverbCompletionCases(): PhraseCase[] {
  return cross(COMPLETION_ADVERBS, ['reached', 'fulfilled', 'hit', 'was'], PERCENT).map(([adv, verb, pct], i) => {
    const c = at(COMPLETIONS, i + 1);
    const [ptext, p] = at(SAFE_PERIODS, i + 2);
    return {
      text: `${at(BARE_SUBJECTS, i)} ${verb} ${adv} ${pct(c)} of ${at(PLAN_NOUNS, i)} ${ptext}.`,
      facts: [{ c, p }],
    };
  });
}

/**
 * How the year will close, measured against its plan (`is expected to reach VND561 trillion,
 * equivalent to 123.9 percent of the Government's target`): the report's estimate of the result,
 * an actual with the stage `estimate` (`test7-en.ts`), with one or two completions.
 */
const CLOSE_FORECASTS: readonly string[] = [
  'is expected to reach',
  'is projected to reach',
  'is forecast to reach',
  'is estimated to reach',
  'will reach',
  'is expected to hit',
];

function closingForecastCases(): PhraseCase[] {
  return cross(CLOSE_FORECASTS, [false, true], [false, true]).map(([frame, two, deadline], i) => {
    const a = at(AMOUNTS, i);
    const [c1, c2] = at(
      [
        ['123.9', '118'],
        ['116.9', '112.6'],
        ['104.2', '101.5'],
      ],
      i,
    ) as [string, string];
    const tail = two
      ? `, equivalent to ${c1} percent of the Government's target and ${c2} percent of the city's projection.`
      : `, equivalent to ${c1} percent of the target.`;
    const when = deadline ? ' by the end of 2025' : '';
    const value: RealFact = {
      v: a.v,
      ...(a.u ? { u: a.u } : {}),
      c: c1,
      st: 'estimate',
      ...(deadline ? { p: '2025' } : {}),
    };
    return {
      text: `${at(MEASURES, i)} ${frame} ${a.text}${when}${tail}`,
      facts: two ? [value, { c: c2 }] : [value],
    };
  });
}

/**
 * A result so far, then how the year will close against its plan in a second verb phrase (`had
 * collected VND781.6 trillion … and is projected to reach VND785 trillion by the end of 2025,
 * equivalent to 116.9 percent of the target`): the second value is the year's estimated result.
 */
function resultThenClosingCases(): PhraseCase[] {
  return cross(['is projected to reach', 'is expected to reach', 'is forecast to reach'], [false, true]).map(
    ([frame, deadline], i) => {
      const c = at(['116.9', '104.2', '98.7'], i);
      const when = deadline ? ' by the end of 2025' : ' in 2025';
      return {
        text: `As of December 30, the city had collected VND781.6 trillion in budget revenue and ${frame} VND785 trillion${when}, equivalent to ${c} percent of the target.`,
        facts: [
          { v: '781600000000000', u: 'VND' },
          { v: '785000000000000', u: 'VND', c, p: '2025', st: 'estimate' },
        ],
      };
    },
  );
}

/** A goal stated as a completion (`will focus on disbursing 100 per cent of the capital planned for 2025`). */
const COMPLETION_GOALS: readonly string[] = [
  'will focus on disbursing',
  'aims to disburse',
  'strives to disburse',
  'is determined to disburse',
  'targets disbursing',
  'plans to disburse',
  'has set a target of disbursing',
];

function completionGoalCases(): PhraseCase[] {
  return cross(COMPLETION_GOALS, [
    ['of the public investment capital planned for 2025', '2025'],
    ['of the annual plan', undefined],
    ['of the capital allocated for 2026', '2026'],
  ] as const).map(([frame, [plan, p]], i) => {
    const c = at(['100', '95', '97.5'], i);
    return {
      text: `${at(ACTORS, i)} ${frame} ${at(PERCENT, i)(c)} ${plan}.`,
      facts: [{ k: 'target', c, ...(p ? { p } : {}) }] as RealFact[],
    };
  });
}

/** Near phrases that are not completions: a share of a total, a ratio to last year. */
const SHARE_TAILS: readonly string[] = [
  'of total budget revenue',
  'of the total',
  "of the country's total export turnover",
  'of the total State budget revenue',
  'of the city’s total revenue',
  'of total investment',
];

function shareCases(): PhraseCase[] {
  return cross(['accounting for', 'making up', 'representing', 'or'], SHARE_TAILS).map(([link, tail], i) => {
    const a = at(AMOUNTS, i);
    const text = `${at(MEASURES, i + 1)} ${at(RESULT_VERBS, i)} ${a.text} in 2023, ${link} ${at(PERCENT, i)('24.5')} ${tail}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p: '2023' }] };
  });
}

function ratioCases(): PhraseCase[] {
  return cross(['equivalent to', 'equal to', 'or'], ['the same period last year', 'the same period of 2022']).map(
    ([link, base], i) => {
      const a = at(AMOUNTS, i + 4);
      // `the same period of 2022` is annotated `*` in the corpus (`test7-en.ts`)
      const spec = base === 'the same period last year' ? `ratio 95.2 ${SPLY}` : 'ratio 95.2 *';
      const text = `${at(MEASURES, i)} ${at(RESULT_VERBS, i)} ${a.text} in the first nine months of 2023, ${link} ${at(PERCENT, i)('95.2')} of ${base}.`;
      return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p: '2023-YTD-09', ch: [spec] }] };
    },
  );
}

// (b) TARGETS vs ACTUALS --------------------------------------------------------------------

/** Measures with their noun for frames that name the measure after the figure. */
const GOAL_MEASURES: readonly (readonly [subject: string, object: string])[] = [
  ['Export turnover', 'export turnover'],
  ['State budget revenue', 'budget revenue'],
  ['Tourism revenue', 'tourism revenue'],
  ['FDI disbursement', 'FDI disbursement'],
  ['Total retail sales', 'retail sales'],
];

const ACTORS: readonly string[] = ['Vietnam', 'The city', 'Hanoi', 'The province', 'The sector', 'The ministry'];

/** Periods a goal is set for: `p` when the year is named. */
const GOAL_PERIODS: readonly (readonly [string, string | undefined])[] = [
  [' this year', undefined],
  [' in 2025', '2025'],
  [' for 2026', '2026'],
  [' by 2030', '2030'],
  ['', undefined],
];

/**
 * How a frame reads for the current year: `goal` (a goal set: `aims to`, `is targeted at`) and
 * `modal` (`could`, `might`: a possibility) and `outside` (a forecaster outside the report: `The
 * World Bank expects`, `The ADB said … is expected to`) are targets whatever the period; so is a
 * `forecast` of the report's own (`is expected to reach … this year`, `will reach … this year`):
 * round 41 follows every released set, whose annotators read the English press's forecast of the
 * year under way as a target (`test12`, `test18`, `test27`); only a sentence that calls it an
 * estimate (`fresh-en.ts`: `the Government estimated that export revenues will reach 95 billion USD
 * this year`) is the year's estimated close. Rounds 27–40 read it as that estimate.
 */
type FrameKind = 'goal' | 'forecast' | 'modal' | 'outside';

function goalFacts(_kind: FrameKind, _thisYear: boolean, fact: RealFact): RealFact[] {
  return [{ k: 'target', ...fact }];
}

/** Goal and forecast frames for a value: the measure as subject. */
const VALUE_GOALS_MEASURE: readonly (readonly [string, FrameKind])[] = [
  ['is expected to reach', 'forecast'],
  ['is projected to reach', 'forecast'],
  ['is forecast to reach', 'forecast'],
  ['is forecast to hit', 'forecast'],
  ['is likely to reach', 'forecast'],
  ['will reach', 'forecast'],
  ['is on track to reach', 'forecast'],
  ['is predicted to reach', 'forecast'],
  ['is anticipated to hit', 'forecast'],
  ['is set to reach', 'goal'],
  ['is targeted at', 'goal'],
  ['is targeted to reach', 'goal'],
  ['is planned to reach', 'goal'],
  ['is scheduled to reach', 'goal'],
  ['could reach', 'modal'],
  ['could hit', 'modal'],
  ['might reach', 'modal'],
  ['may reach', 'modal'],
];

/** Goal frames for a value with an actor as subject: `A {frame} X in M`. */
const VALUE_GOALS_ACTOR: readonly (readonly [(x: string, m: string) => string, FrameKind])[] = [
  [(x, m) => `aims to reach ${x} in ${m}`, 'goal'],
  [(x, m) => `is targeting ${x} in ${m}`, 'goal'],
  [(x, m) => `targets ${x} in ${m}`, 'goal'],
  [(x, m) => `has set a target of ${x} for ${m}`, 'goal'],
  [(x, m) => `set a target of ${x} in ${m}`, 'goal'],
  [(x, m) => `plans to earn ${x} from ${m}`, 'goal'],
  [(x, m) => `strives to achieve ${x} in ${m}`, 'goal'],
  [(x, m) => `will strive to reach ${x} in ${m}`, 'goal'],
  [(x, m) => `expects ${m} to reach ${x}`, 'goal'],
  [(x, m) => `forecasts ${m} to hit ${x}`, 'goal'],
  [(x, m) => `hopes ${m} will reach ${x}`, 'goal'],
  [(x, m) => `predicted that ${m} would reach ${x}`, 'goal'],
  [(x, m) => `is aiming for ${x} in ${m}`, 'goal'],
  [(x, m) => `aims for ${m} of ${x}`, 'goal'],
  // a verb of adopting goals with its goal noun (`IMP has set a plan for net revenue … of VND 1,750
  // billion`, `sets a cap on total emissions of 185 MtCO2e`): goal-adopted.ts
  [(x, m) => `has set a plan for ${m} of ${x}`, 'goal'],
  [(x, m) => `set a plan for ${m} at ${x}`, 'goal'],
  [(x, m) => `sets a cap on ${m} of ${x}`, 'goal'],
  [(x, m) => `is setting a ceiling on ${m} of ${x}`, 'goal'],
];

/** Forecasters outside the report: their forecast of the current year is a forecast, a target. */
const OUTSIDE: readonly ((m: string, x: string) => string)[] = [
  (m, x) => `The World Bank said ${m} is expected to reach ${x}`,
  (m, x) => `According to the Asian Development Bank, ${m} is forecast to hit ${x}`,
  (m, x) => `Analysts expect ${m} to reach ${x}`,
  (m, x) => `HSBC economists said ${m} will reach ${x}`,
  (m, x) => `The IMF projected that ${m} would reach ${x}`,
];

function valueGoalCases(): PhraseCase[] {
  const byMeasure = cross(VALUE_GOALS_MEASURE, GOAL_PERIODS).map(([[frame, kind], [ptext, p]], i) => {
    const a = at(AMOUNTS, i);
    const [subject] = at(GOAL_MEASURES, i);
    const text = `${subject} ${frame} ${a.text}${ptext}.`;
    return {
      text,
      facts: goalFacts(kind, ptext === ' this year', { v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }),
    };
  });
  const byActor = cross(VALUE_GOALS_ACTOR, GOAL_PERIODS).map(([[frame, kind], [ptext, p]], i) => {
    const a = at(AMOUNTS, i + 3);
    const [, object] = at(GOAL_MEASURES, i);
    const text = `${at(ACTORS, i)} ${frame(a.text, object)}${ptext}.`;
    return {
      text,
      facts: goalFacts(kind, ptext === ' this year', { v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }),
    };
  });
  const outside = cross(OUTSIDE, GOAL_PERIODS.slice(0, 3)).map(([frame, [ptext, p]], i) => {
    const a = at(AMOUNTS, i + 5);
    const [, object] = at(GOAL_MEASURES, i);
    const text = `${frame(object, a.text)}${ptext}.`;
    return {
      text,
      facts: goalFacts('outside', ptext === ' this year', { v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }),
    };
  });
  return [...byMeasure, ...byActor, ...outside];
}

/** Growth goals and forecasts: the rate as a change. */
const GROWTH_GOALS: readonly (readonly [(r: string) => string, FrameKind])[] = [
  [(r) => `Vietnam aims for GDP growth of ${r}`, 'goal'],
  [(r) => `The Government targets GDP growth of ${r}`, 'goal'],
  [(r) => `The city has set a growth target of ${r}`, 'goal'],
  [(r) => `The province set a GRDP growth target of at least ${r}`, 'goal'],
  [(r) => `The Prime Minister raised the growth target to ${r}`, 'goal'],
  [(r) => `Hanoi is aiming for GRDP growth of ${r}`, 'goal'],
  [(r) => `The capital will strive for growth of ${r}`, 'goal'],
  [(r) => `The ministry targets a ${r} increase in export turnover`, 'goal'],
  [(r) => `The city is targeting a ${r} rise in budget revenue`, 'goal'],
  [(r) => `GDP growth is targeted at ${r}`, 'goal'],
  [(r) => `The National Assembly set a GDP growth target of ${r}`, 'goal'],
  [(r) => `Exports are set to increase ${r}`, 'goal'],
  [(r) => `Vietnam's economy is expected to grow ${r}`, 'forecast'],
  [(r) => `GDP is projected to expand by ${r}`, 'forecast'],
  [(r) => `The economy is forecast to grow ${r}`, 'forecast'],
  [(r) => `Export turnover is expected to rise ${r}`, 'forecast'],
  [(r) => `GDP will grow by ${r}`, 'forecast'],
  [(r) => `GDP could grow ${r}`, 'modal'],
  [(r) => `Exports might fall ${r}`, 'modal'],
  [(r) => `The World Bank expects Vietnam's economy to grow ${r}`, 'outside'],
  [(r) => `The ADB forecast Vietnam's GDP to expand ${r}`, 'outside'],
  [(r) => `The IMF said Vietnam's economy is expected to grow ${r}`, 'outside'],
  [(r) => `Economists at UOB predict that GDP will grow ${r}`, 'outside'],
];

function growthGoalCases(): PhraseCase[] {
  return cross(GROWTH_GOALS, GOAL_PERIODS.slice(0, 3), PERCENT).map(([[frame, kind], [ptext, p], pct], i) => {
    const r = at(['6.5', '7', '8.2', '5.5', '6.8'], i);
    const text = `${frame(pct(r))}${ptext}.`;
    const sign = text.includes(' fall ') ? '-' : '';
    return {
      text,
      facts: goalFacts(kind, ptext === ' this year', { ch: [`rate ${sign}${r} *`], ...(p ? { p } : {}) }),
    };
  });
}

/**
 * A year as the first modifier of the goal or forecast noun names the goal's period (`set a 2025
 * GDP growth target of 8 percent`, `kept its 2025 growth forecast at 6.6%`), also after a result of
 * another year in the same sentence.
 */
const GOAL_YEAR_FRAMES: readonly ((y: string, r: string) => string)[] = [
  (y, r) => `The Government set a ${y} GDP growth target of ${r}.`,
  (y, r) => `The ADB kept its ${y} growth forecast for Vietnam at ${r}.`,
  (y, r) => `The IMF cut its ${y} growth projection for Vietnam to ${r}.`,
  (y, r) => `The World Bank raised its ${y} GDP growth forecast to ${r}.`,
  (y, r) => `The National Assembly approved a ${y} growth target of ${r}.`,
  (y, r) => `Hanoi's ${y} GRDP growth target is ${r}.`,
];

const GOAL_YEAR_VALUES: readonly ((y: string, x: string) => string)[] = [
  (y, x) => `The city's ${y} budget revenue target is ${x}.`,
  (y, x) => `The province set its ${y} export target at ${x}.`,
  (y, x) => `Exports reached US$2.9 billion in 2023, and the ${y} export target is ${x}.`,
  (y, x) => `The sector's ${y} export goal is ${x}.`,
];

function goalYearCases(): PhraseCase[] {
  const rates = cross(GOAL_YEAR_FRAMES, ['2024', '2025'], PERCENT).map(([frame, y, pct], i) => {
    const r = at(['6.5', '8', '6.8', '5.8'], i);
    return { text: frame(y, pct(r)), facts: [{ k: 'target', ch: [`rate ${r} *`], p: y }] as RealFact[] };
  });
  const values = cross(GOAL_YEAR_VALUES, ['2024', '2025', '2026']).map(([frame, y], i) => {
    const a = at(AMOUNTS, i);
    const goal: RealFact = { k: 'target', v: a.v, ...(a.u ? { u: a.u } : {}), p: y };
    const facts: RealFact[] = frame('', '').startsWith('Exports reached')
      ? [{ v: '2900000000', u: 'USD', p: '2023' }, goal]
      : [goal];
    return { text: frame(y, a.text), facts };
  });
  return [...rates, ...values];
}

/**
 * Goals counted in visitors or stated as a noun of a goal with its gerund (`aims to welcome 18
 * million international visitors`, `the goal of welcoming 5 million foreign tourists`): a count
 * without a unit, a target.
 */
const COUNT_GOALS: readonly ((n: string) => string)[] = [
  (n) => `Vietnam aims to welcome ${n} international visitors`,
  (n) => `The sector set the goal of welcoming ${n} foreign tourists`,
  (n) => `The city targets ${n} international arrivals`,
  (n) => `Da Nang expects to serve ${n} visitors`,
  (n) => `The province plans to attract ${n} tourists`,
  (n) => `Hanoi is striving to welcome ${n} visitors`,
];

function countGoalCases(): PhraseCase[] {
  return cross(COUNT_GOALS, GOAL_PERIODS.slice(0, 3)).map(([frame, [ptext, p]], i) => {
    const [n, v] = at(
      [
        ['18 million', '18000000'],
        ['5.5 million', '5500000'],
        ['750,000', '750000'],
      ],
      i,
    ) as [string, string];
    return { text: `${frame(n)}${ptext}.`, facts: [{ k: 'target', v, ...(p ? { p } : {}) }] as RealFact[] };
  });
}

/** Results written with the same measures and verbs in the past tense. */
const VALUE_RESULTS: readonly string[] = [
  'reached',
  'hit',
  'amounted to',
  'totalled',
  'stood at',
  'was',
  'came to',
  'rose to',
  'climbed to',
];

function valueResultCases(): PhraseCase[] {
  return cross(VALUE_RESULTS, [
    [' last year', undefined],
    [' in 2024', '2024'],
    ['', undefined],
  ] as const).map(([verb, [ptext, p]], i) => {
    const a = at(AMOUNTS, i);
    const [subject] = at(GOAL_MEASURES, i);
    const text = `${subject} ${verb} ${a.text}${ptext}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }] };
  });
}

/**
 * Near-misses of the goals adopted with `set`: `set` with no goal noun (a record, a new high, a fund
 * set up), an event before the figures (`After … set a cap`), a second verb of its own after the
 * goal noun (`set a plan … and collected`) — results.
 */
const SET_RESULTS: readonly ((x: string, m: string) => string)[] = [
  (x, m) => `has set a record of ${x} in ${m}`,
  (x, m) => `set a new high of ${x} in ${m}`,
  (x, m) => `has set up a fund of ${x} from ${m}`,
  (x, m) => `set a plan in January and collected ${x} in ${m}`,
];

function setResultCases(): PhraseCase[] {
  const own = cross(SET_RESULTS, [
    [' last year', undefined],
    [' in 2024', '2024'],
  ] as const).map(([frame, [ptext, p]], i) => {
    const a = at(AMOUNTS, i + 1);
    const [, object] = at(GOAL_MEASURES, i);
    const text = `${at(ACTORS, i)} ${frame(a.text, object)}${ptext}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }] };
  });
  const after = GOAL_MEASURES.slice(0, 3).map(([subject, object], i) => {
    const a = at(AMOUNTS, i + 2);
    return {
      text: `After the government set a cap on ${object}, ${subject.toLowerCase()} fell to ${a.text} in 2024.`,
      facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p: '2024' }],
    };
  });
  return [...own, ...after];
}

const GROWTH_RESULTS: readonly ((r: string) => string)[] = [
  (r) => `Vietnam's economy grew ${r}`,
  (r) => `GDP expanded by ${r}`,
  (r) => `Export turnover rose ${r}`,
  (r) => `Budget revenue increased by ${r}`,
  (r) => `The city's GRDP grew by ${r}`,
  (r) => `Retail sales went up ${r}`,
];

function growthResultCases(): PhraseCase[] {
  return cross(GROWTH_RESULTS, [
    [' last year', undefined],
    [' in 2024', '2024'],
  ] as const).map(([frame, [ptext, p]], i) => {
    const r = at(['6.5', '7.09', '8.2', '5.05'], i);
    const text = `${frame(at(PERCENT, i)(r))}${ptext}.`;
    return { text, facts: [{ ch: [`rate ${r} *`], ...(p ? { p } : {}) }] };
  });
}

/**
 * An absolute change restated as a percentage between commas, then the level reached or a base
 * (`fell by $5.8 billion, or 11 percent, to $45.5 billion`): the percentage is the change, the
 * level the value; in a forecast frame (`expects exports to fall …`) both are the target's.
 */
const ABS_VERBS: readonly (readonly [past: string, base: string, sign: 1 | -1])[] = [
  ['rose by', 'rise by', 1],
  ['increased by', 'increase by', 1],
  ['grew by', 'grow by', 1],
  ['climbed', 'climb', 1],
  ['fell by', 'fall by', -1],
  ['dropped by', 'drop by', -1],
  ['declined by', 'decline by', -1],
  ['decreased', 'decrease', -1],
];

function absoluteOrRateCases(): PhraseCase[] {
  const tails = ['level', 'base', 'end'] as const;
  return cross(ABS_VERBS, tails, PERCENT, [false, true]).map(([[past, base, sign], tail, pct, goal], i) => {
    const [subject, object] = at(GOAL_MEASURES, i);
    const a = at(AMOUNTS, i);
    const r = at(['11', '8.5', '4.2', '15.3'], i);
    const ch = `rate ${sign < 0 ? '-' : ''}${r} ${tail === 'base' ? SPLY : '*'}`;
    const head = goal
      ? `${at(['The ministry expects', 'Analysts expect'], i)} ${object} to ${base}`
      : `${subject} ${past}`;
    const rest = tail === 'level' ? `, to ${a.text} in 2024.` : tail === 'base' ? ', from a year earlier.' : '.';
    const text = `${head} $1.3 billion, or ${pct(r)}${rest}`;
    const fact: RealFact =
      tail === 'level' ? { v: a.v, ...(a.u ? { u: a.u } : {}), ch: [ch], p: '2024' } : { ch: [ch] };
    return { text, facts: [goal ? { k: 'target', ...fact } : fact] };
  });
}

// (c) PERIODS -------------------------------------------------------------------------------

/** Period phrases and their ids (`undefined`: the sentence names no year). */
export const PERIODS: readonly (readonly [string, string | undefined])[] = [
  ['in the first nine months of 2024', '2024-YTD-09'],
  ['in the first 9 months of 2024', '2024-YTD-09'],
  ['in the first ten months of this year', undefined],
  ['in the first two months of 2024', '2024-YTD-02'],
  ['in January-October 2024', '2024-YTD-10'],
  ['in Jan-Oct 2024', '2024-YTD-10'],
  ['in the January-October period of 2024', '2024-YTD-10'],
  ['in the January-March quarter of 2024', '2024-Q1'],
  ['in the first quarter of 2024', '2024-Q1'],
  ['in Q3 2024', '2024-Q3'],
  ['in the third quarter of 2024', '2024-Q3'],
  ['in the first half of 2024', '2024-H1'],
  ['in H1 2024', '2024-H1'],
  ['in the second half of 2023', '2023-H2'],
  ['in the first six months of 2024', '2024-H1'],
  ['by the end of September 2024', '2024-YTD-09'],
  ['in October 2024', '2024-10'],
  ['in 2023', '2023'],
  ['during 2023', '2023'],
  ['in the whole of 2023', '2023'],
  ['last year', undefined],
  ['in the 10-month period', undefined],
  ['in the ten-month period of 2024', '2024-YTD-10'],
  ['during the 10-month period of 2024', '2024-YTD-10'],
  ['for the nine-month period of 2023', '2023-YTD-09'],
  ['in the first 10 months of 2024', '2024-YTD-10'],
  ['between January and October 2024', '2024-YTD-10'],
  ['from January to September 2024', '2024-YTD-09'],
  ['between April and June 2024', '2024-Q2'],
  ['from July to December 2023', '2023-H2'],
  ['from the beginning of the year to July 20', undefined],
];

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function periodCases(): PhraseCase[] {
  return cross(PERIODS, [false, true]).map(([[ptext, p], fronted], i) => {
    const a = at(AMOUNTS, i);
    const m = at(MEASURES, i);
    const r = at(['12.4', '8.7', '21.3', '5.6'], i);
    const change = `up ${at(PERCENT, i)(r)} year-on-year`;
    const text = fronted
      ? `${capital(ptext)}, ${m.charAt(0).toLowerCase()}${m.slice(1)} ${at(RESULT_VERBS, i)} ${a.text}, ${change}.`
      : `${m} ${at(RESULT_VERBS, i)} ${a.text} ${ptext}, ${change}.`;
    return {
      text,
      facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), ch: [`rate ${r} ${SPLY}`], ...(p ? { p } : {}) }],
    };
  });
}

/** Two years, two rates, `respectively`. */
function respectivelyCases(): PhraseCase[] {
  const frames: readonly ((y1: string, y2: string, r1: string, r2: string) => string)[] = [
    (y1, y2, r1, r2) =>
      `In ${y1} and ${y2}, the number of international arrivals plunged ${r1} and ${r2} respectively.`,
    (y1, y2, r1, r2) => `In ${y1} and ${y2}, export turnover fell ${r1} and ${r2}, respectively.`,
    (y1, y2, r1, r2) => `The number of foreign visitors dropped ${r1} and ${r2} in ${y1} and ${y2} respectively.`,
    (y1, y2, r1, r2) => `Budget revenue declined by ${r1} and ${r2} in ${y1} and ${y2}, respectively.`,
  ];
  return cross(frames, PERCENT).map(([frame, pct], i) => {
    const [y1, y2] = at(
      [
        ['2020', '2021'],
        ['2022', '2023'],
      ],
      i,
    ) as [string, string];
    const [r1, r2] = at(
      [
        ['78.7', '95.9'],
        ['12.5', '8.3'],
        ['4.6', '10'],
      ],
      i,
    ) as [string, string];
    return {
      text: frame(y1, y2, pct(r1), pct(r2)),
      facts: [
        { ch: [`rate -${r1} *`], p: y1 },
        { ch: [`rate -${r2} *`], p: y2 },
      ],
    };
  });
}

// (d) STAGES --------------------------------------------------------------------------------

const STAGE_FRAMES: readonly (readonly [(m: string, x: string, pt: string) => string, string])[] = [
  [(m, x, pt) => `${m} was estimated at ${x} ${pt}`, 'estimate'],
  [(m, x, pt) => `${m} is estimated at ${x} ${pt}`, 'estimate'],
  [(m, x, pt) => `${m} was estimated to reach ${x} ${pt}`, 'estimate'],
  [(m, x, pt) => `${m} reached an estimated ${x} ${pt}`, 'estimate'],
  [(m, x, pt) => `${capital(pt)}, ${m.charAt(0).toLowerCase()}${m.slice(1)} was estimated at ${x}`, 'estimate'],
  [
    (m, x, pt) => `According to preliminary data, ${m.charAt(0).toLowerCase()}${m.slice(1)} reached ${x} ${pt}`,
    'preliminary',
  ],
  [
    (m, x, pt) => `Preliminary figures show that ${m.charAt(0).toLowerCase()}${m.slice(1)} reached ${x} ${pt}`,
    'preliminary',
  ],
  [
    (m, x, pt) => `According to provisional data, ${m.charAt(0).toLowerCase()}${m.slice(1)} reached ${x} ${pt}`,
    'preliminary',
  ],
  [(m, x, pt) => `${m} reached a provisional ${x} ${pt}`, 'preliminary'],
  [(m, x, pt) => `${m} was provisionally estimated at ${x} ${pt}`, 'estimate'],
];

function stageCases(): PhraseCase[] {
  return cross(STAGE_FRAMES, SAFE_PERIODS, [false, true]).map(([[frame, st], [ptext, p], withChange], i) => {
    const a = at(AMOUNTS, i + 1);
    const r = at(['9.3', '14.1', '3.8'], i);
    const tail = withChange ? `, up ${at(PERCENT, i)(r)} year-on-year` : '';
    const text = `${frame(at(MEASURES, i), a.text, ptext)}${tail}.`;
    const fact: RealFact = {
      v: a.v,
      ...(a.u ? { u: a.u } : {}),
      st,
      p,
      ...(withChange ? { ch: [`rate ${r} ${SPLY}`] } : {}),
    };
    return { text, facts: [fact] };
  });
}

/**
 * (e) PROGRESS of a project (round 26): a percentage with a progress adjective that ends its
 * clause (`is approximately 70% complete`, `was 92 per cent finished`) or a percentage of the
 * project's whole work (`73.5% of the construction work has been completed`, `completed 62 percent
 * of the total workload`) is a completion; a goal of progress after a finished clause and a joiner
 * (`has been completed and contractors are aiming to complete 85% of the construction work by the
 * end of 2020`) is a target. Near-misses: a share of people who completed something (`70%
 * completed the course`), a share of the workforce, a percentage of respondents.
 */
function progressCases(): PhraseCase[] {
  const projects = [
    'The Long Thanh airport terminal',
    'Metro Line 1',
    'The Thu Thiem 2 bridge',
    'The ring road project',
  ];
  const shapes: readonly ((p: string, x: string) => PhraseCase)[] = [
    (p, x) => ({ text: `${p} is approximately ${x}% complete.`, facts: [{ c: x }] }),
    (p, x) => ({ text: `${p} was ${x} per cent finished by the end of 2023.`, facts: [{ c: x, p: '2023' }] }),
    (p, x) => ({ text: `${p} is ${x} percent completed and is due to open next year.`, facts: [{ c: x }] }),
    (p, x) => ({
      text: `To date, about ${x}% of the construction work of ${p} has been completed.`,
      facts: [{ c: x }],
    }),
    (p, x) => ({ text: `The contractor of ${p} has completed ${x} percent of the total workload.`, facts: [{ c: x }] }),
    (p, x) => ({
      text: `Work on ${p} has resumed and the investor aims to complete ${x}% of the construction volume by the end of 2025.`,
      facts: [{ c: x, k: 'target', p: '2025' }],
    }),
  ];
  const cases = cross(shapes, projects, ['73.5', '85', '92']).map(([shape, p, x]) => shape(p, x));
  const nearMisses: PhraseCase[] = [
    { text: 'About 70% completed the course in 2023.', facts: [] },
    { text: 'Women make up 30% of the workforce.', facts: [] },
    { text: 'Nearly 64% of respondents said the job was done.', facts: [] },
    { text: 'The city completed its plan and exports rose 5% in 2023.', facts: [{ ch: ['rate 5 *'], p: '2023' }] },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (f) LIMITS and QUOTAS as goals (round 26): `the overall credit growth limit of 14% for 2022`, `a
 * quota of 80,000 workers for 2024`, `the ceiling of 60 percent of GDP` — the figure a limit sets is
 * a target. Near-misses: a result beside the limit stays a result (`Credit grew 13.5% in 2023, within
 * the limit of 15%`), a market capitalisation is no cap.
 */
function limitCases(): PhraseCase[] {
  const shapes: readonly ((x: string, y: string) => PhraseCase)[] = [
    (x, y) => ({
      text: `Several banks have neared the overall credit growth limit of ${x}% for ${y}.`,
      facts: [{ ch: [`rate ${x} *`], k: 'target', p: y }],
    }),
    (x, y) => ({
      text: `Japan set a quota of ${x},000 workers for ${y}.`,
      facts: [{ v: `${x}000`, k: 'target', p: y }],
    }),
    (x, y) => ({
      text: `In ${y}, lenders stayed within a growth limit of ${x} percent set by the central bank.`,
      facts: [{ ch: [`rate ${x} *`], k: 'target', p: y }],
    }),
  ];
  const cases = cross(shapes, ['14', '15', '80'], ['2022', '2024']).map(([shape, x, y]) => shape(x, y));
  const nearMisses: PhraseCase[] = [
    {
      text: 'Credit grew 13.5% in 2023, within the limit of 15%.',
      facts: [
        { ch: ['rate 13.5 *'], p: '2023' },
        { ch: ['rate 15 *'], k: 'target', p: '2023' },
      ],
    },
    {
      text: 'The market cap of Vinamilk reached $7 billion in 2023.',
      facts: [{ v: '7000000000', u: 'USD', p: '2023' }],
    },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (g) PERIODS IN COMPANY PROSE (round 27): an ordinal in digits (`the 1st quarter of 2020`, `the
 * 2nd half of 2023`, `the 3rd quarter`, as printed `the 2rd Quarter`), a count of months as the
 * compound adjective of its noun (`first 5-month profit of 2020`, `the first nine-month revenue of
 * 2023`; six months the first half) and the end of a quarter a stock is measured at (`at the end of
 * 3Q2023`, `at the end of Q2 2024`, `at the end of the third quarter of 2023`). Near-misses: a
 * count of months without `of` and its year after the noun is a duration (`its first 5-month
 * contract in 2020` is dated 2020 only), the end of a month stays the base of a change
 * (`from the end of June 2023`), a fifth quarter names none.
 */
function companyPeriodCases(): PhraseCase[] {
  const ordinals: readonly (readonly [string, string])[] = [
    ['in the 1st quarter of 2020', '2020-Q1'],
    ['in the 2nd quarter of 2021', '2021-Q2'],
    ['in the 3rd quarter of 2019', '2019-Q3'],
    ['in the 4th quarter of 2022', '2022-Q4'],
    ['in the 2rd Quarter of 2018', '2018-Q2'],
    ['in the 1st half of 2023', '2023-H1'],
    ['in the 2nd half of 2024', '2024-H2'],
    ['in the 1st Quarter of 2020', '2020-Q1'],
  ];
  const adjectives: readonly (readonly [string, string, string])[] = [
    ['Total first 5-month profit of 2020', 'profit', '2020-YTD-05'],
    ['The first nine-month net revenue of 2023', 'revenue', '2023-YTD-09'],
    ['Its first 6-month revenue of 2022', 'revenue', '2022-H1'],
    ['The first 10-month export turnover of 2024', 'turnover', '2024-YTD-10'],
  ];
  const quarterEnds: readonly (readonly [string, string])[] = [
    ['at the end of 3Q2023', '2023-Q3'],
    ['at the end of Q2 2024', '2024-Q2'],
    ['at the end of the third quarter of 2023', '2023-Q3'],
    ['at the end of 1H2022', '2022-H1'],
  ];
  const stocks = ['The consolidated cash balance', 'Outstanding loans', 'Total assets', 'Customer deposits'];
  const ordinalCases = cross(ordinals, [false, true]).map(([[ptext, p], fronted], i) => {
    const a = at(AMOUNTS, i);
    const m = at(MEASURES, i);
    const r = at(['12.4', '8.7', '21.3', '5.6'], i);
    const text = fronted
      ? `${capital(ptext)}, ${m.charAt(0).toLowerCase()}${m.slice(1)} reached ${a.text}, up ${r}% year-on-year.`
      : `${m} ${ptext} reached ${a.text}, up ${r}% year-on-year.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), ch: [`rate ${r} ${SPLY}`], p }] };
  });
  const adjectiveCases = cross(adjectives, ['reached', 'was']).map(([[subject, , p], verb], i) => {
    const a = at(AMOUNTS, i + 1);
    return { text: `${subject} ${verb} ${a.text}.`, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p }] };
  });
  const endCases = cross(quarterEnds, stocks).map(([[ptext, p], stock], i) => {
    const a = at(AMOUNTS, i + 2);
    return { text: `${stock} was ${a.text} ${ptext}.`, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p }] };
  });
  const nearMisses: PhraseCase[] = [
    {
      text: 'The company signed its first 5-month contract in 2020, worth VND 5 billion.',
      facts: [{ v: '5000000000', u: 'VND', p: '2020' }],
    },
    {
      text: 'Customer deposits rose 5% from the end of June 2023.',
      facts: [{ ch: ['rate 5 2023-06'] }],
    },
    {
      text: 'Outstanding loans grew 7.2% compared with the end of December 2022.',
      facts: [{ ch: ['rate 7.2 2022-12'] }],
    },
    {
      text: 'Total assets at the end of Q2 2024 rose 4% from the end of 2023.',
      facts: [{ ch: ['rate 4 2023-12'], p: '2024-Q2' }],
    },
  ];
  return [...ordinalCases, ...adjectiveCases, ...endCases, ...nearMisses];
}

/**
 * (h) A LIST OF COMPLETIONS (round 27): `net revenue and PBT were VND 479 billion and VND 99
 * billion, completing 27.4% and 28.3% of the 2023 target`, `has completed 56.2% and 41.2% of its
 * target` — percentages joined by `and` before one plan phrase are each a completion of that plan;
 * after as many values they are those values' completions, in order, and with no value each is a
 * fact of its own. Near-misses: two completions of one value against two plans stay as they were
 * (the first the value's), a share list (`accounted for 94% and 92% of the group's total`) is no
 * completion, and one value before two completions pairs nothing (a second list joined to a first,
 * `… of the plan and 37% and 38% of our forecast`, is in `r27-en.test.ts`: its last percentage is
 * read as a completion of the forecast, a silent wrong number left to the doubts).
 */
function listedCompletionCases(): PhraseCase[] {
  const pairs: readonly (readonly [string, string])[] = [
    ['net revenue and pre-tax profit', 'were'],
    ['revenue and after-tax profit', 'reached'],
    ['sales and net profit', 'stood at'],
    ['turnover and profit', 'were'],
  ];
  const links = ['completing', 'fulfilling', 'reaching', 'equivalent to'];
  const plans = ['the 2023 target', 'the annual plan', 'the full-year plan', "the year's target"];
  const cases = cross(pairs, links, plans).map(([[names, verb], link, plan], i) => {
    const x1 = at(AMOUNTS, i);
    const x2 = at(AMOUNTS, i + 3);
    const c1 = at(['27.4', '44', '56.2', '84'], i);
    const c2 = at(['28.3', '47', '41.2', '82.5'], i + 1);
    const [ptext, p] = at(SAFE_PERIODS, i);
    const text = `${capital(ptext)}, the company's ${names} ${verb} ${x1.text} and ${x2.text}, ${link} ${c1}% and ${c2}% of ${plan}.`;
    return {
      text,
      facts: [
        { v: x1.v, ...(x1.u ? { u: x1.u } : {}), c: c1, p },
        { v: x2.v, ...(x2.u ? { u: x2.u } : {}), c: c2, p },
      ],
    };
  });
  const bare = cross(['has completed', 'completed', 'achieved'], plans).map(([verb, plan], i) => {
    const c1 = at(['56.2', '29.5', '63'], i);
    const c2 = at(['41.2', '30.8', '58.5'], i + 1);
    return {
      text: `The distributor ${verb} ${c1}% and ${c2}% of ${plan} in revenue and profit.`,
      facts: [{ c: c1 }, { c: c2 }],
    };
  });
  const nearMisses: PhraseCase[] = [
    {
      text: 'Revenue reached VND 500 billion, equal to 95% of the plan and 102% of the estimate.',
      facts: [{ v: '500000000000', u: 'VND', c: '95' }, { c: '102' }],
    },
    {
      text: "Revenue and profit accounted for 94% and 92% of the group's total, respectively.",
      facts: [],
    },
    {
      text: 'Revenue was VND 500 billion, completing 44% and 47% of the plan.',
      facts: [{ v: '500000000000', u: 'VND', c: '44' }, { c: '47' }],
    },
  ];
  return [...cases, ...bare, ...nearMisses];
}

/**
 * (i) A SECOND RATE OVER ITS OWN PERIOD (round 27): `Net revenue increased by 2.1% YoY in 9M2023
 * and 3.3% YoY in 3Q2023`, `grew its operating profit by 45.5% YoY in 9M2023 and 47.3% YoY in
 * 3Q2023` — a company's result over the year to date and over the quarter, each rate with its own
 * shorthand period after `in`. Near-misses: `in` before no period (`and 6% in the north`, `and 7% in
 * value`) keeps the second rate the first statement's.
 */
function twoPeriodRateCases(): PhraseCase[] {
  const periods: readonly (readonly [string, string, string, string])[] = [
    ['9M2023', '2023-YTD-09', '3Q2023', '2023-Q3'],
    ['1H2024', '2024-H1', '2Q2024', '2024-Q2'],
    ['FY2023', '2023', '4Q2023', '2023-Q4'],
    ['9M2024', '2024-YTD-09', 'Q3 2024', '2024-Q3'],
  ];
  const verbs = ['increased by', 'grew', 'rose', 'was up'];
  const bases: readonly (readonly [string, string])[] = [
    ['YoY', SPLY],
    ['y/y', SPLY],
    ['year-on-year', SPLY],
  ];
  const cases = cross(periods, verbs, bases).map(([[p1t, p1, p2t, p2], verb, [bt, base]], i) => {
    const m = at(['Net revenue', 'Operating profit', 'Retail sales', 'Net profit'], i);
    const r1 = at(['2.1', '45.5', '12.4', '8'], i);
    const r2 = at(['3.3', '47.3', '15.1', '6.5'], i + 1);
    return {
      text: `${m} ${verb} ${r1}% ${bt} in ${p1t} and ${r2}% ${bt} in ${p2t}.`,
      facts: [
        { ch: [`rate ${r1} ${base}`], p: p1 },
        { ch: [`rate ${r2} ${base}`], p: p2 },
      ],
    };
  });
  const nearMisses: PhraseCase[] = [
    { text: 'Sales grew 4% in Q1 2024 and 6% in the north.', facts: [{ ch: ['rate 4 *'], p: '2024-Q1' }] },
    { text: 'Exports rose 5% in 2023 and 7% in value.', facts: [{ ch: ['rate 5 *'], p: '2023' }] },
    {
      text: 'Inflation eased for a second month: the World Bank raised its 2024 growth forecast to 5.8 per cent.',
      facts: [{ ch: ['rate 5.8 *'], k: 'target', p: '2024' }],
    },
  ];
  return [...cases, ...nearMisses];
}

/**
 * (j) A PLAN NOUN GLUED BY A HYPHEN (round 27): `this figure met only 29.8% of year-target`, `of the
 * full-year-plan`, `of the 2024-target` — the plan noun glued after a hyphen heads the plan phrase
 * as it does after a space. Near-misses: a hyphenated modifier with a noun of its own after it
 * (`of off-plan apartment sales`, `of the five-year-plan projects`, `of the year-plan-based quotas`)
 * is no plan: a share, no completion.
 */
function hyphenPlanCases(): PhraseCase[] {
  const plans = [
    'year-target',
    'the year-target',
    'the full-year-target',
    'the annual-plan',
    'the year-plan',
    'the 2024-target',
    'the five-year-plan',
    'its full-year-plan',
  ];
  const links = ['completing', 'equivalent to', 'fulfilling', 'reaching'];
  const valued = cross(links, plans).map(([link, plan], i) => {
    const a = at(AMOUNTS, i);
    const [ptext, p] = at(SAFE_PERIODS, i);
    const c = at(COMPLETIONS, i);
    const text = `${at(MEASURES, i)} ${at(RESULT_VERBS, i)} ${a.text} ${ptext}, ${link} ${at(PERCENT, i)(c)} of ${plan}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), c, p }] };
  });
  const bare = cross(['met only', 'reached', 'achieved'], plans).map(([verb, plan], i) => {
    const c = at(['29.8', '41.5', '76', '103.2'], i);
    const subject = at(['This figure', 'Pre-tax profit', 'The company'], i);
    return { text: `${subject} ${verb} ${at(PERCENT, i + 1)(c)} of ${plan}.`, facts: [{ c }] };
  });
  const nearMisses: PhraseCase[] = [
    'of off-plan sales',
    'of the year-plan-based quotas',
    'of off-plan apartment sales',
    'of the five-year-plan projects',
  ].map((tail, i) => {
    const a = at(AMOUNTS, i);
    const text = `${at(MEASURES, i + 1)} ${at(RESULT_VERBS, i)} ${a.text} in 2023, accounting for ${at(PERCENT, i)('24.5')} ${tail}.`;
    return { text, facts: [{ v: a.v, ...(a.u ? { u: a.u } : {}), p: '2023' }] };
  });
  return [...valued, ...bare, ...nearMisses];
}

/**
 * (k) `WOULD` BEFORE A VERB OF A LEVEL (round 28): the future in the past of a plan, a budget or a
 * forecast (`state budget expenditures would be VND2.07 quadrillion`, `the profit would be $82.7
 * million`, `would set a record high of 18 billion USD by 2023`) is a target, whatever the period,
 * in every order: the measure or a plan noun as subject, a fronted year, a reported clause.
 * Near-misses: a hypothetical restatement after `Excluding`/`Without` (a result), the report's own
 * estimate (`estimated that … would hit`), a comparison after the verb (`would be higher than the
 * 5.1% of 2023`), a past guess (`would have reached`).
 */
function wouldCases(): PhraseCase[] {
  const frames: readonly ((m: string, x: string) => string)[] = [
    (m, x) => `${m} would be ${x}`,
    (m, x) => `${m} would reach ${x}`,
    (m, x) => `${m} would hit ${x}`,
    (m, x) => `${m} would total ${x}`,
    (m, x) => `${m} would rise to ${x}`,
    (m, x) => `${m} would set a new record of ${x}`,
    (m, x) => `${m} would amount to ${x}`,
  ];
  const subjects: readonly ((m: string) => string)[] = [
    (m) => m,
    (m) => `Under the draft plan, ${m.toLowerCase()}`,
    (m) => `The ministry said ${m.toLowerCase()}`,
    (m) => `In the plan, ${m.toLowerCase()}`,
  ];
  const targets = cross(frames, subjects).map(([frame, subject], i) => {
    const a = at(AMOUNTS, i + 1);
    const [m] = at(GOAL_MEASURES, i);
    const [ptext, p] = at(GOAL_PERIODS, i);
    const text = `${frame(subject(m), a.text)}${ptext}.`;
    return { text, facts: [{ k: 'target' as const, v: a.v, ...(a.u ? { u: a.u } : {}), ...(p ? { p } : {}) }] };
  });
  const results: PhraseCase[] = GOAL_MEASURES.flatMap(([m, object], i) => {
    const a = at(AMOUNTS, i + 2);
    const u = a.u ? { u: a.u } : {};
    return [
      { text: `Excluding crude oil, ${object} would be ${a.text} in 2024.`, facts: [{ v: a.v, ...u, p: '2024' }] },
      {
        text: `The agency estimated that ${object} would hit ${a.text} in 2023.`,
        facts: [{ v: a.v, ...u, p: '2023', st: 'estimate' }],
      },
      { text: `Without the storm, ${object} would have reached ${a.text}.`, facts: [{ v: a.v, ...u }] },
      { text: `${m} rose to ${a.text} in 2024 and would keep growing.`, facts: [{ v: a.v, ...u, p: '2024' }] },
    ];
  });
  return [...targets, ...results];
}

/**
 * (l) A FIGURE AS THE SUBJECT OF A FUTURE OR A POSSIBILITY (round 28): `Around 80,000ha of rice and
 * fruit farms could be impacted`, `In the third quarter, 80 percent of State investment will be
 * disbursed`, `up to 150 GW of wind and solar projects could be delayed` — the subject's noun phrase
 * may join two nouns, hold a period, be a share, and follow a fronted period: a target. Near-misses:
 * the subject's own past verb before the joiner (`were exported and prices could rise`), a figure
 * that does not open its clause — results.
 */
function subjectFutureCases(): PhraseCase[] {
  const subjects: readonly (readonly [string, RealFact])[] = [
    ['12,000 ha of coffee and pepper farms', { v: '12000', u: 'ha' }],
    ['3,000 tonnes of rice and maize', { v: '3000', u: 'tonne' }],
    ['60 percent of the capital', { v: '60', u: 'percent' }],
    ['25% of the labour force', { v: '25', u: 'percent' }],
    ['4,500 tonnes of coffee beans', { v: '4500', u: 'tonne' }],
    ['800 ha of forest and farmland', { v: '800', u: 'ha' }],
  ];
  const futures = ['will be', 'could be', 'might be', 'are expected to be'];
  const fronts: readonly (readonly [string, string | undefined])[] = [
    ['', undefined],
    ['In 2026, ', '2026'],
    ['By 2030, ', '2030'],
    ['In the fourth quarter, ', undefined],
  ];
  const targets = cross(subjects, futures).map(([[subject, fact], future], i) => {
    const [front, p] = at(fronts, i);
    const lead = front === '' ? `${at(['Around', 'Some', 'About'], i)} ${subject}` : `${front}${subject}`;
    const text = `${lead.charAt(0).toUpperCase()}${lead.slice(1)} ${future} ${at(['affected', 'shipped', 'disbursed', 'added'], i)} this season.`;
    const bound = front === '' && lead.startsWith('Around') ? { a: 'about' as const } : {};
    const approx = front === '' && (lead.startsWith('Some') || lead.startsWith('About')) ? { a: 'about' as const } : {};
    return { text, facts: [{ k: 'target' as const, ...fact, ...bound, ...approx, ...(p ? { p } : {}) }] };
  });
  const results: PhraseCase[] = subjects.slice(0, 4).flatMap(([subject, fact]) => [
    {
      text: `In 2024, ${subject} were sold and prices could rise.`,
      facts: [{ ...fact, p: '2024' }],
    },
    {
      text: `Last year, ${subject} were harvested and the province will expand the area.`,
      facts: [{ ...fact }],
    },
  ]);
  return [...targets, ...results];
}

export const EN_FRAMES: Phrasebook = {
  area: 'en-frames',
  locale: 'en',
  cases: [
    ...completionCases(),
    ...exceedCases(),
    ...twoCompletionCases(),
    ...bareCompletionCases(),
    ...adverbCompletionCases(),
    ...closingForecastCases(),
    ...resultThenClosingCases(),
    ...completionGoalCases(),
    ...shareCases(),
    ...ratioCases(),
    ...absoluteOrRateCases(),
    ...valueGoalCases(),
    ...growthGoalCases(),
    ...goalYearCases(),
    ...countGoalCases(),
    ...valueResultCases(),
    ...setResultCases(),
    ...growthResultCases(),
    ...periodCases(),
    ...respectivelyCases(),
    ...stageCases(),
    ...progressCases(),
    ...limitCases(),
    ...companyPeriodCases(),
    ...listedCompletionCases(),
    ...twoPeriodRateCases(),
    ...hyphenPlanCases(),
    ...wouldCases(),
    ...subjectFutureCases(),
  ],
};
