import { type DoubtRule, numberToken } from '../context';
import { oneTokenOf } from './earlier-period';

/**
 * `up 22% from the same period of 2023, when exports fetched $3.2 billion`, `compared with 2019,
 * when the sector earned $40 billion`, `so với năm 2019, khi xuất khẩu đạt 8,5 tỷ USD`: a clause
 * opened by `when` (grammar `whenClauseWords`) after a comma tells what happened at the time named
 * before it (most often the base), not in the statement's period. A value, completion or change in
 * that clause is doubted (`comparison`); a sentence opened by `When …` and `trong khi` (`while`)
 * stay. Round 22.
 * @internal
 */
export const whenClauseDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'completion' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const c = ctx.ix.clauseOf(k);
    const w = t[c];
    const comma = t[c - 1];
    return (
      w?.kind === 'word' &&
      oneTokenOf(t, c, ctx.g.whenClauseWords) &&
      comma?.kind === 'punct' &&
      comma.text === ',' &&
      c < k
    );
  },
};
