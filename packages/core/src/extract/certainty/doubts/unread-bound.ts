import { type DoubtRule, exactValueToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `targets … at least VNĐ55.6 trillion in budget collection, and at least $3 billion in FDI`:
 * a bound word (`at least`, `up to`, `ít nhất`) right before the figure, or before the
 * currency written before it, that the figure's reader did not take in: the level is a bound.
 */
export const unreadBoundDoubt: DoubtRule = {
  id: 'unread-bound',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    return endsRightAt(t, currencyStart(t, ctx.g, k), ctx.g.approximate);
  },
};
