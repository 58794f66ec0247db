import { fold } from '../fold';
import { matchPeriod } from '../period-phrase';
import { endsBeforeWords } from '../phrase';
import { readQuantity } from '../quantity';
import type { PlanKind } from '../types';
import {
  type Cursor,
  EVERY_LOCALE,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  monthEstimate,
  monthsBeforeVerb,
  percentAfter,
} from './context';

/** How many words before an `estimate` a month's name may modify it (`the revised August estimate`). */
const MONTH_ESTIMATE_REACH = 3;

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function planValueAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.planValueWords);
  if (!w) return planOfAfterNounAt(c, i) ?? bracketAfterPlanAt(c, i);
  let k = w.to;
  if (isP(c.tokens[k], ':') || c.g.planLinks.has(fold(c.tokens[k]?.text ?? ''))) k++;
  // (`vốn đầu tư công kế hoạch 9 tháng đạt …`: the plan's period, never its value; round 46)
  if (matchPeriod(c.tokens, k, c.g.locale) || monthsBeforeVerb(c, k)) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  // `đạt 72,11% dự toán (kế hoạch 88.600 tỷ đồng)`, `đạt 5.000 tỷ đồng (kế hoạch 6.000 tỷ đồng)`:
  // a plan word opening a bracket that closes right after the quantity states the plan's value
  // — a target statement of its own, as after a plan noun (see `bracketAfterPlanAt`).
  const own = isP(c.tokens[w.from - 1], '(') && isP(c.tokens[q.to], ')');
  const fig = own ? ({ kind: 'plan', q, own } as const) : ({ kind: 'plan', q } as const);
  return { to: q.to, fig, rule: `${c.g.locale}.plan.value${own ? '-in-bracket' : ''}`, level: w.level };
}

/**
 * `achieved 46.85 percent of the full-year target of 8 million`, `reaching 92% of the plan of VND
 * 12 trillion`, `97.49 per cent of the target that was 5.1tr/-`: `of` (or a relative clause,
 * grammar `planRelativeLinks`) and a quantity right after a plan noun (which the completion before
 * has read) state the plan's value — a target of its own, never the result. Read at `of`.
 */
function planOfAfterNounAt(c: Cursor, i: number): Found | null {
  const dated = planLinkAfterPeriodAt(c, i);
  if (dated) return dated;
  const relative = c.g.planRelativeLinks ? m(c, i, c.g.planRelativeLinks) : null;
  const of = m(c, i, c.g.planOf) ?? relative;
  if (!of || i === 0) return null;
  const participle = of === relative ? null : plannedAmountAt(c, of.to);
  if (participle) return participle;
  // (`91 per cent of the target, which was set at …`: a relative clause may follow a comma)
  const end = relative && isP(c.tokens[i - 1], ',') ? i - 1 : i;
  // (`40% of the targeted revenue of $1.3 billion`: the measure's noun after the plan word; round 51)
  const measure = c.g.plannedMeasureNouns?.has(c.tokens[end - 1]?.forms.fold ?? '') ? end - 1 : end;
  // (`92 per cent of the planned annual revenue of N9.18 trillion`: a modifier between the participle
  // and the measure; round 52 — the plan's value had been the result's)
  const modified = measure < end ? plannedBefore(c, measure) : null;
  // (`representing 16% of their total annual development budget of Sh211.53 billion`: after a
  // percentage of it, a budget is the plan too — round 62; it had been a certain result)
  const noun =
    m(c, measure - 1, c.g.planNouns) ??
    m(c, measure - 2, c.g.planNouns) ??
    (c.g.sidePlanNouns && percentOfBefore(c, measure - 1) ? m(c, measure - 1, c.g.sidePlanNouns) : null) ??
    (measure < end ? m(c, measure - 1, c.g.plannedWords) : null) ??
    (modified ? { ...modified, to: measure } : null);
  if (noun?.to !== measure || !(percentOfBefore(c, noun.from) || measuredAgainstBefore(c, noun.from))) return null;
  // (`below the revised August estimate of 1,183,000`: a month's published reading, no plan; round 68)
  if (monthEstimate(c, Math.max(0, noun.from - MONTH_ESTIMATE_REACH), noun.from)) return null;
  const q = readQuantity(c.text, c.tokens, of.to, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  // `the plan of 2021` names a period, not a value
  const bare = q.quantity.scale === 0 && q.quantity.unit === undefined;
  if (bare && /^(19|20)\d\d$/u.test(q.quantity.number.text)) return null;
  return {
    to: q.to,
    fig: { kind: 'plan', q, own: true },
    rule: `${c.g.locale}.plan.value-of-plan-noun`,
    level: of.level,
  };
}

/**
 * `only 74.76 percent of targeted Rs 58.22 billion was collected`: a participle of planning (grammar
 * `plannedWords`) right after the `of` of a percentage, then the quantity — the plan's value, a
 * target of its own (round 62: it had been a certain result). Constant time.
 */
function plannedAmountAt(c: Cursor, k: number): Found | null {
  const planned = m(c, k, c.g.plannedWords);
  if (!planned || !percentOfBefore(c, k)) return null;
  const q = readQuantity(c.text, c.tokens, planned.to, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent' || (q.quantity.scale === 0 && q.quantity.unit === undefined))
    return null;
  return {
    to: q.to,
    fig: { kind: 'plan', q, own: true },
    rule: `${c.g.locale}.plan.value-of-plan-noun`,
    level: planned.level,
  };
}

/** How many modifiers may stand between a plan participle and its measure (`the planned annual deficit spending`). */
const PLANNED_MODIFIERS = 2;

/** The plan participle (grammar `plannedWords`) before the measure at `measure`, past at most {@link PLANNED_MODIFIERS} plain words. */
function plannedBefore(c: Cursor, measure: number): ReturnType<typeof m<PlanKind>> {
  for (let b = measure - 2; b >= 0 && b >= measure - 2 - PLANNED_MODIFIERS; b--) {
    const t = c.tokens[b + 1];
    if (t?.kind !== 'word' || c.g.planPhraseStops.has(t.forms.fold)) return null;
    const p = m(c, b, c.g.plannedWords);
    if (p) return p;
  }
  return null;
}

/** How many tokens a plan's period may hold between its noun and its link (`cả năm 2018`). */
const PLAN_PERIOD_TOKENS = 4;

/**
 * `tương đương 55% so với kế hoạch cả năm 2018 là 10 tỷ USD`, `bằng 80% kế hoạch năm là 4 tỷ USD`:
 * the link of a plan's value (grammar `planLinks`: `là`) after a plan noun and its period, the
 * completion's percentage before the noun — the quantity after the link is the plan's value, a target
 * of its own (round 48; it had been an unread figure, or an actual). Read at the link.
 */
function planLinkAfterPeriodAt(c: Cursor, i: number): Found | null {
  if (!c.g.planLinks.has(c.tokens[i]?.forms.fold ?? '') || i < 2) return null;
  for (let b = i - 1; b >= 0 && b >= i - 1 - PLAN_PERIOD_TOKENS; b--) {
    const noun = m(c, b, c.g.planNouns);
    if (!noun || noun.to >= i) continue;
    const p = matchPeriod(c.tokens, noun.to, c.g.locale);
    if (p?.to !== i || !percentOfBefore(c, noun.from)) return null;
    const q = readQuantity(c.text, c.tokens, i + 1, c.g, c.limit);
    if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
    return {
      to: q.to,
      fig: { kind: 'plan', q, own: true },
      rule: `${c.g.locale}.plan.value-after-dated-plan`,
      level: 'exact',
    };
  }
  return null;
}

/** How far back from a plan noun the percentage of its completion may stand (`46 percent of the full-year`). */
const COMPLETION_BACK = 8;

/**
 * True when a percentage stands shortly before the plan noun at `noun`, with only words between
 * (`46.85 percent of the full-year target`): the plan noun is a completion's, not a goal's
 * (`aims to achieve the target of 9 million` is no completion).
 */
function percentOfBefore(c: Cursor, noun: number): boolean {
  for (let j = noun - 1; j >= 0 && j >= noun - COMPLETION_BACK; j--) {
    const t = c.tokens[j];
    // (a hyphen glued inside a modifier: `full-year`)
    if (isP(t, '-') && t?.gap === '') continue;
    if (t?.kind === 'word') {
      const pct = isNum(c.tokens[j - 1]) ? percentAfter(c, j) : 0;
      if (pct > 0) return true;
      continue;
    }
    return isP(t, '%') && isNum(c.tokens[j - 1]);
  }
  return false;
}

/** How many words (`its annual`, `a projected`) may stand between a verb of measuring and its plan noun. */
const AGAINST_BACK = 3;

/**
 * True when a verb of falling short or of exceeding (`fell short of`, `surpassing`), or a word of
 * measuring against (`as against`; grammar `againstPlanLeads`), stands right before the plan noun at `noun`, with only words
 * between (`collected GH¢910 million as against a target of GH¢887 million`, `fell short of the
 * target of 3Tn shillings`): a result is measured against the plan, whose value follows (round 46;
 * `compared with the target of 33.5 million tonnes for 2024` compares another year's plan, and is
 * left to the readers of comparisons).
 */
function measuredAgainstBefore(c: Cursor, noun: number): boolean {
  const leads = [c.g.shortfallHeads, c.g.exceedVerbs, c.g.againstPlanLeads ?? [], c.g.comparedPlanLeads ?? []];
  return leads.some((list) => endsBeforeWords(c.tokens, noun, list, AGAINST_BACK));
}

/** How far back from a bracket a plan noun may stand: `so với mục tiêu đề ra từ đầu năm (…)`. */
const PLAN_BACK = 10;

/**
 * `hoàn thành 91,8% so với mục tiêu đề ra từ đầu năm (đạt 263 tỷ USD)`, `against the annual
 * target (VND 12 trillion)`: a bracket right after a plan noun phrase — words only between the
 * noun and the bracket, no figure — states the plan's value, never the result. Read at the
 * bracket's first token.
 */
function bracketAfterPlanAt(c: Cursor, i: number): Found | null {
  if (!isP(c.tokens[i - 1], '(')) return null;
  let named = false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - PLAN_BACK; k--) {
    // (`so với kế hoạch năm 2018 (12.600 tỷ đồng)`: the plan's year between the noun and the bracket)
    const year = c.tokens[k]?.kind === 'number' && /^(19|20)\d\d$/u.test(c.tokens[k]?.text ?? '');
    if (c.tokens[k]?.kind !== 'word' && !year) break;
    if (m(c, k, c.g.planNouns)) {
      named = true;
      break;
    }
  }
  if (!named) return null;
  let k = i;
  const verb = m(c, k, c.g.percentVerbs) ?? m(c, k, c.g.valueVerbs);
  if (verb) k = verb.to;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent' || !isP(c.tokens[q.to], ')')) return null;
  const level = verb?.level ?? 'exact';
  // The bracket states the plan's value: a target statement of its own (the statement keeps it as its target too).
  return { to: q.to, fig: { kind: 'plan', q, own: true }, rule: `${c.g.locale}.plan.value-in-bracket`, level };
}

/** The `plan.value` figure rule: its number follows a plan word, a link and a currency. @internal */
export const planValueRule: FigureRule = { id: 'plan.value', locales: EVERY_LOCALE, match: planValueAt, reach: 24 };
