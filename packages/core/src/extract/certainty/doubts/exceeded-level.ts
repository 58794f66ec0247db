import { type DoubtRule, exactValueToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `Thu hút đầu tư vượt 107.500 tỷ đồng`, `visitors surpassed 1.5 million`, `exports topped
 * US$10 billion`: a level right after a verb of exceeding is a lower bound, not exact.
 */
export const exceededLevelDoubt: DoubtRule = {
  id: 'exceeded-level',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    return endsRightAt(t, currencyStart(t, ctx.g, k), ctx.g.exceedLevelVerbs);
  },
};
