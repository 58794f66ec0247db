import type { DecimalInput, RoundingMode } from '../decimal/decimal';
import { toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { pluralCategory, pluralWord } from '../locale/plural';
import { resolveLocale } from '../locale/resolve-locale';
import { chooseWords } from '../locale/unit-words';
import { WORDS } from '../locale/words';
import type { DensitySpec, Indicator, UnitWords } from '../model/types';
import { checkDecimals, checkRounding, requireLocale } from './options';
import { printed } from './printed';
import { body, signed, toDigits } from './render';

/** Options of {@link formatDensity}. */
export interface FormatDensityOptions {
  readonly locale: string;
  /**
   * Exactly this many decimals. Default: the spec's `decimals`, else the decimals the value was
   * written with (`"49.8"` → 1, `"80.00"` → 2), at most 2 — a computed density prints with 2.
   */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  /** The density spec; default the indicator's `density`. */
  readonly spec?: DensitySpec | undefined;
}

function words(text: UnitWords | undefined, locale: string, integer: string, fraction: string): string | null {
  const chosen = chooseWords(text, locale);
  if (!chosen) return null;
  return pluralWord(chosen.text, pluralCategory(chosen.language, integer, fraction));
}

/**
 * Formats a density per N inhabitants: vi `49,8 thuê bao/100 dân`, `80,00 máy/100 dân`;
 * en `49.8 subscribers per 100 inhabitants`. The unit words are the spec's (`máy` for phones)
 * or else the indicator's unit words; the population words default to `dân` / `inhabitants`.
 *
 * @throws {ChitieuError} `INVALID_OPTION` when neither `spec` nor the indicator has a density.
 *
 * @example
 * formatDensity('49.8', broadband, { locale: 'vi' }); // '49,8 thuê bao/100 dân'
 * formatDensity('80.00', phones, { locale: 'vi' }); // '80,00 máy/100 dân'
 * formatDensity('49.8', broadband, { locale: 'en' }); // '49.8 subscribers per 100 inhabitants'
 * formatDensity('49.80664451827242', broadband, { locale: 'vi' }); // '49,81 thuê bao/100 dân'
 */
export function formatDensity(value: DecimalInput, indicator: Indicator, options: FormatDensityOptions): string {
  try {
    return formatDensityUnguarded(value, indicator, options);
  } catch (error) {
    throw asArgumentError('formatDensity', 'value, indicator or options', error);
  }
}

function formatDensityUnguarded(value: DecimalInput, indicator: Indicator, options: FormatDensityOptions): string {
  const tag = requireLocale(options);
  const locale = resolveLocale(tag);
  const spec = options.spec ?? indicator.density;
  if (!spec) {
    throw new ChitieuError('INVALID_OPTION', `Indicator "${indicator.id}" has no density (density: { per: 100 })`, {
      path: 'indicator.density',
    });
  }
  const stated = printed(value);
  const decimals = checkDecimals(options.decimals) ?? spec.decimals ?? Math.min(stated.decimals, 2);
  const d = toDigits(stated.value, { decimals, rounding: checkRounding(options.rounding) });
  const number = signed(d, body(d, locale), locale.number, 'auto');
  const perDigits = toDigits(toNum(spec.per, 'density.per'), {});
  const per = body(perDigits, locale);
  const unit = words(spec.unit ?? indicator.unit.words, tag, d.integer, d.fraction) ?? indicator.unit.code;
  const population =
    words(spec.population, tag, perDigits.integer, perDigits.fraction) ??
    pluralWord(WORDS[locale.words].population, pluralCategory(locale.words, perDigits.integer, perDigits.fraction));
  return locale.words === 'vi'
    ? `${number} ${unit}/${per} ${population}`
    : `${number} ${unit} per ${per} ${population}`;
}
