import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { ExtractedChange } from '../../types';
import { type DoubtRule, nameRangeOf, numberToken, WINDOW } from '../context';

/**
 * True when the statement's name holds a growth word that is the motion OF a noun after it (grammar
 * `motionOfLinks`: `a sharp increase in the working-age population`, `a steady rise in the share of
 * trained workers`), not a growth rate that is itself the indicator (`GDP growth recovered …`).
 */
function motionInName(ctx: Parameters<DoubtRule['doubts']>[0]): boolean {
  const links = ctx.g.motionOfLinks;
  if (!links || links.length === 0) return false;
  const [from, to] = nameRangeOf(ctx);
  const t = ctx.ix.tokens;
  for (let i = from; i < to; i++) {
    const m = matchAt(t, i, ctx.g.growthWords, to);
    if (m && matchAt(t, m.to, links, to)?.to !== undefined) return true;
  }
  return false;
}

/** True when token `k` (a percentage's number) is one end of a `from A% … to B%` pair in its window. */
function pairEnd(ctx: Parameters<DoubtRule['doubts']>[0], k: number): boolean {
  const t = ctx.ix.tokens;
  const fromAt = k > 0 && matchAt(t, k - 1, ctx.g.fromWords, k)?.to === k;
  const toAt = k > 0 && matchAt(t, k - 1, ctx.g.toWords, k)?.to === k;
  if (fromAt) {
    // (the other end: a `to` word right before a number, later in the window)
    for (let j = k + 2; j < t.length && j <= k + WINDOW; j++)
      if ((t[j] as Token).kind === 'number' && matchAt(t, j - 1, ctx.g.toWords, j)?.to === j) return true;
    return false;
  }
  if (!toAt) return false;
  for (let j = k - 2; j >= 1 && j >= k - WINDOW; j--)
    if ((t[j] as Token).kind === 'number' && matchAt(t, j - 1, ctx.g.fromWords, j)?.to === j) return true;
  return false;
}

/**
 * `a sharp increase in the working-age population, from 56.1% in 1989 to 67.5% in 2023`, `a steady
 * rise in the share of trained workers, from 18.5% … to 27.6% …`: the percentages of a `from … to`
 * pair after a growth word that is the motion of a noun (the increase IN something) are that
 * noun's levels at the two dates, not two growth rates. A rate read there is doubted
 * (`percent-role`); `GDP growth recovered from 5.15 percent … to 6.3 percent` (the growth is the
 * indicator) keeps its two rates. Round 25.
 * @internal
 */
export const motionLevelsDoubt: DoubtRule = {
  id: 'percent-role',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f.value as ExtractedChange).form !== 'rate') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || !pairEnd(ctx, k)) return false;
    return motionInName(ctx);
  },
};
