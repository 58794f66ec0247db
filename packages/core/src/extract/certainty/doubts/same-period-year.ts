import { matchAt } from '../../phrase';
import { SAME_PERIOD_YEAR } from '../../sentence/from-level-base';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, nameRangeOf } from '../context';

/**
 * `Sales rose 11.5% compared with the same period in 2017`, `tăng 10% so với cùng kỳ năm 2017`, in a
 * statement that names no period of its own: the base is read as the year 2017, of which the same
 * period is only a part — doubted, since which part the sentence leaves to the report around it
 * (round 41).
 */
export const samePeriodYearDoubt: DoubtRule = {
  id: 'same-period-year',
  doubts: (_ctx, f, what) => what === 'change' && f.rule.includes(SAME_PERIOD_YEAR),
};

/**
 * `Total exports in the same period of 2021 were worth DKK 8.9 billion, i.e. a year-on-year increase of
 * 27%`: a statement whose name holds a label of the same period of another year (grammar
 * `samePeriodLabels`) is that earlier period's level, the base a report compares with — a change against
 * the same period last year is the current figure's, not this level's (round 68: the change had been
 * given to the 2021 level, certain, once `i.e.` no longer ended the sentence).
 */
export const baseLevelChangeDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    const labels = ctx.g.samePeriodLabels;
    if (what !== 'change' || !labels || (f as Extracted<ExtractedChange>).value.base?.kind !== 'same-period-last-year')
      return false;
    const [from, to] = nameRangeOf(ctx);
    for (let i = from; i < to; i++) if (matchAt(ctx.ix.tokens, i, labels, to)) return true;
    return false;
  },
};
