import type { Grammar } from '../../grammar';
import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type DoubtRule } from '../context';
import { YEAR } from '../helpers';

/**
 * `điều chỉnh tăng 0,4 điểm phần trăm so với dự báo đầu năm 2023`, `up 0.3 points from its earlier
 * forecast`, `tăng 2% so với mục tiêu`: a goal or forecast noun (a target marker of the grammar)
 * within a few words after the comparison word, even with a year after it: the change revises a
 * forecast or measures a gap to a goal, it is not the indicator's growth.
 */
function forecastBase(t: readonly Token[], from: number, g: Grammar): boolean {
  for (let i = from; i < t.length && i < from + 4; i++) {
    const x = t[i] as Token;
    if (x.kind !== 'word') return false;
    if (!g.futureAuxiliaries.has(x.forms.lower) && matchAt(t, i, g.targetMarkers)) return true;
  }
  return false;
}

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
    if (cmp.to - j < 2 && ctx.g.weakCompareWords.has(w)) return false;
    if (t[cmp.to]?.kind !== 'word') return false;
    if (forecastBase(t, cmp.to, ctx.g)) return true;
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
