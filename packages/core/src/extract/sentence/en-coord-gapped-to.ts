import { negate } from '../numeral';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

type FigureItem = Item & { t: 'figure' };

/** True when the item is a rate of change read with the level it reached (`rose 27.7% to $13.11 billion`). */
const rateTo = (it: Item | undefined): it is FigureItem =>
  it?.t === 'figure' && it.fig.kind === 'change' && it.fig.form === 'rate' && it.fig.then?.quantity !== undefined;

/**
 * `Revenues of rice rose 27.7% to $13.11 billion, coffee 12.4% to $6.58 billion, and pepper 5.8%
 * to $1.99 billion`, `with agricultural products rising 27.7 percent to US$13.11 billion, forestry
 * 22.7 percent to US$6.58 billion`: a gapped verb. After a rate of change read with the level it
 * reached (`VERB P% to X`), an item of a name, a bare percentage with no verb of its own, `to` and
 * a value repeats that predicate: the percentage is a rate of the same direction (and the same
 * base, when one was written) and the value after `to` the level it reached. Each such item
 * becomes one change figure with its level, as `rose 12.4% to $6.58 billion` would be. Only when
 * no other figure stands between the item and the rate before it (a value, a completion or a
 * percentage with a verb of its own ends the gapping). English only; one pass over the items.
 */
export function gappedRatesTo(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let out: (Item | null)[] | undefined;
  let last: FigureItem | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'figure') continue;
    if (rateTo(it)) {
      last = it;
      continue;
    }
    const prev = last;
    last = undefined;
    if (!prev || it.fig.kind !== 'percent' || it.fig.verbFrom !== undefined) continue;
    const q = it.fig.q;
    if (q.quantity?.unitCode !== 'percent' || it.fig.approximate) continue;
    // `to` right after the percentage, then the value it reached
    if (a.tokens[q.to]?.forms.lower !== 'to') continue;
    let j = k + 1;
    while (j < items.length && (items[j] as Item).t === 'word' && (items[j] as Item).from === q.to) j++;
    const v = items[j];
    if (v?.t !== 'figure' || v.fig.kind !== 'value' || !v.fig.q.quantity || v.fig.approximate) continue;
    if (v.from > q.to + 1) continue;
    const prevFig = prev.fig as FigureItem['fig'] & { kind: 'change' };
    const n = q.quantity.number;
    const amount = prevFig.amount.value.startsWith('-') && !n.value.startsWith('-') ? negate(n) : n;
    const merged: FigureItem = {
      t: 'figure',
      from: it.from,
      to: v.to,
      level: it.level,
      rule: `${a.g.locale}.change.gapped-rate-to`,
      fig: {
        kind: 'change',
        form: 'rate',
        amount,
        numberAt: q.numberAt,
        then: v.fig.q,
        ...(prevFig.base ? { base: prevFig.base } : {}),
      },
    };
    out ??= [...items];
    out[k] = merged;
    for (let x = k + 1; x <= j; x++) out[x] = null;
    last = merged;
    k = j;
  }
  return out ? out.filter((x): x is Item => x !== null) : items;
}
