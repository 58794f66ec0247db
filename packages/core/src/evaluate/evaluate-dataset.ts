import { latestObservations } from '../dataset/parse-dataset';
import { ChitieuError } from '../errors/chitieu-error';
import type { Dataset, EvaluateOptions, Evaluation } from '../model/types';
import { comparePeriods } from '../period/period';
import { evaluate } from './evaluate';

/**
 * Evaluates every observation of a dataset (or those of one period), in the order of the
 * dataset's indicators. Of several observations of one indicator and period, the latest stage
 * wins (official over preliminary over estimate).
 *
 * @example
 * const rows = evaluateDataset(dataset, { period: '2020' });
 * rows.map((e) => [e.indicator.id, e.status]);
 */
export function evaluateDataset(dataset: Dataset, options: EvaluateOptions & { period?: string } = {}): Evaluation[] {
  const order = new Map(dataset.indicators.map((ind, i) => [ind.id, i] as const));
  const observations = latestObservations(
    options.period === undefined
      ? dataset.observations
      : dataset.observations.filter((o) => o.period === options.period),
  );
  return observations
    .map((o, i) => {
      const index = order.get(o.indicator);
      const indicator = index === undefined ? undefined : dataset.indicators[index];
      if (!indicator)
        throw new ChitieuError('UNKNOWN_INDICATOR', `Unknown indicator "${o.indicator}"`, {
          path: `observations[${i}].indicator`,
        });
      return { o, indicator, index: index ?? 0 };
    })
    .sort((a, b) => a.index - b.index || comparePeriods(a.o.period, b.o.period))
    .map(({ o, indicator }) => evaluate(o, indicator, options));
}
