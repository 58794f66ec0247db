import { type DoubtRule, numberToken } from '../context';
import { beforeCurrencyMarks, periodPossessiveAt } from './earlier-period';

/**
 * `up 0.5% from 2024's $61.8 billion`, `down 10% from last year's $756 million`, `compared with
 * August’s VND 12 trillion`: a figure right after a period's possessive (grammar `periodNouns`) is
 * that (earlier) period's level, the base of a change; read as a statement it would carry the
 * sentence's period, kind and name. Its value is doubted (`comparison`). The statement's own time
 * (`this year's $40 billion`; grammar `ownTimeWords`) stays. Round 22.
 * @internal
 */
export const periodPossessiveDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const j = beforeCurrencyMarks(t, ctx.g, k);
    return j >= 0 && periodPossessiveAt(t, ctx.g, j);
  },
};
