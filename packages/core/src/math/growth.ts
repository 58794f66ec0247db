import {
  div,
  isNegative,
  isPositive,
  isZero,
  type Num,
  ONE,
  pow,
  sub,
  toDecimalString,
  toNum,
} from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
import type { DecimalInput, DecimalString, Maybe } from '../model/types';
import { none, ok, type Result } from './result';

/** (T₊ₙ ÷ A)^(1/n) − 1. @internal */
export function requiredGrowthNum(actual: Num, nextTarget: Num, periods: number): Result<Num> {
  if (!isPositive(actual)) return none(isZero(actual) ? 'zero-base' : 'negative-actual');
  const ratio = div(nextTarget, actual);
  if (periods === 1) return ok(sub(ratio, ONE));
  if (isNegative(ratio) || isZero(ratio)) return none('not-applicable');
  return ok(sub(pow(ratio, div(ONE, toNum(periods))), ONE));
}

/**
 * Growth per period needed to go from the actual to the next target: T₊₁ ÷ A − 1, or over n
 * periods (T₊ₙ ÷ A)^(1/n) − 1 (compound). Undefined when A ≤ 0.
 *
 * @example
 * requiredGrowth('3630', '3745'); // { value: '0.03168044…' } (+3,17%)
 * requiredGrowth('100', '121', 2); // { value: '0.1' }
 */
export function requiredGrowth(actual: DecimalInput, nextTarget: DecimalInput, periods = 1): Maybe<DecimalString> {
  try {
    return requiredGrowthUnguarded(actual, nextTarget, periods);
  } catch (error) {
    throw asArgumentError('requiredGrowth', 'actual, nextTarget or periods', error);
  }
}

function requiredGrowthUnguarded(actual: DecimalInput, nextTarget: DecimalInput, periods = 1): Maybe<DecimalString> {
  if (!Number.isInteger(periods) || periods < 1) {
    throw new ChitieuError(
      'INVALID_OPTION',
      `Expected periods to be a positive integer, got ${describeValue(periods)}`,
      {
        path: 'periods',
      },
    );
  }
  const r = requiredGrowthNum(toNum(actual, 'actual'), toNum(nextTarget, 'nextTarget'), periods);
  return r.value === null ? r : { value: toDecimalString(r.value) };
}
