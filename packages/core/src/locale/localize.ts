import { asArgumentError, badArgument } from '../errors/arguments';
import type { LocalizedText } from '../model/types';
import { resolveLocale } from './resolve-locale';

/**
 * Keys to try for a locale, best first: the exact tag, its language, English, Vietnamese.
 * @internal
 */
export function fallbackKeys(locale: string): string[] {
  const { tag, language } = resolveLocale(locale);
  return [...new Set([tag, language, 'en', 'vi'])];
}

/**
 * Looks a localized record up with the documented fallback: the exact tag (`vi-VN`), then its
 * language (`vi`), then English, then Vietnamese, then any other entry. Keys match
 * case-insensitively. Returns `undefined` only when the record has no entry at all.
 * @internal
 */
export function pick<T>(record: { readonly [key: string]: T | undefined }, locale: string): T | undefined {
  return pickEntry(record, locale)?.[1];
}

/** Like {@link pick}, with the key that matched (its language decides plural rules). @internal */
export function pickEntry<T>(
  record: { readonly [key: string]: T | undefined },
  locale: string,
): readonly [string, T] | undefined {
  const lower = new Map<string, readonly [string, T]>();
  for (const [key, value] of Object.entries(record)) {
    const k = key.toLowerCase();
    if (value !== undefined && !lower.has(k)) lower.set(k, [k, value]);
  }
  for (const key of fallbackKeys(locale)) {
    const found = lower.get(key.toLowerCase());
    if (found !== undefined) return found;
  }
  return lower.values().next().value;
}

/**
 * Picks the text for a locale from a {@link LocalizedText}. A plain string is the same in every
 * locale. For a record the fallback is: exact tag (`vi-VN`) → language (`vi`) → English →
 * Vietnamese → any other entry → `''` (never `undefined`).
 *
 * @throws {ChitieuError} `INVALID_LOCALE` when `locale` is not a valid BCP 47 tag.
 *
 * @example
 * const name = { vi: 'Tổng doanh thu', en: 'Total revenue' };
 * localize(name, 'vi-VN'); // 'Tổng doanh thu'
 * localize(name, 'en-GB'); // 'Total revenue'
 * localize(name, 'fr'); // 'Total revenue' (English is the first fallback)
 * localize({ vi: 'Doanh thu' }, 'en'); // 'Doanh thu' (then Vietnamese)
 * localize('Doanh thu', 'en'); // 'Doanh thu'
 */
export function localize(text: LocalizedText, locale: string): string {
  try {
    return localizeUnguarded(text, locale);
  } catch (error) {
    throw asArgumentError('localize', 'text or locale', error);
  }
}

function localizeUnguarded(text: LocalizedText, locale: string): string {
  if (typeof text === 'string') {
    resolveLocale(locale);
    return text;
  }
  if (typeof text !== 'object' || text === null) throw badArgument('localize', 0, 'text', TEXT, text);
  const picked = pick(text, locale) ?? '';
  if (typeof picked !== 'string') throw badArgument('localize', 0, 'text', TEXT, text);
  return picked;
}

const TEXT = 'a string or a record of strings such as { vi: "Doanh thu", en: "Revenue" }';
