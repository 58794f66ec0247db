/**
 * @chitieu/office — the planning cycle's files: Excel in (`readWorkbook`), Excel, Word and CSV
 * out (`writeWorkbook`, `writeDocx`, `writeCsv`), and a template for units to fill in
 * (`writeTemplate`). The format libraries (exceljs, docx) are loaded only by this package.
 *
 * @packageDocumentation
 */
export type { ReadWorkbookOptions, ReadWorkbookResult, WorkbookIssue, WorkbookIssueCode } from './read-workbook';
export { readWorkbook } from './read-workbook';
export type { WriteCsvOptions } from './write-csv';
export { CSV_HEADER, CSV_MIME, neutralise, writeCsv } from './write-csv';
export type { WriteDocxOptions } from './write-docx';
export { DOCX_MIME, writeDocx } from './write-docx';
export type { WriteTemplateOptions } from './write-template';
export { writeTemplate } from './write-template';
export type { WriteWorkbookOptions } from './write-workbook';
export { writeWorkbook, XLSX_MIME } from './write-workbook';
