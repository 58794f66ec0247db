import { phraseEndingAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';
import { currencyStart, within } from '../helpers';

/**
 * `eased to 50.4 in August, down from 52.4 in July`, `a decrease from July’s 54.7 points`: the
 * reading a move started from (`rules/en-value-earlier-reading.ts`) is the earlier period's
 * figure, never the statement's own level — its value is another period's and is doubted.
 */
export const earlierReadingDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (_ctx, f, what) => what === 'value' && f.rule.includes('.earlier-reading'),
};

/**
 * `This was a growth of 86.4 per cent from the Sh. 16.1 billion that was reported in the same period
 * the previous year`: a value right after a percentage and `from` (a determiner between, grammar
 * `levelDeterminers`, and its currency) is the level the rate moved from — an earlier period's, never
 * the statement's own (round 50: it had been a certain value of the rate's statement).
 */
export const rateFromLevelDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let at = currencyStart(t, ctx.g, k);
    if (ctx.g.levelDeterminers?.has(t[at - 1]?.forms.fold ?? '')) at--;
    const from = phraseEndingAt(t, at, ctx.g.fromWords);
    if (from < 0) return false;
    return phraseEndingAt(t, from, ctx.g.percentWords) >= 0 || t[from - 1]?.text === '%';
  },
};

/** How many tokens after a named earlier estimate (`the previous estimate released in December of`) its figure may stand. */
const REVISED_FROM_REACH = 8;

/**
 * `The wheat figure is up 7 percent from the previous estimate released in December of 36.6Mt`: a figure
 * a few words after a base that names the same figure's earlier estimate or forecast (grammar
 * `estimateRevisionBases`), in its clause, is that earlier estimate — neither the statement's own level
 * nor a plan; its value is doubted (round 64: it had been a certain level). A kind read as a target from
 * `the previous estimate of 36.6Mt` is left as read: kind doubts are `KIND_RULES`'.
 */
export const revisedFromLevelDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    const named = ctx.g.estimateRevisionBases;
    if (what !== 'value' || !named) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    return within(t, Math.max(ctx.ix.clauseOf(k), k - REVISED_FROM_REACH), k, named);
  },
};
