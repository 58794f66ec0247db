import { abs, div, gt, isZero, lt, type Num, sub, toDecimalString, toNum, ZERO } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import type { Band, DecimalInput, Reason, Variance } from '../model/types';
import { type TargetNum, toTargetNum } from './completion';

/** Variance against a point target, or against the nearest bound of a band (0 inside). @internal */
export function varianceNum(actual: Num, target: TargetNum): { absolute: Num; relative: Num | null; reason?: Reason } {
  const reference =
    target.kind === 'point'
      ? target.value
      : lt(actual, target.min)
        ? target.min
        : gt(actual, target.max)
          ? target.max
          : null;
  if (reference === null) return { absolute: ZERO, relative: ZERO };
  const absolute = sub(actual, reference);
  if (isZero(reference)) return { absolute, relative: null, reason: 'zero-base' };
  return { absolute, relative: div(absolute, abs(reference)) };
}

/** Distance from the actual to the nearest bound of a band; 0 inside. @internal */
export function distanceToBandNum(actual: Num, band: { min: Num; max: Num }): Num {
  if (lt(actual, band.min)) return sub(band.min, actual);
  if (gt(actual, band.max)) return sub(actual, band.max);
  return ZERO;
}

/**
 * Variance against plan: A − T, and relative (A − T) ÷ |T| (undefined when T = 0). Against a
 * band, the variance is to the nearest bound and 0 inside.
 *
 * @example
 * variance('3630', '3600'); // { absolute: '30', relative: '0.008333…' }
 * variance('5', '0'); // { absolute: '5', relative: null, reason: 'zero-base' }
 */
export function variance(actual: DecimalInput, target: DecimalInput | Band<DecimalInput>): Variance {
  try {
    return varianceUnguarded(actual, target);
  } catch (error) {
    throw asArgumentError('variance', 'actual or target', error);
  }
}

function varianceUnguarded(actual: DecimalInput, target: DecimalInput | Band<DecimalInput>): Variance {
  const v = varianceNum(toNum(actual, 'actual'), toTargetNum(target));
  return {
    absolute: toDecimalString(v.absolute),
    relative: v.relative === null ? null : toDecimalString(v.relative),
    ...(v.reason ? { reason: v.reason } : {}),
  };
}
