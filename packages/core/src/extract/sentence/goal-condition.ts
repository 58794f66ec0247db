import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * A condition whose main clause is a forecast: `If the value is maintained at 5 billion USD in
 * December, the whole year's figure will surpass 61 billion USD`, `The department said if imports
 * increased by 5 per cent, turnover is likely to hit US$500 billion`, `Nếu giữ được mức 5 tỷ USD
 * trong tháng 12, cả năm sẽ vượt 61 tỷ USD`. The condition's figures (after its `if`, before the
 * forecast's marker) are as hypothetical as the forecast they lead to: targets, not results. Read
 * only when the main clause is a forecast (`st.forecasts`); `If compared with 2022, exports rose
 * 5%` has none and keeps its result. Linear: one pass over the items and the drafts.
 */
export function conditionalGoals(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  if (!st.forecasts || st.forecasts.length === 0) return;
  let main = Number.POSITIVE_INFINITY;
  for (const f of st.forecasts) main = Math.min(main, f.from);
  let condition: Item | undefined;
  for (const it of items) {
    if (it.from >= main) break;
    if (it.t === 'word' && matchAt(a.tokens, it.from, a.g.conditionWords, it.to)) {
      condition = it;
      break;
    }
  }
  if (!condition) return;
  const L = a.g.locale;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'actual' || d.to <= condition.from || d.from >= main) continue;
    d.kind = a.field('target', condition.from, condition.to, `${L}.kind.goal-condition`, d.kind.match);
  }
}
