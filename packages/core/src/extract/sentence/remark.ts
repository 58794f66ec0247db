import { currencyOf } from '../currency-of';
import { matchAt } from '../phrase';
import type { Clause, SentenceContext, SentenceState } from './context';

/**
 * A clause with figures that remarks on the statement before instead of stating its own:
 * `5,7 triệu tỷ đồng (234,6 tỷ USD)` as a clause of its own, or `…, equivalent to $189
 * billion,`: the value before, restated in another currency.
 *
 * (A clause that opens with a comparative — `…, lower than the target of 7.5 percent`, `…, tuy
 * cao hơn mức tăng 4,7%` — is read as a statement of its own; the certainty pass marks its
 * figures `uncertain` with the reason `comparison`, so they are shown, never audited.)
 * True when the clause was read as such a remark.
 */
export function readRemark(a: SentenceContext, st: SentenceState, clause: Clause): boolean {
  const current = st.current;
  if (!current) return false;
  const only = clause.items.filter((it) => it.t === 'figure' || it.t === 'bad-number');
  const lone = only.length === 1 ? only[0] : undefined;
  if (!current.value || lone?.t !== 'figure' || lone.fig.kind !== 'value') return false;
  // `…, equivalent to $189 billion, representing …`, `…, tương đương 7,8 tỷ USD`: a clause that
  // opens with a conversion word on an amount in another currency restates the value before.
  // (`Rp33.8 trillion, equivalent to US$2.2 billion`: a currency of the region's press written
  // before its number has no unit code of its own; its sign names it — grammar `currencyBefore`)
  const own = currencyOf(a.g, current.value.value);
  const other = lone.fig.q.quantity ? currencyOf(a.g, lone.fig.q.quantity) : undefined;
  const restated =
    a.conversionOf(current.value, lone.fig.q) ||
    (clause.sepBefore === ',' &&
      own !== undefined &&
      other !== undefined &&
      own !== other &&
      (matchAt(a.tokens, clause.from, a.g.conversionWords, lone.fig.q.from + 1) ??
        matchAt(a.tokens, clause.from, a.g.conversionAfterAmountWords ?? [], lone.fig.q.from + 1)) !== null);
  if (!restated) return false;
  a.conversions.add(lone.fig.q.numberAt);
  return true;
}
