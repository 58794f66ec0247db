import { matchAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';

/** How many words (`the previous`, `its earlier`) may stand between `from` and the earlier figure. */
const BETWEEN = 3;
/** How many tokens before `from` the revised figure may end (`to 5.2 %`). */
const BEFORE = 4;

/**
 * `lowered its growth forecast for Vietnam to 5.2% from the previous 5.8%`, `amended its inflation
 * forecast for the year to 3.4% from 2.8%`: a level right after `from` (and a few words) that
 * follows the revised figure in the same clause is the EARLIER figure of a revision — what the
 * statement is compared with, not its level (reason `comparison`).
 */
export const revisionFromDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let j = k;
    while (j > 0 && k - j < BETWEEN && t[j - 1]?.kind === 'word' && !matchAt(t, j - 1, ctx.g.fromWords, j)) j--;
    if (!(j > 0 && matchAt(t, j - 1, ctx.g.fromWords, j)?.to === j)) return false;
    for (let b = j - 2; b >= 0 && b >= j - 1 - BEFORE; b--) {
      const x = t[b];
      if (x?.kind === 'number') return true;
      if (x?.kind === 'punct' && (x.text === ',' || x.text === ';' || x.text === '.')) return false;
    }
    return false;
  },
};
