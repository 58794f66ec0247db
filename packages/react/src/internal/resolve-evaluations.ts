import {
  type Dataset,
  type EvaluateOptions,
  type Evaluation,
  evaluateDataset,
  type SummarizeOptions,
  type Summary,
  summarize,
} from '@chitieu/core';
import { fromProp, PropsError } from './inline-error';
import { checkEvaluation, checkSummary, isRecord } from './validate';

/** Props of the components that show a whole scorecard. */
export interface EvaluationsSourceProps {
  /** Results of the core's `evaluateDataset` (or several `evaluate` calls). Takes precedence over `dataset`. */
  readonly evaluations?: readonly Evaluation[] | undefined;
  /** A dataset (from `parseDataset` / `assertDataset`), evaluated with the core's `evaluateDataset`. */
  readonly dataset?: Dataset | undefined;
  /** The core's `summarize` result; computed from the evaluations when not given. */
  readonly summary?: Summary | undefined;
  /** Options of `evaluateDataset` when a `dataset` is given; default: the provider's. */
  readonly evaluateOptions?: EvaluateOptions | undefined;
  /** Options of `summarize` (weights, cap, scope); default: the provider's scorecard options. */
  readonly summarizeOptions?: SummarizeOptions | undefined;
}

/**
 * Evaluations and their summary from a component's props, through the core. Each evaluation is
 * checked; throws a {@link PropsError} naming the prop (`evaluations`, `dataset`, `summary`).
 * @internal
 */
export function resolveEvaluations(
  props: EvaluationsSourceProps,
  fallback: { evaluateOptions?: EvaluateOptions | undefined; summarizeOptions?: SummarizeOptions | undefined },
): { evaluations: readonly Evaluation[]; summary: Summary } {
  let evaluations: readonly Evaluation[];
  if (props.evaluations !== undefined && props.evaluations !== null) {
    const list: unknown = props.evaluations;
    if (!Array.isArray(list)) throw new PropsError('evaluations', 'array');
    for (let i = 0; i < list.length; i++) checkEvaluation(list[i], 'evaluations', i, false);
    evaluations = list as readonly Evaluation[];
  } else if (props.dataset !== undefined && props.dataset !== null) {
    const dataset = props.dataset;
    if (!isRecord(dataset)) throw new PropsError('dataset', 'object');
    evaluations = fromProp('dataset', () =>
      evaluateDataset(dataset, props.evaluateOptions ?? fallback.evaluateOptions),
    );
  } else throw new PropsError('evaluations', 'missing');
  const summary =
    props.summary === undefined || props.summary === null
      ? fromProp('evaluations', () => summarize(evaluations, props.summarizeOptions ?? fallback.summarizeOptions))
      : checkSummary(props.summary);
  return { evaluations, summary };
}
