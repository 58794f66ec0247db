import { shift } from '../numeral';
import type { QuantityMatch } from '../quantity';
import type { StatedCompletion } from '../types';
import {
  type Cursor,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  readBase,
  worst,
} from './context';
import { valueAt } from './value';

/**
 * `Thu hút đầu tư vượt 107.500 tỷ đồng`, `kim ngạch xuất khẩu vượt mốc 40 tỷ USD`, `vượt ngưỡng
 * 1 triệu lượt khách`, `vượt qua con số 36.000 MW`: a verb of exceeding right before a level (past a
 * noun of a level, grammar `exceedLevelNouns`; no percentage) states a lower
 * bound — the value with its bound `over`, the verb no part of the name (it was a name ending in
 * `vượt` and an exact value the certainty pass had to doubt). A percentage after `vượt` (`vượt
 * 5,88% kế hoạch`) is a completion (`completion-exceeded`, tried before); a level followed by a
 * plan, after a compare word or not (`vượt 100 tỷ đồng so với kế hoạch`), is an excess over it
 * ({@link overPlanAt}).
 */
export function exceededLevelAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.exceedLevelVerbs);
  if (!verb) return null;
  // (`vượt qua con số 36.000 MW`: a noun of a level between the verb and its number)
  const noun = isNum(c.tokens[verb.to]) ? null : m(c, verb.to, c.g.exceedLevelNouns ?? []);
  const at = noun ? noun.to : verb.to;
  if (!isNum(c.tokens[at])) return null;
  const value = valueAt(c, at);
  if (!value) return null;
  if (value.fig.kind !== 'value' || value.fig.approximate) return null;
  if (value.fig.q.quantity?.unitCode === 'percent') return null;
  const over = overPlanAt(c, value, value.fig.q);
  if (over) return over;
  if (m(c, value.to, c.g.planWords) || m(c, value.to, c.g.compareWords)) return null;
  return {
    ...value,
    fig: { ...value.fig, verbFrom: i, approximate: 'over' },
    rule: `${c.g.locale}.value.exceeded-level`,
  };
}

/**
 * `vượt 1.500 tỷ đồng (13,6%) so với kế hoạch`, `vượt 1.500 tỷ đồng so với dự toán`: the level after
 * `vượt` is the excess over the plan named after it (a compare word optional), never a level of
 * the indicator. With its share of the plan in brackets it states the completion (100 + 13.6 %,
 * the amount left aside); without one it is an absolute excess the model has no field for, read as
 * an absolute change and so listed in `unread`. Null when no plan follows.
 */
function overPlanAt(c: Cursor, value: Found, q: QuantityMatch): Found | null {
  let k = value.to;
  let pctAt = -1;
  let pct = 0;
  if (isP(c.tokens[k], '(') && isNum(c.tokens[k + 1])) {
    pct = percentAfter(c, k + 2);
    if (!pct || !isP(c.tokens[pct], ')')) return null;
    pctAt = k + 1;
    k = pct + 1;
  }
  const compare = m(c, k, c.g.compareWords);
  const plan = m(c, compare ? compare.to : k, c.g.planWords);
  // (`vượt 1.500 tỷ đồng so với cùng kỳ`: the excess over an earlier period, an absolute rise)
  if (!plan) {
    const base = compare ? readBase(c, k) : null;
    if (!base || base.base.kind === 'plan' || !q.quantity || pctAt >= 0) return null;
    return {
      to: base.to,
      fig: { kind: 'change', form: 'absolute', amount: q.quantity.number, numberAt: q.numberAt, q },
      rule: `${c.g.locale}.change.absolute-over-base`,
      level: worst(value.level, base.level),
    };
  }
  const n = pctAt >= 0 ? numberAt(c, pctAt) : null;
  if (n) {
    const completion: StatedCompletion = { percent: shift(n, '100'), form: 'exceeded-by', of: plan.phrase.data };
    return {
      to: plan.to,
      fig: { kind: 'completion', completion, numberAt: pctAt },
      rule: `${c.g.locale}.completion.exceeded-amount-share`,
      level: worst(value.level, compare?.level, plan.level),
    };
  }
  if (!q.quantity) return null;
  return {
    to: plan.to,
    fig: { kind: 'change', form: 'absolute', amount: q.quantity.number, numberAt: q.numberAt, q },
    rule: `${c.g.locale}.change.absolute-over-plan`,
    level: worst(value.level, compare?.level, plan.level),
  };
}

/** The `exceeded-level` figure rule; see {@link exceededLevelAt}. @internal */
export const exceededLevelRule: FigureRule = {
  id: 'exceeded-level',
  locales: ['vi'],
  match: exceededLevelAt,
  reach: 16,
};
