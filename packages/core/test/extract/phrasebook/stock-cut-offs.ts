import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `stock-cut-offs` (round 30): a STOCK stated at a cut-off — what there IS at the
 * end of a month or on its last day (`tính đến 31/12/2014 toàn quốc có tổng diện tích rừng là
 * 13.796.506 ha`, `Tính đến tháng 9 năm 2020, cả nước có 31,8 triệu người …`, `diện tích rừng của cả
 * nước tính đến ngày 31/12/2015 là …`, and the parts listed after it). The released sets write such a
 * period as the month, a point in time (test17 `tính đến cuối tháng 6-2021` `2021-06`, test18b, test19's
 * forest rows `2014-12` … `2022-12`), as often as the year to it (test10, test11 `Đến 30/11/2021, tổng
 * dư nợ` `2021-YTD-11`, test13b, test15b `Đến 31/3/2021, toàn tỉnh có` `2021-Q1`, test18b `Đến ngày 31
 * tháng 12 năm 2020, cả nước có` `2020`): the extractor keeps the year to the month and DOUBTS it
 * (`month-end`). This book is annotated with the point in time, the newest sets' reading, so that a
 * certain year-to-date reading of a stock is a silent wrong number here.
 *
 * Variants: the cut-off's lead (`Tính đến`, `Tính đến ngày`, `Tính đến hết ngày`, `Đến`), the date in
 * digits on a month's last day or the month itself, the stock's verb (`có`, `là`), the cut-off before
 * the sentence's subject or after its name, the parts listed after the total.
 *
 * Near-misses (a fifth of the book or more): a FLOW's total to the same cut-off (`đã giải ngân`,
 * `kim ngạch xuất khẩu đạt`, `thu ngân sách đạt`) stays the year to date, certain; a cut-off inside a
 * month names no period.
 */

const vi: PhraseCase[] = [];
const add = (text: string, ...facts: RealFact[]): void => {
  vi.push({ text, facts });
};
const pad = (m: number): string => String(m).padStart(2, '0');
const ytd = (year: string, m: number): string => (m === 12 ? year : `${year}-YTD-${pad(m)}`);
/** A month's last day and its month. */
const ENDS: readonly (readonly [number, number])[] = [
  [31, 12],
  [30, 6],
  [30, 9],
];
const YEARS = ['2014', '2022'];
const LEADS = ['Tính đến', 'Tính đến ngày', 'Tính đến hết ngày', 'Đến'];

// a stock on a month's last day: the total, then its parts
for (const [lead, [day, m], year] of cross(LEADS, ENDS, YEARS)) {
  const at = `${year}-${pad(m)}`;
  add(
    `${lead} ${day}/${m}/${year}, toàn quốc có tổng diện tích rừng là 13.796.506 ha; trong đó, rừng tự nhiên là 10.100.186 ha.`,
    { v: '13796506', u: 'ha', p: at },
    { v: '10100186', u: 'ha', p: at },
  );
  add(`${lead} ${day}/${m}/${year}, cả nước có 5.343 xã đạt chuẩn nông thôn mới.`, { v: '5343', p: at });
  add(`${lead} ${day}/${m}/${year}, dư nợ tín dụng trên địa bàn tỉnh là 65.955 tỷ đồng.`, {
    v: '65955000000000',
    u: 'VND',
    p: at,
  });
  // near-misses: a flow's total to the same day is the year to date
  add(`${lead} ${day}/${m}/${year}, toàn tỉnh đã giải ngân 2.300 tỷ đồng vốn đầu tư công.`, {
    v: '2300000000000',
    u: 'VND',
    p: ytd(year, m),
  });
  add(`${lead} ${day}/${m}/${year}, kim ngạch xuất khẩu của tỉnh đạt 1.250 triệu USD.`, {
    v: '1250000000',
    u: 'USD',
    p: ytd(year, m),
  });
}
// the cut-off after the stock's name
for (const [[day, m], year] of cross(ENDS, YEARS))
  add(
    `Tổng diện tích rừng của cả nước tính đến ngày ${day}/${m}/${year} là 14.061.586 ha, trong đó diện tích rừng trồng là 3.886.337 ha.`,
    { v: '14061586', u: 'ha', p: `${year}-${pad(m)}` },
    { v: '3886337', u: 'ha', p: `${year}-${pad(m)}` },
  );
// a stock reckoned to a month
for (const [month, year] of cross([3, 9, 11], YEARS)) {
  const at = `${year}-${pad(month)}`;
  add(`Tính đến tháng ${month} năm ${year}, cả nước có 31,8 triệu người bị ảnh hưởng bởi dịch.`, {
    v: '31800000',
    p: at,
  });
  add(`Tính đến tháng ${month}/${year}, toàn tỉnh có 1.245 hợp tác xã đang hoạt động.`, { v: '1245', p: at });
  // near-miss: a flow reckoned to the month
  add(`Tính đến tháng ${month}/${year}, tổng thu ngân sách trên địa bàn đạt 2.150 tỷ đồng.`, {
    v: '2150000000000',
    u: 'VND',
    p: ytd(year, month),
  });
}
// near-misses: a cut-off inside a month names no period
for (const [day, year] of cross([15, 20], YEARS)) {
  add(`Tính đến ngày ${day}/9/${year}, cả nước có 5.343 xã đạt chuẩn nông thôn mới.`, { v: '5343' });
  add(`Tính đến ngày ${day}/9/${year}, toàn quốc có tổng diện tích rừng là 13.796.506 ha.`, {
    v: '13796506',
    u: 'ha',
  });
}

export const STOCK_CUT_OFFS_VI: Phrasebook = { area: 'stock-cut-offs-vi', locale: 'vi', cases: vi };
