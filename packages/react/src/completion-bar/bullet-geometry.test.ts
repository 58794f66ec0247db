import { describe, expect, it } from 'vitest';
import { bulletGeometry, CLIP_FACTOR } from './bullet-geometry';

const base = { previous: null, band: null, near: 0.95, policy: 'inverse' as const };

describe('bullet geometry', () => {
  it('higher is better › bands poor, fair, good from left; target inside the track', () => {
    const g = bulletGeometry({ ...base, actual: 90, target: 100, direction: 'higher-is-better' });
    expect(g.bands.map((b) => b.kind)).toEqual(['poor', 'fair', 'good']);
    expect(g.target && 'at' in g.target ? g.target.at : -1).toBeGreaterThan(80);
    expect(g.clipped).toBe(false);
  });

  it('lower is better › the good band is on the left', () => {
    const g = bulletGeometry({ ...base, actual: 2.1, target: 2.5, direction: 'lower-is-better' });
    expect(g.bands[0]?.kind).toBe('good');
    expect(g.bands.at(-1)?.kind).toBe('poor');
  });

  it('band held steady › good only inside the band, drawn as a range', () => {
    const g = bulletGeometry({ ...base, actual: 3.2, target: null, band: { min: 3, max: 4 }, direction: 'neither' });
    expect(g.bands.map((b) => b.kind)).toEqual(['poor', 'good', 'poor']);
    expect(g.target && 'from' in g.target).toBe(true);
  });

  it(`over ${CLIP_FACTOR}× the plan › the bar is cut at the edge, never beyond 100%`, () => {
    const g = bulletGeometry({ ...base, actual: 1e24, target: 1000, previous: 900, direction: 'higher-is-better' });
    expect(g.clipped).toBe(true);
    expect(g.actual?.to).toBe(100);
    for (const band of g.bands) expect(band.to).toBeLessThanOrEqual(100);
  });

  it('negative values › the scale extends below zero and the bar runs left from zero', () => {
    const g = bulletGeometry({ ...base, actual: -50, target: 100, direction: 'higher-is-better' });
    expect(g.min).toBeLessThan(0);
    const zero = (-g.min / (g.max - g.min)) * 100;
    expect(g.actual?.to).toBeCloseTo(zero, 6);
    expect(g.actual?.from).toBeLessThan(zero);
  });

  it('no target and no data › an empty scale, nothing to draw', () => {
    const g = bulletGeometry({ ...base, actual: null, target: null, direction: 'higher-is-better' });
    expect(g.actual).toBeNull();
    expect(g.target).toBeNull();
    expect(g.bands).toEqual([]);
  });
});
