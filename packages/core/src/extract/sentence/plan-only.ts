import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `The meeting approved the plan of VND 27,000 billion in revenue – an increase of 20%`, `The
 * company set a plan of VND 5,500 billion`: a statement whose only amount is a plan's own value
 * (read after `plan of`, `target of`, `kế hoạch`) — no result of its own, no completion, no density
 * or rank — states that plan: a target
 * statement with the plan's value, never an actual whose value is missing. Its changes stay with it
 * (`an increase of 20%` is the plan's rise over the last result). Right after a verb of exceeding
 * (`vượt kế hoạch 1.200 tỷ đồng`) the amount is as often the excess as the plan's own figure: it is
 * read as neither — listed unread, no plan value kept (as `vi-plan-figure.ts` does after a comma).
 * One look per draft.
 */
export function planOnlyStatements(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  // (the plan values a statement of their own already reads: `fell short of the target of Shs3Tn`)
  const stated = new Set(drafts.flatMap((d) => (d.kind.value === 'target' && d.value ? [d.value.span.start] : [])));
  for (const d of drafts) {
    if (exceededPlanAmount(a, d)) continue;
    const plan = d.target;
    if (!plan || d.value || d.completion || d.density || d.rank) continue;
    // (`Revenue fell short of the target of Shs3Tn`: the plan's own statement reads it; the statement
    // that names it has nothing else, and is left empty — round 46)
    if (stated.has(plan.span.start) && d.changes.length === 0) {
      d.target = undefined;
      continue;
    }
    if (afterExceeding(a, plan.span.start)) {
      d.target = undefined;
      d.unread.push({
        what: 'value',
        reason: 'unrecognised-figure',
        span: plan.span,
        message: 'An amount after exceeding a plan: the excess or the plan’s own figure is not stated',
      });
      continue;
    }
    d.value = plan;
    d.target = undefined;
    if (d.kind.value !== 'target') d.kind = { ...plan, value: 'target', rule: `${a.g.locale}.kind.plan-only` };
  }
}

/** True when a verb of exceeding (`vượt`, `exceeding`) ends right where the plan figure at character `start` begins. */
function afterExceeding(a: SentenceContext, start: number): boolean {
  return phraseEndingAt(a.tokens, tokenAt(a.tokens, start), a.g.exceedVerbs) >= 0;
}

/** How many words the plan's phrase may take after the verb of exceeding (`so với KH được Bộ giao`). */
const PLAN_WORDS = 8;

/**
 * `…, vượt so với KH được Bộ giao 2.967 tấn`: a clause that opens on a verb of exceeding and names
 * the plan before its only amount states the excess over the plan (or, as often, the plan itself) —
 * never a result nor a target's value. The amount is listed unread and the statement keeps no value.
 * Vietnamese only (English writes `exceeding the plan by …`, read as an excess). True when it did so.
 */
function exceededPlanAmount(a: SentenceContext, d: Draft): boolean {
  const v = d.value;
  const name = d.name;
  if (a.g.locale !== 'vi' || !v || !name || d.completion || d.changes.length > 0 || d.density || d.rank) return false;
  const from = tokenAt(a.tokens, name.span.start);
  const verb = matchAt(a.tokens, from, a.g.exceedVerbs);
  const to = tokenAt(a.tokens, v.span.start);
  if (!verb || to - verb.to > PLAN_WORDS) return false;
  let plan = false;
  for (let j = verb.to; j < to && !plan; j++) plan = matchAt(a.tokens, j, a.g.planWords, to) !== null;
  if (!plan) return false;
  d.value = undefined;
  d.unread.push({
    what: 'value',
    reason: 'unrecognised-figure',
    span: v.span,
    message: 'An amount after exceeding a plan: the excess or the plan’s own figure is not stated',
  });
  return true;
}
