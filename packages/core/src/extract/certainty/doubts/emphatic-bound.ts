import { type DoubtRule, exactValueToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `Salinity … will continue to spread, affecting as much as 110 kilometres`, `cases could reach as
 * many as 2,000`, `xâm nhập mặn có thể lên tới 110 km`: a figure of a forecast or goal after a word
 * that stresses its size (grammar `emphaticBounds`) is most likely its upper bound, which the
 * reader did not take in; the exact value is doubted (`unread-bound`). In a result (`As many as
 * 795 businesses have started up`) the same words stress an exact count, read as it is. Round 25.
 * @internal
 */
export const emphaticBoundDoubt: DoubtRule = {
  id: 'unread-bound',
  doubts: (ctx, f, what) => {
    if (ctx.s.kind.value !== 'target') return false;
    const k = exactValueToken(ctx, f, what);
    const list = ctx.g.emphaticBounds;
    if (k === undefined || !list || list.length === 0) return false;
    return endsRightAt(ctx.ix.tokens, currencyStart(ctx.ix.tokens, ctx.g, k), list);
  },
};
