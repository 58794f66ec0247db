import type { ScorecardRow } from './columns';
import type { ExpandedState } from './table';
import type { ScorecardNode } from './tree';

/**
 * The rows a scorecard shows, in order: each row's node and depth in two flat arrays (no object
 * per row). Built from the tree and the expansion state when the table is unsorted, so a mount
 * never asks TanStack Table for a row model (which builds a row object for every row, drawn or
 * not); from TanStack's sorted and expanded row model when a column is sorted.
 */
export interface RowList {
  readonly length: number;
  readonly nodes: readonly ScorecardNode[];
  readonly depths: ArrayLike<number>;
}

/** Whether the row of `id` is expanded in TanStack's expansion state (`true` = every row). */
export function isExpandedId(expanded: ExpandedState, id: string): boolean {
  return expanded === true || (Object.hasOwn(expanded, id) && Boolean(expanded[id]));
}

/** A node with rows under it (the rows TanStack can expand: `getSubRows` gives its children). */
const canExpand = (node: ScorecardNode): boolean => node.children.length > 0;

/**
 * The rows of the tree in document order: every top-level node, and the children of each
 * expanded node (recursively), with their depth — the order and depths of TanStack's expanded
 * row model over the unsorted tree.
 */
export function flattenTree(tree: readonly ScorecardNode[], expanded: ExpandedState): RowList {
  const all = expanded === true;
  const open = (node: ScorecardNode): boolean => canExpand(node) && (all || isExpandedId(expanded, node.id));
  // two walks, so both arrays are allocated once at their size (10,000 rows: no regrowth copies)
  const count = (level: readonly ScorecardNode[]): number => {
    let n = level.length;
    for (let i = 0; i < level.length; i++) {
      const node = level[i] as ScorecardNode;
      if (open(node)) n += count(node.children);
    }
    return n;
  };
  const length = count(tree);
  const nodes: ScorecardNode[] = new Array(length);
  const depths = new Int32Array(length);
  let at = 0;
  const fill = (level: readonly ScorecardNode[], depth: number): void => {
    for (let i = 0; i < level.length; i++) {
      const node = level[i] as ScorecardNode;
      nodes[at] = node;
      depths[at] = depth;
      at++;
      if (open(node)) fill(node.children, depth + 1);
    }
  };
  fill(tree, 0);
  return { length, nodes, depths };
}

const fromModel = new WeakMap<readonly ScorecardRow[], RowList>();

/** The rows of TanStack's row model (sorted and expanded) as a {@link RowList}, once per model. */
export function rowListOf(rows: readonly ScorecardRow[]): RowList {
  let list = fromModel.get(rows);
  if (list === undefined) {
    const nodes: ScorecardNode[] = new Array(rows.length);
    const depths: number[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as ScorecardRow;
      nodes[i] = row.original;
      depths[i] = row.depth;
    }
    list = { length: rows.length, nodes, depths };
    fromModel.set(rows, list);
  }
  return list;
}

/**
 * The expansion state after toggling the row of `id` (TanStack's `row.toggleExpanded()`, without
 * its row model): from "every row expanded" (`true`), every expandable row but this one; a row
 * that is not in the tree or has nothing under it leaves the state as it was.
 */
export function toggleExpanded(old: ExpandedState, id: string, tree: readonly ScorecardNode[]): ExpandedState {
  const expandable: string[] = [];
  let found = false;
  const walk = (level: readonly ScorecardNode[]): void => {
    for (const node of level) {
      if (!canExpand(node)) continue;
      if (node.id === id) found = true;
      expandable.push(node.id);
      walk(node.children);
    }
  };
  walk(tree);
  if (!found) return old;
  const next: Record<string, boolean> = Object.create(null);
  if (old === true) for (const key of expandable) next[key] = true;
  else for (const key of Object.keys(old)) if (old[key]) next[key] = true;
  if (Object.hasOwn(next, id)) delete next[id];
  else next[id] = true;
  return next;
}
