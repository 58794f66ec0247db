import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';

/** Text placed before and after the digits of a formatted number (`-`, `%`, bidi marks). */
export interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
}

/** Positive, negative and explicitly signed (`+`) patterns for one style. */
export interface SignPatterns {
  readonly positive: NumberPattern;
  readonly negative: NumberPattern;
  readonly plus: NumberPattern;
}

/**
 * Everything the formatters and parsers need to know about a locale. The separators, digits,
 * grouping and sign patterns are facts taken from `Intl.NumberFormat`; the words come from the
 * library's own Vietnamese or English tables (every other language gets English words).
 */
export interface ResolvedLocale {
  /** The canonical BCP 47 tag that was asked for (`vi-VN`, `en`, `de-CH`). */
  readonly tag: string;
  /** Its language subtag (`vi`, `en`, `de`). */
  readonly language: string;
  /** Which built-in words apply: Vietnamese for `vi`, English for everything else. */
  readonly words: 'vi' | 'en';
  /** The locale `Intl` actually used (an unknown language falls back to the runtime default). */
  readonly intlLocale: string;
  /** Decimal separator (`,` in vi, `.` in en). */
  readonly decimal: string;
  /** Grouping separator (`.` in vi, `,` in en, a narrow no-break space in fr). */
  readonly group: string;
  /** The locale's digits 0–9 when they are not ASCII (Arabic-Indic in `ar-EG`); else `null`. */
  readonly digits: readonly string[] | null;
  /**
   * Grouping sizes: `primary` digits in the last group, `secondary` in the others (3 and 3; 3 and
   * 2 in `en-IN`), and the `minimum` digits before the first separator (2 in `es`: `1234`, `12.345`).
   */
  readonly grouping: { readonly primary: number; readonly secondary: number; readonly minimum: number };
  /** Sign patterns for plain numbers. */
  readonly number: SignPatterns;
  /** Sign patterns for percentages (`100,6%` in vi, `100,6 %` in de, `%100,6` in tr). */
  readonly percent: SignPatterns;
}

const cache = new Map<string, ResolvedLocale>();

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

function patternOf(parts: readonly Intl.NumberFormatPart[]): NumberPattern {
  let first = -1;
  let last = -1;
  parts.forEach((part, index) => {
    if (NUMERIC_PARTS.has(part.type)) {
      if (first < 0) first = index;
      last = index;
    }
  });
  const text = (from: number, to: number): string =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  return { prefix: text(0, first), suffix: text(last + 1, parts.length) };
}

function signPatterns(locale: string, style: 'decimal' | 'percent'): SignPatterns {
  // BigInt samples: locale facts are read without a single floating-point value.
  const plain = new Intl.NumberFormat(locale, { style });
  const plus = new Intl.NumberFormat(locale, { style, signDisplay: 'always' });
  return {
    positive: patternOf(plain.formatToParts(1n)),
    negative: patternOf(plain.formatToParts(-1n)),
    plus: patternOf(plus.formatToParts(1n)),
  };
}

function invalid(tag: unknown, cause?: unknown): ChitieuError {
  const shown = describeValue(tag);
  return new ChitieuError(
    'INVALID_LOCALE',
    `Expected a BCP 47 locale tag such as 'vi', 'vi-VN' or 'en', got ${shown}`,
    { path: 'locale', cause },
  );
}

function build(tag: string): ResolvedLocale {
  const language = (tag.split('-')[0] ?? tag).toLowerCase();
  const format = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, useGrouping: true });
  const intlLocale = format.resolvedOptions().locale;
  const parts = format.formatToParts(1234567890n);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const primary = integers.at(-1)?.length ?? 3;
  const secondary = integers.length > 2 ? (integers.at(-2)?.length ?? primary) : primary;
  const groups = (sample: bigint): boolean =>
    new Intl.NumberFormat(tag).formatToParts(sample).some((part) => part.type === 'group');
  const minimum = groups(1234n) ? 1 : groups(12345n) ? 2 : 3;
  const plainDigits = Array.from(
    new Intl.NumberFormat(tag, { useGrouping: false })
      .formatToParts(1234567890n)
      .find((part) => part.type === 'integer')?.value ?? '1234567890',
  );
  // '1234567890' lists the digits 1…9 then 0; reorder to 0…9.
  const ordered = [plainDigits[9], ...plainDigits.slice(0, 9)].map((digit, index) => digit ?? String(index));
  const ascii = ordered.join('') === '0123456789';
  return {
    tag,
    language,
    words: language === 'vi' ? 'vi' : 'en',
    intlLocale,
    decimal,
    group,
    digits: ascii ? null : ordered,
    grouping: { primary, secondary, minimum },
    number: signPatterns(tag, 'decimal'),
    percent: signPatterns(tag, 'percent'),
  };
}

/**
 * Validates a BCP 47 tag and returns the facts the formatters use: separators, digits, grouping,
 * sign and percent patterns (from `Intl`), and which words apply (Vietnamese for `vi`, English
 * for every other language). Results are cached per tag.
 *
 * @throws {ChitieuError} `INVALID_LOCALE` when the tag is not a string or not valid BCP 47.
 *
 * @example
 * resolveLocale('vi-VN'); // { tag: 'vi-VN', language: 'vi', words: 'vi', decimal: ',', group: '.', … }
 * resolveLocale('en').decimal; // '.'
 * resolveLocale('de-CH').words; // 'en': Intl's Swiss separators, English words
 * resolveLocale('not a tag'); // throws ChitieuError INVALID_LOCALE
 */
export function resolveLocale(tag: string): ResolvedLocale {
  if (typeof tag !== 'string') throw invalid(tag);
  const cached = cache.get(tag);
  if (cached) return cached;
  let canonical: string;
  try {
    const [first] = Intl.getCanonicalLocales(tag);
    if (first === undefined) throw invalid(tag);
    canonical = first;
  } catch (error) {
    throw ChitieuError.is(error) ? error : invalid(tag, error);
  }
  const resolved = cache.get(canonical) ?? build(canonical);
  cache.set(canonical, resolved);
  cache.set(tag, resolved);
  return resolved;
}
