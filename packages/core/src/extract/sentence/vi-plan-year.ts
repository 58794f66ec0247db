import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens after a change its unread base may name the estimate (`so với ước thực hiện`). */
const AFTER = 4;

/**
 * `Kim ngạch nhập khẩu hàng hóa 400 triệu USD, giảm 6,52% so với ước thực hiện năm 2017`, `Tổng vốn
 * đầu tư toàn xã hội 52.000 tỷ đồng, tăng 10% so với ước thực hiện năm nay`: a figure whose change
 * is measured against the ESTIMATED result of a year (`ước thực hiện`, `ước tính thực hiện`) is a
 * plan for the year after — results are compared with results, a plan with the year it follows,
 * whose result is not known yet — so its statement is a target, not an actual. A statement with a
 * completion (`đạt 98% kế hoạch`: a result) is left as read.
 */
export function planYearFigures(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi' || a.g.estimateBaseWords.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.kind.value !== 'actual' || d.completion) continue;
    const against = d.changes.find((c) => spanHas(a, c.span.start, c.span.end));
    if (!against) continue;
    d.kind = { ...against, value: 'target', rule: `${a.g.locale}.kind.against-estimate` };
  }
}

/** True when an estimate-base phrase (`ước thực hiện`) starts in the characters `[start, end)` or just after. */
function spanHas(a: SentenceContext, start: number, end: number): boolean {
  const lo = tokenAt(a.tokens, start);
  // (and a few words after it, in the same clause: a base the change rule did not read, `so với ước
  // thực hiện năm nay`)
  let after = 0;
  for (let i = lo; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if ((t?.start ?? end) >= end && (t?.kind === 'punct' || ++after > AFTER)) break;
    if (matchAt(a.tokens, i, a.g.estimateBaseWords)) return true;
  }
  return false;
}
