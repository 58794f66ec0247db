import { resolveLocale } from '../locale/resolve-locale';
import { readNumber as readLocaleNumber } from '../parse/read-number';
import { printed } from './numeral';
import type { ExtractLocale, PrintedNumber } from './types';

/**
 * Reads one number token strictly in the locale (the parser of `parseNumber`), keeping its
 * printed precision. Malformed or ambiguous text (`1.5` in Vietnamese, `3,63` in English)
 * comes back as the parser's reason: the extractor reports it as unread instead of guessing.
 */
export function readNumber(text: string, locale: ExtractLocale): PrintedNumber | { readonly error: string } {
  // The rules try several readings at each number: a number's text is read once per locale.
  const cache = READ[locale];
  const known = cache.get(text);
  if (known) return known;
  const read = readUncached(text, locale);
  if (cache.size >= READ_MAX) cache.clear();
  cache.set(text, read);
  return read;
}

/** Numbers read, per locale (report text repeats its numbers; bounded). */
const READ: Record<ExtractLocale, Map<string, PrintedNumber | { readonly error: string }>> = {
  vi: new Map(),
  en: new Map(),
};
const READ_MAX = 20_000;

/** Digits, one comma, one or two digits: `4,8`, `12,25` (a thousands comma is followed by three digits). */
export const DECIMAL_COMMA = /^\d+,\d{1,2}$/u;

/** Digits, one point, one or two digits: `101.86`, `7.2` (a thousands point is followed by three digits). */
export const DECIMAL_POINT = /^\d+\.\d{1,2}$/u;

/**
 * Digits grouped by commas the English way, which no Vietnamese reading allows: two groups or more
 * (`1,250,000`), or a group then a decimal point (`1,733.7`). Not one group alone: `49,000%` is a
 * percentage printed to three decimals as well as 49 000 (`162,000` stays doubted, round 50).
 */
const ENGLISH_GROUPS = /^\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|(?:,\d{3})+\.\d+)$/u;

/** Digits grouped the South Asian way: one or two, pairs, then three (`2,45,000`, `12,34,567.5`). */
const INDIAN_GROUPS = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/u;

/** The spaces that group a number's digits (see the tokenizer's `SPACE_GROUPS`). */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/gu;
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/u;

function readUncached(text: string, locale: ExtractLocale): PrintedNumber | { readonly error: string } {
  // `346 000`: digits grouped by spaces are read without them, in either locale (`3 000,5` in
  // Vietnamese, `3 000.5` in English); the printed text is kept.
  if (GROUP_SPACE.test(text)) {
    const read = readUncached(text.replace(GROUP_SPACES, ''), locale);
    return 'error' in read ? read : printed(read.value, read.decimals, text);
  }
  // `4,8 million` in English text: a comma before one or two digits groups no thousands — the
  // decimal comma of a writer of Vietnamese, read as such; the field is doubted (`decimal-comma`).
  if (locale === 'en' && DECIMAL_COMMA.test(text)) return readUncached(text, 'vi');
  // `đạt 101.86% so với kế hoạch`, `Diện tích 7.2 ha` in Vietnamese text: a point before one or two
  // digits groups no thousands — the decimal point of a writer used to English, read as such; a
  // value with no unit or scale is doubted (`decimal-point`: `ngày 30.4` is a date).
  if (locale === 'vi' && DECIMAL_POINT.test(text)) return readUncached(text, 'en');
  // `1,250,000 USD`, `1,733.7 triệu giờ` in Vietnamese text: the English grouping of the overseas press
  // (round 56: they had been unread)
  if (locale === 'vi' && ENGLISH_GROUPS.test(text)) return readUncached(text, 'en');
  // `Rs 2,45,000 crore`, `12,34,567 tonnes`: the South Asian grouping (three digits, then twos) —
  // no English grouping, read as the Indian locale groups it (round 45; it had been an unread number)
  const tag = locale === 'en' && INDIAN_GROUPS.test(text) ? 'en-IN' : locale;
  try {
    const read = readLocaleNumber(text, resolveLocale(tag));
    return printed(read.value, read.decimals, text);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
