import type { Scale } from '../locale/words';
import { SCALES } from '../locale/words';

/** Scales with a word, plus 0 (no word). @internal */
export type DisplayScale = 0 | Scale;

/** Whether a power of ten has a scale word (or is 0). @internal */
export function isDisplayScale(value: number): value is DisplayScale {
  return value === 0 || (SCALES as readonly number[]).includes(value);
}

/** The largest worded scale not above `power` (0 below a thousand). @internal */
export function floorScale(power: number): DisplayScale {
  let chosen: DisplayScale = 0;
  for (const s of SCALES) if (s <= power) chosen = s;
  return chosen;
}
