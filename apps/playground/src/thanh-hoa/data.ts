import {
  assertDataset,
  type Dataset,
  type Evaluation,
  evaluateDataset,
  type Observation,
  type ObservationInput,
} from '@chitieu/core';
import raw from '../../data/thanh-hoa-2020.json';

/** The seed report's indicators, validated by the core (the dataset test checks it too). */
export const thanhHoa2020: Dataset = assertDataset(raw);

/** What the library derives from the report as printed. */
export const thanhHoaEvaluations: readonly Evaluation[] = evaluateDataset(thanhHoa2020);

/**
 * The report states "% of plan" but never the plan. For cards and the scorecard, each
 * observation with a stated completion gets the plan that completion implies as its target,
 * so status and completion can be shown; the table "stated vs derived" says so.
 */
export function withImpliedPlans(dataset: Dataset): Dataset {
  const key = (o: Observation | ObservationInput): string => `${o.indicator}@${o.period}@${o.stage ?? ''}`;
  const implied = new Map(evaluateDataset(dataset).map((e) => [key(e.observation), e.implied.target] as const));
  const observations = dataset.observations.map((observation): Observation => {
    if (observation.target !== undefined && observation.target !== null) return observation;
    const plan = implied.get(key(observation));
    return plan ? { ...observation, target: plan.value } : observation;
  });
  return { ...dataset, observations };
}

export const thanhHoa2020WithPlans: Dataset = withImpliedPlans(thanhHoa2020);
