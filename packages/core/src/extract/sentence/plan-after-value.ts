import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Cảng Hải Phòng đã đạt sản lượng 25.682.000 tấn hàng hóa thông qua/ 25.662.000 tấn kế hoạch`,
 * `hàng container đạt 1.231.000 teus/1.230.500 teus kế hoạch`, `spent … Sh412 billion out of Sh528
 * billion allocated`: a figure whose unit (or, with none, one counted word) a word of the plan follows
 * — a plan noun in Vietnamese (grammar `planNouns`: `kế hoạch`, `dự toán`, not a goal's `mục tiêu`),
 * a participle of planning in English (grammar `plannedWords` of a plan: `allocated`, `planned`,
 * `assigned`; `budgeted`, `targeted` since round 55) — and the phrase ends there (punctuation, the sentence's end, or a stop word of grammar
 * `planPhraseStops`), is the plan's figure: a target, never a second result. Round 49. Constant work
 * per statement.
 */
export function plansAfterValues(a: SentenceContext, st: SentenceState): void {
  const words = a.g.locale === 'vi' ? a.g.planNouns : (a.g.plannedAfterValue ?? a.g.plannedWords);
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.kind.value !== 'actual' || d.completion || d.changes.length > 0) continue;
    let k = tokenAt(a.tokens, v.span.end);
    const q = v.value;
    // (no unit read: one counted word, `teus` — unless the plan's word stands right there: `out of 2.1
    // crore allocated under the mission`, round 62)
    if (
      q.unit === undefined &&
      q.unitCode === undefined &&
      a.tokens[k]?.kind === 'word' &&
      !matchAt(a.tokens, k, words, end)
    )
      k++;
    const plan = matchAt(a.tokens, k, words, end);
    // (Vietnamese: a plan or an estimate, `kế hoạch`, `dự toán` — not a goal, `mục tiêu`, which a result
    // may be measured against too; English: a participle of a plan only — `estimated`, `set`, `projected`
    // say other things after a figure)
    // (English: grammar `plannedAfterValue` lists the participles that may follow; round 55)
    const planned = a.g.plannedAfterValue !== undefined || plan?.phrase.data === 'plan';
    if (!plan || (a.g.locale === 'vi' ? plan.phrase.data === 'target' : !planned)) continue;
    const next = a.tokens[plan.to];
    if (plan.to < end && next?.kind === 'word' && !a.g.planPhraseStops.has(next.forms.fold)) continue;
    d.kind = a.field('target', plan.from, plan.to, `${a.g.locale}.kind.plan-after-value`);
  }
}
