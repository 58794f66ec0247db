import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `giảm từ 3,5% xuống 3,2%`: the previous level and the value. */
export function placeFromTo(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'from-to'>): void {
  const rule = it.rule;
  const level = it.level;
  d.previous = a.field(
    a.quantity(fig.previous, fig.previousApproximate),
    fig.previous.from,
    fig.previous.to,
    rule,
    level,
  );
  if (!d.value)
    d.value = a.field(a.quantity(fig.current, fig.currentApproximate), fig.current.from, fig.current.to, rule, level);
  a.mark(it.from, it.to);
  return;
}
