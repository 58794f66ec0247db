import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
import { resolveLocale } from '../locale/resolve-locale';
import { WORDS } from '../locale/words';
import type { Direction } from '../model/types';

/**
 * A label for an indicator's direction: vi `Càng cao càng tốt`, `Càng thấp càng tốt`,
 * `Giữ ổn định`; en `Higher is better`, `Lower is better`, `Hold steady`.
 *
 * @throws {ChitieuError} `INVALID_OPTION` for an unknown direction.
 *
 * @example
 * directionLabel('lower-is-better', 'vi'); // 'Càng thấp càng tốt'
 * directionLabel('higher-is-better', 'en'); // 'Higher is better'
 */
export function directionLabel(direction: Direction, locale: string): string {
  try {
    return directionLabelUnguarded(direction, locale);
  } catch (error) {
    throw asArgumentError('directionLabel', 'direction or locale', error);
  }
}

function directionLabelUnguarded(direction: Direction, locale: string): string {
  const words = WORDS[resolveLocale(locale).words].direction;
  if (!Object.hasOwn(words, direction)) {
    throw new ChitieuError('INVALID_OPTION', `Unknown direction ${describeValue(direction)}`, { path: 'direction' });
  }
  return words[direction];
}
