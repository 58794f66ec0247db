import { phraseEndingAt } from '../../phrase';
import type { Extracted, ExtractedChange, Statement } from '../../types';
import type { DoubtRule } from '../context';

/** What a statement says of its year, found once per statement (linear in its changes and its sentence). */
interface YearReading {
  /** One of its changes is over the same period a year before (`down 3 percent from last year`). */
  readonly yearly: boolean;
  /** Its sentence writes a marketing or crop year, `2019/20`: a year, a slash and two digits. */
  readonly cropYear: boolean;
}
const READINGS = new WeakMap<Statement, YearReading>();

function yearReading(ctx: Parameters<DoubtRule['doubts']>[0]): YearReading {
  const s = ctx.s;
  const known = READINGS.get(s);
  if (known) return known;
  const t = ctx.ix.tokens;
  let cropYear = false;
  for (let k = ctx.ix.from(s.sentence.start); k + 2 < t.length && !cropYear; k++) {
    const y = t[k];
    if (!y || y.start >= s.sentence.end) break;
    const yy = t[k + 2];
    cropYear =
      y.kind === 'number' &&
      /^(19|20)\d\d$/u.test(y.text) &&
      t[k + 1]?.text === '/' &&
      yy?.kind === 'number' &&
      /^\d\d$/u.test(yy.text);
  }
  const reading = { yearly: s.changes.some((x) => x.value.base?.kind === 'same-period-last-year'), cropYear };
  READINGS.set(s, reading);
  return reading;
}

/**
 * `Ukraine sunflowerseed production for 2019/20 is estimated at 14.5 million metric tons, down 6
 * percent from last month and down 3 percent from last year`, `USDA estimates Mexico 2019/20
 * production at 220,000 metric tons, down 45 percent from last month`: an estimate of a year — or of
 * a marketing year (`2019/20`) with no period read, that states its change over the year before too —
 * compared with `last month` (grammar `revisionBases`) is compared with last month's estimate of the
 * same year: a revision of the estimate, not the indicator's change over a period. The change is
 * doubted (round 54: test38's crop estimates had read it certain, the previous period of a yearly
 * figure). A month's own figure or estimate against the month before (`estimated at VNĐ598.4 trillion
 * last month, up 0.2 per cent compared to the previous month`) is left alone.
 */
export const revisedEstimateDoubt: DoubtRule = {
  id: 'revised-estimate',
  doubts: (ctx, f, what) => {
    const bases = ctx.g.revisionBases;
    if (what !== 'change' || !bases) return false;
    const c = f as Extracted<ExtractedChange>;
    const span = c.value.baseSpan;
    if (c.value.base?.kind !== 'previous-period' || !span) return false;
    // (`up 7 percent from the previous estimate`, `down 4% from its earlier forecast`: named as the
    // figure's earlier estimate, whatever the statement's stage or period; round 64)
    const named = ctx.g.estimateRevisionBases;
    if (named && phraseEndingAt(ctx.ix.tokens, ctx.ix.from(span.end), named, 4) >= 0) return true;
    const period = ctx.s.period?.value;
    if (period !== undefined && !/^\d{4}$/u.test(period)) return false;
    if (ctx.s.stage?.value !== 'estimate') return false;
    if (phraseEndingAt(ctx.ix.tokens, ctx.ix.from(span.end), bases, 4) < 0) return false;
    if (period !== undefined) return true;
    const year = yearReading(ctx);
    return year.yearly && year.cropYear;
  },
};
