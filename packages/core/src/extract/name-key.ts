import { fold } from './fold';
import { en } from './grammar-en';
import { vi } from './grammar-vi';

const STOP = new Set([...vi.nameStopwords, ...en.nameStopwords]);

/**
 * The words that identify an indicator across statements: folded, without function words
 * (`Tổng số thuê bao điện thoại trên toàn mạng` and `Thuê bao điện thoại trên mạng` both give
 * `thue bao dien thoai`). Digits stay: `mức độ 3` and `mức độ 4` are different indicators.
 */
export function nameKey(name: string): string[] {
  const words = name.match(/[\p{L}\p{M}]+|\d+/gu) ?? [];
  const out: string[] = [];
  for (const w of words) {
    const f = fold(w);
    if (!STOP.has(f) && !out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * How well two name keys agree, or −1 when they are not the same indicator: one contained in the
 * other (at least two words), or all but one word shared. Higher is closer. Integer arithmetic.
 */
export function nameScore(a: readonly string[], b: readonly string[]): number {
  const shared = a.filter((w) => b.includes(w)).length;
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  if (shared === 0) return -1;
  if (shared === smaller && smaller >= 2) return shared + shared - union + 100;
  if (shared >= 2 && union - shared <= 1) return shared + shared - union;
  if (a.length === b.length && shared === a.length) return 100 + shared;
  return -1;
}
