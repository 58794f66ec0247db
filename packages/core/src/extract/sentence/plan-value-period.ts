import { matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Revenue reached $4.2 billion in 2025, against the target of $4.5 billion for 2024`: a plan's value
 * read after its plan noun (`rules/plan-value.ts`) and followed right away by a period of its own is
 * the plan of that period — not of the result's year it had been lent (doubted), the plan's own
 * year left unused (round 52); the result's own statement keeps no plan of another period. One look
 * per draft.
 */
export function planValuePeriods(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    const v = d.value;
    if (d.kind.value !== 'target' || !v || !v.rule.includes('.plan.value-of-plan-noun')) continue;
    const k = tokenAt(a.tokens, v.span.end);
    const m = matchPeriod(a.tokens, k, a.g.locale);
    const id = m && m.from === k ? a.periodId(m) : undefined;
    if (!m || id === undefined || id === d.period?.value) continue;
    d.period = a.field(id, k, m.to, `${a.g.locale}.period.after-plan-value`);
    dropOtherPeriodPlan(drafts, d);
  }
}

/**
 * `revenues have decreased from a high of $2.2 million in 2008 to a projected $1.8 million in 2011`:
 * a plan figure kept as a result's `target` (`place/plan.ts`) with a period of its own right after it,
 * other than the result's, is the plan of that period — a statement of its own, a target named as the
 * result, dated by those words (round 68, test52: it had been a certain plan of 2008). Run after the
 * statements are dated. One look per draft.
 */
export function targetFieldPeriods(a: SentenceContext, st: SentenceState): void {
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const t = d.target;
    const own = d.period?.value;
    if (!t || !d.value || own === undefined) continue;
    const k = tokenAt(a.tokens, t.span.end);
    const m = matchPeriod(a.tokens, k, a.g.locale);
    const id = m && m.from === k ? a.periodId(m) : undefined;
    if (!m || id === undefined || id === own || !/^\d{4}/u.test(id)) continue;
    const at = tokenAt(a.tokens, t.span.start);
    const s: Draft = a.newDraft(st.span, at);
    s.kind = a.field('target', at, k, `${a.g.locale}.kind.target-own-period`);
    if (d.name) s.name = { ...d.name, rule: `${a.g.locale}.name.target-own-period` };
    if (d.fullName) s.fullName = d.fullName;
    s.value = { ...t, rule: `${t.rule}+own-period` };
    s.period = a.field(id, k, m.to, `${a.g.locale}.period.target-own-period`);
    a.extend(s, at, m.to);
    d.target = undefined;
  }
}

/**
 * After plan statement `d` took a period of its own: the result that named the plan (its `target` is
 * `d`'s value) keeps no plan of another period as its own target — the audit would check the result
 * against a plan of another period, and a reader would see that plan dated by the result.
 */
export function dropOtherPeriodPlan(drafts: readonly Draft[], d: Draft): void {
  const start = d.value?.span.start;
  for (const o of drafts)
    if (o !== d && start !== undefined && o.target?.span.start === start && o.period?.value !== d.period?.value)
      o.target = undefined;
}
