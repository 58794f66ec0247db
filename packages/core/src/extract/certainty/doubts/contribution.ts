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

/**
 * `…, làm giảm 4,76%`, `…, góp phần tăng 1,5%`, `…, làm chỉ số giá chung tăng 0,4%`, `…, causing
 * total exports to rise 2%`: a change (rate or points) whose change verb comes right after a cause
 * word, or whose clause opens on a cause word after a comma, is the change this statement's item
 * caused in another measure (a contribution), not its own change. (`số người làm việc tăng 2%`:
 * a cause word inside a name, with a noun before the change verb, is not a cause.)
 */
export const contributionOfCauseDoubt: DoubtRule = {
  id: 'contribution',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    // the cause word right before the change verb before the number (`làm giảm 4,76%`, `kéo tăng 1%`)
    for (let i = Math.max(0, k - 5); i < k; i++) {
      const cause = matchAt(t, i, ctx.g.causeWords, k);
      if (!cause) continue;
      const verb = matchAt(t, cause.to, ctx.g.changeVerbs, k);
      if (verb && verb.to >= k - 2 && !hasNumberOrPunct(t, verb.to, k)) return true;
    }
    // a clause after a comma that opens on a cause word (`…, làm CPI chung tăng 0,4%`)
    const c = ctx.ix.clauseOf(k);
    if (c === 0 || c < k - WIDE_WINDOW) return false;
    const before = t[c - 1] as Token;
    if (before.kind !== 'punct' || (before.text !== ',' && before.text !== ';')) return false;
    const cause = matchAt(t, c, ctx.g.causeWords, k);
    return cause !== null && !hasNumberOrPunct(t, cause.to, k);
  },
};

function hasNumberOrPunct(t: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const x = t[i] as Token;
    if (x.kind === 'number') return true;
    if (x.kind === 'punct' && x.text !== '-' && x.text !== '+') return true;
  }
  return false;
}
