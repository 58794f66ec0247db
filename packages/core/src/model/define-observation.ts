import { ChitieuError } from '../errors/chitieu-error';
import { run, schemas } from '../schema/model-schema';
import type { Observation, ObservationInput } from './types';
import { markValidated } from './validated';

/**
 * Validates an observation and normalises its decimals to canonical strings. Stated figures keep
 * their printed form (`"80.00"`), since their trailing zeros carry their precision.
 *
 * @example
 * const broadband = defineObservation({
 *   indicator: 'broadband',
 *   period: '2020',
 *   actual: '1800000',
 *   stated: { completion: '105.88', density: '49.8' },
 * });
 * @throws {ChitieuError} `INVALID_OBSERVATION` (or the code of the first issue, such as
 * `INVALID_DECIMAL`, `INVALID_BAND`, `OUT_OF_RANGE`) listing every issue with its path.
 */
export function defineObservation(input: ObservationInput): Observation {
  const result = run(schemas().observation, input, 'observation');
  if (result.value === null) {
    const first = result.issues[0];
    throw new ChitieuError(
      first?.code === 'INVALID_DATASET' ? 'INVALID_OBSERVATION' : (first?.code ?? 'INVALID_OBSERVATION'),
      `Invalid observation: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues: result.issues, path: first?.path },
    );
  }
  return markValidated(result.value);
}
