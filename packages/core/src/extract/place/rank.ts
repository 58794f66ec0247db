import type { ExtractedRank } from '../types';
import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `đứng thứ 3 toàn quốc`: the statement's rank and its scope. */
export function placeRank(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'rank'>): void {
  const rule = it.rule;
  const level = it.level;
  const scope =
    fig.scopeFrom !== undefined && fig.scopeTo !== undefined ? a.span(fig.scopeFrom, fig.scopeTo).text : undefined;
  const rank: ExtractedRank = {
    rank: fig.rank,
    ...(fig.of !== undefined ? { of: fig.of } : {}),
    ...(scope ? { scope } : {}),
  };
  d.rank = a.field(rank, it.from, it.to, rule, level);
  return;
}
