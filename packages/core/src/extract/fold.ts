import type { MatchLevel } from './types';

/**
 * Word forms for matching keywords while the text keeps its offsets. Matching never rewrites
 * the text: each token carries these shadow forms beside its original span.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const MARKS = /\p{M}/gu;

/** Lower case, NFC. */
export const lower = (word: string): string => word.normalize('NFC').toLocaleLowerCase('vi');

/** Lower case without any diacritic, `đ` → `d`: `Kế hoạch` → `ke hoach`. */
export function fold(word: string): string {
  const forms = FORMS.get(word);
  if (forms) return forms.fold;
  // (words of names and phrases are folded again and again: kept apart from the tokens' forms)
  let folded = FOLDS.get(word);
  if (folded === undefined) {
    folded = foldRaw(word);
    if (FOLDS.size >= FORMS_MAX) FOLDS.clear();
    FOLDS.set(word, folded);
  }
  return folded;
}

/** Folded strings that are no token's text (a name's words, a phrase's text), bounded like {@link FORMS}. */
const FOLDS = new Map<string, string>();

function foldRaw(word: string): string {
  return lower(word).normalize('NFD').replace(MARKS, '').replace(/đ/gu, 'd');
}

/**
 * Spelling-variant key: vowel letters with their hats and horns, the tone as a suffix wherever
 * it was placed (`hoà` = `hòa`, `họach` = `hoạch`), and `y` read as `i` (`kì` = `kỳ`, `tỉ` = `tỷ`).
 */
export function variantKey(word: string): string {
  const decomposed = lower(word).normalize('NFD');
  const tones = (decomposed.match(TONES) ?? []).join('');
  const letters = decomposed.replace(TONES, '').normalize('NFC').replace(/y/gu, 'i');
  return `${letters}|${tones}`;
}

/** True when the word carries no Vietnamese diacritic at all (`ke`, `hoach`, `thue`). */
export const isBare = (word: string): boolean => fold(word) === lower(word);

/** Optimal-string-alignment distance, stopping early above 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (sameTail(a, i + 1, b, i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2); // transposition
  }
  return a.length > b.length ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/** `a.slice(i) === b.slice(j)`, without making either slice (it runs for every word of a typo look). */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  const from = Math.min(i, a.length);
  const other = Math.min(j, b.length);
  if (a.length - from !== b.length - other) return false;
  for (let k = 0; from + k < a.length; k++) if (a.charCodeAt(from + k) !== b.charCodeAt(other + k)) return false;
  return true;
}

/** Shadow forms of a word, computed once per token. */
export interface WordForms {
  readonly lower: string;
  readonly fold: string;
  readonly variant: string;
  readonly bare: boolean;
  /** `fold` with `y` read as `i`: the key phrases are indexed under. */
  readonly key: string;
  /**
   * The compiled lists this word starts a phrase of or is second in (`phrase.ts`'s key entry, an
   * object), or the phrase vocabulary's stamp at which it had none (−1 before the first look).
   * Kept by `phrase.ts`, once per distinct word. @internal
   */
  vocab: unknown;
}

// Report text repeats its words: forms are computed once per distinct word (bounded cache).
const FORMS = new Map<string, WordForms>();
const FORMS_MAX = 20_000;

export function wordForms(word: string): WordForms {
  const cached = FORMS.get(word);
  if (cached) return cached;
  const forms = computeForms(word);
  if (FORMS.size >= FORMS_MAX) FORMS.clear();
  FORMS.set(word, forms);
  return forms;
}

function computeForms(word: string): WordForms {
  const l = lower(word);
  const f = foldRaw(word);
  return {
    lower: l,
    fold: f,
    variant: variantKey(word),
    bare: f === l,
    key: f.replace(/y/gu, 'i'),
    vocab: -1,
  };
}

/**
 * How a word of the text matches a keyword, or null. Typos are allowed only when the caller
 * says so (inside a phrase whose other words matched) and only for words of 5+ letters, so
 * `tổng` never reads as `tăng`, and `tặng` (to award) never as `tăng` (to increase): a word
 * written *with* different diacritics is a different word unless it is long enough (5+ letters)
 * that a wrong mark is a typo (`kế hoặch`). The first letter must be the keyword's (`falling` is no
 * typo of `calling`).
 */
export function matchWord(text: WordForms, keyword: WordForms, allowTypo: boolean): MatchLevel | null {
  // (forms are cached per written word: the same object is the same word, no strings compared)
  if (text === keyword || text.lower === keyword.lower) return 'exact';
  if (text.variant === keyword.variant) return 'variant';
  if (text.bare && text.key === keyword.key) return 'no-diacritics';
  // (a first letter written otherwise is another word far more often than a slip — `falling for` is no
  // `calling for`, round 55: it had framed a result as a goal)
  if (
    allowTypo &&
    keyword.fold.length >= 5 &&
    text.fold.length >= 3 &&
    text.fold[0] === keyword.fold[0] &&
    withinOneEdit(text.fold, keyword.fold)
  ) {
    return 'typo';
  }
  return null;
}
