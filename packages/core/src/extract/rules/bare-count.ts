import { findIn } from '../phrase';
import { type Cursor, isNum, m } from './context';
import { countsNounAt } from './vi-list-count';

/** A whole number as English prints a count (`134,000`, `67`): no decimal point. */
export const WHOLE_COUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/u;

/** How many words may stand between a count and its plural noun (`67 new tourism products`). */
export const COUNT_MODIFIERS = 3;

/** Punctuation after which a capitalised word may open its sentence or clause rather than be a name. */
const SENTENCE_OPENERS = /^[.!?:;(\u201c"\u2018'\u2013\u2014-]$/u;

/** A year (`2023`), never a count. */
const YEAR = /^(1[89]|20)\d\d$/u;

/** True when a plural noun (`plants`, `landfills`) stands at `j` or after at most {@link COUNT_MODIFIERS} plain words. */
export function pluralNounAfter(c: Cursor, j: number): boolean {
  for (let k = j; k < c.limit && k <= j + COUNT_MODIFIERS; k++) {
    const w = c.tokens[k];
    if (w?.kind !== 'word' || m(c, k, c.g.timeWords) || m(c, k, c.g.percentWords)) return false;
    const f = w.forms.fold;
    if (f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) return true;
  }
  return false;
}

/** How many tokens back an honour (grammar `honourWords`) may stand before the count of those it honours. */
const HONOUR_REACH = 8;

/** How many tokens back a bracket's opening may stand for a count inside it. */
const BRACKET_REACH = 8;

/** True when an open bracket stands at most {@link BRACKET_REACH} tokens before `k` with no close between (`(26 FDI và 13 DDI)`). */
function insideBracket(c: Cursor, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - BRACKET_REACH; j--) {
    const t = c.tokens[j];
    if (t?.kind !== 'punct') continue;
    if (t.text === ')') return false;
    if (t.text === '(') return true;
  }
  return false;
}

/**
 * Where the plural noun a count counts stands: {@link pluralNounAfter} within one noun phrase — no word
 * of the grammar's `bareCountStops` (`that`, `and`, `of`) before it (`November 8 that Vietnam aims`:
 * no count) — or −1.
 */
function countedPluralAt(c: Cursor, j: number): number {
  const stops = c.g.bareCountStops;
  for (let k = j; k < c.limit && k <= j + COUNT_MODIFIERS; k++) {
    const w = c.tokens[k];
    if (w?.kind !== 'word' || stops?.has(w.forms.fold)) return -1;
    const f = w.forms.fold;
    if (f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) return pluralNounAfter(c, k) ? k : -1;
  }
  return -1;
}

/**
 * True when a verb of forecasting follows the counted noun within two words (`3,000 new jobs are
 * expected next year`): the count is a forecast's subject, left to the forecast's readings.
 */
function forecastAfter(c: Cursor, noun: number): boolean {
  for (let k = noun + 1; k <= noun + 2 && k < c.limit; k++) {
    const w = c.tokens[k];
    if (w?.kind === 'word' && (c.g.forecastWould.verbs.has(w.forms.fold) || m(c, k, c.g.reducedForecasts))) return true;
  }
  return false;
}

/**
 * `It operates through 21 branches, 39 transaction offices …`, `GEC's 13 hydroelectric plants …`,
 * `tặng quà cho 15 thiếu nhi`, `đến từ 11 quốc gia`: a bare whole count (no year, no decimals) of
 * the noun right after it — English a plural within {@link COUNT_MODIFIERS} words of one noun phrase,
 * Vietnamese any word that is no period, time or percent word (`countsNounAt`) — that no verb,
 * measure, list or of-which marker made a figure. Reports state such counts as facts as often as they
 * use them to describe (`the 5 largest FDI businesses`), so the value is read and always doubted
 * (`bare-count`): a reader sees the number, never as certain. Not after a word of a label, a day, a
 * place or a determiner (grammar `bareCountBlockers`: `the 5 largest`, `Phase 2`, `mùng 5 Tết`, `ở 61
 * địa phương`) or a rank's word (`thứ 3`); not glued to a sign or a letter; not an age, not a
 * forecast's subject (`3,000 new jobs are expected`). Constant time.
 */
export function bareCountAt(c: Cursor, k: number): boolean {
  const n = c.tokens[k];
  // (digits only: `three new markets opened` is left to the list readings of counts in words)
  if (!isNum(n) || !/^\d/u.test(c.text.slice(n.start, n.end)) || YEAR.test(n.text)) return false;
  const prev = c.tokens[k - 1];
  // (`(26 FDI và 13 DDI)`: a count opening a bracket is the aside's)
  if (prev !== undefined && (n.gap === '' || (prev.kind === 'punct' && prev.text === '('))) return false;
  const next = c.tokens[k + 1];
  if (next?.kind !== 'word' || next.gap === '' || c.g.bareCountBlockers?.has(next.forms.lower)) return false;
  if (insideBracket(c, k)) return false;
  // (`trao Giấy khen cho 20 tập thể`: the units honoured, no indicator)
  if (c.g.honourWords && findIn(c.tokens, Math.max(0, k - HONOUR_REACH), k, c.g.honourWords)) return false;
  if (prev?.kind === 'word') {
    const f = prev.forms.fold;
    if (c.g.rankOrdinalWords.has(f) || c.g.bareCountBlockers?.has(prev.forms.lower)) return false;
    // (`Quận 1`, `Yên Phong 1, Quế Võ 2`, `District 7`: a capitalised word inside the sentence before
    // the number names a place or a unit numbered by it)
    const before = c.tokens[k - 2];
    if (
      /^\p{Lu}/u.test(prev.text) &&
      before !== undefined &&
      !(before.kind === 'punct' && SENTENCE_OPENERS.test(before.text))
    )
      return false;
  }
  if (m(c, k + 1, c.g.ageNouns)) return false;
  if (c.g.locale === 'en') {
    if (!WHOLE_COUNT.test(n.text)) return false;
    const noun = countedPluralAt(c, k + 1);
    return noun >= 0 && !forecastAfter(c, noun);
  }
  return countsNounAt(c, k);
}
