import { shift } from '../numeral';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Dẫn đầu là thành phố Bắc Giang vượt kế hoạch 54%, đứng thứ hai là Lạng Giang vượt 25%`: a bare
 * percentage right after an exceed verb (grammar `exceedVerbs`), naming no plan of its own, in a
 * sentence whose earlier statement exceeded a plan (`vượt kế hoạch 54%`), exceeds the same plan —
 * a completion of 125 % of it, not a level of 25 %. Only a statement with no change, completion or
 * other figure, after the first exceeded completion. Round 56. Constant work per statement.
 */
export function exceededAgain(a: SentenceContext, st: SentenceState): void {
  let plan: StatedCompletion['of'] | undefined;
  for (const d of a.sentenceDrafts(st.span) as Draft[]) {
    const c = d.completion;
    if (c) {
      plan = c.value.form === 'exceeded-by' && !c.value.approximate ? c.value.of : undefined;
      continue;
    }
    const v = d.value;
    if (!plan || !v || d.changes.length > 0 || d.target) continue;
    if (v.value.unitCode !== 'percent' || v.value.scale !== 0 || v.value.approximate) continue;
    const k = tokenAt(a.tokens, v.span.start);
    if (a.tokens[k]?.kind !== 'number') continue;
    if (phraseEndingAt(a.tokens, k, a.g.exceedVerbs, 2) < 0) continue;
    // (`vượt 25% so với cùng kỳ`: a percentage compared with anything else is no completion)
    const end = tokenAt(a.tokens, v.span.end);
    if (matchAt(a.tokens, end, a.g.compareWords) || matchAt(a.tokens, end, a.g.planWords)) continue;
    const completion: StatedCompletion = { percent: shift(v.value.number, '100'), form: 'exceeded-by', of: plan };
    d.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.exceeded-again` };
    d.value = undefined;
  }
}
