import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import type { DoubtRule } from '../context';

/** How many tokens before a base an average word may stand (`the average of the same period`). */
const AVERAGE_REACH = 4;

/**
 * `reaching over 167% compared to the average of the same period in the past 12 years`, `tăng 12%
 * so với bình quân cùng kỳ 5 năm`, `up 8% on the average of the same months of 2019-2023`: the base
 * read (`the same period`) is only part of an average of several periods, so the change is against
 * no one period the reader knows, and whether the percentage is a growth or a ratio is not told.
 */
export const averageBaseDoubt: DoubtRule = {
  id: 'average-base',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const sp = (f as Extracted<ExtractedChange>).value.baseSpan;
    if (!sp) return false;
    const b = ctx.ix.at(sp.start);
    if (b === undefined) return false;
    const t = ctx.ix.tokens;
    // the base span itself may open with the average (`bình quân cùng kỳ`) or its link (`of the same period`)
    for (let i = b; i < t.length && (t[i] as Token).start < sp.end && i < b + AVERAGE_REACH; i++)
      if (matchAt(t, i, ctx.g.averageWords)) return true;
    // (`rose 5% on average compared with the same period`: a base opened by its comparison word has
    // the average before that word, the change's own; only `of`/`với`, which link more than compare, let it through)
    const opener = matchAt(t, b, ctx.g.compareWords);
    const w = (t[b] as Token).forms.lower;
    if (opener && !(opener.to - b === 1 && ctx.g.weakCompareWords.has(w))) return false;
    for (let i = b - 1; i >= 0 && i >= b - AVERAGE_REACH; i--) {
      const x = t[i] as Token;
      if (x.kind !== 'word') return false;
      if (matchAt(t, i, ctx.g.averageWords)) return true;
      // (`rose 5% on average compared with the same period`: an average before the comparison word is the change's)
      if (matchAt(t, i, ctx.g.compareWords)) return false;
    }
    return false;
  },
};
