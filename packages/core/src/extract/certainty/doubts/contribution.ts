import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { within } from '../helpers';

/**
 * `down by 0.6 percentage points in the general growth rate`, `đóng góp 1,2 điểm phần trăm vào
 * mức tăng chung`: points followed, in their clause, by a growth noun are a contribution to
 * that growth, not the statement's own change.
 */
export const contributionToGrowthDoubt: DoubtRule = {
  id: 'contribution',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'points') return false;
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = j; i < t.length && i < j + 5; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' || x.kind === 'number') return false;
      if (matchAt(t, i, ctx.g.growthWords)) return true;
    }
    return false;
  },
};

/**
 * `causing the overall CPI to fall by 0.16 percentage point`, `làm CPI chung giảm 0,05 điểm
 * phần trăm`: points after words of a cause, in the statement's name or between it and the
 * number, are a contribution to another indicator's change — not this statement's change.
 */
export const contributionAfterCauseDoubt: DoubtRule = {
  id: 'contribution',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'points') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const start = ctx.nameFrom !== undefined && ctx.nameFrom < k ? ctx.nameFrom : ctx.ix.clauseOf(k);
    return within(ctx.ix.tokens, Math.max(start, k - WIDE_WINDOW), k, ctx.g.causeWords);
  },
};
