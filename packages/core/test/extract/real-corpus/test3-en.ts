import type { RealFact, RealSentence } from './types';

/**
 * The THIRD fresh unseen set (`test3`), English part: sentences copied verbatim from Vietnamese
 * press in English (VNA and VietnamPlus, Hanoi Times, Nhân Dân English, VnExpress International,
 * Thời báo Tài chính Việt Nam English, VCCI news) and wire copy (Xinhua Silk Road, ScandAsia), on
 * rice and seafood exports, electricity output, the State budget, Hanoi's economy, retail and
 * tourism, from articles that are in none of `en.ts`, `vi.ts`, `fresh-*.ts`, `test2-*.ts`.
 * Also GSO English releases, Saigon Giai Phong English, einpresswire copies of Vietnam News, customs
 * figures for 2025 and tourism results of 2023-2024 (years 2009-2025, most 2019-2025).
 * Annotated by hand from the sentence alone, with the conventions of those files: `X percent of
 * the estimate/target` is a completion, `X% higher than the year's target` is 100 + X; `equivalent
 * to only 65% of that in the same period last year` is a ratio; `up N times` is a multiple;
 * `annually`, `on year`, `from a year earlier`, `year on year` are the same period last year,
 * `month-on-month`, `quarter-on-quarter`, `over August` (of September) the previous period;
 * shares (`accounting for X%`), contributions in percentage points, absolute changes (`down 200,000
 * tons`), currency restatements in brackets and ranges (`8.6 to 8.8%`) are not facts; `over`,
 * `more than` X is a lower bound (`a: 'over'`), `nearly` an upper bound, `about`/`some` an
 * approximation; a comparison figure of another period (`higher than the 7.01% growth recorded in
 * the same period last year`) is its own fact; a goal (`aims to export`, `planned investment
 * capital`) is a target, while how the current year is estimated to close is an actual. Glued
 * words of the source (`increasedby`, `billionkWh`) are kept as printed.
 *
 * Written by someone who never read the extractor; its failures are never printed, and the
 * extractor's authors never read them: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VNP_169835 = 'https://en.vietnamplus.vn/vietnams-rice-exports-increase-27-percent/169835.vnp';
const VNP_169775 =
  'https://en.vietnamplus.vn/vietnams-rice-exports-increase-27-percent-in-first-two-months-of-2020/169775.vnp';
const VNP_174357 = 'https://en.vietnamplus.vn/rice-exports-grow-in-both-volume-and-value/174357.vnp';
const VNP_153941 = 'https://en.vietnamplus.vn/vietnams-fivemonth-rice-exports-drop/153941.vnp';
const VNP_130533 = 'https://en.vietnamplus.vn/rice-exports-bring-home-11-billion-usd-in-janapr/130533.vnp';
const VNE_3387990 =
  'https://e.vnexpress.net/news/business/markets/vietnam-sets-three-million-tons-of-rice-export-target-3387990.html';
const HT_45866 = 'https://m.hanoitimes.vn/hanoi-grdp-grows-735-in-jan-sep-45866.html';
const HT_46603 = 'http://hanoitimes.vn/hanoi-economic-growth-maintains-upward-trend-in-h1-46603.html';
const VNP_249164 = 'https://en.vietnamplus.vn/hanois-retail-service-revenue-up-123-in-two-months/249164.vnp';
const VNP_287976 = 'https://en.vietnamplus.vn/hanois-economy-shows-strong-growth-in-five-months-post287976.vnp';
const XSR_58112 = 'https://en.imsilkroad.com/p/58112.html';
const VNP_123197 =
  'https://betaen.vietnamplus.vn/evn-reports-8-percent-rise-in-11-month-electricity-output-post123197.vnp';
const VCCI_17869 = 'https://vccinews.com/news/17869/.html';
const VCCI_18527 = 'https://vccinews.com/news/18527/.html';
const VNP_30310 = 'https://en.vietnamplus.vn/seafood-exports-hit-31-billion-usd-in-7-months/30310.vnp';
const SCANDASIA_SEAFOOD =
  'https://scandasia.com/vietnam-seafood-exports-break-2022-record-is-the-world-third-largest-exporter/';
const VNP_115622 = 'http://en.vietnamplus.vn/seafood-exports-estimated-at-8-bln-usd-in-2017/115622.vnp';
const TBTC_121331 =
  'https://thoibaotaichinhvietnam.vn/januarys-state-budget-revenue-estimated-at-778-billion-usd-121331.html';
const ND_7116602 = 'https://en.nhandan.vn/business/item/7116602-state-budget-revenue-rises-7-5-in-january.html';
const ND_8005202 = 'https://en.nhandan.org.vn/business/economy/item/8005202-capital-s-economy-on-the-rise.html';

const HT_20118 = 'https://hanoitimes.vn/fdi-disbursement-increases-slightly-20118.html';
const GGR_2024 = 'https://www.ggrasia.com/vietnam-aims-to-attract-17mln-international-visitors-in-2024/';
const MENAFN_2024 = 'https://menafn.com/1107815336/Vietnam-Eyes-18M-Intl-Visitors-In-2024';
const VNINSIDER_2024 =
  'https://vietnaminsider.vn/vietnam-aims-to-welcome-17-18-million-international-visitors-by-2024/';
const SGGP_107620 =
  'https://en.sggp.org.vn/vietnam-hopes-to-welcome-17-18-million-tourist-arrivals-this-year-post107620.html';
const SGGP_114792 =
  'https://en.sggp.org.vn/vietnams-tourism-industry-aims-to-greet-22-23-million-intl-visitors-in-2025-post114792.html';
const SGGP_107888 =
  'https://en.sggp.org.vn/tourism-contributes-significantly-to-socioeconomic-recovery-in-2023-post107888.html';
const GSO_IIP_2023_02 =
  'https://www.gso.gov.vn/en/data-and-statistics/2024/05/index-of-industrial-production-in-february-of-2023-2/';
const VINACHEM_IIP = 'https://vinachem.com.vn/content/news-vnc/vn-industrial-production-grows-5-7-in-five-months.html';
const EIN_653422276 =
  'https://www.einpresswire.com/article/653422276/vn-industrial-production-keeps-improving-in-august-2023';

const HKBAV_2025 =
  'https://www.hkbav.org/vietnam-s-import-export-value-rises-17-3-in-first-nine-months-of-2025_news25297';
const XETODAY_2025 =
  'https://xe.today/2025/10/08/u-s-vietnam-trade-ministry-of-industry-and-trade-provides-updates-on-countervailing-duty-negotiations';
const VIETSTOCK_2025 =
  'https://en.vietstock.vn/2025/10/vietnam8217s-2025-trade-turnover-could-surpass-900-billion-38-622044.htm';
const VNE_4685498 = 'https://e.vnexpress.net/news/business/economy/trade-slips-to-three-year-low-4685498.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });

/** English: Vietnamese press in English and wire copy. */
export const TEST3_EN_ROWS: readonly Row[] = [
  [
    VNP_169835,
    'Vietnam exported 890,000 tonnes of rice worth 420 million USD in the first two months of 2020, a year-on-year increase of 27 percent in volume and 32 percent in value.',
    [
      { v: '890000', u: 'tonne', ch: [`rate 27 ${SPLY}`], p: '2020-YTD-02' },
      { v: '420000000', u: 'USD', ch: [`rate 32 ${SPLY}`], p: '2020-YTD-02' },
    ],
  ],
  [
    VNP_169775,
    'Vietnam exported 890,000 tonnes of rice worth 420 million USD in the first two months of 2020, a year-on-year increase of 27 percent and 32.6 percent and in terms of volume and value, respectively, according to the Ministry of Agriculture and Rural Development.',
    [
      { v: '890000', u: 'tonne', ch: [`rate 27 ${SPLY}`], p: '2020-YTD-02' },
      { v: '420000000', u: 'USD', ch: [`rate 32.6 ${SPLY}`], p: '2020-YTD-02' },
    ],
  ],
  [
    VNP_174357,
    'Hanoi (VNA) – Vietnam had exported over 2.6 million tonnes of rice as of May 15, a year-on-year rise of 8 percent, according to the General Department of Vietnam Customs.',
    [{ v: '2600000', u: 'tonne', a: 'over', ch: [`rate 8 ${SPLY}`] }],
  ],
  [
    VNP_174357,
    'The Philippines topped the list with 902,100 tonnes, followed by China 237,500 tonnes, Malaysia 220,700 tonnes, and Ghana 124,200 tonnes.',
    [
      { v: '902100', u: 'tonne' },
      { v: '237500', u: 'tonne' },
      { v: '220700', u: 'tonne' },
      { v: '124200', u: 'tonne' },
    ],
  ],
  [
    VNP_174357,
    'The export turnover of the grain was estimated at over 1.2 billion USD, up 21.7 percent compared to the same period last year.',
    [{ v: '1200000000', u: 'USD', a: 'over', st: 'estimate', ch: [`rate 21.7 ${SPLY}`] }],
  ],
  [
    VNP_174357,
    'In 2019, the country exported 6.37 million tonnes of rice worth 2.81 billion USD, up 4.1 percent in volume, but down 8.4 percent in value year-on-year./.',
    [
      { v: '6370000', u: 'tonne', ch: ['rate 4.1 *'], p: '2019' },
      { v: '2810000000', u: 'USD', ch: [`rate -8.4 ${SPLY}`], p: '2019' },
    ],
  ],
  [
    VNP_174357,
    'Despite growth in both volume and value in January-May, rice exports this year are forecast to face a number of difficulties, especially drought and saltwater intrusion in the Mekong Delta - the nation’s largest rice granary, according to insiders.',
    [],
  ],
  [
    VNP_153941,
    'Vietnam earned 1.21 billion USD from exporting an estimated 2.83 million tonnes of rice during January-May, declining 20.7 percent in value and 4 percent in volume as compared to the same time last year, the Ministry of Agriculture and Rural Development said.',
    [
      { v: '1210000000', u: 'USD', ch: [`rate -20.7 ${SPLY}`] },
      { v: '2830000', u: 'tonne', st: 'estimate', ch: [`rate -4 ${SPLY}`] },
    ],
  ],
  [
    VNP_153941,
    'Vietnam shipped 814,500 tonnes of rice to the country for 320.5 million USD, up 4.4 times in volume and 3.9 times in value from the same time in 2018.',
    [
      { v: '814500', u: 'tonne', ch: ['times 4.4 *'] },
      { v: '320500000', u: 'USD', ch: ['times 3.9 *'] },
    ],
  ],
  [
    VNP_153941,
    'Strong growth was also seen in rice shipments to Angola (up 5.2 times), China’s Hong Kong (up 91.9 percent), the Ivory Coast (up 73.3 percent), and Russia (up 29.3 percent).',
    [{ ch: ['times 5.2 *'] }, r('91.9'), r('73.3'), r('29.3')],
  ],
  [
    VNP_153941,
    'White rice accounted for the largest proportion of total exports with 50.5 percent, followed by Jasmine rice and fragrant rice (34.1 percent), sticky rice (8.1 percent) and japonica rice and Japanese rice (7.1 percent).',
    [],
  ],
  [VNP_153941, 'Experts forecast a grim prospect for the rice market due to falling demand in Asia.', []],
  [
    VNP_130533,
    'Vietnam earned 1.1 billion USD from exporting 2.16 million tonnes of rice in the first four months of 2018, up 35.7 percent in value and 21.7 percent in volume.',
    [
      { v: '1100000000', u: 'USD', ch: ['rate 35.7 *'], p: '2018-YTD-04' },
      { v: '2160000', u: 'tonne', ch: ['rate 21.7 *'], p: '2018-YTD-04' },
    ],
  ],
  [
    VNE_3387990,
    'Data from Vietnam Customs showed the export volume from January-March reached 1.55 million tons, up 38.1 percent from the same period last year.',
    [{ v: '1550000', u: 'tonne', ch: [`rate 38.1 ${SPLY}`] }],
  ],
  [
    VNE_3387990,
    'Export value also touched $680 million, up 38.5 percent.',
    [{ v: '680000000', u: 'USD', ...r('38.5') }],
  ],
  [
    VNE_3387990,
    'China remained the key recipient of Vietnamese rice in the first quarter with over 470,000 tons, up 41.8 percent on year, followed by Malaysia with 350,000 tons, a surge of more than 422 percent.',
    [
      { v: '470000', u: 'tonne', a: 'over', ch: [`rate 41.8 ${SPLY}`] },
      { v: '350000', u: 'tonne', ch: ['rate 422 *'] },
    ],
  ],
  [
    VNE_3387990,
    'Despite higher value gained from rice exports, the association said the number of contracts signed in March fell from the previous month as Vietnamese is more expensive than its Asian rivals.',
    [],
  ],
  [
    VNE_3387990,
    'The Vietnam Food Association aims to export 1.6 million tons of rice in the second quarter, down 200,000 tons from the original plan.',
    [{ k: 'target', v: '1600000', u: 'tonne' }],
  ],
  [
    HT_45866,
    'In the first nine months of 2019, Hanoi’s gross regional domestic product (GRDP) has expanded by an estimated 7.35%, higher than the 7.01% growth recorded in the same period last year, according to the municipal Statistics Office.',
    [{ st: 'estimate', ch: ['rate 7.35 *'], p: '2019-YTD-09' }, r('7.01')],
  ],
  [
    HT_45866,
    'The high growth rate was thanks to strong economic growth of 7.62% in the third quarter (Q3), higher than growth rates of 7% and 7.41% recorded in Q1 and Q2, respectively.',
    [r('7.62'), r('7'), r('7.41')],
  ],
  [
    HT_45866,
    'In the January – September period, the agriculture, forestry and fishery sector declined 0.7% year-on-year, versus an expansion of 3.34% in the same period last year, (mainly due to the impact of African swine fever), which led to a decrease of 0.02 percentage point to the overall growth.',
    [yoy('-0.7'), r('3.34')],
  ],
  [
    HT_45866,
    'The industry and construction sector rose by 8.84%, higher than last year’s year-on-year growth of 7.93%, contributing 2.51 percentage points to the overall growth.',
    [r('8.84'), r('7.93')],
  ],
  [HT_45866, 'The service sector climbed by 6.72%, contributing 4.64 percentage points.', [r('6.72')]],
  [
    HT_45866,
    'In the first nine months of 2019, FDI committed to Hanoi reached US$5.22 billion, while total registered capital for new and existing projects stood at US$1.01 billion as of September 20, including 631 new projects with US$503 million, and US$509 million in additional funds for 148 ongoing projects.',
    [
      { v: '5220000000', u: 'USD', p: '2019-YTD-09' },
      { v: '1010000000', u: 'USD' },
      { v: '631', u: 'project' },
      { v: '503000000', u: 'USD' },
      { v: '509000000', u: 'USD' },
      { v: '148', u: 'project' },
    ],
  ],
  [
    HT_46603,
    'In the first six months of 2019, Hanoi’s gross regional domestic product (GRDP) expanded 7.21%, higher than the previous growth of 7.15% recorded in the same period last year, according to the municipal Statistics Office’s report.',
    [{ ch: ['rate 7.21 *'], p: '2019-H1' }, r('7.15')],
  ],
  [
    HT_46603,
    'Upon breaking down, the agriculture, forestry and fishery sector has increased by 1.15% year-on-year, lower than the growth rate of 3.29% recorded in the first half of last year, due to the impact of African swine fever.',
    [yoy('1.15'), r('3.29')],
  ],
  [
    HT_46603,
    'Additionally, the sector of industry and construction has risen by 8.38%, higher than an expansion rate of 7.88% a year earlier; and the service sector up 6.66%, contributing 4.69 percentage points.',
    [r('8.38'), r('7.88'), r('6.66')],
  ],
  [
    HT_46603,
    'Notably, Hanoi attracted the largest portion of FDI nationwide during the period, posting US$5.3 billion, accumulating a total of US$41.2 billion in registered capital so far, of which US$20.5 billion has been disbursed or 49.7% of the total.',
    [
      { v: '5300000000', u: 'USD' },
      { v: '41200000000', u: 'USD' },
      { v: '20500000000', u: 'USD' },
    ],
  ],
  [
    HT_46603,
    'Both real estate and trade-services were the second most heavily invested sectors, with 31.2% of total registered capital, followed by forestry – fishery - agriculture with 0.2%.',
    [],
  ],
  [
    HT_46603,
    'The data shows that Japan has been the top investor in Hanoi to date with US$10.24 billion, followed by Singapore with US$6.6 billion, while the third place belongs to South Korea with US$5.52 billion.',
    [
      { v: '10240000000', u: 'USD' },
      { v: '6600000000', u: 'USD' },
      { v: '5520000000', u: 'USD' },
    ],
  ],
  [
    VNP_249164,
    'Hanoi’s total retail sales of goods and services in the first two months of this year were estimated at 122.5 trillion VND (5.16 billion USD), up 12.3% year-on-year, according to the municipal Statistics Office.',
    [{ v: '122500000000000', u: 'VND', st: 'estimate', ch: [`rate 12.3 ${SPLY}`] }],
  ],
  [
    VNP_249164,
    'Of the total, the retail revenue of goods was estimated at 80.9 trillion VND, an increase of 10.8% year-on-year, of which earnings from gasoline increased 12.1%, other fuels 37.9%, and precious stones and metals 37.5%.',
    [{ v: '80900000000000', u: 'VND', st: 'estimate', ch: [`rate 10.8 ${SPLY}`] }, r('12.1'), r('37.9'), r('37.5')],
  ],
  [
    VNP_249164,
    'Exports in the two months brought 2.3 billion USD to the capital city, an annual decrease of 4.8%.',
    [{ v: '2300000000', u: 'USD', ch: [`rate -4.8 ${SPLY}`] }],
  ],
  [
    VNP_249164,
    'Meanwhile, Hanoi’s import value hit about 5.8 billion USD, up 0.1% annually.',
    [{ v: '5800000000', u: 'USD', a: 'about', ch: [`rate 0.1 ${SPLY}`] }],
  ],
  [
    VNP_249164,
    'In February alone, total retail revenue of consumer goods and services stood at 59.5 trillion VND, down 5.5% from the previous month and up 16.8% over the same period last year.',
    [{ v: '59500000000000', u: 'VND', ch: [`rate -5.5 ${PREV}`, `rate 16.8 ${SPLY}`] }],
  ],
  [
    VNP_249164,
    'The city exported products worth nearly 1.25 million USD in the month, recording respective month-on-month and year-on-year increases of 18.3% and 17.2%.',
    [{ v: '1250000', u: 'USD', a: 'under', ch: [`rate 18.3 ${PREV}`, `rate 17.2 ${SPLY}`] }],
  ],
  [
    VNP_249164,
    'February saw stable goods supply and demand at the local traditional markets, supermarket chains, and trade centers after the Lunar New Year holiday, said the office./.',
    [],
  ],
  [
    VNP_287976,
    'Its total retail sales of goods and consumer services reached an impressive 336.5 trillion VND (14 billion USD), representing a 10% increase compared to the same period last year, said Director of the municipal Statistics Office Dau Ngoc Hung.',
    [{ v: '336500000000000', u: 'VND', ch: [`rate 10 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'Breaking down the figure, retail sales of goods reached 215.8 trillion VND, accounting for 64.1% of the total and demonstrating a 10% year-on-year growth.',
    [{ v: '215800000000000', u: 'VND', ch: [`rate 10 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'Revenue from hotels and restaurants reached 43 trillion VND, a 12.4% increase year-on-year, and constituting 12.8% of the total sales.',
    [{ v: '43000000000000', u: 'VND', ch: [`rate 12.4 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'That of travel and tourism services saw a remarkable surge of 48.9% to 10.6 trillion VND, making up 3.2% of the total.',
    [{ v: '10600000000000', u: 'VND', ch: ['rate 48.9 *'] }],
  ],
  [
    VNP_287976,
    'Other service sectors also reported positive revenue growth, with a 4.3% rise to 67.1 trillion VND, or 19.9% of the total.',
    [{ v: '67100000000000', u: 'VND', ch: ['rate 4.3 *'] }],
  ],
  [
    VNP_287976,
    'The number of tourists visiting Hanoi in May was estimated at 547,000, reflecting a slight month-on-month decrease of 1% but 42.9% higher than the same period last year.',
    [{ v: '547000', st: 'estimate', ch: [`rate -1 ${PREV}`, `rate 42.9 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'The five-month figure reached 2.641 million, a robust 42.9% increase year-on-year.',
    [{ v: '2641000', ch: [`rate 42.9 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'Notably, domestic tourism saw a 16.2% annual rise, with 724,000 visitors flocking to the capital city.',
    [{ v: '724000', ch: [`rate 16.2 ${SPLY}`] }],
  ],
  [
    VNP_287976,
    'The city’s Consumer Price Index (CPI) in May went up 5.31% year-on-year, primarily driven by rising costs across nine out of 11 commodity groups.',
    [yoy('5.31')],
  ],
  [
    VNP_287976,
    'The Hanoi leaders also identified tourism and farm produce with clear traceability as a key focus to cater to consumer demand in the coming months.',
    [],
  ],
  [
    XSR_58112,
    'The state-owned Electricity of Vietnam (EVN) announced it produced and bought 162.1 billion kWh of electricity between January and November, up 11.21 percent compared to the same period last year.',
    [{ v: '162100000000', ch: [`rate 11.21 ${SPLY}`] }],
  ],
  [
    XSR_58112,
    "Of the total, the amount of produced electricity reached 75.06 billion kWh, an yearly increase of 22.32 percent, Vietnam's state-run news agency VNA quoted EVN as saying on Thursday.",
    [{ v: '75060000000', ch: [`rate 22.32 ${SPLY}`] }],
  ],
  [
    XSR_58112,
    'The EVN estimated that its combined power output would hit 177 billion kWh in 2016, exceeding the yearly target by 1.1 billion kWh and up 10.85 percent from 2015.',
    [{ v: '177000000000', st: 'estimate', ch: ['rate 10.85 2015'], p: '2016' }],
  ],
  [
    VNP_123197,
    'Hanoi (VNA) - The Electricity ofVietnam (EVN) said its total electricity output in January-November increasedby 8.16 percent year on year to reach 181.35 billion kWh.',
    [{ v: '181350000000', ch: [`rate 8.16 ${SPLY}`] }],
  ],
  [
    VNP_123197,
    'The amount of commercial electricity output in theperiod was estimated at 159.9 billion kWh, up 9.18 percent year on year,including 14.79 billion kWh in November.',
    [{ v: '159900000000', st: 'estimate', ch: [`rate 9.18 ${SPLY}`] }, { v: '14790000000' }],
  ],
  [VNP_123197, 'The group imported 16.46 billion kWh in the 11-month period.', [{ v: '16460000000' }]],
  [
    VNP_123197,
    'According to the group, an estimated 13.5 billionkWh was transmitted from the centre to the north and the south in November,accounting for 23.4 percent of the region’s power demand.',
    [{ v: '13500000000', st: 'estimate' }],
  ],
  [
    VCCI_17869,
    'Vietnam’s electricity output reached 54.758 billion kWh in the first eight months of this year, meeting 67.44% of the full-year target.',
    [{ v: '54758000000', c: '67.44' }],
  ],
  [
    VCCI_17869,
    'Between January and August, commercial power output hit 47.966 billion kWh, fulfilling 66.3% of the full-year target.',
    [{ v: '47966000000', c: '66.3' }],
  ],
  [
    VCCI_18527,
    'Vietnam is estimated to have produced 69.7 billion kWh of electricity in the first ten months of this year, up 12.3% from a year earlier, the state-run General Statistics Office (GSO) said.',
    [{ v: '69700000000', st: 'estimate', ch: [`rate 12.3 ${SPLY}`] }],
  ],
  [
    VCCI_18527,
    'The country’s electricity output in October rose 17% from a year earlier to 7.5 billion kWh of electricity, the GSO said.',
    [{ v: '7500000000', ch: [`rate 17 ${SPLY}`] }],
  ],
  [
    VCCI_18527,
    'Vietnam’s national power output in 2009 is estimated to rise 13% from a year earlier to reach 86.6 billion kWh.',
    [{ v: '86600000000', st: 'estimate', ch: [`rate 13 ${SPLY}`], p: '2009' }],
  ],
  [
    VNP_30310,
    'Seafood exports in July reached 500 million USD, raising the country’s seven-months turnover to 3.1 billion USD, an increase of 24.8 percent over the same period a year ago.',
    [
      { v: '500000000', u: 'USD' },
      { v: '3100000000', u: 'USD', ch: [`rate 24.8 ${SPLY}`] },
    ],
  ],
  [
    VNP_30310,
    'In particular, comparing with the record from the same period last year, the export of tiger prawn rose by 15 percent in volume and 30 percent in value, and whiteleg prawn by 37 percent and 72 percent, respectively./.',
    [yoy('15'), yoy('30'), yoy('37'), yoy('72')],
  ],
  [
    SCANDASIA_SEAFOOD,
    'A report shared by Vietnam’s seafood sector showed that the seafood exports broke the 2022 record with a value of 11 billion USD, up 24% year-on-year and 22% higher than the year’s target of 9 billion USD.',
    [
      { v: '11000000000', u: 'USD', c: '122', ch: [`rate 24 ${SPLY}`], p: '2022' },
      { k: 'target', v: '9000000000', u: 'USD' },
    ],
  ],
  [
    VNP_115622,
    'July export was estimated at 714 million USD in July, raising the total in the first seven months of this year to 4.32 billion USD, up 17 percent and 15 percent year-on-year, respectively.',
    [
      { v: '714000000', u: 'USD', st: 'estimate', ch: [`rate 17 ${SPLY}`] },
      { v: '4320000000', u: 'USD', ch: [`rate 15 ${SPLY}`] },
    ],
  ],
  [
    VNP_115622,
    'The sector saw a slight increase of nearly 5 percent in the first quarter 2017, and a strong surge in the second quarter, thanks to the growth in key export products, including octopus by 50.8 percent, tuna by 18.9 percent, shrimp by 15.6 percent, and tra fish by 6.1 percent.',
    [{ ch: ['rate 5 *'], p: '2017-Q1' }, r('50.8'), r('18.9'), r('15.6'), r('6.1')],
  ],
  [
    VNP_115622,
    'According to VASEP, export turnover of aquatic products is expected to continue growing in the remaining months of the year, however, it will be affected by difficulties in the US market.',
    [],
  ],
  [
    TBTC_121331,
    'Vietnam’s total State budget collection in January is estimated at 183.7 trillion VND (7.78 billion USD), equal to 11.3% of the yearly estimate and down 0.5% year-on-year, announced the Ministry of Finance on February 7.',
    [{ v: '183700000000000', u: 'VND', st: 'estimate', c: '11.3', ch: [`rate -0.5 ${SPLY}`] }],
  ],
  [
    TBTC_121331,
    'Specifically, the domestic revenue is estimated at 160.4 trillion VND, up 3.1% y-o-y, and that from crude oil at 5.3 trillion VND, up 67.7% y-o-y.',
    [
      { v: '160400000000000', u: 'VND', st: 'estimate', ch: [`rate 3.1 ${SPLY}`] },
      { v: '5300000000000', u: 'VND', ch: [`rate 67.7 ${SPLY}`] },
    ],
  ],
  [
    TBTC_121331,
    'Meanwhile, import-export activities contributed about 28 trillion VND to the State budget, equivalent to only 65% of that in the same period last year.',
    [{ v: '28000000000000', u: 'VND', a: 'about', ch: [`ratio 65 ${SPLY}`] }],
  ],
  [
    TBTC_121331,
    'On the other hand, total State budget expenditure in the month was estimated at 114.9 trillion VND, equaling 5.5% of the yearly estimate.',
    [{ v: '114900000000000', u: 'VND', st: 'estimate', c: '5.5' }],
  ],
  [
    TBTC_121331,
    'For the development investment expenditure alone, the total planned investment capital from the State budget for 2023 is 756.1 trillion VND./.',
    [{ k: 'target', v: '756100000000000', u: 'VND', p: '2023' }],
  ],
  [
    ND_7116602,
    'The state budget revenue is estimated at VND144.6 trillion (over US$6.2 billion) in January, up 7.5% from a year earlier, the Ministry of Finance said on February 1.',
    [{ v: '144600000000000', u: 'VND', st: 'estimate', ch: [`rate 7.5 ${SPLY}`] }],
  ],
  [
    ND_7116602,
    'State budget revenue in January 2019 increases by 7.5% year on year.',
    [{ ch: [`rate 7.5 ${SPLY}`], p: '2019-01' }],
  ],
  [
    ND_7116602,
    'The figure includes VND120.5 trillion in domestic revenue and VND4.5 trillion in crude oil revenue, up 5.3% and 5.7%, respectively.',
    [
      { v: '120500000000000', u: 'VND', ch: ['rate 5.3 *'] },
      { v: '4500000000000', u: 'VND', ch: ['rate 5.7 *'] },
    ],
  ],
  [
    ND_7116602,
    'The revenue from import-export is about VND19.5 trillion.',
    [{ v: '19500000000000', u: 'VND', a: 'about' }],
  ],
  [
    ND_7116602,
    'Meanwhile, the state budget’s spending was some VND92.9 trillion in January, meeting the demand of regular expenditure on socio-economic development, defence, security, state management, social welfares and debt repayment.',
    [{ v: '92900000000000', u: 'VND', a: 'about' }],
  ],
  [
    ND_7116602,
    'The ministry noted that under the direction of Prime Minister Nguyen Xuan Phuc, it has delivered nearly 44,000 tonnes of rice sourced from the national rice reserve for underprivileged people in the between-crop period and students in disadvantaged areas ahead of the Lunar New Year festival.',
    [{ v: '44000', u: 'tonne', a: 'under' }],
  ],
  [
    ND_8005202,
    'Gross regional domestic product (GRDP) increased by 7.35% over the same period last year.',
    [yoy('7.35')],
  ],
  [ND_8005202, 'This result has no small contribution of the capital industry and trade.', []],
  [
    ND_8005202,
    "According to Le Hong Thang, Director of Hanoi Industry and Trade Department, in 2019, Hanoi city targets to increase the industry's added value by 8.6 to 8.8% over the previous year; export turnover increased from 7.5% to 8%; and total retail sales and service revenue increased by 9% to 10%.",
    [],
  ],
  [
    ND_8005202,
    'Generally, in the first nine months of 2019, the added value of industry increased by 8.01% (higher than the increase of 7.72% of the same period in 2018), contributing 1.66 percentage points to the 7.35% increase of GRDP.',
    [{ ch: ['rate 8.01 *'], p: '2019-YTD-09' }, { ch: ['rate 7.72 *'], p: '2018-YTD-09' }, r('7.35')],
  ],
  [
    ND_8005202,
    'The index of industrial production (IIP) has recovered strongly over each quarter, currently reaching an increase of 7.8% compared to the same period last year.',
    [yoy('7.8')],
  ],
  [
    HT_20118,
    'The country`s foreign direct investment (FDI) capital disbursement in the first five months of the year inched up 0.4 per cent against the same period last year to US$4.6 billion.',
    [{ v: '4600000000', u: 'USD', ch: [`rate 0.4 ${SPLY}`] }],
  ],
  [
    HT_20118,
    'However, registered capital in the period declined 34 per cent to $5.51 billion.',
    [{ v: '5510000000', u: 'USD', ch: ['rate -34 *'] }],
  ],
  [
    HT_20118,
    'The figure also revealed that of the total, $3.67 billion went into 500 newly licensed projects, while 167 existing projects added $1.84 billion to their capital.',
    [
      { v: '3670000000', u: 'USD' },
      { v: '500', u: 'project' },
      { v: '167', u: 'project' },
      { v: '1840000000', u: 'USD' },
    ],
  ],
  [
    HT_20118,
    'The manufacturing and processing sectors took the lead in attracting FDI capital, with 254 new projects at $3.92 billion, accounting for 71.2 per cent of the total.',
    [
      { v: '254', u: 'project' },
      { v: '3920000000', u: 'USD' },
    ],
  ],
  [
    HT_20118,
    "The southern province of Binh Duong topped the list of FDI destinations, attracting $813.59 million, accounting for 14.8 per cent of the country's total, followed by HCM City, with $775.62 million, and Dong Nai, with $579.74 million.",
    [
      { v: '813590000', u: 'USD' },
      { v: '775620000', u: 'USD' },
      { v: '579740000', u: 'USD' },
    ],
  ],
  [
    GGR_2024,
    'Vietnam’s tourism industry aims to attract between 17 and 18 million international visitors this year, according to the Vietnam National Authority of Tourism.',
    [],
  ],
  [
    GGR_2024,
    'The body estimates total tourism receipts will reach circa VND840 trillion (US$34.7 billion) in 2024, its representatives said at a press conference, according to a recent statement.',
    [{ k: 'target', v: '840000000000000', u: 'VND', a: 'about', p: '2024' }],
  ],
  [
    GGR_2024,
    'Based on figures in a report presented at the briefing, Vietnam welcomed 12.6 million international visitors in 2023, up 244.2 percent year-on-year.',
    [{ v: '12600000', ch: [`rate 244.2 ${SPLY}`], p: '2023' }],
  ],
  [
    GGR_2024,
    'The 2023 figure represented about 70 percent of the 2019 number, the period before the onset of the Covid-19 pandemic.',
    [{ ch: ['ratio 70 2019'], p: '2023' }],
  ],
  [
    GGR_2024,
    'Total tourism revenue in 2023 was estimated at VND678 trillion.',
    [{ v: '678000000000000', u: 'VND', st: 'estimate', p: '2023' }],
  ],
  [
    GGR_2024,
    'The country’s main tourism source market last year was South Korea, which accounted for 3.6 million arrivals, followed by China, which supplied 1.7 million visitors.',
    [{ v: '3600000' }, { v: '1700000' }],
  ],
  [
    GGR_2024,
    'According to Vietnam’s tourism authority, by the end of 2023, the country had 3,921 international travel businesses, an increase of 1,027 compared to 2022.',
    [{ v: '3921' }],
  ],
  [
    MENAFN_2024,
    'Dhaka: Vietnam targets to welcome 17-18 million international visitors in 2024, serving 110 million domestic visitors (including approximately 72.5 million overnight stays).',
    [
      { k: 'target', v: '110000000', p: '2024' },
      { k: 'target', v: '72500000', a: 'about' },
    ],
  ],
  [
    MENAFN_2024,
    'These expectations stemmed from the fact that, in January 2024, the number of international visitors to Vietnam surpassed 1.5 million, a 10.3 per cent increase compared to December 2023 and a staggering 73.6 per cent increase compared to the same period in 2023, as per Vietnam National Administration of Tourism (Ministry of Culture, Sports and Tourism) reports.',
    [{ v: '1500000', a: 'over', ch: ['rate 10.3 *', 'rate 73.6 *'], p: '2024-01' }],
  ],
  [
    MENAFN_2024,
    'According to the Vietnam National Administration of Tourism, South Korea continues to be the largest source market in January 2024, accounting for 27.6 per cent of the total.',
    [],
  ],
  [
    MENAFN_2024,
    'In terms of continents, Asian visitors increased slightly compared to the previous month, while other regions experienced strong growth: the Americas increased by 27.3 per cent, Europe by 26.6 per cent, Australia by 68.5 per cent and Africa by 35.2 per cent.',
    [r('27.3'), r('26.6'), r('68.5'), r('35.2')],
  ],
  [
    VNINSIDER_2024,
    'According to the Vietnam National Administration of Tourism, in December 2023, the number of international visitors to Vietnam reached nearly 1.4 million, an increase of 11.2% compared to the previous month and a 93.9% increase compared to the same period last year.',
    [{ v: '1400000', a: 'under', ch: [`rate 11.2 ${PREV}`, `rate 93.9 ${SPLY}`], p: '2023-12' }],
  ],
  [
    VNINSIDER_2024,
    'For the entire year, international visitors to Vietnam reached 12.6 million, 3.4 times higher than in 2022 and far exceeding the initial target of 8 million visitors, achieving the adjusted goal of 12.5-13 million visitors.',
    [
      { v: '12600000', ch: ['times 3.4 2022'] },
      { k: 'target', v: '8000000' },
    ],
  ],
  [
    VNINSIDER_2024,
    'Also in the past year, domestic visitors reached 108 million, surpassing the plan by 6%.',
    [{ v: '108000000', c: '106' }],
  ],
  [
    VNINSIDER_2024,
    'Revenue from accommodation and dining services is estimated to reach VND 673.5 trillion, a 14.7% increase compared to the previous year, accounting for 10.8% of the total retail sales of goods and consumer services.',
    [{ v: '673500000000000', u: 'VND', st: 'estimate', ch: ['rate 14.7 *'] }],
  ],
  [
    VNINSIDER_2024,
    'Revenue from tourism is estimated at VND 37.8 trillion, a 52.5% increase from the previous year.',
    [{ v: '37800000000000', u: 'VND', st: 'estimate', ch: ['rate 52.5 *'] }],
  ],
  [
    SGGP_107620,
    'In 2023, the figure hit 12.6 million, surpassing the initial target by 57 percent and achieving the adjusted goal of 12-13 million.',
    [{ v: '12600000', c: '157', p: '2023' }],
  ],
  [
    SGGP_107620,
    'Meanwhile, the number of domestic travelers stood at 108 million, up 6 percent compared to the set target.',
    [{ v: '108000000', c: '106' }],
  ],
  [
    SGGP_107620,
    'Tourism activities generated about VND678 trillion (US$27.85 billion) in revenue, 4.3 percent higher than the yearly plan.',
    [{ v: '678000000000000', u: 'VND', a: 'about', c: '104.3' }],
  ],
  [
    SGGP_107620,
    "Vietnam's tourism industry has set a target to welcome 17-18 million foreign visitors in 2024, approaching the pre-pandemic record in 2019 when Covid-19 had yet to disrupt global travel.",
    [],
  ],
  [
    SGGP_114792,
    'The Vietnamese tourism industry has set a target of receiving 22-23 million international visitors and 120-130 million domestic tourists in 2025 with a total revenue of around VND1, 000 billion (US$39.3 million).',
    // ranges, and a malformed amount (`VND1, 000 billion`): nothing certain
    [],
  ],
  [
    SGGP_114792,
    'In 2024, the tourism industry achieved significant achievements, including welcoming 17.5 million international visitors, up 38.9 percent compared to 2023, and serving 110 million domestic tourists, presenting a year-on-year increase of 1.6 percent.',
    [
      { v: '17500000', ch: ['rate 38.9 2023'], p: '2024' },
      { v: '110000000', ch: [`rate 1.6 ${SPLY}`], p: '2024' },
    ],
  ],
  [
    SGGP_114792,
    'Total revenue from tourism reached VND840 trillion, up 23.8 percent compared to last year.',
    [{ v: '840000000000000', u: 'VND', ch: ['rate 23.8 *'] }],
  ],
  [
    SGGP_107888,
    'According to the Vietnam National Authority of Tourism (VNAT), Vietnam served 12.6 million foreign visitors and 108 million domestic tourists, up 57 percent and 6 percent, respectively.',
    [
      { v: '12600000', ch: ['rate 57 *'] },
      { v: '108000000', ch: ['rate 6 *'] },
    ],
  ],
  [
    SGGP_107888,
    'Total earnings from tourism activities hit VND678 trillion (US$27.5 billion), 4.3 percent higher than the plan.',
    [{ v: '678000000000000', u: 'VND', c: '104.3' }],
  ],
  [SGGP_107888, 'However, the sector still faces numerous difficulties and challenges.', []],
  [
    GSO_IIP_2023_02,
    'The index of industrial production (IIP) in February 2023 was estimated to increase by 5.1% over the previous last month[1] and increased by 3.6 % over the same period last year.',
    [{ st: 'estimate', ch: [`rate 5.1 ${PREV}`, `rate 3.6 ${SPLY}`], p: '2023-02' }],
  ],
  [
    GSO_IIP_2023_02,
    'Of which, the mining and quarrying increased by 7%; the manufacturing increased by 3.3%; electricity production and distribution increased by 2.8%; Water collection, treatment and supply peaked by 6 %.',
    [r('7'), r('3.3'), r('2.8'), r('6')],
  ],
  [
    GSO_IIP_2023_02,
    'Generally, in the first two months of 2023, IIP was estimated to decrease by 6.3% over the same period last year ( in the same period last year up 5.6%) due to the world economy continuing to face many difficulties and unpredictable fluctuations.',
    [{ st: 'estimate', ch: [`rate -6.3 ${SPLY}`], p: '2023-YTD-02' }, r('5.6')],
  ],
  [
    GSO_IIP_2023_02,
    'Of which, the mining and quarrying decreased by 3.8% (the same period last year up 0.1%), down by 0.6 percentage points in the general growth rate; the manufacturing decreased by 6.9% (the same period last year up 6.1%), reducing by 5.3 percentage points; electricity production and distribution decreased by 5.2% (the same period last year up 8.4%), reducing 0.5 percentage points; Water collection, treatment and supply peaked up by 2.3% (the same period last year up 3.7%), contributing 0.1 percentage points.',
    [r('-3.8'), r('0.1'), r('-6.9'), r('6.1'), r('-5.2'), r('8.4'), r('2.3'), r('3.7')],
  ],
  [
    GSO_IIP_2023_02,
    'The index of production in the first 02 months of 2022 belonging to 2-digit industrial activities significantly decreased compared to the same period last year: Manufacture of electrical (-50.7%); Manufacture of furniture (-13.6%); manufacture of paper and paper products (-13%); Manufacture of basic metals (-12.2%); manufacture of wearing apparel (-11.7%); manufacture of textiles (-11%); manufacture of other transport equipment and manufacture of other non-metallic mineral products (-8.6%); trailers and semi-trailers (-6%); manufacture of leather and related products (-5.3%).',
    [
      yoy('-50.7'),
      yoy('-13.6'),
      yoy('-13'),
      yoy('-12.2'),
      yoy('-11.7'),
      yoy('-11'),
      yoy('-8.6'),
      yoy('-6'),
      yoy('-5.3'),
    ],
  ],
  [
    VINACHEM_IIP,
    'The country’s industrial production index (IIP) surged 5.7 per cent year-on-year in the first five months this year, the General Statistics Office (GSO) reported.',
    [yoy('5.7')],
  ],
  [
    VINACHEM_IIP,
    'The five-month IIP growth was higher than the 5.1 per cent increase seen in the first four months and was double the increase seen in the first two months.',
    [r('5.1')],
  ],
  [
    VINACHEM_IIP,
    'The processing and manufacturing industry, which accounted for over 70 per cent of the total industrial output, saw a yearly IIP rise of 9.7 per cent.',
    [yoy('9.7')],
  ],
  [
    VINACHEM_IIP,
    'The IIPs of two other sectors, the electricity production and distribution, and water supply and waste and wastewater treatment, soared 10.4 per cent and 7 per cent, respectively.Meanwhile, the mining industry experienced a significant decline of 9.1 per cent, much higher than the 2.5 per cent drop recorded in the same period last year, GSO said.',
    [r('10.4'), r('7'), r('-9.1'), r('-2.5')],
  ],
  [
    VINACHEM_IIP,
    'Among the key industrial products that posted high IIP increases in five months were television sets (42.8 per cent), raw steel and iron (29.6 per cent), urea (18.5 per cent), fabric (15.3 per cent) and powdered milk (10.4 per cent).',
    [r('42.8'), r('29.6'), r('18.5'), r('15.3'), r('10.4')],
  ],
  [
    VINACHEM_IIP,
    'The northern port city of Hải Phòng took the lead among localities enjoying high IIP in five months with 20.5 per cent.',
    [r('20.5')],
  ],
  [
    VINACHEM_IIP,
    'Despite the positive IIP growth, the consumption index of the manufacturing and processing industry showed a tendency to slow down with a 8.1 per cent rise in the first four months, compared with the 9.3 per cent rise in the corresponding period last year, GSO statisticians noted.',
    [r('8.1'), r('9.3')],
  ],
  [
    EIN_653422276,
    'VIETNAM, September 2 - HÀ NỘI — Việt Nam’s industrial production this month continued a more positive trend, with the index of industrial production (IIP) estimated to rise by 2.9 per cent over the previous month and 2.6 per cent over the same period last year, the General Statistics Office (GSO) reported.',
    [{ st: 'estimate', ch: [`rate 2.9 ${PREV}`, `rate 2.6 ${SPLY}`] }],
  ],
  [
    EIN_653422276,
    'Compared to the same period last year, the processing and manufacturing industry increased by 3.5 per cent; electricity production and distribution increased by 3.7 per cent; and water supply, management and treatment of waste and wastewater increased by 1.8 per cent, while the mining industry decreased by 6.2 per cent.',
    [yoy('3.5'), yoy('3.7'), yoy('1.8'), yoy('-6.2')],
  ],
  [
    EIN_653422276,
    'However, due to the difficult situation of the world economy in the first months of 2023 that affected the results of domestic industrial production, IIP in the first eight months of 2023 decreased by 0.4 per cent compared to the same period last year when IIP increased by 9.2 per cent.',
    [{ ch: [`rate -0.4 ${SPLY}`], p: '2023-YTD-08' }, r('9.2')],
  ],
  [
    EIN_653422276,
    'In the first eight months of 2023, some key industrial sectors reported an IIP higher than the same period last year, including coke and refined petroleum products (up 9.9 per cent); tobacco (up 8.6 per cent); rubber and plastic products (up 8.4 per cent); prefabricated metal products, except for machinery and equipment (up 7 per cent); metal ore mining (up 6.5 per cent); chemicals and chemical products (up 5.6 per cent); and food production and processing (up 5.4 per cent).',
    [yoy('9.9'), yoy('8.6'), yoy('8.4'), yoy('7'), yoy('6.5'), yoy('5.6'), yoy('5.4')],
  ],
  [
    HKBAV_2025,
    'According to the Department of Vietnam Customs, the country’s total import-export value reached US$680.66 billion in the first nine months of 2025, up 17.3% year on year.',
    [{ v: '680660000000', u: 'USD', ch: [`rate 17.3 ${SPLY}`], p: '2025-YTD-09' }],
  ],
  [
    HKBAV_2025,
    'Exports totaled US$348.74 billion, up 16% (or US$48.09 billion), while imports increased 18.8% to US$331.92 billion (up US$52.42 billion).',
    [
      { v: '348740000000', u: 'USD', ch: ['rate 16 *'] },
      { v: '331920000000', u: 'USD', ch: ['rate 18.8 *'] },
    ],
  ],
  [
    HKBAV_2025,
    'However, since imports grew faster than exports, the country still recorded a trade surplus of US$16.82 billion.',
    [{ v: '16820000000', u: 'USD' }],
  ],
  [
    HKBAV_2025,
    'This strong growth demonstrates the effectiveness of recent policies that have supported production, boosted exports, and expanded markets.',
    [],
  ],
  [
    HKBAV_2025,
    'In September 2025 alone, total trade reached US$82.49 billion, down 0.7% from the previous month.',
    [{ v: '82490000000', u: 'USD', ch: [`rate -0.7 ${PREV}`], p: '2025-09' }],
  ],
  [
    HKBAV_2025,
    'Of this, exports stood at US$42.67 billion (down 1.7%) and imports at US$39.82 billion (up 0.4%).',
    [
      { v: '42670000000', u: 'USD', ch: ['rate -1.7 *'] },
      { v: '39820000000', u: 'USD', ch: ['rate 0.4 *'] },
    ],
  ],
  [
    HKBAV_2025,
    'The monthly trade surplus was US$2.85 billion, down from US$3.72 billion in August, mainly due to adjustments in export values of key product groups in line with market demand.',
    [
      { v: '2850000000', u: 'USD' },
      { v: '3720000000', u: 'USD' },
    ],
  ],
  [
    HKBAV_2025,
    'In September, revenue reached VND36.082 trillion, down 4.2% from the previous month due to trade fluctuations.',
    [{ v: '36082000000000', u: 'VND', ch: [`rate -4.2 ${PREV}`] }],
  ],
  [
    HKBAV_2025,
    'However, total revenue for the first nine months reached VND336.54 trillion, equivalent to 81.9% of the annual estimate and 71.6% of the performance target, up 9.9% from the same period in 2024.',
    [{ v: '336540000000000', u: 'VND', c: '81.9', ch: ['rate 9.9 *'] }, { c: '71.6' }],
  ],
  [
    XETODAY_2025,
    'Total trade turnover for the period reached USD 680.6 billion, a 17.3% increase compared to the same period last year.',
    [{ v: '680600000000', u: 'USD', ch: [`rate 17.3 ${SPLY}`] }],
  ],
  [
    XETODAY_2025,
    'In Q3 2025, exports totaled USD 128.57 billion, up 18.4% year-on-year and 9.6% quarter-on-quarter.',
    [{ v: '128570000000', u: 'USD', ch: [`rate 18.4 ${SPLY}`, `rate 9.6 ${PREV}`], p: '2025-Q3' }],
  ],
  [
    XETODAY_2025,
    'For the nine-month period, merchandise exports reached USD 348.74 billion, a 16.0% increase year-on-year, surpassing the annual growth target of 12%.',
    [
      { v: '348740000000', u: 'USD', ch: [`rate 16 ${SPLY}`] },
      { k: 'target', ch: ['rate 12 *'] },
    ],
  ],
  [
    XETODAY_2025,
    'The order reduced tariffs for 69 countries and territories listed in Appendix I, including Vietnam, whose tariff rate decreased from 46% to 20%.',
    [],
  ],
  [
    VIETSTOCK_2025,
    'Retail sales in September rose nearly 2 per cent over August and 11.7 per cent compared to the same month of 2024.',
    [{ ch: [`rate 2 ${PREV}`, 'rate 11.7 *'] }],
  ],
  [
    VIETSTOCK_2025,
    'For the nine-month period, retail grew 9.5 per cent, higher than the 8.8 per cent increase a year earlier.',
    [r('9.5'), r('8.8')],
  ],
  [VIETSTOCK_2025, 'Still, he cautioned that the final quarter poses challenges.', []],
  [
    VIETSTOCK_2025,
    'Domestic supply remains abundant with stable prices, ensuring smooth provision even in disaster-affected areas.',
    [],
  ],
  [
    VNE_4685498,
    'Exports in the period dropped 6% to $322.5 billion, an improvement from a decline of 12% in the first few months this year.',
    [{ v: '322500000000', u: 'USD', ch: ['rate -6 *'] }, r('-12')],
  ],
  [
    VNE_4685498,
    'The U.S. was Vietnam’s biggest export market at $88 billion, down 13% year-on-year.',
    [{ v: '88000000000', u: 'USD', ch: [`rate -13 ${SPLY}`] }],
  ],
  [
    VNE_4685498,
    'Imports tumbled 11% to $297 billion, with foreign investors posting a decline of 11.7% in their imports of materials, machines, and goods.',
    [{ v: '297000000000', u: 'USD', ch: ['rate -11 *'] }, r('-11.7')],
  ],
  [
    VNE_4685498,
    'Vietnam recorded a trade surplus of $26 billion, 2.5 times more than last year’s total, and the highest figure in a decade.',
    [{ v: '26000000000', u: 'USD', ch: ['times 2.5 *'] }],
  ],
  [
    VNE_4685498,
    'Foreign firms net exported $45.8 billion while domestic firms net imported $20 billion.',
    [
      { v: '45800000000', u: 'USD' },
      { v: '20000000000', u: 'USD' },
    ],
  ],
];

export const TEST3_EN: readonly RealSentence[] = TEST3_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test3-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test3',
}));
