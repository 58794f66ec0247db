import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The period rule of a bracket that opens on the same period of the year before (`vi-rate-period.ts`). */
const BRACKET_SAME_PERIOD = '.period.bracket-same-period';

/**
 * `… ước đạt 640,2 nghìn tỷ đồng, bằng 63,1% kế hoạch năm và tăng 27,8% so với cùng kỳ năm trước
 * (cùng kỳ năm trước bằng 64,1% và tăng 2,8%)`: the statistics office's monthly line on public
 * investment repeats, in a bracket that opens on the same period of the year before, that period's
 * completion and growth in the same order. The bracket's bare `bằng X%` is the earlier period's
 * completion of its plan (of the same kind as the result's), not a ratio; a change read after it
 * inside the bracket but given to the result (`và tăng 2,8%`) is the bracket's. Only after a result
 * with a completion of a plan; each pair of adjacent drafts is looked at once.
 */
export function bracketParallels(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let k = 1; k < drafts.length; k++) {
    const result = drafts[k - 1] as Draft;
    const earlier = drafts[k] as Draft;
    const c = result.completion;
    const p = earlier.period;
    if (!c || c.value.form !== 'of-plan' || !p || !p.rule.endsWith(BRACKET_SAME_PERIOD)) continue;
    if (earlier.value || earlier.completion || earlier.changes.length !== 1) continue;
    const ratio = earlier.changes[0];
    if (!ratio || ratio.value.form !== 'ratio' || ratio.span.start < p.span.start) continue;
    const completion: StatedCompletion = {
      percent: ratio.value.amount,
      form: 'of-plan',
      of: c.value.of,
      ...(ratio.value.approximate ? { approximate: ratio.value.approximate } : {}),
    };
    earlier.completion = { ...ratio, value: completion, rule: `${ratio.rule}+bracket-parallel-completion` };
    earlier.changes.length = 0;
    earlier.sameIn.clear();
    // (`… (cùng kỳ năm trước bằng 64,1% và tăng 2,8%)`: the change after the completion in the bracket)
    const end = bracketEnd(a, p.span.start, st.span.end);
    for (let i = result.changes.length - 1; i >= 0; i--) {
      const ch = result.changes[i];
      if (!ch || ch.span.start <= ratio.span.start || ch.span.start >= end) continue;
      result.changes.splice(i, 1);
      earlier.changes.unshift({ ...ch, rule: `${ch.rule}+bracket-parallel` });
      result.sameIn.delete(ch);
    }
  }
}

/** The character offset of the `)` that closes the bracket holding `start`, or the sentence's end. */
function bracketEnd(a: SentenceContext, start: number, end: number): number {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.start >= end) break;
    if (t.kind === 'punct' && t.text === ')') return t.start;
  }
  return end;
}
