import {
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type Indicator,
  type Observation,
  type ObservationInput,
} from '@chitieu/core';
import { fromProp, PropsError } from './inline-error';
import { checkEvaluation, checkIndicator, isRecord } from './validate';

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
 * indicator and observation. Throws a {@link PropsError} naming the prop (the caller's guarded
 * path renders it inline) when props are missing or the core rejects them.
 * @internal
 */
export function resolveEvaluation(
  props: EvaluationSourceProps,
  fallbackOptions: EvaluateOptions | undefined,
): Evaluation {
  const { evaluation } = props;
  if (evaluation !== undefined && evaluation !== null) return checkEvaluation(evaluation, 'evaluation');
  if (props.indicator === undefined || props.indicator === null) throw new PropsError('indicator', 'missing');
  const indicator = checkIndicator(props.indicator, 'indicator');
  if (props.observation === undefined || props.observation === null) throw new PropsError('observation', 'missing');
  if (!isRecord(props.observation)) throw new PropsError('observation', 'object');
  const observation = props.observation;
  return fromProp('observation', () => evaluate(observation, indicator, props.evaluateOptions ?? fallbackOptions));
}
