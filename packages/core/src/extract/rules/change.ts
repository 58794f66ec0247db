import type { DataStage } from '../../model/types';
import { negate, shift } from '../numeral';
import { matchPeriod, yearSpanEndEn } from '../period-phrase';
import type { PhraseMatch } from '../phrase';
import { lostWholePartAt, type QuantityMatch, readQuantity } from '../quantity';
import type { MatchLevel, PrintedNumber, StatedCompletion } from '../types';
import { planPhraseEnds, statedAfter } from './change-direction-after';
import {
  approximationAt,
  type BaseRead,
  type Cursor,
  EVERY_LOCALE,
  type Figure,
  type FigureRule,
  type Found,
  isEstimateKind,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  planPhraseAt,
  readBase,
  worst,
  yearTokenIn,
} from './context';
import { afterChangeAdverb } from './en-change-adverb';
import { baseBeforeBy } from './en-change-base-before-by';
import { pluralChangeAt } from './en-change-plural';
import { basisPointsAfter, hundredth } from './genre-basis-points';
import { restatedAmountVi, restatedRateVi } from './vi-change-restated';

/** How many plain modifiers may stand between the article and a change noun (`an average annual increase of`). */
const NOUN_MODIFIERS = 3;

/**
 * `a year-on-year increase of 25 percent`, `a month-on-month decline of 1.2%`, `an average
 * increase of 3.29 per cent`, `a slight year-on-year decrease of 0.4%`: a change written as a
 * noun phrase — the article, at most {@link NOUN_MODIFIERS} plain words (among them, optionally,
 * its base as an adjective), the noun (`a hike of 2.7 percent`, `the highest decrease of 4.87%`). Read structurally, so a new adjective needs no new string.
 * Returns the noun's sign and the base when one is written before it.
 */
export function nounChangeAt(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead | null } | null {
  // (an indefinite article, or the definite one before a superlative or any modifier: `registered
  // the highest decrease of 4.87 percent`, `the sharpest rise of 2 percent`)
  if (c.g.changeNouns.length === 0) return null;
  const definite = c.g.definiteArticles.has(c.tokens[i]?.forms.fold ?? '');
  // (no article: a plural noun only — `recorded surges of 12% and 9%` — or a base word right before
  // the noun: `This resulted in YoY growth of 68.48 percent`)
  if (m(c, i, c.g.articles)?.to !== i + 1 && !definite) return baseBeforeNoun(c, i) ?? pluralChangeAt(c, i);
  // (after `the`, one modifier at most: `The city targets GRDP growth of 8 percent` is no noun phrase)
  const most = definite ? 1 : NOUN_MODIFIERS;
  let base: BaseRead | null = null;
  let negative = false;
  let k = i + 1;
  for (let n = 0; n <= most && k < c.limit; n++) {
    const alone: PhraseMatch<BaseRead['base']> | null = base
      ? null
      : (m(c, k, c.g.standaloneBases) ?? m(c, k, c.g.changeNounBases));
    if (alone) {
      base = { from: k, to: alone.to, base: alone.phrase.data, level: alone.level };
      k = alone.to;
    }
    const noun = m(c, k, c.g.changeNouns);
    // (`a hike of 2.7 percent`: no modifier is needed either; `a negative MoM growth of 60.68
    // percent`: a negative modifier turns the noun's rise into a fall)
    if (noun) {
      const phrase = negative ? { ...noun.phrase, data: -noun.phrase.data as 1 | -1 } : noun.phrase;
      return { verb: { ...noun, phrase, from: i }, base };
    }
    const t = c.tokens[k];
    // a plain modifier: a word (a hyphen glued inside it), no number, no stop word
    if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold)) return null;
    if (c.g.negativeChangeModifiers?.has(t.forms.fold)) negative = !negative;
    k++;
    while (isP(c.tokens[k], '-') && c.tokens[k]?.gap === '' && c.tokens[k + 1]?.kind === 'word') k += 2;
  }
  return null;
}

/**
 * `in YoY growth of 68.48 percent`, `showed year-on-year growth of 5%`: a base word (grammar
 * `standaloneBases`, `changeNounBases`) right before a change noun, no article — the noun's base.
 * Constant time.
 */
function baseBeforeNoun(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead } | null {
  // (`respective month-on-month and year-on-year increases of 18.3% and 17.2%`: a base joined to
  // another is a list's, paired by the list's own reading)
  if (c.tokens[i - 1]?.text === ',' || (i > 0 && m(c, i - 1, c.g.joiners)?.to === i)) return null;
  // (a base word only, `year-on-year`, or a shorthand, `MoM`: `annual growth of 4.85% over the past three
  // years` is an average, no base)
  const short = c.g.rateShorthands.has(c.tokens[i]?.forms.fold ?? '');
  const alone: PhraseMatch<BaseRead['base']> | null =
    m(c, i, c.g.standaloneBases) ?? (short ? m(c, i, c.g.changeNounBases) : null);
  const noun = alone ? m(c, alone.to, c.g.changeNouns) : null;
  if (!alone || !noun) return null;
  return { verb: { ...noun, from: i }, base: { from: i, to: alone.to, base: alone.phrase.data, level: alone.level } };
}

/**
 * True when token `i` (a change verb) lies inside a noun that holds one (`giá trị gia tăng`,
 * grammar `changeVerbNouns`): `thuế suất thuế giá trị gia tăng ở mức 8%` states no rise.
 */
function insideChangeVerbNoun(c: Cursor, i: number): boolean {
  const nouns = c.g.changeVerbNouns;
  if (nouns.length === 0) return false;
  for (let back = 1; back <= 3 && i - back >= 0; back++) if ((m(c, i - back, nouns)?.to ?? 0) > i) return true;
  return false;
}

/** The amount after a change verb: a bound word, a glued minus sign, the number (or a quantity with its currency first). */
function amountAt(
  c: Cursor,
  from: number,
  ofNoun = false,
): {
  k: number;
  n: PrintedNumber;
  before: QuantityMatch | null;
  /** A sign glued to the number (`tăng trưởng -2,1%`, `up +3.1%`), or undefined. */
  printed: '-' | '+' | undefined;
  approximate: Approximate;
  stage: DataStage | undefined;
} | null {
  let k = from;
  // `up just 1.2 percent`, `rose only 2%`: a focusing adverb before the amount changes nothing.
  const focus = m(c, k, c.g.focusAdverbs);
  if (focus && (isNum(c.tokens[focus.to]) || m(c, focus.to, c.g.approximate))) k = focus.to;
  // `down respective 14% and 3% year-on-year`: `respective` before the amounts pairs them by order
  // (the sentence's pairing reads it); the amount is the change's
  else if (c.g.respectiveAdjectives.has(c.tokens[k]?.forms.fold ?? '') && isNum(c.tokens[k + 1])) k++;
  else k = describedAmountAt(c, k) ?? k;
  // `grew by an estimated 6.5 percent`: a stage word before the amount (the statement's stage)
  const stageWord = m(c, k, c.g.stageWords);
  const stage = stageWord && isNum(c.tokens[stageWord.to]) ? stageWord.phrase.data : undefined;
  if (stageWord && stage) k = stageWord.to;
  // (`tax collections are up by more than $1 billion or 5.9%`: after `by`, a bound before a currency's
  // sign bounds the amount; round 58 — not `climbed above USD 25 billion`, the level reached)
  // (`an increase of approximately $94.8 million`, `rose about $5 million`: after a change noun's `of`
  // any bound, after the verb itself a bound of about, bounds the amount before its sign too — `climbed
  // above USD 25 billion` stays the level reached; round 61, the amount had been a certain value)
  const afterBy = k > 0 && m(c, k - 1, c.g.exceedBy)?.to === k;
  const signed = afterBy || (k === from && (ofNoun || m(c, k, c.g.approximate)?.phrase.data === 'about'));
  const { at, approximate } = approximationAt(c, k, signed);
  k = at;
  // `tăng trưởng -2,1%`: a minus sign glued to the number flips a verb of rise; `down -3.1%`,
  // `giảm -5%` repeat a verb of fall (see the sign at the verb). `up +3.1% YoY`: a plus sign
  // glued to the number repeats a verb of rise.
  let printed: '-' | '+' | undefined;
  if (isP(c.tokens[k], '-', '−', '+') && isNum(c.tokens[k + 1]) && c.tokens[k + 1]?.gap === '') {
    printed = c.tokens[k]?.text === '+' ? '+' : '-';
    k++;
  } else if (
    // (`grew by (-)1.0 per cent`: the Indian statistics releases' minus in brackets; round 58)
    isP(c.tokens[k], '(') &&
    isP(c.tokens[k + 1], '-', '−') &&
    isP(c.tokens[k + 2], ')') &&
    isNum(c.tokens[k + 3]) &&
    c.tokens[k + 1]?.gap === '' &&
    c.tokens[k + 3]?.gap === ''
  ) {
    printed = '-';
    k += 3;
  }
  let n = numberAt(c, k);
  // `an increase of USD 160`: an absolute change with the currency before its number.
  const before = n ? null : readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (before?.quantity && before.numberAt > k) n = before.quantity.number;
  return n ? { k, n, before, printed, approximate, stage } : null;
}

/** How many plain words may describe a percentage after its article (`by a staggering 56 per cent`). */
const AMOUNT_ADJECTIVES = 2;

/**
 * `plummeted by a staggering 56 per cent`, `fell by a sharp 21 percent`, `rose a modest 3.2%`: an
 * article and at most {@link AMOUNT_ADJECTIVES} plain words (no number, no stop word) before a
 * percentage describe the amount — read structurally, so a new adjective needs no new string.
 * The token of the number, or null (only before a percentage: `rose by a further 20 units`).
 */
function describedAmountAt(c: Cursor, k: number): number | null {
  const article = m(c, k, c.g.articles);
  if (!article) return null;
  let at = article.to;
  for (let n = 0; n < AMOUNT_ADJECTIVES && !isNum(c.tokens[at]); n++) {
    const t = c.tokens[at];
    // (`by an estimated 7.35%`, `by a nearly 50 per cent`: a stage or bound word is read as one)
    if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold)) return null;
    if (m(c, at, c.g.stageWords) || m(c, at, c.g.approximate)) return null;
    at++;
  }
  return at > article.to && isNum(c.tokens[at]) && percentAfter(c, at + 1) ? at : null;
}

type Approximate = 'about' | 'over' | 'under' | undefined;
type Form = 'rate' | 'points' | 'absolute';

/** A number written in groups of thousands with commas (`41,182`, `1,250,000`). */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/u;

/** The change's form and where its amount ends: a percentage, percentage points or a quantity. */
function formAt(
  c: Cursor,
  k: number,
  before: QuantityMatch | null,
): { form: Form; to: number; q: QuantityMatch | undefined; hundredth?: boolean } | null {
  const points = m(c, k + 1, c.g.pointWords);
  const pct = percentAfter(c, k + 1);
  if (before?.quantity) return { form: 'absolute', to: before.to, q: before };
  if (points) return { form: 'points', to: points.to, q: undefined };
  // `narrowed 15 bps`: basis points are points, the amount a hundredth of the number (below)
  const bps = basisPointsAfter(c, k + 1);
  if (bps) return { form: 'points', to: bps, q: undefined, hundredth: true };
  if (pct) {
    const alsoPoints = m(c, pct, c.g.pointWords);
    if (alsoPoints && c.g.locale === 'vi') return { form: 'points', to: alsoPoints.to, q: undefined };
    return { form: 'rate', to: pct, q: undefined };
  }
  const shared = sharedUnitAt(c, k);
  if (shared) return { form: shared, to: k + 1, q: undefined };
  const read = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  return read?.quantity ? { form: 'absolute', to: read.to, q: read } : null;
}

/**
 * `fell by 0.12 and 0.15 per cent`, `increased by 0.29 compared to the previous month and 1.61
 * percent over the same period last year`, `tăng 2 và 3 điểm phần trăm`: a bare number joined
 * to a second one (its own base may stand between) shares the percent or points word written
 * after the second. Constant time; returns the shared form, or null.
 */
function sharedUnitAt(c: Cursor, k: number): 'rate' | 'points' | null {
  // (`up by 41,182 or 5.8%`: a number in groups of thousands is a count, never a percentage the second
  // shares — English commas; round 63, it had been a certain rise of 41 182 percent)
  if (c.g.locale === 'en' && THOUSANDS.test(c.tokens[k]?.text ?? '')) return null;
  let j = k + 1;
  const base = readBase(c, j);
  if (base) j = base.to;
  const joiner = m(c, j, c.g.joiners);
  if (!joiner || !numberAt(c, joiner.to)) return null;
  const after = joiner.to + 1;
  if (m(c, after, c.g.pointWords)) return 'points';
  return percentAfter(c, after) ? 'rate' : null;
}

/** How many words of a counted noun may stand between a count and its bracketed rate (`người chết`). */
const COUNTED_WORDS = 2;

/**
 * `giảm 2.170 ha (bằng 1,46%) so với năm 2018`, `up VND 500 billion (or 5 percent)`, `tăng 2.375 tỷ
 * đồng (+10,7%)`, `giảm 4 vụ (giảm 44,44%)`: the bracket after an absolute change that states it as
 * a percentage (with the change's verb of the same direction repeated, or none).
 */
function bracketRateAt(c: Cursor, to: number, sign: number): { at: number; amount: PrintedNumber; to: number } | null {
  // (`giảm 2 người chết (18,18%)`, `tăng 1 người bị thương (16,67%)`: up to two words of the counted
  // noun between the count and its bracket, Vietnamese since round 45; `increased by 3,826 passengers
  // (41.5%)`, English since round 59 — a word of a base or a move, `to`, `from`, `over`, ends the noun)
  if (!isP(c.tokens[to], '(')) {
    let k = to;
    while (
      k < c.limit &&
      k - to < COUNTED_WORDS &&
      c.tokens[k]?.kind === 'word' &&
      (c.g.locale === 'vi' ||
        !(
          m(c, k, c.g.toWords) ||
          m(c, k, c.g.fromWords) ||
          m(c, k, c.g.compareWords) ||
          m(c, k, c.g.restateWords ?? [])
        ))
    )
      k++;
    // (a bracket that repeats the verb, `giảm 2 người chết (giảm 33,33%)`, is read on its own and
    // given to its count by `sentence/measure-owner.ts`)
    const verbIn = isP(c.tokens[k], '(') ? m(c, k + 1, c.g.changeVerbs) : null;
    if (k > to && isP(c.tokens[k], '(') && !verbIn) {
      const read = bracketRateAt(c, k, sign);
      if (read) return read;
    }
    // (`That was up 13,900 nights or 10 per cent … on September 2015`: the counted noun between the
    // count and its rate restated after `or`, English; round 65 — the rate had been a certain ratio of
    // 10 % to September 2015)
    // (only plain words of the noun: `for FY2022, or 38.5%` after an amount is no counted noun)
    let noun = to;
    while (noun < k && c.tokens[noun]?.kind === 'word' && !c.g.planPhraseStops.has(c.tokens[noun]?.forms.fold ?? ''))
      noun++;
    if (k > to && noun === k && c.g.locale === 'en') {
      const read = commaRateAt(c, k, sign);
      if (read) return read;
    }
  }
  if (!isP(c.tokens[to], '(')) return commaRateAt(c, to, sign) ?? restatedRateVi(c, to, sign);
  // (`giảm 4 vụ (giảm 44,44%)`, `tăng 1 dự án (tăng 50%)`: the change's own verb repeated inside
  // the bracket restates it; a verb of the other direction, `tăng 5 vụ (giảm 2%)`, is not its rate)
  const sameVerb = m(c, to + 1, c.g.changeVerbs);
  if (sameVerb && sameVerb.phrase.data !== sign) return null;
  const verbIn = sameVerb ?? m(c, to + 1, c.g.ratioVerbs);
  let at = verbIn ? verbIn.to : to + 1;
  // A plus sign glued to the rate repeats the verb's direction.
  if (isP(c.tokens[at], '+') && isNum(c.tokens[at + 1]) && c.tokens[at + 1]?.gap === '') at++;
  const r = numberAt(c, at);
  const end = r ? percentAfter(c, at + 1) : 0;
  if (!r || !end || !isP(c.tokens[end], ')')) return null;
  return { at, amount: sign < 0 ? negate(r) : r, to: end + 1 };
}

/**
 * `fell by $5.8 billion, or 11 percent, to $45.5 billion`, `rose VND 2 trillion, or 8.5%, from a
 * year earlier`, `up US$1.2 billion, or 9 per cent`: the same absolute change restated as a
 * percentage between commas (English newswire), or after a bare `or` (`up by P1.0 billion or 32%,
 * from …`, Philippine disclosures). The rate ends the clause or is followed by a comma and a level
 * (`to …`) or a base, or with no comma before `or` by a level, an earlier level or a base right
 * after it; `or 11 percent of the total` is a share, not read.
 */
function commaRateAt(c: Cursor, to: number, sign: number): { at: number; amount: PrintedNumber; to: number } | null {
  if (c.g.locale !== 'en') return null;
  const comma = isP(c.tokens[to], ',');
  const or = comma ? to + 1 : to;
  // (grammar `restateWords`: `or`)
  // (`decreased by 1.50 thousand MT or by 27.4 percent`: `or by`, round 41)
  const restate = m(c, or, c.g.restateWords ?? []);
  if (!restate) return null;
  const at = restate.to;
  const r = numberAt(c, at);
  const end = r ? percentAfter(c, at + 1) : 0;
  if (!r || !end) return null;
  const next = c.tokens[end];
  let stop = end;
  if (next === undefined || (next.kind === 'punct' && next.text !== ',')) stop = end;
  else if (isP(next, ',') && (m(c, end + 1, c.g.toWords) || readBase(c, end + 1))) stop = end + 1;
  // (`higher by P7.4 billion or 21% compared to 2022`, `grew by P1.2 billion or 39% from P3.2
  // billion to …`: with no comma a level, an earlier level or a base goes on right after the rate)
  // (`rose by P7.2 billion or 14% in 2023`: or the statement's period; round 40 — it had been a
  // certain ratio of 14 % against 2023)
  else if (
    !comma &&
    (m(c, end, c.g.toWords) ||
      m(c, end, c.g.fromWords) ||
      readBase(c, end) ||
      matchPeriod(c.tokens, end, c.g.locale) !== null ||
      fiscalYearAfter(c, end) ||
      periodThenLevel(c, end) ||
      // (`increased $27.8 million or 14.3% reflecting higher investment`: a cause after it; round 60 —
      // the rate had been a doubted level of 14.3 %)
      (c.g.restatedRateTails !== undefined && m(c, end, c.g.restatedRateTails) !== null))
  )
    stop = end;
  else if (!isP(next, ',')) return null;
  return { at, amount: sign < 0 ? negate(r) : r, to: stop };
}

/**
 * `up by more than $1 billion or 5.9% for the fiscal year`: a preposition of a span (grammar
 * `spanPrepositions`), an article and a fiscal year's words (`fiscalYearWords`) at token `k` — the
 * year the figures are of, though it names no number (round 54).
 */
function fiscalYearAfter(c: Cursor, k: number): boolean {
  if (!c.g.spanPrepositions?.has(c.tokens[k]?.forms.fold ?? '') || !c.g.fiscalYearWords) return false;
  const at = c.g.definiteArticles.has(c.tokens[k + 1]?.forms.fold ?? '') ? k + 2 : k + 1;
  return m(c, at, c.g.fiscalYearWords) !== null;
}

/** How many tokens a period between a rate and the level after it may run (`in the 12 months to February 2019`). */
const PERIOD_BEFORE_LEVEL = 9;

/**
 * `rose by $6.0 billion or 15.9 per cent in the 12 months to February 2019, to $44.0 billion`: a
 * period (one the reader dates, after plain words and numbers) then a comma and `to` with the level
 * reached follow the rate at `k` (round 53; the rate had been a level). Constant time.
 */
function periodThenLevel(c: Cursor, k: number): boolean {
  for (let j = k; j < c.limit && j <= k + PERIOD_BEFORE_LEVEL; j++) {
    const t = c.tokens[j];
    if (t?.kind === 'punct') return false;
    const p = matchPeriod(c.tokens, j, c.g.locale);
    if (!p) continue;
    const to = isP(c.tokens[p.to], ',') ? m(c, p.to + 1, c.g.toWords) : null;
    return to !== null && (isNum(c.tokens[to.to]) || m(c, to.to, c.g.currencyBefore) !== null);
  }
  return false;
}

/** A rate read as a completion: 100 ± the amount, of the plan named after it. */
/** @internal */
export function overPlan(
  c: Cursor,
  amount: PrintedNumber,
  of: StatedCompletion['of'],
  approximate: Approximate,
  at: { k: number; to: number; rule: string; level: MatchLevel },
): Found {
  const completion: StatedCompletion = { percent: shift(amount, '100'), form: 'exceeded-by', of, approximate };
  return {
    to: at.to,
    fig: { kind: 'completion', completion, numberAt: at.k },
    rule: `${c.g.locale}.completion.${at.rule}`,
    level: at.level,
  };
}

/** How far back a change looks for its statement's own year (tokens). */
const OWN_YEAR_WINDOW = 24;

/**
 * `rose 5% to VND 40 trillion`: the level the change reached (English). (`increased by 12% up to
 * VND 644 billion`: after a rise's amount, `up to` is where it went, no bound of that level.)
 */
function thenAt(c: Cursor, to: number, rising = false): QuantityMatch | undefined {
  const upTo = rising && c.g.locale === 'en' ? m(c, to, c.g.approximate) : null;
  const toWord =
    c.g.locale !== 'en' ? null : upTo && c.g.riseBounds.has(upTo.phrase.text) ? { to: upTo.to } : m(c, to, c.g.toWords);
  if (!toWord) return undefined;
  // (`grew 7 percent from 2016 to 2017`: the year a span of years ends at is a period, no level)
  if (yearSpanEndEn(c.tokens, to)) return undefined;
  const next = readQuantity(c.text, c.tokens, toWord.to, c.g, c.limit);
  return next?.quantity ? next : undefined;
}

/**
 * The amount a rate is restated as after `or` at token `at` (`18% or P9.6 billion`, grammar
 * `restateWords`): a sum or a count with its scale or unit, never a percentage; null when none.
 * @internal
 */
export function restatedAmountAt(c: Cursor, at: number): QuantityMatch | null {
  const or = m(c, at, c.g.restateWords ?? []);
  if (!or) return null;
  const amount = readQuantity(c.text, c.tokens, or.to, c.g, c.limit);
  const q = amount?.quantity;
  return amount && q && q.unitCode !== 'percent' && (q.unit !== undefined || q.scale !== 0) ? amount : null;
}

/** After `, or $4.9 billion,` at token `to` (a rate's amount restated between commas): the token after the second comma, or -1. */
function restatedBetweenCommas(c: Cursor, to: number): number {
  if (!isP(c.tokens[to], ',')) return -1;
  const amount = restatedAmountAt(c, to + 1);
  return amount && isP(c.tokens[amount.to], ',') && amount.to + 1 < c.limit ? amount.to + 1 : -1;
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function changeAt(c: Cursor, i: number, given?: PhraseMatch<1 | -1>): Found | null {
  // (`given`: the verb read elsewhere — `increased shipments by 10 percent` — and `i` its `by`)
  // (`year-on-year rises of 10.6 percent`: a simple-present verb before `of` is the plural noun)
  const asVerb = given ? null : m(c, i, c.g.changeVerbs);
  const verbal = asVerb && !m(c, i, c.g.pluralChangeNouns) && !insideChangeVerbNoun(c, i) ? asVerb : null;
  const noun = given || verbal ? null : nounChangeAt(c, i);
  const verb = given ?? verbal ?? noun?.verb;
  if (!verb) return null;
  // `…, up to 23.3 percent against the same period last year`: in press English `up to` before a
  // percentage with a period base is the rise itself, not a bound (without a base it stays a bound).
  const upTo = m(c, i, c.g.approximate);
  if (upTo && c.g.riseBounds.has(upTo.phrase.text) && verb.phrase.data > 0) {
    const n = numberAt(c, upTo.to);
    const pct = n ? percentAfter(c, upTo.to + 1) : 0;
    const base = pct ? readBase(c, pct) : null;
    if (n && base && base.base.kind !== 'plan') {
      const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: upTo.to, base };
      return { to: base.to, fig, rule: `${c.g.locale}.change.rate-up-to`, level: worst(verb.level, base.level) };
    }
  }
  // (`đàn heo tăng ,54%`: the amount lost its whole part — a decimal mark after a space, glued to
  // the digits; read as an unreadable figure of the change, never as 54; round 49)
  if (verb.to + 1 < c.limit && lostWholePartAt(c.tokens, verb.to + 1)) {
    const pct = percentAfter(c, verb.to + 2);
    return {
      to: pct || verb.to + 2,
      fig: { kind: 'invalid', numberAt: verb.to + 1, error: 'The amount of the change lost its whole part' },
      rule: `${c.g.locale}.change.lost-whole-part`,
      level: verb.level,
    };
  }
  // (`increased slightly by 0.5%`, `rose sharply 12 percent`: a manner adverb before the amount)
  const adverbTo = afterChangeAdverb(c, verb.to);
  // (`increased year-on-year by 13.9 per cent`: a base between the verb and `by`)
  const early = adverbTo === null ? baseBeforeBy(c, verb.to) : null;
  const direct = amountAt(c, verb.to, noun !== null) ?? (adverbTo === null ? null : amountAt(c, adverbTo));
  // (`số doanh nghiệp đăng ký mới giảm (1,5%) so với cùng kỳ`: the rate alone in a bracket right
  // after the verb, its base after the bracket; round 44 — it had been a bracketed level)
  const bracketed =
    !direct && !early && isP(c.tokens[verb.to], '(') && adverbTo === null ? amountAt(c, verb.to + 1) : null;
  const read = direct ?? (early ? amountAt(c, early.at) : null) ?? bracketed;
  if (!read) return null;
  const before = direct ? null : early;
  // `tốc độ tăng trưởng 6 tháng đầu năm 2021 của tỉnh đạt 7,58%`: the number after the verb opens
  // a period (a month count), no amount of change; the scanner reads the period there.
  if (!read.before && !read.printed && matchPeriod(c.tokens, read.k, c.g.locale)) return null;
  // `… 6,000 MW of wind power by 2025 and 12,000 MW by 2030`: a year the period reader takes as a
  // deadline with its `by` (before a stop or a joiner) is no amount of a change (`power by` read
  // as a slip of `lower by`; `fell by 2000 tonnes` is one: a unit follows).
  if (!read.before && !read.printed && matchPeriod(c.tokens, read.k - 1, c.g.locale)?.to === read.k + 1) return null;
  const { k, n, approximate } = read;
  // (`down +3%`: a plus sign against a verb of fall says two things; neither is read)
  if (read.printed === '+' && verb.phrase.data < 0) return null;
  // (a minus sign after a verb of fall repeats it: `down -3.1% YoY` fell 3.1%, never rose)
  const sign = read.printed === '-' ? -1 : verb.phrase.data;
  const shape = formAt(c, k, read.before);
  if (!shape) return null;
  // `an advance of VND 200 billion`: a noun that also names money states a change only in percent
  if (noun && shape.form === 'absolute' && c.g.rateOnlyChangeNouns?.has(noun.verb.phrase.text)) return null;
  // (`từ 80 triệu USD tăng vọt tới khoảng 4 tỷ USD`: a manner word and `tới` before an amount reach a level)
  if (shape.form !== 'rate' && c.g.rateOnlyChangeVerbs?.has(verb.phrase.text)) return null;
  const signed = sign < 0 ? negate(n) : n;
  const amount = shape.hundredth ? hundredth(signed) : signed;
  let { form, to, q } = shape;
  if (bracketed) {
    if (form !== 'rate' || !isP(c.tokens[to], ')')) return null;
    to++;
  }
  const bracket = form === 'absolute' ? bracketRateAt(c, to, sign) : null;
  if (bracket) {
    form = 'rate';
    q = undefined;
    to = bracket.to;
  }
  // `gaining 21.4 percent of the plan`: a percentage OF a plan is how much of it was done, whatever
  // verb opens it — the completion rule reads it, never a rise over the plan (121.4 %); round 36
  if (form === 'rate' && c.g.planOf.length > 0 && m(c, to, c.g.planOf) && planPhraseAt(c, to)) return null;
  // (`tăng 0,6% cụ thể là tăng 0,3 tỷ đồng so với năm 2014`: the base after the rate's amount said
  // again is the rate's too; the amount is read on its own, an absolute change left unread)
  const restated = form === 'rate' && !bracket ? restatedAmountVi(c, to, sign) : -1;
  const here = readBase(c, to);
  const ahead = restated > 0 && !here ? readBase(c, restated) : null;
  // (`an increase of 10.8 percent, or $4.9 billion, from the previous year`: the base after the rate's
  // amount restated between commas is the rate's; round 51 — the base had been lost)
  const between = !here && form === 'rate' && !bracket && c.g.locale === 'en' ? restatedBetweenCommas(c, to) : -1;
  const after =
    here ?? baseAfterBracket(c, to) ?? ahead ?? (between > 0 ? readBase(c, between) : null) ?? before?.base ?? null;
  // `rising 22.5% above estimates`, `5 percent below the annual plan`: a rate over or under a plan.
  // `surged by 29 percent against the estimates`, `fell 4% compared with the annual plan`: a
  // change against a plan noun phrase is a completion, never a change against a period.
  const side = !after && form === 'rate' ? (m(c, to, c.g.planSides) ?? m(c, to, c.g.compareWords)) : null;
  const planRead = side ? planPhraseAt(c, side.to, false) : null;
  // (`rose 2% against the target of 8%`: a comparison with a stated figure, no completion)
  const sidePlan = planRead && planPhraseEnds(c, planRead.to) && !statedAfter(c, planRead.to) ? planRead : null;
  // `down 10.1 percent from the 2020 estimates`: the estimate of a named year is that year's
  // estimated figure — a base, not this statement's plan
  // (only when no year is written shortly before: the statement's own year makes it this year's
  // plan — `revenue in 2024 rose 4 percent against the 2024 estimate` is 104 % of it — and
  // another year is judged by the certainty pass as an earlier plan, doubted)
  let yearEstimate =
    side && sidePlan && isEstimateKind(sidePlan.phrase.data) ? yearTokenIn(c, side.to, sidePlan.to) : -1;
  // (`Sugar cane production in MY 2024 is forecast at 9.9 MMT, increasing nearly three percent from the MY
  // 2023 estimate`: another year's estimate stays that year's base; round 64 — it had been a completion
  // of 103 %)
  const ownYear = yearEstimate >= 0 ? yearTokenIn(c, Math.max(0, i - OWN_YEAR_WINDOW), i) : -1;
  if (ownYear >= 0 && c.tokens[ownYear]?.text === c.tokens[yearEstimate]?.text) yearEstimate = -1;
  if (side && sidePlan && yearEstimate >= 0) {
    const year = c.tokens[yearEstimate] as { text: string };
    const base: BaseRead = {
      from: side.from,
      to: sidePlan.to,
      base: {
        kind: 'named-period',
        match: { from: yearEstimate, to: yearEstimate + 1, id: year.text, rule: `${c.g.locale}.period.year-estimate` },
      },
      level: worst(side.level, sidePlan.level),
    };
    const fig: Figure = { kind: 'change', form, amount, numberAt: k, base, approximate, stage: read.stage };
    return {
      to: sidePlan.to,
      fig,
      rule: `${c.g.locale}.change.rate-vs-year-estimate`,
      level: worst(verb.level, base.level),
    };
  }
  if (side && sidePlan) {
    const level = worst(verb.level, side.level, sidePlan.level);
    // a side word signs the amount (`5 percent below the plan`); after a compare word the verb does
    // (`an increase of $14,666,712 or 12% from …`: the rate restated after the amount is the one over
    // the plan, never the amount; round 61)
    const rate = bracket ? (numberAt(c, bracket.at) ?? n) : n;
    const over =
      side.phrase.data === undefined ? (bracket?.amount ?? amount) : side.phrase.data < 0 ? negate(rate) : rate;
    return overPlan(c, over, sidePlan.phrase.data, approximate, {
      k,
      to: sidePlan.to,
      rule: 'rate-beside-plan',
      level,
    });
  }
  // `rose 2% against the target of 8%`: a plan that states its own figure is compared with, not
  // completed — no completion and no base (the change is left unread, never guessed).
  const planStated = after?.base.kind === 'plan' && statedAfter(c, after.to);
  const base = planStated ? null : (after ?? noun?.base ?? null);
  if (after && after !== before?.base && after !== ahead) to = after.to;
  // `tăng 15,2% so với dự toán`, `giảm 5% so với kế hoạch`: over or under the plan, a completion.
  if (base?.base.kind === 'plan' && form === 'rate') {
    const level = worst(verb.level, base.level);
    return overPlan(c, amount, base.base.of, approximate, { k, to, rule: 'change-vs-plan', level });
  }
  // (`were higher by 18% or P9.6 billion to P78.1 billion`: the rate restated as an amount after `or`,
  // grammar `restateWords` — the amount is the change's, read past, whatever follows it (a level after
  // `to`, the clause's end, a period, a base or any word: `rose 32.7 per cent or P59.4 billion in exports
  // to Japan` had been a certain value, round 60); the level is the statement's value, never the amount)
  if (form === 'rate' && !base && c.g.locale === 'en') to = restatedAmountAt(c, to)?.to ?? to;
  const then = thenAt(c, to, verb.phrase.data > 0 && form === 'rate');
  if (then) to = then.to;
  // `Tourism revenue gained 18.4 trillion VND, 12.4 percent higher than …`, `Vietnam gained 19.9
  // billion US dollars from exporting phones, up 3 percent`: an amount after a verb of gain (grammar
  // `gainedLevelVerbs`) with no base and no level after `to` is the level the press means (`đạt`),
  // read as the value — doubted, as native English writes it for the rise (`doubts/gained-level.ts`)
  if (
    form === 'absolute' &&
    !bracket &&
    !base &&
    !then &&
    verbal &&
    q?.quantity &&
    q.quantity.unitCode !== 'percent' &&
    c.g.gainedLevelVerbs?.has(verbal.phrase.text)
  ) {
    const fig: Figure = { kind: 'value', q, verbFrom: i, stage: read.stage, count: false, approximate, average: false };
    return { to, fig, rule: `${c.g.locale}.value.gained-level`, level: verbal.level };
  }
  const fig: Figure = {
    kind: 'change',
    form,
    amount: bracket ? bracket.amount : amount,
    numberAt: bracket ? bracket.at : k,
    q,
    base: base ?? undefined,
    then,
    approximate,
    stage: read.stage,
  };
  const rule = `${c.g.locale}.change.${form}${bracket ? '-in-bracket' : ''}${!after && noun?.base ? '-noun-phrase-base' : ''}`;
  return { to, fig, rule, level: worst(verb.level, base?.level) };
}

/**
 * `giảm 1,6% (-673 ha) so cùng kỳ`, `tăng 14,8% (tăng 33,92 tỷ USD) so với cùng kỳ năm ngoái`: a
 * short bracket between a change and its base states the change's size; the base after it is
 * the change's. The bracket is read as part of the change (its number is no statement).
 */
export function baseAfterBracket(c: Cursor, i: number): BaseRead | null {
  if (!isP(c.tokens[i], '(')) return null;
  // (`tăng 14% (cùng kỳ năm trước tăng 7,1%) so với …`, `(quý I tăng 6,5%; …)`, `(năm 2023 đạt …)`:
  // a bracket that opens on a base or a period states another period's figure — never swallowed)
  if (readBase(c, i + 1) || matchPeriod(c.tokens, i + 1, c.g.locale)) return null;
  // (`tăng 31,6% (từ 20,84 triệu tấn lên 27,43 triệu tấn) so với …`: the two levels of the change
  // are figures of their own, read by the from-to rule — never swallowed either)
  // (a neutral `từ X đến Y` is a range the rule leaves unread: the base still reaches the change)
  const from = m(c, i + 1, c.g.fromWords);
  const level = from ? readQuantity(c.text, c.tokens, from.to, c.g, c.limit) : null;
  const to = level?.quantity ? m(c, level.to, c.g.toWords) : null;
  if (to && !c.g.rangeToWords.has(to.phrase.text)) return null;
  for (let k = i + 1; k < c.limit && k <= i + 10; k++) {
    const t = c.tokens[k];
    if (isP(t, '(')) return null;
    if (isP(t, ')')) return readBase(c, k + 1);
  }
  return null;
}

/** The `change` figure rule. @internal */
export const changeRule: FigureRule = { id: 'change', locales: EVERY_LOCALE, match: changeAt };
