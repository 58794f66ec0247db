import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, NAME_WINDOW, numberToken, WIDE_WINDOW, WINDOW } from '../context';
import { EARLIER, endsWithin, within } from '../helpers';

/**
 * `White rice accounted for the largest proportion of total exports with 50.5 percent`,
 * `Ngành chế biến chiếm tỷ trọng lớn nhất trong tổng kim ngạch với 60%`: a share word earlier in
 * the clause of a percentage makes it a share, however far from the number.
 */
export const shareWordInClauseDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    return within(ctx.ix.tokens, Math.max(ctx.ix.clauseOf(k), k - WIDE_WINDOW), k, ctx.g.shareWords);
  },
};

/**
 * `disbursement is estimated at US$264.4 billion, equal to 61.5 percent of the total`,
 * `giải ngân … bằng 61,5% tổng vốn đăng ký`: a percentage of a total is a share, not a ratio to
 * a base nor a level (a ratio names its base: `bằng 95% so với cùng kỳ`).
 */
export const shareOfTotalDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    if (what === 'change') {
      const c = (f as Extracted<ExtractedChange>).value;
      if (c.form !== 'ratio' || c.base) return false;
    } else if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let j = k + 1;
    const pct = matchAt(t, j, ctx.g.percentWords);
    if (pct) j = pct.to;
    else if ((t[j] as Token | undefined)?.kind === 'punct' && (t[j] as Token).text === '%') j++;
    else return false;
    const tail = matchAt(t, j, ctx.g.shareTails);
    if (!tail) return false;
    // (`bằng 85% tổng kim ngạch đạt được trong cả năm ngoái`: the total of another period is a
    // base, and the figure a ratio to it.)
    for (let i = tail.to; i < t.length && i < tail.to + WINDOW; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct') break;
      const p = x.kind === 'word' ? matchPeriod(t, i, ctx.g.locale) : null;
      if (p?.relative !== undefined && p.relative < 0) return false;
      const base = matchAt(t, i, ctx.g.bases);
      if (base && base.to - i >= 2 && EARLIER.has(base.phrase.data.kind)) return false;
    }
    return true;
  },
};

/** The rule mark of a percentage read as a rate because its name holds a growth noun (`rules/percent.ts`). */
const GROWTH_NAME = '+growth-name';

/**
 * `chiếm 54,5%`, `accounting for 26.4 percent`: a share (values only; a ratio names its base). A
 * verb of the parts a whole is made of (`comprising 70%`, `constituted 12.8 percent`; grammar
 * `partVerbs`) makes a percentage a share, while an amount after it is a part and stays (round 29).
 */
export const shareVerbDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    // (`… respectively contributed 46.60 percent and 5.07 percent`: a percentage read as a rate only
    // because the name holds a growth noun, `GDP growth`, after a verb of a share; round 62)
    if (what === 'change' && !f.rule.includes(GROWTH_NAME)) return false;
    if (what !== 'value' && what !== 'change') return false;
    // (`the share of Telangana in this year’s growth … was a remarkable 23.5%`: a percentage named as
    // a share, grammar `shareNameHeads`, of a growth — a part of another measure's rise, no level of an
    // indicator as `the proportion of trained workers stood at 2.1%` is; round 64)
    const heads = ctx.g.shareNameHeads;
    if (
      what === 'value' &&
      heads !== undefined &&
      ctx.nameFrom !== undefined &&
      ctx.nameTo !== undefined &&
      (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent' &&
      matchAt(ctx.ix.tokens, ctx.nameFrom, heads, ctx.nameTo) &&
      within(ctx.ix.tokens, ctx.nameFrom, Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW), ctx.g.growthWords)
    )
      return true;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const from = Math.max(ctx.ix.clauseOf(k), k - 4);
    if (endsWithin(ctx.ix.tokens, from, k, ctx.g.shareWords)) return true;
    const parts = ctx.g.partVerbs;
    return (
      parts !== undefined &&
      (what === 'change' || (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') &&
      endsWithin(ctx.ix.tokens, from, k, parts)
    );
  },
};
