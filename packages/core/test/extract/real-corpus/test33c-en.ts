import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-THIRD fresh set (`test33`), English part C, government and public-body sites only (being written; the
 * full header follows at the end of the round).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const DOF_PH_BIR_JUN_2013 = 'https://dof.gov.ph/bir-collection-for-june-2013-grew-by-php-7-42-billion';
const MPOB_MY_CPO_AUG = 'http://palmnews.mpob.gov.my/palmnewsdetails/palmnewsdetail.php?idnews=1039';
const CBK_KE_REMIT_JAN_2016 = 'https://www.centralbank.go.ke/index.php/diaspora-remittances';
const UTAH_US_REV_MAY_2019 = 'https://budget.utah.gov/state-revenue-above-target-despite-slower-growth-in-may';
const UTAH_US_REV_NOV_2022 = 'https://budget.utah.gov/?p=2046';
const VERMONT_US_REV_MONTHLY = 'https://aoa.vermont.gov/revenue/monthly';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST33C_EN_ROWS: readonly Row[] = [
  // Philippines, BIR collections of June and the first half of 2013 (dof.gov.ph, Department of Finance)
  [
    DOF_PH_BIR_JUN_2013,
    'For the month of June 2013, the BIR collected Php88.76 billion in tax revenues, Php7.42 billion or 9.12% more than collections made in June 2012.',
    [n('88760000000', { p: '2013-06', ch: ['rate 9.12 2012-06'] })],
  ],
  [
    DOF_PH_BIR_JUN_2013,
    'For the first half of the year, the BIR collected PhP593.71 Billion, Php72.55 billion or 13.92% more than the collections made in the first half of 2012.',
    [n('593710000000', { ch: ['rate 13.92 2012-H1'] })],
  ],
  [
    DOF_PH_BIR_JUN_2013,
    'Collections by the BIR of excise tax on Sin Products for the first semester of 2013 amounted to Php38.54 Billion, PhP12.15 Billion or 46.06% more than the collections made in the first semester of 2012.',
    [n('38540000000', { p: '2013-H1', ch: ['rate 46.06 2012-H1'] })],
  ],
  [
    DOF_PH_BIR_JUN_2013,
    'Excise tax collection from tobacco products amounted to Php22.38 Billion, or an increase of Php7.77 Billion or 53.14%.',
    [n('22380000000', { ch: ['rate 53.14 *'] })],
  ],
  [
    DOF_PH_BIR_JUN_2013,
    'The BIR’s collection target for the said month is Php100.51 billion.',
    [goal(n('100510000000'))],
  ],
  // Malaysia, crude palm oil output and stocks of an August (palmnews.mpob.gov.my, Malaysian Palm Oil Board, relaying Bernama)
  [
    MPOB_MY_CPO_AUG,
    "KUALA LUMPUR, Sept 13 (Bernama) -- Malaysia's crude palm oil production(CPO) in August increased 3.82 percent to 1.319 million tonnes from 1.270million tonnes in July, due to strong rise in Sabah and Sarawak.",
    [tonne('1319000', { ch: ['rate 3.82 previous-period'] }), tonne('1270000')],
  ],
  [
    MPOB_MY_CPO_AUG,
    'CPO production in Sabah rose 10.15 percent to 457,545 tonnes in Augustfrom 415,393 tonnes in July, while in Sarawak production was up 22.77percent to 111,848 tonnes from 91,100 tonnes.',
    [
      tonne('457545', { ch: ['rate 10.15 previous-period'] }),
      tonne('415393'),
      tonne('111848', { ch: ['rate 22.77 *'] }),
      tonne('91100'),
    ],
  ],
  [
    MPOB_MY_CPO_AUG,
    'However, in Peninsular Malaysia, the production dropped 1.88 percent to749,266 tonnes from 763,597 tonnes, Malaysian Palm Oil Board (MPOB) saidin a statement.',
    [tonne('749266', { ch: ['rate -1.88 *'] }), tonne('763597')],
  ],
  [
    MPOB_MY_CPO_AUG,
    'MPOB said total CPO stock in the country shrank 8.26 percent in August to613,034 tonnes from 668,202 tonnes in July.',
    [tonne('613034', { ch: ['rate -8.26 previous-period'] }), tonne('668202')],
  ],
  [
    MPOB_MY_CPO_AUG,
    'It said total palm oil stock decreased to 1.257 million tonnes from 1.292million in the previous month.',
    [tonne('1257000'), tonne('1292000')],
  ],
  // Kenya, diaspora remittances of January 2016 (centralbank.go.ke, Central Bank of Kenya)
  [
    CBK_KE_REMIT_JAN_2016,
    'Remittance inflows to Kenya in January 2016 increased by 19.9 percent to USD 137.5 million compared to USD 114.6 million in January 2015 (Table 1).',
    [usd('137500000', { p: '2016-01', ch: ['rate 19.9 2015-01'] }), usd('114600000')],
  ],
  [
    CBK_KE_REMIT_JAN_2016,
    'Inflows in January 2016 were 2.6 percent higher than in December 2015, with the increase largely from the Rest of the World (Table 2).',
    [{ ch: ['rate 2.6 2015-12'], p: '2016-01' }],
  ],
  [
    CBK_KE_REMIT_JAN_2016,
    'Cumulatively, inflows in the 12 months to January 2016 increased by 9.7 percent to USD 1,571 million from USD 1,432 million in the year to January 2015.',
    [usd('1571000000', { ch: [`rate 9.7 ${SPLY}`] }), usd('1432000000')],
  ],
  [
    CBK_KE_REMIT_JAN_2016,
    'As shown in Chart 1, the 12 month average flow to January 2016 sustained an upward trend to reach USD 130.9 million from USD 119.3 million during the same period in 2015.',
    [usd('130900000'), usd('119300000')],
  ],
  // United States, Utah's revenue collections against target (budget.utah.gov, Governor's Office of Planning and Budget)
  [
    UTAH_US_REV_MAY_2019,
    'Combined General and Education Fund revenue collections for the current fiscal year (2019) totaled $6.9 billion through the first eleven months.',
    [usd('6900000000')],
  ],
  [
    UTAH_US_REV_MAY_2019,
    'That represents year-over-year growth of 7.0%, exceeding the current revenue target of 5.7%.',
    [ch(`rate 7 ${SPLY}`), goal(ch('rate 5.7 *'))],
  ],
  [
    UTAH_US_REV_MAY_2019,
    'Education Fund collections currently reflect an 8.9% growth rate compared with the year-end target of 6.0% year-over-year growth.',
    [ch('rate 8.9 *'), goal(ch(`rate 6 ${SPLY}`))],
  ],
  [
    UTAH_US_REV_NOV_2022,
    'Through November, revenues to all state funds totaled 8.2 percent growth over the same period in the previous fiscal year; with General Fund showing the most momentum at 14.9 percent year-over-year (YoY) growth and the Transportation Fund showing the least, posting a 0.3 percent YoY increase.',
    [ch(`rate 8.2 ${SPLY}`), ch(`rate 14.9 ${SPLY}`), ch(`rate 0.3 ${SPLY}`)],
  ],
  [
    UTAH_US_REV_NOV_2022,
    'On Tuesday, the Executive Appropriations Committee recognized the state’s FY 2022 General and Income Tax budget surplus of $1.25 billion, and adopted revenue estimates of $11.6 billion for FY 2023 (an increase of 1.1 percent YoY) and $11.8 billion for FY 2024 (an increase of 1.3 percent YoY).',
    [
      usd('1250000000'),
      goal(usd('11600000000', { ch: [`rate 1.1 ${SPLY}`] })),
      goal(usd('11800000000', { ch: [`rate 1.3 ${SPLY}`] })),
    ],
  ],
  // United States, Vermont's monthly revenue reports (aoa.vermont.gov, Agency of Administration)
  [
    VERMONT_US_REV_MONTHLY,
    'The reports compare the results to the consensus revenue targets for the fiscal month and year-to-date, as well as the prior fiscal year to date.',
    [],
  ],
];

export const TEST33C_EN: readonly RealSentence[] = TEST33C_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test33c-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test33',
  facts,
}));
