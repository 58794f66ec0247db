import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `đạt 100,6% kế hoạch`: the statement's completion; a second one is unread. */
export function placeCompletion(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'completion'>): void {
  const L = a.g.locale;
  const rule = it.rule;
  const level = it.level;
  if (d.completion) {
    d.unread.push(
      a.unread('completion', 'unrecognised-figure', it.from, it.to, 'A second completion for the same statement'),
    );
    return;
  }
  d.completion = a.field(fig.completion, it.from, it.to, rule, level);
  if (fig.stage && !d.stage) d.stage = a.field(fig.stage, it.from, fig.numberAt, `${L}.stage.verb`, level);
  return;
}
