/**
 * The bounds of an input decimal — one definition for `decimal()`, `defineIndicator`,
 * `defineObservation`, `parseDataset` and the shipped JSON Schema:
 *
 * - written with an exponent (`"1.5e9"`): at most {@link INPUT_LIMITS.maxDigitsWithExponent}
 *   digits before the exponent and an exponent of at most two digits (`e-99` … `e99`, leading
 *   zeros aside);
 * - written without one (`"3630"`, `"0.0012"`): at most {@link INPUT_LIMITS.maxDigits} digits.
 *
 * Leading and trailing zeros count: the bound is on what is written, so the JSON Schema can
 * check it with a pattern and agrees with the validator on every string. The two limits are
 * chosen so that the canonical form of every accepted value (fixed-point, no exponent: at most
 * 100 + 99 + 1 digits) is itself accepted — a parsed dataset written back as JSON parses again —
 * and so that every accepted value is 0 or lies between 10⁻²⁰⁰ and 10²⁰⁰: every derived figure
 * (a ratio of two values, a density of three) stays far inside the engine's ±10¹⁰⁰⁰ range, and
 * no formula ever works on 800,000-digit numbers. Checked with a character scan, without
 * building a number first (so `"1e9999999999999999999"` is refused instead of overflowing to
 * Infinity, and `"1e-9999999999999999999"` instead of underflowing to 0).
 *
 * @internal
 */
import { ChitieuError } from '../errors/chitieu-error';
import { quote } from '../errors/quote';

export const INPUT_LIMITS = {
  /** Digits of a decimal written without an exponent. */
  maxDigits: 200,
  /** Digits written before an exponent. */
  maxDigitsWithExponent: 100,
  /** Digits of the exponent, leading zeros aside: |exponent| ≤ 99. */
  maxExponentDigits: 2,
  /** Decimals of a printed figure (a stated percentage or density, kept as printed). */
  maxPrintedDecimals: 20,
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
  '^\\s*[+-]?(?:(?=\\.?(?:\\d\\.?){1,200}\\s*$)(?:\\d+(?:\\.\\d*)?|\\.\\d+)|(?=\\.?(?:\\d\\.?){1,100}[eE])(?:\\d+(?:\\.\\d*)?|\\.\\d+)[eE][+-]?0*\\d{1,2})\\s*$';

/**
 * The JSON Schema pattern of a printed figure (`"100.6"`, `"80.00"`): a decimal as a report
 * prints it — no exponent, at most 200 digits of which at most 20 after the point.
 */
export const PRINTED_PATTERN = '^\\s*[+-]?(?=\\.?(?:\\d\\.?){1,200}\\s*$)(?:\\d+(?:\\.\\d{0,20})?|\\.\\d{1,20})\\s*$';

/**
 * Why a printed figure (already known to be an accepted decimal text, trimmed) is not one a
 * report prints, or `null`: no exponent, at most 20 decimals (formats show what was printed).
 */
export function printedTextProblem(text: string): string | null {
  if (/[eE]/.test(text))
    return `A printed figure is written as the report prints it, without an exponent; got ${quote(text)}`;
  const point = text.indexOf('.');
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return decimals > INPUT_LIMITS.maxPrintedDecimals
    ? `A printed figure shows at most ${INPUT_LIMITS.maxPrintedDecimals} decimals; ${quote(text)} shows ${decimals}`
    : null;
}

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
  const exponent = i < n;
  const limit = exponent ? INPUT_LIMITS.maxDigitsWithExponent : INPUT_LIMITS.maxDigits;
  if (digits > limit) {
    return `The decimal ${quote(text)} has ${digits} digits${exponent ? ' before its exponent' : ''}; at most ${limit} are accepted`;
  }
  if (exponent) {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    while (i < n - 1 && text[i] === '0') i++;
    if (n - i > INPUT_LIMITS.maxExponentDigits) {
      return `The decimal ${quote(text)} has an exponent beyond ±99 (accepted values lie between 10^-200 and 10^200)`;
    }
  }
  return null;
}

/**
 * Why a finite JS number is out of bounds, or `null`: the rule of its shortest text
 * (`String(1e100)` is `"1e+100"`), so a number is accepted when its magnitude is 0 or from
 * 1e-99 to below 1e100.
 */
export function numberProblem(value: number): string | null {
  return decimalTextProblem(String(value)) === null
    ? null
    : `The number ${String(value)} is beyond the accepted range (its magnitude must be 0 or from 1e-99 to below 1e100)`;
}

const BIGINT_LIMIT = BigInt(`1${'0'.repeat(INPUT_LIMITS.maxDigits)}`);

/** Why a BigInt is out of bounds (more than 200 digits), or `null`. Constant time. */
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
