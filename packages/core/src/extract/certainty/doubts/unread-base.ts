import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type DoubtRule } from '../context';
import { YEAR } from '../helpers';

/**
 * `tăng 19,57% so với kịch bản`, `up 22 percent compared with the scenario`: a change whose
 * comparison word is followed by no base the reader knows may be against a plan (a completion),
 * not a growth; its kind is not certain.
 */
export const unreadBaseDoubt: DoubtRule = {
  id: 'unread-base',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.base) return false;
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    const cmp = matchAt(t, j, ctx.g.compareWords);
    if (!cmp) return false;
    // (`of`, `với`: too common to mean a comparison on their own; `from 100 to 120`: a from-to.)
    const w = (t[j] as Token).forms.lower;
    if (cmp.to - j < 2 && (w === 'of' || w === 'với')) return false;
    if (t[cmp.to]?.kind !== 'word') return false;
    if (matchPeriod(t, cmp.to, ctx.g.locale)) return false;
    // (`so với vụ mùa năm 2018`, `so vụ Đông Xuân năm trước`, `compared to with the same period in
    // 2019`: a base the reader did not read whole that still names an earlier period is a growth.)
    for (let i = cmp.to; i < t.length && i < cmp.to + 6; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct') break;
      if (x.kind === 'number') {
        if (YEAR.test(x.text)) return false;
        continue;
      }
      if (matchAt(t, i, ctx.g.bases) || matchAt(t, i, ctx.g.standaloneBases) || matchPeriod(t, i, ctx.g.locale))
        return false;
    }
    return true;
  },
};
