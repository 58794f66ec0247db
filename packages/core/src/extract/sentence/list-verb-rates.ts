import { negate } from '../numeral';
import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';

/** At most this many degree words stand between a change verb and its percentage. */
const MAX_DEGREE = 4;

/**
 * `ngành thương nghiệp tăng cao thứ hai, đạt 25%`, `ngành khách sạn - nhà hàng tăng thấp nhất với
 * 22,6%`, `exports to the US grew the fastest, at 25 percent`: a change verb, one or more adverbs
 * of degree (the grammar's `degreeWords`) and at most one comma before a bare percentage (no plan,
 * no share, no ratio verb) — the percentage is that verb's rate of change, with its sign, not a
 * level. Each figure looks back at most {@link MAX_DEGREE} + 2 items, so the step is linear.
 */
export function degreeRates(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  let out: (Item | null)[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'figure' || it.fig.kind !== 'percent' || !it.fig.q.quantity) continue;
    if (matchAt(a.tokens, it.from, a.g.shareWords) || matchAt(a.tokens, it.from, a.g.ratioVerbs)) continue;
    let j = k - 1;
    if ((items[j] as Item | undefined)?.t === 'sep' && (items[j] as { ch: string }).ch === ',') j--;
    let degrees = 0;
    let sign: 1 | -1 | undefined;
    let verbAt = -1;
    for (; j >= 0 && degrees <= MAX_DEGREE; j--) {
      const w = items[j] as Item;
      if (w.t !== 'word') break;
      const verb = matchAt(a.tokens, w.from, a.g.changeVerbs, w.to);
      if (verb && verb.to === w.to && degrees > 0) {
        sign = verb.phrase.data;
        verbAt = j;
        break;
      }
      if (matchAt(a.tokens, w.from, a.g.degreeWords, w.to)?.to !== w.to) break;
      degrees++;
    }
    if (sign === undefined) continue;
    const q = it.fig.q;
    const n = (q.quantity as NonNullable<typeof q.quantity>).number;
    out ??= [...items];
    // The verb, its adverbs and the comma are the figure's words (`tăng thấp nhất với 22,6%`), as
    // `tăng 24%` is one figure: the name before the verb stays the statement's.
    for (let x = verbAt; x < k; x++) out[x] = null;
    out[k] = {
      ...it,
      from: (items[verbAt] as Item).from,
      fig: {
        kind: 'change',
        form: 'rate',
        amount: sign < 0 && !n.value.startsWith('-') ? negate(n) : n,
        numberAt: q.numberAt,
        ...(q.quantity?.approximate ? { approximate: q.quantity.approximate } : {}),
      },
      rule: `${a.g.locale}.change.degree-verb`,
    };
  }
  return out ? out.filter((x): x is Item => x !== null) : items;
}
