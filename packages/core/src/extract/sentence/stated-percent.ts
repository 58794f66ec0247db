import { HUNDRED } from '../../decimal/decimal';
import {
  divideIntervals,
  fromInterval,
  type NumInterval,
  overlaps,
  scaleInterval,
  subtractIntervals,
} from '../../math/interval';
import type { Draft } from '../place/context';
import type { PrintedNumber, Quantity } from '../types';

/** True when `num ÷ den × 100` can print as `percent`: the audit's test of a stated completion (`audit/check-completion.ts`). */
function percentAgrees(percent: PrintedNumber, num: NumInterval, den: NumInterval): boolean {
  const ratio = divideIntervals(num, den);
  return ratio !== null && overlaps(scaleInterval(ratio, HUNDRED), fromInterval(percent.interval));
}

/**
 * True when the stated percentage can be `actual ÷ plan × 100` for the amounts as printed (each at its
 * printed precision, as the audit weighs a completion): the percentage really is that completion.
 */
export const completionAgrees = (percent: PrintedNumber, actual: Quantity, plan: Quantity): boolean =>
  percentAgrees(percent, fromInterval(actual.baseInterval), fromInterval(plan.baseInterval));

/**
 * True when the stated rate can be `(end − start) ÷ start × 100` for the two levels as printed: the rate
 * is the move's own, not one against another base.
 */
export const moveRateAgrees = (rate: PrintedNumber, start: Quantity, end: Quantity): boolean => {
  const from = fromInterval(start.baseInterval);
  return percentAgrees(rate, subtractIntervals(fromInterval(end.baseInterval), from), from);
};

/**
 * The result measured against its target that ends before offset `before` — a value not in percent,
 * the target it carries, no completion of its own — whose completion `percent` can be (as the audit
 * weighs it, {@link completionAgrees}); the nearest such of `drafts`, or undefined. Shared by the steps
 * that give a later percentage to that result (`performance-completion.ts`, `shortfall-percent.ts`).
 */
export function measuredResult(drafts: readonly Draft[], before: number, percent: PrintedNumber): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const x = drafts[i] as Draft;
    const v = x.value;
    if (!v || !x.target || x.completion || v.span.end > before || v.value.unitCode === 'percent') continue;
    if (completionAgrees(percent, v.value, x.target.value)) return x;
  }
  return undefined;
}
