import type { Dataset } from '@chitieu/core';
import { ChitieuError, decimal, localize, parseDataset, parseNumber } from '@chitieu/core';
import ExcelJS from 'exceljs';
import { DATA_SHEET, type DataRow, decodeDataSheet } from './data-sheet';
import { type FormatInfo, formatInfo } from './formats';
import { fold, langOf } from './labels';
import { printedDecimals, shiftDecimal } from './rows';
import { readUnit, slug } from './units-vi';

/** Why a cell or a sheet could not be read. */
export type WorkbookIssueCode =
  /** The bytes are not an `.xlsx` workbook. */
  | 'UNREADABLE_FILE'
  /** The sheet asked for does not exist, or no sheet has a table with a `Chỉ tiêu` header. */
  | 'NO_TABLE'
  /** No period: no year in the headers or the title, and none given in the options. */
  | 'NO_PERIOD'
  /** A cell that should hold a number holds something else (text that is not a number, a date, an error). */
  | 'UNREADABLE_NUMBER'
  /** A row with figures but no indicator name. */
  | 'MISSING_NAME'
  /** Two rows name the same indicator id. */
  | 'DUPLICATE_ID'
  /** The hidden data sheet written by `writeWorkbook` is damaged. */
  | 'DATA_SHEET'
  /** The table was read, but the dataset it gives fails the core's validation. */
  | 'INVALID_DATASET'
  /** More rows or columns than a report table has; the rest is not read. */
  | 'TOO_LARGE';

/** One problem, located by sheet, row and column (`Báo cáo!F7`). */
export interface WorkbookIssue {
  readonly code: WorkbookIssueCode;
  readonly sheet: string;
  /** A1 reference of the cell (`F7`), or null for a whole sheet or file. */
  readonly cell: string | null;
  readonly row: number | null;
  /** Column letter (`F`). */
  readonly column: string | null;
  /** In the reader's language (`vi` or `en`). */
  readonly message: string;
  /** The dataset path the core reported, for `INVALID_DATASET`. */
  readonly path?: string | undefined;
}

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /** How text numbers are written (`vi`: `3.630`, `100,6`; `en`: `3,630`, `100.6`); also the language of issues. */
  readonly locale: string;
  /** Language of the issue messages when it differs from the workbook's (`vi` or `en`). */
  readonly messages?: string | undefined;
  /** Sheet name (default: the first visible sheet with a `Chỉ tiêu` / `Indicator` header). */
  readonly sheet?: string | undefined;
  /** Period of the figures when the headers and the title name no year (`2020`, `2020-Q1`). */
  readonly period?: string | undefined;
}

/** Result of {@link readWorkbook}: a dataset when one could be built, and every issue. */
export interface ReadWorkbookResult {
  readonly dataset?: Dataset | undefined;
  readonly issues: readonly WorkbookIssue[];
}

type Role =
  | 'no'
  | 'name'
  | 'unit'
  | 'plan'
  | 'actual'
  | 'previous'
  | 'next'
  | 'percentOfPlan'
  | 'samePeriod'
  | 'note'
  | 'id';

interface Column {
  readonly index: number;
  readonly role: Role;
  readonly year: number | null;
}

const MESSAGES = {
  vi: {
    unreadableFile: (m: string) => `Không đọc được tệp Excel (.xlsx): ${m}`,
    noSheet: (s: string) => `Không có trang tính "${s}"`,
    noTable: 'Không tìm thấy bảng: cần một dòng tiêu đề có cột "Chỉ tiêu"',
    noPeriod: 'Không rõ kỳ báo cáo: tiêu đề cột hoặc tên bảng không nêu năm; hãy chọn kỳ',
    notNumber: (t: string) => `"${t}" không phải là số`,
    date: 'Ô chứa ngày tháng, không phải số',
    error: (e: string) => `Ô báo lỗi công thức ${e}`,
    missingName: 'Dòng có số liệu nhưng không có tên chỉ tiêu',
    duplicate: (id: string, row: number) => `Mã chỉ tiêu "${id}" đã có ở dòng ${row}`,
    dataSheet: (m: string) => `Trang dữ liệu ẩn bị hỏng: ${m}`,
    tooLarge: (rows: number) => `Bảng quá lớn: chỉ đọc ${rows} dòng đầu`,
  },
  en: {
    unreadableFile: (m: string) => `Not a readable Excel workbook (.xlsx): ${m}`,
    noSheet: (s: string) => `There is no sheet "${s}"`,
    noTable: 'No table found: a header row needs an "Indicator" (Chỉ tiêu) column',
    noPeriod: 'Unknown period: neither the column headers nor the title name a year; choose the period',
    notNumber: (t: string) => `"${t}" is not a number`,
    date: 'The cell holds a date, not a number',
    error: (e: string) => `The cell shows the formula error ${e}`,
    missingName: 'The row has figures but no indicator name',
    duplicate: (id: string, row: number) => `Indicator id "${id}" is already used on row ${row}`,
    dataSheet: (m: string) => `The hidden data sheet is damaged: ${m}`,
    tooLarge: (rows: number) => `The table is too large: only its first ${rows} rows are read`,
  },
};

/** Bounds that keep a hostile or accidental giant sheet from freezing the page. */
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 100;

const BLANK = new Set(['', '-', '–', '—', 'x', '...', '…', 'n/a', 'k/h', '.']);
const YEAR = /\b(19|20)\d{2}\b/g;

function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26; // float-ok: integer column arithmetic
    out = String.fromCharCode(65 + r) + out;
    n = (n - 1 - r) / 26; // float-ok: integer column arithmetic
  }
  return out;
}

/** The text a cell shows, whatever its value type (rich text, formula result, hyperlink). */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText))
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (typeof o.text === 'string') return o.text.trim();
    if (o.result !== undefined && o.result !== null) return String(o.result).trim();
    if (typeof o.error === 'string') return o.error;
  }
  return '';
}

function classify(text: string): Role | null {
  const t = fold(text);
  if (t === '') return null;
  if (/^(ma|ma chi tieu|id|indicator id|code)$/.test(t)) return 'id';
  if (/^(stt|tt|so tt|so thu tu|no\.?|#)$/.test(t)) return 'no';
  if (/ghi chu|^note/.test(t)) return 'note';
  if (/don vi tinh|^dvt\b|^d\.?v\.?t\.?$|^don vi$|^unit/.test(t)) return 'unit';
  if (/% ?(so )?(voi )?(kh|ke hoach)|(so )?voi (kh|ke hoach)|ty le.*(kh|ke hoach)|of plan|% plan|so kh/.test(t))
    return 'percentOfPlan';
  if (/cung ky|same period|so voi nam truoc|vs previous|previous year %/.test(t)) return 'samePeriod';
  if (/ke hoach|^kh\b|\bkh \d{4}|plan|target|muc tieu/.test(t)) return 'plan';
  if (/thuc hien|^th\b|\bth \d{4}|uoc (dat|th)|actual|ket qua/.test(t)) return 'actual';
  if (/chi tieu|indicator|noi dung/.test(t)) return 'name';
  return null;
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
}

interface NumberRead {
  readonly value: string | null;
  /** Decimals as shown (number format or printed text); null when unknown. */
  readonly decimals: number | null;
  readonly info: FormatInfo;
  /** A formula in a derived column (% of plan, vs same period): not a stated figure. */
  readonly derived: boolean;
  /** For text changes: the form the words say (`tăng` → rate, `gấp … lần` → times). */
  readonly form?: 'ratio' | 'rate' | 'times' | 'points' | undefined;
}

type NumberKind = 'value' | 'percent' | 'change';

function textDecimals(text: string, lang: 'vi' | 'en'): number {
  const sep = lang === 'vi' ? ',' : '.';
  const i = text.lastIndexOf(sep);
  if (i < 0) return 0;
  const tail = text.slice(i + 1).match(/^\d+/)?.[0] ?? '';
  // `3.630` in Vietnamese has no decimals; `3,630` in English neither: a group of 3 after a
  // grouping separator is handled by parseNumber, here only the decimal separator counts.
  return tail.length;
}

/**
 * Reads one number cell. Numbers stored as numbers are read from their shortest round-trip form
 * (exact for up to 15 significant digits); percent-formatted cells are shifted to percent as
 * printed; text is read strictly with the core's `parseNumber` in the workbook's locale.
 */
function readNumber(
  cell: ExcelJS.Cell,
  kind: NumberKind,
  locale: string,
  M: (typeof MESSAGES)['vi'],
): NumberRead | { error: string } {
  const lang = langOf(locale);
  const info = formatInfo(cell.numFmt);
  let v = cell.value as unknown;
  let derived = false;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown; error?: string; richText?: unknown };
    if (typeof o.error === 'string') return { error: M.error(o.error) };
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      derived = true;
      const r = o.result as unknown;
      if (r !== null && typeof r === 'object' && typeof (r as { error?: unknown }).error === 'string') {
        return kind === 'value'
          ? { error: M.error((r as { error: string }).error) }
          : { value: null, decimals: null, info, derived };
      }
      v = r === undefined ? null : r;
    } else v = cellText(cell);
  }
  if (derived && kind !== 'value') return { value: null, decimals: null, info, derived };
  if (v === null || v === undefined) return { value: null, decimals: null, info, derived };
  if (v instanceof Date) return { error: M.date };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { error: M.notNumber(String(v)) };
    let value: string = decimal(v);
    let decimals = info.decimals;
    if (info.percent) value = shiftDecimal(value, 2);
    if (info.times || info.points) decimals = info.decimals;
    return { value, decimals, info, derived, form: undefined };
  }
  let text = String(v).trim();
  if (BLANK.has(fold(text))) return { value: null, decimals: null, info, derived };
  let form: NumberRead['form'];
  let sign = '';
  const folded = fold(text);
  if (kind === 'change') {
    const m = folded.match(/^(tang|giam|increase|decrease|up|down)\b\s*/);
    if (m) {
      form = 'rate';
      sign = /^(giam|decrease|down)/.test(m[1] ?? '') ? '-' : '';
      text = text.slice(m[0].length).trim();
    }
    const times = fold(text).match(/^(gap|x)?\s*(.+?)\s*(lan|times|x)$/);
    if (times) {
      form = 'times';
      text = text
        .replace(/^(gấp|gap|x)\s*/i, '')
        .replace(/\s*(lần|lan|times|x)$/i, '')
        .trim();
    }
    const pts = fold(text).match(/^(.+?)\s*(diem %|diem phan tram|diem|pp|points?)$/);
    if (pts) {
      form = 'points';
      text = text.replace(/\s*(điểm phần trăm|điểm %|điểm|diem|pp|points?)$/i, '').trim();
    }
  }
  const hasPercent = /%$/.test(text);
  if (hasPercent) text = text.replace(/\s*%$/, '');
  if ((kind === 'change' || kind === 'percent') && form === undefined && hasPercent) form = 'ratio';
  try {
    const value = parseNumber(text, locale);
    const signed = sign === '-' ? (value.startsWith('-') ? value : `-${value}`) : value;
    return { value: signed, decimals: textDecimals(text, lang), info, derived, form };
  } catch (error) {
    // The core's parse errors are English: the Vietnamese message stands on its own.
    if (ChitieuError.is(error))
      return { error: M === MESSAGES.en ? `${M.notNumber(String(v))}: ${error.message}` : M.notNumber(String(v)) };
    throw error;
  }
}

/** Pads a percent as printed to the decimals shown (`100` shown as `100,00%` is `"100.00"`). */
function asPrinted(value: string, decimals: number | null): string {
  if (decimals === null) return value;
  const have = printedDecimals(value);
  if (have >= decimals) return value;
  return `${value}${have === 0 ? '.' : ''}${'0'.repeat(decimals - have)}`;
}

function pickSheet(
  workbook: ExcelJS.Workbook,
  name: string | undefined,
): { sheet: ExcelJS.Worksheet; header: number } | { missing: true } | null {
  const candidates = name !== undefined ? [workbook.getWorksheet(name)] : workbook.worksheets;
  if (name !== undefined && candidates[0] === undefined) return { missing: true };
  for (const sheet of candidates) {
    if (sheet === undefined || sheet.name === DATA_SHEET) continue;
    if (name === undefined && sheet.state !== 'visible' && sheet.state !== undefined) continue;
    const last = Math.min(sheet.rowCount, 30);
    for (let r = 1; r <= last; r++) {
      const row = sheet.getRow(r);
      let names = 0;
      let figures = 0;
      for (let c = 1; c <= Math.min(row.cellCount, 40); c++) {
        const role = classify(cellText(row.getCell(c)));
        if (role === 'name') names++;
        if (role === 'plan' || role === 'actual' || role === 'percentOfPlan' || role === 'unit') figures++;
      }
      if (names >= 1 && figures >= 1) return { sheet, header: r };
    }
  }
  return null;
}

/**
 * Reads a workbook as a Vietnamese department keeps it: a title, one or two header rows
 * (merged cells such as `Năm 2020` over `Kế hoạch` and `Thực hiện` are read as one header per
 * column), headers with or without diacritics (`Chỉ tiêu`, `Đơn vị tính`/`ĐVT`, `Kế hoạch`,
 * `Thực hiện`, `% KH`, `So cùng kỳ`, English equivalents), sector rows (`I. Bưu chính, viễn
 * thông`, or a row with a name and no figures), `trong đó` and indented rows (children of the row
 * above), numbers stored as numbers or as text in the workbook's locale (`3.630`, `100,6`),
 * percent cells, blank rows and `-` for "none".
 *
 * Every cell it cannot read is an issue naming the sheet, the row and the column (`F7`), and the
 * cell is left out; nothing is guessed. A workbook written by {@link writeWorkbook} is read back
 * to the same dataset (its hidden `chitieu-data` sheet supplies what the table cannot show; the
 * table's cells win where both exist). The dataset passes the core's `parseDataset`; when it
 * does not, the core's issues come back located at the row of the indicator.
 *
 * @example
 * const { dataset, issues } = await readWorkbook(await file.arrayBuffer(), { locale: 'vi' });
 * for (const i of issues) console.log(`${i.sheet}!${i.cell}: ${i.message}`);
 */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ReadWorkbookOptions,
): Promise<ReadWorkbookResult> {
  const lang = langOf(options.locale);
  const M = MESSAGES[langOf(options.messages ?? options.locale)];
  const issues: WorkbookIssue[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // exceljs wants an ArrayBuffer-backed buffer; copy the view so offsets never leak.
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    issues.push({
      code: 'UNREADABLE_FILE',
      sheet: '',
      cell: null,
      row: null,
      column: null,
      message: M.unreadableFile(error instanceof Error ? error.message : String(error)),
    });
    return { issues };
  }
  const picked = pickSheet(workbook, options.sheet);
  if (picked === null || 'missing' in picked) {
    issues.push({
      code: 'NO_TABLE',
      sheet: options.sheet ?? '',
      cell: null,
      row: null,
      column: null,
      message: picked === null ? M.noTable : M.noSheet(options.sheet ?? ''),
    });
    return { issues };
  }
  const { sheet, header } = picked;
  const at = (row: number, column: number, code: WorkbookIssueCode, message: string): void => {
    const letter = columnLetter(column);
    issues.push({ code, sheet: sheet.name, cell: `${letter}${row}`, row, column: letter, message });
  };

  // --- headers: one row, or two when the next row holds sub-headers (merged cells above) ---
  const top = sheet.getRow(header);
  const below = sheet.getRow(header + 1);
  const width = Math.min(Math.max(top.cellCount, below.cellCount, sheet.columnCount), MAX_COLUMNS);
  let subHeader = false;
  for (let c = 1; c <= width; c++) {
    const t = cellText(below.getCell(c));
    const role = classify(t);
    if (role !== null && role !== 'name' && typeof below.getCell(c).value !== 'number') subHeader = true;
  }
  const columns: Column[] = [];
  const texts: string[] = [];
  for (let c = 1; c <= width; c++) {
    const a = cellText(top.getCell(c));
    const b = subHeader ? cellText(below.getCell(c)) : '';
    const text = a === b || b === '' ? a : a === '' ? b : `${a} ${b}`;
    texts[c] = text;
    const role = classify(text);
    if (
      role !== null &&
      !columns.some(
        (col) =>
          col.role === role &&
          (role === 'name' || role === 'unit' || role === 'no' || role === 'id' || role === 'note'),
      )
    ) {
      const years = yearsIn(text);
      columns.push({ index: c, role, year: years.length > 0 ? (years.at(-1) as number) : null });
    }
  }
  const firstData = header + (subHeader ? 2 : 1);

  // --- the period: options, the actual columns' year, else a year in the title rows ---
  const dataSheet = workbook.getWorksheet(DATA_SHEET);
  const decoded = dataSheet !== undefined ? decodeDataSheet(dataSheet) : undefined;
  for (const p of decoded?.problems ?? []) {
    issues.push({
      code: 'DATA_SHEET',
      sheet: DATA_SHEET,
      cell: `C${p.row}`,
      row: p.row,
      column: 'C',
      message: M.dataSheet(p.message),
    });
  }
  const actualYears = columns.filter((c) => c.role === 'actual' && c.year !== null).map((c) => c.year as number);
  const planYears = columns.filter((c) => c.role === 'plan' && c.year !== null).map((c) => c.year as number);
  let period = options.period ?? decoded?.period;
  if (period === undefined && actualYears.length > 0) period = String(Math.max(...actualYears));
  if (period === undefined && planYears.length > 0) period = String(Math.min(...planYears));
  if (period === undefined) {
    for (let r = 1; r < header && period === undefined; r++) {
      const years = yearsIn(sheet.getRow(r).values ? cellText(sheet.getRow(r).getCell(1)) : '');
      if (years.length > 0) period = String(years[0]);
    }
  }
  if (period === undefined) {
    issues.push({
      code: 'NO_PERIOD',
      sheet: sheet.name,
      cell: `A${header}`,
      row: header,
      column: 'A',
      message: M.noPeriod,
    });
    return { issues };
  }
  const reportYear = /^\d{4}/.test(period) ? Number(period.slice(0, 4)) : null;
  // Years decide which plan is next year's and which actual is last year's.
  const resolved: Column[] = columns.map((c) => {
    if (reportYear === null || c.year === null) return c;
    if (c.role === 'plan' && c.year > reportYear) return { ...c, role: 'next' };
    if (c.role === 'actual' && c.year < reportYear) return { ...c, role: 'previous' };
    return c;
  });
  const find = (role: Role): Column | undefined => resolved.find((c) => c.role === role);
  const nextColumn = find('next');
  const nextPeriod =
    nextColumn?.year != null ? String(nextColumn.year) : reportYear !== null ? String(reportYear + 1) : undefined;

  // --- rows ---
  const fromSheet = new Map<string, DataRow>();
  const observationsFromSheet = new Map<string, DataRow>();
  let datasetMeta: Record<string, unknown> | undefined;
  for (const row of decoded?.rows ?? []) {
    if (row.kind === 'indicator') fromSheet.set(row.key, row);
    else if (row.kind === 'observation') observationsFromSheet.set(row.key, row);
    else datasetMeta = row.value;
  }

  interface Built {
    indicator: Record<string, unknown>;
    observation: Record<string, unknown>;
    row: number;
  }
  const built: Built[] = [];
  const idRow = new Map<string, number>();
  let group: string | undefined;
  const stack: { indent: number; id: string }[] = [];
  let lastTop: string | undefined;
  const nameCol = find('name');
  const title = cellText(sheet.getRow(1).getCell(1));

  let lastRow = sheet.rowCount;
  if (lastRow - firstData + 1 > MAX_ROWS) {
    lastRow = firstData + MAX_ROWS - 1;
    issues.push({
      code: 'TOO_LARGE',
      sheet: sheet.name,
      cell: `A${lastRow + 1}`,
      row: lastRow + 1,
      column: 'A',
      message: M.tooLarge(MAX_ROWS),
    });
  }
  for (let r = firstData; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const get = (role: Role) => {
      const c = find(role);
      return c === undefined ? undefined : row.getCell(c.index);
    };
    const nameCell = get('name');
    const rawName = nameCell === undefined ? '' : cellText(nameCell);
    const noText = (() => {
      const c = get('no');
      return c === undefined ? '' : cellText(c);
    })();
    const read = (role: Role, kind: NumberKind): NumberRead | null => {
      const c = find(role);
      if (c === undefined) return null;
      const cell = row.getCell(c.index);
      const result = readNumber(cell, kind, options.locale, M);
      if ('error' in result) {
        at(r, c.index, 'UNREADABLE_NUMBER', result.error);
        return null;
      }
      return result;
    };
    const foldedName = fold(rawName);
    if (rawName === '' && noText === '' && ![...Array(width).keys()].some((i) => cellText(row.getCell(i + 1)) !== ''))
      continue;
    if (/^(tong hop|summary)$/.test(foldedName)) continue;

    // Band plans are written `4 – 5`.
    const planCell = get('plan');
    let band: { min: string; max: string } | undefined;
    if (planCell !== undefined) {
      const t = cellText(planCell);
      const m = typeof planCell.value === 'string' ? t.match(/^(.+?)\s+[–-]\s+(.+)$/) : null;
      if (m) {
        try {
          band = { min: parseNumber(m[1] as string, options.locale), max: parseNumber(m[2] as string, options.locale) };
        } catch {
          band = undefined;
        }
      }
    }
    const plan = band === undefined ? read('plan', 'value') : null;
    const actual = read('actual', 'value');
    const previous = read('previous', 'value');
    const next = read('next', 'value');
    const pct = read('percentOfPlan', 'percent');
    const change = read('samePeriod', 'change');
    const hasFigures =
      [plan, actual, previous, next, pct, change].some((x) => x !== null && x.value !== null) || band !== undefined;
    const unitText = (() => {
      const c = get('unit');
      return c === undefined ? '' : cellText(c);
    })();
    const idText = (() => {
      const c = get('id');
      return c === undefined ? '' : cellText(c);
    })();

    // Sector rows: a roman numeral, or a name with no unit and no figures.
    const romanPrefix = rawName.match(/^([IVXLC]+|[A-Z])\s*[.)/-]\s+(.+)$/);
    if (
      !hasFigures &&
      idText === '' &&
      (/^[IVXLC]+\.?$/.test(noText) || romanPrefix || (unitText === '' && rawName !== ''))
    ) {
      group = romanPrefix ? (romanPrefix[2] as string).trim() : rawName;
      stack.length = 0;
      lastTop = undefined;
      continue;
    }
    if (rawName === '') {
      if (hasFigures) at(r, nameCol?.index ?? 1, 'MISSING_NAME', M.missingName);
      continue;
    }

    // "trong đó" rows, bullets and indented names are children.
    let name = rawName;
    let level = 0;
    const ofWhich = rawName.match(/^[-–•+*]?\s*(trong đó|trong do|of which|in which)\s*[:,]?\s*/i);
    const bullet = rawName.match(/^[-–•+*]\s+/);
    if (ofWhich) {
      name = rawName.slice(ofWhich[0].length);
      name = name.charAt(0).toUpperCase() + name.slice(1);
      level = 1;
    } else if (bullet) {
      name = rawName.slice(bullet[0].length);
      level = 1;
    }
    const indent = nameCell?.alignment?.indent ?? 0;
    let parent: string | undefined;
    if (indent > 0) {
      while (stack.length > 0 && (stack.at(-1) as { indent: number }).indent >= indent) stack.pop();
      parent = stack.at(-1)?.id;
    } else if (level > 0) parent = lastTop;
    else stack.length = 0;

    let id = idText !== '' ? idText : slug(name);
    if (idText === '') {
      let n = 2;
      while (idRow.has(id)) id = `${slug(name)}-${n++}`;
    } else if (idRow.has(id)) {
      at(r, find('id')?.index ?? 1, 'DUPLICATE_ID', M.duplicate(id, idRow.get(id) as number));
      continue;
    }
    idRow.set(id, r);
    stack.push({ indent, id });
    if (indent === 0 && level === 0) lastTop = id;

    // Indicator: the hidden sheet's definition when there is one, else what the row says.
    let indicator: Record<string, unknown>;
    const known = fromSheet.get(id);
    if (known !== undefined) {
      indicator = { ...known.value };
      const stored = indicator.name as Parameters<typeof localize>[0];
      // A known indicator keeps its name as written ("Trong đó …" included) unless edited.
      if (localize(stored, lang) !== rawName) {
        indicator.name = typeof stored === 'string' ? rawName : { ...(stored as object), [lang]: rawName };
      }
    } else {
      const { unit, scale } = readUnit(unitText);
      const decimals = Math.max(
        ...[plan, actual, previous, next].map((x) => (x?.value != null ? (x.decimals ?? printedDecimals(x.value)) : 0)),
        0,
      );
      indicator = { id, name, unit };
      if (scale !== 0) indicator.scale = scale;
      if (decimals > 0) indicator.decimals = decimals;
      const pd =
        pct?.value != null ? pct.decimals : change?.value != null && change.info.percent ? change.decimals : null;
      if (pd !== null && pd !== undefined) indicator.percentDecimals = pd;
      if (group !== undefined) indicator.group = group;
      if (parent !== undefined) indicator.parent = parent;
      if (band !== undefined) indicator.targetKind = 'band';
    }

    // Observation: the hidden sheet's, with the table's figures on top.
    const key = `${id}@${period}`;
    const stored = observationsFromSheet.get(key);
    observationsFromSheet.delete(key);
    const o: Record<string, unknown> = stored !== undefined ? structuredClone(stored.value) : { indicator: id, period };
    const setFigure = (field: string, value: string | null | undefined) => {
      if (value != null) o[field] = value;
      else if (o[field] != null) delete o[field];
    };
    setFigure('actual', actual?.value);
    if (stored === undefined && actual?.value != null) {
      const code = find('actual') ? (row.getCell((find('actual') as Column).index).numFmt ?? '') : '';
      if (/"[^"]*(ước|\buoc\b|\best\.|\bestimated?\b)[^"]*"/iu.test(code)) o.estimated = true;
    }
    if (band !== undefined) o.target = band;
    else if (find('plan') !== undefined) setFigure('target', plan?.value);
    if (find('previous') !== undefined) setFigure('previous', previous?.value);
    const stated = { ...((o.stated as Record<string, unknown> | undefined) ?? {}) };
    if (pct !== null && !pct.derived) {
      if (pct.value !== null) {
        const printed =
          pct.info.percent || pct.form === 'ratio'
            ? asPrinted(pct.value, pct.decimals)
            : asPrinted(pct.value, pct.decimals);
        stated.completion = printed;
      } else delete stated.completion;
    }
    if (change !== null && !change.derived) {
      if (change.value !== null) {
        const info = change.info;
        const form =
          change.form ??
          (info.times ? 'times' : info.points ? 'points' : info.percent && info.signed ? 'rate' : 'ratio');
        // The stored change keeps what the cell cannot show (its base, the report's verb) while
        // the cell says the same form; a different form is a new statement.
        const previousChange = stated.change as { form?: unknown; base?: unknown } | undefined;
        const value = asPrinted(change.value, change.decimals);
        stated.change =
          previousChange !== undefined && previousChange.form === form
            ? { ...previousChange, form, value }
            : { form, value, ...(previousChange?.base !== undefined ? { base: previousChange.base } : {}) };
      } else delete stated.change;
    }
    if (Object.keys(stated).length > 0) o.stated = stated;
    else delete o.stated;
    if (find('next') !== undefined) {
      if (next?.value != null) {
        const nt = (o.nextTarget as Record<string, unknown> | undefined) ?? { period: nextPeriod ?? '' };
        o.nextTarget = { ...nt, value: next.value };
      } else delete o.nextTarget;
    }
    const noteCell = get('note');
    if (noteCell !== undefined) {
      const note = cellText(noteCell);
      if (note !== '') o.note = note;
      else delete o.note;
    }
    const keepObservation = stored !== undefined || hasFigures || o.note !== undefined;
    built.push({ indicator, observation: keepObservation ? o : {}, row: r });
  }

  // --- assemble in the hidden sheet's order when there is one, so a round trip is exact ---
  const indicators: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  const indicatorRows: number[] = [];
  const observationRows: number[] = [];
  const byId = new Map(built.map((b) => [b.indicator.id as string, b] as const));
  for (const [id, row] of fromSheet) {
    const b = byId.get(id);
    indicators.push(b?.indicator ?? row.value);
    indicatorRows.push(b?.row ?? 0);
  }
  for (const b of built) {
    if (!fromSheet.has(b.indicator.id as string)) {
      indicators.push(b.indicator);
      indicatorRows.push(b.row);
    }
  }
  const builtObservation = new Map<string, Built>(
    built
      .filter((b) => Object.keys(b.observation).length > 0)
      .map((b) => [`${b.indicator.id as string}@${period}`, b] as const),
  );
  for (const row of decoded?.rows ?? []) {
    if (row.kind !== 'observation') continue;
    const b = builtObservation.get(row.key);
    if (b !== undefined) {
      observations.push(b.observation);
      observationRows.push(b.row);
      builtObservation.delete(row.key);
    } else if (observationsFromSheet.has(row.key)) {
      // Another period, or an indicator the table no longer lists: kept as written.
      observations.push(row.value);
      observationRows.push(0);
    }
  }
  for (const b of builtObservation.values()) {
    observations.push(b.observation);
    observationRows.push(b.row);
  }
  const input: Record<string, unknown> = {
    ...(datasetMeta ?? {}),
    title: datasetMeta?.title ?? (title !== '' ? title : sheet.name),
    indicators,
    observations,
  };
  const parsed = parseDataset(input);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const m = issue.path.match(/^\$\.(indicators|observations)\[(\d+)\]/);
      const rowNo = m ? (m[1] === 'indicators' ? indicatorRows : observationRows)[Number(m[2])] : undefined;
      const column = nameCol?.index ?? 2;
      issues.push({
        code: 'INVALID_DATASET',
        sheet: sheet.name,
        cell: rowNo ? `${columnLetter(column)}${rowNo}` : null,
        row: rowNo || null,
        column: rowNo ? columnLetter(column) : null,
        message: issue.message,
        path: issue.path,
      });
    }
    return { issues };
  }
  return { dataset: parsed.dataset, issues };
}

export { columnLetter };
