import type { RealFact, RealSentence } from './types';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[], split?: 'unseen'];

const VNP_157220 = 'https://en.vietnamplus.vn/us-remains-largest-importer-of-vietnam-in-seven-months/157220.vnp';
const VNECONOMY_TRADE = 'https://en.vneconomy.vn/tag/import-and-export-turnover';
const VOV_EXPORT = 'http://english.vov.vn/economy/vietnams-sevenmonth-export-revenue-up-187-356135.vov';
const VNP_179569 = 'https://en.vietnamplus.vn/export-turnover-sees-slight-rise-in-7-months/179569.vnp';
const VNP_GEM = 'https://en.vietnamplus.vn/gem-precious-metal-exports-up/30578.vnp';
const BCP_SURPLUS =
  'https://en.baochinhphu.vn/print/viet-nam-runs-over-us15-billion-trade-surplus-in-first-7-months-111230731151341956.htm';
const PPP_SURPLUS = 'https://m.phnompenhpost.com/business/vietnam-trade-surplus-18b';
const QDND_BUDGET =
  'https://en.qdnd.vn/economy/news/state-budget-collection-tops-nearly-9-57-billion-usd-in-first-two-months-527383';
const VNP_137834 = 'https://en.vietnamplus.vn/eightmonth-budget-collection-increases-by-nearly-14-percent/137834.vnp';
const VNP_74128 = 'http://en.vietnamplus.vn/q1-budget-revenue-up-103-percent/74128.vnp';
const QDND_492724 =
  'http://en.qdnd.vn/economy/special-reports/state-budget-revenue-hits-over-19-bln-usd-in-four-months-492724';
const VNECONOMY_Q1 = 'https://en.vneconomy.vn/q1-state-budget-revenue-reaches-33-of-annual-estimate.htm';
const KIS = 'https://kisvn.vn/en/category/market-news/page/126';
const SGGP_BUDGET =
  'https://en.sggp.org.vn/state-budget-revenue-reaches-vnd6454-trillion-in-four-months-post102038.html';
const TALKVN = 'https://www.talkvietnam.org/2020/12/state-budget-revenue-meets-98-3-of-target-higher-than-expected/';
const VNP_GDP_Q1 = 'https://en.vietnamplus.vn/vietnams-gdp-up-503-percent-in-first-quarter/224482.vnp';
const SAIGONTIMES_IPI = 'https://english.thesaigontimes.vn/industrial-production-bounces-back-quickly-2/';
const CNA_Q2 =
  'https://www.channelnewsasia.com/news/business/vietnam-q2-gdp-growth-quickens-to-6-61per-cent-y-y-vs-4-65per-cent-expansion-in-q1-15115054';
const XFA = 'http://en.xfafinance.com/html/World/2017/344707.shtml';
const NASDAQ_Q3 = 'https://www.nasdaq.com/articles/vietnam-q3-gdp-grows-13.67-y-y-vs-7.83-expansion-in-q2-stats-office';
const VNP_IIP = 'https://en.vietnamplus.vn/industrial-production-index-up-79-percent-post205816.vnp';
const FP_Q3 =
  'https://business.financialpost.com/pmn/business-pmn/vietnams-q3-gdp-growth-accelerates-to-7-31-as-output-exports-rise';
const EIN_H1 = 'https://www.einpresswire.com/article/642691150/retail-sales-of-consumer-goods-services-up-10-9-in-h1';
const TBTC_RETAIL = 'https://thoibaotaichinhvietnam.vn/retail-sales-of-goods-services-up-13-in-jan-feb-122612.html';
const VNP_157343 = 'https://en.vietnamplus.vn/vietnams-retail-sales-reach-12036-billion-usd-in-seven-months/157343.vnp';
const VNP_169460 =
  'https://en.vietnamplus.vn/retail-sales-service-revenues-post-374-billion-usd-in-two-months/169460.vnp';
const EIN_JULY = 'https://www.einpresswire.com/article/584865507/july-s-retail-sales-of-goods-services-surge';
const VNP_201074 =
  'https://en.vietnamplus.vn/retail-sales-service-revenue-hit-735-billion-usd-in-four-months/201074.vnp';
const TOTHETHAO =
  'https://www.tothethao.com/bong-da_en/vietnam-pushes-for-high-growth-16-provinces-set-to-achieve-10-grdp-2368893.html';
const THAINGUYEN =
  'https://en.thainguyen.gov.vn/information-about-industrial-zones-and-clusters-of-the-province/-/asset_publisher/C5kLAFKpcbtS/content/continuing-to-drastically-and-effectively-implement-groups-of-key-task-and-solutions-in-2025';
const QDND_543824 =
  'https://en.qdnd.vn/economy/news/pushing-economic-development-in-northern-midland-mountainous-regions-543824';
const ALCHEMPRO =
  'https://www.alchempro.com/news/textile-news/vietnam-sets-bold-2026-growth-goals-eyes-10-plus-gdp-expansion-307468-newsdetails.htm';
const LAODONG = 'https://news.laodong.vn/thoi-su/thu-tuong-chinh-phu-chu-tri-hop-voi-63-dia-phuong-1466338.ldo';
const DANGCONGSAN = 'http://en.dangcongsan.vn/economics/country-strives-to-achieve-6-8-gdp-growth-in-2019-486748.html';
const VTV_FDI = 'https://english.vtv.vn/news/fdi-inflow-makes-new-10-year-record-in-2019-20191226161433343.htm';
const VDSC_FDI = 'https://dataen.vdsc.com.vn/2011/07/fdi-disbursement-rebounds-in-july-38-110538.htm';
const SGGP_FDI = 'https://en.sggp.org.vn/fdi-capital-into-projects-still-posts-increase-post83514.html';

/** English: Vietnamese press in English (VietnamPlus, VNA, Vietnam News, VnEconomy, SGGP, VOV, Government portal) and wire copy. */
export const EN_ROWS: readonly Row[] = [
  [
    VNP_157220,
    'The US was the largest importer of Vietnam in the first seven months of 2019 with a turnover of 32.5 billion USD, a year-on-year surge of 25.4 percent, according to the Ministry of Industry and Trade.',
    [{ v: '32500000000', u: 'USD', ch: [`rate 25.4 ${SPLY}`], p: '2019-YTD-07' }],
  ],
  [
    VNP_157220,
    'The European Union came second with 24.3 billion USD, up 0.4 percent against the same period last year.',
    [{ v: '24300000000', u: 'USD', ch: [`rate 0.4 ${SPLY}`] }],
  ],
  [
    VNP_157220,
    'China followed with 20 billion USD, rising 0.1 percent year-on-year.',
    [{ v: '20000000000', u: 'USD', ch: [`rate 0.1 ${SPLY}`] }],
  ],
  [
    VNP_157220,
    'Vietnam earned 145.13 billion USD from shipping goods abroad in the period, a year on year increase of 7.5 percent.',
    [{ v: '145130000000', u: 'USD', ch: [`rate 7.5 ${SPLY}`] }],
  ],
  [
    VNP_157220,
    'Also in the period, Vietnam splashed out 143.34 billion USD on imports, up 8.3 percent year on year.',
    [{ v: '143340000000', u: 'USD', ch: [`rate 8.3 ${SPLY}`] }],
  ],
  [
    VNP_157220,
    'Of the sum, some 60.83 billion USD was spent by the domestic economic sector, up 12.6 percent, and 82.51 billion USD by the foreign-invested sector, growing 5.3 percent.',
    [
      { v: '60830000000', u: 'USD', a: 'about', ch: ['rate 12.6 *'] },
      { v: '82510000000', u: 'USD', ch: ['rate 5.3 *'] },
    ],
  ],
  [
    VNP_157220,
    'As a result, the country recorded a trade surplus of 1.8 billion USD in the first seven months of the year.',
    [{ v: '1800000000', u: 'USD' }],
  ],
  [
    VNP_157220,
    'Meanwhile, shipments of vegetables and fruits, coffee and cashew experienced a fall compared to the same time last year.',
    [],
  ],
  [
    VNECONOMY_TRADE,
    'According to the General Statistics Office, total import and export turnover of goods in July was estimated at $60.63 billion, down 6.8 per cent compared to June but up 6.1 per cent year-on-year.',
    [{ v: '60630000000', u: 'USD', st: 'estimate', ch: [`rate -6.8 ${PREV}`, `rate 6.1 ${SPLY}`] }],
  ],
  [
    VNECONOMY_TRADE,
    'Trade in the first seven months is estimated at $431.94 billion, up 14.8 per cent year-on-year.',
    [{ v: '431940000000', u: 'USD', st: 'estimate', ch: [`rate 14.8 ${SPLY}`] }],
  ],
  [
    VOV_EXPORT,
    'Vietnam’s total export earnings hit US$17.5 billion in July, bringing the seven-month total to US$115.2 billion, up 18.7% annually, according to the Ministry of Industry and Trade (MoIT).',
    [
      { v: '17500000000', u: 'USD' },
      { v: '115200000000', u: 'USD', ch: [`rate 18.7 ${SPLY}`] },
    ],
  ],
  [
    VOV_EXPORT,
    'Accordingly, Vietnam shipped 465,000 tonnes of rice worth US$201 million abroad in July, pushing the total rice exports in seven months to 3.3 million tonnes valued at US$1.5 billion, up 15.7% and 13.7% in volume and value, respectively.',
    [
      { v: '465000', u: 'tonne' },
      { v: '201000000', u: 'USD' },
      { v: '3300000', u: 'tonne', ch: ['rate 15.7 *'] },
      { v: '1500000000', u: 'USD', ch: ['rate 13.7 *'] },
    ],
  ],
  [
    VOV_EXPORT,
    'During the month, Vietnam spent US$17.8 billion on imports, down 1.6%.',
    [{ v: '17800000000', u: 'USD', ch: ['rate -1.6 *'] }],
  ],
  [
    VOV_EXPORT,
    'The US remained the largest exporter with seven-month value of US$23.4 billion, up 9.9% year-on-year.',
    [{ v: '23400000000', u: 'USD', ch: [`rate 9.9 ${SPLY}`] }],
  ],
  [
    VNP_179569,
    'Vietnam’s export turnover in the first seven months of 2020 hit an estimated 145.79 billion USD, up 0.2 percent year-on-year, according to the General Statistics Office.',
    [{ v: '145790000000', u: 'USD', st: 'estimate', ch: [`rate 0.2 ${SPLY}`], p: '2020-YTD-07' }],
  ],
  [
    VNP_179569,
    'The export value in July alone reached 23 billion USD, up 1.9 percent compared to the previous month and 0.3 percent over the same period last year.',
    [{ v: '23000000000', u: 'USD', ch: [`rate 1.9 ${PREV}`, `rate 0.3 ${SPLY}`] }],
  ],
  [
    VNP_179569,
    'Meanwhile, the foreign-invested sector (including crude oil) raked in 95.03 billion USD, down 5.7 percent year-on-year.',
    [{ v: '95030000000', u: 'USD', ch: [`rate -5.7 ${SPLY}`] }],
  ],
  [
    VNP_179569,
    'Vietnam spent 139.33 billion USD on imports in the reviewed period, down 2.9 percent year-on-year.',
    [{ v: '139330000000', u: 'USD', ch: [`rate -2.9 ${SPLY}`] }],
  ],
  [
    VNP_179569,
    'China was the biggest exporter to Vietnam with an estimated turnover of 41.6 billion USD, down 1.8 percent.',
    [{ v: '41600000000', u: 'USD', st: 'estimate', ch: ['rate -1.8 *'] }],
  ],
  [
    VNP_179569,
    'Meanwhile, the markets that saw decreased export turnover included the EU (down 5.9 percent), ASEAN (15.4 percent), Japan (5 percent), and the Republic of Korea (0.4 percent).',
    [{ ch: ['rate -5.9 *'] }, { ch: ['rate -15.4 *'] }, { ch: ['rate -5 *'] }, { ch: ['rate -0.4 *'] }],
  ],
  [
    VNP_GEM,
    'During the past seven months, export turnover of these commodities reached 2.32 billion USD, an increase of 51.6 percent compared to same period last year.',
    [{ v: '2320000000', u: 'USD', ch: [`rate 51.6 ${SPLY}`] }],
  ],
  [
    VNP_GEM,
    'The import value also rose by 38.9 percent, valued at 452 million USD.',
    [{ v: '452000000', u: 'USD', ch: ['rate 38.9 *'] }],
  ],
  [
    BCP_SURPLUS,
    'Total trade turnover was estimated at US$ 57.21 billion in July, representing a month-on-month increase of 2.5 percent and a year-on-year decline of 6.7 percent.',
    [{ v: '57210000000', u: 'USD', st: 'estimate', ch: [`rate 2.5 ${PREV}`, `rate -6.7 ${SPLY}`] }],
  ],
  [
    BCP_SURPLUS,
    'In the first seven months, total trade volume was valued at US$ 374.23 billion, down 13.9 percent against the same period last year in which export revenue dropped by 10.6 percent and import turnover declined by 17.1 percent.',
    [{ v: '374230000000', u: 'USD', ch: [`rate -13.9 ${SPLY}`] }, { ch: ['rate -10.6 *'] }, { ch: ['rate -17.1 *'] }],
  ],
  [
    BCP_SURPLUS,
    'The domestic economic sector raked in US$ 51.5 billion, representing a drop of 10.2 percent and accounting for 26.4 percent of total export turnover.',
    [{ v: '51500000000', u: 'USD', ch: ['rate -10.2 *'] }],
  ],
  [
    BCP_SURPLUS,
    'On the other hand, import turnover of goods was estimated at US$179.5 billion, down 17.1 percent on-year.',
    [{ v: '179500000000', u: 'USD', st: 'estimate', ch: [`rate -17.1 ${SPLY}`] }],
  ],
  [
    BCP_SURPLUS,
    'The nation’s trade surplus with the U.S. was estimated at US$44.3 billion, down 24.1 percent on-year, while the country’s trade surplus to the EU and Japan was estimated at US$16.4 billion and US$ 0.9 billion, respectively.',
    [
      { v: '44300000000', u: 'USD', st: 'estimate', ch: [`rate -24.1 ${SPLY}`] },
      { v: '16400000000', u: 'USD', st: 'estimate' },
      { v: '900000000', u: 'USD', st: 'estimate' },
    ],
  ],
  [
    PPP_SURPLUS,
    'Vietnam posted a trade surplus of $1.8 billion in the first seven months of the year, much lower than the $2.6 billion trade surplus seen in the same period last year, the latest report from the General Statistics Office (GSO) revealed.',
    [
      { v: '1800000000', u: 'USD' },
      { v: '2600000000', u: 'USD' },
    ],
  ],
  [
    PPP_SURPLUS,
    'During the period, the country earned $145.13 billion from shipping goods abroad, a year-on-year surge of 7.5 per cent.',
    [{ v: '145130000000', u: 'USD', ch: [`rate 7.5 ${SPLY}`] }],
  ],
  [
    PPP_SURPLUS,
    'Electronics, computers and components came next with $18.6 billion, up 15 per cent while garment and textiles ranked third with $18.3 billion, up 11 per cent.',
    [
      { v: '18600000000', u: 'USD', ch: ['rate 15 *'] },
      { v: '18300000000', u: 'USD', ch: ['rate 11 *'] },
    ],
  ],
  [
    PPP_SURPLUS,
    'According to the GSO, the US was the largest importer of Vietnamese goods in the period with a turnover of $32.5 billion, 25 per cent higher than last year’s corresponding period.',
    [{ v: '32500000000', u: 'USD', ch: [`rate 25 ${SPLY}`] }],
  ],
  [
    QDND_BUDGET,
    'Collection from domestic revenue reached 194.1 trillion VND, or 17.1 percent of the estimate, while that from crude oil 3.2 trillion VND, equivalent to 13.8 percent.',
    [
      { v: '194100000000000', u: 'VND', c: '17.1' },
      { v: '3200000000000', u: 'VND', c: '13.8' },
    ],
  ],
  [
    QDND_BUDGET,
    'Budget balance stood at 22.7 trillion VND in the period, hitting 12.7 percent of the estimate.',
    [{ v: '22700000000000', u: 'VND', c: '12.7' }],
  ],
  [
    QDND_BUDGET,
    'Collection from State-owned enterprises was 23.3 trillion VND, or 15.7 percent of the estimate, while 41 trillion VND came from the private sector, excluding crude oil firms.',
    [
      { v: '23300000000000', u: 'VND', c: '15.7' },
      { v: '41000000000000', u: 'VND' },
    ],
  ],
  [
    QDND_BUDGET,
    'Meanwhile, budget expenditure was estimated at 148.4 trillion VND in the two months, equivalent to 8.8 percent of the year’s estimate.',
    [{ v: '148400000000000', u: 'VND', st: 'estimate', c: '8.8' }],
  ],
  [
    QDND_BUDGET,
    'More than 1.48 quadrillion VND was collected for the State budget in 2020, or 98 percent of the target, according to the Ministry of Finance.',
    [{ v: '1480000000000000', u: 'VND', a: 'over', c: '98', p: '2020' }],
  ],
  [
    VNP_137834,
    'Total budget collection in the January-August period was estimated at 871.8 trillion VND (37.3 billion USD), or 66.1 percent of the yearly estimates, an increase of 13.8 percent year on year, according to the Finance Ministry.',
    [{ v: '871800000000000', u: 'VND', st: 'estimate', c: '66.1', ch: [`rate 13.8 ${SPLY}`] }],
  ],
  [
    VNP_137834,
    'Of the figure, domestic revenues were estimated at 695.8 trillion VND, up 14.8 percent from the same period last year, and meting 63.3 percent of the yearly estimates.',
    [{ v: '695800000000000', u: 'VND', st: 'estimate', c: '63.3', ch: [`rate 14.8 ${SPLY}`] }],
  ],
  [
    VNP_137834,
    'The Finance Ministry said 44 out of the country’s 63 provinces and centrally-run cities met the scheduled pace of budget collection, meaning they have collected 67 percent or more of the yearly estimates; and 60 localities reported higher budget collection than in the same period last year.',
    [],
  ],
  [
    VNP_137834,
    'In the same period, budget expenditures came to 873.5 trillion VND, up 10.2 percent on a yearly basis, and equivalent to 57.3 percent of the yearly estimates.',
    [{ v: '873500000000000', u: 'VND', c: '57.3', ch: [`rate 10.2 ${SPLY}`] }],
  ],
  [
    VNP_137834,
    'More than 176.8 trillion VND of investment in capital construction was disbursed in the past 8 months, meeting 44.24 percent of the plan assigned by the National Assembly and 45.57 percent of the plan set by the Prime Minister.',
    [{ v: '176800000000000', u: 'VND', a: 'over', c: '44.24' }, { c: '45.57' }],
  ],
  [
    VNP_137834,
    'The Government raised 119.26 trillion VND from the sale of Government bonds in the period.',
    [{ v: '119260000000000', u: 'VND' }],
  ],
  [
    VNP_74128,
    'Budget revenues were estimated at 226 trillion VND (10.5 billion USD) in the first quarter, up 10.3 percent year on year and meeting 24.8 percent of collection plans, according to Deputy Finance Minister Vu Thi Mai.',
    [{ v: '226000000000000', u: 'VND', st: 'estimate', c: '24.8', ch: [`rate 10.3 ${SPLY}`] }],
  ],
  [
    VNP_74128,
    'At the same time, budget revenues from crude oil export dropped by 35.9 percent year on year to 16.6 trillion VND (772 million USD), meeting only 17.9 percent of estimates.',
    [{ v: '16600000000000', u: 'VND', c: '17.9', ch: [`rate -35.9 ${SPLY}`] }],
  ],
  [
    VNP_74128,
    'Overall, import-export activities contributed 35.4 trillion VND to the State budget, up 5.8 percent and meeting 20.2 percent of plans.',
    [{ v: '35400000000000', u: 'VND', c: '20.2', ch: ['rate 5.8 *'] }],
  ],
  [
    VNP_74128,
    'Meanwhile, Q1 budget spending was 263 trillion VND (12.2 billion USD), up 12.3 percent from the same period last year.',
    [{ v: '263000000000000', u: 'VND', ch: [`rate 12.3 ${SPLY}`] }],
  ],
  [
    QDND_492724,
    'Domestic revenue, estimated at 368.1 trillion VND (16.14 billion USD), rose by 14.5 percent from the same period last year.',
    [{ v: '368100000000000', u: 'VND', st: 'estimate', ch: [`rate 14.5 ${SPLY}`] }],
  ],
  [
    QDND_492724,
    'Meanwhile, revenue from crude oil surged 27 percent year on year to 19.1 trillion VND (837.5 million USD), accounting for 53.3 percent of the estimate.',
    [{ v: '19100000000000', u: 'VND', c: '53.3', ch: [`rate 27 ${SPLY}`] }],
  ],
  [
    QDND_492724,
    'In the reviewed period, State budget spending stood at 410 trillion VND (17.97 billion USD), or 26.9 percent of the yearly estimate, up 4.6 percent annually.',
    [{ v: '410000000000000', u: 'VND', c: '26.9', ch: [`rate 4.6 ${SPLY}`] }],
  ],
  [
    QDND_492724,
    'Disbursement of official development assistance (ODA) capital in the first four months was estimated at 700 million USD, or 15.2 percent of the set plan.',
    [{ v: '700000000', u: 'USD', st: 'estimate', c: '15.2' }],
  ],
  [
    VNECONOMY_Q1,
    'According to the Ministry of Finance, total State budget revenue reached nearly VND450 trillion ($19.7 billion) in the first quarter, equal to nearly 32 per cent of the annual estimate, of which revenue from imports and exports stood at VND107.3 trillion, or 30.48 per cent of the estimate.',
    [
      { v: '450000000000000', u: 'VND', a: 'under', c: '32' },
      { v: '107300000000000', u: 'VND', c: '30.48' },
    ],
  ],
  [
    KIS,
    'Nearly 518 trillion VND (22.23 billion USD) was collected towards the state budget in this year’s first four months, completing 36.7 percent of the yearly target and representing a year-on-year rise of 13.9 percent, reported the Ministry of Finance.',
    [{ v: '518000000000000', u: 'VND', a: 'under', c: '36.7', ch: [`rate 13.9 ${SPLY}`] }],
  ],
  [
    SGGP_BUDGET,
    'The total State budget revenue in the first four months of this year reached VND645.4 trillion (over US$27.52 billion), accounting for 39.8 percent of the estimate and 95 percent of the same period last year, the Ministry of Finance announced on May 5.',
    [{ v: '645400000000000', u: 'VND', c: '39.8', ch: [`ratio 95 ${SPLY}`] }],
  ],
  [
    SGGP_BUDGET,
    'The Ministry of Finance also said that the state budget balance expenditure in the four months reached VND500.3 trillion , equaling 24.1 percent of the estimate, up 6.1 percent over the same period in 2022.',
    [{ v: '500300000000000', u: 'VND', c: '24.1', ch: ['rate 6.1 *'] }],
  ],
  [
    SGGP_BUDGET,
    'Out of the 63 provinces and centrally-run cities nationwide, 25 localities recorded state budget revenue topping 38 percent of this year’s targets.',
    [],
  ],
  [
    SGGP_BUDGET,
    'Sixteen localities saw the collection higher than that in the same period of 2022, and 47 others were lower.',
    [],
  ],
  [
    TALKVN,
    'Despite the impact of Covid-19, the State budget revenue reached nearly VND1,500 trillion this year, meeting 98.3% of the target and much higher than the previous forecast, said Minister of Finance Dinh Tien Dung at an online conference between the Government and localities on December 29.',
    [{ v: '1500000000000000', u: 'VND', a: 'under', c: '98.3' }],
  ],
  [
    VNP_GDP_Q1,
    'Vietnam’s Gross Domestic Product (GDP) in the first quarter of this year was estimated to increase 5.03 percent year-on-year, higher than the 4.72 percent growth rate in the same period last year, according to the General Statistics Office (GSO).',
    [{ st: 'estimate', ch: [`rate 5.03 ${SPLY}`] }, { ch: ['rate 4.72 *'] }],
  ],
  [
    SAIGONTIMES_IPI,
    'Vietnam’s industrial production is roaring back as the country saw the industrial production index (IPI) in August rise by 2.9% month-on-month and 15.6% year-on-year, according to the General Statistics Office.',
    [{ ch: [`rate 2.9 ${PREV}`, `rate 15.6 ${SPLY}`] }],
  ],
  [
    CNA_Q2,
    'HANOI: Vietnam reported gross domestic product grew 6.61per cent in the second quarter of this year from a year earlier, faster than an expansion of 4.65per cent in the first quarter, government data released on Tuesday showed.',
    [{ ch: [`rate 6.61 ${SPLY}`] }, { ch: ['rate 4.65 *'] }],
  ],
  [
    XFA,
    "Vietnam's national index of industrial production in the first half of this year increased 6.2 percent year-on-year, according to the country's General Statistics Office on Friday.",
    [{ ch: [`rate 6.2 ${SPLY}`] }],
  ],
  [
    XFA,
    'Main driver of the growth, the processing and manufacturing sector, went up 10.5 percent, contributing 7.4 percentage points to the overall growth.',
    [{ ch: ['rate 10.5 *'] }],
  ],
  [
    NASDAQ_Q3,
    'The industrial and construction sector in the July-September period grew 12.91% from a year earlier, the General Statistics Office said in a report.',
    [{ ch: [`rate 12.91 ${SPLY}`] }],
  ],
  [
    NASDAQ_Q3,
    'The services sector expanded 18.86%, while the agricultural sector grew by 3.24%.',
    [{ ch: ['rate 18.86 *'] }, { ch: ['rate 3.24 *'] }],
  ],
  [
    VNP_IIP,
    'The national index of industrial production (IIP) increased 7.9 percent year-on-year in the first seven months of this year, according to the General Statistics Office.',
    [{ ch: [`rate 7.9 ${SPLY}`] }],
  ],
  [
    VNP_IIP,
    "Vietnam's industrial production in the first five months of this year increased by 9.9% year on year, in which manufacturing and processing increased 12.6% while the mining industry decreased by nearly 7%.",
    [{ ch: [`rate 9.9 ${SPLY}`] }, { ch: ['rate 12.6 *'] }, { ch: ['rate -7 *'] }],
  ],
  [
    FP_Q3,
    'The processing and manufacturing industry grew 10.05% in July-September from a year earlier, while the services sector rose 7.11% and the agricultural sector was up 1.53%, the GSO said in a statement.',
    [{ ch: [`rate 10.05 ${SPLY}`] }, { ch: ['rate 7.11 *'] }, { ch: ['rate 1.53 *'] }],
  ],
  [
    EIN_H1,
    'Specifically, retail sales of goods stood at VNĐ2.3 quadrillion, up 9.3 per cent, with the sales of food and foodstuff growing by 13.5 per cent and those of cultural and educational products increasing by 9.3 per cent.',
    [{ v: '2300000000000000', u: 'VND', ch: ['rate 9.3 *'] }, { ch: ['rate 13.5 *'] }, { ch: ['rate 9.3 *'] }],
  ],
  [
    EIN_H1,
    'Accommodation and food services generated about VNĐ321.7 trillion in the reviewed period, up 18.7 per cent from a year earlier.',
    [{ v: '321700000000000', u: 'VND', a: 'about', ch: [`rate 18.7 ${SPLY}`] }],
  ],
  [
    EIN_H1,
    'Tourism revenue surged 65.9 per cent year-on-year to around VNĐ14.5 trillion.',
    [{ v: '14500000000000', u: 'VND', a: 'about', ch: [`rate 65.9 ${SPLY}`] }],
  ],
  [
    EIN_H1,
    'Revenue from other services was estimated at VNĐ303.4 trillion, up 14.4 per cent over the same period last year.',
    [{ v: '303400000000000', u: 'VND', st: 'estimate', ch: [`rate 14.4 ${SPLY}`] }],
  ],
  [
    EIN_H1,
    'In June alone, revenue of retail sales of consumer goods and service totaled VNĐ505.7 trillion, an increase of 0.5 per cent month on month and 6.5 per cent year on year.',
    [{ v: '505700000000000', u: 'VND', ch: [`rate 0.5 ${PREV}`, `rate 6.5 ${SPLY}`] }],
  ],
  [
    EIN_H1,
    'The total retail sales of consumer goods and services in the second quarter of this year were estimated at VNĐ1.520 quadrillion, a year-on-year rise of 1.6 per cent, the GSO reported.',
    [{ v: '1520000000000000', u: 'VND', st: 'estimate', ch: [`rate 1.6 ${SPLY}`] }],
  ],
  [
    TBTC_RETAIL,
    'Vietnam’s total retail sales of goods and services in the first two months of this year were estimated at 994.2 trillion VND (41.88 billion USD), up 13% year-on-year, according to the General Statistics Office (GSO).',
    [{ v: '994200000000000', u: 'VND', st: 'estimate', ch: [`rate 13 ${SPLY}`] }],
  ],
  [
    TBTC_RETAIL,
    'Notably, tourism raked in 4.7 trillion VND, a 2.2-fold increase compared to the same period of last year, as various activities to welcome the spring were organised across the nation.',
    [{ v: '4700000000000', u: 'VND', ch: [`times 2.2 ${SPLY}`] }],
  ],
  [
    TBTC_RETAIL,
    'Director of the Ministry of Industry and Trade’s Domestic Market Department Tran Duy Dong said that the ministry is striving for an 8-9% increase in total retail sales of goods and services this year./.',
    [],
  ],
  [
    VNP_157343,
    'In July alone, retail sales of goods and services was 415.1 trillion VND (17.93 billion USD), up 1.7 percent from the previous month and up 12.4 percent year on year.',
    [{ v: '415100000000000', u: 'VND', ch: [`rate 1.7 ${PREV}`, `rate 12.4 ${SPLY}`] }],
  ],
  [
    VNP_157343,
    'Retail sales of goods for the full seven-month period were up 12.5 percent year on year to 2.13 quadrillion VND, accounting for 76 percent of the total.',
    [{ v: '2130000000000000', u: 'VND', ch: [`rate 12.5 ${SPLY}`] }],
  ],
  [VNP_157343, 'From 2015 to 2017, retail sales growth was between 10 percent and 10.8 percent per year.', []],
  [
    VNP_169460,
    'Retail sales of goods in January-February were estimated at 674 trillion VND (nearly 29.2 billion USD), up 9.8 percent against the same period last year.',
    [{ v: '674000000000000', u: 'VND', st: 'estimate', ch: [`rate 9.8 ${SPLY}`] }],
  ],
  [
    VNP_169460,
    'Travel service revenues reached 7.4 trillion VND (320 million USD), up 1.1 percent year-on-year.',
    [{ v: '7400000000000', u: 'VND', ch: [`rate 1.1 ${SPLY}`] }],
  ],
  [
    EIN_JULY,
    'HÀ NỘI — Việt Nam’s retail sales of goods and services in July are estimated at VNĐ486 trillion (US$20.8 billion), up 2.4 per cent month-on-month, and 42.6 per cent year-on-year, according to the General Statistics Office (GSO).',
    [{ v: '486000000000000', u: 'VND', st: 'estimate', ch: [`rate 2.4 ${PREV}`, `rate 42.6 ${SPLY}`] }],
  ],
  [
    EIN_JULY,
    'In the first seven months, total retail sales are estimated at VNĐ3.2 quadrillion, up 16 per cent compared to last year.',
    [{ v: '3200000000000000', u: 'VND', st: 'estimate', ch: ['rate 16 *'] }],
  ],
  [
    EIN_JULY,
    'From January to July, travel and tourism activities also produced a revenue of VNĐ11.9 trillion, a 2.7-fold rise against the same period last year.',
    [{ v: '11900000000000', u: 'VND', ch: [`times 2.7 ${SPLY}`] }],
  ],
  [
    VNP_201074,
    'The total retail sales and service revenue surged 10.02 percent year-on-year to 1.695 quadrillion VND (over 73.5 billion USD) in the first four months of 2021, according to the Ministry of Industry and Trade (MoIT).',
    [{ v: '1695000000000000', u: 'VND', ch: [`rate 10.02 ${SPLY}`], p: '2021-YTD-04' }],
  ],
  [
    VNP_201074,
    'Retail sales of goods in the January-April period were estimated at over 1,352.7 trillion VND, up 9.8 percent against the same period last year.',
    [{ v: '1352700000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 9.8 ${SPLY}`] }],
  ],
  [
    TOTHETHAO,
    'The resolution mandates that the country achieve a GDP growth rate of at least 8% in 2025 while assigning 16 provinces and cities a double-digit Gross Regional Domestic Product (GRDP) growth target.',
    [{ k: 'target', ch: ['rate 8 *'], p: '2025' }],
  ],
  [
    THAINGUYEN,
    'Accordingly, based on the situation in the first quarter of 2025 and the current context, the province will maintain the 2025 target as set forth in Plan No. 42/KH-UBND, aiming for a Gross Regional Domestic Product (GRDP) growth rate of 10.5%.',
    [{ k: 'target', ch: ['rate 10.5 *'] }],
  ],
  [
    THAINGUYEN,
    'Total social investment resources for 2025 aim to reach 104.1 trillion VND to meet the economic growth target of 10.5%.',
    [
      { k: 'target', v: '104100000000000', u: 'VND', p: '2025' },
      { k: 'target', ch: ['rate 10.5 *'] },
    ],
  ],
  [
    QDND_543824,
    'The GRDP per capita will be VND 140 million (USD 6,000) per year (at the current price), and the total state budget revenue will reach about VND 190 trillion (USD 8.1 billion).',
    [
      { k: 'target', v: '140000000', u: 'VND' },
      { k: 'target', v: '190000000000000', u: 'VND', a: 'about' },
    ],
  ],
  [
    ALCHEMPRO,
    'Total social investment in 2026 is projected at nearly VND4.93 quadrillion, equivalent to $189 billion, representing an increase of 18.7 per cent year on year (YoY) and accounting for roughly 33-33.7 per cent of GDP.',
    [{ k: 'target', v: '4930000000000000', u: 'VND', a: 'under', ch: [`rate 18.7 ${SPLY}`], p: '2026' }],
  ],
  [
    ALCHEMPRO,
    'Exports are forecast to rise by about 8 per cent, generating a trade surplus of around $28 billion.',
    [
      { k: 'target', ch: ['rate 8 *'] },
      { k: 'target', v: '28000000000', u: 'USD', a: 'about' },
    ],
  ],
  [
    LAODONG,
    'The GDP scale in 2025 will reach about 500 billion USD.',
    [{ k: 'target', v: '500000000000', u: 'USD', a: 'about', p: '2025' }],
  ],
  [
    DANGCONGSAN,
    'Under the Directive, Gross Domestic Product (GDP) growth rate is expected to reach 6.8%.',
    [{ k: 'target', ch: ['rate 6.8 *'] }],
  ],
  [
    DANGCONGSAN,
    'Collection from export and import activities is forecast to rise at least 4-6% compared with the estimated of this year./.',
    [],
  ],
  [
    VTV_FDI,
    'Specifically, a total of 3,883 new projects were licensed during the year, up 27.5% year on year, bringing in US$16.75 billion of new capital, equivalent to 93.2% of the same period last year.',
    [
      { v: '3883', u: 'project', ch: [`rate 27.5 ${SPLY}`] },
      { v: '16750000000', u: 'USD', ch: [`ratio 93.2 ${SPLY}`] },
    ],
  ],
  [
    VTV_FDI,
    'The FDI sector spent nearly US$145.5 billion on imports, up 2.5% form 2018 and making up 57.4% of the country’s total spending on imports.',
    [{ v: '145500000000', u: 'USD', a: 'under', ch: ['rate 2.5 2018'] }],
  ],
  [
    VTV_FDI,
    'The disbursement of FDI capital also reached a record of US$20.38 billion.',
    [{ v: '20380000000', u: 'USD' }],
  ],
  [
    VDSC_FDI,
    'Total FDI disbursement hit $6.3 billion for the first seven months, marking a 1.6 per cent decrease over the same period of last year.',
    [{ v: '6300000000', u: 'USD', ch: [`rate -1.6 ${SPLY}`] }],
  ],
  [
    VDSC_FDI,
    'The new additions have brought the total of foreign direct investment registered in the first seven months to $9.05 billion, down 24 per cent on the same period last year, the agency said.',
    [{ v: '9050000000', u: 'USD', ch: [`rate -24 ${SPLY}`] }],
  ],
  [
    SGGP_FDI,
    'The disbursed capital was at $5.15 billion, accounting for 90.4 percent of that in the same period last year.',
    [{ v: '5150000000', u: 'USD', ch: [`ratio 90.4 ${SPLY}`] }],
  ],
  [
    SGGP_FDI,
    'Singapore was the largest investor with more than $5 billion, accounting 41 percent.',
    [{ v: '5000000000', u: 'USD', a: 'over' }],
  ],
  // Added after the rounds of rules, kept unseen from the start (their failures never read).
  [
    SGGP_FDI,
    'In the first four months of this year, 984 new projects were licensed with total registered capital of $6.78 billion, down 9.1 percent in volume but up 26.9 percent in value compared to the same period last year.',
    [
      { v: '984', u: 'project', ch: [`rate -9.1 ${SPLY}`] },
      { v: '6780000000', u: 'USD', ch: [`rate 26.9 ${SPLY}`] },
    ],
    'unseen',
  ],
  [
    VTV_FDI,
    'The FDI sector earned US$181.35 billion from exports, including crude oil, a year-on-year rise of 4.2%.',
    [{ v: '181350000000', u: 'USD', ch: [`rate 4.2 ${SPLY}`] }],
    'unseen',
  ],
  [
    VTV_FDI,
    'Excluding crude oil, the sector’s export revenue stood at US$179.33 billion, up 4.4% year on year, and accounting for 68.1% of the country’s total export earnings.',
    [{ v: '179330000000', u: 'USD', ch: [`rate 4.4 ${SPLY}`] }],
    'unseen',
  ],
  [
    TBTC_RETAIL,
    'In the period, the revenue from lodging and catering services reached 109.1 trillion VND, a year-on-year rise 31.6%.',
    [{ v: '109100000000000', u: 'VND', ch: [`rate 31.6 ${SPLY}`] }],
    'unseen',
  ],
];

export const EN: readonly RealSentence[] = EN_ROWS.map(([url, text, facts, forced], i) => ({
  id: `en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: forced ?? (i % 4 === 3 ? 'unseen' : 'seen'),
}));
