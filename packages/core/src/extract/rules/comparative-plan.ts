import { negate, shift } from '../numeral';
import type { StatedCompletion } from '../types';
import { planPhraseEnds } from './change-direction-after';
import {
  approximationAt,
  type Cursor,
  type FigureRule,
  type Found,
  m,
  numberAt,
  percentAfter,
  planPhraseAt,
  worst,
} from './context';

/**
 * `lower than the annual plan by 3 percent`, `higher than the target by about 4 percent`: a
 * comparative, the plan noun phrase, `by`, then the percentage — how far the result is over or
 * under the plan, a completion of 100 ± N. The comparative's sign is the grammar's. Without `by`
 * the percentage may be the plan's own figure (`thấp hơn mục tiêu 7%`, `lower than the target 7%`):
 * not read here. (An indicator
 * that is itself a percentage has its completion taken back by `sentence/level-difference.ts`:
 * points or percent is not stated.)
 */
export function comparativePlanAt(c: Cursor, i: number): Found | null {
  if (c.g.comparativeSigns.length === 0) return null;
  const side = m(c, i, c.g.comparativeSigns);
  if (!side) return null;
  const plan = planPhraseAt(c, side.to, false);
  if (!plan) return null;
  // `by` says the percentage is the gap (`lower than the target 7%` may be the target's own figure)
  const by = m(c, plan.to, c.g.exceedBy);
  if (!by || !planPhraseEnds(c, plan.to)) return null;
  const { at: k, approximate, approx } = approximationAt(c, by.to);
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  const percent = shift(side.phrase.data < 0 ? negate(n) : n, '100');
  const completion: StatedCompletion = { percent, form: 'exceeded-by', of: plan.phrase.data, approximate };
  return {
    to: pct,
    fig: { kind: 'completion', completion, numberAt: k },
    // (the id the level-difference step knows: a difference from the plan)
    rule: `${c.g.locale}.completion.rate-than-plan`,
    level: worst(side.level, plan.level, by?.level, approx?.level),
  };
}

/** The `completion.comparative-plan` figure rule. @internal */
export const comparativePlanRule: FigureRule = {
  id: 'completion.comparative-plan',
  locales: ['en'],
  match: comparativePlanAt,
  // a comparative, a plan noun phrase (at most four modifiers), `by` and a bound: under 16 tokens
  reach: 24,
};
