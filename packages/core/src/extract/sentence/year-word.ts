import type { Token } from '../tokenize';

const YEAR = /^(?:19|20)\d\d$/u;

/** A year as the sentence steps read one: four digits from 1900 to 2099. */
export const isYearText = (text: string): boolean => YEAR.test(text);

/** A number token that is a year (`isYearText`). */
export const isYearToken = (t: Token | undefined): t is Token => t?.kind === 'number' && YEAR.test(t.text);
