import type { Band, Dataset, Evaluation } from '@chitieu/core';
import {
  evaluateDataset,
  formatNumber,
  formatPeriod,
  localize,
  samePeriodLastYear,
  summarize,
  unitLabel,
} from '@chitieu/core';
import ExcelJS from 'exceljs';
import { encodeDataSheet } from './data-sheet';
import { percentFormat, pointsFormat, rateFormat, timesFormat, valueFormat } from './formats';
import { LABELS, type Lang, langOf, roman } from './labels';
import { fitsNumber, printedDecimals, type ReportRow, reportPeriod, reportRows, shiftDecimal } from './rows';

/** Options of {@link writeWorkbook}. */
export interface WriteWorkbookOptions {
  /** Language of headers, names and number-format text: `vi` (default) or `en`. */
  readonly locale?: string | undefined;
  /** Period of the table (default: the latest period with an observation). */
  readonly period?: string | undefined;
  /** Sheet name (default `Báo cáo` / `Report`). */
  readonly sheetName?: string | undefined;
}

/** Columns of the report sheet, in order. `readWorkbook` finds them by their headers. */
export const COLUMNS = [
  'no',
  'indicator',
  'unit',
  'previous',
  'plan',
  'actual',
  'percentOfPlan',
  'samePeriod',
  'next',
  'note',
  'id',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];
const col = (key: ColumnKey): number => COLUMNS.indexOf(key) + 1;
const WIDTHS: Record<ColumnKey, number> = {
  no: 6,
  indicator: 46,
  unit: 14,
  previous: 14,
  plan: 14,
  actual: 14,
  percentOfPlan: 10,
  samePeriod: 12,
  next: 14,
  note: 40,
  id: 18,
};
/** First data row: a title row, a blank row and two header rows come before it. */
export const FIRST_DATA_ROW = 5;

/** A decimal string as a cell value: a real number when it fits a double exactly, else text. */
function numberCell(value: string, lang: Lang, percent?: string): number | string {
  if (fitsNumber(value)) return Number(value);
  // Text in the workbook's own number style, so readWorkbook reads it back exactly.
  if (percent !== undefined) return `${formatNumber(percent, { locale: lang, decimals: printedDecimals(percent) })}%`;
  return formatNumber(value, { locale: lang, decimals: printedDecimals(value) });
}

function yearLabel(period: string | undefined, lang: Lang): string {
  if (period === undefined) return '';
  if (/^\d{4}$/.test(period)) return LABELS[lang].year(period);
  try {
    const text = formatPeriod(period, { locale: lang });
    return text.charAt(0).toUpperCase() + text.slice(1);
  } catch {
    return period;
  }
}

function bandText(band: Band, lang: Lang): string {
  return lang === 'vi' ? `${band.min} – ${band.max}` : `${band.min} – ${band.max}`;
}

const isBand = (t: unknown): t is Band => typeof t === 'object' && t !== null && 'min' in t;

/** The completion formula of a derived % of plan, by direction and policy (null: not a plain ratio). */
function completionFormula(row: number, e: Evaluation): string | null {
  const plan = `${String.fromCharCode(64 + col('plan'))}${row}`;
  const actual = `${String.fromCharCode(64 + col('actual'))}${row}`;
  if (e.band !== null) return null;
  if (e.rule.direction === 'higher-is-better') return `IF(${plan}>0,${actual}/${plan},"")`;
  if (e.rule.direction === 'lower-is-better') {
    return e.rule.lowerIsBetterPolicy === 'mirror'
      ? `IF(${plan}>0,2-${actual}/${plan},"")`
      : `IF(${actual}>0,${plan}/${actual},"")`;
  }
  return null;
}

function writeIndicatorRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  row: Extract<ReportRow, { kind: 'indicator' }>,
  lang: Lang,
): void {
  const { indicator, observation: o, evaluation: e, level } = row;
  const r = sheet.getRow(rowNumber);
  const vf = valueFormat(indicator.decimals);
  const pd = indicator.percentDecimals;
  r.getCell(col('no')).value = row.number ?? null;
  const name = r.getCell(col('indicator'));
  name.value = localize(indicator.name, lang);
  name.alignment = { indent: level * 2, wrapText: true, vertical: 'top' };
  if (level > 0) name.font = { italic: true, name: 'Times New Roman', size: 12 };
  r.getCell(col('unit')).value = unitLabel({ locale: lang, indicator }) || null;
  if (level > 0) r.outlineLevel = Math.min(level, 7);
  const setValue = (key: ColumnKey, value: string | null | undefined, fmt = vf) => {
    if (value === null || value === undefined) return;
    const cell = r.getCell(col(key));
    cell.value = numberCell(value, lang);
    cell.numFmt = fmt;
  };
  if (o !== undefined) {
    setValue('previous', o.previous);
    if (isBand(o.target)) {
      r.getCell(col('plan')).value = bandText(o.target, lang);
    } else setValue('plan', o.target);
    // An estimate (ước đạt) stays a number; its format says so: `3.630 (ước)`.
    setValue('actual', o.actual, o.estimated ? `${vf}" (${LABELS[lang].estimated})"` : vf);
    // % of plan: a formula when derived from the plan and the actual; the stated figure as printed.
    const stated = o.stated?.completion;
    const formula =
      e !== undefined && e.completion !== null && stated === undefined ? completionFormula(rowNumber, e) : null;
    const pct = r.getCell(col('percentOfPlan'));
    if (formula !== null && e?.completion !== null && e !== undefined) {
      pct.value = { formula, result: Number(e.completion) };
      pct.numFmt = percentFormat(pd);
    } else if (stated !== undefined) {
      pct.value = numberCell(shiftDecimal(stated, -2), lang, stated);
      pct.numFmt = percentFormat(printedDecimals(stated));
    }
    // Same period: derived from the previous actual, or the stated change in its own form.
    const sp = r.getCell(col('samePeriod'));
    const change = o.stated?.change;
    const prevCol = String.fromCharCode(64 + col('previous'));
    const actCol = String.fromCharCode(64 + col('actual'));
    if (change !== undefined) {
      const d = printedDecimals(change.value);
      if (change.form === 'ratio') {
        sp.value = numberCell(shiftDecimal(change.value, -2), lang, change.value);
        sp.numFmt = percentFormat(d);
      } else if (change.form === 'rate') {
        sp.value = numberCell(shiftDecimal(change.value, -2), lang, change.value);
        sp.numFmt = rateFormat(d);
      } else if (change.form === 'times') {
        sp.value = numberCell(change.value, lang);
        sp.numFmt = timesFormat(d, lang);
      } else {
        sp.value = numberCell(change.value, lang);
        sp.numFmt = pointsFormat(d, lang);
      }
    } else if (e?.change?.ratio !== null && e?.change?.ratio !== undefined && o.previous != null && o.actual != null) {
      sp.value = {
        formula: `IF(${prevCol}${rowNumber}>0,${actCol}${rowNumber}/${prevCol}${rowNumber},"")`,
        result: Number(e.change.ratio),
      };
      sp.numFmt = percentFormat(pd);
    }
    setValue('next', o.nextTarget?.value);
    if (o.note !== undefined) r.getCell(col('note')).value = o.note;
  }
  r.getCell(col('id')).value = indicator.id;
  r.eachCell({ includeEmpty: true }, (cell, c) => {
    if (c > COLUMNS.length) return;
    cell.border = THIN;
    if (cell.font === undefined || !cell.font.italic) cell.font = { name: 'Times New Roman', size: 12 };
    if (c !== col('indicator') && c !== col('note')) cell.alignment = { ...cell.alignment, vertical: 'top' };
  });
  if (level > 0) name.font = { italic: true, name: 'Times New Roman', size: 12 };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Builds the report sheet into `workbook`; shared with the template writer. */
export function addReportSheet(
  workbook: ExcelJS.Workbook,
  dataset: Dataset,
  evaluations: readonly Evaluation[],
  options: { lang: Lang; period: string | undefined; sheetName: string; summary: boolean },
): ExcelJS.Worksheet {
  const { lang, period } = options;
  const L = LABELS[lang];
  const sheet = workbook.addWorksheet(options.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: FIRST_DATA_ROW - 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    properties: { outlineProperties: { summaryBelow: false, summaryRight: false } },
  });
  sheet.columns = COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  const title = sheet.getCell(1, 1);
  title.value = localize(dataset.title, lang);
  title.font = { bold: true, size: 14, name: 'Times New Roman' };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);

  let previousLabel = '';
  let nextLabel = '';
  if (period !== undefined) {
    try {
      previousLabel = yearLabel(previousPeriodOf(period), lang);
    } catch {
      previousLabel = '';
    }
    nextLabel = yearLabel(nextPeriodOf(dataset, period), lang);
  }
  const h1 = sheet.getRow(3);
  const h2 = sheet.getRow(4);
  const both = (key: ColumnKey, text: string) => {
    h1.getCell(col(key)).value = text;
    sheet.mergeCells(3, col(key), 4, col(key));
  };
  both('no', L.no);
  both('indicator', L.indicator);
  both('unit', L.unit);
  h1.getCell(col('previous')).value = previousLabel;
  h2.getCell(col('previous')).value = L.actual;
  h1.getCell(col('plan')).value = yearLabel(period, lang);
  sheet.mergeCells(3, col('plan'), 3, col('samePeriod'));
  h2.getCell(col('plan')).value = L.plan;
  h2.getCell(col('actual')).value = L.actual;
  h2.getCell(col('percentOfPlan')).value = L.percentOfPlan;
  h2.getCell(col('samePeriod')).value = L.samePeriod;
  h1.getCell(col('next')).value = nextLabel;
  h2.getCell(col('next')).value = L.plan;
  both('note', L.note);
  both('id', L.id);
  for (const r of [h1, h2]) {
    r.font = { bold: true, name: 'Times New Roman', size: 12 };
    r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let c = 1; c <= COLUMNS.length; c++) r.getCell(c).border = THIN;
  }

  let rowNumber = FIRST_DATA_ROW;
  for (const row of reportRows(dataset, evaluations, lang, period)) {
    if (row.kind === 'group') {
      const r = sheet.getRow(rowNumber);
      r.getCell(col('no')).value = roman(row.number);
      r.getCell(col('indicator')).value = row.label;
      r.font = { bold: true, name: 'Times New Roman', size: 12 };
      for (let c = 1; c <= COLUMNS.length; c++) {
        r.getCell(c).border = THIN;
        r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      }
    } else writeIndicatorRow(sheet, rowNumber, row, lang);
    rowNumber++;
  }
  if (options.summary) {
    const relevant = evaluations.filter((e) => (e.observation as { period?: string }).period === period);
    const s = summarize(relevant);
    const withTarget = s.total - s.counts['no-target'] - s.counts['no-data'];
    const r = sheet.getRow(rowNumber + 1);
    r.getCell(col('indicator')).value = L.summary;
    r.getCell(col('note')).value = L.summaryText(withTarget, s.metOrExceeded, s.total);
    r.font = { bold: true, name: 'Times New Roman', size: 12 };
    if (s.score !== null) {
      const cell = r.getCell(col('percentOfPlan'));
      cell.value = numberCell(s.score, lang, shiftDecimal(s.score, 2));
      cell.numFmt = percentFormat(1);
    }
  }
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: COLUMNS.length } };
  return sheet;
}

function previousPeriodOf(period: string): string {
  return samePeriodLastYear(period).id;
}

function nextPeriodOf(dataset: Dataset, period: string): string | undefined {
  for (const o of dataset.observations)
    if (o.period === period && o.nextTarget !== undefined) return o.nextTarget.period;
  if (/^\d{4}$/.test(period)) return String(Number(period) + 1);
  return undefined;
}

/**
 * Writes a dataset and its evaluations as an `.xlsx` workbook, as a department hands it in:
 * a title, two header rows with merged cells (`Năm 2020` over `Kế hoạch`, `Thực hiện`, `% KH`,
 * `So cùng kỳ`), sector rows (`I. Bưu chính, viễn thông`), "trong đó" rows indented and grouped
 * in the outline, a summary row, a frozen header, column widths, A4 landscape.
 *
 * Figures are real numbers with number formats, never text (a value beyond 15 significant
 * digits, which a spreadsheet cannot hold exactly, is written as text). A derived % of plan or
 * change is a formula over the row's cells, so it looks derived; a stated one is the printed
 * value with its printed decimals. A hidden sheet `chitieu-data` keeps what the table cannot
 * show (ids, English names, densities, stages, notes of other periods) so that
 * {@link readWorkbook} gives back the same dataset.
 *
 * @example
 * const bytes = await writeWorkbook(dataset, evaluateDataset(dataset), { locale: 'vi' });
 * new Blob([bytes], { type: XLSX_MIME });
 */
export async function writeWorkbook(
  dataset: Dataset,
  evaluations?: readonly Evaluation[],
  options: WriteWorkbookOptions = {},
): Promise<Uint8Array> {
  const lang = langOf(options.locale ?? 'vi');
  const period = reportPeriod(dataset, options.period);
  const evals = evaluations ?? evaluateDataset(dataset);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@chitieu/office';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  addReportSheet(workbook, dataset, evals, {
    lang,
    period,
    sheetName: options.sheetName ?? LABELS[lang].sheet,
    summary: true,
  });
  encodeDataSheet(workbook, dataset, period);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** MIME type of `.xlsx` files, for `Blob`s and downloads. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
