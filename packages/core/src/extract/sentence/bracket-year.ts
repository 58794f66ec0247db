import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearToken } from './year-word';

/**
 * `with export value reaching $268M (2023)`, `doanh thu 1.250 tỷ đồng (2023)`: a year alone in
 * brackets right after a value is the value's year — the way tables and briefs date a figure. Only a
 * statement with no period of its own yet (it runs before the statements are dated, so a year the
 * sentence lends never overrides the bracket's). Constant work per statement.
 */
export function bracketYears(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.period) continue;
    const k = tokenAt(a.tokens, v.span.end);
    const open = a.tokens[k];
    const year = a.tokens[k + 1];
    const close = a.tokens[k + 2];
    if (open?.text !== '(' || !year || !isYearToken(year) || close?.text !== ')') continue;
    d.period = a.field(year.text, k + 1, k + 2, `${a.g.locale}.period.bracket-year`);
    a.extend(d, d.from, k + 3);
  }
}
