import { compareDecimals } from '@chitieu/core';
import type { Messages } from '../internal/messages';
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  type Row,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from './table';
import type { DecimalKey, ScorecardNode, SortKeys } from './tree';

/** The table features the scorecard uses: sorting and expansion, nothing else (tree-shaken). */
export const features = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});

export type Features = typeof features;
export type ScorecardRow = Row<Features, ScorecardNode>;

/** Column ids of the scorecard, in order. */
export type ScorecardColumnId = 'name' | 'unit' | 'target' | 'actual' | 'completion' | 'change' | 'status';

export const COLUMN_IDS: readonly ScorecardColumnId[] = [
  'name',
  'unit',
  'target',
  'actual',
  'completion',
  'change',
  'status',
];

/** Columns whose cells are numbers (right-aligned). */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['target', 'actual', 'completion', 'change']);

const keyOf = <K extends keyof SortKeys>(row: ScorecardRow, id: K): SortKeys[K] | undefined =>
  row.original.kind === 'indicator' ? row.original.key(id) : undefined;

/** Exact order of decimal keys, missing values last: the float first, the exact string on a tie. */
function decimalSort(a: ScorecardRow, b: ScorecardRow, id: string): number {
  const x = keyOf(a, id as 'target') as DecimalKey | undefined;
  const y = keyOf(b, id as 'target') as DecimalKey | undefined;
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  if (x.f !== y.f) return x.f < y.f ? -1 : 1;
  return x.d === y.d ? 0 : compareDecimals(x.d, y.d);
}

function statusSort(a: ScorecardRow, b: ScorecardRow): number {
  const x = keyOf(a, 'status');
  const y = keyOf(b, 'status');
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  return x - y;
}

/**
 * Columns for one locale, for sorting and the header labels: the accessors give the row's
 * precomputed sort keys, so a sort of 10,000 rows compares numbers and never parses or formats.
 * The cells are drawn by the row component from its cached view.
 */
export function scorecardColumns(locale: string, m: Messages) {
  const helper = createColumnHelper<Features, ScorecardNode>();
  // `locale` was checked by the guarded path; a collator that still refuses it falls back
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  } catch {
    collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  }
  const textSort = (a: ScorecardRow, b: ScorecardRow, id: string): number => {
    const x = keyOf(a, id as 'name') as string | undefined;
    const y = keyOf(b, id as 'name') as string | undefined;
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return collator.compare(x, y);
  };
  const common = { sortUndefined: 'last' as const };
  // the accessors hand TanStack the precomputed keys; the sort functions read them directly
  const key = (id: keyof SortKeys) => (node: ScorecardNode) => (node.kind === 'indicator' ? node.key(id) : undefined);
  return helper.columns([
    helper.accessor(key('name'), { id: 'name', header: m.indicator, sortFn: textSort, ...common }),
    helper.accessor(key('unit'), { id: 'unit', header: m.unit, sortFn: textSort, ...common }),
    helper.accessor(key('target'), { id: 'target', header: m.target, sortFn: decimalSort, ...common }),
    helper.accessor(key('actual'), { id: 'actual', header: m.actual, sortFn: decimalSort, ...common }),
    helper.accessor(key('completion'), { id: 'completion', header: m.completion, sortFn: decimalSort, ...common }),
    helper.accessor(key('change'), { id: 'change', header: m.change, sortFn: decimalSort, ...common }),
    helper.accessor(key('status'), { id: 'status', header: m.status, sortFn: statusSort, ...common }),
  ]);
}
