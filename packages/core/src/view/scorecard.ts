import {
  compareDecimals,
  type Dataset,
  type Evaluation,
  formatChange,
  formatCompletion,
  formatNumber,
  formatPercent,
  localize,
  rankPhrase,
  type Summary,
} from '../index';
import { type DeltaContent, deltaContent } from './delta';
import { type DerivedFigure, derivedSpoken, derivedTarget } from './derived';
import { asPropsError, fromProp, PropsError } from './errors';
import { type Messages, messagesFor } from './messages';
import { type EvaluationsSource, resolveEvaluations } from './resolve';
import { buildTree, type DecimalKey, type IndicatorNode, type ScorecardNode, type SortKeys } from './scorecard-tree';
import { isRecord } from './validate';

export type { DecimalKey, GroupNode, ScorecardNode, SortKeys } from './scorecard-tree';
export { buildTree, IndicatorNode } from './scorecard-tree';

/** Column ids of the scorecard, in order. */
export type ScorecardColumnId = 'name' | 'unit' | 'target' | 'actual' | 'completion' | 'change' | 'status';

/** A column of the scorecard: id, header words, width (a CSS percentage of the table), alignment, sort kind. */
export interface ScorecardColumn {
  readonly id: ScorecardColumnId;
  readonly header: string;
  /** Share of the table's width: the one source of the widths every binding sets on `<col>`. */
  readonly width: string;
  /** Numbers are right-aligned with tabular figures. */
  readonly numeric: boolean;
  readonly sort: 'text' | 'decimal' | 'status';
}

/** The seven column widths, summing to 100%. */
export const COLUMN_WIDTHS: Readonly<Record<ScorecardColumnId, string>> = {
  name: '26%',
  unit: '10%',
  target: '11%',
  actual: '11%',
  completion: '10%',
  change: '13%',
  status: '19%',
};

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

const SORT_KIND: Readonly<Record<ScorecardColumnId, ScorecardColumn['sort']>> = {
  name: 'text',
  unit: 'text',
  target: 'decimal',
  actual: 'decimal',
  completion: 'decimal',
  change: 'decimal',
  status: 'status',
};

/** The column set of a locale: headers in its words, widths, alignment and sort kind. */
export function scorecardColumnSet(locale: string): readonly ScorecardColumn[] {
  const m = messagesFor(locale);
  const header: Record<ScorecardColumnId, string> = {
    name: m.indicator,
    unit: m.unit,
    target: m.target,
    actual: m.actual,
    completion: m.completion,
    change: m.change,
    status: m.status,
  };
  return COLUMN_IDS.map((id) => ({
    id,
    header: header[id],
    width: COLUMN_WIDTHS[id],
    numeric: NUMERIC_COLUMNS.has(id),
    sort: SORT_KIND[id],
  }));
}

/** Sort icons (16×16, stroked) by a header's state. */
export const SORT_ICONS: Readonly<Record<'asc' | 'desc' | 'none', string>> = {
  asc: 'M4 10l4-4 4 4',
  desc: 'M4 6l4 4 4-4',
  none: 'M5 6.5 8 3.5l3 3M5 9.5l3 3 3-3',
};

/** `aria-sort` of a header: `ascending`, `descending`, or none (the attribute absent). */
export function ariaSort(sorted: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
}

const keyOf = <K extends keyof SortKeys>(node: ScorecardNode, id: K): SortKeys[K] | undefined =>
  node.kind === 'indicator' ? node.key(id) : undefined;

/** Exact order of decimal keys, missing values last: the float first, the exact string on a tie. */
export function compareDecimalKeys(x: DecimalKey | undefined, y: DecimalKey | undefined): number {
  try {
    return compareKeys(x, y);
  } catch (error) {
    throw asPropsError('sorting', error);
  }
}

function compareKeys(x: DecimalKey | undefined, y: DecimalKey | undefined): number {
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  if (x.f !== y.f) return x.f < y.f ? -1 : 1;
  return x.d === y.d ? 0 : compareDecimals(x.d, y.d);
}

/**
 * Comparators of two rows by one column, in the locale's collation for text, exactly for
 * decimals, in status order (exceeded … no-data); missing values sort last. Framework-free:
 * a binding hands them to its table library (TanStack's `sortFn`) or sorts with them.
 */
export function scorecardComparators(
  locale: string,
): Readonly<Record<ScorecardColumnId, (a: ScorecardNode, b: ScorecardNode) => number>> {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  } catch {
    collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  }
  const text = (id: 'name' | 'unit') => (a: ScorecardNode, b: ScorecardNode) => {
    const x = keyOf(a, id);
    const y = keyOf(b, id);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return collator.compare(x, y);
  };
  const decimal = (id: 'target' | 'actual' | 'completion' | 'change') => (a: ScorecardNode, b: ScorecardNode) =>
    compareDecimalKeys(keyOf(a, id), keyOf(b, id));
  return {
    name: text('name'),
    unit: text('unit'),
    target: decimal('target'),
    actual: decimal('actual'),
    completion: decimal('completion'),
    change: decimal('change'),
    status: (a, b) => {
      const x = keyOf(a, 'status');
      const y = keyOf(b, 'status');
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
      return x - y;
    },
  };
}

/** A sort of the scorecard: column ids with direction (TanStack's `SortingState` shape). */
export type ScorecardSorting = readonly { readonly id: ScorecardColumnId; readonly desc: boolean }[];

/** Only `{ id, desc }` entries of known columns, each once: `"abc"` sorts nothing instead of crashing. */
export function sanitizeSorting(value: unknown): { id: ScorecardColumnId; desc: boolean }[] {
  try {
    return sanitizeSortingUnguarded(value);
  } catch {
    return []; // a sorting whose entries cannot be read is no sorting
  }
}

function sanitizeSortingUnguarded(value: unknown): { id: ScorecardColumnId; desc: boolean }[] {
  if (!Array.isArray(value)) return [];
  const out: { id: ScorecardColumnId; desc: boolean }[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue;
    if (!(COLUMN_IDS as readonly string[]).includes(entry.id) || out.some((s) => s.id === entry.id)) continue;
    out.push({ id: entry.id as ScorecardColumnId, desc: entry.desc === true });
  }
  return out;
}

/**
 * The next sort after activating a column's header (click, Enter, Space): unsorted → ascending →
 * descending → unsorted; one column at a time.
 */
export function nextSorting(current: ScorecardSorting, id: ScorecardColumnId): ScorecardSorting {
  try {
    return nextSortingUnguarded(current, id);
  } catch (error) {
    throw asPropsError('sorting', error);
  }
}

function nextSortingUnguarded(current: ScorecardSorting, id: ScorecardColumnId): ScorecardSorting {
  // a column that does not exist sorts nothing: the current sorting, cleaned
  if (!(COLUMN_IDS as readonly unknown[]).includes(id)) return sanitizeSorting(current);
  const now = current[0]?.id === id ? current[0] : undefined;
  if (now === undefined) return [{ id, desc: false }];
  if (!now.desc) return [{ id, desc: true }];
  return [];
}

/** Everything a scorecard row prints, formatted once. */
export interface RowView {
  readonly target: string | null;
  /** Set when the target is a figure the report never stated. */
  readonly derived: DerivedFigure | null;
  /** Accessible text of a derived target. */
  readonly targetSpoken: string | null;
  readonly actual: string | null;
  readonly completion: string | null;
  readonly change: DeltaContent | null;
  /**
   * A change the report states in words when there is no computed change (no actual or no
   * earlier value): the core's `formatChange` phrase of `observation.stated.change`, in the
   * report's words (`tăng 51 lần so với năm 2019`, `bằng 100% so với cùng kỳ`); else null.
   */
  readonly statedChange: string | null;
  /** The rank the report states (`đứng thứ 3 toàn quốc` / `ranked 3rd nationwide`), or null. */
  readonly rank: string | null;
}

export type RowViewResult =
  | { readonly ok: true; readonly view: RowView }
  | { readonly ok: false; readonly error: PropsError };

/**
 * Row views cached by evaluation identity and locale: a row formats its numbers once, not on
 * every render, scroll or sort. A WeakMap, so evaluations the app drops are collected.
 */
const cache = new WeakMap<Evaluation, Map<string, RowViewResult>>();

function computeRow(e: Evaluation, index: number, locale: string, m: Messages): RowView {
  const decimals = e.indicator.decimals;
  // each figure names its own place when the core refuses it: `evaluations[3].actual`
  const at = <T>(field: string, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new PropsError('evaluations', asPropsError('evaluations', error).problem, `[${index}].${field}`, {
        cause: error,
      });
    }
  };
  const number = (field: string, value: string | null): string | null =>
    value === null ? null : at(field, () => formatNumber(value, { locale, decimals }));
  const band = e.band;
  const target =
    band !== null && band !== undefined
      ? `${number('band.min', band.min)} – ${number('band.max', band.max)}`
      : number('target', e.target);
  const derived = at('implied.target', () => derivedTarget(e, locale, m));
  return {
    target,
    derived,
    targetSpoken: target !== null && derived !== null ? derivedSpoken(target, derived) : null,
    actual: number('actual', e.actual),
    completion: at('completion', () => formatCompletion(e, { locale, missing: '' })) || null,
    change:
      e.change === null || e.change === undefined
        ? null
        : at('change', () =>
            deltaContent(e.change as NonNullable<Evaluation['change']>, e.indicator, locale, 'signed', undefined),
          ),
    statedChange: statedChangeText(e, locale, at),
    rank: at('stated.rank', () => rankPhrase(e, { locale })),
  };
}

/** The stated change's phrase when the evaluation has no computed change; else null. */
function statedChangeText(e: Evaluation, locale: string, at: <T>(field: string, fn: () => T) => T): string | null {
  if (e.change !== null && e.change !== undefined) return null;
  const stated = e.observation?.stated?.change;
  if (stated === undefined || stated === null) return null;
  return at('stated.change', () => formatChange(stated, e.indicator, { locale }));
}

/** The row's view, or the problem of its evaluation (named as `evaluations[i].field`). Never throws. */
export function rowView(e: Evaluation, index: number, locale: string): RowViewResult {
  try {
    return rowViewUnguarded(e, index, locale);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function rowViewUnguarded(e: Evaluation, index: number, locale: string): RowViewResult {
  let byLocale = cache.get(e);
  if (byLocale === undefined) {
    byLocale = new Map();
    cache.set(e, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached !== undefined) return cached;
  let result: RowViewResult;
  try {
    result = { ok: true, view: computeRow(e, index, locale, messagesFor(locale)) };
  } catch (error) {
    result = { ok: false, error: asPropsError('evaluations', error) };
  }
  byLocale.set(locale, result);
  return result;
}

/**
 * `8/10 chỉ tiêu đạt và vượt kế hoạch`; when the report states no plan for some indicators, those
 * are counted apart, so "no plan stated" never reads as a miss.
 */
export function summaryCount(summary: Summary, locale: string): string {
  try {
    return summaryCountUnguarded(summary, locale);
  } catch (error) {
    throw asPropsError('summary', error);
  }
}

function summaryCountUnguarded(summary: Summary, locale: string): string {
  const m = messagesFor(locale);
  const n = (value: number): string => formatNumber(String(value), { locale });
  const noTarget = summary.counts['no-target'] ?? 0;
  if (typeof noTarget !== 'number' || !Number.isSafeInteger(noTarget) || noTarget <= 0 || noTarget > summary.total) {
    return m.metOrExceeded(n(summary.metOrExceeded), n(summary.total));
  }
  return `${m.metOrExceededPlanned(n(summary.metOrExceeded), n(summary.total - noTarget))}; ${m.noPlanStated(n(noTarget))}`;
}

/** Expansion at first render: group ids (default), everything, or nothing. */
export function initialExpanded(
  tree: readonly ScorecardNode[],
  mode: 'groups' | 'all' | 'none',
): true | Record<string, boolean> {
  try {
    return initialExpandedUnguarded(tree, mode);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function initialExpandedUnguarded(
  tree: readonly ScorecardNode[],
  mode: 'groups' | 'all' | 'none',
): true | Record<string, boolean> {
  if (mode === 'all') return true;
  if (mode === 'none') return {};
  const state: Record<string, boolean> = {};
  for (const node of tree) if (node.kind === 'group') state[node.id] = true;
  return state;
}

/** What a scorecard shows around its rows. */
export interface ScorecardView {
  readonly tree: ScorecardNode[];
  readonly evaluations: readonly Evaluation[];
  readonly summary: Summary;
  /** The dataset's title when a dataset is given (and no caption); else undefined. */
  readonly caption: string | undefined;
  readonly columns: readonly ScorecardColumn[];
  /** Footer: `Tổng hợp` and the count line, and the composite score (`Điểm tổng hợp: 92,3%`). */
  readonly footer: {
    readonly label: string;
    readonly count: string;
    readonly scoreLabel: string;
    readonly score: string | null;
  };
  /** Words the binding needs for rows: expander labels, `trong đó`, estimate marker. */
  readonly words: Messages;
}

/** The scorecard of a dataset or evaluations; throws a `PropsError` naming the input. */
export function scorecardView(
  source: EvaluationsSource & { readonly caption?: string | null | undefined },
  locale: string,
): ScorecardView {
  try {
    return scorecardViewUnguarded(source, locale);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function scorecardViewUnguarded(
  source: EvaluationsSource & { readonly caption?: string | null | undefined },
  locale: string,
): ScorecardView {
  const m = messagesFor(locale);
  const { evaluations, summary } = resolveEvaluations(source);
  const dataset: Dataset | null | undefined =
    source.evaluations === undefined || source.evaluations === null ? source.dataset : undefined;
  let caption: string | undefined;
  if (source.caption !== undefined && source.caption !== null) {
    if (typeof source.caption !== 'string') throw new PropsError('caption', 'text');
    caption = source.caption;
  } else if (dataset !== undefined && dataset !== null) {
    caption = fromProp('dataset', () => localize(dataset.title, locale));
  }
  return {
    tree: fromProp(source.evaluations === undefined ? 'dataset' : 'evaluations', () =>
      buildTree(evaluations, locale, m.ungrouped),
    ),
    evaluations,
    summary,
    caption,
    columns: scorecardColumnSet(locale),
    footer: {
      label: m.summary,
      count: fromProp('summary', () => summaryCount(summary, locale)),
      scoreLabel: m.score,
      // same precision as the core's narrateSummary, so the table and the paragraph agree
      score:
        summary.score === null ? null : fromProp('summary', () => formatPercent(summary.score as string, { locale })),
    },
    words: m,
  };
}

/** The row's indent (rem) in the name cell: depth, one less for a top-level row under a group. */
export function rowIndent(node: IndicatorNode, depth: number): string {
  try {
    return rowIndentUnguarded(node, depth);
  } catch (error) {
    throw asPropsError('evaluations', error);
  }
}

function rowIndentUnguarded(node: IndicatorNode, depth: number): string {
  if (!Number.isSafeInteger(depth) || depth < 0) throw new PropsError('evaluations', 'node', 'depth');
  return `${Math.max(0, depth - (node.ofWhich ? 0 : 1)) * 1.25}rem`; // float-ok: a CSS length
}
