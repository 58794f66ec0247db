import { isPeriodId } from '../../period/period';
import { completePeriod, matchPeriod, type PeriodMatch } from '../period-phrase';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The index of the token of `[from, to)` that starts at character `start` (by binary search), or -1. */
function tokenStartingAt(a: SentenceContext, from: number, to: number, start: number): number {
  const i = tokenAt(a.tokens, start);
  return i >= from && i < to && a.tokens[i]?.start === start ? i : -1;
}

/**
 * The periods with a part of a year (`the first half of 2024`, `Q3`, `the first nine months`) in
 * `[from, to)`, in text order — read once per sentence (round 54: each statement had read the
 * sentence again from its start, quadratic in a sentence of many statements).
 */
function partials(a: SentenceContext, from: number, to: number): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' && t?.kind !== 'number') continue;
    const m = matchPeriod(a.tokens, i, a.g.locale);
    if (!m || m.to > to) continue;
    if (m.partial || (m.id && /^\d{4}-/u.test(m.id))) out.push(m);
    i = m.to - 1;
  }
  return out;
}

/**
 * The last of `list` (in text order) that ends at or before token `to`, by binary search; undefined
 * when none. A period read from the sentence's start that runs past `to` was never `to`'s: the scan
 * read it whole, so the ones before `to` are those that end by it.
 */
function lastPartial(list: readonly PeriodMatch[], to: number): PeriodMatch | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as PeriodMatch).to <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
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
  let list: PeriodMatch[] | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    const p = d.period;
    if (!p || !/^\d{4}$/u.test(p.value)) continue;
    const at = tokenStartingAt(a, st.sentence.from, st.sentence.to, p.span.start);
    if (at < 1) continue;
    // `of 2023`, `in 2023` (the period's own first token) or `2023` after `of`
    const link = a.g.samePeriodYearLinks.has(a.tokens[at]?.forms.fold ?? '') ? at : at - 1;
    let from = -1;
    for (let j = Math.max(st.sentence.from, link - 4); j < link && from < 0; j++)
      if (matchAt(a.tokens, j, a.g.samePeriodNouns, link)?.to === link) from = j;
    if (from < 0) continue;
    list ??= partials(a, st.sentence.from, st.sentence.to);
    const partial = lastPartial(list, from);
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
