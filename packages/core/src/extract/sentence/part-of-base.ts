import type { SentenceContext, SentenceState } from './context';

/**
 * A part of a year as a period id: the year, and the part (`YTD-03`, `Q1`, `H1`) — not a month, which
 * a year's growth is measured against at its end (`compared to the end of 2022`: December 2022).
 */
const PART = /^(\d{4})-(YTD-\d\d|Q\d|H\d)$/u;
/** A whole year. */
const YEAR = /^\d{4}$/u;

/**
 * `increased by 18.9 percent to P1.02 trillion in 2012 from P858.34 billion in the first three
 * months of 2011`: a statement dated by a bare year whose change is against a part of the year
 * before is of that same part of its own year (2012's first three months) — a year against a
 * quarter of the year before is no comparison anyone writes. Only a period the statement's own
 * words name (not one lent by the sentence), and no base in its own year beside. One pass over the
 * sentence's statements.
 */
export function partsOfBase(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    const p = d.period;
    if (!p || !YEAR.test(p.value) || p.rule.includes('+')) continue;
    // (a base in the statement's own year as well — `down from Q1/2023 and from Q2/2022` — leaves
    // the year as written: the text says two things, it is not made to say one)
    if (d.changes.some((c) => c.value.base?.kind === 'period' && c.value.base.period.startsWith(p.value))) continue;
    for (const c of d.changes) {
      const b = c.value.base;
      const m = b?.kind === 'period' ? PART.exec(b.period) : null;
      if (!m || Number(m[1]) !== Number(p.value) - 1) continue;
      d.period = { ...p, value: `${p.value}-${m[2]}`, rule: `${p.rule}+part-of-base` };
      break;
    }
  }
}
