import type { RealFact, RealSentence } from './types';

/**
 * The SEVENTH fresh set (`test7`), English part: sentences copied verbatim from Vietnamese press in
 * English (Hanoi Times, Saigon Giai Phong English / SGGP News, the Government portal in English,
 * Quân đội Nhân dân English, VnEconomy English, Thời báo Tài chính Việt Nam English, VTV English,
 * Tuổi Trẻ News, VietNamNet English) on the State budget of Hanoi, Ho Chi Minh City and the nation,
 * trade, CPI, retail, tourism, agro-forestry-fishery and rice exports, credit, enterprises and
 * public investment disbursement (2018-2025), from articles that are in none of `vi.ts`, `en.ts`,
 * `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`, `test5-*.ts`. Every figure sentence of
 * the paragraphs read is taken, not only the easy ones. Annotated by hand from the sentence alone,
 * with the conventions of those files: `equivalent to X% of the year's target`, `X percent of the
 * target assigned by the Government`, `gaining X percent of the quotation`, `accounting for X
 * percent of the Government's approved estimate`, `surpassing the estimate at X percent` are
 * completions (two completions against two plans are two facts); `up nine folds`, `triple than the
 * same period last year`, `doubling compared to the same period last year` are multiples;
 * `year-on-year`, `from a year earlier`, `a yearly rise`, `over the same period last year`,
 * `against the same time last year` are the same period last year; `month-on-month`, `from the last
 * month`, `compared to August` (of September) the previous period; `compared to that at the end of
 * 2022` and `in late 2022` are `2022-12`; `the same period in 2018`, `the same period of 2023` and
 * a change with no base are `*` (also a change that leans on a base stated elsewhere in the
 * sentence); shares (`accounting for 64.4% of the total`, market shares, proportions),
 * contributions in percentage points, currency restatements in brackets, counts of items or
 * localities over a threshold or launching products, ranges (`between 7.5 percent and 23.6
 * percent`, `7-8%`), rice yields and counts of price adjustments are not facts; `over`, `more
 * than`, `exceeded`, `surpassed` X is a lower bound, `nearly` an upper bound,
 * `some`/`about`/`around`/`roughly` an approximation; `estimated at`/`an estimate of` is the stage
 * `estimate`; a comparison figure of another period (`higher than a surplus of US$9.01 billion
 * recorded one month earlier`) is its own fact; a goal, a planned rate or a projection for a coming
 * period (`the goal of welcoming 5 million foreign tourists this year`, `The Government will focus
 * on disbursing 100 per cent of the public investment capital planned for 2025`, `is expected to
 * welcome 25 million international visitors … in 2025` among the Government's tasks, `is targeting
 * a 14 percent increase`, `the planned 35%`, `is projected to reach … By January 31, 2026`) is a
 * target, while how the current year is estimated or projected to close (written on 30 December) is
 * an actual; a period is given when the sentence names it with its year (`the first eight months of
 * 2018` is `2018-YTD-08`, `the first half of 2024` `2024-H1`). Slips of the source (`month-on-month
 * decline` of a five-month total, `( 0.48%)`) are kept as printed and read as printed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const HT_46052 = 'https://hanoitimes.vn/hanois-budget-revenue-up-14-to-nearly-us7-billion-in-jan-aug-46052.html';
const HT_320399 = 'https://hanoitimes.vn/hanoi-grdp-growth-in-q1-hits-583-320399.html';
const HT_300493 =
  'https://m.hanoitimes.vn/vietnams-trade-surplus-hits-record-high-of-us1094-billion-in-jan-nov-300493.html';
const SGGP_122870 =
  'https://en.sggp.org.vn/ho-chi-minh-citys-2025-state-budget-revenue-reaches-vnd785-trillion-post122870.html';
const SGGP_108518 = 'https://en.sggp.org.vn/citys-budget-revenue-rapidly-surges-in-first-two-months-post108518.html';
const SGGP_110226 =
  'https://en.sggp.org.vn/agro-forestry-fishery-exports-rise-21-percent-in-five-months-post110226.html';
const SGGPNEWS_89541 =
  'https://sggpnews.org.vn/business/trade-surplus-hits-alltime-high-of-us201-billion-in-11-months-89541.html';
const BCP_5M_2023 =
  'https://en.baochinhphu.vn/trade-surplus-reaches-us98-billion-in-first-five-months-111230529160609584.htm';
const QDND_566427 = 'https://en.qdnd.vn/economy/news/vietnam-s-trade-surplus-tops-8-billion-usd-in-five-months-566427';
const VNECONOMY_CPI = 'https://en.vneconomy.vn/november-cpi-up-0-39.htm';
const TBTC_127738 = 'https://thoibaotaichinhvietnam.vn/hanois-exports-fall-slightly-in-first-four-months-127738.html';
const TBTC_133226 = 'https://thoibaotaichinhvietnam.vn/hanois-seven-month-budget-collection-up-208-133226.html';
const TBTC_138475 = 'https://thoibaotaichinhvietnam.vn/october-cpi-increases-008-gso-138475.html';
const TBTC_136790 = 'https://thoibaotaichinhvietnam.vn/nine-month-cpi-increases-by-316-year-on-year-136790.html';
const VTV_AGRO_2022 =
  'https://english.vtv.vn/news/vietnams-agro-forestry-aquatic-product-exports-hit-record-in-2022-2023013115133999.htm';
const TTN_48436 =
  'https://tuoitrenews.vn/news/business/20190107/vietnam-targets-14percent-credit-growth-this-year-report/48436.html';
const VNN_2160256 = 'https://vietnamnet.vn/en/hcmc-likely-to-fall-short-of-2023-grdp-growth-target-2160256.html';
const SGGP_87655 =
  'https://en.sggp.org.vn/more-than-18000-enterprises-newly-established-in-first-two-months-post87655.html';
const TBTC_154067 =
  'https://thoibaotaichinhvietnam.vn/vietnam-earns-298-billion-usd-from-rice-exports-in-h1-154067.html';
const VNN_2047767 = 'https://vietnamnet.vn/en/vietnam-business-news-august-9-2047767.html';
const VNN_2185254 = 'https://vietnamnet.vn/en/vietnam-business-news-september-4-2023-2185254.html';
const VNECONOMY_2025_TASKS =
  'https://en.vneconomy.vn/govt-outlines-five-key-tasks-to-achieve-2025-gdp-growth-target.htm';
const BCP_JAN_2026 =
  'https://en.baochinhphu.vn/print/positive-signals-from-viet-nams-exports-in-early-days-of-january-111260127090616217.htm';
const TBTC_116123 = 'https://thoibaotaichinhvietnam.vn/budget-collection-from-import-export-up-146-116123.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const usd = (v: string, x?: string): RealFact => ({ v, u: 'USD', ...(x === undefined ? {} : { ch: [`rate ${x} *`] }) });
const vnd = (v: string, x?: string): RealFact => ({ v, u: 'VND', ...(x === undefined ? {} : { ch: [`rate ${x} *`] }) });

/** English: Vietnamese press in English. */
export const TEST7_EN_ROWS: readonly Row[] = [
  // Hanoi's budget and trade, January-August 2018 (Hanoi Times)
  [
    HT_46052,
    "Hanoi’s budget revenue in the first eight months of 2018 reached VND158.92 trillion (US$6.84 billion), equivalent to 64.7% of the year's target and up 14% year-on-year, according to the municipal Statistics Sub-department.",
    [{ v: '158920000000000', u: 'VND', c: '64.7', ch: [`rate 14 ${SPLY}`], p: '2018-YTD-08' }],
  ],
  [
    HT_46052,
    'Upon breaking down, revenue collection from the state sector stood at VND36.51 trillion (US$1.57 billion), up 22.5% year-on-year, while that of the foreign invested sector was VND16 trillion (US$688.87 million), up 4.4%, and the private sector contributed VND34.62 trillion (US$1.49 billion), up 23.7%.',
    [
      { v: '36510000000000', u: 'VND', ch: [`rate 22.5 ${SPLY}`] },
      vnd('16000000000000', '4.4'),
      vnd('34620000000000', '23.7'),
    ],
  ],
  [
    HT_46052,
    'Additionally, revenues from income tax were estimated at VND17.8 trillion (US$766.34 million), up 18.5% year-on-year, while land-use rights yielded VND10.65 trillion (US$458.53 million), down 52.1%, among others.',
    [{ v: '17800000000000', u: 'VND', st: 'estimate', ch: [`rate 18.5 ${SPLY}`] }, vnd('10650000000000', '-52.1')],
  ],
  [
    HT_46052,
    'During the January – August period, Hanoi’s exports reached US$10.71 billion, up 15.5% year-on-year, of which equipment and computer parts made up the largest proportion with US$1.7 billion, up 6.5%.',
    [{ v: '10710000000', u: 'USD', ch: [`rate 15.5 ${SPLY}`] }, usd('1700000000', '6.5')],
  ],
  [
    HT_46052,
    'It is followed by textile and garment with US$1.4 billion, up 18.6%; machinery and accessories with US$1.17 billion, up 4.9%; transportation and parts with US$909 million, up 26.8%.',
    [usd('1400000000', '18.6'), usd('1170000000', '4.9'), usd('909000000', '26.8')],
  ],
  [
    HT_46052,
    'Hanoi imported goods worth US$20.31 billion in the period, up 1% year-on-year.',
    [{ v: '20310000000', u: 'USD', ch: [`rate 1 ${SPLY}`] }],
  ],
  [
    HT_46052,
    'Of the total, eight out of 14 categories of goods witnessed higher import growth year-on-year, including computer, electronic devices and parts with an increase of 30.9%; transportation vehicles and parts with 74.4%; household appliances and parts with 22.5%, among others, while the remaining six had seen declines in import growth, including petroleum products, steel, and animal feed, among others.',
    [r('30.9'), r('74.4'), r('22.5')],
  ],
  // Hanoi, first quarter of 2022 (Hanoi Times)
  [
    HT_320399,
    'Hanoi’s gross regional domestic product (GRDP) growth in the first quarter is estimated at 5.83% year-on-year, demonstrating the recovery trend in socio-economic development, according to the municipal Statistics Office.',
    [{ st: 'estimate', ch: [`rate 5.83 ${SPLY}`] }],
  ],
  [
    HT_320399,
    'Upon breaking down, the agro-forestry-fishery sector expanded by 3.39%, contributing 0.07 percentage points to the overall growth; the construction and industry sectors by 5.61%, or 1.05 percentage points, and the services by 6.15%, or 4.06 percentage points.',
    [r('3.39'), r('5.61'), r('6.15')],
  ],
  [
    HT_320399,
    'The first quarter also witnessed improvements in a number of the services sector, including an 11.22% year-on-year growth in logistics; 10.31% in finance-banking; 6.08% in real estate; 10.31% in science and technology; 5.88% in education and training; and 16.49% in healthcare.',
    [yoy('11.22'), r('10.31'), r('6.08'), r('10.31'), r('5.88'), r('16.49')],
  ],
  [
    HT_320399,
    '“The strategy of safe and flexible adaptation to the pandemic was key for economic recovery,” stated the statistics office.',
    [],
  ],
  [
    HT_320399,
    'Total revenue from retail sales and services in Hanoi in the first quarter sharply increased by 9.1% year-on-year to VND107.1 trillion ($4.7 billion), up 9.1% year-on-year.',
    [{ v: '107100000000000', u: 'VND', ch: [`rate 9.1 ${SPLY}`] }],
  ],
  // trade, January-November 2019 (Hanoi Times)
  [
    HT_300493,
    'Vietnam posted a record high of US$10.94 billion in trade surplus in the first 11 months of 2019, higher than a surplus of US$9.01 billion recorded one month earlier, according to the General Department of Vietnam Customs (GDVC).',
    [{ v: '10940000000', u: 'USD', p: '2019-YTD-11' }, usd('9010000000')],
  ],
  [
    HT_300493,
    'In the first 11 months of the year, the country’s external trade volume hit US$472.36 billion, up 7.3% compared to the same period in 2018.',
    [usd('472360000000', '7.3')],
  ],
  [
    HT_300493,
    'Upon breaking down, exports totaled US$241.65 billion, up 7.9% year-on-year, and imports reached US$230.71 billion, representing an increase of 6.6%.',
    [{ v: '241650000000', u: 'USD', ch: [`rate 7.9 ${SPLY}`] }, usd('230710000000', '6.6')],
  ],
  [
    HT_300493,
    'In the January – November period, foreign-invested companies had a total import-export value of US$297.87 billion, up 3.2% year-on-year.',
    [{ v: '297870000000', u: 'USD', ch: [`rate 3.2 ${SPLY}`] }],
  ],
  [
    HT_300493,
    'This included $165.03 billion in exports, up 4.1% year-on-year, accounting for 68.3% of Vietnam’s export turnover, and US$132.84 billion in imports, up 2.1%, making up 57.6% of total imports.',
    [{ v: '165030000000', u: 'USD', ch: [`rate 4.1 ${SPLY}`] }, usd('132840000000', '2.1')],
  ],
  [
    HT_300493,
    'Meanwhile, the domestic sector recorded a trade value of US$174.49 billion, or 36.9% of Vietnam’s total trade revenue, up 15.1% year-on-year.',
    [{ v: '174490000000', u: 'USD', ch: [`rate 15.1 ${SPLY}`] }],
  ],
  [
    HT_300493,
    'In a press conference held by the Ministry of Industry and Trade (MoIT) on December 12, Deputy Minister of Industry and Trade Do Thang Hai said Vietnam’s trade turnover is on track to exceed the US$500-billion mark for the first time by the second half of December.',
    [{ k: 'target', v: '500000000000', u: 'USD', a: 'over' }],
  ],
  // Ho Chi Minh City's budget, 2025 (SGGP English)
  [
    SGGP_122870,
    'As of the morning of December 30, HCMC had collected VND781.6 trillion in State budget revenue and is projected to reach VND785 trillion (US$29.87 billion) by the end of 2025, equivalent to 116.9 percent of the target assigned by the Government.',
    [vnd('781600000000000'), { v: '785000000000000', u: 'VND', c: '116.9', p: '2025' }],
  ],
  [
    SGGP_122870,
    'Reporting at the briefing, Mr. Hoang Vu Thanh, Acting Director of the HCMC Department of Finance, said that total State budget revenue collected in the city had reached VND781.6 trillion by the morning of December 30.',
    [vnd('781600000000000')],
  ],
  [
    SGGP_122870,
    'This figure represented 116.4 percent of the central government’s estimate and 112.1 percent of the target set by the HCMC People’s Council.',
    [{ c: '116.4' }, { c: '112.1' }],
  ],
  [
    SGGP_122870,
    'By the end of 2025, total State budget revenue in HCMC is estimated at VND785 trillion, or 116.9 percent of the Government’s target and 112.6 percent of the city-level estimate.',
    [{ v: '785000000000000', u: 'VND', st: 'estimate', c: '116.9', p: '2025' }, { c: '112.6' }],
  ],
  [
    SGGP_122870,
    'Of this amount, domestic revenue is expected to reach VND561 trillion, equivalent to 123.9 percent of the Government’s target and 118 percent of the city’s projection.',
    [{ v: '561000000000000', u: 'VND', c: '123.9' }, { c: '118' }],
  ],
  [
    SGGP_122870,
    'On the expenditure side, as of December 30, HCMC had disbursed VND177.7 trillion, accounting for 90.9 percent of the Government’s approved estimate.',
    [{ v: '177700000000000', u: 'VND', c: '90.9' }],
  ],
  [
    SGGP_122870,
    'Capital expenditure for basic construction exceeded VND86 trillion, or 72.4 percent of the assigned target.',
    [{ v: '86000000000000', u: 'VND', a: 'over', c: '72.4' }],
  ],
  [
    SGGP_122870,
    'By January 31, 2026, capital spending is projected to reach VND123 trillion, surpassing the estimate at 103.4 percent.',
    [{ k: 'target', v: '123000000000000', u: 'VND', c: '103.4' }],
  ],
  // Ho Chi Minh City's budget, first two months of 2024 (SGGP English)
  [
    SGGP_108518,
    'The total budget revenue in Ho Chi Minh City during the first two months achieved a breakthrough growth with an increase of 13.7 percent over the same period last year.',
    [yoy('13.7')],
  ],
  [
    SGGP_108518,
    'According to the People’s Committee of Ho Chi Minh City, the strongest growth was thanks to the enterprises group with a high contribution of 28.1 percent over the total budget revenue.',
    [],
  ],
  [
    SGGP_108518,
    'However, revenue from crude oil and import-export activities were on their downtrend with proportions of 16.9 percent and 25.4 percent, respectively.',
    [],
  ],
  [
    SGGP_108518,
    'In general, the total balanced budget revenue in the first two months of the year was estimated to reach VND103,164 billion (US$4.2 billion), gaining 21.4 percent of the quotation and up 13.7 percent over the same period of 2023.',
    [{ v: '103164000000000', u: 'VND', st: 'estimate', c: '21.4', ch: ['rate 13.7 *'] }],
  ],
  [
    SGGP_108518,
    'Of which, the domestic revenue was estimated to reach VND84,089 billion (US$3.4 billion), gaining 25.2 percent over the quotation, accounting for 81.5 percent of the total budget revenue and up 28.1 percent over the same period last year.',
    [{ v: '84089000000000', u: 'VND', st: 'estimate', c: '25.2', ch: [`rate 28.1 ${SPLY}`] }],
  ],
  [
    SGGP_108518,
    'The revenue from state enterprises was up 14.8 percent, revenue from non-state businesses surged 28 percent and revenue from foreign companies increased 26.1 percent.',
    [r('14.8'), r('28'), r('26.1')],
  ],
  // agro-forestry-fishery exports, January-May 2024 (SGGP English)
  [
    SGGP_110226,
    'The sector enjoyed a trade surplus of some US$6.53 billion, a year-on-year surge of 64.5 percent.',
    [{ v: '6530000000', u: 'USD', a: 'about', ch: [`rate 64.5 ${SPLY}`] }],
  ],
  [
    SGGP_110226,
    'The export of the items posted growth, with revenues of agricultural products rising 27.7 percent to US$13.11 billion, forestry 22.7 percent to US$6.58 billion, fishery 3.6 percent to US$3.5 billion, and husbandry 5.6 percent to US$199 million.',
    [usd('13110000000', '27.7'), usd('6580000000', '22.7'), usd('3500000000', '3.6'), usd('199000000', '5.6')],
  ],
  [
    SGGP_110226,
    'Most of the key products saw their export value increase between 7.5 percent and 23.6 percent, including wood and wooden products, coffee, rice, cashew, vegetables, and shrimp.',
    [],
  ],
  [
    SGGP_110226,
    'During the period, shipments to Asia, America, Europe, Africa, and Oceania rose 17.5 percent, 23.1 percent, 39.4 percent, 26.1 percent, and 24.8 percent, respectively, with the US, China, and Japan remaining the three largest importers.',
    [r('17.5'), r('23.1'), r('39.4'), r('26.1'), r('24.8')],
  ],
  // trade, retail and tourism, November 2020 (SGGP News)
  [
    SGGPNEWS_89541,
    'Particularly, the 11-month total export and import turnover were estimated at $489.1 billion, up 3.5 percent over the same period last year.',
    [{ v: '489100000000', u: 'USD', st: 'estimate', ch: [`rate 3.5 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_89541,
    'Of which, exports reached $254.6 billion, up 5.3 percent, and imports reached $234.5 billion, up 1.5 percent.',
    [usd('254600000000', '5.3'), usd('234500000000', '1.5')],
  ],
  [
    SGGPNEWS_89541,
    'In November alone, domestic trade rose by 2.3 percent from the previous month and by 8.5 percent from the same period last year.',
    [{ ch: [`rate 2.3 ${PREV}`, `rate 8.5 ${SPLY}`] }],
  ],
  [SGGPNEWS_89541, 'Of which, the retail sales of goods jumped by 13.2 percent.', [r('13.2')]],
  [
    SGGPNEWS_89541,
    'Transport edged up by 2.3 percent in the number of passengers and 5.3 percent in the volume of goods transported over the previous month.',
    [{ ch: [`rate 2.3 ${PREV}`] }, { ch: [`rate 5.3 ${PREV}`] }],
  ],
  [
    SGGPNEWS_89541,
    'Foreign visitors to Vietnam surged by 19.6 percent compared to last month but fell by 99 percent year-on-year because Vietnam continues to carry out measures to prevent and control the Covid-19 pandemic and has not opened international tourism.',
    [{ ch: [`rate 19.6 ${PREV}`, `rate -99 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_89541,
    'The total retail sales of consumer goods and services in November were estimated at VND464.4 trillion, up 2.3 percent compared to the previous month and up 8.5 percent over the same period last year.',
    [{ v: '464400000000000', u: 'VND', st: 'estimate', ch: [`rate 2.3 ${PREV}`, `rate 8.5 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_89541,
    'Generally, total retail sales of consumer goods and services in the first 11 months of this year surpassed VND4.59 quadrillion, up 2 percent over the same period last year.',
    [{ v: '4590000000000000', u: 'VND', a: 'over', ch: [`rate 2 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_89541,
    'As for the structure of export goods in 11 months, the heavy industrial and mineral products were estimated at $138 billion, up 9.2 percent over the same period last year.',
    [{ v: '138000000000', u: 'USD', st: 'estimate', ch: [`rate 9.2 ${SPLY}`] }],
  ],
  [
    SGGPNEWS_89541,
    'Light industry and handicraft products reached an estimate of $90.2 billion, up 1.5 percent.',
    [{ v: '90200000000', u: 'USD', st: 'estimate', ch: ['rate 1.5 *'] }],
  ],
  [
    SGGPNEWS_89541,
    'The group of agricultural and forestry products touched $18.7 billion, down 0.1 percent.',
    [usd('18700000000', '-0.1')],
  ],
  [
    SGGPNEWS_89541,
    'The group of aquatic products reached $7.7 billion, down 0.9 percent.',
    [usd('7700000000', '-0.9')],
  ],
  [
    SGGPNEWS_89541,
    'As for export markets, the US was the largest export market of Vietnam in the first 11 months of this year with an export turnover of $69.9 billion, up 25.7 percent over the same period last year.',
    [{ v: '69900000000', u: 'USD', ch: [`rate 25.7 ${SPLY}`] }],
  ],
  [SGGPNEWS_89541, 'China was next with $43.1 billion, up 16 percent.', [usd('43100000000', '16')]],
  // trade, January-May 2023 (Government portal)
  [
    BCP_5M_2023,
    'VGP - Viet Nam ran a trade surplus of US$ 2.24 billion in May and US$ 9.8 billion in the first five months, according to the General Statistics Office (GSO).',
    [usd('2240000000'), usd('9800000000')],
  ],
  [
    BCP_5M_2023,
    'In its latest report, published on May 29, the GSO said that the domestic sector suffered a trade gap of US$8.76 billion while the FDI sector gained a trade surplus of US$18.56 billion (including crude oil).',
    [usd('8760000000'), usd('18560000000')],
  ],
  [
    BCP_5M_2023,
    'In May, Viet Nam’s total trade turnover was estimated at US$ 55.86 billion, representing a month-on-month increase of 5.3 percent and a year-on-year growth of 12.3 percent.',
    [{ v: '55860000000', u: 'USD', st: 'estimate', ch: [`rate 5.3 ${PREV}`, `rate 12.3 ${SPLY}`] }],
  ],
  [
    BCP_5M_2023,
    'In the first five months, trade turnover totalled US$262.54 billion, representing a month-on-month decline of 14.7 percent.',
    [{ v: '262540000000', u: 'USD', ch: [`rate -14.7 ${PREV}`] }],
  ],
  [
    BCP_5M_2023,
    'Export turnover was estimated at US$136.17 billion, down 11.6 percent against the same period last year.',
    [{ v: '136170000000', u: 'USD', st: 'estimate', ch: [`rate -11.6 ${SPLY}`] }],
  ],
  [
    BCP_5M_2023,
    'In the reviewed period, 23 commodities earned over US$1 billion in export turnover each, accounting for 87.4 percent of the total export turnover.',
    [],
  ],
  [
    BCP_5M_2023,
    'In May, import turnover was estimated at US$ 26.81 billion, representing a month-on-month increase of 6.4 percent.',
    [{ v: '26810000000', u: 'USD', st: 'estimate', ch: [`rate 6.4 ${PREV}`] }],
  ],
  [
    BCP_5M_2023,
    'In the first five months, import turnover was estimated at US$126.37 billion, down 17.9 percent against the same period last year including US$ 43.95 billion made by domestic sector and US$ 82.42 billion made by the FDI sector.',
    [
      { v: '126370000000', u: 'USD', st: 'estimate', ch: [`rate -17.9 ${SPLY}`] },
      usd('43950000000'),
      usd('82420000000'),
    ],
  ],
  [
    BCP_5M_2023,
    'Up to 24 import items valued over US$1 billion each, making up 81.2 percent of the total export turnover.',
    [],
  ],
  [
    BCP_5M_2023,
    'In the January-May period, the U.S. was the largest importer of Vietnamese products with US$ 37.2 billion, followed by China with US$ 43.4 billion.',
    [usd('37200000000'), usd('43400000000')],
  ],
  [
    BCP_5M_2023,
    'Especially, Viet Nam gained a trade surplus of US$ 31.2 billion with the U.S., US$12.6 billion with the EU, and US$ 521 million with Japan.',
    [usd('31200000000'), usd('12600000000'), usd('521000000')],
  ],
  [
    BCP_5M_2023,
    'Meanwhile, the Southeast Asian country suffered from a trade deficit of US$23.6 billion with China, US$10.8 billion with South Korea, and US$3.4 billion with ASEAN./.',
    [usd('23600000000'), usd('10800000000'), usd('3400000000')],
  ],
  // trade, first five months (Quân đội Nhân dân English, VNA)
  [
    QDND_566427,
    'Of the total export earning, 43.69 billion USD came from the domestic sector and 113.08 billion USD from the foreign-invested one, rising 20.5% and 13.3% against the same time last year.',
    [
      { v: '43690000000', u: 'USD', ch: [`rate 20.5 ${SPLY}`] },
      { v: '113080000000', u: 'USD', ch: [`rate 13.3 ${SPLY}`] },
    ],
  ],
  [
    QDND_566427,
    'In the period under review, 26 kinds of products recorded export turnover of more than 1 billion USD each, or 90% of the total, including seven with over 5 billion USD.',
    [],
  ],
  [
    QDND_566427,
    'The processing sector contributed some 137.39 billion USD to the total export revenue, or 87.7%, while the fuel and mining sector made up 1.3%, agro-forestry 8.8%, and fisheries 2.2%.',
    [{ v: '137390000000', u: 'USD', a: 'about' }],
  ],
  [
    QDND_566427,
    'In the meantime, the domestic sector spent 54.95 billion USD on imports, and the foreign-invested one 93.81 billion USD, year-on-year increases of 24.2% and 14.9%.',
    [
      { v: '54950000000', u: 'USD', ch: [`rate 24.2 ${SPLY}`] },
      { v: '93810000000', u: 'USD', ch: [`rate 14.9 ${SPLY}`] },
    ],
  ],
  [
    QDND_566427,
    'Capital goods were the major imports in the period with an estimated value of 139.89 billion USD.',
    [{ v: '139890000000', u: 'USD', st: 'estimate' }],
  ],
  [
    QDND_566427,
    'The U.S. was the largest export market of Vietnam with revenue of 44 billion USD, while China was the leading import market of the country with 54.9 billion USD.',
    [usd('44000000000'), usd('54900000000')],
  ],
  [
    QDND_566427,
    'Also in the period, Vietnam enjoyed a trade surplus of 38.1 billion USD with the US, 14.3 billion USD with the E.U., and 290 million USD with Japan.',
    [usd('38100000000'), usd('14300000000'), usd('290000000')],
  ],
  [
    QDND_566427,
    'Meanwhile, it suffered a trade deficit of 32.3 billion USD with China, 11.1 billion USD with the Republic of Korea, and 4.2 billion USD from ASEAN.',
    [usd('32300000000'), usd('11100000000'), usd('4200000000')],
  ],
  // CPI, November (VnEconomy English)
  [
    VNECONOMY_CPI,
    'The Consumer Price Index (CPI) rose 0.39 per cent month-on-month in November and 4.37 per cent year-on-year due to increases in house rental costs and adjusted gasoline prices in line with global market trends, the General Statistics Office (GSO) has reported.',
    [{ ch: [`rate 0.39 ${PREV}`, `rate 4.37 ${SPLY}`] }],
  ],
  [
    VNECONOMY_CPI,
    'The GSO attributed the eleven-month CPI hike to rising gasoline prices, which were adjusted 31 times in the period.',
    [],
  ],
  [
    VNECONOMY_CPI,
    'On average, domestic gasoline prices increased 31.76 per cent year-on-year between January and November, it said.',
    [yoy('31.76')],
  ],
  [
    VNECONOMY_CPI,
    'With Covid-19 brought under control, demand for restaurant services bounced back, leading to a 4.78 per cent rise in dining-out prices in the period.',
    [r('4.78')],
  ],
  [
    VNECONOMY_CPI,
    'Eleven-month core inflation rose 2.38 per cent from a year earlier; lower than CPI growth of 3.02 per cent, showing that changes in consumer prices are being mainly driven by fluctuations in food, foodstuff, and gasoline prices, according to the GSO.',
    [yoy('2.38'), r('3.02')],
  ],
  // Hanoi's exports and retail, early 2023 (Thời báo Tài chính English)
  [
    TBTC_127738,
    'Hanoi recorded a slight year-on-year decrease of 1.3% in exports to 5.3 billion USD in the first four months of 2023, according to its Department of Industry and Trade.',
    [{ v: '5300000000', u: 'USD', ch: [`rate -1.3 ${SPLY}`], p: '2023-YTD-04' }],
  ],
  [
    TBTC_127738,
    'The revenue comprises 2.9 billion USD by the domestic sector, up 0.8%, and 2.4 billion USD by foreign direct invested firms, down 3.8%.',
    [usd('2900000000', '0.8'), usd('2400000000', '-3.8')],
  ],
  [
    TBTC_127738,
    'In April alone, the capital city earned nearly 1.52 billion USD from overseas shipments, rising 3.6% month on month and 2.3% year on year, statistics show.',
    [{ v: '1520000000', u: 'USD', a: 'under', ch: [`rate 3.6 ${PREV}`, `rate 2.3 ${SPLY}`] }],
  ],
  [
    TBTC_127738,
    'Though Hanoi witnessed a trade surplus in January and February, the export value of most groups of commodities dropped, with many staples’ turnover plummeting by double-digit rates from the same period last year.',
    [],
  ],
  [
    TBTC_127738,
    'Meanwhile, wholesale and retail still enjoyed good growth, she said, adding that total retail sales of goods and consumer service revenue in Hanoi reached some 184.4 trillion VND (over 7.8 billion USD) in the first quarter, up 12.6% from a year earlier.',
    [{ v: '184400000000000', u: 'VND', a: 'about', ch: [`rate 12.6 ${SPLY}`] }],
  ],
  [
    TBTC_127738,
    'That includes 118.9 trillion VND in retail sales, accounting for 64.4% of the total and growing 12.2% year on year.',
    [{ v: '118900000000000', u: 'VND', ch: [`rate 12.2 ${SPLY}`] }],
  ],
  // Hanoi's budget and credit, January-July 2023 (Thời báo Tài chính English)
  [
    TBTC_133226,
    'Hanoi’s budget revenue is estimated at 253.2 trillion VND (10.6 billion USD) in the first seven months of this year, equal to 71.7% of the yearly estimate, and up 20.8% year-on-year, according to the municipal People’s Committee.',
    [{ v: '253200000000000', u: 'VND', st: 'estimate', c: '71.7', ch: [`rate 20.8 ${SPLY}`] }],
  ],
  [
    TBTC_133226,
    'Of the total, domestic revenue totalled 238.3 trillion VND, up 23.5%, while revenue from crude reached 1.9 trillion VND, up 12.9%, and that from import and export activities 13 trillion VND, down 12.9%.',
    [vnd('238300000000000', '23.5'), vnd('1900000000000', '12.9'), vnd('13000000000000', '-12.9')],
  ],
  [
    TBTC_133226,
    'In the period, the State-run business sector contributed 49.9 trillion VND to the budget, up 37% year-on-year, the foreign-invested sector 17.1 trillion VND, up 23.1%, and the non-State sector 48.9 trillion VND, up 6.8%.',
    [
      { v: '49900000000000', u: 'VND', ch: [`rate 37 ${SPLY}`] },
      vnd('17100000000000', '23.1'),
      vnd('48900000000000', '6.8'),
    ],
  ],
  [TBTC_133226, 'Collection of personal income tax rose by 0.3% to 24.7 trillion VND.', [vnd('24700000000000', '0.3')]],
  [
    TBTC_133226,
    'Meanwhile, the capital city’s budget spending in the period was estimated at 45.7 trillion VND, up 26.4% year-on-year and equal to 43.5% of the yearly estimate.',
    [{ v: '45700000000000', u: 'VND', st: 'estimate', c: '43.5', ch: [`rate 26.4 ${SPLY}`] }],
  ],
  [
    TBTC_133226,
    'Of the amount, 18.8 trillion VND was spent on development investment, a yearly rise of 53.1%, and 26.9 trillion VND was regular expenditure, up 14.2%.',
    [{ v: '18800000000000', u: 'VND', ch: [`rate 53.1 ${SPLY}`] }, vnd('26900000000000', '14.2')],
  ],
  [
    TBTC_133226,
    'In Jan-Jul, the total mobilised capital of credit institutions in the city was estimated at 4.98 quadrillion VND, up 0.31% against the previous month and 2.6% compared to that at the end of 2022.',
    [{ v: '4980000000000000', u: 'VND', st: 'estimate', ch: [`rate 0.31 ${PREV}`, 'rate 2.6 2022-12'] }],
  ],
  [
    TBTC_133226,
    'The total credit outstanding balance reached 3.06 quadrillion VND, a month-on-month increase of 0.58% and up 4.18% compared to that in late 2022./.',
    [{ v: '3060000000000000', u: 'VND', ch: [`rate 0.58 ${PREV}`, 'rate 4.18 2022-12'] }],
  ],
  // CPI, October 2023 (Thời báo Tài chính English)
  [
    TBTC_138475,
    'The consumer price index (CPI) in October increased 0.08% from the last month and 3.59% from a year earlier, the General Statistics Office (GSO) reported on October 29.',
    [{ ch: [`rate 0.08 ${PREV}`, `rate 3.59 ${SPLY}`] }],
  ],
  [
    TBTC_138475,
    'According to the GSO, nine of the 11 groups of goods and services saw price hikes including education services (up 2.25%), housing and building materials (0.27%), water ( 0.48%), house repairing services (0.29%), drinks and tobacco (0.15%), restaurants and food services ( 0.06%), and household appliance (0.03%).',
    [r('2.25'), r('0.27'), r('0.48'), r('0.29'), r('0.15'), r('0.06'), r('0.03')],
  ],
  [
    TBTC_138475,
    'Meanwhile, telecommunications and transportation saw a drop of 0.11% and 1.51% respectively.',
    [r('-0.11'), r('-1.51')],
  ],
  [
    TBTC_138475,
    'The GSO pointed out that core inflation in October increased by 0.09% over the previous month, up 3.43% over the same period last year.',
    [{ ch: [`rate 0.09 ${PREV}`, `rate 3.43 ${SPLY}`] }],
  ],
  [
    TBTC_138475,
    'On average, in the first ten months of 2023, core inflation increased by 4.38% compared to the same period in 2022, higher than the general average CPI increase of 3.2%.',
    [
      { ch: ['rate 4.38 *'], p: '2023-YTD-10' },
      { ch: ['rate 3.2 *'], p: '2023-YTD-10' },
    ],
  ],
  [
    TBTC_138475,
    'The main reason is that the average domestic petrol price in the ten months of 2023 decreased by 13.24% over the same period last year, and gas prices decreased by 8.55%./.',
    [
      { ch: [`rate -13.24 ${SPLY}`], p: '2023-YTD-10' },
      { ch: ['rate -8.55 *'], p: '2023-YTD-10' },
    ],
  ],
  // CPI, first nine months of 2023 (Thời báo Tài chính English)
  [
    TBTC_136790,
    'The average consumer price index (CPI) in the first nine months of this year increases by 3.16% from the same period last year, the General Statistics Office (GSO) reported on September 29.',
    [yoy('3.16')],
  ],
  [
    TBTC_136790,
    'According to the GSO, nine of the 11 categories of goods and services saw price hikes, particularly transport services with airfare surging 71.56% year on year, train services 31.26% and coach 8.33%.',
    [yoy('71.56'), r('31.26'), r('8.33')],
  ],
  [
    TBTC_136790,
    'Besides, the prices of education services picked up 7.28%, housing and construction materials 6.73%, food 4.85%, and drinks and tobacco 3.48%.',
    [r('7.28'), r('6.73'), r('4.85'), r('3.48')],
  ],
  [
    TBTC_136790,
    'In the period, prices declined in two categories – petrol and oil 15.26%, and postal and telecommunications services 0.62%',
    [r('-15.26'), r('-0.62')],
  ],
  [
    TBTC_136790,
    'Meanwhile, the core inflation in the period rose 4.49% year on year, as petrol and oil, which recorded significant prices reduction, are not included in the goods basket for calculating inflation.',
    [yoy('4.49')],
  ],
  [
    TBTC_136790,
    'The September CPI increased 1.08% compared to August and went up 3.66% from the same month last year.',
    [{ ch: [`rate 1.08 ${PREV}`, `rate 3.66 ${SPLY}`] }],
  ],
  [
    TBTC_136790,
    'Core inflation in the month rose 0.26% compared to the previous month and climbed 3.8% compared to the same period last year./.',
    [{ ch: [`rate 0.26 ${PREV}`, `rate 3.8 ${SPLY}`] }],
  ],
  // agro-forestry-aquatic exports, 2022 (VTV English)
  [
    VTV_AGRO_2022,
    'Eleven groups of goods raked in over 1 billion USD each, including coffee, rubber, rice, fruits and vegetables, cashew nuts, shrimp, tra fish and wooden furniture that earned more than 2 billion USD.',
    [],
  ],
  [
    VTV_AGRO_2022,
    'Trade surplus of the sector was estimated at 8.5 billion USD, up 30% year-on-year.',
    [{ v: '8500000000', u: 'USD', st: 'estimate', ch: [`rate 30 ${SPLY}`] }],
  ],
  [
    VTV_AGRO_2022,
    'In the first 11 months of last year, Asia remained Vietnam’s biggest market with a market share of 44.7%, followed by America 27.4%, Europe 11.3%, the Pacific 1.7% and Africa 1.7%.',
    [],
  ],
  [
    VTV_AGRO_2022,
    'The US was still the biggest importer of Vietnamese farm produce with a combined value of 12.3 billion USD, accounting for 25% of the market share.',
    [usd('12300000000')],
  ],
  [
    VTV_AGRO_2022,
    'Coming next was China with roughly 9.3 billion USD and Japan 3.9 billion USD, equivalent to 18.9% and 7.9% of the market shares, respectively.',
    [{ v: '9300000000', u: 'USD', a: 'about' }, usd('3900000000')],
  ],
  [
    VTV_AGRO_2022,
    'Deputy Director of the Vietnam Academy of Agricultural Sciences Dao The Anh expressed his belief that farm produce exports will continue thriving this year.',
    [],
  ],
  // credit, 2019 (Tuổi Trẻ News)
  [
    TTN_48436,
    'HANOI -- The State Bank of Vietnam is targeting a 14 percent increase in banks’ total lending this year, in line with the credit growth seen last year, state media reported on Monday.',
    [{ k: 'target', ch: ['rate 14 *'] }],
  ],
  [TTN_48436, 'Total money supply, or M2, rose 12.5 percent last year, the report said.', [r('12.5')]],
  [
    TTN_48436,
    'Vietnam’s economic growth traditionally relies heavily on increased credit, though the authorities have been trying to reduce this reliance.',
    [],
  ],
  // Ho Chi Minh City, first half of 2023 (VietNamNet English)
  [VNN_2160256, 'The municipality has set a GRDP growth target of 7-8% for 2023.', []],
  [
    VNN_2160256,
    'In the first quarter of this year, HCMC’s economy saw a modest expansion, with a growth rate of only 0.7%, the lowest among the five centrally-governed cities.',
    [r('0.7')],
  ],
  [
    VNN_2160256,
    'As a result, the city’s GRDP reached 5.87%, leading to an overall growth rate of 3.55% for the first half of the year.',
    [r('5.87'), r('3.55')],
  ],
  [
    VNN_2160256,
    'As of June 29, HCMC had disbursed VND14 trillion, achieving 21% of its full-year public investment plan.',
    [{ v: '14000000000000', u: 'VND', c: '21' }],
  ],
  [
    VNN_2160256,
    'Chairman Mai noted that while the disbursement rate had not reached the planned 35%, it still marked a significant improvement compared to the VND6 trillion disbursed in the same period last year.',
    [{ k: 'target', c: '35' }, vnd('6000000000000')],
  ],
  [
    VNN_2160256,
    'Tran Du Lich, a member of the National Assembly Economic Committee, stated that the city’s economy bottomed out in the first quarter and remains challenging.',
    [],
  ],
  [
    VNN_2160256,
    'Lich added that the National Assembly’s Resolution 98 could contribute to a potential jump in HCMC’s GRDP growth to 8% in the second half of the year.',
    [{ k: 'target', ch: ['rate 8 *'] }],
  ],
  // enterprises, first two months of 2021 (SGGP English)
  [
    SGGP_87655,
    'According to the General Statistics Office of Vietnam, in the first two months of this year, the country had 18,100 newly-registered enterprises with the total registered capital at VND334.8 trillion, up 4 percent in the number of enterprises, and 52 percent in the value of registered capital compared to the same period last year.',
    [
      { v: '18100', ch: [`rate 4 ${SPLY}`] },
      { v: '334800000000000', u: 'VND', ch: [`rate 52 ${SPLY}`] },
    ],
  ],
  [
    SGGP_87655,
    'Noticeably, the average registered capital of a newly-established enterprise in the first two months reached VND18.5 billion, an increase of more than 46 percent year-on-year.',
    [{ v: '18500000000', u: 'VND', ch: [`rate 46 ${SPLY}`] }],
  ],
  [
    SGGP_87655,
    'More than 11,000 enterprises resumed operations, a decrease of 7.6 percent compared to the same period, sending the total number of newly-established enterprises and enterprises resuming operations in the first two months of this year to 29,200.',
    [{ v: '11000', a: 'over', ch: [`rate -7.6 ${SPLY}`] }, { v: '29200' }],
  ],
  [
    SGGP_87655,
    'Thus, on average, around 14,600 enterprises are newly-established and back to operations each month.',
    [{ v: '14600', a: 'about' }],
  ],
  [
    SGGP_87655,
    'In the first two months, there were 33,600 enterprises suspended operations for a limited period, halted operations to file for dissolution procedures, and complete dissolution procedures, up 18.6 percent over the same period.',
    [{ v: '33600', ch: [`rate 18.6 ${SPLY}`] }],
  ],
  [
    SGGP_87655,
    'Particularly, 21,600 enterprises paused business for a limited period, up 34 percent; 8,400 enterprises stopped operations to file for dissolution procedures, down 10.7 percent, and 3,600 enterprises completed dissolution procedures, up 28 percent.',
    [
      { v: '21600', ch: ['rate 34 *'] },
      { v: '8400', ch: ['rate -10.7 *'] },
      { v: '3600', ch: ['rate 28 *'] },
    ],
  ],
  [
    SGGP_87655,
    'On average, 16,800 enterprises leave the market each month, higher than the number of enterprises resuming operations.',
    [{ v: '16800' }],
  ],
  // rice, first half of 2024 (Thời báo Tài chính English)
  [
    TBTC_154067,
    'Vietnam exported 4.68 million tonnes of rice in the first six months of this year, earning 2.98 billion USD, according to the Ministry of Agriculture and Rural Development.',
    [{ v: '4680000', u: 'tonne' }, usd('2980000000')],
  ],
  [
    TBTC_154067,
    'The figures represent an increase of 10.4% in volume and 32% in value over the same period last year.',
    [yoy('10.4'), yoy('32')],
  ],
  [
    TBTC_154067,
    'The country harvested 3.48 million ha of rice in the first half of 2024, up 0.5% year-on-year.',
    [{ v: '3480000', u: 'ha', ch: [`rate 0.5 ${SPLY}`], p: '2024-H1' }],
  ],
  [
    TBTC_154067,
    'The average yield reached 6.7 tonnes per ha, an increase of 0.7 tonnes per ha, bringing the total output to 23.3 million tonnes, up 1.6% year-on-year.',
    [{ v: '23300000', u: 'tonne', ch: [`rate 1.6 ${SPLY}`] }],
  ],
  [
    TBTC_154067,
    'Meanwhile, Vietnam spent about 670 million USD on importing rice from other countries, primary from Cambodia and India.',
    [{ v: '670000000', u: 'USD', a: 'about' }],
  ],
  [
    TBTC_154067,
    'Although being the world’s second largest rice exporter, the country still imports certain types of rice for the production of animal feed./.',
    [],
  ],
  // foreign tourists and passion fruit, January-July 2022 (VietNamNet English)
  [
    VNN_2047767,
    "To achieve the goal of welcoming 5 million foreign tourists this year as set out earlier, Vietnam's tourism industry needs to make greater efforts in promoting its image and building more tourism products, according to insiders.",
    [{ k: 'target', v: '5000000' }],
  ],
  [
    VNN_2047767,
    'Statistics from the Vietnam National Administration of Tourism (VNAT) show that in the first seven months of 2022, Vietnam served 954,600 foreign tourists, up nine folds compared to the same period last year.',
    [{ v: '954600', ch: [`times 9 ${SPLY}`], p: '2022-YTD-07' }],
  ],
  [
    VNN_2047767,
    'In July alone, the nation welcomed 352,600 foreign visitors, up 49% month-on-month.',
    [{ v: '352600', ch: [`rate 49 ${PREV}`] }],
  ],
  [
    VNN_2047767,
    'Foreign tourists to Vietnam over the recent past mainly came from the Asia-Pacific region, prominently in the top 10 markets being the Republic of Korea with 196,200 arrivals, up 903.7% year-on-year; the US 102,900, up 5,382%; and Japan 46,000, up 794.6%.',
    [
      { v: '196200', ch: [`rate 903.7 ${SPLY}`] },
      { v: '102900', ch: ['rate 5382 *'] },
      { v: '46000', ch: ['rate 794.6 *'] },
    ],
  ],
  [
    VNN_2047767,
    'The VNAT also pointed out that European markets show impressive increases in the number of visitors to Vietnam and will gradually increase in the near future such as the UK (26,400 arrivals, up 2,958.6%), France (23,400, up 2,963.7%), and Germany (23,600, up 3,897.1%).',
    [
      { v: '26400', ch: ['rate 2958.6 *'] },
      { v: '23400', ch: ['rate 2963.7 *'] },
      { v: '23600', ch: ['rate 3897.1 *'] },
    ],
  ],
  [
    VNN_2047767,
    'The sector expects that the number of foreign visitors will surge when the peak inbound tourism season starts from September.',
    [],
  ],
  [
    VNN_2047767,
    'The Central Highlands province is home to 1,055ha of passion fruit, of which 884ha are yielding 14,703 tonnes annually.',
    [
      { v: '1055', u: 'ha' },
      { v: '884', u: 'ha' },
      { v: '14703', u: 'tonne' },
    ],
  ],
  // Ho Chi Minh City's tourism, first half of 2023 (VietNamNet English)
  [
    VNN_2185254,
    'The southern economic hub of Ho Chi Minh City led the country in tourism revenue in the first half of 2023.',
    [],
  ],
  [
    VNN_2185254,
    'Promoting its role as an economic centre and attractive tourism destination, in the first six months of this year, the city’s tourism revenue earned 80.8 trillion VND (3.35 billion USD), up 62.7% year on year.',
    [{ v: '80800000000000', u: 'VND', ch: [`rate 62.7 ${SPLY}`] }],
  ],
  [
    VNN_2185254,
    'In the reviewed period, the city welcomed more than 16.4 million domestic visitors, up 48% year on year, and 1.9 million international tourist arrivals, triple than the same period last year.',
    [
      { v: '16400000', a: 'over', ch: [`rate 48 ${SPLY}`] },
      { v: '1900000', ch: [`times 3 ${SPLY}`] },
    ],
  ],
  [
    VNN_2185254,
    'A report of the municipal Department of Tourism showed that in the January-June period, revenue from accomodation and catering sevices in the city reached over 51 trillion VND, up 36.2% over the same period in 2022, while travel revenue was 4.8 trillion VND, up 78.5% year on year.',
    [
      { v: '51000000000000', u: 'VND', a: 'over', ch: ['rate 36.2 *'] },
      { v: '4800000000000', u: 'VND', ch: [`rate 78.5 ${SPLY}`] },
    ],
  ],
  [
    VNN_2185254,
    'Le Truong Hien Hoa, Deputy Director of the municipal Department of Tourism, said that 21 areas in the city have launched featured products, under the theme of the "each district having at least one typical tourism product" programme.',
    [],
  ],
  // the Government's tasks for 2025 (VnEconomy English)
  [
    VNECONOMY_2025_TASKS,
    'The Government has outlined five key tasks to achieve the GDP growth target of 8.3 per cent to 8.5 per cent this year, according to the Government News.',
    [],
  ],
  [
    VNECONOMY_2025_TASKS,
    'These tasks include boosting overall social investment, stimulating domestic consumption, promoting exports, fostering new growth drivers, and ensuring the smooth and effective operation of the two-tier local administration model nationwide.',
    [],
  ],
  [
    VNECONOMY_2025_TASKS,
    "In February, the Government set this year's GDP growth target of at least 8 per cent.",
    [{ k: 'target', ch: ['rate 8 *'] }],
  ],
  [
    VNECONOMY_2025_TASKS,
    'However, it decided to revise up the growth target to 8.3-8.5 per cent in August to sustain robust economic momentum amid global uncertainties.',
    [],
  ],
  [
    VNECONOMY_2025_TASKS,
    'The Government will focus on disbursing 100 per cent of the public investment capital planned for 2025 while mobilizing around VND1.5 quadrillion (over $57.2 billion) in private investment, and attracting over $18 billion in foreign direct investment (FDI).',
    [
      { k: 'target', c: '100', p: '2025' },
      { k: 'target', v: '1500000000000000', u: 'VND', a: 'about' },
      { k: 'target', v: '18000000000', u: 'USD', a: 'over' },
    ],
  ],
  [
    VNECONOMY_2025_TASKS,
    'Efforts will be made to boost e-commerce growth by over 25 per cent, strengthen the "Vietnamese people prioritize using Vietnamese goods" campaign, tighten market management, and combat smuggling and trade fraud.',
    [{ k: 'target', ch: ['rate 25 *'] }],
  ],
  [
    VNECONOMY_2025_TASKS,
    'The tourism sector is expected to welcome 25 million international visitors and 150 million domestic tourists in 2025.',
    [
      { k: 'target', v: '25000000', p: '2025' },
      { k: 'target', v: '150000000', p: '2025' },
    ],
  ],
  // trade, first half of January 2026 (Government portal)
  [
    BCP_JAN_2026,
    "According to data from the General Department of Customs, in the first half of January, Viet Nam's total import–export turnover reached approximately US$39.34 billion, up 14.64 percent compared with the same period last year.",
    [{ v: '39340000000', u: 'USD', a: 'about', ch: [`rate 14.64 ${SPLY}`] }],
  ],
  [
    BCP_JAN_2026,
    'Of the figure, export turnover hit US$18.05 billion, a year-on-year increase of 11.1 percent.',
    [{ v: '18050000000', u: 'USD', ch: [`rate 11.1 ${SPLY}`] }],
  ],
  [
    BCP_JAN_2026,
    'Export growth concentrated in manufacturing and processing sector, especially high-tech industries linked to global supply chains.',
    [],
  ],
  [
    BCP_JAN_2026,
    'The group of computers, electronic products and components recorded the strongest growth, rising by nearly US$930 million, equivalent to a 28.2 percent increase year on year.',
    [{ ch: [`rate 28.2 ${SPLY}`] }],
  ],
  [
    BCP_JAN_2026,
    'It was followed by mobile phones and components, which increased by more than US$360 million (up 21.4 percent).',
    [r('21.4')],
  ],
  [
    BCP_JAN_2026,
    'Machinery, equipment, tools and spare parts rose by nearly US$249 million (up 13.1 percent).',
    [r('13.1')],
  ],
  [
    BCP_JAN_2026,
    'Remarkably, the Southeast Asian nation earned approximately US$292 million from exporting toys and sports equipment, doubling compared to the same period last year, making it the fastest-growing product group in the first half of this month.',
    [{ v: '292000000', u: 'USD', a: 'about', ch: [`times 2 ${SPLY}`] }],
  ],
  [
    BCP_JAN_2026,
    "Last year, the nation's foreign trade achieved a historic milestone, with US$930 billion, up 18.2 percent.",
    [usd('930000000000', '18.2')],
  ],
  [
    BCP_JAN_2026,
    'Exports amounted to US$475.04 billion, up 17 percent, while trade surplus attained US$20.03 billion.',
    [usd('475040000000', '17'), usd('20030000000')],
  ],
  [
    BCP_JAN_2026,
    'If double-digit growth can be achieved, exports and imports are expected to set new records this year./.',
    [],
  ],
  // trade and customs revenue (Thời báo Tài chính English)
  [
    TBTC_116123,
    'The total import-export value in the period under review reached an estimated 616.2 billion USD, up 14.1% from the same period last year, the department reported.',
    [{ v: '616200000000', u: 'USD', st: 'estimate', ch: [`rate 14.1 ${SPLY}`] }],
  ],
  [
    TBTC_116123,
    'Of the figure, the export and import turnovers totaled 312.8 billion USD and over 303.4 billion USD, representing year-on-year rises of 15.9% and 12.2%, respectively, leading to a trade surplus of 9.4 billion USD for Vietnam in the period.',
    [
      { v: '312800000000', u: 'USD', ch: [`rate 15.9 ${SPLY}`] },
      { v: '303400000000', u: 'USD', a: 'over', ch: [`rate 12.2 ${SPLY}`] },
      usd('9400000000'),
    ],
  ],
  [
    TBTC_116123,
    'The department said more measures will be taken in the remaining months of the year to remove difficulties and obstacles facing businesses.',
    [],
  ],
];

export const TEST7_EN: readonly RealSentence[] = TEST7_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test7-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test7',
}));
