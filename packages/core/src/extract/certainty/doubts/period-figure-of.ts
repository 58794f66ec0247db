import { matchAt } from '../../phrase';
import { type DoubtRule, numberToken } from '../context';
import { YEAR } from '../helpers';
import { beforeCurrencyMarks, earlierTime, periodPossessiveAt } from './earlier-period';

/**
 * `nearly half the 2023 figure of 3.4 million`, `above last year's record of $11 billion`, `down
 * from the 2022 level of VND 236 trillion`: a figure named as another period's figure (a year or a
 * period's possessive before `figure of`/`level of`/`total of`/`record of` …; grammar
 * `periodFigureNouns`) is that period's, not the statement's. Doubted (`comparison`) unless the
 * year is the statement's own (`the 2024 total of` in a 2024 statement). Round 22.
 * @internal
 */
export const periodFigureOfDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    const nouns = ctx.g.periodFigureNouns;
    if (k === undefined || !nouns) return false;
    const t = ctx.ix.tokens;
    // (`figure of` ends right before the figure's currency marks)
    const j = beforeCurrencyMarks(t, ctx.g, k);
    if (j < 1 || matchAt(t, j - 1, nouns, j + 1)?.to !== j + 1) return false;
    const p = t[j - 2];
    if (p?.kind === 'number' && YEAR.test(p.text)) {
      const own = ctx.s.period?.value;
      return !(own?.startsWith(p.text) && earlierTime(t, ctx.g, j - 2));
    }
    return periodPossessiveAt(t, ctx.g, j - 2);
  },
};
