import { negate } from '../numeral';
import { readQuantity } from '../quantity';
import {
  approximationAt,
  type Cursor,
  type FigureRule,
  type Found,
  isNum,
  m,
  percentAfter,
  planPhraseAt,
  worst,
} from './context';

/** How many words may stand between the plan noun and `by` (`the target set early in the year by`). */
const BY_WINDOW = 10;

/**
 * `hit 177 billion kWh, exceeding the yearly target by 1.1 billion kWh and up 10.85 percent from
 * 2015`, `surpassing the plan by VND 5 trillion`, `exceeded the estimate by over 500,000 tonnes`:
 * the statement's level stated again as its excess over a plan, in the unit of the level. The
 * model has no field for an absolute excess, so it is read as an absolute change (listed in
 * `unread`, never shown as a value): without this rule its quantity would open a statement of
 * its own and take the changes after it. A percentage after `by` is the completion rule's (it
 * comes first); a number with no unit is no excess.
 * @internal
 */
export function levelOverPlanAt(c: Cursor, i: number): Found | null {
  let by: number | undefined;
  // `exceeding the plan by`: one phrase of the grammar
  const verb = m(c, i, c.g.exceedVerbs);
  let level = verb?.level;
  if (verb && m(c, verb.to - 1, c.g.exceedBy)?.to === verb.to) by = verb.to;
  if (by === undefined) {
    // (`missed the target by 3.5 billion USD`: a shortfall is no level either)
    const head = m(c, i, c.g.exceedHeads) ?? m(c, i, c.g.shortfallHeads);
    const plan = head ? planPhraseAt(c, head.to, false) : null;
    if (!head || !plan) return null;
    level = worst(head.level, plan.level);
    for (let k = plan.to; k < c.limit && k <= plan.to + BY_WINDOW; k++) {
      if (c.tokens[k]?.kind !== 'word') return null;
      const word = m(c, k, c.g.exceedBy);
      if (word) {
        by = word.to;
        break;
      }
    }
  }
  if (by === undefined) return null;
  const short = verb ? null : m(c, i, c.g.shortfallHeads);
  const k = approximationAt(c, by).at;
  if (isNum(c.tokens[k]) && percentAfter(c, k + 1)) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  const unit = q?.quantity?.unitCode ?? q?.quantity?.unit;
  if (!q?.quantity || !unit || unit === 'percent') return null;
  return {
    to: q.to,
    fig: {
      kind: 'change',
      form: 'absolute',
      amount: short ? negate(q.quantity.number) : q.quantity.number,
      numberAt: q.numberAt,
      q,
    },
    rule: `${c.g.locale}.change.absolute-over-plan`,
    level: level ?? 'exact',
  };
}

/** The `en-level.over-plan` figure rule. @internal */
export const levelOverPlanRule: FigureRule = {
  id: 'en-level.over-plan',
  locales: ['en'],
  match: levelOverPlanAt,
  reach: 32,
};
