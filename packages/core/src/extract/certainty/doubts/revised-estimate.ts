import { phraseEndingAt } from '../../phrase';
import type { Extracted, ExtractedChange } from '../../types';
import type { DoubtRule } from '../context';

/**
 * `Ukraine sunflowerseed production for 2019/20 is estimated at 14.5 million metric tons, down 6
 * percent from last month and down 3 percent from last year`, `USDA estimates Mexico 2019/20
 * production at 220,000 metric tons, down 45 percent from last month`: an estimate of a year (or of
 * no month, that states its change over the year before too) compared with `last month` (grammar
 * `revisionBases`) is compared with last month's estimate of the same year — a revision of the estimate, not the indicator's change over a period;
 * the change is doubted (round 54: test38's crop estimates had read it certain, the year before's
 * change of a yearly figure). A month's own figure against the month before is left alone.
 */
export const revisedEstimateDoubt: DoubtRule = {
  id: 'revised-estimate',
  doubts: (ctx, f, what) => {
    const bases = ctx.g.revisionBases;
    if (what !== 'change' || !bases) return false;
    const c = f as Extracted<ExtractedChange>;
    const span = c.value.baseSpan;
    if (c.value.base?.kind !== 'previous-period' || !span) return false;
    const period = ctx.s.period?.value;
    if (period !== undefined && !/^\d{4}$/u.test(period)) return false;
    // (with no period: an estimate that also states its change over the year before — `down 45 percent
    // from last month and down 34 percent from last year`; a month's estimate with one change, `estimated
    // at over 2,500 billion dongs, up 14% over the previous month`, is the month's own)
    const yearly = ctx.s.changes.some((x) => x.value.base?.kind === 'same-period-last-year');
    if (period === undefined && (ctx.s.stage?.value !== 'estimate' || !yearly)) return false;
    return phraseEndingAt(ctx.ix.tokens, ctx.ix.from(span.end), bases, 4) >= 0;
  },
};
