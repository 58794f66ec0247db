import type { DecimalInput, Num } from '../decimal/decimal';
import { toNum } from '../decimal/decimal';

/**
 * A stated figure with the precision it was printed with: `"80.00"` keeps 2 decimals even though
 * its canonical form is `80`. Numbers and bigints carry the decimals of their shortest form.
 * @internal
 */
export interface Printed {
  readonly value: Num;
  readonly decimals: number;
}

/** Reads a stated figure keeping its printed decimals. @internal */
export function printed(input: DecimalInput, path = 'value'): Printed {
  const value = toNum(input, path);
  const text = typeof input === 'string' ? input.trim() : String(input);
  const match = /^[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  const fraction = match?.[1]?.length ?? 0;
  const exponent = match?.[2] === undefined ? 0 : Number.parseInt(match[2], 10);
  return { value, decimals: Math.max(0, fraction - exponent) };
}
