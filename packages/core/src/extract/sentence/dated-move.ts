import { comparePeriods, isPeriodId } from '../../period/period';
import { completePeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { samePartOf } from './from-level-base';
import { tokenAt } from './token-at';

/**
 * Where a `from`/`to` word (grammar `fromWords`/`toWords`) that ends right before token `k`, or starts
 * at it, starts; -1 when none does. Shared with `rate-before-move.ts`.
 */
export function linkAt(a: SentenceContext, k: number, words: SentenceContext['g']['fromWords']): number {
  if (matchAt(a.tokens, k, words)) return k;
  for (let j = Math.max(0, k - 2); j < k; j++) if (matchAt(a.tokens, j, words, k)?.to === k) return j;
  return -1;
}

/** True when a base of the year before (`last year`, grammar `bases`) starts at token `k`. Shared with `clause-name.ts`. */
export function yearBeforeAfter(a: SentenceContext, k: number): boolean {
  return matchAt(a.tokens, k, a.g.bases)?.phrase.data.kind === 'same-period-last-year';
}

/**
 * `Cement consumption fell 4.9% from 28.9 million tonnes in the first half of 2022 to 27.4 million
 * tonnes in the first half of 2023`, `Revenue grew 12% from $1.2 billion in 2021 to $1.34 billion in
 * 2022`: a rate written before a move whose two ends are dated. The figures step placed the rate on
 * the earlier end (its base read from that end's period, `from-level-base.ts`); it is the change of
 * the later end, the level the move reached. Moved there with its base when the later end is dated
 * after the base and carries no change of its own; the earlier end stays a level of its own period
 * (round 42). Adjacent statements only; one pass.
 */
export function datedMoveChanges(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n + 1 < drafts.length; n++) {
    const d = drafts[n];
    const e = drafts[n + 1];
    if (!d || !e || d.changes.length !== 1 || e.changes.length > 0 || e.completion) continue;
    const c = d.changes[0];
    const from = d.value;
    const to = e.value;
    if (!c || !from || !to || c.span.end > from.span.start || from.span.end > to.span.start) continue;
    // (`decreased 1.5 percent compared to those for December 2018, from $863.9 million last year to
    // $851.0 million this year`: the earlier end dated by `last year` — the year before, as the base
    // the rate names; round 53)
    const lastYear = yearBeforeAfter(a, tokenAt(a.tokens, from.span.end));
    if (!lastYear) {
      if (!e.period || !c.rule.includes('+from-level-base')) continue;
      const base = c.value.base;
      if (base?.kind !== 'period' || !isPeriodId(base.period) || !isPeriodId(e.period.value)) continue;
      if (comparePeriods(e.period.value, base.period) <= 0) continue;
    }
    if (linkAt(a, tokenAt(a.tokens, from.span.start), a.g.fromWords) < 0) continue;
    if (linkAt(a, tokenAt(a.tokens, to.span.start), a.g.toWords) < 0) continue;
    e.changes.push({ ...c, rule: `${c.rule}+dated-move` });
    d.changes.length = 0;
    partOfYears(st, d, e);
  }
}

/**
 * `Exports for the year-to-date (01 January to 30 September 2017) grew by 5.4% from R818.59 billion in
 * 2016 to R862.61 billion in 2017`: a move whose ends are dated by bare years, in a sentence whose
 * own period is a part of the later year, is of that part in both years — the later end is of
 * `2017-YTD-09`, the earlier end and the change's base of `2016-YTD-09` (`from-level-base.ts`'s
 * `samePartOf`; round 54 — the later end had been the whole year 2017, certain).
 */
function partOfYears(st: SentenceState, d: Draft, e: Draft): void {
  const later = e.period?.value;
  // (`In the first quarter, shrimp imports fell 4.4 percent, from … in 2009 to … in 2010`: a part of a
  // year with no year that opens the sentence is of the later end's year; round 55)
  const lead = st.leadPeriodMatch;
  const part =
    st.sentencePeriod?.id ??
    (lead?.partial && !lead.id && later && /^\d{4}$/u.test(later) ? completePeriod(lead, Number(later)) : undefined);
  const c = e.changes[0];
  const base = c?.value.base;
  if (!part || !later || !c || base?.kind !== 'period' || !/^\d{4}$/u.test(later)) return;
  if (!/^\d{4}$/u.test(base.period) || !part.startsWith(`${later}-`)) return;
  if (!e.period || !isPeriodId(part)) return;
  e.period = { ...e.period, value: part, rule: `${e.period.rule}+sentence-part` };
  const earlier = samePartOf(base.period, part);
  e.changes[0] = { ...c, value: { ...c.value, base: earlier }, rule: `${c.rule}+sentence-part` };
  if (d.period?.value === base.period && earlier.kind === 'period')
    d.period = { ...d.period, value: earlier.period, rule: `${d.period.rule}+sentence-part` };
}
