import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** A malformed or ambiguous number: unread, with the parser's reason. */
export function placeInvalid(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'invalid'>): void {
  d.unread.push(a.unread('value', 'invalid-number', fig.numberAt, fig.numberAt + 1, fig.error));
  a.mark(it.from, it.to);
  return;
}
