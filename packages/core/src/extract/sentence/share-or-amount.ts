import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

/**
 * `white rice taking the largest share (55.5% or 3.56 million tons)`, `accounting for 24%, or 1.5
 * million tonnes`: a bare percentage (a value or a percentage of no stated role), then a link word of the grammar
 * (`shareAmountLinks`: `or`) and an amount with its own unit (no percentage) — the percentage is the
 * amount's share of a whole, said again as that amount; the amount is the figure, the share none
 * (kept as a number that is no figure). Not a change, a completion or a percentage with a base.
 * English; one pass over the items.
 */
export function sharesOrAmounts(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  const links = a.g.shareAmountLinks;
  if (!links || links.length === 0) return items;
  let out: Item[] | undefined;
  for (let k = 0; k + 1 < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'figure' || (it.fig.kind !== 'value' && it.fig.kind !== 'percent')) continue;
    const share = it.fig.q.quantity;
    if (share?.unitCode !== 'percent' || it.fig.q.density !== undefined) continue;
    // (`55.5%, or 3.56 million tons`: a comma may stand before the link)
    let j = k + 1;
    const sep = items[j];
    if (sep?.t === 'sep' && sep.ch === ',') j++;
    const link = items[j];
    if (!link || (link.t !== 'word' && link.t !== 'marker')) continue;
    const word = matchAt(a.tokens, link.from, links);
    if (word?.to !== link.to) continue;
    const next = items[j + 1];
    if (next?.t !== 'figure' || next.fig.kind !== 'value' || next.from !== link.to) continue;
    const amount = next.fig.q.quantity;
    if (!amount || amount.unitCode === 'percent' || (amount.unit === undefined && amount.unitCode === undefined))
      continue;
    out ??= [...items];
    out[k] = { t: 'number', from: it.from, to: it.to, why: 'qualifier' };
  }
  return out ?? items;
}
