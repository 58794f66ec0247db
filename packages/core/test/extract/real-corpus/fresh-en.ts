import type { RealFact, RealSentence } from './types';

/**
 * The FRESH unseen set, English part: sentences copied verbatim from Vietnamese press in English
 * (VNA and VietnamPlus, Vietnam News, VOV, Hanoi Times, The Saigon Times, SGGP, Tuoi Tre News,
 * GSO's English pages) and wire copy, none of them in `en.ts`. Annotated by hand from the
 * sentence alone, with the conventions of `en.ts`: `exceeding the plan by X%` is a completion
 * of 100 + X; `equal to X% of that in the same period` is a ratio; shares (`accounting for X% of
 * total`), absolute changes (`up $160`) and currency restatements in brackets are not facts;
 * ranges (`7 - 7.5%`) state nothing certain; a projection for a coming period is a target, while
 * an expectation of how the current year will close (`is expected to collect … this year`) is an
 * actual, as in `vi.ts` (`Dự kiến đến cuối năm thu ngân sách đạt …`).
 *
 * Its failures are never read while writing rules: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const NNA_2019 = 'https://www.nna.jp/english_contents/news/show/20191004_0002';
const VNP_118877 = 'https://en.vietnamplus.vn/retail-sales-post-significant-increase-in-9-months/118877.vnp';
const VOV_332929 = 'https://english.vov.vn/en/trade/retail-sales-slow-down-over-nine-months-332929.vov';
const VNS_1729066 = 'https://vietnamnews.vn/economy/1729066/retail-sales-growth-remains-stable-over-10-months.html';
const VOV_1141923 =
  'https://english.vov.vn/en/economy/total-retail-sales-of-goods-services-in-11-months-up-88-post1141923.vov';
const VNP_32959 = 'https://en.vietnamplus.vn/retail-sales-reach-84-billion-usd-in-november/32959.vnp';
const VCCI_2007 = 'https://www.vccinews.com/news/9157/.html';
const VCCI_2015 = 'https://vccinews.com/news/31984/.html';
const TBTC_2023 =
  'https://thoibaotaichinhvietnam.vn/state-budget-revenue-nears-770-trillion-vnd-in-five-months-129689.html';
const BAOBINHTHUAN = 'https://en.baobinhthuan.com.vn/export-turnover-goes-up-by-14-2-percent-in-ten-months-90818.html';
const SGGP_2010 = 'https://en.sggp.org.vn/vietnams-export-turnover-reaches-673-billion-in-ten-months-post11320.html';
const VNP_32096 = 'https://en.vietnamplus.vn/vietnams-export-turnover-rises-again/32096.vnp';
const BIZHUB = 'http://bizhub.vn/news/exports-shatterrecord-with-187-billion-in-trade-surplus-gso_319811.html';
const VINACHEM =
  'https://vinachem.com.vn/content/market-and-product-vnc/viet-nams-foreign-trade-exceeds-us610-bln.html';
const VNP_276120 = 'https://en.vietnamplus.vn/2024-expected-to-be-good-year-for-domestic-tourism/276120.vnp';
const MNG = 'https://malaysianewsgazette.com/vietnam-meets-2023-target-of-foreign-visitors';
const ING = 'https://www.indonesianewsgazette.com/vietnam-serves-12-6-million-international-tourists-in-2023/';
const SGGP_TET = 'https://en.sggp.org.vn/localities-report-growth-in-tourist-number-during-tet-holiday-post108174.html';
const VNECONOMY_QN = 'https://en.vneconomy.vn/quang-ninh-welcomes-3-35mln-tourists-in-jan-feb.htm';
const DIENBIEN = 'https://en.baodienbienphu.com.vn/kinh-te/dien-bien-targets-105-grdp-growth-in-2026-Wxfx6vVvR.html';
const VNS_GRDP =
  'https://vietnamnews.vn/economy/1693684/local-governments-adjust-grdp-goals-to-meet-or-exceed-national-growth-target.html';
const EVRIM = 'https://evrimagaci.org/tpg/vietnam-aims-for-8-economic-growth-with-strategic-initiatives-245116';
const VIETMAZ = 'https://www.vietmaz.com/2021/01/ha-noi-outperforms-rest-of-country-leader/';
const VNP_246304 = 'https://en.vietnamplus.vn/vietnam-records-trade-surplus-of-over-112-billion-usd/246304.vnp';
const VOV_2015 = 'https://english.vov.vn/en/economy/hanoi-budget-income-exceeds-2015-goal-308751.vov';
const HANOITIMES = 'https://m.hanoitimes.vn/hanoi-economy-sustains-higher-growth-in-2024-328695.html';
const LAODONG =
  'https://news.laodong.vn/kinh-doanh/thu-ngan-sach-ky-luc-ha-noi-tang-toc-45-ngay-dem-ve-dich-tang-truong-tren-8-1606323.ldo';
const SAIGONTIMES = 'https://english.thesaigontimes.vn/?p=391474';
const EINPRESS_2024 =
  'https://www.einpresswire.com/article/685553465/disbursement-of-public-funds-in-2023-meets-93-12-of-target';
const GSO_EN_2023 =
  'https://www.gso.gov.vn/en/data-and-statistics/2024/02/socio-economic-situation-in-the-fourth-quarter-and-2023/';
const TUOITRE =
  'https://tuoitrenews.vn/news/business/20231229/vietnams-gdp-expands-505-percent-in-2023-stats-office/77555.html';
const VNP_275600 = 'https://en.vietnamplus.vn/afternoon-briefing-on-december-29/275600.vnp';
const VTV_2019 =
  'https://english.vtv.vn/news/hanoi-records-735-percent-economic-growth-in-first-three-quarters-20191101014103921.htm';
const VCCI_HANOI = 'https://vccinews.com/prode/2390/.html';
const VNP_247541 = 'https://en.vietnamplus.vn/2023-a-promising-year-for-tourism-official/247541.vnp';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });

/** English: Vietnamese press in English, GSO's English pages, and wire copy of VNA. */
export const FRESH_EN_ROWS: readonly Row[] = [
  [
    NNA_2019,
    'Vietnam’s total revenue from retail trade and services in the first nine months of this year reached 3.6 quadrillion VND (around 155.3 billion USD), 11.6 percent over the same period last year.',
    [{ v: '3600000000000000', u: 'VND', ch: [`rate 11.6 ${SPLY}`] }],
  ],
  [
    NNA_2019,
    'If the price factor was excluded, the total revenue rose by 9.2 percent year on year, higher than the rate of 9.1 percent recorded in the first nine months of 2018, according to the General Statistics Office (GSO).',
    [{ ch: [`rate 9.2 ${SPLY}`] }, { ch: ['rate 9.1 *'], p: '2018-YTD-09' }],
  ],
  [
    NNA_2019,
    'According to the GSO, total revenue from retail trade and services in September was estimated at 420.3 trillion VND, up 1.7 percent month on month, and up 12.7 percent year on year.',
    [{ v: '420300000000000', u: 'VND', st: 'estimate', ch: [`rate 1.7 ${PREV}`, `rate 12.7 ${SPLY}`] }],
  ],
  [
    NNA_2019,
    'For the third quarter of 2019, total revenue reached 1.2 quadrillion VND, up 3.5 percent compared to the previous quarter, and up 12.2 percent year on year.',
    [{ v: '1200000000000000', u: 'VND', ch: [`rate 3.5 ${PREV}`, `rate 12.2 ${SPLY}`], p: '2019-Q3' }],
  ],
  [
    NNA_2019,
    'Many industries enjoyed growth including cultural goods and education (17.4 percent); food and foodstuffs (15.4 percent); household appliances, tools, and equipment (13 percent); garments (12 percent); and transportation (10.2 percent).',
    [r('17.4'), r('15.4'), r('13'), r('12'), r('10.2')],
  ],
  [
    VNP_118877,
    'The latest updates revealed that the total retail sale jumped by 10.5 percent over the same period last year, and 9.2 percent if inflation was excluded, with a value touching more than 2.9 quadrillion VND (129.6 billion USD).',
    [{ v: '2900000000000000', u: 'VND', a: 'over', ch: [`rate 10.5 ${SPLY}`] }, r('9.2')],
  ],
  [
    VNP_118877,
    'In comparison, the increases were 8.9 percent in the eight-month and 8.7 percent in the seven-month periods, and 8.4 percent in the first half of this year.',
    [r('8.9'), r('8.7'), r('8.4')],
  ],
  [VNP_118877, 'The country’s GDP grew 6.41 percent from January to September.-VNA', [r('6.41')]],
  [
    VOV_332929,
    'The total revenue from retail trade and services topped US$118.4 billion during the first nine months of this year, surging 9.5 percent year-on-year, according to the General Statistics Office (GSO).',
    [{ v: '118400000000', u: 'USD', a: 'over', ch: [`rate 9.5 ${SPLY}`] }],
  ],
  [
    VOV_332929,
    'Excluding inflation, the increase would be 7 percent, lower than the 9.2 percent seen in the same period last year, GSO said.',
    [r('7'), r('9.2')],
  ],
  [
    VOV_332929,
    'Meanwhile, retail sales in accommodation, restaurant and catering services, which accounted for 10 percent of the total, posted a revenue of 13.64 billion USD, a yearly rise of 8.3 percent.',
    [{ v: '13640000000', u: 'USD', ch: [`rate 8.3 ${SPLY}`] }],
  ],
  [
    VOV_332929,
    'The country’s retail turnover is expected to rise to 179 billion USD by 2020, the Association of Vietnam Retailers (AVR) has forecast.',
    [{ k: 'target', v: '179000000000', u: 'USD', p: '2020' }],
  ],
  [
    VNS_1729066,
    'HÀ NỘI — The total retail sales of goods and consumer service revenue were estimated at VNĐ598.4 trillion (US$23 billion) last month, up 0.2 per cent compared to the previous month and 7.2 per cent compared to the same period last year.',
    [{ v: '598400000000000', u: 'VND', st: 'estimate', ch: [`rate 0.2 ${PREV}`, `rate 7.2 ${SPLY}`] }],
  ],
  [
    VNS_1729066,
    'Đà Nẵng grew by 9.4 per cent, Cần Thơ by 8.7 per cent, while HCM City and Hải Phòng both increased by 8.3 per cent and Hà Nội by 8 per cent.',
    [r('9.4'), r('8.7'), r('8.3'), r('8.3'), r('8')],
  ],
  [
    VOV_1141923,
    'Vietnam’s total retail sales of consumer goods and services saw a year-on-year increase of 8.8% to more than VND5.8 quadrillion (US$228.4 billion) in January – November, according to the General Statistics Office (GSO).',
    [{ v: '5800000000000000', u: 'VND', a: 'over', ch: [`rate 8.8 ${SPLY}`] }],
  ],
  [
    VOV_1141923,
    'Tourism services demonstrated exceptional performance, with an estimated 17.3% growth in revenue, totaling VND57.5 trillion, as localities have scaled up tourism promotion activities from the outset of the year.',
    [{ v: '57500000000000', u: 'VND', st: 'estimate', ch: ['rate 17.3 *'] }],
  ],
  [
    VNP_32959,
    'During the past 11 months, trade activities contributed 78.8 percent to the total retail value, a rise of 26.3 percent against the same period last year.',
    [{ ch: [`rate 26.3 ${SPLY}`] }],
  ],
  [
    VCCI_2007,
    'Vietnam’s state budget revenue is estimated to have reached roughly VND40 trillion (US$2.5 billion) in the first two months, up 17.5 per cent on year, local Hai Quan (Customs) newspaper reported Tuesday.',
    [{ v: '40000000000000', u: 'VND', a: 'about', st: 'estimate', ch: [`rate 17.5 ${SPLY}`] }],
  ],
  [
    VCCI_2007,
    'This year, Ministry of Finance is set to achieve state budget revenue growth of 1.2 per cent, Ninh said.',
    [{ k: 'target', ch: ['rate 1.2 *'] }],
  ],
  [
    VCCI_2015,
    'Regarding government expenditure, total expenditure in March was estimated at VND87.7 trillion; accumulated spending in the first quarter was estimated at VND263.3 trillion, 23 percent of the estimate, up 12.3 percent over the same period of 2014.',
    [
      { v: '87700000000000', u: 'VND', st: 'estimate' },
      { v: '263300000000000', u: 'VND', st: 'estimate', c: '23', ch: ['rate 12.3 *'] },
    ],
  ],
  [
    TBTC_2023,
    'State budget collection in the January-May period was estimated at over 769.6 trillion VND (32.75 billion USD), equivalent to 47.5% of the estimates for the whole year, the Ministry of Finance reported on June 8.',
    [{ v: '769600000000000', u: 'VND', a: 'over', st: 'estimate', c: '47.5' }],
  ],
  [
    TBTC_2023,
    'Meanwhile, 653.1 trillion VND from the state budget was spent in the period, representing 31.5% of this year’s plan, and rising by 10.9% year-on-year, statistics show.',
    [{ v: '653100000000000', u: 'VND', c: '31.5', ch: [`rate 10.9 ${SPLY}`] }],
  ],
  [
    TBTC_2023,
    'The domestic collection in the first five months was equal to 97.1% of that recorded in the same period last year.',
    [{ ch: [`ratio 97.1 ${SPLY}`] }],
  ],
  [
    TBTC_2023,
    'The ministry said 17 out of the 63 provinces and centrally-run cities recorded state budget revenue topping 48% of this year’s targets.',
    [],
  ],
  [
    BAOBINHTHUAN,
    'Many key exports gained high growth, with mobile phones and spare parts reaching 40.7 billion USD, garments and textiles 25.2 billion USD and computer and electronic spare parts 24.3 billion USD, year-on-year rises of 10.6 percent, 17.1 percent and 15.2 percent, respectively.',
    [
      { v: '40700000000', u: 'USD', ch: [`rate 10.6 ${SPLY}`] },
      { v: '25200000000', u: 'USD', ch: [`rate 17.1 ${SPLY}`] },
      { v: '24300000000', u: 'USD', ch: [`rate 15.2 ${SPLY}`] },
    ],
  ],
  [
    BAOBINHTHUAN,
    'However, crude oil exports in the period fell in both value and volume compared to the same period last year, reaching only 1.8 billion USD, down 24.8 percent in value and 45.4 percent in volume.',
    [{ v: '1800000000', u: 'USD', ch: [`rate -24.8 ${SPLY}`] }, { ch: ['rate -45.4 *'] }],
  ],
  [
    BAOBINHTHUAN,
    'It was followed by the EU, China, ASEAN, Japan and the Republic of Korea, with respective revenues of 34.9 billion USD, 32.1 billion USD, 20.6 billion USD, 15.3 billion USD and 15 billion USD.',
    [
      { v: '34900000000', u: 'USD' },
      { v: '32100000000', u: 'USD' },
      { v: '20600000000', u: 'USD' },
      { v: '15300000000', u: 'USD' },
      { v: '15000000000', u: 'USD' },
    ],
  ],
  [
    BAOBINHTHUAN,
    'The GSO warned that the trade war between the US and China could affect the country’s import and export activities, so measures are needed to minimise these impacts.',
    [],
  ],
  [
    SGGP_2010,
    'Vietnam’s export turnover is estimated to reach US$6.25 billion in October, bringing the total export turnover in the past ten months to $67,278 million, up to 23.3 percent against the same period last year, according to the General Statistics Office (GSO).',
    [
      { v: '6250000000', u: 'USD', st: 'estimate' },
      { v: '67278000000', u: 'USD', ch: [`rate 23.3 ${SPLY}`] },
    ],
  ],
  [
    SGGP_2010,
    'Of total turnover, businesses with foreign direct investment represented $31.4 billion, up over 25.8 per cent against the same period in 2009.',
    [{ v: '31400000000', u: 'USD', ch: ['rate 25.8 *'] }],
  ],
  [
    VNP_32096,
    'The General Statistics Office announced that the country earned an export turnover of more than 78 billion USD in the Jan.-Oct. period, a year-on-year rise of 34.6 percent.',
    [{ v: '78000000000', u: 'USD', a: 'over', ch: [`rate 34.6 ${SPLY}`] }],
  ],
  [
    VNP_32096,
    'At the second session of the 13 th NA, the Government estimated that the country’s export revenues will reach 95 billion USD this year, a year-on-year rise of 31.6 percent, while its trade deficit will make up 10.5 percent of the total export turnover, equivalent to 10 billion USD./.',
    [
      { v: '95000000000', u: 'USD', st: 'estimate', ch: [`rate 31.6 ${SPLY}`] },
      { v: '10000000000', u: 'USD' },
    ],
  ],
  [
    BIZHUB,
    'In October alone, export value was estimated at $26.7 billion, down 1.7 per cent month-on-month but up 9.9 per cent year-on-year.',
    [{ v: '26700000000', u: 'USD', st: 'estimate', ch: [`rate -1.7 ${PREV}`, `rate 9.9 ${SPLY}`] }],
  ],
  [
    BIZHUB,
    'Light industry and handicrafts, meanwhile, reported revenue of $81.8 billion, up 1.5 per cent; agro-forestry $16.8 billion, down 1.5 per cent; and fisheries $6.9 billion, down 2.5 per cent.',
    [
      { v: '81800000000', u: 'USD', ch: ['rate 1.5 *'] },
      { v: '16800000000', u: 'USD', ch: ['rate -1.5 *'] },
      { v: '6900000000', u: 'USD', ch: ['rate -2.5 *'] },
    ],
  ],
  [
    BIZHUB,
    'During the 10-month period, 31 goods earned over $1 billion each from exports, accounting for 91.8 per cent of the total.',
    [],
  ],
  [
    VINACHEM,
    "As of October 15, Viet Nam's trade with the rest of the world hit US$610.57 billion, up 16.4 percent (or US$85.82 billion) against the same period last year, reported the General Department of Customs.",
    [{ v: '610570000000', u: 'USD', ch: [`rate 16.4 ${SPLY}`] }],
  ],
  [
    VINACHEM,
    "The country's GDP rose from US$346 billion in 2020 to US$433 billion in 2023, respectively becoming the 37th and 34th largest economy in the world.",
    [
      { v: '346000000000', u: 'USD', p: '2020' },
      { v: '433000000000', u: 'USD', p: '2023' },
    ],
  ],
  [
    VNP_276120,
    'Last year, Vietnam received 12.6 million foreign arrivals, 3.5 times higher than 2022, exceeding the target set at the beginning of the year by 57%.',
    [{ v: '12600000', c: '157', ch: ['times 3.5 2022'] }],
  ],
  [
    MNG,
    'Meanwhile, the number of domestic tourists is forecasted to reach 108 million, exceeding the yearly target by 5.8%.',
    [{ v: '108000000', c: '105.8' }],
  ],
  [
    MNG,
    'The total revenue from tourism is estimated at 672 trillion VND (28 billion USD), exceeding the plan by 3.38%.',
    [{ v: '672000000000000', u: 'VND', st: 'estimate', c: '103.38' }],
  ],
  [
    MNG,
    'The initial target of international arrivals set for the year was 8 million but later revised up to 12.5 – 13 million.',
    [{ k: 'target', v: '8000000' }],
  ],
  [
    ING,
    'Hanoi: About 12.6 million international tourists have visited Vietnam this year, a 3.4-fold rise from 2022, surpassing the target of 8 million set earlier, the General Statistics Office (GSO) reported on December 29.',
    [
      { v: '12600000', a: 'about', ch: ['times 3.4 2022'] },
      { k: 'target', v: '8000000' },
    ],
  ],
  [
    SGGP_TET,
    'In the period, the Mekong Delta province of Ben Tre served more than 90,600 tourists, including 10,000 foreigners, up 39 percent and 20 percent year-on-year, respectively.',
    [
      { v: '90600', a: 'over', ch: [`rate 39 ${SPLY}`] },
      { v: '10000', ch: [`rate 20 ${SPLY}`] },
    ],
  ],
  [
    SGGP_TET,
    'Its revenue from tourism totaled at VND1.12 trillion, a 7.2-fold increase compared to that of the same period last year.',
    [{ v: '1120000000000', u: 'VND', ch: [`times 7.2 ${SPLY}`] }],
  ],
  [
    SGGP_TET,
    'The locality is striving to welcome 9.2 million visitors, and earn VND20 trillion from tourism activities this year.',
    [
      { k: 'target', v: '9200000' },
      { k: 'target', v: '20000000000000', u: 'VND' },
    ],
  ],
  [
    VNECONOMY_QN,
    'Northern Quang Ninh province welcomed 3.35 million tourists in the first two months of 2023, double the figure in the same period last year.',
    [{ v: '3350000', ch: [`times 2 ${SPLY}`], p: '2023-YTD-02' }],
  ],
  [
    VNECONOMY_QN,
    'The province has set a target of welcoming 15 million tourists this year, including 2 million foreign visitors.',
    [
      { k: 'target', v: '15000000' },
      { k: 'target', v: '2000000' },
    ],
  ],
  [
    VNECONOMY_QN,
    'Turnover is expected to top VND32.4 trillion ($1.36 billion).',
    [{ k: 'target', v: '32400000000000', u: 'VND', a: 'over' }],
  ],
  [
    DIENBIEN,
    'In 2025, the socio-economic development and national defense - security situation of the province achieved positive results with 21/26 main targets met and exceeded the plan assigned at the beginning of the year.',
    [],
  ],
  [
    DIENBIEN,
    'Industry grew fairly well, the index of industrial production (IIP) increased by 10.35% compared to the previous year; total retail sales of goods and consumer service revenue increased by 11.61% compared to 2024; budget revenue in the area increased by 31.74% compared to the previous year...',
    [{ ch: ['rate 10.35 *'] }, { ch: ['rate 11.61 2024'] }, { ch: ['rate 31.74 *'] }],
  ],
  [
    DIENBIEN,
    'Of which: GRDP strives to reach 10.5%; GRDP per capita reaches over VND 60 million; economic structure shifts towards increasing the proportion of industry - construction and services; index of industrial production (IIP) increases by 18.52%; striving to welcome over 1.6 million tourist arrivals, total revenue from tourists reaches over VND 2,880 billion; poverty rate reduces by 3%...',
    [
      { k: 'target', ch: ['rate 10.5 *'] },
      { k: 'target', v: '60000000', u: 'VND', a: 'over' },
      { k: 'target', ch: ['rate 18.52 *'] },
      { k: 'target', v: '1600000', a: 'over' },
      { k: 'target', v: '2880000000000', u: 'VND', a: 'over' },
    ],
  ],
  [
    VNS_GRDP,
    "As secretary of Hải Dương's Provincial Party Committee Trần Đức Thắng noted, although the Government’s target for Hải Dương is 10.2 per cent, the province is determined to achieve 12 per cent growth.",
    [
      { k: 'target', ch: ['rate 10.2 *'] },
      { k: 'target', ch: ['rate 12 *'] },
    ],
  ],
  [
    VNS_GRDP,
    'Similarly, Vĩnh Phúc has set a target of 10–11 per cent growth, higher than the 9 per cent quota assigned by the Government.',
    [{ k: 'target', ch: ['rate 9 *'] }],
  ],
  [
    VNS_GRDP,
    'Provinces like Quảng Ninh, Hải Dương, Bình Dương and Bà Rịa – Vũng Tàu have set their own targets that exceed these quotas by between 0.1 and 2.5 percentage points.',
    [],
  ],
  [
    EVRIM,
    'By February 27, 2025, the province reported state budget revenues reaching 5,006 billion VND, which accounts for 20.77% of estimates.',
    [{ v: '5006000000000', u: 'VND', c: '20.77' }],
  ],
  [
    EVRIM,
    'The local government managed to exceed its budget revenues for 2024, rising 22.5% above estimates, thanks to effective measures for revenue collection.',
    [{ c: '122.5', p: '2024' }],
  ],
  [
    EVRIM,
    'For 2025, the province has been tasked with achieving 24,100 billion VND in state budget revenues, with local revenues set at 21,450 billion VND and import-export earnings at about 2,650 billion VND.',
    [
      { k: 'target', v: '24100000000000', u: 'VND', p: '2025' },
      { k: 'target', v: '21450000000000', u: 'VND' },
      { k: 'target', v: '2650000000000', u: 'VND', a: 'about' },
    ],
  ],
  [
    VIETMAZ,
    '“In 2020, the total State budget revenue in the city is estimated at VNĐ279.3 trillion (US$1.2 billion), reaching more than 100 per cent of the city’s plan, increasing 3.5 per cent compared to the implementation in 2019,” Anh told an online conference this week.',
    [{ v: '279300000000000', u: 'VND', st: 'estimate', c: '100', ch: ['rate 3.5 2019'], p: '2020' }],
  ],
  [
    VNP_246304,
    'Ho Chi Minh City’s total budget collection topped 471.5 trillion VND (nearly 20 billion USD) as of December 28, or equivalent to 121.99% of the estimate and up 23.6% year on year, reported Director of the municipal Department of Finance Le Duy Minh at a conference on the same day.',
    [{ v: '471500000000000', u: 'VND', a: 'over', c: '121.99', ch: [`rate 23.6 ${SPLY}`] }],
  ],
  [
    VNP_246304,
    'Hanoi recorded year-on-year growth of 8.89% in gross regional domestic product (GRDP) in 2022, higher than the target of 7 - 7.5%, according to the municipal Statistics Office.',
    [{ ch: [`rate 8.89 ${SPLY}`], p: '2022' }],
  ],
  [
    VOV_2015,
    'Hanoi is expected to collect nearly VND147 trillion (US$6.5 billion) for the State budget since the beginning of the year, completing 103% of the yearly target.',
    [{ v: '147000000000000', u: 'VND', a: 'under', c: '103' }],
  ],
  [
    VOV_2015,
    'According to a report by the committee, State budget expenditure was estimated at VND70 trillion (US$3.1 billion), meeting 118% of the annual forecast.',
    [{ v: '70000000000000', u: 'VND', st: 'estimate', c: '118' }],
  ],
  [
    VOV_2015,
    'The city strives to record a gross regional domestic product (GRDP) growth of between 8.5% and 9%, and a GRDP per capita ranging from VND85 million and VND87 million (US$3,772-US$3,861) in 2016.',
    [],
  ],
  [
    HANOITIMES,
    'Total state budget revenue is estimated at 120.5% of the forecast, or approximately $20.2 billion, of which domestic revenue accounts for around $18.9 billion, representing 93.8% of total revenue.',
    [
      { v: '20200000000', u: 'USD', a: 'about', st: 'estimate', c: '120.5' },
      { v: '18900000000', u: 'USD', a: 'about' },
    ],
  ],
  [HANOITIMES, 'The average consumer price index for the year is estimated to range between 4.2% and 4.6%.', []],
  [
    LAODONG,
    'Gross regional domestic product (GRDP) in the first 9 months of 2025 increased by 7.92%; in the third quarter alone, it increased by 8.2%.',
    [{ ch: ['rate 7.92 *'], p: '2025-YTD-09' }, r('8.2')],
  ],
  [
    LAODONG,
    'Accumulated budget revenue as of November 6 reached VND 583,000 billion (113.5% of the estimate), up 37% over the same period in 2024 - the highest increase in 5 years.',
    [{ v: '583000000000000', u: 'VND', c: '113.5', ch: ['rate 37 *'] }],
  ],
  [
    LAODONG,
    'FDI reached 3.9 billion USD, 2.3 times higher than the same period.',
    [{ v: '3900000000', u: 'USD', ch: [`times 2.3 ${SPLY}`] }],
  ],
  [
    LAODONG,
    'Bank credit grew strongly, outstanding loans reached VND5.5 million billion (up 22.76%).',
    [{ v: '5500000000000000', u: 'VND', ch: ['rate 22.76 *'] }],
  ],
  [
    SAIGONTIMES,
    'HCMC – The disbursement rate of public investment capital has reached 40.6% of the full-year plan so far this year, at a total of VND301.5 trillion.',
    [{ v: '301500000000000', u: 'VND', c: '40.6' }],
  ],
  [
    SAIGONTIMES,
    'Data from the General Statistics Office (GSO) indicated that the disbursement rate in the first seven months of the year was 2.3% higher than in the same period last year.',
    [],
  ],
  [
    SAIGONTIMES,
    'However, the July figure of VND57.6 trillion was still a 1.6% decrease versus July 2023.',
    [{ v: '57600000000000', u: 'VND', ch: ['rate -1.6 *'] }],
  ],
  [
    SAIGONTIMES,
    'Meanwhile, local authority-managed investment disbursement has amounted to VND249.6 trillion, making up 39.8% of the annual plan and reflecting a 3.6% year-on-year increase.',
    [{ v: '249600000000000', u: 'VND', c: '39.8', ch: [`rate 3.6 ${SPLY}`] }],
  ],
  [
    EINPRESS_2024,
    'In January, over VNĐ16.9 trillion in public capital was disbursed, accounting for 2.58% of the Government’s plan.',
    [{ v: '16900000000000', u: 'VND', a: 'over', c: '2.58' }],
  ],
  [
    EINPRESS_2024,
    'The ministry said on February 1 that some VNĐ88.28 trillion was disbursed for the socio-economic recovery and development programme, or 66.4% of the plan.',
    [{ v: '88280000000000', u: 'VND', a: 'about', c: '66.4' }],
  ],
  [
    GSO_EN_2023,
    'GDP in 2023 was estimated to increase by 5.05% compared to the previous year, only higher than the growth rate of 2020 and 2021 in the period 2011-2023[2].',
    [{ st: 'estimate', ch: ['rate 5.05 *'], p: '2023' }],
  ],
  [
    GSO_EN_2023,
    'In the increase in total added value of the entire economy, the agriculture, forestry and fishery sector increased by 3.83%, contributing 8.84%; the industry and construction sector increased by 3.74%, contributing 28.87%; the service sector increased by 6.82%, contributing 62.29%.',
    [r('3.83'), r('3.74'), r('6.82')],
  ],
  [
    TUOITRE,
    'Vietnam’s gross domestic product (GDP) grew 5.05 percent this year, lower than its target of 6.5 percent, according to the General Statistics Office (GSO).',
    [r('5.05'), { k: 'target', ch: ['rate 6.5 *'] }],
  ],
  [
    TUOITRE,
    'Q4 economic growth was also higher than in previous quarters of the year, specifically 3.41, 4.25, and 5.47 percent in the first, second, and third quarters, respectively.',
    [r('3.41'), r('4.25'), r('5.47')],
  ],
  [
    TUOITRE,
    'Retail sales of goods and services totaled VND6,200 trillion ($255.5 billion) in 2023, picking up 9.6 percent over the previous year.',
    [{ v: '6200000000000000', u: 'VND', ch: ['rate 9.6 *'], p: '2023' }],
  ],
  [
    VNP_275600,
    'Nguyen Thi Huong, head of the GSO, told a press conference in Hanoi that the index in the fourth quarter went up 3.54% from the corresponding time last year, and that in December increased 0.12% month-on-month and 3.58% year-on-year.',
    [{ ch: [`rate 3.54 ${SPLY}`] }, { ch: [`rate 0.12 ${PREV}`, `rate 3.58 ${SPLY}`] }],
  ],
  [
    VTV_2019,
    'Hanoi also collected around VND185 trillion (nearly US$8 billion at current exchange rate) for the State budget, up 14.3 percent from the same period last year and meeting 70.3 percent of estimate.',
    [{ v: '185000000000000', u: 'VND', a: 'about', c: '70.3', ch: [`rate 14.3 ${SPLY}`] }],
  ],
  [
    VCCI_HANOI,
    'Despite changes in mechanisms and policies, the city’s budget revenue reached VND11,600 billion (US$738.853 million), equal to 50.6 per cent of the yearly estimates and up 26.1 per cent against that of the same period last year.',
    [{ v: '11600000000000', u: 'VND', c: '50.6', ch: [`rate 26.1 ${SPLY}`] }],
  ],
  [
    VCCI_HANOI,
    'This was driven by an increase of 27.8 per cent in domestic revenues and 15.6 per cent in customs revenues.',
    [r('27.8'), r('15.6')],
  ],
  [
    VNP_247541,
    'Tourism revenue during the month was estimated at 2.2 trillion VND (95.6 million USD), up 113.4% annually.',
    [{ v: '2200000000000', u: 'VND', st: 'estimate', ch: [`rate 113.4 ${SPLY}`] }],
  ],
  [VNP_247541, 'Of them, 91.9% travelled by air, 7.5% by road, and 0.6% by sea.', []],
];

export const FRESH_EN: readonly RealSentence[] = FRESH_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-fresh-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  // every second sentence (odd index) was released to the rule writers on 1 December 2026 after
  // the whole set was scored once; the other half stays held out, never read by them
  split: i % 2 === 1 ? 'seen' : 'fresh',
}));
