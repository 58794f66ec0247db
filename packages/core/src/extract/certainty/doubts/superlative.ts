import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, numberToken } from '../context';
import { capitalised } from '../helpers';

/** How many tokens before a figure's number a superlative is looked for (`the highest increase of`). */
const SUPERLATIVE_REACH = 4;

/**
 * `18/25 banks had positive growth with the highest increase of 192 percent in MSB`, `mức tăng cao
 * nhất là 192% tại MSB`: a change a few words after a superlative (grammar `superlatives`) in its
 * clause, with the item that posted it named after it (a link of `superlativeOwnerLinks` and a
 * capitalised name), is that top (or bottom) item's, one member of the group the statement names,
 * not the statement's own — a subset's figure (`subset`). The statement's own subject before the
 * superlative keeps it (`Transport services reported the highest rise of 1.39 per cent`), and so
 * does a value (`reached the highest level ever at $5 billion` is the statement's own record). Looks {@link SUPERLATIVE_REACH} tokens back, stopping at punctuation
 * other than `%`. Round 26.
 * @internal
 */
export const superlativeDoubt: DoubtRule = {
  id: 'subset',
  doubts: (ctx, f, what) => {
    // (a value after a superlative may be the statement's own record: `reached the highest level ever at $5 billion`)
    if (what !== 'change') return false;
    const list = ctx.g.superlatives;
    if (!list || list.length === 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const from = Math.max(ctx.ix.clauseOf(k), k - SUPERLATIVE_REACH - 1);
    let superlative = false;
    for (let b = k - 1; b >= from && !superlative; b--) {
      const x = t[b] as Token;
      if (x.kind === 'punct' && x.text !== '%' && x.text !== '$') break;
      superlative = matchAt(t, b, list, k) !== null;
    }
    if (!superlative) return false;
    // the top item is named after the figure: `… 192 percent in MSB`, `… 85% tại ACB`
    const j = afterField(ctx, f);
    const link = j === undefined ? null : matchAt(t, j, ctx.g.superlativeOwnerLinks ?? []);
    return link !== null && capitalised(t[link.to]);
  },
};
