/**
 * Linear time on shapes that used to be quadratic or worse (a 16k parent chain took 27 s, a 16k
 * parent loop 54 s): each shape is parsed at size n and 8n in the same run, and the time ratio
 * must stay far below the 64 of a quadratic cost. A ratio, never an absolute time: the machine
 * may be loaded, but it is loaded for both sizes.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index';

const SMALL = 2_000;
const FACTOR = 8;
/** Linear is ≈ 8; quadratic would be 64. Generous for noise (and GC) on a loaded machine. */
const MAX_RATIO = 32;

const indicator = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, unit: 'count', ...extra });

const SHAPES: Record<string, (n: number) => unknown> = {
  'a parent chain': (n) => ({
    title: 't',
    indicators: Array.from({ length: n }, (_, i) => indicator(`i${i}`, i > 0 ? { parent: `i${i - 1}` } : {})),
    observations: [],
  }),
  'a parent loop': (n) => ({
    title: 't',
    indicators: Array.from({ length: n }, (_, i) => indicator(`i${i}`, { parent: `i${(i + 1) % n}` })),
    observations: [],
  }),
  'a value of many digits': (n) => ({
    title: 't',
    indicators: [indicator('a')],
    observations: [{ indicator: 'a', period: '2020', actual: '7'.repeat(n * 100) }],
  }),
  'many issues': (n) => ({
    title: 't',
    indicators: [indicator('a')],
    observations: Array.from({ length: n }, () => ({ indicator: 'a', period: '2020-Q9', actual: '1,5', acutal: 1 })),
  }),
  'many unknown indicators': (n) => ({
    title: 't',
    indicators: Array.from({ length: n }, (_, i) => indicator(`province-${i}`)),
    observations: Array.from({ length: n }, (_, i) => ({ indicator: `provnce-${i}`, period: '2020' })),
  }),
  'many observations': (n) => ({
    title: 't',
    indicators: [indicator('a', { density: { per: '100' } })],
    observations: Array.from({ length: n }, (_, i) => ({
      indicator: 'a',
      period: `${1000 + i}`,
      actual: `${i}.5`,
      target: '1000',
      previous: '999.25',
      population: '3640000',
      stated: { completion: '100.6' },
    })),
  }),
};

function fastest(make: () => unknown, rounds: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const input = make();
    const start = performance.now();
    parseDataset(input);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('parseDataset grows linearly', () => {
  it.each(Object.keys(SHAPES))(
    'on %s',
    (name) => {
      const shape = SHAPES[name] as (n: number) => unknown;
      fastest(() => shape(SMALL), 1); // warm up
      // Noise (other processes, GC) only ever slows a run down: up to five attempts, the best counts
      // (on a loaded 2-core CI machine one attempt measured a linear shape at 46).
      let best = { ratio: Number.POSITIVE_INFINITY, text: '' };
      for (let attempt = 0; attempt < 5 && best.ratio >= MAX_RATIO; attempt++) {
        const small = fastest(() => shape(SMALL), 5);
        const large = fastest(() => shape(SMALL * FACTOR), 3);
        // Below a millisecond the clock, not the algorithm, decides the ratio.
        const ratio = large / Math.max(small, 1);
        if (ratio < best.ratio) best = { ratio, text: `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms` };
      }
      expect(best.ratio, best.text).toBeLessThan(MAX_RATIO);
    },
    60_000,
  );
});
