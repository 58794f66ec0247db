/**
 * Sparkline: SVG path data for a series with gaps, and its accessible name. Drawing positions
 * are plain floats (`// float-ok: drawing position`, see bullet.ts); the values read are
 * formatted by the core.
 */
import { type DecimalInput, formatNumber, formatQuantity, type Indicator } from '../index';
import { asPropsError, PropsError } from './errors';
import { messagesFor } from './messages';
import { checkIndicator, checkText, isRecord, layoutNumber } from './validate';

export interface SparklinePaths {
  readonly line: string;
  readonly plan: string;
  readonly last: { readonly x: number; readonly y: number } | null;
}

const round = (n: number): number => Math.round(n * 100) / 100; // float-ok: drawing position

function pathOf(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`;
    pen = true;
  }
  return d;
}

/** Lays out actual values and plan values (same length, `null` for gaps) in a width × height box. */
export function sparklinePaths(
  actual: readonly (number | null)[],
  plan: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklinePaths {
  try {
    return sparklinePathsUnguarded(actual, plan, width, height, pad);
  } catch (error) {
    throw asPropsError('history', error);
  }
}

function sparklinePathsUnguarded(
  actual: readonly (number | null)[],
  plan: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): SparklinePaths {
  const all = [...actual, ...plan].filter((v): v is number => v !== null && Number.isFinite(v));
  if (all.length === 0) return { line: '', plan: '', last: null };
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const n = Math.max(actual.length, plan.length);
  const x = (i: number): number => (n <= 1 ? width / 2 : pad + (i / (n - 1)) * (width - 2 * pad)); // float-ok: drawing position
  const y = (v: number): number => (hi === lo ? height / 2 : pad + (1 - (v - lo) / span) * (height - 2 * pad)); // float-ok: drawing position
  const toPoints = (series: readonly (number | null)[]) =>
    series.map((v, i) => (v === null || !Number.isFinite(v) ? null : { x: x(i), y: y(v) }));
  const actualPoints = toPoints(actual);
  let last: { x: number; y: number } | null = null;
  for (let i = actualPoints.length - 1; i >= 0 && last === null; i--) last = actualPoints[i] ?? null;
  return {
    line: pathOf(actualPoints),
    plan: pathOf(toPoints(plan)),
    last: last === null ? null : { x: round(last.x), y: round(last.y) },
  };
}

/** One point of a sparkline: an observation fits (`period`, `actual`, `target`). */
export interface SparklinePoint {
  readonly period: string;
  readonly actual?: DecimalInput | null | undefined;
  /** The plan of that period; band targets are not drawn. */
  readonly target?: DecimalInput | { readonly min: DecimalInput; readonly max: DecimalInput } | null | undefined;
}

/** Inputs of {@link sparklineView}. */
export interface SparklineSource {
  /** The history, oldest first. */
  readonly history: unknown;
  /** Formats the values of the accessible name with the indicator's unit and decimals. */
  readonly indicator?: Indicator | null | undefined;
  /** Accessible name; default: every period with its value. */
  readonly label?: string | null | undefined;
  /** Pixels (default 96 × 24, clamped to 8–4096); NaN, 0 or negative is refused, naming the input. */
  readonly width?: number | null | undefined;
  readonly height?: number | null | undefined;
}

export interface SparklineView {
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  /** `Diễn biến: 2018: 2.100 tỷ đồng, 2019: …` or the given label. */
  readonly label: string;
  readonly paths: SparklinePaths;
  /** Radius of the last point's dot. */
  readonly dot: number;
}

// drawing positions only (the values read are formatted by the core); non-finite → a gap
const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);
const numberOf = (value: SparklinePoint['actual']): number | null =>
  value === null || value === undefined ? null : finiteOrNull(Number(value));
const planOf = (value: SparklinePoint['target']): number | null =>
  value === null || value === undefined || typeof value === 'object' ? null : finiteOrNull(Number(value));

/** The sparkline of a history; throws a `PropsError` naming `history`, `width`, … */
export function sparklineView(source: SparklineSource, locale: string): SparklineView {
  try {
    return sparklineViewUnguarded(source, locale);
  } catch (error) {
    throw asPropsError('history', error);
  }
}

function sparklineViewUnguarded(source: SparklineSource, locale: string): SparklineView {
  const m = messagesFor(locale);
  const w = layoutNumber(source.width, 'width', 96, 8, 4096);
  const h = layoutNumber(source.height, 'height', 24, 8, 4096);
  const history = source.history;
  if (history === undefined || history === null) throw new PropsError('history', 'missing');
  if (!Array.isArray(history)) throw new PropsError('history', 'array');
  const ind =
    source.indicator === undefined || source.indicator === null
      ? undefined
      : checkIndicator(source.indicator, 'indicator');
  const given = checkText(source.label, 'label');
  const points = history.map((p: unknown, i): SparklinePoint => {
    if (!isRecord(p) || typeof p.period !== 'string') throw new PropsError('history', 'history', `[${i}]`);
    return p as unknown as SparklinePoint;
  });
  const format = (value: DecimalInput): string =>
    ind === undefined ? formatNumber(value, { locale }) : formatQuantity(value, { locale, indicator: ind });
  // formatting checks every value (an `actual: "abc"` names its place); drawing uses the checked values
  const described = points.map((p, i) => {
    if (p.actual === null || p.actual === undefined) return null;
    try {
      return `${p.period}: ${format(p.actual)}`;
    } catch (error) {
      throw new PropsError('history', asPropsError('history', error).problem, `[${i}].actual`, { cause: error });
    }
  });
  const paths = sparklinePaths(
    points.map((p) => numberOf(p.actual)),
    points.map((p) => planOf(p.target)),
    w,
    h,
  );
  return {
    width: w,
    height: h,
    viewBox: `0 0 ${w} ${h}`,
    label: given ?? `${m.trend}: ${described.filter((d) => d !== null).join(', ')}`,
    paths,
    dot: 2,
  };
}
