import {
  div,
  gt,
  isNegative,
  isPositive,
  isZero,
  mulExact,
  type Num,
  sub,
  subExact,
  TWO,
  toDecimalString,
  toNum,
} from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type {
  Band,
  DecimalInput,
  DecimalString,
  Direction,
  LowerIsBetterPolicy,
  Maybe,
  TargetKind,
} from '../model/types';
import { none, ok, type Result } from './result';

/** A target inside the core: a point or a band. @internal */
export type TargetNum =
  | { readonly kind: 'point'; readonly value: Num }
  | { readonly kind: 'band'; readonly min: Num; readonly max: Num };

/** What decides how completion is computed. */
export interface CompletionRule {
  readonly direction: Direction;
  readonly targetKind: TargetKind;
  readonly policy: LowerIsBetterPolicy;
}

/** {@link effectiveDirection} of an indicator the core already validated (its hot path, unguarded). @internal */
export const directionOf = (rule: { readonly direction: Direction; readonly targetKind: TargetKind }): Direction =>
  rule.targetKind === 'at-least'
    ? 'higher-is-better'
    : rule.targetKind === 'at-most'
      ? 'lower-is-better'
      : rule.direction;

/**
 * The direction an indicator is judged by, after its target kind: an `at-least` target is
 * higher-is-better and an `at-most` target lower-is-better, whatever `direction` says.
 *
 * @example
 * effectiveDirection(defineIndicator({ id: 'x', name: 'x', unit: 'count', targetKind: 'at-most' })); // 'lower-is-better'
 */
export function effectiveDirection(rule: {
  readonly direction: Direction;
  readonly targetKind: TargetKind;
}): Direction {
  try {
    const d =
      rule.targetKind === 'at-least'
        ? 'higher-is-better'
        : rule.targetKind === 'at-most'
          ? 'lower-is-better'
          : rule.direction;
    if (d === 'higher-is-better' || d === 'lower-is-better' || d === 'neither') return d;
  } catch (error) {
    throw asArgumentError('effectiveDirection', 'indicator', error, 'INVALID_INDICATOR');
  }
  throw new ChitieuError('INVALID_INDICATOR', 'effectiveDirection: expected an indicator from defineIndicator()', {
    path: 'indicator.direction',
  });
}

const divisorReason = (divisor: Num): Result<never> => none(isZero(divisor) ? 'zero-base' : 'negative-base');

/**
 * Completion from exact values (domain.md §3). Higher is better: A ÷ T. Lower is better:
 * `inverse` T ÷ A or `mirror` 2 − A ÷ T. Band, higher is better: A ÷ L; band, lower is better:
 * the policy against H; band held steady: not applicable (use the distance to the band).
 * @internal
 */
export function completionNum(actual: Num | null, target: TargetNum | null, rule: CompletionRule): Result<Num> {
  // one set of rules: the exact fraction decides, and its published 50-digit value is the completion
  const ratio = completionRatioNum(actual, target, rule);
  return ratio.value === null ? ratio : ok(ratioValue(ratio.value));
}

/**
 * The exact completion as a fraction `n ÷ d` with `d` > 0, before any division: what status,
 * the display guard and rounded percentages are decided from. `mirror` marks 2 − A ÷ T, whose
 * published 50-digit value is 2 minus the 50-digit A ÷ T (as decimal.js computed it).
 * @internal
 */
export interface CompletionRatio {
  readonly n: Num;
  readonly d: Num;
  /** For mirror: A and T, so that the published value is 2 − A ÷ T. */
  readonly mirror: { readonly actual: Num; readonly target: Num } | null;
}

function lowerIsBetterRatio(actual: Num, target: Num, policy: LowerIsBetterPolicy): Result<CompletionRatio> {
  if (!isPositive(target)) return divisorReason(target);
  if (policy === 'mirror')
    return ok({ n: subExact(mulExact(TWO, target), actual), d: target, mirror: { actual, target } });
  if (isZero(actual)) return none('zero-actual');
  if (isNegative(actual)) return none('negative-actual');
  return ok({ n: target, d: actual, mirror: null });
}

/** {@link completionNum} as an exact fraction. @internal */
export function completionRatioNum(
  actual: Num | null,
  target: TargetNum | null,
  rule: CompletionRule,
): Result<CompletionRatio> {
  if (actual === null) return none('no-data');
  if (target === null) return none('no-target');
  const direction = directionOf(rule);
  if (target.kind === 'band') {
    if (direction === 'neither') return none('not-applicable');
    if (direction === 'higher-is-better')
      return isPositive(target.min) ? ok({ n: actual, d: target.min, mirror: null }) : divisorReason(target.min);
    return lowerIsBetterRatio(actual, target.max, rule.policy);
  }
  if (direction === 'lower-is-better') return lowerIsBetterRatio(actual, target.value, rule.policy);
  return isPositive(target.value) ? ok({ n: actual, d: target.value, mirror: null }) : divisorReason(target.value);
}

/** The published completion of an exact fraction: 50 significant digits, as before. @internal */
export const ratioValue = (r: CompletionRatio): Num =>
  r.mirror === null ? div(r.n, r.d) : sub(TWO, div(r.mirror.actual, r.mirror.target));

/** Reads a point or band target from public input. @internal */
export function toTargetNum(target: DecimalInput | Band<DecimalInput>, path = 'target'): TargetNum {
  if (typeof target === 'object' && target !== null) {
    const min = toNum(target.min, `${path}.min`);
    const max = toNum(target.max, `${path}.max`);
    if (gt(min, max)) {
      throw new ChitieuError(
        'INVALID_BAND',
        `Band target has min ${toDecimalString(min)} above max ${toDecimalString(max)}`,
        { path },
      );
    }
    return { kind: 'band', min, max };
  }
  return { kind: 'point', value: toNum(target, path) };
}

/**
 * Completion of a plan as a ratio (`đạt X% kế hoạch` is X ÷ 100): `"1.0588…"` for 105,88%.
 * Undefined (with a reason) when the target is missing or ≤ 0, or, for lower-is-better with
 * the `inverse` policy, when the actual is 0.
 *
 * @example
 * completion('1800000', '1700000'); // { value: '1.0588235294117647…' }
 * completion('80', '100', { direction: 'lower-is-better' }); // { value: '1.25' } (inverse: T ÷ A)
 * completion('80', '100', { direction: 'lower-is-better', policy: 'mirror' }); // { value: '1.2' }
 * completion('5', { min: '4', max: '6' }); // { value: '1.25' } (A ÷ L)
 * completion('5', '0'); // { value: null, reason: 'zero-base' }
 */
export function completion(
  actual: DecimalInput | null | undefined,
  target: DecimalInput | Band<DecimalInput> | null | undefined,
  options: { direction?: Direction; targetKind?: TargetKind; policy?: LowerIsBetterPolicy } = {},
): Maybe<DecimalString> {
  try {
    return completionUnguarded(actual, target, options);
  } catch (error) {
    throw asArgumentError('completion', 'actual, target or options', error);
  }
}

function completionUnguarded(
  actual: DecimalInput | null | undefined,
  target: DecimalInput | Band<DecimalInput> | null | undefined,
  options: { direction?: Direction; targetKind?: TargetKind; policy?: LowerIsBetterPolicy } = {},
): Maybe<DecimalString> {
  const t = target === null || target === undefined ? null : toTargetNum(target);
  const rule: CompletionRule = {
    direction: options.direction ?? 'higher-is-better',
    targetKind: options.targetKind ?? (t?.kind === 'band' ? 'band' : 'point'),
    policy: options.policy ?? 'inverse',
  };
  const result = completionNum(actual === null || actual === undefined ? null : toNum(actual, 'actual'), t, rule);
  return result.value === null ? result : { value: toDecimalString(result.value) };
}
