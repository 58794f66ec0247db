import type { Extracted } from '../../types';
import { type DoubtRule, numberToken } from '../context';
import { endsWithin } from '../helpers';

/**
 * `equivalent to $189 billion` after a VND value: the same amount in another currency.
 */
export const conversionDoubt: DoubtRule = {
  id: 'conversion',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const unit = (f as Extracted<{ unitCode?: string }>).value.unitCode;
    if (unit !== 'USD' && unit !== 'VND') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    return endsWithin(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - 4), k, ctx.g.conversionWords);
  },
};
