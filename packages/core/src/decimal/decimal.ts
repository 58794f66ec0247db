/**
 * The exact decimal arithmetic of the core, on the opaque {@link Num} type. Everything else in
 * the core does arithmetic through these functions and crosses the public API as canonical
 * decimal strings.
 *
 * A `Num` is an integer coefficient (`BigInt`) and a power-of-ten exponent: value = c × 10^e.
 * Reading a decimal string is one pass of a character scanner; comparisons are exact
 * cross-multiplications. The results are those of the decimal.js configuration the library
 * used before (precision 50, half-up), which stays the reference in the differential tests:
 *
 * - `add`, `sub`, `mul` are exact and rounded half-up to 50 significant digits only when the
 *   exact result has more (decimal.js rounds every operation to its precision);
 * - `div` is the exact quotient rounded half-up to 50 significant digits;
 * - `addExact`, `subExact`, `mulExact`, `shift` never round: status, the display guard, rounded
 *   percentages and summary sums use them, so no 50-digit rounding can flip a decision;
 * - `root` (behind `pow`) is the exact n-th root rounded half-up to 50 significant digits.
 *
 * No decimal.js at run time: a bundle that formats a number carries only this file.
 *
 * @internal
 */
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalString } from './decimal-string';
import { bdigits, bdiv, bmul, bpow, bpow10, brem } from './int';

/** value = c × 10^e. Not normalised: trailing zeros of `c` are stripped when printed. */
class Dec {
  constructor(
    readonly c: bigint,
    readonly e: number,
  ) {}
}

declare const numBrand: unique symbol;
/** An exact decimal number inside the core. Opaque outside this module. */
export type Num = { readonly [numBrand]: true };

const num = (c: bigint, e: number): Num => new Dec(c, e) as unknown as Num;
const dec = (n: Num): Dec => n as unknown as Dec;

/** Rounding modes offered by the public API. */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

const MODES: Record<RoundingMode, true> = {
  up: true,
  down: true,
  ceil: true,
  floor: true,
  'half-up': true,
  'half-down': true,
  'half-even': true,
};

export const isRoundingMode = (value: unknown): value is RoundingMode =>
  typeof value === 'string' && Object.hasOwn(MODES, value);

/** Significant digits kept by `div`, `root` and by `add`/`sub`/`mul` results longer than that. */
export const PRECISION = 50;
const LIMIT = bpow10(PRECISION);

/**
 * Largest decimal exponent accepted from input. `1e999999999` is valid decimal text whose
 * fixed-point form has a billion digits: refusing it here keeps every later step cheap.
 */
export const MAX_EXPONENT = 1000;

/** Canonical and accepted decimal text: optional sign, digits, optional fraction, optional exponent. */
export const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Values the public API accepts wherever a decimal is expected. */
export type DecimalInput = DecimalString | string | number | bigint;

function describe(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return value === '' ? 'an empty string' : JSON.stringify(text);
  }
  if (typeof value === 'number') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return typeof value;
}

// ---- scanner -----------------------------------------------------------------------------------

/**
 * Result of {@link scanDecimal}, in module state so that the hot path allocates nothing:
 * `SCAN_DIGITS` the significant digit string (no leading zeros; may be empty for zero),
 * `SCAN_NEG`, `SCAN_EXP` (value = ±digits × 10^SCAN_EXP, or `Infinity`/`-Infinity`
 * when the written exponent cannot be represented), `SCAN_CANONICAL` (the text is already the
 * canonical form).
 */
let SCAN_DIGITS = '';
let SCAN_NEG = false;
let SCAN_EXP = 0;
let SCAN_CANONICAL = false;

const isDigit = (ch: number): boolean => ch >= 48 && ch <= 57;

/**
 * One pass over decimal text (the grammar of {@link DECIMAL_TEXT}, no surrounding space).
 * Returns false when the text is not decimal text.
 */
function scanDecimal(text: string): boolean {
  const n = text.length;
  let i = 0;
  let neg = false;
  let canonical = true;
  let ch = n > 0 ? text.charCodeAt(0) : -1;
  if (ch === 45 || ch === 43) {
    neg = ch === 45;
    if (ch === 43) canonical = false;
    i = 1;
  }
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < n && text.charCodeAt(i) === 46) {
    i++;
    fracStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
    if (fracEnd === fracStart) canonical = false; // "1."
  }
  if (intEnd === intStart && fracEnd === fracStart) return false;
  if (intEnd === intStart) canonical = false; // ".5"
  let exp = 0;
  if (i < n) {
    ch = text.charCodeAt(i);
    if (ch !== 101 && ch !== 69) return false;
    canonical = false;
    i++;
    let expNeg = false;
    ch = i < n ? text.charCodeAt(i) : -1;
    if (ch === 45 || ch === 43) {
      expNeg = ch === 45;
      i++;
    }
    const expStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === expStart || i !== n) return false;
    // Leading zeros of the exponent are harmless; more than 15 digits cannot be a sane exponent.
    let e = 0;
    let k = expStart;
    while (k < i && text.charCodeAt(k) === 48) k++;
    if (i - k > 15) e = Number.POSITIVE_INFINITY;
    else for (; k < i; k++) e = e * 10 + (text.charCodeAt(k) - 48); // float-ok: ≤ 15 digits, a safe integer
    exp = expNeg ? -e : e;
  }
  // Significant digits: integer digits then fraction digits, leading zeros stripped.
  let start = intStart;
  while (start < intEnd && text.charCodeAt(start) === 48) start++;
  if (intEnd - intStart > 1 && text.charCodeAt(intStart) === 48) canonical = false; // "00", "01", "00.5"
  let digits: string;
  if (start < intEnd) digits = text.slice(start, intEnd) + text.slice(fracStart, fracEnd);
  else {
    let f = fracStart;
    while (f < fracEnd && text.charCodeAt(f) === 48) f++;
    digits = text.slice(f, fracEnd);
  }
  if (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === 48) canonical = false; // "1.50"
  if (neg && digits.length === 0) canonical = false; // "-0"
  SCAN_DIGITS = digits;
  SCAN_NEG = neg;
  SCAN_EXP = exp - (fracEnd - fracStart);
  SCAN_CANONICAL = canonical;
  return true;
}

const WHITESPACE_EDGE = /^\s|\s$/;

function outOfRange(value: unknown, path: string): ChitieuError {
  return new ChitieuError(
    'OUT_OF_RANGE',
    `Decimal ${describe(value)} is beyond 10^±${MAX_EXPONENT}, far outside any report figure`,
    { path },
  );
}

/** Builds a Num from the last scan, checking the magnitude. */
function fromScan(value: unknown, path: string): Num {
  const digits = SCAN_DIGITS;
  if (digits.length === 0) return ZERO;
  const exp = SCAN_EXP;
  if (!Number.isFinite(exp)) throw outOfRange(value, path);
  const msd = exp + digits.length - 1;
  if (msd > MAX_EXPONENT || msd < -MAX_EXPONENT) throw outOfRange(value, path);
  const c = BigInt(digits);
  return num(SCAN_NEG ? -c : c, exp);
}

/**
 * Reads a decimal from untrusted input. Strings must be plain decimal text (`'1234.5'`,
 * `'-0.25'`, `'1e21'`); locale-formatted text such as `'1,5'` is refused here, because only
 * `parseNumber(text, locale)` knows what its separators mean. Numbers must be finite; they are
 * read from their shortest round-trip representation, never through arithmetic.
 *
 * @throws {ChitieuError} `INVALID_DECIMAL` naming the value and `path`; `OUT_OF_RANGE` beyond
 * 10^±1000.
 */
export function toNum(value: unknown, path = 'value'): Num {
  if (typeof value === 'string') {
    const text = WHITESPACE_EDGE.test(value) ? value.trim() : value;
    if (!scanDecimal(text)) {
      const hint =
        /^[+-]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?$/.test(text) || /,/.test(text)
          ? ': locale-formatted text needs parseNumber(text, locale)'
          : '';
      throw new ChitieuError('INVALID_DECIMAL', `Expected a decimal string, got ${describe(value)}${hint}`, { path });
    }
    return fromScan(value, path);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new ChitieuError('INVALID_DECIMAL', `Expected a finite number, got ${describe(value)}`, { path });
    }
    scanDecimal(String(value));
    return fromScan(value, path);
  }
  if (typeof value === 'bigint') {
    const n = num(value, 0);
    const d = bdigits(value < 0n ? -value : value);
    if (value !== 0n && d - 1 > MAX_EXPONENT) throw outOfRange(value, path);
    return n;
  }
  throw new ChitieuError('INVALID_DECIMAL', `Expected a decimal string or number, got ${describe(value)}`, { path });
}

/** True when `value` is text that {@link toNum} accepts as decimal text (magnitude not checked). */
export const isDecimalText = (value: unknown): value is string =>
  typeof value === 'string' && scanDecimal(WHITESPACE_EDGE.test(value) ? value.trim() : value);

/**
 * True when `text` is already a canonical decimal string (`-?(0|[1-9]\d*)(\.\d*[1-9])?`, not
 * `-0`): such text needs no rebuilding.
 */
export function isCanonicalText(text: string): boolean {
  return scanDecimal(text) && SCAN_CANONICAL;
}

// ---- printing ----------------------------------------------------------------------------------

/** Canonical fixed-point form: no exponent, no trailing zeros, no `-0`. */
export function toDecimalString(n: Num): DecimalString {
  const { c, e } = dec(n);
  if (c === 0n) return '0' as DecimalString;
  const negative = c < 0n;
  let s = (negative ? -c : c).toString();
  let text: string;
  if (e >= 0) text = e === 0 ? s : s + '0'.repeat(e);
  else {
    // strip trailing zeros inside the fraction
    let end = s.length;
    let exp = e;
    while (exp < 0 && end > 1 && s.charCodeAt(end - 1) === 48) {
      end--;
      exp++;
    }
    if (end !== s.length) s = s.slice(0, end);
    if (exp >= 0) text = s;
    else {
      const point = s.length + exp;
      text = point > 0 ? `${s.slice(0, point)}.${s.slice(point)}` : `0.${'0'.repeat(-point)}${s}`;
    }
  }
  return (negative ? `-${text}` : text) as DecimalString;
}

/**
 * The canonical form of an input already read as `n`: the input itself when it is canonical
 * text (the common case for stored data), so no digits are rebuilt.
 */
export function canonicalOf(input: unknown, n: Num): DecimalString {
  return typeof input === 'string' && isCanonicalText(input) ? (input as DecimalString) : toDecimalString(n);
}

/** Fixed-point form with exactly `decimals` places (already rounded by the caller). */
export function toFixedString(n: Num, decimals: number): string {
  const r = round(n, decimals, 'half-up');
  const { negative, integer, fraction } = digits(r);
  const text = decimals > 0 ? `${integer}.${fraction.padEnd(decimals, '0')}` : integer;
  return negative ? `-${text}` : text;
}

// ---- constants and construction ----------------------------------------------------------------

export const ZERO: Num = num(0n, 0);
export const ONE: Num = num(1n, 0);
export const TWO: Num = num(2n, 0);
export const HUNDRED: Num = num(100n, 0);

/** A JavaScript integer (a count, a number of months) as a Num; other numbers are read as `toNum`. */
export const fromInt = (n: number): Num => (Number.isSafeInteger(n) ? num(BigInt(n), 0) : toNum(n, 'value'));

/** A Num from an integer coefficient and a power-of-ten exponent: c × 10^e. @internal */
export const fromParts = (c: bigint, e: number): Num => num(c, e);
/** Coefficient and exponent of a Num (value = c × 10^e, not normalised). @internal */
export const partsOf = (n: Num): { readonly c: bigint; readonly e: number } => dec(n);

// ---- exact arithmetic --------------------------------------------------------------------------

/** Coefficients of `a` and `b` aligned to the smaller exponent. */
function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.e === b.e) return [a.c, b.c, a.e];
  if (a.e > b.e) return [bmul(a.c, bpow10(a.e - b.e)), b.c, b.e];
  return [a.c, bmul(b.c, bpow10(b.e - a.e)), a.e];
}

/** a + b, exact (never rounded). */
export function addExact(a: Num, b: Num): Num {
  const x = dec(a);
  const y = dec(b);
  if (y.c === 0n) return a;
  if (x.c === 0n) return b;
  const [p, q, e] = align(x, y);
  return num(p + q, e);
}
/** a − b, exact (never rounded). */
export function subExact(a: Num, b: Num): Num {
  const x = dec(a);
  const y = dec(b);
  if (y.c === 0n) return a;
  const [p, q, e] = align(x, y);
  return num(p - q, e);
}
/** a × b, exact (never rounded). */
export const mulExact = (a: Num, b: Num): Num => num(bmul(dec(a).c, dec(b).c), dec(a).e + dec(b).e);
/** a × 10^k, exact. */
export const shift = (a: Num, k: number): Num => num(dec(a).c, dec(a).e + k);

/** Rounds a coefficient half-up (away from zero) to {@link PRECISION} significant digits. */
function toPrecision50(c: bigint, e: number): Num {
  const negative = c < 0n;
  const m = negative ? -c : c;
  if (m < LIMIT) return num(c, e);
  const drop = bdigits(m) - PRECISION;
  const unit = bpow10(drop);
  let q = bdiv(m, unit);
  const r = brem(m, unit);
  if (bmul(r, 2n) >= unit) q += 1n;
  return num(negative ? -q : q, e + drop);
}

/** a + b, rounded half-up to 50 significant digits when the exact sum has more. */
export function add(a: Num, b: Num): Num {
  const s = dec(addExact(a, b));
  return toPrecision50(s.c, s.e);
}
/** a − b, rounded half-up to 50 significant digits when the exact difference has more. */
export function sub(a: Num, b: Num): Num {
  const s = dec(subExact(a, b));
  return toPrecision50(s.c, s.e);
}
/** a × b, rounded half-up to 50 significant digits when the exact product has more. */
export function mul(a: Num, b: Num): Num {
  return toPrecision50(bmul(dec(a).c, dec(b).c), dec(a).e + dec(b).e);
}

/**
 * Quotient of two integers rounded half-up (away from zero) to 50 significant digits, as
 * c × 10^e. `d` ≠ 0.
 */
function quotient(n: bigint, d: bigint, e: number): Num {
  if (n === 0n) return ZERO;
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  // Scale the numerator so that the integer quotient has PRECISION + 1 or + 2 digits.
  const k = PRECISION + 1 + bdigits(b) - bdigits(a);
  const scaled = k > 0 ? bmul(a, bpow10(k)) : a;
  const divisor = k < 0 ? bmul(b, bpow10(-k)) : b;
  const q = bdiv(scaled, divisor);
  const rest = scaled - bmul(q, divisor);
  // q has PRECISION + 1 or PRECISION + 2 digits: drop the extra ones with the exact remainder.
  const drop = bdigits(q) - PRECISION;
  const unit = bpow10(drop);
  let r = bdiv(q, unit);
  const low = q - bmul(r, unit);
  // discarded part = (low + rest/divisor) / unit ≥ 1/2 ⇔ 2·(low·divisor + rest) ≥ unit·divisor
  if (bmul(bmul(low, divisor) + rest, 2n) >= bmul(unit, divisor)) r += 1n;
  return num(negative ? -r : r, e - k + drop);
}

/** Division rounded half-up to 50 significant digits; the caller guarantees `b` is not zero. */
export function div(a: Num, b: Num): Num {
  const x = dec(a);
  const y = dec(b);
  return quotient(x.c, y.c, x.e - y.e);
}

/** Exact quotient p ÷ q of two exact values, rounded half-up to 50 significant digits. @internal */
export const divRounded = div;

export const neg = (a: Num): Num => num(-dec(a).c, dec(a).e);
export const abs = (a: Num): Num => (dec(a).c < 0n ? neg(a) : a);
export function cmp(a: Num, b: Num): -1 | 0 | 1 {
  const x = dec(a);
  const y = dec(b);
  const sx = x.c > 0n ? 1 : x.c < 0n ? -1 : 0;
  const sy = y.c > 0n ? 1 : y.c < 0n ? -1 : 0;
  if (sx !== sy) return sx > sy ? 1 : -1;
  if (sx === 0) return 0;
  const [p, q] = align(x, y);
  return p > q ? 1 : p < q ? -1 : 0;
}
export const eq = (a: Num, b: Num): boolean => cmp(a, b) === 0;
export const lt = (a: Num, b: Num): boolean => cmp(a, b) < 0;
export const lte = (a: Num, b: Num): boolean => cmp(a, b) <= 0;
export const gt = (a: Num, b: Num): boolean => cmp(a, b) > 0;
export const gte = (a: Num, b: Num): boolean => cmp(a, b) >= 0;
export const isZero = (a: Num): boolean => dec(a).c === 0n;
export const isNegative = (a: Num): boolean => dec(a).c < 0n;
export const isPositive = (a: Num): boolean => dec(a).c > 0n;
export function isInteger(a: Num): boolean {
  const { c, e } = dec(a);
  return e >= 0 || c === 0n || brem(c, bpow10(-e)) === 0n;
}
export const min = (a: Num, b: Num): Num => (lte(a, b) ? a : b);
export const max = (a: Num, b: Num): Num => (gte(a, b) ? a : b);

/**
 * Decides whether a magnitude truncated to `q` with discarded part `r` of `unit` moves away
 * from zero under `mode`. @internal
 */
export function roundsAway(q: bigint, r: bigint, unit: bigint, negative: boolean, mode: RoundingMode): boolean {
  if (r === 0n) return false;
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    default: {
      const twice = bmul(r, 2n);
      if (twice > unit) return true;
      if (twice < unit) return false;
      return mode === 'half-up' || (mode === 'half-even' && brem(q, 2n) === 1n);
    }
  }
}

/** Rounds to `decimals` places (negative `decimals` round to tens, hundreds, …). Exact. */
export function round(a: Num, decimals: number, mode: RoundingMode = 'half-up'): Num {
  const { c, e } = dec(a);
  if (e >= -decimals || c === 0n) return a;
  const negative = c < 0n;
  const m = negative ? -c : c;
  const unit = bpow10(-decimals - e);
  let q = bdiv(m, unit);
  if (roundsAway(q, m - bmul(q, unit), unit, negative, mode)) q += 1n;
  return num(negative ? -q : q, -decimals);
}

/**
 * p ÷ q rounded to `decimals` places under `mode`, exactly (one integer division and its
 * remainder, never a 50-digit intermediate). `q` ≠ 0. @internal
 */
export function roundQuotient(p: Num, q: Num, decimals: number, mode: RoundingMode): Num {
  const x = dec(p);
  const y = dec(q);
  if (x.c === 0n) return ZERO;
  const negative = x.c < 0n !== y.c < 0n;
  let n = x.c < 0n ? -x.c : x.c;
  let d = y.c < 0n ? -y.c : y.c;
  // value = n/d × 10^(x.e − y.e); want integer part of value × 10^decimals
  const k = x.e - y.e + decimals;
  if (k >= 0) n = bmul(n, bpow10(k));
  else d = bmul(d, bpow10(-k));
  let r = bdiv(n, d);
  if (roundsAway(r, n - bmul(r, d), d, negative, mode)) r += 1n;
  return num(negative ? -r : r, -decimals);
}

/** 10^exponent, exact. */
export const pow10 = (exponent: number): Num => num(1n, exponent);

/** Integer n-th root of a non-negative BigInt: the largest r with r^n ≤ x. */
function iroot(x: bigint, n: number): bigint {
  if (x < 2n) return x;
  const bits = x.toString(2).length;
  const nb = BigInt(n);
  const n1 = BigInt(n - 1);
  let r = 1n << BigInt(Math.ceil(bits / n) + 1); // float-ok: bit count estimate of a power of two
  for (;;) {
    const next = bdiv(bmul(n1, r) + bdiv(x, bpow(r, n - 1)), nb);
    if (next >= r) break;
    r = next;
  }
  while (bpow(r, n) > x) r -= 1n;
  while (bpow(r + 1n, n) <= x) r += 1n;
  return r;
}

/**
 * The n-th root of a positive value, rounded half-up to 50 significant digits: exact integer
 * arithmetic (Newton's method on integers, then the rounding decided by comparing the n-th
 * power of the halfway point with the scaled input).
 */
export function root(a: Num, n: number): Num {
  const { c, e } = dec(a);
  if (c <= 0n) throw new ChitieuError('OUT_OF_RANGE', 'A root needs a positive value', { path: 'value' });
  if (n === 1) return toPrecision50(c, e);
  const dc = bdigits(c);
  // Choose m so that X = c × 10^(e + n·m) is an integer whose root has ≥ PRECISION + 2 digits.
  let m = Math.ceil((n * (PRECISION + 2) - dc - e) / n); // float-ok: small integer bookkeeping of exponents
  if (e + n * m < 0) m = Math.ceil(-e / n); // float-ok: small integer bookkeeping of exponents
  const X = bmul(c, bpow10(e + n * m)); // float-ok: integer exponent bookkeeping
  const R = iroot(X, n);
  const drop = bdigits(R) - PRECISION;
  const unit = bpow10(drop);
  let q = bdiv(R, unit);
  // round up iff the exact root ≥ (q + ½)·unit ⇔ 2^n · X ≥ ((2q + 1)·unit)^n
  if (bmul(bpow(2n, n), X) >= bpow(bmul(bmul(q, 2n) + 1n, unit), n)) q += 1n;
  return toPrecision50(q, drop - m);
}

/**
 * `a` to the power of `b`: integer exponents exactly (rounded to 50 significant digits), and
 * the exponents `1/n` that compound growth uses (b = 1 ÷ n as `div` gives it) as the exact n-th
 * root. Other fractional exponents are refused: the core needs none.
 */
export function pow(a: Num, b: Num): Num {
  if (isInteger(b)) {
    const k = toSafeInteger(b);
    if (k === null || k > 10000 || k < -10000)
      throw new ChitieuError('OUT_OF_RANGE', 'Exponent too large', { path: 'exponent' });
    if (k >= 0) {
      const x = dec(a);
      return toPrecision50(bpow(x.c, k), x.e * k); // float-ok: integer exponent bookkeeping
    }
    return div(ONE, pow(a, num(BigInt(-k), 0)));
  }
  const inverse = round(div(ONE, b), 0, 'half-up');
  const n = toSafeInteger(inverse);
  if (n !== null && n > 1 && n <= 10000 && eq(div(ONE, inverse), b)) return root(a, n);
  throw new ChitieuError('INVALID_OPTION', 'Only integer exponents and 1/n roots are supported', {
    path: 'exponent',
  });
}

/** Number of digits after the decimal point in the canonical form. */
export function decimalPlaces(a: Num): number {
  const text = toDecimalString(a);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** Integer part digits and fraction digits as strings, for formatters that never use floats. */
export function digits(a: Num): { negative: boolean; integer: string; fraction: string } {
  const text = toDecimalString(a);
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  return point < 0
    ? { negative, integer: body, fraction: '' }
    : { negative, integer: body.slice(0, point), fraction: body.slice(point + 1) };
}

/** Sum of a list, each partial sum rounded to 50 significant digits when longer (as decimal.js did). */
export function sum(values: readonly Num[]): Num {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/** A safe JavaScript integer (for counts and exponents only, never for money or ratios). */
export function toSafeInteger(a: Num): number | null {
  if (!isInteger(a)) return null;
  const { c, e } = dec(a);
  const v = e >= 0 ? bmul(c, bpow10(e)) : bdiv(c, bpow10(-e));
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}
