import {
  compareDecimals,
  type Evaluation,
  formatCompletion,
  formatNumber,
  STATUSES,
  type Status,
  unitLabel,
} from '@chitieu/core';
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  type Row,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { DeltaBadge } from '../delta-badge/delta-badge';
import type { Messages } from '../internal/messages';
import { StatusBadge } from '../status-badge/status-badge';
import type { ScorecardNode } from './tree';

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

const evaluationOf = (node: ScorecardNode): Evaluation | undefined =>
  node.kind === 'indicator' ? node.evaluation : undefined;

/**
 * Exact order of decimal strings, missing values last. Converting to a float is monotonic (a < b
 * implies float(a) ≤ float(b)), so different floats already decide the order; only equal floats,
 * where digits beyond 2^53 may differ, go to the core's exact `compareDecimals`.
 */
function decimalSort(a: ScorecardRow, b: ScorecardRow, id: string): number {
  const x = a.getValue(id) as string | undefined;
  const y = b.getValue(id) as string | undefined;
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const fx = Number(x);
  const fy = Number(y);
  if (fx !== fy) return fx < fy ? -1 : 1;
  return compareDecimals(x, y);
}

const STATUS_ORDER = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

/** Columns for one locale: accessors give sort keys (raw decimals), cells format through the core. */
export function scorecardColumns(locale: string, m: Messages) {
  const helper = createColumnHelper<Features, ScorecardNode>();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const textSort = (a: ScorecardRow, b: ScorecardRow, id: string): number => {
    const x = a.getValue(id) as string | undefined;
    const y = b.getValue(id) as string | undefined;
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return collator.compare(x, y);
  };
  const numberCell = (value: string | null | undefined, e: Evaluation | undefined): ReactNode =>
    value === null || value === undefined || e === undefined
      ? '—'
      : formatNumber(value, { locale, decimals: e.indicator.decimals });
  return helper.columns([
    helper.accessor((node) => (node.kind === 'indicator' ? node.name : undefined), {
      id: 'name',
      header: m.indicator,
      sortFn: textSort,
      sortUndefined: 'last',
    }),
    helper.accessor(
      (node) => (node.kind === 'indicator' ? unitLabel({ locale, indicator: node.evaluation.indicator }) : undefined),
      {
        id: 'unit',
        header: m.unit,
        sortFn: textSort,
        sortUndefined: 'last',
        cell: (info) => info.getValue() ?? null,
      },
    ),
    helper.accessor(
      (node) => {
        const e = evaluationOf(node);
        return e?.target ?? e?.band?.min ?? undefined;
      },
      {
        id: 'target',
        header: m.target,
        sortFn: decimalSort,
        sortUndefined: 'last',
        cell: (info) => {
          const e = evaluationOf(info.row.original);
          if (e?.band) {
            const { decimals } = e.indicator;
            return `${formatNumber(e.band.min, { locale, decimals })} – ${formatNumber(e.band.max, { locale, decimals })}`;
          }
          return numberCell(e?.target, e);
        },
      },
    ),
    helper.accessor((node) => evaluationOf(node)?.actual ?? undefined, {
      id: 'actual',
      header: m.actual,
      sortFn: decimalSort,
      sortUndefined: 'last',
      cell: (info) => {
        const e = evaluationOf(info.row.original);
        return (
          <>
            {numberCell(e?.actual, e)}
            {e?.estimated ? (
              <abbr className="ct-card__estimated" title={m.estimatedLong}>
                {m.estimated}
              </abbr>
            ) : null}
          </>
        );
      },
    }),
    helper.accessor((node) => evaluationOf(node)?.completion ?? undefined, {
      id: 'completion',
      header: m.completion,
      sortFn: decimalSort,
      sortUndefined: 'last',
      cell: (info) => {
        const e = evaluationOf(info.row.original);
        return e === undefined ? null : formatCompletion(e, { locale });
      },
    }),
    helper.accessor(
      (node) => {
        const change = evaluationOf(node)?.change;
        return change?.points ?? change?.rate ?? undefined;
      },
      {
        id: 'change',
        header: m.change,
        sortFn: decimalSort,
        sortUndefined: 'last',
        cell: (info) => {
          const e = evaluationOf(info.row.original);
          return e === undefined ? null : <DeltaBadge evaluation={e} display="signed" locale={locale} />;
        },
      },
    ),
    helper.accessor(
      (node) => {
        const e = evaluationOf(node);
        return e === undefined ? undefined : STATUS_ORDER.get(e.status);
      },
      {
        id: 'status',
        header: m.status,
        sortUndefined: 'last',
        sortFn: (a, b, id) => {
          const x = a.getValue(id) as number | undefined;
          const y = b.getValue(id) as number | undefined;
          if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
          return x - y;
        },
        cell: (info) => {
          const e = evaluationOf(info.row.original);
          return e === undefined ? null : <StatusBadge status={e.status} locale={locale} />;
        },
      },
    ),
  ]);
}

/** Columns whose cells are numbers (right-aligned). */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['target', 'actual', 'completion', 'change']);
