import type { RealFact } from '../real-corpus/types';
import { cross, EN_MONTHS, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `dates-in-words` (round 29): a date written out in words reads as the same date
 * in digits. Vietnamese official prose writes `ngày 31 tháng 12 năm 2020` (every decree, plan and
 * report header; test18b: `Đến ngày 31 tháng 12 năm 2020, cả nước có 2 đô thị loại đặc biệt, …`
 * was read as the month of December, certain), English international style `31 December 2020`
 * (`As of 31 December 2020`, `on 21 July 2021`: test9, test16, test16b). A cut-off on a month's last
 * day after `đến`/`tính đến (hết)`/`lũy kế đến` or `as of`/`as at`/`by`/`until` is the year to that
 * month, as `đến ngày 31/12/2020` and `as of December 31, 2020` are (English doubted `month-end`);
 * any other date — a cut-off inside a month, a decree's date, the day an event happened — names no
 * period of the figures, as the date in digits names none.
 *
 * Near-misses (a fifth of the book or more): a cut-off inside a month, a decree's or a meeting's
 * date before the figures (the figures take the period the sentence names, or none), the month
 * written without a day (`tháng 12 năm 2020`, `in December 2020`: the month).
 *
 * Annotated with the conventions of the real corpus: the year to a month (`2020` for December), no
 * period where the sentence gives none.
 */

const en: PhraseCase[] = [];
const vi: PhraseCase[] = [];
const addEn = (text: string, ...facts: RealFact[]): void => {
  en.push({ text, facts });
};
const addVi = (text: string, ...facts: RealFact[]): void => {
  vi.push({ text, facts });
};
const pad = (m: number): string => String(m).padStart(2, '0');
const ytd = (year: string, m: number): string => (m === 12 ? year : `${year}-YTD-${pad(m)}`);
const ENDS: readonly (readonly [number, number])[] = [
  [31, 3],
  [30, 6],
  [30, 9],
  [31, 12],
];
const YEARS = ['2020', '2024'];

// Vietnamese: a cut-off on a month's last day, in words
for (const [lead, [day, m], year] of cross(
  ['Đến ngày', 'Tính đến ngày', 'Tính đến hết ngày', 'Lũy kế đến ngày'],
  ENDS,
  YEARS,
)) {
  addVi(`${lead} ${day} tháng ${m} năm ${year}, toàn tỉnh có 1.245 hợp tác xã đang hoạt động.`, {
    v: '1245',
    p: ytd(year, m),
  });
  addVi(`${lead} ${day} tháng ${m} năm ${year}, tổng thu ngân sách trên địa bàn đạt 2.150 tỷ đồng.`, {
    v: '2150000000000',
    u: 'VND',
    p: ytd(year, m),
  });
}
// near-misses: a cut-off inside a month, a decree's or an event's date, the month alone
for (const [day, m, year] of cross([15, 20], [3, 10], YEARS)) {
  addVi(`Tính đến ngày ${day} tháng ${m} năm ${year}, toàn tỉnh đã tiêm 12.000 liều vắc-xin.`, { v: '12000' });
  addVi(`Ngày ${day} tháng ${m} năm ${year}, Sở Y tế cho biết đã tiêm 12.000 liều vắc-xin.`, { v: '12000' });
  addVi(
    `Theo Quyết định số 1500/QĐ-TTg ngày ${day} tháng ${m} năm ${year}, tổng thu ngân sách của tỉnh đạt 5.000 tỷ đồng.`,
    { v: '5000000000000', u: 'VND' },
  );
}
for (const [m, year] of cross([3, 12], YEARS))
  addVi(`Trong tháng ${m} năm ${year}, toàn tỉnh đã tiêm 12.000 liều vắc-xin.`, {
    v: '12000',
    p: `${year}-${pad(m)}`,
  });

// English: a cut-off on a month's last day, day first
for (const [lead, [day, m], year] of cross(['As of', 'As at', 'By', 'Until'], ENDS, YEARS)) {
  addEn(`${lead} ${day} ${EN_MONTHS[m - 1]} ${year}, the province had 1,245 cooperatives in operation.`, {
    v: '1245',
    p: ytd(year, m),
  });
  addEn(`${lead} ${day} ${EN_MONTHS[m - 1]} ${year}, budget revenue reached VND 2,150 billion.`, {
    v: '2150000000000',
    u: 'VND',
    p: ytd(year, m),
  });
}
// near-misses: a day inside a month, the day of an event, the month alone
for (const [day, m, year] of cross([15, 20], [3, 10], YEARS)) {
  addEn(`As of ${day} ${EN_MONTHS[m - 1]} ${year}, budget revenue reached VND 2,150 billion.`, {
    v: '2150000000000',
    u: 'VND',
  });
  addEn(`On ${day} ${EN_MONTHS[m - 1]} ${year}, the VN-Index closed at 1,263 points.`, { v: '1263' });
}
for (const [[day, m], year] of cross(ENDS, YEARS))
  addEn(`On ${day} ${EN_MONTHS[m - 1]} ${year}, the VN-Index closed at 1,263 points.`, { v: '1263' });
for (const [m, year] of cross([3, 12], YEARS))
  addEn(`Budget revenue reached VND 2,150 billion in ${EN_MONTHS[m - 1]} ${year}.`, {
    v: '2150000000000',
    u: 'VND',
    p: `${year}-${pad(m)}`,
  });

export const DATES_IN_WORDS_EN: Phrasebook = { area: 'dates-in-words-en', locale: 'en', cases: en };
export const DATES_IN_WORDS_VI: Phrasebook = { area: 'dates-in-words-vi', locale: 'vi', cases: vi };
