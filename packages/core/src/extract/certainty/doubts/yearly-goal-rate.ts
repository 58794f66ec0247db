import { matchAt } from '../../phrase';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, numberToken } from '../context';
import { afterPercent } from '../helpers';

/**
 * `E-commerce is expected to grow 20% annually to reach $35 billion by 2025`, `the sector aims to
 * raise exports by 8 percent every year`: a yearly rate (grammar `averageYearlyTails`) in a goal or
 * forecast is an average over the years to the goal, not the change against last year (`annually`
 * is read as year-on-year for reported figures: `exports were up 18.7% annually` stays). Doubted
 * `average-rate`. Round 22.
 * @internal
 */
export const yearlyGoalRateDoubt: DoubtRule = {
  id: 'average-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || ctx.s.kind.value !== 'target') return false;
    const c = (f as Extracted<ExtractedChange>).value;
    if (c.form !== 'rate') return false;
    const tails = ctx.g.averageYearlyTails;
    const k = numberToken(ctx, f);
    if (!tails || k === undefined) return false;
    const { to, percent } = afterPercent(ctx.ix.tokens, ctx.g, k);
    return percent && matchAt(ctx.ix.tokens, to, tails) !== null;
  },
};
