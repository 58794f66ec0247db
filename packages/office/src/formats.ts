/**
 * Excel number formats. A format code in the file is locale-neutral (`#,##0.0`: `,` groups and
 * `.` is the decimal point, as the file format requires); Excel displays it with the reader's
 * separators, so a Vietnamese system shows `3.630,0`. What depends on the report's language is
 * the literal text inside the code (` lần` or ` times`, ` điểm %` or ` pp`).
 */
import type { Lang } from './labels';

const zeros = (decimals: number): string => (decimals > 0 ? `.${'0'.repeat(decimals)}` : '');

/** A value in the indicator's unit: `#,##0` with its decimals. */
export const valueFormat = (decimals: number): string => `#,##0${zeros(decimals)}`;
/** A ratio shown as percent of plan or of the same period: `0.0%`. */
export const percentFormat = (decimals: number): string => `0${zeros(decimals)}%`;
/** A growth rate with its sign: `+3.2%` / `-1.5%`. */
export const rateFormat = (decimals: number): string =>
  `+0${zeros(decimals)}%;-0${zeros(decimals)}%;0${zeros(decimals)}%`;
/** A multiple: `51 lần` / `51 times`. */
export const timesFormat = (decimals: number, lang: Lang): string =>
  `0${zeros(decimals)}"${lang === 'vi' ? ' lần' : ' times'}"`;
/** Percentage points: `+16.35 điểm %` / `+16.35 pp`. */
export const pointsFormat = (decimals: number, lang: Lang): string => {
  const word = lang === 'vi' ? ' điểm %' : ' pp';
  return `+0${zeros(decimals)}"${word}";-0${zeros(decimals)}"${word}";0${zeros(decimals)}"${word}"`;
};

/** What a cell's number format says about the value it shows. */
export interface FormatInfo {
  readonly percent: boolean;
  readonly signed: boolean;
  readonly times: boolean;
  readonly points: boolean;
  /** Decimals of the first (positive) section, from its `0`/`#` placeholders after the point. */
  readonly decimals: number | null;
}

/** Reads a number format code (`#,##0.00`, `0.0%`, `"gấp "0" lần"`), ignoring quoted text for placeholders. */
export function formatInfo(code: string | undefined): FormatInfo {
  if (code === undefined || code === '' || code === 'General' || code === '@') {
    return { percent: false, signed: false, times: false, points: false, decimals: null };
  }
  const first = code.split(';')[0] ?? '';
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  const quoted = (first.match(/"[^"]*"/g) ?? []).join(' ').toLowerCase();
  const point = bare.indexOf('.');
  const decimals = point < 0 ? 0 : (bare.slice(point + 1).match(/^[0#?]+/)?.[0].length ?? 0);
  return {
    percent: bare.includes('%'),
    signed: /^\s*\+/.test(bare),
    times: /lần|lan\b|times|gấp|×/.test(quoted),
    points: /điểm|diem|pp|points?/.test(quoted),
    decimals,
  };
}
