/**
 * `auditDataset` grows linearly in the observations: components listed before their total used
 * to be matched by a search per component (16,000 components of one total: 25 s). A ratio of
 * times at n and 8n in one run, never an absolute time; quadratic would be 64.
 */
import { describe, expect, it } from 'vitest';
import { growthRatio, MAX_GROWTH_RATIO } from '../../test/linear-growth';
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
    const best = growthRatio(
      'components before their total',
      (n) => {
        const dataset = componentsFirst(n);
        return () => auditDataset(dataset);
      },
      1_000,
      { small: 3, large: 1 },
    );
    expect(best.ratio, best.text).toBeLessThan(MAX_GROWTH_RATIO);
    const findings = auditDataset(componentsFirst(8_000)).filter((f) => f.kind === 'component-exceeds-total');
    expect(findings).toHaveLength(1);
  }, 60_000);
});
