import type { Dataset, EvaluateOptions, Evaluation, SummarizeOptions, Summary } from '@chitieu/core';
import { resolveEvaluations as resolveFromView } from '@chitieu/core/view';

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
 * Evaluations and their summary from a component's props, through the core (the view layer's
 * `resolveEvaluations`). Throws a `PropsError` naming the prop (`evaluations`, `dataset`, `summary`).
 * @internal
 */
export function resolveEvaluations(
  props: EvaluationsSourceProps,
  fallback: { evaluateOptions?: EvaluateOptions | undefined; summarizeOptions?: SummarizeOptions | undefined },
): { evaluations: readonly Evaluation[]; summary: Summary } {
  return resolveFromView(props, fallback);
}
