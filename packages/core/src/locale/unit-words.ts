import { ChitieuError } from '../errors/chitieu-error';
import type { PluralText, Unit, UnitWords } from '../model/types';
import { findUnit } from '../model/units';
import { pickEntry } from './localize';
import { pluralWord } from './plural';

/**
 * Resolves a unit option: a `Unit`, or the code of a built-in unit.
 * @throws {ChitieuError} `UNKNOWN_UNIT` for a code that is not built in.
 * @internal
 */
export function resolveUnit(unit: Unit | string, path = 'unit'): Unit {
  if (typeof unit !== 'string') return unit;
  const found = findUnit(unit);
  if (!found) {
    throw new ChitieuError(
      'UNKNOWN_UNIT',
      `Unknown unit code ${JSON.stringify(unit)}: pass a Unit object or a built-in code (VND, subscriber, percent, …)`,
      { path },
    );
  }
  return found;
}

/** Words for a locale and the language whose plural rules apply to them. @internal */
export interface ChosenWords {
  readonly text: PluralText;
  readonly language: string;
}

/**
 * Picks words for a locale with the documented fallback: exact tag → language → English →
 * Vietnamese → any other entry. Returns `undefined` when the record is empty.
 * @internal
 */
export function chooseWords(words: UnitWords | undefined, locale: string): ChosenWords | undefined {
  if (!words) return undefined;
  const entry = pickEntry(words, locale);
  if (!entry) return undefined;
  const [key, text] = entry;
  return { text, language: key.split('-')[0] ?? key };
}

/**
 * The unit's words for a locale and plural category. Fallback: the locale's words → English →
 * Vietnamese → any other language → the unit's code. An empty string means "no words" (plain counts).
 * @internal
 */
export function unitWord(unit: Unit, locale: string, category: (language: string) => Intl.LDMLPluralRule): string {
  const chosen = chooseWords(unit.words, locale);
  if (!chosen) return unit.code;
  return pluralWord(chosen.text, category(chosen.language));
}
