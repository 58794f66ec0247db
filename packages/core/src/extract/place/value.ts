import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `ước đạt 3.630 tỷ đồng`: the statement's value; a second value, a restatement in another currency or a level after a share is placed as such. */
export function placeValue(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'value'>): void {
  const L = a.g.locale;
  const rule = it.rule;
  const level = it.level;
  if (d.value && a.conversionOf(d.value, fig.q)) {
    // `VND 5.7 quadrillion (USD 234.6 billion)`: the same amount in another currency.
    a.conversions.add(fig.q.numberAt);
    return;
  }
  // `nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD`: the level after a share is
  // the value; the share goes to `unread` (alone, `chiếm 45,6%` stays the value).
  dropShareValue(a, d);
  if (d.value) {
    d.unread.push(a.unread('value', 'unrecognised-figure', it.from, it.to, 'A second value for the same statement'));
    return;
  }
  d.value = a.field(a.quantity(fig.q, fig.approximate, fig.average), it.from, it.to, rule, level);
  if (fig.q.outOf)
    d.unread.push(
      a.unread(
        'figure',
        'unrecognised-figure',
        fig.q.outOf.from,
        fig.q.outOf.to,
        'The total the count is out of (412/412 xã); the value is the count',
      ),
    );
  if (fig.stage && !d.stage && fig.verbFrom !== undefined)
    d.stage = a.field(fig.stage, fig.verbFrom, fig.q.from, `${L}.stage.verb`, level);
  return;
}

/**
 * A draft whose value is a share (`chiếm tỷ trọng 3,65%`, `accounting for 21.5% of the total`) gives
 * it up for the level read after it: the share goes to `unread`, the value is emptied. Nothing
 * happens to any other draft.
 */
export function dropShareValue(a: PlaceContext, d: Draft): void {
  if (!d.value || !a.shareValues.has(d)) return;
  const share = d.value;
  d.unread.push({
    what: 'completion',
    reason: 'percent-without-base',
    span: share.span,
    message: `${share.value.number.text}% is a share of a total, not the indicator's level`,
  });
  a.shareValues.delete(d);
  d.value = undefined;
}
