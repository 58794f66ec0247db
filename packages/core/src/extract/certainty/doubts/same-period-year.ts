import { SAME_PERIOD_YEAR } from '../../sentence/from-level-base';
import type { DoubtRule } from '../context';

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
