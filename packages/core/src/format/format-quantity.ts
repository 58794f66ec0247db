import type { DecimalInput, RoundingMode } from '../decimal/decimal';
import { abs, isZero, mul, pow10, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { pluralCategory } from '../locale/plural';
import type { ResolvedLocale } from '../locale/resolve-locale';
import { resolveLocale } from '../locale/resolve-locale';
import { resolveUnit, unitWord } from '../locale/unit-words';
import { WORDS } from '../locale/words';
import type { Indicator, Unit } from '../model/types';
import type { SignDisplay } from './options';
import { checkDecimals, checkRounding, checkSign, requireLocale } from './options';
import type { DigitOptions, Digits } from './render';
import { body, signed, toDigits } from './render';
import type { DisplayScale } from './scale';
import { floorScale, isDisplayScale } from './scale';

/**
 * Which scale word to show:
 * - `keep` (default): the value's own scale (`3.630 tỷ đồng` for revenue kept in billions);
 * - `auto`: the largest scale with a non-zero integer part (`3,63 nghìn tỷ đồng`, `3.63 trillion VND`);
 * - `compact`: like `auto`, with three significant digits (`2,89 triệu thuê bao`);
 * - a power of ten with a word (`0`, `3`, `6`, `9`, `12`): that scale.
 */
export type ScaleDisplay = 'keep' | 'auto' | 'compact' | 0 | 3 | 6 | 9 | 12;

/** Options of {@link formatQuantity}. */
export interface FormatQuantityOptions {
  readonly locale: string;
  /** The unit, or a built-in unit code. Default: the indicator's unit; without either, no words. */
  readonly unit?: Unit | string | undefined;
  /** The indicator the value belongs to: supplies unit, scale and decimals. */
  readonly indicator?: Indicator | undefined;
  /** Power of ten the value is stated in (`9` for `tỷ đồng`). Default: the indicator's, else 0. */
  readonly scale?: number | undefined;
  /** Scale to display; see {@link ScaleDisplay}. */
  readonly display?: ScaleDisplay | undefined;
  /**
   * Exactly this many decimals. Default: the indicator's decimals (in `keep`; shifted and with
   * trailing zeros dropped when another scale is shown), else the value's own decimals.
   */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  readonly sign?: SignDisplay | undefined;
}

function checkScale(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -30 || value > 30) {
    throw new ChitieuError('INVALID_OPTION', `Expected an integer scale from -30 to 30, got ${String(value)}`, {
      path: 'scale',
    });
  }
  return value;
}

/** Number of digits in the integer part, ignoring leading zeros (0 for values below 1). */
function integerDigits(text: string): number {
  return text.replace(/^0+/, '').length;
}

/**
 * Formats a quantity with its scale word and unit words: `3.630 tỷ đồng`, `2.890.000 thuê bao`,
 * `18 triệu tờ, cuốn`, `56,35%`; in English `3,630 billion VND`, `2,890,000 subscribers`,
 * `1 subscriber`. Values are in the indicator's scale (revenue `"3630"` with scale 9 is
 * 3.630 tỷ đồng). Unit words fall back from the locale to English, then Vietnamese, then any
 * language the unit has, then the unit's code; every language other than vi uses English scale
 * words.
 *
 * @throws {ChitieuError} `UNKNOWN_UNIT` for an unknown unit code; `INVALID_OPTION` for a bad scale or display.
 *
 * @example
 * formatQuantity('3630', { locale: 'vi', unit: 'VND', scale: 9 }); // '3.630 tỷ đồng'
 * formatQuantity('3630', { locale: 'en', unit: 'VND', scale: 9 }); // '3,630 billion VND'
 * formatQuantity('3630', { locale: 'en', unit: 'VND', scale: 9, display: 'auto' }); // '3.63 trillion VND'
 * formatQuantity('3630', { locale: 'vi', unit: 'VND', scale: 9, display: 12 }); // '3,63 nghìn tỷ đồng'
 * formatQuantity('2890000', { locale: 'vi', unit: 'subscriber' }); // '2.890.000 thuê bao'
 * formatQuantity('1', { locale: 'en', unit: 'subscriber' }); // '1 subscriber'
 * formatQuantity('2890000', { locale: 'en', unit: 'subscriber', display: 'compact' }); // '2.89 million subscribers'
 * formatQuantity('56.35', { locale: 'vi', unit: 'percent' }); // '56,35%'
 */
export function formatQuantity(value: DecimalInput, options: FormatQuantityOptions): string {
  try {
    return formatQuantityUnguarded(value, options);
  } catch (error) {
    throw asArgumentError('formatQuantity', 'value or options', error);
  }
}

function formatQuantityUnguarded(value: DecimalInput, options: FormatQuantityOptions): string {
  const locale = resolveLocale(requireLocale(options));
  const indicator = options.indicator;
  const unitOption = options.unit ?? indicator?.unit;
  const unit = unitOption === undefined ? undefined : resolveUnit(unitOption);
  const scale = checkScale(options.scale ?? indicator?.scale ?? 0);
  const decimals = checkDecimals(options.decimals);
  const baseDecimals = decimals === undefined ? checkDecimals(indicator?.decimals, 'indicator.decimals') : undefined;
  const rounding = checkRounding(options.rounding);
  const sign = checkSign(options.sign);
  const display = options.display ?? 'keep';
  const n = toNum(value, 'value');

  if (unit?.kind === 'percent') {
    const d = toDigits(n, decimals !== undefined ? { decimals, rounding } : { decimals: baseDecimals, rounding });
    return signed(d, body(d, locale), locale.percent, sign);
  }

  let shown: DisplayScale;
  if (display === 'keep') shown = floorScale(scale);
  else if (display === 'auto' || display === 'compact') {
    if (isZero(n)) shown = floorScale(scale);
    else {
      const magnitude = integerDigits(toDigits(abs(n), {}).integer);
      // power of ten of the leading digit in base units; values below 1 in their scale go down
      const leading = magnitude > 0 ? scale + magnitude - 1 : scale - 1;
      shown = floorScale(leading);
    }
  } else if (typeof display === 'number' && isDisplayScale(display)) shown = display;
  else {
    throw new ChitieuError(
      'INVALID_OPTION',
      `Expected display 'keep', 'auto', 'compact', 0, 3, 6, 9 or 12, got ${String(display)}`,
      { path: 'display' },
    );
  }

  let shifted = shown === scale ? n : mul(n, pow10(scale - shown));
  let digitOptions: DigitOptions;
  if (decimals !== undefined) digitOptions = { decimals, rounding };
  else if (display === 'compact') {
    let whole = integerDigits(toDigits(abs(shifted), { decimals: 0, rounding }).integer);
    if (whole > 3 && shown < 12 && shown >= scale - 3) {
      // 999.600 rounds to 1.000 nghìn: show 1 triệu instead
      shown = floorScale(shown + 3);
      shifted = mul(n, pow10(scale - shown));
      whole = integerDigits(toDigits(abs(shifted), { decimals: 0, rounding }).integer);
    }
    digitOptions = { maxDecimals: Math.max(0, 3 - whole), rounding };
  } else if (baseDecimals !== undefined) {
    digitOptions =
      shown === scale
        ? { decimals: baseDecimals, rounding }
        : { maxDecimals: Math.max(0, baseDecimals + shown - scale), rounding };
  } else digitOptions = { rounding };
  const d = toDigits(shifted, digitOptions);
  return compose(d, locale, shown, unit, sign, options.locale);
}

/** Number, scale word and unit words, separated by spaces. @internal */
export function compose(
  d: Digits,
  locale: ResolvedLocale,
  shown: DisplayScale,
  unit: Unit | undefined,
  sign: SignDisplay,
  tag: string,
): string {
  const parts = [signed(d, body(d, locale), locale.number, sign)];
  if (shown !== 0) parts.push(WORDS[locale.words].scales[shown]);
  if (unit) {
    // with a scale word the count is large: always the plural ("1 million subscribers")
    const word = unitWord(unit, tag, (language) =>
      shown !== 0 ? 'other' : pluralCategory(language, d.integer, d.fraction),
    );
    if (word) parts.push(word);
  }
  return parts.join(' ');
}
