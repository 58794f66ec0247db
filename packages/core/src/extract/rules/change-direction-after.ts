import { negate } from '../numeral';
import {
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  m,
  numberAt,
  percentAfter,
  readBase,
  worst,
} from './context';

/** `5 percentage points higher than in 2022`, `3% lower than last year`: the direction after the amount. */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function postChangeAt(c: Cursor, i: number): Found | null {
  if (c.g.directionAfter.length === 0) return null;
  const n = numberAt(c, i);
  if (!n) return null;
  const points = m(c, i + 1, c.g.pointWords);
  const pct = points ? 0 : percentAfter(c, i + 1);
  if (!points && !pct) return null;
  const k = points ? points.to : pct;
  const dir = m(c, k, c.g.directionAfter);
  if (!dir) return null;
  const base = readBase(c, dir.to);
  if (!base) return null;
  const amount = dir.phrase.data < 0 ? negate(n) : n;
  const form = points ? 'points' : 'rate';
  const fig: Figure = { kind: 'change', form, amount, numberAt: i, base };
  return {
    to: base.to,
    fig,
    rule: `${c.g.locale}.change.${form}-direction-after`,
    level: worst(dir.level, base.level),
  };
}

/** The `change.direction-after` figure rule. @internal */
export const changeDirectionAfterRule: FigureRule = {
  id: 'change.direction-after',
  locales: ['en'],
  match: postChangeAt,
};
