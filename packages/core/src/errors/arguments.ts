/**
 * Guards of the public entry points against arguments of the wrong kind or in the wrong order (a
 * plain-JavaScript caller may pass anything): a refused argument is a `ChitieuError` naming the
 * function and the argument, and whatever a malformed argument throws while it is read (a getter,
 * a revoked proxy, a missing field, a cycle too deep to walk) becomes one too — never a bare
 * `TypeError` or `RangeError`.
 *
 * @internal
 */
import { ChitieuError } from './chitieu-error';
import type { ChitieuErrorCode } from './codes';
import { describeValue, thrownMessage } from './quote';

/** Longest collection an entry point accepts (the same bound as a dataset's arrays). */
export const MAX_ARGUMENT_ITEMS = 10_000_000;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/** `narrateSummary: expected the evaluations as the first argument (an array of evaluate() results), got an object`. */
export function badArgument(
  fn: string,
  position: number,
  name: string,
  what: string,
  value: unknown,
  code: ChitieuErrorCode = 'INVALID_OPTION',
): ChitieuError {
  return new ChitieuError(
    code,
    `${fn}: expected the ${name} as the ${ORDINALS[position] ?? `${position + 1}th`} argument (${what}), got ${describeValue(value)}`,
    { path: name },
  );
}

/** True for a real array of at most {@link MAX_ARGUMENT_ITEMS} entries (a revoked proxy is none). */
export function isArgumentArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value) && value.length <= MAX_ARGUMENT_ITEMS;
  } catch {
    return false;
  }
}

/** True for a non-null object that is not an array. */
export function isArgumentObject(value: unknown): value is object {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Refuses anything but an array, naming the argument. */
export function requireArrayArgument(fn: string, position: number, name: string, what: string, value: unknown): void {
  if (!isArgumentArray(value)) throw badArgument(fn, position, name, what, value);
}

/** Refuses anything but a plain object, naming the argument. */
export function requireObjectArgument(fn: string, position: number, name: string, what: string, value: unknown): void {
  if (!isArgumentObject(value)) throw badArgument(fn, position, name, what, value);
}

/** Refuses anything but an object or `undefined` (an optional options bag), naming the argument. */
export function optionalObjectArgument(fn: string, position: number, name: string, value: unknown): void {
  if (value !== undefined && !isArgumentObject(value)) throw badArgument(fn, position, name, 'an object', value);
}

/**
 * Runs an entry point's work; whatever a malformed argument throws while it is read becomes a
 * `ChitieuError` naming the function and its arguments (a `ChitieuError` passes through).
 */
export function guardArguments<R>(
  fn: string,
  args: string,
  run: () => R,
  code: ChitieuErrorCode = 'INVALID_OPTION',
): R {
  try {
    return run();
  } catch (error) {
    throw asArgumentError(fn, args, error, code);
  }
}

/** The typed error for something a malformed argument threw. */
export function asArgumentError(
  fn: string,
  args: string,
  error: unknown,
  code: ChitieuErrorCode = 'INVALID_OPTION',
): ChitieuError {
  if (ChitieuError.is(error)) return error;
  return new ChitieuError(code, `${fn}: a malformed ${args} could not be read (${thrownMessage(error)})`, {
    path: args,
    cause: error,
  });
}
