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
