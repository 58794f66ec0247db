import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { percentField, SENTENCE_ENDS } from '../helpers';

/** The most tokens of a lead clause before the comparison (`Bên cạnh đó,`, `Theo Cục Thống kê tỉnh,`). */
const LEAD_CLAUSE = 8;

/**
 * `So với kế hoạch Thủ tướng giao thì tỷ lệ giải ngân đạt 13,67%, tăng 3,32%`, `Compared with
 * the plan, the disbursement rate reached 13.7 percent`: a sentence that opens with a comparison
 * against a plan; a percentage level or a change with no base of its own after it may be the
 * completion of that plan, or a change against it, not a level or a growth.
 */
export const frontedPlanDoubt: DoubtRule = {
  id: 'fronted-plan',
  doubts: (ctx, f, what) => {
    if (!percentField(f, what)) return false;
    if (what === 'change' && (f as Extracted<ExtractedChange>).value.base) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let s = k;
    while (s > 0 && s > k - WIDE_WINDOW) {
      const x = t[s - 1] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
      s--;
    }
    if (s > 0 && !SENTENCE_ENDS.has((t[s - 1] as Token).text)) return false;
    const plannedAt = (at: number): boolean => {
      const cmp = matchAt(t, at, ctx.g.compareWords, k);
      if (!cmp) return false;
      let b = cmp.to;
      if (t[b]?.kind === 'word' && ctx.g.definiteArticles.has(t[b]?.forms.lower ?? '')) b++;
      return matchAt(t, b, ctx.g.bases, k)?.phrase.data?.kind === 'plan';
    };
    if (plannedAt(s)) return true;
    // (`Bên cạnh đó, so với kế hoạch …`, `Meanwhile, compared with the plan, …`: after a short
    // lead clause — a connective or a source — the comparison still opens the sentence)
    for (let j = s; j < k && j < s + LEAD_CLAUSE; j++) {
      const x = t[j] as Token;
      if (x.kind === 'number') return false;
      if (x.kind === 'punct' && x.text === ',') return plannedAt(j + 1);
    }
    return false;
  },
};
