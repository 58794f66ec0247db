'use client';
import { type Dataset, formatNumber, formatPercent, localize, type Summary } from '@chitieu/core';
import { initialExpanded, SORT_ICONS, sanitizeSorting as sanitizeFromView, summaryCount } from '@chitieu/core/view';
import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ForwardRefExoticComponent,
  forwardRef,
  memo,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { DeltaInner, DeltaNone } from '../delta-badge/delta-badge';
import { cx } from '../internal/class-names';
import { DerivedValue } from '../internal/derived';
import { checkLocale, fromProp, guarded, InlineError } from '../internal/inline-error';
import { type Messages, messagesFor } from '../internal/messages';
import { type EvaluationsSourceProps, resolveEvaluations } from '../internal/resolve-evaluations';
import { PhraseText } from '../internal/runs';
import { checkNode, isRecord, layoutNumber } from '../internal/validate';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { StatusBadge } from '../status-badge/status-badge';
import { COLUMN_IDS, features, NUMERIC_COLUMNS, type ScorecardColumnId, scorecardColumns } from './columns';
import { type RowView, rowView } from './row-view';
import { useRowWindow } from './row-window';
import { flattenTree, isExpandedId, type RowList, rowListOf, toggleExpanded } from './rows';
import { type ExpandedState, type SortingState, useTable } from './table';
import { buildTree, type ScorecardNode } from './tree';

/** Props of {@link Scorecard}. */
export interface ScorecardProps extends EvaluationsSourceProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Table caption; default: the dataset's title when a `dataset` is given. */
  readonly caption?: ReactNode;
  /**
   * Maximum height of the scrolling body in pixels (clamped to 120–20,000). Default: the
   * provider's; else a virtualised table scrolls inside 480 px and a table that is not
   * virtualised grows with its rows (no inner scroll). NaN, 0 or a negative height renders an
   * inline message naming the prop.
   */
  readonly height?: number | undefined;
  /** Estimated row height in pixels for virtualisation; default 36 (clamped to 16–400). */
  readonly rowHeight?: number | undefined;
  /** `true`, `false`, or the row count above which rows are virtualised (default 200). */
  readonly virtualize?: boolean | number | undefined;
  /** Rows expanded at first: groups (default), all, or none. */
  readonly defaultExpanded?: 'groups' | 'all' | 'none' | undefined;
  /**
   * Initial sort, e.g. `[{ id: 'completion', desc: true }]`; column ids: name, unit, target,
   * actual, completion, change, status. Entries that are not such objects are ignored.
   */
  readonly defaultSorting?: SortingState | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

function Chevron(): ReactElement {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M6 3.5 10.5 8 6 12.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Only `{ id, desc }` entries of known columns (the view layer's check): `defaultSorting="abc"` starts unsorted. */
const sanitizeSorting = (value: unknown): SortingState => sanitizeFromView(value) as SortingState;

const expandModeOf = (value: unknown): 'groups' | 'all' | 'none' =>
  value === 'all' || value === 'none' ? value : 'groups';

function virtualizeOf(value: unknown): boolean | number {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && !Number.isNaN(value)) return Math.max(0, value);
  return 200;
}

interface Prepared {
  readonly tree: ScorecardNode[];
  readonly summary: Summary;
  readonly caption: ReactNode;
  readonly count: string;
  readonly score: string | null;
}

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Runs a check during render, keeping its error for the guarded path (hooks must still run). */
function attempt<T>(fn: () => T): Checked<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

function prepare(
  props: EvaluationsSourceProps & { readonly caption?: unknown },
  locale: string,
  m: Messages,
  fallback: Parameters<typeof resolveEvaluations>[1],
): Prepared {
  const { evaluations, summary } = resolveEvaluations(props, fallback);
  const dataset: Dataset | undefined =
    props.evaluations === undefined || props.evaluations === null ? props.dataset : undefined;
  const caption =
    props.caption === undefined || props.caption === null
      ? dataset === undefined
        ? undefined
        : fromProp('dataset', () => localize(dataset.title, locale))
      : checkNode(props.caption, 'caption');
  return {
    tree: fromProp(props.evaluations === undefined ? 'dataset' : 'evaluations', () =>
      buildTree(evaluations, locale, m.ungrouped),
    ),
    summary,
    caption,
    count: fromProp('summary', () => summaryCount(summary, locale)),
    // same precision as the core's narrateSummary, so the table and the paragraph agree
    score:
      summary.score === null ? null : fromProp('summary', () => formatPercent(summary.score as string, { locale })),
  };
}

const EMPTY: ScorecardNode[] = [];

/**
 * A scorecard table of indicators — name, unit, target, actual, % of plan, change against the
 * same period, status — with groups (sectors), "trong đó" rows that expand, columns sortable by
 * mouse and keyboard (`aria-sort` on the sorted header), and a summary row ("8/10 chỉ tiêu đạt
 * và vượt kế hoạch") with the composite score. Sorting and expansion come from TanStack Table
 * (its row objects are built only once a column is sorted); rows beyond a threshold are
 * virtualised in a window computed from the row height, so 10,000 rows mount and scroll smoothly:
 * rows are memoised on their data, each formats its numbers once (cached per evaluation and
 * locale), and sorting compares precomputed keys. A plan the report never stated shows as
 * derived (`≈`, its interval in the tooltip and the accessible name). In a container of 480 px
 * or less, rows stack as labelled cards.
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
  const { theme } = settings;
  const options = settings.scorecard;
  const wanted = settings.locale;
  // a refused locale renders the inline message below; meanwhile the hooks run on the default
  const locale = useMemo(() => {
    try {
      return checkLocale(wanted);
    } catch {
      return 'vi-VN';
    }
  }, [wanted]);
  const m = messagesFor(locale);
  const virtualizeOption = virtualizeOf(virtualizeProp ?? options.virtualize);
  const expandMode = expandModeOf(defaultExpandedProp ?? options.defaultExpanded);
  const rowHeightOption = rowHeightProp ?? options.rowHeight;
  const rowHeightResult = useMemo(
    () => attempt(() => layoutNumber(rowHeightOption, 'rowHeight', 36, 16, 400)),
    [rowHeightOption],
  );
  const rowHeight = rowHeightResult.ok ? rowHeightResult.value : 36;

  const prepared = useMemo(() => {
    const source = { evaluations, dataset, summary: summaryProp, evaluateOptions, summarizeOptions, caption };
    const fallback = { evaluateOptions: settings.evaluateOptions, summarizeOptions: options.summarizeOptions };
    return attempt(() => prepare(source, locale, m, fallback));
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
  const [sorting, setSorting] = useState<SortingState>(() => sanitizeSorting(defaultSorting));
  const [expanded, setExpanded] = useState<ExpandedState>(() => initialExpanded(data, expandMode) as ExpandedState);
  const getSubRows = useCallback((node: ScorecardNode) => (node.children.length > 0 ? node.children : undefined), []);
  const getRowId = useCallback((node: ScorecardNode) => node.id, []);
  const table = useTable({
    features,
    columns,
    data,
    getSubRows,
    getRowId,
    state: { sorting, expanded },
    onSortingChange: setSorting,
    onExpandedChange: setExpanded,
    enableSortingRemoval: true,
    sortDescFirst: false,
    autoResetExpanded: false,
  });
  // The rows shown: unsorted, straight from the tree and the expansion state (no row object per
  // row, so mounting 10,000 rows builds two arrays); sorted, from TanStack's row model.
  const unsorted = sorting.length === 0;
  const flat = useMemo(() => (unsorted ? flattenTree(data, expanded) : null), [unsorted, data, expanded]);
  const rows: RowList = flat ?? rowListOf(table.getRowModel().rows);
  const virtualized = typeof virtualizeOption === 'boolean' ? virtualizeOption : rows.length > virtualizeOption;
  const heightOption = heightProp ?? options.height;
  const heightResult = useMemo(
    () => attempt(() => layoutNumber(heightOption, 'height', 480, 120, 20_000)),
    [heightOption],
  );
  const height = heightResult.ok ? heightResult.value : 480;
  // an inner scroll only where it is needed: a virtualised body, or a height the app asked for
  const scrolls = virtualized || heightOption !== undefined;
  const scrollRef = useRef<HTMLElement>(null);

  // The virtualised window: rows placed by their fixed height (never measured), so it costs the
  // same for 100 rows as for 10,000; it moves in steps of WINDOW_STEP rows, so while scrolling
  // within a step React commits nothing and the browser re-lays out nothing (see row-window.ts).
  const win = useRowWindow(scrollRef, virtualized ? rows.length : 0, rowHeight, height);

  // The expander buttons of every row share one stable handler, so memoised rows never re-render
  // because a callback changed. A row that vanished between the click and the handler toggles nothing.
  const treeRef = useRef(data);
  treeRef.current = data;
  const onToggle = useCallback((id: string) => {
    setExpanded((old) => toggleExpanded(old, id, treeRef.current));
  }, []);

  // "N more rows below": a visible cue whenever the inner scroll hides rows.
  const [hiddenBelow, setHiddenBelow] = useState(0);
  const virtualBelow = win === null ? 0 : Math.max(0, rows.length - 1 - win.end);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the rows change (sort, expand)
  useEffect(() => {
    const element = scrollRef.current;
    if (element === null || !scrolls || virtualized) {
      setHiddenBelow(0);
      return;
    }
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const bottom = element.scrollTop + element.clientHeight - (element.querySelector('tfoot')?.clientHeight ?? 0);
      let below = 0;
      for (const tr of element.querySelectorAll<HTMLElement>('tbody > tr[data-row]')) {
        if (tr.offsetTop + tr.offsetHeight / 2 > bottom) below++;
      }
      setHiddenBelow(below);
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onScroll) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrolls, virtualized, rows]);
  const below = virtualized ? virtualBelow : hiddenBelow;
  const captionId = useId();

  const failure = !prepared.ok
    ? prepared.error
    : !heightResult.ok
      ? heightResult.error
      : !rowHeightResult.ok
        ? rowHeightResult.error
        : null;
  return guarded({ component: 'scorecard', locale: wanted, theme, className, ref }, () => {
    if (failure !== null || !prepared.ok) throw failure;
    const { caption: shownCaption, count, score } = prepared.value;
    const headers = table.getHeaderGroups()[0]?.headers ?? [];
    const columnCount = headers.length;
    const labels = headers.map((header) => String(header.column.columnDef.header ?? header.id));

    // Which rows to draw: all of them, or the virtualiser's window with spacer rows around it.
    const drawn: { index: number; rowIndex?: number }[] = [];
    let padTop = 0;
    let padBottom = 0;
    if (virtualized) {
      if (win !== null) {
        padTop = win.padTop;
        padBottom = win.padBottom;
        for (let index = win.first; index <= win.last && index < rows.length; index++)
          drawn.push({ index, rowIndex: index + 2 });
      }
    } else {
      for (let index = 0; index < rows.length; index++) drawn.push({ index });
    }
    // One <tbody> per group (sector), so the group's `<th scope="rowgroup">` heads its own rows
    // only. Keyed by the group, so a row keeps its DOM node (and focus) while the window moves.
    const sections: { key: string; rows: ReactElement[] }[] = [];
    for (const { index, rowIndex } of drawn) {
      const node = rows.nodes[index] as ScorecardNode;
      const key = node.groupId ?? 'rows';
      let section = sections[sections.length - 1];
      if (section === undefined || section.key !== key) {
        section = { key, rows: [] };
        sections.push(section);
      }
      const expandable = node.children.length > 0;
      section.rows.push(
        <BodyRow
          key={node.id}
          node={node}
          depth={rows.depths[index] as number}
          expandable={expandable}
          expanded={expandable && isExpandedId(expanded, node.id)}
          rowIndex={rowIndex}
          columns={columnCount}
          labels={labels}
          locale={locale}
          m={m}
          onToggle={onToggle}
        />,
      );
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

    const rootStyle = {
      ...(isRecord(style) ? style : undefined),
      ...(scrolls ? { '--ct-scorecard-height': `${height}px` } : undefined),
    } as CSSProperties;
    return (
      <div
        {...rest}
        ref={ref}
        className={cx('ct-root ct-scorecard', scrolls && 'ct-scorecard--scrolls', className)}
        data-ct-theme={theme}
        data-more-below={below > 0 ? '' : undefined}
        style={rootStyle}
      >
        <section
          className="ct-scorecard__scroll"
          ref={scrollRef}
          // a scrolling region must be reachable by keyboard; a table without inner scroll is not a stop
          tabIndex={scrolls ? 0 : undefined}
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
              {/* one column per id of the view layer; widths: COLUMN_WIDTHS, kept equal to styles.css by its test */}
              {COLUMN_IDS.map((id) => (
                <col key={id} className={`ct-scorecard__col--${id}`} />
              ))}
            </colgroup>
            <thead>
              <tr aria-rowindex={virtualized ? 1 : undefined}>
                {headers.map((header, i) => {
                  const sorted = header.column.getIsSorted();
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
                        {labels[i]}
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
                            d={SORT_ICONS[sorted === false ? 'none' : sorted]}
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
                  <span className="ct-scorecard__summary-count">{count}</span>
                  {score === null ? null : (
                    <span className="ct-scorecard__summary-score">
                      {m.score}: <span className="ct-num">{score}</span>
                    </span>
                  )}
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
        {below > 0 ? (
          <p className="ct-scorecard__more">
            <svg
              viewBox="0 0 16 16"
              aria-hidden="true"
              focusable="false"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M4 6l4 4 4-4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {m.moreRows(formatNumber(String(below), { locale }))}
          </p>
        ) : null}
      </div>
    );
  });
});

function PadRow({ height, columns }: { readonly height: number; readonly columns: number }): ReactElement {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable
    <tr className="ct-scorecard__pad" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

interface BodyRowProps {
  readonly node: ScorecardNode;
  readonly depth: number;
  readonly expandable: boolean;
  readonly expanded: boolean;
  readonly rowIndex?: number | undefined;
  readonly columns: number;
  /** Column labels, repeated on each cell for the stacked (narrow) layout. */
  readonly labels: readonly string[];
  readonly locale: string;
  readonly m: Messages;
  readonly onToggle: (id: string) => void;
}

/**
 * Re-render a row only when what it shows changed: its data (node identity: the evaluation
 * and its place in the tree), expansion, position and locale. Scrolling re-renders none of the
 * rows that stay in view.
 */
function sameRow(a: BodyRowProps, b: BodyRowProps): boolean {
  return (
    a.node === b.node &&
    a.depth === b.depth &&
    a.expandable === b.expandable &&
    a.expanded === b.expanded &&
    a.rowIndex === b.rowIndex &&
    a.columns === b.columns &&
    a.labels.length === b.labels.length &&
    a.labels.every((label, i) => label === b.labels[i]) &&
    a.locale === b.locale &&
    a.m === b.m &&
    a.onToggle === b.onToggle
  );
}

const BodyRow = memo(function BodyRow(props: BodyRowProps): ReactElement {
  const { node, depth, expandable, expanded, columns, labels, locale, m, onToggle } = props;
  // Rows are placed by the estimated height (padding rows above and below the window), never
  // measured: a taller wrapped row only lengthens the page, and jsdom/SSR stay deterministic.
  const common = { 'aria-rowindex': props.rowIndex, 'data-depth': depth };
  const expander = (label: string): ReactElement => (
    <button
      type="button"
      className="ct-scorecard__expander"
      aria-expanded={expanded}
      aria-label={label}
      onClick={() => onToggle(node.id)}
    >
      <Chevron />
    </button>
  );
  if (node.kind === 'group') {
    return (
      <tr {...common} className="ct-scorecard__row--group" data-row="">
        <th scope="rowgroup" colSpan={columns}>
          <span className="ct-scorecard__row-name">
            {expander(m.expandGroup(node.name))}
            {node.name}
          </span>
        </th>
      </tr>
    );
  }
  const e = node.evaluation;
  const indent = { '--ct-indent': `${Math.max(0, depth - (node.ofWhich ? 0 : 1)) * 1.25}rem` } as CSSProperties;
  const name = (
    <th scope="row" style={indent}>
      <span className="ct-scorecard__row-name">
        {expandable ? expander(m.expandRows(node.name)) : <span className="ct-scorecard__spacer" />}
        <span>
          {node.ofWhich ? <span className="ct-scorecard__of-which">{m.ofWhich}: </span> : null}
          {node.name}
        </span>
      </span>
    </th>
  );
  const result = rowView(e, node.index, locale, m);
  const className = node.ofWhich ? 'ct-scorecard__row--child' : 'ct-scorecard__row';
  if (!result.ok) {
    // one bad evaluation shows its problem in its own row; the rest of the table stays
    return (
      <tr {...common} className={className} data-status="error" data-row="">
        {name}
        <td colSpan={Math.max(1, columns - 1)}>
          <InlineError error={result.error} locale={locale} component="scorecard" />
        </td>
      </tr>
    );
  }
  const view = result.view;
  const label = (id: ScorecardColumnId): string | undefined => labels[COLUMN_IDS.indexOf(id)];
  const num = (id: ScorecardColumnId, content: ReactNode): ReactElement => (
    <td className="ct-scorecard__num" data-label={label(id)}>
      {content}
    </td>
  );
  const dash = <span aria-hidden="true">—</span>;
  return (
    <tr {...common} className={className} data-status={e.status} data-row="">
      {name}
      <td data-label={label('unit')}>{node.unit ?? null}</td>
      {num(
        'target',
        view.target === null ? (
          dash
        ) : view.derived === null ? (
          view.target
        ) : (
          <DerivedValue text={view.target} figure={view.derived} m={m} />
        ),
      )}
      {num(
        'actual',
        <>
          {view.actual ?? dash}
          {e.estimated ? (
            <abbr className="ct-card__estimated" title={m.estimatedLong}>
              {m.estimated}
            </abbr>
          ) : null}
        </>,
      )}
      {num('completion', view.completion ?? dash)}
      {num('change', <ChangeCell view={view} m={m} />)}
      <td data-label={label('status')}>
        <StatusBadge status={e.status} locale={locale} />
      </td>
    </tr>
  );
}, sameRow);

/**
 * The change column: the computed change (compact, the phrase for screen readers); else the change
 * the report states in words, shown as stated (`tăng 51 lần so với năm 2019`); else a dash. A rank
 * the report states (`đứng thứ 3 toàn quốc`) is a line of its own under it. The cell's text is
 * what a screen reader reads.
 */
function ChangeCell({ view, m }: { readonly view: RowView; readonly m: Messages }): ReactElement {
  const stated = view.change === null && view.statedChange !== null;
  const delta =
    view.change === null && view.statedChange === null && view.rank !== null ? null : (
      <span
        className={cx('ct-root ct-delta', `ct-delta--${view.change?.tone ?? 'none'}`, stated ? 'ct-delta--stated' : '')}
        data-tone={view.change?.tone ?? 'none'}
        data-stated={stated ? '' : undefined}
      >
        {view.change !== null ? (
          <DeltaInner content={view.change} m={m} />
        ) : view.statedChange !== null ? (
          <PhraseText text={view.statedChange} className="ct-delta__text" />
        ) : (
          <DeltaNone m={m} />
        )}
      </span>
    );
  if (view.rank === null) return delta ?? <DeltaNone m={m} />;
  return (
    <span className="ct-scorecard__change">
      {delta}
      <PhraseText text={view.rank} className="ct-scorecard__rank" />
    </span>
  );
}
