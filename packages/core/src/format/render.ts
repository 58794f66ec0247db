import type { Num, RoundingMode } from '../decimal/decimal';
import { digits, round } from '../decimal/decimal';
import type { ResolvedLocale, SignPatterns } from '../locale/resolve-locale';
import type { SignDisplay } from './options';

/** How to turn an exact value into digits. @internal */
export interface DigitOptions {
  /** Exactly this many decimals (rounded, zero-padded). */
  readonly decimals?: number | undefined;
  /** At most this many decimals (rounded, trailing zeros dropped); ignored when `decimals` is set. */
  readonly maxDecimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
}

/** A value rounded for display, as digit strings. @internal */
export interface Digits {
  readonly negative: boolean;
  readonly zero: boolean;
  readonly integer: string;
  readonly fraction: string;
}

/**
 * Rounds and splits a value into digit strings: never through a JavaScript number.
 * @internal
 */
export function toDigits(value: Num, options: DigitOptions): Digits {
  const mode = options.rounding ?? 'half-up';
  let rounded = value;
  if (options.decimals !== undefined) rounded = round(value, options.decimals, mode);
  else if (options.maxDecimals !== undefined) rounded = round(value, options.maxDecimals, mode);
  const { negative, integer, fraction } = digits(rounded);
  const padded = options.decimals !== undefined ? fraction.padEnd(options.decimals, '0') : fraction;
  const zero = /^0*$/.test(integer) && /^0*$/.test(padded);
  return { negative: negative && !zero, zero, integer, fraction: padded };
}

/** Inserts grouping separators the way the locale does (3-3-3, 2-2-3 in en-IN, none below 10.000 in es). @internal */
export function groupInteger(integer: string, locale: ResolvedLocale): string {
  const { primary, secondary, minimum } = locale.grouping;
  if (integer.length < primary + minimum) return integer;
  const groups = [integer.slice(-primary)];
  let rest = integer.slice(0, -primary);
  while (rest.length > secondary) {
    groups.unshift(rest.slice(-secondary));
    rest = rest.slice(0, -secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.join(locale.group);
}

/** Replaces ASCII digits by the locale's own (Arabic-Indic, Devanagari, …). @internal */
export function localDigits(text: string, locale: ResolvedLocale): string {
  const table = locale.digits;
  if (!table) return text;
  return text.replace(/[0-9]/g, (digit) => table[digit.charCodeAt(0) - 48] ?? digit);
}

/** Digits with grouping and decimal separator, no sign. @internal */
export function body(d: Digits, locale: ResolvedLocale, grouping = true): string {
  const integer = grouping ? groupInteger(d.integer, locale) : d.integer;
  const text = d.fraction ? `${integer}${locale.decimal}${d.fraction}` : integer;
  return localDigits(text, locale);
}

/** Wraps a body in the locale's sign pattern. @internal */
export function signed(d: Digits, text: string, patterns: SignPatterns, sign: SignDisplay): string {
  const pattern = d.negative
    ? patterns.negative
    : sign === 'always' || (sign === 'except-zero' && !d.zero)
      ? patterns.plus
      : patterns.positive;
  return `${pattern.prefix}${text}${pattern.suffix}`;
}
