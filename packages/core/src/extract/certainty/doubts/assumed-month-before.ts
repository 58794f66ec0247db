import { MONTH_BEFORE_ASSUMED } from '../../sentence/from-level-base';
import type { DoubtRule } from '../context';

/**
 * `Pork prices rose 4.29% from June`, `doanh thu … tăng 6,09% so với tháng 4`: a month named alone as the
 * base, in a statement that names no period of its own, is read as the month before the report's
 * (`assemble.ts`) — the report's month is the text around the sentence's, so the base is doubted
 * (round 55: it had been unread).
 */
export const assumedMonthBeforeDoubt: DoubtRule = {
  id: 'assumed-month-before',
  doubts: (_ctx, f, what) => what === 'change' && f.rule.includes(MONTH_BEFORE_ASSUMED),
};
