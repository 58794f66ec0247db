/**
 * Problems in the user's language. The editor's own issues carry their Vietnamese text (`vi`);
 * the core's validation issues are English developer messages with a stable `code`, so the
 * Vietnamese UI says them by code, quoting the offending value — never `INVALID_DECIMAL` or
 * `needs parseNumber(text, locale)`.
 */
import type { EditorIssue } from './csv-layout';

type Lang = 'vi' | 'en';

/** The core's codes (and the editor's raw-text ones) in Vietnamese. */
const BY_CODE_VI: Readonly<Record<string, string>> = {
  INVALID_DECIMAL: 'Không phải số hợp lệ',
  OUT_OF_RANGE: 'Giá trị nằm ngoài phạm vi cho phép',
  INVALID_BAND: 'Khoảng kế hoạch có cận dưới lớn hơn cận trên',
  INVALID_PERIOD: 'Kỳ không hợp lệ: dùng 2020, 2020-Q1, 2020-H1, 2020-11 hoặc 2020-YTD-11',
  INVALID_INDICATOR: 'Chỉ tiêu chưa đủ thông tin hoặc tự mâu thuẫn',
  INVALID_OBSERVATION: 'Số liệu chưa đủ thông tin hoặc tự mâu thuẫn',
  UNKNOWN_INDICATOR: 'Không có chỉ tiêu nào mang mã này',
  DUPLICATE_ID: 'Mã bị trùng',
  INVALID_OPTION: 'Tùy chọn không hợp lệ',
  INVALID_DATASET: 'Giá trị không đúng kiểu hoặc thiếu',
  INVALID_LOCALE: 'Mã ngôn ngữ không hợp lệ',
  UNKNOWN_UNIT:
    'Đơn vị tính không có trong danh sách: dùng mã (VND, percent, subscriber…) hoặc từ tiếng Việt (tỷ đồng, thuê bao, %)',
  PARSE_ERROR: 'Không đọc được số',
  JSON_SYNTAX: 'JSON sai cú pháp',
  NUMBER_TOO_LARGE: 'Số quá lớn (quá nhiều chữ số hoặc số mũ quá lớn)',
  INPUT_TOO_LONG: 'Dữ liệu quá dài',
  EMPTY_INPUT: 'Chưa có gì để đọc: dán hoặc tải lên một bộ dữ liệu',
  VALIDATE_FAILED: 'Không kiểm tra được dữ liệu',
};

/** The offending value an English message quotes (`got "3.630,5"`), to quote it in the translation. */
function quoted(message: string): string | null {
  // `Expected a decimal such as "1234.5", got "3.630,5"`: the value is the one after `got`
  const m = /\bgot "([^"]{1,60})"/.exec(message) ?? /"([^"]{1,60})"/.exec(message);
  return m ? (m[1] ?? null) : null;
}

/** The message of an issue in the UI's language. */
export function issueMessage(issue: EditorIssue, lang: Lang): string {
  if (lang === 'en') return issue.message;
  if (issue.vi !== undefined) return issue.vi;
  const text = issue.code === undefined ? undefined : BY_CODE_VI[issue.code];
  if (text === undefined) return 'Dữ liệu không hợp lệ ở vị trí này';
  const value = quoted(issue.message);
  const hint =
    issue.code === 'INVALID_DECIMAL' && /locale-formatted|parseNumber/.test(issue.message)
      ? ': số viết kiểu Việt hoặc Anh — với CSV, chọn “Số trong CSV” là Tiếng Việt hoặc Tiếng Anh; với JSON, viết dạng máy (3630, 100.6)'
      : '';
  return `${text}${value === null ? '' : ` ("${value}")`}${hint}`;
}

/** A path in the UI's language: `row 4 › actual` → `dòng 4 › actual`, `json › line 3, column 18` → `json › dòng 3, cột 18`. */
export function issuePath(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  return path
    .replace(/\brow (\d+)/g, 'dòng $1')
    .replace(/\bline (\d+)/g, 'dòng $1')
    .replace(/\bcolumn (\d+)/g, 'cột $1')
    .replace(/^header$/, 'dòng tiêu đề');
}

/** A thrown error in the UI's language: a `ChitieuError` by its code, anything else plainly. */
export function errorText(error: unknown, lang: Lang): string {
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (lang === 'en') return message;
  // a developer's message (`Cannot read properties of undefined`) is never shown in Vietnamese
  if (code === undefined || BY_CODE_VI[code] === undefined)
    return 'lỗi bên trong thành phần (chi tiết trong bảng điều khiển của trình duyệt)';
  return issueMessage({ path: '', message, code }, 'vi');
}
