import type { Direction, EvaluateOptions, Evaluation, Indicator, LowerIsBetterPolicy } from '@chitieu/core';

/**
 * INTERNAL ADAPTER — to be replaced by core exports (requested: `effectiveDirection(indicator)`
 * and `statusThresholds(evaluation)`, giving the near threshold and policy the evaluation used).
 * The core's `Evaluation` does not yet say which near threshold and lower-is-better policy
 * decided its status; these read them with the same precedence as `evaluate` (options, then the
 * indicator, then the defaults), only to draw the bullet graph's bands and to colour a change.
 * Status and every printed number always come from the core.
 * @internal
 */
export function directionOf(indicator: Indicator): Direction {
  return indicator.targetKind === 'at-least'
    ? 'higher-is-better'
    : indicator.targetKind === 'at-most'
      ? 'lower-is-better'
      : indicator.direction;
}

/** See {@link directionOf}. @internal */
export function statusRuleOf(
  evaluation: Evaluation,
  options: EvaluateOptions | undefined,
): { nearThreshold: string; policy: LowerIsBetterPolicy; direction: Direction } {
  const ind = evaluation.indicator;
  return {
    nearThreshold: String(options?.nearThreshold ?? ind.nearThreshold ?? '0.95'),
    policy: options?.lowerIsBetterPolicy ?? ind.lowerIsBetterPolicy ?? 'inverse',
    direction: directionOf(ind),
  };
}
