import {
  type Dataset,
  type EvaluateOptions,
  type Evaluation,
  formatNumber,
  type SummarizeOptions,
  type Summary,
} from '@chitieu/core';
import {
  ariaSort,
  initialExpanded,
  inlineError,
  PropsError,
  type RowView,
  rowIndent,
  rowView,
  type ScorecardColumnId,
  type ScorecardNode,
  type ScorecardSorting,
  type ScorecardView,
  SORT_ICONS,
  sanitizeSorting,
  scorecardComparators,
  scorecardView,
  statusBadgeView,
  type ViewResult,
} from '@chitieu/core/view';
import {
  constructTable,
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/table-core';
import { table_setOptions } from '@tanstack/table-core/static-functions';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ChitieuElement, chitieuDataset, defineDatasetProperty } from './base';
import { changeCell, derivedValue, icon, statusBadge } from './render';

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
});

type Expanded = true | Record<string, boolean>;
type ScorecardTable = ReturnType<typeof constructTable<typeof features, ScorecardNode>>;
type Sorting = { id: ScorecardColumnId; desc: boolean }[];
type Updater<T> = T | ((old: T) => T);

/** Detail of `ct-sort-change`. */
export interface SortChangeDetail {
  /** The new sort: `[{ id: 'completion', desc: true }]`, or `[]`. */
  readonly sorting: ScorecardSorting;
}

/** Detail of `ct-expand`. */
export interface ExpandDetail {
  /** The row (`0`, `group:Toàn ngành`). */
  readonly id: string;
  readonly expanded: boolean;
}

function layout(value: unknown, fallback: number, min: number, max: number): number | 'bad' {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return 'bad';
  return Math.min(max, Math.max(min, value));
}

/**
 * `<ct-scorecard>` — a scorecard table of indicators (name, unit, plan, actual, % of plan,
 * change, status) with groups, expandable "trong đó" rows, columns sortable by mouse and
 * keyboard (`aria-sort`), and a summary row with the composite score. TanStack Table sorts and
 * expands; beyond `virtualize` rows (default 200), TanStack Virtual draws only the rows in view.
 *
 * @tag ct-scorecard
 * @attr caption - Table caption; default: the dataset's title.
 * @attr {number} height - Maximum height of the scrolling body in pixels (120–20,000).
 * @attr {number} row-height - Estimated row height for virtualisation (default 36).
 * @attr {number} virtualize - Row count above which rows are virtualised (default 200); `0` always.
 * @attr default-expanded - `groups` (default), `all` or `none`.
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {Dataset} dataset - A dataset, evaluated by the core.
 * @prop {Evaluation[]} evaluations - Results of `evaluateDataset`; win over `dataset`.
 * @prop {Summary} summary - The core's `summarize` result; computed when not set.
 * @prop {EvaluateOptions} evaluateOptions - Options of `evaluateDataset`.
 * @prop {SummarizeOptions} summarizeOptions - Options of `summarize`.
 * @prop {ScorecardSorting} sorting - The current sort (set it to sort; read it after `ct-sort-change`).
 * @fires {CustomEvent<SortChangeDetail>} ct-sort-change - A header was activated; `detail.sorting` is the new sort.
 * @fires {CustomEvent<ExpandDetail>} ct-expand - A row was expanded or collapsed; `detail: { id, expanded }`.
 * @csspart scorecard - The root.
 * @csspart scroll - The scrolling region.
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart sort-button - The sort button of a header.
 * @csspart row - Each indicator row.
 * @csspart group-row - Each group row.
 * @csspart footer - The summary row.
 * @csspart more - The "more rows below" cue.
 * @csspart error - The inline message of a refused input.
 */
export class CtScorecard extends ChitieuElement {
  static override properties: PropertyDeclarations = {
    evaluations: { attribute: false },
    summary: { attribute: false },
    evaluateOptions: { attribute: false },
    summarizeOptions: { attribute: false },
    sorting: { attribute: false },
    caption: { type: String },
    height: { type: Number },
    rowHeight: { type: Number, attribute: 'row-height' },
    virtualize: { type: Number },
    defaultExpanded: { type: String, attribute: 'default-expanded' },
    _below: { state: true },
  };
  declare evaluations: readonly Evaluation[] | undefined;
  declare summary: Summary | undefined;
  declare evaluateOptions: EvaluateOptions | undefined;
  declare summarizeOptions: SummarizeOptions | undefined;
  declare sorting: ScorecardSorting;
  declare caption: string | undefined;
  declare height: number | undefined;
  declare rowHeight: number | undefined;
  declare virtualize: number | undefined;
  declare defaultExpanded: 'groups' | 'all' | 'none' | undefined;
  declare _below: number;
  protected readonly component = 'scorecard';

  #expanded: Expanded = {};
  #prepared: { key: unknown[]; result: ViewResult<ScorecardView> } | undefined;
  #table: ScorecardTable | undefined;
  #tableLocale: string | undefined;
  #virtualizer: Virtualizer<HTMLElement, Element> | undefined;
  #cleanupVirtualizer: (() => void) | undefined;
  #scrollCleanup: (() => void) | undefined;

  constructor() {
    super();
    this.sorting = [];
    this._below = 0;
  }

  #prepare(): ViewResult<ScorecardView> {
    return this.view((locale) =>
      scorecardView(
        {
          dataset: chitieuDataset(this) as Dataset | undefined,
          evaluations: this.evaluations,
          summary: this.summary,
          evaluateOptions: this.evaluateOptions,
          summarizeOptions: this.summarizeOptions,
          caption: this.caption,
        },
        locale,
      ),
    );
  }

  /** The view, recomputed only when its inputs or the locale change. */
  #viewFor(locale: unknown) {
    const key = [
      chitieuDataset(this),
      this.evaluations,
      this.summary,
      this.evaluateOptions,
      this.summarizeOptions,
      this.caption,
      locale,
    ];
    const last = this.#prepared;
    if (last?.key.every((k, i) => Object.is(k, key[i]))) return last.result;
    const result = this.#prepare();
    this.#prepared = { key, result };
    if (result.ok) {
      this.#expanded = initialExpanded(
        result.view.tree,
        this.defaultExpanded === 'all' || this.defaultExpanded === 'none' ? this.defaultExpanded : 'groups',
      );
      this.#table = undefined;
    }
    return result;
  }

  #state() {
    return { sorting: sanitizeSorting(this.sorting) as Sorting, expanded: this.#expanded };
  }

  #tableFor(view: ScorecardView, locale: string) {
    if (this.#table === undefined || this.#tableLocale !== locale) {
      const helper = createColumnHelper<typeof features, ScorecardNode>();
      const compare = scorecardComparators(locale);
      const key = (id: ScorecardColumnId) => (node: ScorecardNode) =>
        node.kind === 'indicator' ? (node.key(id) as unknown) : undefined;
      const columns = helper.columns(
        view.columns.map((c) =>
          helper.accessor(key(c.id), {
            id: c.id,
            header: c.header,
            sortFn: (a, b) => compare[c.id](a.original, b.original),
            sortUndefined: 'last',
          }),
        ),
      );
      this.#table = constructTable({
        features,
        columns,
        data: view.tree,
        getSubRows: (node: ScorecardNode) => (node.children.length > 0 ? node.children : undefined),
        getRowId: (node: ScorecardNode) => node.id,
        state: this.#state(),
        onSortingChange: (updater: Updater<Sorting>) => {
          const next = typeof updater === 'function' ? updater(this.#state().sorting) : updater;
          this.sorting = next;
          this.dispatchEvent(
            new CustomEvent<SortChangeDetail>('ct-sort-change', {
              detail: { sorting: next },
              bubbles: true,
              composed: true,
            }),
          );
        },
        onExpandedChange: (updater: Updater<Expanded>) => {
          this.#expanded = typeof updater === 'function' ? updater(this.#expanded) : updater;
          this.requestUpdate();
        },
        enableSortingRemoval: true,
        sortDescFirst: false,
        autoResetExpanded: false,
      } as never) as ScorecardTable;
      this.#tableLocale = locale;
    }
    const table = this.#table as ScorecardTable;
    table_setOptions(table as never, ((prev: object) => ({ ...prev, data: view.tree, state: this.#state() })) as never);
    return table;
  }

  #toggle(id: string): void {
    const table = this.#table;
    if (table === undefined) return;
    try {
      const row = table.getRow(id, true);
      const expanded = !row.getIsExpanded();
      row.toggleExpanded(expanded);
      this.dispatchEvent(
        new CustomEvent<ExpandDetail>('ct-expand', { detail: { id, expanded }, bubbles: true, composed: true }),
      );
    } catch {
      // a row that vanished between the click and the handler: nothing to toggle
    }
  }

  #sortBy(id: ScorecardColumnId): void {
    try {
      this.#table?.getColumn(id)?.toggleSorting();
    } catch {
      // never throws into the page
    }
  }

  protected renderView(): TemplateResult {
    const wanted = this.resolvedLocale;
    const r = this.#viewFor(wanted);
    if (!r.ok) return this.renderError(r.error);
    const height = layout(this.height, 480, 120, 20_000);
    if (height === 'bad') return this.renderError(inlineError(new PropsError('height', 'positive-number'), wanted));
    const rowHeight = layout(this.rowHeight, 36, 16, 400);
    if (rowHeight === 'bad')
      return this.renderError(inlineError(new PropsError('rowHeight', 'positive-number'), wanted));
    const locale = r.locale;
    const view = r.view;
    const m = view.words;
    const theme = this.resolvedTheme;
    const table = this.#tableFor(view, locale);
    const rows = table.getRowModel().rows;
    const threshold =
      typeof this.virtualize === 'number' && !Number.isNaN(this.virtualize) ? Math.max(0, this.virtualize) : 200;
    const virtualized = rows.length > threshold;
    const scrolls = virtualized || this.height !== undefined;
    const headers = table.getHeaderGroups()[0]?.headers ?? [];
    const labels = view.columns.map((c) => c.header);
    const columnCount = view.columns.length;

    let drawn: { row: (typeof rows)[number]; rowIndex?: number }[];
    let padTop = 0;
    let padBottom = 0;
    let below = this._below;
    if (virtualized) {
      const v = this.#ensureVirtualizer(rows.length, rowHeight, height, (i) => rows[i]?.id ?? i);
      const items = v.getVirtualItems();
      const first = items[0];
      const last = items[items.length - 1];
      padTop = first === undefined ? 0 : first.start;
      padBottom = last === undefined ? 0 : Math.max(0, v.getTotalSize() - last.end);
      drawn = [];
      for (const item of items) {
        const row = rows[item.index];
        if (row !== undefined) drawn.push({ row, rowIndex: item.index + 2 });
      }
      below = last === undefined ? rows.length : Math.max(0, rows.length - 1 - last.index);
    } else {
      this.#dropVirtualizer();
      drawn = rows.map((row) => ({ row }));
    }
    const sections: { key: string; rows: typeof drawn }[] = [];
    for (const d of drawn) {
      const key = d.row.original.groupId ?? 'rows';
      let section = sections[sections.length - 1];
      if (section === undefined || section.key !== key) {
        section = { key, rows: [] };
        sections.push(section);
      }
      section.rows.push(d);
    }
    const pad = (px: number) =>
      html`<tr class="ct-scorecard__pad" aria-hidden="true"><td colspan=${columnCount} style=${styleMap({ height: `${px}px` })}></td></tr>`;
    const chevron = icon('M6 3.5 10.5 8 6 12.5', '');
    const expander = (id: string, label: string, expanded: boolean) =>
      html`<button type="button" class="ct-scorecard__expander" aria-expanded=${expanded ? 'true' : 'false'} aria-label=${label} @click=${() => this.#toggle(id)}>${chevron}</button>`;
    const renderRow = ({ row, rowIndex }: (typeof drawn)[number]) => {
      const node = row.original;
      const expandable = row.getCanExpand();
      const expanded = expandable && row.getIsExpanded();
      if (node.kind === 'group') {
        return html`<tr part="group-row" class="ct-scorecard__row--group" data-row="" aria-rowindex=${rowIndex ?? nothing} data-depth=${row.depth}>
          <th scope="rowgroup" colspan=${columnCount}><span class="ct-scorecard__row-name">${expander(node.id, m.expandGroup(node.name), expanded)}${node.name}</span></th>
        </tr>`;
      }
      const e = node.evaluation;
      const name = html`<th scope="row" style=${styleMap({ '--ct-indent': rowIndent(node, row.depth) })}>
        <span class="ct-scorecard__row-name">${expandable ? expander(node.id, m.expandRows(node.name), expanded) : html`<span class="ct-scorecard__spacer"></span>`}<span>${node.ofWhich ? html`<span class="ct-scorecard__of-which">${m.ofWhich}: </span>` : nothing}${node.name}</span></span>
      </th>`;
      const className = node.ofWhich ? 'ct-scorecard__row--child' : 'ct-scorecard__row';
      const result = rowView(e, node.index, locale);
      if (!result.ok) {
        const error = inlineError(result.error, locale);
        return html`<tr part="row" class=${className} data-status="error" data-row="" aria-rowindex=${rowIndex ?? nothing} data-depth=${row.depth}>
          ${name}<td colspan=${Math.max(1, columnCount - 1)}><span role="alert" class="ct-root ct-error" data-ct-component="scorecard" data-ct-prop=${error.prop} data-ct-error=${error.problem}><strong>${error.title}:</strong> <span>${error.message}</span></span></td>
        </tr>`;
      }
      const v: RowView = result.view;
      const dash = html`<span aria-hidden="true">—</span>`;
      const num = (i: number, content: unknown) =>
        html`<td class="ct-scorecard__num" data-label=${labels[i] ?? nothing}>${content}</td>`;
      return html`<tr part="row" class=${className} data-status=${e.status} data-row="" aria-rowindex=${rowIndex ?? nothing} data-depth=${row.depth}>
        ${name}
        <td data-label=${labels[1] ?? nothing}>${node.unit ?? nothing}</td>
        ${num(2, v.target === null ? dash : v.derived === null ? v.target : derivedValue(v.target, v.derived, locale))}
        ${num(3, html`${v.actual ?? dash}${e.estimated ? html`<abbr class="ct-card__estimated" title=${m.estimatedLong}>${m.estimated}</abbr>` : nothing}`)}
        ${num(4, v.completion ?? dash)}
        ${num(5, changeCell(v, m.noComparison))}
        <td data-label=${labels[6] ?? nothing}>${statusBadge(statusBadgeView(e.status, locale), undefined)}</td>
      </tr>`;
    };
    const body =
      sections.length === 0
        ? html`<tbody></tbody>`
        : repeat(
            sections,
            (s) => s.key,
            (s, i) => html`<tbody>
              ${i === 0 && padTop > 0 ? pad(padTop) : nothing}
              ${repeat(s.rows, (d) => d.row.id, renderRow)}
              ${i === sections.length - 1 && padBottom > 0 ? pad(padBottom) : nothing}
            </tbody>`,
          );
    const rootStyle = scrolls ? { '--ct-scorecard-height': `${height}px` } : {};
    return html`<div
      part="scorecard"
      class=${`ct-root ct-scorecard${scrolls ? ' ct-scorecard--scrolls' : ''}`}
      data-ct-theme=${theme ?? nothing}
      data-more-below=${below > 0 ? '' : nothing}
      style=${styleMap(rootStyle)}
    >
      <section
        class="ct-scorecard__scroll"
        part="scroll"
        tabindex=${scrolls ? '0' : nothing}
        aria-labelledby=${view.caption === undefined ? nothing : 'ct-caption'}
        aria-label=${view.caption === undefined ? m.indicator : nothing}
      >
        <table class="ct-scorecard__table" part="table" aria-rowcount=${virtualized ? rows.length + 2 : nothing}>
          ${view.caption === undefined ? nothing : html`<caption id="ct-caption" class="ct-scorecard__caption">${view.caption}</caption>`}
          <colgroup>
            ${view.columns.map((c) => html`<col class=${`ct-scorecard__col--${c.id}`} style=${styleMap({ width: c.width })} />`)}
          </colgroup>
          <thead>
            <tr aria-rowindex=${virtualized ? 1 : nothing}>
              ${headers.map((header, i) => {
                const column = view.columns[i];
                const sorted = header.column.getIsSorted() as false | 'asc' | 'desc';
                return html`<th scope="col" part="header" class=${column?.numeric ? 'ct-scorecard__num' : nothing} aria-sort=${ariaSort(sorted) ?? nothing}>
                  <button type="button" part="sort-button" class="ct-scorecard__sort" @click=${() => this.#sortBy(header.id as ScorecardColumnId)}>
                    ${labels[i]}${icon(SORT_ICONS[sorted === false ? 'none' : sorted], 'ct-scorecard__sort-icon')}
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          ${body}
          <tfoot>
            <tr part="footer" aria-rowindex=${virtualized ? rows.length + 2 : nothing}>
              <th scope="row">${view.footer.label}</th>
              <td colspan=${Math.max(1, columnCount - 1)}>
                <span class="ct-scorecard__summary-count">${view.footer.count}</span>${
                  view.footer.score === null
                    ? nothing
                    : html`<span class="ct-scorecard__summary-score">${view.footer.scoreLabel}: <span class="ct-num">${view.footer.score}</span></span>`
                }
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      ${
        below > 0
          ? html`<p class="ct-scorecard__more" part="more">${icon('M4 6l4 4 4-4', '')}${m.moreRows(formatNumber(String(below), { locale }))}</p>`
          : nothing
      }
    </div>`;
  }

  #ensureVirtualizer(count: number, rowHeight: number, height: number, key: (i: number) => string | number) {
    const options = {
      count,
      getScrollElement: () => this.renderRoot.querySelector<HTMLElement>('.ct-scorecard__scroll'),
      estimateSize: () => rowHeight,
      getItemKey: key,
      overscan: 2,
      initialRect: { width: 0, height },
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: () => this.requestUpdate(),
    };
    if (this.#virtualizer === undefined) this.#virtualizer = new Virtualizer<HTMLElement, Element>(options);
    else this.#virtualizer.setOptions({ ...this.#virtualizer.options, ...options });
    return this.#virtualizer;
  }

  #dropVirtualizer(): void {
    this.#cleanupVirtualizer?.();
    this.#cleanupVirtualizer = undefined;
    this.#virtualizer = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const v = this.#virtualizer;
    if (v !== undefined) {
      if (this.#cleanupVirtualizer === undefined) this.#cleanupVirtualizer = v._didMount();
      v._willUpdate();
    }
    this.#watchScroll();
  }

  /** "N more rows below" for a table that scrolls without virtualisation. */
  #watchScroll(): void {
    const element = this.renderRoot.querySelector<HTMLElement>('.ct-scorecard__scroll');
    this.#scrollCleanup?.();
    this.#scrollCleanup = undefined;
    if (element === null || this.#virtualizer !== undefined || this.height === undefined) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const bottom = element.scrollTop + element.clientHeight - (element.querySelector('tfoot')?.clientHeight ?? 0);
      let count = 0;
      for (const tr of element.querySelectorAll<HTMLElement>('tbody > tr[data-row]')) {
        if (tr.offsetTop + tr.offsetHeight / 2 > bottom) count++;
      }
      if (count !== this._below) this._below = count;
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    onScroll();
    element.addEventListener('scroll', onScroll, { passive: true });
    this.#scrollCleanup = () => {
      element.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dropVirtualizer();
    this.#scrollCleanup?.();
    this.#scrollCleanup = undefined;
  }
}

defineDatasetProperty(CtScorecard);
