import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `later-periods` (round 29): a period written ONCE, after the figure of the last
 * clause of a sentence, for the figures of the clauses before it too — `Hơn 1 triệu người thất
 * nghiệp, gần 900.000 người thiếu việc làm trong quý IV/2022` (test13b), `its life expectancy will
 * hit 73.7, and the infant sex ratio will be 112.8 boys/100 girls in 2018` (test14), `Despite a
 * 2.2% decline in export volume, pepper export earnings surged by 40.8% to $764.2 million in the
 * first seven months of 2024` (test17), `is expected to reach VND 5.739 billion, equivalent 101.6%
 * of plan in 2014` (test16b). The clauses are joined by a comma, `, and`, `, while`, a fronted
 * `Despite …,` or a comma list; the period is a year, a quarter, a half, the months to date, a
 * deadline (`by 2025`). Read (doubted, `later-period`: it may be the last clause's only).
 *
 * Near-misses (a fifth of the book or more): an earlier clause with a period of its own (`In 2021,
 * …`, `… in the first quarter, …`), a later figure that is the other side of a comparison (`higher
 * than the 3% growth recorded in 2022`, `so với mức 4.000 tỷ đồng của năm 2022`), a move (`from
 * 8.49% to 8% in 2015`), a goal after a result (`, and aims at 7% by 2025`), a later period written
 * before its own figure (`, while in 2022 imports reached …`), a part after `;`.
 *
 * Annotated with the conventions of the real corpus: a period when the text names it for the
 * figure; a goal `k: 'target'`; no period where the sentence gives none.
 */

const en: PhraseCase[] = [];
const vi: PhraseCase[] = [];
const addEn = (text: string, ...facts: RealFact[]): void => {
  en.push({ text, facts });
};
const addVi = (text: string, ...facts: RealFact[]): void => {
  vi.push({ text, facts });
};

// English: the period × the way the clauses are joined
const EN_PERIODS: readonly (readonly [string, string])[] = [
  ['in 2023', '2023'],
  ['in the first half of 2024', '2024-H1'],
  ['in the third quarter of 2022', '2022-Q3'],
  ['in the first nine months of 2024', '2024-YTD-09'],
  ['in Q2 2023', '2023-Q2'],
];
for (const [[when, p], form] of cross(EN_PERIODS, [0, 1, 2, 3, 4] as const)) {
  if (form === 0)
    addEn(
      `Revenue reached VND 5,200 billion, and pre-tax profit stood at VND 640 billion ${when}.`,
      { v: '5200000000000', u: 'VND', p },
      { v: '640000000000', u: 'VND', p },
    );
  else if (form === 1)
    addEn(
      `Despite a 2.2% decline in export volume, pepper export earnings surged by 40.8% to $764.2 million ${when}.`,
      { ch: ['rate -2.2 *'], p },
      { v: '764200000', u: 'USD', ch: ['rate 40.8 *'], p },
    );
  else if (form === 2)
    addEn(
      `The company sold 12,400 cars, while its revenue reached VND 9,800 billion ${when}.`,
      { v: '12400', p },
      { v: '9800000000000', u: 'VND', p },
    );
  else if (form === 3)
    addEn(
      `Exports were valued at US$3.2 billion, imports at US$2.9 billion, and the trade surplus at US$300 million ${when}.`,
      { v: '3200000000', u: 'USD', p },
      { v: '2900000000', u: 'USD', p },
      { v: '300000000', u: 'USD', p },
    );
  else
    addEn(
      `Its life expectancy hit 73.7 years, and the infant sex ratio was 112.8 boys per 100 girls ${when}.`,
      { v: '73.7', p },
      { v: '112.8', p },
    );
}
// a goal's deadline after the last of its goals
for (const year of ['2025', '2030'])
  addEn(
    `The province aims to have 1.2 million tourists, and to earn VND 5,000 billion from tourism by ${year}.`,
    { v: '1200000', k: 'target', p: year },
    { v: '5000000000000', u: 'VND', k: 'target', p: year },
  );
// near-misses
for (const year of ['2022', '2023']) {
  const last = String(Number(year) - 1);
  addEn(
    `In ${last}, revenue reached VND 5,200 billion, and profit stood at VND 640 billion in ${year}.`,
    { v: '5200000000000', u: 'VND', p: last },
    { v: '640000000000', u: 'VND', p: year },
  );
  addEn(`Exports rose 5.2%, higher than the 3.1% growth recorded in ${year}.`, { ch: ['rate 5.2 *'] });
  addEn(`Power losses were cut from 8.49% to 8% in ${year}.`, { v: '8', u: 'percent', p: year });
  addEn(
    `Exports rose 5.2%, while in ${year} imports reached US$4 billion.`,
    { ch: ['rate 5.2 *'] },
    { v: '4000000000', u: 'USD', p: year },
  );
  addEn(`Growth reached 6.1% last year, and the government aims at 7% by ${Number(year) + 3}.`, {
    ch: ['rate 6.1 *'],
  });
  addEn(
    `Exports rose 5.2% in the first quarter, and imports reached US$4 billion in ${year}.`,
    { ch: ['rate 5.2 *'] },
    { v: '4000000000', u: 'USD', p: year },
  );
  addEn(
    `Exports rose 5.2%; imports reached US$4 billion in ${year}.`,
    { ch: ['rate 5.2 *'] },
    { v: '4000000000', u: 'USD', p: year },
  );
}

// Vietnamese: the period × the way the clauses are joined
const VI_PERIODS: readonly (readonly [string, string])[] = [
  ['trong năm 2023', '2023'],
  ['trong quý IV/2022', '2022-Q4'],
  ['trong 6 tháng đầu năm 2024', '2024-H1'],
  ['trong 9 tháng năm 2023', '2023-YTD-09'],
  ['năm 2021', '2021'],
];
for (const [[when, p], form] of cross(VI_PERIODS, [0, 1, 2, 3] as const)) {
  if (form === 0)
    addVi(
      `Hơn 1 triệu người thất nghiệp, gần 900.000 người thiếu việc làm ${when}.`,
      { v: '1000000', a: 'over', p },
      { v: '900000', a: 'under', p },
    );
  else if (form === 1)
    addVi(
      `Doanh thu đạt 5.200 tỷ đồng, lợi nhuận trước thuế đạt 640 tỷ đồng ${when}.`,
      { v: '5200000000000', u: 'VND', p },
      { v: '640000000000', u: 'VND', p },
    );
  else if (form === 2)
    addVi(
      `Kim ngạch xuất khẩu đạt 3,2 tỷ USD, nhập khẩu đạt 2,9 tỷ USD, xuất siêu 300 triệu USD ${when}.`,
      { v: '3200000000', u: 'USD', p },
      { v: '2900000000', u: 'USD', p },
      { v: '300000000', u: 'USD', p },
    );
  else
    addVi(
      `Toàn tỉnh có 1.245 doanh nghiệp thành lập mới, tổng vốn đăng ký đạt 12.400 tỷ đồng ${when}.`,
      { v: '1245', p },
      { v: '12400000000000', u: 'VND', p },
    );
}
// near-misses
for (const year of ['2022', '2023']) {
  const last = String(Number(year) - 1);
  addVi(
    `Năm ${last}, doanh thu đạt 5.200 tỷ đồng, lợi nhuận đạt 640 tỷ đồng trong năm ${year}.`,
    { v: '5200000000000', u: 'VND', p: last },
    { v: '640000000000', u: 'VND', p: year },
  );
  addVi(`Doanh thu đạt 5.200 tỷ đồng, cao hơn mức 4.000 tỷ đồng của năm ${year}.`, {
    v: '5200000000000',
    u: 'VND',
  });
  addVi(
    `Xuất khẩu tăng 5,2%, trong khi năm ${year} nhập khẩu đạt 4 tỷ USD.`,
    { ch: ['rate 5.2 *'] },
    { v: '4000000000', u: 'USD', p: year },
  );
  addVi(
    `Doanh thu quý I đạt 5.200 tỷ đồng, lợi nhuận đạt 640 tỷ đồng trong năm ${year}.`,
    { v: '5200000000000', u: 'VND' },
    { v: '640000000000', u: 'VND', p: year },
  );
  addVi(
    `Doanh thu đạt 5.200 tỷ đồng; lợi nhuận đạt 640 tỷ đồng trong năm ${year}.`,
    { v: '5200000000000', u: 'VND' },
    { v: '640000000000', u: 'VND', p: year },
  );
}

export const LATER_PERIODS_EN: Phrasebook = { area: 'later-periods-en', locale: 'en', cases: en };
export const LATER_PERIODS_VI: Phrasebook = { area: 'later-periods-vi', locale: 'vi', cases: vi };
