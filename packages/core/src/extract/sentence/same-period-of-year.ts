import { isPeriodId } from '../../period/period';
import { completePeriod, matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';

/** The index of the first token of `[from, to)` that starts at character `start`, or -1. */
function tokenAt(a: SentenceContext, from: number, to: number, start: number): number {
  for (let i = from; i < to; i++) if (a.tokens[i]?.start === start) return i;
  return -1;
}

/** The last period with a part of a year (`the first half of 2024`, `Q3`, `the first nine months`) in `[from, to)`. */
function lastPartial(a: SentenceContext, from: number, to: number): PeriodMatch | undefined {
  let found: PeriodMatch | undefined;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' && t?.kind !== 'number') continue;
    const m = matchPeriod(a.tokens, i, a.g.locale);
    if (!m || m.to > to) continue;
    if (m.partial || (m.id && /^\d{4}-/u.test(m.id))) found = m;
    i = m.to - 1;
  }
  return found;
}

/**
 * `GDP grew 6.42 percent in the first half of 2024, up from the 3.72-percent growth observed in
 * the same period of 2023`: a statement dated by a bare year that follows `the same period`
 * (`the same quarter`, `the corresponding period`) is dated that part of a year — the sentence's
 * own part of a year before it (`the first half`) — in that year (`2023-H1`), not the whole year.
 * Without a part of a year earlier in the sentence the statement keeps its year. A base (`up 5%
 * from the same period of 2023`) is no statement's period and is not touched.
 */
export function samePeriodsOfYear(a: SentenceContext, st: SentenceState): void {
  if (a.g.samePeriodNouns.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const p = d.period;
    if (!p || !/^\d{4}$/u.test(p.value)) continue;
    const at = tokenAt(a, st.sentence.from, st.sentence.to, p.span.start);
    if (at < 1) continue;
    // `of 2023`, `in 2023` (the period's own first token) or `2023` after `of`
    const link = a.g.samePeriodYearLinks.has(a.tokens[at]?.forms.fold ?? '') ? at : at - 1;
    let from = -1;
    for (let j = Math.max(st.sentence.from, link - 4); j < link && from < 0; j++)
      if (matchAt(a.tokens, j, a.g.samePeriodNouns, link)?.to === link) from = j;
    if (from < 0) continue;
    const partial = lastPartial(a, st.sentence.from, from);
    if (!partial) continue;
    const year = Number(p.value);
    const id = partial.partial
      ? completePeriod({ ...partial, id: undefined, relative: undefined }, year)
      : partial.id
        ? `${year}${partial.id.slice(4)}`
        : undefined;
    if (!id || !isPeriodId(id) || id === p.value) continue;
    let to = at;
    while (to < st.sentence.to && (a.tokens[to]?.end ?? Number.POSITIVE_INFINITY) < p.span.end) to++;
    d.period = a.field(id, from, to + 1, `${a.g.locale}.period.same-period-of-year`);
  }
}
