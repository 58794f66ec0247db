import { div, isPositive, isZero, type Num, ONE, sub, toDecimalString, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import type { Change, ComparisonBase, DecimalInput, Reason } from '../model/types';

export const SAME_PERIOD_LAST_YEAR: ComparisonBase = { kind: 'same-period-last-year' };

/** @internal */
export interface ChangeNum {
  absolute: Num;
  ratio: Num | null;
  rate: Num | null;
  points: Num | null;
  reason?: Reason;
}

/** Change of A against P; `percentUnit` gives the change in percentage points. @internal */
export function changeNum(actual: Num, previous: Num, percentUnit: boolean): ChangeNum {
  const absolute = sub(actual, previous);
  const points = percentUnit ? absolute : null;
  if (!isPositive(previous)) {
    return { absolute, ratio: null, rate: null, points, reason: isZero(previous) ? 'zero-base' : 'negative-base' };
  }
  const ratio = div(actual, previous);
  return { absolute, ratio, rate: sub(ratio, ONE), points };
}

/** Public form of a {@link ChangeNum}. @internal */
export function toChange(c: ChangeNum, base: ComparisonBase): Change {
  return {
    base,
    absolute: toDecimalString(c.absolute),
    ratio: c.ratio === null ? null : toDecimalString(c.ratio),
    rate: c.rate === null ? null : toDecimalString(c.rate),
    points: c.points === null ? null : toDecimalString(c.points),
    ...(c.reason ? { reason: c.reason } : {}),
  };
}

/**
 * Change against a previous value: ratio A ÷ P (`bằng 100% so với cùng kỳ`), rate A ÷ P − 1
 * (`tăng 3,2%`), absolute A − P, and for percent units the change in percentage points
 * (56,35% after 40% is +16,35 điểm phần trăm, not +40,9%). Ratio and rate are undefined when
 * P ≤ 0; the absolute change is always given.
 *
 * @example
 * change('7', '7'); // { ratio: '1', rate: '0', absolute: '0', points: null, … }
 * change('56.35', '40', { percentUnit: true }).points; // '16.35'
 * change('5', '0'); // { ratio: null, rate: null, absolute: '5', reason: 'zero-base', … }
 */
export function change(
  actual: DecimalInput,
  previous: DecimalInput,
  options: { percentUnit?: boolean; base?: ComparisonBase } = {},
): Change {
  try {
    return changeUnguarded(actual, previous, options);
  } catch (error) {
    throw asArgumentError('change', 'actual, previous or options', error);
  }
}

function changeUnguarded(
  actual: DecimalInput,
  previous: DecimalInput,
  options: { percentUnit?: boolean; base?: ComparisonBase } = {},
): Change {
  return toChange(
    changeNum(toNum(actual, 'actual'), toNum(previous, 'previous'), options.percentUnit ?? false),
    options.base ?? SAME_PERIOD_LAST_YEAR,
  );
}
