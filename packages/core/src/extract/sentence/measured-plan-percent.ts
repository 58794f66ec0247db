import { matchAt } from '../phrase';
import type { PlanKind, Quantity, StatedCompletion, Unread } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { completionAgrees } from './stated-percent';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/** How far before a plan's amount its noun may stand: `the annual target of Rs.`. */
const NOUN_BACK = 5;

/** The plan noun shortly before the amount that starts at token `k` (`target of Rs 300 billion`); null with none. @internal */
export function planNounBefore(a: SentenceContext, k: number): PlanKind | null {
  for (let b = k - 1; b >= 0 && b >= k - NOUN_BACK; b--) {
    const noun = matchAt(a.tokens, b, a.g.planNouns, k);
    if (noun) return noun.phrase.data;
  }
  return null;
}

/** True when the two amounts are written in the same unit (the same code, or the same unit words). */
function sameUnit(x: Quantity, y: Quantity): boolean {
  return x.unitCode === y.unitCode && x.unit === y.unit;
}

/**
 * `Out of the target of Rs. 59.91 billion for foreign grants, Rs. 13.88 billion or 23.17 percent has
 * been received`, `Against the annual target of Rs 300 billion, the office collected Rs 120 billion,
 * or 40 percent`: an actual amount, `or` (grammar `shareAmountLinks`) and a bare percentage left
 * without a base, after the plan's amount that the sentence opens by measuring against (a target read
 * by `plan.value` after `against` / `out of`, in the same unit, or the statement's own target) — the
 * percentage is the completion of that plan when it agrees with the two amounts (round 47; it had
 * been unread). Constant work per unread percentage.
 */
export function measuredPlanPercents(a: SentenceContext, st: SentenceState): void {
  const links = a.g.shareAmountLinks;
  if (!links || links.length === 0) return;
  const L = a.g.locale;
  const drafts = a.sentenceDrafts(st.span);
  const planned = drafts.find((d) => d.kind.value === 'target' && d.kind.rule.includes('.kind.plan-value') && d.value);
  for (const d of drafts) {
    const v = d.value;
    if (!v || d.completion || d.kind.value !== 'actual' || v.value.unitCode === 'percent') continue;
    // (the plan the statement carries as its target, or the one the sentence opened with before it)
    const plan = d.target ?? (planned?.value && planned.value.span.end <= v.span.start ? planned.value : undefined);
    if (!plan || !sameUnit(plan.value, v.value)) continue;
    const u = d.unread.find((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (!u || u.span.start < v.span.end) continue;
    let k = tokenAt(a.tokens, v.span.end);
    if (a.tokens[k]?.kind === 'punct' && a.tokens[k]?.text === ',') k++;
    const link = matchAt(a.tokens, k, links);
    // (the unread part may open on the link itself: `or 40 percent`)
    const from = tokenAt(a.tokens, u.span.start);
    if (!link || (link.to !== from && k !== from)) continue;
    const of = planNounBefore(a, tokenAt(a.tokens, plan.span.start));
    const q = of ? unreadQuantity(a, u)?.q : undefined;
    if (!of || q?.quantity?.unitCode !== 'percent' || !completionAgrees(q.quantity.number, v.value, plan.value))
      continue;
    const completion: StatedCompletion = { percent: q.quantity.number, form: 'of-plan', of };
    d.completion = a.field(completion, link.to, tokenAt(a.tokens, u.span.end), `${L}.completion.measured-plan-percent`);
    d.unread.splice(d.unread.indexOf(u as Unread), 1);
  }
}

/**
 * `the Centre has been able to collect over Rs 2.91 lakh crore of its annual target of over Rs 3.13
 * lakh crore, 93% of the yearly target`: a completion read onto the plan's own statement, after its
 * value, belongs to the result the sentence measured against that plan before it — the actual in the
 * same unit, with no completion of its own — when the percentage is that result over that plan, as
 * the audit would check it (round 48; it had been the plan's, certain). Linear in the sentence's drafts.
 */
export function planCompletionsToResults(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  let result: (typeof drafts)[number] | undefined;
  for (const d of drafts) {
    const v = d.value;
    if (!v) continue;
    if (d.kind.value === 'actual' && !d.completion && v.value.unitCode !== 'percent') {
      result = d;
      continue;
    }
    const c = d.completion;
    const r = result?.value;
    if (d.kind.value !== 'target' || !c || !result || !r || c.span.start < v.span.end) continue;
    if (!sameUnit(r.value, v.value) || !completionAgrees(c.value.percent, r.value, v.value)) continue;
    result.completion = { ...c, rule: `${c.rule}+measured-result` };
    d.completion = undefined;
    result = undefined;
  }
}
