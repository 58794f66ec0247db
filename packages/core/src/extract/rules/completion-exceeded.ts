import { shift } from '../numeral';
import type { StatedCompletion } from '../types';
import { type Cursor, type FigureRule, type Found, isNum, m, numberAt, percentAfter, worst } from './context';

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function exceedAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.exceedVerbs);
  if (!verb) return null;
  let k = verb.to;
  let plan = m(c, k, c.g.planWords);
  if (plan) k = plan.to;
  const approx = m(c, k, c.g.approximate);
  const approximate = approx && isNum(c.tokens[approx.to]) ? approx.phrase.data : undefined;
  if (approx && approximate) k = approx.to;
  const n = numberAt(c, k);
  const pct = n ? percentAfter(c, k + 1) : 0;
  if (!n || !pct) return null;
  let to = pct;
  // `exceeding the plan by 8.9%`: the plan is named inside the verb phrase.
  const inVerb = /plan|target|budget|estimate/u.exec(verb.phrase.text)?.[0];
  if (!plan && inVerb) {
    const of = inVerb === 'plan' ? 'plan' : inVerb === 'target' ? 'target' : 'budget';
    const completion: StatedCompletion = { percent: shift(n, '100'), form: 'exceeded-by', of, approximate };
    return {
      to,
      fig: { kind: 'completion', completion, numberAt: k },
      rule: `${c.g.locale}.completion.exceeded-by`,
      level: verb.level,
    };
  }
  if (!plan) {
    const compare = m(c, to, c.g.compareWords);
    plan = m(c, compare ? compare.to : to, c.g.planWords);
    if (!plan) return null;
    to = plan.to;
  }
  const completion: StatedCompletion = {
    percent: shift(n, '100'),
    form: 'exceeded-by',
    of: plan.phrase.data,
    approximate,
  };
  return {
    to,
    fig: { kind: 'completion', completion, numberAt: k },
    rule: `${c.g.locale}.completion.exceeded-by`,
    level: worst(verb.level, plan.level),
  };
}

/** The `completion.exceeded` figure rule. @internal */
export const completionExceededRule: FigureRule = { id: 'completion.exceeded', locales: ['vi', 'en'], match: exceedAt };
