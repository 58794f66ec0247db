import type { ExtractedDensity, Quantity } from '../types';
import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/** `49,8 thuê bao/100 dân`: the statement's density; a second one is unread. */
export function placeDensity(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'density'>): void {
  const rule = it.rule;
  const level = it.level;
  const q = fig.q.quantity as Quantity;
  const density: ExtractedDensity = {
    value: q.number,
    per: fig.q.density?.per ?? ('1' as ExtractedDensity['per']),
    population: fig.q.density?.population ?? '',
    ...(q.unit !== undefined ? { unit: q.unit } : {}),
  };
  if (d.density) {
    d.unread.push(a.unread('figure', 'unrecognised-figure', it.from, it.to, 'A second density for the same statement'));
    return;
  }
  d.density = a.field(density, it.from, it.to, rule, level);
  return;
}
