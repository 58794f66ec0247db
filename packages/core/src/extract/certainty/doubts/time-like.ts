import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, numberToken } from '../context';

/**
 * `From 2015 to 2017, …`, `ước 10 tháng 19.460 tỷ đồng`: a bare number that is a period.
 */
export const timeLikeDoubt: DoubtRule = {
  id: 'time-like',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<{ scale: number; unit?: string; unitCode?: string; number: { text: string } }>).value;
    // `within the first 15 days of February`, `10 ngày đầu tháng`: a number of days or months
    // after an opening or closing word is a period, whatever unit text the reader gave it.
    if (q.scale === 0 && q.unitCode === undefined && q.unit !== undefined) {
      const k = numberToken(ctx, f);
      const prev = k !== undefined ? ctx.ix.tokens[k - 1] : undefined;
      const K = ctx.g.periodWords.keys;
      const isEdge = (x: Token | undefined): boolean =>
        x?.kind === 'word' && (K.opening.has(x.forms.fold) || K.closing.has(x.forms.fold));
      const time = k !== undefined ? matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) : null;
      if (time && (isEdge(prev) || isEdge(ctx.ix.tokens[time.to]))) return true;
    }
    if (q.scale !== 0 || q.unit !== undefined) return false;
    if (/^(19|20)\d\d$/.test(q.number.text)) return true;
    const k = numberToken(ctx, f);
    return k !== undefined && matchAt(ctx.ix.tokens, k + 1, ctx.g.timeWords) !== null;
  },
};
