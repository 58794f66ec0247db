import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, nameRangeOf, numberToken, WINDOW } from '../context';
import { within } from '../helpers';

/**
 * `there remains 35 trillion VND, or 9.3 percent of the plan`, `số vốn còn lại 5.000 tỷ đồng,
 * bằng 12% kế hoạch`: the percentage of a plan is the remainder's share, not a completion.
 */
export const remainderDoubt: DoubtRule = {
  id: 'remainder',
  doubts: (ctx, f, what) => {
    if (what !== 'completion') return false;
    const [nf, nt] = nameRangeOf(ctx);
    if (nt > nf && within(ctx.ix.tokens, nf, nt, ctx.g.remainderWords)) return true;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    if (within(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - WINDOW), k, ctx.g.remainderWords)) return true;
    // `VND 120 trillion, or 22 percent of the plan, remains undisbursed`: the remainder word may
    // follow the figure, past one comma.
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    let commas = 0;
    for (let i = j; i < t.length && i < j + 4; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && (x.text !== ',' || ++commas > 1)) return false;
      if (matchAt(t, i, ctx.g.remainderWords)) return true;
    }
    return false;
  },
};
