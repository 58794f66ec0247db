import { asArgumentError, isArgumentArray, optionalObjectArgument, requireObjectArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { Dataset } from '../model/types';
import { CHECKS } from './checks';
import { checkContext } from './context';
import { datasetFacts } from './facts';
import type { AuditOptions, Finding } from './types';

/**
 * The same checks over a dataset: observations' stated completion, density and change against
 * their target, population and previous value, components (`parent`) against totals, and
 * `nextTarget`s (their densities and required growth). Findings index `dataset.observations`.
 *
 * @example
 * auditDataset(thanhHoa2020).map((f) => f.kind); // ['densities-disagree']
 */
export function auditDataset(dataset: Dataset, options: AuditOptions = {}): Finding[] {
  const fn = 'auditDataset';
  requireObjectArgument(fn, 0, 'dataset', 'a dataset from parseDataset() or assertDataset()', dataset);
  optionalObjectArgument(fn, 1, 'options', options);
  try {
    for (const field of ['indicators', 'observations'] as const) {
      if (!isArgumentArray(dataset[field]))
        throw new ChitieuError('INVALID_OPTION', `${fn}: the dataset's ${field} is not an array`, {
          path: `dataset.${field}`,
        });
    }
    const ctx = checkContext('observations', datasetFacts(dataset), options);
    return CHECKS.flatMap((check) => check(ctx));
  } catch (error) {
    throw asArgumentError(fn, 'dataset or options', error);
  }
}
