import { shift } from '../numeral';
import { matchAt } from '../phrase';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { planNounBefore } from './measured-plan-percent';
import { completionAgrees } from './stated-percent';
import { tokenAt } from './token-at';

/**
 * `tax revenues total $18.75 billion compared to expectations of $17.97 billion, an increase of $774
 * million or 4.3%`: a rate with no base of its own, read after the target the statement carries (a
 * plan's figure named by a plan noun), whose amount is the value over that target as the audit weighs
 * it — the completion of that plan, 100 + the rate (round 53, test37's state revenue reports; it had
 * been a rise against no base). One pass over the sentence's drafts and their changes.
 */
export function targetRateCompletions(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const t = d.target;
    if (!v || !t || d.completion || d.kind.value !== 'actual' || v.value.unitCode === 'percent') continue;
    const i = d.changes.findIndex(
      (c) => c.value.form === 'rate' && c.value.base === undefined && c.span.start >= t.span.end,
    );
    const c = d.changes[i];
    if (!c) continue;
    // (the target's span may open on its plan noun: `expectations of $17.97 billion`)
    const k = tokenAt(a.tokens, t.span.start);
    const of = matchAt(a.tokens, k, a.g.planNouns)?.phrase.data ?? planNounBefore(a, k);
    const percent = shift(c.value.amount, '100');
    if (!of || !completionAgrees(percent, v.value, t.value)) continue;
    const completion: StatedCompletion = { percent, form: 'exceeded-by', of };
    d.completion = { ...c, value: completion, rule: `${c.rule}+target-rate-completion` };
    d.changes.splice(i, 1);
  }
}
