import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange, Quantity, StatedCompletion } from '../../types';
import { type DoubtRule, numberToken } from '../context';

/** How many tokens before a figure a milestone word or a compare word may stand. */
const NEAR = 5;

/**
 * `gần mốc 50.000 tỷ đồng`, `vượt ngưỡng …`, `lọt top thu ngân sách 50.000 tỷ đồng`, `the
 * milestone of 1 million`: a figure a few words after a milestone or threshold word (no
 * punctuation, no other number between) names the milestone, not a level the subject reached.
 */
export const milestoneDoubt: DoubtRule = {
  id: 'milestone',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = k - 1; i >= 0 && i >= k - NEAR; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct' || x.kind === 'number') return false;
      if (matchAt(t, i, ctx.g.valueVerbs, k)?.level === 'exact') return false;
      if (matchAt(t, i, ctx.g.milestoneWords, k)) return true;
    }
    return false;
  },
};

/** 2 × 10^16 đồng: more than any economy's yearly output in đồng (Việt Nam's GDP is about 1.2 × 10^16). */
const MAX_VND = '20000000000000000';

/** True when the canonical decimal string `a` is at least the integer string `b` (no floats). */
function atLeast(a: string, b: string): boolean {
  if (a.startsWith('-')) return false;
  const int = (a.split('.')[0] as string).replace(/^0+(?=\d)/, '');
  return int.length !== b.length ? int.length > b.length : int >= b;
}

/**
 * `thu ngân sách … ước đạt 47.580 nghìn tỷ đồng` (47.58 × 10^15, meant 47.580 tỷ): a value in
 * đồng larger than a whole economy's yearly output is a scale word written wrong, not a level.
 */
export const implausibleSizeDoubt: DoubtRule = {
  id: 'implausible-size',
  doubts: (_ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<Quantity>).value;
    return q.unitCode === 'VND' && typeof q.base === 'string' && atLeast(q.base, MAX_VND);
  },
};

/**
 * `vượt 132% dự toán Trung ương giao`, `vượt 143,73% kế hoạch năm`: over plan BY 100 percent or
 * more reads as 232 %, but writers print the completion itself the same way (132 % of the plan),
 * and the sentence does not say which: a completion derived from such a figure is doubted.
 */
export const exceededByHundredDoubt: DoubtRule = {
  id: 'exceeded-by-hundred',
  doubts: (_ctx, f, what) => {
    if (what !== 'completion') return false;
    const c = (f as Extracted<StatedCompletion>).value;
    return c.form === 'exceeded-by' && atLeast(c.percent.value, '200');
  },
};

/**
 * `nhưng con số này đã giảm mạnh nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2017`, `so với
 * mức tăng 5,2% của năm trước`: a figure a few words after a compare word of two words or more
 * (`so với`; no punctuation, number, value verb or base between) is what the statement is
 * compared WITH — another period's figure — not its own.
 */
export const comparedFigureDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (ctx.g.locale !== 'vi' || (what !== 'value' && what !== 'completion' && what !== 'change')) return false;
    const k = numberToken(ctx, f);
    const start = ctx.ix.at(f.span.start);
    if (k === undefined || start === undefined) return false;
    const t = ctx.ix.tokens;
    const baseSpan = what === 'change' ? (f as Extracted<ExtractedChange>).value.baseSpan : undefined;
    for (let i = start - 1; i >= 0 && i >= start - NEAR; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct' || x.kind === 'number') return false;
      if (baseSpan !== undefined && x.start >= baseSpan.start && x.start < baseSpan.end) return false;
      // (a compare word of two words or more that covers this token: `với` of `so với` is no value verb here)
      for (let j = Math.max(0, i - 2); j <= i; j++) {
        const cw = matchAt(t, j, ctx.g.compareWords, start);
        if (!cw || cw.to <= i || cw.to - j < 2) continue;
        // (only words between the compare word and the figure: `so với cùng kỳ tăng 5%` names a base)
        for (let b = cw.to; b < start; b++) if (matchAt(t, b, ctx.g.bases, start)) return false;
        return true;
      }
      // (`… so với năm trước, đạt 95%`: a verb of its own between; `con` is no `còn`, so exact words only)
      if (matchAt(t, i, ctx.g.valueVerbs, start)?.level === 'exact') return false;
    }
    return false;
  },
};

/**
 * `tốc độ tăng trưởng 6 tháng đầu năm của tỉnh đạt 7,58%, tăng 2,97% so với cùng kỳ`: a rate
 * change right after a growth rate given as a level (`+growth-name`) is the change OF that
 * rate — percentage points or a relative change, the sentence does not say — not the growth.
 */
export const changeOfGrowthDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'rate') return false;
    const start = ctx.ix.at(f.span.start);
    // (the growth level is the statement's first change: one look, so a statement of many changes stays linear)
    const c = ctx.s.changes[0];
    if (start === undefined || c === undefined || c === f || !c.rule.includes('+growth-name')) return false;
    return c.span.end <= f.span.start && start - ctx.ix.from(c.span.end) <= 2;
  },
};

/**
 * `3 xã đạt chuẩn kiểu mẫu`, `12 trường đạt chuẩn quốc gia`: a bare count whose counted noun is
 * the subject of a verb of reaching a status (the name starts on that noun, the verb right
 * after it) counts the subjects that reached it — whether that is the indicator's value the
 * sentence does not say.
 */
export const countReachedDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    if (ctx.g.locale !== 'vi' || what !== 'value' || ctx.nameFrom === undefined) return false;
    const q = (f as Extracted<Quantity>).value;
    if (q.unit === undefined || q.unitCode !== undefined || q.scale !== 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined || ctx.nameFrom !== k + 1) return false;
    const verb = matchAt(ctx.ix.tokens, k + 2, ctx.g.valueVerbs);
    // (`422.000 lượt là tổng lượng khách`: a copula, which the grammar also lists as a list lead, names the indicator)
    return verb?.level === 'exact' && !matchAt(ctx.ix.tokens, k + 2, ctx.g.listLeads);
  },
};
