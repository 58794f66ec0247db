import { div, gt, isNegative, isZero, mul, type Num, toDecimalString, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalInput, DecimalString, Maybe } from '../model/types';
import { none } from './result';

/** Elapsed part of a period: `{ elapsed: 3, length: 12, unit: 'months' }` or in days. */
export interface Elapsed {
  readonly elapsed: DecimalInput;
  readonly length: DecimalInput;
  /** What `elapsed` and `length` count; recorded so that callers say which (default `months`). */
  readonly unit?: 'months' | 'days';
}

function readElapsed(e: Elapsed): { elapsed: Num; length: Num } {
  const elapsed = toNum(e.elapsed, 'elapsed');
  const length = toNum(e.length, 'length');
  if (isNegative(elapsed))
    throw new ChitieuError('OUT_OF_RANGE', `Elapsed cannot be negative, got ${toDecimalString(elapsed)}`, {
      path: 'elapsed',
    });
  if (isNegative(length) || isZero(length))
    throw new ChitieuError('OUT_OF_RANGE', `Period length must be positive, got ${toDecimalString(length)}`, {
      path: 'length',
    });
  if (gt(elapsed, length))
    throw new ChitieuError(
      'OUT_OF_RANGE',
      `Elapsed ${toDecimalString(elapsed)} exceeds the period length ${toDecimalString(length)}`,
      { path: 'elapsed' },
    );
  return { elapsed, length };
}

/**
 * The part of a target expected by now, pro rata: T × elapsed ÷ length (in months or days;
 * say which). Use it to judge a year-to-date actual (`lũy kế 11 tháng`) against a year plan.
 *
 * @example
 * proRataTarget('3745', { elapsed: 11, length: 12, unit: 'months' }); // '3432.9166…'
 * proRataTarget('365', { elapsed: 31, length: 365, unit: 'days' }); // '31'
 */
export function proRataTarget(target: DecimalInput, period: Elapsed): DecimalString {
  try {
    return proRataTargetUnguarded(target, period);
  } catch (error) {
    throw asArgumentError('proRataTarget', 'target or period', error);
  }
}

function proRataTargetUnguarded(target: DecimalInput, period: Elapsed): DecimalString {
  const { elapsed, length } = readElapsed(period);
  return toDecimalString(div(mul(toNum(target, 'target'), elapsed), length));
}

/**
 * Run-rate forecast for the whole period from the actual to date: A ÷ (elapsed ÷ length).
 * Undefined at elapsed = 0.
 *
 * @example
 * runRateForecast('3300', { elapsed: 11, length: 12 }); // { value: '3600' }
 */
export function runRateForecast(actualToDate: DecimalInput, period: Elapsed): Maybe<DecimalString> {
  try {
    return runRateForecastUnguarded(actualToDate, period);
  } catch (error) {
    throw asArgumentError('runRateForecast', 'actualToDate or period', error);
  }
}

function runRateForecastUnguarded(actualToDate: DecimalInput, period: Elapsed): Maybe<DecimalString> {
  const { elapsed, length } = readElapsed(period);
  if (isZero(elapsed)) return none('zero-base');
  return { value: toDecimalString(div(mul(toNum(actualToDate, 'actual'), length), elapsed)) };
}
