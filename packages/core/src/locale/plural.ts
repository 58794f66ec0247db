import type { PluralText } from '../model/types';

const rulesCache = new Map<string, Intl.PluralRules>();

function rules(language: string, fractionDigits: number): Intl.PluralRules {
  const key = `${language}|${fractionDigits}`;
  let found = rulesCache.get(key);
  if (!found) {
    found = new Intl.PluralRules(language, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    rulesCache.set(key, found);
  }
  return found;
}

/**
 * CLDR plural category of a number given as its printed digits (after rounding), read with
 * `Intl.PluralRules`. The value itself never becomes a JavaScript number: plural rules look at
 * the last digits of the integer (i mod 10 … i mod 1000000), at whether it is zero, and at the
 * visible fraction digits, so a short stand-in with the same trailing digits is exact for them.
 * @internal
 */
export function pluralCategory(language: string, integer: string, fraction: string): Intl.LDMLPluralRule {
  const trimmed = integer.replace(/^0+(?=\d)/, '');
  const shortInteger = trimmed.length > 7 ? `1${trimmed.slice(-6)}` : trimmed;
  const shortFraction = fraction.slice(0, 6);
  const standIn = shortFraction ? `${shortInteger}.${shortFraction}` : shortInteger;
  // PluralRules#select applies ToNumber to its argument (ECMA-402); the stand-in has at most 13
  // significant digits, so that conversion is exact.
  return rules(language, shortFraction.length).select(standIn as unknown as number);
}

/** The word for a plural category: `{ one, other }` records pick `one` only for `one`. @internal */
export function pluralWord(text: PluralText, category: Intl.LDMLPluralRule): string {
  if (typeof text === 'string') return text;
  return category === 'one' ? text.one : text.other;
}
