import { findIn } from '../phrase';
import type { SentenceContext, SentenceState } from './context';

/**
 * `The disbursement rate reached 45 percent in 2023, 12 percent above the target`: for an
 * indicator that is itself a percentage (its value is one, or its name is a rate, a ratio, a
 * share), a percentage above or below the plan may be percentage points or a relative
 * difference — the text does not say. The completion of 100 ± N read from it is taken back and
 * listed in `unread`, never shown as if right. (A level in money or units keeps it:
 * `VND 30 trillion, 12 percent above the target` is 112 % of the plan.)
 */
export function levelDifferences(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    const c = d.completion;
    if (!c?.rule.endsWith('.completion.rate-than-plan')) continue;
    const name = d.name;
    const percentLevel = d.value?.value.unitCode === 'percent';
    const rateName = name !== undefined && namesLevel(a, d.from, d.to, name.span.start, name.span.end);
    if (!percentLevel && !rateName) continue;
    d.completion = undefined;
    d.unread.push({
      what: 'completion',
      reason: 'unrecognised-figure',
      span: c.span,
      message: 'A difference from the plan of an indicator that is a percentage: points or percent is not stated',
    });
  }
}

/** True when a level noun (`rate`, `ratio`, `tỷ lệ`) stands in the name's tokens. */
function namesLevel(a: SentenceContext, from: number, to: number, start: number, end: number): boolean {
  let i = from;
  while (i < to && (a.tokens[i]?.start ?? end) < start) i++;
  let j = i;
  while (j < to && (a.tokens[j]?.end ?? end) <= end) j++;
  return findIn(a.tokens, i, j, a.g.levelNouns) !== null;
}
