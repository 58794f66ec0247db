import { UNNAMED_PLAN } from '../../sentence/unnamed-plan';
import type { DoubtRule } from '../context';

/**
 * `Chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%`: a completion read from a bare
 * percentage after an amount, of a plan the sentence does not name (`sentence/unnamed-plan.ts`)
 * — most likely the year's plan or budget estimate, but neither is written: never audited.
 */
export const unnamedPlanDoubt: DoubtRule = {
  id: 'percent-role',
  doubts: (_ctx, f, what) => what === 'completion' && f.rule.endsWith(UNNAMED_PLAN),
};
