import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { afterPercent, within } from '../helpers';

/**
 * `cả nước có 6.009 xã (tỷ lệ 73,06%) đạt chuẩn NTM, tăng 4,8% so với cuối năm 2021`, `1,200 communes
 * (a rate of 62.5%) met the standard, up 3.1% from last year`: a change by a bare percentage read
 * onto a count or an amount, with a named rate in brackets between the two (a rate noun, grammar
 * `pointsLevelNouns`, and its percentage, which the statement did not take), may be the change of
 * that rate — in points (73,06 − 68,26) — as well as the count's. The change is doubted
 * (`other-measure`). A share or another item's figure between (`chiếm 10,3% …, giảm 39%`, `up 39
 * percent and 20 percent, respectively`) is no such rate. Looks back from the change to the
 * statement's value, at most `WIDE_WINDOW` tokens.
 * @internal
 */
export const rateBetweenDoubt: DoubtRule = {
  id: 'other-measure',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'rate') return false;
    const v = ctx.s.value;
    if (!v || v.value.unitCode === 'percent' || v.span.end > f.span.start) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const own = [ctx.s.completion, ...ctx.s.changes].filter((x): x is NonNullable<typeof x> => x !== undefined);
    for (let j = k - 1; j >= 0 && j >= k - WIDE_WINDOW; j--) {
      const x = t[j] as Token;
      if (x.start < v.span.end) return false;
      if (x.kind !== 'number' || !afterPercent(t, ctx.g, j).percent) continue;
      if (own.some((o) => o.span.start <= x.start && x.start < o.span.end)) continue;
      // (only a rate named in brackets: `(tỷ lệ 73,06%)`, `(a rate of 73.1%)` — a share or another
      // item's figure between, `chiếm 10,3% …, giảm 39%`, is read as the value's change by the corpus)
      const open = ctx.ix.depthAt(j) > ctx.ix.depthAt(k) ? ctx.ix.bracketOf(j) : -1;
      if (open >= 0 && within(t, open + 1, j, ctx.g.pointsLevelNouns)) return true;
    }
    return false;
  },
};
