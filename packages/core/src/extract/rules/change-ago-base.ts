import type { BaseWord, Grammar } from '../grammar';
import type { Token } from '../tokenize';

/** What the reader needs of a rule's cursor (`rules/context.ts`, which calls it): tokens, grammar, the sentence's end. */
interface AgoCursor {
  readonly tokens: readonly Token[];
  readonly g: Grammar;
  readonly limit: number;
}

/**
 * A base counted back from the statement's own period, read by structure rather than as fixed
 * strings: a count (`12`, `a`, `the`, `one`) and a period unit (`months`, `quarter`, `year`)
 * followed by a word counting back (`ago`, `earlier`, `before`), or an adjective naming the one
 * before (`the previous quarter`, `the preceding month`). `12 months ago` and `a year earlier` are
 * the same period last year; one unit back (`the month earlier`, `a quarter before`) is the
 * previous period; any other distance (`three months ago`) names no base the model has, so none is
 * read and the change stays without one. Vietnamese: `12 tháng trước`, `một năm trước`.
 *
 * Returns the base and the token after it, or null. Constant time.
 */
export function agoBaseAt(c: AgoCursor, k: number): { to: number; base: BaseWord } | null {
  const g = c.g.agoBase;
  const t = c.tokens;
  const first = t[k];
  if (!first || k >= c.limit) return null;
  const word = (i: number): string => (t[i]?.kind === 'word' ? (t[i]?.forms.fold.toLowerCase() ?? '') : '');
  let count: number | undefined;
  let u = k + 1;
  if (first.kind === 'number' && /^\d{1,2}$/u.test(first.text)) count = Number(first.text);
  else if (Object.hasOwn(g.counts, word(k))) count = g.counts[word(k)];
  if (count === undefined || count === 0) return null;
  // `the previous month`, `the preceding quarter`: one unit back
  let back = false;
  if (g.before.has(word(u))) {
    back = true;
    u++;
  }
  const unit = word(u);
  if (!Object.hasOwn(g.units, unit) || u >= c.limit) return null;
  const months = (g.units[unit] as number) * count; // float-ok: a whole count of months (1-12 × 1 or 12)
  let to = u + 1;
  if (!back) {
    if (!g.after.has(word(to)) || to >= c.limit) return null;
    to++;
  } else if (count !== 1) return null;
  if (months === 12) return { to, base: { kind: 'same-period-last-year' } };
  // (`the previous year` stays what the base words say: last year's whole figure)
  if (count === 1) return { to, base: { kind: 'previous-period' } };
  return null;
}
