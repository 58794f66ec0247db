import { div, isNegative, isPositive, mul, type Num, sub } from '../decimal/decimal';
import type { NumInterval } from '../math/interval';

/**
 * Interval arithmetic for cross-checks of stated numbers. Every operation returns the set of
 * all results over exact values inside the operands, with open or closed ends where they come
 * from. Division needs a positive divisor; the checks only divide by plans, populations,
 * densities and previous values, which are positive when they are meaningful.
 * @internal
 */

/** All of a × b for a in A and b in B, for non-negative intervals. */
export function multiply(a: NumInterval, b: NumInterval): NumInterval {
  return {
    min: mul(a.min, b.min),
    max: mul(a.max, b.max),
    minInclusive: a.minInclusive && b.minInclusive,
    maxInclusive: a.maxInclusive && b.maxInclusive,
  };
}

/** All of a ÷ b for a in A (a ≥ 0) and b in B (b > 0). Null when B reaches zero or A goes below it. */
export function divide(a: NumInterval, b: NumInterval): NumInterval | null {
  if (!isPositive(b.min) || isNegative(a.min)) return null;
  return {
    min: div(a.min, b.max),
    max: div(a.max, b.min),
    minInclusive: a.minInclusive && b.maxInclusive,
    maxInclusive: a.maxInclusive && b.minInclusive,
  };
}

/** All of a − b for a in A and b in B. */
export function subtract(a: NumInterval, b: NumInterval): NumInterval {
  return {
    min: sub(a.min, b.max),
    max: sub(a.max, b.min),
    minInclusive: a.minInclusive && b.maxInclusive,
    maxInclusive: a.maxInclusive && b.minInclusive,
  };
}

/** The interval scaled by a positive exact constant. */
export function scale(a: NumInterval, k: Num): NumInterval {
  return { ...a, min: mul(a.min, k), max: mul(a.max, k) };
}

/** The interval shifted by an exact constant. */
export function offset(a: NumInterval, k: Num): NumInterval {
  return { ...a, min: sub(a.min, k), max: sub(a.max, k) };
}
