import {
  add,
  cmp,
  eq,
  gte,
  HUNDRED,
  isRoundingMode,
  lt,
  lte,
  mul,
  mulExact,
  type Num,
  pow10,
  round,
  roundQuotient,
  shift,
  sub,
  toDecimalString,
  toNum,
} from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
import type { DecimalInput, DecimalString, RoundingMode } from '../model/types';

/**
 * A value the display must stay on the same side of: `point` boundaries (100% = met) are never
 * reached by a rounded value whose exact value differs; `threshold` boundaries (the near
 * threshold) are never reached from below.
 * @internal
 */
export interface Boundary {
  readonly at: Num;
  readonly point: boolean;
}

export function checkDecimals(decimals: number, path = 'decimals'): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new ChitieuError(
      'INVALID_OPTION',
      `Expected decimals to be an integer from 0 to 20, got ${describeValue(decimals)}`,
      { path },
    );
  }
  return decimals;
}

export function checkRounding(mode: unknown, path = 'rounding'): RoundingMode {
  if (mode === undefined) return 'half-up';
  if (!isRoundingMode(mode)) {
    throw new ChitieuError(
      'INVALID_OPTION',
      `Unknown rounding mode ${describeValue(mode)}; expected half-up, half-even, half-down, up, down, ceil or floor`,
      { path },
    );
  }
  return mode;
}

/** Moves a rounded value back to the side of each boundary its exact value is on. @internal */
export function guard(exact: Num, rounded: Num, decimals: number, boundaries: readonly Boundary[]): Num {
  return guardWith((at) => cmp(exact, at), rounded, decimals, boundaries);
}

/** Percent value of a ratio, rounded and guarded against the 100% and near boundaries. @internal */
export function guardedPercentNum(
  ratio: Num,
  decimals: number,
  mode: RoundingMode,
  boundaries: readonly Boundary[],
): Num {
  // × 100 is an exact shift: no 50-digit intermediate can round a long ratio twice
  const exact = shift(ratio, 2);
  return guard(exact, round(exact, decimals, mode), decimals, boundaries);
}

/**
 * Percent value of the exact fraction n ÷ d (d > 0), rounded with one integer division and its
 * remainder, then guarded by exact cross-multiplication: the exact percent is never formed.
 * @internal
 */
export function guardedPercentOfRatio(
  n: Num,
  d: Num,
  decimals: number,
  mode: RoundingMode,
  boundaries: readonly Boundary[],
): Num {
  const n100 = shift(n, 2);
  const shown = roundQuotient(n100, d, decimals, mode);
  // exact percent ⋚ at ⇔ n × 100 ⋚ at × d (d > 0)
  return guardWith((at) => cmp(n100, mulExact(at, d)), shown, decimals, boundaries);
}

/** {@link guard} with the exact value known only through its comparison with each boundary. */
function guardWith(
  compare: (at: Num) => -1 | 0 | 1,
  rounded: Num,
  decimals: number,
  boundaries: readonly Boundary[],
): Num {
  const ulp = pow10(-decimals);
  let shown = rounded;
  for (const { at, point } of boundaries) {
    const c = compare(at);
    if (c < 0 && gte(shown, at)) {
      const floor = round(at, decimals, 'floor');
      shown = eq(floor, at) ? sub(floor, ulp) : floor;
    } else if (c > 0 && (point ? lte(shown, at) : lt(shown, at))) {
      const ceil = round(at, decimals, 'ceil');
      shown = point && eq(ceil, at) ? add(ceil, ulp) : ceil;
    } else if (!point && c === 0 && lt(shown, at)) {
      shown = round(at, decimals, 'ceil');
    }
  }
  return shown;
}

/**
 * Rounds a decimal to `decimals` places, half-up unless another mode is given. Exact: never
 * goes through a JavaScript number.
 *
 * @example
 * roundDecimal('2.345', 2); // '2.35'
 * roundDecimal('2.345', 2, 'half-even'); // '2.34'
 * roundDecimal('3614457.83', 0); // '3614458'
 */
export function roundDecimal(value: DecimalInput, decimals: number, mode?: RoundingMode): DecimalString {
  try {
    return roundDecimalUnguarded(value, decimals, mode);
  } catch (error) {
    throw asArgumentError('roundDecimal', 'value, decimals or mode', error);
  }
}

function roundDecimalUnguarded(value: DecimalInput, decimals: number, mode?: RoundingMode): DecimalString {
  return toDecimalString(round(toNum(value, 'value'), checkDecimals(decimals), checkRounding(mode)));
}

/**
 * A completion ratio as a rounded percentage that agrees with the status: an exact value below
 * 100% never shows as 100 (0.99996 → `"99.99"`), one above never shows as exactly 100
 * (1.00004 → `"100.01"`), and one below the near threshold never shows as the threshold.
 *
 * @example
 * completionPercent('0.99996', { decimals: 2 }); // '99.99' (plain rounding would say 100.00)
 * completionPercent('1.006', { decimals: 1 }); // '100.6'
 */
export function completionPercent(
  ratio: DecimalInput,
  options: { decimals: number; rounding?: RoundingMode; nearThreshold?: DecimalInput; guard?: 'point' | 'threshold' },
): DecimalString {
  try {
    return completionPercentUnguarded(ratio, options);
  } catch (error) {
    throw asArgumentError('completionPercent', 'ratio or options', error);
  }
}

function completionPercentUnguarded(
  ratio: DecimalInput,
  options: { decimals: number; rounding?: RoundingMode; nearThreshold?: DecimalInput; guard?: 'point' | 'threshold' },
): DecimalString {
  const near = toNum(options.nearThreshold ?? '0.95', 'nearThreshold');
  const boundaries: Boundary[] = [
    { at: HUNDRED, point: (options.guard ?? 'point') === 'point' },
    { at: mul(near, HUNDRED), point: false },
  ];
  return toDecimalString(
    guardedPercentNum(
      toNum(ratio, 'ratio'),
      checkDecimals(options.decimals),
      checkRounding(options.rounding),
      boundaries,
    ),
  );
}
