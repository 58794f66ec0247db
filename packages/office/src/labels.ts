/** Words of the tables and documents, Vietnamese first. */
export type Lang = 'vi' | 'en';

/** `vi` for Vietnamese tags (`vi`, `vi-VN`), `en` for everything else. */
export function langOf(locale: string): Lang {
  return /^vi(?:-|$)/i.test(locale.trim()) ? 'vi' : 'en';
}

export const LABELS = {
  vi: {
    no: 'STT',
    indicator: 'Chỉ tiêu',
    unit: 'ĐVT',
    plan: 'Kế hoạch',
    actual: 'Thực hiện',
    percentOfPlan: '% KH',
    samePeriod: 'So cùng kỳ',
    note: 'Ghi chú',
    id: 'Mã',
    year: (y: string) => `Năm ${y}`,
    summary: 'Tổng hợp',
    summaryText: (withTarget: number, met: number, total: number) =>
      `${total} chỉ tiêu; ${withTarget} có kế hoạch, ${met} đạt hoặc vượt`,
    sheet: 'Báo cáo',
    templateSheet: 'Mẫu nhập',
    instructions: 'Hướng dẫn',
    estimated: 'ước',
    otherGroup: 'Chỉ tiêu khác',
  },
  en: {
    no: 'No.',
    indicator: 'Indicator',
    unit: 'Unit',
    plan: 'Plan',
    actual: 'Actual',
    percentOfPlan: '% of plan',
    samePeriod: 'vs same period',
    note: 'Note',
    id: 'Id',
    year: (y: string) => `Year ${y}`,
    summary: 'Summary',
    summaryText: (withTarget: number, met: number, total: number) =>
      `${total} indicators; ${withTarget} with a plan, ${met} met or exceeded`,
    sheet: 'Report',
    templateSheet: 'Template',
    instructions: 'Instructions',
    estimated: 'est.',
    otherGroup: 'Other indicators',
  },
} as const;

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numerals for sector rows: `I. Bưu chính, viễn thông`. */
export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Lower case without diacritics (`Đơn vị tính` → `don vi tinh`), for matching headers. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
