/**
 * Schemas of input decimals: bounded (see `decimal-bounds.ts`) before any number is built, so
 * an out-of-range value is an `OUT_OF_RANGE` issue, never an Infinity, a silent 0 or a
 * quadratic computation later.
 *
 * @internal
 */
import { canonicalOf, isNegative, lte, type Num, toDecimalString, toNum, ZERO } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { ChitieuError } from '../errors/chitieu-error';
import { expectedDecimal, expectedPositive } from '../errors/messages';
import { describeValue, quote } from '../errors/quote';
import {
  bigintProblem,
  DECIMAL_GRAMMAR,
  DECIMAL_PATTERN,
  decimalTextProblem,
  INPUT_LIMITS,
  numberProblem,
  PRINTED_PATTERN,
  printedTextProblem,
} from './decimal-bounds';
import { type Context, INVALID, type Invalid, type JsonSchema, type Path, report, type Schema } from './schema';

/** Shortest decimal text of a JS number has at most 15 significant digits when it is exact as written. */
const SAFE_NUMBER_DIGITS = 15;
const significantDigits = (text: string): number =>
  text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').length;

const readNum = (text: string, path: Path, ctx: Context): Num | Invalid => {
  try {
    return toNum(text);
  } catch (error) {
    if (!ChitieuError.is(error)) throw error;
    return report(ctx, error.code, path, error.message.replace(/ \(at [^)]*\)$/, ''));
  }
};

/**
 * Reads a decimal (string, BigInt, or a JSON number that is exact as written) as a Num. Strings
 * keep every digit; numbers with more than 15 significant digits are refused, since JSON.parse
 * may already have changed them. Every form is bounded first.
 */
export function readDecimal(value: unknown, path: Path, ctx: Context): Num | Invalid {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return report(ctx, 'INVALID_DECIMAL', path, `Expected a finite decimal, got ${describeValue(value)}`);
    const text = String(value);
    if (significantDigits(text) > SAFE_NUMBER_DIGITS) {
      return report(
        ctx,
        'INVALID_DECIMAL',
        path,
        `The number ${text} has more digits than a JavaScript number keeps exactly; write it as a string`,
      );
    }
    const problem = numberProblem(value);
    return problem === null ? readNum(text, path, ctx) : report(ctx, 'OUT_OF_RANGE', path, problem);
  }
  if (typeof value === 'bigint') {
    const problem = bigintProblem(value);
    return problem === null ? readNum(value.toString(), path, ctx) : report(ctx, 'OUT_OF_RANGE', path, problem);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL_GRAMMAR.test(text)) {
      const problem = decimalTextProblem(text);
      return problem === null ? readNum(text, path, ctx) : report(ctx, 'OUT_OF_RANGE', path, problem);
    }
  }
  const hint =
    typeof value === 'string' && /\d,\d|\d\.\d{3}\./.test(value.slice(0, 200))
      ? ' (locale-formatted text needs parseNumber(text, locale))'
      : '';
  return report(ctx, 'INVALID_DECIMAL', path, `${expectedDecimal(value)}${hint}`);
}

/** The JSON Schema of an input decimal: the validator's grammar and bounds. */
export const DECIMAL_JSON: JsonSchema = {
  anyOf: [
    {
      type: 'string',
      pattern: DECIMAL_PATTERN,
      description: `Decimal text with "." as separator, no grouping: "3630", "100.6"; at most ${INPUT_LIMITS.maxDigits} digits, or ${INPUT_LIMITS.maxDigitsWithExponent} before an exponent of at most two digits`,
    },
    {
      type: 'number',
      exclusiveMinimum: -INPUT_LIMITS.maxNumber,
      exclusiveMaximum: INPUT_LIMITS.maxNumber,
      not: { exclusiveMinimum: -INPUT_LIMITS.minNumber, exclusiveMaximum: INPUT_LIMITS.minNumber, not: { const: 0 } },
      description: 'Accepted when exact as written (at most 15 significant digits); prefer strings',
    },
  ],
};

/** A short canonical form for messages. */
const shown = (n: Num): string => quote(toDecimalString(n)).slice(1, -1);

/** A decimal in canonical form, optionally bounded below. */
export function decimal(options: { min?: 'zero' | 'positive'; description?: string } = {}): Schema<DecimalString> {
  return {
    json: options.description ? { ...DECIMAL_JSON, description: options.description } : DECIMAL_JSON,
    parse(value, path, ctx) {
      const n = readDecimal(value, path, ctx);
      if (n === INVALID) return INVALID;
      if (options.min === 'zero' && isNegative(n))
        return report(ctx, 'OUT_OF_RANGE', path, `Expected a value ≥ 0, got ${shown(n)}`);
      if (options.min === 'positive' && lte(n, ZERO))
        return report(ctx, 'OUT_OF_RANGE', path, expectedPositive(shown(n)));
      // Canonical text (the common case for stored data) is kept as it is, not rebuilt.
      return canonicalOf(typeof value === 'string' ? value.trim() : value, n);
    },
  };
}

/**
 * A printed figure (stated percentage, density): validated like a decimal but kept as written,
 * because its trailing zeros carry its precision (`"80.00"` is ±0.005, `"80"` is ±0.5).
 */
export function printed(description: string): Schema<DecimalString> {
  return {
    json: {
      anyOf: [
        { type: 'string', pattern: PRINTED_PATTERN },
        {
          type: 'number',
          exclusiveMinimum: -INPUT_LIMITS.maxNumber,
          exclusiveMaximum: INPUT_LIMITS.maxNumber,
          description: `At most ${INPUT_LIMITS.maxPrintedDecimals} decimals; prefer strings, which keep trailing zeros`,
        },
      ],
      description: `${description}; at most ${INPUT_LIMITS.maxPrintedDecimals} decimals, no exponent`,
    },
    parse(value, path, ctx) {
      const n = readDecimal(value, path, ctx);
      if (n === INVALID) return INVALID;
      const text = typeof value === 'string' ? value.trim().replace(/^\+/, '') : toDecimalString(n);
      const problem = printedTextProblem(text);
      return problem === null ? (text as DecimalString) : report(ctx, 'OUT_OF_RANGE', path, problem);
    },
  };
}
