import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Statement } from '../../types';
import { afterField, type Ctx, type DoubtRule, figureToken, numberToken, WIDE_WINDOW, WINDOW } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * True when a result lead of the grammar (`đã`, `đến nay`, `lũy kế`, `has`, `so far`) stands between
 * the end of the goal words and the figure, looking back at most {@link WIDE_WINDOW} tokens from the
 * figure; not one right after a goal word or `to` (`expects to have`, `will have`: the goal's own verb).
 */
function resultBetween(ctx: Ctx, kindEnd: number, at: number): boolean {
  const t = ctx.ix.tokens;
  for (let j = at - 1; j >= 0 && j >= at - WIDE_WINDOW; j--) {
    const x = t[j] as Token;
    if (x.start < kindEnd) return false;
    if (x.kind !== 'word' || !matchAt(t, j, ctx.g.resultLeads, at)) continue;
    // (`expects to have`, `will have`: a goal's own verb of possession, no perfect tense)
    if (!endsRightAt(t, j, ctx.g.targetMarkers) && !(j > 0 && matchAt(t, j - 1, ctx.g.toWords, j))) return true;
  }
  return false;
}

/**
 * A figure told as a result inside a goal frame: the goal words (`các chỉ tiêu nhiệm vụ đều đạt và
 * vượt chỉ tiêu được giao, cụ thể: …`, `the exchange rate will continue to be under pressure …`)
 * made it a target, but a result lead or a past tense stands between them and the figure (`về
 * việc đã tổ chức thi hành xong 6.627 việc`, `as the SBV has less room … (FX reserves fell to
 * US$89bn)`, `though it has three hospitals with 2,000 beds`): the figure may be the result the sentence reports, not the goal.
 */
export const resultInGoalDoubt: DoubtRule = {
  id: 'result-in-goal',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'target') return false;
    if (!kind.rule.includes('.kind.target-marker') && !kind.rule.includes('.kind.target-context')) return false;
    const figure = figureToken(ctx);
    if (figure === undefined || (ctx.ix.tokens[figure] as Token).start < kind.span.end) return false;
    return resultBetween(ctx, kind.span.end, figure) || modalOnly(ctx, kind);
  },
};

/** How many tokens after a modal its focusing adverb may stand (`could only`, `could buy only`). */
const MODAL_ONLY_REACH = 2;

/**
 * `they could buy only 5.32 lakh tonnes … against the target of 10 lakh tonnes`, `could achieve only
 * 18,000 doses`: a modal of possibility (grammar `modals`) that made the goal frame, with a focusing
 * adverb (`focusAdverbs`: `only`) right after its verb, most often says what was managed — or what
 * only may be (`could reach only 5 million tonnes in 2030`); either way the kind is not certain
 * (round 63; it had been a certain target).
 */
function modalOnly(ctx: Ctx, kind: Statement['kind']): boolean {
  const t = ctx.ix.tokens;
  const at = ctx.ix.at(kind.span.start);
  const focus = ctx.g.focusAdverbs;
  if (at === undefined || !focus || !ctx.g.modals?.has((t[at] as Token).forms.lower)) return false;
  for (let k = at + 1; k < t.length && k <= at + 1 + MODAL_ONLY_REACH; k++) {
    if ((t[k] as Token).kind !== 'word') return false;
    if (matchAt(t, k, focus)) return true;
  }
  return false;
}

/**
 * The level a goal moves from (`Vietnam plans to increase the output … from approximately 58 billion
 * kWh now, to 101 billion kWh by 2020`, `reduce power losses from 8.49% to 8% in 2015`, `phấn đấu
 * giảm tỷ lệ hộ nghèo từ 4,2% xuống còn 3%`): the value read after `from`/`từ` (past its currency and
 * at most two bound words) with `to`/`xuống còn` and a number after it is most likely today's
 * result, not the goal — unless a goal noun before `from` in its clause says the goal itself moves
 * (`reduce its pre-tax profit target in 2022 from VND3,060 billion to VND300 billion`: both goals).
 */
export const fromGoalDoubt: DoubtRule = {
  id: 'result-in-goal',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'target' || !ctx.s.value) return false;
    const k = numberToken(ctx, ctx.s.value);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let b = currencyStart(t, ctx.g, k) - 1;
    // (`from approximately 58 billion kWh`: a bound word between)
    for (let n = 0; n < 2 && b >= 0 && !matchAt(t, b, ctx.g.fromWords, b + 1); n++) b--;
    if (b < 0 || !matchAt(t, b, ctx.g.fromWords, b + 1)) return false;
    // (`reduce its pre-tax profit target in 2022 from VND3,060 billion to VND300 billion`: the goal
    // itself moves, from one goal to another)
    for (let j = Math.max(ctx.ix.clauseOf(b), b - WINDOW); j < b; j++)
      if (matchAt(t, j, ctx.g.goalNouns, b)) return false;
    for (let j = k + 1; j < t.length && j < k + WINDOW; j++) {
      const to = matchAt(t, j, ctx.g.toWords);
      if (!to) continue;
      for (let m = to.to; m < to.to + 3 && m < t.length; m++) if ((t[m] as Token).kind === 'number') return true;
    }
    return false;
  },
};

/** True when a kind rule says the goal was lent by the figure before (`+shared-verb`, `+from-level`, `+base-figure`). */
const lentGoal = (rule: string): boolean =>
  rule.includes('+shared-verb') || rule.includes('+from-level') || rule.includes('+base-figure');

/** How many tokens before a compared level a plan or goal noun makes it a goal's own (`from the 2024 target of`). */
const OWN_GOAL_BACK = 6;

/** True when a plan or goal noun (grammar `planNouns`, `goalNouns`) stands within {@link OWN_GOAL_BACK} tokens before token `k`. */
function goalNounBefore(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  for (let j = Math.max(0, k - OWN_GOAL_BACK); j < k; j++) {
    if (matchAt(t, j, ctx.g.planNouns, k) || matchAt(t, j, ctx.g.goalNouns, k)) return true;
    // (`up from an expected VND4.2 trillion in 2024`: a forecast's own word right before the level)
    if (j >= k - OWN_MARKER_BACK && matchAt(t, j, ctx.g.targetMarkers, k)) return true;
  }
  return false;
}

/** How many tokens before a compared level a goal or forecast word makes it one (`an expected VND4.2 trillion`). */
const OWN_MARKER_BACK = 3;

/**
 * `is projected to be 305 lakh tonne as against 330.9 lakh tonnes the earlier season`, `… from the
 * revised collection of Rs7.2tr in FY23`, `to 28.50 lakh bales in the 2023-24 season against 15.50 lakh
 * bales in the previous crop year 2022-23`: a figure that took a goal's kind from the figure before it,
 * whose value is doubted as a level compared with (`comparison`) or whose period is the base's
 * (`base-period`), is most likely the earlier result the goal is compared with — its kind is not
 * certain (round 63; it had been a certain target) — unless a plan or goal noun, or a forecast word,
 * stands right before it (a goal compared with a goal). Reads the weighed value and period.
 */
export const comparedLevelKindDoubt: DoubtRule = {
  id: 'result-in-goal',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'target' || !lentGoal(kind.rule)) return false;
    const { value, period } = ctx.s;
    // (`cut its profit target from VND 500 billion to …`, `so với mục tiêu phải đạt 80% và 60%`, `up
    // from the 2024 target of VND4.2 trillion`: a goal compared with a goal)
    const k = value ? numberToken(ctx, value) : undefined;
    if (k === undefined || goalNounBefore(ctx, k)) return false;
    // (`from about $800 million targeted for 2025`, `from Rs 16.25 lakh crore budgeted in 2016`: a
    // participle of planning after the value says it was a goal too)
    const after = value ? afterField(ctx, value) : undefined;
    const planned = ctx.g.plannedAfterValue;
    if (after !== undefined && planned && matchAt(ctx.ix.tokens, after, planned)) return false;
    return (
      (value?.confidence === 'uncertain' && value.doubt?.reason === 'comparison') ||
      (period?.confidence === 'uncertain' && period.doubt?.reason === 'base-period')
    );
  },
};
