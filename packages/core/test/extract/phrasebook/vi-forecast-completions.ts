import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `vi-forecast-completions`: a result measured against an analyst's or a company's
 * FORECAST, as the Vietnamese stock press prints it (round 32).
 *
 * Class: a percentage after a verb of completion (`đạt`, `bằng`, `hoàn thành`, `thực hiện`) and
 * before `dự báo` or `dự phóng` — bare, of a measure (`dự phóng lợi nhuận`), of a year (`dự báo cả
 * năm`, `dự phóng năm`) or of its author (`dự báo của HSC`) — is the completion of that forecast, as
 * `đạt 76% kế hoạch` is of the plan (and as English `of the forecast`); `vượt X% dự báo` exceeds it.
 * The result is an actual; a value before it keeps its reading.
 *
 * Annotated with the conventions of `real-corpus/test21b-vi.ts` (`bằng 23% dự báo của HSC` a
 * completion of 23).
 * NEAR-MISSES (at least a fifth): `dự báo` as the verb or the frame of a forecast (`Công ty dự báo
 * doanh thu đạt 500 tỷ đồng`, `Theo dự báo, …`, `Dự báo tăng trưởng năm 2025 đạt 6,8%` — targets), a
 * change against a forecast (`điều chỉnh tăng 0,4 điểm phần trăm so với dự báo`, no fact) and the
 * same completion of a plan — each keeps its reading.
 */

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SUBJECTS = ['doanh thu', 'lợi nhuận trước thuế', 'LNST', 'doanh thu thuần'];

const VERBS: readonly (readonly [verb: string, shift: number])[] = [
  ['đạt', 0],
  ['bằng', 0],
  ['hoàn thành', 0],
  ['thực hiện', 0],
  ['vượt', 100],
];

const FORECASTS = [
  'dự báo',
  'dự phóng',
  'dự báo của HSC',
  'dự phóng lợi nhuận cả năm',
  'dự báo cả năm của SSI',
  'dự phóng năm',
];

const PERIODS: readonly (readonly [text: string, p: string | undefined])[] = [
  ['', undefined],
  ['Lũy kế 9 tháng năm 2024, ', '2024-YTD-09'],
  ['Năm 2023, ', '2023'],
];

const PERCENTS = [
  ['23', 23],
  ['76,5', 76.5],
  ['12', 12],
] as const;

/** The completion of a forecast after its verb. */
function forecastCases(): PhraseCase[] {
  return cross(VERBS, FORECASTS, PERIODS).map(([[verb, shift], forecast, [period, p]], i) => {
    const [text, n] = pick(PERCENTS, i);
    const subject = pick(SUBJECTS, i);
    const c = String(n + shift);
    const fact: RealFact = { c, ...(p ? { p } : {}) };
    return { text: cap(`${period}${subject} ${verb} ${text}% ${forecast}.`), facts: [fact] };
  });
}

/** Near-misses: `dự báo` as a verb or a frame, a change against a forecast, a plan's completion. */
function nearMisses(): PhraseCase[] {
  const shapes: readonly ((s: string) => PhraseCase)[] = [
    (s) => ({ text: `Công ty dự báo ${s} đạt 500 tỷ đồng.`, facts: [{ v: '500000000000', u: 'VND', k: 'target' }] }),
    (s) => ({ text: `Theo dự báo, ${s} đạt 500 tỷ đồng.`, facts: [{ v: '500000000000', u: 'VND', k: 'target' }] }),
    (s) => ({ text: `Năm 2023, ${s} đạt 76% kế hoạch.`, facts: [{ c: '76', p: '2023' }] }),
    (s) => ({ text: `${s} đạt 23% kế hoạch của HSC.`, facts: [{ c: '23' }] }),
    (s) => ({ text: `Các tổ chức điều chỉnh ${s} tăng 0,4 điểm phần trăm so với dự báo đầu năm.`, facts: [] }),
    (s) => ({
      text: `Dự báo ${s} năm 2025 sẽ đạt 1.200 tỷ đồng.`,
      facts: [{ v: '1200000000000', u: 'VND', k: 'target', p: '2025' }],
    }),
  ];
  return cross(shapes, SUBJECTS).map(([shape, subject]) => {
    const c = shape(subject);
    return { text: cap(c.text), facts: c.facts };
  });
}

const NEAR_MISSES = nearMisses();

/** How many cases of the area are near-misses (the area's test checks they are at least a fifth). */
export const NEAR_MISS_COUNT = NEAR_MISSES.length;

export const VI_FORECAST_COMPLETIONS: Phrasebook = {
  area: 'vi-forecast-completions',
  locale: 'vi',
  cases: [...forecastCases(), ...NEAR_MISSES],
};
