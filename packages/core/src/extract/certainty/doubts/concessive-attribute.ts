import { matchAt, phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, exactValueToken } from '../context';
import { capitalised } from '../helpers';

/** How many words the noun between the article and `of` may take (`a rapidly growing market`). */
const NOUN_WORDS = 4;

/**
 * `Despite a population of 90 million, a rapidly growing middle class and high potential, investors
 * remain cautious`, `Although a market of 100 million consumers …`: a figure an indefinite noun phrase
 * gives its noun (`a population of`, `a market of`) inside a concessive lead (grammar
 * `concessive.leads`) is background the sentence concedes, not a result it reports. Its value is
 * doubted (`attributive`). A concessive clause with a verb or a change (`Despite rising 5%`, `Despite
 * a 5% rise`) is left to the other rules. Round 27, English.
 * @internal
 */
export const concessiveAttributeDoubt: DoubtRule = {
  id: 'attributive',
  doubts: (ctx, f, what) => {
    const c = ctx.g.concessive;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined || !c || c.leads.length === 0) return false;
    const t = ctx.ix.tokens;
    // (`of` right before the figure, then the noun, then the article, then the concessive lead)
    let j = k - 1;
    if (!matchAt(t, j, c.links, k)) return false;
    j--;
    for (let n = 0; n < NOUN_WORDS && j > 0; n++, j--) {
      const x = t[j] as Token;
      if (x.kind !== 'word' || capitalised(x)) return false;
      if (matchAt(t, j, ctx.g.articles, j + 1) === null) continue;
      return phraseEndingAt(t, j, c.leads) >= 0;
    }
    return false;
  },
};
