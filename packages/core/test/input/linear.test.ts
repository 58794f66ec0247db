/**
 * Linear time on shapes that used to be quadratic or worse (a 16k parent chain took 27 s, a 16k
 * parent loop 54 s): each shape is parsed at size n and 8n in the same run, and the time ratio
 * must stay far below the 64 of a quadratic cost. A ratio, never an absolute time: the machine
 * may be loaded, but it is loaded for both sizes.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index';
import { growthRatio, MAX_GROWTH_RATIO } from '../linear-growth';

const SMALL = 2_000;

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

describe('parseDataset grows linearly', () => {
  it.each(Object.keys(SHAPES))(
    'on %s',
    (name) => {
      const shape = SHAPES[name] as (n: number) => unknown;
      // a fresh input each run (timed with it: building it is linear too)
      const best = growthRatio(name, (n) => () => parseDataset(shape(n)), SMALL);
      expect(best.ratio, best.text).toBeLessThan(MAX_GROWTH_RATIO);
    },
    60_000,
  );
});
