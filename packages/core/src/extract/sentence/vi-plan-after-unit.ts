import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Cảng Hải Phòng đã đạt sản lượng 25.682.000 tấn hàng hóa thông qua/ 25.662.000 tấn kế hoạch`,
 * `hàng container đạt 1.231.000 teus/1.230.500 teus kế hoạch`: a figure whose unit (or, with none,
 * one counted word) a plan noun follows (grammar `planNouns`: `kế hoạch`, `dự toán`), and the phrase
 * ends there (punctuation, the sentence's end, or a stop word of grammar `planPhraseStops`), is the
 * plan's figure — a target, never a second result (Vietnamese). Round 49. Constant work per statement.
 */
export function viPlanAfterUnit(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.kind.value !== 'actual' || d.completion || d.changes.length > 0) continue;
    let k = tokenAt(a.tokens, v.span.end);
    const q = v.value;
    // (no unit read: one counted word, `teus`)
    if (q.unit === undefined && q.unitCode === undefined && a.tokens[k]?.kind === 'word') k++;
    const plan = matchAt(a.tokens, k, a.g.planNouns, end);
    // (a plan or an estimate, `kế hoạch`, `dự toán`: not a goal, `mục tiêu`, which a result may be measured against too)
    if (!plan || plan.phrase.data === 'target') continue;
    const next = a.tokens[plan.to];
    if (plan.to < end && next?.kind === 'word' && !a.g.planPhraseStops.has(next.forms.fold)) continue;
    d.kind = a.field('target', plan.from, plan.to, `${a.g.locale}.kind.plan-after-unit`);
  }
}
