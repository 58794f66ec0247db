import {
  add,
  DECIMAL_TEXT,
  div,
  eq,
  gt,
  isNegative,
  isPositive,
  isZero,
  lt,
  mul,
  type Num,
  pow10,
  sub,
  toDecimalString,
  toNum,
} from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalInput, Interval } from '../model/types';

/** Interval with exact bounds, internal form. @internal */
export interface NumInterval {
  readonly min: Num;
  readonly max: Num;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** Digits after the point as printed (`"80.00"` → 2), trailing zeros included. @internal */
export function printedDecimals(printed: string): number {
  const text = printed.trim();
  if (!DECIMAL_TEXT.test(text))
    throw new ChitieuError('INVALID_DECIMAL', `Expected a printed decimal, got ${JSON.stringify(printed)}`, {
      path: 'printed',
    });
  const [mantissa = '', exponent] = text.toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  const places = fraction.length - Number.parseInt(exponent ?? '0', 10);
  return places > 0 ? places : 0;
}

/**
 * The exact values that print as `printed` under half-up rounding (away from zero at ties):
 * `100.6` ← [100.55, 100.65); `-1.5` ← (-1.55, -1.45]; `0` ← (-0.5, 0.5).
 * @internal
 */
export function intervalNum(printed: string, decimals = printedDecimals(printed)): NumInterval {
  const value = toNum(printed, 'printed');
  const half = mul(pow10(-decimals), toNum('0.5'));
  const negative = isNegative(value);
  return {
    min: sub(value, half),
    max: add(value, half),
    minInclusive: !negative && !isZero(value),
    maxInclusive: negative,
  };
}

/** An exact value as a degenerate interval. @internal */
export const pointInterval = (value: Num): NumInterval => ({
  min: value,
  max: value,
  minInclusive: true,
  maxInclusive: true,
});

/**
 * Maps an interval through a monotone function of one variable. `decreasing` swaps the bounds.
 * @internal
 */
export function mapInterval(interval: NumInterval, f: (x: Num) => Num, decreasing: boolean): NumInterval {
  const a = f(interval.min);
  const b = f(interval.max);
  return decreasing
    ? { min: b, max: a, minInclusive: interval.maxInclusive, maxInclusive: interval.minInclusive }
    : { min: a, max: b, minInclusive: interval.minInclusive, maxInclusive: interval.maxInclusive };
}

/** True when two intervals share at least one value. @internal */
export function overlaps(a: NumInterval, b: NumInterval): boolean {
  const aStartsInB = lt(a.min, b.max) || (eq(a.min, b.max) && a.minInclusive && b.maxInclusive);
  const bStartsInA = lt(b.min, a.max) || (eq(b.min, a.max) && b.minInclusive && a.maxInclusive);
  return aStartsInB && bStartsInA;
}

/** True when `value` lies in the interval. @internal */
export function containsNum(interval: NumInterval, value: Num): boolean {
  return overlaps(interval, pointInterval(value));
}

/** Distance between two intervals (0 when they overlap). @internal */
export function gapBetween(a: NumInterval, b: NumInterval): Num {
  if (overlaps(a, b)) return toNum('0');
  return gt(a.min, b.max) ? sub(a.min, b.max) : sub(b.min, a.max);
}

export const toInterval = (i: NumInterval): Interval => ({
  min: toDecimalString(i.min),
  max: toDecimalString(i.max),
  minInclusive: i.minInclusive,
  maxInclusive: i.maxInclusive,
});

export const fromInterval = (i: IntervalInput): NumInterval => ({
  min: toNum(i.min, 'interval.min'),
  max: toNum(i.max, 'interval.max'),
  minInclusive: i.minInclusive,
  maxInclusive: i.maxInclusive,
});

/** Midpoint helper for reporting distances. @internal */
export const midpoint = (i: NumInterval): Num => div(add(i.min, i.max), toNum('2'));

/**
 * The exact values a printed number stands for, under half-up rounding to its printed
 * decimals: a stated `100,6%` is any value in [100.55, 100.65). Cross-checks between stated
 * numbers compare these intervals, so rounding alone never raises an alarm.
 *
 * @example
 * statedInterval('100.6'); // { min: '100.55', max: '100.65', minInclusive: true, maxInclusive: false }
 * statedInterval('80.00'); // { min: '79.995', max: '80.005', … }
 */
export function statedInterval(printed: string | number, decimals?: number): Interval {
  try {
    return statedIntervalUnguarded(printed, decimals);
  } catch (error) {
    throw asArgumentError('statedInterval', 'printed or decimals', error);
  }
}

function statedIntervalUnguarded(printed: string | number, decimals?: number): Interval {
  const text = typeof printed === 'number' ? String(printed) : printed;
  return toInterval(intervalNum(text, decimals));
}

/** An interval as input: bounds as any decimal input. */
export type IntervalInput = {
  readonly min: DecimalInput;
  readonly max: DecimalInput;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
};

/**
 * True when two printed or derived intervals share a value: the check behind "no false alarm
 * from rounding".
 *
 * @example
 * intervalsOverlap(impliedPopulation('2916000', '80.00').value!.interval, impliedPopulation('1830000', '50.60').value!.interval); // false
 */
export function intervalsOverlap(a: IntervalInput, b: IntervalInput): boolean {
  try {
    return intervalsOverlapUnguarded(a, b);
  } catch (error) {
    throw asArgumentError('intervalsOverlap', 'a or b', error);
  }
}

function intervalsOverlapUnguarded(a: IntervalInput, b: IntervalInput): boolean {
  return overlaps(fromInterval(a), fromInterval(b));
}

// Interval arithmetic for cross-checks of stated numbers (the audit of @chitieu/core/extract).
// Every operation returns the set of all results over exact values inside the operands, with
// open or closed ends where they come from.

/** All of a × b for a in A and b in B, for non-negative intervals. */
export function multiplyIntervals(a: NumInterval, b: NumInterval): NumInterval {
  return {
    min: mul(a.min, b.min),
    max: mul(a.max, b.max),
    minInclusive: a.minInclusive && b.minInclusive,
    maxInclusive: a.maxInclusive && b.maxInclusive,
  };
}

/** All of a ÷ b for a in A (a ≥ 0) and b in B (b > 0). Null when B reaches zero or A goes below it. */
export function divideIntervals(a: NumInterval, b: NumInterval): NumInterval | null {
  if (!isPositive(b.min) || isNegative(a.min)) return null;
  return {
    min: div(a.min, b.max),
    max: div(a.max, b.min),
    minInclusive: a.minInclusive && b.maxInclusive,
    maxInclusive: a.maxInclusive && b.minInclusive,
  };
}

/** All of a − b for a in A and b in B. */
export function subtractIntervals(a: NumInterval, b: NumInterval): NumInterval {
  return {
    min: sub(a.min, b.max),
    max: sub(a.max, b.min),
    minInclusive: a.minInclusive && b.maxInclusive,
    maxInclusive: a.maxInclusive && b.minInclusive,
  };
}

/** The interval scaled by a positive exact constant. */
export function scaleInterval(a: NumInterval, k: Num): NumInterval {
  return { ...a, min: mul(a.min, k), max: mul(a.max, k) };
}

/** The interval shifted down by an exact constant (`a − k`). */
export function offsetInterval(a: NumInterval, k: Num): NumInterval {
  return { ...a, min: sub(a.min, k), max: sub(a.max, k) };
}
