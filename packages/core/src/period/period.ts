import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue, quote } from '../errors/quote';

/** The kinds of reporting period (domain.md §5). */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'year-to-date' | 'multi-year';

/**
 * A reporting period as a value. Its `id` sorts, serialises and parses back:
 * `2020`, `2020-H1` (6 tháng đầu năm), `2020-Q1` (quý I), `2020-11` (tháng 11),
 * `2020-YTD-11` (lũy kế 11 tháng), `2021/2025` (kế hoạch 5 năm 2021–2025).
 */
export interface Period {
  readonly id: string;
  readonly kind: PeriodKind;
  /** First calendar year. */
  readonly year: number;
  /** Last calendar year (equal to `year` except for multi-year periods). */
  readonly endYear: number;
  /** Half (1–2), quarter (1–4), month (1–12) or months elapsed (year-to-date); 0 otherwise. */
  readonly index: number;
  /** First day, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  readonly end: string;
}

const PATTERNS: ReadonlyArray<[RegExp, PeriodKind]> = [
  [/^(\d{4})$/, 'year'],
  [/^(\d{4})-H([12])$/, 'half'],
  [/^(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-(0[1-9]|1[0-2])$/, 'month'],
  [/^(\d{4})-YTD-(0?[1-9]|1[0-2])$/, 'year-to-date'],
  [/^(\d{4})\/(\d{4})$/, 'multi-year'],
];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
/** Days in a month (1-based), from the calendar: integer date math, not measurement math. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Months covered by a period kind and index: [first month, last month]. */
function monthSpan(kind: PeriodKind, index: number): [number, number] {
  switch (kind) {
    case 'half':
      return index === 1 ? [1, 6] : [7, 12];
    case 'quarter':
      return [index * 3 - 2, index * 3]; // float-ok: small integer calendar math
    case 'month':
      return [index, index];
    case 'year-to-date':
      return [1, index];
    default:
      return [1, 12];
  }
}

function build(kind: PeriodKind, year: number, index: number, endYear = year): Period {
  if (year < 1 || year > 9999 || endYear > 9999) {
    throw new ChitieuError('INVALID_PERIOD', `Year out of range: ${year}`, { path: 'period' });
  }
  const [first, last] = monthSpan(kind, index);
  const id =
    kind === 'year'
      ? pad(year, 4)
      : kind === 'half'
        ? `${pad(year, 4)}-H${index}`
        : kind === 'quarter'
          ? `${pad(year, 4)}-Q${index}`
          : kind === 'month'
            ? `${pad(year, 4)}-${pad(index)}`
            : kind === 'year-to-date'
              ? `${pad(year, 4)}-YTD-${pad(index)}`
              : `${pad(year, 4)}/${pad(endYear, 4)}`;
  return {
    id,
    kind,
    year,
    endYear,
    index,
    start: iso(year, first, 1),
    end: iso(endYear, last, daysInMonth(endYear, last)),
  };
}

/**
 * Reads a period id. Accepts `2020-YTD-9` as well as `2020-YTD-09`; the returned id is canonical.
 *
 * @example
 * parsePeriod('2020-Q1'); // { id: '2020-Q1', kind: 'quarter', year: 2020, index: 1, start: '2020-01-01', end: '2020-03-31', … }
 * @throws {ChitieuError} `INVALID_PERIOD` for anything else, and for `2025/2021` (end before start).
 */
export function parsePeriod(id: string, path = 'period'): Period {
  if (typeof id !== 'string') {
    throw new ChitieuError('INVALID_PERIOD', `Expected a period id string, got ${typeof id}`, { path });
  }
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(id.trim());
    if (!match) continue;
    const year = Number.parseInt(match[1] ?? '', 10);
    const second = Number.parseInt(match[2] ?? '0', 10);
    if (kind === 'multi-year') {
      if (second < year) {
        throw new ChitieuError('INVALID_PERIOD', `Multi-year period ends before it starts: ${quote(id)}`, { path });
      }
      return build(kind, year, 0, second);
    }
    return build(kind, year, kind === 'year' ? 0 : second);
  }
  throw new ChitieuError(
    'INVALID_PERIOD',
    `Unknown period id ${quote(id)}; expected 2020, 2020-H1, 2020-Q1, 2020-11, 2020-YTD-11 or 2021/2025`,
    { path },
  );
}

/**
 * True when `id` is a valid period id: what {@link parsePeriod} accepts, checked without building
 * the period or throwing (the extractor asks it for every statement it reads).
 */
export function isPeriodId(id: unknown): id is string {
  if (typeof id !== 'string') return false;
  const text = id.trim();
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // (`build` refuses year 0000; a multi-year period may not end before it starts)
    const year = Number.parseInt(match[1] ?? '', 10);
    if (year < 1) return false;
    return kind !== 'multi-year' || Number.parseInt(match[2] ?? '0', 10) >= year;
  }
  return false;
}

/**
 * @internal A period id, or a `Period` object read again from its `id` (a malformed object — a number, a
 * `Period` with a bad field — is refused as its id would be, never computed with).
 */
export const toPeriod = (p: Period | string): Period => {
  if (typeof p === 'string') return parsePeriod(p);
  const id = typeof p === 'object' && p !== null ? (p as { id?: unknown }).id : p;
  if (typeof id !== 'string')
    throw new ChitieuError(
      'INVALID_PERIOD',
      `Expected a period id or a parsePeriod() result, got ${describeValue(p)}`,
      {
        path: 'period',
      },
    );
  return parsePeriod(id);
};

/**
 * The same period one year earlier ("cùng kỳ"): `2020-Q1` → `2019-Q1`, `2020-YTD-11` →
 * `2019-YTD-11`, `2021/2025` → `2020/2024`.
 */
export function samePeriodLastYear(period: Period | string): Period {
  try {
    return samePeriodLastYearUnguarded(period);
  } catch (error) {
    throw asArgumentError('samePeriodLastYear', 'period', error);
  }
}

function samePeriodLastYearUnguarded(period: Period | string): Period {
  const p = toPeriod(period);
  return build(p.kind, p.year - 1, p.index, p.endYear - 1);
}

/**
 * The period just before: `2020` → `2019`, `2020-Q1` → `2019-Q4`, `2020-01` → `2019-12`,
 * `2021/2025` → `2016/2020`. For year-to-date it is the same period last year, since the
 * cumulative period has no predecessor of its own length inside the year.
 */
export function previousPeriod(period: Period | string): Period {
  try {
    return previousPeriodUnguarded(period);
  } catch (error) {
    throw asArgumentError('previousPeriod', 'period', error);
  }
}

function previousPeriodUnguarded(period: Period | string): Period {
  const p = toPeriod(period);
  switch (p.kind) {
    case 'half':
      return p.index === 1 ? build('half', p.year - 1, 2) : build('half', p.year, 1);
    case 'quarter':
      return p.index === 1 ? build('quarter', p.year - 1, 4) : build('quarter', p.year, p.index - 1);
    case 'month':
      return p.index === 1 ? build('month', p.year - 1, 12) : build('month', p.year, p.index - 1);
    case 'multi-year': {
      const span = p.endYear - p.year + 1;
      return build('multi-year', p.year - span, 0, p.endYear - span);
    }
    default:
      return build(p.kind, p.year - 1, p.index);
  }
}

/** Length of a period in whole months or days (for pro-rata expectations). */
export function periodLength(period: Period | string, unit: 'months' | 'days' = 'months'): number {
  try {
    return periodLengthUnguarded(period, unit);
  } catch (error) {
    throw asArgumentError('periodLength', 'period or unit', error);
  }
}

function periodLengthUnguarded(period: Period | string, unit: 'months' | 'days' = 'months'): number {
  const p = toPeriod(period);
  if (unit === 'months') {
    const [first, last] = monthSpan(p.kind, p.index);
    return (p.endYear - p.year) * 12 + last - first + 1; // float-ok: integer month count
  }
  return daysBetween(p.start, p.end) + 1;
}

/** Whole days from one ISO date to another (UTC calendar). */
export function daysBetween(fromIso: string, toIso: string): number {
  const DAY_MS = 86_400_000;
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS); // float-ok: exact integer quotient
}

/** Orders periods by start, then by end: `2020-YTD-11` before `2020` before `2021-Q1`. */
export function comparePeriods(a: Period | string, b: Period | string): number {
  try {
    return comparePeriodsUnguarded(a, b);
  } catch (error) {
    throw asArgumentError('comparePeriods', 'a or b', error);
  }
}

/** Period ids read recently, for comparisons that only look at `start` and `end` (at most 256 kept). */
const SPANS = new Map<string, Period>();

/** {@link toPeriod} for a look at `start` and `end` only: an id is parsed once while it is kept. */
function spanOf(p: Period | string): Period {
  if (typeof p !== 'string') return toPeriod(p);
  let parsed = SPANS.get(p);
  if (!parsed) {
    parsed = parsePeriod(p);
    if (SPANS.size >= 256) SPANS.clear();
    SPANS.set(p, parsed);
  }
  return parsed;
}

function comparePeriodsUnguarded(a: Period | string, b: Period | string): number {
  const pa = spanOf(a);
  const pb = spanOf(b);
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  if (pa.end !== pb.end) return pa.end < pb.end ? -1 : 1;
  return 0;
}

/** True when the whole of `inner` lies within `outer`. */
export function periodContains(outer: Period | string, inner: Period | string): boolean {
  try {
    return periodContainsUnguarded(outer, inner);
  } catch (error) {
    throw asArgumentError('periodContains', 'outer or inner', error);
  }
}

function periodContainsUnguarded(outer: Period | string, inner: Period | string): boolean {
  const o = spanOf(outer);
  const i = spanOf(inner);
  return o.start <= i.start && i.end <= o.end;
}

/**
 * Whole periods from `from` to `to` for compound growth: the number of years between two year
 * periods when `to` is later, else 1 (other kinds, or a target not after the actual). The one
 * definition `evaluate` (required growth) and the audit (growth checks) share.
 * @internal
 */
export function periodsBetween(from: Period | string, to: Period | string): number {
  const a = typeof from === 'string' ? parsePeriod(from, 'observation.period') : from;
  const b = typeof to === 'string' ? parsePeriod(to, 'observation.nextTarget.period') : to;
  return a.kind === 'year' && b.kind === 'year' && b.year > a.year ? b.year - a.year : 1;
}
