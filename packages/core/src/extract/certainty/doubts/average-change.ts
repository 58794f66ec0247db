import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, first, numberToken } from '../context';
import { afterPercent, within } from '../helpers';
import { perPeriodAt } from './average-rate';

/** How many tokens before a change's number a compound-rate noun may start (`compound annual growth rate of`). */
const NOUN_REACH = 8;

/**
 * `grow at a compound annual growth rate of 8.5% through 2030`, `posted a CAGR of 9.8%`, `GDP grew
 * 6.5% a year on average`, `exports rose 7% per annum`, `tăng 12% mỗi năm`: a change stated as an
 * average over several periods (a compound-rate noun right before its number, grammar
 * `averageRateWords`, or a per-period tail after it; `annually` only after an average word of the
 * change's own phrase — `up 18.7% annually` is the press's year-on-year) is no
 * change against one base: its base (`annual` read as the same period last year) and its size are
 * the average's, doubted `average-rate` as an average level already is (`average-rate.ts`). An
 * average of one period (`inflation is expected to average 3.5% in 2025`, `the 2022 average of
 * 7%`) is that period's rate and stays; `a year earlier`, `a year ago` after the number are bases.
 */
export const averageChangeDoubt: DoubtRule = {
  id: 'average-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const form = (f as Extracted<ExtractedChange>).value.form;
    if (form !== 'rate' && form !== 'points') return false;
    const k = numberToken(ctx, f);
    const from = first(ctx, f);
    if (k === undefined || from === undefined) return false;
    const t = ctx.ix.tokens;
    const words = ctx.g.averageRateWords;
    // (`at a CAGR of 9.8%`, `a compound annual growth rate of 8.5%`: the rate's noun ends right
    // before the number or its `of`, whether or not the change's span took it in)
    if (words)
      for (let b = Math.max(ctx.ix.clauseOf(k), k - NOUN_REACH); b < k; b++) {
        const m = matchAt(t, b, words, k);
        if (m && k - m.to <= 2) return true;
      }
    const { to } = afterPercent(t, ctx.g, k);
    if (words && matchAt(t, to, words)) return true;
    // (`up 18.7% annually` is the press's year-on-year; only after an average word of the change's
    // own phrase, `expanded by an average of 6.8 percent annually`, is it a yearly average)
    const yearly = ctx.g.averageYearlyTails;
    if (yearly && matchAt(t, to, yearly) && within(t, from, k, ctx.g.averageWords)) return true;
    if (!perPeriodAt(t, ctx.g, to)) return false;
    // (`a year earlier`, `a year ago`: the base of the change, no per-period tail)
    const next = t[to + 2] as Token | undefined;
    return !(next?.kind === 'word' && ctx.g.agoBase.after.has(next.forms.fold));
  },
};
