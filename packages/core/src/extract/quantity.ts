import { add, cmp, mul, pow10, toDecimalString, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { findUnit } from '../model/units';
import { joinScales, SCALE_PART } from '../parse/vocabulary';
import { fold } from './fold';
import type { Grammar } from './grammar';
import { printedInterval } from './numeral';
import { matchAt, type Phrase, type PhraseMatch } from './phrase';
import { readNumber } from './read-number';
import { APOSTROPHES, type Token } from './tokenize';
import type { PrintedNumber, Quantity } from './types';

/** A quantity read at a position: `3.630 tỷ đồng`, `49,8 thuê bao/100 dân`, `VND 3,630 billion`. */
export interface QuantityMatch {
  readonly from: number;
  readonly to: number;
  /** Token index of the number itself. */
  readonly numberAt: number;
  readonly quantity?: Quantity | undefined;
  /** Set when the number token is malformed or ambiguous in the locale. */
  readonly error?: string | undefined;
  /** Token range of the unit (for names that begin with the counted noun). */
  readonly unitFrom?: number | undefined;
  readonly unitTo?: number | undefined;
  /** `412/412 xã`: the count is out of a total; token range of `/412` (not read as a figure). */
  readonly outOf?: { readonly from: number; readonly to: number } | undefined;
  /** `9,000+ workers`, `40+ products`: a plus glued after the number, then a word — at least the number (round 40). */
  readonly atLeast?: true | undefined;
  /** `/100 dân`: the quantity is a density per `per` of `population`. */
  readonly density?: { readonly per: DecimalString; readonly population: string } | undefined;
  readonly rules: readonly string[];
}

/** A whole number as English prints a count (`812`, `1,500`). */
const WHOLE_COUNT = /^\d{1,3}(,\d{3})*$|^\d+$/u;
/** A year (`2020`): no count out of a total. */
const YEAR_LIKE = /^(19|20)\d\d$/u;

const isP = (t: Token | undefined, ...chars: string[]): boolean => t?.kind === 'punct' && chars.includes(t.text);

/** One to three digits (no leading zero), one point, exactly three digits: `65.000`, `1.322`, `83.500`. */
const POINT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/u;

/**
 * True when the number at `n` is printed as Vietnamese thousands in English text (`65.000`): one
 * point before exactly three digits, not glued to another group (`1.250,5`, `1.250.000`) or to a
 * letter-number (`v1.250`) other than the đồng's code written before it (`VND2.480`).
 */
function pointThousandsAt(tokens: readonly Token[], n: number, afterDong = false): boolean {
  const t = tokens[n];
  if (!t || !POINT_THOUSANDS.test(t.text)) return false;
  const next = tokens[n + 1];
  if (next?.kind === 'punct' && next.gap === '' && /^[.,]$/u.test(next.text) && tokens[n + 2]?.kind === 'number')
    return false;
  // (`VND2.480 billion`: glued to the đồng's code written before it, still a sum in đồng)
  return afterDong || !(t.gap === '' && tokens[n - 1]?.kind === 'word');
}
/**
 * True for a sum in đồng scaled by a written word `million` or `billion` (not a glued letter, not
 * `trillion`): the scales under which a Vietnamese writer's thousands point is read as thousands.
 */
export function vndThousandsScale(scale: number, scaleWord: string | undefined, unitCode: string | undefined): boolean {
  return unitCode === 'VND' && (scale === 6 || scale === 9) && scaleWord !== undefined && scaleWord.length > 1;
}
/** A density's denominator: ten, a hundred, a thousand … (canonical decimal strings). */
const ROUND_PER = /^10+$/u;
/** One or a round power of ten: what a unit can be per (`đồng/1 kg`, `kg/100 m2`). */
const PER_ONE = /^10*$/u;
const textOf = (text: string, tokens: readonly Token[], from: number, to: number): string =>
  from >= to ? '' : text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);

/** True when a folded unit text holds a day word of the grammar as a word of its own (`giờ/ngày`, `hours per day`). */
function dayIn(folded: string, g: Grammar): boolean {
  for (const word of folded.split(/[^A-Za-z0-9_]+/u)) if (g.dayWords.has(word)) return true;
  return false;
}

/** `31/12/2022`, `5-8-2020` glued at token `n`: day, month and a four-digit year. */
export function fullDateAt(tokens: readonly Token[], n: number): boolean {
  const [d, s1, mo, s2, y] = [tokens[n], tokens[n + 1], tokens[n + 2], tokens[n + 3], tokens[n + 4]];
  return (
    d?.kind === 'number' &&
    /^\d{1,2}$/.test(d.text) &&
    isP(s1, '/', '-') &&
    s1?.gap === '' &&
    mo?.kind === 'number' &&
    mo.gap === '' &&
    /^\d{1,2}$/.test(mo.text) &&
    +mo.text >= 1 &&
    +mo.text <= 12 &&
    isP(s2, s1?.text ?? '') &&
    s2?.gap === '' &&
    y?.kind === 'number' &&
    y.gap === '' &&
    /^(19|20)\d\d$/.test(y.text)
  );
}

/** Builds a quantity from a printed number, a scale and a unit. */
export function quantityOf(n: PrintedNumber, scale: number, extra: Partial<Quantity> = {}): Quantity {
  return {
    ...extra,
    number: n,
    scale,
    base: toDecimalString(mul(toNum(n.value), pow10(scale))),
    baseInterval: printedInterval(n.value, n.decimals, scale),
  };
}

/** True when the code is a currency's (`VND`, `USD`). */
function currencyCode(code: string | undefined): boolean {
  return code !== undefined && findUnit(code)?.kind === 'currency';
}

/** A hyphen glued to the words on both sides (`adjusted-capital`). */
function isHyphen(t: Token | undefined): boolean {
  return t?.kind === 'punct' && t.gap === '' && (t.text === '-' || t.text === '‑');
}

/**
 * True when token `d` is a bare `$` glued after a word that does not make a currency of the grammar
 * with it (`S$`, `HK$`, `A$`; not `US$`).
 */
function foreignDollar(tokens: readonly Token[], d: number, g: Grammar, limit: number): boolean {
  const sign = tokens[d];
  const before = tokens[d - 1];
  if (!isP(sign, '$') || sign?.gap !== '' || before?.kind !== 'word') return false;
  return matchAt(tokens, d - 1, g.currencyBefore, limit)?.to !== d + 1;
}

/**
 * `new projects`, `valid projects`, `FDI projects`, `newly-established enterprises` at token `j`:
 * one or two modifier words or hyphenated compounds (none
 * a joiner, link, verb, bound or comparison word), then a unit of counted things
 * (`findUnit(code).kind === 'count'`); null otherwise, and always in a language whose grammar has no
 * `countModifierStops`. The unit is looked up first, so most numbers cost two phrase look-ups.
 */
function countedAfterModifiers(
  tokens: readonly Token[],
  j: number,
  g: Grammar,
  limit: number,
): PhraseMatch<string | undefined> | null {
  // A language whose counted noun follows its number (Vietnamese: no `countModifierStops`) puts no
  // modifier before it: a unit word after another word ends a compound noun and only qualifies it
  // (`3 nhà máy` counts factories, not `máy` phones; `32 căn hộ` apartments, not households).
  const modifierStops = g.countModifierStops;
  if (modifierStops === undefined) return null;
  // (`The 2024 budget projects revenue of …`: a year after the definite article is the year of the noun
  // phrase, no count of the noun after it; round 52 — it had been 2,024 projects)
  const count = tokens[j - 1];
  if (count && /^(?:19|20)\d\d$/u.test(count.text) && g.definiteArticles.has(tokens[j - 2]?.forms.fold ?? ''))
    return null;
  for (let k = j, n = 0; n < 2 && k < limit; k++, n++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || t.gap === '' || modifierStops.has(t.forms.lower)) return null;
    // `adjusted-capital projects`, `newly-established enterprises`: a hyphenated compound is one modifier.
    while (k + 2 < limit && isHyphen(tokens[k + 1]) && tokens[k + 2]?.kind === 'word' && tokens[k + 2]?.gap === '')
      k += 2;
    const unit = matchAt(tokens, k + 1, g.units, limit);
    const code = unit?.phrase.data;
    if (!unit || code === undefined || findUnit(code)?.kind !== 'count') continue;
    const stops = [
      g.joiners,
      g.links,
      g.quantityOf,
      g.perWords,
      g.compareWords,
      g.changeVerbs,
      g.valueVerbs,
      g.approximate,
    ];
    for (let m = j; m <= k; m++)
      if (stops.some((list) => matchAt(tokens, m, list as readonly Phrase<unknown>[], limit))) return null;
    return unit;
  }
  return null;
}

/**
 * `1 tỷ 610 triệu USD`, `2 triệu 500 nghìn lượt`, `1 nghìn 773 tỷ đồng`: a number of a scale, then
 * a number of another scale with that scale word, is one number (`parse/vocabulary.ts`
 * {@link joinScales}, shared with `parseQuantity`). The number at token `n`, its scale read up to
 * token `j`; null when no such part follows. Constant work.
 */
function mixedScales(
  tokens: readonly Token[],
  n: number,
  j: number,
  scale: number,
  g: Grammar,
  limit: number,
): { read: PrintedNumber; scale: number; scaleFrom: number; to: number; unitScale?: true } | null {
  const first = tokens[n];
  // (`1 trln. 32.7bln`: the stop of an abbreviated scale; `7 million and 591 thousand`: a joiner of the
  // grammar's `scaleJoiners` before the smaller part, which then needs its own scale word; round 67)
  const stop = tokens[j]?.kind === 'punct' && tokens[j]?.text === '.' && tokens[j]?.gap === '' ? 1 : 0;
  const joiner = g.scaleJoiners ? matchAt(tokens, j + stop, g.scaleJoiners, limit) : null;
  const linked = stop > 0 || joiner !== null;
  const at = joiner ? joiner.to : j + stop;
  const part = tokens[at];
  if (!first || part?.kind !== 'number' || at + 1 >= limit || (!linked && part.gap !== ' ')) return null;
  const next = matchAt(tokens, at + 1, g.scales, limit);
  if (!linked && !next) {
    // (`68 tỷ 097 tr.đ`: a unit that carries a smaller scale, grammar `scaledUnits`, ends the number —
    // its scale is the part's, its unit read after it; round 56)
    const unit = g.scaledUnits ? matchAt(tokens, j + 1, g.scaledUnits, limit) : null;
    if (unit && unit.phrase.data[0] > 0 && unit.phrase.data[0] < scale) {
      const read = joinedNumber(first.text, scale, part.text, unit.phrase.data[0], g);
      return read ? { read, scale: unit.phrase.data[0], scaleFrom: j + 1, to: j + 1, unitScale: true } : null;
    }
    // (`409 ngàn 166 vị`: no scale after the part — the thousands and their units, scale 0)
    const units = unitsAfterThousands(tokens, n, j, scale, g);
    return units ? { read: units, scale: 0, scaleFrom: j + 1, to: j + 1 } : null;
  }
  if (!next) return null;
  const read = joinedNumber(first.text, scale, part.text, next.phrase.data, g);
  return read ? { read, scale: next.phrase.data, scaleFrom: at + 1, to: next.to } : null;
}

/** Two parts of one number and their scales joined and read (`1 tỷ 610 triệu`, `409 ngàn 166`), or null. */
function joinedNumber(first: string, scale: number, part: string, partScale: number, g: Grammar): PrintedNumber | null {
  // (a decimal point in the part is English only: `1 trln 152.5bln`; a Vietnamese point groups thousands)
  if (g.locale !== 'en' && part.includes('.')) return null;
  // (the first part as the locale groups it, `102.981 tỷ 107 triệu`: a whole number only; round 69, test53)
  const head = readNumber(first, g.locale);
  if (head === null || 'error' in head || head.decimals !== 0) return null;
  const joined = joinScales(head.value, scale, part, partScale);
  const read = joined === null ? null : readNumber(joined, g.locale);
  return read === null || 'error' in read ? null : read;
}

/**
 * `409 ngàn 166 vị`, `12 nghìn 305 người` (Vietnamese): a count of thousands, then three digits with
 * no scale word before a word — one number, the thousands and their units (round 53, test37; the
 * units had been a count of their own and the thousands the whole). Only the thousand: `77 triệu 800`
 * may mean 800 thousand. The number at token `n`, its scale word read up to token `j`; the joined
 * number, or null. Constant work.
 */
function unitsAfterThousands(
  tokens: readonly Token[],
  n: number,
  j: number,
  scale: number,
  g: Grammar,
): PrintedNumber | null {
  const first = tokens[n] as Token;
  const part = tokens[j] as Token;
  if (g.locale !== 'vi' || scale !== 3 || !THREE_DIGITS.test(part.text) || !INTEGER.test(first.text)) return null;
  const after = tokens[j + 1];
  return after?.kind === 'word' && after.gap === ' ' ? joinedNumber(first.text, scale, part.text, 0, g) : null;
}

/** Three digits with no mark (`166`), the units after a count of thousands. */
const THREE_DIGITS = /^\d{3}$/u;
/** Digits with no mark (`409`). */
const INTEGER = /^\d{1,3}$/u;

/**
 * True when a sign written as one word (`S$`) was matched from a possessive's `s` across a space
 * (`2024's $61.8 billion`: the possessive and the dollar are no Singapore dollar; round 43 — it had
 * been read as one, certain). The phrase matcher reads tokens, not the spaces between them.
 */
function splitSign(tokens: readonly Token[], cur: PhraseMatch<unknown>): boolean {
  const before = tokens[cur.from - 1];
  // (only after a possessive's apostrophe: `US $5 billion` apart is still the US dollar)
  if (before?.kind !== 'punct' || !APOSTROPHES.has(before.text) || tokens[cur.from]?.gap !== '') return false;
  if (/\s/u.test(cur.phrase.text)) return false;
  for (let k = cur.from + 1; k < cur.to; k++) if (tokens[k]?.gap !== '') return true;
  return false;
}

/** A part of a chain of scales in English: {@link SCALE_PART}, or with decimals (`66.97 million`). */
const CHAIN_PART_EN = /^\d{1,3}(?:\.\d+)?$/u;

/** The piece `NUMBER SCALE` at token `k` of a chain whose amount is in `scale`, or null. */
function chainPiece(
  tokens: readonly Token[],
  k: number,
  scale: number,
  g: Grammar,
  limit: number,
): { part: string; scale: number; to: number } | null {
  const part = tokens[k];
  const pattern = g.locale === 'en' ? CHAIN_PART_EN : SCALE_PART;
  if (part?.kind !== 'number' || part.gap === '' || k + 1 >= limit || !pattern.test(part.text)) return null;
  const next = matchAt(tokens, k + 1, g.scales, limit);
  if (!next || next.phrase.data >= scale) return null;
  if (cmp(toNum(part.text as DecimalString), pow10(scale - next.phrase.data)) >= 0) return null;
  return { part: part.text, scale: next.phrase.data, to: next.to };
}

/**
 * `Rs 14 trillion 19 billion 30 million`, `Rs 9 trillion, 39 billion 48 million`, `Rs 10 trillion 27
 * billion, 66.97 million` (the Nepali press's amounts): pieces of ever smaller scales, each less than
 * one of the scale before, are one amount (round 43: only the first piece or two had been read, as
 * if they were all). After a comma a piece joins only a chain of two pieces or more on one side —
 * `2 billion, 500 million and 300 million` is a list. `value` is the amount read so far in
 * `scale`, ending at token `j`; null when no piece follows. Linear in the pieces read.
 */
function chainScales(
  tokens: readonly Token[],
  j: number,
  value: DecimalString,
  scale: number,
  chained: boolean,
  g: Grammar,
  limit: number,
): { value: DecimalString; scale: number; to: number } | null {
  let read: { value: DecimalString; scale: number; to: number } | null = null;
  let at = j;
  for (;;) {
    const comma = isP(tokens[at], ',');
    const piece = chainPiece(tokens, comma ? at + 1 : at, scale, g, limit);
    if (!piece) return read;
    if (comma && !chained && !chainPiece(tokens, piece.to, piece.scale, g, limit)) return read;
    value = toDecimalString(add(mul(toNum(value), pow10(scale - piece.scale)), toNum(piece.part as DecimalString)));
    scale = piece.scale;
    at = piece.to;
    chained = true;
    read = { value, scale, to: at };
  }
}

/**
 * Reads `[currency] NUMBER [scale] [unit | %] [/ [N] population | / time]` at token `i`.
 * Returns null when there is no number there.
 */
/**
 * A percent word at token `j` (`percent`, `per cent`, `phần trăm`), or one glued to the number by a
 * hyphen (`recorded 22-percent net income growth`; round 41): the match, whose `to` ends the word.
 */
export function percentWordAt(
  tokens: readonly Token[],
  j: number,
  g: Grammar,
  limit: number,
): PhraseMatch<unknown> | null {
  const plain = matchAt(tokens, j, g.percentWords, limit);
  if (plain || !isP(tokens[j], '-') || tokens[j]?.gap !== '' || tokens[j + 1]?.gap !== '') return plain;
  return matchAt(tokens, j + 1, g.percentWords, limit);
}

/**
 * True when the number token at `k` is glued to a decimal mark that follows a space (`đàn heo tăng
 * ,54%`, `rose ,5 percent`) or one glued letter (`l.3 tỉ`): the stored text lost the number's whole part, so it is unreadable —
 * never the 54 it looks like (round 49). Read by `readQuantity`, `numberAt` and the change rule.
 */
export function lostWholePartAt(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k - 1];
  // (`dịch vụ tăng 0 68%`: a bare zero a space before the digits stands for `0,68` whose mark was lost —
  // no group of thousands is two digits; round 65, it had been a certain rise of 68 %)
  if (mark?.kind === 'number' && mark.text === '0' && tokens[k]?.kind === 'number' && tokens[k]?.gap === ' ')
    return (tokens[k]?.text.length ?? 0) < 3 || !/^\d+$/u.test(tokens[k]?.text ?? '');
  if (!isP(mark, ',', '.') || tokens[k]?.kind !== 'number' || tokens[k]?.gap !== '') return false;
  // (`sẽ đạt tới l.3 tỉ lít`: one letter glued before the mark stands for a digit the text lost — an
  // `l` for a `1`; round 50, it had been read as 3 tỉ)
  const before = tokens[k - 2];
  return mark?.gap !== '' || (before?.kind === 'word' && before.text.length === 1 && before.end === mark?.start);
}

/** How many pieces of a broken number are walked back to the currency's sign that opens it (`R1, 032. 9 billion`: two). */
const BROKEN_PIECES = 3;

/**
 * True when the number token at `k` follows a space after a comma or a full stop glued to an amount
 * before it that a currency's sign opens (`R223. 1 million`, `R889, 9 million`, `R1, 032. 9 billion`:
 * South African council releases, the number broken by a stray space after its separator): the
 * number is a piece of the one before, unreadable — never the 1 million it looks like (round 65).
 * Constant time: at most {@link BROKEN_PIECES} pieces are walked back (a list `R1, 2, 3, …` stays linear).
 */
function brokenPieceAt(tokens: readonly Token[], k: number, g: Grammar, depth = BROKEN_PIECES): boolean {
  const mark = tokens[k - 1];
  const signs = g.gluedCurrencySigns;
  if (!signs || depth === 0 || !isP(mark, ',', '.') || mark?.gap !== '' || tokens[k]?.gap !== ' ') return false;
  const prev = tokens[k - 2];
  // (`US$2. 23 billion`: the first piece glued to a sign of `currencyBefore`; round 66)
  if (prev?.kind === 'number') return signGluedBefore(tokens, k - 2, g) || brokenPieceAt(tokens, k - 2, g, depth - 1);
  const glued = prev?.kind === 'word' ? /^(\p{L}{1,3})\d+$/u.exec(prev.text) : null;
  return glued !== null && signs.has(glued[1] as string);
}

/** True when a sign of grammar `currencyBefore` (`$`, `US$`, `€`) ends glued right before the number token at `n`. */
export function signGluedBefore(tokens: readonly Token[], n: number, g: Grammar): boolean {
  if (tokens[n]?.gap !== '') return false;
  for (let from = n - 1; from >= n - 2 && from >= 0; from--)
    if (matchAt(tokens, from, g.currencyBefore, n)?.to === n) return true;
  return false;
}

/**
 * True when the number token at `n`, a currency's sign before it, is glued to a full stop or a comma
 * that a space parts from a number its scale word follows (`US$2. 23 billion`, `US$1. 84 billion`: the
 * Bank of Jamaica's figures as the press printed them), or glued to a full stop glued to a scale word
 * (`US$15.million`): the number lost its decimals or its tail to the break, so it is unreadable —
 * never the 2 dollars or the 15 it looks like (round 66). The piece after the break is
 * {@link brokenPieceAt}'s. Constant time.
 */
function brokenBeforeScale(tokens: readonly Token[], n: number, g: Grammar, limit: number): boolean {
  const mark = tokens[n + 1];
  if (!isP(mark, ',', '.') || mark?.gap !== '' || n + 2 >= limit) return false;
  const next = tokens[n + 2];
  if (next?.kind === 'word')
    return isP(mark, '.') && next.gap === '' && matchAt(tokens, n + 2, g.scales, limit) !== null;
  return next?.kind === 'number' && next.gap === ' ' && matchAt(tokens, n + 3, g.scales, limit) !== null;
}

/**
 * True when the number token at `k` is followed by a space, then a comma or a full stop glued to digits
 * (`a total of Sh 322 .9 billion was transacted`): the number lost its tail to a stray space, so it is
 * unreadable — never the 322 it looks like (round 65). The piece after the mark is `lostWholePartAt`'s.
 */
function markApartAfter(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k + 1];
  return isP(mark, ',', '.') && mark?.gap !== '' && tokens[k + 2]?.kind === 'number' && tokens[k + 2]?.gap === '';
}

/**
 * The token after a unit of goods at `from`..`to` hyphened to a distance (`ton-kilometers`, `tonne-km`)
 * when the whole, folded, is one of grammar `transportWorkUnits`; `to` otherwise. Constant time.
 */
function transportWorkAt(
  tokens: readonly Token[],
  from: number,
  to: number,
  code: string | undefined,
  g: Grammar,
  limit: number,
): number {
  const dash = tokens[to];
  const dist = tokens[to + 1];
  if (to + 1 >= limit || !isP(dash, '-') || dash?.gap !== '' || dist?.kind !== 'word' || dist.gap !== '') return to;
  // (`ton-kilometers`, `tonnes-km`: any word of the tonne is the tonne's)
  const goods = code === 'tonne' ? code : (tokens[from]?.forms.fold ?? '');
  return g.transportWorkUnits.has(`${goods}-${dist.forms.fold}`) ? to + 2 : to;
}

/** The glued scale letter at `j` (`2.3m tonnes`) when a unit word of the grammar follows it after a space, or null. */
function gluedScaleBeforeUnit(
  tokens: readonly Token[],
  j: number,
  g: Grammar,
  limit: number,
): PhraseMatch<number> | null {
  const next = tokens[j + 1];
  if (next?.gap === '' || !(next?.kind === 'word' || isP(next, '('))) return null;
  if (!matchAt(tokens, j + 1, g.units, limit) && !millionNounAfter(tokens, j + 1, g, limit)) return null;
  return matchAt(tokens, j, g.currencyScales ?? [], limit);
}

/**
 * `(Million Tonnes)`, `(metric tonnes)` at token `j`, after a unit of code `code`: a bracket holding
 * a unit word of that code, after a scale word or not. Its scale (if any) and the token after the
 * bracket, or null.
 */
function glossedUnit(
  tokens: readonly Token[],
  j: number,
  code: string | undefined,
  g: Grammar,
  limit: number,
): { scale?: number; from: number; scaleTo: number; to: number } | null {
  if (code === undefined || !isP(tokens[j], '(') || j + 1 >= limit) return null;
  const sc = matchAt(tokens, j + 1, g.scales, limit);
  const unit = matchAt(tokens, sc ? sc.to : j + 1, g.units, limit);
  if (!unit || unit.phrase.data !== code || !isP(tokens[unit.to], ')')) return null;
  return { ...(sc ? { scale: sc.phrase.data } : {}), from: j + 1, scaleTo: sc ? sc.to : j + 1, to: unit.to + 1 };
}

/**
 * True when a noun of things counted in millions (grammar `gluedMillionNouns`) stands at `k` or
 * after one or two plain words (`54m mobile customers`, `7.6m new users`; round 52 — the `m` had
 * been left unread and the figure doubted as 54).
 */
function millionNounAfter(tokens: readonly Token[], k: number, g: Grammar, limit: number): boolean {
  const nouns = g.gluedMillionNouns;
  if (!nouns) return false;
  // (`almost 4m (+36%) mobile subscribers`: a short bracket between is skipped)
  let from = k;
  if (isP(tokens[k], '(')) {
    let close = k + 1;
    while (close < limit && close <= k + 5 && !isP(tokens[close], ')')) close++;
    if (!isP(tokens[close], ')')) return false;
    from = close + 1;
  }
  for (let i = from; i < from + 3 && i < limit; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || (t.gap === '' && i > from)) return false;
    if (matchAt(tokens, i, nouns, limit)) return true;
  }
  return false;
}

export function readQuantity(
  text: string,
  tokens: readonly Token[],
  i: number,
  g: Grammar,
  limit = tokens.length,
): QuantityMatch | null {
  const rules: string[] = [];
  let n = i;
  let currency: string | undefined;
  let unitText: string | undefined;
  const sign = matchAt(tokens, i, g.currencyBefore, limit);
  // (`had a $2 billion surplus`: `A$` apart is the article and the dollar; round 52)
  const cur = sign && g.gluedDollarSigns?.has(sign.phrase.text) && tokens[sign.to - 1]?.gap !== '' ? null : sign;
  // `S$5 million`, `HK$3 billion`, `A$300 million`: a dollar sign glued to letters that are no
  // currency of the grammar is another country's dollar — no figure (never read as US dollars)
  if (cur && foreignDollar(tokens, cur.from, g, limit)) return null;
  if (!cur && tokens[i]?.kind === 'number' && tokens[i]?.gap === '' && foreignDollar(tokens, i - 1, g, limit))
    return null;
  // (`rose … to reach R 37,271 million from R 36,950 million`: a glued-only sign set apart from a number
  // its scale word follows is the currency too — the South African releases' rand; round 59)
  const scaledApart = cur !== null && matchAt(tokens, cur.to + 1, g.scales, limit) !== null;
  const spaced =
    cur !== null &&
    ((tokens[cur.to]?.gap !== '' && g.gluedOnlyCurrencySigns?.has(cur.phrase.text) && !scaledApart) ||
      splitSign(tokens, cur));
  if (cur && cur.to > cur.from && tokens[cur.to]?.kind === 'number' && !spaced) {
    currency = cur.phrase.data;
    unitText = textOf(text, tokens, cur.from, cur.to);
    n = cur.to;
    rules.push(`${g.locale}.unit.currency-before`);
  }
  const numTok = tokens[n];
  if (numTok?.kind !== 'number' || n >= limit) return null;
  // A number glued to a letter-number identifier (`58-NQ`, `COVID-19`) is not a figure.
  if (isP(tokens[n - 1], '-') && tokens[n - 1]?.gap === '' && tokens[n - 2]?.kind === 'word' && numTok.gap === '')
    return null;
  // `31/12/2022`, `5-8-2020`: a full date is no figure, whatever word precedes it.
  if (fullDateAt(tokens, n)) return null;
  // (`in constant 2015 dollars`, `in constant March 2023 dollars`: a year after a word of a price basis,
  // a month between them or not, is the basis, no amount; round 64)
  const basis = g.periodWords.keys.priceBasisWords;
  const month = Object.hasOwn(g.periodWords.monthNames, tokens[n - 1]?.forms.fold ?? '');
  if (
    basis !== undefined &&
    /^(?:19|20)\d\d$/u.test(numTok.text) &&
    basis.has(tokens[month ? n - 2 : n - 1]?.forms.fold ?? '')
  )
    return null;
  // (`đàn heo tăng ,54%`: the whole part lost)
  if (!cur && lostWholePartAt(tokens, n)) return { from: i, to: n + 1, numberAt: n, error: 'lost-whole-part', rules };
  if (
    brokenPieceAt(tokens, n, g) ||
    markApartAfter(tokens, n) ||
    ((cur !== null || signGluedBefore(tokens, n, g)) && brokenBeforeScale(tokens, n, g, limit))
  )
    return { from: i, to: n + 1, numberAt: n, error: 'broken-number', rules };
  let read = readNumber(numTok.text, g.locale);
  if ('error' in read) return { from: i, to: n + 1, numberAt: n, error: read.error, rules };
  let j = n + 1;
  // `412/412 xã`, `15/15 chỉ tiêu`: a count out of a total, glued; the total is no figure.
  let outOf: QuantityMatch['outOf'];
  const total = tokens[n + 2];
  if (
    isP(tokens[j], '/') &&
    tokens[j]?.gap === '' &&
    total?.kind === 'number' &&
    total.gap === '' &&
    j + 1 < limit &&
    /^\d+$/.test(numTok.text) &&
    /^\d+$/.test(total.text) &&
    +numTok.text <= +total.text &&
    !matchAt(tokens, n + 3, g.populationWords, limit)
  ) {
    outOf = { from: j, to: j + 2 };
    j += 2;
  } else if (currency === undefined && g.notAFigure.countOfWholeLinks) {
    // `812 of 829 listed companies`, `52 out of 148 listed companies` (round 33): a whole number, a
    // part-of link (grammar countOfWholeLinks, countWholeLinks; English) and a larger whole number
    // before a word — the count is the figure, the total none (doubted `fraction`, as `412/412 xã`)
    const link =
      matchAt(tokens, j, g.notAFigure.countWholeLinks ?? [], limit) ??
      matchAt(tokens, j, g.notAFigure.countOfWholeLinks, limit);
    const whole = link ? tokens[link.to] : undefined;
    if (
      link &&
      whole?.kind === 'number' &&
      link.to + 1 < limit &&
      tokens[link.to + 1]?.kind === 'word' &&
      WHOLE_COUNT.test(numTok.text) &&
      WHOLE_COUNT.test(whole.text) &&
      !YEAR_LIKE.test(numTok.text) &&
      !YEAR_LIKE.test(whole.text) &&
      +numTok.text.replace(/,/gu, '') < +whole.text.replace(/,/gu, '')
    ) {
      outOf = { from: j, to: link.to + 1 };
      j = link.to + 1;
    }
  }
  // (`employing 9,000+ workers producing 40+ products`: a plus glued after the number, a word after
  // a space: at least that many; the noun after it is still the count's)
  let atLeast: true | undefined;
  const plus = tokens[j];
  if (
    isP(plus, '+') &&
    plus?.gap === '' &&
    j + 1 < limit &&
    tokens[j + 1]?.kind === 'word' &&
    tokens[j + 1]?.gap !== ''
  ) {
    atLeast = true;
    j++;
  }
  let scale = 0;
  let scaleWord: string | undefined;
  // `the US$500-billion mark`, `a 2.5-million-tonne harvest`: a scale glued by a hyphen scales the number.
  const hyphenScale =
    isP(tokens[j], '-') && tokens[j]?.gap === '' && tokens[j + 1]?.gap === '' && j + 1 < limit
      ? matchAt(tokens, j + 1, g.scales, limit)
      : null;
  // (`mục tiêu 2025 tỷ lệ tiêm chủng`: a scale word that opens a compound noun, grammar
  // `scaleCompounds`, is that noun, no scale of the number before it)
  const plain = matchAt(tokens, j, g.scales, limit);
  // (a mixed number whose part's scale a scaled unit carries: `68 tỷ 097 tr.đ`)
  let unitScale = false;
  const sc =
    (plain && g.scaleCompounds && (matchAt(tokens, j, g.scaleCompounds, limit)?.to ?? 0) > plain.to ? null : plain) ??
    hyphenScale ??
    // `US$512.6m`: a scale letter glued to a number after a currency (`THB 406.6 mm`: one of two
    // letters may stand apart; so may the billion's `b`, `Sh.612.9 b`, which is no unit — round 50)
    (currency !== undefined &&
    g.currencyScales &&
    (tokens[j]?.gap === '' || (tokens[j]?.text.length ?? 0) > 1 || tokens[j]?.text === 'b')
      ? matchAt(tokens, j, g.currencyScales, limit)
      : null) ??
    // (`Nigeria imported 2.3m tonnes of rice`, `5.2m barrels`: a scale letter glued to the number with
    // no currency, when a unit word follows — the metre is never followed by one; round 49)
    (currency === undefined && tokens[j]?.gap === '' && tokens[j]?.text === 'm' && g.currencyScales
      ? gluedScaleBeforeUnit(tokens, j, g, limit)
      : null);
  if (sc) {
    scale = sc.phrase.data;
    scaleWord = textOf(text, tokens, sc.from, sc.to);
    j = sc.to;
    rules.push(`${g.locale}.scale.word`);
    const mixed = sc === plain ? mixedScales(tokens, n, j, scale, g, limit) : null;
    if (mixed) {
      read = mixed.read;
      scale = mixed.scale;
      unitScale = mixed.unitScale === true;
      scaleWord = mixed.scale === 0 || unitScale ? undefined : textOf(text, tokens, mixed.scaleFrom, mixed.to);
      j = mixed.to;
      rules.push(`${g.locale}.scale.mixed`);
      // (`one lakh 17 thousand crore rupees`: a scale after the mixed amount counts it — 1.17 lakh
      // crore, 1.17 × 10¹²; round 42, it had been 117,000)
      const outer = matchAt(tokens, j, g.scales, limit);
      if (outer && outer.phrase.data > scale) {
        scale += outer.phrase.data;
        scaleWord = textOf(text, tokens, mixed.scaleFrom, outer.to);
        j = outer.to;
      } else if (!outer) {
        // (`Rs. 4 lakh 27 thousand 780 crore`: the mixed amount's units, then a larger scale that counts
        // the whole — 4,27,780 crore; round 66, it had been 427,000)
        const units = tokens[j];
        const counted = units?.kind === 'number' && units.gap === ' ' && j + 1 < limit;
        const big = counted && /^\d{1,3}$/u.test(units.text) ? matchAt(tokens, j + 1, g.scales, limit) : null;
        const whole = big && big.phrase.data > scale ? joinedNumber(read.value, scale, units?.text ?? '', 0, g) : null;
        if (big && whole) {
          read = whole;
          scale = big.phrase.data;
          scaleWord = textOf(text, tokens, big.from, big.to);
          j = big.to;
        }
      }
    }
    const whole = sc === plain && (mixed !== null || SCALE_PART.test(tokens[n]?.text ?? ''));
    const chain = whole ? chainScales(tokens, j, read.value, scale, mixed !== null, g, limit) : null;
    const chainRead = chain ? readNumber(chain.value, 'en') : null;
    if (chain && chainRead && !('error' in chainRead)) {
      read = { ...chainRead, text: textOf(text, tokens, n, chain.to) };
      scale = chain.scale;
      scaleWord = textOf(text, tokens, chain.to - 1, chain.to);
      j = chain.to;
      rules.push(`${g.locale}.scale.chain`);
    }
  }
  // (`a 2.5-million-tonne harvest`, `the 695-million-ton target`: the unit glued by a second hyphen
  // after a glued scale; round 44 — it had been a bare number)
  if (
    sc !== null &&
    sc === hyphenScale &&
    isP(tokens[j], '-') &&
    tokens[j]?.gap === '' &&
    tokens[j + 1]?.gap === '' &&
    j + 1 < limit &&
    matchAt(tokens, j + 1, g.units, limit)
  )
    j++;
  let unitCode: string | undefined = currency;
  let unitFrom: number | undefined;
  let unitTo: number | undefined;
  let density: QuantityMatch['density'];
  // `27.2 MMT`: a unit abbreviation that carries its scale
  const scaledAt = (sc && !unitScale) || !g.scaledUnits ? null : matchAt(tokens, j, g.scaledUnits, limit);
  // A symbol with a small letter is read only as written: `Mt` is the megatonne, `mt`/`MT` the metric ton
  // (`Tr.đ`, `Tr.kWh`: a dotted abbreviation may capitalise its first letter; round 57)
  const written = scaledAt ? textOf(text, tokens, scaledAt.from, scaledAt.to) : '';
  const scaled =
    scaledAt &&
    (scaledAt.phrase.text.toUpperCase() === scaledAt.phrase.text ||
      written === scaledAt.phrase.text ||
      (scaledAt.phrase.text.includes('.') &&
        written.slice(1) === scaledAt.phrase.text.slice(1) &&
        written.slice(0, 1).toLowerCase() === scaledAt.phrase.text.slice(0, 1)))
      ? scaledAt
      : null;
  if (scaled) {
    scale = scaled.phrase.data[0];
    unitText = textOf(text, tokens, scaled.from, scaled.to);
    unitCode = scaled.phrase.data[1];
    unitFrom = scaled.from;
    unitTo = scaled.to;
    j = scaled.to;
    rules.push(`${g.locale}.unit.scaled`);
  } else if (isP(tokens[j], '%') && j < limit) {
    unitText = '%';
    unitCode = 'percent';
    unitFrom = j;
    unitTo = j + 1;
    j++;
  } else {
    const pw = percentWordAt(tokens, j, g, limit);
    const word = pw ? null : matchAt(tokens, j, g.units, limit);
    // (`58,000 tones of rubber`, not `12 tones`: grammar bulkOnlyUnits)
    const unit =
      word && g.bulkOnlyUnits?.has(word.phrase.text) && scale === 0 && !/^\d{4,}/.test(read.value) ? null : word;
    if (pw) {
      unitText = textOf(text, tokens, pw.from, pw.to);
      unitCode = 'percent';
      unitFrom = j;
      unitTo = pw.to;
      j = pw.to;
    } else if (unit && !g.pointOrTimesUnits.has(unit.phrase.text)) {
      unitText = textOf(text, tokens, unit.from, unit.to);
      unitCode = unit.phrase.data ?? unitCode;
      unitFrom = unit.from;
      unitTo = unit.to;
      j = unit.to;
      rules.push(`${g.locale}.unit.word`);
      // (`136.9 billion ton-kilometers`, `tonne-km`: a unit of goods hyphened to a distance is transport
      // work (grammar `transportWorkUnits`), its own unit — never tonnes; round 65)
      const work = transportWorkAt(tokens, unit.from, j, unitCode, g, limit);
      if (work > j) {
        unitText = textOf(text, tokens, unit.from, work);
        unitCode = undefined;
        unitTo = work;
        j = work;
      }
      // `315.4 MT (Million Tonnes)`: an abbreviation glossed in brackets by a scale and a unit of
      // the same code carries that scale (round 52; it had been 315.4 tonnes)
      // (`12 MT (metric tonnes)`: a gloss with no scale only settles which unit it is)
      const gloss = scale === 0 ? glossedUnit(tokens, j, unitCode, g, limit) : null;
      if (gloss) {
        if (gloss.scale !== undefined) {
          scale = gloss.scale;
          scaleWord = textOf(text, tokens, gloss.from, gloss.scaleTo);
        }
        unitText = textOf(text, tokens, unit.from, gloss.to);
        unitTo = gloss.to;
        j = gloss.to;
        rules.push(`${g.locale}.unit.glossed`);
      }
    } else if (!unitCode) {
      // `578 new projects`, `35,500 valid projects`, `45 FDI projects`: a counted noun after one
      // or two modifiers is the count's unit (only a unit of counted things, never money or a
      // measure: `5 new tonnes` is no phrase of reports). The quantity ends at its number: the
      // modifiers and the noun stay words, the name of what is counted.
      const counted = countedAfterModifiers(tokens, j, g, limit);
      if (counted) {
        unitText = textOf(text, tokens, counted.from, counted.to);
        unitCode = counted.phrase.data;
        // The name that begins with the counted noun keeps its modifiers (`FDI projects`).
        unitFrom = j;
        unitTo = counted.to;
        rules.push(`${g.locale}.unit.counted-after-modifier`);
      }
    }
  }
  // `/100 dân`, `per 100 inhabitants`, `giờ/01 ngày`, `đồng/người/năm`
  for (let guard = 0; guard < 3; guard++) {
    // (`$3,111 a ton`: money, an article and a unit of goods is a price too; grammar `priceArticles`,
    // round 40)
    const article =
      guard === 0 && currencyCode(unitCode) && g.priceArticles ? matchAt(tokens, j, g.priceArticles, limit) : null;
    const per = isP(tokens[j], '/')
      ? { from: j, to: j + 1 }
      : (matchAt(tokens, j, g.perWords, limit) ??
        (article && g.priceGoods && matchAt(tokens, article.to, g.priceGoods, limit) ? article : null));
    if (!per || per.to >= limit) break;
    let k = per.to;
    let perValue: DecimalString | undefined;
    const perTok = tokens[k];
    if (perTok?.kind === 'number') {
      const r = readNumber(perTok.text, g.locale);
      if ('error' in r) break;
      perValue = r.value;
      k++;
    }
    const pop = matchAt(tokens, k, g.populationWords, limit);
    // (`22,1 thuê bao/100 dân`, `9,8 bác sĩ/10.000 dân`: a rate per population is per a round
    // hundred, thousand …; a slash before any other number of people or households is a part out of
    // a whole, `56.538/84.735 hộ đạt chuẩn`, the count's, not a density)
    if (pop && perValue !== undefined && ROUND_PER.test(perValue)) {
      density = { per: perValue, population: textOf(text, tokens, pop.from, pop.to) };
      j = pop.to;
      rules.push(`${g.locale}.density.per-n`);
      break;
    }
    const timeWord = matchAt(tokens, k, g.timeWords, limit);
    // (`346 000 ha / 350 000 ha kế hoạch`: a unit after a number that is no round 1, 10, 100 … is a
    // second figure set beside the first, not what the first is per)
    if (!timeWord && perValue !== undefined && !PER_ONE.test(perValue)) break;
    // (money per a unit of goods is a price whatever the goods' word: `$70 per barrel`, `$3,111 a ton`)
    const goodsUnit = !timeWord && !pop && currencyCode(unitCode) && unitFrom === undefined;
    const time = goodsUnit
      ? null
      : (timeWord ?? (pop && perValue === undefined ? pop : null) ?? matchAt(tokens, k, g.units, limit));
    if (!time) {
      // `120.000 đồng/kg`, `US$540 per tonne`: money per a unit of goods is a price, its unit is
      // the whole `đồng/kg` (no currency code), never the bare currency.
      const goods = tokens[k];
      if (perValue !== undefined || goods?.kind !== 'word' || k >= limit || !currencyCode(unitCode)) break;
      // (`23.000 tỷ đồng trên được KTNN tổng hợp`: a tense, voice or copula word after `trên` is
      // the clause going on — the `trên` (above) is no `per`)
      if (g.nameTrailing.has(goods.forms.lower)) break;
      // `55,3 triệu đồng/KH 55-56 triệu đồng`, `2.337 tỷ đồng/kế hoạch 2.000 tỷ đồng`: a slash before
      // the plan's word sets the plan beside the result (as `38.198 tấn/KH 41.000 tấn`), no price.
      if (isP(tokens[per.from], '/') && matchAt(tokens, k, g.planValueWords, limit)) break;
      const perText = textOf(text, tokens, per.from, k + 1);
      if (unitFrom !== undefined) unitText = textOf(text, tokens, unitFrom, k + 1);
      else unitText = `${unitText ?? ''}${isP(tokens[per.from], '/') ? '' : ' '}${perText}`;
      unitCode = undefined;
      unitTo = k + 1;
      j = k + 1;
      rules.push(`${g.locale}.unit.price-per`);
      break;
    }
    if (unitFrom === undefined) break;
    unitText = textOf(text, tokens, unitFrom, time.to);
    unitCode = unitCode === 'hour' && dayIn(fold(unitText), g) ? 'hours-per-day' : undefined;
    unitTo = time.to;
    j = time.to;
    rules.push(`${g.locale}.unit.compound`);
  }
  const known = unitCode ? findUnit(unitCode)?.code : undefined;
  // `nearly 65.000 tons`, `1.322 waste treatment facilities`, `VND 83.500 per kilogram`: in English
  // text a point before exactly three digits, with no scale word and no percent, is read as the
  // thousands separator Vietnamese writers print (65,000); the value is doubted `point-thousands`.
  // So is a sum in đồng before the word `million` or `billion` (`VND 5.337 billion`, `1.100 billion
  // dong`: the `5.337 tỷ đồng` of a Vietnamese report, 5,337 billion; nobody prints a sum in đồng to
  // the million in billions), not `trillion` (`VND91.535 trillion` converts `91.535 tỷ đồng` right).
  const pointThousands =
    g.locale === 'en' &&
    (scale === 0 ? unitCode !== 'percent' : vndThousandsScale(scale, scaleWord, known)) &&
    pointThousandsAt(tokens, n, currency !== undefined && known === 'VND')
      ? readNumber(numTok.text, 'vi')
      : undefined;
  if (pointThousands && !('error' in pointThousands)) rules.push('en.number.point-thousands');
  const quantity = quantityOf(pointThousands && !('error' in pointThousands) ? pointThousands : read, scale, {
    ...(scaleWord !== undefined ? { scaleWord } : {}),
    ...(unitText !== undefined ? { unit: unitText } : {}),
    ...(known !== undefined ? { unitCode: known } : {}),
  });
  return {
    from: i,
    to: j,
    numberAt: n,
    quantity,
    unitFrom,
    unitTo,
    density,
    outOf,
    ...(atLeast ? { atLeast } : {}),
    rules,
  };
}
