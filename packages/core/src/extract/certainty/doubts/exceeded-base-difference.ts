import { matchAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';
import { EARLIER } from '../helpers';

/** How many tokens may stand between the base's phrase and the figure (`năm 2013 là`, `khoảng`). */
const TAIL = 4;
/** How many tokens back from the figure the verb of exceeding is looked for. */
const REACH = 12;

/**
 * `thu mua được 5.737 tấn, vượt so với cùng kỳ năm 2013 là 702 tấn`: a verb of exceeding right before
 * a compare word and a base of an earlier period (grammar `exceedLevelVerbs`, `compareWords`, `bases`),
 * then its year and a link (at most {@link TAIL} tokens: words or a year) and the figure — that figure is
 * by how much the level exceeds the base, a difference, never a level of its own. Doubted (round 55: it
 * had been a certain level). Vietnamese only; constant work per value.
 */
export const exceededBaseDifferenceDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'vi') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const floor = Math.max(ctx.ix.clauseOf(k), k - REACH);
    for (let v = k - 1; v >= floor; v--) {
      const verb = matchAt(t, v, ctx.g.exceedLevelVerbs, k);
      if (!verb) continue;
      const compare = matchAt(t, verb.to, ctx.g.compareWords, k);
      const at = compare ? compare.to : verb.to;
      const base = matchAt(t, at, ctx.g.bases, k);
      if (!base || !EARLIER.has(base.phrase.data.kind) || k - base.to > TAIL) return false;
      for (let j = base.to; j < k; j++) {
        const x = t[j];
        if (x?.kind !== 'word' && !(x?.kind === 'number' && /^(19|20)\d\d$/u.test(x.text))) return false;
      }
      return true;
    }
    return false;
  },
};
