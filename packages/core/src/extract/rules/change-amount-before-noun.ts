import { negate } from '../numeral';
import type { MatchLevel, PlanKind } from '../types';
import { overPlan, restatedAmountAt } from './change';
import { planPhraseEnds, statedAfter } from './change-direction-after';
import {
  type BaseRead,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
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

/**
 * `marking a 1.6 per cent decrease over the same period`, `a 12.3 percent year-on-year growth`:
 * article, amount, percent, (base adjective,) change noun, then an optional base.
 */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function preNounChangeAt(c: Cursor, i: number): Found | null {
  if (c.g.changeNounsAfterAmount.length === 0) return null;
  // `achieve 12 per cent growth`, `posted 7.5 percent growth in 2023`: with no article the amount
  // opens the phrase (the value and percent rules leave such a percentage to this rule).
  // (`about a 33 percent increase over April's shipment`: a bound word before the article bounds the
  // change as one after it does; the change had opened a statement of its own named `about`; round 51)
  const outer = m(c, i, c.g.approximate);
  const art = outer ? outer.to : i;
  const from = m(c, art, c.g.articles)?.to === art + 1 ? art + 1 : i;
  // (`showing over 19 percent increase from …`: a bound word right before the amount, no article — the
  // change's bound; round 63, it had opened a name and left the change exact)
  // (after an article the article's own reading bounds it: `a nearly 5% increase`)
  const bare = outer && from === i && !(i > 0 && m(c, i - 1, c.g.articles)?.to === i) ? outer : null;
  // `an estimated 17.3% growth`: a stage word between the article and the amount.
  const stage = from > art ? m(c, from, c.g.stageWords) : null;
  // `a nearly 50 per cent increase`, `an about 3% rise`: a bound word between the article and the
  // amount bounds the change (never audited).
  const approx = from > art ? (m(c, stage ? stage.to : from, c.g.approximate) ?? outer) : bare;
  let at = bare ? bare.to : approx && approx !== outer ? approx.to : stage ? stage.to : from;
  // `a robust 42.9% increase`, `a staggering 73.6 per cent rise`: after the article, at most
  // {@link ADJECTIVES} plain words (no number, no stop word) describe the change — read
  // structurally, so a new adjective needs no new string; the change noun after the percentage
  // is still required.
  if (from > art && !stage && (!approx || approx === outer)) {
    for (let n = 0; n < ADJECTIVES && !isNum(c.tokens[at]); n++) {
      const t = c.tokens[at];
      if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold)) return null;
      at++;
    }
  }
  // (the cheap token checks first: this rule is tried at every token)
  if (!isNum(c.tokens[at])) return null;
  // `a 10-percent increase`: the percent word glued to the amount by a hyphen
  const hyphen = isP(c.tokens[at + 1], '-') && c.tokens[at + 1]?.gap === '' && c.tokens[at + 2]?.gap === '';
  // `a 0.7ppt quarter-on-quarter decrease`, `a 1.5 percentage point rise`: percentage points (not
  // the bare `points` of an index) make the change one in points
  const unitAt = hyphen ? at + 2 : at + 1;
  const points = percentAfter(c, unitAt) ? 0 : pointsAfter(c, unitAt);
  const pct = points || percentAfter(c, unitAt);
  if (!pct) return null;
  const own = nounAfterAmount(c, pct);
  // (the first items of a list end at their percentage: the next item is read on its own)
  const first = own ? null : listHead(c, pct);
  const head = own ?? first ?? (listedBefore(c, at) ? pluralAfter(c, pct) : null);
  if (!head) return null;
  const { alone, noun } = head;
  const n = numberAt(c, at);
  if (!n) return null;
  const after = readBase(c, noun.to);
  // (`a 3 percent increase over the amount originally budgeted`, `a 4% decline against the target`: a
  // rate over or under a plan after the noun is how far the result passed or missed it — a completion
  // of 100 ± N; the estimate of a named year stays a base. Round 61: the rate had been a change with no base)
  const planBase =
    after?.base.kind === 'plan' && !points && !first && !statedAfter(c, after.to)
      ? { of: after.base.of, to: after.to, level: after.level }
      : null;
  const overAt = planBase ?? (!after && !points && !first ? planAfterNoun(c, noun.to) : null);
  if (overAt) {
    const amount = noun.phrase.data < 0 ? negate(n) : n;
    const level = worst(noun.level, overAt.level, approx?.level);
    return overPlan(c, amount, overAt.of, approx?.phrase.data, {
      k: at,
      to: overAt.to,
      rule: 'rate-noun-over-plan',
      level,
    });
  }
  const base: BaseRead | undefined =
    after ?? (alone ? { from: pct, to: alone.to, base: alone.phrase.data, level: alone.level } : undefined);
  const amount = noun.phrase.data < 0 ? negate(n) : n;
  const approximate = approx?.phrase.data;
  const fig: Figure = {
    kind: 'change',
    form: points ? 'points' : 'rate',
    amount,
    numberAt: at,
    base,
    approximate,
    stage: stage?.phrase.data,
  };
  return {
    to: first ? pct : after ? after.to : noun.to,
    fig,
    rule: `${c.g.locale}.change.${points ? 'points' : 'rate'}-amount-before-noun`,
    level: worst(noun.level, base?.level, stage?.level, approx?.level),
  };
}

/**
 * A side word (grammar `rateSides`: `over`, `above`, `below`) or a compare word and a plan noun phrase
 * that ends there, right after a change noun at `k` — no stated figure of the plan after it, no year
 * in its phrase. The plan's kind, its end and match level, or null.
 */
function planAfterNoun(c: Cursor, k: number): { of: PlanKind; to: number; level: MatchLevel } | null {
  const side = m(c, k, c.g.rateSides) ?? m(c, k, c.g.compareWords);
  const plan = side ? planPhraseAt(c, side.to, false) : null;
  if (!side || !plan || !planPhraseEnds(c, plan.to) || statedAfter(c, plan.to)) return null;
  // (`a 7.71 per cent increase over the 2024 target` of a 2025 target: another year's plan is no plan of this figure)
  if (yearTokenIn(c, side.to, plan.to) >= 0) return null;
  return { of: plan.phrase.data, to: plan.to, level: worst(side.level, plan.level) };
}

/** Where the percentage-point words after `k` end (`ppt`, `percentage points`; not a bare `points`), or 0. */
function pointsAfter(c: Cursor, k: number): number {
  const any = m(c, k, c.g.pointWords);
  if (!any) return 0;
  const bare = m(c, k, c.g.market.barePoints);
  return bare && bare.to >= any.to ? 0 : any.to;
}

/**
 * True when a change noun follows the percentage that ends at `pct` (`12 per cent growth`, `5%
 * year-on-year increase`): the value and percent rules leave that percentage to this rule.
 * @internal
 */
export function changeNounAfter(c: Cursor, pct: number): boolean {
  if (c.g.changeNounsAfterAmount.length === 0) return false;
  return nounAfterAmount(c, pct) !== null || listHead(c, pct) !== null;
}

/** How many plain words may describe the change between its article and its amount (`a robust 42.9% increase`). */
const ADJECTIVES = 2;

/** How many words may name what changes between the amount and the change noun (`6.5 percent GDP growth`). */
const NOUN_MODIFIERS = 2;

/**
 * The change noun after the percentage that ends at `pct`: a base adjective (`5 percent
 * year-on-year increase`, `3% annual rise`) or at most {@link NOUN_MODIFIERS} plain words naming
 * what changes (`6.5 percent GDP growth`, `7% credit growth`, `a 3 percent price increase`) may
 * stand before it, after a base right after the amount (`14% YoY credit growth`); no number,
 * punctuation or stop word (`12 percent of total growth` is none).
 */
function nounAfterAmount(
  c: Cursor,
  pct: number,
): { alone: ReturnType<typeof m<BaseRead['base']>>; noun: NonNullable<ReturnType<typeof m<1 | -1>>> } | null {
  let k = restatedAmountAfter(c, pct);
  // (`a target of 14% YoY credit growth`, `12% y/y loan growth`: a base right after the amount,
  // before the words naming what changes, is the change's; R26EN)
  const lead = m(c, pct, c.g.standaloneBases) ?? m(c, pct, c.g.changeNounBases);
  for (let n = 0; n <= NOUN_MODIFIERS; n++) {
    const alone = m(c, k, c.g.standaloneBases) ?? m(c, k, c.g.changeNounBases);
    const noun = m(c, alone ? alone.to : k, c.g.changeNounsAfterAmount);
    if (noun) return { alone: alone ?? lead, noun };
    const t = c.tokens[k];
    if (t?.kind !== 'word' || k >= c.limit || c.g.planPhraseStops.has(t.forms.fold)) return null;
    k = n === 0 && lead ? lead.to : k + 1;
  }
  return null;
}

/**
 * `a 24-percent or P2.8-billion increase`, `a 15 percent or P0.6-billion decrease`: the change's
 * amount restated after `or` (grammar `restateWords`) between the percentage and the change noun —
 * where it ends, so the noun is found after it (round 42); else `pct` itself.
 */
function restatedAmountAfter(c: Cursor, pct: number): number {
  const amount = restatedAmountAt(c, pct);
  return amount && m(c, amount.to, c.g.changeNounsAfterAmount) ? amount.to : pct;
}

/** How many further percentages a list before one change noun may hold (`20%, 30% and 46% increases`). */
const LIST_ITEMS = 4;

/** Where the list joiner (a comma, a grammar joiner or both) that starts at `k` ends, or 0. */
function listJoinerAt(c: Cursor, k: number): number {
  const list = c.g.changeNounsAfterAmountList;
  if (!list) return 0;
  const comma = isP(c.tokens[k], ',') && k < c.limit ? k + 1 : k;
  const word = m(c, comma, list.joiners);
  return word ? word.to : comma > k ? comma : 0;
}

/** The change noun after the plural nouns of a list (`79 per cent jumps`), no modifier between. */
function pluralAfter(c: Cursor, pct: number): ReturnType<typeof nounAfterAmount> {
  const list = c.g.changeNounsAfterAmountList;
  if (!list) return null;
  const alone = m(c, pct, c.g.standaloneBases) ?? m(c, pct, c.g.changeNounBases);
  const noun = m(c, alone ? alone.to : pct, list.plural);
  return noun ? { alone, noun } : null;
}

/**
 * `equal 46 per cent and 79 per cent jumps on-year`, `representing 201% and 169% increase compared
 * to …`: the percentage ending at `pct` is the first item of a list of bare percentages joined by a
 * comma or `and` whose last item is followed by the change noun (singular or plural) — that noun and
 * its base are every item's. Null when an item is no bare percentage.
 */
function listHead(c: Cursor, pct: number): ReturnType<typeof nounAfterAmount> {
  if (!c.g.changeNounsAfterAmountList) return null;
  // (`between 6% and 6.5% growth`: one range, no list)
  let start = pct - 1;
  while (start > 0 && start > pct - 4 && !isNum(c.tokens[start])) start--;
  if (rangeOpened(c, start)) return null;
  let k = pct;
  for (let n = 0; n < LIST_ITEMS; n++) {
    const j = listJoinerAt(c, k);
    if (!j || !isNum(c.tokens[j]) || !numberAt(c, j)) return null;
    const end = percentAfter(c, j + 1);
    if (!end) return null;
    const head = nounAfterAmount(c, end) ?? pluralAfter(c, end);
    if (head) return head;
    k = end;
  }
  return null;
}

/** True when a range opener ends right at `i` (`between 6% and 6.5% growth`: one range, no list). */
function rangeOpened(c: Cursor, i: number): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) if (m(c, i - back, c.g.rangeOpeners)?.to === i) return true;
  return false;
}

/** True when the amount at `at` follows a list joiner right after a percentage (`46 per cent and [79]`). */
function listedBefore(c: Cursor, at: number): boolean {
  if (!c.g.changeNounsAfterAmountList) return false;
  for (let j = Math.max(0, at - 3); j < at; j++) {
    if (listJoinerAt(c, j) !== at) continue;
    for (let n = Math.max(0, j - 3); n < j; n++) if (isNum(c.tokens[n]) && percentAfter(c, n + 1) === j) return true;
  }
  return false;
}

/** The `change.amount-before-noun` figure rule. @internal */
export const changeAmountBeforeNounRule: FigureRule = {
  id: 'change.amount-before-noun',
  locales: ['en'],
  match: preNounChangeAt,
};
