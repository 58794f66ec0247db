import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { PlanKind, StatedCompletion, Unread } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/** How many words may stand between the plan's amount and its noun (`annual`, `revised annual`). */
const MODIFIER_WORDS = 2;

/**
 * The plan noun right after the target's value (past at most {@link MODIFIER_WORDS} plain words):
 * `Rs 100 million [target]`, `$100 million [annual budget]`; null when none ends there.
 */
function planNounAfter(a: SentenceContext, k: number): PlanKind | null {
  for (let n = 0; n <= MODIFIER_WORDS; n++, k++) {
    const noun = matchAt(a.tokens, k, a.g.planNouns);
    if (noun) return noun.phrase.data;
    if (a.tokens[k]?.kind !== 'word') return null;
  }
  return null;
}

/**
 * `Tourism fees reached Rs 59.11 million, representing 59.11% of the Rs 100 million target`, `or
 * 4.95% of its $80 million budget`: a percentage left without a base, then `of`, a determiner and
 * the amount of a plan with its noun after it — the percentage is the completion of that plan, and
 * the amount its target, named by the indicator (round 45; it had been unread, the plan's amount
 * between the two having hidden the plan noun). One pass over the sentence's statements; constant
 * work per unread percentage.
 */
export function amountPlanCompletions(a: SentenceContext, st: SentenceState): void {
  const of = a.g.planOf;
  const determiners = a.g.planParticipleDeterminers;
  if (of.length === 0 || !determiners) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const goal = drafts[n + 1] as Draft;
    if (d.completion || d.kind.value !== 'actual' || !goal.value || goal.completion || goal.changes.length) continue;
    const u = d.unread.find((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (!u) continue;
    const end = tokenAt(a.tokens, u.span.end);
    const link = matchAt(a.tokens, end, of);
    const det = link ? a.tokens[link.to] : undefined;
    if (!link || det?.kind !== 'word' || !determiners.has(det.forms.fold)) continue;
    if (tokenAt(a.tokens, goal.value.span.start) !== link.to + 1) continue;
    const kind = planNounAfter(a, tokenAt(a.tokens, goal.value.span.end));
    if (!kind) continue;
    const q = unreadQuantity(a, u)?.q;
    if (q?.quantity?.unitCode !== 'percent') continue;
    const completion: StatedCompletion = { percent: q.quantity.number, form: 'of-plan', of: kind };
    d.completion = a.field(completion, tokenAt(a.tokens, u.span.start), end, `${L}.completion.of-plan-amount`);
    d.unread.splice(d.unread.indexOf(u as Unread), 1);
    // (the plan's amount is the indicator's target: named by it, a target even after `its`)
    if (goal.kind.value !== 'target') goal.kind = a.field('target', link.to, link.to + 1, `${L}.kind.plan-amount`);
    if (d.name) goal.name = { ...d.name, rule: `${L}.name.plan-amount` };
  }
}
