import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * A sentence that opens with a clause of purpose: `To fulfil its target of welcoming 15 million
 * tourists and earning VND 32.4 trillion this year, the authorities have approved …`, `To be able to
 * disburse more than 95% as directed by the Prime Minister, ministries need to …`, `Để hoàn thành
 * kế hoạch thu 12.000 tỷ đồng, …`, `Nhằm đạt mức tăng trưởng 8%, …`. What the purpose names is
 * still to be reached: every figure before the clause's comma is a goal, a target. `To date,` is a
 * period (the scanner reads it as one), never a purpose. Linear: one pass over the items and drafts.
 */
export function purposeGoals(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  const first = items[0];
  if (first?.t !== 'word') return;
  const purpose = matchAt(a.tokens, first.from, a.g.purposeWords);
  // `To` / `Để` then a word (the verb): `To 2025, …` is no purpose
  if (!purpose || a.tokens[purpose.to]?.kind !== 'word') return;
  let end: number | undefined;
  for (const it of items) {
    if (it.t === 'sep' && it.ch === ',') {
      end = it.from;
      break;
    }
  }
  if (end === undefined) return;
  const L = a.g.locale;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'actual' || d.from >= end) continue;
    d.kind = a.field('target', first.from, purpose.to, `${L}.kind.goal-purpose`, d.kind.match);
  }
}
