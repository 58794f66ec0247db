import { matchAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';

/**
 * `Thu hút đầu tư vượt 107.500 tỷ đồng`, `visitors surpassed 1.5 million`, `exports topped
 * US$10 billion`: a level right after a verb of exceeding is a lower bound, not exact.
 */
export const exceededLevelDoubt: DoubtRule = {
  id: 'exceeded-level',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f.value as { approximate?: unknown } | undefined)?.approximate) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let j = k;
    for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (matchAt(t, b, ctx.g.currencyBefore, k)?.to === k) j = b;
    for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (matchAt(t, b, ctx.g.exceedLevelVerbs, j)?.to === j) return true;
    return false;
  },
};
