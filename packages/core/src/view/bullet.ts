/**
 * The bullet graph (completion bar): geometry and words.
 *
 * Rule for floating point in the view layer: geometry is drawing positions only — percents of a
 * track's width and SVG coordinates, never displayed as a figure, never used for a status — so
 * it is plain JavaScript arithmetic. Each such line carries `// float-ok: drawing position` (the
 * core's float checker, test/no-float-math.test.ts, enforces the marker); every number a user
 * reads is formatted by the core from the exact decimal strings.
 */
import { type Evaluation, formatCompletion, formatQuantity, localize, type Status, statusLabel } from '../index';
import { type DerivedFigure, derivedTarget } from './derived';
import { asPropsError, fromProp } from './errors';
import { type Messages, messagesFor } from './messages';
import { type EvaluationSource, resolveEvaluation, sourceProp } from './resolve';
import { checkText, oneOf } from './validate';

/** A qualitative band of the scale. */
export interface BandGeometry {
  readonly kind: 'poor' | 'fair' | 'good';
  /** Left edge, percent of the track. */
  readonly from: number;
  /** Right edge, percent of the track. */
  readonly to: number;
}

/** Everything the bar draws. Positions are percents of the track's width (0–100). */
export interface BulletGeometry {
  readonly min: number;
  readonly max: number;
  readonly bands: readonly BandGeometry[];
  /** The actual bar from the zero baseline; null without data. */
  readonly actual: { readonly from: number; readonly to: number } | null;
  /** Where the actual ends on the scale, 0–100 (the meter's `aria-valuenow`); null without data. */
  readonly actualAt: number | null;
  /** The actual lies beyond the scale: the bar is cut and marked. */
  readonly clipped: boolean;
  /** Target marker (point) or outlined range (band). */
  readonly target: { readonly at: number } | { readonly from: number; readonly to: number } | null;
  readonly previous: number | null;
}

/** Inputs of {@link bulletGeometry}: drawing values (floats of the evaluation's decimal strings). */
export interface BulletInput {
  readonly actual: number | null;
  readonly target: number | null;
  readonly band: { readonly min: number; readonly max: number } | null;
  readonly previous: number | null;
  readonly direction: 'higher-is-better' | 'lower-is-better' | 'neither';
  /** Near threshold as a completion ratio (0.95). */
  readonly near: number;
  readonly policy: 'inverse' | 'mirror';
}

/** How far beyond its reference the actual may go before the bar is cut (1.5× the plan). */
export const CLIP_FACTOR = 1.5;
const HEADROOM = 1.08;

const finite = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** A value where completion (by the lower-is-better policy) equals `ratio`, for a reference `t`. */
function lowerBoundary(t: number, ratio: number, policy: 'inverse' | 'mirror'): number {
  if (policy === 'mirror') return t * (2 - ratio); // float-ok: drawing position
  return ratio > 0 ? t / ratio : t; // float-ok: drawing position
}

/** Thresholds in value space, left to right, with the band kind to their left. */
function thresholds(input: BulletInput): { stops: number[]; kinds: BandGeometry['kind'][] } | null {
  const { target, band, direction, near, policy } = input;
  if (band !== null) {
    if (direction === 'neither') return { stops: [band.min, band.max], kinds: ['poor', 'good', 'poor'] };
    if (direction === 'higher-is-better')
      return { stops: [band.min * near, band.min], kinds: ['poor', 'fair', 'good'] }; // float-ok: drawing position
    return { stops: [band.max, lowerBoundary(band.max, near, policy)], kinds: ['good', 'fair', 'poor'] };
  }
  if (!finite(target)) return null;
  if (direction === 'lower-is-better')
    return { stops: [target, lowerBoundary(target, near, policy)], kinds: ['good', 'fair', 'poor'] };
  return { stops: [target * near, target], kinds: ['poor', 'fair', 'good'] }; // float-ok: drawing position
}

/**
 * Lays out a bullet graph. The scale starts at zero (or below, for negative values) and ends a
 * little beyond the largest of actual, plan, previous and the band thresholds; an actual more
 * than {@link CLIP_FACTOR}× that reference is cut at the edge and flagged `clipped`, so values
 * far above 100% never overflow the layout.
 */
export function bulletGeometry(input: BulletInput): BulletGeometry {
  try {
    return bulletGeometryUnguarded(input);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function bulletGeometryUnguarded(input: BulletInput): BulletGeometry {
  const levels = thresholds(input);
  const reference = [input.target, input.band?.max ?? null, input.previous, ...(levels?.stops ?? [])].filter(finite);
  const referenceMax = reference.length > 0 ? Math.max(...reference) : null;
  let clipped = false;
  let max: number;
  const limit = referenceMax === null ? null : referenceMax * CLIP_FACTOR; // float-ok: drawing position
  if (finite(input.actual) && referenceMax !== null && limit !== null && referenceMax > 0 && input.actual > limit) {
    max = limit;
    clipped = true;
  } else {
    const all = [...reference, ...(finite(input.actual) ? [input.actual] : [])];
    max = all.length > 0 ? Math.max(0, ...all) * HEADROOM : 1; // float-ok: drawing position
  }
  const lows = [input.actual, input.previous, input.target, input.band?.min ?? null].filter(finite);
  const lowest = Math.min(0, ...lows);
  const min = lowest < 0 ? lowest * HEADROOM : 0; // float-ok: drawing position
  if (!(max > min)) max = min + 1;
  const span = max - min;
  const at = (value: number): number => Math.min(100, Math.max(0, ((value - min) / span) * 100)); // float-ok: drawing position

  const bands: BandGeometry[] = [];
  if (levels !== null) {
    let from = 0;
    levels.stops.forEach((stop, i) => {
      const to = at(stop);
      const kind = levels.kinds[i];
      if (kind !== undefined && to > from) bands.push({ kind, from, to });
      from = Math.max(from, to);
    });
    const last = levels.kinds[levels.kinds.length - 1];
    if (last !== undefined && from < 100) bands.push({ kind: last, from, to: 100 });
  }

  const zero = at(0);
  const actual = finite(input.actual)
    ? { from: Math.min(zero, at(input.actual)), to: Math.max(zero, at(input.actual)) }
    : null;
  const target =
    input.band !== null
      ? { from: at(input.band.min), to: at(input.band.max) }
      : finite(input.target)
        ? { at: at(input.target) }
        : null;
  return {
    min,
    max,
    bands,
    actual,
    actualAt: finite(input.actual) ? Math.round(at(input.actual) * 100) / 100 : null, // float-ok: drawing position
    clipped,
    target,
    previous: finite(input.previous) ? at(input.previous) : null,
  };
}

/** A drawing value of a decimal string (never displayed); non-finite → null. */
export const drawingNumber = (value: string | null | undefined): number | null => {
  if (typeof value !== 'string') return null; // null, undefined, or not a decimal string at all
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/** A CSS percentage that is always a finite number in [0, 100] (`12.500%`). */
export const cssPercent = (value: number): string =>
  `${(Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0).toFixed(3)}%`; // float-ok: CSS length

/** A meter's `aria-valuenow`: always a plain number in [0, 100]. */
export const meterNumber = (value: number | null | undefined): number =>
  value === null || value === undefined || !Number.isFinite(value) ? 0 : Math.min(100, Math.max(0, value));

/** The figures of an evaluation in words, formatted by the core. */
export interface FigureTexts {
  readonly actual: string | null;
  /** The plan, or the band `a – b`. */
  readonly target: string | null;
  readonly previous: string | null;
  /** `100,6%`, or null without a completion. */
  readonly completion: string | null;
  /** The core's status label. */
  readonly status: string;
}

/** The figures of an evaluation formatted with its indicator's unit, scale and decimals. */
export function figureTexts(e: Evaluation, locale: string): FigureTexts {
  try {
    return figureTextsUnguarded(e, locale);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function figureTextsUnguarded(e: Evaluation, locale: string): FigureTexts {
  const q = (value: string): string => formatQuantity(value, { locale, indicator: e.indicator });
  return {
    actual: e.actual === null ? null : q(e.actual),
    target: e.band !== null ? `${q(e.band.min)} – ${q(e.band.max)}` : e.target === null ? null : q(e.target),
    previous: e.previous === null ? null : q(e.previous),
    completion: formatCompletion(e, { locale, missing: '' }) || null,
    status: statusLabel(e.status, locale),
  };
}

/** Options of {@link completionBarView}. */
export interface CompletionBarOptions {
  /** `regular` (default) shows a legend under the bar; `compact` is the bar alone. */
  readonly size?: 'regular' | 'compact' | undefined;
  /** Accessible name of the meter; default: the indicator's name. */
  readonly label?: string | undefined;
}

/** A legend entry under a regular bar (hidden from assistive technology: the meter says it all). */
export interface LegendKey {
  readonly kind: 'actual' | 'target' | 'previous';
  /** `Thực hiện`, `Kế hoạch`, `Cùng kỳ`. */
  readonly label: string;
  /** The figure, `≈ 3.608 tỷ đồng` when derived. */
  readonly value: string;
  /** `(100,6%)` after the actual; null elsewhere. */
  readonly completion: string | null;
  /** Tooltip of a derived plan. */
  readonly title: string | null;
  readonly derived: boolean;
}

/** What a completion bar shows. */
export interface CompletionBarView {
  readonly size: 'regular' | 'compact';
  readonly status: Status;
  readonly texts: FigureTexts;
  readonly geometry: BulletGeometry;
  readonly derived: DerivedFigure | null;
  /** Accessible name (the indicator's name or the given label). */
  readonly name: string;
  /** `3.630 tỷ đồng; đạt 100,6% kế hoạch; Vượt kế hoạch; Kế hoạch 3.608 tỷ đồng; …`. */
  readonly valueText: string;
  /**
   * With an actual: a `role="meter"` whose value is the position on the drawn scale (0–100) and
   * whose `aria-valuetext` is {@link valueText}. Without one: null, and the track is a
   * `role="img"` named `${name}: ${valueText}` (see {@link imageLabel}).
   */
  readonly meter: { readonly now: number; readonly min: 0; readonly max: 100; readonly text: string } | null;
  readonly imageLabel: string;
  /** Whether the track draws anything (bands and markers) without an actual. */
  readonly drawsTrack: boolean;
  readonly legend: readonly LegendKey[];
}

function valueTextOf(t: FigureTexts, geometry: BulletGeometry, m: Messages, derived: DerivedFigure | null): string {
  return [
    t.actual,
    t.completion === null ? null : m.ofPlan(t.completion),
    t.status,
    t.target === null
      ? null
      : derived === null
        ? `${m.target} ${t.target}`
        : `${m.target} ≈ ${t.target}, ${derived.description}`,
    t.previous === null ? null : `${m.previous} ${t.previous}`,
    geometry.clipped ? m.beyondScale : null,
  ]
    .filter((part): part is string => part !== null)
    .join('; ');
}

/** The geometry of an evaluation's bullet graph (floats of its decimal strings, for drawing only). */
export function evaluationGeometry(e: Evaluation): BulletGeometry {
  try {
    return evaluationGeometryUnguarded(e);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function evaluationGeometryUnguarded(e: Evaluation): BulletGeometry {
  const rule = e.rule;
  return bulletGeometry({
    actual: drawingNumber(e.actual),
    target: drawingNumber(e.target),
    band: e.band === null ? null : { min: Number(e.band.min), max: Number(e.band.max) },
    previous: drawingNumber(e.previous),
    direction: rule.direction,
    near: Number(rule.nearThreshold),
    policy: rule.lowerIsBetterPolicy,
  });
}

/**
 * The completion bar of an evaluation (given, or evaluated from indicator + observation): words,
 * geometry, meter value and legend. Throws a `PropsError` naming the input; bindings call it
 * through `guardView`.
 */
export function completionBarView(
  source: EvaluationSource,
  locale: string,
  options: CompletionBarOptions = {},
): CompletionBarView {
  try {
    return completionBarViewUnguarded(source, locale, options);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function completionBarViewUnguarded(
  source: EvaluationSource,
  locale: string,
  options: CompletionBarOptions = {},
): CompletionBarView {
  const m = messagesFor(locale);
  const size = oneOf(options.size, ['regular', 'compact'], 'regular');
  const e = resolveEvaluation(source);
  const prop = sourceProp(source);
  // the words first: formatting checks every figure, so a bad one names its input before drawing
  const texts = fromProp(prop, () => figureTexts(e, locale));
  const derived = fromProp(prop, () => derivedTarget(e, locale, m));
  const name = checkText(options.label, 'label') ?? localize(e.indicator.name, locale);
  const geometry = fromProp(prop, () => evaluationGeometry(e));
  const valueText = valueTextOf(texts, geometry, m, derived);
  const legend: LegendKey[] = [];
  if (texts.actual !== null)
    legend.push({
      kind: 'actual',
      label: m.actual,
      value: texts.actual,
      completion: texts.completion === null ? null : `(${texts.completion})`,
      title: null,
      derived: false,
    });
  if (texts.target !== null)
    legend.push({
      kind: 'target',
      label: m.target,
      value: derived === null ? texts.target : `≈\u00a0${texts.target}`,
      completion: null,
      title: derived?.description ?? null,
      derived: derived !== null,
    });
  if (texts.previous !== null)
    legend.push({
      kind: 'previous',
      label: m.previous,
      value: texts.previous,
      completion: null,
      title: null,
      derived: false,
    });
  return {
    size,
    status: e.status,
    texts,
    geometry,
    derived,
    name,
    valueText,
    meter: e.actual === null ? null : { now: meterNumber(geometry.actualAt), min: 0, max: 100, text: valueText },
    imageLabel: `${name}: ${valueText}`,
    drawsTrack: e.actual !== null || e.target !== null || e.band !== null,
    legend: size === 'regular' ? legend : [],
  };
}
