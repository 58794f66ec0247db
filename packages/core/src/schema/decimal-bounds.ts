/**
 * The bounds of an input decimal — one definition for `decimal()`, `defineIndicator`,
 * `defineObservation`, `parseDataset` and the shipped JSON Schema:
 *
 * - at most {@link INPUT_LIMITS.maxDigits} digits written before any exponent (leading and
 *   trailing zeros count: `"0.0012"` has 5), and
 * - an exponent of at most {@link INPUT_LIMITS.maxExponentDigits} digits (`e-99` … `e99`, leading
 *   zeros aside).
 *
 * So every accepted value is 0 or lies between 10⁻¹⁹⁹ and 10¹⁹⁹ with at most 100 significant
 * digits: every derived figure (a ratio of two values, a density of three, a growth root) stays
 * far inside the engine's ±10¹⁰⁰⁰ range, and no formula ever works on 800,000-digit numbers.
 * Checked with a character scan, without building a number first (so `"1e9999999999999999999"`
 * is refused instead of overflowing to Infinity, and `"1e-9999999999999999999"` instead of
 * underflowing to 0).
 *
 * @internal
 */
import { ChitieuError } from '../errors/chitieu-error';
import { quote } from '../errors/quote';

export const INPUT_LIMITS = {
  /** Digits written before the exponent. */
  maxDigits: 100,
  /** Digits of the exponent, leading zeros aside: |exponent| ≤ 99. */
  maxExponentDigits: 2,
  /** Largest |value| of a JSON number (exclusive), so its shortest text has an exponent ≤ 99. */
  maxNumber: 1e100,
  /** Smallest non-zero |value| of a JSON number (inclusive). */
  minNumber: 1e-99,
} as const;

/**
 * The JSON Schema pattern of an accepted decimal string: the same grammar and bounds as the
 * validator (surrounding whitespace is allowed, as the validator trims it; `\s` and
 * `String.prototype.trim` strip the same characters).
 */
export const DECIMAL_PATTERN =
  '^\\s*[+-]?(?=\\.?(?:\\d\\.?){1,100}(?:[eE]|\\s*$))(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?0*\\d{1,2})?\\s*$';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The decimal grammar (no bounds): optional sign, digits, optional fraction, optional exponent. */
export const DECIMAL_GRAMMAR = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Why a decimal text (already known to match the decimal grammar, without surrounding
 * whitespace) is out of bounds, or `null` when it is within them. Linear in the text.
 */
export function decimalTextProblem(text: string): string | null {
  let digits = 0;
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === 101 || c === 69) break; // e E
  }
  if (digits > INPUT_LIMITS.maxDigits) {
    return `The decimal ${quote(text)} has ${digits} digits; at most ${INPUT_LIMITS.maxDigits} are accepted`;
  }
  if (i < n) {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    while (i < n - 1 && text[i] === '0') i++;
    if (n - i > INPUT_LIMITS.maxExponentDigits) {
      return `The decimal ${quote(text)} has an exponent beyond ±99 (accepted values lie between 10^-199 and 10^199)`;
    }
  }
  return null;
}

/** Why a JS number is out of bounds, or `null`. */
export function numberProblem(value: number): string | null {
  const size = Math.abs(value);
  if (size === 0 || (size >= INPUT_LIMITS.minNumber && size < INPUT_LIMITS.maxNumber)) return null;
  return `The number ${String(value)} is beyond the accepted range (its magnitude must be from 1e-99 to below 1e100)`;
}

const BIGINT_LIMIT = BigInt(`1${'0'.repeat(INPUT_LIMITS.maxDigits)}`);

/** Why a BigInt is out of bounds (more than 100 digits), or `null`. Constant time. */
export function bigintProblem(value: bigint): string | null {
  return value >= BIGINT_LIMIT || value <= -BIGINT_LIMIT
    ? `The BigInt has more than ${INPUT_LIMITS.maxDigits} digits; at most ${INPUT_LIMITS.maxDigits} are accepted`
    : null;
}

/**
 * Why an input decimal (string, number or BigInt) is out of bounds, or `null`. Values that are
 * not decimals at all (`"abc"`, `"1,5"`, objects) give `null`: their reader reports them.
 */
export function inputDecimalProblem(value: unknown): string | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return DECIMAL_GRAMMAR.test(text) ? decimalTextProblem(text) : null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? numberProblem(value) : null;
  if (typeof value === 'bigint') return bigintProblem(value);
  return null;
}

/**
 * Throws `OUT_OF_RANGE` when an input decimal is beyond the documented bounds; the entry points
 * that take a decimal from a user (`decimal()`) call it before reading the value.
 *
 * @throws {ChitieuError} `OUT_OF_RANGE` naming the value (at most 40 characters of it) and `path`.
 */
export function checkInputDecimal(value: unknown, path = 'value'): void {
  const problem = inputDecimalProblem(value);
  if (problem !== null) throw new ChitieuError('OUT_OF_RANGE', problem, { path });
}
