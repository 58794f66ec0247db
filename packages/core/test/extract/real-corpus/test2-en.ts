import type { RealFact, RealSentence } from './types';

/**
 * The SECOND fresh unseen set (`test2`), English part: sentences copied verbatim from
 * Vietnamese press in English (VNA and VietnamPlus, VOV, Vietnam News and its wire copies, Tuoi
 * Tre and SGGP, The Saigon Times, the Government portal, Nhân Dân and Dang Cong San English
 * pages, provincial portals' English reports) and wire copy, from articles that are in none of
 * `en.ts`, `vi.ts`, `fresh-en.ts`, `fresh-vi.ts`. Annotated by hand from the sentence alone, with
 * the conventions of those files: `exceeding/surpassing the target by X%` is a completion of
 * 100 + X; `X% of the plan/estimate/target` is a completion (a disbursement rate named with its
 * plan is one too); shares (`accounting for X% of total`), absolute changes and currency
 * restatements in brackets are not facts; ranges state nothing certain; `topped`/`more than` X is
 * a lower bound (`a: 'over'`), `nearly` an upper bound; a comparison figure of another period
 * (`higher than 3.39 percent recorded in the same period last year`) is its own fact with its
 * period when the sentence names it; approximate completions and changes keep their number; a
 * goal (`aims to`, `is taking all-out efforts to achieve`, `hopes to see`) is a target, while how
 * the current year or a period just ended is projected to close is an actual.
 *
 * Written by someone who never read the extractor; its failures are never printed, and the
 * extractor's authors never read them: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VNP_136812 = 'https://en.vietnamplus.vn/trade-surplus-jumps-to-285-billion-usd-as-exports-surge-post136812.vnp';
const SGGP_87768 = 'https://www.sggpnews.org.vn/business/trade-surplus-estimated-at-us1-billion-in-july-87768.html';
const QDND_495306 =
  'https://en.qdnd.vn/economy/special-reports/vietnam-records-usd-3-1-billion-trade-surplus-in-seven-months-495306';
const SGT_JANJULY = 'https://english.thesaigontimes.vn/vietnam-earns-us6-5-billion-in-trade-surplus-from-jan-july';
const VNE_3415931 =
  'https://e.vnexpress.net/news/business/data-speaks/vietnam-s-budget-deficit-for-first-five-months-3-15-billion-3415931.html';
const STAR_FDI =
  'https://thestar.com.my/aseanplus/aseanplus-news/2022/05/28/vietnam039s-fdi-disbursement-up-78-per-cent-in-five-months';
const BCP_FDI_8M = 'https://en.baochinhphu.vn/fdi-disbursement-up-102-in-eight-months-111220827100632364.htm';
const GOV_FDI_2012 = 'http://news.gov.vn/Home/FDI-disbursement-reaches-US54-billion-in-first-half/20126/14879.vgp';
const XFA_354255 = 'http://en.xfafinance.com/html/World/2017/354255.shtml';
const VNP_193696 = 'https://en.vietnamplus.vn/quang-ninh-maintains-grdp-growth-of-over-10-percent/193696.vnp';
const VNP_GRDP_TAG = 'https://en.vietnamplus.vn/tags/gross-regional-domestic-product/page2.vnp';
const DONGNAI_2008 =
  'https://new.dongnai.gov.vn/en/news/administrative-news/dong-nai-province-records-a-gdp-growth-of-15-08-in-first-quarter-52272.html';
const VNP_178138 =
  'https://en.vietnamplus.vn/nearly-7-million-usd-of-public-investment-disbursed-in-six-months/178138.vnp';
const VNP_201238 =
  'https://betaen.vietnamplus.vn/disbursement-of-state-funded-public-investment-in-april-at-record-since-2017-post201238.vnp';
const VNECONOMY_PM = 'https://vneconomy.vn/pm-pushes-public-investment-disbursement.htm';
const VCCI_30569 = 'https://vccinews.com/news/30569/.html';
const VNP_170961 = 'https://en.vietnamplus.vn/international-tourists-to-vietnam-down-181-in-q1/170961.vnp';
const DCS_520753 = 'https://en.dangcongsan.vn/tourism/-520753.html';
const VNP_107851 = 'http://en.vietnamplus.vn/intl-tourists-to-vietnam-exceed-one-million-per-month/107851.vnp';
const TC_23251 = 'https://www.tourismcambodia.com/news/worldnews/23251/vietnam-tourism-grows-26.htm';
const VNBIZ_ARRIVALS = 'http://vietnambusiness.asia/international-arrivals-up-35pct';
const LAODONG_HUNGYEN =
  'https://news.laodong.vn/thoi-su/pci-2024-cua-hung-yen-lan-dau-vao-top-10-ca-nuoc-cai-cach-hanh-chinh-hieu-qua-1586953.ldo';
const EIN_642969407 =
  'https://www.einpresswire.com/article/642969407/vi-t-nam-s-economy-sees-gradual-and-positive-changes-mpi';
const VNP_114234 =
  'https://en.vietnamplus.vn/governments-regular-meeting-discusses-socio-economic-situation-in-h1-post114234.vnp';
const VINHPHUC_2019 =
  'http://english.vinhphuc.gov.vn/ct/cms/thongtingioithieu/Lists/Socio%20%20economic%20report/View_Detail.aspx?ItemID=8';
const VINHPHUC_2020 =
  'http://english.vinhphuc.gov.vn/ct/cms/thongtingioithieu/Lists/Socio%20%20economic%20report/View_Detail.aspx?ItemID=19';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const c = (x: string): RealFact => ({ c: x });

/** English: Vietnamese press in English, the Government's and provinces' English pages, wire copy. */
export const TEST2_EN_ROWS: readonly Row[] = [
  [
    VNP_136812,
    'Hanoi (VNA) – A surge in exports pushed Vietnam’s trade surplus to 2.85 billion USD in the first seven months of this year, reported the General Department of Vietnam Customs.',
    [{ v: '2850000000', u: 'USD' }],
  ],
  [
    VNP_136812,
    'Vietnam saw a trade deficit of 2.61 billion USD the same time last year, according to the department.',
    [{ v: '2610000000', u: 'USD' }],
  ],
  [
    VNP_136812,
    'The country’s export turnover increased 16 percent year on year to 134.51 billion USD during the January-July pẻiod, of which the foreign direct investment (FDI) sector contributed 94.2 billion USD, up 15.9 percent from the same time last year, occupying 70 percent of the total export value.',
    [
      { v: '134510000000', u: 'USD', ch: [`rate 16 ${SPLY}`] },
      { v: '94200000000', u: 'USD', ch: [`rate 15.9 ${SPLY}`] },
    ],
  ],
  [
    VNP_136812,
    'Phones and components topped the list with export turnover of 26.48 billion USD, up 17.4 percent year on year.',
    [{ v: '26480000000', u: 'USD', ch: [`rate 17.4 ${SPLY}`] }],
  ],
  [
    VNP_136812,
    'Meanwhile, the garment and textile sector earned 16.52 billion USD, 16 percent more than the same time in 2017.',
    [{ v: '16520000000', u: 'USD', ch: ['rate 16 *'] }],
  ],
  [
    VNP_136812,
    'Meanwhile, Vietnam imported 131.66 billion USD worth of products in the seven months, growing 11.1 percent year on year.',
    [{ v: '131660000000', u: 'USD', ch: [`rate 11.1 ${SPLY}`] }],
  ],
  [
    VNP_136812,
    'Dramatic hikes were seen in imports of coal (increasing 71.6 percent), steel scraps (56.9 percent), metal (35.6 percent), fibre (33 percent) and oil and gasoline (31.6 percent).',
    [r('71.6'), r('56.9'), r('35.6'), r('33'), r('31.6')],
  ],
  [
    SGGP_87768,
    'The trade balance of goods in July is estimated to have a trade surplus of US$1 billion.',
    [{ v: '1000000000', u: 'USD', st: 'estimate' }],
  ],
  [
    SGGP_87768,
    'In the first seven months of this year, the trade balance saw a trade surplus of $6.5 billion, of which, the domestic economic sector had a trade deficit of $11.1 billion, and the foreign-invested sector, including crude oil, recorded a trade surplus of $17.6 billion.',
    [
      { v: '6500000000', u: 'USD' },
      { v: '11100000000', u: 'USD' },
      { v: '17600000000', u: 'USD' },
    ],
  ],
  [
    SGGP_87768,
    'According to the national statistics office, the export turnover of goods is estimated at $23 billion in July, up 1.9 percent compared to last month.',
    [{ v: '23000000000', u: 'USD', st: 'estimate', ch: [`rate 1.9 ${PREV}`] }],
  ],
  [
    SGGP_87768,
    'In comparison with the same period last year, export turnover in July slightly increased by 0.3 percent.',
    [yoy('0.3')],
  ],
  [
    SGGP_87768,
    'Of which, the highest is phones and components with $25.7 billion, however, this is a decrease of 6.6 percent over the same period last year.',
    [{ v: '25700000000', u: 'USD', ch: [`rate -6.6 ${SPLY}`] }],
  ],
  [
    QDND_495306,
    'This is because the country’s total export value during the first seven months rose 15.3 percent year-on-year to USD 133.7 billion.',
    [{ v: '133700000000', u: 'USD', ch: [`rate 15.3 ${SPLY}`] }],
  ],
  [
    QDND_495306,
    'Meanwhile, the nation saw slower growth in imports with the total import value in the first seven months of this year rising 10.2 percent to USD 130.6 billion against the same period of last year.',
    [{ v: '130600000000', u: 'USD', ch: [`rate 10.2 ${SPLY}`] }],
  ],
  [
    QDND_495306,
    'The trade deficit was USD 500 million in May, USD 100 million in June and USD 300 million in July.',
    [
      { v: '500000000', u: 'USD' },
      { v: '100000000', u: 'USD' },
      { v: '300000000', u: 'USD' },
    ],
  ],
  [
    QDND_495306,
    'In the first seven months of this year, the trade deficit was at USD 16.3 billion with China, up 1.6 percent year-on-year, and at USD 16.3 billion with the Republic of Korea, which was down 13 percent.',
    [
      { v: '16300000000', u: 'USD', ch: [`rate 1.6 ${SPLY}`] },
      { v: '16300000000', u: 'USD', ch: ['rate -13 *'] },
    ],
  ],
  [
    SGT_JANJULY,
    'HCMC – Despite the difficulties triggered by the coronavirus pandemic, Vietnam posted US$6.5 billion in trade surplus between January and July, a three-fold increase year-on-year.',
    [{ v: '6500000000', u: 'USD', ch: [`times 3 ${SPLY}`] }],
  ],
  [
    SGT_JANJULY,
    'Vietnam exported products worth US$23 billion in July, up 2% month-on-month, and earned an estimated US$145.8 billion in export revenue in the January and July period, inching up 0.2% year-on-year.',
    [
      { v: '23000000000', u: 'USD', ch: [`rate 2 ${PREV}`] },
      { v: '145800000000', u: 'USD', st: 'estimate', ch: [`rate 0.2 ${SPLY}`] },
    ],
  ],
  [
    SGT_JANJULY,
    'The country spent US$139.3 billion on imports, down 3% year-on-year.',
    [{ v: '139300000000', u: 'USD', ch: [`rate -3 ${SPLY}`] }],
  ],
  [
    SGT_JANJULY,
    'The imports of fabric, steel and input materials for making textiles, garments and footwear dropped by 15%, 14% and 16%, respectively, year-on-year.',
    [yoy('-15'), yoy('-14'), yoy('-16')],
  ],
  [
    SGT_JANJULY,
    'The seven-month period’s high trade surplus was mainly attributed to the fall in Vietnam’s import activities.',
    [],
  ],
  [
    VNE_3415931,
    'Total state income from January to May reached $17.75 billion, with 81.2 percent coming from the domestic sector.',
    [{ v: '17750000000', u: 'USD' }],
  ],
  [
    VNE_3415931,
    'On the other hand, the total expenditure was $20.9 billion, most of which was spent on socio-economic development and national defense that accounted for about 46 percent.',
    [{ v: '20900000000', u: 'USD' }],
  ],
  [VNE_3415931, 'Vietnam has seen a consecutive deficit in the last four months.', []],
  [
    STAR_FDI,
    'There were 578 new projects worth nearly US$4.12 billion, down 53.4 per cent in value, and 395 others registering to increase their investment by more than US$5.61 billion, up 45.4 per cent.',
    [
      { v: '578', u: 'project' },
      { v: '4120000000', u: 'USD', a: 'under', ch: ['rate -53.4 *'] },
      { v: '395', u: 'project' },
      { v: '5610000000', u: 'USD', a: 'over', ch: ['rate 45.4 *'] },
    ],
  ],
  [
    BCP_FDI_8M,
    'VGP - Foreign direct investment (FDI) disbursement was estimated at US$12.8 billion in January-August, a year-on-year of 10.5 percent, official data shows.',
    [{ v: '12800000000', u: 'USD', st: 'estimate', ch: [`rate 10.5 ${SPLY}`] }],
  ],
  [
    BCP_FDI_8M,
    'Meanwhile, total FDI inflows to Viet Nam decreased by 12.3 percent on year to nearly US$16.8 billion as of August 20, reported the Foreign Investment Agency (FIA) under the Ministry of Planning and Investment.',
    [{ v: '16800000000', u: 'USD', a: 'under', ch: [`rate -12.3 ${SPLY}`] }],
  ],
  [
    BCP_FDI_8M,
    'Of the above figure, the volume of newly-registered capital plunged 43.9 percent to US$6.35 billion but additional capital injected into existing projects soared by 50.7 percent to US$7.5 billion; and capital contributions and share purchases climbed up by 3.6 percent to US$2.9 billion.',
    [
      { v: '6350000000', u: 'USD', ch: ['rate -43.9 *'] },
      { v: '7500000000', u: 'USD', ch: ['rate 50.7 *'] },
      { v: '2900000000', u: 'USD', ch: ['rate 3.6 *'] },
    ],
  ],
  [
    BCP_FDI_8M,
    'Processing and manufacturing continued to lure the most FDI capital with US$10.7 billion, accounting for 63.9 percent of the total FDI inflows.',
    [{ v: '10700000000', u: 'USD' }],
  ],
  [
    BCP_FDI_8M,
    'As of August 20, Viet Nam housed over 35,500 valid projects totaling over US$430 billion, of which disbursement is estimated at US$264.4 billion, equal to 61.5 percent of the total.',
    [
      { v: '35500', u: 'project', a: 'over' },
      { v: '430000000000', u: 'USD', a: 'over' },
      { v: '264400000000', u: 'USD', st: 'estimate' },
    ],
  ],
  [
    BCP_FDI_8M,
    "Foreign-invested sector reported export value of US$184.66 billion (including crude oil), up 17 percent on year and accounting for 73.9 percent of the country's total export turnover./.",
    [{ v: '184660000000', u: 'USD', ch: [`rate 17 ${SPLY}`] }],
  ],
  [
    GOV_FDI_2012,
    'VGP – As of June 20, the disbursement of foreign direct investment (FDI) hit US$5.4 billion, up 2%, according to the Foreign Investment Agency (FIA) under the Ministry of Planning and Investment (MPI).',
    [{ v: '5400000000', u: 'USD', ch: ['rate 2 *'] }],
  ],
  [
    GOV_FDI_2012,
    'Since the beginning of the year, the registered FDI capital reached US$6.4 billion, down 27.3% against the same period last year.',
    [{ v: '6400000000', u: 'USD', ch: [`rate -27.3 ${SPLY}`] }],
  ],
  [
    GOV_FDI_2012,
    'The FDI sector earned US$32.7 billion from exporting goods including crude oil, an increase of 37.3%.',
    [{ v: '32700000000', u: 'USD', ch: ['rate 37.3 *'] }],
  ],
  [
    GOV_FDI_2012,
    'The southern province of Binh Duong was the most attractive FDI destination as it lured around 40% of total figure./.',
    [],
  ],
  [
    XFA_354255,
    "Vietnam attracted nearly 23.4 billion U.S. dollars in foreign direct investment (FDI) in the first eight months of 2017, up 45.1 percent against the same period last year, the country's foreign investment agency said Monday.",
    [{ v: '23400000000', u: 'USD', a: 'under', ch: [`rate 45.1 ${SPLY}`], p: '2017-YTD-08' }],
  ],
  [
    XFA_354255,
    'As of June 20, capital disbursement reached 10.3 billion U.S. dollars, up 5.1 percent year-on-year, said the agency under the Vietnamese Ministry of Planning and Investment.',
    [{ v: '10300000000', u: 'USD', ch: [`rate 5.1 ${SPLY}`] }],
  ],
  [
    VNP_193696,
    'Quang Ninh (VNA) – The northeastern province of Quang Ninh’s gross regional domestic product (GRDP) has been estimated at 10.05 percent in 2020 despite the adverse impact of COVID-19.',
    [{ st: 'estimate', ch: ['rate 10.05 *'], p: '2020' }],
  ],
  [
    VNP_193696,
    'The province’s State budget collection is projected at 49.3 trillion VND (2.13 billion USD), surpassing the year’s target by 9.4 percent and up nearly 7 percent compared to the same period of 2019.',
    [{ v: '49300000000000', u: 'VND', c: '109.4', ch: ['rate 7 *'] }],
  ],
  [
    VNP_193696,
    'Budget collection from export-import activities surged by 29 percent against the estimates, while domestic collection fulfilled the set target with 37 trillion VND, rising 7 percent.',
    [c('129'), { v: '37000000000000', u: 'VND', ch: ['rate 7 *'] }],
  ],
  [
    VNP_GRDP_TAG,
    'Hanoi’s economy still expanded despite impacts from the COVID-19 pandemic, with its gross regional domestic product (GRDP) up 5.91 precent in the six months of 2021, higher than 3.39 percent recorded in the same period last year, said Vice Chairman of the municipal People’s Committee Le Hong Son.',
    [
      { ch: ['rate 5.91 *'], p: '2021-H1' },
      { ch: ['rate 3.39 *'], p: '2020-H1' },
    ],
  ],
  [
    VNP_GRDP_TAG,
    'The northern province of Quang Ninh is taking all-out efforts to achieve a Gross Regional Domestic Product (GRDP) growth rate of 9.6 percent in the second quarter of 2021 and 9.3 percent in the first half of the year.',
    [
      { k: 'target', ch: ['rate 9.6 *'], p: '2021-Q2' },
      { k: 'target', ch: ['rate 9.3 *'], p: '2021-H1' },
    ],
  ],
  [
    VNP_GRDP_TAG,
    'Hit hard by a resurgence of COVID-19 in the first quarter, the northern province of Quang Ninh nonetheless posted gross regional domestic product (GRDP) growth of 9.02 percent, or double the national average, data shows.',
    [r('9.02')],
  ],
  [
    VNP_GRDP_TAG,
    'The central coastal province of Binh Dinh’s gross regional domestic product (GRDP) this year was estimated at nearly 50 trillion VND (2.16 million USD), a year-on-year surge of 3.61 percent.',
    [{ v: '50000000000000', u: 'VND', a: 'under', st: 'estimate', ch: [`rate 3.61 ${SPLY}`] }],
  ],
  [
    VNP_GRDP_TAG,
    'Bac Ninh province, an industrial hub in northern Vietnam, has ranked first nationwide in terms of industrial production value this year, posting a figure of 1,128 trillion VND (48.9 billion USD), up 2.9 percent year-on-year despite COVID-19.',
    [{ v: '1128000000000000', u: 'VND', ch: [`rate 2.9 ${SPLY}`] }],
  ],
  [
    VNP_GRDP_TAG,
    'HCM City’s gross regional domestic product (GRDP) hit 1.37 quadrillion VND (59.4 billion USD at current exchange rate) in 2020, a year-on-year increase of 1.39 percent.',
    [{ v: '1370000000000000', u: 'VND', ch: [`rate 1.39 ${SPLY}`], p: '2020' }],
  ],
  [
    VNP_GRDP_TAG,
    'HCM City is to become a smart urban area, maintain its role as the country’s economic engine, and realise its goal of becoming an economic and financial hub in Asia, experts have said.',
    [],
  ],
  [
    DONGNAI_2008,
    'The province’s GDP is estimated at VND6,176 billion in the first 3 months, accounting for 21.2% of the year plan, up 15.08% roughly higher than that of the first quarter of 2007, including a 20.5% rise in construction-industry, an 16.8% increase in services, and a 4.4% rise in agriculture-forestry-fishery.',
    [{ v: '6176000000000', u: 'VND', st: 'estimate', c: '21.2', ch: ['rate 15.08 *'] }, r('20.5'), r('16.8'), r('4.4')],
  ],
  [
    DONGNAI_2008,
    'The total export turnover reached over US$1.4 billion, up 20.7% compared to the same period last year.',
    [{ v: '1400000000', u: 'USD', a: 'over', ch: [`rate 20.7 ${SPLY}`] }],
  ],
  [
    DONGNAI_2008,
    'The FDI attraction hit more than US$280 million, accounting for 18.8% of the target.',
    [{ v: '280000000', u: 'USD', a: 'over', c: '18.8' }],
  ],
  [
    DONGNAI_2008,
    'The total investment capital by the whole society achieved more than VND5,200 billion, over 19% higher than planned.',
    [{ v: '5200000000000', u: 'VND', a: 'over', c: '119' }],
  ],
  [
    DONGNAI_2008,
    'In March 2008, the province’s consumer price index (CPI) grew 16.59% over the same period last year.',
    [{ ch: [`rate 16.59 ${SPLY}`], p: '2008-03' }],
  ],
  [
    VNP_178138,
    'Disbursement of public investment in the first six months of 2020 amounted to nearly 156 trillion VND (6.73 million USD), fulfilling 33.1 percent of the plan set by the National Assembly and the Prime Minister, higher than the 28.56 percent recorded in the same period last year, according to the Ministry of Planning and Investment.',
    [
      { v: '156000000000000', u: 'VND', a: 'under', c: '33.1', p: '2020-H1' },
      { c: '28.56', p: '2019-H1' },
    ],
  ],
  [
    VNP_178138,
    'The ministry further saidover 142 trillion VND of domestic capital was disbursed in the reviewed period, equivalent to 32.98 percent of the plan, along with over 5.7 trillion VND of foreign capital, and more than 7.5 trillion VND of capital for national target programmes.',
    [
      { v: '142000000000000', u: 'VND', a: 'over', c: '32.98' },
      { v: '5700000000000', u: 'VND', a: 'over' },
      { v: '7500000000000', u: 'VND', a: 'over' },
    ],
  ],
  [VNP_178138, 'Meanwhile, disbursement of under 5 percent was seen in 10 ministries and central agencies./.', []],
  [
    VNP_201238,
    'During January-April, 98.7 trillion VND worth of investment from theState budget was disbursed, accounting for 21.5 percent of the annual plan, andrising 16.3 percent from the same time in 2020.',
    [{ v: '98700000000000', u: 'VND', c: '21.5', ch: ['rate 16.3 *'] }],
  ],
  [
    VNP_201238,
    'Of the total figure, 15.1 trillion VND was disbursed by central agencies, or19.6 percent of the yearly plan, and up 25.5 percent year-on-year.',
    [{ v: '15100000000000', u: 'VND', c: '19.6', ch: [`rate 25.5 ${SPLY}`] }],
  ],
  [
    VNP_201238,
    'Meanwhile, the amount of public investment capital disbursed in the four-monthperiod reached more than 86 trillion VND, or 18.65 percent of the plan assignedby the Prime Minister.',
    [{ v: '86000000000000', u: 'VND', a: 'over', c: '18.65' }],
  ],
  [
    VNP_201238,
    'Localities and sector with high disbursement rate were Thai Binh province(76.74 percent), Ha Nam province (50.57 percent), the State Audit (46.89percent), Hung Yen province (43.21 percent), Thanh Hoa province (42.39percent), and Quang Ninh province (39.62 percent).',
    [c('76.74'), c('50.57'), c('46.89'), c('43.21'), c('42.39'), c('39.62')],
  ],
  [
    VNECONOMY_PM,
    'Disbursement reached just 36.71 per cent of the plan in the first seven months of the year, with many agencies not yet disbursing anything and the disbursement of ODA and concessional loans from foreign donors being particularly low, at 7.52 per cent.',
    [c('36.71'), c('7.52')],
  ],
  [
    VCCI_30569,
    'The Vietnam National Administration of Tourism (VNAT) said international tourist arrivals to Vietnam reached nearly 3.75 million in the first five months of 2014, representing a year on year increase of 26.07 percent.',
    [{ v: '3750000', a: 'under', ch: [`rate 26.07 ${SPLY}`], p: '2014-YTD-05' }],
  ],
  [
    VCCI_30569,
    'International visitor arrivals achieved 46.85 percent of the full-year target of 8 million in 2014.',
    [c('46.85'), { k: 'target', v: '8000000', p: '2014' }],
  ],
  [
    VNP_170961,
    'Vietnam welcomed nearly 3.7 million international tourists in the first three months of 2020, down 18.1 percent from the same period last year.',
    [{ v: '3700000', a: 'under', ch: [`rate -18.1 ${SPLY}`], p: '2020-Q1' }],
  ],
  [
    DCS_520753,
    'In April alone, the number of foreign holidaymakers was estimated at over 1.46 million, up 4.2 percent against March 2019 and 9.5 percent against April 2018.',
    [{ v: '1460000', a: 'over', st: 'estimate', ch: ['rate 4.2 2019-03', 'rate 9.5 2018-04'] }],
  ],
  [DCS_520753, 'During the reviewed time, the country served 31.5 million domestic vacationers.', [{ v: '31500000' }]],
  [
    DCS_520753,
    'The tourism sector grossed over VND227.7 trillion (USD9.8 billion) in revenues, an annual increase of 8.91 percent.',
    [{ v: '227700000000000', u: 'VND', a: 'over', ch: [`rate 8.91 ${SPLY}`] }],
  ],
  [
    DCS_520753,
    'Vietnam aims to serve about 18 million foreign visitors and 85 million domestic ones in 2019, and earn more than VND700 trillion (USD30.2 billion) from tourism, according to the Ministry of Culture, Sports and Tourism./.',
    [
      { k: 'target', v: '18000000', a: 'about', p: '2019' },
      { k: 'target', v: '85000000', p: '2019' },
      { k: 'target', v: '700000000000000', u: 'VND', a: 'over', p: '2019' },
    ],
  ],
  [
    VNP_107851,
    'According to the General Statistics Office, the number of international tourists to Vietnam reached 1,199,421 in February, increasing 19.1 percent from the previous month and 42.2 percent year-on-year.',
    [{ v: '1199421', ch: [`rate 19.1 ${PREV}`, `rate 42.2 ${SPLY}`] }],
  ],
  [
    VNP_107851,
    'In the first two months of this year, Vietnam welcomed 2,206,659 international visitors, up 33 percent from the same period last year, marking the first time Vietnam received more than one million foreign visitors per month.',
    [{ v: '2206659', ch: [`rate 33 ${SPLY}`] }],
  ],
  [
    VNP_107851,
    'The sector also aims to receive 17-20 million international tourists and serve 82 million domestic visitors by 2020, contributing 10 percent to gross domestic product.',
    [{ k: 'target', v: '82000000', p: '2020' }],
  ],
  [
    VNP_107851,
    'Tourism revenue is expected to reach 35 billion USD.-VNA',
    [{ k: 'target', v: '35000000000', u: 'USD' }],
  ],
  [
    TC_23251,
    'For January to May, the country welcomed 5,256,974 international travellers increasing 29.6% over the same period last year.',
    [{ v: '5256974', ch: [`rate 29.6 ${SPLY}`] }],
  ],
  [
    TC_23251,
    'Thailand in eighth spot recorded 24,763 visits down 2.4% when compared with the same month last year.',
    [{ v: '24763', ch: [`rate -2.4 ${SPLY}`] }],
  ],
  [
    TC_23251,
    'Deputy Prime Minister Truong Hoa Binh said the tourism sector had enjoyed a good start in the first months of the year and the government hopes to see the number of foreign travellers increase by 30% this year.',
    [{ k: 'target', ch: ['rate 30 *'] }],
  ],
  [
    VNBIZ_ARRIVALS,
    'In July, the country saw 410,000 arrivals, rising 9.1 percent from the previous month and 51.5 percent from last July.',
    [{ v: '410000', ch: [`rate 9.1 ${PREV}`, `rate 51.5 ${SPLY}`] }],
  ],
  [
    VNBIZ_ARRIVALS,
    'Totally in Jan-Jul, Vietnam welcomed over 2.9 million international visitors including 1.8 million for the purposes of tourism and relaxation, 586,000 for work, and over 347,000 for visiting relatives, increasing 44.4 percent, 45.7 percent and 2 percent year-on-year respectively.',
    [
      { v: '2900000', a: 'over' },
      { v: '1800000', ch: [`rate 44.4 ${SPLY}`] },
      { v: '586000', ch: [`rate 45.7 ${SPLY}`] },
      { v: '347000', a: 'over', ch: [`rate 2 ${SPLY}`] },
    ],
  ],
  [
    VNBIZ_ARRIVALS,
    'Notably, the number of foreigners to Vietnam for other purposes posted a fall of 1.7 percent to about 142,000.',
    [{ v: '142000', a: 'about', ch: ['rate -1.7 *'] }],
  ],
  [
    LAODONG_HUNGYEN,
    'GRDP is estimated at VND 114,792 billion, up 8.01% over the same period in 2024; total production value reached VND 437,394 billion, up 9.33%, of which the industrial and construction sector increased by 10.21%, services increased by 7.92%.',
    [
      { v: '114792000000000', u: 'VND', st: 'estimate', ch: ['rate 8.01 *'] },
      { v: '437394000000000', u: 'VND', ch: ['rate 9.33 *'] },
      r('10.21'),
      r('7.92'),
    ],
  ],
  [
    LAODONG_HUNGYEN,
    'Budget revenue reached VND 71,062 billion, equal to 128.3% of the annual estimate, the highest ever.',
    [{ v: '71062000000000', u: 'VND', c: '128.3' }],
  ],
  [
    LAODONG_HUNGYEN,
    'The disbursement of public investment capital was directed strongly, reaching VND19,3333 billion by September 24, equal to 47.9% of the capital plan assigned by the Prime Minister.',
    // the amount is misprinted in the source (`19,3333`): no careful reader can take a value from it
    [c('47.9')],
  ],
  [
    LAODONG_HUNGYEN,
    'Total social investment capital reached VND 105,148 billion, up 11.75%.',
    [{ v: '105148000000000', u: 'VND', ch: ['rate 11.75 *'] }],
  ],
  [
    EIN_642969407,
    'Reports from the ministry showed that the Consumer Price Index (CPI) recorded an average increase of 3.29 per cent in the first six months compared to the same period last year, maintaining its downward trend.',
    [yoy('3.29')],
  ],
  [
    EIN_642969407,
    'State budget revenue reached 54 per cent of the estimated target for the first half of the year.',
    [c('54')],
  ],
  [
    EIN_642969407,
    'The trade surplus for the first six months was projected to reach US$12.25 billion, a significant increase compared to the $1.2 billion recorded during the same period last year.',
    [
      { v: '12250000000', u: 'USD' },
      { v: '1200000000', u: 'USD' },
    ],
  ],
  [
    EIN_642969407,
    'Investment showed more positive signs, with the total invested capital in the second quarter increasing by 5.5 per cent compared to the same period of last year, surpassing the growth rate of 3.7 per cent in the first quarter.',
    [yoy('5.5'), r('3.7')],
  ],
  [
    EIN_642969407,
    'Overall, in the first six months, the total social investment capital was estimated to exceed VNĐ1.35 quadrillion, a 4.7 per cent increase compared to the same period.',
    [{ v: '1350000000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 4.7 ${SPLY}`] }],
  ],
  [
    EIN_642969407,
    'Registered foreign investment in the second quarter reached nearly US$8 billion, a nearly 50 per cent increase compared to the first quarter.',
    [{ v: '8000000000', u: 'USD', a: 'under', ch: [`rate 50 ${PREV}`] }],
  ],
  [
    VNP_114234,
    'Economic growth recovered quickly, from 5.15 percent in the first quarter to 6.17 percent inthe second quarter.',
    [r('5.15'), r('6.17')],
  ],
  [
    VNP_114234,
    'The country’s trade reached nearly 200billion USD, with export turnover up 19 percent.',
    [{ v: '200000000000', u: 'USD', a: 'under' }, r('19')],
  ],
  [
    VNP_114234,
    'In addition, foreign direct investmentsurged in the first half  with totalnewly-registered and additional capital of 19 billion USD, up 54.8 percent.',
    [{ v: '19000000000', u: 'USD', ch: ['rate 54.8 *'] }],
  ],
  [VNP_114234, 'Ofthe total, 7.7 billion USD was disbursed.', [{ v: '7700000000', u: 'USD' }]],
  [
    VNP_114234,
    'There were more than 61,000newly-established businesses with total capital of nearly 600 trillion VND(26.4 billion USD).',
    [
      { v: '61000', a: 'over' },
      { v: '600000000000000', u: 'VND', a: 'under' },
    ],
  ],
  [
    VNP_114234,
    'Budget collection rose rapidly, and measureswere taken to ensure collection, especially in major cities and in key economiczones.',
    [],
  ],
  [
    VINHPHUC_2019,
    'The gross domestic product (GRDP) in the first 6 months of 2019 at the constant price of 2010 reached VND 41,746 billion, increasing 8.52% over the same period of 2018, reaching the highest increase since 2015.',
    [{ v: '41746000000000', u: 'VND', ch: ['rate 8.52 *'], p: '2019-H1' }],
  ],
  [
    VINHPHUC_2019,
    'In particular, agriculture, forestry and fishery increased by 1.41%; industry - construction sector increased by 12.73%, service sector increased by 6.79%.',
    [r('1.41'), r('12.73'), r('6.79')],
  ],
  [
    VINHPHUC_2019,
    'The remaining main livestock products increased over the same period, such as: Fresh milk increased by 23.09%; poultry meat increased by 5.14%; poultry eggs increased by 5.78% ... so the growth of the livestock industry was still 2.23%.',
    [yoy('23.09'), yoy('5.14'), yoy('5.78'), r('2.23')],
  ],
  [
    VINHPHUC_2020,
    'Gross output of the province in the first 6 months of 2020 is estimated to decrease by 2.7% over the same period last year, of which industry and construction decreased by 5.24% (only industry fell 6.59%), service industry decreased by 4.04%, only agriculture, forestry and fishery maintained the increase of 1.02% compared to with the same period in 2019.',
    [{ st: 'estimate', ch: [`rate -2.7 ${SPLY}`], p: '2020-H1' }, r('-5.24'), r('-6.59'), r('-4.04'), r('1.02')],
  ],
  [
    VINHPHUC_2020,
    'Vinh Phuc economy has experienced a negative growth for the first time in the first 6 months since 2009.',
    [],
  ],
  [
    VINHPHUC_2020,
    'Production increased quite over the same period: poultry meat production increased by 7.54%, eggs increased by 7.76%, fresh cow milk increased by 34.50%...',
    [yoy('7.54'), yoy('7.76'), yoy('34.5')],
  ],
];

export const TEST2_EN: readonly RealSentence[] = TEST2_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test2-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test2',
}));
