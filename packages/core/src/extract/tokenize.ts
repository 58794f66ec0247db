import { type WordForms, wordForms } from './fold';

/** A token of report text with its offsets into the original string. */
export interface Token {
  readonly kind: 'word' | 'number' | 'punct';
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Shadow forms for matching (words only; numbers and punctuation match by text). */
  readonly forms: WordForms;
  /** Whitespace between the previous token and this one. */
  readonly gap: string;
}

// Digits with separators between digit groups; a separator must be followed by a digit, so
// `2020.` and `3,` end before the punctuation.
const NUMBER = /\d+(?:[.,]\d+)*/y;
// `346 000 ha`, `12 000 000 đồng`: groups of three digits after one space (a plain, no-break or thin
// space) carry on a number of one to three digits that has no separator of its own — the grouping of
// official Vietnamese print and of SI style. Nothing glued follows the last group (`346 000ha` stays
// two numbers), and a decimal part may (`3 000,5`). Columns of a table are set apart by more than one
// space and stay apart.
const SPACE_GROUPS = /(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?(?![\p{L}\d])/uy;
const SHORT_NUMBER = /^\d{1,3}$/u;
/**
 * `343, 068 tonnes`: a comma, one space and a group of three digits a zero leads (no number of its
 * own starts with a zero); `9, 38,514 units` after one or two digits: the lakh's group of two and the
 * last three (Indian grouping, `9,38,514`; round 62).
 */
const ZERO_GROUP = /, (?:0\d{2}|\d{2},\d{3})(?![\p{L}\d]|[.,]\d)/uy;
/** Spaces then a digit: another number right after (a column of a table). */
/** `.38 percent`, `.5%`: a decimal written with no zero before its point, then a percent or a word (no more digits). */
const LEADING_POINT = /\.\d+(?![\d.,])(?=\s*(?:%|\p{L}))/uy;
const NUMBER_NEXT = /^[ \t\u00a0\u202f\u2009]+[-−(]?\d/u;
// Letters, then letters, marks, digits and the joiners of names like `TT&TT` or `m2`.
const WORD = /[\p{L}][\p{L}\p{M}\d&’']*/uy;
const SPACE = /\s+/uy;
/**
 * `down from budget by 6.8% or <br />$130,914`: an HTML tag left in text copied from a web page's
 * source (a letter after `<`, at most 200 characters of attributes, no `<` or `>` inside) reads as
 * the space it is rendered as (round 68, test52: the tag had broken the gap's restatement into a
 * statement of its own). `<5%` and `a < b` are no tags. Bounded, so linear in the text.
 */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,200})?\/?>/y;
/** A possessive's quote and `s` after a stray space: `‘s`, `'s`, `’s` not followed by a letter or a closing quote. */
/** Apostrophes of a possessive written as their own token (`2024 ' s`): punctuation, not words. @internal */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const STRAY_POSSESSIVE = /^['‘’]s(?![\p{L}'‘’])/u;
// Three capitals glued to a number are a currency code written the press way (`VND123.4`,
// `VNĐ2.3`, `USD5`): the code and the number are two tokens (ISO 4217 codes are three letters).
const GLUED_CODE = /^\p{Lu}{3}(?=\d)/u;
// One or two capitals glued to a number right after a dollar sign (`$S1.25`, `$NZ5`): see `Glue.dollarLetters`.
const DOLLAR_LETTERS = /^\p{Lu}{1,2}(?=\d)/u;
// A run of two or more lowercase letters glued to a number that ends the word (`or19`, `đạt19`):
// two tokens. One letter (`a5`) and a unit's exponent (`m2`, `km2`, `m3`) stay one word.
const GLUED_NUMBER = /^(\p{Ll}[\p{Ll}\p{M}]+)\d+$/u;
const UNIT_POWER = /^[kcdm]?m[23]$/u;
// A lowercase word glued to a capitalised one (`theState`, `ofVietnam`).
const GLUED_CAPITAL = /^(\p{Ll}[\p{Ll}\p{M}]*)\p{Lu}/u;

/**
 * Words of web text that lost the space after them. `leads` are the grammar words that may be
 * glued to the next word (`the`, `in`, `and`); `tails` the words that may follow a lead inside
 * one lowercase run (`inthe`, `andrising`) — both from the locale's grammar, so a real word
 * (`into`, `often`, `another`) that only starts like a lead stays whole.
 */
export interface Glue {
  readonly leads: ReadonlySet<string>;
  readonly tails: ReadonlySet<string>;
  /**
   * Content words glued to the word after them (`percentover`, `increasedby`, `trillionVND`,
   * `billionkWh`), each with the words that may follow it inside one word (see `glue.ts`).
   */
  readonly heads?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * A currency's sign glued to a number that a scale word follows (`P8.6 billion`, `Rp12.5
   * trillion`), as a sticky pattern tried at a word's start: the sign and the number are two tokens,
   * so the sign never eats the integer part (`P8` + `.6 billion`). See `glue.ts`.
   */
  readonly sign?: RegExp;
  /** Words already looked at, with their first part's length (a report repeats its words). */
  readonly seen?: Map<string, number>;
  /** Syllables no word has inside it (`đạt`, `vượt`), split off the end of a longer run of letters: `Grammar.glueSyllableTails`. */
  readonly syllableTails?: readonly string[];
  /** Letters of another country's dollar glued after `$` and before a number (`$S1.25`): `Grammar.dollarLetters`. */
  readonly dollarLetters?: ReadonlySet<string>;
  /** A zero-led group of three digits after a comma and a space carries on the number before it (`343, 068`): `Grammar.spacedGroupComma`. */
  readonly spacedGroupComma?: boolean;
  /** A point right before digits, after a word and a space, starts a decimal (`of .38 percent`): `Grammar.leadingPoint`. */
  readonly leadingPoint?: boolean;
}

/**
 * How many code units of `word` are its first part when the word is two glued words (0 when it
 * is one): letters glued to a number (`or19` → `or`), a grammar word glued to a capitalised
 * word (`theState` → `the`) or to a grammar word after it (`inthe` → `in`, `andrising` → `and`).
 * Names like `4G`, `COVID-19`, `F1`, `H1`, `Q3`, `iPhone`, `m2` are never split.
 */
function gluedHead(word: string, glue: Glue | undefined): number {
  if (!glue) return 0;
  const number = GLUED_NUMBER.exec(word);
  if (number && !UNIT_POWER.test(word)) return (number[1] as string).length;
  if (glue.heads && glue.heads.size > 0 && !glue.heads.has(word)) {
    // The longest head first (`thousand` before a shorter one); heads are at most a dozen letters.
    for (let n = Math.min(word.length - 2, 12); n >= 4; n--) {
      const after = glue.heads.get(word.slice(0, n));
      if (after?.has(word.slice(n))) return n;
    }
  }
  // (`hiệnvượt`: a syllable that only begins a word, glued after two letters or more; NFC words)
  if (glue.syllableTails && /^[\p{Ll}\p{M}]+$/u.test(word))
    for (const tail of glue.syllableTails)
      if (word.length >= tail.length + 2 && word.endsWith(tail)) return word.length - tail.length;
  const capital = GLUED_CAPITAL.exec(word);
  if (capital) return glue.leads.has((capital[1] as string).normalize('NFC')) ? (capital[1] as string).length : 0;
  if (!/^\p{Ll}+$/u.test(word) || glue.tails.has(word) || glue.leads.has(word)) return 0;
  // The longest lead first; at most a few letters are tried per word (leads are short).
  for (let n = Math.min(word.length - 2, 5); n >= 1; n--)
    if (glue.leads.has(word.slice(0, n)) && glue.tails.has(word.slice(n))) return n;
  return 0;
}

/** The length of a currency's sign glued to a scaled number at `i` (see `Glue.sign`), or undefined. */
function signAt(text: string, i: number, sign: RegExp | undefined): number | undefined {
  if (!sign) return undefined;
  sign.lastIndex = i;
  return sign.test(text) ? sign.lastIndex - i : undefined;
}

/** {@link gluedHead} once per distinct word of a grammar (at most 50,000 words are kept). */
function cachedHead(word: string, glue: Glue): number {
  const seen = glue.seen;
  if (!seen) return gluedHead(word, glue);
  let head = seen.get(word);
  if (head === undefined) {
    head = gluedHead(word, glue);
    if (seen.size < 50_000) seen.set(word, head);
  }
  return head;
}

/**
 * Splits text into words, numbers and single punctuation characters. Offsets are UTF-16 code
 * unit indexes into `text`. Deterministic and linear. With `glue` (the locale grammar's), words
 * that lost the space between them are split (see {@link gluedHead}); the second part has an
 * empty gap, as a glued token does.
 */
export function tokenize(text: string, glue?: Glue): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let gap = '';
  // (sticky `test` and `lastIndex`, not `exec`: no match array per token, and a word's text is
  // sliced once and kept as the token's when it is not split)
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      const end = SPACE.lastIndex;
      gap += text.slice(i, end);
      i = end;
      continue;
    }
    if (text.charCodeAt(i) === 60 /* < */) {
      HTML_TAG.lastIndex = i;
      if (HTML_TAG.test(text)) {
        gap += ' ';
        i = HTML_TAG.lastIndex;
        continue;
      }
    }
    let kind: Token['kind'] = 'punct';
    let len = 1;
    let word: string | undefined;
    let grouped: string | undefined;
    NUMBER.lastIndex = i;
    LEADING_POINT.lastIndex = i;
    if (
      glue?.leadingPoint &&
      text[i] === '.' &&
      gap !== '' &&
      tokens[tokens.length - 1]?.kind === 'word' &&
      LEADING_POINT.test(text)
    ) {
      // (`a drop of .38 percent`: the decimal `0.38`, its span the text as written; round 63)
      kind = 'number';
      len = LEADING_POINT.lastIndex - i;
      grouped = `0${text.slice(i, i + len)}`;
    } else if (NUMBER.test(text)) {
      kind = 'number';
      len = NUMBER.lastIndex - i;
      // (not inside a run of numbers, a table's row `Thu nhập khác 271 88 62 132 130`: the number
      // before it and the one after it are other columns)
      if (len <= 3 && SHORT_NUMBER.test(text.slice(i, i + len)) && tokens[tokens.length - 1]?.kind !== 'number') {
        SPACE_GROUPS.lastIndex = i + len;
        if (
          SPACE_GROUPS.test(text) &&
          !NUMBER_NEXT.test(text.slice(SPACE_GROUPS.lastIndex, SPACE_GROUPS.lastIndex + 8))
        )
          len = SPACE_GROUPS.lastIndex - i;
        ZERO_GROUP.lastIndex = i + len;
        if (glue?.spacedGroupComma && len <= 3 && ZERO_GROUP.test(text)) {
          const group = text.slice(i + len + 2, ZERO_GROUP.lastIndex);
          // (the lakh's group only after one or two digits: `9, 38,514`, never `343, 38,514`)
          if (group.length === 3 || len <= 2) {
            grouped = `${text.slice(i, i + len)},${group}`;
            len = ZERO_GROUP.lastIndex - i;
          }
        }
      }
    } else {
      WORD.lastIndex = i;
      if (WORD.test(text)) {
        kind = 'word';
        word = text.slice(i, WORD.lastIndex);
        len =
          GLUED_CODE.exec(word)?.[0].length ??
          dollarLettersAt(word, gap, tokens[tokens.length - 1], glue) ??
          signAt(text, i, glue?.sign) ??
          word.length;
        const head = len === word.length && glue ? cachedHead(word, glue) : 0;
        if (head > 0) len = head;
      } else {
        const code = text.codePointAt(i) ?? 0;
        len = code > 0xffff ? 2 : 1;
        // `… 8.9 percent./.`: the closing mark of a news agency's copy (VNA, Vietnam News) is one
        // full stop, so the sentence ends there and its last period or figure reads as before it.
        if (text.startsWith('./.', i)) len = 3;
        // (`Tỷ suất sinh: 19,2%o`: `%o` glued to a number is the per mille sign typed in ASCII; round 69,
        // probe of district reports — it had been a certain 19.2 %)
        else if (perMilleAt(text, i, tokens[tokens.length - 1], gap)) len = 2;
        // `the National Assembly ‘s estimate`, `the FED ‘s rate cuts`: a possessive printed with a
        // stray space (and a left quote) is the word's own `’s`, as `Assembly’s` would be.
        const prev = tokens[tokens.length - 1];
        if (gap !== '' && prev?.kind === 'word' && STRAY_POSSESSIVE.test(text.slice(i, i + 3))) {
          const own = `${prev.text}’s`;
          tokens[tokens.length - 1] = { ...prev, text: own, end: i + 2, forms: wordForms(own) };
          gap = '';
          i += 2;
          continue;
        }
      }
    }
    const t =
      grouped ??
      (len === 3 && kind === 'punct'
        ? '.'
        : len === 2 && kind === 'punct' && text[i] === '%'
          ? '‰'
          : word !== undefined && len === word.length
            ? word
            : // (`tháng 9⁄2013`: the fraction and division slashes some editors print are the slash)
              kind === 'punct' && SLASH_LOOKALIKE.test(text[i] ?? '')
              ? '/'
              : text.slice(i, i + len));
    tokens.push({ kind, text: t, start: i, end: i + len, forms: wordForms(t), gap });
    gap = '';
    i += len;
  }
  return tokens;
}

/** `%o` after a number glued to it, ended by no letter or digit: the per mille sign typed in ASCII. */
function perMilleAt(text: string, i: number, prev: Token | undefined, gap: string): boolean {
  return (
    gap === '' &&
    prev?.kind === 'number' &&
    text[i] === '%' &&
    text[i + 1] === 'o' &&
    !/[\p{L}\p{N}]/u.test(text[i + 2] ?? '')
  );
}

/** The length of another country's dollar letters glued to `$` before and a number after (`$S1.25`), or undefined. */
function dollarLettersAt(
  word: string,
  gap: string,
  prev: Token | undefined,
  glue: Glue | undefined,
): number | undefined {
  if (!glue?.dollarLetters || gap !== '' || prev?.kind !== 'punct' || prev.text !== '$') return undefined;
  const letters = DOLLAR_LETTERS.exec(word)?.[0];
  return letters !== undefined && glue.dollarLetters.has(letters) ? letters.length : undefined;
}

/** The fraction slash (U+2044) and the division slash (U+2215): read as `/` (round 46). */
const SLASH_LOOKALIKE = /^[\u2044\u2215]$/u;

/** The punctuation that ends a sentence or a part of one, for steps that look ahead or back no further. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?']);
