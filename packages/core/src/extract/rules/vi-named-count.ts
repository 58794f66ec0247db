import { matchPeriod } from '../period-phrase';
import type { Token } from '../tokenize';
import { bareCountAt, type Cursor, type FigureRule, type Found, isNum, isP, m } from './context';
import { namedBracketCountAt } from './en-named-bracket-count';

/** How many capitalised words an item's name may hold (`Đại học Quốc gia Hà Nội`'s `Hà Nội`, `Thừa Thiên Huế`). */
const NAME_WORDS = 5;

/**
 * How many capitalised words an item's name holds at least: a place's name has two syllables or
 * more (`Nghệ An`, `Cà Mau`); one capitalised word before a number is a label's (`Quận 6`, `Phường
 * 5`, `Điều 3`, `Khoản 2`).
 */
const MIN_NAME_WORDS = 2;

/** How many words may follow an item's count before the separator (`87 giải`, `2 giải khuyến khích`). */
const TRAIL_WORDS = 4;

/** How many tokens a bracket after an item's count may hold (`4 giải (2 giải ba và 2 giải khuyến khích)`). */
const BRACKET_TOKENS = 16;

/** A whole number as Vietnamese prints a count (`87`, `1.057`): no decimal comma, no year. */
const COUNT = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** True when `t` is a word that starts with a capital letter (a name's syllable). */
function capitalWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const ch = t.text.charAt(0);
  return ch !== ch.toLowerCase();
}

/**
 * The first token of the name right before the number at `k` — {@link MIN_NAME_WORDS} to
 * {@link NAME_WORDS} capitalised words, not a period — or undefined.
 */
function nameBefore(c: Cursor, k: number): number | undefined {
  let j = k - 1;
  while (j >= 0 && k - j <= NAME_WORDS && capitalWord(c.tokens[j])) j--;
  const start = j + 1;
  if (k - start < MIN_NAME_WORDS) return undefined;
  if (matchPeriod(c.tokens, start, c.g.locale)) return undefined;
  // (`Đường Hùng Vương 25`, `Khu Phố 3`: a numbered label)
  if (c.g.namedCountLabels && m(c, start, c.g.namedCountLabels)) return undefined;
  return start;
}

/** True when the number at `k` is a whole count alone (no unit, scale, percent, date or decimal). */
function countAt(c: Cursor, k: number): boolean {
  const n = c.tokens[k];
  if (!isNum(n) || !COUNT.test(n.text) || YEAR.test(n.text)) return false;
  // (`21/8`, `12-15`: a glued sign after the number makes it a date or a range)
  const next = c.tokens[k + 1];
  if (next?.kind === 'punct' && next.gap === '' && !isP(next, ',', ';', '.', '…', '(')) return false;
  // (`Nguyễn Văn An 45 tuổi`: a person's age, no count)
  if (m(c, k + 1, c.g.ageNouns)) return false;
  return bareCountAt(c, k, '') !== null;
}

/** The lowercase text of tokens `[from, to)`. */
function textOf(c: Cursor, from: number, to: number): string {
  const a = c.tokens[from] as Token;
  const b = c.tokens[to - 1] as Token;
  return c.text.slice(a.start, b.end).toLowerCase();
}

/** The token after a list separator at `j` (`,`, `;`, a joiner, or `,` and a joiner), or undefined. */
function afterSeparator(c: Cursor, j: number): number | undefined {
  let k = j;
  if (isP(c.tokens[k], ',', ';')) k++;
  const joiner = c.g.namedCountJoiners ? m(c, k, c.g.namedCountJoiners) : null;
  if (joiner) k = joiner.to;
  return k === j ? undefined : k;
}

/** The end of a bracket that opens at `j` (the token after its `)`), or undefined. */
function bracketEnd(c: Cursor, j: number): number | undefined {
  for (let e = j + 1; e < c.limit && e - j <= BRACKET_TOKENS; e++) {
    const t = c.tokens[e];
    if (isP(t, '(')) return undefined;
    if (isP(t, ')')) return e + 1;
  }
  return undefined;
}

/** The start of a bracket that closes at `j`, or undefined. */
function bracketStart(c: Cursor, j: number): number | undefined {
  for (let s = j - 1; s >= 0 && j - s <= BRACKET_TOKENS; s--) {
    const t = c.tokens[s];
    if (isP(t, ')')) return undefined;
    if (isP(t, '(')) return s;
  }
  return undefined;
}

/**
 * True when two sibling counts are `1` and `2`: the labels of numbered items (`Yên Phong 1, Quế Võ
 * 2`); later consecutive counts are counts (`Lai Châu 5 giải, Cà Mau 6`).
 */
function numbering(a: Token, b: Token): boolean {
  return (a.text === '1' && b.text === '2') || (a.text === '2' && b.text === '1');
}

/** A sibling item: its name's first token and its count's token. */
interface Item {
  readonly name: number;
  readonly count: number;
}

/** The item `Name N` after the item whose count is at `k` (its trailing words and bracket skipped), or undefined. */
function itemAfter(c: Cursor, k: number): Item | undefined {
  let j = k + 1;
  // (the count's noun and its words, up to a joiner: `Vĩnh Phúc 79 và Hải Phòng 76`)
  while (
    j < c.limit &&
    j - k <= TRAIL_WORDS &&
    c.tokens[j]?.kind === 'word' &&
    !(c.g.namedCountJoiners && m(c, j, c.g.namedCountJoiners))
  )
    j++;
  if (isP(c.tokens[j], '(')) j = bracketEnd(c, j) ?? j;
  const next = afterSeparator(c, j);
  if (next === undefined || !capitalWord(c.tokens[next])) return undefined;
  // (the name opens with a capital and ends with two, `Đại học Quốc gia Hà Nội 64`)
  let e = next;
  while (e < c.limit && e - next < NAME_WORDS + LOWER_NAME_WORDS && c.tokens[e]?.kind === 'word') e++;
  const name = countAt(c, e) ? nameBefore(c, e) : undefined;
  if (name === undefined) return undefined;
  return { name, count: e };
}

/** How many words of a name may stand before its capitalised end (`Đại học Quốc gia` of `… Hà Nội`). */
const LOWER_NAME_WORDS = 4;

/** The first word of the name whose capitalised end starts at `start` (`Đại` of `Đại học Quốc gia Hà Nội`). */
function nameHead(c: Cursor, start: number): number {
  let j = start;
  while (j > 0 && start - j < LOWER_NAME_WORDS && c.tokens[j - 1]?.kind === 'word') {
    if (c.g.namedCountJoiners && m(c, j - 1, c.g.namedCountJoiners)) break;
    j--;
  }
  // (back to the nearest capitalised word: the lead before the name, `là`, is no part of it)
  while (j < start && !capitalWord(c.tokens[j])) j++;
  return j;
}

/**
 * The index of the last token before the separator (`,`, `;`, `và`) that stands before the name whose
 * capitalised words run from `from`, or undefined when no separator stands there.
 */
function beforeSeparator(c: Cursor, from: number): number | undefined {
  const start = nameHead(c, from);
  let j = start - 1;
  const joiner = c.g.namedCountJoiners ? m(c, j, c.g.namedCountJoiners) : null;
  if (joiner && joiner.to === start) j--;
  if (isP(c.tokens[j], ',', ';')) j--;
  return j === start - 1 ? undefined : j;
}

/** The item `Name N` before the item whose name ends with the capitalised words from `from`, or undefined. */
function itemBefore(c: Cursor, from: number): Item | undefined {
  let j = beforeSeparator(c, from);
  if (j === undefined) return undefined;
  if (isP(c.tokens[j], ')')) j = (bracketStart(c, j) ?? j + 1) - 1;
  const end = j;
  while (j >= 0 && end - j < TRAIL_WORDS && c.tokens[j]?.kind === 'word') j--;
  if (!countAt(c, j)) return undefined;
  const name = nameBefore(c, j);
  return name === undefined ? undefined : { name, count: j };
}

/**
 * `Tiếp đến, Nghệ An 87 giải, Vĩnh Phúc 79, Hải Phòng 76, …`, `Hà Giang 2 giải khuyến khích, Bạc
 * Liêu 4 giải (…), Lai Châu 5 giải, Cà Mau 6`: a list of places, each name right before a bare whole
 * count (its noun said once, or after each count) — each count the named item's figure of what the
 * list counts (it was left unread: a bare number needs a verb). Only an item of a list: a sibling
 * `Name N` right before or after it, joined by a comma, a semicolon or `và`, with another name (the
 * same name twice, `1` and `2`, or a name opening with a label's noun, `Đường Hùng Vương 25`, are
 * labels). A name is two capitalised words or more (one, `Quận 6`, `Phường 5`, is a label); a period, a decimal, a year, a
 * date, an age (`45 tuổi`), a percentage or a measure after the name is not read here. `Hà Tĩnh (8), Nghệ An (7)`, the
 * count in brackets, is the bracketed rule's (`en-named-bracket-count.ts`, Vietnamese counts too).
 * Read at the number. Constant time (a few tokens around the item). Round 27.
 */
export function namedCountAt(c: Cursor, k: number): Found | null {
  if (!countAt(c, k)) return null;
  const start = nameBefore(c, k);
  if (start === undefined) return null;
  const sibling = itemAfter(c, k) ?? itemBefore(c, start);
  if (sibling === undefined) return null;
  if (numbering(c.tokens[k] as Token, c.tokens[sibling.count] as Token)) return null;
  if (textOf(c, start, k) === textOf(c, sibling.name, sibling.count)) return null;
  return bareCountAt(c, k, `${c.g.locale}.value.named-count`);
}

/** How many words the noun in a bracket after a count may hold (`(37 huy chương vàng)`). */
const BRACKET_NOUN_WORDS = 3;

/** True when `t` is an abbreviation in capitals (`HCV`, `DN`): a noun, not a name's syllable. */
function abbreviation(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/**
 * The `)` after a whole count and its noun in brackets that open at `k - 1` (`(188 điểm)`, `(37 huy
 * chương Vàng)`, `(3 HCV)`), or undefined: the noun one to {@link BRACKET_NOUN_WORDS} words, opening
 * with a lowercase word or an abbreviation in capitals (its kind may follow capitalised: `Vàng`).
 */
function bracketedNounEnd(c: Cursor, k: number): number | undefined {
  const w = c.tokens[k + 1];
  if (!isP(c.tokens[k - 1], '(') || w?.kind !== 'word' || (capitalWord(w) && !abbreviation(w))) return undefined;
  // (`(3 năm)`, `(17 tuổi)`: a time or an age, no count)
  if (m(c, k + 1, c.g.timeWords) || m(c, k + 1, c.g.ageNouns)) return undefined;
  let e = k + 1;
  while (e < c.limit && e - k <= BRACKET_NOUN_WORDS && c.tokens[e]?.kind === 'word') e++;
  return isP(c.tokens[e], ')') && countAt(c, k) ? e : undefined;
}

/** True when a whole count and its noun stand alone in brackets opening at `k - 1` (see {@link bracketedNounEnd}). */
function bracketedNounCount(c: Cursor, k: number): boolean {
  return bracketedNounEnd(c, k) !== undefined;
}

/** True when `(`, a bare whole count and `)` stand at `k - 1` … `k + 1` (`Xe đạp (1)`). */
function bracketedBareCount(c: Cursor, k: number): boolean {
  const n = c.tokens[k];
  if (!isP(c.tokens[k - 1], '(') || !isP(c.tokens[k + 1], ')') || !isNum(n)) return false;
  return COUNT.test(n.text) && !YEAR.test(n.text) && bareCountAt(c, k, '') !== null;
}

/**
 * The first token of the name before a bracketed count whose `(` is at `open`: capitalised words as
 * {@link nameBefore} reads them, or (in brackets, where no label stands: `Singapore (37 huy chương
 * vàng)`, `Aerobic (3 HCV)`) a single capitalised word that is no period and no numbered label's noun.
 */
function bracketNameBefore(c: Cursor, open: number): number | undefined {
  const start = nameBefore(c, open);
  if (start !== undefined) return start;
  const j = open - 1;
  if (!capitalWord(c.tokens[j]) || capitalWord(c.tokens[j - 1])) return undefined;
  if (matchPeriod(c.tokens, j, c.g.locale) || (c.g.namedCountLabels && m(c, j, c.g.namedCountLabels))) return undefined;
  return j;
}

/** The sibling `Name (N noun)` or `Name (N)` after the item whose bracket closes at `close`, or undefined. */
function bracketItemAfter(c: Cursor, close: number): number | undefined {
  const next = afterSeparator(c, close + 1);
  if (next === undefined || !capitalWord(c.tokens[next])) return undefined;
  let e = next;
  while (e < c.limit && e - next < NAME_WORDS + LOWER_NAME_WORDS && c.tokens[e]?.kind === 'word') e++;
  if (!isP(c.tokens[e], '(')) return undefined;
  // (`Xe đạp (1)`: the sibling's name may hold lowercase words when its count stands bare)
  if (bracketedBareCount(c, e + 1)) return e + 1;
  return bracketedNounCount(c, e + 1) && bracketNameBefore(c, e) !== undefined ? e + 1 : undefined;
}

/** The sibling `Name (N noun)` before the item whose name ends with the capitalised words from `from`, or undefined. */
function bracketItemBefore(c: Cursor, from: number): number | undefined {
  const j = beforeSeparator(c, from);
  if (j === undefined || !isP(c.tokens[j], ')')) return undefined;
  for (let k = j - 2; k >= 0 && j - k <= BRACKET_NOUN_WORDS + 1; k--)
    if (bracketedNounEnd(c, k) === j && bracketNameBefore(c, k - 1) !== undefined) return k;
  return undefined;
}

/**
 * `Đồng Nai (188 điểm) và Đăk Nông (93 điểm)`: a list of names, each with a whole count and its noun
 * alone in brackets after it — each count the named item's (as {@link namedCountAt} reads them bare).
 * Only an item of such a list; a time or an age in the bracket (`(3 năm)`, `(17 tuổi)`), a unit the
 * number carries, a capitalised word after the count (other than an abbreviation, `(3 HCV)`) or more
 * than {@link BRACKET_NOUN_WORDS} words are not read here. Round 30: the noun may hold up to three
 * words (`Singapore (37 huy chương Vàng) và Indonesia (36 huy chương Vàng)`), the name may be one
 * capitalised word in brackets, and a sibling may be a bare `Name (N)` (`Aerobic (3 HCV), Xe đạp (1)`).
 * Constant time. Round 27.
 */
export function namedBracketNounCountAt(c: Cursor, k: number): Found | null {
  const close = bracketedNounEnd(c, k);
  if (close === undefined) return null;
  const start = bracketNameBefore(c, k - 1);
  if (start === undefined) return null;
  const sibling = bracketItemAfter(c, close) ?? bracketItemBefore(c, start);
  if (sibling === undefined || numbering(c.tokens[k] as Token, c.tokens[sibling] as Token)) return null;
  return bareCountAt(c, k, `${c.g.locale}.value.named-count`);
}

/** The `vi-value.named-count` figure rule: a count after a name in brackets or bare; see {@link namedCountAt}. @internal */
export const namedCountRule: FigureRule = {
  id: 'vi-value.named-count',
  locales: ['vi'],
  match: (c, k) => namedBracketCountAt(c, k, numbering) ?? namedBracketNounCountAt(c, k) ?? namedCountAt(c, k),
  // (read at its number)
  reach: 16,
};
