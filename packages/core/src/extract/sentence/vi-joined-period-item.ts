import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

/** True when the items before `k` end with a figure of the clause (over a base and one bracket after it). */
function figureBefore(items: readonly Item[], k: number): boolean {
  let j = k - 1;
  // `… quý I tăng 7,31% (cao hơn mức tăng 7,23%) và quý II …`: over one bracket after the figure
  if (items[j]?.t === 'sep' && (items[j] as { ch: string }).ch === ')') {
    let open = j - 1;
    while (open >= 0 && !(items[open]?.t === 'sep' && (items[open] as { ch: string }).ch === '(')) open--;
    if (open < 0) return false;
    j = open - 1;
  }
  if (items[j]?.t === 'base') j--;
  return items[j]?.t === 'figure';
}

/**
 * `GDP 6 tháng tăng 7,63%, trong đó quý I tăng 7,31% và quý II ước tăng 7,87%`, `doanh thu năm
 * 2023 đạt 400 tỷ đồng và năm 2024 đạt 520 tỷ đồng`: after a figure, a list joiner (`và`) followed
 * by a period (and at most stage words) and a figure opens the next item of a list of the same
 * indicator over periods — as a comma would (`list-period-items.ts`), never a second change of the
 * statement before. Not when words stand between the period and the figure (`… và năm 2024 lợi
 * nhuận đạt …`: another indicator's clause) nor when no figure comes before the joiner. Vietnamese
 * only; one pass over the items.
 */
export function joinedPeriodItems(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  const joiners = a.g.listJoiners;
  if (a.g.locale !== 'vi' || !joiners) return items;
  let out: Item[] | undefined;
  for (let k = 1; k < items.length - 2; k++) {
    const it = items[k] as Item;
    // (the cheap looks first: a period after it, then the joiner's words)
    if (items[k + 1]?.t !== 'period') continue;
    if (it.t !== 'marker' && it.t !== 'word') continue;
    if (it.t === 'marker' && it.kind !== 'joiner') continue;
    const j = matchAt(a.tokens, it.from, joiners, it.to);
    if (!j || j.to !== it.to) continue;
    let f = k + 2;
    while (items[f]?.t === 'marker' && (items[f] as { kind: string }).kind === 'stage') f++;
    if (items[f]?.t !== 'figure' || !figureBefore(items, k)) continue;
    out ??= [...items];
    out[k] = { t: 'sep', from: it.from, to: it.to, ch: ',' };
  }
  return out ?? items;
}
