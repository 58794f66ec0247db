import { fold } from '../../fold';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type DoubtRule, first } from '../context';

/**
 * `fuel prices have been revised up 13 times through five months`: a whole number of times
 * with no base may count occurrences; `gấp 3 lần`, `-fold` and a base make it a multiple.
 */
export const countOrMultipleDoubt: DoubtRule = {
  id: 'count-or-multiple',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const c = (f as Extracted<ExtractedChange>).value;
    if (c.form !== 'times' || c.amount.value.includes('.')) return false;
    const folded = fold(f.span.text);
    if (ctx.g.multipleMarks.test(folded)) return false;
    // `13 times higher than the same period in 2022`: a comparison names what it is a multiple of.
    const from = first(ctx, f);
    const to = afterField(ctx, f);
    if (from === undefined || to === undefined) return true;
    // (`cut 7 times in 2022`: a period after the multiple is no base, whatever the reader made of it;
    // `jumped 2 times year-on-year`: a base word is.)
    const t = ctx.ix.tokens;
    for (let i = from; i < to; i++) {
      // (`adjusted up 8 times since the start of the year`: `since` opens the window counted in, no base)
      if (ctx.g.figureOnlyCompareWords?.has((t[i] as Token).forms.fold)) return true;
      if (matchAt(t, i, ctx.g.compareWords, to)) return false;
      if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${t[i + 1]?.forms.fold ?? ''}`)) return false;
      if (matchAt(t, i, ctx.g.bases, to) || matchAt(t, i, ctx.g.standaloneBases, to)) return false;
    }
    return true;
  },
};
