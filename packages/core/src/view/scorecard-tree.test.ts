import { describe, expect, it } from 'vitest';
import { growthRatio, MAX_GROWTH_RATIO } from '../../test/linear-growth';
import { defineIndicator, type Evaluation, evaluate } from '../index';
import { buildTree, IndicatorNode, MAX_NESTING, type ScorecardNode } from './scorecard-tree';

/** One evaluation per `[id, parent?]`, all of period 2020, no groups. */
function rows(spec: readonly (readonly [string, (string | undefined)?])[]): Evaluation[] {
  return spec.map(([id, parent]) => {
    const indicator = defineIndicator({ id, name: id, unit: 'count', ...(parent ? { parent } : {}) });
    return evaluate({ indicator: id, period: '2020', actual: '5', target: '4' }, indicator);
  });
}

/** `id(child id(grandchild))` for a readable picture of the tree. */
const picture = (nodes: readonly ScorecardNode[]): string =>
  nodes
    .map((n) => {
      const name = n instanceof IndicatorNode ? n.evaluation.indicator.id : n.name;
      return n.children.length ? `${name}(${picture(n.children)})` : name;
    })
    .join(' ');

describe('buildTree', () => {
  it('nests "trong đó" rows under their parent of the same period, in order', () => {
    expect(picture(buildTree(rows([['a'], ['a1', 'a'], ['a2', 'a'], ['a1x', 'a1'], ['b']]), 'vi', 'Khác'))).toBe(
      'a(a1(a1x) a2) b',
    );
  });

  it('keeps rows on a parent loop, and rows whose chain runs into one, at the top level', () => {
    const tree = buildTree(
      rows([
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'a'], // its chain c → a → b → a never ends
        ['d'],
        ['e', 'd'],
      ]),
      'vi',
      'Khác',
    );
    expect(picture(tree)).toBe('a b c d(e)');
  });

  it(`nests a chain ${MAX_NESTING} levels down; rows deeper than that are shown at the top level`, () => {
    const chain = (n: number) =>
      Array.from({ length: n }, (_, i) => [`i${i}`, i > 0 ? `i${i - 1}` : undefined] as const);
    const levels = (tree: readonly ScorecardNode[]): number => {
      let depth = 0;
      for (let level = tree; level.length > 0; level = level[0]?.children ?? []) depth++;
      return depth;
    };
    expect(levels(buildTree(rows(chain(MAX_NESTING + 1)), 'vi', 'Khác'))).toBe(MAX_NESTING + 1);
    const deep = buildTree(rows(chain(MAX_NESTING + 5)), 'vi', 'Khác');
    expect(levels(deep)).toBe(MAX_NESTING + 1);
    expect(deep).toHaveLength(5);
    // 60,000 levels (grouped, so every row is also walked to set its group): no stack overflow
    const grouped = chain(60_000).map(([id, parent]) => {
      const indicator = defineIndicator({ id, name: id, unit: 'count', group: 'g', ...(parent ? { parent } : {}) });
      return evaluate({ indicator: id, period: '2020', actual: '1' }, indicator);
    });
    const tree = buildTree(grouped, 'vi', 'Khác');
    expect(tree).toHaveLength(1);
    expect(levels(tree)).toBe(MAX_NESTING + 2);
  });

  // Each row's chain is walked once: the time ratio at n and 8n stays far below a quadratic 64.
  it.each([
    [
      'a parent chain',
      (n: number) => Array.from({ length: n }, (_, i) => [`i${i}`, i > 0 ? `i${i - 1}` : undefined] as const),
    ],
    ['a parent loop', (n: number) => Array.from({ length: n }, (_, i) => [`i${i}`, `i${(i + 1) % n}`] as const)],
  ])(
    'grows linearly on %s',
    (name, make) => {
      const best = growthRatio(
        name,
        (n) => {
          const evaluations = rows(make(n));
          return () => buildTree(evaluations, 'vi', 'Khác');
        },
        1_000,
      );
      expect(best.ratio, best.text).toBeLessThan(MAX_GROWTH_RATIO);
    },
    60_000,
  );
});
