import { type Cursor, type FigureRule, type Found, isNum, m } from './context';
import { valueAt } from './value';

/**
 * `Thu hút đầu tư vượt 107.500 tỷ đồng`, `kim ngạch xuất khẩu vượt mốc 40 tỷ USD`, `vượt ngưỡng
 * 1 triệu lượt khách`: a verb of exceeding right before a level (no percentage) states a lower
 * bound — the value with its bound `over`, the verb no part of the name (it was a name ending in
 * `vượt` and an exact value the certainty pass had to doubt). A percentage after `vượt` (`vượt
 * 5,88% kế hoạch`) is a completion (`completion-exceeded`, tried before); a level followed by a
 * plan or compare word (`vượt 100 tỷ đồng so với kế hoạch`) is an excess over it, left as read.
 */
export function exceededLevelAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.exceedLevelVerbs);
  if (!verb || !isNum(c.tokens[verb.to])) return null;
  const value = valueAt(c, verb.to);
  if (!value) return null;
  if (value.fig.kind !== 'value' || value.fig.approximate) return null;
  if (value.fig.q.quantity?.unitCode === 'percent') return null;
  if (m(c, value.to, c.g.planWords) || m(c, value.to, c.g.compareWords)) return null;
  return {
    ...value,
    fig: { ...value.fig, verbFrom: i, approximate: 'over' },
    rule: `${c.g.locale}.value.exceeded-level`,
  };
}

/** The `exceeded-level` figure rule; see {@link exceededLevelAt}. @internal */
export const exceededLevelRule: FigureRule = {
  id: 'exceeded-level',
  locales: ['vi'],
  match: exceededLevelAt,
  reach: 16,
};
