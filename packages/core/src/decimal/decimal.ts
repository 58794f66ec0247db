/**
 * The only module that knows decimal.js exists. Everything else in the core does arithmetic
 * through these functions on the opaque {@link Num} type and crosses the public API as
 * canonical decimal strings.
 *
 * @internal
 */
import Decimal from 'decimal.js';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalString } from './decimal-string';

/**
 * A private clone: the global Decimal stays untouched. 50 significant digits keep sums of
 * 30-digit money values exact (decimal.js rounds *every* operation, additions included), and
 * the exponent limits keep toString out of exponent notation for any value a report can hold.
 */
const D = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -1000,
  toExpPos: 1000,
  minE: -9e15,
  maxE: 9e15,
});

declare const numBrand: unique symbol;
/** An exact decimal number inside the core. Opaque outside this module. */
export type Num = { readonly [numBrand]: true };

type Dec = InstanceType<typeof D>;
const dec = (n: Num): Dec => n as unknown as Dec;
const num = (d: Dec): Num => d as unknown as Num;

/** Rounding modes offered by the public API. */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

export const isRoundingMode = (value: unknown): value is RoundingMode =>
  typeof value === 'string' && Object.hasOwn(MODES, value);

/**
 * Largest decimal exponent accepted from input. `1e999999999` is valid decimal text whose
 * fixed-point form has a billion digits: refusing it here keeps every later `toFixed` cheap.
 */
export const MAX_EXPONENT = 1000;

function checkMagnitude(d: Dec, value: unknown, path: string): Num {
  if (!d.isZero() && Math.abs(d.e) > MAX_EXPONENT) {
    throw new ChitieuError(
      'OUT_OF_RANGE',
      `Decimal ${describe(value)} is beyond 10^±${MAX_EXPONENT}, far outside any report figure`,
      { path },
    );
  }
  return num(d);
}

/** Canonical and accepted decimal text: optional sign, digits, optional fraction, optional exponent. */
export const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Values the public API accepts wherever a decimal is expected. */
export type DecimalInput = DecimalString | string | number | bigint;

function describe(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return typeof value;
}

/**
 * Reads a decimal from untrusted input. Strings must be plain decimal text (`'1234.5'`,
 * `'-0.25'`, `'1e21'`); locale-formatted text such as `'1,5'` is refused here, because only
 * `parseNumber(text, locale)` knows what its separators mean. Numbers must be finite; they are
 * read from their shortest round-trip representation, never through arithmetic.
 *
 * @throws {ChitieuError} `INVALID_DECIMAL` naming the value and `path`.
 */
export function toNum(value: unknown, path = 'value'): Num {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) {
      const hint =
        /^[+-]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?$/.test(text) || /,/.test(text)
          ? ': locale-formatted text needs parseNumber(text, locale)'
          : '';
      throw new ChitieuError('INVALID_DECIMAL', `Expected a decimal string, got ${describe(value)}${hint}`, { path });
    }
    return checkMagnitude(new D(text), value, path);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new ChitieuError('INVALID_DECIMAL', `Expected a finite number, got ${describe(value)}`, { path });
    }
    return num(new D(String(value)));
  }
  if (typeof value === 'bigint') return checkMagnitude(new D(value.toString()), value, path);
  throw new ChitieuError('INVALID_DECIMAL', `Expected a decimal string or number, got ${describe(value)}`, { path });
}

/** True when `value` is text that {@link toNum} accepts. */
export const isDecimalText = (value: unknown): value is string =>
  typeof value === 'string' && DECIMAL_TEXT.test(value.trim());

/** Canonical fixed-point form: no exponent, no trailing zeros, no `-0`. */
export function toDecimalString(n: Num): DecimalString {
  const d = dec(n);
  return (d.isZero() ? '0' : d.toFixed()) as DecimalString;
}

const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/**
 * The canonical form of an input already read as `n`: the input itself when it is canonical
 * text (the common case for stored data), so no digits are rebuilt.
 */
export function canonicalOf(input: unknown, n: Num): DecimalString {
  return typeof input === 'string' && input !== '-0' && CANONICAL.test(input)
    ? (input as DecimalString)
    : toDecimalString(n);
}

/** Fixed-point form with exactly `decimals` places (already rounded by the caller). */
export function toFixedString(n: Num, decimals: number): string {
  const d = dec(n);
  return d.isZero() ? (0).toFixed(decimals) : d.toFixed(decimals);
}

export const ZERO: Num = num(new D(0));
export const ONE: Num = num(new D(1));
export const TWO: Num = num(new D(2));
export const HUNDRED: Num = num(new D(100));

export const fromInt = (n: number): Num => num(new D(n));
export const add = (a: Num, b: Num): Num => num(dec(a).plus(dec(b)));
export const sub = (a: Num, b: Num): Num => num(dec(a).minus(dec(b)));
export const mul = (a: Num, b: Num): Num => num(dec(a).times(dec(b)));
/** Division; the caller guarantees `b` is not zero. */
export const div = (a: Num, b: Num): Num => num(dec(a).div(dec(b)));
export const neg = (a: Num): Num => num(dec(a).neg());
export const abs = (a: Num): Num => num(dec(a).abs());
export const cmp = (a: Num, b: Num): -1 | 0 | 1 => dec(a).cmp(dec(b)) as -1 | 0 | 1;
export const eq = (a: Num, b: Num): boolean => dec(a).eq(dec(b));
export const lt = (a: Num, b: Num): boolean => dec(a).lt(dec(b));
export const lte = (a: Num, b: Num): boolean => dec(a).lte(dec(b));
export const gt = (a: Num, b: Num): boolean => dec(a).gt(dec(b));
export const gte = (a: Num, b: Num): boolean => dec(a).gte(dec(b));
export const isZero = (a: Num): boolean => dec(a).isZero();
export const isNegative = (a: Num): boolean => dec(a).isNeg() && !dec(a).isZero();
export const isPositive = (a: Num): boolean => dec(a).isPos() && !dec(a).isZero();
export const isInteger = (a: Num): boolean => dec(a).isInteger();
export const min = (a: Num, b: Num): Num => (lte(a, b) ? a : b);
export const max = (a: Num, b: Num): Num => (gte(a, b) ? a : b);
/** `a` to the power of `b` (real exponent); the caller guarantees `a` > 0 for fractional `b`. */
export const pow = (a: Num, b: Num): Num => num(dec(a).pow(dec(b)));
/** Rounds to `decimals` places (negative `decimals` round to tens, hundreds, …). */
export function round(a: Num, decimals: number, mode: RoundingMode = 'half-up'): Num {
  const d = dec(a);
  if (decimals >= 0) return num(d.toDecimalPlaces(decimals, MODES[mode]));
  const unit = new D(10).pow(-decimals);
  return num(d.div(unit).toDecimalPlaces(0, MODES[mode]).times(unit));
}
const POW10 = new Map<number, Num>();
/** 10^exponent, exact (memoised: rounding and scales ask for the same few powers). */
export function pow10(exponent: number): Num {
  let p = POW10.get(exponent);
  if (p === undefined) {
    p = num(new D(10).pow(exponent));
    if (POW10.size < 256) POW10.set(exponent, p);
  }
  return p;
}
/** Number of digits after the decimal point in the canonical form. */
export const decimalPlaces = (a: Num): number => dec(a).decimalPlaces();
/** Integer part digits and fraction digits as strings, for formatters that never use floats. */
export function digits(a: Num): { negative: boolean; integer: string; fraction: string } {
  const text = toDecimalString(abs(a));
  const [integer = '0', fraction = ''] = text.split('.');
  return { negative: isNegative(a), integer, fraction };
}
/** Sum of a list, exact within 50 significant digits. */
export function sum(values: readonly Num[]): Num {
  let total = dec(ZERO);
  for (const value of values) total = total.plus(dec(value));
  return num(total);
}
/** A safe JavaScript integer (for counts and exponents only, never for money or ratios). */
export const toSafeInteger = (a: Num): number | null => {
  const d = dec(a);
  if (!d.isInteger()) return null;
  const n = d.toNumber();
  return Number.isSafeInteger(n) ? n : null;
};
