import type { RealFact, RealSentence } from './types';

/**
 * The FOURTH fresh set (`fresh4`), English part: sentences copied verbatim from Vietnamese press
 * in English and wire copy (VietnamPlus/VNA, VOV and VOV World, SGGP and SGGP News, The Saigon
 * Times, VnExpress International, Vietstock, VIR, CAND English, Stockbiz/VNS, VCCI news, the State
 * Bank of Vietnam's English pages, TTR Weekly, Vietnam Insider, Báo Khánh Hòa English,
 * Talk Vietnam, vietnam.vn), on the State budget, CPI, retail, trade, FDI, public investment
 * disbursement, tourism and Hồ Chí Minh City's and Hải Phòng's budgets and goals (2006-2023, most
 * 2018-2023), from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`,
 * `test3-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `X percent of
 * the estimate/plan/target/projection` is a completion (`accounted for 60.2 per cent of the annual
 * plan` too, a share of a plan fulfilled), `exceeding its estimates by 2.7 percent` and `20%
 * higher than the year's plan` are 100 + X; `equal to X% of that in the same period`, `about 63%
 * compared to the same period in 2019` are ratios; `N times higher`, `N-fold` are multiples;
 * `year-on-year`, `from a year earlier`, `against a year ago`, `from 12 months ago` are the same
 * period last year, `month-on-month`, `from the previous month`, `against March` (of April) the
 * previous period, `compared to December 2019` is `2019-12`, `the same period of 2019` is `*`;
 * shares (`accounting for 19.3%`), contributions in percentage points, absolute changes (`or
 * nearly US$42 billion`), currency restatements in brackets, ranges (`3-10 percent`, `from 11.5%
 * to 12%`), counts of units over a threshold and ranks are not facts; `over`, `more than`,
 * `exceeded` X is a lower bound, `nearly`, `close to` an upper bound, `about`/`around`/`some` an
 * approximation; a comparison figure of another period (`higher than the annual growth rate of 9
 * percent in export value in 2016`, `the same period in 2022 (34.47%)`) is its own fact; a goal
 * (`targets`, `is assigned to collect`, `are projected to` for the coming year, `To achieve the
 * target of disbursing … more than 95% of the plan`) is a target. Slips of the source (`19.8
 * quadrillion` without a currency, `4,8 million`, `exsting`, `0.29` without `percent`) are kept
 * as printed and read as a careful reader would.
 *
 * Written by someone who never read the extractor, and scored once before its failures were
 * released to the rule writers (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VCCI_7598 = 'https://vccinews.com/news/7598/.html';
const VNP_153549 = 'https://en.vietnamplus.vn/total-retail-sales-reach-85-billion-usd-in-five-months/153549.vnp';
const VNP_155406 = 'https://en.vietnamplus.vn/retail-revenues-reach-nearly-102-billion-usd-in-first-half/155406.vnp';
const VOV_320949 = 'https://amp.vov.vn/en/economy/foreign-investment-shoots-up-136-in-five-months-320949.vov';
const VNP_207028 = 'https://en.vietnamplus.vn/fdi-disbursement-rises-2-percent-in-first-eight-months/207028.vnp';
const VIR_60452 = 'https://vir.com.vn/fdi-into-vietnam-approximates-10-billion-in-five-months-60452.html';
const INFOGRAPHICS_FDI = 'https://en.infographics.vn/tag/fdi%20in%20vietnam/1';
const VIETSTOCK_479577 = 'https://en.vietstock.vn/2022/05/vietnam8217s-cpi-up-225-percent-in-five-months-38-479577.htm';
const VOV_CPI_TAG = 'https://english.vov.vn/en/tags/consumer-price-index-tag85073?page=9';
const SBV_408666 = 'https://sbv.gov.vn/w/sbv408666';
const VOV_315537 = 'https://english.vov.vn/en/market/vietnams-cpi-up-125-pct-in-first-quarter-315537.vov';
const STOCKBIZ_1315316 =
  'http://en.stockbiz.vn/News/2023/1/31/1315316/january-s-cpi-increases-0-52-per-cent-due-to-high-tet-demand.aspx';
const SGGP_46795 = 'https://en.sggp.org.vn/more-intl-visitors-to-vietnam-in-peak-season-vnat-post46795.html';
const TTR_2022 = 'https://www.ttrweekly.com/site/2022/06/vietnam-has-something-to-count-about/';
const VNINSIDER_2023 =
  'https://vietnaminsider.vn/vietnam-welcomes-nearly-4-6-million-international-visitors-in-first-5-months/';
const BKH_2014 = 'https://news.baokhanhhoa.vn/tourism/201407/international-arrivals-to-vietnam-rise-by-46-2328530';
const IXORA_2016 = 'https://ixorarealestate.com/2016/12';
const VNP_158250 = 'https://en.vietnamplus.vn/pm-orders-acceleration-of-disbursement-of-public-funds/158250.vnp';
const VIETNAMVN_2023 =
  'https://www.vietnam.vn/en/thu-tuong-pham-minh-chinh-yeu-cau-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-2023';
const VOVWORLD_1228837 =
  'https://m.vovworld.vn/en-US/news/public-investment-disbursement-increases-sharply-in-8-months-1228837.vov';
const VNECONOMY_PI = 'https://vneconomy.vn/public-investment-disbursement-to-be-scrutinized.htm';
const VNE_4199050 = 'https://e.vnexpress.net/news/business/economy/trade-surplus-headed-for-record-level-4199050.html';
const VNP_127100 = 'https://en.vietnamplus.vn/importexport-surges-nearly-40-percent/127100.vnp';
const SGGPNEWS_33707 = 'https://sggpnews.org.vn/business/fivemonth-trade-gap-touches-us12-billion-33707.html';
const SGT_380523 = 'https://english.thesaigontimes.vn/?p=380523';
const SGT_TRADE_16 = 'https://english.thesaigontimes.vn/trade-revenue-up-over-16-in-jan-may';
const VIETSTOCK_318960 = 'https://en.vietstock.vn/2018/04/vietnam-post-$3-1bn-trade-surplus-in-janapr-38-318960.htm';
const CAND_567546 =
  'https://en.cand.com.vn/business/Vietnam-posts-1-9bln-USD-trade-surplus-in-first-five-months-i567546';
const VNP_166838 = 'https://en.vietnamplus.vn/hcm-city-targets-175-billion-usd-in-budget-collection/166838.vnp';
const TALKVN_2020 = 'https://www.talkvietnam.org/2020/01/hcm-city-targets-usd-17-5-billion-in-budget-collection/';
const VNP_202315 =
  'https://en.vietnamplus.vn/hcm-citys-state-budget-revenue-enjoys-yearonyear-rise-of-228-percent/202315.vnp';
const VNP_239382 = 'https://en.vietnamplus.vn/hcm-citys-ninemonth-budget-revenue-soars/239382.vnp';
const VOVWORLD_1262593 =
  'https://vovworld.vn./en-US/news/hai-phong-sets-out-socioeconomic-development-tasks-in-2024-1262593.vov';
const VNP_271823 = 'https://en.vietnamplus.vn/vietnam-targets-665-gdp-growth-in-2024-na-resolution/271823.vnp';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const c = (x: string): RealFact => ({ c: x });

/** English: Vietnamese press in English and wire copy. */
export const FRESH4_EN_ROWS: readonly Row[] = [
  // the State budget in 2006 (GSO via VCCI)
  [
    VCCI_7598,
    'Vietnam’s state budget revenues in the first eight months of 2006 are estimated to make up 64.7 per cent of the plan set for the whole year and post an increase of 15.6 per cent from a year earlier, reported the General Statistics Office (GSO).',
    [{ c: '64.7', st: 'estimate', ch: [`rate 15.6 ${SPLY}`], p: '2006-YTD-08' }],
  ],
  [
    VCCI_7598,
    'Revenues from domestic taxes reached 62.7 per cent of this year’s estimation, while the finishing rates of earnings from crude oil and import-export taxes were 70.3 per cent and 61.8 per cent, respectively.',
    [c('62.7'), c('70.3'), c('61.8')],
  ],
  [
    VCCI_7598,
    'Among domestic taxes, collections from the state-owned economic sector fulfilled 65.3 per cent of the annual plan, from the industrial, commercial and non-state service sector 67.9 per cent, from the high-income earners 66.7 per cent, from lottery 73 per cent, from fees and tolls 78.4 per cent, from foreign-invested sector 51.6 per cent, and from the house and land fees 58.6 per cent.',
    [c('65.3'), c('67.9'), c('66.7'), c('73'), c('78.4'), c('51.6'), c('58.6')],
  ],
  [
    VCCI_7598,
    'Between January and August, total state coffer expenditures are estimated to finish 62.8 per cent of the yearly projection and grow by 20.6 per cent from the same period last year.',
    [{ c: '62.8', st: 'estimate', ch: [`rate 20.6 ${SPLY}`] }],
  ],
  [
    VCCI_7598,
    'The spending on investment and development accounted for 60.2 per cent of the annual plan, and payment for debts and assistances made up 68.1 per cent and regular spending 67.5 per cent.',
    [c('60.2'), c('68.1'), c('67.5')],
  ],
  [
    VCCI_7598,
    'Overspending is calculated to be equal to 63.9 per cent of the whole year’s over-expenditure estimation, of which 72 per cent was compensated by domestic borrowings and 28 per cent by foreign sources.',
    [c('63.9')],
  ],
  [
    VCCI_7598,
    'In 2006, Vietnam targets state budget revenues at VND237.9 trillion (US$15 billion), expenditures at VND294.4 trillion (US$18.6 billion), and over-expenditure at VND48.5 trillion in the year.',
    [
      { k: 'target', v: '237900000000000', u: 'VND', p: '2006' },
      { k: 'target', v: '294400000000000', u: 'VND', p: '2006' },
      { k: 'target', v: '48500000000000', u: 'VND', p: '2006' },
    ],
  ],
  // retail (GSO via VNA)
  [
    VNP_153549,
    'Hanoi (VNA) – Vietnam’s total retail sales of goods and services in the first five months of 2019 increased 11.6 percent year-on-year to 19.8 quadrillion (almost 85 billion USD), according to the General Statistics Office (GSO).',
    [{ v: '19800000000000000', ch: [`rate 11.6 ${SPLY}`], p: '2019-YTD-05' }],
  ],
  [
    VNP_153549,
    'Excluding inflation, the growth was 8.6 percent in the January-May period, 0.1 percent higher than the same period last year.',
    [r('8.6'), { ch: [`points 0.1 ${SPLY}`] }],
  ],
  [
    VNP_153549,
    'During the first five months of this year, retail sales of goods accounted for 76.5 percent of the total to reach 15.1 quadrillion VND, 12.7 percent higher than the same period last year.',
    [{ v: '15100000000000000', u: 'VND', ch: [`rate 12.7 ${SPLY}`] }],
  ],
  [
    VNP_153549,
    'Sales of accommodation and restaurant services had a year-on-year increase of 9.2 percent to 236 trillion VND.',
    [{ v: '236000000000000', u: 'VND', ch: [`rate 9.2 ${SPLY}`] }],
  ],
  [
    VNP_153549,
    'Those of tourism revenue gained 18.4 trillion VND, 12.4 percent higher than the same period last year.',
    [{ v: '18400000000000', u: 'VND', ch: [`rate 12.4 ${SPLY}`] }],
  ],
  [
    VNP_153549,
    'The GSO’s figures also revealed that the country’s retail market scale has rapidly increased in recent years from 88 billion USD in 2010 to 130 billion USD in 2017.',
    [
      { v: '88000000000', u: 'USD', p: '2010' },
      { v: '130000000000', u: 'USD', p: '2017' },
    ],
  ],
  [
    VNP_155406,
    "The nation's total revenue from retail sales and services saw a significant growth of 11.5 percent to more than 23.9 quadrillion VND (nearly 102 billion USD) in the first half of this year.",
    [{ v: '23900000000000000', u: 'VND', a: 'over', ch: ['rate 11.5 *'] }],
  ],
  [
    VNP_155406,
    'Excluding the price factor, the growth rate was 8.7 percent against the first half of last year.',
    [yoy('8.7')],
  ],
  [
    VNP_155406,
    'In the six-month period, retail sales of goods reached 18.23 quadrillion VND, up 12.5 percent year-on-year and making up 76.3 percent of all revenue.',
    [{ v: '18230000000000000', u: 'VND', ch: [`rate 12.5 ${SPLY}`] }],
  ],
  [
    VNP_155406,
    'Travel services revenue amounted at 21.9 trillion VND, up 13 percent.',
    [{ v: '21900000000000', u: 'VND', ch: ['rate 13 *'] }],
  ],
  // FDI
  [
    VOV_320949,
    'As of May 20, Vietnam had 907 new FDI projects with a total registered capital of US$7.56 billion, a year-on-year rise of 155.9% while 425 adjusted-capital projects brought in US$2.59 billion, up 93.3% from last year.',
    [
      { v: '907', u: 'project' },
      { v: '7560000000', u: 'USD', ch: [`rate 155.9 ${SPLY}`] },
      { v: '425', u: 'project' },
      { v: '2590000000', u: 'USD', ch: ['rate 93.3 *'] },
    ],
  ],
  [
    VOV_320949,
    'Some US$5.8 billion was disbursed, rising 17.2% against a year ago.',
    [{ v: '5800000000', u: 'USD', a: 'about', ch: [`rate 17.2 ${SPLY}`] }],
  ],
  [
    VOV_320949,
    'The capital city lured US$1.96 billion in FDI in the period, accounting for 19.3% of total registered FDI in the country.',
    [{ v: '1960000000', u: 'USD' }],
  ],
  [
    VOV_320949,
    'This was followed by Haiphong with US$1.71 billion or 16.9% and Dong Nai province with US$921.8 million or 9.1%.',
    [
      { v: '1710000000', u: 'USD' },
      { v: '921800000', u: 'USD' },
    ],
  ],
  [
    VNP_207028,
    'Disbursement of foreign direct investment (FDI) capital in Vietnam hit 11.58 billion USD this year to August 20, an increase of 2 percent compared to the same period last year, according to the Ministry of Planning and Investment.',
    [{ v: '11580000000', u: 'USD', ch: [`rate 2 ${SPLY}`] }],
  ],
  [
    VNP_207028,
    'The ministry said 1,135 new projects were granted investment licences in the period, plunging 36.8 percent against the same period last year.',
    [{ v: '1135', u: 'project', ch: [`rate -36.8 ${SPLY}`] }],
  ],
  [
    VNP_207028,
    'However, total registered capital was up 16.3 percent to nearly 11.33 billion USD.',
    [{ v: '11330000000', u: 'USD', a: 'under', ch: ['rate 16.3 *'] }],
  ],
  [
    VNP_207028,
    'About 640 existing projects had their capital adjusted up by a total of nearly 5 billion USD, up 2.3 percent year on year.',
    [
      { v: '640', u: 'project', a: 'about' },
      { v: '5000000000', u: 'USD', a: 'under', ch: [`rate 2.3 ${SPLY}`] },
    ],
  ],
  [
    VNP_207028,
    'Capital contributions and share purchases by foreign investors fell 43.4 percent to 2.81 billion USD.',
    [{ v: '2810000000', u: 'USD', ch: ['rate -43.4 *'] }],
  ],
  [
    VNP_207028,
    'Power generation and distribution followed with nearly 5.5 billion USD, while real estate attracted 1.6 billion USD and wholesale and retail sales 734 million USD.',
    [
      { v: '5500000000', u: 'USD', a: 'under' },
      { v: '1600000000', u: 'USD' },
      { v: '734000000', u: 'USD' },
    ],
  ],
  [
    VIR_60452,
    'Total foreign direct investment capital poured into new and exsting projects and used to contribute capital and buy shares in domestic companies reached $9.9 billion in Jan-May, down 18.3 per cent year on year.',
    [{ v: '9900000000', u: 'USD', ch: [`rate -18.3 ${SPLY}`] }],
  ],
  [
    INFOGRAPHICS_FDI,
    'Vietnam attracted nearly 14 billion USD in FDI in the first five months of this year, up 0.8 percent over the same period last year.',
    [{ v: '14000000000', u: 'USD', a: 'under', ch: [`rate 0.8 ${SPLY}`] }],
  ],
  [
    INFOGRAPHICS_FDI,
    'Foreign investors’ capital into Vietnam has totaled 8.55 billion USD so far this year, 21% less than the same period last year, according to the Department of Foreign Investment of the Ministry of Planning and Investment.',
    [{ v: '8550000000', u: 'USD', ch: [`rate -21 ${SPLY}`] }],
  ],
  // CPI
  [
    VIETSTOCK_479577,
    'Vietnam’s consumer price index (CPI) in the first five months of the year edged up 2.25 percent year-on-year while core inflation rose by 1.1 percent, according to the General Statistics Office (GSO).',
    [yoy('2.25'), r('1.1')],
  ],
  [
    VIETSTOCK_479577,
    'The CPI in May increased by 0.38 percent compared with the previous month, with the urban area experiencing a hike of 0.34 percent and the rural area 0.42 percent.',
    [{ ch: [`rate 0.38 ${PREV}`] }, r('0.34'), r('0.42')],
  ],
  [
    VIETSTOCK_479577,
    'The GSO attributed the CPI hike to a surge in fuel prices which have been revised up 13 times through five months of this year, resulting in a 1.8 percentage point increase in the overall CPI.',
    [],
  ],
  [
    VIETSTOCK_479577,
    'Meanwhile, prices of food dropped 0.73 percent year-on-year with that of pork plunging 20.8 percent, causing the overall CPI to fall by 0.16 percentage point, it said.',
    [yoy('-0.73'), r('-20.8')],
  ],
  [
    VIETSTOCK_479577,
    'The GSO said that the May core inflation increased by 0.29 compared to the previous month and 1.61 percent over the same period last year.',
    [{ ch: [`rate 0.29 ${PREV}`, `rate 1.61 ${SPLY}`] }],
  ],
  [
    VOV_CPI_TAG,
    'While the expansion of the consumer price index (CPI), seen as a gauge for inflation, remained under control, growing prices of input materials and heating up economic activities are factors that could increase inflationary pressure on the remaining months of the year.',
    [],
  ],
  [
    VOV_CPI_TAG,
    'The consumer price index (CPI) in Ho Chi Minh City inched up 0.001% in April against March, according to the city’s Statistics Office.',
    [{ ch: [`rate 0.001 ${PREV}`] }],
  ],
  [
    VOV_CPI_TAG,
    'The consumer price index (CPI) in the capital city grew up 1.8% in February from the previous month, according to the Hanoi Statistics Office.',
    [{ ch: [`rate 1.8 ${PREV}`] }],
  ],
  [
    VOV_CPI_TAG,
    'Vietnam’s consumer price index (CPI) in February was up 1.52% over the previous month and 0.7% year on year, according to the General Statistics Office (GSO).',
    [{ ch: [`rate 1.52 ${PREV}`, `rate 0.7 ${SPLY}`] }],
  ],
  [
    VOV_CPI_TAG,
    'The consumer price index (CPI) inched up 0.06% in January against December last year, and down 0.97% year-on-year, according to the General Statistics Office of Vietnam (GSO).',
    [{ ch: [`rate 0.06 ${PREV}`, `rate -0.97 ${SPLY}`] }],
  ],
  [
    VOV_CPI_TAG,
    'VOV.VN - Vietnam is likely to meet its target of reining in inflation at a rate of below 4% in 2021, although experts warn that unfavourable factors could impact market fluctuations.',
    [{ k: 'target', ch: ['rate 4 *'], p: '2021' }],
  ],
  [
    VOV_CPI_TAG,
    'The Consumer Price Index (CPI) in Ho Chi Minh City rose by 0.06% in November from the previous month, raising the total CPI rise in the 11-month period to 2.94%, according to the municipal Statistics Office.',
    [{ ch: [`rate 0.06 ${PREV}`] }, r('2.94')],
  ],
  [
    VOV_CPI_TAG,
    'The Consumer Price Index (CPI) edged down 0.01% month-on-month in November on the back of weakening global fuel prices and declining electricity and water prices in the country, according to the General Statistics Office (GSO).',
    [{ ch: [`rate -0.01 ${PREV}`] }],
  ],
  [
    SBV_408666,
    'According to the General Statistics Office of Vietnam (GSO), the consumer price index (CPI) in March 2020 decreased by 0.72% against that of February 2020; up 3.34% as compared to December 2019, and rose by 4.87% in comparison with that of the same time last year.',
    [{ ch: ['rate -0.72 2020-02', 'rate 3.34 2019-12', `rate 4.87 ${SPLY}`], p: '2020-03' }],
  ],
  [
    SBV_408666,
    'The price index of the group of traffic registered the highest decrease of 4.87%; the group of culture, entertainment and tourism decreased by 1.4%; the group of food and catering services went down by 0.43%; the group of housing and construction materials reduced by 0.25%; the group of footwear and hat decreased by 0.15%; the group of beverage and cigarette went down by 0.11%; and the group of postal services & telecommunication was down by 0.06%.',
    [r('-4.87'), r('-1.4'), r('-0.43'), r('-0.25'), r('-0.15'), r('-0.11'), r('-0.06')],
  ],
  [
    SBV_408666,
    'The core inflation decreased by 0.06% in March 2020 as compared to that of the previous month, and increased by 2.95% over the same time of 2019.',
    [{ ch: [`rate -0.06 ${PREV}`, 'rate 2.95 *'], p: '2020-03' }],
  ],
  [
    SBV_408666,
    'The average core inflation for the first quarter of 2020 was up by 3.05% as compared to that of the same period of 2019.',
    [{ ch: ['rate 3.05 *'], p: '2020-Q1' }],
  ],
  [
    VOV_315537,
    'Vietnam’s first quarter Consumer Price Index (CPI) increased by 1.25% from the same period last year.',
    [yoy('1.25')],
  ],
  [
    VOV_315537,
    'The General Statistics Office (GSO) announced on March 24 that CPI in March was up 0.57 percent from the previous month and 1.69% from 12 months ago.',
    [{ ch: [`rate 0.57 ${PREV}`, `rate 1.69 ${SPLY}`] }],
  ],
  [
    VOV_315537,
    'The February consumer price index (CPI) inched up 0.42% month on month and 1.27% year on year, mainly driven by high food demand during the Lunar New Year (Tet) holiday, the General Statistics Office (GSO) reported.',
    [{ ch: [`rate 0.42 ${PREV}`, `rate 1.27 ${SPLY}`] }],
  ],
  [
    VOV_315537,
    'The consumer price index (CPI) of Hanoi in March increased slightly compared to February but no specific figure has been given, according to a report from the municipal Statistics Office.',
    [],
  ],
  [
    STOCKBIZ_1315316,
    'Việt Nam’s consumer price index (CPI) in January edged up by 0.52 per cent month-on-month, fuelled by high consumer demand for the Lunar New Year or Tết which fell in the same month, the General Statistics Office said on Sunday.',
    [{ ch: [`rate 0.52 ${PREV}`] }],
  ],
  [
    STOCKBIZ_1315316,
    'This month’s CPI increased by 4.89 per cent year-on-year, while the core inflation in January inched up 5.21 per cent.',
    [yoy('4.89'), r('5.21')],
  ],
  [
    STOCKBIZ_1315316,
    'Transport services reported the highest rise of 1.39 per cent, followed by beverage and cigarette with 1.12 per cent.',
    [r('1.39'), r('1.12')],
  ],
  [
    STOCKBIZ_1315316,
    'Meanwhile, the prices of housing and construction materials and education fell by 0.12 and 0.15 per cent, respectively.',
    [r('-0.12'), r('-0.15')],
  ],
  // tourism
  [
    SGGP_46795,
    'According to Vietnam National Administration of Tourism (VNAT) under the Ministry of Culture, Sports and Tourism, 664,985 international tourists arrived in Vietnam in August alone.',
    [{ v: '664985' }],
  ],
  [
    SGGP_46795,
    'The figure showed an increase of 12 percent compared to last month and of 7.5 percent compared to the same period last year, said VNAT on August 26.',
    [{ ch: [`rate 12 ${PREV}`, `rate 7.5 ${SPLY}`] }],
  ],
  [
    SGGP_46795,
    'It is estimated that total international holidaymakers arrived in the Southeast Asian nation in 8 months this year reached 5 million a decrease of 7.5 percent compared to the same period last year.',
    [{ v: '5000000', st: 'estimate', ch: [`rate -7.5 ${SPLY}`] }],
  ],
  [SGGP_46795, 'Meantime domestic arrivals were 45.8 million for the first 8 months this year.', [{ v: '45800000' }]],
  [
    SGGP_46795,
    'Tourists spent VND235,586 billion (US$10.5 billion), a hike of 2.7 percent compared to same period last year.',
    [{ v: '235586000000000', u: 'VND', ch: [`rate 2.7 ${SPLY}`] }],
  ],
  [
    TTR_2022,
    'For the period January-May, GSO counted 365,300 international arrivals, 4.5 times higher than the same period last year but 95 percent lower than the same period of 2019, before the first wave of Covid-19 infections that caused lockdowns worldwide.',
    [{ v: '365300', ch: [`times 4.5 ${SPLY}`, 'rate -95 *'] }],
  ],
  [
    TTR_2022,
    'Vietnam targets around 5 million foreign tourists this year compared to 18 million in 2019 before the Covid-19 first wave of infections.',
    [
      { k: 'target', v: '5000000', a: 'about' },
      { v: '18000000', p: '2019' },
    ],
  ],
  [
    VNINSIDER_2023,
    'According to statistics released by the General Statistics Office on May 29, in the first five months of the year, the number of international visitors to Vietnam reached nearly 4.6 million, nearly 13 times higher than the same period in 2022 and about 63% compared to the same period in 2019.',
    [{ v: '4600000', a: 'under', ch: ['times 13 *', 'ratio 63 *'] }],
  ],
  [
    VNINSIDER_2023,
    'However, in May alone, international arrivals to Vietnam were estimated at 916,300, a 6.9% decrease compared to the previous month.',
    [{ v: '916300', st: 'estimate', ch: [`rate -6.9 ${PREV}`] }],
  ],
  [
    VNINSIDER_2023,
    'Finally, the number of visitors arriving by sea reached 50,900, a 535.5-fold increase compared to the previous year.',
    [{ v: '50900', ch: ['times 535.5 *'] }],
  ],
  [
    VNINSIDER_2023,
    'According to the General Statistics Office, the revenue from accommodation and dining services in the first five months of the year was estimated at 268.3 trillion dong, an increase of 22.1% compared to the same period in 2022.',
    [{ v: '268300000000000', u: 'VND', st: 'estimate', ch: ['rate 22.1 *'] }],
  ],
  [
    VNINSIDER_2023,
    'Additionally, revenue from tour operations also increased by 89.4% compared to the same period, reaching 11.6 trillion dong.',
    [{ v: '11600000000000', u: 'VND', ch: [`rate 89.4 ${SPLY}`] }],
  ],
  [
    BKH_2014,
    'According to the General Statistics Office of Vietnam, in the first seven months of the year, the country welcomed more than 4,8 million international arrivals, an 15.6% increase year-on-year...',
    [{ v: '4800000', a: 'over', ch: [`rate 15.6 ${SPLY}`] }],
  ],
  [
    BKH_2014,
    'The figure in July particularly is nearly 565,000, rising by 4.6% over that in June.',
    [{ v: '565000', a: 'under', ch: [`rate 4.6 ${PREV}`] }],
  ],
  [
    IXORA_2016,
    'According to Saigon Giai Phong, international arrivals to the country have already surpassed 9 million, a 25.4% year-on-year increase from 2015’s 11-month figure.',
    [{ v: '9000000', a: 'over', ch: ['rate 25.4 *'] }],
  ],
  [
    IXORA_2016,
    'Before the year is out, Vietnam is on track to welcome its 10 millionth international visitor, a landmark achievement for the country’s tourism industry.',
    [],
  ],
  // public investment disbursement
  [
    VNP_158250,
    'The capital disbursed in the first seven months is very low, reaching only 32.27 percent of the year’s target.',
    [c('32.27')],
  ],
  [
    VNP_158250,
    'Notably, only 10.96 percent of the foreign capital planned for disbursement this year was allocated.',
    [c('10.96')],
  ],
  [
    VNP_158250,
    'The respective figures in the same period of 2018 were 37.64 percent and 22.63 percent.',
    [c('37.64'), c('22.63')],
  ],
  [
    VNP_158250,
    'Thirty-five ministries and central-level agencies and 26 provincial-level localities had less than 40 percent of their assigned disbursement targets fulfilled.',
    [],
  ],
  [
    VNP_158250,
    'According to the PM’s document, there remains 35.148 trillion VND (1.51 billion USD), or 9.3 percent of the state budget’s investment plan for 2019 approved by the National Assembly, on which allocation plans hasn’t been submitted to the PM by the Ministry of Planning and Investment.',
    [{ v: '35148000000000', u: 'VND' }],
  ],
  [
    VIETNAMVN_2023,
    'The dispatch stated: The disbursement rate of the public investment capital plan in the first 7 months of the year is estimated at 37.85% of the plan assigned by the Prime Minister, higher than the same period in 2022 (34.47%).',
    [{ c: '37.85', st: 'estimate' }, c('34.47')],
  ],
  [
    VIETNAMVN_2023,
    'To achieve the target of disbursing public investment capital this year of more than 95% of the plan, the Prime Minister requested to accelerate the allocation, implementation and disbursement of public investment capital, identifying this as one of the key political tasks, focusing on priority in direction and administration, associated with the responsibilities of the heads of ministries, central agencies and localities.',
    [{ k: 'target', c: '95' }],
  ],
  [
    VOVWORLD_1228837,
    'The result helped the public investment disbursement over the past 8 months reach almost half of the yearly target and grow 23.1% from a year earlier.',
    [yoy('23.1')],
  ],
  [
    VOVWORLD_1228837,
    'To be able to disburse more than 95% as directed by the Prime Minister, ministries and localities need to take more drastic measures to promote the disbursement of public investment capital.',
    [{ k: 'target', c: '95' }],
  ],
  [
    VNECONOMY_PI,
    'The Prime Minister has requested that heads of ministries, agencies, and localities with a public investment disbursement rate of less than 25 per cent identify solutions to speed up the process.',
    [],
  ],
  // trade
  [
    VNE_4199050,
    'Exports grew by 5.4 percent to $254.6 billion and imports by 1.5 percent to $234.5 billion, according to the General Statistics Office.',
    [
      { v: '254600000000', u: 'USD', ch: ['rate 5.4 *'] },
      { v: '234500000000', u: 'USD', ch: ['rate 1.5 *'] },
    ],
  ],
  [VNE_4199050, 'Exports to the EU, Southeast Asia, South Korea, and Japan decreased by 3-10 percent.', []],
  [
    VNE_4199050,
    'But exports to the U.S., which remained Vietnam’s largest customer, rose 25.7 percent to $70 billion, and to China by 16 percent to $43 billion.',
    [
      { v: '70000000000', u: 'USD', ch: ['rate 25.7 *'] },
      { v: '43000000000', u: 'USD', ch: ['rate 16 *'] },
    ],
  ],
  [
    VNE_4199050,
    'China was the largest seller to Vietnam, with imports from that country rising by 8 percent to $73.9 billion.',
    [{ v: '73900000000', u: 'USD', ch: ['rate 8 *'] }],
  ],
  [
    VNE_4199050,
    'Vietnam has been achieving a trade surplus for the last four years, including a record $9.9 billion in 2019.',
    [{ v: '9900000000', u: 'USD', p: '2019' }],
  ],
  [
    VNP_127100,
    'Hanoi (VNA) – Vietnam’s import-export revenue amounted to 57.12 billion USD from the beginning of 2018 to mid-February, up 37.2 percent compared to the same period last year.',
    [{ v: '57120000000', u: 'USD', ch: [`rate 37.2 ${SPLY}`] }],
  ],
  [
    VNP_127100,
    'The foreign-invested sector’s import-export turnover was close to 11 billion USD within the first 15 days of February, down 18.1 percent from the last half of January.',
    [{ v: '11000000000', u: 'USD', a: 'under', ch: [`rate -18.1 ${PREV}`] }],
  ],
  [
    VNP_127100,
    'Vietnam’s total foreign trade value was 425 billion USD in 2017.',
    [{ v: '425000000000', u: 'USD', p: '2017' }],
  ],
  [
    VNP_127100,
    'The value of exports was estimated at 213.77 billion USD, a year-on-year increase of 21 percent, higher than the annual growth rate of 9 percent in export value in 2016.',
    [
      { v: '213770000000', u: 'USD', st: 'estimate', ch: [`rate 21 ${SPLY}`] },
      { ch: ['rate 9 *'], p: '2016' },
    ],
  ],
  [
    VNP_127100,
    'Meanwhile, the value of imports in 2017 was estimated at 211.1 billion USD, 20.8 percent higher than 2016.',
    [{ v: '211100000000', u: 'USD', st: 'estimate', ch: ['rate 20.8 2016'], p: '2017' }],
  ],
  [
    VNP_127100,
    'As a result, the country maintained a trade surplus of about 2.7 billion USD, the same figure as 2016.',
    [{ v: '2700000000', u: 'USD', a: 'about' }],
  ],
  [
    SGGPNEWS_33707,
    'In May, export turnover touched around $11.68 billion and import turnover was at $12.23 billion, up 11.5 percent.',
    [
      { v: '11680000000', u: 'USD', a: 'about' },
      { v: '12230000000', u: 'USD', ch: ['rate 11.5 *'] },
    ],
  ],
  [
    SGGPNEWS_33707,
    'Since the beginning of this year, total imports and exports reached $102.51 billion, up 16.7 percent compared to the same period last year.',
    [{ v: '102510000000', u: 'USD', ch: [`rate 16.7 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_33707,
    'Of which, exports hit $50.65 billion, an increase of 16.7 percent, and imports neared $51.86 billion, an increase of 16.8 percent.',
    [
      { v: '50650000000', u: 'USD', ch: ['rate 16.7 *'] },
      { v: '51860000000', u: 'USD', a: 'under', ch: ['rate 16.8 *'] },
    ],
  ],
  [
    SGT_380523,
    'HCMC – Vietnam had a trade surplus of US$8.62 billion in the first five months of this year, according to the General Department of Vietnam Customs.',
    [{ v: '8620000000', u: 'USD' }],
  ],
  [
    SGT_380523,
    'This year’s trade surplus is lower than in the same period last year, which hit US$10.15 billion.',
    [{ v: '10150000000', u: 'USD' }],
  ],
  [
    SGT_380523,
    'The total value of imports and exports in the January-May period was US$303.94 billion, up by 16%, or nearly US$42 billion, against last year.',
    [{ v: '303940000000', u: 'USD', ch: ['rate 16 *'] }],
  ],
  [
    SGT_380523,
    'Foreign direct investment (FDI) businesses played a crucial role, contributing US$205.4 billion to the total import-export turnover, up by 13.7% year-on-year, or nearly US$25 billion more than the year-ago period.',
    [{ v: '205400000000', u: 'USD', ch: [`rate 13.7 ${SPLY}`] }],
  ],
  [
    SGT_380523,
    'The FDI sector’s exports amounted to US$111.93 billion, up by 13.1% or US$12.95 billion, while its imports rose by 14.5% to US$93.51 billion.',
    [
      { v: '111930000000', u: 'USD', ch: ['rate 13.1 *'] },
      { v: '93510000000', u: 'USD', ch: ['rate 14.5 *'] },
    ],
  ],
  [
    SGT_TRADE_16,
    'HCMC – Vietnam’s trade has amounted to US$305.53 billion so far this year, up by 16.6% versus the same period last year, according to data released by the General Statistics Office of Vietnam.',
    [{ v: '305530000000', u: 'USD', ch: [`rate 16.6 ${SPLY}`] }],
  ],
  [
    SGT_TRADE_16,
    'This month, total trade was estimated at US$66.62 billion, up by 9.1% against the month earlier and up by 22.6% year-on-year.',
    [{ v: '66620000000', u: 'USD', st: 'estimate', ch: [`rate 9.1 ${PREV}`, `rate 22.6 ${SPLY}`] }],
  ],
  [
    SGT_TRADE_16,
    'Exports in May have grown by 5.7% over the previous month and 15.8% year-on-year to US$32.81 billion.',
    [{ v: '32810000000', u: 'USD', ch: [`rate 5.7 ${PREV}`, `rate 15.8 ${SPLY}`] }],
  ],
  [
    SGT_TRADE_16,
    'The domestic sector contributed US$43.69 billion, up by 20.5%, while the foreign-invested sector, including crude oil, accounted for US$113.08 billion, a 13.3% increase.',
    [
      { v: '43690000000', u: 'USD', ch: ['rate 20.5 *'] },
      { v: '113080000000', u: 'USD', ch: ['rate 13.3 *'] },
    ],
  ],
  [
    SGT_TRADE_16,
    'Imports in May have expanded by 12.8% versus April and 29.9% against the same period last year to US$33.81 billion.',
    [{ v: '33810000000', u: 'USD', ch: [`rate 12.8 ${PREV}`, `rate 29.9 ${SPLY}`] }],
  ],
  [
    SGT_TRADE_16,
    'The nation has a trade deficit of US$1 billion this month, but a trade surplus of US$8.01 billion in the January-May period, down by US$2.01 billion compared to the same period last year.',
    [
      { v: '1000000000', u: 'USD' },
      { v: '8010000000', u: 'USD' },
    ],
  ],
  [
    VIETSTOCK_318960,
    'The country’s exports in the four-month period topped $64.4 billion, up 22.8 percent from the same period last year, while imports stood at $61.3 billion, according to the Vietnam News Agency.',
    [
      { v: '64400000000', u: 'USD', ch: [`rate 22.8 ${SPLY}`] },
      { v: '61300000000', u: 'USD' },
    ],
  ],
  [
    VIETSTOCK_318960,
    'This means a total import-export turnover of $125.7 billion, a 17 percent rise year on year, and a trade surplus of $3.1 billion.',
    [
      { v: '125700000000', u: 'USD', ch: [`rate 17 ${SPLY}`] },
      { v: '3100000000', u: 'USD' },
    ],
  ],
  [
    VIETSTOCK_318960,
    'FDI firms raked in $45.9 billion from exports, against imports of $36.5 billion.',
    [
      { v: '45900000000', u: 'USD' },
      { v: '36500000000', u: 'USD' },
    ],
  ],
  [
    VIETSTOCK_318960,
    'Vietnam’s export-import turnover hit a record $400 billion in 2017, representing a fourfold increase from its first-ever $100 billion mark in 2007, the year it joined the World Trade Organization (WTO).',
    [
      { v: '400000000000', u: 'USD', ch: ['times 4 2007'], p: '2017' },
      { v: '100000000000', u: 'USD', p: '2007' },
    ],
  ],
  [
    VIETSTOCK_318960,
    'Vietnam currently has 30 export groups with an annual turnover of at least $1 billion each, including textiles, leather, footwear, coal and crude oil.',
    [],
  ],
  [
    CAND_567546,
    'According to the General Statistics Office (GSO), export turnover reached 99.36 billion USD, down 1.7 percent year-on-year.',
    [{ v: '99360000000', u: 'USD', ch: [`rate -1.7 ${SPLY}`] }],
  ],
  [
    CAND_567546,
    'The domestic sector’s export value was 33.3 billion USD, up 10.4 percent compared to the same period last year, while the FDI sector’s exports, including crude oil, were valued at 66.06 billion USD, down 6.9 percent.',
    [
      { v: '33300000000', u: 'USD', ch: [`rate 10.4 ${SPLY}`] },
      { v: '66060000000', u: 'USD', ch: ['rate -6.9 *'] },
    ],
  ],
  [
    CAND_567546,
    'Import value in the first five months, meanwhile, reached 97.48 billion USD, down 3.8 percent year-on-year, GSO said.',
    [{ v: '97480000000', u: 'USD', ch: [`rate -3.8 ${SPLY}`] }],
  ],
  [
    CAND_567546,
    'Vietnam’s exports to the EU and ASEAN fell 12 percent and 13.4 percent, with turnover of 12.9 billion USD and 9.4 billion USD, respectively.',
    [
      { v: '12900000000', u: 'USD', ch: ['rate -12 *'] },
      { v: '9400000000', u: 'USD', ch: ['rate -13.4 *'] },
    ],
  ],
  [
    CAND_567546,
    'Export turnover in April was just 19.7 billion USD, down 18.4 percent against March and 3.5 percent year-on-year.',
    [{ v: '19700000000', u: 'USD', ch: [`rate -18.4 ${PREV}`, `rate -3.5 ${SPLY}`] }],
  ],
  [
    CAND_567546,
    'After posting solid growth in the first quarter, Vietnam’s trade picture has been affected by the COVID-19 pandemic since April.',
    [],
  ],
  // Hồ Chí Minh City's budget
  [
    VNP_166838,
    'Ho Chi Minh City was assigned to collect 17.5 billion USD for the state budget in 2020, a rise of 1.68 percent compared to last year’s estimates.',
    [{ k: 'target', v: '17500000000', u: 'USD', ch: ['rate 1.68 *'], p: '2020' }],
  ],
  [
    VNP_166838,
    'In 2019, the city’s total state budget collection was estimated at nearly 17.7 billion USD exceeding its estimates by 2.7 percent and representing a year-on-year rise of 8.3 percent.',
    [
      {
        v: '17700000000',
        u: 'USD',
        a: 'under',
        st: 'estimate',
        c: '102.7',
        ch: [`rate 8.3 ${SPLY}`],
        p: '2019',
      },
    ],
  ],
  [VNP_166838, 'Meanwhile, the city gross regional domestic product rose by 8.3 percent year-on-year.', [yoy('8.3')]],
  [
    TALKVN_2020,
    'Of the figure, domestic collection and budget revenue from crude oil are projected to stand at nearly VND 290.83 trillion, up 0.17 percent while import-export activities may contribute VND 115 trillion, an increase of 5.7 percent.',
    [
      { k: 'target', v: '290830000000000', u: 'VND', a: 'under', ch: ['rate 0.17 *'] },
      { k: 'target', v: '115000000000000', u: 'VND', ch: ['rate 5.7 *'] },
    ],
  ],
  [
    TALKVN_2020,
    'Its gross regional domestic product (GRDP) exceeded VND 1.34 quadrillion, up 8.32 percent year-on-year.',
    [{ v: '1340000000000000', u: 'VND', a: 'over', ch: [`rate 8.32 ${SPLY}`] }],
  ],
  [
    TALKVN_2020,
    'Meanwhile, the city spent more than VND 70.93 trillion in the year, or 79.81 percent of its estimate.',
    [{ v: '70930000000000', u: 'VND', a: 'over', c: '79.81' }],
  ],
  [
    VNP_202315,
    'HCM City (VNA) – Ho Chi Minh City’s State budget collection is estimated to hit 174.6 trillion VND (7.57 billion USD) during January-May, equivalent to 49 percent of the yearly estimates and up 22.8 percent year-on-year.',
    [{ v: '174600000000000', u: 'VND', st: 'estimate', c: '49', ch: [`rate 22.8 ${SPLY}`] }],
  ],
  [
    VNP_202315,
    'The figure also represented a rise of 5.7 percent compared to that of the same period of 2019 when the COVID-19 pandemic had yet to break out around the world.',
    [r('5.7')],
  ],
  [
    VNP_202315,
    'Revenue from import-export activities is estimated at 50.9 trillion VND, equal to 47.1 percent of the estimates and up 27.3 percent year-on-year.',
    [{ v: '50900000000000', u: 'VND', st: 'estimate', c: '47.1', ch: [`rate 27.3 ${SPLY}`] }],
  ],
  [
    VNP_202315,
    'Revenue from crude oil is estimated at 5.86 trillion VND, equal to 68.6 percent of the estimates and up 3.2 percent year-on-year.',
    [{ v: '5860000000000', u: 'VND', st: 'estimate', c: '68.6', ch: [`rate 3.2 ${SPLY}`] }],
  ],
  [
    VNP_202315,
    'This year, the largest city of Vietnam is assigned to collect 364.89 trillion VND for the State budget, down 10.1 percent from the 2020 estimates and 1.7 percent compared to last year’s real revenue./.',
    [{ k: 'target', v: '364890000000000', u: 'VND', ch: ['rate -10.1 *', 'rate -1.7 *'] }],
  ],
  [
    VNP_239382,
    'Ho Chi Minh City has collected more than 349.9 trillion VND (14.64 billion USD) in State budget revenue in the first nine months of this year, up 27.7% year-on-year, on the back of soaring revenue from real estate and crude oil, according to data from the municipal statistics office.',
    [{ v: '349900000000000', u: 'VND', a: 'over', ch: [`rate 27.7 ${SPLY}`] }],
  ],
  [VNP_239382, 'The amount was equivalent to 90.5% of the yearly plan.', [c('90.5')]],
  [
    VNP_239382,
    'Nine-month budget revenue from crude oil exports reached over 23.11 trillion VND, up 116% year-on-year and 20% higher than the year’s plan.',
    [{ v: '23110000000000', u: 'VND', a: 'over', c: '120', ch: [`rate 116 ${SPLY}`] }],
  ],
  [
    VNP_239382,
    'Collection from the real estate sector spurred 152.3% year-on-year thanks to the market vibrancy in the early months of the year.',
    [yoy('152.3')],
  ],
  [
    VNP_239382,
    'The southern hub posted a Gross Regional Domestic Products (GRDP) growth of 9.71% during the period, given that the local economy has been witnessing a strong recovery with the GRDP growth hitting more than 30% in the last quarter.',
    [r('9.71'), r('30')],
  ],
  [
    VNP_239382,
    'Yet, HCM City was among the country’s worst performers in public investment disbursement since the disbursement rate only reached 25% of the yearly plan, prompting the city to double efforts to tackle the issues and accelerate the progress./.',
    [c('25')],
  ],
  // goals
  [
    VOVWORLD_1262593,
    'The city’s leaders said that Hai Phong has set high goals for socio-economic growth in the coming year such as expanding its Gross Regional Domestic Product (GRDP) from 11.5% to 12%, improving its industrial production index (IPP) by 15%, and increasing its total state budget collection to 4.35 billion USD, and its foreign investment from 2 to 2.5 billion USD.',
    [
      { k: 'target', ch: ['rate 15 *'] },
      { k: 'target', v: '4350000000', u: 'USD' },
    ],
  ],
  [
    VNP_271823,
    'Under the resolution, next year, the manufacturing-processing sector’s contribution to GDP is hoped to hit 24.1-24.2%.',
    [],
  ],
  [
    VNP_271823,
    'Meanwhile, the agricultural labour force is expected to account for 26.5% of the country’s total workforce and trained workers to make up about 69% of the total.',
    [],
  ],
];

export const FRESH4_EN: readonly RealSentence[] = FRESH4_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-fresh4-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'fresh4',
}));
