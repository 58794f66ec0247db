import type { ChitieuErrorCode } from './codes';

/** One problem found while validating untrusted data, located by its JSON path. */
export interface ValidationIssue {
  /** Stable machine-readable code, e.g. `INVALID_DECIMAL`. */
  readonly code: ChitieuErrorCode;
  /** JSON path of the offending value, e.g. `$.observations[3].actual`. */
  readonly path: string;
  /** Human-readable explanation naming what was wrong. */
  readonly message: string;
}

/**
 * The one error type that `@chitieu/core` throws, for programming mistakes and invalid input.
 * Facts about the data (a missing target, a zero base) are never errors: they come back as
 * values with a reason.
 *
 * @example
 * try {
 *   evaluate({ indicator: 'x', period: '2020', actual: 'abc' }, indicator);
 * } catch (error) {
 *   if (error instanceof ChitieuError && error.code === 'INVALID_DECIMAL') console.log(error.path);
 * }
 */
export class ChitieuError extends Error {
  override readonly name = 'ChitieuError';
  /** Stable machine-readable code. */
  readonly code: ChitieuErrorCode;
  /** Where the bad value was, as a JSON path or parameter name, when known. */
  readonly path: string | undefined;
  /** Every validation problem, for `INVALID_DATASET` and other multi-problem errors. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    code: ChitieuErrorCode,
    message: string,
    options: { path?: string | undefined; issues?: readonly ValidationIssue[]; cause?: unknown } = {},
  ) {
    super(options.path === undefined ? message : `${message} (at ${options.path})`, {
      cause: options.cause,
    });
    this.code = code;
    this.path = options.path;
    this.issues = options.issues ?? [];
  }

  /**
   * True for any ChitieuError, including one thrown by a second copy of the library
   * (where `instanceof` fails).
   */
  static is(value: unknown): value is ChitieuError {
    return (
      value instanceof ChitieuError ||
      (value instanceof Error &&
        value.name === 'ChitieuError' &&
        typeof (value as { code?: unknown }).code === 'string')
    );
  }
}
