import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-SECOND fresh set (`test32`), English part (being written; the full header follows at the end of the
 * round). Sentences copied verbatim from the stored text the `pages` search index returns, on sites whose
 * registrable domain starts with a letter from a to l and that are absent from every earlier file. Held out: the
 * extractor was never run on these sentences and `src/extract` was not read.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ETV_IN_REVENUE_JAN_2022 =
  'https://www.etvbharat.com/english/national/bharat/govt-achieves-nearly-90-percent-of-revenue-collection-target-in-first-10-months/na20220301082325253';
const AWESUMMLY_IN_FISCAL_TARGET =
  'http://awesummly.com/news/7374400/centre-to-stick-to-fiscal-target-of-33-as-tax-revenues-on-the-rise-fm/';
const ANTARA_ID_FARM_TARGETS_2023 =
  'https://en.antaranews.com/news/270558/ministry-targets-rice-production-of-545-mln-tons-this-year';
const JAKARTAGLOBE_ID_RICE_2024 =
  'https://jakartaglobe.id/news/indonesia-targets-32-million-ton-rice-production-aims-to-end-imports-by-2025';
const BIZCOMMUNITY_KE_TEA_H1 = 'https://www.bizcommunity.com/Article/196/183/40427.html';
const KPBN_KE_TEA_OCT =
  'https://kpbn.co.id/en/news/7dc1c7653ac42a05642a667959c12239/kenya-production-of-tea-to-hit-record-high-this-year/amp';
const KPBN_KE_TEA_Q1_2007 =
  'https://kpbn.co.id/en/news/0e4e946668cf2afc4299b462b812caca/kenya-local-tea-output-rises-by-108-percent';
const GHANAMMA_GH_COCOA_2011 =
  'https://news.ghanamma.com/2011/05/31/cocobod-hopes-to-hit-1-million-tonne-mark-this-year';
const BONGSEN_VN_HANOI_TOURISM_JUN_2018 =
  'http://www.bongsenwaterpuppet.vn/new/international-visitors-to-hanoi-accounted-for-39-of-total-arrivals-to-vietnam.html';
const CHINAPOWER_CN_RESULTS_2020 = 'http://chinapower.hk/en/business/business.php';
//CONSTS

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST32_EN_ROWS: readonly Row[] = [
  // India, Union revenue receipts of April-January of fiscal 2021-22 (etvbharat.com)
  [
    ETV_IN_REVENUE_JAN_2022,
    'New Delhi: The Union government has achieved nearly 90% of its annual revenue collection target in the first 10 months (April-January 2021) of the current financial year ending in March, showed the latest data, providing cushion to the fund starved government that aims at spending nearly Rs 38 lakh crore this year and over Rs 40 lakh crore next year.',
    [{ c: '90' }, goal(n('38000000000000', { a: 'about' })), goal(n('40000000000000', { a: 'over' }))],
  ],
  [
    ETV_IN_REVENUE_JAN_2022,
    'As per the latest data of the Central government accounts released by the Controller General of Accounts on Monday, the Centre has collected over Rs 18.38 lakh crore revenue till January this year, which is 88.5% of the total revenue collection target for the year, which has been set at over Rs 20.78 lakh crore as per the revised estimates given by Finance Minister Nirmala Sitharaman in the Union budget early this month.',
    [n('1838000000000', { a: 'over', c: '88.5' }), goal(n('2078000000000', { a: 'over' }))],
  ],
  [
    ETV_IN_REVENUE_JAN_2022,
    'Similarly, the government was able to collect Rs 15.47 lakh crore in tax revenue as against the revised target of Rs 17.65 lakh crore, which is 87.7% of the annual target.',
    [n('1547000000000', { c: '87.7' }), goal(n('1765000000000'))],
  ],
  [
    ETV_IN_REVENUE_JAN_2022,
    'In the last financial year, the government was able to collect only 82% of its tax revenue target in the first 10 months of the last fiscal.',
    [{ c: '82' }],
  ],
  [
    ETV_IN_REVENUE_JAN_2022,
    'In the case of the non-revenue collection target, the Centre has been able to collect over Rs 2.91 lakh crore of its annual target of over Rs 3.13 lakh crore, 93% of the yearly target.',
    [n('291000000000', { a: 'over', c: '93' }), goal(n('313000000000', { a: 'over' }))],
  ],
  [
    ETV_IN_REVENUE_JAN_2022,
    'The Centre’s performance in terms of collection of non-debt capital receipts has been dismal in this fiscal as it has been able to collect only Rs 32,595 crore as against the annual target of Rs 99,975 crore in the first ten months, which is less than one-third of the annual target.',
    [n('325950000000'), goal(n('999750000000'))],
  ],
  // India, the Centre's fiscal target and tax revenue (awesummly.com)
  [
    AWESUMMLY_IN_FISCAL_TARGET,
    'The position was a bit better than last year, when 92.4 per cent of the target was hit this time around.',
    [{ c: '92.4' }],
  ],
  // Indonesia, farm output targets and realisations of 2022-2023 (en.antaranews.com)
  [
    ANTARA_ID_FARM_TARGETS_2023,
    'Jakarta (ANTARA) - The Agriculture Ministry has said that the production target for rice this year is 54.5 million tons, the same as the target set last year.',
    [goal(tonne('54500000'))],
  ],
  [
    ANTARA_ID_FARM_TARGETS_2023,
    'Most of the production targets for agricultural commodities in 2023 are not much different compared to those set in 2022.',
    [],
  ],
  [
    ANTARA_ID_FARM_TARGETS_2023,
    'The target for rice in 2022 was 54.5 million tons, with the realization reaching 55.44 million tons.',
    [goal(tonne('54500000', { p: '2022' })), tonne('55440000', { p: '2022' })],
  ],
  [
    ANTARA_ID_FARM_TARGETS_2023,
    'The target for corn production was 23.1 million tons, with the realization reaching 25.18 million tons; soybeans 280 thousand tons, with the realization recorded at 300 thousand tons; shallots 1.64 million tons, with the realization registered at 1.72 million tons.',
    [
      goal(tonne('23100000')),
      tonne('25180000'),
      goal(tonne('280000')),
      tonne('300000'),
      goal(tonne('1640000')),
      tonne('1720000'),
    ],
  ],
  [
    ANTARA_ID_FARM_TARGETS_2023,
    'The chilies production target was 2.87 million tons, but the realization was only 2.73 million tons.',
    [goal(tonne('2870000')), tonne('2730000')],
  ],
  // Indonesia, rice output of 2024 and the 2025 target (jakartaglobe.id)
  [
    JAKARTAGLOBE_ID_RICE_2024,
    "Agriculture Minister Andi Amran Sulaiman has set an ambitious target for Indonesia's rice production, aiming to reach 32 million tons by 2025.",
    [goal(tonne('32000000', { p: '2025' }))],
  ],
  [
    JAKARTAGLOBE_ID_RICE_2024,
    "According to data from the Central Statistics Agency (BPS), Indonesia's rice production for 2024 is estimated to be around 30.34 million tons, a decline of 757,130 tons or 2.43 percent compared to 2023's production of 31.10 million tons.",
    [tonne('30340000', { a: 'about', p: '2024', st: 'estimate', ch: ['rate -2.43 2023'] }), tonne('31100000')],
  ],
  [
    JAKARTAGLOBE_ID_RICE_2024,
    'Meanwhile, state-owned logistics company Perum Bulog reported that Indonesia has already imported 2.9 million tons of rice throughout 2024.',
    [tonne('2900000', { p: '2024' })],
  ],
  // Kenya, tea output and exports of a first half (bizcommunity.com)
  [
    BIZCOMMUNITY_KE_TEA_H1,
    'Tea Board Managing Director Sicily Kariuki blamed adverse weather conditions especially in the east of the Rift Valley, where production fell by 32%.',
    [ch('rate -32 *')],
  ],
  [
    BIZCOMMUNITY_KE_TEA_H1,
    "The situation, she said, is set to remain gloomy with the board's chief executive projecting a 10% drop in production for the full year.",
    [goal(ch('rate -10 *'))],
  ],
  [
    BIZCOMMUNITY_KE_TEA_H1,
    'Tea exports dropped by 10% in the six-month period to stand at 225 million kilograms, Kariuki said.',
    [n('225000000', { ch: ['rate -10 *'] })],
  ],
  [
    BIZCOMMUNITY_KE_TEA_H1,
    'Egypt leads the way with 52 million kilograms or 23%, followed by Britain and Pakistan.',
    [n('52000000')],
  ],
  // Kenya, tea output of an October (kpbn.co.id, relaying the Tea Board of Kenya)
  [
    KPBN_KE_TEA_OCT,
    'Tea production this year is expected to hit a record high of 350 million kilogrammes.',
    [goal(n('350000000'))],
  ],
  [
    KPBN_KE_TEA_OCT,
    'The sector registered an increased output of 3.9 per cent from 20 million kilogrammes to 21 million kilogrammes, accounting for 61 per cent of the total production.',
    [n('21000000', { ch: ['rate 3.9 *'] }), n('20000000')],
  ],
  [
    KPBN_KE_TEA_OCT,
    'Total export earnings consequently fell by 15 per cent from Sh3.2 billion to Sh2.7 billion during the same period last year.',
    [n('2700000000', { ch: [`rate -15 ${SPLY}`] }), n('3200000000')],
  ],
  // Kenya, tea output of the first quarter of 2007 (kpbn.co.id, relaying allafrica.com)
  [
    KPBN_KE_TEA_Q1_2007,
    'There production for the first quarter rose by 181 per cent to 62 million kg from 22 million kg recorded during the corresponding period last year.',
    [n('62000000', { ch: [`rate 181 ${SPLY}`] }), n('22000000')],
  ],
  [
    KPBN_KE_TEA_Q1_2007,
    'Due to increased tea production, total export volume for the first three months of the year increased by 32 per cent to 100 million kilos from 75 million kg registered the same period last year.',
    [n('100000000', { ch: [`rate 32 ${SPLY}`] }), n('75000000')],
  ],
  // Ghana, COCOBOD's one-million-tonne hope (news.ghanamma.com, relaying Joy News)
  [
    GHANAMMA_GH_COCOA_2011,
    'Public Affairs Manager at COCOBOD, Noah Amenyo, told Joy Business it could even go beyond the one million target before the 2012/2013 season.',
    [],
  ],
  // Vietnam, Hanoi tourism of June 2018 (bongsenwaterpuppet.vn, relaying the Hanoi Tourism Department)
  [
    BONGSEN_VN_HANOI_TOURISM_JUN_2018,
    'Specifically, in June 2018, tourists to Hanoi estimated at 2,426,318 arrivals, up 9% over the same period last year.',
    [n('2426318', { p: '2018-06', st: 'estimate', ch: [`rate 9 ${SPLY}`] })],
  ],
  [
    BONGSEN_VN_HANOI_TOURISM_JUN_2018,
    'International visitors estimated at 402,778 arrivals, up 24% over the same period last year.',
    [n('402778', { st: 'estimate', ch: [`rate 24 ${SPLY}`] })],
  ],
  [
    BONGSEN_VN_HANOI_TOURISM_JUN_2018,
    'As a result, domestic tourists estimated at 2,023,540 arrivals, increase 6% over the same period; Total revenue from visitors is estimated at 6,485 billiondong, up 5% over the same period last year.',
    [
      n('2023540', { st: 'estimate', ch: [`rate 6 ${SPLY}`] }),
      vnd('6485000000000', { st: 'estimate', ch: [`rate 5 ${SPLY}`] }),
    ],
  ],
  // China, China Power's results of 2020 (chinapower.hk, the company's business review)
  [
    CHINAPOWER_CN_RESULTS_2020,
    'In 2020, the national total electricity consumption in China rose by 3.1% year-on-year and the national power generation recorded a year-on-year increase of 4.0%, among which, hydropower, wind power, photovoltaic power and coal-fired power grew by 4.1%, 15.1%, 16.6% and 2.5% respectively.',
    [
      { ch: [`rate 3.1 ${SPLY}`], p: '2020' },
      { ch: [`rate 4 ${SPLY}`], p: '2020' },
      { ch: [`rate 4.1 ${SPLY}`], p: '2020' },
      { ch: [`rate 15.1 ${SPLY}`], p: '2020' },
      { ch: [`rate 16.6 ${SPLY}`], p: '2020' },
      { ch: [`rate 2.5 ${SPLY}`], p: '2020' },
    ],
  ],
  [
    CHINAPOWER_CN_RESULTS_2020,
    'The profit attributable to equity holders of the Company for the year ended 31 December 2020 increased by RMB423,924,000 to RMB1,708,305,000, representing an increase of 33.01% from 2019.',
    [n('1708305000', { p: '2020', ch: ['rate 33.01 2019'] })],
  ],
  [
    CHINAPOWER_CN_RESULTS_2020,
    'The electricity sales of photovoltaic power and wind power increased year-on-year by 44.45% and 23.30%, respectively.',
    [ch(`rate 44.45 ${SPLY}`), ch(`rate 23.3 ${SPLY}`)],
  ],
];

export const TEST32_EN: readonly RealSentence[] = TEST32_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test32-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test32',
  facts,
}));
