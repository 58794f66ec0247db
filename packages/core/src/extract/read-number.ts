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

function readUncached(text: string, locale: ExtractLocale): PrintedNumber | { readonly error: string } {
  try {
    const read = readLocaleNumber(text, resolveLocale(locale));
    return printed(read.value, read.decimals, text);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
