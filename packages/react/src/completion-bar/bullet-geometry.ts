/**
 * Geometry of the bullet graph: where to draw, in percent of the track's width. These are
 * drawing positions only — never displayed, never used for a status — so plain floating point
 * is enough; every number the user reads comes from @chitieu/core.
 */

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
  if (policy === 'mirror') return t * (2 - ratio);
  return ratio > 0 ? t / ratio : t;
}

/** Thresholds in value space, left to right, with the band kind to their left. */
function thresholds(input: BulletInput): { stops: number[]; kinds: BandGeometry['kind'][] } | null {
  const { target, band, direction, near, policy } = input;
  if (band !== null) {
    if (direction === 'neither') return { stops: [band.min, band.max], kinds: ['poor', 'good', 'poor'] };
    if (direction === 'higher-is-better')
      return { stops: [band.min * near, band.min], kinds: ['poor', 'fair', 'good'] };
    return { stops: [band.max, lowerBoundary(band.max, near, policy)], kinds: ['good', 'fair', 'poor'] };
  }
  if (!finite(target)) return null;
  if (direction === 'lower-is-better')
    return { stops: [target, lowerBoundary(target, near, policy)], kinds: ['good', 'fair', 'poor'] };
  return { stops: [target * near, target], kinds: ['poor', 'fair', 'good'] };
}

/**
 * Lays out a bullet graph. The scale starts at zero (or below, for negative values) and ends a
 * little beyond the largest of actual, plan, previous and the band thresholds; an actual more
 * than {@link CLIP_FACTOR}× that reference is cut at the edge and flagged `clipped`, so values
 * far above 100% never overflow the layout.
 */
export function bulletGeometry(input: BulletInput): BulletGeometry {
  const levels = thresholds(input);
  const reference = [input.target, input.band?.max ?? null, input.previous, ...(levels?.stops ?? [])].filter(finite);
  const referenceMax = reference.length > 0 ? Math.max(...reference) : null;
  let clipped = false;
  let max: number;
  if (finite(input.actual) && referenceMax !== null && referenceMax > 0 && input.actual > referenceMax * CLIP_FACTOR) {
    max = referenceMax * CLIP_FACTOR;
    clipped = true;
  } else {
    const all = [...reference, ...(finite(input.actual) ? [input.actual] : [])];
    max = all.length > 0 ? Math.max(0, ...all) * HEADROOM : 1;
  }
  const lows = [input.actual, input.previous, input.target, input.band?.min ?? null].filter(finite);
  const lowest = Math.min(0, ...lows);
  const min = lowest < 0 ? lowest * HEADROOM : 0;
  if (!(max > min)) max = min + 1;
  const span = max - min;
  const at = (value: number): number => Math.min(100, Math.max(0, ((value - min) / span) * 100));

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
    actualAt: finite(input.actual) ? Math.round(at(input.actual) * 100) / 100 : null,
    clipped,
    target,
    previous: finite(input.previous) ? at(input.previous) : null,
  };
}
