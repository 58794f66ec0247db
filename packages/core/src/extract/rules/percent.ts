import { cmp, toNum } from '../../decimal/decimal';
import { fold } from '../fold';
import { negate } from '../numeral';
import { matchPeriod } from '../period-phrase';
import type { PhraseMatch } from '../phrase';
import { type QuantityMatch, readQuantity } from '../quantity';
import type { MatchLevel, PlanKind, StatedCompletion } from '../types';
import { baseAfterBracket } from './change';
import { changeNounAfter } from './change-amount-before-noun';
import { postChangeAt } from './change-direction-after';
import {
  approximationAt,
  type BaseRead,
  bareBaseAt,
  type Cursor,
  directionThanAt,
  EVERY_LOCALE,
  type Figure,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  namedLevelBefore,
  numberAt,
  percentAfter,
  planPhraseAt,
  readBase,
  worst,
} from './context';
import { earlierLevelAt } from './en-change-earlier-level';
import { openBoundAt } from './open-bound';
import { periodLevelAt } from './period-level-base';
import { bracketAlone } from './value';

/**
 * True when the base read from `from` to `to` is written as an abbreviation (`y/y`, `(m/m)`, `yoy`,
 * `q-o-q`), or — with `written`, a verb or a word (`from`, `after`) before the percentage, no comma
 * or colon — spelt out (`year-on-year`).
 */
function shorthandBase(c: Cursor, from: number, to: number, written = false): boolean {
  // (`y-o-y`, `(q-o-q)`: an abbreviation the tokens split at its hyphens, read whole)
  const first = c.tokens[from];
  const last = c.tokens[to - 1];
  if (first && last && to - from <= 7) {
    const whole = fold(c.text.slice(first.start, last.end)).replace(/^\(|\)$/gu, '');
    if (c.g.rateShorthands.has(whole)) return true;
  }
  for (let j = from; j < to && j < from + 8; j++) {
    const t = c.tokens[j];
    if (!t) break;
    const w = fold(t.text);
    if (w.includes('/') || c.g.rateShorthands.has(w)) return true;
    // (`was 3.8% year-on-year`, `from 0.5% month-on-month`: the written-out adverb right after the
    // percentage; one after a comma or colon stays open, growth or level)
    if (j === from && written && c.g.rateOnUnits?.has(w)) {
      const words = c.tokens.slice(j + 1, j + 5).filter((x) => x.text !== '-');
      if (fold(words[0]?.text ?? '') === 'on' && fold(words[1]?.text ?? '') === w) return true;
    }
  }
  return false;
}
const RATIO_FLOOR = toNum('50');

/**
 * `…: 7.4% year-on-year`, `…, or 2.5% quarter-on-quarter`, `-0.1 percent (m/m) and 9.3 percent
 * (y/y)`, `… and 23% year-on-year`: a verbless (or restated) percentage under 50 before a base written as a rate's
 * own adverb (`y/y`, `YoY`, `year-on-year`) after a comma, a colon or a joiner — read by
 * {@link percentAt} as a ratio when no rate before lends it its verb. A level that low against the
 * base would say the measure more than halved, so it is the rate; with no verb of its own it stays
 * doubted (rate-or-ratio). The scan calls it when no rate's direction carries over (R29-CHANGE).
 */
export function openShorthandRate(c: Cursor, fig: Figure): boolean {
  if (fig.kind !== 'change' || fig.form !== 'ratio' || !fig.base) return false;
  // (`…, or 2.5% quarter-on-quarter`: a restating `or` is no verb of its own)
  const verb = fig.verb === undefined ? undefined : fold(fig.verb);
  const restated = verb !== undefined && (c.g.restateWords ?? []).some((r) => fold(r.text) === verb);
  if (fig.verbless !== true && !restated) return false;
  if (cmp(toNum(fig.amount.value), RATIO_FLOOR) >= 0) return false;
  return shorthandBase(c, fig.base.from, fig.base.to, true);
}

/** The mark in a change's rule of a verbless rate read by {@link openShorthandRate}. */
export const OPEN_SHORTHAND_RATE = 'rate-shorthand-open';

/** The mark in a change's rule of a signed percentage alone in its bracket ({@link percentAt}). */
export const SIGNED_IN_BRACKET = 'signed-rate-in-bracket';

/**
 * The level a bracketed signed rate that ends at `pct` reached, when its bracket goes on with `to`
 * and that level and closes right after it (`(+18.0% to US$72.85)`, `(-25.0% to 63.9%)`); English
 * only. Constant time.
 */
function levelToBracketEnd(c: Cursor, pct: number): QuantityMatch | undefined {
  const to = c.g.locale === 'en' ? m(c, pct, c.g.toWords) : null;
  const level = to ? readQuantity(c.text, c.tokens, to.to, c.g, c.limit) : null;
  return level?.quantity && isP(c.tokens[level.to], ')') ? level : undefined;
}

/**
 * `Toyota 2,050 (-12%)`, `imports of US$96 billion (+12%)`, `furniture (-13.6%)`: a signed
 * percentage alone in its bracket, read from its sign at `i`, is a change (of the figure or the
 * name before the bracket) against a base the text does not state; so is one followed in its
 * bracket by the level it reached (`RevPAR (+18.0% to US$72.85)`, round 53). Constant time.
 */
function signedInBracketAt(c: Cursor, i: number): Found | null {
  const sign = c.tokens[i];
  const k = i + 1;
  if (!isP(sign, '+', '-', '−') || !isP(c.tokens[i - 1], '(') || c.tokens[k]?.gap !== '') return null;
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  const alone = bracketAlone(c, k, pct);
  const then = alone ? undefined : levelToBracketEnd(c, pct);
  if (!alone && !then) return null;
  const amount = sign?.text === '+' ? n : negate(n);
  const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: k, then };
  return { to: then?.to ?? pct, fig, rule: `${c.g.locale}.change.${SIGNED_IN_BRACKET}`, level: 'exact' };
}

/**
 * `…, minus 31% y/y`, `plus 10.8% y/y`: a sign written as a word (grammar `signWords`) at `i`, right
 * before a percentage whose base is written in research shorthand (`y/y`, `YoY`, `year-on-year`), is
 * the signed rate of change against that base (round 67; the sign had been lost and the word had named
 * a statement of its own). Any other base, or none (`salary plus 10% bonus`), reads nothing. Constant time.
 */
function signWordRateAt(c: Cursor, i: number): Found | null {
  const word = c.g.signWords ? m(c, i, c.g.signWords) : null;
  const n = word ? numberAt(c, word.to) : null;
  const pct = word && n ? percentAfter(c, word.to + 1) : 0;
  const base = word && pct ? readBase(c, pct) : null;
  if (!word || !n || !base || base.base.kind === 'plan' || !shorthandBase(c, pct, base.to)) return null;
  const amount = word.phrase.data < 0 ? negate(n) : n;
  const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: word.to, base };
  return { to: base.to, fig, rule: `${c.g.locale}.change.sign-word-rate`, level: base.level };
}

/** How many tokens back from the `and` a completion's number may stand (`about 51.2 per cent of the 2017 plan`). */
const COMPLETION_TOKENS = 8;

/**
 * True when the figure that starts at `i` follows `and` (or `, and`) right after a completion of a
 * plan — a percentage and its plan phrase ending at that `and` (`reached 51% of the plan and …`,
 * `completed 95 per cent of the yearly target and …`): the figure after it is the same verb's
 * second percentage. Constant time (a few tokens back).
 */
function completionJoinedBefore(c: Cursor, i: number): boolean {
  const and = c.tokens[i - 1];
  if (and?.kind !== 'word' || and.forms.fold !== 'and') return false;
  const end = isP(c.tokens[i - 2], ',') ? i - 2 : i - 1;
  for (let j = end - 2; j >= 0 && j >= end - COMPLETION_TOKENS; j--) {
    // (a number that is no percentage — the plan's year, `of the 2017 plan` — is read past)
    const pct = isNum(c.tokens[j]) ? percentAfter(c, j + 1) : 0;
    if (pct > 0) return planPhraseAt(c, pct)?.to === end;
  }
  return false;
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
/**
 * The progress adjective right after a percentage (grammar `progressAdjectives`: `70% complete`,
 * `95 percent finished`) that ends its clause — the sentence's end, a punctuation mark or a joiner
 * or a period phrase after it (`… 70% complete and is due to …`, `95% complete in 2022`) — or null. A word after it makes the adjective a verb
 * with an object (`70% completed the course`: a share of people). R26EN.
 */
function progressAt(c: Cursor, pct: number): { to: number; level: MatchLevel } | null {
  const words = c.g.progressAdjectives;
  const done = words ? m(c, pct, words) : null;
  if (!done) return null;
  const next = c.tokens[done.to];
  // (`95% complete in 2022`, `complete as of June 2024`: a period phrase after it ends it too)
  const ends =
    done.to >= c.limit ||
    next === undefined ||
    next.kind === 'punct' ||
    m(c, done.to, c.g.joiners) !== null ||
    matchPeriod(c.tokens, done.to, c.g.locale) !== null;
  return ends ? { to: done.to, level: done.level } : null;
}

/** How many words of the measure's noun may stand between a percentage and its base (`lượng thu mua`). */
const MEASURE_NOUN_WORDS = 4;

/**
 * `bằng 100,3% lượng thu mua cùng kỳ năm 2013`, `bằng 76,3% doanh thu cùng kỳ năm 2013`: after a verb,
 * the percentage's measure named again before its period base — the base of a ratio, as `so với cùng
 * kỳ` is. At most {@link MEASURE_NOUN_WORDS} words, none a figure or punctuation; a plan is such a base
 * only after a compare word (`đạt 53,9% sản lượng sản xuất so với mục tiêu`: a completion; `bằng 79,7% KH
 * năm 2014` is read before). Vietnamese only: English names the measure with
 * `of` (`of last year's revenue`). Constant time.
 */
function measureNounBase(c: Cursor, pct: number): BaseRead | null {
  if (c.g.locale !== 'vi') return null;
  for (let j = pct + 1; j <= pct + MEASURE_NOUN_WORDS && j < c.limit; j++) {
    if (c.tokens[j - 1]?.kind !== 'word') return null;
    const b = readBase(c, j);
    // (`đã đạt 53,9% sản lượng sản xuất so với mục tiêu đề ra`: a plan after a compare word is the
    // base of the measure's completion)
    if (b) return b.base.kind === 'plan' && !m(c, j, c.g.compareWords) ? null : b;
  }
  return null;
}

/**
 * `bằng 102,83% so với công suất kế hoạch năm 2018`, `bằng 98% so với doanh thu kế hoạch`: after a
 * compare word, the percentage's measure named again before the plan noun — a completion of that
 * plan (round 42; it had been left unread). At most {@link MEASURE_NOUN_WORDS} plain words between
 * the compare word and the plan. Vietnamese only. The plan and where it ends, or null.
 */
function measuredPlanAfterCompare(c: Cursor, pct: number): PhraseMatch<PlanKind> | null {
  if (c.g.locale !== 'vi') return null;
  const compare = m(c, pct, c.g.compareWords);
  if (!compare) return null;
  for (let j = compare.to + 1; j <= compare.to + MEASURE_NOUN_WORDS && j < c.limit; j++) {
    const t = c.tokens[j - 1];
    if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold) || m(c, j - 1, c.g.planWords)) return null;
    const plan = planPhraseAt(c, j);
    if (plan) return plan;
  }
  return null;
}

/**
 * `12.3% below April 2022`, `8% above 2022`: a period named with its year right after the side word
 * (round 52; the percentage had been a level of that period, doubted). English only: the Vietnamese
 * side words come after a compare word (`so với`).
 */
function namedPeriodAfterSide(c: Cursor, k: number): BaseRead | null {
  if (c.g.locale !== 'en') return null;
  const match = matchPeriod(c.tokens, k, c.g.locale);
  if (!match?.id || match.from !== k || match.to > c.limit) return null;
  return { from: k, to: match.to, base: { kind: 'named-period', match }, level: 'exact' };
}

export function percentAt(c: Cursor, i: number): Found | null {
  const signed = signedInBracketAt(c, i) ?? signWordRateAt(c, i);
  if (signed) return signed;
  const verb = m(c, i, c.g.percentVerbs);
  let k = verb ? verb.to : i;
  // `equivalent to only 65% of …`, `đạt vỏn vẹn 40%`: a focusing adverb after the verb changes nothing.
  const focus = verb ? m(c, k, c.g.focusAdverbs) : null;
  if (focus && (isNum(c.tokens[focus.to]) || m(c, focus.to, c.g.approximate))) k = focus.to;
  // `was 2.82 per cent higher than one year earlier`, `were 12% lower than last month`: an amount,
  // a direction and a base after a copula are a change, not a level of the percentage.
  const comparative = verb ? postChangeAt(c, k) : null;
  if (comparative) return comparative;
  // `đạt khoảng 95% kế hoạch`: an approximate completion or ratio (never audited).
  // (`…, about 70 percent of the 2019 level`: a bound with no verb opens a ratio too — a bare
  // percentage after it is still left to the value rule below)
  const { at, approximate, approx } = approximationAt(c, k);
  k = at;
  const n = numberAt(c, k);
  if (!n) return null;
  const pct = percentAfter(c, k + 1);
  if (!pct) return null;
  // `reached 9 percent year-on-year growth`: the amount of a change noun, read at the number.
  if (changeNounAfter(c, pct)) return null;
  const stage = verb && fold(verb.phrase.text).startsWith('uoc') ? ('estimate' as const) : undefined;
  // (`completing 60% target`, `fulfilling 95% yearly plan`: after a verb of fulfilling the plan's
  // noun may follow the percentage with no `of` — round 32, analysts' notes)
  const fulfil = verb !== null && m(c, i, c.g.fulfilVerbs)?.to === verb.to;
  // (`a dismal 5.8 per cent achievement of the set target`: a noun of fulfilling between the percentage
  // and the plan, grammar `completionNouns`; round 66, it had been a target of 5.8 %)
  const fulfilled = m(c, pct, c.g.completionNouns ?? []);
  const plan =
    planPhraseAt(c, pct) ??
    (fulfil ? planPhraseAt(c, pct, false) : null) ??
    (verb ? measuredPlanAfterCompare(c, pct) : null) ??
    (fulfilled ? planPhraseAt(c, fulfilled.to) : null);
  if (plan) {
    const completion: StatedCompletion = { percent: n, form: 'of-plan', of: plan.phrase.data, approximate };
    return {
      to: plan.to,
      fig: { kind: 'completion', completion, numberAt: k, stage },
      rule: `${c.g.locale}.completion.of-plan`,
      level: worst(verb?.level, plan.level),
    };
  }
  // `the line is approximately 70% complete`, `the bridge is 95 percent finished`: a project's
  // progress — the share of its planned work done, a completion (R26EN)
  const done = progressAt(c, pct);
  if (done) {
    const completion: StatedCompletion = { percent: n, form: 'of-plan', of: 'plan', approximate };
    return {
      to: done.to,
      fig: { kind: 'completion', completion, numberAt: k, stage },
      rule: `${c.g.locale}.completion.progress`,
      level: worst(verb?.level, done.level),
    };
  }
  // `11.6 percent over the same period last year`, `8.2% above last year`: a rate against a period
  // base, signed by the side word (a ratio verb keeps its ratio: `equal to 108% over …` is none).
  const ratioVerb = verb !== null && c.g.ratioVerbs.some((r) => fold(r.text) === fold(verb.phrase.text));
  // (`reached 51% of the plan and 110% over the same period`: a verbless percentage joined by `and`
  // to a completion of a plan shares that completion's level verb — a ratio to the base, no growth;
  // under 50 it stays the rate it reads as, a ratio that low would say the measure more than halved)
  const joinedRatio = !verb && cmp(toNum(n.value), RATIO_FLOOR) >= 0 && completionJoinedBefore(c, i);
  // (`tương ứng 31% chỉ tiêu giao`: a verb that reads a percentage only as a completion of a plan —
  // `tăng tương ứng 7,5%` is the change's rate, `tương ứng 12% tổng kim ngạch` a share)
  const planOnly = verb !== null && c.g.planOnlyPercentVerbs?.some((p) => p.text === verb.phrase.text) === true;
  // (`total revenue … is 861.7 billion VND, reaching 101% over the same period in 2018`: a verb of
  // reaching before a percentage of at least 50 is the Vietnamese `đạt 101% so với cùng kỳ` put
  // into English — a ratio to the base; `reached 12% over …` stays a rate)
  const reachRatio =
    verb !== null &&
    c.g.overBaseRatioVerbs?.some((r) => r.text === verb.phrase.text) === true &&
    cmp(toNum(n.value), RATIO_FLOOR) >= 0;
  const side = ratioVerb || joinedRatio || planOnly || reachRatio ? null : m(c, pct, c.g.rateSides);
  const sideBase = side
    ? (readBase(c, pct) ??
      readBase(c, side.to) ??
      bareBaseAt(c, side.to) ??
      namedPeriodAfterSide(c, side.to) ??
      periodLevelAt(c, side.to))
    : null;
  if (side && sideBase && sideBase.base.kind !== 'plan') {
    const amount = side.phrase.data < 0 ? negate(n) : n;
    const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: k, base: sideBase, approximate };
    const level = worst(verb?.level, side.level, sideBase.level);
    return { to: sideBase.to, fig, rule: `${c.g.locale}.change.rate-over-base`, level };
  }
  // (`bằng 99,6% (giảm 629 ha) so với năm trước`, `bằng 101,5% (vượt 12 tỷ đồng) so với kế hoạch`: a
  // ratio verb's percentage whose size is restated in a short bracket before its base, as a change's
  // is — `baseAfterBracket`; the bracket is read with it; round 45)
  const base =
    readBase(c, pct) ?? (verb ? measureNounBase(c, pct) : null) ?? (ratioVerb ? baseAfterBracket(c, pct) : null);
  if (base && base.base.kind === 'plan') {
    const completion: StatedCompletion = { percent: n, form: 'of-plan', of: base.base.of, approximate };
    return {
      to: base.to,
      fig: { kind: 'completion', completion, numberAt: k, stage },
      rule: `${c.g.locale}.completion.so-voi-plan`,
      level: worst(verb?.level, base.level),
    };
  }
  if (planOnly) return null;
  // `US$16.7bn, +8.9% y/y`, `(-3.2% YoY)`: a sign glued to a verbless percentage before a period
  // base writes the change itself (research shorthand) — a rate, never a ratio.
  const sign = !verb && !approximate && k > 0 && c.tokens[k]?.gap === '' ? c.tokens[k - 1] : undefined;
  // (`VND25,400 (+4.3% YTD)`, `1,250 points (+10.2% ytd)`: the year-to-date mark of research notes is
  // the signed rate's base, growth since the end of last year)
  const ytd = !base && sign && isP(sign, '+', '-', '−') ? m(c, pct, c.g.genreYtdWords ?? []) : null;
  const signedBase: BaseRead | null = ytd
    ? { from: pct, to: ytd.to, base: { kind: 'december-last-year' }, level: ytd.level }
    : base;
  if (signedBase && signedBase.base.kind !== 'plan' && sign && isP(sign, '+', '-', '−')) {
    const amount = sign.text === '+' ? n : negate(n);
    const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: k, base: signedBase };
    return { to: signedBase.to, fig, rule: `${c.g.locale}.change.signed-rate`, level: signedBase.level };
  }
  // `was up to 23.3 percent against the same period`: `up` is the rise, not a bound.
  if (base && approx && c.g.riseBounds.has(approx.phrase.text)) {
    const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: k, base };
    return { to: base.to, fig, rule: `${c.g.locale}.change.rate-up-to`, level: worst(verb?.level, base.level) };
  }
  // `reached 4.4 percent (y/y)`, `from 3.8 percent y/y in September`, `at 9.3% YoY`: a percentage
  // under 50 before a base written in research shorthand (`y/y`, `(m/m)`, `YoY`, `q-o-q`) is the
  // rate of change itself — a ratio that low would say the measure more than halved. From 50 on
  // (`Exports reached 98% y/y`) it stays a ratio, and a ratio verb keeps its ratio.
  // (A verbless one joined by `and` to a figure before it — `dropped 16.5% YoY and 19.8% YoY` —
  // takes that figure's verb and sign, which this rule does not read: it is left to the rules below.)
  // (`… and by 8.94 percent year on year`: the `by` of the gapped verb after the joiner too)
  const before = fold(c.tokens[k - 1]?.text ?? '');
  const gappedBy = c.g.transitiveChangeBy?.has(before) === true && fold(c.tokens[k - 2]?.text ?? '') === 'and';
  const joined = !verb && k > 0 && (before === 'and' || gappedBy);
  if (
    base &&
    !joined &&
    !ratioVerb &&
    cmp(toNum(n.value), RATIO_FLOOR) < 0 &&
    shorthandBase(c, pct, base.to, verb !== null || c.tokens[k - 1]?.kind === 'word')
  ) {
    const fig: Figure = { kind: 'change', form: 'rate', amount: n, numberAt: k, base, approximate };
    return {
      to: base.to,
      fig,
      rule: `${c.g.locale}.change.rate-shorthand-base`,
      level: worst(verb?.level, base.level),
    };
  }
  // (`increased 1.7% to an actual level of 75.1% compared with the previous year`: a verbless percentage
  // named a level (`level of`) is the level reached, no ratio to the base; round 61)
  if (base && !verb && namedLevelBefore(c, k)) return null;
  // (`Mom-and-Pop stores accounted for 31 percent of the September total`: a share verb's percentage
  // of a named period's total (a base ending in a word of grammar `genericValueNames`) or `from` a
  // period (`earnings accounting for 29% from Jan-Dec, 2017`) is a part of that whole, no ratio to the
  // period — read as the share it is; `accounting for 90.4 percent of that in
  // the same period last year`, `accounted for 70 percent of the figure recorded in 2019` stay ratios;
  // round 63)
  const share =
    base?.base.kind === 'named-period' &&
    verb !== null &&
    m(c, i, c.g.shareWords)?.to === verb.to &&
    (m(c, base.to - 1, c.g.genericValueNames)?.to === base.to || m(c, base.from, c.g.fromWords) !== null);
  // (`a net NPL ratio of 0.77 percent compared to February 2024 of 0.82 percent`: a named period's own
  // level after `of` — the percentage is this period's level beside it, no ratio to it; round 65, it had
  // been a certain ratio of 0.77 %)
  if (base && base.base.kind === 'named-period' && m(c, base.to, c.g.planOf) && isNum(c.tokens[base.to + 1]))
    return null;
  if (base && !share) {
    const fig: Figure = {
      kind: 'change',
      form: 'ratio',
      amount: n,
      numberAt: k,
      base,
      verbless: !verb,
      verb: verb?.phrase.text,
      approximate,
      // (`tăng trưởng lĩnh vực lâm nghiệp … ước đạt 3,66% so với cùng kỳ`: the estimate's verb; round 49)
      stage,
    };
    return { to: base.to, fig, rule: `${c.g.locale}.change.ratio`, level: worst(verb?.level, base.level) };
  }
  // `70 percent of the pre-pandemic level`, `69.2 per cent of that before the Covid-19 pandemic`:
  // a ratio to an earlier level no base can hold — read with no base (doubted), never a level.
  const earlier = earlierLevelAt(c, pct);
  if (earlier !== null) {
    const fig: Figure = { kind: 'change', form: 'ratio', amount: n, numberAt: k, verbless: !verb, approximate };
    return { to: earlier, fig, rule: `${c.g.locale}.change.ratio-earlier-level`, level: verb?.level ?? 'exact' };
  }
  if (!verb) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q) return null;
  // (`… were 22.0% more than the R157.03 billion …`: a direction and `than` after the percentage make
  // it a change the direction rule reads, not a level after the verb; round 54)
  if (directionThanAt(c, q.to)) return null;
  // (`đạt 82% trở lên`: a trailing bound right after the sign; rules/open-bound.ts, round 49)
  const bound = approximate ?? openBoundAt(c.tokens, c.g, q.numberAt, q.to) ?? undefined;
  return {
    to: q.to,
    fig: { kind: 'percent', q, verbFrom: i, stage, approximate: bound },
    rule: `${c.g.locale}.percent.bare`,
    level: verb.level,
  };
}

/**
 * The `percent` figure rule. Before its number it reads at most a verb phrase and a bound word
 * (under 10 tokens), so it is tried only within 24 tokens of a number. @internal
 */
export const percentRule: FigureRule = { id: 'percent', locales: EVERY_LOCALE, match: percentAt, reach: 24 };
