import { ChitieuError } from '../errors/chitieu-error';
import type { Indicator } from '../model/types';
import { run, schemas } from '../schema/model-schema';

const checked = new WeakMap<object, Indicator>();

/**
 * The indicator, validated once per object: accepts the output of `defineIndicator`, or the same
 * data after a JSON round trip or from a second copy of the library.
 * @internal
 */
export function normalizeIndicator(indicator: Indicator, path = 'indicator'): Indicator {
  if (typeof indicator !== 'object' || indicator === null) {
    throw new ChitieuError(
      'INVALID_INDICATOR',
      `Expected an indicator object, got ${indicator === null ? 'null' : typeof indicator}`,
      { path },
    );
  }
  const cached = checked.get(indicator);
  if (cached) return cached;
  const result = run(schemas().indicator, indicator, path);
  if (result.value === null) {
    throw new ChitieuError(
      'INVALID_INDICATOR',
      `Invalid indicator: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      {
        issues: result.issues,
        path: result.issues[0]?.path,
      },
    );
  }
  checked.set(indicator, result.value);
  return result.value;
}
