import { checkInputDecimal, inputDecimalProblem } from '../schema/decimal-bounds';
import type { DecimalInput } from './decimal';
import { cmp, toDecimalString, toNum } from './decimal';
import type { DecimalString } from './decimal-string';

/**
 * Reads a decimal from a string (`'1234.5'`, `'-0.25'`, `'1e21'`), a finite number or a bigint
 * and returns its canonical string. Locale-formatted text (`'1,5'`, `'3.630'` meaning 3630) is
 * refused: read it with `parseNumber(text, locale)`.
 *
 * @example
 * decimal('1800000.00'); // '1800000'
 * decimal(0.1); // '0.1'
 * decimal('1e21'); // '1000000000000000000000'
 * decimal('1,5'); // throws ChitieuError INVALID_DECIMAL
 */
export function decimal(value: DecimalInput, path = 'value'): DecimalString {
  checkInputDecimal(value, path); // input bounds: ≤ 100 digits, |exponent| ≤ 99 (schema/decimal-bounds.ts)
  return toDecimalString(toNum(value, path));
}

/**
 * Compares two decimals exactly: -1, 0 or 1. Sort decimal strings with it, never with
 * `Number(a) - Number(b)`, which loses digits beyond 2^53.
 *
 * @example
 * ['10', '9.5', '100'].sort(compareDecimals); // ['9.5', '10', '100']
 */
export function compareDecimals(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  return cmp(toNum(a, 'a'), toNum(b, 'b'));
}

/** True when `value` is a finite decimal the library accepts (string, number or bigint). */
export function isDecimal(value: unknown): value is DecimalInput {
  if (typeof value === 'bigint') return inputDecimalProblem(value) === null; // the bounds decimal() applies
  if (typeof value === 'number') return Number.isFinite(value) && inputDecimalProblem(value) === null;
  if (typeof value !== 'string') return false;
  try {
    checkInputDecimal(value);
    toNum(value);
    return true;
  } catch {
    return false;
  }
}
