import { type DoubtRule, NAME_WINDOW, numberToken } from '../context';
import { within } from '../helpers';

/** How many tokens before or after a change's number its word of improvement may stand. */
const IMPROVEMENT_REACH = 4;

/**
 * `the deficit totals $178.5 billion, an improvement of 21 percent from the same period last year`,
 * `net losses improved 8%`: a change told as an improvement (grammar `improvementWords`) of a measure
 * a report wants lower (grammar `lowerBetterNouns` in the statement's name: a deficit, a loss, debt,
 * unemployment) is a fall, though the word of improvement reads as a rise — its direction is not told
 * (round 64: the deficit's change had been a certain rise of 21 %).
 */
export const improvementDirectionDoubt: DoubtRule = {
  id: 'direction',
  doubts: (ctx, f, what) => {
    const words = ctx.g.improvementWords;
    const nouns = ctx.g.lowerBetterNouns;
    if (what !== 'change' || !words || !nouns || ctx.nameFrom === undefined || ctx.nameTo === undefined) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const from = Math.max(ctx.ix.clauseOf(k), k - IMPROVEMENT_REACH);
    const near = within(t, from, k, words) || within(t, k + 1, Math.min(t.length, k + IMPROVEMENT_REACH + 1), words);
    return near && within(t, ctx.nameFrom, Math.min(ctx.nameTo, ctx.nameFrom + NAME_WINDOW), nouns);
  },
};
