import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D50, DX, str } from '../../test/engine/reference';
import { defineIndicator } from '../model/define-indicator';
import { evaluate } from './evaluate';
import { summarize } from './summarize';

const ind = (id: string, extra = {}) => defineIndicator({ id, name: id, unit: 'count', ...extra });
const ev = (id: string, actual: string | null, target: string | null, extra = {}) =>
  evaluate({ indicator: id, period: '2020', actual, target }, ind(id, extra));

describe('summarize', () => {
  const rows = [
    ev('a', '120', '100'),
    ev('b', '100', '100'),
    ev('c', '96', '100'),
    ev('d', '50', '100'),
    ev('e', '1', null),
    ev('f', null, '1'),
  ];
  it('counts indicators by status and those that met or exceeded their plan', () => {
    const s = summarize(rows);
    expect(s.total).toBe(6);
    expect(s.counts).toEqual({ exceeded: 1, met: 1, near: 1, missed: 1, 'no-target': 1, 'no-data': 1 });
    expect(s.metOrExceeded).toBe(2);
    expect(s.assessed).toBe(4);
  });
  it('scores Σ w · min(c, cap) ÷ Σ w over indicators with a completion', () => {
    expect(summarize(rows).score).toBe('0.865'); // (1 + 1 + 0.96 + 0.5) / 4
    expect(summarize(rows, { cap: '1.2' }).score).toBe('0.915');
    expect(summarize(rows, { weights: { d: 2 } }).score).toBe('0.792');
  });
  it('counts only top-level indicators when asked', () => {
    const child = ev('g', '1', '1', { parent: 'a' });
    expect(summarize([...rows, child], { scope: 'top-level' }).total).toBe(6);
    expect(summarize([...rows, child]).total).toBe(7);
  });
  it('has no score without completions, with a reason', () => {
    expect(summarize([ev('e', '1', null)])).toMatchObject({ score: null, scoreReason: 'no-weights' });
  });
});

describe('summarize › the fast path (integers on safe numbers, each quotient long-divided to 50 digits)', () => {
  const dirs = {
    higher: {},
    lower: { direction: 'lower-is-better' },
    mirror: { direction: 'lower-is-better', lowerIsBetterPolicy: 'mirror' },
  } as const;
  // values up to the fast path's divisor limit (9 × 10^8) and past it, tiny ratios (a limb of
  // leading zeros), scales 0–3, integer weights up to 1,000 (fast) and decimal ones (general path)
  const value = fc.oneof(
    fc.integer({ min: 0, max: 900_000_000 }),
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 900_000_001, max: 2_000_000_000 }),
  );
  const row = fc.record({
    a: value,
    t: value,
    scale: fc.integer({ min: 0, max: 3 }),
    dir: fc.constantFrom('higher', 'lower', 'mirror'),
    w: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 1000 }), fc.constantFrom('0.5', '2.25', '1500')),
  });
  const decimal = (n: number, scale: number): string => str(new DX(n).div(new DX(10).pow(scale)));

  it('scores exactly Σ w · min(published completion, cap) ÷ Σ w, for any such rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom('1', '1.2', '0.5'), (rows, cap) => {
        const weights: Record<string, string> = {};
        const evaluations = rows.map((r, i) => {
          const id = `x${i}`;
          if (r.w !== undefined) weights[id] = String(r.w);
          return evaluate(
            { indicator: id, period: '2020', actual: decimal(r.a, r.scale), target: decimal(r.t, r.scale) },
            ind(id, dirs[r.dir]),
          );
        });
        let weighted = new DX(0);
        let total = new DX(0);
        for (const e of evaluations) {
          if (e.completion === null || e.status === 'no-target' || e.status === 'no-data') continue;
          const w = new DX(weights[e.indicator.id] ?? '1');
          weighted = weighted.plus(w.times(DX.min(new DX(e.completion), new DX(cap))));
          total = total.plus(w);
        }
        const expected = total.isZero() ? null : str(new D50(weighted.toFixed()).div(total.toFixed()));
        expect(summarize(evaluations, { cap, weights }).score).toBe(expected);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('rounds each quotient half-up at its 50th digit, wherever that digit falls in a limb', () => {
    // 1 ÷ 3, 2 ÷ 3 (…666 rounds up), 1 ÷ 7, 1 ÷ 898 765 431 (seven leading zeros), 5 ÷ 9 × 10^8
    for (const [a, t] of [
      [1, 3],
      [2, 3],
      [1, 7],
      [1, 898_765_431],
      [5, 900_000_000],
      [123_456_789, 876_543_211],
    ] as const) {
      const e = ev('q', String(a), String(t));
      expect(summarize([e]).score).toBe(str(new D50(a).div(t)));
      expect(summarize([e, e, e], { weights: { q: '7' } }).score).toBe(str(new D50(a).div(t)));
    }
  });
});
