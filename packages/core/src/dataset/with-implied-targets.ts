import { asArgumentError } from '../errors/arguments';
import { type EvaluateDatasetOptions, evaluateDataset } from '../evaluate/evaluate-dataset';
import type { Dataset, DecimalString, Observation, ObservationInput } from '../model/types';

const key = (o: Observation | ObservationInput): string => `${o.indicator}@${String(o.period)}@${o.stage ?? ''}`;

/**
 * Reports often state "% of plan" but never the plan (`đạt 100,6% kế hoạch`). This gives each
 * observation without a target the plan its stated completion implies, so a dashboard can show
 * status and completion; observations with a target, or without a stated completion, are kept
 * as they are. The implied plan is a derived figure: components mark it (`≈` with the interval
 * the printed precision allows), and `evaluation.implied.target` keeps that interval.
 *
 * @example
 * const shown = withImpliedTargets(dataset);
 * evaluateDataset(shown)[0].status; // 'exceeded' for "ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch"
 */
export function withImpliedTargets(dataset: Dataset, options?: EvaluateDatasetOptions): Dataset {
  try {
    return withImpliedTargetsUnguarded(dataset, options);
  } catch (error) {
    throw asArgumentError('withImpliedTargets', 'dataset or options', error);
  }
}

function withImpliedTargetsUnguarded(dataset: Dataset, options?: EvaluateDatasetOptions): Dataset {
  const implied = new Map<string, DecimalString>();
  for (const e of evaluateDataset(dataset, options)) {
    if (e.implied.target !== null) implied.set(key(e.observation), e.implied.target.value);
  }
  const observations = dataset.observations.map((observation): Observation => {
    if (observation.target !== undefined && observation.target !== null) return observation;
    const plan = implied.get(key(observation));
    return plan === undefined ? observation : { ...observation, target: plan };
  });
  return { ...dataset, observations };
}
