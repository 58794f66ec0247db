import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';
import { joinedChain } from './list-joiners';

/** A comma, a joiner marker, or a word that is a joiner of the grammar (`và`). */
/** True when the item is a bare percentage: no verb, no share word, no `of` after it. */
function barePercent(a: SentenceContext, it: Item | undefined): it is Item & { t: 'figure' } {
  if (it?.t !== 'figure' || it.fig.kind !== 'percent' || !it.fig.q.quantity) return false;
  if (it.fig.verbFrom !== undefined || matchAt(a.tokens, it.from, a.g.ratioVerbs)) return false;
  return !matchAt(a.tokens, it.from, a.g.shareWords) && !matchAt(a.tokens, it.fig.q.to, a.g.quantityOf);
}

/**
 * `doanh thu và lợi nhuận lần lượt bằng 134% và 81% so với năm 2020`, `bằng 105%, 98% và 112% so
 * với cùng kỳ`: after a ratio verb (`bằng`), a list of percentages joined by commas and `và` whose
 * LAST has a base (a verbless ratio to it) are ratios of that verb to that one base, as `tăng 12%
 * và 8% so với cùng kỳ` are rates (`list-verb-rates.ts`) — the first is no level. A list that ends
 * on no base is left as read (`bằng 134% và 81%` of what?), and a percentage after a share word or
 * before `of` ends the list. Vietnamese only; one pass over the items.
 */
export function listedRatios(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'vi') return items;
  let out: Item[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const first = items[k] as Item;
    if (first.t !== 'figure' || first.fig.kind !== 'percent' || !first.fig.q.quantity) continue;
    const verb = matchAt(a.tokens, first.from, a.g.ratioVerbs);
    if (!verb || verb.to > first.fig.q.numberAt) continue;
    const { chain, j, last } = joinedChain(
      a,
      items,
      k,
      (it) =>
        it.fig.kind === 'change' && it.fig.form === 'ratio' && it.fig.verbless === true && it.fig.base !== undefined,
      (it) => barePercent(a, it),
    );
    if (last?.fig.kind !== 'change' || !last.fig.base) {
      k = j - 1;
      continue;
    }
    const base = last.fig.base;
    out ??= [...items];
    for (const x of chain) {
      const it = out[x] as Item & { t: 'figure' };
      if (it.fig.kind !== 'percent' || !it.fig.q.quantity) continue;
      const q = it.fig.q;
      out[x] = {
        ...it,
        fig: {
          kind: 'change',
          form: 'ratio',
          amount: (q.quantity as NonNullable<typeof q.quantity>).number,
          numberAt: q.numberAt,
          base,
          ...(q.quantity?.approximate ? { approximate: q.quantity.approximate } : {}),
        },
        rule: `${a.g.locale}.change.listed-ratio`,
      };
    }
    k = j;
  }
  return out ?? items;
}
