import type { Updater } from '@tanstack/react-table';
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../internal/messages';
import { features, scorecardColumns } from './columns';
import { flattenTree, isExpandedId, type RowList, rowListOf, toggleExpanded } from './rows';
import { type ExpandedState, useTable } from './table';
import type { ScorecardNode } from './tree';

/**
 * The unsorted rows are built from the tree without TanStack Table (no row object per row at
 * mount); they must be exactly the rows, order and depths of TanStack's expanded row model, and
 * the expander's toggle exactly TanStack's `row.toggleExpanded()`, for any tree and expansion.
 */

interface Shape {
  readonly children: readonly Shape[];
}

/** Groups (top level, as `buildTree` makes them) or bare rows, with rows nested under rows. */
function treeOf(shapes: readonly Shape[], grouped: boolean): ScorecardNode[] {
  let next = 0;
  const indicator = (shape: Shape): ScorecardNode => {
    const id = String(next++);
    return {
      kind: 'indicator',
      id,
      children: shape.children.map(indicator),
    } as unknown as ScorecardNode;
  };
  return shapes.map((shape, g) => {
    if (!grouped) return indicator(shape);
    const id = `group:G${g}`;
    return {
      kind: 'group',
      id,
      name: `G${g}`,
      count: shape.children.length,
      groupId: id,
      children: shape.children.map(indicator),
    } as ScorecardNode;
  });
}

const shapeAt = (depth: number): fc.Arbitrary<Shape> =>
  depth === 0 ? fc.constant({ children: [] }) : fc.record({ children: fc.array(shapeAt(depth - 1), { maxLength: 3 }) });
const shape = shapeAt(3);

const allIds = (tree: readonly ScorecardNode[]): string[] =>
  tree.flatMap((node) => [node.id, ...allIds(node.children)]);
const expandableIds = (tree: readonly ScorecardNode[]): string[] =>
  tree.flatMap((node) => (node.children.length > 0 ? [node.id, ...expandableIds(node.children)] : []));

interface Table {
  getRowModel(): { rows: { id: string; depth: number; original: ScorecardNode }[] };
  getRow(id: string, searchAll: boolean): { toggleExpanded(): void };
}

/** A TanStack table over the tree, as the Scorecard configures it (`useTable`); expansion changes go to `state`. */
function tanstack(tree: ScorecardNode[], state: { expanded: ExpandedState }): Table {
  const { result, unmount } = renderHook(() => useTable(options(tree, state) as never) as unknown as Table);
  const table = result.current;
  return {
    getRowModel: () => {
      const model = table.getRowModel();
      unmount();
      return model;
    },
    getRow: (id, searchAll) => ({
      toggleExpanded: () => {
        try {
          act(() => table.getRow(id, searchAll).toggleExpanded());
        } finally {
          unmount();
        }
      },
    }),
  };
}

function options(tree: ScorecardNode[], state: { expanded: ExpandedState }) {
  return {
    features,
    columns: scorecardColumns('vi-VN', messagesFor('vi-VN')),
    data: tree,
    getSubRows: (node: ScorecardNode) => (node.children.length > 0 ? node.children : undefined),
    getRowId: (node: ScorecardNode) => node.id,
    state: { sorting: [], expanded: state.expanded },
    onSortingChange: () => undefined,
    onExpandedChange: (updater: Updater<ExpandedState>) => {
      state.expanded = typeof updater === 'function' ? updater(state.expanded) : updater;
    },
    enableSortingRemoval: true,
    sortDescFirst: false,
    autoResetExpanded: false,
  };
}

const expansion = (tree: ScorecardNode[]): fc.Arbitrary<ExpandedState> =>
  fc.oneof(
    fc.constant(true as const),
    fc.subarray(allIds(tree)).map((ids) => Object.fromEntries(ids.map((id) => [id, true])) as Record<string, boolean>),
  );

const cases = fc
  .tuple(fc.array(shape, { maxLength: 5 }), fc.boolean())
  .map(([shapes, grouped]) => treeOf(shapes, grouped))
  .chain((tree) => fc.tuple(fc.constant(tree), expansion(tree)));

const listed = (list: RowList) =>
  Array.from({ length: list.length }, (_, i) => `${list.nodes[i]?.id}@${list.depths[i]}`);

describe('scorecard rows without a row model', () => {
  it("flattenTree gives TanStack's expanded row model: same rows, order and depths", () => {
    fc.assert(
      fc.property(cases, ([tree, expanded]) => {
        const model = tanstack(tree, { expanded }).getRowModel().rows;
        expect(listed(flattenTree(tree, expanded))).toEqual(model.map((row) => `${row.id}@${row.depth}`));
        expect(listed(rowListOf(model as unknown as Parameters<typeof rowListOf>[0]))).toEqual(
          listed(flattenTree(tree, expanded)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("toggleExpanded gives the state of TanStack's row.toggleExpanded(), from every row expanded or some", () => {
    fc.assert(
      fc.property(
        cases.chain(([tree, expanded]) =>
          fc.tuple(fc.constant(tree), fc.constant(expanded), fc.constantFrom('missing', ...allIds(tree))),
        ),
        ([tree, expanded, id]) => {
          const state = { expanded };
          const table = tanstack(tree, state);
          try {
            table.getRow(id, true).toggleExpanded();
          } catch {
            // no such row: TanStack throws, the Scorecard's handler leaves the state alone
          }
          const ours = toggleExpanded(expanded, id, tree);
          // the same rows expanded among those that can be (a leaf has no expander to toggle)
          for (const key of expandableIds(tree)) {
            expect(isExpandedId(ours, key)).toBe(isExpandedId(state.expanded, key));
          }
          expect(listed(flattenTree(tree, ours))).toEqual(listed(flattenTree(tree, state.expanded)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a leaf (nothing under it) or an unknown id leaves the state as it was', () => {
    const tree = treeOf([{ children: [{ children: [] }, { children: [{ children: [] }] }] }], true);
    const state = { 'group:G0': true };
    expect(toggleExpanded(state, '0', tree)).toBe(state); // row 0 has no rows under it
    expect(toggleExpanded(state, 'nope', tree)).toBe(state);
    expect(toggleExpanded(true, 'nope', tree)).toBe(true);
    // from every row expanded: all but the toggled one
    expect(Object.keys(toggleExpanded(true, 'group:G0', tree) as object).sort()).toEqual(['1']);
  });

  it('expansion ids are own keys only: a row id like "constructor" or "__proto__" is not expanded by default', () => {
    expect(isExpandedId({}, 'constructor')).toBe(false);
    expect(isExpandedId({}, '__proto__')).toBe(false);
    expect(isExpandedId(true, 'constructor')).toBe(true);
  });
});
