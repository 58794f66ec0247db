/**
 * Messages shared by the full schema (`schema/`, behind `defineIndicator` and `parseDataset`)
 * and the compact guard `evaluate` runs on an indicator it did not validate itself
 * (`evaluate/check-indicator.ts`): the same rule gives the same words on both paths.
 *
 * @internal
 */
import { describeValue } from './quote';

/** `Expected one of "a", "b", got "c"` (the schema may add a "Did you mean" hint). */
export const expectedOneOf = (values: readonly string[], value: unknown): string =>
  `Expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${describeValue(value)}`;

/** Not an integer; a string of digits is told it should be a JSON number. */
export const notAnInteger = (value: unknown): string =>
  typeof value === 'string' && /^\s*-?\d{1,16}\s*$/.test(value)
    ? `Expected a JSON number ${value.trim()}, not the string ${describeValue(value)}`
    : `Expected an integer, got ${describeValue(value)}`;

/** An integer outside its range. */
export const expectedIntegerFrom = (min: number, max: number, value: number): string =>
  `Expected an integer from ${min} to ${max}, got ${value}`;

/** `Expected X, got Y`. */
export const expected = (what: string, value: unknown): string => `Expected ${what}, got ${describeValue(value)}`;

/** What an indicator id may contain. */
export const INDICATOR_ID_EXPECTED = 'an id of letters, digits, ".", "_", ":" or "-"';

/** A near threshold outside (0, 1]. */
export const NEAR_THRESHOLD_RANGE = (text: string): string => `Expected a ratio in (0, 1], got ${text}`;

/** An `at-least`/`at-most` target against the other direction. */
export const targetKindAgainstDirection = (targetKind: string, required: string, direction: string): string =>
  `An "${targetKind}" target means ${required} is better, but direction is "${direction}"`;

/** Direction `neither` without a band. */
export const neitherNeedsBand = (targetKind: string): string =>
  `Direction "neither" (hold steady) needs a band target, but targetKind is "${targetKind}"`;

/** A decimal that must be above zero (density `per`). */
export const expectedPositive = (text: string): string => `Expected a value > 0, got ${text}`;

/** Not decimal text at all (the schema adds a hint for locale-formatted text). */
export const expectedDecimal = (value: unknown): string =>
  `Expected a decimal such as "1234.5", got ${describeValue(value)}`;

/** A required field left out (or `undefined`). */
export const missingField = (key: string): string => `Missing required field "${key}"`;
