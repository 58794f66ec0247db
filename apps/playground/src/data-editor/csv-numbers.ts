/**
 * How the numbers of a CSV are written: the user says so, the reader never guesses. `3.630` is
 * 3630 in Vietnamese and 3.63 in English, so a locale-formatted cell is read strictly with the
 * core's `parseNumber` in the chosen locale, and anything it cannot read is a problem with its
 * row and column. JSON is not affected: its decimals are strings or JSON numbers in machine form.
 */
import { ChitieuError, parseNumber, resolveLocale } from '@chitieu/core';

/** `machine`: `3630`, `100.6` (the default); `vi`: `3.630`, `100,6`; `en`: `3,630`, `100.6`. */
export type CsvNumbers = 'machine' | 'vi' | 'en';

export interface CsvNumberStyle {
  readonly id: CsvNumbers;
  /** Short name, for the editor's control. */
  readonly name: { readonly vi: string; readonly en: string };
  readonly vi: string;
  readonly en: string;
  /** The same three numbers written this way: 3630, 100.6 and 2890000. */
  readonly examples: readonly [string, string, string];
}

/** Every way of writing CSV numbers the editor reads, in the order it offers them. The docs render this list. */
export const CSV_NUMBER_STYLES: readonly CsvNumberStyle[] = [
  {
    id: 'machine',
    name: { vi: 'Dạng máy', en: 'Machine' },
    vi: 'Dạng máy: dấu chấm thập phân, không phân nhóm',
    en: 'Machine: a decimal point, no grouping',
    examples: ['3630', '100.6', '2890000'],
  },
  {
    id: 'vi',
    name: { vi: 'Tiếng Việt', en: 'Vietnamese' },
    vi: 'Tiếng Việt: dấu phẩy thập phân, dấu chấm phân nhóm nghìn',
    en: 'Vietnamese: a decimal comma, dots group thousands',
    examples: ['3.630', '100,6', '2.890.000'],
  },
  {
    id: 'en',
    name: { vi: 'Tiếng Anh', en: 'English' },
    vi: 'Tiếng Anh: dấu chấm thập phân, dấu phẩy phân nhóm nghìn',
    en: 'English: a decimal point, commas group thousands',
    examples: ['3,630', '100.6', '2,890,000'],
  },
];

/** Narrows an untrusted value (a select's value, a story arg) to a known style; anything else is `machine`. */
export function asCsvNumbers(value: unknown): CsvNumbers {
  return value === 'vi' || value === 'en' ? value : 'machine';
}

/**
 * What a numeric column holds: `decimal` (a value), `printed` (a stated figure whose trailing
 * zeros carry its precision, so `80,00` stays `"80.00"`), or `integer` (scale, decimals, rank).
 */
export type NumberKind = 'decimal' | 'printed' | 'integer';

/** Longest run of digits a cell may have; the raw-text check of the reader uses the same limit. */
export const MAX_DIGITS = 100;

export type CellNumber =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly message: string; readonly vi: string };

/**
 * Reads one locale-formatted cell into a machine decimal string (`3.630` in `vi` › `"3630"`).
 * Printed figures keep the decimals they were written with. Never throws.
 */
export function readCellNumber(text: string, numbers: Exclude<CsvNumbers, 'machine'>, kind: NumberKind): CellNumber {
  let digits = 0;
  for (const ch of text) if (ch >= '0' && ch <= '9') digits++;
  if (digits > MAX_DIGITS)
    return {
      ok: false,
      message: `A number with more than ${MAX_DIGITS} digits`,
      vi: `Số có hơn ${MAX_DIGITS} chữ số`,
    };
  let value: string;
  try {
    value = parseNumber(text, numbers);
  } catch (error) {
    return {
      ok: false,
      message: `${reason(error)} ${HINT[numbers]}`,
      vi: `"${text.trim().slice(0, 40)}" ${HINT_VI[numbers]}`,
    };
  }
  if (kind !== 'printed') return { ok: true, value };
  // parseNumber returns the canonical value (`80`); a printed figure keeps its written decimals.
  const separator = resolveLocale(numbers).decimal;
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf(separator);
  const written = at < 0 ? 0 : trimmed.length - at - 1;
  return { ok: true, value: withDecimals(value, written) };
}

/** `"80"` with 2 decimals › `"80.00"`; values already that precise are unchanged. */
function withDecimals(value: string, decimals: number): string {
  if (decimals <= 0 || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  const [whole, fraction = ''] = value.split('.');
  return fraction.length >= decimals ? value : `${whole}.${fraction.padEnd(decimals, '0')}`;
}

/** The parser's reason, without the `(at text)` locator: the editor shows the row and column instead. */
function reason(error: unknown): string {
  if (ChitieuError.is(error)) {
    const suffix = error.path === undefined ? '' : ` (at ${error.path})`;
    return suffix !== '' && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

const HINT_VI: Record<Exclude<CsvNumbers, 'machine'>, string> = {
  vi: 'không phải số viết kiểu Việt (kiểu đã chọn: 3.630 và 100,6)',
  en: 'không phải số viết kiểu Anh (kiểu đã chọn: 3,630 và 100.6)',
};

const HINT: Record<Exclude<CsvNumbers, 'machine'>, string> = {
  vi: '(CSV numbers are set to Vietnamese: 3.630 and 100,6)',
  en: '(CSV numbers are set to English: 3,630 and 100.6)',
};
