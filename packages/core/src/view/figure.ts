/**
 * Where a formatted figure may break across lines, as data: the figure as runs of text that
 * never break inside themselves, with a line-break opportunity between two runs. A binding draws
 * each run unbreakable (`white-space: nowrap`) with a `<wbr>` between runs; the runs joined are
 * the text, so what is copied or read aloud is the figure unchanged.
 *
 * - A long number (at least {@link LONG_NUMBER} characters: `987.654.321.098.765.432`) breaks
 *   only after a group separator, never inside a group, and its last group stays with its unit
 *   (`…109.` ⏎ `876 tỷ đồng`).
 * - A short number never breaks; its unit may go to the next line as a whole (`1,800,000 ` ⏎
 *   `subscribers`), so a narrow card shows the figure instead of running off its edge. The unit's
 *   own words never part (`tỷ đồng`, `máy/100 dân`).
 * - Text without a number is one run.
 */
import { asPropsError, PropsError } from './errors';

/** A number token: digits with group and decimal separators (`987.654.321.098,1`, `3,608.35`). */
const NUMBER = /\d[\d.,\u00a0\u202f]*\d|\d/g;

/** Characters from which a number is long enough to break at its group separators. */
export const LONG_NUMBER = 12;

/**
 * The runs of a figure's text (see the module's notes); `[]` for an empty text. Cost linear in
 * the text.
 *
 * @example
 * figureParts('987.654.321.098.765.432.109.876 đồng'); // ['987.', '654.', …, '109.', '876 đồng']
 * figureParts('1,800,000 subscribers'); // ['1,800,000 ', 'subscribers']
 * figureParts('3.630 tỷ đồng'); // ['3.630 ', 'tỷ đồng']
 */
export function figureParts(text: string): readonly string[] {
  try {
    return figurePartsUnguarded(text);
  } catch (error) {
    throw asPropsError('text', error);
  }
}

function figurePartsUnguarded(text: string): readonly string[] {
  if (text.length === 0) return [];
  // the positions after which a line may break
  const cuts: number[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const number = match[0];
    const at = match.index ?? 0;
    const end = at + number.length;
    if (number.length >= LONG_NUMBER) {
      // after each group separator (the number's first separator, when it repeats or a different
      // decimal separator follows): never inside a group or before the decimals, and the last
      // group stays with what follows it (the unit)
      const group = /[.,\u00a0\u202f]/.exec(number)?.[0];
      const seps = number.replace(/\d/g, '');
      if (group !== undefined && (seps.length > 1 || seps !== group)) {
        for (let i = 0; i < number.length - 1; i++) if (number[i] === group) cuts.push(at + i + 1);
      }
    } else if (text[end] === ' ' && /\p{L}/u.test(text[end + 1] ?? '') && !/[/\p{L}]/u.test(text[at - 1] ?? '')) {
      // a short number: its unit (a word right after one space) may start the next line whole
      cuts.push(end + 1);
    }
  }
  if (cuts.length === 0) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut <= from || cut >= text.length) continue;
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * The runs of a phrase (`tăng 51 lần so với năm 2019`, `đứng thứ 3 toàn quốc`): a line may break
 * after any space except those beside a number, so a number never parts from the words around
 * it (`tăng 51 lần`, `năm 2019`). Joined, the runs are the text. Cost linear in the text.
 *
 * @example
 * phraseParts('tăng 51 lần so với năm 2019'); // ['tăng 51 lần ', 'so ', 'với ', 'năm 2019']
 */
export function phraseParts(text: string): readonly string[] {
  try {
    return phrasePartsUnguarded(text);
  } catch (error) {
    throw asPropsError('text', error);
  }
}

function phrasePartsUnguarded(text: string): readonly string[] {
  if (typeof text !== 'string') throw new PropsError('text', 'text');
  if (text.length === 0) return [];
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ' || i + 1 >= text.length) continue;
    // a number keeps the words on either side of it (`năm 2019`, `51 lần`)
    if (/\d/.test(text[i - 1] ?? '') || /\d/.test(text[i + 1] ?? '')) continue;
    parts.push(text.slice(from, i + 1));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts;
}
