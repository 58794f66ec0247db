import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-SECOND fresh set (`test32`), English part B (being written; the full header follows at the end of the
 * round): sentences copied verbatim from the stored text the `pages` search index returns, on sites whose registrable
 * domain starts with a letter from m to z or a digit and that are absent from every earlier file and probe. Held out:
 * the extractor was never run on these sentences and `src/extract` was not read.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const NIE_IN_CIL_TARGET_2018 =
  'http://www.newindianexpress.com/pti-news/2018/jan/05/cil-annual-production-target-at-630-mt-in-fy19-govt-1745372.html';
const HANS_NP_ARRIVALS_9M = 'https://www.thehansindia.com/news/international/foreign-arrivals-jump-up-in-nepal-911530';
const METROTV_ID_REVENUE_8M_2018 =
  'http://en.metrotvnews.com/business-en/JKRnB7xK-this-year-s-state-revenue-has-reached-rp1152-8-trillion-sri-mulyani';
const LANKAPANEL_LK_REMITTANCES_MAY_2023 =
  'https://islandback.lankapanel.net/significant-increase-in-foreign-remitance-in-may/amp';
const WONTUMI_GH_COCOA_2024 = 'https://wontumionline.com/tag/ghanas-cocoa-production-output';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST32B_EN_ROWS: readonly Row[] = [
  // India, Coal India's targets of 2017-18 and 2018-19 (newindianexpress.com, relaying PTI)
  [
    NIE_IN_CIL_TARGET_2018,
    'New Delhi, Jan 5 (PTI) The government today said that the annual production target of state-owned CIL has been kept at 630 million tonnes (MT) for the upcoming fiscal.',
    [goal(tonne('630000000'))],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    'Against the target of 408.6 MT, CIL produced 385.6 MT of coal till January 1 in the ongoing fiscal, the minister said.',
    [goal(tonne('408600000')), tonne('385600000')],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    'In the Annual Plan of CIL for 2017-18, the production target has been pegged at 600 million tonnes.',
    [goal(tonne('600000000'))],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    "From the production level of 554 million tonnes in 2016- 17, the PSU has envisaged to enhance its coal output to one billion tonnes by FY'20.",
    [tonne('554000000')],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    '"In the period April 1, 2017 to December 31, 2017, offtake of 421.41 MT(provisionally) has been achieved," the minister said.',
    [tonne('421410000', { st: 'preliminary' })],
  ],
  // Nepal, foreign arrivals of the first nine months of a year (thehansindia.com, relaying Xinhua)
  [
    HANS_NP_ARRIVALS_9M,
    'Kathmandu: More than 800,000 foreign tourists visited Nepal in the first nine months of this year, up 21 per cent from the same period of last year, the latest figures showed.',
    [n('800000', { a: 'over', ch: [`rate 21 ${SPLY}`] })],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'Nepal received 835,629 foreign visitors by September this year, as against 692,372 in the previous year, according to figures unveiled by the Nepal Tourism Board.',
    [n('835629'), n('692372')],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'In September alone, foreign arrivals stood at 96,305, marking an increase of 5.82 per cent over the same month of last year, Xinhua news agency reported.',
    [n('96305', { ch: [`rate 5.82 ${SPLY}`] })],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'Nepal received 1,197,191 foreigners in 2019 and it hoped to break the record this year.',
    [n('1197191', { p: '2019' })],
  ],
  // Indonesia, state revenue of January-August 2018 (en.metrotvnews.com)
  [
    METROTV_ID_REVENUE_8M_2018,
    'Jakarta: The government has reaped Rp1,152.8 trillion in state revenue as of August 2018, or 60.8 percent of the target in the 2018 state budget.',
    [n('1152800000000000', { c: '60.8', p: '2018-YTD-08' })],
  ],
  [
    METROTV_ID_REVENUE_8M_2018,
    '"It was higher by 18.4 percent compared to the same period last year," Finance Minister Sri Mulyani Indrawati told reporters on Friday.',
    [ch(`rate 18.4 ${SPLY}`)],
  ],
  [
    METROTV_ID_REVENUE_8M_2018,
    'According to the official data, the tax revenue reached Rp907.5 trillion in January-August 2018.',
    [n('907500000000000', { p: '2018-YTD-08' })],
  ],
  // Sri Lanka, workers' remittances of May and January-May 2023 (islandback.lankapanel.net)
  [
    LANKAPANEL_LK_REMITTANCES_MAY_2023,
    'Migrant workers remitted USD 479.7 million in May 2023, according to the most recent data released by the Central Bank of Sri Lanka (CBSL) made available on Monday.',
    [usd('479700000', { p: '2023-05' })],
  ],
  [
    LANKAPANEL_LK_REMITTANCES_MAY_2023,
    'This brings the cumulative figure for the first five months of the year to USD 2,346.9 million marking a significant increase of 75.7 percent compared to the same period in the previous year, the CBSL data show.',
    [usd('2346900000', { ch: [`rate 75.7 ${SPLY}`] })],
  ],
  [LANKAPANEL_LK_REMITTANCES_MAY_2023, 'Workers remitted USD 454 million in April.', [usd('454000000')]],
  [
    LANKAPANEL_LK_REMITTANCES_MAY_2023,
    'Official figures for the 2021 and 2022 total for remittances were USD 5.49 billion and USD 3.8 billion, respectively.',
    [usd('5490000000', { p: '2021' }), usd('3800000000', { p: '2022' })],
  ],
  // Ghana, cocoa output of the 2023/24 season (wontumionline.com, a tag page relaying Reuters)
  [
    WONTUMI_GH_COCOA_2024,
    "Ghana's cocoa production output reached 429,323 metric tons at the end of the harvest in June this year, according to data released by the cocoa regulator, COCOBOD.",
    [tonne('429323')],
  ],
  [
    WONTUMI_GH_COCOA_2024,
    'Reuters reports that this production output is less than 55 percent of the average seasonal output.',
    [],
  ],
];

export const TEST32B_EN: readonly RealSentence[] = TEST32B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test32b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test32',
  facts,
}));
