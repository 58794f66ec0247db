'use client';
import { type Dataset, formatNumber, formatPercent, localize, type Summary } from '@chitieu/core';
import { type ExpandedState, type SortingState, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ForwardRefExoticComponent,
  forwardRef,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cx } from '../internal/class-names';
import { errorRef, InlineError } from '../internal/inline-error';
import { type Messages, messagesFor } from '../internal/messages';
import { type EvaluationsSourceProps, resolveEvaluations } from '../internal/resolve-evaluations';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { features, NUMERIC_COLUMNS, type ScorecardRow, scorecardColumns } from './columns';
import { buildTree, type ScorecardNode } from './tree';

/** Props of {@link Scorecard}. */
export interface ScorecardProps extends EvaluationsSourceProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Table caption; default: the dataset's title when a `dataset` is given. */
  readonly caption?: ReactNode;
  /** Height of the scrolling body in pixels; default: the provider's, else 480. */
  readonly height?: number | undefined;
  /** Estimated row height in pixels for virtualisation; default 36. */
  readonly rowHeight?: number | undefined;
  /** `true`, `false`, or the row count above which rows are virtualised (default 200). */
  readonly virtualize?: boolean | number | undefined;
  /** Rows expanded at first: groups (default), all, or none. */
  readonly defaultExpanded?: 'groups' | 'all' | 'none' | undefined;
  /** Initial sort, e.g. `[{ id: 'completion', desc: true }]`; column ids: name, unit, target, actual, completion, change, status. */
  readonly defaultSorting?: SortingState | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

const SORT_ICON: Record<'asc' | 'desc' | 'none', string> = {
  asc: 'M4 10l4-4 4 4',
  desc: 'M4 6l4 4 4-4',
  none: 'M5 6.5 8 3.5l3 3M5 9.5l3 3 3-3',
};

function Chevron(): ReactElement {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M6 3.5 10.5 8 6 12.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function initialExpanded(tree: readonly ScorecardNode[], mode: 'groups' | 'all' | 'none'): ExpandedState {
  if (mode === 'all') return true;
  if (mode === 'none') return {};
  const state: Record<string, boolean> = {};
  for (const node of tree) if (node.kind === 'group') state[node.id] = true;
  return state;
}

interface Prepared {
  readonly tree: ScorecardNode[];
  readonly summary: Summary;
  readonly caption: ReactNode;
}

function prepare(
  props: EvaluationsSourceProps & { readonly caption?: ReactNode },
  locale: string,
  m: Messages,
  fallback: Parameters<typeof resolveEvaluations>[1],
): Prepared {
  const { evaluations, summary } = resolveEvaluations(props, fallback, m);
  const dataset: Dataset | undefined = props.evaluations === undefined ? props.dataset : undefined;
  return {
    tree: buildTree(evaluations, locale, m.ungrouped),
    summary,
    caption: props.caption ?? (dataset === undefined ? undefined : localize(dataset.title, locale)),
  };
}

/**
 * A scorecard table of indicators — name, unit, target, actual, % of plan, change against the
 * same period, status — with groups (sectors), "trong đó" rows that expand, columns sortable by
 * mouse and keyboard (`aria-sort` on the sorted header), and a summary row ("8/10 chỉ tiêu đạt
 * và vượt kế hoạch") with the composite score. Sorting and expansion come from TanStack Table;
 * rows beyond a threshold are virtualised with TanStack Virtual, so 10,000 rows stay smooth.
 *
 * @example
 * <Scorecard dataset={dataset} />
 * <Scorecard evaluations={evaluateDataset(dataset)} caption="Kết quả năm 2020" height={600} />
 */
export const Scorecard: ForwardRefExoticComponent<ScorecardProps & RefAttributes<HTMLDivElement>> = forwardRef<
  HTMLDivElement,
  ScorecardProps
>(function Scorecard(props, ref) {
  const {
    evaluations,
    dataset,
    summary: summaryProp,
    evaluateOptions,
    summarizeOptions,
    height: heightProp,
    rowHeight: rowHeightProp,
    virtualize: virtualizeProp,
    defaultExpanded: defaultExpandedProp,
    defaultSorting,
    caption,
    locale: localeProp,
    className,
    style,
    ...rest
  } = props;
  const settings = useChitieuSettings({ locale: localeProp });
  const { locale, theme } = settings;
  const options = settings.scorecard;
  const m = messagesFor(locale);
  const height = heightProp ?? options.height ?? 480;
  const rowHeight = rowHeightProp ?? options.rowHeight ?? 36;
  const virtualizeOption = virtualizeProp ?? options.virtualize ?? 200;
  const expandMode = defaultExpandedProp ?? options.defaultExpanded ?? 'groups';

  const prepared = useMemo((): { ok: true; value: Prepared } | { ok: false; error: unknown } => {
    try {
      const source = { evaluations, dataset, summary: summaryProp, evaluateOptions, summarizeOptions, caption };
      const fallback = { evaluateOptions: settings.evaluateOptions, summarizeOptions: options.summarizeOptions };
      return { ok: true, value: prepare(source, locale, m, fallback) };
    } catch (error) {
      return { ok: false, error };
    }
  }, [
    evaluations,
    dataset,
    summaryProp,
    evaluateOptions,
    summarizeOptions,
    caption,
    locale,
    m,
    settings.evaluateOptions,
    options.summarizeOptions,
  ]);

  const data = prepared.ok ? prepared.value.tree : EMPTY;
  const columns = useMemo(() => scorecardColumns(locale, m), [locale, m]);
  const [sorting, setSorting] = useState<SortingState>(defaultSorting ?? []);
  const [expanded, setExpanded] = useState<ExpandedState>(() => initialExpanded(data, expandMode));
  const table = useTable({
    features,
    columns,
    data,
    getSubRows: (node) => (node.children.length > 0 ? node.children : undefined),
    getRowId: (node) => node.id,
    state: { sorting, expanded },
    onSortingChange: setSorting,
    onExpandedChange: setExpanded,
    enableSortingRemoval: true,
    sortDescFirst: false,
    autoResetExpanded: false,
  });
  const rows = table.getRowModel().rows;
  const groupOfRow = useMemo(() => groupIds(rows), [rows]);
  const virtualized = typeof virtualizeOption === 'boolean' ? virtualizeOption : rows.length > virtualizeOption;
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: virtualized ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 0, height },
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const captionId = useId();

  if (!prepared.ok) {
    return (
      <InlineError
        error={prepared.error}
        locale={locale}
        className={className}
        theme={theme}
        component="scorecard"
        innerRef={errorRef(ref)}
      />
    );
  }
  const { summary, caption: shownCaption } = prepared.value;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const columnCount = headers.length;

  // Which rows to draw: all of them, or the virtualiser's window with spacer rows around it.
  const drawn: { row: ScorecardRow; rowIndex?: number }[] = [];
  let padTop = 0;
  let padBottom = 0;
  if (virtualized) {
    const items = virtualizer.getVirtualItems();
    const first = items[0];
    const last = items[items.length - 1];
    padTop = first === undefined ? 0 : first.start;
    padBottom = last === undefined ? 0 : virtualizer.getTotalSize() - last.end;
    for (const item of items) {
      const row = rows[item.index];
      if (row !== undefined) drawn.push({ row, rowIndex: item.index + 2 });
    }
  } else {
    for (const row of rows) drawn.push({ row });
  }
  // One <tbody> per group (sector), so the group's `<th scope="rowgroup">` heads its own rows
  // only. Keyed by the group, so a row keeps its DOM node (and focus) while the window moves.
  const sections: { key: string; rows: ReactElement[] }[] = [];
  for (const { row, rowIndex } of drawn) {
    const key = groupOfRow.get(row.id) ?? 'rows';
    let section = sections[sections.length - 1];
    if (section === undefined || section.key !== key) {
      section = { key, rows: [] };
      sections.push(section);
    }
    section.rows.push(<BodyRow key={row.id} row={row} table={table} m={m} columns={columnCount} rowIndex={rowIndex} />);
  }
  const body: ReactNode =
    sections.length === 0 ? (
      <tbody />
    ) : (
      sections.map((section, i) => (
        <tbody key={section.key}>
          {i === 0 && padTop > 0 ? <PadRow height={padTop} columns={columnCount} /> : null}
          {section.rows}
          {i === sections.length - 1 && padBottom > 0 ? <PadRow height={padBottom} columns={columnCount} /> : null}
        </tbody>
      ))
    );

  // Same precision as the core's narrateSummary, so the table and the paragraph agree.
  const score = summary.score === null ? null : formatPercent(summary.score, { locale });
  return (
    <div
      {...rest}
      ref={ref}
      className={cx('ct-root ct-scorecard', className)}
      data-ct-theme={theme}
      style={{ ...style, '--ct-scorecard-height': `${height}px` } as CSSProperties}
    >
      <section
        className="ct-scorecard__scroll"
        ref={scrollRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-labelledby={shownCaption === undefined ? undefined : captionId}
        aria-label={shownCaption === undefined ? m.indicator : undefined}
      >
        <table className="ct-scorecard__table" aria-rowcount={virtualized ? rows.length + 2 : undefined}>
          {shownCaption === undefined ? null : (
            <caption id={captionId} className="ct-scorecard__caption">
              {shownCaption}
            </caption>
          )}
          <colgroup>
            <col style={{ width: '26%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '19%' }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={virtualized ? 1 : undefined}>
              {headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = String(header.column.columnDef.header ?? header.id);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={NUMERIC_COLUMNS.has(header.id) ? 'ct-scorecard__num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button
                      type="button"
                      className="ct-scorecard__sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {label}
                      <svg
                        className="ct-scorecard__sort-icon"
                        viewBox="0 0 16 16"
                        aria-hidden="true"
                        focusable="false"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="2"
                      >
                        <path
                          d={SORT_ICON[sorted === false ? 'none' : sorted]}
                          strokeLinecap="round"
                          strokeLinejoin="round"
                        />
                      </svg>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {body}
          <tfoot>
            <tr aria-rowindex={virtualized ? rows.length + 2 : undefined}>
              <th scope="row">{m.summary}</th>
              <td colSpan={Math.max(1, columnCount - 1)}>
                <span className="ct-scorecard__summary-count">
                  {m.metOrExceeded(
                    formatNumber(String(summary.metOrExceeded), { locale }),
                    formatNumber(String(summary.total), { locale }),
                  )}
                </span>
                {score === null ? null : (
                  <span className="ct-scorecard__summary-score">
                    {m.score}: {score}
                  </span>
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
    </div>
  );
});

const EMPTY: ScorecardNode[] = [];

/** The group (sector) row id each row sits under, for rows in display order; empty without groups. */
function groupIds(rows: readonly ScorecardRow[]): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const row of rows) {
    if (row.depth === 0) current = row.original.kind === 'group' ? row.id : undefined;
    if (current !== undefined) out.set(row.id, current);
  }
  return out;
}

function PadRow({ height, columns }: { readonly height: number; readonly columns: number }): ReactElement {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
    <tr className="ct-scorecard__pad" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

type ScorecardTable = ReturnType<typeof useTable<typeof features, ScorecardNode>>;

function BodyRow(props: {
  readonly row: ScorecardRow;
  readonly table: ScorecardTable;
  readonly m: Messages;
  readonly columns: number;
  readonly rowIndex?: number | undefined;
}): ReactElement {
  const { row, table, m, columns } = props;
  const node = row.original;
  const expandable = row.getCanExpand();
  const expandedNow = row.getIsExpanded();
  // Rows are placed by the estimated height (padding rows above and below the window), never
  // measured: a taller wrapped row only lengthens the page, and jsdom/SSR stay deterministic.
  const common = { 'aria-rowindex': props.rowIndex, 'data-depth': row.depth };
  if (node.kind === 'group') {
    return (
      <tr {...common} className="ct-scorecard__row--group">
        <th scope="rowgroup" colSpan={columns}>
          <span className="ct-scorecard__row-name">
            <button
              type="button"
              className="ct-scorecard__expander"
              aria-expanded={expandedNow}
              aria-label={m.expandGroup(node.name)}
              onClick={row.getToggleExpandedHandler()}
            >
              <Chevron />
            </button>
            {node.name}
          </span>
        </th>
      </tr>
    );
  }
  const cells = row.getAllCells();
  const indent = { paddingInlineStart: `${0.625 + Math.max(0, row.depth - (node.ofWhich ? 0 : 1)) * 1.25}rem` };
  return (
    <tr
      {...common}
      className={node.ofWhich ? 'ct-scorecard__row--child' : 'ct-scorecard__row'}
      data-status={node.evaluation.status}
    >
      {cells.map((cell) => {
        if (cell.column.id === 'name') {
          return (
            <th key={cell.id} scope="row" style={indent}>
              <span className="ct-scorecard__row-name">
                {expandable ? (
                  <button
                    type="button"
                    className="ct-scorecard__expander"
                    aria-expanded={expandedNow}
                    aria-label={m.expandRows(node.name)}
                    onClick={row.getToggleExpandedHandler()}
                  >
                    <Chevron />
                  </button>
                ) : (
                  <span className="ct-scorecard__spacer" />
                )}
                <span>
                  {node.ofWhich ? <span className="ct-scorecard__of-which">{m.ofWhich}: </span> : null}
                  {node.name}
                </span>
              </span>
            </th>
          );
        }
        return (
          <td key={cell.id} className={NUMERIC_COLUMNS.has(cell.column.id) ? 'ct-scorecard__num' : undefined}>
            <table.FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}
