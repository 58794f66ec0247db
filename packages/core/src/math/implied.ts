import {
  add,
  div,
  HUNDRED,
  isNegative,
  isZero,
  mul,
  type Num,
  ONE,
  sub,
  TWO,
  toDecimalString,
  toNum,
} from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import type { ChangeForm, DecimalInput, Direction, Implied, LowerIsBetterPolicy, Maybe } from '../model/types';
import { intervalNum, mapInterval, type NumInterval, toInterval } from './interval';
import { none, ok, type Result } from './result';

/** @internal */
export type ImpliedNum = { value: Num; interval: NumInterval };

export const toImplied = (i: ImpliedNum): Implied => ({
  value: toDecimalString(i.value),
  interval: toInterval(i.interval),
});

/**
 * The target a stated completion implies. Higher is better: T = A ÷ c; lower is better,
 * inverse: T = A × c; mirror: T = A ÷ (2 − c). `c` is the printed percentage ÷ 100, and the
 * interval follows from its printed precision.
 * @internal
 */
export function impliedTargetNum(
  actual: Num,
  statedPercent: string,
  direction: Direction,
  policy: LowerIsBetterPolicy,
): Result<ImpliedNum> {
  const c = div(toNum(statedPercent, 'stated.completion'), HUNDRED);
  const cInterval = mapInterval(intervalNum(statedPercent), (x) => div(x, HUNDRED), false);
  if (direction === 'lower-is-better' && policy === 'inverse') {
    return ok({ value: mul(actual, c), interval: mapInterval(cInterval, (x) => mul(actual, x), isNegative(actual)) });
  }
  if (direction === 'lower-is-better') {
    const divisor = sub(TWO, c);
    if (isZero(divisor)) return none('zero-base');
    return ok({
      value: div(actual, divisor),
      interval: mapInterval(cInterval, (x) => div(actual, sub(TWO, x)), isNegative(actual)),
    });
  }
  if (isZero(c)) return none('zero-base');
  return ok({ value: div(actual, c), interval: mapInterval(cInterval, (x) => div(actual, x), !isNegative(actual)) });
}

/**
 * The previous value a stated change implies: ratio r% → A ÷ r%, rate g% → A ÷ (1 + g%),
 * times m → A ÷ m, points p → A − p.
 * @internal
 */
export function impliedPreviousNum(actual: Num, form: ChangeForm, printedValue: string): Result<ImpliedNum> {
  const interval = intervalNum(printedValue);
  const stated = toNum(printedValue, 'stated.change.value');
  if (form === 'points') {
    return ok({ value: sub(actual, stated), interval: mapInterval(interval, (x) => sub(actual, x), true) });
  }
  const factor = (x: Num): Num =>
    form === 'times' ? x : form === 'ratio' ? div(x, HUNDRED) : add(ONE, div(x, HUNDRED));
  const f = factor(stated);
  if (isZero(f) || isNegative(f)) return none(isZero(f) ? 'zero-base' : 'negative-base');
  return ok({
    value: div(actual, f),
    interval: mapInterval(interval, (x) => div(actual, factor(x)), !isNegative(actual)),
  });
}

/**
 * The plan a stated completion implies, with its interval: revenue `ước đạt 3.630 tỷ đồng, đạt
 * 100,6% kế hoạch` implies a plan of ≈3.608,35 tỷ đồng (3.606,56 – 3.610,14).
 *
 * @example
 * impliedTarget('3630', '100.6'); // { value: { value: '3608.349…', interval: { min: '3606.557…', max: '3610.144…', … } } }
 * impliedTarget('1800000', '105.88').value?.value; // '1700037.77…' (the plan was 1.700.000)
 */
export function impliedTarget(
  actual: DecimalInput,
  statedPercent: string | number,
  options: { direction?: Direction; policy?: LowerIsBetterPolicy } = {},
): Maybe<Implied> {
  try {
    return impliedTargetUnguarded(actual, statedPercent, options);
  } catch (error) {
    throw asArgumentError('impliedTarget', 'actual, statedPercent or options', error);
  }
}

function impliedTargetUnguarded(
  actual: DecimalInput,
  statedPercent: string | number,
  options: { direction?: Direction; policy?: LowerIsBetterPolicy } = {},
): Maybe<Implied> {
  const r = impliedTargetNum(
    toNum(actual, 'actual'),
    typeof statedPercent === 'number' ? String(statedPercent) : statedPercent,
    options.direction ?? 'higher-is-better',
    options.policy ?? 'inverse',
  );
  return r.value === null ? r : { value: toImplied(r.value) };
}
