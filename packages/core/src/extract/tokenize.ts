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
// Letters, then letters, marks, digits and the joiners of names like `TT&TT` or `m2`.
const WORD = /[\p{L}][\p{L}\p{M}\d&’']*/uy;
const SPACE = /\s+/uy;
// Three capitals glued to a number are a currency code written the press way (`VND123.4`,
// `VNĐ2.3`, `USD5`): the code and the number are two tokens (ISO 4217 codes are three letters).
const GLUED_CODE = /^\p{Lu}{3}(?=\d)/u;

/**
 * Splits text into words, numbers and single punctuation characters. Offsets are UTF-16 code
 * unit indexes into `text`. Deterministic and linear.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let gap = '';
  while (i < text.length) {
    SPACE.lastIndex = i;
    const space = SPACE.exec(text);
    if (space) {
      gap += space[0];
      i += space[0].length;
      continue;
    }
    let kind: Token['kind'] = 'punct';
    let len = 1;
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      kind = 'number';
      len = number[0].length;
    } else {
      WORD.lastIndex = i;
      const word = WORD.exec(text);
      if (word) {
        kind = 'word';
        len = GLUED_CODE.exec(word[0])?.[0].length ?? word[0].length;
      } else {
        const code = text.codePointAt(i) ?? 0;
        len = code > 0xffff ? 2 : 1;
      }
    }
    const t = text.slice(i, i + len);
    tokens.push({ kind, text: t, start: i, end: i + len, forms: wordForms(t), gap });
    gap = '';
    i += len;
  }
  return tokens;
}
