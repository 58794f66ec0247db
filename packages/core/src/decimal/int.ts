/**
 * Integer kernels of the exact engine: the only place in the core that writes `*`, `/` and `%`.
 *
 * Two kinds, both exact:
 * - `BigInt` operations (`bmul`, `bdiv`, `brem`, `bpow10`) on coefficients of any size;
 * - safe-integer operations on JavaScript numbers (`smul`, `sdivmod`) whose callers only use the
 *   result when `Number.isSafeInteger` holds for it. A product or sum of integers whose true
 *   value is at most 2^53 − 1 is computed exactly by IEEE 754 doubles, and a true value above
 *   that can never round to a safe integer, so "the result is a safe integer" proves "the result
 *   is exact". Measured values never meet these operators as fractions: they are integer
 *   coefficients with a separate power-of-ten scale.
 *
 * The no-float-math test accepts these lines through their `float-ok` markers.
 * @internal
 */

/** BigInt product. */
export const bmul = (a: bigint, b: bigint): bigint => a * b; // float-ok: BigInt product, exact
/** BigInt quotient, truncated toward zero. */
export const bdiv = (a: bigint, b: bigint): bigint => a / b; // float-ok: BigInt quotient, exact truncation
/** BigInt remainder (sign of `a`). */
export const brem = (a: bigint, b: bigint): bigint => a % b; // float-ok: BigInt remainder, exact

const BPOW: bigint[] = [1n];
/** 10^k as a BigInt (k ≥ 0), memoised up to 10^4200 (the largest exponents the core accepts). */
export function bpow10(k: number): bigint {
  if (k < BPOW.length) return BPOW[k] as bigint;
  if (k > 4200) return 10n ** BigInt(k); // float-ok: BigInt power, exact
  for (let i = BPOW.length; i <= k; i++) BPOW.push(bmul(BPOW[i - 1] as bigint, 10n));
  return BPOW[k] as bigint;
}

/** Number of decimal digits of a non-negative BigInt (1 for 0). */
export function bdigits(a: bigint): number {
  return a.toString().length;
}

/** BigInt power with a small non-negative integer exponent. */
export const bpow = (a: bigint, n: number): bigint => a ** BigInt(n); // float-ok: BigInt power, exact

/**
 * Product of two safe integers; the result is exact whenever it is itself a safe integer, which
 * the caller checks with `Number.isSafeInteger` before using it.
 */
export const smul = (a: number, b: number): number => a * b; // float-ok: integer product, exact when safe (caller checks)

/** 10^k as a number for 0 ≤ k ≤ 15 (exact powers of ten). */
export const SPOW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * Quotient and remainder of two non-negative safe integers `a` and `b` (b > 0), exactly: the
 * float quotient is only a first guess, corrected by at most one in either direction with exact
 * integer products and differences. Returns the quotient; the remainder is left in {@link SREM}.
 */
export function sdivmod(a: number, b: number): number {
  let q = Math.trunc(a / b); // float-ok: first guess only, corrected exactly below
  let r = a - smul(q, b);
  if (r < 0) {
    q -= 1;
    r += b;
  } else if (r >= b) {
    q += 1;
    r -= b;
  }
  SREM = r;
  return q;
}
/** Remainder of the last {@link sdivmod}. */
export let SREM = 0;

/** Number of decimal digits of a non-negative safe integer (1 for 0). */
export function sdigits(a: number): number {
  let d = 1;
  while (d < 16 && a >= (SPOW10[d] as number)) d++;
  return d;
}
