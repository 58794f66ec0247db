import { type ScorecardColumnId, scorecardComparators } from '@chitieu/core/view';
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
import type { ScorecardNode, SortKeys } from './tree';

/** The table features the scorecard uses: sorting and expansion, nothing else (tree-shaken). */
export const features = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});

export type Features = typeof features;
export type ScorecardRow = Row<Features, ScorecardNode>;

/** Column ids, the numeric (right-aligned) ones, and the comparators: the view layer's. */
export { COLUMN_IDS, NUMERIC_COLUMNS, type ScorecardColumnId } from '@chitieu/core/view';

/**
 * Columns for one locale, for sorting and the header labels: the accessors give the row's
 * precomputed sort keys, so a sort of 10,000 rows compares numbers and never parses or formats.
 * The cells are drawn by the row component from its cached view.
 */
export function scorecardColumns(locale: string, m: Messages) {
  const helper = createColumnHelper<Features, ScorecardNode>();
  // exact decimal order, the locale's collation, status order; missing values last
  const compare = scorecardComparators(locale);
  const sortFn = (id: ScorecardColumnId) => (a: ScorecardRow, b: ScorecardRow) => compare[id](a.original, b.original);
  const common = { sortUndefined: 'last' as const };
  // the accessors hand TanStack the precomputed keys; the sort functions read them directly
  const key = (id: keyof SortKeys) => (node: ScorecardNode) => (node.kind === 'indicator' ? node.key(id) : undefined);
  return helper.columns([
    helper.accessor(key('name'), { id: 'name', header: m.indicator, sortFn: sortFn('name'), ...common }),
    helper.accessor(key('unit'), { id: 'unit', header: m.unit, sortFn: sortFn('unit'), ...common }),
    helper.accessor(key('target'), { id: 'target', header: m.target, sortFn: sortFn('target'), ...common }),
    helper.accessor(key('actual'), { id: 'actual', header: m.actual, sortFn: sortFn('actual'), ...common }),
    helper.accessor(key('completion'), {
      id: 'completion',
      header: m.completion,
      sortFn: sortFn('completion'),
      ...common,
    }),
    helper.accessor(key('change'), { id: 'change', header: m.change, sortFn: sortFn('change'), ...common }),
    helper.accessor(key('status'), { id: 'status', header: m.status, sortFn: sortFn('status'), ...common }),
  ]);
}
