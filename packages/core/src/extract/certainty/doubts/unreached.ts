import { phraseEndingAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';
import { currencyStart } from '../helpers';

/** How many focus words (`even the`) may stand between the negated head and the figure. */
const FOCUS_WORDS = 2;
/** How many tokens a negated head may hold (`have not even reached`). */
const HEAD_TOKENS = 4;

/**
 * `nine districts have failed to touch even 80% of the set target`, `could not reach 1 million
 * tonnes`: a figure right after a verb of reaching that is negated (grammar `unreachedHeads`, past at
 * most {@link FOCUS_WORDS} focus words) is a threshold the subject stayed under — no completion or
 * level was stated (round 48: it had been a certain completion of 80 %). A plan missed by a margin
 * (`failed to achieve the target by 3.1 percent`, read as 100 − X) is no such figure. Constant time.
 */
export const unreachedDoubt: DoubtRule = {
  id: 'milestone',
  doubts: (ctx, f, what) => {
    const heads = ctx.g.unreachedHeads ?? [];
    if ((what !== 'completion' && what !== 'value') || f.rule.includes('.completion.short-of-plan-by')) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let at = currencyStart(t, ctx.g, k);
    for (let n = 0; n < FOCUS_WORDS && at > 0; n++) {
      const focus = ctx.g.unreachedFocus ? phraseEndingAt(t, at, ctx.g.unreachedFocus) : -1;
      if (focus < 0) break;
      at = focus;
    }
    return phraseEndingAt(t, at, heads, HEAD_TOKENS) >= 0 || neverBefore(ctx, at);
  },
};

/** How many words (a verb and its particle: `lãi quá`, `exceeded`) may stand between "never" and the figure. */
const NEVER_GAP = 3;

/**
 * `chưa bao giờ lãi quá 20 tỷ đồng`, `has never exceeded 20 million`: "never" (grammar `neverHeads`)
 * at most {@link NEVER_GAP} words before the figure's first token `at`, no number or punctuation
 * between — a threshold the subject never passed, no level it reached (round 59: it had been a
 * certain profit of 20 billion). Constant time.
 */
function neverBefore(ctx: Parameters<DoubtRule['doubts']>[0], at: number): boolean {
  const never = ctx.g.neverHeads;
  if (!never) return false;
  const t = ctx.ix.tokens;
  for (let end = at; end > 0 && end >= at - NEVER_GAP; end--) {
    if (phraseEndingAt(t, end, never) >= 0) return true;
    if (t[end - 1]?.kind !== 'word') return false;
  }
  return false;
}
