import type { Indicator } from '../model/types';
import { checkIndicator } from './check-indicator';

/**
 * The indicator, checked once per object: accepts the output of `defineIndicator`, or the same
 * data after a JSON round trip or from a second copy of the library. The engine's fields are
 * checked by the compact guard in `check-indicator.ts` (same codes, paths and messages as the
 * schema); raw indicator input (unit codes, defaults left out) goes through `defineIndicator`.
 * @internal
 */
export function normalizeIndicator(indicator: Indicator, path = 'indicator'): Indicator {
  return checkIndicator(indicator, path);
}
