import type { Extracted, ExtractedChange } from '../../types';
import type { DoubtRule } from '../context';

/**
 * `an all-wheat harvest this year of 735 million metric tons, a 2 percent decline from 2016/17`: a base
 * read as a year whose text goes on with a slash and the next year's last two digits (`2016/17`,
 * `2016/2017`) is a marketing, crop or fiscal year that straddles two calendar years — the calendar year
 * it was read as is not it. The change is doubted (`fiscal-year`, as such a period is; round 55: it had
 * been the change over 2016, certain). Constant work per change.
 */
export const splitYearBaseDoubt: DoubtRule = {
  id: 'fiscal-year',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const c = f as Extracted<ExtractedChange>;
    const base = c.value.base;
    const span = c.value.baseSpan;
    if (base?.kind !== 'period' || !/^\d{4}$/u.test(base.period) || !span) return false;
    const t = ctx.ix.tokens;
    const j = ctx.ix.from(span.end);
    if (j === undefined || j === 0) return false;
    const year = t[j - 1];
    const slash = t[j];
    const next = t[j + 1];
    if (year?.text !== base.period || slash?.text !== '/' || slash.gap !== '' || next?.kind !== 'number') return false;
    if (next.gap !== '') return false;
    const following = String(Number(base.period) + 1);
    return next.text === following || next.text === following.slice(-2);
  },
};
