import type { PlanKind, StatedCompletion } from '../types';
import {
  approximationAt,
  type Cursor,
  type FigureRule,
  type Found,
  isP,
  m,
  numberAt,
  percentAfter,
  worst,
} from './context';

/** How many tokens back from `was fulfilled by` the plan noun of its subject may stand. */
const SUBJECT_TOKENS = 10;

/**
 * `The plan for the production of polypropylene was fulfilled by 109.7%`, `fulfilling the plan by
 * 133.6%`: the press translated from Russian and Central Asian reports writes how much of a plan was
 * done as `fulfilled by N%` — a completion of N % (`выполнен на 109,7%`), never a level of N % nor a
 * rise over the plan. The passive needs a plan noun in its subject (within {@link SUBJECT_TOKENS}
 * tokens, no punctuation but a hyphen between); the active head names its plan (grammar
 * `fulfilledByHeads`). Round 61: the percentage had been a doubted level, its statement a certain target.
 * @internal
 */
export function fulfilledByAt(c: Cursor, i: number): Found | null {
  const heads = c.g.fulfilledByHeads;
  const head = heads ? m(c, i, heads) : null;
  if (!head) return null;
  const { at, approximate, approx } = approximationAt(c, head.to);
  const n = numberAt(c, at);
  const pct = n ? percentAfter(c, at + 1) : 0;
  if (!n || !pct) return null;
  const of = head.phrase.data ?? subjectPlanBefore(c, i);
  if (!of) return null;
  const completion: StatedCompletion = { percent: n, form: 'of-plan', of, approximate };
  return {
    to: pct,
    fig: { kind: 'completion', completion, numberAt: at },
    rule: `${c.g.locale}.completion.fulfilled-by`,
    level: worst(head.level, approx?.level),
  };
}

/** The kind of the plan noun standing in the subject before token `i`, or undefined. */
function subjectPlanBefore(c: Cursor, i: number): PlanKind | undefined {
  for (let j = i - 1; j >= 0 && j >= i - SUBJECT_TOKENS; j--) {
    const t = c.tokens[j];
    if (t?.kind === 'punct' && !isP(t, '-')) return undefined;
    const plan = m(c, j, c.g.planNouns);
    if (plan) return plan.phrase.data;
  }
  return undefined;
}

/** The `en-completion.fulfilled-by` figure rule. @internal */
export const fulfilledByRule: FigureRule = {
  id: 'en-completion.fulfilled-by',
  locales: ['en'],
  match: fulfilledByAt,
  // the head (at most four tokens), a bound and the percentage: well under 16 tokens
  reach: 16,
};
