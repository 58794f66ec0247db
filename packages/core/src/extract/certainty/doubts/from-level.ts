import { matchAt } from '../../phrase';
import type { DoubtRule } from '../context';

/**
 * `imports were 4.82 million tons, an increase of 78% from 2.71 million tons a year earlier, and a
 * decrease of 3.2% from 4.98 million tons in November`, `tăng 5% từ 2,1 tỷ USD, và …`: a statement
 * valued by the level right after `from` (the level a change started from, itself doubted
 * `comparison`) is another period's figure; a change or completion read onto it — the next
 * appositive change of the list, the subject's — is not certain to be that level's either (round
 * 21: such a change was shown certain on the earlier level).
 */
export const fromLevelFiguresDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if ((what !== 'change' && what !== 'completion') || !ctx.s.value || f === ctx.s.value) return false;
    const start = ctx.ix.at(ctx.s.value.span.start);
    return start !== undefined && start > 0 && matchAt(ctx.ix.tokens, start - 1, ctx.g.fromWords, start) !== null;
  },
};
