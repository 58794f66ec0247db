import type { DecimalInput, Num, RoundingMode } from '../decimal/decimal';
import { toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { resolveLocale } from '../locale/resolve-locale';
import type { SignDisplay } from './options';
import { checkDecimals, checkRounding, checkSign, requireLocale } from './options';
import { body, signed, toDigits } from './render';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** BCP 47 tag: `vi`, `vi-VN`, `en`; other languages use Intl's separators. */
  readonly locale: string;
  /** Exactly this many decimals (rounded, zero-padded). Default: the value's own decimals, unrounded. */
  readonly decimals?: number | undefined;
  /** Rounding mode (default `half-up`). */
  readonly rounding?: RoundingMode | undefined;
  /** Sign display (default `auto`: only `-`). A value that rounds to zero never shows `-`. */
  readonly sign?: SignDisplay | undefined;
  /** Grouping separators (default `true`). */
  readonly grouping?: boolean | undefined;
}

const cache = new Map<string, (value: Num) => string>();

/**
 * A cached number formatter for one locale and set of options.
 * @internal
 */
export function numberFormatter(options: FormatNumberOptions): (value: Num) => string {
  const key = `${options.locale}|${options.decimals}|${options.rounding}|${options.sign}|${options.grouping}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const locale = resolveLocale(requireLocale(options));
  const decimals = checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding);
  const sign = checkSign(options.sign);
  const grouping = options.grouping !== false;
  const format = (value: Num): string => {
    const d = toDigits(value, { decimals, rounding });
    return signed(d, body(d, locale, grouping), locale.number, sign);
  };
  if (cache.size > 500) cache.clear();
  cache.set(key, format);
  return format;
}

/**
 * Formats an exact decimal for a locale: Vietnamese `3.630`, `2.890.000`, `49,8`; English
 * `3,630`, `49.8`; any other locale with Intl's separators and digits. The digits come from the
 * decimal itself, never from a JavaScript number, so 20-digit values and `0.1 + 0.2`-style
 * inputs print exactly. Without `decimals` the value prints with all its own decimals.
 *
 * @throws {ChitieuError} `INVALID_DECIMAL` for a value that is not a decimal (NaN, `'1,5'`),
 * `INVALID_LOCALE` for a bad tag, `INVALID_OPTION` for bad options.
 *
 * @example
 * formatNumber('3630', { locale: 'vi' }); // '3.630'
 * formatNumber('2890000', { locale: 'en' }); // '2,890,000'
 * formatNumber('49.8', { locale: 'vi' }); // '49,8'
 * formatNumber('80', { locale: 'vi', decimals: 2 }); // '80,00'
 * formatNumber('1.005', { locale: 'en', decimals: 2 }); // '1.01' (half-up, exact)
 * formatNumber('16.35', { locale: 'vi', sign: 'always' }); // '+16,35'
 * formatNumber('12345678901234567890.5', { locale: 'en' }); // '12,345,678,901,234,567,890.5'
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions): string {
  try {
    return formatNumberUnguarded(value, options);
  } catch (error) {
    throw asArgumentError('formatNumber', 'value or options', error);
  }
}

function formatNumberUnguarded(value: DecimalInput, options: FormatNumberOptions): string {
  const format = numberFormatter(options);
  return format(toNum(value, 'value'));
}
