import {
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type Indicator,
  type Observation,
  type ObservationInput,
} from '@chitieu/core';
import { PropsError } from './inline-error';
import type { Messages } from './messages';

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
 * The evaluation a component shows: the one given, or the core's `evaluate` of indicator and
 * observation. Throws (the caller renders an inline message) when props are missing or the
 * core rejects them.
 * @internal
 */
export function resolveEvaluation(
  props: EvaluationSourceProps,
  fallbackOptions: EvaluateOptions | undefined,
  m: Messages,
): Evaluation {
  const { evaluation } = props;
  if (evaluation !== undefined && evaluation !== null) {
    if (typeof evaluation !== 'object' || typeof evaluation.indicator !== 'object' || evaluation.indicator === null) {
      throw new PropsError(m.missingIndicator);
    }
    return evaluation;
  }
  if (props.indicator === undefined || props.indicator === null) throw new PropsError(m.missingIndicator);
  if (props.observation === undefined || props.observation === null) throw new PropsError(m.missingObservation);
  return evaluate(props.observation, props.indicator, props.evaluateOptions ?? fallbackOptions);
}
