import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, exactValueToken, WIDE_WINDOW } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/**
 * `The increased revenue results from the average price of WTI crude oil in 2017 being $50.85 per
 * barrel`, `…, thanks to the exchange rate being 24,000 dong per dollar`: a level told inside a clause
 * that gives the cause of the sentence's result, as a gerund (`being`, grammar `causeFigure.links`)
 * after a word of cause (`causeFigure.leads`: `results from`, `a result of`, `due to`, `thanks to`,
 * `owing to`, `because of`) with no comma between: the cause's figure, which the writer tells to explain
 * another, maybe no fact of its own (test19 annotates it as none). The value is doubted
 * (`cause-figure`); the change told beside it keeps its reading. `with the figures for 2022 being 4.85%`
 * (no cause word) stays. Looks at most {@link WIDE_WINDOW} tokens back. Round 30.
 * @internal
 */
export const causeFigureDoubt: DoubtRule = {
  id: 'cause-figure',
  doubts: (ctx, f, what) => {
    const words = ctx.g.causeFigure;
    if (!words) return false;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const at = currencyStart(t, ctx.g, k);
    if (!endsRightAt(t, at, words.links)) return false;
    for (let b = at - 2; b >= 0 && b >= at - WIDE_WINDOW; b--) {
      const x = t[b] as Token;
      if (x.kind === 'punct' && x.text !== '-' && x.text !== '’' && x.text !== "'") return false;
      if (matchAt(t, b, words.leads, at)) return true;
    }
    return false;
  },
};

/**
 * `…, a year-on-year rise of 17.4% (the average price of WTI crude oil in 2016 was $43.3 per barrel)`:
 * a bracket opened right after a percentage that holds a clause of its own — a year, then a verb of a
 * level (grammar `causeFigure.bracketLevelVerbs`: `was`, `were`, `stood at`) right before the figure —
 * restates the level of the period the change is measured from: another period's figure, which the
 * sets annotate as a fact in one set (`(last period: 1,994 bil. dongs)`, test10) and as none in another
 * (test19). The value is doubted (`earlier-level`). English; a bracket that opens on its period
 * (`tăng 7,09% (năm 2023 tăng 5,05%)`, a rate) is read by `sentence/vi-bracket-period-rate.ts`.
 * @internal
 */
export const bracketedEarlierLevelDoubt: DoubtRule = {
  id: 'earlier-level',
  doubts: (ctx, f, what) => {
    const verbs = ctx.g.causeFigure?.bracketLevelVerbs;
    if (!verbs) return false;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const open = ctx.ix.bracketOf(k);
    if (open < 1 || k - open > WIDE_WINDOW || (t[open] as Token).text !== '(') return false;
    const before = t[open - 1] as Token;
    const afterPercent = (before.kind === 'punct' && before.text === '%') || endsRightAt(t, open, ctx.g.percentWords);
    if (!afterPercent) return false;
    const at = currencyStart(t, ctx.g, k);
    if (!endsRightAt(t, at, verbs)) return false;
    for (let i = open + 1; i < at; i++) if (/^(19|20)\d\d$/.test((t[i] as Token).text)) return true;
    return false;
  },
};
