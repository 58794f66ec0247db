import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken, WINDOW } from '../context';
import { oneTokenOf } from './earlier-period';

/** How many tokens a share's figure may take between its share verb and `, or` (`VND 105 trillion`). */
const SHARE_FIGURE_TOKENS = 5;

/**
 * `of which exports to the EU made up 2.5 million tonnes, or 24%`, `with life insurance accounting
 * for VND 120 trillion, or 60 percent`: a percentage after `, or` (grammar `restateWords`) that
 * restates a figure a share verb introduced is that figure's share of the whole, not a change of
 * it. A change read there is doubted (`share`); `rose $2 billion, or 12%` (no share verb) stays a
 * change. Round 22.
 * @internal
 */
export const shareRestatedDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const t = ctx.ix.tokens;
    // (the percentage is the LAST number of the change's span: `made up 2.5 million tonnes, or 24%`
    // is read as the change `up …, or 24%`)
    let k = numberToken(ctx, f);
    if (k === undefined) return false;
    for (let i = k + 1; i < t.length && i <= k + WINDOW && (t[i] as Token).start < f.span.end; i++)
      if ((t[i] as Token).kind === 'number') k = i;
    if (k < 3) return false;
    const or = t[k - 1] as Token;
    const comma = t[k - 2] as Token;
    if (or.kind !== 'word' || !oneTokenOf(t, k - 1, ctx.g.restateWords) || comma.kind !== 'punct' || comma.text !== ',')
      return false;
    // (walk back over the figure before `, or` — number, scale, unit, currency — to its share verb)
    let sawNumber = false;
    for (let b = k - 3; b >= 0 && b >= k - 3 - SHARE_FIGURE_TOKENS; b--) {
      const x = t[b] as Token;
      if (x.kind === 'number') sawNumber = true;
      else if (x.kind === 'punct' && x.text !== '$' && x.text !== '%') return false;
      if (!sawNumber) continue;
      for (let a = b - 1; a >= 0 && a >= b - 3; a--) {
        if (matchAt(t, a, ctx.g.shareWords, b)?.to === b) return true;
      }
    }
    return false;
  },
};
