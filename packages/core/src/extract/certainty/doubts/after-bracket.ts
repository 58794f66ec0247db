import { type DoubtRule, first } from '../context';

/**
 * `… đạt 2,72% kế hoạch năm 2022 (năm 2022, kế hoạch … là 90.000 lao động), và bằng 8,31% so với
 * cùng kỳ năm ngoái`, `… (the plan was 90,000 workers), up 8.3% year-on-year`: a change or
 * completion read after a closing bracket, for a statement whose value stands inside that bracket —
 * the bracket is an aside (a plan, a restatement), and the figure after it goes on with the sentence
 * around it, so whose figure it is is not sure (`bracketed`). Round 26.
 * @internal
 */
export const afterBracketDoubt: DoubtRule = {
  id: 'bracketed',
  doubts: (ctx, f, what) => {
    if (what !== 'change' && what !== 'completion') return false;
    const v = ctx.s.value;
    if (!v) return false;
    const at = first(ctx, f);
    const vAt = first(ctx, v);
    if (at === undefined || vAt === undefined || vAt > at) return false;
    const d = ctx.ix.depthAt(vAt);
    if (d === 0 || ctx.ix.depthAt(at) >= d) return false;
    // (the value's bracket closed before the figure, and the statement's name is inside it: the
    // bracket held a statement of its own; `châu Á (chiếm tỷ trọng 67,2% …) tăng 12,09%` names the
    // statement before the bracket, whose change the figure after it is)
    return ctx.nameFrom !== undefined && ctx.ix.depthAt(ctx.nameFrom) >= d;
  },
};
