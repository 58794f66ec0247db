import type { Grammar } from '../grammar';
import { matchAt, type Phrase, phraseEndingAt } from '../phrase';
import { SENTENCE_ENDS, type Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';

/** Token predicates several doubts share. @internal */

/** True when a phrase of `list` ENDS in tokens `[from, to)`, looking back from `to`. */
export function endsWithin(tokens: readonly Token[], from: number, to: number, list: readonly Phrase[]): boolean {
  for (let i = to - 1; i >= from; i--) {
    const m = matchAt(tokens, i, list, to);
    if (m) return true;
  }
  return false;
}

/** True when a phrase of `list` starts anywhere in tokens `[from, to)`. */
export function within(tokens: readonly Token[], from: number, to: number, list: readonly Phrase<unknown>[]): boolean {
  for (let i = from; i < to; i++) if (matchAt(tokens, i, list, to)) return true;
  return false;
}

/**
 * True when a number of `shape` stands in the sentence around token `k`: at most `reach` tokens each way,
 * stopping at a token of `ends` or a line break (`5,142 tỷ` beside `139.135 tỷ`, `R418,116-billion`
 * beside `R45,3-billion`).
 */
export function numberNear(
  t: readonly Token[],
  k: number,
  shape: RegExp,
  ends: ReadonlySet<string>,
  reach: number,
): boolean {
  const near = (x: Token): boolean | undefined => {
    if (x.kind === 'punct' && ends.has(x.text)) return false;
    return x.kind === 'number' && shape.test(x.text) ? true : undefined;
  };
  for (let i = k - 1; i >= 0 && i >= k - reach; i--) {
    const x = t[i] as Token;
    const found = near(x);
    if (found !== undefined) return found;
    if (x.gap.includes('\n')) break;
  }
  for (let i = k + 1; i < t.length && i <= k + reach; i++) {
    const x = t[i] as Token;
    if (x.gap.includes('\n')) break;
    const found = near(x);
    if (found !== undefined) return found;
  }
  return false;
}

/** Base kinds that name an earlier period than the statement's. */
export const EARLIER: ReadonlySet<string> = new Set(['previous-period', 'same-period-last-year']);

/** Token right after a percentage at `k` (`%`, `percent`, `phần trăm`), or `k + 1` when none. */
export function afterPercent(t: readonly Token[], g: Grammar, k: number): { to: number; percent: boolean } {
  const x = t[k + 1];
  if (x?.kind === 'punct' && x.text === '%') return { to: k + 2, percent: true };
  const w = matchAt(t, k + 1, g.percentWords);
  return w ? { to: w.to, percent: true } : { to: k + 1, percent: false };
}

export const YEAR = /^(19|20)\d\d$/u;

/** True when the field at number token `k` is a percentage: a `%` value or a rate/points change. */
export function percentField(f: Extracted<unknown>, what: string): boolean {
  if (what === 'change') return ['rate', 'points'].includes((f as Extracted<ExtractedChange>).value.form);
  return what === 'value' && (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent';
}

/** The sentence ends (`tokenize.ts`), for the certainty steps that import their helpers from here. */
export { SENTENCE_ENDS };

/**
 * The first token of a currency written right before the number at `k` (`US$`, `VND`), or `k`:
 * the doubts that look for a word before a figure look before its currency too.
 */
export function currencyStart(t: readonly Token[], g: Grammar, k: number): number {
  const start = phraseEndingAt(t, k, g.currencyBefore, 3, 0, true);
  return start < 0 ? k : start;
}

/** True when a phrase of `list` ends right at token `j`, starting at most three tokens before it. */
export function endsRightAt(t: readonly Token[], j: number, list: readonly Phrase<unknown>[]): boolean {
  return phraseEndingAt(t, j, list) >= 0;
}

/**
 * True when a phrase of `list` starts within `reach` tokens before token `k` in `k`'s sentence (no
 * sentence end between) and ends at or before `k`.
 */
export function leadInSentenceBefore(
  t: readonly Token[],
  k: number,
  reach: number,
  list: readonly Phrase<unknown>[],
): boolean {
  for (let b = k - 1; b >= 0 && b >= k - reach; b--) {
    const x = t[b] as Token;
    if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
    if (matchAt(t, b, list, k)) return true;
  }
  return false;
}

/** True when the token is a word whose first letter is a capital (a name's word). */
export function capitalised(x: Token | undefined): boolean {
  if (x?.kind !== 'word') return false;
  const c = x.text.charAt(0);
  return c !== c.toLowerCase();
}

/** Dashes that join two years into a span (`2016-2020`, `2016 – 2020`, `2023-24`). */
export const YEAR_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/**
 * True when a dash and another year (four digits, or the two of `2023-24`) follow right at token `j`:
 * the year before it is the first of a span of years (`2016-2020`, `2018-2019`), no period of its own.
 */
export function yearSpanAt(t: readonly Token[], j: number): boolean {
  const dash = t[j];
  const next = t[j + 1];
  if (dash?.kind !== 'punct' || !YEAR_DASHES.has(dash.text) || next?.kind !== 'number') return false;
  return YEAR.test(next.text) || /^\d\d$/u.test(next.text);
}
