import { type Cursor, isNum, isP, m, numberAt, percentAfter } from './context';

/** A manner adverb at `k` (a listed one, or a lower-case word with a listed ending before `by`): its end, or -1. */
export function adverbEnd(c: Cursor, k: number): { to: number; listed: boolean } | null {
  const listed = m(c, k, c.g.changeAdverbs);
  if (listed) return { to: listed.to, listed: true };
  const t = c.tokens[k];
  if (t?.kind !== 'word' || t.text !== t.forms.lower || t.text.length < 6) return null;
  return c.g.changeAdverbSuffixes.some((s) => t.forms.fold.endsWith(s)) ? { to: k + 1, listed: false } : null;
}

/**
 * `increased slightly by 0.5% from the previous month`, `rose sharply 12 percent year-on-year`,
 * `fell further by 2.1 per cent`, `increased drastically, by 800 percent`: a manner adverb between a
 * change verb and its amount changes nothing — the amount is the verb's rate, not a ratio of its
 * own. A listed adverb (the grammar's `changeAdverbs`) may stand before the amount or `by`; any
 * other adverb (a listed ending: `markedly`, `noticeably`) only before `by` (a comma may stand
 * between). Without `by` only a rate or points may follow (`rose again 12 percent`, never `rose
 * again 2023`). Constant time. Returns where the amount starts, or null (nothing to skip).
 * @internal
 */
export function afterChangeAdverb(c: Cursor, k: number): number | null {
  const adverb = adverbEnd(c, k);
  if (!adverb) return null;
  const comma = isP(c.tokens[adverb.to], ',') ? adverb.to + 1 : adverb.to;
  if (c.g.transitiveChangeBy.has(c.tokens[comma]?.forms.fold ?? '')) return comma + 1 < c.limit ? comma + 1 : null;
  if (!adverb.listed || comma > adverb.to) return null;
  // (`grew strongly at a rate of 25%`, `rose steadily at 6 percent`: `at` and a speed before the rate)
  // (`grew strongly at least 6 pct`: a bound that opens with `at` is the bound)
  const speed = c.g.atRateLeads && !m(c, adverb.to, c.g.approximate) ? m(c, adverb.to, c.g.atRateLeads) : null;
  const from = speed ? speed.to : adverb.to;
  const at = m(c, from, c.g.approximate)?.to ?? from;
  if (!isNum(c.tokens[at]) || !numberAt(c, at)) return null;
  return percentAfter(c, at + 1) || m(c, at + 1, c.g.pointWords) ? from : null;
}
