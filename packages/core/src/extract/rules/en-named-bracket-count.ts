import { matchPeriod } from '../period-phrase';
import type { Token } from '../tokenize';
import { bareCountAt, type Cursor, type FigureRule, type Found, isNum, isP, m } from './context';

/** How many capitalised words an item's name may hold (`Thuong Tin`, `Bamboo Airways`, `Ba Ria Vung Tau`). */
const NAME_WORDS = 4;

/** A whole number as each language prints a count (`1,057`, `1.057`, `77`): no decimal sign, no year. */
const COUNT = { en: /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u, vi: /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u } as const;
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** True when `t` is a word that starts with a capital letter (a name's word). */
function capitalWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const ch = t.text.charAt(0);
  return ch !== ch.toLowerCase();
}

/** True when `(`, a bare whole count and `)` stand at `k - 1`, `k`, `k + 1`. */
function bracketedCount(c: Cursor, k: number): boolean {
  const n = c.tokens[k];
  return (
    isP(c.tokens[k - 1], '(') &&
    isNum(n) &&
    COUNT[c.g.locale].test(n.text) &&
    !YEAR.test(n.text) &&
    isP(c.tokens[k + 1], ')')
  );
}

/**
 * The first token of the name right before the `(` at `open`: one to {@link NAME_WORDS}
 * capitalised words, not a period (`October (49.6)`), or undefined.
 */
function nameStart(c: Cursor, open: number): number | undefined {
  let j = open - 1;
  while (j >= 0 && open - j <= NAME_WORDS && capitalWord(c.tokens[j])) j--;
  const start = j + 1;
  if (start === open || capitalWord(c.tokens[j])) return undefined;
  if (matchPeriod(c.tokens, start, c.g.locale)) return undefined;
  return start;
}

/** The token after a list separator at `j` (`,`, a joiner, or `,` and a joiner), or undefined. */
function afterSeparator(c: Cursor, j: number): number | undefined {
  let k = j;
  if (isP(c.tokens[k], ',')) k++;
  const joiner = c.g.namedCountJoiners ? m(c, k, c.g.namedCountJoiners) : null;
  if (joiner) k = joiner.to;
  return k === j ? undefined : k;
}

/** The count of the sibling item `Name (N)` right after the item whose count is at `k`, or undefined. */
function itemAfter(c: Cursor, k: number): number | undefined {
  const next = afterSeparator(c, k + 2);
  if (next === undefined) return undefined;
  let j = next;
  while (j < c.limit && j - next < NAME_WORDS && capitalWord(c.tokens[j])) j++;
  return j > next && bracketedCount(c, j + 1) && nameStart(c, j) === next ? j + 1 : undefined;
}

/** The count of the sibling item `Name (N)` right before the item whose name starts at `start`, or undefined. */
function itemBefore(c: Cursor, start: number): number | undefined {
  // (`…, Thanh Oai (854), Dong Da (585)`, `… (29) and Pacific Airlines (14)`)
  let j = start - 1;
  const joiner = c.g.namedCountJoiners ? matchBackJoiner(c, j) : undefined;
  if (joiner !== undefined) j = joiner;
  if (isP(c.tokens[j], ',')) j--;
  if (j === start - 1) return undefined;
  return isP(c.tokens[j], ')') && bracketedCount(c, j - 1) && nameStart(c, j - 2) !== undefined ? j - 1 : undefined;
}

/** True when two sibling counts are consecutive single digits: labels of numbered items (`Phase (1) and Phase (2)`). */
function numbering(a: Token, b: Token): boolean {
  if (a.text.length !== 1 || b.text.length !== 1) return false;
  const d = a.text.charCodeAt(0) - b.text.charCodeAt(0);
  return d === 1 || d === -1;
}

/** The token before a joiner that ends at `end` (inclusive), or undefined. */
function matchBackJoiner(c: Cursor, end: number): number | undefined {
  // (joiners are one word: try the word at `end`)
  const joiner = c.g.namedCountJoiners ? m(c, end, c.g.namedCountJoiners) : null;
  return joiner && joiner.to === end + 1 ? end - 1 : undefined;
}

/**
 * `District recording the most cases include: Dan Phuong (1,057), Thanh Oai (854), Dong Da (585)`,
 * `the largest fleet with 102 jets, followed by Vietjet (77), Bamboo Airways (29) and Pacific
 * Airlines (14)`: a list of names, each with a bare whole count alone in brackets after it, gives
 * each named item's figure of the measure the list is about — a count of its own (it was left
 * unread: a bare number needs a verb or a measure word). Only an item of a list (a sibling `Name
 * (N)` right before or after it, joined by a comma or a joiner; not consecutive single digits, the
 * labels of numbered items, `Phase (1) and Phase (2)`); a name that is a period (`in
 * October (49.6)`), a decimal, a year (`Vietnam Airlines (2023)`), a unit or a percentage inside
 * the bracket, or a bracket after a lowercase word, is not read here (`labels` tells numbered items;
 * the Vietnamese rule, `vi-named-count.ts`, passes its own). Read at the number. Constant time (a few
 * tokens around the bracket). Round 26.
 */
export function namedBracketCountAt(
  c: Cursor,
  k: number,
  labels: (a: Token, b: Token) => boolean = numbering,
): Found | null {
  if (!bracketedCount(c, k)) return null;
  const start = nameStart(c, k - 1);
  if (start === undefined) return null;
  const after = itemAfter(c, k);
  const before = after === undefined ? itemBefore(c, start) : undefined;
  const sibling = after ?? before;
  if (sibling === undefined || labels(c.tokens[k] as Token, c.tokens[sibling] as Token)) return null;
  // (no count of the noun after it: the list's head says what is counted)
  return bareCountAt(c, k, `${c.g.locale}.value.named-bracket-count`);
}

/** The `en-value.named-bracket-count` figure rule; see {@link namedBracketCountAt}. @internal */
export const namedBracketCountRule: FigureRule = {
  id: 'en-value.named-bracket-count',
  locales: ['en'],
  match: namedBracketCountAt,
  // (read at its number)
  reach: 16,
};
