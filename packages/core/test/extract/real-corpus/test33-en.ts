import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-THIRD fresh set (`test33`), English part (a-l hosts), being written: header completed at the end.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const DAWN_PK_FBR_FY16 = 'http://www.dawn.com/news/1268247/fbr-collects-rs309-trillion-set-to-exceed-target-for-fy16';
const DAWN_PK_FBR_9M_FY18 = 'https://www.dawn.com/news/1398810/apis.google.com';
const ARABNEWS_PK_FBR_FY24 = 'https://arabnews.pk/node/2541101';
const FOOTPRINT_GH_REVENUE_H1_2015 =
  'http://footprint2africa.com/general-news/ghanas-total-revenue-for-first-half-surpasses-target/';
const ASIANAGE_BD_REMIT_8M_FY20 = 'https://dailyasianage.com/news/221038/remittance-inflow-increases-by-2006pc';
const BBN_BD_REMIT_Q1_FY19 = 'https://businessnews-bd.net/bangladeshs-inward-remittances-up-by-14pc-in-q1';
const JAGONEWS_BD_REMIT_MAR_2023 = 'https://jagonews24.com/en/business/news/67692';
const DAILYINDUSTRY_BD_REMIT_MAR_2023 = 'https://dailyindustry.news/remittance-rises-to2-billion-in-march/';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST33_EN_ROWS: readonly Row[] = [
  // Pakistan, FBR revenue of fiscal 2015-16 against its target (www.dawn.com)
  [
    DAWN_PK_FBR_FY16,
    'The FBR collected a provisional revenue of Rs3.090 trillion in the outgoing fiscal year as against Rs2,589.2bn collected during the same period last year, reflecting an increase of 19.31 per cent.',
    [n('3090000000000', { st: 'preliminary', ch: [`rate 19.31 ${SPLY}`] }), n('2589200000000')],
  ],
  [
    DAWN_PK_FBR_FY16,
    'The government has projected the revenue target of Rs3,103.7bn in budget 2015-16.',
    [goal(n('3103700000000'))],
  ],
  [
    DAWN_PK_FBR_FY16,
    'An official source told Dawn that more than Rs22bn revenue is already in the system, which will be cleared late night.',
    [n('22000000000', { a: 'over' })],
  ],
  [
    DAWN_PK_FBR_FY16,
    'This means the budgetary revenue collection target of the year 2015-16 will be surpassed by over Rs8bn, the official said.',
    [],
  ],
  // Pakistan, FBR revenue of the first nine months of 2017-18 (www.dawn.com)
  [
    DAWN_PK_FBR_9M_FY18,
    'ISLAMABAD: Federal Board of Revenue recorded revenues at Rs2,621 billion in the first nine months of 2017-18, up 16 per cent year-on-year from Rs2,260bn in the same period last year.',
    [n('2621000000000', { ch: [`rate 16 ${SPLY}`] }), n('2260000000000')],
  ],
  [
    DAWN_PK_FBR_9M_FY18,
    'The revenue collection in March stood at Rs361bn on account of book adjustments.',
    [n('361000000000')],
  ],
  [
    DAWN_PK_FBR_9M_FY18,
    'FBR has projected an annual revenue collection target of Rs4 trillion for 2017-18.',
    [goal(n('4000000000000'))],
  ],
  [
    DAWN_PK_FBR_9M_FY18,
    'But tax experts believe that revenue collection may reach around Rs3,892bn by end June 2018, which would be almost twice the revenue when PML-N took over the government in 2013.',
    [goal(n('3892000000000', { a: 'about' }))],
  ],
  // Pakistan, FBR revenue of fiscal 2023-24 against its target (arabnews.pk)
  [
    ARABNEWS_PK_FBR_FY24,
    'ISLAMABAD: The Federal Bureau of Revenue (FBR) announced on Sunday it had surpassed its revenue collection target of Rs9,252 billion ($33.36 billion) by collecting Rs9,306 billion ($33.55 billion) for the previous fiscal year, saying it is ready to achieve the ambitious revenue target for the current fiscal year.',
    [goal(n('9252000000000')), n('9306000000000')],
  ],
  [
    ARABNEWS_PK_FBR_FY24,
    '“The growth in revenue collection is 30 percent as compared to the last year,” the FBR wrote on X.',
    [ch(`rate 30 ${SPLY}`)],
  ],
  [
    ARABNEWS_PK_FBR_FY24,
    '“Similarly, under the head sales tax Rs3,098 billion ($11.17 billion) was collected as compared to Rs2,593 billion ($9.35 billion).”',
    [n('3098000000000'), n('2593000000000')],
  ],
  [
    ARABNEWS_PK_FBR_FY24,
    'The FBR said it had collected Rs1,183 billion ($4.27 billion) in June alone, adding that the target was despite imports being compressed from $55 billion ($200 million) to $53 billion ($200 million).',
    [n('1183000000000'), usd('55000000000'), usd('53000000000')],
  ],
  // Ghana, revenue and grants of the first half of 2015 against target (footprint2africa.com)
  [
    FOOTPRINT_GH_REVENUE_H1_2015,
    'In nominal terms, the outturn was 5.4 per cent higher than target and 32.9 per cent higher than the outturn for the same period in 2014.',
    [{ c: '105.4', ch: ['rate 32.9 2014'] }],
  ],
  [
    FOOTPRINT_GH_REVENUE_H1_2015,
    'The total revenue and grants for the period was 11.2 per cent of GDP, against a target of 10.6 per cent of GDP.',
    [],
  ],
  // Bangladesh, remittances of July-February 2019-20 (dailyasianage.com, relaying BSS)
  [
    ASIANAGE_BD_REMIT_8M_FY20,
    'Expatriate Bangladeshis sent US$ 12,498.56 million remittances during the first eight months of the current fiscal year 2019-20, which is apparently 20.06 percent higher than the same period of the preceding year, according to a Bangladesh Bank (BB) data.',
    [usd('12498560000', { ch: [`rate 20.06 ${SPLY}`] })],
  ],
  [
    ASIANAGE_BD_REMIT_8M_FY20,
    'The country received US$10,410.29 million remittances during July-February period in 2018-19 financial year, the data added.',
    [usd('10410290000')],
  ],
  [
    ASIANAGE_BD_REMIT_8M_FY20,
    'In February this fiscal, six state-owned commercial banks- Agrani, Janata, Rupali, Sonali, Basic and BDBL- received $384.94 million while one state-owned specialised bank Bangladesh Krishi Bank received $29 million.',
    [usd('384940000'), usd('29000000')],
  ],
  // Bangladesh, remittances of July-September 2018 (businessnews-bd.net)
  [
    BBN_BD_REMIT_Q1_FY19,
    'Dhaka, Bangladesh (BBN) - The flow of inward remittances grew by nearly 14 per cent in the first quarter (Q1) of the current fiscal year (FY) 2018-19 against the same period of the last fiscal year, officials said.',
    [ch(`rate 14 ${SPLY}`)],
  ],
  [
    BBN_BD_REMIT_Q1_FY19,
    'The inflow of remittance rose to US$3.86 billion during the July-September period of the FY 19 from $3.39 billion in the same period of the previous fiscal, according to the central bank latest statistics, released Monday.',
    [usd('3860000000'), usd('3390000000')],
  ],
  [
    BBN_BD_REMIT_Q1_FY19,
    'The remittances from Bangladeshi nationals working abroad were estimated at $1.13 billion in September 2018, down by $283.69 million from the level of the previous month.',
    [usd('1130000000', { p: '2018-09', st: 'estimate' })],
  ],
  [BBN_BD_REMIT_Q1_FY19, 'It was $856.87 million in September 2017.', [usd('856870000', { p: '2017-09' })]],
  // Bangladesh, remittances of March 2023 (jagonews24.com, relaying BSS)
  [
    JAGONEWS_BD_REMIT_MAR_2023,
    'Expatriates sent home $2.02 billion last month, the highest since September last year when $1.53 billion flew into the country, data from the Bangladesh Bank showed.',
    [usd('2020000000'), usd('1530000000')],
  ],
  [
    JAGONEWS_BD_REMIT_MAR_2023,
    "The last month's receipts were nearly 29.3 percent higher than February's $1.56 billion and 8.5 percent higher from $1.85 billion recorded in March last year.",
    [ch('rate 29.3 previous-period', `rate 8.5 ${SPLY}`), usd('1560000000'), usd('1850000000')],
  ],
  // Bangladesh, remittances of March 2023 (dailyindustry.news)
  [
    DAILYINDUSTRY_BD_REMIT_MAR_2023,
    'Staff Correspondent: Remittance earnings increased to $2 billion in March after six months thanks to offering higher dollar rate by banks than the rate set by Bangladesh Foreign Exchange Dealers Association (BAFEDA).',
    [usd('2000000000')],
  ],
  [
    DAILYINDUSTRY_BD_REMIT_MAR_2023,
    'Bangladesh Bank data shows that remittance inflow through the banking channel rose by 29.29% in March from $1.5 billion in the previous month.',
    [ch('rate 29.29 previous-period'), usd('1500000000')],
  ],
];

export const TEST33_EN: readonly RealSentence[] = TEST33_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test33-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test33',
  facts,
}));
