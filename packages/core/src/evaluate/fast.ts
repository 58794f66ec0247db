/**
 * The fast exact path: decimals as JavaScript safe integers with a power-of-ten scale.
 *
 * A canonical decimal string of at most 15 significant digits (what reports carry) is scanned
 * once into an integer coefficient `c` and a scale `s` (value = c ÷ 10^s). Comparisons and
 * rounding are exact integer cross-multiplications and divisions with remainder; every
 * product is checked with `Number.isSafeInteger` (see `decimal/int.ts` for why that proves it
 * exact), and any step that would leave the safe range reports failure so the caller falls back
 * to the BigInt path. No step here rounds.
 *
 * @internal
 */
import { fromParts, type Num } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { SPOW10, smul } from '../decimal/int';

/** Scale of the last successful {@link scanSafe}; -1 after a failure. */
export let SCALE = -1;

/**
 * Scans a canonical decimal string (`-?(0|[1-9]\d*)(\.\d*[1-9])?`) of at most 15 digits into
 * its integer coefficient; {@link SCALE} receives the number of fraction digits. Returns 0
 * with `SCALE` = -1 for anything else (longer, non-canonical, not a string): the caller then
 * takes the general path, which also produces the errors.
 */
export function scanSafe(text: unknown): number {
  SCALE = -1;
  if (typeof text !== 'string') return 0;
  const n = text.length;
  if (n === 0 || n > 17) return 0;
  let i = 0;
  let neg = false;
  if (text.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
    if (n === 1) return 0;
  }
  let c = 0;
  let digits = 0;
  let ch = text.charCodeAt(i);
  if (ch === 48) {
    // "0" or "0.xxx"
    i++;
    if (i === n) {
      if (neg) return 0; // "-0"
      SCALE = 0;
      return 0;
    }
    if (text.charCodeAt(i) !== 46) return 0;
  } else {
    if (ch < 49 || ch > 57) return 0;
    for (; i < n; i++) {
      ch = text.charCodeAt(i);
      if (ch < 48 || ch > 57) break;
      c = c * 10 + (ch - 48); // float-ok: ≤ 15 decimal digits, a safe integer
      digits++;
    }
    if (i === n) {
      if (digits > 15) return 0;
      SCALE = 0;
      return neg ? -c : c;
    }
    if (ch !== 46) return 0;
  }
  // fraction
  i++;
  const fracStart = i;
  for (; i < n; i++) {
    ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return 0;
    c = c * 10 + (ch - 48); // float-ok: ≤ 15 decimal digits, a safe integer
    if (c !== 0) digits++;
  }
  if (i === fracStart || text.charCodeAt(n - 1) === 48 || digits > 15 || c === 0) return 0;
  SCALE = n - fracStart;
  return neg ? -c : c;
}

/** c × 10^k as a safe integer, or NaN when it is not one (k ≥ 0). */
export function scaleUp(c: number, k: number): number {
  if (k === 0) return c;
  if (k > 15) return Number.NaN;
  const r = smul(c, SPOW10[k] as number);
  return Number.isSafeInteger(r) ? r : Number.NaN;
}

/** Canonical decimal string of c ÷ 10^s for a safe integer c (trailing zeros dropped). */
export function intToDecimalString(c: number, s: number): DecimalString {
  if (c === 0) return '0' as DecimalString;
  const negative = c < 0;
  let digits = String(negative ? -c : c);
  let scale = s;
  while (scale > 0 && digits.charCodeAt(digits.length - 1) === 48) {
    digits = digits.slice(0, -1);
    scale--;
  }
  let text: string;
  if (scale === 0) text = digits;
  else if (digits.length > scale)
    text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  else text = `0.${'0'.repeat(scale - digits.length)}${digits}`;
  return (negative ? `-${text}` : text) as DecimalString;
}

/** A safe coefficient and scale as a Num. */
export const toNumParts = (c: number, s: number): Num => fromParts(BigInt(c), -s);
