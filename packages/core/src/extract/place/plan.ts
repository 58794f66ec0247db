import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `kế hoạch 1.700.000 thuê bao`: the stated plan value, never an actual. */
export function placePlan(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'plan'>): void {
  const rule = it.rule;
  const level = it.level;
  d.target = a.field(a.quantity(fig.q), it.from, it.to, rule, level);
  return;
}
