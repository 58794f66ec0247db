import type { RealFact, RealSentence } from './types';

/**
 * The SIXTH fresh set (`test6`), English part: sentences copied verbatim from Vietnamese press in
 * English (VietnamPlus/VNA, Việt Nam News, Bizhub, vietnam.vn) on the State budget, retail sales,
 * enterprises, FDI, GDP/GRDP, CPI, public investment disbursement, exports, agro-forestry-fishery trade and tourism (2018-2025), from
 * articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`,
 * `fresh4-*.ts`, `test5-*.ts`; every figure sentence of the paragraphs read is kept, with the
 * sentences around them that state no figure.
 * Annotated by hand from the sentence alone, with the conventions of those files: `X percent of the
 * yearly estimates`, `X% of the estimate`, `X per cent of the target`, `fulfilling X percent of the
 * annual target` are completions, `surpassing the yearly targets by X per cent` is 100 + X;
 * `up 2.8 times`, `a four-fold increase` are multiples; `year-on-year`, `from a year earlier`, `over
 * the same period last year` are the same period last year, `month-on-month`, `from the previous
 * month` the previous period, `from 2021`, `against 2024` that year, `from the same time of 2017`,
 * `compared to the same period in 2023`, `over the same period in 2024`, `against July` are `*`, a
 * change with no base is `*`; shares (`accounting for 25.76 per cent of the national total`,
 * `equivalent to more than 63% of the total registered capital`), percentage-point contributions
 * (`contributing 8.34 percent to the overall GDP growth`), absolute changes (`surpassing the monthly
 * target by about 507 billion VND`), currency restatements in brackets, counts of provinces or
 * markets over a threshold and ranks are not facts; a figure for a locality in brackets
 * (`Binh Duong (15.6%)`) is that locality's change; `over`, `more than` X is a lower bound,
 * `nearly`, `close to` an upper bound, `about`/`approximately`/`around`/`some` an approximation;
 * `was estimated at` is the stage `estimate`; a comparison figure of another period (`higher than
 * 3.68 percent recorded in the same period last year`) is its own fact; a goal, an assigned plan, a
 * forecast or an expected figure (`a target of`, `aims for`, `has been assigned to disburse`, `are
 * expected to disburse`, `are set to serve`, `its forecast for Vietnam's GDP growth in 2023`) is a
 * target; counts of enterprises, visitors and projects are values without a unit (projects as
 * `project`); a period is given when the sentence names it with its year (`the first eight months in
 * 2019` is `2019-YTD-08`, `January 2023` `2023-01`). Slips of the source (`44,200new`, `nearly16,000`,
 * `43.900` for 43,900, `the first six month`) are kept as printed and read as a careful reader would.
 *
 * Written by someone who never read the extractor; held out: scored only in its own groups, its
 * failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VNP_255579 = 'https://en.vietnamplus.vn/retail-sales-of-consumer-goods-services-up-109-in-h1/255579.vnp';
const VNP_141709 = 'https://en.vietnamplus.vn/state-budget-collection-hits-11-quadrillion-vnd-in-10-months/141709.vnp';
const VNP_246499 = 'https://en.vietnamplus.vn/vietnam-is-one-of-potential-markets-for-branded-residences/246499.vnp';
const VNP_246395 =
  'https://en.vietnamplus.vn/viettels-subsidiary-in-cambodia-named-as-best-internet-service-provider/246395.vnp';
const VNP_132200 = 'https://en.vietnamplus.vn/vietnam-export-on-the-right-track/132200.vnp';
const BIZHUB_308691 =
  'https://bizhub.vn/average-registered-capital-of-new-firms-rises-in-first-8-months-of-2019-post308691.html';
const VNP_189671 =
  'https://en.vietnamplus.vn/newly-established-firms-down-registered-capital-up-in-10-months-post189671.vnp';
const VNP_247630 = 'https://en.vietnamplus.vn/newlyestablished-businesses-drop-nearly-17-in-january/247630.vnp';
const VNS_1656339 = 'https://vietnamnews.vn/economy/1656339/nearly-100-000-businesses-enters-the-market.html';
const VNP_202174 = 'https://en.vietnamplus.vn/many-entrepreneurs-leave-then-rejoin-market/202174.vnp';
const VIETNAMVN_HY_2025 = 'https://vietnam.vn/en/hung-yen-xep-thu-17-63-tinh-thanh-pho-ve-toc-do-tang-truong-grdp';
const VNP_200717 =
  'https://en.vietnamplus.vn/transport-sector-to-disburse-nearly-1086-trillion-vnd-of-public-investment/200717.vnp';
const VNP_272018 = 'https://en.vietnamplus.vn/fdi-inflows-surge-in-vietnam-in-11-months/272018.vnp';
const VNP_198241 = 'https://en.vietnamplus.vn/vietnams-gdp-estimated-to-expand-448-percent-in-q1/198241.vnp';
const VNP_249134 = 'https://en.vietnamplus.vn/hanoi-welcomes-over-37-million-visitors-in-two-months/249134.vnp';
const VNP_268817 = 'https://en.vietnamplus.vn/foreign-tourist-arrivals-to-hanoi-surpass-yearly-plan/268817.vnp';
const VNP_224074 = 'https://en.vietnamplus.vn/tourists-to-hanoi-increase-by-nearly-50-percent/224074.vnp';
const VNS_1689991 =
  'https://vietnamnews.vn/economy/1689991/hcm-city-leads-the-country-in-budget-revenue-sets-higher-goals-for-2025.html';
const VNS_1665265 = 'https://vietnamnews.vn/life-style/1665265/tourism-soars-in-the-central-hub.html';
const VNS_1690122 =
  'https://vietnamnews.vn/society/1690122/da-nang-looks-to-attract-11-9-million-tourists-in-2025.html';

const VNP_154015 = 'https://en.vietnamplus.vn/binh-duong-earns-104-billion-usd-exports-in-5-months/154015.vnp';
const VNP_155590 = 'https://en.vietnamplus.vn/thai-nguyens-export-revenues-reach-139-billion-usd-in-h1/155590.vnp';
const VNP_289813 = 'https://en.vietnamplus.vn/consumer-price-index-rises-408-in-six-months-gso-post289813.vnp';

const VNP_307176 =
  'https://en.vietnamplus.vn/agro-forestry-aquatic-exports-keep-pace-with-global-markets-post307176.vnp';
const VNS_1666147 =
  'https://vietnamnews.vn/economy/1666147/agro-forestry-fishery-sector-posts-a-trade-surplus-62-per-cent-higher-in-january-october.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const usd = (v: string): RealFact => ({ v, u: 'USD' });

/** English: Vietnamese press in English. */
export const TEST6_EN_ROWS: readonly Row[] = [
  // retail sales, first half of 2023 (VietnamPlus/VNA)
  [
    VNP_255579,
    'Hanoi (VNA) – Total revenue from retail sales of consumer goods and services increased 10.9% year-on-year in the first six month of this year to more than 3 quadrillion VND (127 million USD), according to the General Statistics Office (GSO).',
    [{ v: '3000000000000000', u: 'VND', a: 'over', ch: [`rate 10.9 ${SPLY}`] }],
  ],
  [
    VNP_255579,
    'Specifically, retail sales of goods stood at 2.3 quadrillion VND, up 9.3%, with the sales of food and foodstuff growing by 13.5% and those of cultural and educational products increasing by 9.3%.',
    [{ v: '2300000000000000', u: 'VND', ch: ['rate 9.3 *'] }, r('13.5'), r('9.3')],
  ],
  [
    VNP_255579,
    'Retail sales of goods in January-June period in some localities rose sharply such as Binh Duong (15.6%), Quang Ninh (14.5%), Hai Phong (14%), Dong Nai (12.3%) and Khanh Hoa (9.7%) compared with the same period last year.',
    [yoy('15.6'), yoy('14.5'), yoy('14'), yoy('12.3'), yoy('9.7')],
  ],
  [
    VNP_255579,
    'Accommodation and food services generated about 321.7 trillion VND in the reviewed period, up 18.7% from a year earlier.',
    [{ v: '321700000000000', u: 'VND', a: 'about', ch: [`rate 18.7 ${SPLY}`] }],
  ],
  [
    VNP_255579,
    'Tourism revenue surged 65.9% year-on-year to around 14.5 trillion VND.',
    [{ v: '14500000000000', u: 'VND', a: 'about', ch: [`rate 65.9 ${SPLY}`] }],
  ],
  [
    VNP_255579,
    'Localities seeing a sharp increase in revenue include Da Nang (174%), Hanoi (106.9%), Hai Phong (93.2%), and Ho Chi Minh City (78.5%).',
    [r('174'), r('106.9'), r('93.2'), r('78.5')],
  ],
  [
    VNP_255579,
    'Revenue from other services was estimated at 303.4 trillion VND, up 14.4% over the same period last year.',
    [{ v: '303400000000000', u: 'VND', st: 'estimate', ch: [`rate 14.4 ${SPLY}`] }],
  ],
  [
    VNP_255579,
    'In June alone, retail sales of consumer goods and service revenue totaled 505.7 trillion VND, an increase of 0.5% month on month and 6.5% year on year.',
    [{ v: '505700000000000', u: 'VND', ch: [`rate 0.5 ${PREV}`, `rate 6.5 ${SPLY}`] }],
  ],
  [
    VNP_255579,
    'The total retail sales of consumer goods and services in the second quarter of this year were estimated at 1.520 quadrillion VND, a year-on-year rise of 1.6%, the GSO reported.',
    [{ v: '1520000000000000', u: 'VND', st: 'estimate', ch: [`rate 1.6 ${SPLY}`] }],
  ],
  // the State budget, January-October 2018 (VietnamPlus/VNA)
  [
    VNP_141709,
    'Hanoi (VNA) – The Finance Ministry reported on November 12 that total State budget collection was estimated at 1.12 quadrillion VND in the January-October period, equivalent to 84.9 percent of the yearly estimates, and up 15.1 percent from the same time of 2017.',
    [{ v: '1120000000000000', u: 'VND', st: 'estimate', c: '84.9', ch: ['rate 15.1 *'] }],
  ],
  [
    VNP_141709,
    'The figure included over 896 trillion VND sourced from domestic revenues, which represented 81.6 percent of the yearly estimates, and showed a rise of 15.8 percent year on year.',
    [{ v: '896000000000000', u: 'VND', a: 'over', c: '81.6', ch: [`rate 15.8 ${SPLY}`] }],
  ],
  [
    VNP_141709,
    'Excluding the sum gained from land use, lottery, dividends and post-profit of State enterprises, and the retrieval of State investment invested in economic organization and others, the domestic revenues was estimated at 682.2 trillion VND, equaling 78.6 percent of the yearly estimates, and rising by 13 percent from the same time of 2017.',
    [{ v: '682200000000000', u: 'VND', st: 'estimate', c: '78.6', ch: ['rate 13 *'] }],
  ],
  [
    VNP_141709,
    'During the reviewed period, State budget spending reached 1.103 quadrillion VND, or 72.4 percent of the yearly estimates, and up 9.4 percent from the same time last year.',
    [{ v: '1103000000000000', u: 'VND', c: '72.4', ch: [`rate 9.4 ${SPLY}`] }],
  ],
  [
    VNP_141709,
    'As by November 26, Government bonds worth 141.9 trillion VND were issued.',
    [{ v: '141900000000000', u: 'VND' }],
  ],
  [
    VNP_141709,
    'The ministry asked localities and sectors to increase the management of budget collection to prevent tax evasion, trade fraud, and transfer pricing so the State budget collection task for 2018 will be fulfilled.-VNA',
    [],
  ],
  // year-end 2022 briefs (VietnamPlus)
  [
    VNP_246499,
    'Total State budget collection was estimated at over 1,803 trillion VND (76.6 billion USD) in 2022, equivalent to 127.8% of the estimate, up 15% year on year, reported the Ministry of Finance (MoF) on January 3.',
    [{ v: '1803000000000000', u: 'VND', a: 'over', st: 'estimate', c: '127.8', ch: [`rate 15 ${SPLY}`], p: '2022' }],
  ],
  [
    VNP_246499,
    "The Singapore-based United Overseas Bank (UOB) has kept its forecast for Vietnam's GDP growth in 2023 unchanged at 6.6% in line with the official forecast of 6.5%, although growth momentum is likely to be weaker.",
    [
      { k: 'target', ch: ['rate 6.6 *'], p: '2023' },
      { k: 'target', ch: ['rate 6.5 *'] },
    ],
  ],
  [
    VNP_246499,
    'Export turnover of the Mekong Delta province of Dong Thap went up 34% to over 1.5 billion USD in 2022, the highest-ever recorded level, according to the provincial Department of Industry and Trade.',
    [{ v: '1500000000', u: 'USD', a: 'over', ch: ['rate 34 *'], p: '2022' }],
  ],
  [
    VNP_246395,
    'This year’s forestry exports are estimated at over 16.9 billion USD, up 6.1% from 2021, according to the Vietnam Administration of Forestry.',
    [{ v: '16900000000', u: 'USD', a: 'over', st: 'estimate', ch: ['rate 6.1 2021'] }],
  ],
  [
    VNP_246395,
    'The central city of Da Nang ranked third in terms of economic growth and 17th in economic scale nationwide in 2022, the municipal Department of Statistics reported at a press conference on December 30.',
    [],
  ],
  // exports, 2018 (VietnamPlus)
  [
    VNP_132200,
    'Vietnam’s export turnover has so far this year reached 82.63 billion USD, up 18.7% compared to the same period last year.',
    [{ v: '82630000000', u: 'USD', ch: [`rate 18.7 ${SPLY}`] }],
  ],
  [
    VNP_132200,
    'Vietnam does trade with more than 200 countries and territories and has recorded export turnover of over 1 billion USD in 28 markets.',
    [],
  ],
  [VNP_132200, 'Of these, seven markets witness turnover higher than 10 billion USD.', []],
  // new enterprises, first eight months of 2019 (Bizhub)
  [
    BIZHUB_308691,
    'The average registered capital of newly established enterprises in the first eight months in 2019 increased by 27 per cent year-on-year to VND12.7 billion (US$545 million), the highest level in recent years, according to the General Statistics Office (GSO).',
    [{ v: '12700000000', u: 'VND', ch: [`rate 27 ${SPLY}`], p: '2019-YTD-08' }],
  ],
  [
    BIZHUB_308691,
    'During this period, the country had 90,487 newly established enterprises with total registered capital of VND1.15 quadrillion, up 3.5 per cent in number of enterprises and 31 per cent in registered capital against the same period last year.',
    [
      { v: '90487', ch: [`rate 3.5 ${SPLY}`] },
      { v: '1150000000000000', u: 'VND', ch: [`rate 31 ${SPLY}`] },
    ],
  ],
  [
    BIZHUB_308691,
    'However, the GSO said that in August, the country had 11,177 newly established firms, down 9.5 per cent month-on-month.',
    [{ v: '11177', ch: [`rate -9.5 ${PREV}`] }],
  ],
  [BIZHUB_308691, 'Total registered capital of the firms still rose 8.7 per cent against July.', [r('8.7')]],
  [
    BIZHUB_308691,
    'Average registered capital per enterprise reached VND13.5 billion, up 20.1 per cent month-on-month.',
    [{ v: '13500000000', u: 'VND', ch: [`rate 20.1 ${PREV}`] }],
  ],
  [
    BIZHUB_308691,
    'In the month, there were 1,587 enterprises returning to operations, down 41 per cent from the previous month.',
    [{ v: '1587', ch: [`rate -41 ${PREV}`] }],
  ],
  [
    BIZHUB_308691,
    'According to analysts on bizlive.vn, the number of new firms and firms resuming operations in August decreased against the previous month because the seventh month of the lunar calendar – known as Ghost Month in Viet Nam and some other Asian countries – is believed to be a period of bad luck.',
    [],
  ],
  [
    BIZHUB_308691,
    'In the first eight months of this year, most sectors had growth in the number of newly-established firms, including the construction sector (up 0.8 per cent), the processing and manufacturing sector (up 5.4 per cent), the science and technology, consulting services, design, advertising and other specialities (up 14.2 per cent) and real estate (up 20.2 per cent).',
    [r('0.8'), r('5.4'), r('14.2'), r('20.2')],
  ],
  // enterprises, January-October 2020 (VietnamPlus/VNA)
  [
    VNP_189671,
    'Hanoi (VNA) - Vietnam recorded nearly 111,200 new enterprises from January-October, a year-on-year decline of 2.9 percent, according to the General Statistics Office (GSO).',
    [{ v: '111200', a: 'under', ch: [`rate -2.9 ${SPLY}`] }],
  ],
  [
    VNP_189671,
    'The new entrants, however, have combined registered investment of more than 1,594 trillion VND (68.3 billion USD), up 11.1 percent against the same period last year.',
    [{ v: '1594000000000000', u: 'VND', a: 'over', ch: [`rate 11.1 ${SPLY}`] }],
  ],
  [
    VNP_189671,
    'Average registered capital per new enterprise was 14.3 billion VND, up 14.4 percent.',
    [{ v: '14300000000', u: 'VND', ch: ['rate 14.4 *'] }],
  ],
  [
    VNP_189671,
    'Meanwhile, 32,600 operating enterprises registered to increase their capital by more than 2,298 trillion VND in total.',
    [{ v: '32600' }, { v: '2298000000000000', u: 'VND', a: 'over' }],
  ],
  [
    VNP_189671,
    'The economy therefore received a capital injection of more than 3,892 trillion VND from newly-established and existing enterprises, up 17 percent against the same period of 2019.',
    [{ v: '3892000000000000', u: 'VND', a: 'over', ch: ['rate 17 *'] }],
  ],
  [
    VNP_189671,
    'During the ten-month period, 37,700 companies resumed operations, up 8.2 percent year-on-year.',
    [{ v: '37700', ch: [`rate 8.2 ${SPLY}`] }],
  ],
  [
    VNP_189671,
    'There were also nearly 41,800 businesses temporarily suspending operations, nearly 30,300 firms waiting for dissolution procedures, and 13,500 companies completing dissolution procedures, up 58.7 percent, down 12.4 percent, and up 0.1 percent, respectively.',
    [
      { v: '41800', a: 'under', ch: ['rate 58.7 *'] },
      { v: '30300', a: 'under', ch: ['rate -12.4 *'] },
      { v: '13500', ch: ['rate 0.1 *'] },
    ],
  ],
  [VNP_189671, 'Some 8,600 firms withdrew from the market each month on average.', [{ v: '8600', a: 'about' }]],
  // enterprises, January 2023 (VietnamPlus/VNA)
  [
    VNP_247630,
    'Hanoi (VNA) – There were 10,800 newly-registered enterprises with total registered capital of 99.1 trillion VND (4.22 million USD) in January 2023, representing respective decreases of 16.6% and 48.5% over the same period last year.',
    [
      { v: '10800', ch: [`rate -16.6 ${SPLY}`], p: '2023-01' },
      { v: '99100000000000', u: 'VND', ch: [`rate -48.5 ${SPLY}`], p: '2023-01' },
    ],
  ],
  [
    VNP_247630,
    'Data from the Business Registration Management Agency under the Ministry of Planning and Investment showed that the average registered capital of a newly established enterprise in the month was only 9.1 billion VND, down 8.2% month-on-month and 38.2% year-on-year.',
    [{ v: '9100000000', u: 'VND', ch: [`rate -8.2 ${PREV}`, `rate -38.2 ${SPLY}`] }],
  ],
  [
    VNP_247630,
    'As many as 4,500 businesses increased their capital by 279 trillion VND, while 15,100 enterprises resumed operations, up 146.8% compared to the previous month and down 21.2% from the same period last year.',
    [
      { v: '4500' },
      { v: '279000000000000', u: 'VND' },
      { v: '15100', ch: [`rate 146.8 ${PREV}`, `rate -21.2 ${SPLY}`] },
    ],
  ],
  [
    VNP_247630,
    'Enterprises withdrawing from the market numbered 43.900, a year on year increase of 14.4% .',
    [{ v: '43900', ch: [`rate 14.4 ${SPLY}`] }],
  ],
  // enterprises, first five months of 2024 (Việt Nam News)
  [
    VNS_1656339,
    'HÀ NỘI — A total of 98,825 enterprises entered or re-entered the market in the first five months of this year, a year-on-year increase of 4.1 percent.',
    [{ v: '98825', ch: [`rate 4.1 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'Among those businesses, 64,758 were newly established, an increase of 4.5 per cent over the same period last year, reported the Agency for Business Registration under the Ministry of Planning and Investment (MPI).',
    [{ v: '64758', ch: [`rate 4.5 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'The registered capital for establishment reached VNĐ601 trillion (US$24.5 billion), up 5.7 per cent compared to the same period in 2023.',
    [{ v: '601000000000000', u: 'VND', ch: ['rate 5.7 *'] }],
  ],
  [
    VNS_1656339,
    'However, the total registered capital added to the economy was VNĐ1.27 quadrillion in the first five months, down 9 percent year-on-year.',
    [{ v: '1270000000000000', u: 'VND', ch: [`rate -9 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'There were 18,567 operating enterprises registered to increase capital in the first five months of the year, a decrease of 12.1 per cent over the same period.',
    [{ v: '18567', ch: [`rate -12.1 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'The amount of additionally registered capital of operating enterprises reached VNĐ666.89 trillion, down 19.2 per cent year-on-year.',
    [{ v: '666890000000000', u: 'VND', ch: [`rate -19.2 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'However, a positive note is that the average registered capital per enterprise reached VNĐ9.3 billion in the first five months of the year, an increase of 1.2 per cent over the same period last year.',
    [{ v: '9300000000', u: 'VND', ch: [`rate 1.2 ${SPLY}`] }],
  ],
  [
    VNS_1656339,
    'Ten out of 17 industries saw growth in the number of newly established businesses, with the top sectors being transportation and warehousing (up 20.8 per cent), wholesale, retail, car and motorbike repair (up 11.2 per cent), and production and distribution of electricity, water, and gas (up 9.4 per cent).',
    [r('20.8'), r('11.2'), r('9.4')],
  ],
  [
    VNS_1656339,
    'The total number of registered employees of newly established enterprises was 426,381 in the first five months of the year, up 5 per cent.',
    [{ v: '426381', ch: ['rate 5 *'] }],
  ],
  [
    VNS_1656339,
    'On the contrary, 97,299 businesses in the country withdrew from the market, an increase of 10.5 percent.',
    [{ v: '97299', ch: ['rate 10.5 *'] }],
  ],
  // enterprises, first four months of 2021 (VietnamPlus)
  [
    VNP_202174,
    'Nearly 44,200new companies were set up in the first four months of this year.',
    [{ v: '44200', a: 'under' }],
  ],
  [
    VNP_202174,
    'In addition,nearly 19,300 enterprises resumed operations, meaning an average of nearly16,000 firms were set up or restarted operations each month.',
    [
      { v: '19300', a: 'under' },
      { v: '16000', a: 'under' },
    ],
  ],
  [
    VNP_202174,
    'Also in thefirst four months, 51,500 enterprises temporarily suspended or stoppedoperating their businesses to await dissolution procedures.',
    [{ v: '51500' }],
  ],
  [
    VNP_202174,
    'On average, nearly12,900 businesses withdrew from the market every month, up 23.3 percent fromthe same period in 2020.',
    [{ v: '12900', a: 'under', ch: ['rate 23.3 *'] }],
  ],
  [
    VNP_202174,
    'Binh said thatin April, there were nearly 14,900 newly established businesses, withregistered capital of 179.9 trillion VND (7.75 billion USD) up more than59 percent over the previous months while in the first four months, newenterprises’ registered capital reached nearly 628 trillion VND, up 41 percentover the same period last year./.',
    [
      { v: '14900', a: 'under' },
      { v: '179900000000000', u: 'VND', ch: ['rate 59 *'] },
      { v: '628000000000000', u: 'VND', a: 'under', ch: [`rate 41 ${SPLY}`] },
    ],
  ],
  // Hưng Yên, first quarter of 2025 (vietnam.vn, from Báo Hưng Yên)
  [
    VIETNAMVN_HY_2025,
    "According to data from the Provincial Statistics Office, in the first quarter of this year, the province's gross regional domestic product (GRDP) is estimated to increase by 8.96% over the same period in 2024.",
    [{ st: 'estimate', ch: ['rate 8.96 *'] }],
  ],
  [
    VIETNAMVN_HY_2025,
    'Of which: Agriculture, forestry and fishery increased by 2.06%; industry and construction increased by 9.57%; trade and services increased by 9.97%; product taxes minus product subsidies increased by 8.71%.',
    [r('2.06'), r('9.57'), r('9.97'), r('8.71')],
  ],
  [
    VIETNAMVN_HY_2025,
    "Compared to provinces and cities in the Red River Delta, the province's GRDP growth rate in the first quarter of 2025 ranked 9th out of 11 provinces and cities; compared to the whole country, it ranked 17th out of 63 provinces and cities.",
    [],
  ],
  // the transport ministry's public investment, April 2021 (VietnamPlus/VNA)
  [
    VNP_200717,
    'Hanoi (VNA) - The Ministry of Transport has said its units are expected to disburse close to 10.86 trillion VND (470 million USD) of public investment by the end of April, fulfilling 28 percent of the annual target.',
    [{ k: 'target', v: '10860000000000', u: 'VND', a: 'under', c: '28' }],
  ],
  [
    VNP_200717,
    'Projected disbursement in April alone is over 4 trillion VND, surpassing the monthly target by about 507 billion VND.',
    [{ k: 'target', v: '4000000000000', u: 'VND', a: 'over' }],
  ],
  [
    VNP_200717,
    'According to the ministry’s Department of Planning and Investment, the ministry has been assigned to disburse close to 43 trillion VND this year, including 38.16 trillion VND worth of domestic investment and over 4.83 trillion VND of foreign funds.',
    [
      { k: 'target', v: '43000000000000', u: 'VND', a: 'under' },
      { k: 'target', v: '38160000000000', u: 'VND' },
      { k: 'target', v: '4830000000000', u: 'VND', a: 'over' },
    ],
  ],
  // FDI, first eleven months of 2023 (VietnamPlus/VNA)
  [
    VNP_272018,
    'According to the Foreign Investment Agency under the Ministry of Planning and Investment, foreign investors have shown keen interest in investing across 56 provinces and cities throughout the 11-month period of 2023.',
    [],
  ],
  [
    VNP_272018,
    'The northern province of Quang Ninh took the lead in FDI attraction with over 3.1 billion USD, followed by Ho Chi Minh City, Hai Phong city, Bac Giang province 2.7 billion USD, and Hanoi.',
    [{ v: '3100000000', u: 'USD', a: 'over' }, usd('2700000000')],
  ],
  [
    VNP_272018,
    'As of November 20, Vietnam boasts more than 38,800 valid FDI projects worth over 462 billion USD.',
    [
      { v: '38800', u: 'project', a: 'over' },
      { v: '462000000000', u: 'USD', a: 'over' },
    ],
  ],
  [
    VNP_272018,
    'The projects have witnessed a disbursement of over 294 billion USD in registered capital, equivalent to more than 63% of the total registered capital./.',
    [{ v: '294000000000', u: 'USD', a: 'over' }],
  ],
  // GDP, first quarter of 2021 (VietnamPlus/VNA)
  [
    VNP_198241,
    'Vietnam’s gross domestic product (GDP) in the first quarter of 2021 is estimated to rise 4.48 percent, higher than 3.68 percent recorded in the same period last year, the General Statistics Office (GSO) General Director Nguyen Thi Huong reported at a press conference on March 29.',
    [{ st: 'estimate', ch: ['rate 4.48 *'], p: '2021-Q1' }, r('3.68')],
  ],
  [
    VNP_198241,
    'The GSO leader said that the agro-forestry-fishery sector grew 3.16 percent, contributing 8.34 percent to the overall GDP growth, while industry and construction expanded 6.3 percent, and service sector grew 3.34 percent, contributing 55.96 and 35.7 percent to the total growth, respectively.',
    [r('3.16'), r('6.3'), r('3.34')],
  ],
  [
    VNP_198241,
    'Despite a 6.5 percent rise, higher than the figure of 5.1 percent in the first quarter of 2020, the growth of the industry and construction sector was still much lower than that in the first quarter of 2018 and 2019.',
    [r('6.5'), { ch: ['rate 5.1 *'], p: '2020-Q1' }],
  ],
  // Hanoi's tourism, first two months of 2023 (VietnamPlus/VNA)
  [
    VNP_249134,
    'Hanoi (VNA) – Hanoi served 3.73 million visitors in the first two months of this year, earning 13.2 trillion VND (over 556 million USD), up 2.8 times and 3.6 times year-on-year, respectively, the municipal Department of Tourism has reported.',
    [
      { v: '3730000', ch: [`times 2.8 ${SPLY}`] },
      { v: '13200000000000', u: 'VND', ch: [`times 3.6 ${SPLY}`] },
    ],
  ],
  [
    VNP_249134,
    'The total number included 535,000 foreign holidaymakers and 3.2 million domestic visitors, the department said.',
    [{ v: '535000' }, { v: '3200000' }],
  ],
  // Hanoi's tourism, 2023 (VietnamPlus/VNA)
  [
    VNP_268817,
    "Of the figure, foreign tourist arrivals reached 3.2 million, marking a four-fold increase compared to the same period of last year, and surpassing this year's target of 3 million.",
    [
      { v: '3200000', ch: [`times 4 ${SPLY}`] },
      { k: 'target', v: '3000000' },
    ],
  ],
  [
    VNP_268817,
    'Meanwhile, the number of domestic visitors rose by over 20% year on year to 15.7 million.',
    [{ v: '15700000', ch: [`rate 20 ${SPLY}`] }],
  ],
  [
    VNP_268817,
    'Total tourism revenue was estimated at 2.88 billion USD, up 67% year-on-year.',
    [{ v: '2880000000', u: 'USD', st: 'estimate', ch: [`rate 67 ${SPLY}`] }],
  ],
  [VNP_268817, 'On September 6, Hanoi was once again recognized as the top city destination in Asia for 2023./.', []],
  // Hanoi's tourism, first quarter of 2022 (VietnamPlus/VNA)
  [
    VNP_224074,
    'Hanoi (VNA) – The capital city of Hanoi has welcomed about 2.8 million domestic tourists since the beginning of this year, an increase of 45.3 percent compared to the same period last year, according to the municipal Department of Tourism.',
    [{ v: '2800000', a: 'about', ch: [`rate 45.3 ${SPLY}`] }],
  ],
  [
    VNP_224074,
    'The city earned approximately 7.8 trillion VND (343.1 million USD) in tourism revenue between January and March, up 45.3 percent year-on-year.',
    [{ v: '7800000000000', u: 'VND', a: 'about', ch: [`rate 45.3 ${SPLY}`] }],
  ],
  [
    VNP_224074,
    'To attract more visitors in the coming months, the department will launch a series of tourism programmes before and during the 31st Southeast Asian (SEA) Games, the regional largest sporting event slated to take place from May 12 to 23 this year.',
    [],
  ],
  // Ho Chi Minh City's budget, 2024 and 2025 (Việt Nam News)
  [
    VNS_1689991,
    'HCM CITY — HCM City’s total state budget revenue in 2024 was estimated at VNĐ508.5 trillion (US$19.96 billion), or 105.3 per cent of the target and 13.3 per cent up from 2023, according to the municipal People’s Committee.',
    [{ v: '508500000000000', u: 'VND', st: 'estimate', c: '105.3', ch: ['rate 13.3 2023'], p: '2024' }],
  ],
  [
    VNS_1689991,
    'This marked an historic milestone as HCM City becomes the first locality in the country to reach over VNĐ500 trillion ($19.6 billion) in budget revenue.',
    [],
  ],
  [
    VNS_1689991,
    'Dũng said for 2025, the central government has assigned the city a budget revenue target of VNĐ506.67 trillion, accounting for 25.76 per cent of the national total and representing a 4.97 per cent increase from the 2024 projection.',
    [{ k: 'target', v: '506670000000000', u: 'VND', ch: ['rate 4.97 *'], p: '2025' }],
  ],
  [
    VNS_1689991,
    'However, the city aims for total budget revenue of VNĐ520 trillion in 2025, a 7.71 per cent increase over the 2024 target, with local budget expenditures projected at VNĐ156.5 trillion, up 10.58 per cent from 2024.',
    [
      { k: 'target', v: '520000000000000', u: 'VND', ch: ['rate 7.71 *'], p: '2025' },
      { k: 'target', v: '156500000000000', u: 'VND', ch: ['rate 10.58 2024'] },
    ],
  ],
  // Đà Nẵng's tourism, first nine months of 2024 (Việt Nam News)
  [
    VNS_1665265,
    'ĐÀ NẴNG — A new record of nearly 8.7 million tourists, including nearly 3.2 million foreigners, visited the central city of Đà Nẵng in the first three quarters of the year.',
    [
      { v: '8700000', a: 'under' },
      { v: '3200000', a: 'under' },
    ],
  ],
  [VNS_1665265, 'This figure is up 30 per cent, surpassing the previous record that was set in 2019.', [r('30')]],
  [
    VNS_1665265,
    'Vice director of the city’s tourism department Nguyễn Thị Hoài An said at the Đà Nẵng Tourism Festival that the ‘green’ industry earned VNĐ26 trillion in revenue in the first nine months of 2024.',
    [{ v: '26000000000000', u: 'VND', p: '2024-YTD-09' }],
  ],
  [
    VNS_1665265,
    'She said new emerging markets from Southeast Asia, Korea and India had contributed to the city’s tourism growth in 2024, setting up a driving force to reach a new target of hosting 10.9 million visitors in 2025.',
    [{ k: 'target', v: '10900000', p: '2025' }],
  ],
  // Đà Nẵng's tourism plan for 2025 (Việt Nam News)
  [
    VNS_1690122,
    'HÀ NỘI — Lodging facilities in the central coastal city of Đà Nẵng are set to serve 11.9 million tourists, including 4.8 million foreigners, in 2025, annual increases of 10 per cent and 17 per cent respectively, heard at a recent conference on the local tourism development plan this year.',
    [
      { k: 'target', v: '11900000', ch: ['rate 10 *'], p: '2025' },
      { k: 'target', v: '4800000', ch: ['rate 17 *'], p: '2025' },
    ],
  ],
  [
    VNS_1690122,
    "According to the municipal Department of Tourism, these figures will help the city's tourism revenue exceed VNĐ36 trillion (US$1.41 billion), up by 15 per cent against 2024 and 49 per cent from 2019 – the year before the COVID-19 outbreak.",
    [{ k: 'target', v: '36000000000000', u: 'VND', a: 'over', ch: ['rate 15 2024', 'rate 49 2019'] }],
  ],
  [
    VNS_1690122,
    'The 16th fireworks festival, scheduled to run from May 31 to July 12, will light up the sky in six nights and feature 10 teams for the first time.',
    [],
  ],
  [
    VNS_1690122,
    'Last year, Đà Nẵng welcomed approximately 10.9 million visitors and reeled in VNĐ31 trillion, up 32.8 per cent and 22.1 per cent year on year and surpassing the yearly targets by 29.3 per cent and 10.8 per cent, respectively.',
    [
      { v: '10900000', a: 'about', c: '129.3', ch: [`rate 32.8 ${SPLY}`] },
      { v: '31000000000000', u: 'VND', c: '110.8', ch: [`rate 22.1 ${SPLY}`] },
    ],
  ],
  // Bình Dương's exports, first five months of 2019 (VietnamPlus/VNA)
  [
    VNP_154015,
    'Binh Duong (VNA) – Exports of the southern province of Binh Duong hit nearly 10.4 billion USD in the first five months of 2019, a year-on-year rise of 12.2 percent, said Director of the provincial Department of Industry and Trade Nguyen Van Danh.',
    [{ v: '10400000000', u: 'USD', a: 'under', ch: [`rate 12.2 ${SPLY}`], p: '2019-YTD-05' }],
  ],
  [
    VNP_154015,
    'Notably, wooden products, garment-textile, footwear and pottery to the US, European nations, and the Republic of Korea jumped between 20 and 30 percent in the period.',
    [],
  ],
  // Thái Nguyên's exports, first half of 2019 (VietnamPlus/VNA)
  [
    VNP_155590,
    'Hanoi (VNA) – Export revenues of the northern province of Thai Nguyen hit 13.9 billion USD in the first six months of the 2019, a year-on-year rise of 12 percent and equivalent to 50.4 percent of the yearly plan, reported the provincial People’s Committee.',
    [{ v: '13900000000', u: 'USD', c: '50.4', ch: [`rate 12 ${SPLY}`], p: '2019-H1' }],
  ],
  [
    VNP_155590,
    'Of the figure, exports of major items including mobile phones, tablets and other electronic products were 13.5 billion USD.',
    [usd('13500000000')],
  ],
  [
    VNP_155590,
    'Garment-textile exports raked in 158.5 million USD, while metal and ore exports brought home 140 million USD.',
    [usd('158500000'), usd('140000000')],
  ],
  [
    VNP_155590,
    'As of July 2, Vietnam’s export turnover reached 122.4 billion USD, while import turnover was 120.8 billion USD, resulting in a trade surplus of 1.6 billion USD.',
    [usd('122400000000'), usd('120800000000'), usd('1600000000')],
  ],
  [
    VNP_155590,
    'Phones and components recorded the highest export turnover of more than 23.5 billion USD, up 4 percent year on year, followed by electronics, computers and components (15.55 billion USD, up 14.3 percent), garments (15 billion USD, up 10 percent) and footwear (nearly 8.81 billion USD, up 14.2 percent).-VNA',
    [
      { v: '23500000000', u: 'USD', a: 'over', ch: [`rate 4 ${SPLY}`] },
      { v: '15550000000', u: 'USD', ch: ['rate 14.3 *'] },
      { v: '15000000000', u: 'USD', ch: ['rate 10 *'] },
      { v: '8810000000', u: 'USD', a: 'under', ch: ['rate 14.2 *'] },
    ],
  ],
  // CPI, first half of 2024 (VietnamPlus/VNA)
  [
    VNP_289813,
    'Hanoi (VNA) – Vietnam’s consumer price index (CPI) rose by 4.08% in the first half of 2024 compared to the same period last year, while core inflation increased by 2.75%, according to the General Statistics Office (GSO).',
    [{ ch: [`rate 4.08 ${SPLY}`], p: '2024-H1' }, r('2.75')],
  ],
  [
    VNP_289813,
    'The GSO defined several factors contributing to the CPI growth, which included the respective annual 4% and 5.51% increases in the prices for the groups of food and food services as well as of housing, electricity, water, fuel, and construction materials.',
    [r('4'), r('5.51')],
  ],
  [
    VNP_289813,
    'Meanwhile, household electricity prices jumped 9.45% due to higher demand and adjustments in the average retail price of electricity by the Vietnam Electricity (EVN) in 2023.',
    [r('9.45')],
  ],
  [
    VNP_289813,
    'The price of the education group rose by 8.58% as a result of higher tuition fees in some localities during the 2023-24 academic year, and that of medicines and healthcare services grew 7.07% following adjustments in healthcare service fees.',
    [r('8.58'), r('7.07')],
  ],
  [
    VNP_289813,
    'In contrast, the index for the postal and telecommunications group decreased by 1.41% year-on-year, as the prices of older generation phones dropped when businesses applied discount programmes to promote smart phones in the market.',
    [yoy('-1.41')],
  ],
  [
    VNP_289813,
    'Six-month core inflation expanded 2.75% over the same period in 2023 and was lower than the general average CPI (over 4%).',
    [r('2.75')],
  ],
  // agro-forestry-aquatic exports, first eleven months of 2024 (VietnamPlus/VNA)
  [
    VNP_307176,
    'Hanoi (VNA) – Despite challenges posed by the world’s economic situation and natural disasters, the agricultural sector has fulfilled this year’s agro-forestry-aquatic export target of 55 - 56 billion USD one month early.',
    [],
  ],
  [
    VNP_307176,
    'The 11-month export revenue hit 56.74 billion USD, rising 19% year on year and resulting in a trade surplus of 16.46 billion USD – up 52.8%.',
    [
      { v: '56740000000', u: 'USD', ch: [`rate 19 ${SPLY}`] },
      { v: '16460000000', u: 'USD', ch: ['rate 52.8 *'] },
    ],
  ],
  [
    VNP_307176,
    'If the value is maintained at 5 billion USD in December, the whole year’s figure will surpass 61 billion USD, he noted.',
    [
      { k: 'target', v: '5000000000', u: 'USD' },
      { k: 'target', v: '61000000000', u: 'USD', a: 'over' },
    ],
  ],
  [
    VNP_307176,
    'The sector’s trade surplus often accounts for 65 - 72% of the entire economy, and the Prime Minister affirmed that this is a real source of revenue.',
    [],
  ],
  [
    VNP_307176,
    'Statistics show that between January and November, forestry products took the lead in trade surplus, at 13.05 billion USD – rising 18.7% from a year earlier.',
    [{ v: '13050000000', u: 'USD', ch: [`rate 18.7 ${SPLY}`] }],
  ],
  [
    VNP_307176,
    'The surplus stood at 6.88 billion USD for aquatic products – up 17.5%, and 4.72 billion USD for agricultural ones – 3.1 times.',
    [
      { v: '6880000000', u: 'USD', ch: ['rate 17.5 *'] },
      { v: '4720000000', u: 'USD', ch: ['times 3.1 *'] },
    ],
  ],
  [
    VNP_307176,
    'The official went on to say that during the period, exports to the US reached 12.27 billion USD, accounting for 21.7% of the total overseas shipments.',
    [usd('12270000000')],
  ],
  [
    VNP_307176,
    'A breakthrough was also recorded in shipments to China, at 12.6 billion USD – equivalent to 21.6% of total exports.',
    [usd('12600000000')],
  ],
  // agro-forestry-fishery trade, first ten months of 2024 (Việt Nam News)
  [
    VNS_1666147,
    'HÀ NỘI — The agro–forestry–fishery sector posted a trade surplus of US$15.21 billion in the first 10 months of this year, representing a rise of 62.2 per cent over the same period last year, on robust exports, according to the latest updates of the Ministry of Agriculture and Rural Development.',
    [{ v: '15210000000', u: 'USD', ch: [`rate 62.2 ${SPLY}`] }],
  ],
  [
    VNS_1666147,
    'Statistics showed that Việt Nam earned revenue of $5.91 billion from agro-forestry-fishery export in October, bringing the total export revenue in the ten-month period to $51.74 billion, an year-on-year increase of 20.2 per cent.',
    [usd('5910000000'), { v: '51740000000', u: 'USD', ch: [`rate 20.2 ${SPLY}`] }],
  ],
  [
    VNS_1666147,
    'Specifically, exports of agricultural products totalled $27.38 billion in the period, up 25.6 per cent, husbandry products $423.5 million, up 2.7 per cent, fishery products $8.33 billion, up 12 per cent, forestry products $14.05 billion, up 19.9 per cent and salt $4.6 million, a drop of 0.2 per cent.',
    [
      { v: '27380000000', u: 'USD', ch: ['rate 25.6 *'] },
      { v: '423500000', u: 'USD', ch: ['rate 2.7 *'] },
      { v: '8330000000', u: 'USD', ch: ['rate 12 *'] },
      { v: '14050000000', u: 'USD', ch: ['rate 19.9 *'] },
      { v: '4600000', u: 'USD', ch: ['rate -0.2 *'] },
    ],
  ],
  [
    VNS_1666147,
    'In the period, exports to Asia rose by 17.2 per cent, America by 24.7 per cent and European by 34.1 per cent.',
    [r('17.2'), r('24.7'), r('34.1')],
  ],
  [
    VNS_1666147,
    'The US is the largest export market of Việt Nam, accounting for 21.6 per cent of Việt Nam’s agro-forestry-fishery exports.',
    [],
  ],
  [
    VNS_1666147,
    'Exports to the US rose by 25.9 per cent, China by 11.4 per cent and Japan by 5.9 per cent in the period.',
    [r('25.9'), r('11.4'), r('5.9')],
  ],
  [
    VNS_1666147,
    'The country imported $36.53 billion worth of agro-forestry-fishery products in the period, up 8.5 per cent.',
    [{ v: '36530000000', u: 'USD', ch: ['rate 8.5 *'] }],
  ],
];

export const TEST6_EN: readonly RealSentence[] = TEST6_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test6-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test6',
}));
