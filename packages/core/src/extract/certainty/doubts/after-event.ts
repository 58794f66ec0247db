import { phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';
import { YEAR } from '../helpers';

/** How many tokens may stand between `after` and the figure (`after a 10%`, `sau khi tăng 10%`, `after rising 10%`). */
const AFTER_REACH = 3;
/** How many tokens after the figure its own year may stand (`10% rise in 2024`, `10% trong năm 2024`). */
const YEAR_REACH = 5;

/**
 * `steel consumption is projected to grow 6-7% in 2025 after a 10% rise in 2024`, `dự kiến tăng
 * 6-7% sau khi tăng 10% trong năm 2024`: a figure of an earlier event opened by `after`/`sau khi`
 * (grammar `afterEventWords`) and dated by its own year is that year's, not the statement's. When
 * the year differs from the statement's period, the figure is doubted (`comparison`); with the
 * same year it stays. Round 22.
 * @internal
 */
export const afterEventDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change' && what !== 'completion') return false;
    const k = numberToken(ctx, f);
    const words = ctx.g.afterEventWords;
    if (k === undefined || !words) return false;
    const t = ctx.ix.tokens;
    let after = false;
    // (the opening words end at token `i`, within reach before the figure: `after`, `sau khi`)
    for (let i = k - 1; i >= 0 && i >= k - AFTER_REACH - 1 && !after; i--) {
      if ((t[i] as Token).kind === 'punct') break;
      after = phraseEndingAt(t, i + 1, words, 2) >= 0;
    }
    if (!after) return false;
    for (let i = k + 1; i < t.length && i <= k + YEAR_REACH; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && x.text !== '%') return false;
      if (x.kind === 'number' && YEAR.test(x.text)) {
        const own = ctx.s.period?.value;
        return !own?.startsWith(x.text);
      }
    }
    return false;
  },
};
