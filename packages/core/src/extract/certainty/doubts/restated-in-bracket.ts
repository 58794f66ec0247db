import { matchAt, phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type DoubtRule, numberToken, WINDOW } from '../context';
import { afterPercent } from '../helpers';

/**
 * `… administrative expenses increased 1.3 billion dongs (correspond to the level of 12.6%)`, `chi phí
 * tăng 1,3 tỷ đồng (tương đương 12,6%)` read as a statement of its own: a percentage inside a bracket
 * that opens with a word of restatement (grammar `conversionWords`) right after a figure restates that
 * figure — a rate of the change before, or a share — and is no level of an indicator. Its value is
 * doubted (`restated-change`) when its statement has no change of its own. Round 27.
 * @internal
 */
export const restatedInBracketDoubt: DoubtRule = {
  id: 'restated-change',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    if (ctx.s.changes.length > 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = k - 1; i > 0 && i >= k - WINDOW; i--) {
      const x = t[i] as Token;
      if (x.kind !== 'punct') continue;
      if (x.text !== '(') return false;
      // (the bracket follows a figure: a number, or the scale or unit words right after one)
      let j = i - 1;
      while (j > 0 && j >= i - 3 && (t[j] as Token).kind === 'word') j--;
      const before = t[j] as Token;
      if (before.kind !== 'number' && !(before.kind === 'punct' && before.text === '%')) return false;
      return (
        (matchAt(t, i + 1, ctx.g.conversionWords, k) ??
          matchAt(t, i + 1, ctx.g.conversionAfterAmountWords ?? [], k)) !== null
      );
    }
    return false;
  },
};

/**
 * `economic subsidies doubled (107% YoY)`: a multiple told by a word (`doubled`, `tripled`) with the
 * exact rate in a bracket right after it — the word rounds the rate the bracket gives, and the
 * bracket's figure is the change; the multiple is doubted (round 64: it had been a certain `times 2`).
 */
export const multipleBeforeRateDoubt: DoubtRule = {
  id: 'restated-change',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'times') return false;
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    const open = t[j];
    const n = t[j + 1];
    return open?.kind === 'punct' && open.text === '(' && n?.kind === 'number' && afterPercent(t, ctx.g, j + 1).percent;
  },
};

/**
 * `số lượng hành khách … đạt 331.409 lượt, giảm 22% (tương đương 92.261 lượt)`, `fell 12% (equivalent
 * to 4,100 tonnes)`: an amount in a bracket that opens with a word of restatement (grammar
 * `conversionWords`) right after a change's percentage (a verb of change before its number) is the
 * size of that change, no level of an indicator — its value is doubted (round 64: it had been a
 * certain level of a statement of its own).
 */
export const bracketedChangeSizeDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = k - 1; i > 2 && i >= k - 4; i--) {
      const x = t[i] as Token;
      if (x.kind !== 'punct') continue;
      if (x.text !== '(' || matchAt(t, i + 1, ctx.g.conversionWords, k)?.to !== k) return false;
      const pct = t[i - 1] as Token;
      const n = pct.kind === 'punct' && pct.text === '%' ? i - 2 : phraseEndingAt(t, i, ctx.g.percentWords) - 1;
      if (n < 1 || (t[n] as Token).kind !== 'number') return false;
      return phraseEndingAt(t, n, ctx.g.changeVerbs) >= 0;
    }
    return false;
  },
};
