import {
  type Dataset,
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  evaluateDataset,
  type Indicator,
  type Observation,
  type ObservationInput,
  type SummarizeOptions,
  type Summary,
  summarize,
} from '../index';
import { fromProp, PropsError } from './errors';
import { checkEvaluation, checkEvaluationUnguarded, checkIndicator, checkSummary, isRecord } from './validate';

/** Inputs of the components that show one indicator's result. */
export interface EvaluationSource {
  /** A result of the core's `evaluate` (or `evaluateDataset`). Takes precedence over `indicator` + `observation`. */
  readonly evaluation?: Evaluation | null | undefined;
  /** The indicator (from `defineIndicator`), evaluated with `observation` when no `evaluation` is given. */
  readonly indicator?: Indicator | null | undefined;
  /** The observation to evaluate against `indicator`. */
  readonly observation?: Observation | ObservationInput | null | undefined;
  /** Options of the core's `evaluate`. */
  readonly evaluateOptions?: EvaluateOptions | undefined;
}

/**
 * The evaluation a component shows: the one given (checked), or the core's `evaluate` of
 * indicator and observation. Throws a {@link PropsError} naming the input when it is missing or
 * the core rejects it.
 */
export function resolveEvaluation(source: EvaluationSource, fallbackOptions?: EvaluateOptions): Evaluation {
  if (!isRecord(source)) throw new PropsError('evaluation', 'object');
  return fromProp('evaluation', () => resolveOne(source, fallbackOptions));
}

function resolveOne(source: EvaluationSource, fallbackOptions?: EvaluateOptions): Evaluation {
  const { evaluation } = source;
  if (evaluation !== undefined && evaluation !== null) return checkEvaluation(evaluation, 'evaluation');
  if (source.indicator === undefined || source.indicator === null) throw new PropsError('indicator', 'missing');
  const indicator = checkIndicator(source.indicator, 'indicator');
  if (source.observation === undefined || source.observation === null) throw new PropsError('observation', 'missing');
  if (!isRecord(source.observation)) throw new PropsError('observation', 'object');
  const observation = source.observation;
  return fromProp('observation', () => evaluate(observation, indicator, source.evaluateOptions ?? fallbackOptions));
}

/** Which input a figure of the shown evaluation came from: named in inline messages. */
export function sourceProp(source: EvaluationSource): 'evaluation' | 'observation' {
  try {
    return source.evaluation === undefined || source.evaluation === null ? 'observation' : 'evaluation';
  } catch {
    return 'evaluation'; // no source, or one that cannot be read: the evaluation is what is missing
  }
}

/** Inputs of the components that show a whole scorecard. */
export interface EvaluationsSource {
  /** Results of the core's `evaluateDataset` (or several `evaluate` calls). Takes precedence over `dataset`. */
  readonly evaluations?: readonly Evaluation[] | null | undefined;
  /** A dataset (from `parseDataset` / `assertDataset`), evaluated with the core's `evaluateDataset`. */
  readonly dataset?: Dataset | null | undefined;
  /** The core's `summarize` result; computed from the evaluations when not given. */
  readonly summary?: Summary | null | undefined;
  /** Options of `evaluateDataset` when a `dataset` is given. */
  readonly evaluateOptions?: EvaluateOptions | undefined;
  /** Options of `summarize` (weights, cap, scope). */
  readonly summarizeOptions?: SummarizeOptions | undefined;
}

/**
 * Evaluations and their summary, through the core. Each evaluation is checked (structure only:
 * a row's figures are checked where they are formatted); throws a {@link PropsError} naming the
 * input (`evaluations`, `dataset`, `summary`).
 */
export function resolveEvaluations(
  source: EvaluationsSource,
  fallback: { evaluateOptions?: EvaluateOptions | undefined; summarizeOptions?: SummarizeOptions | undefined } = {},
): { evaluations: readonly Evaluation[]; summary: Summary } {
  if (!isRecord(source)) throw new PropsError('evaluations', 'object');
  return fromProp('evaluations', () => resolveMany(source, fallback ?? {}));
}

function resolveMany(
  source: EvaluationsSource,
  fallback: { evaluateOptions?: EvaluateOptions | undefined; summarizeOptions?: SummarizeOptions | undefined },
): { evaluations: readonly Evaluation[]; summary: Summary } {
  let evaluations: readonly Evaluation[];
  if (source.evaluations !== undefined && source.evaluations !== null) {
    const list: unknown = source.evaluations;
    if (!Array.isArray(list)) throw new PropsError('evaluations', 'array');
    // inside fromProp('evaluations'): its guard names the prop for every row
    for (let i = 0; i < list.length; i++) checkEvaluationUnguarded(list[i], 'evaluations', i, false);
    evaluations = list as readonly Evaluation[];
  } else if (source.dataset !== undefined && source.dataset !== null) {
    const dataset = source.dataset;
    if (!isRecord(dataset)) throw new PropsError('dataset', 'object');
    evaluations = fromProp('dataset', () =>
      evaluateDataset(dataset, source.evaluateOptions ?? fallback.evaluateOptions),
    );
  } else throw new PropsError('evaluations', 'missing');
  const summary =
    source.summary === undefined || source.summary === null
      ? fromProp('evaluations', () => summarize(evaluations, source.summarizeOptions ?? fallback.summarizeOptions))
      : checkSummary(source.summary);
  return { evaluations, summary };
}
