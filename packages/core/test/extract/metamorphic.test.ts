import { describe, expect, it } from 'vitest';
import { sampleMetamorphic } from './metamorphic/run';
import { TRANSFORMS } from './metamorphic/transforms';

/**
 * Robustness of the extractor to meaning-preserving rewrites of REAL sentences (the released
 * sets only): for each transform (`5%` → `5 per cent`, `rose` → `climbed`, `US$1.2 billion` →
 * `1.2 billion USD`, `so với cùng kỳ` → `so cùng kỳ`, a leading `Meanwhile, `, NFD text, …), its
 * first {@link PER_TRANSFORM} sentences in a seeded order that it rewrites and that are read whole
 * today. The whole run (every sentence, every transform) is `pnpm --filter @chitieu/core
 * bench:metamorphic`; its figures are in the core README.
 */
const PER_TRANSFORM = 2;
// Reached on this sample (1 December 2026): every rewrite read whole, none with a silent wrong
// number. The floors, rounded down, leave one rewrite of two per transform and 1 % overall.
const OVERALL_FLOOR = 0.99;
const PER_TRANSFORM_FLOOR = 0.5;
// Transforms whose pattern no released sentence has today (kept for unseen text).
const DORMANT = new Set(['dong:đồng']);

describe('metamorphic robustness (seeded sample of the released corpus)', () => {
  const tallies = sampleMetamorphic(PER_TRANSFORM);
  const rows = [...tallies];

  it('gives no silent wrong number on any rewrite', () => {
    const wrong = rows.filter(([, t]) => t.silentWrong > 0).map(([n, t]) => `${n}: ${t.failures.join(' | ')}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the sentences read whole, per transform and overall', () => {
    const below = rows
      .filter(([, t]) => t.applied > 0 && t.whole / t.applied < PER_TRANSFORM_FLOOR)
      .map(([n, t]) => `${n} ${t.whole}/${t.applied}: ${t.failures.join(' | ')}`);
    expect(below).toEqual([]);
    const applied = rows.reduce((n, [, t]) => n + t.applied, 0);
    const whole = rows.reduce((n, [, t]) => n + t.whole, 0);
    expect(applied).toBeGreaterThan(250);
    expect(whole / applied).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });

  it('finds something to rewrite for every transform but the dormant ones', () => {
    const dead = TRANSFORMS.filter((t) => !DORMANT.has(t.name) && (tallies.get(t.name)?.applied ?? 0) === 0);
    expect(dead.map((t) => t.name)).toEqual([]);
  });
});
