import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW, WINDOW } from '../context';
import { SENTENCE_ENDS, YEAR } from '../helpers';

/** How far back from a figure its `respectively` word may stand: four wide windows. */
const RESPECTIVE_REACH = 96;

/**
 * `Rice export prices averaged $627 and $585 per tonne in 2024 and 2023, respectively`, `lần lượt
 * đạt 627 và 585 USD/tấn trong năm 2024 và 2023`: a list of figures paired by order with a list of
 * YEARS; each figure's year is one of the pair, which the statement's single period cannot tell.
 * A value or change followed (in its sentence) by `YEAR and YEAR` (grammar `joiners`), with a
 * `respectively` word (grammar `respectiveWords`) in reach, is doubted (`respectively`). Round 22.
 * @internal
 */
export const respectiveYearsDoubt: DoubtRule = {
  id: 'respectively',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    // (a list the respectively reader paired, periods included — `rose 20% and 5% in 2023 and 2022,
    // respectively` — keeps its reading)
    if ((f as Extracted<unknown>).rule.includes('+respectively-paired')) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let pair = -1;
    let end = k + 1;
    for (; end < t.length && end < k + WIDE_WINDOW; end++) {
      const x = t[end] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
      if (pair < 0 && x.kind === 'number' && YEAR.test(x.text) && YEAR.test(t[end + 2]?.text ?? '')) {
        if (matchAt(t, end + 1, ctx.g.joiners)?.to === end + 2) pair = end;
      }
    }
    if (pair < 0) return false;
    // (from the clause's start, a window before it — at most {@link RESPECTIVE_REACH} tokens back: a
    // clause with no comma may run the length of a text, and the look stays bounded per figure; round 54)
    for (let i = Math.max(ctx.ix.clauseOf(k) - WINDOW, k - RESPECTIVE_REACH, 0); i < end; i++)
      if (matchAt(t, i, ctx.g.respectiveWords)) return true;
    return false;
  },
};
