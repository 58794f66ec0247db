import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-SECOND fresh set (`test32`), English part C (`test32-en.ts`, `test32b-en.ts` and `test32-vi.ts` are other
 * builders' parts, not read beyond their addresses): sentences copied verbatim from the stored text the `pages` search
 * index returns, on government and public-body sites only (being written; the full header follows at the end).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const SETKAB_ID_TOURISTS_JUL_2019 =
  'https://setkab.go.id/en/bps-indonesias-foreign-tourist-arrivals-rise-2-63-percent/';
const SETKAB_ID_RICE_SURPLUS = 'https://setkab.go.id/en/govt-guarantees-surplus-in-national-rice-production/';
const KNA_KE_FERTILISER = 'https://www.kenyanews.go.ke/?p=152815';
const RBI_IN_ECONOMY_Q1_2005 =
  'https://website.rbi.org.in/web/rbi/-/publications/i.-the-real-economy-7910?journalArticle=83884776';
const RBI_IN_ECONOMY_Q2_2005 = 'https://www.rbi.org.in/scripts/PublicationsView.aspx?id=8053';
const STATE_VN_ICS_2019 = 'https://www.state.gov/report/custom/008d6bc85d/';
const TRADE_VN_ICS_2022 = 'https://www.trade.gov/country-commercial-guides/vietnam-investment-climate-statement';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST32C_EN_ROWS: readonly Row[] = [
  // Indonesia, foreign tourist arrivals of July 2019 (setkab.go.id, the Cabinet Secretariat, relaying BPS)
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    'The Central Statistics Agency (BPS) has reported that the number of foreign tourists visiting Indonesia in July 2019 reached 1.48 million visits or increased by 2.04 percent compared to June 2019.',
    [n('1480000', { ch: ['rate 2.04 2019-06'], p: '2019-07' })],
  ],
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    'However, the figure has decreased to 1.55 million visits or by 4.10 percent compared to the same month in previous year.',
    [n('1550000', { ch: [`rate -4.1 ${SPLY}`] })],
  ],
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    '“The number of foreign tourist arrivals in Indonesia from January to July 2019 reached 9.31 million visits, or rose by 2.63 percent compared to the same period in previous year which was 9.07 million visits,” Head of the BPS Suhariyanto said in a press conference at the BPS Office, Jakarta, Monday (2/9).',
    [n('9310000', { ch: [`rate 2.63 ${SPLY}`], p: '2019-YTD-07' }), n('9070000')],
  ],
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    'According to Suhariyanto, of the 1.48 million visits, 977.42 thousand foreign tourists entered Indonesia by air transportations, 316.72 thousand via sea transportations, and 189.65 thousand via land transportations.',
    [n('1480000'), n('977420'), n('316720'), n('189650')],
  ],
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    'Furthermore, the BPS Head said that from 1.48 million visits in July 2019, the ASEAN tourists experienced the highest increase compared to July 2018, which was 9.81 percent, and the number of Asian tourists other than ASEAN experienced a decline up to 16.53 percent.',
    [n('1480000', { p: '2019-07' }), ch('rate 9.81 2018-07'), ch('rate -16.53 *')],
  ],
  [
    SETKAB_ID_TOURISTS_JUL_2019,
    'Based on nationality, the highest foreign tourist visits in July 2019 was from Malaysia (240.3 thousand visits or 16.19 percent), followed by China (193.8 thousand visits or 13.06 percent), Singapore (145.0 thousand visits or 9.77 percent), Australia (138.3 thousand visits or 9.32 percent), and Timor Leste (108.6 thousand visits or 7.32 percent), Suhariyanto said.',
    [
      n('240300', { p: '2019-07' }),
      n('193800', { p: '2019-07' }),
      n('145000', { p: '2019-07' }),
      n('138300', { p: '2019-07' }),
      n('108600', { p: '2019-07' }),
    ],
  ],
  // Indonesia, the rice surplus (setkab.go.id, a second page)
  [
    SETKAB_ID_RICE_SURPLUS,
    'According to Vice Minister of Agriculture Sudaryono, national rice production is projected to exceed the demand until April 2025 compared to the previous year’s production, ranging between 2.8 and 3 million tons.',
    [],
  ],
  [
    SETKAB_ID_RICE_SURPLUS,
    'Sudaryono pointed out that the meeting discussed measures to increase long-term production, adding that the Government has aimed to stop importing rice by maintaining an annual surplus of 5-6 million tons.',
    [],
  ],
  // Kenya, fertiliser, farmers and milk (kenyanews.go.ke, the Kenya News Agency of the Ministry of Information)
  [
    KNA_KE_FERTILISER,
    'The National Government plans to distribute 12.5 million bags of planting and topdressing fertiliser to enhance crop yields during this financial year.',
    [goal(n('12500000'))],
  ],
  [
    KNA_KE_FERTILISER,
    'The Cabinet Secretary, Ministry of Agriculture and Livestock Development Mutahi Kagwe said Agriculture remains the cornerstone of Kenya’s economy, contributing approximately 27 percent linkages to manufacturing, transport and trade while employing over 40 per cent of the total population and over 70 per cent of the rural workforce.',
    [],
  ],
  [
    KNA_KE_FERTILISER,
    'Speaking during the official opening of the Agriculture Society of Kenya(ASK) Kakamega Show, CS Kagwe noted that the Electronic Voucher(E-voucher) has enabled the government to register over 6.5 million farmers across the country.',
    [n('6500000', { a: 'over' })],
  ],
  [
    KNA_KE_FERTILISER,
    'The innovative E-voucher enabled the government to distribute over 14.7 million bags of subsidized fertiliser since 2022 and reduced fertiliser prices from Sh7,500 to Sh2,500 for a 50-kilogram bag.',
    [n('14700000', { a: 'over' }), n('7500'), n('2500')],
  ],
  [
    KNA_KE_FERTILISER,
    'He said the investment in agriculture has helped in reducing the price of a 2 kilogram packet of maize flour from Sh250 to the current Sh150 contributing to national food security while reducing maize imports by 66 per cent.',
    [n('250'), n('150'), ch('rate -66 *')],
  ],
  [
    KNA_KE_FERTILISER,
    'In the livestock sector, the Cabinet Secretary noted that milk production in the country rose to 5.4million liters in 2024 with the export of livestock and livestock products including meat, dairy and live animals expanding to markets in Oman, Uganda, Seychelles, the United Arab Emirates and beyond.',
    [n('5400000', { p: '2024' })],
  ],
  // India, the real economy in the first quarter of 2005-06 (website.rbi.org.in, Reserve Bank of India)
  [
    RBI_IN_ECONOMY_Q1_2005,
    'The Indian economy recorded an impressive performance during the first quarter of 2005-06.',
    [],
  ],
  [
    RBI_IN_ECONOMY_Q1_2005,
    'According to the Central Statistical Organisation (CSO), real GDP growth in the first quarter (April-June) of 2005-06 accelerated to 8.1 per cent from 7.6 per cent in the corresponding period of the preceding year.',
    [ch('rate 8.1 *'), ch('rate 7.6 *')],
  ],
  // India, the real economy in the second quarter of 2005-06 (www.rbi.org.in, Reserve Bank of India)
  [
    RBI_IN_ECONOMY_Q2_2005,
    'According to the Central Statistical Organisation (CSO), the economy recorded a real GDP growth of 8.0 per cent in the second quarter of 2005-06 maintaining the momentum of growth in the first quarter, and notably higher than that of 6.7 per cent a year ago (Chart 1).',
    [ch('rate 8 *'), ch('rate 6.7 *')],
  ],
  [
    RBI_IN_ECONOMY_Q2_2005,
    'Overall, the economy thus recorded a real GDP growth of 8.1 per cent in the first half of 2005-06, one percentage point higher than a year ago (Table 1).',
    [ch('rate 8.1 *')],
  ],
  // Vietnam, the 2019 Investment Climate Statement (state.gov, U.S. Department of State)
  [
    STATE_VN_ICS_2019,
    'According to the Government Statistics Office (GSO), FDI exports of USD 175 billion accounted for 72 percent of total exports in 2018 (compared to 47 percent in 2000).',
    [usd('175000000000', { p: '2018' })],
  ],
  [
    STATE_VN_ICS_2019,
    'Vietnam’s rankings fell in the most recent World Economic Forum Competitiveness Index (from 74/135 in 2017 to 77/140 in 2018) and World Bank Doing Business Index (from 68 in 2018 to 69 in 2019), but its raw scores improved compared to prior years.',
    [],
  ],
  // Vietnam, the 2022 Investment Climate Statement (trade.gov, U.S. International Trade Administration)
  [
    TRADE_VN_ICS_2022,
    'Vietnam has received USD 241.6 billion in FDI from 1988 through 2021, per the Ministry of Planning and Investment (MPI), which oversees foreign investments.',
    [usd('241600000000')],
  ],
];

export const TEST32C_EN: readonly RealSentence[] = TEST32C_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test32c-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test32',
  facts,
}));
