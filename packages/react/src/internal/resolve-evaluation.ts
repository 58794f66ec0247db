import type { EvaluateOptions, Evaluation, Indicator, Observation, ObservationInput } from '@chitieu/core';
import { resolveEvaluation as resolveFromView } from '@chitieu/core/view';

/** Props shared by the components that show one indicator's result. */
export interface EvaluationSourceProps {
  /** A result of the core's `evaluate` (or `evaluateDataset`). Takes precedence over `indicator` + `observation`. */
  readonly evaluation?: Evaluation | undefined;
  /** The indicator (from `defineIndicator`), evaluated with `observation` when no `evaluation` is given. */
  readonly indicator?: Indicator | undefined;
  /** The observation to evaluate against `indicator`. */
  readonly observation?: Observation | ObservationInput | undefined;
  /** Options of the core's `evaluate`; default: the provider's. */
  readonly evaluateOptions?: EvaluateOptions | undefined;
}

/**
 * The evaluation a component shows: the one given (checked), or the core's `evaluate` of
 * indicator and observation (the view layer's `resolveEvaluation`). Throws a `PropsError`
 * naming the prop (the caller's guarded path renders it inline).
 * @internal
 */
export function resolveEvaluation(
  props: EvaluationSourceProps,
  fallbackOptions: EvaluateOptions | undefined,
): Evaluation {
  return resolveFromView(props, fallbackOptions);
}
