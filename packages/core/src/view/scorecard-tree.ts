import { type Evaluation, type Indicator, localize, STATUSES, type Status, unitLabel } from '../index';
import { asPropsError } from './errors';

/**
 * A sort key of a decimal column: the float decides the order when floats differ (converting is
 * monotonic), the exact decimal string decides ties (digits beyond 2^53). Computed once per row
 * when the tree is built, so a sort never parses a number.
 */
export interface DecimalKey {
  readonly f: number;
  readonly d: string;
}

/** Sort keys of an indicator row, one per sortable column; `undefined` sorts last. */
export interface SortKeys {
  readonly name: string;
  readonly unit: string | undefined;
  readonly target: DecimalKey | undefined;
  readonly actual: DecimalKey | undefined;
  readonly completion: DecimalKey | undefined;
  readonly change: DecimalKey | undefined;
  readonly status: number | undefined;
}

/** A row of the scorecard: a group (sector) heading, or an indicator with its "trong đó" rows. */
export type ScorecardNode = GroupNode | IndicatorNode;

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly name: string;
  readonly count: number;
  readonly groupId: string;
  readonly children: ScorecardNode[];
}

const NO_CHILDREN: ScorecardNode[] = [];

/**
 * How deep "trong đó" rows nest (reports nest two or three levels): a row further down its
 * parent chain is shown at the top level, so no walk of the tree — here, in the table's sorting
 * and expansion, in a renderer — recurses tens of thousands of levels deep and overflows the stack.
 */
export const MAX_NESTING = 32;

const STATUS_ORDER = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

function decimalKey(value: string | null | undefined): DecimalKey | undefined {
  if (typeof value !== 'string') return undefined;
  const f = Number(value);
  // a malformed value sorts with the missing ones (its cell shows the problem)
  return Number.isNaN(f) ? undefined : { f, d: value };
}

/**
 * An indicator row. Its name, unit words and sort keys are computed on first use and kept:
 * mounting 10,000 rows touches none of them for rows never drawn or sorted (the core computes
 * an evaluation's exact completion lazily too), so mount cost stays nearly flat in the row count.
 */
interface Lazy {
  name?: string;
  unit?: { readonly value: string | undefined };
  keys?: { -readonly [K in keyof SortKeys]?: SortKeys[K] };
}

export class IndicatorNode {
  declare readonly kind: 'indicator';
  /** "Trong đó" rows; a shared empty list until the first is added (most rows have none). */
  children: ScorecardNode[] = NO_CHILDREN;
  /** The group (sector) row this row sits under, if the table is grouped. */
  groupId: string | undefined = undefined;
  /** Name, unit words and sort keys, made on first use: one slot, no object for rows never drawn or sorted. */
  #lazy: Lazy | undefined = undefined;

  constructor(
    readonly evaluation: Evaluation,
    /** Position in the `evaluations` given, for messages (`evaluations[3]`). */
    readonly index: number,
    /** A component ("trong đó") of the row above it. */
    public ofWhich: boolean,
    private readonly words: Words,
  ) {}

  /** The row id: its position in `evaluations` (a string made on use: no string per row at mount). */
  get id(): string {
    return String(this.index);
  }

  get name(): string {
    this.#lazy ??= {};
    this.#lazy.name ??= this.words.name(this.evaluation.indicator);
    return this.#lazy.name;
  }

  /** The unit in words (`thuê bao`, `tỷ đồng`), or undefined when the core has none for the locale. */
  get unit(): string | undefined {
    this.#lazy ??= {};
    this.#lazy.unit ??= { value: this.words.unit(this.evaluation.indicator) };
    return this.#lazy.unit.value;
  }

  /** The sort key of one column, computed on the first sort by that column and kept. */
  key<K extends keyof SortKeys>(column: K): SortKeys[K] {
    this.#lazy ??= {};
    this.#lazy.keys ??= {};
    const keys = this.#lazy.keys;
    if (!(column in keys)) keys[column] = computeKey(this, column);
    return keys[column] as SortKeys[K];
  }
}
(IndicatorNode.prototype as { kind: 'indicator' }).kind = 'indicator';

function computeKey<K extends keyof SortKeys>(node: IndicatorNode, column: K): SortKeys[K] {
  const e = node.evaluation;
  switch (column) {
    case 'name':
      return node.name as SortKeys[K];
    case 'unit':
      return node.unit as SortKeys[K];
    case 'target':
      return decimalKey(e.target ?? e.band?.min) as SortKeys[K];
    case 'actual':
      return decimalKey(e.actual) as SortKeys[K];
    case 'completion':
      return decimalKey(e.completion) as SortKeys[K];
    case 'change':
      return decimalKey(e.change?.points ?? e.change?.rate) as SortKeys[K];
    default:
      return STATUS_ORDER.get(e.status) as SortKeys[K];
  }
}

/** Words of a locale, cached per indicator (many rows share one indicator across periods). */
interface Words {
  name(indicator: Indicator): string;
  unit(indicator: Indicator): string | undefined;
}

function wordsFor(locale: string): Words {
  const names = new WeakMap<Indicator, string>();
  const units = new WeakMap<Indicator, { value: string | undefined }>();
  return {
    name(indicator) {
      let name = names.get(indicator);
      if (name === undefined) {
        name = localize(indicator.name, locale);
        names.set(indicator, name);
      }
      return name;
    },
    unit(indicator) {
      let unit = units.get(indicator);
      if (unit === undefined) {
        try {
          unit = { value: unitLabel({ locale, indicator }) };
        } catch {
          unit = { value: undefined }; // the core has no words for this unit in this locale
        }
        units.set(indicator, unit);
      }
      return unit.value;
    },
  };
}

/**
 * Arranges evaluations as the rows of a report: groups (sectors) in order of first appearance,
 * each indicator under its group, and each "trong đó" indicator under its parent of the same
 * period. Structure only: nothing is formatted or parsed here (rows format when drawn, sort
 * keys are computed on the first sort).
 */
export function buildTree(evaluations: readonly Evaluation[], locale: string, ungrouped: string): ScorecardNode[] {
  try {
    return buildTreeUnguarded(evaluations, locale, ungrouped);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function buildTreeUnguarded(evaluations: readonly Evaluation[], locale: string, ungrouped: string): ScorecardNode[] {
  const words = wordsFor(locale);
  const count = evaluations.length;
  const nodes: IndicatorNode[] = new Array(count);
  // ids some row names as its parent: only those rows are indexed (no map entry per row)
  let parents: Set<string> | undefined;
  let grouped = false;
  // one pass, each field of an evaluation read once
  for (let i = 0; i < count; i++) {
    const e = evaluations[i] as Evaluation;
    const indicator = e.indicator;
    const parent = indicator.parent;
    if (parent !== undefined && parent !== indicator.id) {
      parents ??= new Set();
      parents.add(parent);
    }
    if (indicator.group !== undefined) grouped = true;
    // The row id is the position in `evaluations`: unique by construction, and integer-like, so
    // TanStack's rows-by-id map stores it as a fast array index. React keys and expansion follow the same id.
    nodes[i] = new IndicatorNode(e, i, false, words);
  }
  const anyParent = parents !== undefined;
  // indicator id → row(s) of the indicators named as parents; a list only for several periods
  const rowsOf = new Map<string, number | number[]>();
  if (parents !== undefined) {
    for (let i = 0; i < count; i++) {
      const id = (nodes[i] as IndicatorNode).evaluation.indicator.id;
      if (!parents.has(id)) continue;
      const seen = rowsOf.get(id);
      if (seen === undefined) rowsOf.set(id, i);
      else if (typeof seen === 'number') rowsOf.set(id, [seen, i]);
      else seen.push(i);
    }
  }
  const periodOf = (i: number): string => String((nodes[i] as IndicatorNode).evaluation.observation.period);
  const parentIndex = (i: number): number | undefined => {
    const indicator = (nodes[i] as IndicatorNode).evaluation.indicator;
    const parent = indicator.parent;
    if (parent === undefined || parent === indicator.id) return undefined;
    const rows = rowsOf.get(parent);
    if (rows === undefined) return undefined;
    const period = periodOf(i);
    if (typeof rows === 'number') return periodOf(rows) === period ? rows : undefined;
    return rows.find((r) => periodOf(r) === period);
  };
  if (anyParent) {
    for (let i = 0; i < count; i++) if (parentIndex(i) !== undefined) (nodes[i] as IndicatorNode).ofWhich = true;
  }
  const top: IndicatorNode[] = [];
  if (anyParent) {
    const parentOf = (node: IndicatorNode): IndicatorNode | undefined => {
      if (!node.ofWhich) return undefined;
      const at = parentIndex(node.index);
      return at === undefined ? undefined : nodes[at];
    };
    // a chain of parents that loops (A in B, B in A) would nest forever: rows on a loop or whose
    // chain runs into one stay top-level. Each row is walked once (a chain of 10,000 "trong đó"
    // rows costs 10,000 steps, not 50 million): 1 on the chain being walked, 2 its chain ends,
    // 3 its chain loops.
    const state = new Uint8Array(count);
    const path: number[] = [];
    const loops = (node: IndicatorNode): boolean => {
      let at: IndicatorNode | undefined = node;
      while (at !== undefined && state[at.index] === 0) {
        state[at.index] = 1;
        path.push(at.index);
        at = parentOf(at);
      }
      const verdict = at === undefined || state[at.index] === 2 ? 2 : 3; // 1 or 3: a loop
      for (const i of path) state[i] = verdict;
      path.length = 0;
      return state[node.index] === 3;
    };
    // levels below the top of each row's (ending) chain, each row computed once
    const depth = new Int32Array(count).fill(-1);
    const depthOf = (node: IndicatorNode): number => {
      let at: IndicatorNode | undefined = node;
      while (at !== undefined && (depth[at.index] as number) < 0) {
        path.push(at.index);
        at = parentOf(at);
      }
      let d = at === undefined ? -1 : (depth[at.index] as number);
      for (let k = path.length - 1; k >= 0; k--) depth[path[k] as number] = ++d;
      path.length = 0;
      return depth[node.index] as number;
    };
    for (const node of nodes) {
      const parent = parentOf(node);
      if (parent !== undefined && parent !== node && !loops(node) && depthOf(node) <= MAX_NESTING) {
        if (parent.children === NO_CHILDREN) parent.children = [];
        parent.children.push(node);
      } else top.push(node);
    }
  } else top.push(...nodes);
  if (!grouped) return top;
  const groups = new Map<string, GroupNode & { count: number }>();
  const groupNames = new Map<unknown, string>();
  const assign = (node: IndicatorNode, groupId: string): void => {
    node.groupId = groupId;
    for (const child of node.children) assign(child as IndicatorNode, groupId);
  };
  for (const node of top) {
    const group = node.evaluation.indicator.group;
    let name = groupNames.get(group);
    if (name === undefined) {
      name = group === undefined ? ungrouped : localize(group, locale);
      groupNames.set(group, name);
    }
    let g = groups.get(name);
    if (g === undefined) {
      const id = `group:${name}`;
      g = { kind: 'group', id, name, count: 0, groupId: id, children: [] };
      groups.set(name, g);
    }
    g.children.push(node);
    g.count += 1;
    assign(node, g.id);
  }
  return [...groups.values()];
}
