/**
 * The CSV layout of a dataset: one row per observation (one indicator, one period). The
 * indicator's own columns repeat on every row; the first row that names an indicator defines
 * it, and later rows may leave those cells empty or must repeat the same value.
 *
 * This file is the single source of the layout: the docs page renders {@link CSV_COLUMNS}.
 */
import { findUnit, parseQuantity } from '@chitieu/core';
import Papa from 'papaparse';
import { type CsvNumbers, type NumberKind, readCellNumber } from './csv-numbers';

export type ColumnTarget = 'indicator' | 'observation';

export interface CsvColumn {
  readonly name: string;
  readonly of: ColumnTarget;
  readonly required?: 'always' | 'first-row';
  /** A number column: read in the chosen {@link CsvNumbers} style (`3.630` in `vi`). */
  readonly number?: NumberKind;
  readonly vi: string;
  readonly en: string;
  readonly example: string;
}

/** Every column the CSV reader knows, in the order the docs list them. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'indicator',
    of: 'observation',
    required: 'always',
    vi: 'Mã chỉ tiêu',
    en: 'Indicator id',
    example: 'revenue',
  },
  {
    name: 'period',
    of: 'observation',
    required: 'always',
    vi: 'Kỳ: 2020, 2020-Q1, 2020-H1, 2020-11, 2020-YTD-11',
    en: 'Period id: 2020, 2020-Q1, 2020-H1, 2020-11, 2020-YTD-11',
    example: '2020',
  },
  {
    name: 'name_vi',
    of: 'indicator',
    required: 'first-row',
    vi: 'Tên tiếng Việt (hoặc name_en)',
    en: 'Vietnamese name (or name_en)',
    example: 'Tổng doanh thu',
  },
  { name: 'name_en', of: 'indicator', vi: 'Tên tiếng Anh', en: 'English name', example: 'Total revenue' },
  {
    name: 'unit',
    of: 'indicator',
    required: 'first-row',
    vi: 'Mã đơn vị: VND, percent, subscriber, copy, service, …',
    en: 'Unit code: VND, percent, subscriber, copy, service, …',
    example: 'VND',
  },
  {
    name: 'scale',
    of: 'indicator',
    number: 'integer',
    vi: 'Lũy thừa của 10: 9 cho tỷ đồng, 6 cho triệu',
    en: 'Power of ten: 9 for billions, 6 for millions',
    example: '9',
  },
  {
    name: 'direction',
    of: 'indicator',
    vi: 'higher-is-better, lower-is-better hoặc neither',
    en: 'higher-is-better, lower-is-better or neither',
    example: 'higher-is-better',
  },
  {
    name: 'target_kind',
    of: 'indicator',
    vi: 'point, at-least, at-most hoặc band',
    en: 'point, at-least, at-most or band',
    example: 'point',
  },
  {
    name: 'decimals',
    of: 'indicator',
    number: 'integer',
    vi: 'Số chữ số thập phân của giá trị',
    en: 'Decimals shown for values',
    example: '0',
  },
  {
    name: 'percent_decimals',
    of: 'indicator',
    number: 'integer',
    vi: 'Số chữ số thập phân của phần trăm',
    en: 'Decimals shown for percentages',
    example: '1',
  },
  { name: 'aggregation', of: 'indicator', vi: 'sum, ratio hoặc none', en: 'sum, ratio or none', example: 'sum' },
  { name: 'group_vi', of: 'indicator', vi: 'Nhóm (tiếng Việt)', en: 'Group (Vietnamese)', example: 'Toàn ngành' },
  { name: 'group_en', of: 'indicator', vi: 'Nhóm (tiếng Anh)', en: 'Group (English)', example: 'Whole sector' },
  {
    name: 'parent',
    of: 'indicator',
    vi: 'Mã chỉ tiêu cha ("trong đó")',
    en: 'Parent indicator id ("of which")',
    example: 'broadcast-hours',
  },
  {
    name: 'weight',
    of: 'indicator',
    number: 'decimal',
    vi: 'Trọng số trong điểm tổng hợp',
    en: 'Weight in the composite score',
    example: '1',
  },
  {
    name: 'density_per',
    of: 'indicator',
    number: 'decimal',
    vi: 'Mật độ trên N dân: 100',
    en: 'Density per N inhabitants: 100',
    example: '100',
  },
  {
    name: 'near_threshold',
    of: 'indicator',
    number: 'decimal',
    vi: 'Ngưỡng "gần đạt" (tỷ số, 0.95)',
    en: '"Near" threshold (a ratio, 0.95)',
    example: '0.95',
  },
  {
    name: 'lower_is_better_policy',
    of: 'indicator',
    vi: 'inverse hoặc mirror',
    en: 'inverse or mirror',
    example: 'inverse',
  },
  {
    name: 'actual',
    of: 'observation',
    number: 'decimal',
    vi: 'Thực hiện, theo thang của chỉ tiêu',
    en: 'Actual, in the indicator scale',
    example: '3630',
  },
  {
    name: 'target',
    of: 'observation',
    number: 'decimal',
    vi: 'Kế hoạch (một giá trị)',
    en: 'Target (one value)',
    example: '3608',
  },
  {
    name: 'target_min',
    of: 'observation',
    number: 'decimal',
    vi: 'Cận dưới của khoảng kế hoạch',
    en: 'Lower bound of a band target',
    example: '4',
  },
  {
    name: 'target_max',
    of: 'observation',
    number: 'decimal',
    vi: 'Cận trên của khoảng kế hoạch',
    en: 'Upper bound of a band target',
    example: '5',
  },
  {
    name: 'previous',
    of: 'observation',
    number: 'decimal',
    vi: 'Cùng kỳ năm trước',
    en: 'Same period last year',
    example: '3400',
  },
  {
    name: 'population',
    of: 'observation',
    number: 'decimal',
    vi: 'Dân số bình quân (người)',
    en: 'Average population (persons)',
    example: '3640000',
  },
  {
    name: 'estimated',
    of: 'observation',
    vi: 'Ước đạt: true/false, có/không',
    en: 'Estimated: true/false, yes/no',
    example: 'true',
  },
  {
    name: 'stage',
    of: 'observation',
    vi: 'estimate, preliminary hoặc official',
    en: 'estimate, preliminary or official',
    example: 'estimate',
  },
  {
    name: 'stated_completion',
    of: 'observation',
    number: 'printed',
    vi: '% kế hoạch theo báo cáo, như in: 100.6',
    en: 'Stated % of plan as printed: 100.6',
    example: '100.6',
  },
  {
    name: 'stated_density',
    of: 'observation',
    number: 'printed',
    vi: 'Mật độ theo báo cáo, như in: 49.8',
    en: 'Stated density as printed: 49.8',
    example: '49.8',
  },
  {
    name: 'stated_change',
    of: 'observation',
    number: 'printed',
    vi: 'Thay đổi theo báo cáo, như in',
    en: 'Stated change as printed',
    example: '51',
  },
  {
    name: 'stated_change_form',
    of: 'observation',
    vi: 'ratio, rate, times hoặc points',
    en: 'ratio, rate, times or points',
    example: 'times',
  },
  {
    name: 'stated_change_base',
    of: 'observation',
    vi: 'Kỳ so sánh (trống: cùng kỳ)',
    en: 'Base period (empty: same period last year)',
    example: '2019',
  },
  { name: 'rank', of: 'observation', number: 'integer', vi: 'Thứ hạng', en: 'Rank', example: '3' },
  {
    name: 'next_period',
    of: 'observation',
    vi: 'Kỳ của kế hoạch tiếp theo',
    en: 'Period of the next target',
    example: '2021',
  },
  {
    name: 'next_target',
    of: 'observation',
    number: 'decimal',
    vi: 'Kế hoạch kỳ tiếp theo',
    en: 'Next target',
    example: '3745',
  },
  {
    name: 'next_density',
    of: 'observation',
    number: 'printed',
    vi: 'Mật độ của kế hoạch tiếp theo',
    en: 'Density of the next target',
    example: '80.00',
  },
  { name: 'note', of: 'observation', vi: 'Ghi chú (văn bản thuần)', en: 'Note (plain text)', example: 'ước đạt' },
];

const KNOWN = new Map(CSV_COLUMNS.map((c) => [c.name, c] as const));

/**
 * Column headers a Vietnamese user writes, folded (no diacritics, lower case: `Đơn vị tính` →
 * `don vi tinh`), and the layout's column each means. `chỉ tiêu` holds the indicator's name
 * (`Tổng doanh thu`), from which the id is made when there is no name column.
 */
export const VIETNAMESE_HEADERS: Readonly<Record<string, string>> = {
  'chi tieu': 'indicator',
  'ten chi tieu': 'indicator',
  'ma chi tieu': 'indicator',
  ky: 'period',
  'ky bao cao': 'period',
  nam: 'period',
  'thuc hien': 'actual',
  'so thuc hien': 'actual',
  'ke hoach': 'target',
  'ke hoach giao': 'target',
  'cung ky': 'previous',
  'cung ky nam truoc': 'previous',
  'don vi tinh': 'unit',
  'don vi': 'unit',
  dvt: 'unit',
  nhom: 'group_vi',
  'dan so': 'population',
  'uoc dat': 'estimated',
  'ghi chu': 'note',
  'ten tieng viet': 'name_vi',
  'ten tieng anh': 'name_en',
};

/** Folds a header: no diacritics, `đ` as `d`, lower case, `_` and runs of spaces as one space. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** The layout's column of a header: its own name, or a Vietnamese header's meaning. */
function columnOf(header: string): string {
  const own = header.trim().toLowerCase();
  if (KNOWN.has(own)) return own;
  return VIETNAMESE_HEADERS[foldHeader(header)] ?? own;
}

/** An indicator id made from a name: `Tổng doanh thu` → `tong-doanh-thu`. */
function idFromName(name: string): string {
  return (
    foldHeader(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chi-tieu'
  );
}

/**
 * A unit cell: a unit code (`VND`), or the words a Vietnamese user writes (`tỷ đồng`, `thuê bao`,
 * `%`), read with the core's `parseQuantity` into the unit and, for `tỷ đồng`, the scale (9).
 */
function readUnit(text: string): { unit: string; scale?: number } {
  if (findUnit(text) !== undefined) return { unit: text };
  try {
    const q = parseQuantity(`1 ${text}`, 'vi');
    if (q.kind === 'percent') return { unit: 'percent' };
    if (q.kind === 'quantity' && q.unit) return { unit: q.unit.code, ...(q.scale > 0 ? { scale: q.scale } : {}) };
  } catch {
    // not a quantity: the core reports the unit as unknown, with its path
  }
  return { unit: text };
}

/** One problem, located by a path the user can find: `row 3 › actual` or `$.observations[1].actual`. */
export interface EditorIssue {
  readonly path: string;
  /** English. */
  readonly message: string;
  readonly code?: string;
  /** The same in Vietnamese, for issues the editor raises itself (the core's are translated by code). */
  readonly vi?: string;
}

export interface CsvResult {
  /** The dataset as plain JSON-shaped data, ready for the core's `parseDataset`. */
  readonly input: Record<string, unknown> | null;
  readonly issues: readonly EditorIssue[];
  /** Spreadsheet row number (the header is row 1) of each observation, for locating the core's issues. */
  readonly observationRows: readonly number[];
  /** Row that defined each indicator, in `input.indicators` order. */
  readonly indicatorRows: readonly number[];
}

/** Largest CSV the editor reads, so a paste cannot freeze the page. */
export const MAX_ROWS = 20_000;

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'có', 'co', 'x']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'không', 'khong']);

type Row = Record<string, string>;

function cell(row: Row, name: string): string | undefined {
  const v = row[name];
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** An integer column (scale, decimals, rank): kept as a number when it is one, else as text for the core to reject. */
function intOrText(text: string): number | string {
  return /^-?\d{1,6}$/.test(text) ? Number(text) : text;
}

function text(vi: string | undefined, en: string | undefined): Record<string, string> | undefined {
  if (vi === undefined && en === undefined) return undefined;
  return { ...(vi !== undefined ? { vi } : {}), ...(en !== undefined ? { en } : {}) };
}

const INDICATOR_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['unit', 'unit'],
  ['scale', 'scale'],
  ['direction', 'direction'],
  ['target_kind', 'targetKind'],
  ['decimals', 'decimals'],
  ['percent_decimals', 'percentDecimals'],
  ['aggregation', 'aggregation'],
  ['parent', 'parent'],
  ['weight', 'weight'],
  ['near_threshold', 'nearThreshold'],
  ['lower_is_better_policy', 'lowerIsBetterPolicy'],
];

/** Papaparse's problems in Vietnamese, by its error code. */
const PAPA_VI: Readonly<Record<string, string>> = {
  TooManyFields: 'Dòng này có nhiều ô hơn dòng tiêu đề',
  TooFewFields: 'Dòng này có ít ô hơn dòng tiêu đề',
  MissingQuotes: 'Thiếu dấu ngoặc kép đóng',
  InvalidQuotes: 'Dấu ngoặc kép đặt sai chỗ',
  UndetectableDelimiter: 'Không nhận ra dấu ngăn cột (dùng ";", "," hoặc tab)',
};

/** Code of a number cell the chosen style cannot read; the core's issue for the same cell is then redundant. */
export const CSV_NUMBER_ISSUE = 'CSV_NUMBER';

/** The value of one cell of one row: text, or for number columns the number in machine form. */
type Get = (column: string) => string | number | undefined;

/**
 * Cell reader of one row. In the `machine` style number cells stay as typed, for the core to
 * validate (as before the style existed); in `vi` or `en` they are read with `parseNumber`, and
 * a cell it cannot read is an issue at its row and column (the typed text is kept, so that the
 * checks of pairs of columns still see a value).
 */
function cellReader(row: Row, rowNo: number, numbers: CsvNumbers, issues: EditorIssue[]): Get {
  return (column) => {
    const raw = cell(row, column);
    const kind = KNOWN.get(column)?.number;
    if (raw === undefined || kind === undefined) return raw;
    let value = raw;
    if (numbers !== 'machine') {
      const read = readCellNumber(raw, numbers, kind);
      if (read.ok) value = read.value;
      else
        issues.push({ path: `row ${rowNo} › ${column}`, message: read.message, code: CSV_NUMBER_ISSUE, vi: read.vi });
    }
    return kind === 'integer' ? intOrText(value) : value;
  };
}

/**
 * Reads CSV text in the layout of {@link CSV_COLUMNS} into dataset-shaped data. It only
 * reshapes: values stay text for the core's validator, which reports every problem with its path.
 * Problems of the layout itself (an unknown or missing column, indicator cells that disagree)
 * are reported here, with the row and column.
 */
export function csvToDataset(csvText: string, options: { title?: string; numbers?: CsvNumbers } = {}): CsvResult {
  const numbers = options.numbers ?? 'machine';
  const issues: EditorIssue[] = [];
  const headers: string[] = [];
  const parsed = Papa.parse<Row>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    // `chỉ tiêu;kỳ;thực hiện;kế hoạch;đơn vị tính` reads as indicator;period;actual;target;unit
    transformHeader: (header, index) => {
      headers[index] = header;
      return columnOf(header);
    },
    preview: MAX_ROWS + 1,
  });
  const empty: CsvResult = { input: null, issues, observationRows: [], indicatorRows: [] };
  for (const error of parsed.errors.slice(0, 50)) {
    // Papa's row index counts data rows from 0; the spreadsheet shows the header as row 1.
    const where = typeof error.row === 'number' ? `row ${error.row + 2}` : 'csv';
    // `100,6` unquoted in a comma-separated file splits into two cells.
    const hint =
      numbers === 'vi' && error.code === 'TooManyFields' && parsed.meta.delimiter === ','
        ? '. Vietnamese numbers use "," for decimals: separate the columns with ";" or a tab, or quote the cell ("100,6")'
        : '';
    const viHint = hint
      ? '. Số kiểu Việt dùng "," cho phần thập phân: ngăn cột bằng ";" hoặc tab, hoặc đặt ô trong ngoặc kép ("100,6")'
      : '';
    issues.push({
      path: where,
      message: `${error.message}${hint}`,
      code: error.code,
      vi: `${PAPA_VI[error.code] ?? 'Không đọc được dòng này'}${viHint}`,
    });
  }
  const fields = parsed.meta.fields ?? [];
  if (fields.length === 0 || parsed.data.length === 0) {
    issues.push({
      path: 'csv',
      message: 'No data rows: the first line must be a header row naming the columns',
      code: 'CSV_NO_ROWS',
      vi: 'Không có dòng dữ liệu: dòng đầu tiên phải là dòng tiêu đề ghi tên các cột',
    });
    return empty;
  }
  if (parsed.data.length > MAX_ROWS) {
    issues.push({
      path: 'csv',
      message: `More than ${MAX_ROWS} rows; split the file`,
      code: 'CSV_TOO_MANY_ROWS',
      vi: `Quá ${MAX_ROWS} dòng; hãy chia nhỏ tệp`,
    });
    return empty;
  }
  const seen = new Set<string>();
  for (const [i, field] of fields.entries()) {
    if (field === '') continue;
    if (!KNOWN.has(field)) {
      issues.push({
        path: `column ${i + 1} "${field}"`,
        message: `Unknown column "${field}"; the layout lists every known column`,
        code: 'CSV_UNKNOWN_COLUMN',
        vi: `Cột "${field}" không có trong bố cục; trang Hướng dẫn / Định dạng dữ liệu liệt kê mọi cột`,
      });
    }
    if (seen.has(field))
      issues.push({
        path: `column ${i + 1} "${field}"`,
        message: `Column "${field}" appears twice`,
        code: 'CSV_DUPLICATE_COLUMN',
        vi: `Cột "${field}" xuất hiện hai lần`,
      });
    seen.add(field);
  }
  for (const name of ['indicator', 'period']) {
    if (!seen.has(name))
      issues.push({
        path: 'header',
        message: `Missing required column "${name}"`,
        code: 'CSV_MISSING_COLUMN',
        vi: `Thiếu cột bắt buộc "${name}" (${name === 'indicator' ? 'chỉ tiêu' : 'kỳ'})`,
      });
  }
  if (issues.length > 0) return empty;

  // Vietnamese headers: a `chỉ tiêu` column names the indicator when no name column is given
  const namesInIndicator =
    !seen.has('name_vi') &&
    !seen.has('name_en') &&
    headers.some((h) => ['chi tieu', 'ten chi tieu'].includes(foldHeader(h)));
  const indicators = new Map<string, { value: Record<string, unknown>; row: number; cells: Row }>();
  const observations: Record<string, unknown>[] = [];
  const observationRows: number[] = [];

  parsed.data.forEach((row, index) => {
    const rowNo = index + 2;
    const get = cellReader(row, rowNo, numbers, issues);
    const named = cell(row, 'indicator');
    // a `chỉ tiêu` column without a name column holds the name: the id is made from it
    const id = named !== undefined && namesInIndicator ? idFromName(named) : named;
    if (id === undefined) {
      issues.push({
        path: `row ${rowNo} › indicator`,
        message: 'Empty indicator id',
        code: 'CSV_EMPTY_ID',
        vi: 'Thiếu mã chỉ tiêu',
      });
      return;
    }
    const known = indicators.get(id);
    if (known === undefined) {
      const indicator: Record<string, unknown> = { id };
      const name = text(cell(row, 'name_vi') ?? (namesInIndicator ? named : undefined), cell(row, 'name_en'));
      if (name === undefined)
        issues.push({
          path: `row ${rowNo} › name_vi`,
          message: `Indicator "${id}" needs name_vi or name_en on its first row`,
          code: 'CSV_NO_NAME',
          vi: `Chỉ tiêu "${id}" cần tên (name_vi hoặc name_en) ở dòng đầu tiên của nó`,
        });
      else indicator.name = name;
      if (cell(row, 'unit') === undefined)
        issues.push({
          path: `row ${rowNo} › unit`,
          message: `Indicator "${id}" needs a unit on its first row`,
          code: 'CSV_NO_UNIT',
          vi: `Chỉ tiêu "${id}" cần đơn vị tính ở dòng đầu tiên của nó`,
        });
      for (const [column, key] of INDICATOR_FIELDS) {
        const v = get(column);
        if (v !== undefined) indicator[key] = v;
      }
      const unitText = cell(row, 'unit');
      if (unitText !== undefined) {
        const unit = readUnit(unitText);
        indicator['unit'] = unit.unit;
        if (unit.scale !== undefined && indicator['scale'] === undefined) indicator['scale'] = unit.scale;
      }
      const group = text(cell(row, 'group_vi'), cell(row, 'group_en'));
      if (group !== undefined) indicator.group = group;
      const per = get('density_per');
      if (per !== undefined) indicator.density = { per };
      indicators.set(id, { value: indicator, row: rowNo, cells: row });
    } else {
      // A later row of the same indicator: its indicator cells must be empty or agree.
      for (const column of CSV_COLUMNS) {
        if (column.of !== 'indicator') continue;
        const v = cell(row, column.name);
        const first = cell(known.cells, column.name);
        if (v !== undefined && v !== first) {
          issues.push({
            path: `row ${rowNo} › ${column.name}`,
            message: `"${v}" differs from "${first ?? ''}" on row ${known.row}, which defines indicator "${id}"`,
            code: 'CSV_INDICATOR_MISMATCH',
            vi: `"${v}" khác "${first ?? ''}" ở dòng ${known.row}, dòng định nghĩa chỉ tiêu "${id}"`,
          });
        }
      }
    }
    observations.push(readObservation(row, get, id, rowNo, issues));
    observationRows.push(rowNo);
  });

  const input: Record<string, unknown> = {
    title: options.title && options.title.trim() !== '' ? options.title : 'CSV',
    indicators: [...indicators.values()].map((i) => i.value),
    observations,
  };
  return { input, issues, observationRows, indicatorRows: [...indicators.values()].map((i) => i.row) };
}

function readObservation(
  row: Row,
  get: Get,
  id: string,
  rowNo: number,
  issues: EditorIssue[],
): Record<string, unknown> {
  const o: Record<string, unknown> = { indicator: id, period: cell(row, 'period') ?? '' };
  for (const [column, key] of [
    ['actual', 'actual'],
    ['target', 'target'],
    ['previous', 'previous'],
    ['population', 'population'],
    ['stage', 'stage'],
    ['note', 'note'],
  ] as const) {
    const v = get(column);
    if (v !== undefined) o[key] = v;
  }
  const min = get('target_min');
  const max = get('target_max');
  if (min !== undefined || max !== undefined) {
    if (o.target !== undefined) {
      issues.push({
        path: `row ${rowNo} › target_min`,
        message: 'Give either target or target_min/target_max, not both',
        code: 'CSV_TARGET_AND_BAND',
        vi: 'Chỉ ghi kế hoạch (target) hoặc khoảng kế hoạch (target_min/target_max), không ghi cả hai',
      });
    } else if (min === undefined || max === undefined) {
      issues.push({
        path: `row ${rowNo} › ${min === undefined ? 'target_min' : 'target_max'}`,
        message: 'A band target needs both target_min and target_max',
        code: 'CSV_BAND_INCOMPLETE',
        vi: 'Khoảng kế hoạch cần cả target_min và target_max',
      });
    } else {
      o.target = { min, max };
    }
  }
  const estimated = cell(row, 'estimated');
  if (estimated !== undefined) {
    const word = estimated.toLowerCase();
    if (TRUE_WORDS.has(word)) o.estimated = true;
    else if (FALSE_WORDS.has(word)) o.estimated = false;
    else
      issues.push({
        path: `row ${rowNo} › estimated`,
        message: `Expected true or false, got "${estimated}"`,
        code: 'CSV_NOT_BOOLEAN',
        vi: `Cần "có" hoặc "không" (true/false), nhận được "${estimated}"`,
      });
  }
  const stated: Record<string, unknown> = {};
  const completion = get('stated_completion');
  if (completion !== undefined) stated.completion = completion;
  const density = get('stated_density');
  if (density !== undefined) stated.density = density;
  const change = get('stated_change');
  const form = cell(row, 'stated_change_form');
  const base = cell(row, 'stated_change_base');
  if (change !== undefined || form !== undefined) {
    if (change === undefined || form === undefined) {
      issues.push({
        path: `row ${rowNo} › ${change === undefined ? 'stated_change' : 'stated_change_form'}`,
        message: 'A stated change needs both stated_change and stated_change_form',
        code: 'CSV_CHANGE_INCOMPLETE',
        vi: 'Thay đổi theo báo cáo cần cả stated_change và stated_change_form',
      });
    } else {
      stated.change = {
        form,
        value: change,
        ...(base !== undefined ? { base: { kind: 'period', period: base } } : {}),
      };
    }
  }
  const rank = get('rank');
  if (rank !== undefined) stated.rank = { rank };
  if (Object.keys(stated).length > 0) o.stated = stated;
  const nextPeriod = cell(row, 'next_period');
  const nextTarget = get('next_target');
  const nextDensity = get('next_density');
  if (nextPeriod !== undefined || nextTarget !== undefined || nextDensity !== undefined) {
    if (nextPeriod === undefined || nextTarget === undefined) {
      issues.push({
        path: `row ${rowNo} › ${nextPeriod === undefined ? 'next_period' : 'next_target'}`,
        message: 'A next target needs both next_period and next_target',
        code: 'CSV_NEXT_INCOMPLETE',
        vi: 'Kế hoạch kỳ tiếp theo cần cả next_period và next_target',
      });
    } else {
      o.nextTarget = {
        period: nextPeriod,
        value: nextTarget,
        ...(nextDensity !== undefined ? { density: nextDensity } : {}),
      };
    }
  }
  return o;
}

/**
 * Translates a core issue path (`$.observations[2].actual`) to the CSV row and column the user
 * typed it in (`row 4 › actual`). Paths the CSV cannot locate stay as they are.
 */
export function locateInCsv(path: string, result: Pick<CsvResult, 'observationRows' | 'indicatorRows'>): string {
  const m = /^\$\.(observations|indicators)\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const rows = m[1] === 'observations' ? result.observationRows : result.indicatorRows;
  const row = rows[Number(m[2])];
  if (row === undefined) return path;
  const rest = m[3] ?? '';
  const column = COLUMN_OF_FIELD[rest] ?? rest;
  return column === '' ? `row ${row}` : `row ${row} › ${column}`;
}

const COLUMN_OF_FIELD: Record<string, string> = {
  targetKind: 'target_kind',
  percentDecimals: 'percent_decimals',
  nearThreshold: 'near_threshold',
  lowerIsBetterPolicy: 'lower_is_better_policy',
  'name.vi': 'name_vi',
  'name.en': 'name_en',
  'group.vi': 'group_vi',
  'group.en': 'group_en',
  'density.per': 'density_per',
  'target.min': 'target_min',
  'target.max': 'target_max',
  'stated.completion': 'stated_completion',
  'stated.density': 'stated_density',
  'stated.change.value': 'stated_change',
  'stated.change.form': 'stated_change_form',
  'stated.change.base.period': 'stated_change_base',
  'stated.rank.rank': 'rank',
  'nextTarget.period': 'next_period',
  'nextTarget.value': 'next_target',
  'nextTarget.density': 'next_density',
};
