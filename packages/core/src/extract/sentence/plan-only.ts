import type { SentenceContext, SentenceState } from './context';

/**
 * `The meeting approved the plan of VND 27,000 billion in revenue – an increase of 20%`, `The
 * company set a plan of VND 5,500 billion`, `Doanh thu đạt 5.000 tỷ đồng; kế hoạch 5.500 tỷ đồng`:
 * a statement whose only amount is a plan's own value (read after `plan of`, `target of`, `kế
 * hoạch`) — no result of its own, no completion, no density or rank — states that plan: a target
 * statement with the plan's value, never an actual whose value is missing. Its changes stay with it
 * (`an increase of 20%` is the plan's rise over the last result). One look per draft.
 */
export function planOnlyStatements(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    const plan = d.target;
    if (!plan || d.value || d.completion || d.density || d.rank) continue;
    d.value = plan;
    d.target = undefined;
    if (d.kind.value !== 'target') d.kind = { ...plan, value: 'target', rule: `${a.g.locale}.kind.plan-only` };
  }
}
