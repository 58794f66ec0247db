import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type Ctx, type DoubtRule, first, NAME_WINDOW, numberToken, WINDOW } from '../context';
import { within } from '../helpers';

/** True when a plan word follows the field in its clause (at most {@link WINDOW} tokens on). */
function planAfter(ctx: Ctx, f: Extracted<unknown>, k: number): boolean {
  const t = ctx.ix.tokens;
  let end = k;
  while (end < t.length && (t[end] as Token).start < f.span.end) end++;
  for (let i = end; i < t.length && i < end + WINDOW; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct' || x.gap.includes('\n')) return false;
    if (matchAt(t, i, ctx.g.planFrameWords)) return true;
  }
  return false;
}

/**
 * `đạt 87,9% so với dự toán và tăng 5,9% so với cùng kỳ`, `22.4% of the year's target and up 10.6%
 * from a year earlier`: the token after the statement's own completion when a change with a base
 * follows it and opens with a word of its own (its verb or article: no number, no bound word, so no
 * verb shared with the completion as in `tăng 8% so với kế hoạch và 7,9% so với cùng kỳ`) — the
 * plan word before it is the completion's, not the change's; 0 otherwise.
 */
function afterOwnCompletion(ctx: Ctx, f: Extracted<unknown>, what: string, k: number): number {
  const c = ctx.s.completion;
  if (what !== 'change' || !c || !(f as Extracted<ExtractedChange>).value.base || c.span.end > f.span.start) return 0;
  const open = first(ctx, f);
  const t = ctx.ix.tokens;
  if (open === undefined || open >= k || t[open]?.kind !== 'word' || matchAt(t, open, ctx.g.approximate)) return 0;
  return ctx.ix.from(c.span.end);
}

/**
 * `vượt tốc độ tăng trưởng theo kế hoạch đề ra … là 8,42%`: a plan's figure in a results clause.
 */
export const planFrameDoubt: DoubtRule = {
  id: 'plan-frame',
  doubts: (ctx, f, what) => {
    if (ctx.s.kind.value !== 'actual' || (what !== 'value' && what !== 'change')) return false;
    // (`achieving 94.07% of the target and exceeding the figure for the same period by 3.84%`: a
    // rise whose base is written between its verb and its number is measured against that base)
    if (what === 'change' && f.rule.includes('.change.exceeded-base-by')) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW, ctx.nameTo ?? 0, afterOwnCompletion(ctx, f, what, k));
    if (within(ctx.ix.tokens, from, k, ctx.g.planFrameWords)) return true;
    // `vượt xa so với mục tiêu theo Nghị quyết … là 1,765 tỷ USD`: a plan word inside the name
    // of an actual statement: the figure may be the plan's, not the result — a value, or a
    // growth's rate with no base (`vượt tốc độ tăng trưởng theo kế hoạch đề ra là 8,42%`).
    const baseless = what === 'change' && !(f as Extracted<ExtractedChange>).value.base;
    // `rising 22.5% above estimates`, `tăng 5% theo kế hoạch`: a change with no base whose clause
    // names a plan after it is measured against the plan, not against a past period.
    if (baseless && planAfter(ctx, f, k)) return true;
    if ((what !== 'value' && !baseless) || ctx.nameFrom === undefined || ctx.nameTo === undefined || ctx.nameTo > k)
      return false;
    return within(ctx.ix.tokens, ctx.nameFrom, Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW), ctx.g.planFrameWords);
  },
};
