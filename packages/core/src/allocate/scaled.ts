/**
 * Decimals as scaled integers (`BigInt` × 10^-scale), so allocation divides and compares
 * remainders exactly: no rounding anywhere, at any size. Every operator below works on `bigint`,
 * never on JavaScript numbers (the lines carry `float-ok` for the core's float guard).
 */
import { digits, type Num } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';

/** `n` as an integer count of 10^-scale units; null when `n` has more than `scale` decimals. */
export function toScaled(n: Num, scale: number): bigint | null {
  const { negative, integer, fraction } = digits(n);
  if (fraction.length > scale) return null;
  const units = BigInt(integer + fraction.padEnd(scale, '0'));
  return negative ? -units : units;
}

/** Number of decimals in `n`'s canonical form. */
export function fractionDigits(n: Num): number {
  return digits(n).fraction.length;
}

/** Canonical decimal string of `units` × 10^-scale (no trailing zeros, no `-0`). */
export function fromScaled(units: bigint, scale: number): DecimalString {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const integer = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  const body = fraction === '' ? integer : `${integer}.${fraction}`;
  return (negative && body !== '0' ? `-${body}` : body) as DecimalString;
}
