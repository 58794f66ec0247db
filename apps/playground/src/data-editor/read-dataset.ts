import { CSV_NUMBER_ISSUE, csvToDataset, type EditorIssue, locateInCsv } from './csv-layout';
import { type CsvNumbers, MAX_DIGITS } from './csv-numbers';
import { jsonErrorOffset, lineAndColumn } from './json-error';

export type InputFormat = 'auto' | 'json' | 'csv';

/** Largest input the editor reads (characters), so a paste cannot freeze the page. */
export const MAX_INPUT_CHARS = 5_000_000;

/** The core's `parseDataset`, passed in so this module stays a pure function of its input. */
export type Validate<D> = (input: unknown) =>
  | { readonly ok: true; readonly dataset: D }
  | {
      readonly ok: false;
      readonly issues: readonly { readonly path: string; readonly message: string; readonly code?: string }[];
    };

export type ReadResult<D> =
  | { readonly ok: true; readonly format: 'json' | 'csv'; readonly dataset: D; readonly issues: readonly EditorIssue[] }
  | { readonly ok: false; readonly format: 'json' | 'csv'; readonly issues: readonly EditorIssue[] };

/** Longest run of digits and largest exponent the editor passes on to the validator. */
export { MAX_DIGITS };
export const MAX_EXPONENT = 999;

/**
 * Numbers no report contains and that would cost the page dearly to expand: `1e999999999` is a
 * valid decimal with a billion digits. Found in the raw text, before anything is parsed.
 */
function hugeNumbers(text: string, format: 'json' | 'csv'): EditorIssue[] {
  const issues: EditorIssue[] = [];
  const pattern = new RegExp(`\\d{${MAX_DIGITS + 1},}|\\d[eE][+-]?(\\d+)`, 'g');
  for (const m of text.matchAll(pattern)) {
    const exponent = m[1]?.replace(/^0+(?=\d)/, '');
    if (exponent !== undefined && exponent.length <= 3 && Number(exponent) <= MAX_EXPONENT) continue;
    issues.push({
      path: `${format} › ${lineAndColumn(text, m.index)}`,
      message:
        exponent === undefined
          ? `A number with more than ${MAX_DIGITS} digits`
          : `A number with an exponent beyond ±${MAX_EXPONENT} ("…${m[0].slice(0, 24)}…")`,
      code: 'NUMBER_TOO_LARGE',
    });
    if (issues.length >= 20) break;
  }
  return issues;
}

/** A machine-form CSV with a locale-formatted number: say where the choice is. */
const MACHINE_HINT = (issue: { code?: string; message: string }): string =>
  issue.code === 'INVALID_DECIMAL' && issue.message.includes('locale-formatted')
    ? '. CSV numbers are set to machine form (3630, 100.6); for 3.630 or 100,6 choose Vietnamese or English numbers'
    : '';

/** JSON if the text starts with `{` or `[`, CSV otherwise. */
export function detectFormat(text: string): 'json' | 'csv' {
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/** Where JSON text goes wrong, as `json › line 3, column 14`. */
function jsonErrorPath(text: string): string {
  const offset = jsonErrorOffset(text);
  return offset < 0 ? 'json' : `json › ${lineAndColumn(text, offset)}`;
}

/**
 * Reads pasted or uploaded text as a dataset: never throws, never evaluates anything but
 * JSON.parse and the CSV reader, and returns every problem with a path the user can find.
 * `numbers` says how CSV numbers are written (`machine`, the default, `vi` or `en`); JSON is
 * always machine form.
 */
export function readDataset<D>(
  text: string,
  options: { format?: InputFormat; validate: Validate<D>; title?: string; numbers?: CsvNumbers },
): ReadResult<D> {
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(text) : options.format;
  if (text.length > MAX_INPUT_CHARS) {
    return {
      ok: false,
      format,
      issues: [
        {
          path: format,
          message: `The input has ${text.length} characters; the editor reads at most ${MAX_INPUT_CHARS}`,
          code: 'INPUT_TOO_LONG',
          vi: `Dữ liệu có ${text.length} ký tự; trình soạn chỉ đọc tối đa ${MAX_INPUT_CHARS}`,
        },
      ],
    };
  }
  if (text.trim() === '')
    return {
      ok: false,
      format,
      issues: [{ path: format, message: 'Nothing to read: paste or upload a dataset', code: 'EMPTY_INPUT' }],
    };

  const huge = hugeNumbers(text, format);
  if (huge.length > 0) return { ok: false, format, issues: huge };

  let input: unknown;
  let locate: (path: string) => string = (path) => path;
  let skip: (path: string) => boolean = () => false;
  let hint = (_issue: { code?: string; message: string }): string => '';
  const layoutIssues: EditorIssue[] = [];
  if (format === 'json') {
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        format,
        issues: [
          {
            path: jsonErrorPath(text.replace(/^\uFEFF/, '')),
            message: `Malformed JSON: ${message}`,
            code: 'JSON_SYNTAX',
          },
        ],
      };
    }
  } else {
    const csv = csvToDataset(text, {
      ...(options.title === undefined ? {} : { title: options.title }),
      numbers: options.numbers ?? 'machine',
    });
    if (csv.input === null) return { ok: false, format, issues: csv.issues };
    layoutIssues.push(...csv.issues);
    input = csv.input;
    locate = (path) => {
      const where = locateInCsv(path, csv);
      return where === path ? path : `${where} (${path})`;
    };
    // A number cell the chosen style could not read is reported once, by the CSV reader.
    const unread = new Set(csv.issues.filter((i) => i.code === CSV_NUMBER_ISSUE).map((i) => i.path));
    if (unread.size > 0) skip = (path) => unread.has(locateInCsv(path, csv));
    if (options.numbers === undefined || options.numbers === 'machine') hint = MACHINE_HINT;
  }

  try {
    const result = options.validate(input);
    if (result.ok && layoutIssues.length === 0) return { ok: true, format, dataset: result.dataset, issues: [] };
    const coreIssues = result.ok
      ? []
      : result.issues
          .filter((i) => !skip(i.path))
          .map((i) => ({
            path: locate(i.path),
            message: `${i.message}${hint(i)}`,
            ...(i.code !== undefined ? { code: i.code } : {}),
          }));
    return { ok: false, format, issues: [...layoutIssues, ...coreIssues] };
  } catch (error) {
    // A validator bug must not take the page down: report it like any other problem.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      format,
      issues: [...layoutIssues, { path: '$', message: `Could not validate: ${message}`, code: 'VALIDATE_FAILED' }],
    };
  }
}
