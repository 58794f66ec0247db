import type { BaseRead } from '../rules/context';
import { placeChange } from './change';
import { placeCompletion } from './completion';
import type { Draft, FigureItem, PlaceContext } from './context';
import { placeDensity } from './density';
import { placeFromTo } from './from-to';
import { placeInvalid } from './invalid';
import { placePercent } from './percent';
import { placePlan } from './plan';
import { placeRank } from './rank';
import { placeValue } from './value';

/**
 * Places a figure the scanner read into the statement being assembled: one named step per kind
 * of figure, each in its own file of `place/`. @internal
 */
export function placeFigure(a: PlaceContext, d: Draft, it: FigureItem, fallbackBase: BaseRead | undefined): void {
  const fig = it.fig;
  switch (fig.kind) {
    case 'value':
      placeValue(a, d, it, fig);
      return;
    case 'invalid':
      placeInvalid(a, d, it, fig);
      return;
    case 'percent':
      placePercent(a, d, it, fig);
      return;
    case 'completion':
      placeCompletion(a, d, it, fig);
      return;
    case 'change':
      placeChange(a, d, it, fig, fallbackBase);
      return;
    case 'density':
      placeDensity(a, d, it, fig);
      return;
    case 'rank':
      placeRank(a, d, it, fig);
      return;
    case 'from-to':
      placeFromTo(a, d, it, fig);
      return;
    case 'plan':
      placePlan(a, d, it, fig);
      return;
  }
}
