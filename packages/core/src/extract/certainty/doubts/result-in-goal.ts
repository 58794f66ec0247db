import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Statement } from '../../types';
import { type Ctx, type DoubtRule, figureToken, WIDE_WINDOW } from '../context';
import { endsRightAt } from '../helpers';

/**
 * True when a result lead of the grammar (`đã`, `đến nay`, `lũy kế`, `has`, `so far`) stands between
 * the end of the goal words and the figure, looking back at most {@link WIDE_WINDOW} tokens from the
 * figure; not one right after a goal word or `to` (`expects to have`, `will have`: the goal's own verb).
 */
function resultBetween(ctx: Ctx, kindEnd: number, at: number): boolean {
  const t = ctx.ix.tokens;
  for (let j = at - 1; j >= 0 && j >= at - WIDE_WINDOW; j--) {
    const x = t[j] as Token;
    if (x.start < kindEnd) return false;
    if (x.kind !== 'word' || !matchAt(t, j, ctx.g.resultLeads, at)) continue;
    // (`expects to have`, `will have`: a goal's own verb of possession, no perfect tense)
    if (!endsRightAt(t, j, ctx.g.targetMarkers) && !(j > 0 && matchAt(t, j - 1, ctx.g.toWords, j))) return true;
  }
  return false;
}

/**
 * A figure told as a result inside a goal frame: the goal words (`các chỉ tiêu nhiệm vụ đều đạt và
 * vượt chỉ tiêu được giao, cụ thể: …`, `the exchange rate will continue to be under pressure …`)
 * made it a target, but a result lead or a past tense stands between them and the figure (`về
 * việc đã tổ chức thi hành xong 6.627 việc`, `as the SBV has less room … (FX reserves fell to
 * US$89bn)`, `though it has three hospitals with 2,000 beds`): the figure may be the result the sentence reports, not the goal.
 */
export const resultInGoalDoubt: DoubtRule = {
  id: 'result-in-goal',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'target') return false;
    if (!kind.rule.includes('.kind.target-marker') && !kind.rule.includes('.kind.target-context')) return false;
    const figure = figureToken(ctx);
    if (figure === undefined || (ctx.ix.tokens[figure] as Token).start < kind.span.end) return false;
    return resultBetween(ctx, kind.span.end, figure);
  },
};
