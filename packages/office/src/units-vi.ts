import type { Unit } from '@chitieu/core';
import { findUnit } from '@chitieu/core';
import { fold } from './labels';

const SCALES: readonly [RegExp, number][] = [
  [/^(nghin ty|ngan ty|trillion)\s*/, 12],
  [/^(ty|billion|bn)\s*/, 9],
  [/^(trieu|tr\.?|million|mn)\s*/, 6],
  [/^(nghin|ngan|thousand)\s*/, 3],
];

const WORDS: readonly [RegExp, string][] = [
  [/^(dong|d|vnd|vn d)$/, 'VND'],
  [/^usd$/, 'USD'],
  [/^%$/, 'percent'],
  [/^thue bao$|^subscribers?$/, 'subscriber'],
  [/^may$|^phones?$/, 'phone'],
  [/^(to|cuon|ban|to,? ?cuon|to \(cuon\)|to\/cuon|copies|copy)$/, 'copy'],
  [/^gio\s*\/\s*(0?1\s*)?ngay$|^hours? per day$/, 'hours-per-day'],
  [/^gio$|^hours?$/, 'hour'],
  [/^dich vu$|^services?$/, 'service'],
  [/^ho so$|^dossiers?$/, 'dossier'],
  [/^nguoi$|^persons?$|^people$/, 'person'],
  [/^ho$|^households?$/, 'household'],
  [/^doanh nghiep$|^dn$|^enterprises?$/, 'enterprise'],
  [/^du an$|^projects?$/, 'project'],
  [/^tan$|^tonnes?$/, 'tonne'],
  [/^km$/, 'km'],
  [/^ha$/, 'ha'],
  [/^lan$|^times$/, 'times'],
];

/** Slug of a text for ids and unit codes: `Tổng doanh thu` → `tong-doanh-thu`. */
export function slug(text: string): string {
  const s = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s === '' ? 'x' : s;
}

/**
 * Reads a unit cell (`ĐVT`) as a unit and a scale: `tỷ đồng` → VND at 10⁹, `triệu tờ` → copies
 * at 10⁶, `thuê bao` → subscribers. Text it does not know becomes a unit of its own with that
 * text as its words in every language: nothing is guessed.
 */
export function readUnit(text: string): { unit: Unit | string; scale: number } {
  const raw = text.trim();
  if (raw === '') return { unit: 'count', scale: 0 };
  let rest = fold(raw)
    .replace(/\s*\.\s*/g, '.')
    .replace(/^tr\.d(ong)?$/, 'trieu dong');
  let scale = 0;
  for (const [pattern, power] of SCALES) {
    const m = rest.match(pattern);
    if (m && rest.length > m[0].length) {
      scale = power;
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  for (const [pattern, code] of WORDS) {
    if (pattern.test(rest)) {
      const unit = findUnit(code);
      if (unit !== undefined) return { unit: unit.code, scale };
    }
  }
  return { unit: { code: slug(raw), kind: 'other', words: { vi: raw, en: raw } }, scale: 0 };
}
