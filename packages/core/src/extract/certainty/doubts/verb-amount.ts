import { phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, exactValueToken } from '../context';

/** How many words an adverb of more movement may take (`more`, `further`). */
const GAP_WORDS = 1;

/**
 * `cell phone subscribers increase more 2.3 million, increasing 61 per cent`, `exports rose further
 * 1.2 billion USD`: an amount right after a change verb and an adverb of more movement (grammar `moveAdverbs`;
 * `to`, `lên` would make it the level reached) is the size of the move, not the level — when it
 * was read as the statement's value, it is doubted (`difference`). Percentages are the rate rules'.
 * Round 27.
 * @internal
 */
export const verbAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined || (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') return false;
    const adverbs = ctx.g.moveAdverbs;
    if (!adverbs || adverbs.length === 0) return false;
    const t = ctx.ix.tokens;
    // (the adverb of more movement, `more`, `further`, right before the amount; a preposition —
    // `tăng thêm của 18.567 doanh nghiệp` — makes the figure another noun's)
    const opens = phraseEndingAt(t, k, adverbs, GAP_WORDS + 1);
    const a = opens < 0 ? undefined : opens;
    if (a === undefined || (t[a - 1] as Token | undefined)?.kind !== 'word') return false;
    return phraseEndingAt(t, a, ctx.g.changeVerbs) >= 0;
  },
};
