/**
 * `auditDataset` grows linearly in the observations: components listed before their total used
 * to be matched by a search per component (16,000 components of one total: 25 s). A ratio of
 * times at n and 8n in one run, never an absolute time; quadratic would be 64.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse-dataset';
import type { Dataset } from '../model/types';
import { auditDataset } from './audit-dataset';

/** `n` components of one total that comes last; component 5 is larger than the total. */
function componentsFirst(n: number): Dataset {
  const parsed = parseDataset({
    title: 'components before their total',
    indicators: [
      ...Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `c${i}`, unit: 'count', parent: 'total' })),
      { id: 'total', name: 'total', unit: 'count' },
    ],
    observations: [
      ...Array.from({ length: n }, (_, i) => ({ indicator: `c${i}`, period: '2020', actual: i === 5 ? '9000' : '1' })),
      { indicator: 'total', period: '2020', actual: '5000' },
    ],
  });
  if (!parsed.ok) throw new Error('the fixture must parse');
  return parsed.dataset;
}

describe('auditDataset grows linearly', () => {
  it('on components listed before their total, and still finds the one larger than the total', () => {
    const small = componentsFirst(1_000);
    const large = componentsFirst(8_000);
    const fastest = (dataset: Dataset, rounds: number): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < rounds; r++) {
        const start = performance.now();
        auditDataset(dataset);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    fastest(small, 1); // warm up
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && ratio >= 32; attempt++)
      ratio = Math.min(ratio, fastest(large, 1) / Math.max(fastest(small, 3), 1));
    expect(ratio).toBeLessThan(32);
    const findings = auditDataset(large).filter((f) => f.kind === 'component-exceeds-total');
    expect(findings).toHaveLength(1);
  }, 60_000);
});
