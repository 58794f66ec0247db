import type { DecimalInput, RoundingMode } from '../decimal/decimal';
import { toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { pluralCategory, pluralWord } from '../locale/plural';
import { resolveLocale } from '../locale/resolve-locale';
import { WORDS } from '../locale/words';
import type { SignDisplay } from './options';
import { checkDecimals, checkRounding, checkSign, requireLocale } from './options';
import { body, signed, toDigits } from './render';

/** Options of {@link formatPoints}. */
export interface FormatPointsOptions {
  readonly locale: string;
  /** Exactly this many decimals. Default: the value's own decimals, at most 2. */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  /** Sign display (default `except-zero`: `+16,35`, `-2`, `0`). */
  readonly sign?: SignDisplay | undefined;
  /** `long` (default): `điểm phần trăm` / `percentage points`; `short` for table cells: `điểm %` / `pp`. */
  readonly length?: 'long' | 'short' | undefined;
}

/**
 * Formats a change of a rate in percentage points (`điểm phần trăm`), never in percent:
 * 56,35% after 40% is `+16,35 điểm phần trăm`, not `+40,9%`. English plurals follow
 * `Intl.PluralRules` (`+1 percentage point`, `+1.5 percentage points`).
 *
 * @example
 * formatPoints('16.35', { locale: 'vi' }); // '+16,35 điểm phần trăm'
 * formatPoints('16.35', { locale: 'en' }); // '+16.35 percentage points'
 * formatPoints('-1', { locale: 'en' }); // '-1 percentage point'
 * formatPoints('0', { locale: 'vi' }); // '0 điểm phần trăm'
 * formatPoints('16.35', { locale: 'en', length: 'short' }); // '+16.35 pp'
 */
export function formatPoints(points: DecimalInput, options: FormatPointsOptions): string {
  try {
    return formatPointsUnguarded(points, options);
  } catch (error) {
    throw asArgumentError('formatPoints', 'points or options', error);
  }
}

function formatPointsUnguarded(points: DecimalInput, options: FormatPointsOptions): string {
  const locale = resolveLocale(requireLocale(options));
  const decimals = checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding);
  const sign = checkSign(options.sign, 'except-zero');
  const d = toDigits(
    toNum(points, 'points'),
    decimals === undefined ? { maxDecimals: 2, rounding } : { decimals, rounding },
  );
  const words = WORDS[locale.words];
  const word =
    options.length === 'short'
      ? words.pointsShort
      : pluralWord(words.points, pluralCategory(locale.words, d.integer, d.fraction));
  return `${signed(d, body(d, locale), locale.number, sign)} ${word}`;
}
