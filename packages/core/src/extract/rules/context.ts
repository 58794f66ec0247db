import type { DataStage } from '../../model/types';
import { fold } from '../fold';
import type { BaseWord, Grammar } from '../grammar';
import { matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt, matchesAt, type PhraseMatch } from '../phrase';
import { fullDateAt, lostWholePartAt, percentWordAt, type QuantityMatch, readQuantity } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import type { ExtractLocale, MatchLevel, PlanKind, PrintedNumber, StatedCompletion } from '../types';
import { agoBaseAt } from './change-ago-base';
import type { Cursor } from './cursor';
import { afterBaseStandIn } from './en-change-standin';
import { enPointInTimeAt } from './en-date-base';
import { withPlanTail } from './genre-plan-tail';

/**
 * What every figure rule reads with: the cursor (text, tokens, grammar, sentence end), the
 * figure and item shapes the scanner produces, and the small reading steps several rules share
 * (a comparison base, a number, a percent sign, a multiple). A rule of its own kind lives in
 * its own file next to this one; their order is `../figure-rules.ts`.
 * @internal
 */

/** The locales of a figure rule read in every language. @internal */
export const EVERY_LOCALE: readonly ExtractLocale[] = ['vi', 'en'];

/** A kind of figure: its id, the locales it reads, and how it reads at a token. @internal */
export interface FigureRule {
  readonly id: string;
  readonly locales: readonly ExtractLocale[];
  readonly match: (c: Cursor, i: number) => Found | null;
  /**
   * The furthest a figure of this rule can start before its first number token: the scan tries
   * the rule only where a number token comes within `reach` tokens of the current one, in the
   * same sentence. Leave it unset for a rule that reads number words (`double`, `came second`)
   * or looks further ahead; it is then tried at every token. A test checks that the real corpus
   * reads the same with and without the reaches.
   */
  readonly reach?: number;
}

/** A comparison base read after a figure: `so với cùng kỳ`, `so với năm 2019`, `year on year`. */
export interface BaseRead {
  readonly from: number;
  readonly to: number;
  readonly base:
    | BaseWord
    | { readonly kind: 'named-period'; readonly match: PeriodMatch }
    /** `cùng kỳ năm 2019`, `the same period of 2019`: the statement's period in that year. */
    | { readonly kind: 'same-period-in'; readonly year: string };
  readonly level: MatchLevel;
}

/** A figure phrase: the part of a statement that carries a number, with the rule that read it. */
export type Figure =
  | {
      readonly kind: 'value';
      readonly q: QuantityMatch;
      readonly verbFrom?: number | undefined;
      readonly stage?: DataStage | undefined;
      /** The verb counts the noun after the number (`cung cấp 174 dịch vụ công`). */
      readonly count: boolean;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
      readonly average: boolean;
    }
  | {
      readonly kind: 'percent';
      readonly q: QuantityMatch;
      readonly verbFrom?: number | undefined;
      readonly stage?: DataStage | undefined;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
    }
  | {
      readonly kind: 'completion';
      readonly completion: StatedCompletion;
      readonly numberAt: number;
      readonly stage?: DataStage | undefined;
    }
  | {
      readonly kind: 'change';
      readonly form: 'ratio' | 'rate' | 'times' | 'points' | 'absolute';
      readonly amount: PrintedNumber;
      readonly numberAt: number;
      readonly q?: QuantityMatch | undefined;
      readonly base?: BaseRead | undefined;
      /** English `rose 5.2% to 3.63 trillion dong`: the new value. */
      readonly then?: QuantityMatch | undefined;
      /** A percentage and base with no verb (`… và 9,2% so với cùng kỳ`). */
      readonly verbless?: boolean | undefined;
      /** The verb before a percentage with a base (`đạt`, `bằng`), for {@link Figure} ratios. */
      readonly verb?: string | undefined;
      /** `an estimated 17.3% growth`: a stage word inside the change phrase, the statement's stage. */
      readonly stage?: DataStage | undefined;
      readonly approximate?: 'about' | 'over' | 'under' | undefined;
    }
  | {
      readonly kind: 'density';
      readonly q: QuantityMatch;
      readonly nameFrom?: number | undefined;
      readonly nameTo?: number | undefined;
      /** `cứ 100 người có 116 thuê bao di động`: the name is the words after the number, from `nameFrom`. */
      readonly nameAfter?: true | undefined;
    }
  | {
      readonly kind: 'rank';
      readonly rank: number;
      readonly of?: number | undefined;
      readonly scopeFrom?: number | undefined;
      readonly scopeTo?: number | undefined;
    }
  | {
      readonly kind: 'from-to';
      readonly previous: QuantityMatch;
      readonly current: QuantityMatch;
      /** `từ gần 8,86 triệu tấn lên hơn 17,5 triệu tấn`: a bound word before either end. */
      readonly previousApproximate?: 'about' | 'over' | 'under' | undefined;
      readonly currentApproximate?: 'about' | 'over' | 'under' | undefined;
    }
  | {
      readonly kind: 'plan';
      readonly q: QuantityMatch;
      /** `… of the full-year target of 8 million`: the plan's value named after a completion — a target statement of its own. */
      readonly own?: boolean | undefined;
    }
  | { readonly kind: 'invalid'; readonly numberAt: number; readonly error: string };

/** One item of a scanned sentence. */
export type Item =
  | { readonly t: 'word'; readonly from: number; readonly to: number }
  | { readonly t: 'sep'; readonly from: number; readonly to: number; readonly ch: string }
  | { readonly t: 'period'; readonly from: number; readonly to: number; readonly match: PeriodMatch }
  | { readonly t: 'base'; readonly from: number; readonly to: number; readonly read: BaseRead }
  | {
      readonly t: 'marker';
      readonly from: number;
      readonly to: number;
      readonly kind: 'of-which' | 'target' | 'topic' | 'joiner' | 'stage';
      readonly stage?: DataStage | undefined;
      /** A future auxiliary or forecast noun (`will`, `sẽ`, `forecast`): frames only the figures after it, splits no name. */
      readonly future?: boolean | undefined;
      readonly level: MatchLevel;
    }
  | {
      readonly t: 'figure';
      readonly from: number;
      readonly to: number;
      readonly fig: Figure;
      readonly rule: string;
      readonly level: MatchLevel;
    }
  | {
      readonly t: 'bad-number';
      readonly from: number;
      readonly to: number;
      readonly error: string;
      /** `7,5-8%`, `7.5–8 percent`: a range, no single figure (never guessed). */
      readonly range?: boolean | undefined;
    }
  | {
      readonly t: 'number';
      readonly from: number;
      readonly to: number;
      readonly why: 'date' | 'identifier' | 'qualifier' | 'stray';
    };

export const isP = (t: Token | undefined, ...chars: string[]): boolean => t?.kind === 'punct' && chars.includes(t.text);

export const isNum = (t: Token | undefined): t is Token => t?.kind === 'number';

export const SEPARATORS = new Set([',', ';', ':', '(', ')', '[', ']', '–', '—']);

export type { Cursor } from './cursor';

export const m = <T>(c: Cursor, i: number, list: Parameters<typeof matchAt<T>>[2]): PhraseMatch<T> | null =>
  matchAt(c.tokens, i, list, c.limit);

/** How many modifiers a plan noun phrase may hold before its noun (`of the city's annual plan`). */
const PLAN_MODIFIERS = 4;
/** How many tokens a plan noun phrase may hold with its capitalised names (`the City’s FY2017 initial Cash Flow Projections`). */
const PLAN_TOKENS = 10;

/**
 * `of the city's annual forecast`, `of this year's plan`, `tổng kế hoạch`: a short noun phrase
 * whose head is a plan noun — the grammar's opening word (if any), at most
 * {@link PLAN_MODIFIERS} plain words (no number but a year, no punctuation, no stop word), then
 * the noun. Read structurally, so a new modifier needs no new string. `opened: false` reads the
 * phrase with no opening word (`exceeding the annual target by`).
 */
/**
 * True for a plan kind that is an estimate of the result rather than an assigned plan: a budget
 * estimate or a forecast (`the USDA estimate`, `the 2020 forecasts`, `dự toán`, `dự báo`).
 */
export const isEstimateKind = (kind: PlanKind): boolean => kind === 'budget' || kind === 'forecast';

/** The token of a year (`2020`) in `[from, to)`, or -1. */
export function yearTokenIn(c: Cursor, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = c.tokens[j];
    if (isNum(t) && /^(19|20)\d\d$/u.test(t.text)) return j;
  }
  return -1;
}

export function planPhraseAt(c: Cursor, i: number, opened = true): PhraseMatch<PlanKind> | null {
  const exact = opened ? m(c, i, c.g.planWords) : null;
  // `of the estimated target` is no typo of `of the estimate`: a loose match yields to the
  // structural reading when there is one. (`kế hoạch lợi nhuận cả năm`: the plan's measure and year
  // belong to it — rules/genre-plan-tail.ts)
  if (exact && exact.level !== 'typo') return withPlanTail(c, exact);
  const read = planNounPhraseAt(c, i, opened);
  if (read || !exact) return read;
  // (`of the estimated 2 million visitors` is no typo of `of the estimate`: a participle spelled
  // right is that word)
  for (let j = i; j < exact.to; j++) if (m(c, j, c.g.plannedWords)?.level === 'exact') return null;
  return exact;
}

/**
 * `4.7% below the revised August estimate of 1,183,000`: an `estimate` (grammar `planHeadEstimates`) at
 * token `k` with a month's name among its modifiers (tokens `[from, k)`) is a statistic's published
 * reading of that month — the month before's level a release compares with, no plan (round 68, probe of
 * housing statistics: it had been a certain target and a completion of 95.3 %).
 */
export function monthEstimate(c: Cursor, from: number, k: number): boolean {
  if (!m(c, k, c.g.planHeadEstimates)) return false;
  const months = c.g.periodWords.monthNames;
  for (let j = from; j < k; j++) if (Object.hasOwn(months, c.tokens[j]?.forms.fold ?? '')) return true;
  return false;
}

function planNounPhraseAt(c: Cursor, i: number, opened: boolean): PhraseMatch<PlanKind> | null {
  const of = opened ? m(c, i, c.g.planOf) : null;
  if (opened && c.g.planOf.length > 0 && !of) return null;
  let k = of ? of.to : i;
  for (let n = 0; n <= PLAN_MODIFIERS && k < c.limit; n++, k++) {
    // (`over the budget`, never `of the budget`: a budget is a plan only as the other side of a comparison)
    const noun = m(c, k, c.g.planNouns) ?? (!opened && c.g.sidePlanNouns ? m(c, k, c.g.sidePlanNouns) : null);
    // The noun ends the phrase: `of the plan for 2020` stops at `plan`, `plan assigned` too.
    if (noun) {
      if (monthEstimate(c, of ? of.to : i, k)) return null;
      return { phrase: noun.phrase, from: i, to: noun.to, level: worst(of?.level, noun.level) };
    }
    const t = c.tokens[k];
    // `of the capital planned for 2024`, `of the planned capital`: a participle of planning makes
    // the noun it follows, or the one word after it, the plan
    // (`13.6% above its planned profit`, `above the planned revenue`: after a determiner, not after
    // `of` too; round 40)
    const participle =
      n > 0 && (opened || c.g.planParticipleDeterminers?.has(c.tokens[i]?.forms.fold ?? '') === true)
        ? m(c, k, c.g.plannedWords)
        : null;
    // (`of the estimated target`: the plan noun after it names the plan)
    const planned = participle && !m(c, participle.to, c.g.planNouns) ? participle : null;
    if (planned) {
      const level = worst(of?.level, planned.level);
      const before = c.tokens[k - 1]?.forms.fold ?? '';
      if (!c.g.definiteArticles.has(before) && !c.g.planParticipleDeterminers?.has(before))
        return { phrase: planned.phrase, from: i, to: planned.to, level };
      const head = c.tokens[planned.to];
      if (head?.kind !== 'word' || planned.to >= c.limit || c.g.planPhraseStops.has(head.forms.fold)) return null;
      // (`3.87% of the estimated GDP`: a share of the economy's output, no plan; round 52)
      if (m(c, planned.to, c.g.growthIndicators)) return null;
      return { phrase: planned.phrase, from: i, to: planned.to + 1, level };
    }
    // a hyphenated modifier (`full-year`, `five-year`, `socio-economic`): the hyphen and the word
    // glued after it belong to the modifier before them
    const next = c.tokens[k + 1];
    if (n > 0 && t?.kind === 'punct' && t.text === '-' && t.gap === '' && next?.kind === 'word' && next.gap === '') {
      // `of year-target`, `of the full-year-plan`, `of the 2023-target`: a plan noun glued after the
      // hyphen is the phrase's head when the phrase ends with it (its end, punctuation or a stop
      // word after it); `of on-target deliveries`, `of the target-based` stay no plan
      const glued = m(c, k + 1, c.g.planNouns);
      if (glued && gluedPlanEnds(c, glued.to))
        return { phrase: glued.phrase, from: i, to: glued.to, level: worst(of?.level, glued.level) };
      k++;
      // (the glued part is no modifier of its own)
      n--;
      continue;
    }
    // (`of the year-to-date (ytd) guidance`: a modifier's abbreviation in brackets belongs to it; round 47)
    if (
      n > 0 &&
      t?.kind === 'punct' &&
      t.text === '(' &&
      next?.kind === 'word' &&
      c.tokens[k + 2]?.kind === 'punct' &&
      c.tokens[k + 2]?.text === ')'
    ) {
      k += 2;
      n--;
      continue;
    }
    if (!t || t.kind === 'punct' || (n > 0 && t.gap === '')) return null;
    // `than the 6-month plan`, `of the 5-year target`: a count glued by a hyphen to a period noun
    // is the plan's span, a modifier like `full-year` (the hyphen step above takes the glued noun)
    const span =
      t.kind === 'number' &&
      /^\d{1,2}$/.test(t.text) &&
      next?.kind === 'punct' &&
      next.text === '-' &&
      next.gap === '' &&
      c.tokens[k + 2]?.gap === '' &&
      m(c, k + 2, c.g.periodCountNouns)?.to === k + 3;
    if (span) continue;
    if (t.kind === 'number' && !/^(19|20)\d\d$/.test(t.text)) return null;
    // `of the revenue and profit targets`: measures joined before the plan noun
    const joined = of && n > 0 ? joinedMeasuresPlanAt(c, k) : null;
    if (joined) return { phrase: joined.phrase, from: i, to: joined.to, level: worst(of?.level, joined.level) };
    // (a stop word glued to a hyphen is the first part of a compound: `over-expenditure estimation`)
    const compound = next?.kind === 'punct' && next.text === '-' && next.gap === '' && c.tokens[k + 2]?.gap === '';
    // (`surpassing that month's revenue collection target by 5.3 percent`: a demonstrative opening the
    // phrase right after its verb determines the plan noun; round 46)
    const determiner = n === 0 && !opened && c.g.baseDemonstratives.has(t.forms.fold);
    if (c.g.planPhraseStops.has(t.forms.fold) && !compound && !determiner) return null;
    // (`below the City’s FY2017 initial Cash Flow Projections`: a capitalised word after another is one
    // name with it — `Cash Flow` one modifier; round 61, the plan had been too long to read)
    const before = c.tokens[k - 1];
    // (bounded: at most {@link PLAN_TOKENS} tokens in all, so a run of capitals stays constant work)
    const capital = /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(before?.text ?? '');
    if (n > 0 && before?.kind === 'word' && capital && k - i < PLAN_TOKENS) n--;
  }
  return null;
}

/** How many words a measure joined before a plan noun may hold (`profit`, `pre-tax profit`). */
const JOINED_MEASURE_WORDS = 2;

/**
 * `of the revenue and profit targets`, `of revenue and net profit plans, respectively`: at the
 * joiner `k` inside a plan phrase's modifiers, one or two plain words (the second measure: no stop
 * word, no article, no number) then a plan noun that ends the phrase — the sentence's or clause's
 * end, punctuation, or `respectively` after it. The measures before and after the joiner are the
 * plan's measures; the noun is the plan. Anything else (`of GDP and plans to …`, where the noun
 * follows the joiner at once and opens a clause) is no plan phrase.
 */
function joinedMeasuresPlanAt(c: Cursor, k: number): PhraseMatch<PlanKind> | null {
  const joiner = m(c, k, c.g.joiners);
  if (!joiner) return null;
  let j = joiner.to;
  for (let n = 0; n < JOINED_MEASURE_WORDS && j < c.limit; n++, j++) {
    const t = c.tokens[j];
    if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold) || c.g.definiteArticles.has(t.forms.fold))
      return null;
    // (a plan noun as the first word opens a clause: `of GDP and plans to …`)
    const noun = m(c, j, c.g.planNouns);
    if (noun) return n > 0 && planEndsAt(c, noun.to) ? noun : null;
  }
  const noun = j < c.limit ? m(c, j, c.g.planNouns) : null;
  return noun && planEndsAt(c, noun.to) ? noun : null;
}

/** The end of a plan phrase at `j`: the text's or the clause's end, punctuation, or a `respectively` word. */
function planEndsAt(c: Cursor, j: number): boolean {
  const after = c.tokens[j];
  if (!after || j >= c.limit || after.kind === 'punct') return true;
  return m(c, j, c.g.respectiveWords) !== null;
}

/**
 * Nothing that continues a plan noun glued after a hyphen follows it at `j`: the end, punctuation
 * but a hyphen, a stop word, or a comment on the figure opening (`of the full-year-target mainly
 * thanks to …`, `… reflecting …`).
 */
function gluedPlanEnds(c: Cursor, j: number): boolean {
  const after = c.tokens[j];
  if (!after || j >= c.limit) return true;
  if (after.kind === 'punct') return after.text !== '-' && after.text !== '/';
  if (after.kind !== 'word' || after.gap === '') return false;
  return c.g.planPhraseStops.has(after.forms.fold) || commentOpensAt(c.tokens, c.g, j, c.limit);
}

/**
 * True when a comment on the figures opens at token `i` (`mainly due to lower oil prices`,
 * `driven by strong exports`, `thanks to …`, `said …`: grammar `trailingCommentLeads`, or a
 * lower-case `-ing` participle such as `reflecting …`, `suggesting …`): words that end the phrase
 * before them rather than continue it.
 */
export function commentOpensAt(tokens: readonly Token[], g: Grammar, i: number, to: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word') return false;
  if (/^\p{Ll}+ing$/u.test(t.text) && t.text.length > 5) return true;
  return !!g.trailingCommentLeads && matchAt(tokens, i, g.trailingCommentLeads, to) !== null;
}

export const worst = (...levels: (MatchLevel | undefined)[]): MatchLevel => {
  const order: MatchLevel[] = ['exact', 'variant', 'no-diacritics', 'typo'];
  return levels.reduce<MatchLevel>((a, b) => (b && order.indexOf(b) > order.indexOf(a) ? b : a), 'exact');
};

/**
 * `11-1`, `5-8-2020`, `11/01/2021`: day-month dates, glued with no spaces; `ngày 30 tháng 11 năm
 * 2024` after a day word, `21 July 2021`: the date in words (a decree's or a report's date, never the
 * figures' month — as the same date in digits is none).
 */
export function dateAt(c: Cursor, i: number): number {
  const t = c.tokens;
  const a = t[i];
  if (!isNum(a) || !/^\d{1,2}$/.test(a.text)) return 0;
  const lead = t[i - 1];
  const K = c.g.periodWords.keys;
  const m = t[i + 2];
  if (
    lead?.kind === 'word' &&
    c.g.dateLeadWords.has(fold(lead.text)) &&
    K.month.has(t[i + 1]?.forms.fold ?? '') &&
    isNum(m) &&
    /^\d{1,2}$/.test(m.text) &&
    +a.text >= 1 &&
    +a.text <= 31 &&
    +m.text >= 1 &&
    +m.text <= 12
  ) {
    const y = t[i + 4];
    return K.year.has(t[i + 3]?.forms.fold ?? '') && isNum(y) && /^(19|20)\d\d$/.test(y.text) ? 5 : 3;
  }
  // `ngày 8 tháng Mười Hai, 2015`, `ngày 5 tháng Giêng năm 2016`: the month in words after a day
  // word (a newspaper's date; round 51 — it had been read as the figures' month)
  const spelled = lead?.kind === 'word' && c.g.dateLeadWords.has(fold(lead.text)) ? spelledMonthDate(c, i) : 0;
  if (spelled) return spelled;
  // `on 21 July 2021`, `30 October 2023`, `As at 21 Jun`: an English date with its day first and its
  // month capitalised (`on July 21, 2021` names no period either)
  const name = t[i + 1];
  const W = c.g.periodWords;
  if (
    c.g.locale === 'en' &&
    name?.kind === 'word' &&
    /^\p{Lu}/u.test(name.text) &&
    (Object.hasOwn(W.monthNames, name.forms.fold) || Object.hasOwn(W.monthAbbreviations, name.forms.fold)) &&
    +a.text >= 1 &&
    +a.text <= 31
  ) {
    const comma = isP(t[i + 2], ',') ? 1 : 0;
    const y = t[i + 2 + comma];
    return isNum(y) && /^(19|20)\d\d$/.test(y.text) ? 3 + comma : 2;
  }
  const span = monthSpanAt(t, i);
  if (span > 0) return span;
  const sep = t[i + 1];
  if (!isP(sep, '-', '/') || sep?.gap !== '' || !isNum(t[i + 2]) || t[i + 2]?.gap !== '') return 0;
  const b = t[i + 2] as Token;
  if (!/^\d{1,2}$/.test(b.text) || +a.text > 31 || +b.text > 12 || +a.text === 0 || +b.text === 0) return 0;
  // `/100 dân` is a density, `14 giờ/01 ngày` never starts with a number
  if (isP(t[i + 3], sep?.text ?? '') && t[i + 3]?.gap === '' && isNum(t[i + 4])) return 5;
  // (`5-6 million visitors`, `8-10%`: a number with a scale, a unit or a percent after the dash ends a
  // range, no date — round 44; it had been read as 5 June)
  const upper = sep?.text === '-' ? readQuantity(c.text, t, i + 2, c.g, c.limit) : null;
  if (upper?.quantity && (upper.quantity.scale > 0 || upper.unitFrom !== undefined || upper.quantity.unitCode))
    return 0;
  const before = t[i - 1];
  if (sep?.text === '-' || (before?.kind === 'word' && c.g.dateLeadWords.has(fold(before.text)))) return 3;
  return 0;
}

/**
 * `8 tháng Mười Hai, 2015` at the day number `i` (Vietnamese): the month word, a month name in words
 * (two words, or one capitalised: `tháng Năm`), then the year after a comma or `năm` — how many tokens
 * the date spans, or 0.
 */
function spelledMonthDate(c: Cursor, i: number): number {
  const t = c.tokens;
  const a = t[i] as Token;
  if (c.g.locale !== 'vi' || +a.text < 1 || +a.text > 31) return 0;
  const K = c.g.periodWords.keys;
  if (!K.month.has(t[i + 1]?.forms.fold ?? '')) return 0;
  const names = c.g.periodWords.monthNames;
  const first = t[i + 2];
  const two = `${first?.forms.lower ?? ''} ${t[i + 3]?.forms.lower ?? ''}`;
  const one = first?.kind === 'word' && /^\p{Lu}/u.test(first.text) && Object.hasOwn(names, first.forms.lower);
  const n = Object.hasOwn(names, two) ? 2 : one ? 1 : 0;
  if (n === 0) return 0;
  let k = i + 2 + n;
  if (isP(t[k], ',')) k++;
  if (K.year.has(t[k]?.forms.fold ?? '')) k++;
  const y = t[k];
  return isNum(y) && /^(19|20)\d\d$/u.test(y.text) ? k + 1 - i : 2 + n;
}

/** True when token `k` is a month number glued to `/` and a year (`10/2013`). */
function monthOfYear(t: readonly Token[], k: number): boolean {
  const m = t[k];
  const y = t[k + 2];
  return (
    isNum(m) &&
    /^\d{1,2}$/u.test(m.text) &&
    +m.text >= 1 &&
    +m.text <= 12 &&
    isP(t[k + 1], '/') &&
    t[k + 1]?.gap === '' &&
    isNum(y) &&
    y.gap === '' &&
    /^(19|20)\d\d$/u.test(y.text)
  );
}

/**
 * `giai đoạn 10/2013-2/2014`: a span of months across two years (a crop year) written in digits —
 * no figure (its second month had been read as `2` out of 2014; round 42). The span's token count,
 * or 0.
 */
function monthSpanAt(t: readonly Token[], i: number): number {
  if (!monthOfYear(t, i) || !isP(t[i + 3], '-', '–') || !monthOfYear(t, i + 4)) return 0;
  return 7;
}

/** A number that is part of a name: `mức độ 3`, `level-3`, `số 58`. */
/**
 * True when an English capitalised qualifier noun (grammar `qualifierNouns`: `Tier 1`, `Phase 2`) stands
 * right before token `i`: its number names a class, no amount or count (round 63). English only: a
 * Vietnamese sentence's first word is capitalised too (`Thứ 2 là điều`). Shared with
 * `certainty/doubts/counted-noun.ts`.
 */
export function titledQualifierBefore(tokens: readonly Token[], i: number, g: Grammar): boolean {
  return (
    g.locale === 'en' &&
    i > 0 &&
    /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') &&
    matchAt(tokens, i - 1, g.qualifierNouns, i)?.to === i
  );
}

export function afterQualifier(c: Cursor, i: number): boolean {
  // `rau các loại 17.405 ha`: a number with a separator or a unit after it is a quantity, not
  // the `3` of `mức độ 3`.
  const t = c.tokens[i];
  if (t && /[.,]/u.test(t.text)) return false;
  // (`tại quận 6 ngày 21/8`: a unit word that opens a date — a day and month glued by a slash — is the
  // date's, not the number's: the `6` stays the district's; `dateAt` reads the date after its lead word)
  const unit = matchAt(c.tokens, i + 1, c.g.units);
  // (`Tier 1 gold operations mined 3.2 million tons`: a capitalised qualifier right before the number
  // names a class whatever counted word follows — `gold` is no unit of the `1`; round 63)
  if (unit && !titledQualifierBefore(c.tokens, i, c.g) && dateAt(c, unit.to) === 0) return false;
  // (`Tỉnh thu 320 tỷ đồng`: a scale word after it makes an amount; `thu` is `thứ` only when folded)
  if (matchAt(c.tokens, i + 1, c.g.scales)) return false;
  for (let back = 1; back <= 3; back++) {
    let start = i - back;
    if (start < 0) break;
    const match = matchAt(c.tokens, start, c.g.qualifierNouns, i);
    if (match && match.to === i) return true;
    if (match && match.to === i - 1 && isP(c.tokens[i - 1], '-')) return true;
    start--;
  }
  return false;
}

/** A number glued to a following `-NQ`, `/QĐ`: a document number. */
export const identifierAt = (c: Cursor, i: number): boolean => {
  const next = c.tokens[i + 1];
  const after = c.tokens[i + 2];
  return (
    isP(next, '-', '/') && next?.gap === '' && after?.kind === 'word' && after.gap === '' && /^\p{Lu}/u.test(after.text)
  );
};

/** `4G`, `5G`, `COVID19`: a number glued to letters that are no scale, unit or ordinal suffix. */
export function gluedWordAt(c: Cursor, i: number): boolean {
  const next = c.tokens[i + 1];
  if (next?.kind !== 'word' || next.gap !== '') return false;
  // (`2.3m tonnes`: the million's letter before a unit word, read by `readQuantity`; round 49)
  if (next.text === 'm' && c.tokens[i + 2]?.gap !== '' && m(c, i + 2, c.g.units)) return false;
  return !(
    m(c, i + 1, c.g.scales) ||
    m(c, i + 1, c.g.units) ||
    m(c, i + 1, c.g.ordinalSuffixes) ||
    m(c, i + 1, c.g.percentWords)
  );
}

/**
 * True when `t` is a past participle by the grammar's `pastParticiples` (`reached`, `grown`): the
 * perfect after `have` (`is expected to have reached`). A grammar without them takes any word.
 */
export function isPastParticiple(g: Grammar, t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const p = g.pastParticiples;
  if (!p) return true;
  const w = t.forms.lower;
  return p.irregular.has(w) || p.endings.some((e) => w.endsWith(e));
}

/** True when a direction word (grammar `directionAfter`) and a compare word (`than`) start at token `k`: `22.0% more than …`. */
export function directionThanAt(c: Cursor, k: number): boolean {
  const dir = m(c, k, c.g.directionAfter);
  return dir !== null && m(c, dir.to, c.g.compareWords) !== null;
}

/** `so với cùng kỳ`, `so với năm 2019`, `year on year`, `than in 2019` at token `i`. */
export function readBase(c: Cursor, i: number): BaseRead | null {
  // (`a growth in GDP of 2.8% at constant prices compared to the first quarter of 2022`, `6.1 percent
  // higher in real terms than in 2014`: the terms of the measure, grammar `measureTerms`, read past
  // before the base; round 54)
  const terms = c.g.measureTerms ? m(c, i, c.g.measureTerms) : null;
  const read = readBaseWords(c, i) ?? (terms && terms.to < c.limit ? readBaseWords(c, terms.to) : null);
  return read ? withNamedYear(c, read) : null;
}

/**
 * `last year`, `the same period last year`, `the same period in 2019` with no compare word before it
 * (after `above`, `exceeding`, an earlier level): grammar `bases` at token `k`, its named year read
 * by {@link withNamedYear}; null when none starts there.
 */
export function bareBaseAt(c: Cursor, k: number): BaseRead | null {
  const b = m(c, k, c.g.bases);
  if (!b) {
    // (`0.5% above last year's output`: round 51)
    const own = possessiveYearAt(c, k);
    return own ? { from: k, to: own.to, base: own.base, level: own.level } : null;
  }
  return withNamedYear(c, { from: k, to: b.to, base: b.phrase.data, level: b.level });
}

/**
 * A same-period base read without a compare word or with one (`the same period`, `cùng kỳ`) whose
 * year follows it (`in 2019`, `năm 2019`, `/2019`) is the same period of that year; any other base is
 * returned as read.
 */
export function withNamedYear(c: Cursor, read: BaseRead): BaseRead {
  if (read.base.kind !== 'same-period-last-year') return read;
  // `cùng kỳ năm 2019`, `/2019`, `the same period of 2019`, `in 2019`: the year is named.
  const t = c.tokens;
  let k = read.to;
  // (`a 29.1% increase on the previous year (2014)`, `over the same period last year (2019)`: the year
  // the base names in brackets right after it — the same period of that year; round 64, it had been the
  // year before the statement's, which names none)
  const bracketYear = t[k + 1];
  if (
    isP(t[k], '(') &&
    isNum(bracketYear) &&
    /^(19|20)\d\d$/u.test(bracketYear.text) &&
    isP(t[k + 2], ')') &&
    k + 3 <= c.limit
  )
    return { ...read, to: k + 3, base: { kind: 'same-period-in', year: bracketYear.text } };
  // `year-on-year in 2023`, `the same period last year in 2023`: a base that names its year
  // already; the year after it is the statement's period, not the base's.
  for (let j = read.from; j < read.to; j++) if (c.g.baseYearWords.has(t[j]?.forms.fold ?? '')) return read;
  // `rose 9.4% on an annual basis in 2024`: an English adverbial base names no period of its own;
  // the year after it is the statement's.
  if (c.g.locale === 'en' && m(c, read.from, c.g.standaloneBases)?.to === read.to) return read;
  if (c.g.samePeriodYearLinks.has(fold(t[k]?.text ?? '')) || isP(t[k], '/')) k++;
  const year = t[k];
  // (`cùng kỳ 2022`: Vietnamese writes the year right after `cùng kỳ` as often as after `cùng kỳ năm`)
  if ((k > read.to || c.g.locale === 'vi') && k < c.limit && isNum(year) && /^(19|20)\d\d$/.test(year.text))
    return { ...read, to: k + 1, base: { kind: 'same-period-in', year: year.text } };
  // `so với cùng kỳ tháng 5/2018` (the first fifteen days of June against those of May): the same
  // days of a named month or quarter — that period is the base, not the year before (round 42).
  if (c.g.locale === 'vi' && k === read.to && k < c.limit) {
    const named = matchPeriod(t, k, 'vi');
    if (named?.id && /^\d{4}-(?:\d\d|Q\d)$/u.test(named.id) && named.to <= c.limit)
      return { ...read, to: named.to, base: { kind: 'named-period', match: named } };
  }
  return read;
}

/**
 * `During the first half of fiscal 2016`: the `of` after a part of a year (a half, a quarter, months)
 * links the part to its year — a period, never a comparison (round 54: `of fiscal 2016` had been the
 * base of the rates after it).
 */
function partOfBefore(c: Cursor, i: number, compare: PhraseMatch): boolean {
  if (compare.to !== i + 1 || !c.g.samePeriodYearLinks.has(c.tokens[i]?.forms.fold ?? '')) return false;
  const K = c.g.periodWords.keys;
  const w = c.tokens[i - 1]?.forms.fold ?? '';
  return K.half.has(w) || K.quarter.has(w) || K.month.has(w) || (K.quarterPlural?.has(w) ?? false);
}

/** True when a comparison word (`than`, `compared with`) or a multiple (`2.3 times`) ends right before token `i`. */
function leadEndsAt(c: Cursor, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++)
    if (matchAt(c.tokens, j, c.g.periodBaseLeads, i)?.to === i || matchAt(c.tokens, j, c.g.timesWords, i)?.to === i)
      return true;
  return false;
}

export function readBaseWords(c: Cursor, i: number): BaseRead | null {
  if (samePeriodBefore(c, i)) return null;
  // (`As of December 2021, …`: the `of` of a point in time, the period the stock is measured at)
  if (i > 0 && matchAt(c.tokens, i - 1, c.g.pointInTimeLeads, c.limit)?.to === i + 1) return null;
  // (`at the end of 3Q2023`, `at the end of the second quarter of 2023`: the link of `the end of`
  // and a quarter or a half is the point in time a stock is measured at, never a comparison's
  // `of`; a month's end is left as it was: `as end of February 2024` of a running total is the
  // year to February, of a stock the month)
  const { end, link } = c.g.pointInTime.yearEnd;
  if (c.tokens[i - 1]?.forms.fold === end && c.tokens[i]?.forms.fold === link) {
    const p = matchPeriod(c.tokens, i + 1, c.g.locale);
    const kind = p?.partial?.kind ?? (p?.id && /^\d{4}-[QH]\d$/u.test(p.id) ? 'quarter' : undefined);
    if (kind === 'quarter' || kind === 'half') return null;
  }
  // (`Với mục tiêu năm 2024 là đạt doanh thu …`: a purpose phrase, grammar `purposeWords`, that opens
  // with a compare word frames a goal — no comparison with the plan; `so với mục tiêu` still is one;
  // round 40)
  const purpose = c.g.locale === 'vi' ? m(c, i, c.g.purposeWords) : null;
  if (purpose && purpose.to - i > 1 && !m(c, i - 1, c.g.compareWords)) return null;
  // (`+1.2% MoM`: a shorthand base read only right after a percent sign — `Mom said …` is no base)
  const afterPercent = c.g.afterPercentBases && isP(c.tokens[i - 1], '%') ? m(c, i, c.g.afterPercentBases) : null;
  // (`over the year of 2019`, `over the month of May`: a span named after `of` is when, no base)
  const alone = m(c, i, c.g.standaloneBases);
  const stops = c.g.standaloneBaseStops;
  const during =
    alone && stops?.phrases.has(alone.phrase.text) && stops.words.has(c.tokens[alone.to]?.forms.fold ?? '');
  const standalone = (during ? null : alone) ?? afterPercent;
  // Every compare phrase that starts here (`so với`, `so với cùng`), longest reading wins: `so
  // với cùng kỳ năm trước` is one base, never `so với cùng` + `kỳ` with `năm trước` left over.
  let best: BaseRead | null = null;
  for (const compare of matchesAt(c.tokens, i, c.g.compareWords, c.limit)) {
    // `that in 2019` is a base after `than`/`compared with` only, not after `said`.
    if (c.g.baseDemonstratives.has(c.tokens[i]?.forms.fold ?? '') && !leadEndsAt(c, i)) continue;
    const read = baseAfterCompare(c, i, compare);
    if (read && (!best || read.to > best.to)) best = read;
  }
  if (best) return best;
  // `2.3 times the 2015 level`: the base year with no compare word.
  const level = yearLevelAt(c, i);
  if (level) {
    const at = level.at;
    const match: PeriodMatch = { from: at, to: at + 1, id: level.year.text, rule: 'en.period.year-level' };
    return { from: i, to: level.to, base: { kind: 'named-period', match }, level: 'exact' };
  }
  if (standalone) return { from: i, to: standalone.to, base: standalone.phrase.data, level: standalone.level };
  return null;
}

/**
 * `fell 28% … from 296,574 in the same period of last year`, `rose 5% in the same quarter of the
 * previous year`: a year word after `the same period` (`the same quarter`, `the corresponding
 * period`) and its link (`of`, `in`) dates that period — it is no base of its own (`of last year`
 * alone is the year before, a previous period; `of 2019` a named year; here either would turn a
 * same-period comparison or an earlier period's event into one). The whole phrase, when a compare
 * word opens it, is read as a base before this; left alone, the year words are no base.
 */
function samePeriodBefore(c: Cursor, i: number): boolean {
  if (!c.g.samePeriodYearLinks.has(c.tokens[i]?.forms.fold ?? '')) return false;
  // (cheap exit first: this runs wherever a base is looked for — the word before must end a same-period noun)
  if (!samePeriodEnds(c.g).has(c.tokens[i - 1]?.forms.fold ?? '')) return false;
  for (let j = Math.max(0, i - 4); j < i; j++) if (matchAt(c.tokens, j, c.g.samePeriodNouns, i)?.to === i) return true;
  return false;
}

/** Per grammar: the folded last words of its same-period nouns (`period`, `quarter`, `months`). */
const SAME_PERIOD_ENDS = new WeakMap<Grammar, ReadonlySet<string>>();
function samePeriodEnds(g: Grammar): ReadonlySet<string> {
  let ends = SAME_PERIOD_ENDS.get(g);
  if (!ends) {
    // (a phrase matches its word's plural or singular too: `the same months` ~ `the same month`)
    ends = new Set(
      g.samePeriodNouns.flatMap((p) => {
        const w = p.tokens[p.tokens.length - 1]?.forms.fold ?? '';
        return [w, w.endsWith('s') ? w.slice(0, -1) : `${w}s`];
      }),
    );
    SAME_PERIOD_ENDS.set(g, ends);
  }
  return ends;
}

/** True when a noun phrase ends at token `k`: the text's or clause's end, punctuation, or a stop word (grammar `planPhraseStops`: `and`, `in`) — not another noun (`the 2020 revenue target`). */
function nounPhraseEnds(c: Cursor, k: number): boolean {
  const t = c.tokens[k];
  return k >= c.limit || t === undefined || t.kind === 'punct' || c.g.planPhraseStops.has(t.forms.fold);
}

/** `the 2019 level`, `the 2019 figure`: an English base year inside a noun phrase. */
export function yearLevelAt(c: Cursor, k: number): { year: Token; at: number; to: number } | null {
  if (c.g.locale !== 'en') return null;
  // (cheap exit first: the year is the token here or the one after an article; this runs wherever a base is looked for)
  if (c.tokens[k]?.kind !== 'number' && c.tokens[k + 1]?.kind !== 'number') return null;
  const det = fold(c.tokens[k]?.text ?? '');
  const the = c.g.definiteArticles.has(det) || c.g.levelDeterminers?.has(det) ? k + 1 : k;
  const year = c.tokens[the];
  const noun = m(c, the + 1, c.g.yearLevelNouns) ?? (c.g.yearPeakNouns ? m(c, the + 1, c.g.yearPeakNouns) : null);
  // (a noun of one or two words, `the 2020 revenue performance`, not before a plan noun: `the 2020
  // revenue target` is a plan)
  if (
    isNum(year) &&
    /^(19|20)\d\d$/.test(year.text) &&
    noun &&
    noun.from === the + 1 &&
    noun.to <= c.limit &&
    nounPhraseEnds(c, noun.to)
  )
    return { year, at: the, to: noun.to };
  return null;
}

/** The month (1–12) named by a capitalised month name at token `k` (`may` is a verb), or null. */
function monthAt(c: Cursor, k: number): { index: number; at: number; to: number } | null {
  const named = c.tokens[k];
  const months = c.g.periodWords.monthNames;
  if (named?.kind !== 'word' || k >= c.limit || !/^\p{Lu}/u.test(named.text)) return null;
  if (!Object.hasOwn(months, named.forms.lower)) return null;
  return { index: months[named.forms.lower] as number, at: k, to: k + 1 };
}

/** How many plain words may describe the year between the article and `year` (`the previous record year of 2014`). */
const YEAR_OF_WORDS = 3;

/**
 * `the previous record year of 2014` (English): the article, at most {@link YEAR_OF_WORDS} plain words
 * of which one names an earlier period (grammar `agoBase.before`), the year word, its link (grammar
 * `fromLevelLinks`: `of`) and a year — where that year stands, or null.
 */
function yearNamedAt(c: Cursor, k: number): { at: number } | null {
  if (c.g.locale !== 'en' || !c.g.definiteArticles.has(c.tokens[k]?.forms.fold ?? '')) return null;
  const K = c.g.periodWords.keys;
  // (a word of an earlier period, `previous`, `prior`, must describe it: `over the year of 2019` is during it)
  let earlier = false;
  for (let j = k + 1; j <= k + 1 + YEAR_OF_WORDS && j + 2 < c.limit; j++) {
    const t = c.tokens[j];
    if (t?.kind !== 'word') return null;
    if (c.g.agoBase.before.has(t.forms.fold)) earlier = true;
    // (`of` only: `compared to the previous year in 2024` is the year before 2024's statement)
    if (earlier && K.year.has(t.forms.fold) && m(c, j + 1, c.g.fromLevelLinks)?.to === j + 2) {
      const y = c.tokens[j + 2];
      return isNum(y) && /^(19|20)\d\d$/u.test(y.text) ? { at: j + 2 } : null;
    }
  }
  return null;
}

/**
 * `last year's output`, `the prior year's collections` (English): a year in the possessive (grammar
 * `possessiveYearBases`) and the noun of its figure (grammar `yearLevelNouns` or `baseStandIns`)
 * ending a noun phrase — that year's figure, a base.
 */
function possessiveYearAt(c: Cursor, k: number): { base: BaseWord; to: number; level: MatchLevel } | null {
  const list = c.g.possessiveYearBases;
  const own = list ? m(c, k, list) : null;
  if (!own) return null;
  // (`last year's recorded figure`: one modifier of the figure before its noun, grammar `possessiveFigureModifiers`)
  const at = c.g.possessiveFigureModifiers?.has(c.tokens[own.to]?.forms.fold ?? '') ? own.to + 1 : own.to;
  const noun = m(c, at, c.g.yearLevelNouns);
  const to = noun ? noun.to : c.g.baseStandIns.nouns.has(c.tokens[at]?.forms.fold ?? '') ? at + 1 : -1;
  if (to < 0 || to > c.limit || !nounPhraseEnds(c, to)) return null;
  return { base: own.phrase.data, to, level: own.level };
}

/** `May's`, `June’s`: a capitalised month name with the possessive ending. */
const POSSESSIVE_MONTH = /^(\p{Lu}\p{Ll}+)['’]s$/u;

/**
 * `April's shipment`, `last May's haul` (English): a month named in the possessive and the noun
 * it owns (one plain word, then the end of the noun phrase or `of`) — that month's figure, a base;
 * after grammar `lastPossessiveWords` that month a year before (`lastYear`).
 */
function possessiveMonthAt(c: Cursor, k: number): { index: number; at: number; to: number; lastYear: boolean } | null {
  const last = c.g.lastPossessiveWords;
  if (!last) return null;
  const lastYear = last.has(c.tokens[k]?.forms.fold ?? '');
  const at = lastYear ? k + 1 : k;
  const t = c.tokens[at];
  const stem = t?.kind === 'word' ? POSSESSIVE_MONTH.exec(t.text)?.[1] : undefined;
  const months = c.g.periodWords.monthNames;
  if (!stem || !Object.hasOwn(months, stem.toLowerCase())) return null;
  const noun = c.tokens[at + 1];
  if (noun?.kind !== 'word' || at + 2 > c.limit || !/^\p{Ll}+$/u.test(noun.text)) return null;
  if (c.g.planPhraseStops.has(noun.forms.fold)) return null;
  if (!nounPhraseEnds(c, at + 2) && m(c, at + 2, c.g.fromLevelLinks)?.to !== at + 3) return null;
  return { index: months[stem.toLowerCase()] as number, at, to: at + 2, lastYear };
}

/**
 * `the December estimate`, `the January figure`, `the June level` (English): the article, a month
 * named without its year and a level noun (grammar `yearLevelNouns`, or an estimate word) ending a
 * noun phrase — that month's figure, a base like the month alone; its year is the statement's.
 */
function monthLevelAt(c: Cursor, k: number): { index: number; at: number; to: number } | null {
  if (c.g.locale !== 'en' || !c.g.definiteArticles.has(c.tokens[k]?.forms.fold ?? '')) return null;
  const month = monthAt(c, k + 1);
  if (!month) return null;
  const noun = m(c, month.to, c.g.yearLevelNouns) ?? m(c, month.to, c.g.monthEstimateNouns);
  if (!noun || noun.to > c.limit || !nounPhraseEnds(c, noun.to)) return null;
  return { ...month, to: noun.to };
}

/**
 * `31/12/2022`, `thời điểm 31/12/2022`, `cuối năm 2022`, `the end of 2022`: a point in time as a
 * base, read as its month (`2022-12`).
 */
export function pointInTimeAt(c: Cursor, k: number): { id: string; at: number; to: number; rule: string } | null {
  const t = c.tokens;
  let j = k;
  const { dateLeads, yearEnd } = c.g.pointInTime;
  for (const parts of dateLeads) {
    if (parts.every((p, x) => fold(t[j + x]?.text ?? '') === p)) j += parts.length;
  }
  if (fullDateAt(t, j) && j + 5 <= c.limit) {
    const month = String(+(t[j + 2] as Token).text).padStart(2, '0');
    return { id: `${(t[j + 4] as Token).text}-${month}`, at: j, to: j + 5, rule: `${c.g.locale}.period.date-base` };
  }
  // cuối năm 2022, the end of 2022, end-2022
  const e = endWordAt(c, k);
  if (e >= 0) {
    let y = e + 1;
    if (fold(t[y]?.text ?? '') === yearEnd.link || isP(t[y], '-')) y++;
    const year = t[y];
    if (isNum(year) && /^(19|20)\d\d$/.test(year.text) && y < c.limit)
      return { id: `${year.text}-12`, at: y, to: y + 1, rule: `${c.g.locale}.period.end-of-year-base` };
    // cuối tháng 12.2006, cuối tháng 12/2022, the end of December 2022: the month's own level.
    // (`the end of June 2023`: after the link in English)
    const month = matchPeriod(t, e + 1, c.g.locale) ?? (y > e + 1 ? matchPeriod(t, y, c.g.locale) : null);
    if (month?.id && /^\d{4}-\d\d$/u.test(month.id) && month.to <= c.limit)
      return { id: month.id, at: e + 1, to: month.to, rule: `${c.g.locale}.period.end-of-month-base` };
  }
  return enPointInTimeAt(c, k);
}

/**
 * The token of the end word (grammar `pointInTime.yearEnd`: `cuối`, `end`, after an article) at token
 * `k` — `cuối năm 2022`, `the end of June` — or -1. Shared by {@link pointInTimeAt} and
 * {@link yearlessMonthEndAt}.
 */
function endWordAt(c: Cursor, k: number): number {
  const { yearEnd } = c.g.pointInTime;
  const e = yearEnd.articles.has(fold(c.tokens[k]?.text ?? '')) ? k + 1 : k;
  return fold(c.tokens[e]?.text ?? '') === yearEnd.end ? e : -1;
}

/**
 * `giảm 1,26% so với cuối tháng 9`, `the end of September`: the end of a month written without its
 * year (grammar `pointInTime.yearEnd`'s end word, then a month) — the month, as `so với tháng 9` is:
 * the month before the statement's own is its previous period (`place/change.ts`); round 54, it had
 * been no base. Null when no such month starts at `k`.
 */
function yearlessMonthEndAt(c: Cursor, k: number): PeriodMatch | null {
  const t = c.tokens;
  const e = endWordAt(c, k);
  if (e < 0) return null;
  let at = e + 1;
  if (c.g.locale === 'en' && fold(t[at]?.text ?? '') === c.g.pointInTime.yearEnd.link) at++;
  const month = matchPeriod(t, at, c.g.locale);
  if (!month || month.id || month.partial?.kind !== 'month' || month.relative !== undefined || month.to > c.limit)
    return null;
  return { ...month, rule: `${c.g.locale}.period.end-of-month-base` };
}

/**
 * `so với ước thực hiện năm 2023`, `so với kết quả năm 2022`: words naming the figure of a
 * period (its estimate, its result) before that period. Returns the token after them, or null.
 */
export function resultWordsAt(c: Cursor, k: number): number | null {
  const w = m(c, k, c.g.resultWords);
  if (!w || w.to >= c.limit) return null;
  // `so với thực hiện trong năm 2020`: `trong` between the words and their period
  const within = c.g.locale === 'vi' && c.g.periodWords.keys.within.has(c.tokens[w.to]?.forms.fold ?? '');
  return within && w.to + 1 < c.limit && matchPeriod(c.tokens, w.to + 1, c.g.locale) ? w.to + 1 : w.to;
}

/** True when a day of a month is written at token `k` (`January 6`, `6 January`, `Jan. 6`, `31/12/2022`). */
function dayAt(c: Cursor, k: number): boolean {
  const t = c.tokens;
  if (fullDateAt(t, k)) return true;
  const months = c.g.periodWords.monthNames;
  const month = (x: Token | undefined): boolean =>
    x?.kind === 'word' && Object.hasOwn(months, x.forms.lower.replace(/\.$/u, ''));
  const day = (x: Token | undefined): boolean => isNum(x) && /^([1-9]|[12]\d|3[01])$/u.test(x.text);
  const m1 = isP(t[k + 1], '.') ? k + 2 : k + 1;
  return (month(t[k]) && day(t[m1])) || (day(t[k]) && month(t[k + 1]));
}

export function baseAfterCompare(c: Cursor, i: number, compare: PhraseMatch): BaseRead | null {
  const result = resultWordsAt(c, compare.to);
  if (result !== null) {
    const named = matchPeriod(c.tokens, result, c.g.locale);
    const year = c.tokens[result];
    let match: PeriodMatch | null = null;
    if (named && named.relative === undefined && named.to <= c.limit)
      match = { ...named, rule: `${named.rule}+result-words` };
    else if (isNum(year) && /^(19|20)\d\d$/.test(year.text))
      match = { from: result, to: result + 1, id: year.text, rule: `${c.g.locale}.period.bare-year+result-words` };
    if (match) return { from: i, to: match.to, base: { kind: 'named-period', match }, level: compare.level };
    // `so với mức năm trước`: a relative base after the words.
    const words = m(c, result, c.g.bases);
    if (words && words.phrase.data.kind !== 'plan')
      return { from: i, to: words.to, base: words.phrase.data, level: worst(compare.level, words.level) };
  }
  // `than the number recorded during …`, `over the level posted a year earlier` (English): a
  // noun phrase standing for the figure before the period, read past.
  // (after `of`/`on`, only a figure a verb recorded: `26 percent of the total in 2022` is a share,
  // never a base; `up by 2.23 per cent of the money which was pocketed in the same period last year`
  // is one — round 46)
  const standIn = afterBaseStandIn(c, compare.to, c.g.noStandInCompareWords.has(compare.phrase.text));
  const clause = standIn === null && c.g.baseClauseLeads ? m(c, compare.to, c.g.baseClauseLeads) : null;
  let k = standIn ?? (clause && clause.to < c.limit ? clause.to : compare.to);
  // `over that in June`, `against those of last year`: a demonstrative standing for the figure
  // between the compare word and its period
  if (c.g.baseDemonstratives.has(c.tokens[k]?.forms.fold ?? '')) {
    const that = m(c, k, c.g.compareWords);
    if (that && that.to < c.limit) k = that.to;
  }
  // `On January 6, 2025, the GSO said exports rose …`, `rose 5.2% on 6 January 2025`: a day after
  // `on` is when something happened or was said, never the base of a change
  if (compare.phrase.text === 'on' && dayAt(c, k)) return null;
  const point = pointInTimeAt(c, k);
  if (point) {
    const match: PeriodMatch = { from: point.at, to: point.to, id: point.id, rule: point.rule };
    return { from: i, to: point.to, base: { kind: 'named-period', match }, level: compare.level };
  }
  const monthEnd = yearlessMonthEndAt(c, k);
  if (monthEnd)
    return { from: i, to: monthEnd.to, base: { kind: 'named-period', match: monthEnd }, level: compare.level };
  // (`an increase of 4.1 percent over fiscal year 2023`: the year after a fiscal year's words is the
  // base's, read past them — the statement's own `for fiscal year 2024` is read as its year; round 48)
  const fiscal = c.g.fiscalYearWords && !partOfBefore(c, i, compare) ? m(c, k, c.g.fiscalYearWords) : null;
  if (
    fiscal &&
    isNum(c.tokens[fiscal.to]) &&
    /^(19|20)\d\d$/u.test(c.tokens[fiscal.to]?.text ?? '') &&
    fiscal.to < c.limit
  ) {
    const year = c.tokens[fiscal.to] as Token;
    const match: PeriodMatch = {
      from: k,
      to: fiscal.to + 1,
      id: year.text,
      rule: `${c.g.locale}.period.fiscal-year-base`,
    };
    return { from: i, to: fiscal.to + 1, base: { kind: 'named-period', match }, level: compare.level };
  }
  // (`up 15.1 percent from the previous record year of 2014`: the year a noun phrase ending on `year`
  // names after its link; round 51 — `of 2014` had been the statement's period)
  const yearOf = yearNamedAt(c, k);
  if (yearOf) {
    const year = c.tokens[yearOf.at] as Token;
    const match: PeriodMatch = {
      from: yearOf.at,
      to: yearOf.at + 1,
      id: year.text,
      rule: `${c.g.locale}.period.year-of`,
    };
    return { from: i, to: yearOf.at + 1, base: { kind: 'named-period', match }, level: compare.level };
  }
  const yearOwn = possessiveYearAt(c, k);
  if (yearOwn) return { from: i, to: yearOwn.to, base: yearOwn.base, level: worst(compare.level, yearOwn.level) };
  // (`an increase of 3.19 percent against the January 2007`: an article before a dated month; round 57)
  if (c.g.locale === 'en' && c.g.definiteArticles.has(c.tokens[k]?.forms.fold ?? '')) {
    const dated = matchPeriod(c.tokens, k + 1, c.g.locale);
    if (dated?.id && /^\d{4}-\d\d$/u.test(dated.id) && dated.from === k + 1 && dated.to <= c.limit)
      return { from: i, to: dated.to, base: { kind: 'named-period', match: dated }, level: compare.level };
  }
  // A relative period (`so với năm trước`) is read by the base words first: it names no year.
  const base = m(c, k, c.g.bases);
  const period = matchPeriod(c.tokens, k, c.g.locale);
  // (`so với tháng 12 năm trước`: a longer base phrase wins over the shorter period `tháng 12`.)
  // (`over that of the last quarter`, `from last quarter`: base words as long as a part of a year
  // with no year, `the last quarter` of no year named, win too — the quarter before; round 40)
  const yearless = period !== null && period.id === undefined && period.relative === undefined;
  if (
    period &&
    period.to <= c.limit &&
    !(base && (period.relative !== undefined || yearless ? base.to >= period.to : base.to > period.to))
  )
    return { from: i, to: period.to, base: { kind: 'named-period', match: period }, level: compare.level };
  // `compared to June`: a month named alone after the comparison (capitalised: `may` is a verb);
  // `from the December estimate`, `over the January figure`: the month's figure named by a level
  // noun after the article (round 51: `up 0.1 percent from the December estimate` had been read as
  // 100.1 % of a plan)
  // (`over last May's haul of 2,268 tonnes`: that month a year before; round 51)
  const possessive = possessiveMonthAt(c, k);
  // (`against July of last year`, `compared with June last year`: a base phrase that opens on the month
  // and names its year wins over the month alone; round 55)
  if (base && base.to > k + 1 && base.phrase.data.kind === 'same-period-last-year' && monthAt(c, k))
    return { from: i, to: base.to, base: base.phrase.data, level: worst(compare.level, base.level) };
  if (possessive?.lastYear)
    return { from: i, to: possessive.to, base: { kind: 'same-period-last-year' }, level: compare.level };
  const monthly = monthAt(c, k) ?? monthLevelAt(c, k) ?? possessive;
  if (monthly) {
    const match: PeriodMatch = {
      from: monthly.at,
      to: monthly.at + 1,
      partial: { kind: 'month', index: monthly.index },
      rule: `${c.g.locale}.period.month-after-compare${monthly.to > monthly.at + 1 ? '+level' : ''}`,
    };
    return { from: i, to: monthly.to, base: { kind: 'named-period', match }, level: compare.level };
  }
  const level = yearLevelAt(c, k);
  const year = level ? level.year : c.tokens[k];
  if (isNum(year) && /^(19|20)\d\d$/.test(year.text) && k < c.limit) {
    const at = level ? level.at : k;
    const match: PeriodMatch = { from: at, to: at + 1, id: year.text, rule: `${c.g.locale}.period.bare-year` };
    return { from: i, to: level ? level.to : k + 1, base: { kind: 'named-period', match }, level: compare.level };
  }
  if (base && base.to > base.from)
    return { from: i, to: base.to, base: base.phrase.data, level: worst(compare.level, base.level) };
  // `from 12 months ago`, `against the month earlier`, `versus a quarter before`
  const ago = agoBaseAt(c, k);
  if (ago) return { from: i, to: ago.to, base: ago.base, level: compare.level };
  const alone = m(c, k, c.g.standaloneBases);
  if (alone) return { from: i, to: alone.to, base: alone.phrase.data, level: worst(compare.level, alone.level) };
  return null;
}

/**
 * `Kim ngạch xuất khẩu 9 tháng đạt …`: `N tháng` between a name and the verb of its figure is
 * the year to date (`3 tháng` elsewhere is a duration and stays unread).
 */
export function monthsBeforeVerb(c: Cursor, i: number): PeriodMatch | null {
  if (c.g.locale !== 'vi') return null;
  const n = c.tokens[i];
  // (the word after is looked at first, in its precomputed folded form: this runs at every token)
  const unit = c.tokens[i + 1];
  if (n === undefined || unit?.kind !== 'word' || unit.forms.fold !== 'thang') return null;
  // `6 tháng`, `sáu tháng`: the count in digits or as a count word.
  const words = c.g.periodWords.countWords;
  const lower = n.kind === 'word' ? n.forms.lower : '';
  const count = isNum(n)
    ? /^\d{1,2}$/.test(n.text)
      ? +n.text
      : 0
    : Object.hasOwn(words, lower)
      ? (words[lower] as number)
      : 0;
  if (count < 1 || count > 12) return null;
  // After a name, or opening an item of a list (`GDP quý I tăng 6,93%, 6 tháng ước tăng 7,31%`).
  const before = c.tokens[i - 1];
  if (!(before?.kind === 'word' || isP(before, ',', ';'))) return null;
  const k = i + 2;
  // `Ước tính 9 tháng, …`, `Dự ước sáu tháng, …`: a month count between a stage word that opens
  // the sentence and a comma is the period of what follows.
  if (isP(c.tokens[k], ',') && k < c.limit && stageEndsAt(c, i))
    return { from: i, to: k, partial: { kind: 'ytd', index: count }, rule: 'vi.period.stage-n-thang' };
  const verb =
    m(c, k, c.g.valueVerbs) ??
    m(c, k, c.g.changeVerbs) ??
    m(c, k, c.g.percentVerbs) ??
    m(c, k, c.g.exceedVerbs) ??
    m(c, k, c.g.stageWords) ??
    m(c, k, c.g.timesVerbs);
  if (!verb) {
    // `Tổng chi ngân sách ước 10 tháng 19.460 tỷ đồng`: `N tháng` right before a measured figure.
    const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
    const measured = q?.quantity && q.numberAt === k && (q.quantity.scale > 0 || q.quantity.unit !== undefined);
    if (!measured) return null;
    return { from: i, to: k, partial: { kind: 'ytd', index: count }, rule: 'vi.period.n-thang-before-figure' };
  }
  if (c.g.monthCountNotVerbs.has(verb.phrase.text)) return null;
  return { from: i, to: k, partial: { kind: 'ytd', index: count }, rule: 'vi.period.n-thang-before-verb' };
}

/** True when a stage word (`ước tính`, `dự ước`) ends right before token `i`. */
function stageEndsAt(c: Cursor, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (m(c, j, c.g.stageWords)?.to === i) return true;
  return false;
}

/**
 * `Sơn La`, `Gia Lai`: a capitalised word right after a capitalised word, written without the
 * diacritics of the grammar word it folds to (`La` is not `là`), is part of a proper name, not
 * that word. A word spelt as the grammar's (`Đạt`) is left to the grammar.
 */
export function nameWordAt(c: Cursor, i: number, phrase: string): boolean {
  const t = c.tokens[i];
  const before = c.tokens[i - 1];
  if (t?.kind !== 'word' || before?.kind !== 'word' || before.gap !== ' ') return false;
  if (!/^\p{Lu}/u.test(t.text) || !/^\p{Lu}/u.test(before.text)) return false;
  return t.forms.lower !== (phrase.split(' ')[0] ?? '').toLowerCase();
}

/** `%`, `phần trăm`, `percent` after a number. */
export function percentAfter(c: Cursor, k: number): number {
  if (isP(c.tokens[k], '%') && k < c.limit) return k + 1;
  // (`recorded 22-percent net income growth`: or glued to the number by a hyphen)
  return percentWordAt(c.tokens, k, c.g, c.limit)?.to ?? 0;
}

/** A number token read strictly, or null. */
export function numberAt(c: Cursor, k: number): PrintedNumber | null {
  const t = c.tokens[k];
  if (!isNum(t) || k >= c.limit) return null;
  // (`tăng ,54%`: the whole part lost)
  if (lostWholePartAt(c.tokens, k)) return null;
  const r = readNumber(t.text, c.g.locale);
  return 'error' in r ? null : r;
}

/**
 * An approximation word before a number (`about`, `khoảng`, `gần`), or with `signed` before a currency's
 * sign and its number (`about $606.1 million`): the token the figure starts at (`k` itself when there is no such word
 * or no figure follows it), the word's reading, and its match.
 */
export function approximationAt(c: Cursor, k: number, signed = false) {
  const approx = m(c, k, c.g.approximate);
  // (`by about $606.1 million or 5.5%`: a currency's sign between the bound and its number, where the
  // caller reads an amount from the sign; round 58)
  const sign = signed && approx && !isNum(c.tokens[approx.to]) ? m(c, approx.to, c.g.currencyBefore) : null;
  const approximate =
    approx && (isNum(c.tokens[approx.to]) || (sign && isNum(c.tokens[sign.to]))) ? approx.phrase.data : undefined;
  return { at: approx && approximate ? approx.to : k, approximate, approx };
}

/**
 * True when the number at token `k` is named a level right before it (`an actual level of 75.1%`, `a
 * total of 5%`): a stand-in noun of a figure (grammar `baseStandIns.nouns`) and `of` — the level a change
 * reached, no rate or ratio of its own (round 61).
 */
export function namedLevelBefore(c: Cursor, k: number): boolean {
  return k > 1 && m(c, k - 1, c.g.planOf)?.to === k && c.g.baseStandIns.nouns.has(c.tokens[k - 2]?.forms.fold ?? '');
}

/** What a figure rule found: the figure, the token after it, its rule id and match level. @internal */
export type Found = { to: number; fig: Figure; rule: string; level: MatchLevel };

/**
 * The number at `k` alone as a count that names nothing of its own — no unit, no scale, one token (a
 * list item's `Dan Phuong (1,057)`, a label's `Số hộ: 120`): what counts is said around it. `null`
 * when the number carries a unit or a scale or reads further.
 */
export function bareCountAt(c: Cursor, k: number, rule: string): Found | null {
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.error !== undefined || q.to !== k + 1) return null;
  const v = q.quantity;
  if (v.unit !== undefined || v.unitCode !== undefined || v.scale !== 0) return null;
  return { to: q.to, fig: { kind: 'value', q, count: false, average: false }, rule, level: 'exact' };
}

/** The value of a multiple word (`đôi` 2, `rưỡi` 1.5), printed as the word. */
export function multiple(c: Cursor, word: PhraseMatch<string>): PrintedNumber | null {
  const read = readNumber(word.phrase.data, 'en');
  if ('error' in read) return null;
  const text = c.text.slice((c.tokens[word.from] as Token).start, (c.tokens[word.to - 1] as Token).end);
  return { ...read, text };
}
