import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words of the changed noun may stand between the verb and the amount (`tăng diện tích lúa`). */
const NOUN_WORDS = 4;

/**
 * `(giảm 51 cánh đồng lớn nhưng tăng diện tích 3.017 ha so với năm 2017)`, `tăng thêm diện tích lúa
 * 3.017 ha so với năm 2017`: a verb of change, the noun it changes, an amount and a compared base —
 * the amount is the size of the change, as in `diện tích tăng 3.017 ha so với năm 2017`, never the
 * noun's level. The extractor reads no absolute change in Vietnamese: the amount is listed unread
 * (`change: unrecognised-figure`) as that shape's is, and the statement keeps no value. Only where a
 * base lead (grammar `periodBaseLeads`: `so với`) follows the amount (`tăng vốn điều lệ 200 tỷ đồng` alone may be the level reached, and
 * stays doubted as before). Vietnamese only. Constant work per statement.
 */
export function viChangeNounAmounts(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.changes.length > 0 || d.completion || d.density || d.rank || d.target) continue;
    const at = tokenAt(a.tokens, v.span.start);
    const after = tokenAt(a.tokens, v.span.end);
    if (!matchAt(a.tokens, after, a.g.periodBaseLeads, end)) continue;
    // (the verb of change, then only words up to the amount)
    let verb = -1;
    for (let j = at - 1; j >= 0 && j >= at - NOUN_WORDS - 2; j--) {
      const t = a.tokens[j];
      if (t?.kind !== 'word') break;
      const m = matchAt(a.tokens, j, a.g.changeVerbs, at);
      if (m && m.to < at) {
        verb = j;
        break;
      }
    }
    if (verb < 0) continue;
    d.value = undefined;
    d.unread.push({
      what: 'change',
      reason: 'unrecognised-figure',
      span: v.span,
      message: 'The size of a change of the noun before it: an absolute change is not read',
    });
  }
}
