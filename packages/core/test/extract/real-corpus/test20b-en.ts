import type { RealFact, RealSentence } from './types';

/**
 * The TWENTIETH fresh set (`test20`), second English part (`test20b`; `test20-*.ts` are another builder's
 * part, not read): sentences copied verbatim from the stored text the `pages` search index returns for pages
 * on sites absent from every earlier file (each domain and a distinctive figure grepped in every file of
 * `real-corpus/` with `--exclude='test20*'`) — tyre makers (Da Nang Rubber's radial and PCR tyres after VDSC's
 * report of 2025, Vinachem's portal on vieapps.net), seafood processors (Sao Ta Foods' targets for 2024,
 * shrimpinsider.com; Minh Phu Seafood and the Prime Minister's visit of February 2017, vietfishmagazine.com;
 * pangasius exports by market in the first quarter of 2018, en.tepbac.com), hydropower generators (Dong Nai
 * Hydropower Company's output to November 2021, oritholdings.com; Hoa Binh hydropower plant's output of 2015
 * and plan for 2016, vneec.gov.vn) and fintech and e-wallets (cashless payments in 2022 after the SBV,
 * fintechnews.sg; Vietnam's payment players, deekpay.com, May 2025; Standard Chartered's and Goldman Sachs'
 * investment in MoMo, reuters.com, March 2016; MoMo's funding rounds, financeasia.com, May 2019), a power
 * generator's years (Gia Lai Electricity's first nine months and year of 2021 and its wind power company of
 * 2020, ttcgroup.vn) and seafood exports by market
 * (January–May 2017, 2lua.vn; shrimp in the first quarter of 2020, vietfishmagazine.com), 2016–2025, 12 sites. Securities companies
 * (SSI, VNDirect, VPS) were searched for: every page with figures was on an outlet an earlier set read
 * (vietcap.com.vn, einpresswire, thoibaotaichinhvietnam, diendanchungkhoan, vietnam.vn, e.vnexpress,
 * dttc.sggp.org.vn under sggp.org.vn), so that genre has no row; PV Power's half year (einpresswire), Viettel's
 * overseas units (totaltele, qdnd, bizhub, vietnamnet, laodong, xe.today, mic.gov.vn) and Dong Hai Ben Tre
 * (timvest) were likewise on earlier outlets; RusHydro (2008), megafishnet's Minh Phu (2011) and Vinachem's DRC
 * pages of 2011–2012 are outside 2015–2026. Casumina and VNPay/ZaloPay searches gave no page with figures.
 *
 * Whole passages as stored, every figure sentence kept with sentences around them that state no figure or
 * only dates, ranks, shares, ranges and thresholds; sentences cut off by the end of the stored text (Sao Ta's
 * `a consolidated pre-tax profit of US`) and photo captions are left out; headlines that state a figure are
 * rows of their own. Slips of the source are kept: `1,371.9 billion kWh` (million meant), `KWh`, `Vietnam\`s`
 * with a backtick, `the U.S` without a final point, `data from to the State Bank`, `the good growth`, `to eye
 * US$41 million`, the missing final full stop of oritholdings' `ahead of schedule`.
 *
 * Annotated by hand from the sentence alone with the conventions of `test19b-en.ts`, `test18b-en.ts` and
 * `types.ts`: `year on year` and `over the same period last year` are the same period last year; `over the
 * same period of 2017` and changes with no base (`up 22.7%`, `(45%)` after `posted the good growth`,
 * `increased by 85% in volume`) are `*`. `over`, `more than` are lower bounds, `nearly` an upper bound,
 * `about`, `approximately` an approximation. `$`, `US$`, `USD` are `USD`, `tons` `tonne`, `hectares` `ha`;
 * power output in kWh, counts of tyres, workers, markets, customers and storms are values without a unit.
 * Shares (`accounting for 23%`, `market share of about 50%`, `37.5% located in rural areas`, DRC's US share
 * `from 1.3% in 2024 to 2.1% by 2029`), ranges (`between 9.5 and 10.5 billion KWh`) and a streak over a
 * threshold (`the third year in a row … output exceeded 10 billion KWh`, and the headline `produces over 10
 * billion KWh for the third time` after the second annotator's check) are no facts. Plans, aims, hopes, projections and
 * `expected to` are targets (Sao Ta's `aims to achieve`, the Prime Minister's `hope that Minh Phú will earn $2
 * billion … by 2021` and the national `target of $10 billion`, Hoa Binh's `aims at reaching the target` and
 * `plans to produce`, Statista's `expected to exceed $16 billion in 2023`). `was estimated at` is the stage
 * `estimate`. Periods: `In the first quarter of 2018` `2018-Q1`, `in the first nine months of 2022`
 * `2022-YTD-09`, `In 2022`, `In 2016`, `in 2016`, `by 2021`, `in 2025` the year; `By the end of March 2018`
 * and `As of March 2018` of an export value `2018-YTD-03` (the second annotator's check); `as of November 5,
 * 2021`, `by the middle of 2016` and `the past year` give none.
 *
 * Judgement calls: DRC's `sales projected to grow by an average of 30.7% per year during the 2025–2029 period`
 * is a target change `rate 30.7 *` (an average annual rate with no single base). `nearly tripled` is `times 3
 * *` (a bound on a change has no field) and `decreased by half` `rate -50 *`. `1,371.9 billion kWh` is read as
 * printed (1371900000000) with its completion `100.73%`. The `8 storms and tropical depressions` of 2021 are a
 * count of the year. `Sales to some markets posted the good growth such as China - Hong Kong (45%), the U.S
 * (22.7%), and ASEAN (56.5%)` gives three changes `*`. GEC's `exceeded 15% of the plan` and `exceeding 15%
 * and 22% of the year plan` (the Vietnamese `vượt 15% kế hoạch`) are completions `115` and `122`, the headline's
 * with no value; `up 7% in the same period` is read as the same period last year; `over 52%, 48% and 46%`
 * bounds only the first; the levels of named margins (`gross profit margin … to 56%`, `industry average of
 * 39%`, `at 8%`, `Net profit margin reached 24%`) are values in `percent`, as `test19b-vi.ts` reads named rates;
 * capacities in MW and MWp (`84 MW`, `300 MWp`, `130 MW`) and counts of plants and rooftop systems are values
 * without a unit, and so is the price `9.8 cents / kWh`; `up to 58%` has no bound (the second annotator's
 * check); `9 wind power plants
 * with a capacity of 500 MW-700 MW by 2025` gives the planned count, the range of capacity none; the shares
 * of output and revenue (`accounted for 38% - higher than 35% of the same period`) are no facts. Reuters' `More than half of Vietnam’s 90 million population` gives the population and no
 * share; FinanceAsia's mobile-money shares (`3% of the population`, `21%`) are no facts. Datelines (`HANOI
 * (Reuters) - `, `CAN THO – `) are dropped as tags.
 *
 * The second annotator's check (2 December 2026; every row read against its sentence and the conventions of
 * `test19b-en.ts`, `test19-en.ts`, `test18-en.ts`, `test18b-en.ts`, the Vietnamese sets' rulings and `types.ts`,
 * without the extractor): four rows changed. `en-test20b-025` (`By the end of March 2018, … exports to China -
 * Hong Kong valued at US$101.1 million`) and `en-test20b-028` (`As of March 2018, the export value of pangasius
 * to the U.S reached nearly US$75 million …; Exports to the EU … to eye US$41 million`) give their three values
 * the period `2018-YTD-03`: the released sets give a period to `By the end of September 2020` and `As of June
 * 2022` (`test19-en.ts`, `test18b-en.ts`), and an export value summed to the end of March is the year to March,
 * as `test18b-en.ts` reads `year-to-date as of June 2024`; the opening `As of March 2018` governs both clauses
 * of its sentence, as `test18b-vi.ts`'s check carries a period to every item it governs. `as of November 5, 2021` still
 * gives none (no whole month ends there). `en-test20b-036` (the headline `Hoa Binh hydropower plant produces
 * over 10 billion KWh for the third time`) now states nothing: it says what `en-test20b-037` and
 * `en-test20b-042` say (`the third year in a row … output exceeded 10 billion KWh`), which the builder read as a
 * streak over a threshold, as `test19-vi.ts` reads `vượt ngưỡng 100 nghìn người`; the three rows get one
 * reading. `en-test20b-082` (`an attractive level of up to 58%`) loses its upper bound: `up to` marks a high
 * figure here, not a bound, as `test18b-vi.ts`'s second annotator reads `lên đến` and `test15b-en.ts` `counted
 * up to 12,307`. The builder's other calls were checked and kept: `over 52%, 48% and 46%` bounding the first
 * only, `nearly tripled` as `times 3 *`, `decreased by half` as `rate -50 *`, GEC's completions `115` and
 * `122` (the headline's without a value), `up 7% in the same period` and `over the same period` as the same
 * period last year, bare changes and `over the same period of 2017` as `*`, the named margins in `percent`,
 * capacities, counts of plants, workers, markets, households and the `8 storms` as values without a unit,
 * `1,371.9 billion kWh` as printed, the aims, hopes, plans and Statista's forecasts as targets, and shares,
 * ranges, ranks and the streak as no facts. Verbatim: a new `pages` search with each page's own phrases and
 * figures (one or two searches a page) brought back the stored text of all 15 addresses and in it all 123 rows
 * word for word (vieapps 9, shrimpinsider 5, vietfishmagazine's Minh Phú 7, tepbac 10, oritholdings 4, vneec 9,
 * fintechnews 11, deekpay 4, ttcgroup 12, 12 and 9, Reuters 6, FinanceAsia 6, 2lua 8, vietfishmagazine's shrimp
 * 11), with the tags `HANOI (Reuters) - ` and `CAN THO – ` before their sentences and the slips the builder
 * names; no copying slip and no wrong address was found.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VIEAPPS_DRC_2025 =
  'https://portals.vieapps.net/~vinachem/content/market-and-product-vnc/da-nang-rubbers-drc-edge-against-competitors-from-china-and-thailand.html';
const SHRIMPINSIDER_SAOTA_2024 =
  'https://shrimpinsider.com/sao-ta-foods-outlines-ambitious-targets-for-2024-amidst-industry-challenges';
const VIETFISH_MINHPHU_2017 =
  'https://vietfishmagazine.com/news/prime-minister-visits-minh-phu-seafood-corp-ca-mau.html';
const TEPBAC_PANGASIUS_2018 = 'http://en.tepbac.com/news/processing/The-export-of-pangasius-increase-54.htm';
const ORIT_DONGNAI_HYDRO_2021 =
  'https://oritholdings.com/en/dong-nai-hydropower-company-can-produce-1371-9-billion-kwh/';
const VNEEC_HOABINH_2016 =
  'http://vneec.gov.vn/tin-tuc/activities/t24321/hoa-binh-hydropower-plant-produces-over-10-billion-kwh-for-the-third-time.html';
const FINTECHNEWS_CASHLESS_2023 =
  'https://fintechnews.sg/69653/vietnam/in-vietnam-rural-adoption-is-the-driving-force-for-cashless-payments/';
const DEEKPAY_PAYMENTS_2025 = 'https://www.deekpay.com/en/2025/05/24/越南支付生态系统：本地玩家大盘点';

const TTC_GEG_2021 =
  'https://www.ttcgroup.vn/en-US/business-sectors/energy/other-news/gia-lai-electricity-geg-pre-tax-profit-in-2021-exceeded-15-of-the-plan';
const TTC_GEG_9M_2021 =
  'https://www.ttcgroup.vn/en-US/business-sectors/energy/other-news/gia-lai-electricity-geg-9-months-profit-before-tax-reached-230-billion-dong';
const TTC_GEG_WIND_2020 =
  'https://www.ttcgroup.vn/en-US/business-sectors/energy/other-news/gia-lai-electricity-joint-stock-company-contributed-capital-to-establish-the-wind-power-company';
const REUTERS_MOMO_2016 =
  'http://www.reuters.com/article/us-momo-investment-stanchart/stanchart-pe-arm-goldman-invest-28-million-in-vietnam-fintech-startup-idUSKCN0WJ0C1';
const FINANCEASIA_MOMO_2019 =
  'http://www.financeasia.com/article/mobile-payments-local-business-for-local-people/451491?eid=11&edate=20190507&utm_source=20190507&utm_medium=newsletter&utm_campaign=daily_newsletter';
const LUA2_SEAFOOD_2017 =
  'https://2lua.vn/article/seafood-exports-to-japan-go-by-leaps-and-bounds-593a020be49519d7458b456d.html';
const VIETFISH_SHRIMP_Q1_2020 =
  'https://vietfishmagazine.com/markets/shrimp-exports-slightly-increase-in-the-first-three-months-of-2020.html';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

export const TEST20B_EN_ROWS: readonly Row[] = [
  // Da Nang Rubber's radial and PCR tyres after VDSC's report of 2025 (Vinachem's portal)
  [
    VIEAPPS_DRC_2025,
    "Thanks to optimized production costs and an expansion strategy for capacity, DRC's Radial tires have managed to enhance their competitiveness in the international market.",
    [],
  ],
  [
    VIEAPPS_DRC_2025,
    'In a recent analysis report, Viet Dragon Securities Corporation (VDSC) issued a Neutral recommendation for the stock of Da Nang Rubber Joint Stock Company (DRC).',
    [],
  ],
  [VIEAPPS_DRC_2025, 'Previously, in 2016, bias tire sales accounted for the majority of total output.', []],
  [VIEAPPS_DRC_2025, 'By 2024, consumption of this tire type is only half that.', []],
  [
    VIEAPPS_DRC_2025,
    "According to VDSC's analysis report, DRC has increased the capacity of its radial tire plant to about 1.2 million tires/year.",
    [n('1200000', { a: 'about' })],
  ],
  [
    VIEAPPS_DRC_2025,
    'The company aims to expand its market share in the US from 1.3% in 2024 to 2.1% by 2029, while maintaining a stable 7.5% share in the Brazilian market.',
    [],
  ],
  [
    VIEAPPS_DRC_2025,
    'The US imposing anti-dumping duties on Thai tires starting from Q2 2025 opens a "window of opportunity" for DRC, as it benefits from lower tariffs compared to regional competitors.',
    [],
  ],
  [
    VIEAPPS_DRC_2025,
    'Furthermore, the passenger car radial (PCR) tire segment, which only entered the market in 2023, also marked a turning point by reaching gross profit breakeven in Q2 2025.',
    [],
  ],
  [
    VIEAPPS_DRC_2025,
    'With sales projected to grow by an average of 30.7% per year during the 2025–2029 period, PCR could become the "second Advenza," replicating the success previously achieved by Casumina.',
    [goal(ch('rate 30.7 *'))],
  ],
  // Sao Ta Foods' targets for 2024 (shrimpinsider.com)
  [
    SHRIMPINSIDER_SAOTA_2024,
    'Sao Ta Foods recently unveiled its projections for the fiscal year 2024, outlining ambitious targets despite anticipated challenges in the shrimp industry.',
    [],
  ],
  [
    SHRIMPINSIDER_SAOTA_2024,
    'The company is gearing up for its Annual General Meeting of Shareholders scheduled for April 19, where it will delve into its strategic initiatives and financial outlook.',
    [],
  ],
  [
    SHRIMPINSIDER_SAOTA_2024,
    'Internally, Sao Ta faces constraints on shrimp raw materials due to limited farming activities stemming from low profitability and high operational costs.',
    [],
  ],
  [
    SHRIMPINSIDER_SAOTA_2024,
    'Despite these obstacles, Sao Ta remains resolute in its vision and targets for 2024.',
    [],
  ],
  [
    SHRIMPINSIDER_SAOTA_2024,
    'The company aims to achieve processed shrimp output of 22,300 tons, processed agricultural product output of 1,500 tons, and general consumption sales totaling USD 210 million.',
    [goal(tonne('22300')), goal(tonne('1500')), goal(usd('210000000'))],
  ],
  // Minh Phu Seafood and the Prime Minister's visit of February 2017 (vietfishmagazine.com)
  [VIETFISH_MINHPHU_2017, 'Prime Minister visits Minh Phú Seafood Corp in Cà Mau', []],
  [
    VIETFISH_MINHPHU_2017,
    'PM Nguyễn Xuân Phúc inspected the operation at the Minh Phú Seafood Corporation in Cà Mau on February 5, one day ahead of a national conference on developing shrimp sector.',
    [],
  ],
  [
    VIETFISH_MINHPHU_2017,
    'The corporation has contributed actively to the community and society, particularly in regards to providing stable jobs for over 12,000 workers, he said.',
    [n('12000', { a: 'over' })],
  ],
  [
    VIETFISH_MINHPHU_2017,
    'He expressed his hope that Minh Phú will earn $2 billion from exports by 2021, contributing to realizing the national target of $10 billion in shrimp export value.',
    [goal(usd('2000000000', { p: '2021' })), goal(usd('10000000000'))],
  ],
  [
    VIETFISH_MINHPHU_2017,
    'Minh Phú Seafood Corp’s products, mainly including black tiger shrimp and white leg shrimp shipping products to more than 50 foreign markets.',
    [n('50', { a: 'over' })],
  ],
  [
    VIETFISH_MINHPHU_2017,
    'The corporation’s shrimp export revenue was estimated at approximately US$535 million in 2016.',
    [usd('535000000', { a: 'about', p: '2016', st: 'estimate' })],
  ],
  [
    VIETFISH_MINHPHU_2017,
    'They also suggested that a mangrove-shrimp farming model could be an effective way to alleviate poverty in Cà Mau and reported that Cà Mau province currently has 100,000 hectares of mangrove forest.',
    [ha('100000')],
  ],
  // Pangasius exports by market in the first quarter of 2018 (en.tepbac.com, after VASEP)
  [TEPBAC_PANGASIUS_2018, 'The export of pangasius increase', []],
  [
    TEPBAC_PANGASIUS_2018,
    'In the first quarter of 2018, the export turnover of pangasius reached US$438.2 million, an increase of 18% year on year.',
    [usd('438200000', { ch: ['rate 18 same-period-last-year'], p: '2018-Q1' })],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'Sales to some markets posted the good growth such as China - Hong Kong (45%), the U.S (22.7%), and ASEAN (56.5%).',
    [ch('rate 45 *'), ch('rate 22.7 *'), ch('rate 56.5 *')],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'By the end of March 2018, Vietnam`s pangasius exports to China - Hong Kong valued at US$101.1 million, accounting for 23% and up 45% over the same period of 2017.',
    [usd('101100000', { ch: ['rate 45 *'], p: '2018-YTD-03' })],
  ],
  [TEPBAC_PANGASIUS_2018, 'Up to now, Hong Kong was also the largest importing market of Vietnam.', []],
  [
    TEPBAC_PANGASIUS_2018,
    'Exports of pangasius to this market in 2018 projected to go on the rise thanks to its high demand.',
    [],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'As of March 2018, the export value of pangasius to the U.S reached nearly US$75 million, accounting for 17%, up 22.7%; Exports to the EU continued to decline by 17.7% to eye US$41 million.',
    [
      usd('75000000', { a: 'under', ch: ['rate 22.7 *'], p: '2018-YTD-03' }),
      usd('41000000', { ch: ['rate -17.7 *'], p: '2018-YTD-03' }),
    ],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'Vietnam`s pangasius exports to ASEAN also increased remarkably in the first quarter of the year, reaching US$46.7 million, up 56.5% over the same period last year.',
    [usd('46700000', { ch: [`rate 56.5 ${SPLY}`] })],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'Vietnam’s three biggest pangasius importers in the bloc were Thailand, Singapore, and the Philippines, accounting for 97.9%, 26.8%, and 32.7%, respectively.',
    [],
  ],
  [
    TEPBAC_PANGASIUS_2018,
    'It is forecasted that in 2018, ASEAN will continue to be the third largest buyer of Vietnamese pangasius (behind China and the U.S).',
    [],
  ],
  // Dong Nai Hydropower Company's output to November 2021 (oritholdings.com)
  [ORIT_DONGNAI_HYDRO_2021, 'Dong Nai Hydropower Company can produce 1,371.9 billion kWh', [n('1371900000000')]],
  [
    ORIT_DONGNAI_HYDRO_2021,
    'Following the direction of Power Generation Corporation 1 (EVNGENCO1) on the implementation of safe, flexible adaptation and effective control of the Covid-19 epidemic, as of November 5, 2021, the total electricity output generated by the company Dong Nai Hydropower Company has produced 1,371.9 billion kWh, reaching 100.73% of the power output plan and 55 days ahead of schedule.',
    [n('1371900000000', { c: '100.73' })],
  ],
  [
    ORIT_DONGNAI_HYDRO_2021,
    'Despite many difficulties, Dong Nai Hydropower Company still crossed the finish line ahead of schedule',
    [],
  ],
  [
    ORIT_DONGNAI_HYDRO_2021,
    'In 2021, with difficulties from the covid-19 epidemic and 8 storms and tropical depressions, the superior hydropower plants have been discharging for a long time.',
    [n('8', { p: '2021' })],
  ],
  // Hoa Binh hydropower plant's output of 2015 and plan for 2016 (vneec.gov.vn)
  [VNEEC_HOABINH_2016, 'Hoa Binh hydropower plant produces over 10 billion KWh for the third time', []],
  [
    VNEEC_HOABINH_2016,
    'This is the third year in a row Hoa Binh hydropower plant’s output exceeded 10 billion KWh.',
    [],
  ],
  [VNEEC_HOABINH_2016, 'Hoa Binh hydropower plant built in Hoa Binh province is Vietnam’s major power center.', []],
  [
    VNEEC_HOABINH_2016,
    'In addition to its main task of flood control, irrigation and transportation, this construction also produces electricity to the national grid with an average output between 9.5 and 10.5 billion KWh per year.',
    [],
  ],
  [
    VNEEC_HOABINH_2016,
    'In the past year, due to all staff’s efforts, Hoa Binh hydropower company has excellently completed the assigned task which is supplying 10.058 billion KWh of electricity.',
    [n('10058000000')],
  ],
  [VNEEC_HOABINH_2016, 'This is one of the most outstanding results the company has achieved in 2015.', []],
  [
    VNEEC_HOABINH_2016,
    'Moreover, this is the third consecutive year in which Hoa Binh hydropower plant’s output exceeded 10 billion KWh.',
    [],
  ],
  [
    VNEEC_HOABINH_2016,
    'In 2016, the company aims at reaching the target of providing 10.126 billion KWh for manufacturing activities.',
    [goal(n('10126000000', { p: '2016' }))],
  ],
  [VNEEC_HOABINH_2016, 'It plans to produce 200 billion KWh by the middle of 2016.', [goal(n('200000000000'))]],
  // Cashless payments in 2022 after the SBV (fintechnews.sg, 2023)
  [
    FINTECHNEWS_CASHLESS_2023,
    'In 2022, cashless payments continued to see increased usage in Vietnam, carrying on a trend that accelerated with the COVID-19 pandemic.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'This trend is emerging at the expense of cash usage which continued its decline last year.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'In 2022, non-cash payment transactions, including card payments and e-wallets, increased by 85% in volume and 31% in value, data from to the State Bank of Vietnam (SBV) show.',
    [
      { ch: ['rate 85 *'], p: '2022' },
      { ch: ['rate 31 *'], p: '2022' },
    ],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'Online transactions grew by 89% in volume and even gained triple-digit growth via mobile phones and QR code scanning.',
    [ch('rate 89 *')],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'Looking at card payments, chip card transactions via the National Payment Corporation of Vietnam (NAPAS), Vietnam’s card network, nearly tripled, according to the government’s news agency.',
    [ch('times 3 *')],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'This was to the detriment of cash usage, where withdrawals processed through the NAPAS system decreased by half.',
    [ch('rate -50 *')],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'Growing cashless payments usage can be in part explained by the increased adoption of these new payment methods in rural areas.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'Dinh Quang Dan, vice director of Agribank’s customer service department, told Vietnam Plus in a recent interview that the number of customers opening new accounts and registering digital banking services in far-flung areas has been rising over the past three years.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'The sentiment was shared by Truong Quang Viet, deputy general director of Viettel Digital, who told the publication that about 60% of its mobile money users were now located in rural or remote areas.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'Viettel, the country’s largest mobile network operator, launched its digital financial ecosystem in December 2021.',
    [],
  ],
  [
    FINTECHNEWS_CASHLESS_2023,
    'According to Pham Anh Tuan, director of the SBV’s payment department, nearly 14 million customers used cashless payment services in the first nine months of 2022, among which 37.5% located in rural areas.',
    [n('14000000', { a: 'under', p: '2022-YTD-09' })],
  ],
  // Vietnam's payment players (deekpay.com, May 2025)
  [
    DEEKPAY_PAYMENTS_2025,
    'Vietnam, one of the fastest growing digital economies in Southeast Asia, has seen its payments market boom in recent years.',
    [],
  ],
  [
    DEEKPAY_PAYMENTS_2025,
    "Vietnam's digital payment transactions are expected to exceed $16 billion in 2023 and are on track to top $25 billion in 2025, according to Statista data.",
    [goal(usd('16000000000', { a: 'over', p: '2023' })), goal(usd('25000000000', { a: 'over', p: '2025' }))],
  ],
  [
    DEEKPAY_PAYMENTS_2025,
    'The Government of Viet Nam was actively promoting a "cashless society" programme, and the Proposal for the Development of Non-Cash Payments encouraged businesses to adopt digital solutions.',
    [],
  ],
  [DEEKPAY_PAYMENTS_2025, 'It currently holds a market share of about 50% (as reported by Fitch Solutions).', []],
  // Gia Lai Electricity's results of 2021 (TTC Group)
  [
    TTC_GEG_2021,
    'Gia Lai Electricity (GEG): Pre-tax profit in 2021 exceeded 15% of the plan',
    [{ c: '115', p: '2021' }],
  ],
  [
    TTC_GEG_2021,
    'Gia Lai Electricity Joint Stock Company (GEC: code GEG - HOSE) has just announced its consolidated financial statements for the fourth quarter of 2021, with a pre-tax profit of 369 billion dong, exceeding 15% of the year plan.',
    [vnd('369000000000', { c: '115' })],
  ],
  [
    TTC_GEG_2021,
    "Thanks to favorable weather conditions, GEC's 13 hydroelectric plants in Gia Lai, Lam Dong and Hue - 84 MW will operate efficiently in 2021.",
    [n('13'), n('84')],
  ],
  [
    TTC_GEG_2021,
    'In which, hydropower contributed 343 million kWh of electricity output, equivalent to 379 billion VND in revenue, up 7% in the same period and accounting for 44% of the output - 29% of the revenue of the whole system.',
    [n('343000000'), vnd('379000000000', { ch: [`rate 7 ${SPLY}`] })],
  ],
  [
    TTC_GEG_2021,
    '5 solar power plants and 37 rooftop systems in the South, Central and West - 300 MWp recorded 381 million kWh, equivalent to VND 816 billion in revenue - accounting for 49% of output and 62% of revenue.',
    [n('5'), n('37'), n('300'), n('381000000'), vnd('816000000000')],
  ],
  [
    TTC_GEG_2021,
    'Notably, in November 2021, the successful commissioning of three 130 MW wind power plants in Tien Giang, Gia Lai and Ben Tre contributed to GEC 59 million kWh, equivalent to VND 124 billion in revenue.',
    [n('130'), n('59000000'), vnd('124000000000')],
  ],
  [
    TTC_GEG_2021,
    "GEC's net revenue in 2021 reached VND 1,381 billion, of which electricity sales accounted for 99%.",
    [vnd('1381000000000', { p: '2021' })],
  ],
  [
    TTC_GEG_2021,
    'A 16% drop in COGS brought gross profit margin up 5 percentage points to 56%, higher than the industry average of 39%.',
    [ch('rate -16 *'), pct('56', { ch: ['points 5 *'] }), pct('39')],
  ],
  [
    TTC_GEG_2021,
    'In which, the gross profit margin of hydroelectricity, wind power and solar power plants reached high levels of over 52%, 48% and 46%, respectively.',
    [pct('52', { a: 'over' }), pct('48'), pct('46')],
  ],
  [
    TTC_GEG_2021,
    'The ratio of selling expenses and general and administrative expenses/revenue were similar to the same period last year at 8%.',
    [pct('8')],
  ],
  [
    TTC_GEG_2021,
    "GEC's consolidated profit before tax and profit after tax in 2021 reached VND 369 billion and VND 325 billion, up nearly 20% and 10% respectively, exceeding 15% and 22% of the year plan.",
    [
      vnd('369000000000', { p: '2021', ch: ['rate 20 *'], c: '115' }),
      vnd('325000000000', { p: '2021', ch: ['rate 10 *'], c: '122' }),
    ],
  ],
  [
    TTC_GEG_2021,
    'Net profit margin reached 24%, higher than the industry average and up 4 percentage points over the same period.',
    [pct('24', { ch: [`points 4 ${SPLY}`] })],
  ],
  // Gia Lai Electricity's first nine months of 2021 (TTC Group)
  [
    TTC_GEG_9M_2021,
    "Gia Lai Electricity (GEG): 9 months' profit before tax reached 230 billion dong",
    [vnd('230000000000')],
  ],
  [
    TTC_GEG_9M_2021,
    'Gia Lai Electricity Joint Stock Company - GEC (stock code: GEG) has just announced its consolidated financial statements for the third quarter of 2021.',
    [],
  ],
  [
    TTC_GEG_9M_2021,
    'Accumulated 9 months, net revenue reached 938 billion VND, approximately the same period.',
    [vnd('938000000000')],
  ],
  [TTC_GEG_9M_2021, 'The increase in net revenue mainly comes from 99% electricity sales.', []],
  [
    TTC_GEG_9M_2021,
    'Due to good water flow, 13 84 MW hydroelectric plants operate efficiently, contributing 190 million kWh of electricity output, equivalent to 232 billion VND in revenue, times increase by 11% and 14%, respectively, in the same period.',
    [n('13'), n('84'), n('190000000', { ch: [`rate 11 ${SPLY}`] }), vnd('232000000000', { ch: [`rate 14 ${SPLY}`] })],
  ],
  [
    TTC_GEG_9M_2021,
    'Besides, 5 solar power plants and 37 rooftop systems with a total capacity of 300 MWp also grew slightly, reaching 312 million kWh, equivalent to 669 billion VND in revenue.',
    [n('5'), n('37'), n('300'), n('312000000'), vnd('669000000000')],
  ],
  [
    TTC_GEG_9M_2021,
    'The output of the whole system reached 502 million kWh - providing electricity for about 77,000 households and revenue reaching 900 billion VND, maintaining the upward momentum over the same period in the context of Covid-19 PANDEMIC in the southern province in the third quarter of the past.',
    [n('502000000'), n('77000', { a: 'about' }), vnd('900000000000')],
  ],
  [
    TTC_GEG_9M_2021,
    'In the structure of electricity output, hydropower accounted for 38% - higher than 35% of the same period; Solar and rooftop electricity is about 62% equivalent in the same period.',
    [],
  ],
  [
    TTC_GEG_9M_2021,
    'For electricity revenue, hydroelectricity accounted for 26% - higher than 23% in the same period; Solar and rooftop electricity accounted for 74%, equivalent to the same period.',
    [],
  ],
  [
    TTC_GEG_9M_2021,
    'The cost of goods sold decreased by 5% and gross profit increased slightly to 549 billion VND.',
    [ch('rate -5 *'), vnd('549000000000')],
  ],
  [
    TTC_GEG_9M_2021,
    "The Company's gross profit margin continues to remain at an attractive level of up to 58%, much higher than the average level of 39% of the Electricity industry.",
    [pct('58'), pct('39')],
  ],
  [
    TTC_GEG_9M_2021,
    'The gross profit margin of hydropower plants and solar power plants remained high at 43% and 60% respectively.',
    [pct('43'), pct('60')],
  ],
  // Gia Lai Electricity's wind power company, 2020 (TTC Group)
  [
    TTC_GEG_WIND_2020,
    'The Board of Directors of Gia Lai Electricity Joint Stock Company (HoSE: GEG) announced the Resolution on contributing VND 198 billion, equivalent to 99% of the charter capital of La Bang Wind Power Joint Stock Company.',
    [vnd('198000000000')],
  ],
  [
    TTC_GEG_WIND_2020,
    'In mid-November 2019, Gia Lai Electricity officially expanded its portfolio into the wind power field when it acquired 90% of the capital of VPL Energy JSC following the investor of the V.P.L Ben Tre wind power project.',
    [],
  ],
  [TTC_GEG_WIND_2020, 'The project capacity is 70 MW divided into 2 phases.', [n('70')]],
  [
    TTC_GEG_WIND_2020,
    'Phase 1 is 30 MW, is under construction offshore and is expected to operate before November 2021 to enjoy preferential offshore wind power price of 9.8 cents / kWh.',
    [n('30'), n('9.8')],
  ],
  [
    TTC_GEG_WIND_2020,
    "According to the annual report, the company's strategy is to optimize the development of wind power.",
    [],
  ],
  [
    TTC_GEG_WIND_2020,
    'The company aims to have 9 wind power plants with a capacity of 500 MW-700 MW by 2025.',
    [goal(n('9', { p: '2025' }))],
  ],
  [
    TTC_GEG_WIND_2020,
    'Meanwhile, according to the revised PDP VII. Vietnam aims to bring the total wind power capacity to about 2,000 MW by 2025.',
    [goal(n('2000', { a: 'about', p: '2025' }))],
  ],
  [
    TTC_GEG_WIND_2020,
    'The drought situation from the end of 2019 affects the operation of hydropower plants, but provides opportunities for solar power.',
    [],
  ],
  [
    TTC_GEG_WIND_2020,
    'Solar power production accounted for 78%, an increase of 26% over the same period thanks to 5 plants exceeding the plan.',
    [ch(`rate 26 ${SPLY}`), n('5')],
  ],
  // Standard Chartered's and Goldman Sachs' investment in MoMo, March 2016 (Reuters)
  [
    REUTERS_MOMO_2016,
    'A private-equity arm of Standard Chartered Plc and Goldman Sachs have invested a combined $28 million in Vietnamese startup M_Service, the operator of mobile e-wallet MoMo, the companies said in a joint statement on Thursday.',
    [usd('28000000')],
  ],
  [
    REUTERS_MOMO_2016,
    'Standard Chartered Private Equity (SCPE) invested $25 million, while Goldman Sachs, an existing shareholder and strategic investor, put in an additional $3 million on top of its initial $5.75 million investment in 2013, M_Service said.',
    [usd('25000000'), usd('3000000'), usd('5750000', { p: '2013' })],
  ],
  [
    REUTERS_MOMO_2016,
    'Smartphone app MoMo provides e-wallet service and over-the-counter remittance and payment platform for a customer base of 2.5 million people, the statement said.',
    [n('2500000')],
  ],
  [REUTERS_MOMO_2016, 'It has more than 1 million mobile e-wallet customers.', [n('1000000', { a: 'over' })]],
  [
    REUTERS_MOMO_2016,
    'More than half of Vietnam’s 90 million population are Internet users as of last year, while the number of mobile phone subscribers in Vietnam grew 26 percent to 124 million during 2009-2013, data from the government showed.',
    [n('90000000'), n('124000000', { ch: ['rate 26 *'] })],
  ],
  [
    REUTERS_MOMO_2016,
    'Official data on smartphone users are not provided but Apple Inc last year opened a subsidiary in Vietnam, allowing the maker of iPhones to import and distribute cellphones directly in one of the fastest growing smartphone markets in the Asia-Pacific.',
    [],
  ],
  // MoMo's funding rounds, May 2019 (FinanceAsia)
  [
    FINANCEASIA_MOMO_2019,
    'The former Goldman Sachs private equity banker has been involved with the Vietnamese mobile electronic wallet provider from the very first funding round in December 2013 when it secured $5.75 million in capital from the investment bank.',
    [usd('5750000', { p: '2013-12' })],
  ],
  [
    FINANCEASIA_MOMO_2019,
    'Since then, S&P Global Market Intelligence figures show that MoMo has raised: $28 million in March 2016 from Goldman and Standard Chartered, then a reported $100 million in the fourth quarter of 2018 from two more investors including Warburg Pincus.',
    [usd('28000000', { p: '2016-03' }), usd('100000000', { p: '2018-Q4' })],
  ],
  [
    FINANCEASIA_MOMO_2019,
    'What these investors are all buying into is the growth potential highlighted by World Bank figures.',
    [],
  ],
  [FINANCEASIA_MOMO_2019, 'Back in 2013, the figure stood at zero.', []],
  [FINANCEASIA_MOMO_2019, 'By 2017, it had reached 3% of the population.', []],
  [
    FINANCEASIA_MOMO_2019,
    'There is still a long way to go before Vietnam catches up with countries like Bangladesh where the figure stands at 21%.',
    [],
  ],
  // Seafood exports to Japan, the US and the EU, January–May 2017 (2lua.vn, after VASEP)
  [
    LUA2_SEAFOOD_2017,
    'Japan has overtaken the U.S. and the EU to become the largest buyer of Vietnam’s seafood with US$468 million worth of shipments in the first five months of the year, up 29.3% year-on-year, according to the Vietnam Association of Seafood Exporters and Producers (VASEP).',
    [usd('468000000', { ch: [`rate 29.3 ${SPLY}`] })],
  ],
  [
    LUA2_SEAFOOD_2017,
    'Meanwhile, seafood exports to the U.S. and the EU fell to US$461 million and US$448 million respectively, a decrease of 12.7% and 0.7% respectively.',
    [usd('461000000', { ch: ['rate -12.7 *'] }), usd('448000000', { ch: ['rate -0.7 *'] })],
  ],
  [
    LUA2_SEAFOOD_2017,
    'VASEP explained that shrimp shipments to the U.S. plunged due to the anti-dumping duty stateside.',
    [],
  ],
  [
    LUA2_SEAFOOD_2017,
    'Meanwhile, Japanese demand for shrimp increased thanks to the appreciation of the Japanese yen against Vietnam dong, making Vietnamese shrimp more competitive there and attracting more domestic shrimp processing enterprises.',
    [],
  ],
  [
    LUA2_SEAFOOD_2017,
    'In addition, tra fish exports to the EU fell sharply, contracting 21.5% to US$49.9 million in the first quarter of 2017, leading to a year-on-year decrease in Vietnam’s seafood export to the region.',
    [usd('49900000', { ch: ['rate -21.5 *'], p: '2017-Q1' })],
  ],
  [
    LUA2_SEAFOOD_2017,
    'In the first five months of 2016, Japan was Vietnam’s third largest seafood importer with US$362 million behind the U.S. with over US$528 million and the EU with nearly US$451 million.',
    [
      usd('362000000', { p: '2016-YTD-05' }),
      usd('528000000', { a: 'over', p: '2016-YTD-05' }),
      usd('451000000', { a: 'under', p: '2016-YTD-05' }),
    ],
  ],
  [
    LUA2_SEAFOOD_2017,
    'According to VASEP, the total seafood export turnover reached US$2.76 billion in January-May, up 7.5% year-on-year, of which shrimp exports fetched nearly US$1.15 billion, up 4.1%, and tra fish more than US$665 million, up 2.4%.',
    [
      usd('2760000000', { ch: [`rate 7.5 ${SPLY}`] }),
      usd('1150000000', { a: 'under', ch: ['rate 4.1 *'] }),
      usd('665000000', { a: 'over', ch: ['rate 2.4 *'] }),
    ],
  ],
  [
    LUA2_SEAFOOD_2017,
    'Other seafood products also saw exports rising, such as tuna with nearly US$216 million, up 20.3%, and mollusks nearly US$239 million, up 35.6%.',
    [usd('216000000', { a: 'under', ch: ['rate 20.3 *'] }), usd('239000000', { a: 'under', ch: ['rate 35.6 *'] })],
  ],
  // Shrimp exports by market in the first quarter of 2020 (vietfishmagazine.com, after VASEP)
  [VIETFISH_SHRIMP_Q1_2020, 'Shrimp exports slightly increase in the first three months of 2020', []],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'Vietnam took in $628.6 million from shrimp exports in the first three years, slightly up 1.8% from the previous year.',
    [usd('628600000', { ch: ['rate 1.8 *'] })],
  ],
  [VIETFISH_SHRIMP_Q1_2020, 'Sales of shrimp in the US saw the most positive growth among the core markets.', []],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'The US, which is considered the second destination of Vietnamese shrimps, purchased a worth of $41.3 million of Vietnamese shrimp in Mar 2020, up 11.5% from the same period last year.',
    [usd('41300000', { ch: [`rate 11.5 ${SPLY}`], p: '2020-03' })],
  ],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'The accumulated sum in the first three months to this market reached $115.5 million, up 18.2% from last year.',
    [usd('115500000', { ch: ['rate 18.2 *'] })],
  ],
  [VIETFISH_SHRIMP_Q1_2020, 'This is an impressive growth in sales of Vietnamese shrimp to the top five markets.', []],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'The coronavirus spread in the US since Mar 2020 has got imports into this market, shrimp included, delayed.',
    [],
  ],
  [VIETFISH_SHRIMP_Q1_2020, 'However, demand in the shrimp in the retail market keeps growing.', []],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'Sales in Japan accounts for 21% of the total of Vietnamese shrimp export value, giving the country the rank of the first buyer of Vietnamese shrimp in the first quarter of 2020 following a 63% growth in February as compared to the same period last year.',
    [ch(`rate 63 ${SPLY}`)],
  ],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'Vietnam took in nearly $132 million from shrimp exports to Japan in the first quarter, up 8.4% from last year.',
    [usd('132000000', { a: 'under', ch: ['rate 8.4 *'] })],
  ],
  [
    VIETFISH_SHRIMP_Q1_2020,
    'Shrimp exports to EU, Korea and China in Mar 2020 declined by 16%, 6.3%, 6.4% respectively due to the bad impact of the covid-19 pandemic.',
    [
      { ch: ['rate -16 *'], p: '2020-03' },
      { ch: ['rate -6.3 *'], p: '2020-03' },
      { ch: ['rate -6.4 *'], p: '2020-03' },
    ],
  ],
];

export const TEST20B_EN: readonly RealSentence[] = TEST20B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test20b-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test20',
}));
