import type { DecimalString } from '../decimal/decimal-string';
import { ChitieuError } from '../errors/chitieu-error';
import { quote } from '../errors/quote';
import { resolveLocale } from '../locale/resolve-locale';
import { readNumber } from './read-number';

/** Checks the arguments every parser shares. @internal */
export function checkParseInput(text: unknown, locale: unknown): void {
  if (typeof text !== 'string') {
    throw new ChitieuError('PARSE_ERROR', `Expected text to parse, got ${text === null ? 'null' : typeof text}`, {
      path: 'text',
    });
  }
  if (locale === undefined || locale === null || locale === '') {
    throw new ChitieuError(
      'PARSE_ERROR',
      `Parsing ${quote(text)} needs a locale: '3.630' is 3630 in Vietnamese and 3.63 in English, so the library never guesses`,
      { path: 'locale' },
    );
  }
}

/**
 * Reads a number written the way a locale writes it, strictly, and returns it as a canonical
 * decimal string. A locale is required: `3.630` is three thousand six hundred thirty in
 * Vietnamese and 3.63 in English, and the library never guesses. Grouping must be where the
 * locale puts it (or absent), there is at most one decimal separator with digits on both sides,
 * and a separator the locale does not use is an error. Any ASCII or locale digits, a leading
 * `-`, `−` or `+`.
 *
 * @throws {ChitieuError} `PARSE_ERROR` saying why (wrong grouping, mixed separators, no locale,
 * a percent sign, stray characters); `INVALID_LOCALE` for an invalid tag.
 *
 * @example
 * parseNumber('3.630', 'vi'); // '3630'
 * parseNumber('3.630', 'en'); // '3.63'
 * parseNumber('1.234,5', 'vi'); // '1234.5'
 * parseNumber('2.890.000', 'vi-VN'); // '2890000'
 * parseNumber('-1,5', 'vi'); // '-1.5'
 * parseNumber('1.23.456', 'vi'); // throws PARSE_ERROR: grouping in the wrong place
 * parseNumber('1,234.5', 'vi'); // throws PARSE_ERROR: mixed separators
 * parseNumber('3.630', ''); // throws PARSE_ERROR: parsing needs a locale
 */
export function parseNumber(text: string, locale: string): DecimalString {
  checkParseInput(text, locale);
  return readNumber(text, resolveLocale(locale)).value;
}
