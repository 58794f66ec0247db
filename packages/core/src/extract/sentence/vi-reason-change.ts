import { negate } from '../numeral';
import { matchAt } from '../phrase';
import type { Extracted, ExtractedChange } from '../types';
import { nameField, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `(do giảm diện tích trồng mì 10,4%)`, `nhờ giảm chi phí 5%`, `chủ yếu do tăng năng suất lúa
 * 2,5%`: a reason after a change (`do`, `nhờ`, `vì` …) that puts its own change verb BEFORE the
 * measure it changes, the amount after it, states that measure's rate of change, signed by the
 * verb — not a level (`10,4%` of `do giảm diện tích …`) nor a rise (`nhờ giảm chi phí 5%` is a
 * fall of 5 %). The statement is renamed to the measure (the words after the verb). Only a bare
 * percentage or a rate read from the name is changed; a statement with a base of its own, or a
 * figure that is no percentage, is left as read.
 */
export function reasonChanges(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi' || a.g.reasonLeads.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (!d.name || d.completion) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const lead = matchAt(a.tokens, from, a.g.reasonLeads, to);
    if (!lead) continue;
    const verb = matchAt(a.tokens, lead.to, a.g.changeVerbs, to);
    if (!verb || verb.to >= to) continue;
    // (`Do giảm giá, tỷ lệ … đạt 5%`: a reason clause before the subject is no measure of the figure)
    let clause = false;
    for (let i = verb.to; i < to && !clause; i++) clause = a.tokens[i]?.kind === 'punct';
    if (clause) continue;
    const sign = verb.phrase.data;
    const v = d.value;
    const L = a.g.locale;
    if (v && v.value.unitCode === 'percent' && d.changes.length === 0 && !v.value.average) {
      const change: Extracted<ExtractedChange> = {
        ...v,
        value: {
          form: 'rate',
          amount: sign < 0 ? negate(v.value.number) : v.value.number,
          ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
        },
        rule: `${v.rule}+reason-verb`,
      };
      d.changes.push(change);
      d.value = undefined;
    } else if (!v && d.changes.length === 1) {
      const c = d.changes[0] as Extracted<ExtractedChange>;
      if (c.value.form !== 'rate' || c.value.base) continue;
      // (a rate read from the verb in the name keeps the sign the verb gives)
      const positive = !c.value.amount.value.startsWith('-');
      if (sign < 0 && positive)
        d.changes[0] = {
          ...c,
          value: { ...c.value, amount: negate(c.value.amount) },
          rule: `${c.rule}+reason-verb`,
        };
    } else continue;
    d.name = nameField(a, { from: verb.to, to }, `${L}.name.reason-measure`);
  }
}
