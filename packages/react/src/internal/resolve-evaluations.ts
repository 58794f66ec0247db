import {
  type Dataset,
  type EvaluateOptions,
  type Evaluation,
  evaluateDataset,
  type SummarizeOptions,
  type Summary,
  summarize,
} from '@chitieu/core';
import { PropsError } from './inline-error';
import type { Messages } from './messages';

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

/** Evaluations and their summary from a component's props, through the core. Throws on bad props. @internal */
export function resolveEvaluations(
  props: EvaluationsSourceProps,
  fallback: { evaluateOptions?: EvaluateOptions | undefined; summarizeOptions?: SummarizeOptions | undefined },
  m: Messages,
): { evaluations: readonly Evaluation[]; summary: Summary } {
  let evaluations: readonly Evaluation[];
  if (props.evaluations !== undefined && props.evaluations !== null) {
    if (!Array.isArray(props.evaluations)) throw new PropsError(m.notAnArray);
    evaluations = props.evaluations;
  } else if (props.dataset !== undefined && props.dataset !== null) {
    evaluations = evaluateDataset(props.dataset, props.evaluateOptions ?? fallback.evaluateOptions);
  } else throw new PropsError(m.missingObservation);
  const summary = props.summary ?? summarize(evaluations, props.summarizeOptions ?? fallback.summarizeOptions);
  return { evaluations, summary };
}
