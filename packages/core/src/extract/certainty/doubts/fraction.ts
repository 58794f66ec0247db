import { matchAt } from '../../phrase';
import { SLASH_PAIR } from '../../sentence/slash-pair';
import { type DoubtRule, numberToken } from '../context';

/**
 * `Có 30/63 địa phương`, `812 of 829 listed companies`: a count out of a total.
 */
export const fractionDoubt: DoubtRule = {
  id: 'fraction',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    // (the result of a pair told apart by the completion stated with it: `sentence/slash-pair.ts`)
    if (f.rule.endsWith(SLASH_PAIR)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const slash = t[k + 1];
    if (slash?.kind === 'punct' && slash.text === '/' && slash.gap === '' && t[k + 2]?.kind === 'number') return true;
    // `812 of 829 listed companies` (round 33): the quantity reader's count out of a total after a part-of link
    const { countWholeLinks, countOfWholeLinks } = ctx.g.notAFigure;
    if (!countOfWholeLinks) return false;
    const link = matchAt(t, k + 1, countWholeLinks ?? []) ?? matchAt(t, k + 1, countOfWholeLinks);
    return link !== null && t[link.to]?.kind === 'number';
  },
};
