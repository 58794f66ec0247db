import { matchPeriod } from '../period-phrase';
import {
  approximationAt,
  type BaseRead,
  bareBaseAt,
  type Cursor,
  type FigureRule,
  type Found,
  m,
  numberAt,
  percentAfter,
  worst,
} from './context';

/** How many words may name the earlier figure before its base (`the figure for`, `that of`). */
const FIGURE_WORDS = 3;

/**
 * `exceeding the figure for the same period by 3.84%`, `surpassing the same period of 2022 by 12
 * percent`: a verb of exceeding (grammar `exceedHeads`), at most {@link FIGURE_WORDS} words naming
 * the earlier figure, a comparison base (grammar `bases`, or a period with its year, {@link
 * namedPeriodAt}; never a plan: `exceeding the plan by 5%`
 * is a completion, left to `completion-exceeded.ts`, tried after this rule), `by` and a percentage — a
 * rise of that much against that base. English only; constant work per token.
 */
export function exceededBaseAt(c: Cursor, i: number): Found | null {
  const head = m(c, i, c.g.exceedHeads);
  if (!head) return null;
  for (let j = head.to; j <= head.to + FIGURE_WORDS && j < c.limit; j++) {
    const base = bareBaseAt(c, j) ?? namedPeriodAt(c, j);
    if (base) {
      if (base.base.kind === 'plan') return null;
      const by = m(c, base.to, c.g.exceedBy);
      if (!by) return null;
      const { at, approximate, approx } = approximationAt(c, by.to);
      const n = numberAt(c, at);
      const pct = n ? percentAfter(c, at + 1) : 0;
      if (!n || !pct) return null;
      return {
        to: pct,
        fig: { kind: 'change', form: 'rate', amount: n, numberAt: at, base, approximate },
        rule: `${c.g.locale}.change.exceeded-base-by`,
        level: worst(head.level, base.level, by.level, approx?.level),
      };
    }
    if (c.tokens[j]?.kind !== 'word') return null;
  }
  return null;
}

/**
 * `exceeding the first quarter of 2013 by 3.2 percent`: a period with its year after the verb of
 * exceeding stands for that period's figure (round 50); its base is that period.
 */
function namedPeriodAt(c: Cursor, j: number): BaseRead | null {
  const p = matchPeriod(c.tokens, j, c.g.locale);
  if (!p?.id || p.to >= c.limit) return null;
  return { from: j, to: p.to, base: { kind: 'named-period', match: p }, level: 'exact' };
}

/** The `change.exceeded-base` figure rule: the percentage is within a dozen tokens of the verb. @internal */
export const changeExceededBaseRule: FigureRule = {
  id: 'change.exceeded-base',
  locales: ['en'],
  match: exceededBaseAt,
  reach: 16,
};
