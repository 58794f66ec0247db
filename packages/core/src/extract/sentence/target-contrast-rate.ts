import { findIn } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `This is less than half of the 2012 target of 4.6 million tourists but an improvement of 11.68%
 * over the same period last year`: a rate against an earlier period, set off from a target by a word
 * of contrast (grammar `eventContrasts`: `but`), is the result's change — what happened, against what
 * was aimed at — never the target's. It is a statement of its own, an actual of the same name
 * (English). Round 49: the rate had been the target's, a silent wrong number. Constant work per
 * statement.
 */
export function targetContrastRates(a: SentenceContext, st: SentenceState): void {
  const contrasts = a.g.eventContrasts;
  if (a.g.locale !== 'en' || !contrasts) return;
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const v = d.value;
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (d.kind.value !== 'target' || !v || !c || d.completion || c.span.start < v.span.end) continue;
    const base = c.value.base;
    if (!base) continue;
    const from = tokenAt(a.tokens, v.span.end);
    const to = tokenAt(a.tokens, c.span.start);
    if (!findIn(a.tokens, from, to, contrasts)) continue;
    const rule = `${a.g.locale}.kind.contrast-rate`;
    const s: Draft = a.newDraft(st.span, to);
    s.kind = { ...d.kind, value: 'actual', rule };
    if (d.name) s.name = { ...d.name };
    s.changes.push({ ...c, rule: `${c.rule}+${rule}` });
    d.changes.length = 0;
  }
}
