import type { RealFact, RealSentence } from './types';

/**
 * The THIRTEENTH fresh set (`test13`), second English part (`test13b`): sentences copied verbatim
 * from NEW SECTORS and NEW BODIES on sites that no earlier set read (every domain below was grepped
 * in `vi.ts`, `en.ts`, `fresh-*.ts`, `fresh4-*.ts`, `test2-*.ts` … `test13-*.ts`, and so were the
 * distinctive figures) — agricultural production (the agriculture ministry's own English page on
 * the 2021 rice crop and the 2022 plan, mard.gov.vn), prices and inflation (the GSO's January 2021
 * CPI in a Vietnam News copy on debtrecovery.vn; fuel prices on Báo Đà Nẵng's English pages, 2022,
 * and in the trade ministry's dispatch summarised by BizLawyer, 2018), industrial production (the
 * GSO's index of industrial production on MTA Vietnam, 2023, The Shiv and M&P Logistics' news page;
 * PMI commentary on The Leader's English PMI page, 2018-2019), health (health-insurance coverage and
 * social-insurance enrolment on the P4H network's news and country pages; immunisation coverage from
 * the health ministry in a VNA copy on Gonkgo Finance, 2019), transport infrastructure and
 * construction (the expressway campaign on Adnkronos, 2024; social housing on BRG Building Solutions'
 * newsroom, 2025), energy transition (rooftop and utility solar on The ASEAN Post, World News
 * Monitor (Saur Energy) and USAID Clean Power Asia's news pages, 2019-2021), environment (forest
 * cover from the agriculture ministry on The World & Vietnam Report, baoquocte.vn, 2022) and
 * logistics (Vietnam B2B and B&Company, 2023), 2018-2025. Every figure sentence of the passages read
 * is kept, with some sentences around them that state no figure, and the headlines that state a
 * figure; sentences cut off by the end of the stored text are left out. Datelines (`HÀ NỘI —`,
 * `August 7, 2024_`), the agency tag `.-VNA` and list dashes (`– E5 RON 92
 * petrol: …`) are dropped; the stored copy of USAID Clean Power Asia runs two sentences together
 * with an ellipsis (`energy needs…Vietnam added`), taken as two sentences, the ellipsis kept on the
 * first; the Gonkgo copy's line breaks inside sentences are read as spaces; the spaces before full
 * stops in B&Company's text (`dropped 4 levels .`, `in 2018 .`) and in `VND26,650 /liter` are kept as
 * printed.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test11-en.ts`, `test12-en.ts`
 * and `test13-en.ts`: `year-on-year` is the same period last year; `month-on-month`, `from a month
 * earlier`, `from the previous month` the previous period; `compared to 2020`, `from 2018` of a
 * year's figure that year (a comparison figure of its own when the sentence prints it: `from 3.27
 * points in 2018`, `from only 378 megawatts (MW) in 2019`); `in March over February`, `against
 * December last year` and a change with no base are `*`; `over`, `more than`, `at least`, `topped`
 * X is a lower bound, `nearly`, `almost` an upper bound, `about`, `around`, `approximately`,
 * `some` an approximation (a bound of a change has no field); `is predicted to have declined … in
 * January 2023` (a month past, said in February) is the stage `estimate`; a forecast, projection,
 * plan, aim or target (`It is forecasted that`, `sets a target of`, `is projected to reach`, `aiming
 * to reach`, `aims to build`, `is expected to reach`, `the goal of building`, `the IMF expecting …
 * to grow`, `assure the injection rate at`) is a target, and so is every figure it governs. Index
 * points (LPI scores), capacities in MW, GW and GWp, counts of households, people and social housing
 * units, durations in days, and prices per tonne or per litre (`496 USD/ton`, `VND28,950/liter`,
 * `20,464 VND/liter`) are values without a unit; kilometres are `km`, tons and metric tons `tonne`,
 * hectares `ha`; `one million`, `eight-fold`, `25-fold` are read as their numbers. A period is given
 * when the sentence names it with its year (`in 2021` `2021`, `by 2030` `2030` of a goal, `by end of
 * 2021` and `At the end of 2020` that year, `by the end of December 2020` `2020-12`, `in January
 * 2023` `2023-01`, `as of 2023` `2023`), and every item of a list governed by it carries it; a day
 * (`as of December 31, 2020`), `this year`, `in February`, `in early 2023` none.
 *
 * The lead's convention of 1 December 2026 (domain.md): the LEVEL of a named rate indicator is a
 * value fact in `percent` (`a percentage of forest cover of 42.02%`, `a forest coverage of 42.01%`,
 * the headline `Forests cover 42.02% of Vietnam's total area`, `has reached 93.3% of the health
 * insurance population coverage`, `high vaccination rate of more than 95 percent`, `assure the
 * injection rate at 95 percent` as a goal, `the rate of using high quality rice varieties to over
 * 77%`, the coverage targets `90.7 percent population coverage` and `95 percent … coverage by 2025`);
 * shares of a total (`accounting for 39.25 % of the working age population`, `covering 3.92 % of the
 * working age population` and its target `1.42 %`, `accounts for over 89% of exported rice`,
 * `accounting for 77 percent of the country's freight movement`, `(21 percent of GDP)`), growth
 * rates (changes), and rates set by decision (the fuel-price stabilisation fund's `VND100/liter`,
 * `VND300/liter`, `VND33/kg`) are not value facts; a count is a fact when it is the indicator's value
 * (social housing units completed or planned, households installing rooftop solar, people enrolled
 * or paid benefits), not when it merely describes (`30 provinces`, `in 33`, `143 trucking businesses`,
 * `27 approved social housing projects, including four public investment initiatives comprising
 * approximately 4,000 units`, `nine groups`, `ten most popular contagious illnesses`); ranks (`43rd`,
 * `dipped by four places`, `climbed 21 levels`) are not facts. No sentence states a change in basis
 * points or in percentage points of a named rate.
 *
 * One set, one convention (the lead's rulings of 1 December 2026 for `test13-*.ts` and
 * `test13b-*.ts` alike): (1) a count of units reaching a standard that reports track as an indicator
 * (`12 communes met the new-rural standard`, `30/63 tỉnh` meeting a standard) is a value fact of that
 * count, its denominator a total (not a plan, not a fact) unless the sentence calls it the plan or
 * target; counts of provinces where an index rose or fell (`declined in 30 provinces while rising in
 * 33`) meet no standard and merely describe; (2) a flow stated as what was done in the period
 * (`completed about 700 km of new highways`, `added 9.3 gigawatts`, `added 4.45 GW`) is a value of that
 * flow, a difference between a level and its base (`up 1.1 million tons compared to 2020`) an absolute
 * change and no fact, and a planned addition (`an additional 41,000 by 2030`, `an additional 300 MW
 * … will be added by the end of 2019`) a target; (3) a rate printed without `%` is a percent only where
 * the same text makes it unmistakable (no sentence of this part prints one).
 *
 * Judgement calls: absolute changes (`up 1.1 million tons`, `the yield increased by nearly 1.9
 * quintals/ha`, `rose by VND1,490/liter`, `decreased by 69 VND/liter`, `increased by 5,500 ha`) are
 * not facts, while the amount built or added in a period (`rooftop solar installations added 9.3
 * gigawatts (GW) to its national grid` at the end of 2020, `Vietnam added 4.45 GW of new solar PV
 * capacity from June 2018 to June 2019`, `completed about 700 km of new highways, bringing the total
 * to over 2,000 km`: both figures) is a value, and the amount to be built or added (`an additional
 * 41,000 by 2030`, `an additional 300 MW … will be added by the end of 2019`) a target; `a total of 9.3 gigawatts peak (GWp) (or 7.4 GW)` restates the capacity in another measure
 * in brackets, read as one fact; the campaign's name `"500 Days and Nights of Competition to Complete
 * 3,000 km of Highways"` is a name, not a fact; `the IMF expecting Vietnam's economy to grow by 6.5
 * percent in 2019 and 2020` is one forecast growth rate for each of the two years (two target facts);
 * `is projected to reach $45.19 billion in 2023, with a compound annual growth rate (CAGR) of 6.34
 * percent, aiming to reach $65.34 billion by 2029` puts the growth rate on the 2029 figure it leads
 * to; `a 16 percent increase in freight transport volume and an almost 22 percent increase in turnover
 * year-on-year` gives both changes the base that closes the list; `this 4.45 GW easily exceeds the 1
 * GW target` states the value again and the target, no completion; `the average time for construction
 * and commissioning a solar PV project … was "an astonishing 275 days."` is a value; `which has
 * contributed to raising the average export price of rice from 496 USD/ton in 2020 to over 503
 * USD/ton in 2021` gives both prices; in the January 2021 CPI release `inched up 0.06 per cent in
 * January against December last year, and down 0.97 per cent year-on-year` is one fact with two
 * changes, the bracketed figures of the groups' prices (`(0.64 per cent)`, `(down 2.31 per cent)`)
 * are their changes, and `while the price of the US dollar decreased 0.16 per cent` carries no base
 * of its own (`*`); `The consumer price index … in January` without a year carries no period; the
 * rice plan's `maize production of 880 thousand ha; sweet potato of 105,000ha; cassava of 530,000 ha`
 * are targets (the ranges before them are not facts) without a period (the year is named in the
 * sentence before); the base prices of the 2018 dispatch are values. Slips of the source (`tons`
 * beside `ton`, `forecasted`, `reach over`, `Office of Statistics`) are kept as printed. The second
 * annotator's check (1 December 2026) restored the words `the value of` that the row of the rice
 * varieties had lost (`to enhance the value of “Vietnamese rice grain brand”`, as mard.gov.vn prints
 * it).
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const MARD_RICE_2021 =
  'https://www.mard.gov.vn/en/Pages/vietnam%E2%80%99s-rice-production-in-2021-increased-by-1-1-million-tons.aspx';
const MTA_IIP_2023 =
  'https://mtavietnam.com/2023/02/17/january-2023-the-industrial-production-index-has-risen-in-33-provinces/?lang=en';
const SHIV_IIP = 'https://the-shiv.com/vietnams-industrial-production-index-jumps-20-percent-in-march/';
const MPL_IIP = 'https://mplogistics.vn/insight/news/page/18/';
const LEADER_PMI = 'https://e.theleader.vn/PMI.html';
const DEBT_CPI_2021 = 'https://debtrecovery.vn/?p=40987';
const BAODANANG_FUEL_2022 =
  'https://baodanang.vn/english/business/202205/petrol-and-diesel-prices-reach-new-record-high-3912497';
const BIZLAWYER_FUEL_2018 = 'https://bizlawyer.vn/adjustment-of-petrol-and-oil-prices-applied-from-3pm-on-july-23-2018';
const P4H_HI_2024 = 'https://p4h.world/en/news/vietnam-has-reached-93-3-of-health-insurance-coverage/';
const P4H_COUNTRY = 'https://p4h.world/en/universal-object-country/viet-nam';
const GONKGO_EPI_2019 = 'http://finance.gonkgo.com/health-ministry-works-to-increase-immunisation-coverage/';
const ADN_EXPRESSWAY_2024 =
  'https://www.adnkronos.com/rassegna-stampa/inglese/vietnam-government-launches-campaign-to-complete-3-000-km-of-highways-by-2025_6uJCib7Osjxz5XlJM34FZ4';
const BRG_SOCIAL_HOUSING_2025 =
  'https://news.brgbuildingsolutions.com/post/vietnam-targets-one-million-social-housing-units-by-2030';
const ASEANPOST_ROOFTOP_2021 = 'https://theaseanpost.com/opinion?page=24';
const WNM_ROOFTOP_2021 = 'https://world-news-monitor.com/business/energy/renewables/';
const USAID_PV_2019 = 'http://usaidcleanpowerasia.aseanenergy.org/news/vietnam-leading-aseans-solar-pv-market/';
const USAID_ROOFTOP_2019 =
  'http://usaidcleanpowerasia.aseanenergy.org/news/vietnam-to-have-2000-mw-of-rooftop-solar-power-capacity-in-2020/';
const BQT_FOREST_2022 = 'https://en.baoquocte.vn/forests-cover-4202-of-vietnams-total-area-by-end-of-2021-193835.html';
const B2B_LOGISTICS_2023 = 'https://vietnam-b2b.com/en/mixed-prospects-ahead-for-transportation-sector-in-2024/';
const BCOMPANY_LPI_2023 = 'https://b-company.jp/the-growth-of-the-logistics-industry-in-vietnam/';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const km = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'km', ...extra });

export const TEST13B_EN_ROWS: readonly Row[] = [
  // Ministry of Agriculture and Rural Development, rice production in 2021 and the 2022 plan
  [
    MARD_RICE_2021,
    'According to the Ministry of Agriculture and Rural Development, the country’s rice output in 2021 reached over 43.86 million tons, up 1.1 million tons compared to 2020.',
    [tonne('43860000', { a: 'over', p: '2021' })],
  ],
  [
    MARD_RICE_2021,
    'Although the cultivated area decreased by about 39,700 ha, the yield increased by nearly 1.9 quintals/ha compared to 2020 to fully meet the demand for domestic consumption, processing, use as animal feed and export.',
    [],
  ],
  [
    MARD_RICE_2021,
    'Rice production continues the trend of increasing the rate of using high quality rice varieties to over 77% to enhance the value of “Vietnamese rice grain brand”.',
    [pct('77', { a: 'over' })],
  ],
  [
    MARD_RICE_2021,
    'The proportion of high-quality rice accounts for over 89% of exported rice, which has contributed to raising the average export price of rice from 496 USD/ton in 2020 to over 503 USD/ton in 2021.',
    [n('496', { p: '2020' }), n('503', { a: 'over', p: '2021' })],
  ],
  [
    MARD_RICE_2021,
    'It is forecasted that rice exports in 2021 reach over 3.27 billion USD.',
    [usd('3270000000', { a: 'over', k: 'target', p: '2021' })],
  ],
  [
    MARD_RICE_2021,
    'Typically, maize had 902,300ha, down 4.24% and output was 4.43 million tons, down 2.8%; peanuts had 160,000 ha, down 5.7% and output 416,000 tons, down 2.2%; soybean had 36,000 hectares, down 13.4% and production reached 57,600 tons, down 11.9%.',
    [
      ha('902300', r('-4.24')),
      tonne('4430000', r('-2.8')),
      ha('160000', r('-5.7')),
      tonne('416000', r('-2.2')),
      ha('36000', r('-13.4')),
      tonne('57600', r('-11.9')),
    ],
  ],
  [
    MARD_RICE_2021,
    'Cassava alone increased by 5,500 ha, reaching 530,000 ha and the output was over 10.6 million tons, up 1.9%.',
    [ha('530000'), tonne('10600000', { a: 'over', ...r('1.9') })],
  ],
  [
    MARD_RICE_2021,
    'In 2022, the agriculture and rural development sector sets a target of 48.3 million tons of grain food production.',
    [tonne('48300000', { k: 'target', p: '2022' })],
  ],
  [
    MARD_RICE_2021,
    'Particularly for rice, the cultivated area is from 7.2-7.3 million hectares, with intensive farming to increase productivity to reach an output of 43-43.9 million tons; maize production of 880 thousand ha; sweet potato of 105,000ha; cassava of 530,000 ha...',
    [ha('880000', { k: 'target' }), ha('105000', { k: 'target' }), ha('530000', { k: 'target' })],
  ],
  // GSO, index of industrial production in January 2023 (MTA Vietnam)
  [MTA_IIP_2023, 'January 2023: The industrial production index has risen in 33 provinces.', []],
  [
    MTA_IIP_2023,
    'Comparing January 2023 to the same month the previous year, the industrial production index nationwide declined in 30 provinces while rising in 33.',
    [],
  ],
  [
    MTA_IIP_2023,
    'Additionally, according to international organizations, the global economy would likely experience an economic downturn and recession in 2023.',
    [],
  ],
  [
    MTA_IIP_2023,
    'The index of industrial production (IIP) is predicted to have declined by 8% from the same time last year and by 14.6% from the previous month in January 2023.',
    [{ ch: [`rate -8 ${SPLY}`, `rate -14.6 ${PREV}`], p: '2023-01', st: 'estimate' }],
  ],
  // GSO, index of industrial production in February and March (The Shiv; M&P Logistics' news page)
  [SHIV_IIP, 'Vietnam’s Industrial Production Index jumps 20 percent in March', [r('20')]],
  [
    SHIV_IIP,
    'Vietnam’s Industrial Production Index–or IIP–was up 20 percent in March over February according to Vietnam’s General Office of Statistics.',
    [r('20')],
  ],
  [
    SHIV_IIP,
    'Notably, the IIP saw an 18 percent fall in February as a result of the Lunar New Year holiday and in this context these latest results seem to indicate a return to normal.',
    [r('-18')],
  ],
  [
    MPL_IIP,
    'Vietnam’s index of industrial production (IIP) fell 6.8% year-on-year in February and 18% from a month earlier, the General Statistics Office (GSO) reported Thursday.',
    [{ ch: [`rate -6.8 ${SPLY}`, `rate -18 ${PREV}`] }],
  ],
  [
    MPL_IIP,
    'The one-week Lunar New Year (Tet) holiday, which fell totally in February, was a main factor in the month-on-month fall, it said.',
    [],
  ],
  [MPL_IIP, 'Despite February’s fall, the January-February IIP went up 5.7% […]', [r('5.7')]],
  // IHS Markit's PMI commentary, 2018-2019 (The Leader): no figure of an indicator
  [
    LEADER_PMI,
    'Vietnam’s PMI has slumped to a six-month low in August due to slower client demand and US-China trade tensions restricting new orders and production, according to IHS Markit.',
    [],
  ],
  [
    LEADER_PMI,
    'Should the PMI remain around the current level for the rest of the quarter, PMI-based estimates suggest that Vietnam’s manufacturing output will be set for further double-digit year-on-year growth in the third quarter of 2019, according to IHS Markit.',
    [],
  ],
  [
    LEADER_PMI,
    'Although Vietnamese manufacturing sector continued to grow solidly during August, confidence dropped sharply and was the lowest since the series of PMI began in April 2012.',
    [],
  ],
  // GSO, consumer prices in January 2021 (Vietnam News on debtrecovery.vn)
  [DEBT_CPI_2021, 'Consumer price index rises 0.06 percent in January', [r('0.06')]],
  [
    DEBT_CPI_2021,
    'The consumer price index (CPI) inched up 0.06 per cent in January against December last year, and down 0.97 per cent year-on-year, according to the General Statistics Office (GSO).',
    [{ ch: ['rate 0.06 *', `rate -0.97 ${SPLY}`] }],
  ],
  [
    DEBT_CPI_2021,
    'Head of the GSO’s Price Statistics Department Đỗ Thị Ngọc said the core inflation (CPI excluding food items, energy products and commodities under the State management like medical and educational services) in January rose by 0.49 per cent year-on-year.',
    [{ ch: [`rate 0.49 ${SPLY}`] }],
  ],
  [DEBT_CPI_2021, 'This was the lowest increase in January in the past five years, she stressed.', []],
  [
    DEBT_CPI_2021,
    'The GSO said among nine groups of products and services witnessing higher prices in the reviewed period, transportation had the highest price hike of 2.3 per cent, followed by restaurant and catering services (0.64 per cent), garment, hat and footwear (0.44 per cent), education services (0.33 per cent), beverage and tobacco (0.32 per cent), and other goods and services (0.24 per cent).',
    [r('2.3'), r('0.64'), r('0.44'), r('0.33'), r('0.32'), r('0.24')],
  ],
  [
    DEBT_CPI_2021,
    'Meanwhile, two groups saw their prices decrease, including house and construction materials (down 2.31 per cent) and post and telecommunication service (down 0.1 per cent).',
    [r('-2.31'), r('-0.1')],
  ],
  [
    DEBT_CPI_2021,
    'The gold price picked up 2.17 per cent month-on-month in January, while the price of the US dollar decreased 0.16 per cent.',
    [{ ch: [`rate 2.17 ${PREV}`] }, r('-0.16')],
  ],
  // Fuel prices (Báo Đà Nẵng, May 2022; the trade ministry's dispatch of July 2018 on BizLawyer)
  [
    BAODANANG_FUEL_2022,
    'Retail gasoline prices in Viet Nam climbed to a new peak on Wednesday afternoon and hit another all-time record following the latest adjustment by the Inter-Ministry of Industry and Trade - Finance.',
    [],
  ],
  [
    BAODANANG_FUEL_2022,
    'Specifically, the retail price of E5 gasoline rose by VND1,490/liter to VND28,950/liter, while that of RON95 gasoline was adjusted up by VND1,550/liter to a maximum of VND29,980/liter.',
    [n('28950'), n('29980')],
  ],
  [
    BAODANANG_FUEL_2022,
    'Diesel oil is currently being sold at the price of VND26,650 /liter, up VND1,120/liter.',
    [n('26650')],
  ],
  [
    BAODANANG_FUEL_2022,
    'At this adjustment, the Inter-Ministry of Industry and Trade - Finance did not make use of the fuel price stabilisation fund for gasoline E5 and RON95, and diesel oil, (except for kerosene at the rate of VND300/liter and Mazut fuel oil at VND33/kg).',
    [],
  ],
  [
    BAODANANG_FUEL_2022,
    'At the same time, a fund to stabilise petrol and oil prices was set up at the rate of VND100/liter for E5 and RON95 gasoline, and diesel oil.',
    [],
  ],
  [
    BIZLAWYER_FUEL_2018,
    'On July 23, 2018, the Ministry of Industry and Trade issued Official Dispatch No.5778/BCT-TTTN on operating gasoline business.',
    [],
  ],
  [BIZLAWYER_FUEL_2018, 'E5 RON 92 petrol: 20,464 VND/liter, decreased by 69 VND/liter', [n('20464')]],
  [BIZLAWYER_FUEL_2018, 'RON 95 III petrol: 21,272 VND/liter, decreased by 66 VND/liter', [n('21272')]],
  [BIZLAWYER_FUEL_2018, '0.05S diesel oil: 17,242 VND/liter, decreased by 213 VND/liter', [n('17242')]],
  // Health insurance and social insurance in 2023 (P4H network)
  [P4H_HI_2024, 'Vietnam has reached 93.3 % of health insurance population coverage', [pct('93.3')]],
  [
    P4H_HI_2024,
    'In Vietnam, as of 2023, the national health insurance has reached an impressive 93.3% of the health insurance population coverage, surpassing the target outlined in the Government’s Resolution No 01/NQ-CP and coming close to achieving universal coverage.',
    [pct('93.3', { p: '2023' })],
  ],
  [
    P4H_HI_2024,
    'Approximately 18.26 million people enrolled in the social insurance in 2023, accounting for 39.25 % of the working age population.',
    [n('18260000', { a: 'about', p: '2023' })],
  ],
  [
    P4H_HI_2024,
    'Among those, about 1.83 million are voluntary participants, covering 3.92 % of the working age population and exceeding the target of 1.42 %.',
    [n('1830000', { a: 'about' })],
  ],
  [
    P4H_HI_2024,
    'The combined premiums from social insurance, unemployment insurance, and health insurance exceeded expectations, totaling over 472.3 trillion VND (19.24 billion USD), surpassing the Prime Minister’s assigned target.',
    [vnd('472300000000000', { a: 'over' })],
  ],
  [
    P4H_HI_2024,
    'In addition, Vietnam Social Security disbursed sickness, maternity, convalescence, and health recovery benefits to more than 8.8 million individuals in 2023.',
    [n('8800000', { a: 'over', p: '2023' })],
  ],
  [
    P4H_COUNTRY,
    'GDP per capita steadily increased from $US 423 in 1986 to $US 2,715 in 2019, and remarkable progress in poverty reduction has been achieved.',
    [usd('423', { p: '1986' }), usd('2715', { p: '2019' })],
  ],
  [
    P4H_COUNTRY,
    'The Government has exceeded its 2020 target of 90.7 percent population coverage and the new Social Security 5-year plan 2021–2025 has since set the ambitious target to achieve 95 percent social health insurance (SHI) coverage by 2025.',
    [pct('90.7', { k: 'target', p: '2020' }), pct('95', { k: 'target', p: '2025' })],
  ],
  // Health ministry, immunisation (VNA on Gonkgo Finance, April 2019)
  [
    GONKGO_EPI_2019,
    'Cuong said that after 30 years implementing the expanded free immunisation programme, with high vaccination rate of more than 95 percent, Vietnam wiped out poliomyelitis in 2000, and eliminated neonatal tetanus in 2005.',
    [pct('95', { a: 'over' })],
  ],
  [
    GONKGO_EPI_2019,
    'Meanwhile, authorities at all levels should work to ensure sufficient money for the vaccination campaign, and assure the injection rate at 95 percent in all communes and wards.',
    [pct('95', { k: 'target' })],
  ],
  [
    GONKGO_EPI_2019,
    'Free vaccination against ten most popular contagious illnesses has been open to all children aged 0-36 months, and women of childbearing age.',
    [],
  ],
  // Expressways: the 3,000 km campaign (Adnkronos, August 2024)
  [
    ADN_EXPRESSWAY_2024,
    'Vietnam: Government launches campaign to complete 3,000 km of highways by 2025',
    [km('3000', { k: 'target', p: '2025' })],
  ],
  [
    ADN_EXPRESSWAY_2024,
    'Vietnam\'s Ministry of the Interior has submitted to the Prime Minister a plan to launch a nationwide campaign titled "500 Days and Nights of Competition to Complete 3,000 km of Highways".',
    [],
  ],
  [
    ADN_EXPRESSWAY_2024,
    "This initiative aims to strengthen the government's efforts to achieve the goal of building 3,000 km of highways by 2025, as set in the 13th National Party Congress.",
    [km('3000', { k: 'target', p: '2025' })],
  ],
  [
    ADN_EXPRESSWAY_2024,
    "Currently, Vietnam has completed about 700 km of new highways, bringing the total to over 2,000 km, thus contributing to the country's economic and social development.",
    [km('700', { a: 'about' }), km('2000', { a: 'over' })],
  ],
  // Social housing (BRG Building Solutions' newsroom, 2025)
  [
    BRG_SOCIAL_HOUSING_2025,
    'Vietnam Targets One Million Social Housing Units by 2030',
    [n('1000000', { k: 'target', p: '2030' })],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'To date, only 21,000 social housing units have been completed nationwide, far below the government’s target of 130,000 units.',
    [n('21000'), n('130000', { k: 'target' })],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'Meeting this goal is essential for advancing the ambitious plan to construct one million social housing units for low-income individuals and industrial park workers by 2030.',
    [n('1000000', { k: 'target', p: '2030' })],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'The province aims to build over 30,000 units by 2025 and an additional 41,000 by 2030.',
    [n('30000', { a: 'over', k: 'target', p: '2025' }), n('41000', { k: 'target', p: '2030' })],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'Similarly, in HCM City, the housing development programme for 2021–2030 and the central government’s social housing goals have led to a target of constructing 69,700 to 93,000 units by 2030.',
    [],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'The department has also prioritized expediting the construction of 27 approved social housing projects, including four public investment initiatives comprising approximately 4,000 units.',
    [],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'Nationwide, the Ministry of Construction reported that 21,000 social housing units were built in 2024, falling short of the annual target but reflecting some progress.',
    [n('21000', { p: '2024' })],
  ],
  [
    BRG_SOCIAL_HOUSING_2025,
    'The government’s plan to construct at least one million social housing units by 2030 provides a clear target.',
    [n('1000000', { a: 'over', k: 'target', p: '2030' })],
  ],
  // Rooftop and utility solar (The ASEAN Post; World News Monitor / Saur Energy; USAID Clean Power Asia)
  [
    ASEANPOST_ROOFTOP_2021,
    'At the end of 2020, the country’s rooftop solar installations added 9.3 gigawatts (GW) to its national grid.',
    [n('9.3', { p: '2020' })],
  ],
  [
    ASEANPOST_ROOFTOP_2021,
    'Vietnam outdid itself with a new record by creating an eight-fold increase in rooftop solar by the end of December 2020 from only 378 megawatts (MW) in 2019.',
    [{ ch: ['times 8 2019'], p: '2020-12' }, n('378', { p: '2019' })],
  ],
  [
    WNM_ROOFTOP_2021,
    'New Policies Aid 25-fold Jump in Rooftop Solar Installations in Vietnam',
    [{ ch: ['times 25 *'] }],
  ],
  [
    WNM_ROOFTOP_2021,
    'A new research note from IEEFA details that as of December 31, 2020, the closing date for eligibility to the second solar feed-in-tariff program, a total of 9.3 gigawatts peak (GWp) (or 7.4 GW) of rooftop solar capacity had been connected to the national power system of Vietnam, as per the state utility Electricity of Vietnam (EVN).',
    [n('9.3')],
  ],
  [
    USAID_PV_2019,
    'With the International Monetary Fund (IMF) expecting Vietnam’s economy to grow by 6.5 percent in 2019 and 2020, it is only natural that one of the region’s fastest growing countries is turning towards renewable energy to secure its energy needs…',
    [
      { ch: ['rate 6.5 *'], k: 'target', p: '2019' },
      { ch: ['rate 6.5 *'], k: 'target', p: '2020' },
    ],
  ],
  [
    USAID_PV_2019,
    'Vietnam added 4.45 GW of new solar PV capacity from June 2018 to June 2019, and Norwegian consultancy Rystad Energy calculated that the average time for construction and commissioning a solar PV project in Vietnam was “an astonishing 275 days.”',
    [n('4.45'), n('275')],
  ],
  [
    USAID_PV_2019,
    'As Vietnamese media reported in September, this 4.45 GW easily exceeds the 1 GW target set for solar PV electricity generation by 2020.',
    [n('4.45'), n('1', { k: 'target', p: '2020' })],
  ],
  [
    USAID_ROOFTOP_2019,
    'Vietnam to have 2,000 MW of rooftop solar power capacity in 2020',
    [n('2000', { k: 'target', p: '2020' })],
  ],
  [
    USAID_ROOFTOP_2019,
    'The country’s total rooftop solar power capacity is expected to reach around 2,000 MW by the end of 2020, according to Vietnam Electricity (EVN).',
    [n('2000', { a: 'about', k: 'target', p: '2020' })],
  ],
  [
    USAID_ROOFTOP_2019,
    'EVN said more than 4,000 households have installed rooftop solar power systems over the past three months with a total capacity of 200 MW.',
    [n('4000', { a: 'over' }), n('200')],
  ],
  [
    USAID_ROOFTOP_2019,
    'It estimated that an additional 300 MW of rooftop solar power will be added by the end of 2019, helping to ensure the nation’s power security.',
    [n('300', { k: 'target', p: '2019' })],
  ],
  // Forest cover at the end of 2021 (agriculture ministry's decision, The World & Vietnam Report)
  [BQT_FOREST_2022, 'Forests cover 42.02% of Vietnam’s total area by end of 2021', [pct('42.02', { p: '2021' })]],
  [
    BQT_FOREST_2022,
    'The total area of forest meeting standards for calculating forest cover was 13,923,108ha, resulting in a percentage of forest cover of 42.02%.',
    [ha('13923108'), pct('42.02')],
  ],
  [
    BQT_FOREST_2022,
    'In 2020, the country had 10,279,185ha of natural forest and 4,398,030ha of planted forest.',
    [ha('10279185', { p: '2020' }), ha('4398030', { p: '2020' })],
  ],
  [
    BQT_FOREST_2022,
    'The total area of forest meeting standards for calculating forest cover was 13,919,557ha, and a forest coverage of 42.01%.',
    [ha('13919557'), pct('42.01')],
  ],
  // Logistics (Vietnam B2B, December 2023; B&Company, April 2023)
  [
    B2B_LOGISTICS_2023,
    'According to The World Bank, Vietnam’s Logistics Performance Index (LPI) ranking dipped by four places to 43rd in 2023.',
    [],
  ],
  [
    B2B_LOGISTICS_2023,
    'Despite this decline, Vietnam’s LPI score increased to 3.3 points from 3.27 points in 2018, indicating gradual improvements, especially in customs efficiency and infrastructure quality.',
    [n('3.3'), n('3.27', { p: '2018' })],
  ],
  [
    B2B_LOGISTICS_2023,
    'In Vietnam, trucking holds a pivotal role in the national economy, accounting for 77 percent of the country’s freight movement, totaling over 1.5 billion metric tons.',
    [tonne('1500000000', { a: 'over' })],
  ],
  [
    B2B_LOGISTICS_2023,
    'Nevertheless, the sector faces challenges such as elevated logistics costs (21 percent of GDP) and environmental concerns stemming from older, smaller trucks contributing to greenhouse gas emissions and traffic congestion.',
    [],
  ],
  [
    B2B_LOGISTICS_2023,
    'In mid-December, CEL Consulting published a survey of 143 trucking businesses in Vietnam, shedding light on critical operational issues like inefficiencies in route optimization, high vehicle maintenance expenses, and challenges in driver recruitment amid wage increases.',
    [],
  ],
  [
    B2B_LOGISTICS_2023,
    'Despite these challenges, Vietnam’s freight and logistics market is projected to reach $45.19 billion in 2023, with a compound annual growth rate (CAGR) of 6.34 percent, aiming to reach $65.34 billion by 2029.',
    [
      usd('45190000000', { k: 'target', p: '2023' }),
      usd('65340000000', { k: 'target', p: '2029', ch: ['rate 6.34 *'] }),
    ],
  ],
  [
    B2B_LOGISTICS_2023,
    'The trucking sector in Vietnam witnessed significant growth in early 2023, with a 16 percent increase in freight transport volume and an almost 22 percent increase in turnover year-on-year.',
    [{ ch: [`rate 16 ${SPLY}`] }, { ch: [`rate 22 ${SPLY}`] }],
  ],
  [
    BCOMPANY_LPI_2023,
    'According to a report by the World Bank in April 2023, Vietnam ranked 43rd out of 139 countries in the Logistics Performance Index (LPI), ranking among the top 5 ASEAN countries, following Singapore, Malaysia, Thailand, and the same position as the Philippines.',
    [],
  ],
  [
    BCOMPANY_LPI_2023,
    'Compared to 2016 (64th position), Vietnam has climbed 21 levels, but compared to 2018 (39th out of 160 countries), Vietnam has dropped 4 levels .',
    [],
  ],
  [
    BCOMPANY_LPI_2023,
    'Despite the drop, the LPI score has increased to 3.3 points compared to 3.27 points in 2018 .',
    [n('3.3'), n('3.27', { p: '2018' })],
  ],
];

export const TEST13B_EN: readonly RealSentence[] = TEST13B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test13b-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test13',
}));
