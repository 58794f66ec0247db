import type { Grammar } from '../../grammar';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { afterField, type DoubtRule, numberToken, WINDOW } from '../context';
import { within } from '../helpers';

/** True when a unit's text opens with a percent sign or a percent word of the grammar (`%/năm`, `percent a year`). */
function percentUnit(unit: string, g: Grammar): boolean {
  const text = unit.trimStart().toLowerCase();
  return text.startsWith('%') || g.percentWords.some((p) => text.startsWith(p.text.toLowerCase()));
}

/** `per year`, `/năm`, `a year`, `mỗi năm` at token `j`: a per-period tail. */
export function perPeriodAt(t: readonly Token[], g: Grammar, j: number): boolean {
  const x = t[j];
  if (!x) return false;
  if (x.kind === 'punct' && x.text === '/' && x.gap === '') return matchAt(t, j + 1, g.timeWords) !== null;
  const per = matchAt(t, j, g.perWords);
  if (per) return matchAt(t, per.to, g.timeWords) !== null;
  const f = x.forms.fold;
  return g.perPeriodLeads.has(f) && matchAt(t, j + 1, g.timeWords) !== null;
}

/**
 * `GRDP ước tăng bình quân 7,6%/năm`, `grew an average of 7.6% per year`: a percentage per
 * period is an average rate of change over several periods, never a level.
 */
export const averageRateDoubt: DoubtRule = {
  id: 'average-rate',
  doubts: (ctx, f, what) => {
    // (`sentence/vi-average-rate.ts` reads `tăng bình quân 7,6%/năm` as a rate: still an average)
    if (what === 'change') return (f as Extracted<unknown>).rule.includes('+average-rate');
    if (what !== 'value') return false;
    const q = (f as Extracted<{ unit?: string; unitCode?: string }>).value;
    if (q.unitCode === undefined && q.unit !== undefined && percentUnit(q.unit, ctx.g)) return true;
    if (q.unitCode !== 'percent') return false;
    const j = afterField(ctx, f);
    if (j !== undefined && perPeriodAt(ctx.ix.tokens, ctx.g, j)) return true;
    // `the economy expanded at an average annual rate of 6.8 percent`, `GRDP tăng trưởng bình
    // quân 7,6%`: an average word with a change verb or a growth word before the percentage.
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const from = Math.max(ctx.nameFrom ?? ctx.ix.clauseOf(k), ctx.ix.clauseOf(k), k - WINDOW);
    return (
      within(t, from, k, ctx.g.averageWords) &&
      (within(t, from, k, ctx.g.changeVerbs) || within(t, from, k, ctx.g.growthWords))
    );
  },
};

/** How far before an annual rate's number the years of a span are looked for (`Between 2014-15 and 2023-24, …`). */
const SPAN_BACK = 48;

/** The text of token `x` when it is a year (`2014`; a fiscal span's `2014-15` is three tokens, its first the year). */
function yearOf(x: Token | undefined): string | undefined {
  return x?.kind === 'number' && /^(?:19|20)\d\d$/u.test(x.text) ? x.text : undefined;
}

/**
 * `Between 2014-15 and 2023-24, milk production grew from … to …—a 63.56% rise, with an annual
 * growth rate of 5.7%`, `… with an annual growth rate of 5.7% over the decade`: an `annual` change
 * noun (grammar `changeNounBases`, read as against the same period a year before) in a sentence that
 * spans several years — two different years (or fiscal years) before it, or a span noun after it
 * (grammar `multiYearSpans`) — is the average yearly rate over the span, not a change against last
 * year (round 58: it was read as a certain year-on-year rate). Looks at most {@link SPAN_BACK}
 * tokens back and {@link WINDOW} on, in the sentence.
 */
export const annualSpanRateDoubt: DoubtRule = {
  id: 'average-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || !f.rule.includes('noun-phrase-base')) return false;
    const c = (f as Extracted<{ base?: { kind?: string } }>).value;
    if (c.base?.kind !== 'same-period-last-year') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const from = Math.max(ctx.ix.at(ctx.s.sentence.start) ?? 0, k - SPAN_BACK);
    const annual = ctx.g.annualChangeNounWords;
    if (!annual || !within(t, Math.max(from, k - WINDOW), k, annual)) return false;
    let first: string | undefined;
    for (let i = from; i < k; i++) {
      const y = yearOf(t[i]);
      if (y === undefined) continue;
      if (first === undefined) first = y;
      else if (y !== first) return true;
    }
    const spans = ctx.g.multiYearSpans;
    const end = Math.min(t.length, k + WINDOW, (ctx.ix.at(Math.max(0, ctx.s.sentence.end - 1)) ?? k) + 1);
    return spans !== undefined && within(t, k + 1, end, spans);
  },
};
