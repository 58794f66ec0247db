/**
 * The words of the components' own chrome (column headers, the estimate marker, button labels).
 * Numbers, units, statuses and sentences come from @chitieu/core; only these UI words live here.
 * Vietnamese for `vi*` locales, English for every other. One source for every binding
 * (`@chitieu/react`, `@chitieu/elements`).
 */

import type { ChitieuErrorCode } from '../errors/codes';
export interface Messages {
  readonly indicator: string;
  readonly unit: string;
  readonly target: string;
  readonly actual: string;
  readonly completion: string;
  readonly change: string;
  readonly changeLabel: string;
  readonly status: string;
  readonly estimated: string;
  readonly estimatedLong: string;
  readonly previous: string;
  readonly nextTarget: (period: string) => string;
  readonly ofWhich: string;
  readonly expandRows: (name: string) => string;
  readonly expandGroup: (name: string) => string;
  readonly metOrExceeded: (met: string, total: string) => string;
  /** With indicators the report states no plan for: the planned ones counted apart (never read as missed). */
  readonly metOrExceededPlanned: (met: string, planned: string) => string;
  readonly noPlanStated: (count: string) => string;
  readonly score: string;
  readonly summary: string;
  readonly ungrouped: string;
  readonly noComparison: string;
  readonly favourable: string;
  readonly unfavourable: string;
  readonly trend: string;
  readonly plan: string;
  readonly ofPlan: (percent: string) => string;
  readonly beyondScale: string;
  readonly cannotShow: string;
  readonly missingIndicator: string;
  readonly missingObservation: string;
  readonly notAnArray: string;
  /** `Thuộc tính "width" không hợp lệ: cần một số dương (tại observation.actual)`. */
  readonly invalidProp: (prop: string, reason: string, path?: string | undefined) => string;
  /** Why a prop was refused, in words (never a JavaScript message). */
  readonly problems: Readonly<Record<Problem, string>>;
  /** Accessible wording of a figure the report never stated: `ước tính từ 100,6%: 3.606,56 – 3.610,14 tỷ đồng`. */
  readonly derivedFrom: (stated: string, min: string, max: string) => string;
  /** `≈` marker's long form. */
  readonly derived: string;
  /** The cue under a scrolling scorecard: `Còn 12 dòng bên dưới`. */
  readonly moreRows: (count: string) => string;
  readonly rowsShown: (from: string, to: string, total: string) => string;
}

/** Why a component refused a prop: its own checks and the core's error codes. */
export type Problem =
  | 'missing'
  | 'object'
  | 'array'
  | 'positive-number'
  | 'indicator'
  | 'evaluation'
  | 'status'
  | 'locale'
  | 'summary'
  | 'node'
  | 'text'
  | 'history'
  | 'unreadable'
  // every code of the core has words: a new code without them is a type error here
  | ChitieuErrorCode;

const vi: Messages = {
  indicator: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target: 'Kế hoạch',
  actual: 'Thực hiện',
  completion: '% kế hoạch',
  change: 'So cùng kỳ',
  changeLabel: 'Biến động',
  status: 'Tình trạng',
  estimated: 'ước',
  estimatedLong: 'số ước tính',
  previous: 'Cùng kỳ',
  nextTarget: (period) => `Kế hoạch ${period}`,
  ofWhich: 'trong đó',
  expandRows: (name) => `Các chỉ tiêu thành phần của ${name}`,
  expandGroup: (name) => `Nhóm ${name}`,
  metOrExceeded: (met, total) => `${met}/${total} chỉ tiêu đạt và vượt kế hoạch`,
  metOrExceededPlanned: (met, planned) => `${met}/${planned} chỉ tiêu có kế hoạch đạt và vượt kế hoạch`,
  noPlanStated: (count) => `${count} chỉ tiêu báo cáo không nêu kế hoạch`,
  score: 'Điểm tổng hợp',
  summary: 'Tổng hợp',
  ungrouped: 'Chỉ tiêu khác',
  noComparison: 'Chưa có số so sánh',
  favourable: 'tích cực',
  unfavourable: 'tiêu cực',
  trend: 'Diễn biến',
  plan: 'kế hoạch',
  ofPlan: (percent) => `đạt ${percent} kế hoạch`,
  beyondScale: 'vượt ngoài thang đo',
  cannotShow: 'Không hiển thị được',
  missingIndicator: 'thiếu chỉ tiêu (indicator)',
  missingObservation: 'thiếu số liệu (observation hoặc evaluation)',
  notAnArray: 'danh sách chỉ tiêu không hợp lệ',
  invalidProp: (prop, reason, path) =>
    `Thuộc tính "${prop}" không hợp lệ: ${reason}${path === undefined ? '' : ` (tại ${path})`}`,
  problems: {
    missing: 'chưa được truyền vào',
    object: 'cần một đối tượng',
    array: 'cần một danh sách (mảng)',
    'positive-number': 'cần một số dương',
    indicator: 'cần một chỉ tiêu tạo bởi defineIndicator',
    evaluation: 'cần một kết quả của evaluate',
    status: 'cần một trong các tình trạng exceeded, met, near, missed, no-target, no-data',
    locale: 'cần một mã ngôn ngữ BCP 47 như vi-VN hoặc en',
    summary: 'cần một kết quả của summarize',
    node: 'cần văn bản hoặc một phần tử React',
    text: 'cần một chuỗi văn bản',
    history: 'cần một danh sách các kỳ có period và actual',
    unreadable: 'không đọc được giá trị',
    INVALID_DECIMAL: 'không phải là một số',
    OUT_OF_RANGE: 'giá trị nằm ngoài phạm vi cho phép',
    INVALID_BAND: 'khoảng kế hoạch có cận dưới lớn hơn cận trên',
    INVALID_PERIOD: 'kỳ báo cáo không đúng dạng (2020, 2020-Q1, …)',
    INVALID_INDICATOR: 'chỉ tiêu không hợp lệ',
    INVALID_OBSERVATION: 'số liệu không hợp lệ',
    UNKNOWN_INDICATOR: 'không tìm thấy chỉ tiêu',
    DUPLICATE_ID: 'trùng mã',
    INVALID_OPTION: 'tùy chọn không hợp lệ',
    INVALID_DATASET: 'bộ dữ liệu không hợp lệ',
    INVALID_LOCALE: 'cần một mã ngôn ngữ BCP 47 như vi-VN hoặc en',
    UNKNOWN_UNIT: 'đơn vị tính chưa có tên trong ngôn ngữ này',
    PARSE_ERROR: 'không đọc được số',
  },
  derivedFrom: (stated, min, max) => `ước tính từ ${stated}: ${min} – ${max}`,
  derived: 'số suy ra, báo cáo không nêu',
  moreRows: (count) => `Còn ${count} dòng bên dưới`,
  rowsShown: (from, to, total) => `Dòng ${from}–${to} / ${total}`,
};

const en: Messages = {
  indicator: 'Indicator',
  unit: 'Unit',
  target: 'Target',
  actual: 'Actual',
  completion: '% of plan',
  change: 'vs same period',
  changeLabel: 'Change',
  status: 'Status',
  estimated: 'est.',
  estimatedLong: 'estimated figure',
  previous: 'Same period',
  nextTarget: (period) => `Target ${period}`,
  ofWhich: 'of which',
  expandRows: (name) => `Components of ${name}`,
  expandGroup: (name) => `Group ${name}`,
  metOrExceeded: (met, total) => `${met} of ${total} indicators met or exceeded the plan`,
  metOrExceededPlanned: (met, planned) => `${met} of ${planned} indicators with a plan met or exceeded it`,
  noPlanStated: (count) => `${count} indicators have no plan stated in the report`,
  score: 'Composite score',
  summary: 'Summary',
  ungrouped: 'Other indicators',
  noComparison: 'No comparison',
  favourable: 'favourable',
  unfavourable: 'unfavourable',
  trend: 'Trend',
  plan: 'plan',
  ofPlan: (percent) => `${percent} of plan`,
  beyondScale: 'beyond the scale',
  cannotShow: 'Cannot display',
  missingIndicator: 'the indicator is missing',
  missingObservation: 'the observation (or evaluation) is missing',
  notAnArray: 'the list of evaluations is not valid',
  invalidProp: (prop, reason, path) => `Invalid "${prop}" prop: ${reason}${path === undefined ? '' : ` (at ${path})`}`,
  problems: {
    missing: 'it is missing',
    object: 'expected an object',
    array: 'expected a list (an array)',
    'positive-number': 'expected a positive number',
    indicator: 'expected an indicator from defineIndicator',
    evaluation: 'expected a result of evaluate',
    status: 'expected one of exceeded, met, near, missed, no-target, no-data',
    locale: 'expected a BCP 47 language tag such as vi-VN or en',
    summary: 'expected a result of summarize',
    node: 'expected text or a React element',
    text: 'expected a string',
    history: 'expected a list of periods with period and actual',
    unreadable: 'the value cannot be read',
    INVALID_DECIMAL: 'not a number',
    OUT_OF_RANGE: 'the value is out of the allowed range',
    INVALID_BAND: 'the target band’s lower bound is above its upper bound',
    INVALID_PERIOD: 'the period is not in a known form (2020, 2020-Q1, …)',
    INVALID_INDICATOR: 'the indicator is not valid',
    INVALID_OBSERVATION: 'the observation is not valid',
    UNKNOWN_INDICATOR: 'no such indicator',
    DUPLICATE_ID: 'duplicate id',
    INVALID_OPTION: 'an option is not valid',
    INVALID_DATASET: 'the dataset is not valid',
    INVALID_LOCALE: 'expected a BCP 47 language tag such as vi-VN or en',
    UNKNOWN_UNIT: 'the unit has no words in this language',
    PARSE_ERROR: 'the number cannot be read',
  },
  derivedFrom: (stated, min, max) => `derived from ${stated}: ${min} – ${max}`,
  derived: 'derived, not stated in the report',
  moreRows: (count) => `${count} more rows below`,
  rowsShown: (from, to, total) => `Rows ${from}–${to} of ${total}`,
};

/** The chrome words for a locale: Vietnamese for `vi*` tags, English for every other (any value is accepted). */
export function messagesFor(locale: unknown): Messages {
  // any value: the message of a refused `locale` prop is still in words the user reads
  return typeof locale === 'string' && /^vi(?:[-_]|$)/i.test(locale) ? vi : en;
}
