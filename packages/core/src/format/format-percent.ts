import type { DecimalInput, Num, RoundingMode } from '../decimal/decimal';
import { HUNDRED, round, shift, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { resolveLocale } from '../locale/resolve-locale';
import type { Boundary } from '../math/rounding';
import { guard } from '../math/rounding';
import type { SignDisplay } from './options';
import { checkDecimals, checkRounding, checkSign, requireLocale } from './options';
import { body, signed, toDigits } from './render';

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  readonly locale: string;
  /** Exactly this many decimals. Default: the percentage's own decimals, at most 2 (`100,6%`, `105,88%`). */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  /** Sign display (default `auto`). */
  readonly sign?: SignDisplay | undefined;
  /** Whether the value is a ratio (`1.006`, default) or already a percentage (`100.6`). */
  readonly from?: 'ratio' | 'percent' | undefined;
  /**
   * The boundary guard `evaluate` applies to `completionPercent`: the printed number agrees with
   * the status. By default (`undefined`) the 100% boundary is guarded: an exact value below 100%
   * never prints `100%` and one above never prints exactly `100%`, so a missed plan cannot be
   * printed as met by accident. `true` also guards the near threshold (a ratio, default `0.95`):
   * a value below it never prints as the threshold; an object sets that threshold. `false`
   * turns the guard off (plain half-up rounding, `0.99996` → `100,00%`) for a percentage that is
   * no completion. For an evaluation, prefer `formatCompletion`, which uses the indicator's own
   * threshold and decimals.
   */
  readonly guard?: boolean | { readonly nearThreshold?: DecimalInput | undefined } | undefined;
}

const DEFAULT_NEAR = toNum('0.95');

/** Boundaries (in percent) of a `guard` option, as `evaluate` uses them. @internal */
export function guardBoundaries(option: FormatPercentOptions['guard']): Boundary[] {
  if (option === false) return [];
  if (option === undefined) return [{ at: HUNDRED, point: true }];
  const near =
    option === true || option.nearThreshold === undefined
      ? DEFAULT_NEAR
      : toNum(option.nearThreshold, 'guard.nearThreshold');
  return [
    { at: HUNDRED, point: true },
    { at: shift(near, 2), point: false },
  ];
}

/** Rounds a percentage for display, guarded when boundaries are given. @internal */
export function roundPercent(
  percent: Num,
  decimals: number | undefined,
  rounding: RoundingMode,
  boundaries: readonly Boundary[],
): Num {
  if (boundaries.length === 0) return percent;
  const places = decimals ?? 2;
  return guard(percent, round(percent, places, rounding), places, boundaries);
}

/**
 * Formats a ratio as a percentage: `1.006` → `100,6%` (vi) / `100.6%` (en). Vietnamese and
 * English put no space before `%`; other locales follow Intl (`100,6 %` in de). Exact: the
 * percentage is the decimal × 100, never a floating-point product. With `guard` the printed
 * number never crosses 100%: 99,996% prints `99,99%`, not `100,00%` (opt out with `guard: false`).
 *
 * @example
 * formatPercent('1.006', { locale: 'vi' }); // '100,6%'
 * formatPercent('1.0588235294', { locale: 'en' }); // '105.88%'
 * formatPercent('0.032', { locale: 'vi', decimals: 1, sign: 'always' }); // '+3,2%'
 * formatPercent('0.99996', { locale: 'vi', decimals: 2 }); // '99,99%'
 * formatPercent('0.99996', { locale: 'vi', decimals: 2, guard: false }); // '100,00%'
 * formatPercent('0.949996', { locale: 'vi', decimals: 2, guard: true }); // '94,99%'
 * formatPercent('0.89996', { locale: 'en', decimals: 2, guard: { nearThreshold: '0.9' } }); // '89.99%'
 * formatPercent('56.35', { locale: 'vi', from: 'percent' }); // '56,35%'
 */
export function formatPercent(ratio: DecimalInput, options: FormatPercentOptions): string {
  try {
    return formatPercentUnguarded(ratio, options);
  } catch (error) {
    throw asArgumentError('formatPercent', 'ratio or options', error);
  }
}

function formatPercentUnguarded(ratio: DecimalInput, options: FormatPercentOptions): string {
  const locale = resolveLocale(requireLocale(options));
  const decimals = checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding);
  const sign = checkSign(options.sign);
  const from = options.from ?? 'ratio';
  const value = toNum(ratio, 'ratio');
  const percent = from === 'percent' ? value : shift(value, 2); // exact: never rounded before the display rounding
  const shown = roundPercent(percent, decimals, rounding, guardBoundaries(options.guard));
  const d = toDigits(shown, decimals === undefined ? { maxDecimals: 2, rounding } : { decimals, rounding });
  return signed(d, body(d, locale), locale.percent, sign);
}
