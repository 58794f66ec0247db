import { cmp, toNum } from '../../decimal/decimal';
import { negate, shift } from '../numeral';
import type { PhraseMatch } from '../phrase';
import { phraseEndingAt } from '../phrase';
import { readQuantity } from '../quantity';
import { SENTENCE_ENDS } from '../tokenize';
import type { PlanKind, PrintedNumber, StatedCompletion } from '../types';
import {
  approximationAt,
  type Cursor,
  EVERY_LOCALE,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  planPhraseAt,
  worst,
} from './context';

/** The plan an exceed verb names in its own text (`exceeding the plan by`), the first of its grammar's `exceedPlanNouns`. */
function planInVerb(text: string, g: Cursor['g']): PlanKind | undefined {
  let at = -1;
  let of: PlanKind | undefined;
  for (const [noun, what] of Object.entries(g.exceedPlanNouns)) {
    const i = text.indexOf(noun);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      of = what;
    }
  }
  return of;
}

/** How many words may name who assigned the plan: `dự toán Hội đồng nhân dân tỉnh giao`. */
const ASSIGNER_WINDOW = 6;

/**
 * `vượt dự toán Trung ương giao 25%`, `vượt kế hoạch Thủ tướng Chính phủ giao 3,2%`: after the plan
 * noun, the words naming who assigned it, ending on a verb of assigning right before the amount —
 * the token after that verb; `k` itself when no such words stand there.
 */
function assignedTo(c: Cursor, k: number): number {
  if (isNum(c.tokens[k]) || m(c, k, c.g.approximate)) return k;
  for (let j = k; j < c.limit && j <= k + ASSIGNER_WINDOW; j++) {
    if (c.tokens[j]?.kind !== 'word') return k;
    const v = m(c, j, c.g.assignVerbs);
    if (v && (isNum(c.tokens[v.to]) || m(c, v.to, c.g.approximate))) return v.to;
  }
  return k;
}

/** True when a verb of setting a plan (`đề ra`, `giao`), after at most a few words naming who set it, starts at token `k`. */
function assignedAfter(c: Cursor, k: number): boolean {
  for (let j = k; j < c.limit && j <= k + 4; j++) {
    if (m(c, j, c.g.assignVerbs)) return true;
    if (c.tokens[j]?.kind !== 'word') return false;
  }
  return false;
}

/** A hundred percent: from it on, a percentage after `đạt và vượt` is the level reached. */
const HUNDRED = toNum('100');

/** A completion stated as the excess over a plan: `vượt 7% kế hoạch` is 107 % of the plan. */
const exceededBy = (
  n: PrintedNumber,
  of: StatedCompletion['of'],
  approximate: StatedCompletion['approximate'],
): StatedCompletion => ({ percent: shift(n, '100'), form: 'exceeded-by', of, approximate });

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function exceedAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.exceedVerbs);
  if (!verb)
    return exceedPlanByAt(c, i) ?? exceedPlanByAt(c, i, true) ?? exceedPercentOfPlanAt(c, i) ?? varianceAt(c, i);
  let k = verb.to;
  let plan = m(c, k, c.g.planWords);
  if (plan) k = assignedTo(c, plan.to);
  // `exceeding the plan by 8.9%`: the plan is named inside the verb phrase.
  const of = planInVerb(verb.phrase.text, c.g);
  const margin = approximationAt(c, k, true);
  // (`exceeded the target by $1.2 billion, or 3.1 percent`, `… by $321.7 million (2.2 percent)`: the
  // amount restated as the percentage margin; round 50)
  const { at, approximate } = (!plan && of ? restatedMargin(c, margin.at) : null) ?? margin;
  k = at;
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  // `vượt mục tiêu 6,5% đề ra`, `vượt kế hoạch 8% Quốc hội giao`: the percentage between the plan
  // noun and the words that set it is the plan's own figure (a target rate), not the excess
  if (plan && k === plan.to && assignedAfter(c, pct)) return null;
  let to = pct;
  if (!plan && of) {
    const completion = exceededBy(n, of, approximate);
    return {
      to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.exceeded-by`,
      level: verb.level,
    };
  }
  if (!plan) {
    const compare = m(c, to, c.g.compareWords);
    plan = planPhraseAt(c, compare ? compare.to : to);
    if (!plan) return null;
    to = plan.to;
  }
  // (`đã đạt và vượt chỉ tiêu quận giao 208%`: reached and exceeded — a percentage of a hundred or
  // more after both verbs is the level reached, 208 % of the plan, never 308 %)
  const reached =
    c.g.reachedExceedLeads !== undefined &&
    cmp(toNum(n.value), HUNDRED) >= 0 &&
    phraseEndingAt(c.tokens, i, c.g.reachedExceedLeads) >= 0;
  // (`vượt 5% kế hoạch năm trở lên`: a bound after the plan phrase opens the excess upward — 105 % or
  // more; round 53, it had been read as exactly 105 %)
  const open = approximate === undefined && c.g.fromTrailingBounds ? m(c, to, c.g.fromTrailingBounds) : null;
  const bound = open && c.tokens[open.to]?.kind !== 'number' ? open.phrase.data : approximate;
  if (open && bound !== approximate) to = open.to;
  const completion: StatedCompletion = reached
    ? { percent: n, form: 'of-plan', of: plan.phrase.data, approximate: bound }
    : exceededBy(n, plan.phrase.data, bound);
  return {
    to,
    fig: { kind: 'completion', completion, numberAt: k },
    rule: `${c.g.locale}.completion.${reached ? 'reached-and-exceeded' : 'exceeded-by'}`,
    level: worst(verb.level, plan.level),
  };
}

/** How far `by` may come after the plan noun: `exceeding the target set at the beginning of the year by 57%`. */
const BY_WINDOW = 10;

/**
 * `exceeding the target set at the beginning of the year by 57%`, `surpassed its annual plan by
 * 8 percent`: an exceed head, a plan noun phrase, words with no figure or punctuation, `by` and
 * a percentage — completion 100 + X of that plan; with `short`, a shortfall head (`fell short of
 * the target by 8 percent`) and 100 − X.
 */
function exceedPlanByAt(c: Cursor, i: number, short = false): Found | null {
  // (`falling short of the annual target by 8 percent`, `missed its plan by 3%`: 100 − X, with `short`)
  const head =
    m(c, i, short ? c.g.shortfallHeads : c.g.exceedHeads) ?? (short ? m(c, i, c.g.shortByHeads ?? []) : null);
  if (!head) return null;
  const plan =
    planPhraseAt(c, head.to, false) ?? amountPlanAt(c, head.to) ?? (short ? earlierPlanAt(c, i, head.to) : null);
  if (!plan) return short ? shortByPercentOfPlanAt(c, head) : null;
  for (let k = plan.to; k < c.limit && k <= plan.to + BY_WINDOW; k++) {
    const by = m(c, k, c.g.exceedBy);
    if (by) {
      // (`missed its target by just 0.2%`: a focus adverb says the margin is small, not approximate)
      const focus = m(c, by.to, c.g.focusAdverbs);
      // (`exceeded its full-year profit target by over 13 per cent`: a bound before the margin)
      const margin = approximationAt(c, focus ? focus.to : by.to, true);
      // (`exceeded the forecast by $120 million, or 2.5 percent`: the amount restated as a percentage
      // after `or` — the percentage is the margin; round 48)
      const { at, approximate } = restatedMargin(c, margin.at) ?? margin;
      const n = numberAt(c, at);
      const pct = n ? percentAfter(c, at + 1) : 0;
      if (!n || !pct) return null;
      const completion = exceededBy(short ? negate(n) : n, plan.phrase.data, approximate);
      return {
        to: pct,
        fig: { kind: 'completion', completion, numberAt: at },
        rule: `${c.g.locale}.completion.${short ? 'short-of-plan-by' : 'exceeded-plan-by'}`,
        level: worst(head.level, plan.level, by.level),
      };
    }
    if (c.tokens[k]?.kind !== 'word') return null;
  }
  return null;
}

/**
 * `…, short by six per cent of the set target`, `fell short by 4% of the plan`: a shortfall head, `by`,
 * its margin in percent and the plan after it — the completion 100 − X (round 63; it had been a
 * certain completion of X). Constant look-ahead.
 */
function shortByPercentOfPlanAt(c: Cursor, head: PhraseMatch<unknown>): Found | null {
  const by = m(c, head.to, c.g.exceedBy);
  if (!by) return null;
  const { at, approximate } = approximationAt(c, by.to, true);
  const n = numberAt(c, at);
  const pct = n ? percentAfter(c, at + 1) : 0;
  const plan = n && pct ? planPhraseAt(c, pct) : null;
  if (!n || !plan) return null;
  return {
    to: plan.to,
    fig: { kind: 'completion', completion: exceededBy(negate(n), plan.phrase.data, approximate), numberAt: at },
    rule: `${c.g.locale}.completion.short-by-percent-of-plan`,
    level: worst(head.level, by.level, plan.level),
  };
}

/**
 * `exceeding its P2.4-trillion goal by 4 percent`: a determiner (grammar `planParticipleDeterminers`),
 * the plan's amount and its plan noun after an exceed head — the plan phrase, read past the amount (the
 * amount had been read as a result, certain; round 48). Null when no amount and plan noun stand there.
 */
function amountPlanAt(c: Cursor, at: number): PhraseMatch<PlanKind> | null {
  const det = c.tokens[at];
  if (det?.kind !== 'word' || !c.g.planParticipleDeterminers?.has(det.forms.fold)) return null;
  const q = readQuantity(c.text, c.tokens, at + 1, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  return planPhraseAt(c, q.to, false);
}

/**
 * The percentage restating an amount margin that starts at token `at` (`$120 million, or 2.5 percent`:
 * an amount with no percent, a comma or none, grammar `restateWords`, then the percentage; or
 * `$321.7 million (2.2 percent)`, the percentage alone in a bracket): where its
 * number stands, with its bound; null when the margin is no such amount.
 */
function restatedMargin(
  c: Cursor,
  at: number,
): { at: number; approximate: ReturnType<typeof approximationAt>['approximate'] } | null {
  const q = readQuantity(c.text, c.tokens, at, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  let k = q.to;
  // (`exceeded the official forecast by $321.7 million (2.2 percent)`: the percentage in a bracket, round 50)
  if (isP(c.tokens[k], '(')) {
    const inside = approximationAt(c, k + 1);
    const pct = numberAt(c, inside.at) ? percentAfter(c, inside.at + 1) : 0;
    return pct && isP(c.tokens[pct], ')') ? inside : null;
  }
  if (isP(c.tokens[k], ',')) k++;
  const or = m(c, k, c.g.restateWords ?? []);
  if (!or) return null;
  const restated = approximationAt(c, or.to);
  return numberAt(c, restated.at) && percentAfter(c, restated.at + 1) ? restated : null;
}

/** How far back, within its sentence, an elided shortfall may find the plan it falls short of. */
const ELIDED_PLAN_WINDOW = 24;

/**
 * `Non-oil revenue missed its target by 0.2%, while PAYE fell short by 3.5%`: a shortfall head right
 * before `by`, naming no plan, falls short of the plan an earlier shortfall of its sentence names —
 * that plan, read at the head (`to` is where `by` stands); `null` with no such earlier shortfall.
 */
function earlierPlanAt(c: Cursor, i: number, to: number): PhraseMatch<PlanKind> | null {
  if (!m(c, to, c.g.exceedBy)) return null;
  for (let b = i - 1; b >= 0 && b >= i - ELIDED_PLAN_WINDOW; b--) {
    const t = c.tokens[b];
    if (t?.kind === 'punct' && SENTENCE_ENDS.has(t.text)) return null;
    const head = m(c, b, c.g.shortfallHeads);
    const plan = head ? planPhraseAt(c, head.to, false) : null;
    if (plan) return { phrase: plan.phrase, from: i, to, level: worst(head?.level, plan.level) };
  }
  return null;
}

/**
 * `exceeding 7% of the plan`, `surpassed 12 per cent of the annual target`, `exceeds about 5 percent
 * of its plan`: a bare verb of exceeding, a percentage, `of` and a plan noun phrase. Report prose
 * translated from Vietnamese writes the excess this way (`vượt 7% kế hoạch`: completion 107 %),
 * but English also says `disbursement exceeded 90% of the plan` for a completion just above 90 %:
 * read as the excess (100 + X), doubted by the `percent-of` doubt (a verb before a percentage of a
 * whole), never as a certain X.
 */
function exceedPercentOfPlanAt(c: Cursor, i: number): Found | null {
  if (c.g.locale !== 'en') return null;
  const verb = m(c, i, c.g.exceedLevelVerbs);
  if (!verb) return null;
  const { at: k, approximate, approx } = approximationAt(c, verb.to);
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  const plan = planPhraseAt(c, pct);
  if (!plan || plan.from !== pct) return null;
  const completion = exceededBy(n, plan.phrase.data, approximate);
  return {
    to: plan.to,
    fig: { kind: 'completion', completion, numberAt: k },
    rule: `${c.g.locale}.completion.exceeded-percent-of`,
    level: worst(verb.level, plan.level, approx?.level),
  };
}

/**
 * `represents a positive variance of 2.6 per cent`, `a negative variance of 4.2 percent against the
 * target`: budget-performance prose states the gap to the plan as a signed variance (grammar
 * `varianceHeads`, with its sign) — completion 100 + X of the plan above it, 100 − X below (round 47;
 * the percentage had been a level). The plan is the budget's, named or not.
 */
function varianceAt(c: Cursor, i: number): Found | null {
  const head = c.g.varianceHeads ? m(c, i, c.g.varianceHeads) : null;
  if (!head) return null;
  const { at, approximate } = approximationAt(c, head.to);
  const n = numberAt(c, at);
  const pct = n ? percentAfter(c, at + 1) : 0;
  if (!n || !pct) return null;
  // (`a positive variance of 5% over last year`: a variance against an earlier period is no completion)
  const compare = m(c, pct, c.g.compareWords);
  if (compare && !planPhraseAt(c, compare.to, false)) return null;
  const completion = exceededBy(head.phrase.data < 0 ? negate(n) : n, 'plan', approximate);
  return {
    to: pct,
    fig: { kind: 'completion', completion, numberAt: at },
    rule: `${c.g.locale}.completion.variance`,
    level: head.level,
  };
}

/**
 * The `completion.exceeded` figure rule. A plan noun phrase with its modifiers and `set at the
 * beginning of the year` may stand between the verb and `by` (11 tokens in the corpus), so it
 * is tried within 32 tokens of a number. @internal
 */
export const completionExceededRule: FigureRule = {
  id: 'completion.exceeded',
  locales: EVERY_LOCALE,
  match: exceedAt,
  reach: 32,
};
