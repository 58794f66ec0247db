import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { div, fromInt, mul, sub, toNum } from '../decimal/decimal';
import {
  containsNum,
  divideIntervals as divide,
  intervalNum,
  multiplyIntervals as multiply,
  type NumInterval,
  offsetInterval as offset,
  overlaps,
  scaleInterval as scale,
  subtractIntervals as subtract,
} from '../math/interval';

const closed = (a: number, b: number): NumInterval => ({
  min: fromInt(a),
  max: fromInt(b),
  minInclusive: true,
  maxInclusive: true,
});
/** A positive interval and two exact points inside it, from integers (never floats). */
const positive = fc
  .tuple(
    fc.integer({ min: 1, max: 10_000_000 }),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: 1000 }),
  )
  .map(([lo, width, at]) => {
    const interval = closed(lo, lo + width);
    const point = toNum(`${lo}.${String(at).padStart(3, '0')}`);
    return { interval, point: containsNum(interval, point) ? point : fromInt(lo) };
  });

describe('interval arithmetic (audit)', () => {
  it('divide › every a ÷ b of points inside lies inside the quotient interval', () => {
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const q = divide(a.interval, b.interval);
        expect(q).not.toBeNull();
        expect(containsNum(q as NumInterval, div(a.point, b.point))).toBe(true);
      }),
    );
  });
  it('multiply, subtract, scale, offset › contain the results of points inside', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 1, max: 1000 }), (a, b, k) => {
        expect(containsNum(multiply(a.interval, b.interval), mul(a.point, b.point))).toBe(true);
        expect(containsNum(subtract(a.interval, b.interval), sub(a.point, b.point))).toBe(true);
        expect(containsNum(scale(a.interval, fromInt(k)), mul(a.point, fromInt(k)))).toBe(true);
        expect(containsNum(offset(a.interval, fromInt(k)), sub(a.point, fromInt(k)))).toBe(true);
      }),
    );
  });
  it('divide › refuses a divisor that reaches zero', () => {
    expect(divide(closed(1, 2), closed(0, 1))).toBeNull();
  });
  it('divide › open ends stay open: [1, 2) ÷ [1, 1] excludes 2', () => {
    const q = divide({ ...closed(1, 2), maxInclusive: false }, closed(1, 1));
    expect(q?.maxInclusive).toBe(false);
    expect(overlaps(q as NumInterval, closed(2, 3))).toBe(false);
  });
  it('printed intervals › 100,6% is [100.55, 100.65) and touches neither neighbour', () => {
    const a = intervalNum('100.6');
    expect(overlaps(a, intervalNum('100.7'))).toBe(false);
    expect(overlaps(a, intervalNum('100.5'))).toBe(false);
    expect(overlaps(a, intervalNum('100.60'))).toBe(true);
  });
});
