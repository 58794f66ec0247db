import { fold } from './fold';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { matchAt } from './phrase';
import { signGluedBefore } from './quantity';
import type { Token } from './tokenize';

/** A sentence as a token range, with the paragraph it belongs to. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
}

/**
 * Words that end with a full stop without ending the sentence (`TP. Hồ Chí Minh`, `No. 5`): both
 * grammars' abbreviations, whatever the report's language (a Vietnamese report names `Co., Ltd.`).
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([...vi.abbreviations, ...en.abbreviations]);
const ENDS = new Set(['.', '!', '?', '…']);
/** Punctuation after which a line break ends the sentence (`Cụ thể:`, `… cùng kỳ.`). */
const LINE_ENDS = new Set(['.', '!', '?', '…', ':']);

/**
 * True when the line break before token `i` is a hard wrap inside a sentence (a PDF's or a
 * mail's line length): the line before ends on no sentence punctuation and the line goes on with
 * a lower-case word (`… đạt 7.250 triệu⏎kWh, tăng …`), an acronym after a lower-case word (`… 1,25
 * tỷ⏎USD`), a number after a lower-case word that its line carries on (`… (IIP) tháng⏎10 năm 2023
 * tăng …`), or any word after a list's `;` (`… Trung Quốc giảm 0,7%;⏎Nhật Bản tăng …`). A heading
 * (`TÌNH HÌNH KINH TẾ⏎Kim ngạch …`), a bullet (`⏎- …`, `⏎+ …`) and a number alone on its line (a
 * table) still break. A single blank line is a wrap only between a lower-case word and a lower-case
 * word or a number its line carries on (a PDF copied page by page: `… kết⏎⏎quả kinh doanh …`, `… cả
 * năm⏎⏎2022 đạt …`); after punctuation, before a capital or with more blank lines it breaks.
 */
function hardWrap(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || t.kind === 'punct') return false;
  const first = t.gap.indexOf('\n');
  const last = t.gap.lastIndexOf('\n');
  if (first !== last) {
    if (t.gap.indexOf('\n', first + 1) !== last || prev.kind !== 'word' || !/^\p{Ll}/u.test(prev.text)) return false;
    if (t.kind === 'word') return /^\p{Ll}/u.test(t.text);
  }
  if (prev.kind === 'punct') return prev.text === ';' || (!LINE_ENDS.has(prev.text) && /^\p{Ll}/u.test(t.text));
  if (/^\p{Ll}/u.test(t.text)) return true;
  if (!/^\p{Ll}/u.test(prev.text)) return false;
  if (t.kind === 'word') return t.text.length > 1 && t.text === t.text.toUpperCase();
  const next = tokens[i + 1];
  return next !== undefined && !next.gap.includes('\n');
}

/**
 * Splits tokens into sentences at `.`, `!`, `?` followed by a space (a decimal point never is:
 * numbers are single tokens) and at line breaks (not at a hard wrap inside a sentence, {@link hardWrap});
 * a line break also starts a paragraph.
 */
export function sentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const close = (end: number): void => {
    if (end > start) out.push({ from: start, to: end, paragraph });
    start = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > start && t.gap.includes('\n') && !hardWrap(tokens, i)) {
      close(i);
      paragraph++;
    } else if (i === start && t.gap.includes('\n') && out.length > 0) paragraph++;
    if (t.kind === 'punct' && ENDS.has(t.text)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const abbreviation =
        t.text === '.' &&
        prev?.kind === 'word' &&
        (ABBREVIATIONS.has(fold(prev.text)) || /^\p{Lu}$/u.test(prev.text) || dottedAbbreviation(tokens, i));
      if (!next || (next.gap !== '' && !abbreviation && !brokenAmountAt(tokens, i))) close(i + 1);
    }
  }
  close(tokens.length);
  return out;
}

/**
 * `i.e.`, `e.g.`: the full stop at `i` closes an abbreviation written with a stop inside it — the word, a
 * glued stop and a glued word before it make one of the grammars' abbreviations (`i.e` — round 68, test52:
 * `…, i.e. up 3.8%` had been a sentence of its own, its change no figure's). Constant time.
 */
function dottedAbbreviation(tokens: readonly Token[], i: number): boolean {
  const last = tokens[i - 1] as Token;
  const dot = tokens[i - 2];
  const first = tokens[i - 3];
  if (last.gap !== '' || dot?.text !== '.' || dot.gap !== '' || first?.kind !== 'word') return false;
  return ABBREVIATIONS.has(fold(`${first.text}.${last.text}`));
}

/**
 * True when the full stop at `i` breaks an amount rather than a sentence: glued to a number that a
 * currency's sign opens, a space, then a number its scale word follows (`totalled US$1. 48 billion
 * which …`: the Bank of Jamaica's figures as the press printed them; round 66). The amount stays in
 * one sentence, where `readQuantity` finds it broken and unreadable. So does the stop of an abbreviated
 * scale between two parts of one amount, the second of a smaller scale (`1 trln. 32.7bln`). Constant time.
 */
function brokenAmountAt(tokens: readonly Token[], i: number): boolean {
  const n = i - 1;
  if (tokens[i + 1]?.kind !== 'number') return false;
  // (`revenues were 1 trln. 32.7bln drams`: the stop of an abbreviated scale between the two parts of one
  // amount, a number of a scale before it and a number of a smaller scale after it; round 67)
  if (tokens[n]?.kind === 'word' && tokens[n - 1]?.kind === 'number')
    return LOCALE_GRAMMARS.some((g) => {
      const big = matchAt(tokens, n, g.scales, i);
      const small = matchAt(tokens, i + 2, g.scales, tokens.length);
      return big?.to === i && small !== null && small.phrase.data < big.phrase.data;
    });
  if (tokens[n]?.kind !== 'number') return false;
  return LOCALE_GRAMMARS.some(
    (g) => matchAt(tokens, i + 2, g.scales, tokens.length) !== null && signGluedBefore(tokens, n, g),
  );
}

/** The grammars a sentence is split for (the split is the same in every language). */
const LOCALE_GRAMMARS = [en, vi] as const;
