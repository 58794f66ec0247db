import type { Dataset, Evaluation } from '@chitieu/core';
import {
  evaluateDataset,
  formatChange,
  formatCompletion,
  formatDensity,
  formatNumber,
  localize,
  narrate,
  narrateSummary,
  summarize,
  unitLabel,
} from '@chitieu/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { LABELS, type Lang, langOf, roman } from './labels';
import { type ReportRow, reportPeriod, reportRows } from './rows';

/** Options of {@link writeDocx}. */
export interface WriteDocxOptions {
  /** `vi` (default) or `en`. */
  readonly locale?: string | undefined;
  /** The year (or period id) the review covers (default: the latest period with an observation). */
  readonly year?: string | undefined;
  /** Document title (default: the dataset's title). */
  readonly title?: string | undefined;
  /** Body font size in points, 13 or 14 (default 14; tables are one point smaller). */
  readonly fontSize?: 13 | 14 | undefined;
}

const FONT = 'Times New Roman';
/** A4 in twentieths of a point, with the margins of an administrative document (Nghị định 30/2020). */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
};
const CONTENT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

const WORDS = {
  vi: {
    results: (y: string) => `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${y}`,
    table: (y: string) => `BẢNG CHỈ TIÊU NĂM ${y}`,
    targets: (y: string) => `MỤC TIÊU NĂM ${y}`,
    density: 'Mật độ',
    none: 'Báo cáo không nêu mục tiêu cho kỳ sau.',
    period: (p: string) => `Kỳ báo cáo: ${p}`,
  },
  en: {
    results: (y: string) => `RESULTS FOR ${y}`,
    table: (y: string) => `INDICATOR TABLE, ${y}`,
    targets: (y: string) => `TARGETS FOR ${y}`,
    density: 'Density',
    none: 'The report states no targets for the next period.',
    period: (p: string) => `Reporting period: ${p}`,
  },
};

const DASH = '—';

function run(text: string, size: number, extra: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: size * 2, ...extra });
}

function heading(text: string, size: number): Paragraph {
  return new Paragraph({
    children: [run(text, size, { bold: true })],
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
  });
}

function body(children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120, line: 312 },
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(
  text: string,
  size: number,
  width: number,
  options: { bold?: boolean; italics?: boolean; align?: 'left' | 'right' | 'center'; indent?: number } = {},
): TableCell {
  const align =
    options.align === 'right'
      ? AlignmentType.RIGHT
      : options.align === 'center'
        ? AlignmentType.CENTER
        : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: BORDERS,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: align,
        ...(options.indent ? { indent: { left: options.indent } } : {}),
        children: [run(text, size, { bold: options.bold ?? false, italics: options.italics ?? false })],
      }),
    ],
  });
}

function table(header: string[], widths: number[], rows: TableRow[], size: number): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, size, widths[i] as number, { bold: true, align: 'center' })),
      }),
      ...rows,
    ],
  });
}

/** Splits widths (in parts) across the content width. */
function widthsOf(parts: number[]): number[] {
  const total = parts.reduce((s, p) => s + p, 0);
  // Integer twips for the layout of a table, not a measured value.
  return parts.map((p) => Math.floor((CONTENT_WIDTH * p) / total)); // float-ok: page layout in twips
}

function valueText(value: string | null | undefined, e: Evaluation | undefined, lang: Lang, decimals: number): string {
  if (value === null || value === undefined) return DASH;
  return formatNumber(value, { locale: lang, decimals: e?.indicator.decimals ?? decimals });
}

function indicatorTable(rows: ReportRow[], lang: Lang, size: number): Table {
  const L = LABELS[lang];
  const widths = widthsOf([6, 38, 13, 13, 13, 9, 12]);
  const out: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === 'group') {
      out.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(roman(row.number), size, widths[0] as number, { bold: true, align: 'center' }),
            new TableCell({
              columnSpan: 6,
              borders: BORDERS,
              margins: { left: 80, right: 80, top: 40, bottom: 40 },
              children: [new Paragraph({ keepNext: true, children: [run(row.label, size, { bold: true })] })],
            }),
          ],
        }),
      );
      continue;
    }
    const { indicator, observation: o, evaluation: e, level } = row;
    const target = o?.target;
    const targetText =
      target === null || target === undefined
        ? DASH
        : typeof target === 'object'
          ? `${formatNumber(target.min, { locale: lang, decimals: indicator.decimals })} – ${formatNumber(target.max, { locale: lang, decimals: indicator.decimals })}`
          : formatNumber(target, { locale: lang, decimals: indicator.decimals });
    const completion = e !== undefined ? formatCompletion(e, { locale: lang }) : DASH;
    const change = o?.stated?.change ?? e?.change ?? null;
    const changeText = change !== null && e !== undefined ? formatChange(change, indicator, { locale: lang }) : DASH;
    const name = localize(indicator.name, lang);
    out.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.number === null ? '' : String(row.number), size, widths[0] as number, { align: 'center' }),
          cell(
            level > 0 && !/^(trong đó|of which)/i.test(name)
              ? `${lang === 'vi' ? 'Trong đó: ' : 'Of which: '}${name}`
              : name,
            size,
            widths[1] as number,
            {
              italics: level > 0,
              indent: level * 284,
            },
          ),
          cell(unitLabel({ locale: lang, indicator }) || DASH, size, widths[2] as number, { align: 'center' }),
          cell(targetText, size, widths[3] as number, { align: 'right' }),
          // An estimate (ước đạt) is marked as one, never shown as a final figure.
          cell(
            `${valueText(o?.actual, e, lang, indicator.decimals)}${o?.estimated && o.actual != null ? ` (${LABELS[lang].estimated})` : ''}`,
            size,
            widths[4] as number,
            { align: 'right' },
          ),
          cell(completion || DASH, size, widths[5] as number, { align: 'right' }),
          cell(changeText || DASH, size, widths[6] as number, { align: 'right' }),
        ],
      }),
    );
  }
  return table([L.no, L.indicator, L.unit, L.plan, L.actual, L.percentOfPlan, L.samePeriod], widths, out, size);
}

function targetsTable(rows: ReportRow[], lang: Lang, size: number, year: string): Table | null {
  const L = LABELS[lang];
  const W = WORDS[lang];
  const widths = widthsOf([6, 40, 14, 16, 16, 18]);
  const out: TableRow[] = [];
  let n = 0;
  for (const row of rows) {
    if (row.kind !== 'indicator' || row.observation?.nextTarget === undefined) continue;
    const { indicator, observation: o } = row;
    const next = o.nextTarget as NonNullable<typeof o.nextTarget>;
    n++;
    out.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(n), size, widths[0] as number, { align: 'center' }),
          cell(localize(indicator.name, lang), size, widths[1] as number),
          cell(unitLabel({ locale: lang, indicator }) || DASH, size, widths[2] as number, { align: 'center' }),
          cell(valueText(o.actual, undefined, lang, indicator.decimals), size, widths[3] as number, { align: 'right' }),
          cell(formatNumber(next.value, { locale: lang, decimals: indicator.decimals }), size, widths[4] as number, {
            align: 'right',
          }),
          cell(
            next.density !== undefined ? formatDensity(next.density, indicator, { locale: lang }) : DASH,
            size,
            widths[5] as number,
            {
              align: 'right',
            },
          ),
        ],
      }),
    );
  }
  if (out.length === 0) return null;
  const nextYear =
    rows.find((r) => r.kind === 'indicator' && r.observation?.nextTarget)?.kind === 'indicator'
      ? ((
          rows.find((r) => r.kind === 'indicator' && r.observation?.nextTarget) as Extract<
            ReportRow,
            { kind: 'indicator' }
          >
        ).observation?.nextTarget?.period ?? '')
      : '';
  return table(
    [L.no, L.indicator, L.unit, `${L.actual} ${year}`, `${L.plan} ${nextYear}`, W.density],
    widths,
    out,
    size,
  );
}

/**
 * Writes the data sections of a year-end review as a `.docx` a department can paste into its
 * document: the title, (I) the results as narrative sentences per sector (the core's `narrate`,
 * the same sentences as the report's prose: `Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng,
 * đạt 100,6% kế hoạch; …`), (II) the indicator table (`STT`, `Chỉ tiêu`, `ĐVT`, `Kế hoạch`,
 * `Thực hiện`, `% KH`, `So cùng kỳ`) with sector rows and "trong đó" rows, (III) next year's
 * targets. A4 portrait with the margins of an administrative document, Times New Roman 14 pt
 * (tables 13 pt), numbered sections, header rows repeated on every page and rows never split.
 *
 * @example
 * const bytes = await writeDocx(dataset, evaluateDataset(dataset), { locale: 'vi', year: '2020' });
 */
export async function writeDocx(
  dataset: Dataset,
  evaluations?: readonly Evaluation[],
  options: WriteDocxOptions = {},
): Promise<Uint8Array> {
  const lang = langOf(options.locale ?? 'vi');
  const W = WORDS[lang];
  const size = options.fontSize ?? 14;
  const tableSize = size - 1;
  const evals = evaluations ?? evaluateDataset(dataset);
  const period = reportPeriod(dataset, options.year);
  const year = period ?? '';
  const rows = reportRows(dataset, evals, lang, period);
  const inPeriod = evals.filter((e) => (e.observation as { period?: string }).period === period);

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run((options.title ?? localize(dataset.title, lang)).toUpperCase(), size, { bold: true })],
    }),
  ];

  // I. Results, sector by sector.
  children.push(heading(`I. ${W.results(year)}`, size));
  if (inPeriod.length > 0)
    children.push(body([run(narrateSummary(inPeriod, summarize(inPeriod), { locale: lang }), size)]));
  let section = 0;
  let pending: string[] = [];
  let label: string | null = null;
  const flush = () => {
    if (pending.length === 0) return;
    if (label !== null) {
      section++;
      children.push(heading(`${section}. ${label}`, size));
    }
    for (const sentence of pending) children.push(body([run(sentence, size)]));
    pending = [];
  };
  for (const row of rows) {
    if (row.kind === 'group') {
      flush();
      label = row.label;
      continue;
    }
    if (row.evaluation !== undefined) pending.push(narrate(row.evaluation, { locale: lang }));
  }
  flush();

  // II. The indicator table.
  children.push(heading(`II. ${W.table(year)}`, size));
  children.push(indicatorTable(rows, lang, tableSize));

  // III. Next year's targets.
  const next = rows.find((r) => r.kind === 'indicator' && r.observation?.nextTarget !== undefined);
  const nextYear = next?.kind === 'indicator' ? (next.observation?.nextTarget?.period ?? '') : '';
  children.push(heading(`III. ${W.targets(nextYear)}`, size));
  const targets = targetsTable(rows, lang, tableSize, year);
  if (targets === null) children.push(body([run(W.none, size, { italics: true })]));
  else {
    for (const row of rows) {
      if (row.kind !== 'indicator' || row.observation?.nextTarget === undefined) continue;
      const o = row.observation;
      const t = o.nextTarget as NonNullable<typeof o.nextTarget>;
      const figure = `${formatNumber(t.value, { locale: lang, decimals: row.indicator.decimals })}${unitLabel({ locale: lang, indicator: row.indicator }) ? ` ${unitLabel({ locale: lang, indicator: row.indicator })}` : ''}`;
      const density = t.density !== undefined ? `; ${formatDensity(t.density, row.indicator, { locale: lang })}` : '';
      children.push(body([run(`${localize(row.indicator.name, lang)}: ${figure}${density}.`, size)]));
    }
    children.push(targets);
  }

  const doc = new Document({
    creator: '@chitieu/office',
    title: options.title ?? localize(dataset.title, lang),
    styles: { default: { document: { run: { font: FONT, size: size * 2 } } } },
    sections: [{ properties: { page: PAGE }, children }],
  });
  return Packer.pack(doc, 'uint8array');
}

/** MIME type of `.docx` files. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
