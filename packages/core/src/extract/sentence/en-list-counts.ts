import type { QuantityMatch } from '../quantity';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Item } from '../rules/context';
import { CURRENCIES, type SentenceContext } from './context';

const isChange = (it: Item | undefined): boolean => it?.t === 'figure' && it.fig.kind === 'change';

/**
 * How many items after item `k` write its change: a comma and a change (`, up 5%`: 2), or a change
 * alone in a bracket (`(-60%)`, `(+5%)`: 3); 0 when none.
 */
function changeAfter(items: readonly Item[], k: number): number {
  const open = items[k + 1];
  if (open?.t !== 'sep') return 0;
  if (open.ch === ',') return isChange(items[k + 2]) ? 2 : 0;
  const close = items[k + 3];
  return open.ch === '(' && isChange(items[k + 2]) && close?.t === 'sep' && close.ch === ')' ? 3 : 0;
}

/** True when the item is a change to a level that is a count (no currency, no percentage): `surged 131% to 2,360`. */
function changeToCount(it: Item): boolean {
  if (it.t !== 'figure' || it.fig.kind !== 'change' || !it.fig.then?.quantity) return false;
  const u = it.fig.then.quantity.unitCode;
  return u !== 'percent' && !(u !== undefined && CURRENCIES.has(u));
}

/** True when the item is a count read as a value (no currency, no percentage) with a change right after it. */
function countWithChange(items: readonly Item[], k: number): number {
  const it = items[k];
  if (it?.t !== 'figure' || it.fig.kind !== 'value' || !it.fig.q.quantity) return 0;
  const u = it.fig.q.quantity.unitCode;
  if (u === 'percent' || (u !== undefined && CURRENCIES.has(u))) return 0;
  return changeAfter(items, k);
}

/**
 * `… the Republic of Korea with 196,200 arrivals, up 903.7% year-on-year; the US 102,900, up
 * 5,382%; and Japan 46,000, up 794.6%`, `China leads with 2,568,842, up 36.1%, Japan 404,012, up
 * 6.6%`: in a list whose item before was a count and its change, a name, a bare number (read as
 * no figure: it has no verb or unit of its own), a comma and a change is the next item — the number
 * is a count of the same kind. Only right after such an item (or one read so), only a bare number
 * of digits that is no year. English only; one pass over the items.
 */
export function listCounts(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let out: Item[] | undefined;
  let listed = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'figure') {
      const over = countWithChange(out ?? items, k);
      // (`Ford sales surged 131% to 2,360; Honda 1,494 (-60%)`: a change to a count is such an item too)
      listed = over > 0 || changeToCount(it);
      // (over the count's comma and change: the next item may follow)
      k += over;
      continue;
    }
    if (it.t !== 'number' || it.why !== 'stray' || !listed) continue;
    const prev = items[k - 1];
    if (prev?.t !== 'word') continue;
    const over = changeAfter(items, k);
    if (over === 0) continue;
    const tok = a.tokens[it.from];
    if (!tok || it.to !== it.from + 1 || /^(19|20)\d\d$/u.test(tok.text)) continue;
    const read = readNumber(tok.text, a.g.locale);
    if ('error' in read) continue;
    const q: QuantityMatch = { from: it.from, to: it.to, numberAt: it.from, quantity: quantityOf(read, 0), rules: [] };
    out ??= [...items];
    out[k] = {
      t: 'figure',
      from: it.from,
      to: it.to,
      fig: { kind: 'value', q, count: true, average: false },
      rule: `${a.g.locale}.value.list-count`,
      level: 'exact',
    };
    listed = true;
    k += over;
  }
  return out ?? items;
}
