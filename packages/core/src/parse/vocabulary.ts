/**
 * Words the quantity parser recognises after a number, per words language. Longest first:
 * `nghìn tỷ` before `nghìn`.
 * @internal
 */
export interface Vocabulary {
  readonly scales: ReadonlyArray<readonly [string, number]>;
  readonly points: readonly string[];
  readonly times: readonly string[];
  /** Between a density's unit and its per-N population (`/`, `per`). */
  readonly per: RegExp;
}

/** @internal */
export const VOCABULARY: Readonly<Record<'vi' | 'en', Vocabulary>> = {
  vi: {
    scales: [
      ['nghìn tỷ', 12],
      ['ngàn tỷ', 12],
      ['nghìn tỉ', 12],
      ['ngàn tỉ', 12],
      ['nghìn', 3],
      ['ngàn', 3],
      ['triệu', 6],
      ['tỷ', 9],
      ['tỉ', 9],
    ],
    points: ['điểm phần trăm', 'điểm %', 'điểm'],
    times: ['lần'],
    per: /^(.+?)\s*\/\s*(\S+)\s+(.+)$/u,
  },
  en: {
    scales: [
      ['trillion', 12],
      ['billion', 9],
      ['million', 6],
      ['thousand', 3],
    ],
    points: ['percentage points', 'percentage point', 'pp', 'points', 'point'],
    times: ['times', '×', 'x'],
    per: /^(.+?)(?:\s+per\s+|\s*\/\s*)(\S+)\s+(.+)$/iu,
  },
};
