import type { Dataset } from '@chitieu/core';
import type ExcelJS from 'exceljs';

/** Name of the hidden sheet that keeps what the report table cannot show. */
export const DATA_SHEET = 'chitieu-data';
const HEADER = ['kind', 'key', 'json'] as const;
const NOTICE = '@chitieu/office — dữ liệu để đọc lại tệp; không sửa tay / data for reading the file back; do not edit';

/** A row of the data sheet. */
export interface DataRow {
  readonly kind: 'dataset' | 'indicator' | 'observation';
  readonly key: string;
  readonly value: Record<string, unknown>;
  /** Spreadsheet row number, for issues. */
  readonly row: number;
}

/**
 * Writes the hidden data sheet: the dataset's title and source, every indicator definition and
 * every observation as JSON, one per row. The table's own cells win when both exist: an edit in
 * the report sheet is read, the JSON only fills in what the table cannot show.
 */
export function encodeDataSheet(workbook: ExcelJS.Workbook, dataset: Dataset, period: string | undefined): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { state: 'hidden' });
  sheet.addRow([NOTICE]);
  sheet.addRow([...HEADER, period ?? '']);
  const { indicators: _i, observations: _o, ...rest } = dataset;
  sheet.addRow(['dataset', '', JSON.stringify(rest)]);
  for (const indicator of dataset.indicators) sheet.addRow(['indicator', indicator.id, JSON.stringify(indicator)]);
  for (const o of dataset.observations) sheet.addRow(['observation', `${o.indicator}@${o.period}`, JSON.stringify(o)]);
  sheet.getColumn(3).width = 120;
}

/** Reads the data sheet back; problems are reported with their row. */
export function decodeDataSheet(sheet: ExcelJS.Worksheet): {
  rows: DataRow[];
  period: string | undefined;
  problems: { row: number; message: string }[];
} {
  const rows: DataRow[] = [];
  const problems: { row: number; message: string }[] = [];
  const periodCell = sheet.getRow(2).getCell(4).value;
  const period = typeof periodCell === 'string' && periodCell !== '' ? periodCell : undefined;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= 2) return;
    const kind = row.getCell(1).value;
    const key = row.getCell(2).value;
    const json = row.getCell(3).value;
    if (kind !== 'dataset' && kind !== 'indicator' && kind !== 'observation') {
      problems.push({ row: rowNumber, message: `unknown kind ${JSON.stringify(kind)}` });
      return;
    }
    try {
      const value = JSON.parse(typeof json === 'string' ? json : '') as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
      rows.push({
        kind,
        key: typeof key === 'string' ? key : '',
        value: value as Record<string, unknown>,
        row: rowNumber,
      });
    } catch (error) {
      problems.push({ row: rowNumber, message: `column C is not valid JSON (${(error as Error).message})` });
    }
  });
  return { rows, period, problems };
}
