import type { Direction, PluralText, Status } from '../model/types';

/** Words of one language that the formatters use. @internal */
export interface Words {
  /** Scale words by power of ten. */
  readonly scales: Readonly<Record<3 | 6 | 9 | 12, string>>;
  /** Percentage points (`điểm phần trăm`). */
  readonly points: PluralText;
  /** Percentage points in a table cell (`điểm %`, `pp`). */
  readonly pointsShort: string;
  readonly status: Readonly<Record<Status, string>>;
  readonly direction: Readonly<Record<Direction, string>>;
  /** Default words for a density's population (`dân`). */
  readonly population: PluralText;
}

/** Scales that have a word, smallest first. @internal */
export const SCALES = [3, 6, 9, 12] as const;
/** A power of ten with a scale word. @internal */
export type Scale = (typeof SCALES)[number];

/** Vietnamese and English words. Every other language uses the English ones. @internal */
export const WORDS: Readonly<Record<'vi' | 'en', Words>> = {
  vi: {
    scales: { 3: 'nghìn', 6: 'triệu', 9: 'tỷ', 12: 'nghìn tỷ' },
    points: 'điểm phần trăm',
    pointsShort: 'điểm %',
    status: {
      exceeded: 'Vượt kế hoạch',
      met: 'Đạt kế hoạch',
      near: 'Gần đạt',
      missed: 'Không đạt',
      'no-target': 'Chưa có kế hoạch',
      'no-data': 'Chưa có số liệu',
    },
    direction: {
      'higher-is-better': 'Càng cao càng tốt',
      'lower-is-better': 'Càng thấp càng tốt',
      neither: 'Giữ ổn định',
    },
    population: 'dân',
  },
  en: {
    scales: { 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion' },
    points: { one: 'percentage point', other: 'percentage points' },
    pointsShort: 'pp',
    status: {
      exceeded: 'Exceeded',
      met: 'Met',
      near: 'Near',
      missed: 'Missed',
      'no-target': 'No target',
      'no-data': 'No data',
    },
    direction: {
      'higher-is-better': 'Higher is better',
      'lower-is-better': 'Lower is better',
      neither: 'Hold steady',
    },
    population: { one: 'inhabitant', other: 'inhabitants' },
  },
};
