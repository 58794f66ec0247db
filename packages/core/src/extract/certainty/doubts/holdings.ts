import { matchAt, phraseEndingAt } from '../../phrase';
import { type DoubtRule, exactValueToken } from '../context';

/** How many tokens a verb phrase of holding may take before the count (`owns the stocks of`). */
const LEAD_TOKENS = 6;

/**
 * `VIMC currently holds capital at 19 subsidiaries and 16 affiliated companies`, `It also owns the
 * stocks of 16 seaport companies`, `Tổng công ty nắm giữ vốn tại 12 doanh nghiệp`, `có 8 công ty con`:
 * a count of the companies a group holds capital in — after a verb phrase of holding (grammar
 * `holdings.leads`) or of a noun of a holding (`holdings.nouns`: subsidiaries, affiliates, `công ty
 * con`) — describes the group's structure; it is no figure of an indicator. Its value is doubted
 * (`counted-noun`). Round 27.
 * @internal
 */
export const holdingsDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const h = ctx.g.holdings;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined || !h) return false;
    const t = ctx.ix.tokens;
    if (matchAt(t, k + 1, h.nouns)) return true;
    return phraseEndingAt(t, k, h.leads, LEAD_TOKENS) >= 0;
  },
};
