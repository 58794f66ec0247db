import { matchAt, type Phrase } from '../../phrase';
import { GROWTH_GOAL } from '../../sentence/growth-goal';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, NAME_WINDOW, numberToken, WINDOW } from '../context';
import { within } from '../helpers';

/** The first token of `from` in `[from, to)`, or `to`. */
function beforeFrom(t: readonly Token[], from: number, to: number, fromWords: readonly Phrase[]): number {
  for (let i = from; i < to; i++) if (matchAt(t, i, fromWords, to)) return i;
  return to;
}

/** True when every word of `[from, to)` is one of `bare` (a rate noun or a generic word), so the name names no indicator. */
function bareRateName(t: readonly Token[], from: number, to: number, bare: readonly Phrase[]): boolean {
  let i = from;
  while (i < to) {
    const tok = t[i] as Token;
    if (tok.kind === 'punct') {
      i++;
      continue;
    }
    const m = matchAt(t, i, bare, to);
    if (!m) return false;
    i = m.to;
  }
  return true;
}

/**
 * A percentage with neither plan nor base on a name that is no rate: level, growth or share?
 */
export const percentRoleDoubt: DoubtRule = {
  id: 'percent-role',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    if (ctx.nameFrom === undefined || ctx.nameTo === undefined) return true;
    const to = Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW);
    // `GDP growth rate … 6.8%`, `tốc độ tăng trưởng … 5,64%`, `GRDP tăng trưởng đạt 7,5%`: a
    // growth, not a level, with no base — in the name or between the name and the number.
    if (within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.growthWords)) return true;
    const k = numberToken(ctx, f);
    if (
      k !== undefined &&
      k > ctx.nameTo &&
      within(ctx.ix.tokens, Math.max(ctx.nameTo, k - WINDOW), k, ctx.g.growthWords)
    )
      return true;
    // `inflation that is already near the central bank's 4.5% target`: an indicator whose bare
    // percentage is its growth (GDP, inflation) names no level, whatever rate noun the name also holds.
    if (within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.growthIndicators)) return true;
    // `Chỉ số sản xuất công nghiệp đạt 9,5%`: an index of change is a level against a base or a growth.
    if (within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.changeIndexNouns)) return true;
    // `the highest average room rate, reaching 99 percent`: a rate that is a price (per room-night,
    // per dollar) has no level in percent — its growth or a share (round 21).
    if (ctx.g.priceRateNames && within(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.priceRateNames)) return true;
    // `CASA improved slightly from the Q1 low level to 34.9%`: a level noun after `from` in the name
    // names the level the figure moved from, not the indicator; only the words before `from` count.
    if (
      !within(
        ctx.ix.tokens,
        ctx.nameFrom,
        beforeFrom(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.fromWords),
        ctx.g.levelNouns,
      )
    )
      return true;
    // `with a total rate of 29%`, `the rate was 5%`, `tỷ lệ chung đạt 30%`: a name made only of a
    // rate noun and generic words names no indicator (a dividend's, a tax's, a share's rate?).
    return bareRateName(ctx.ix.tokens, ctx.nameFrom, to, ctx.g.bareRateNameWords);
  },
};

/**
 * `in line with the official forecast of 6.5%`, `near the central bank’s 4.5% target`: a goal's
 * bare percentage read as the growth the sentence speaks of (sentence/growth-goal.ts) — the
 * likelier reading, but which indicator's goal it is, and whether a level, the text leaves open.
 */
export const growthGoalDoubt: DoubtRule = {
  id: 'percent-role',
  doubts: (_ctx, f, what) => what === 'change' && f.rule.includes(GROWTH_GOAL),
};
