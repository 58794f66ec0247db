import type { Evaluation, Indicator, Summary } from '../model/types';
import { isValidated } from '../model/validated';
import { asPropsError, PropsError } from './errors';

/**
 * Checks of props TypeScript cannot enforce at run time (plain JavaScript callers, data from a
 * network, `as` casts). Each failure is a {@link PropsError} naming the prop, so the component
 * renders its inline message instead of garbage (`viewBox="0 0 NaN 24"`, `<h9>`) or a crash.
 */

const STATUS_SET: ReadonlySet<string> = new Set(['exceeded', 'met', 'near', 'missed', 'no-target', 'no-data']);

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // a revoked proxy
  }
}

const isSmallInt = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= -40 && value <= 40;

/** An indicator as `defineIndicator` returns it (its fields read by formatting). */
export function checkIndicator(value: unknown, prop: string, path?: string): Indicator {
  try {
    return checkIndicatorUnguarded(value, prop, path);
  } catch (error) {
    throw asPropsError(typeof prop === 'string' ? prop : 'props', error);
  }
}

function checkIndicatorUnguarded(value: unknown, prop: string, path?: string): Indicator {
  if (Array.isArray(value) || !isIndicatorShape(value)) throw new PropsError(prop, 'indicator', path);
  return value as Indicator;
}

const isDecimalField = (value: unknown): boolean => value === null || typeof value === 'string';

/**
 * An evaluation as `evaluate` returns it: indicator, status, rule and decimal-string fields.
 * A handful of property reads per evaluation (no allocation on success): a 10,000-row
 * scorecard checks every row at mount.
 */
export function checkEvaluation(value: unknown, prop: string, index?: number, full = true): Evaluation {
  try {
    return checkEvaluationUnguarded(value, prop, index, full);
  } catch (error) {
    throw asPropsError(typeof prop === 'string' ? prop : 'props', error);
  }
}

/**
 * {@link checkEvaluation} without its own error translation, for a caller already inside
 * `fromProp` (a 10,000-row list checks every row: one guard around the loop, not one per row).
 * @internal
 */
export function checkEvaluationUnguarded(value: unknown, prop: string, index?: number, full = true): Evaluation {
  if (!isRecord(value)) throw new PropsError(prop, 'evaluation', index === undefined ? undefined : `[${index}]`);
  const indicator = value.indicator;
  // an indicator this copy of the core validated (defineIndicator, parseDataset) needs no second
  // look: one registry lookup instead of nine field reads per row
  if (!isValidated(indicator) && !isIndicatorShape(indicator))
    throw new PropsError(prop, 'indicator', placeOf(index, 'indicator'));
  const status = value.status;
  if (typeof status !== 'string' || !STATUS_SET.has(status))
    throw new PropsError(prop, 'status', placeOf(index, 'status'));
  if (!isRecord(value.observation)) throw new PropsError(prop, 'evaluation', placeOf(index, 'observation'));
  // a list checks only the structure its rows are built from (evaluations of the core keep their
  // fields in dictionary mode, so every read counts at 10,000 rows); each row's figures are
  // checked where they are formatted, naming `[i].actual`
  if (!full) return value as unknown as Evaluation;
  if (!isDecimalField(value.actual)) throw new PropsError(prop, 'INVALID_DECIMAL', placeOf(index, 'actual'));
  if (!isDecimalField(value.target)) throw new PropsError(prop, 'INVALID_DECIMAL', placeOf(index, 'target'));
  if (!isDecimalField(value.previous)) throw new PropsError(prop, 'INVALID_DECIMAL', placeOf(index, 'previous'));
  if (!isRecord(value.rule)) throw new PropsError(prop, 'evaluation', placeOf(index, 'rule'));
  const percent = value.completionPercent;
  if (percent !== null && percent !== undefined && typeof percent !== 'string')
    throw new PropsError(prop, 'INVALID_DECIMAL', placeOf(index, 'completionPercent'));
  const band = value.band;
  if (band !== null && band !== undefined && !isRecord(band))
    throw new PropsError(prop, 'INVALID_BAND', placeOf(index, 'band'));
  // `change`, `completion` and `variance` may be computed lazily by the core: not read here (a
  // malformed change is caught where it is formatted, in the row or the badge)
  return value as unknown as Evaluation;
}

/** The fields of an indicator that formatting reads (a few property reads, no allocation). */
function isIndicatorShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const i = value as Record<string, unknown>;
  const name = i.name;
  const unit = i.unit;
  const decimals = i.decimals;
  const percentDecimals = i.percentDecimals;
  return (
    typeof i.id === 'string' &&
    (typeof name === 'string' || (typeof name === 'object' && name !== null)) &&
    (typeof unit === 'string' || (typeof unit === 'object' && unit !== null)) &&
    isSmallInt(i.scale) &&
    isSmallInt(decimals) &&
    isSmallInt(percentDecimals) &&
    (decimals as number) >= 0 &&
    (percentDecimals as number) >= 0 &&
    typeof i.direction === 'string'
  );
}

/** The place of a field, spelled out only on failure: `[3].actual` (a closure per call cost 0.3 µs a row). */
function placeOf(index: number | undefined, field: string): string {
  return index === undefined ? field : `[${index}].${field}`;
}

/** A summary as `summarize` returns it. */
export function checkSummary(value: unknown, prop = 'summary'): Summary {
  try {
    return checkSummaryUnguarded(value, prop);
  } catch (error) {
    throw asPropsError(typeof prop === 'string' ? prop : 'props', error);
  }
}

function checkSummaryUnguarded(value: unknown, prop = 'summary'): Summary {
  const count = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (
    !isRecord(value) ||
    !count(value.total) ||
    !count(value.metOrExceeded) ||
    !(value.score === null || typeof value.score === 'string') ||
    !isRecord(value.counts)
  ) {
    throw new PropsError(prop, 'summary');
  }
  return value as unknown as Summary;
}

/**
 * A size in pixels: the fallback when not given; a positive finite number is clamped into
 * [min, max]; anything else (NaN, 0, −5, `'10'`) is refused, naming the prop.
 */
export function layoutNumber(value: unknown, prop: string, fallback: number, min: number, max: number): number {
  try {
    return layoutNumberUnguarded(value, prop, fallback, min, max);
  } catch (error) {
    throw asPropsError(typeof prop === 'string' ? prop : 'props', error);
  }
}

function layoutNumberUnguarded(value: unknown, prop: string, fallback: number, min: number, max: number): number {
  const n = value === undefined || value === null ? fallback : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) throw new PropsError(prop, 'positive-number');
  const bounded = Math.min(max, Math.max(min, n));
  // bounds that are not numbers (a caller's mistake) never turn a good value into NaN
  if (!Number.isFinite(bounded)) throw new PropsError(prop, 'positive-number');
  return bounded;
}

/** An optional string prop. */
export function checkText(value: unknown, prop: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new PropsError(prop, 'text');
  return value;
}

/** One of the allowed values, else the default (for presentational choices: size, display). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  try {
    return oneOfUnguarded(value, allowed, fallback);
  } catch (error) {
    throw asPropsError('props', error);
  }
}

function oneOfUnguarded<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Whether a value is one of the core's statuses. */
export function isStatusValue(value: unknown): boolean {
  return typeof value === 'string' && STATUS_SET.has(value);
}
