import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { resolveLocale } from '../locale/resolve-locale';
import { resolveUnit, unitWord } from '../locale/unit-words';
import { WORDS } from '../locale/words';
import type { Indicator, Unit } from '../model/types';
import { requireLocale } from './options';
import { floorScale } from './scale';

/** Options of {@link unitLabel}. */
export interface UnitLabelOptions {
  readonly locale: string;
  /** The indicator whose unit and scale to name. */
  readonly indicator?: Indicator | undefined;
  /** A unit or built-in unit code (default: the indicator's). */
  readonly unit?: Unit | string | undefined;
  /** Power of ten of the values (default: the indicator's scale, else 0). */
  readonly scale?: number | undefined;
}

/**
 * The unit as a column header or axis label says it, without a number: the scale word and the
 * unit words in their plural form — `tỷ đồng`, `thuê bao`, `triệu tờ, cuốn`, `%`; in English
 * `billion VND`, `subscribers`, `million copies`. Same words and fallbacks as
 * {@link formatQuantity}.
 *
 * @example
 * unitLabel({ locale: 'vi', indicator: revenue }); // 'tỷ đồng'
 * unitLabel({ locale: 'en', indicator: revenue }); // 'billion VND'
 * unitLabel({ locale: 'en', unit: 'subscriber' }); // 'subscribers'
 * unitLabel({ locale: 'vi', unit: 'percent' }); // '%'
 */
export function unitLabel(options: UnitLabelOptions): string {
  try {
    return unitLabelUnguarded(options);
  } catch (error) {
    throw asArgumentError('unitLabel', 'options', error);
  }
}

function unitLabelUnguarded(options: UnitLabelOptions): string {
  const tag = requireLocale(options);
  const locale = resolveLocale(tag);
  const unitOption = options.unit ?? options.indicator?.unit;
  const unit = unitOption === undefined ? undefined : resolveUnit(unitOption);
  const scale = options.scale ?? options.indicator?.scale ?? 0;
  if (!Number.isInteger(scale)) {
    throw new ChitieuError('INVALID_OPTION', `Expected an integer scale, got ${String(scale)}`, { path: 'scale' });
  }
  if (unit?.kind === 'percent') return '%';
  const shown = floorScale(scale);
  const parts: string[] = [];
  if (shown !== 0) parts.push(WORDS[locale.words].scales[shown]);
  if (unit) {
    const word = unitWord(unit, tag, () => 'other');
    if (word) parts.push(word);
  }
  return parts.join(' ');
}
