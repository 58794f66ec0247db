import { fold } from './fold';
import type { Token } from './tokenize';

/** A sentence as a token range, with the paragraph it belongs to. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
  readonly paragraph: number;
}

// Words that end with a full stop without ending the sentence: `TP. Hồ Chí Minh`, `No. 5`.
const ABBREVIATIONS = new Set([
  'tp',
  'tx',
  'tt',
  'q',
  'p',
  'th',
  'ths',
  'ts',
  'pgs',
  'gs',
  'bs',
  'no',
  'nos',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'inc',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const ENDS = new Set(['.', '!', '?', '…']);

/**
 * Splits tokens into sentences at `.`, `!`, `?` followed by a space (a decimal point never is:
 * numbers are single tokens) and at line breaks; a line break also starts a paragraph.
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
    if (i > start && t.gap.includes('\n')) {
      close(i);
      paragraph++;
    } else if (i === start && t.gap.includes('\n') && out.length > 0) paragraph++;
    if (t.kind === 'punct' && ENDS.has(t.text)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const abbreviation =
        t.text === '.' && prev?.kind === 'word' && (ABBREVIATIONS.has(fold(prev.text)) || /^\p{Lu}$/u.test(prev.text));
      if (!next || (next.gap !== '' && !abbreviation)) close(i + 1);
    }
  }
  close(tokens.length);
  return out;
}
