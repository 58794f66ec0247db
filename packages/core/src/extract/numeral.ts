import { add, mul, neg, pow10, toDecimalString, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { intervalNum, mapInterval, toInterval } from '../math/interval';
import type { Interval } from '../model/types';
import type { PrintedNumber } from './types';

/**
 * Every exact value that prints as `value` with `decimals` places under half-up rounding
 * (domain §3), times `10^scale`: `3.630 tỷ` → [3629.5; 3630.5) × 10⁹.
 */
export function printedInterval(value: DecimalString, decimals: number, scale = 0): Interval {
  const factor = pow10(scale);
  return toInterval(mapInterval(intervalNum(value, decimals), (x) => mul(x, factor), false));
}

/** A printed number from its canonical value and printed precision. */
export function printed(value: DecimalString, decimals: number, text: string): PrintedNumber {
  return { value, decimals, text, interval: printedInterval(value, decimals) };
}

/** The same printed number with the opposite sign (`giảm 1,5%` → −1.5). */
export function negate(n: PrintedNumber): PrintedNumber {
  return printed(toDecimalString(neg(toNum(n.value))), n.decimals, n.text);
}

/** The printed number times 100, as a percentage (`1.5 times the plan` → 150 %), its interval likewise. */
export function hundredfold(n: PrintedNumber): PrintedNumber {
  const h = toNum('100');
  return {
    value: toDecimalString(mul(toNum(n.value), h)),
    decimals: Math.max(0, n.decimals - 2),
    text: n.text,
    interval: toInterval(mapInterval(intervalNum(n.value, n.decimals), (x) => mul(x, h), false)),
  };
}

/** The printed number shifted by `offset` (`vượt 5,88%` → completion 105,88%). */
export function shift(n: PrintedNumber, offset: string): PrintedNumber {
  const o = toNum(offset);
  return {
    value: toDecimalString(add(toNum(n.value), o)),
    decimals: n.decimals,
    text: n.text,
    interval: toInterval(mapInterval(intervalNum(n.value, n.decimals), (x) => add(x, o), false)),
  };
}
