import { matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
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
  for (const d of a.sentenceDrafts(st.span)) if (d.value && !d.period) bracketLabel(a, d);
}

/** How many tokens a bracket's label may span between `(` and `:` (`năm 2021`, `6 tháng đầu năm 2021`). */
const LABEL_SPAN = 8;
/** How many words may stand between a label's colon and the value (`(năm 2021: có 829 người)`). */
const LABEL_WORDS = 2;

/**
 * `tăng 433 người so với năm 2021 (năm 2021: có 829 người)`: a value inside a bracket that opens on
 * a period with its year and a colon, with at most two words between the colon and the value (a verb
 * of counting, `có`), is the value of that period — the period is the label's, not the one the
 * sentence lends (round 68, test52: it had been a certain 829 people in 2022). English brackets of
 * that shape open statements of their own first (`en-labelled-bracket.ts`), so they come here dated.
 * Constant work per statement.
 */
function bracketLabel(a: SentenceContext, d: Draft): void {
  const v = d.value as NonNullable<Draft['value']>;
  const t = a.tokens;
  let k = tokenAt(t, v.span.start) - 1;
  for (let n = 0; n < LABEL_WORDS && t[k]?.kind === 'word'; n++) k--;
  if (t[k]?.text !== ':') return;
  const colon = k;
  for (let j = colon - 1; j >= 0 && j >= colon - LABEL_SPAN - 1; j--) {
    if (t[j]?.kind !== 'punct') continue;
    if (t[j]?.text !== '(') return;
    const m = matchPeriod(t, j + 1, a.g.locale);
    const id = m && m.to === colon ? a.periodId(m) : undefined;
    if (!id || !/^\d{4}/u.test(id)) return;
    d.period = a.field(id, j + 1, colon, `${a.g.locale}.period.bracket-label`);
    return;
  }
}
