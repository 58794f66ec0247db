/**
 * The words of the components' own chrome (column headers, the estimate marker, button labels).
 * Numbers, units, statuses and sentences come from @chitieu/core; only these UI words live here.
 * Vietnamese for `vi*` locales, English for every other.
 * @internal
 */
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
}

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
};

/** The chrome words for a locale. @internal */
export function messagesFor(locale: string): Messages {
  return /^vi(?:-|$)/i.test(locale) ? vi : en;
}
