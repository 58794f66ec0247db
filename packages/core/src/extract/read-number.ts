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
  try {
    const read = readLocaleNumber(text, resolveLocale(locale));
    return printed(read.value, read.decimals, text);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
