import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken } from './year-word';

/** How many tokens before a percentage a share verb (`chiếm`) may end and still be its verb. */
const VERB_BACK = 3;

/**
 * `giải ngân của tỉnh đạt 51,2%`, `Tỷ lệ giải ngân vốn đầu tư công đạt 62%`, `đã giải ngân đạt
 * 62%`, `tỷ lệ thu ngân sách so với dự toán đạt 76,4%`: a statement named by a percentage-of-the-plan
 * noun (`giải ngân`, `tỷ lệ hoàn thành`) or by a rate measured against the plan (`rateAgainstPlan`) whose
 * only figure is a bare percentage is a completion of the plan — the disbursed or done share of
 * what was planned — not a level. A share verb before it (`giải ngân vốn ODA chiếm 12% tổng vốn`)
 * or a change (`tỷ lệ giải ngân tăng 5%`) leaves it as it was read.
 */
export function planRates(a: SentenceContext, st: SentenceState): void {
  const en = a.g.locale === 'en';
  // (the sentence's first plan noun, looked up once for all its budget lines)
  let firstPlan: number | undefined;
  const planFrom = (): number => {
    firstPlan ??= firstPlanStart(a, st);
    return firstPlan;
  };
  // (whether a plan stands fronted before a rate with its own figure and no statement was measured
  // against it: `Against a target of 275,649 guaranties, …` — not `Compared with the plan, …`; the
  // sentence's drafts looked at once: the first plan figure's end, or -1 when none or one was measured)
  let planEnd: number | undefined;
  // (the sentence's last plan noun, looked up once: round 64 — it had been scanned for every percentage,
  // a sentence of many costing the square of its length)
  let lastPlan: number | undefined;
  const fronted = (at: number): boolean => {
    if (planEnd === undefined) {
      const drafts = a.sentenceDrafts(st.span);
      const plans = drafts.filter((x) => x.value === undefined && x.target !== undefined);
      planEnd =
        drafts.some((x) => x.completion !== undefined) || plans.length === 0
          ? -1
          : Math.min(...plans.map((x) => x.target?.span.end ?? Number.POSITIVE_INFINITY));
    }
    return planEnd >= 0 && planEnd <= at;
  };
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || !d.name || d.completion || d.changes.length > 0 || d.density || d.rank || d.target) continue;
    if (v.value.unitCode !== 'percent' || v.value.average) continue;
    if (en) {
      // (`Against a target of 275,649 guaranties, the HGC guaranteed 168,347 housing loans for an
      // accomplishment rate of 61 percent`: a plan fronted with its own figure that no other statement
      // was measured against leaves the rate its completion; round 63 — it had been a level, certain)
      // (`The disbursement rate stood at 60%, short of the 45% target`: a plan after the rate is another
      // reading's)
      if (!enPlanRate(a, d.name.span.start, d.name.span.end, v.span.end)) continue;
      lastPlan ??= lastPlanNoun(a, st);
      const plan = planRelation(lastPlan, tokenAt(a.tokens, v.span.end));
      if (plan === 0 || (plan === 1 && fronted(v.span.start))) asPlanCompletion(d, v);
      continue;
    }
    if (
      !nameHas(a, d.name.span.start, d.name.span.end) &&
      !rateAgainstPlan(a, d.name.span.start, v.span.start) &&
      !afterPlanRateLead(a, st, d.name.span.start) &&
      !(
        budgetPercent(a, d.name.span.start, d.name.span.end, v.span.start, v.span.end) &&
        !st.sentenceBase &&
        planFrom() >= v.span.end
      )
    )
      continue;
    if (shareBefore(a, v.span.start)) continue;
    asPlanCompletion(d, v);
  }
}

/** The colon of each sentence's lead clause that names a plan rate (-1: none), found once per sentence. */
const LEADS = new WeakMap<SentenceState, number>();

/**
 * `Một số tỉnh có tỷ lệ giải ngân cao so với bình quân chung của cả nước là: Vĩnh Long 7,5%, Bến Tre
 * 12,6%`: a lead clause before the sentence's first number that names a plan rate and ends on a
 * colon makes the list after it a list of that rate — the places' completions. True when the name
 * at character `start` stands after such a colon.
 */
function afterPlanRateLead(a: SentenceContext, st: SentenceState, start: number): boolean {
  let colon = LEADS.get(st);
  if (colon === undefined) {
    colon = -1;
    let rate = false;
    const end = tokenAt(a.tokens, st.span.end);
    for (let i = tokenAt(a.tokens, st.span.start); i < end; i++) {
      const t = a.tokens[i];
      if (!t || t.kind === 'number') break;
      if (!rate && matchAt(a.tokens, i, a.g.planRateNouns)) rate = true;
      if (rate && t.kind === 'punct' && t.text === ':') {
        colon = i;
        break;
      }
    }
    LEADS.set(st, colon);
  }
  return colon >= 0 && tokenAt(a.tokens, start) > colon;
}

/** The statement's percentage value becomes its completion of the plan (the value field is emptied). */
function asPlanCompletion(d: Draft, v: NonNullable<Draft['value']>): void {
  const approximate = v.value.approximate;
  const completion: StatedCompletion = {
    percent: v.value.number,
    form: 'of-plan',
    of: 'plan',
    ...(approximate ? { approximate } : {}),
  };
  d.completion = { ...v, value: completion, rule: `${v.rule}+plan-rate-name` };
  d.value = undefined;
}

/**
 * True when a plan-rate noun (`giải ngân`, `tỷ lệ hoàn thành`) starts in the characters `[start,
 * end)` and no number does (`27 Bộ … có tỷ lệ giải ngân dưới 20%`: a name that counts whom the
 * figure is of is left to the certainty pass).
 */
function nameHas(a: SentenceContext, start: number, end: number): boolean {
  let found = false;
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++) {
    if (a.tokens[i]?.kind === 'number') return false;
    if (found) continue;
    const m = matchAt(a.tokens, i, a.g.planRateNouns);
    if (m && (a.tokens[m.to - 1]?.end ?? end + 1) <= end) found = true;
  }
  return found;
}

/** How many tokens from a rate's name to its percentage are looked at for `so với` and a plan word. */
const PLAN_COMPARE_WINDOW = 16;

/**
 * `tỷ lệ thu ngân sách so với dự toán đạt 76,4%`, `tỷ lệ thực hiện so với kế hoạch đạt 95%`: a name
 * that opens on a level noun (`tỷ lệ`), then `so với` and a plan word before the percentage, with no
 * number between: the rate is measured against the plan, a completion.
 */
function rateAgainstPlan(a: SentenceContext, start: number, valueStart: number): boolean {
  const from = tokenAt(a.tokens, start);
  if (!matchAt(a.tokens, from, a.g.levelNouns)) return false;
  for (let i = from; i < a.tokens.length && i < from + PLAN_COMPARE_WINDOW; i++) {
    const t = a.tokens[i];
    if (!t || t.start >= valueStart || t.kind === 'number') return false;
    const cmp = matchAt(a.tokens, i, a.g.compareWords);
    if (cmp && matchAt(a.tokens, cmp.to, a.g.planValueWords)) return true;
  }
  return false;
}

/** How many tokens of a name are looked at for a budget flow noun (`Trong đó thu ngân sách nhà nước`). */
const BUDGET_NAME_WORDS = 4;

/**
 * `thu ngân sách nhà nước đạt 148,32%`, `chi ngân sách xã đạt 96,5%`: a budget flow (grammar
 * `budgetFlowNouns`, among the first words of the name, no number and no growth word in it) whose
 * only figure is a bare percentage after a level verb, closing its clause, is the share of the
 * budget estimate collected or spent — a completion, as `giải ngân đạt 62%` is. Not a percentage of
 * a whole written after it (`thu ngân sách đạt 18% GRDP`), nor a share (`chiếm`), nor a change;
 * a sentence that names its plan before the figure or opens on a base (`So với dự toán, …`, `So với cùng kỳ, …`: a
 * completion of that plan, a ratio to that period) is left to the steps that read those.
 */
function budgetPercent(a: SentenceContext, start: number, end: number, valueStart: number, valueEnd: number): boolean {
  const nouns = a.g.budgetFlowNouns;
  if (!nouns) return false;
  const t = a.tokens;
  const from = tokenAt(t, start);
  let found = false;
  for (let i = from; i < t.length && (t[i]?.start ?? end) < end; i++) {
    if (t[i]?.kind === 'number' || matchAt(t, i, a.g.growthWords)) return false;
    if (!found && i < from + BUDGET_NAME_WORDS && matchAt(t, i, nouns)) found = true;
  }
  if (!found) return false;
  // (the value's span may hold its verb: the number's own token)
  let at = tokenAt(t, valueStart);
  while (at < t.length && t[at]?.kind !== 'number' && (t[at]?.start ?? valueEnd) < valueEnd) at++;
  let verb = false;
  for (let j = Math.max(0, at - VERB_BACK); j < at; j++)
    if (matchAt(t, j, a.g.percentVerbs, at)?.to === at) verb = true;
  const next = t[tokenAt(t, valueEnd)];
  return verb && (next === undefined || next.kind === 'punct');
}

/**
 * The character where the sentence's first plan noun starts (`So với dự toán, thu nội địa đạt
 * 85,2%`), or the sentence's end when it names none: one pass per sentence.
 */
function firstPlanStart(a: SentenceContext, st: SentenceState): number {
  for (let i = st.sentence.from; i < st.sentence.to; i++)
    if (matchAt(a.tokens, i, a.g.planNouns)) return a.tokens[i]?.start ?? st.span.end;
  return st.span.end;
}

/** True when a share verb ends within a few tokens before the character `start`. */
function shareBefore(a: SentenceContext, start: number): boolean {
  const at = tokenAt(a.tokens, start);
  for (let j = Math.max(0, at - VERB_BACK); j <= at; j++) {
    const m = matchAt(a.tokens, j, a.g.shareWords);
    if (m && m.to <= at + 1) return true;
  }
  return false;
}

/**
 * `The disbursement rate of foreign capital fell to only 20.14%`, `the disbursement rate stood at
 * 45.3 percent`, `the completion rate reached 96%`: an English name holding a rate of the plan (a
 * plan-rate noun of two words or more: `disbursement rate`, `rate of disbursement`, `completion
 * rate`) whose bare percentage is reached by a level verb is a completion, as `tỷ lệ giải ngân đạt
 * X%` is. Not when a share verb or a plan participle stands before the number (`accounted for 12
 * percent`, `had not reached the planned 35%`: a share, the plan's own figure) or `of` follows it
 * (`12 percent of total investment`: a share of a whole).
 */
function enPlanRate(a: SentenceContext, nameStart: number, nameEnd: number, valueEnd: number): boolean {
  const from = tokenAt(a.tokens, nameStart);
  let rate = false;
  for (let i = from; i < a.tokens.length && (a.tokens[i]?.start ?? nameEnd) < nameEnd; i++) {
    // (`loans in 2021 for an accomplishment rate`: a year in the name counts nothing)
    if (a.tokens[i]?.kind === 'number' && !isYearToken(a.tokens[i])) return false;
    const m = matchAt(a.tokens, i, a.g.planRateNouns);
    if (m && m.to - i >= 2 && (a.tokens[m.to - 1]?.end ?? nameEnd + 1) <= nameEnd) rate = true;
  }
  if (!rate) return false;
  // (from the name's start to the number: no share verb, no plan participle)
  for (let i = from; i < a.tokens.length && a.tokens[i]?.kind !== 'number'; i++) {
    if ((a.tokens[i]?.start ?? valueEnd) >= valueEnd) break;
    if (matchAt(a.tokens, i, a.g.shareWords) || matchAt(a.tokens, i, a.g.plannedWords)) return false;
  }
  return ofAfter(a, valueEnd) === false;
}

/**
 * The token of the sentence's last plan, target or estimate noun (`Compared with the plan, the disbursement
 * rate reached 38.4 percent`, `…, 12 percent above the target`), or -1 when none: one scan of the sentence.
 */
function lastPlanNoun(a: SentenceContext, st: SentenceState): number {
  let last = -1;
  for (let i = st.sentence.from; i < st.sentence.to; i++) if (matchAt(a.tokens, i, a.g.planNouns)) last = i;
  return last;
}

/**
 * Whether the sentence names a plan of its own (its last plan noun at token `last`): 0 none, 1 only before
 * token `after`, 2 at or after it. The rate's relation to it is another reading's (fronted plan, difference
 * from the plan) — unless the plan stands only before the rate and no statement was measured against it.
 */
function planRelation(last: number, after: number): 0 | 1 | 2 {
  if (last < 0) return 0;
  return last >= after ? 2 : 1;
}

/** True when the word right after the character `end` is the `of` of a share (`12 percent of total …`). */
function ofAfter(a: SentenceContext, end: number): boolean {
  const k = tokenAt(a.tokens, end);
  return matchAt(a.tokens, k, a.g.planOf) !== null;
}
