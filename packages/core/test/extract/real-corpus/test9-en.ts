import type { RealFact, RealSentence } from './types';

/**
 * The NINTH fresh set (`test9`), English part: sentences copied verbatim from international
 * organisations and research writing about Vietnam's economy: the World Bank's monthly Vietnam
 * Macro Monitoring (December 2022, October 2023, February 2024, May 2025, read as the text of the
 * documents on documents1.worldbank.org and openknowledge.worldbank.org), two USDA Foreign
 * Agricultural Service reports (the 2018 Grain and Feed Annual, GAIN VM8019, as hosted on
 * businessdocbox; the June 2018 coffee update as carried by MCX India), and bank, broker and fund
 * research notes and macro briefs (Vietcap's Macro Updates of January 2023, March, May and October
 * 2025; VNDirect's Economics Note of October 2022; MBS Research's Vietnam Strategy 2H2024; Guotai
 * Junan Securities (Vietnam)'s macro report of September 2025; a bank's Vietnam Economics Update of
 * 26 September 2018 as hosted on fdocuments; PYN Elite Fund's blog (2019, 2024); FocusEconomics'
 * Vietnam news (2019, 2023)), and the English pages of a state agency, the Vietnam Development Bank,
 * relaying the World Bank's Macro Monitoring of December 2023 and its East Asia and Pacific update
 * of April 2024, on GDP, industrial production, retail sales, trade, FDI, CPI, credit, the State
 * budget and public-investment disbursement against the plan, the dong, rice,
 * corn and coffee (2018-2025), from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`,
 * `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`, `test5-*.ts`, `test6-*.ts`, `test7-*.ts`,
 * `test8-*.ts` (checked by their addresses and distinctive figures). Every figure sentence of the
 * passages read is kept (the bullets of a brief are its sentences; a bullet's bold lead-in stays
 * with the sentence it introduces, as a reader copying the page takes it), with some sentences
 * around them that state no figure; sentences cut off by the end of the stored text are left out.
 * Annotated by hand from the sentence alone, with the conventions of `test8-en.ts`: `X% of the
 * annual plan/target/planned budget`, `X percent of Prime Minister’s plan`, `completing X% of the
 * annual plan` are completions; `y/y`, `yoy`, `YoY`, `(y/y, SA)`, `year-on-year`, `than the same
 * period of the last year`, `than in the same period last year`, `than a year ago` are the same
 * period last year; `m/m`, `(m/m, SA)` the previous period; `compared to the previous year`, `than the same period in
 * 2023`, `compared to December 2023`, `from last year`, `ytd`, `year-to-date`, `annually` and a
 * change with no base are `*`; two changes of one subject against two bases (`contracted by 0.12
 * percent (m/m) in February 2024 and 0.72 percent compared to December 2023`) are one fact with
 * two changes, as in `test11-en.ts` (the lead's decision of 1 December, round 21); `3.1x`, `about 2.5 times more than` are multiples; a comparison
 * figure of another period (`(10M 2024: +8.6% YoY)`, `compared with 0.55 percent (m/m, SA) growth in
 * September`, `(vs 17.1% in 4M 2024)`, `(compared with 46.5 percent during the same period of
 * 2022)`) is its own fact; shares (`or 20 percent of`), percentage-point contributions (`+0.06
 * ppt`), basis points, ranges (`USD36bn-38bn`, `about 6-8%`, `1.5-2 percent`, `5 to 10 percent`),
 * revisions (`from previous 6.3%`), absolute changes (`up 2 MMT`, `about 600,000 bags lower`),
 * currency restatements in brackets (`(USD19.6bn; +25.7% YoY)` keeps only its change), tariff
 * rates, interest-rate and policy-rate levels, P/E multiples, premiums and discounts, index
 * readings of the PMI, counts of rounds, storms and dispatches are not facts; `over` X is a lower
 * bound, `nearly` an upper bound, `about` an approximation of a value (a bound or an
 * approximation of a change has no field); a forecast, projection or expectation (`we forecast`,
 * `2022F`, `Post forecasts`, `is expected to grow`, `could bring GDP growth to`, `we expect … to
 * remain strong at`) is a target, and so is an inflation target (`the 2023 policy rate of 4.5
 * percent set by the authorities`, `the central bank’s 4.5% target`); `Post estimates`, `estimates
 * … at` are the stage `estimate`, `preliminary third-quarter growth figures` the stage
 * `preliminary`; counts of visitors, bags and index points are values without a unit, `million
 * metric tons (MMT)` tonnes; a period is given when the sentence names it with its year (`3Q22`
 * is `2022-Q3`, `9M22` and `the 9-month GDP growth rate` next to `3Q22` `2022-YTD-09`, `10M 2025`
 * `2025-YTD-10`, `2M 2025` and `as end of February 2024` `2025-YTD-02`/`2024-YTD-02`, `1H18`
 * `2018-H1`, `in October 2023` `2023-10`), and `in October`, `Jul`, `Q3`, `this year`, `MY
 * 2018/19` (a marketing year) none. Judgement calls: in `CPI inflation increased from 3.4 percent
 * (y/y) in January to 4.0 percent (y/y) in February 2024` only February carries the year; in `(9.8
 * percent higher than the first two months of 2023 (US$1.3 billion))` the amount is read as the
 * 2023 figure it follows; `CPI increased from 3.2 percent in May 2025 from 3.1 percent in April`
 * (a slip for `to`) gives changes of 3.2 and 3.1, and `a 4.8 percent increase in electricity
 * tariffs` a change; `6.6%-6.5% yoy in 3Q-4Q, respectively` is two forecasts, not a range;
 * `weakening about 3.4%`, `having depreciated by 4.7%`, `has weakened by -3.5%` of the dong and
 * `the DXY Index falling about 10.4%` are negative changes; the USD/VND rate `VND24,320` is a VND
 * value; `only 50 percent of their former high` (pepper prices) is not a fact. Slips of the source
 * (`Vietnam ‘s`, `lose it strength`, `will getting stronger`, `Vietnam s`, `Vietnams`,
 * `pre- covid`, `inflation remain stable`, the closing `./.` of the agency's copy) are kept as
 * printed.
 * Rate levels (the lead's convention of 1 December 2026, from domain.md): the level of a named rate
 * indicator (a measured market rate such as the average overnight interbank interest rate, a
 * coverage, density or share-of-population rate; this overrides the exclusion of interest-rate
 * levels above, while policy and refinancing rates stay out) is a value fact with unit percent;
 * shares, growth rates, completion rates and rates set by decision are not.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored
 * only in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const usd = (v: string): RealFact => ({ v, u: 'USD' });

const WB_VMM_2023_10 =
  'http://documents1.worldbank.org/curated/en/099816311212352274/text/IDU01c24cab6057480492f082c709180b02eea50.txt';
const WB_VMM_2024_02 = 'https://openknowledge.worldbank.org/bitstreams/f07fd146-6fa7-4686-8e1e-9911b3538a70/download';
const WB_VMM_2025_05 = 'https://openknowledge.worldbank.org/bitstreams/6bd55a09-6570-47bf-8435-1ee5d5e727cc/download';
const WB_VMM_2022_12 = 'https://openknowledge.worldbank.org/bitstreams/dce28398-d859-586d-abd0-b18eb69fd94f/download';
const VNDIRECT_2022_10 = 'https://vndirect.com.vn/economic-update-emerging-uncertainties';
const VIETCAP_2025_10 =
  'https://www.vietcap.com.vn/en/research-center/macro-update-retail-sales-growth-eases-in-october-amid-flood-impact';
const VIETCAP_2023_01 = 'https://www.vietcap.com.vn/en/research-center/macro-update-tet-holiday-distorts-economic-data';
const VIETCAP_2025_03 =
  'https://trading.vietcap.com.vn/iq/report-detail/en/macro-update-vietnam-s-key-economic-indicators-indicate-solid-growth-in-2m-2025';
const VIETCAP_2025_05 =
  'https://trading.vietcap.com.vn/iq/report-detail/en/macro-update-vietnam-s-macroeconomic-data-remains-solid';
const MBS_2H2024 =
  'https://mbs.com.vn/en/research-center/research-report/vietnam-outlook/vietnam-strategy-2h2024-rising-optimism-but-risks-on-the-horizon';
const ECON_UPDATE_2018_09 = 'https://fdocuments.net/document/vietnam-economics-update-september-26-2018.html';
const GTJAI_2025_09 =
  'https://gtjai.com.vn/en/research/en-gtjasvn_macro-report_vietnam-macro-in-august-and-mid-sep-key-updates';
const PYN_2019 = 'https://pyn.fi/en/blog/2019/vietnam-gdb-7-3';
const PYN_2024 = 'https://pyn.fi/en/blog/2024/great-earnings-growth-and-bank-sector-getting-a-wake-up-call';
const FOCUS_Q3_2019 =
  'https://focus-economics.com/countries/vietnam/news/gdp/economy-gains-steam-in-q3-underpinned-by-manufacturing-and-services';
const FOCUS_CPI_2023 = 'https://www.focus-economics.com/countries/vietnam/news/inflation/';

const USDA_GAIN_GRAIN_2018 = 'http://businessdocbox.com/Agriculture/94145678-Vietnam-grain-and-feed-annual.html';
const USDA_COFFEE_2018 =
  'https://mcxindia.org/2018/06/08/commodities-buzz-usda-reduces-vietnam-coffee-production-by-0-60-million-bags-for-my-2017-18/';

const VDB_12302 = 'https://en.vdb.gov.vn/news12302/vietnam-should-extend-economic-support-programme-to-2024-wb';
const VDB_12433 = 'https://en.vdb.gov.vn/news12433/-viet-nam-is-among-worlds-fastest-growing-economies-wb';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const mom = (x: string): RealFact => ({ ch: [`rate ${x} ${PREV}`] });
const yoyP = (x: string, p: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`], p });
const momP = (x: string, p: string): RealFact => ({ ch: [`rate ${x} ${PREV}`], p });
const target = (x: string, p?: string): RealFact => ({ k: 'target', ch: [`rate ${x} *`], ...(p ? { p } : {}) });

/** English: international organisations and bank/broker research on Vietnam's economy. */
export const TEST9_EN_ROWS: readonly Row[] = [
  // World Bank, Vietnam Macro Monitoring, October 2023
  [
    WB_VMM_2023_10,
    'The industrial production index grew by 2.89 percent m/m (SA) in October, due to the continued recovery of manufacturing exports.',
    [mom('2.89')],
  ],
  [
    WB_VMM_2023_10,
    'However, prospects remain fragile as Vietnam’s PMI remained in contractionary territory in October (49.6), as it was in September (49.7).',
    [],
  ],
  [
    WB_VMM_2023_10,
    'Monthly growth of retail sales remained flat (-0.01 percent m/m, SA) in October, compared with 0.55 percent (m/m, SA) growth in September.',
    [mom('-0.01'), mom('0.55')],
  ],
  [
    WB_VMM_2023_10,
    'Exports and imports of goods continued to recover, increasing by 1.6 percent (m/m, SA) and 1.05 percent (m/m, SA), respectively, as demand from trade partners continued to gradually recover.',
    [mom('1.6'), mom('1.05')],
  ],
  [
    WB_VMM_2023_10,
    'However, both exports and imports of the first 10 months remained in contractionary territory, decreasing by 6.9 percent (y/y, SA) and 12.4 percent (y/y, SA) respectively.',
    [yoy('-6.9'), yoy('-12.4')],
  ],
  [
    WB_VMM_2023_10,
    'The Consumer Price Index (CPI) inflation registered 3.6 percent y/y in October, driven by transport costs (+0.06 ppt), while core inflation fell from 3.8 percent y/y in September to 3.4 percent y/y in October, below the 2023 policy rate of 4.5 percent set by the authorities.',
    [yoy('3.6'), yoy('3.8'), yoy('3.4'), target('4.5', '2023')],
  ],
  [
    WB_VMM_2023_10,
    'Credit growth remained sluggish, registering -0.1 percent (m/m) and 9.3 percent (y/y) in October 2023, well below the pre- covid period and reflecting persistent weak private investment.',
    [momP('-0.1', '2023-10'), yoyP('9.3', '2023-10')],
  ],
  [
    WB_VMM_2023_10,
    'Despite a surge in revenue collection in October, revenue collection during the first 10 months of 2023 was 4.5 percent lower than the same period of the last year.',
    [yoyP('-4.5', '2023-YTD-10')],
  ],
  [
    WB_VMM_2023_10,
    'At the same time, public expenditure accelerated by 11.4 percent during the same period (y/y) reflecting the government’s effort to support the slowing economy.',
    [yoy('11.4')],
  ],
  [
    WB_VMM_2023_10,
    'Public investment disbursement increased by 35 percent (y/y) for the 10-month period, helping the government achieve 55 percent of the annual planned budget (compared with 46.5 percent during the same period of 2022).',
    [
      { c: '55', ch: [`rate 35 ${SPLY}`] },
      { c: '46.5', p: '2022-YTD-10' },
    ],
  ],
  // World Bank, Vietnam Macro Monitoring, February 2024
  [
    WB_VMM_2024_02,
    'Industrial production decreased by 1.1 percent (m/m, SA) in February 2024 as the Tet holiday in 2024 took place in February (instead of January in 2023).',
    [momP('-1.1', '2024-02')],
  ],
  [WB_VMM_2024_02, 'Vietnam’s PMI remained in expansionary territory, registering 50.4 in February 2024.', []],
  [
    WB_VMM_2024_02,
    'Retail sales increased sharply by 6.7 percent (m/m, SA) in February 2024 compared to 1.5 percent contraction (m/m, SA) in January 2024.',
    [momP('6.7', '2024-02'), momP('-1.5', '2024-01')],
  ],
  [
    WB_VMM_2024_02,
    'However, retail sales registered only 3.7 percent growth compared to the previous year, about half of 2023 average growth (8.3 percent), and a third of pre-covid average (11.5 percent, 2017-2019), suggesting that consumer confidence remains weak following last year’s economic slowdown.',
    [r('3.7'), { ch: ['rate 8.3 *'], p: '2023' }, r('11.5')],
  ],
  [
    WB_VMM_2024_02,
    'Exports and imports of goods in February 2024 decreased by 7.6 percent (m/m, SA) and 8.5 percent (m/m, SA), respectively.',
    [momP('-7.6', '2024-02'), momP('-8.5', '2024-02')],
  ],
  [
    WB_VMM_2024_02,
    'FDI surged in the first two months of 2024, partly reflecting the low base effect in early 2023, with commitment reaching US$4.3 billion as end of February 2024, 38.5 percent higher than the same period in 2023.',
    [{ v: '4300000000', u: 'USD', ch: ['rate 38.5 *'], p: '2024-YTD-02' }],
  ],
  [
    WB_VMM_2024_02,
    'FDI disbursements also registered a solid increase in the first two months of 2024 (9.8 percent higher than the first two months of 2023 (US$1.3 billion)).',
    [
      { ch: ['rate 9.8 *'], p: '2024-YTD-02' },
      { v: '1300000000', u: 'USD', p: '2023-YTD-02' },
    ],
  ],
  [
    WB_VMM_2024_02,
    'CPI inflation increased from 3.4 percent (y/y) in January to 4.0 percent (y/y) in February 2024, driven by a surge in food prices due to high demand during the Tet holiday.',
    [yoy('3.4'), yoyP('4', '2024-02')],
  ],
  [
    WB_VMM_2024_02,
    'Core inflation also rose from 2.7 percent (y/y) in January 2024 to 3.0 percent (y/y) in February 2024.',
    [yoyP('2.7', '2024-01'), yoyP('3', '2024-02')],
  ],
  [
    WB_VMM_2024_02,
    'Credit by commercial banks contracted by 0.12 percent (m/m) in February 2024 and 0.72 percent compared to December 2023, suggesting continued weakness in private investment.',
    [{ ch: [`rate -0.12 ${PREV}`, 'rate -0.72 *'], p: '2024-02' }],
  ],
  // World Bank, Viet Nam Macro Monitoring, May 2025
  [
    WB_VMM_2025_05,
    'While recovering from 45.6 in April to 49.8 in May, the PMI remained in contractionary territory amid heightened global uncertainty.',
    [],
  ],
  [
    WB_VMM_2025_05,
    'Total exports to the US in the first five months of 2025 increased to US$57.2 billion (+ 27.5 percent y/y).',
    [{ v: '57200000000', u: 'USD', ch: [`rate 27.5 ${SPLY}`], p: '2025-YTD-05' }],
  ],
  [
    WB_VMM_2025_05,
    'Retail service sales growth accelerated by 17.8 percent y/y, supported by firming labor income, along with the increasing number of international visitors to Viet Nam.',
    [yoy('17.8')],
  ],
  [
    WB_VMM_2025_05,
    'FDI disbursements remained resilient despite global uncertainty, registering +7.9 percent y/y growth as end of May, similar to the same period of 2024.',
    [yoy('7.9')],
  ],
  [
    WB_VMM_2025_05,
    'CPI increased from 3.2 percent in May 2025 from 3.1 percent in April, partly due to a 4.8 percent increase in electricity tariffs.',
    [{ ch: ['rate 3.2 *'], p: '2025-05' }, r('3.1'), r('4.8')],
  ],
  [
    WB_VMM_2025_05,
    'Credit growth increased to 17.5 percent y/y in May 2025, driven by credit to real estate developers.',
    [yoyP('17.5', '2025-05')],
  ],
  [
    WB_VMM_2025_05,
    'Banks increased bond issuance to strengthen their medium and long-term capital structures (VND 84.5 trillion in bonds during the first five months of 2025, about 2.5 times more than in the same period last year).',
    [{ v: '84500000000000', u: 'VND', ch: [`times 2.5 ${SPLY}`], p: '2025-YTD-05' }],
  ],
  [
    WB_VMM_2025_05,
    'The disbursement of public investment improved significantly in May, rising to 24.1 percent of Prime Minister’s plan, compared to 21.6 percent in the same period of 2024.',
    [{ c: '24.1' }, { c: '21.6', p: '2024-YTD-05' }],
  ],
  [WB_VMM_2025_05, 'Viet Nam and the US had a third round of trade negotiations during the week of June 9th.', []],
  [
    WB_VMM_2025_05,
    'The current pause on the 46% reciprocal tariffs is set to expire early July, while another round of negotiations has been announced.',
    [],
  ],
  // World Bank, Vietnam Macro Monitoring, December 2022
  [
    WB_VMM_2022_12,
    'Reflecting weaker external demand, growth of industrial production moderated to 5.3 percent (y/y) in November, the lowest rate since February 2022.',
    [yoy('5.3')],
  ],
  [
    WB_VMM_2022_12,
    'Retail sales registered a high but decreasing growth rate (17.5 percent (y/y) compared to 20.7 percent (y/y) in October 2022).',
    [yoy('17.5'), yoyP('20.7', '2022-10')],
  ],
  [
    WB_VMM_2022_12,
    'Merchandise exports contracted by 8.4 percent (y/y) - the first contraction since October 2021 due to weakening external demand and high base effects associated with the rebound in Q4 2021.',
    [yoy('-8.4')],
  ],
  [
    WB_VMM_2022_12,
    'While total FDI commitment moderated (-1.9 percent (y/y)), FDI disbursement maintained a robust growth (+14.4 percent y/y).',
    [yoy('-1.9'), yoy('14.4')],
  ],
  [
    WB_VMM_2022_12,
    'CPI inflation reached 4.4 percent (y/y) in November, compared to 4.3 percent recorded a month earlier, with food and housing being two major contributors.',
    [yoy('4.4'), r('4.3')],
  ],
  [
    WB_VMM_2022_12,
    'Core inflation increased from 4.5 percent (y/y) in October to 4.8 percent (y/y) in November 2022.',
    [yoy('4.5'), yoyP('4.8', '2022-11')],
  ],
  [
    WB_VMM_2022_12,
    'Credit growth fell from 16.5 percent (y/y) in October to 15.0 percent (y/y) in November as domestic financial conditions tightened after the State Bank of Vietnam raised key policy interest rates in September and October.',
    [yoy('16.5'), yoy('15')],
  ],
  [
    WB_VMM_2022_12,
    'Average overnight interbank interest rate remained high at 5.7 percent in November.',
    [{ v: '5.7', u: 'percent' }],
  ],
  [WB_VMM_2022_12, 'In early December, the SBV announced a 1.5-2 percent increase of the credit growth cap.', []],
  // VNDirect, Economics Note, 19 October 2022
  [
    VNDIRECT_2022_10,
    'GDP rose 13.7% yoy in 3Q22, thus lifting the 9-month GDP growth rate to 8.8% yoy, the strongest 9-month growth rate since 2011.',
    [yoyP('13.7', '2022-Q3'), yoyP('8.8', '2022-YTD-09')],
  ],
  [
    VNDIRECT_2022_10,
    'We forecast Vietnam’s GDP growth at 7.9% yoy (+/- 0.2 ppt) in 2022F.',
    [{ k: 'target', ch: [`rate 7.9 ${SPLY}`], p: '2022' }],
  ],
  [
    VNDIRECT_2022_10,
    'According to the General Statistics Office (GSO), Vietnam’s GDP rose 13.7% yoy in 3Q22, largely driven by robust service (+18.7% yoy) and strong industry and construction (+12.9% yoy).',
    [yoyP('13.7', '2022-Q3'), yoyP('18.7', '2022-Q3'), yoyP('12.9', '2022-Q3')],
  ],
  [
    VNDIRECT_2022_10,
    'For 9M22, Vietnam’s economy expanded 8.8% yoy (vs. +1.4% yoy in 9M21), the strongest 9-month growth rate in 12 years.',
    [yoyP('8.8', '2022-YTD-09'), yoyP('1.4', '2021-YTD-09')],
  ],
  [
    VNDIRECT_2022_10,
    'Vietnam’s inflation rose Vietnam’s CPI increased by 3.9% yoy in Sep 2022, significantly higher than the previous month’s CPI (+2.9% yoy).',
    [yoyP('3.9', '2022-09'), yoy('2.9')],
  ],
  [VNDIRECT_2022_10, 'For 9M22, Vietnam’s average CPI rose by 2.7% yoy.', [yoyP('2.7', '2022-YTD-09')]],
  [
    VNDIRECT_2022_10,
    'On external side, FED is on an aggressive path with a possibility of about 150 basis points hike in the next 6 months.',
    [],
  ],
  [
    VNDIRECT_2022_10,
    'We expect SBV might raise policy interest rates by 50-100 basis points in the next 6 months.',
    [],
  ],
  [
    VNDIRECT_2022_10,
    'Thus, refinancing interest rate and rediscount rate likely climb to 5.5-6.0% and 4-4.5%, respectively in the next hike.',
    [],
  ],
  [
    VNDIRECT_2022_10,
    'Following this, the USD/VND exchange rate climbed to VND24,320 (+6.5% ytd).',
    [{ v: '24320', u: 'VND', ch: ['rate 6.5 *'] }],
  ],
  [
    VNDIRECT_2022_10,
    'We consider that the exchange rate will continue to be under pressure as the SBV has less room to support the exchange rate than before (FX reserves fell to US$89bn) if the USD strengthens further in the last months of 2022.',
    [usd('89000000000')],
  ],
  [VNDIRECT_2022_10, 'We expect the VND would depreciate about 6-8% against the USD in 2022.', []],
  // World Bank, Vietnam Macro Monitoring of December 2023, as reported on the English pages of the Vietnam Development Bank
  [
    VDB_12302,
    'The report showed that cumulative FDI commitment for 11 months of 2023 continued to increase, reaching 28.8 billion USD, 14.8% higher than the same period in 2022, despite global uncertainties, reflecting investors’ confidence in Vietnam’s economic prospects.',
    [{ v: '28800000000', u: 'USD', ch: ['rate 14.8 *'], p: '2023-YTD-11' }],
  ],
  [VDB_12302, 'However, this is still about 10% lower than the pre-COVID-19 level in 2019.', [r('-10')]],
  [
    VDB_12302,
    'As of the end of November, FDI disbursement was 20.3 billion USD, 2.9% higher than a year ago, the report said.',
    [{ v: '20300000000', u: 'USD', ch: [`rate 2.9 ${SPLY}`] }],
  ],
  [
    VDB_12302,
    'The export and import of goods continued to improve in response to recovering external demand, increasing by 6.7% and 5.1% year-on-year, respectively.',
    [yoy('6.7'), yoy('5.1')],
  ],
  [
    VDB_12302,
    'The industrial production index grew by 2.7% month-on-month (m/m) in November, due to the increased production of key export products such as textile (4.4%, m/m) and electric equipment (7.9%, m/m).',
    [mom('2.7'), mom('4.4'), mom('7.9')],
  ],
  [
    VDB_12302,
    "However, prospects remain subdued as Vietnam’s Purchasing Managers' Index (PMI) remained in the contractionary territory in November (47.3 – the lowest level since May 2023).",
    [],
  ],
  [
    VDB_12302,
    'Consumer Price Index (CPI) inflation remain stable at 3.5% (y/y) in November, compared with 3.6% (y/y) in October, well below the target inflation of 4.5%.',
    [yoy('3.5'), yoy('3.6'), target('4.5')],
  ],
  [
    VDB_12302,
    'The government budget revenue collection during the first 11 months of 2023 fell by 6.2% compared with same period of 2022, due to the slowdown in economic activities.',
    [{ ch: ['rate -6.2 *'], p: '2023-YTD-11' }],
  ],
  [
    VDB_12302,
    'Eleven-month cumulative public expenditure, on the other hand, accelerated by 10.6% (y/y), reflecting the government’s effort to support the slowing economy.',
    [yoy('10.6')],
  ],
  [
    VDB_12302,
    'Public investment disbursement during the first 11 months grew by 36.3% (y/y), but still only constituted 63.4% of the annual capital budget allocation approved by the National Assembly for 2023./.',
    [{ c: '63.4', ch: [`rate 36.3 ${SPLY}`] }],
  ],
  // World Bank, East Asia and Pacific Economic Update of April 2024, as reported on the English pages of the Vietnam Development Bank
  [
    VDB_12433,
    "The projection remains unchanged compared to the bank's forecast of 5.5 percent in 2024 and 6 percent unveiled earlier this year.",
    [target('5.5', '2024'), target('6')],
  ],
  [
    VDB_12433,
    "WB East Asia and Pacific Chief Economist Aaditya Mattoo attributed Viet Nam's 5 percent growth projection to global trade resilience as well as the country's post-pandemic recovery resilience.",
    [target('5')],
  ],
  [
    VDB_12433,
    'However, he stated Viet Nam is a country with great potential, and it should not be satisfied with the 5 percent projection while in fact it is likely to grow by 8 percent.',
    [target('5'), target('8')],
  ],
  [
    VDB_12433,
    'The region is projected to expand by 4.6 percent this year, up from 4.4 percent last year.',
    [target('4.6'), r('4.4')],
  ],
  [VDB_12433, "In 2023, Viet Nam's GDP grew by 5.05 percent.", [{ ch: ['rate 5.05 *'], p: '2023' }]],
  [VDB_12433, "The nation's GDP was at US$430 billion.", [usd('430000000000')]],
  [
    VDB_12433,
    'GDP per capita was at US$4,284, up 3.88 percent year-on-year.',
    [{ v: '4284', u: 'USD', ch: [`rate 3.88 ${SPLY}`] }],
  ],
  [
    VDB_12433,
    "Viet Nam's GDP was estimated to expand 5.66 percent in the January-March period, the highest rate over the same period since 2020, according to the General Statistics Office (GSO)./.",
    [{ ch: ['rate 5.66 *'], st: 'estimate' }],
  ],
  // Vietcap, Macro Update, October 2025
  [
    VIETCAP_2025_10,
    'Manufacturing remains strong, supporting solid IIP in October: The Index of Industrial Production (IIP) grew to 9.2% YoY in 10M 2025, mainly supported by strong growth of the manufacturing sub-sector at 10.5% YoY (10M 2024: +8.6% YoY).',
    [yoyP('9.2', '2025-YTD-10'), yoyP('10.5', '2025-YTD-10'), yoyP('8.6', '2024-YTD-10')],
  ],
  [
    VIETCAP_2025_10,
    'Retail sales slowed in October due to flood impact: Retail sales of goods and services rose only 7.2% YoY in October (vs +9.1% YoY in October 2024 and a 9.6% YoY average in 9M 2025), but total retail sales in 10M 2025 still increased 9.3% YoY (10M 2024: +8.8% YoY).',
    [
      yoy('7.2'),
      yoyP('9.1', '2024-10'),
      yoyP('9.6', '2025-YTD-09'),
      yoyP('9.3', '2025-YTD-10'),
      yoyP('8.8', '2024-YTD-10'),
    ],
  ],
  [VIETCAP_2025_10, 'Storm No. 13 may further disrupt retail consumption activities in the central provinces.', []],
  [
    VIETCAP_2025_10,
    'Public investment disbursement improved toward the year-end: In 10M 2025, State revenue and State expenditures were USD81.4bn (+28.5% YoY) and USD69.5bn (+47.1% YoY), resulting in a fiscal surplus of USD11.9bn.',
    [
      { v: '81400000000', u: 'USD', ch: [`rate 28.5 ${SPLY}`], p: '2025-YTD-10' },
      { v: '69500000000', u: 'USD', ch: [`rate 47.1 ${SPLY}`], p: '2025-YTD-10' },
      { v: '11900000000', u: 'USD', p: '2025-YTD-10' },
    ],
  ],
  [
    VIETCAP_2025_10,
    'Disbursement for investment and development jumped 57.9% YoY to USD18.5bn, achieving 61.5% of the annual target.',
    [{ v: '18500000000', u: 'USD', c: '61.5', ch: [`rate 57.9 ${SPLY}`] }],
  ],
  // Vietcap, Macro Update, January 2023
  [
    VIETCAP_2023_01,
    'The overall index of industrial production (IIP) declined 8.0% YoY in January, with the manufacturing sub-sector falling 9.1% YoY as a result of fewer working days in the month due to the Tet Holiday.',
    [yoy('-8'), yoy('-9.1')],
  ],
  [
    VIETCAP_2023_01,
    'Retail sales of goods & services increased 20% YoY in January thanks to higher consumption demand ahead of the Tet Holiday and the relatively low base last year.',
    [yoy('20')],
  ],
  [
    VIETCAP_2023_01,
    'Registered and disbursed FDI in January dropped 16.5% YoY and 19.8% YoY to USD1.4bn and USD1.7bn, respectively.',
    [
      { v: '1400000000', u: 'USD', ch: [`rate -16.5 ${SPLY}`] },
      { v: '1700000000', u: 'USD', ch: [`rate -19.8 ${SPLY}`] },
    ],
  ],
  [
    VIETCAP_2023_01,
    'However, of the total FDI pledges, registrations for new projects jumped 3.1x to over USD1.2bn.',
    [{ v: '1200000000', u: 'USD', a: 'over', ch: ['times 3.1 *'] }],
  ],
  [
    VIETCAP_2023_01,
    'Meanwhile, registrations for expansion of current FDI projects plummeted nearly 76% YoY to USD306mn.',
    [{ v: '306000000', u: 'USD', ch: [`rate -76 ${SPLY}`] }],
  ],
  [
    VIETCAP_2023_01,
    'Also, the Foreign Investment Agency of the Ministry of Planning and Investment (MPI) revealed in January that FDI registration could reach USD36bn-38bn in 2023 (up 30% to 37.2% from 2022).',
    [],
  ],
  // Vietcap, Macro Update, 12 March 2025
  [
    VIETCAP_2025_03,
    'IIP rebounded after declining in January: In February, the overall index of industrial production (IIP) rebounded 17.2% YoY (2M 2025: +7.2% YoY) after slightly declining in January, in which the manufacturing sub-sector IIP surged 20.0% YoY (2M 2025: +9.3% YoY).',
    [yoy('17.2'), yoyP('7.2', '2025-YTD-02'), yoy('20'), yoyP('9.3', '2025-YTD-02')],
  ],
  [
    VIETCAP_2025_03,
    'The latest February PMI report indicates that new orders continued declining, posing potential risks to industrial production growth in coming months.',
    [],
  ],
  [
    VIETCAP_2025_03,
    'In February, total retail sales of goods and services continued to expand, rising 9.4% YoY (February 2024: +8.3% YoY), bringing retail sales growth in 2M 2025 to increase 9.4% YoY in nominal terms (2M 2024: +8.4% YoY) and 6.2% YoY in real terms (2M 2024: +5.3% YoY).',
    [
      yoy('9.4'),
      yoyP('8.3', '2024-02'),
      yoyP('9.4', '2025-YTD-02'),
      yoyP('8.4', '2024-YTD-02'),
      yoyP('6.2', '2025-YTD-02'),
      yoyP('5.3', '2024-YTD-02'),
    ],
  ],
  [
    VIETCAP_2025_03,
    'Notably, international arrivals reached 1.9 million in February; +23.7% YoY, bringing 2M 2025 arrivals to nearly 4 million; +30.2% YoY.',
    [
      { v: '1900000', ch: [`rate 23.7 ${SPLY}`] },
      { v: '4000000', a: 'under', ch: [`rate 30.2 ${SPLY}`], p: '2025-YTD-02' },
    ],
  ],
  [
    VIETCAP_2025_03,
    'State revenue and State expenditures amounted to VND499.8tn (USD19.6bn; +25.7% YoY) and VND293.8tn (USD11.5bn; +13.2% YoY), completing 25.4% (positive signals that State revenue could continue to exceed the target in 2025) and 11.5% of the annual plans, respectively, resulting in a fiscal surplus of VND206.0tn (USD8.1bn) in 2M 2025.',
    [
      { v: '499800000000000', u: 'VND', c: '25.4', ch: [`rate 25.7 ${SPLY}`], p: '2025-YTD-02' },
      { v: '293800000000000', u: 'VND', c: '11.5', ch: [`rate 13.2 ${SPLY}`], p: '2025-YTD-02' },
      { v: '206000000000000', u: 'VND', p: '2025-YTD-02' },
    ],
  ],
  // Vietcap, Macro Update, 14 May 2025
  [
    VIETCAP_2025_05,
    'IIP of the manufacturing sub-sector maintained strong growth: In 4M 2025, the overall IIP grew by 8.4% YoY.',
    [yoyP('8.4', '2025-YTD-04')],
  ],
  [
    VIETCAP_2025_05,
    'The manufacturing and processing sector led this growth with a 10.1% YoY increase.',
    [yoy('10.1')],
  ],
  [
    VIETCAP_2025_05,
    'Total retail sales of goods and services posted strong growth at 11.1% YoY in April (April 2024: +8.8% YoY), bringing 4M 2025 retail sales growth to 9.9% YoY (4M 2024: +8.6% YoY).',
    [yoy('11.1'), yoyP('8.8', '2024-04'), yoyP('9.9', '2025-YTD-04'), yoyP('8.6', '2024-YTD-04')],
  ],
  [VIETCAP_2025_05, 'Public investment disbursement posted strong growth in 4M 2025.', []],
  [
    VIETCAP_2025_05,
    'State budget revenue and expenditures surged 26.3% YoY and 15.2% YoY to VND944.1tn (USD36.5bn) and VND595.4tn (USD23.0bn), respectively in 4M 2025, resulting in a fiscal surplus of VND348.7tn (USD13.5bn).',
    [
      { v: '944100000000000', u: 'VND', ch: [`rate 26.3 ${SPLY}`], p: '2025-YTD-04' },
      { v: '595400000000000', u: 'VND', ch: [`rate 15.2 ${SPLY}`], p: '2025-YTD-04' },
      { v: '348700000000000', u: 'VND', p: '2025-YTD-04' },
    ],
  ],
  [
    VIETCAP_2025_05,
    'Public investment surged 16.3% YoY to VND128.5tn (USD5.0bn), fulfilling 16.3% of the annual target (vs 17.1% in 4M 2024).',
    [
      { v: '128500000000000', u: 'VND', c: '16.3', ch: [`rate 16.3 ${SPLY}`] },
      { c: '17.1', p: '2024-YTD-04' },
    ],
  ],
  [
    VIETCAP_2025_05,
    'On April 5, the Prime Minister issued Dispatch 32/CD-TTg to urge faster disbursement, followed by Dispatch 60/CĐ-TTg with further urgent directives.',
    [],
  ],
  // MBS Research, Vietnam Strategy 2H2024 (1 July 2024)
  [
    MBS_2H2024,
    'The 2Q24 performance of Vietnam ‘s economy exceeded most market forecasts (about 6.1%-6.5%), accelerating from an upwardly revised 5.87% yoy rise in 1Q24.',
    [yoyP('5.87', '2024-Q1')],
  ],
  [
    MBS_2H2024,
    'The surprising 2Q24 performance prompted us to upgrade our 2024 GDP forecasts to 6.5% from previous 6.3%.',
    [target('6.5', '2024')],
  ],
  [
    MBS_2H2024,
    'We expect the economy growth upturn will getting stronger with 6.6%-6.5% yoy in 3Q-4Q, respectively, fueled by bouncing-back export growth and manufacturing expansion and more effective public investment disbursement.',
    [
      { k: 'target', ch: [`rate 6.6 ${SPLY}`] },
      { k: 'target', ch: [`rate 6.5 ${SPLY}`] },
    ],
  ],
  [
    MBS_2H2024,
    'Having depreciated by 4.7% year-to-date vs the USD, the VND is among regional second worst performer.',
    [r('-4.7')],
  ],
  [
    MBS_2H2024,
    'Though the DXY is expected to lose it strength in the 2H24, following the FED ‘s rate cuts, but a prolonged weak VND will pose upside risks to inflation that is already near the central bank’s 4.5% target.',
    [target('4.5')],
  ],
  [
    MBS_2H2024,
    'The VN-index ended the Jun 2024 at 1,250 (+10.2% ytd), still among top performer in regional markets.',
    [{ v: '1250', ch: ['rate 10.2 *'], p: '2024-06' }],
  ],
  [
    MBS_2H2024,
    'As at 21 Jun, VN-Index was trading at 14.5x trailing 12-month P/E , which is 6% premium to the 3-year average PE (13.8x) and 14% discount to the 3-year peak (16.7x in 4Q21).',
    [],
  ],
  // A bank's Vietnam Economics Update, 26 September 2018
  [
    ECON_UPDATE_2018_09,
    'Vietnam’s economy expanded 7.1% yoy in 1H18 and we forecast GDP growth to be reported at 6.8% yoy for 3Q18.',
    [yoyP('7.1', '2018-H1'), { k: 'target', ch: [`rate 6.8 ${SPLY}`], p: '2018-Q3' }],
  ],
  [
    ECON_UPDATE_2018_09,
    'The latest reading on industrial activities showed better-than-expected growth (Index of Industrial Production, IIP, grew at 14.3% yoy in Jul and 13.4% yoy in Aug), which pointed to a sustained expansion in the manufacturing sector.',
    [yoy('14.3'), yoy('13.4')],
  ],
  [
    ECON_UPDATE_2018_09,
    'Despite a high base in 3Q17, we expect GDP growth in 3Q18 to remain strong at 6.8% yoy.',
    [{ k: 'target', ch: [`rate 6.8 ${SPLY}`], p: '2018-Q3' }],
  ],
  [
    ECON_UPDATE_2018_09,
    'There could be a positive surprise in 4Q18, which could bring GDP growth to 6.9% for the full year.',
    [target('6.9')],
  ],
  // Guotai Junan Securities (Vietnam), macro report, September 2025
  [
    GTJAI_2025_09,
    'The VND has continued to depreciate against the USD, weakening about 3.4% as of mid-September.',
    [r('-3.4')],
  ],
  [
    GTJAI_2025_09,
    'This comes in the context of the DXY Index falling about 10.4% year-to-date, while many major and regional currencies such as the EUR, CNY, JPY, THB, and MYR have strengthened.',
    [r('-10.4')],
  ],
  // PYN Elite Fund, blog, 2019 and 2024
  [
    PYN_2019,
    'General Statistics Office of Vietnam just released preliminary third-quarter growth figures, which were surprisingly good; growth of 7.31% from last year and thus a nine-month GDP growth rate of 6.98%.',
    [
      { ch: ['rate 7.31 *'], st: 'preliminary' },
      { ch: ['rate 6.98 *'], st: 'preliminary' },
    ],
  ],
  [
    PYN_2019,
    'Tax collection has also gone well and even exceeded expectations; + 12.3% growth in January-August.',
    [r('12.3')],
  ],
  [
    PYN_2019,
    'Public investment is lagging behind targets this year, as government-backed anti-corruption audits in the public administration have slowed down processes among public authorities.',
    [],
  ],
  [
    PYN_2024,
    'Despite the new investments, public debt is estimated to remain at a very moderate level of 36–37% of GDP.',
    [],
  ],
  [
    PYN_2024,
    'This has also been the case now, as dong has weakened by -3.5% against the dollar in three weeks.',
    [r('-3.5')],
  ],
  // FocusEconomics, Vietnam news (2019, 2023)
  [
    FOCUS_Q3_2019,
    'Economic growth picked up to 7.3% in the third quarter from 6.7% in the second quarter, according to recent data released by Vietnam’s Statistical Institute, markedly overshooting market expectations.',
    [r('7.3'), r('6.7')],
  ],
  [
    FOCUS_Q3_2019,
    'The acceleration was driven in part by faster industrial activity growth (Q3: +10.1% year-on-year; Q2: +9.1% yoy), propelled by a buoyant manufacturing sector.',
    [yoy('10.1'), yoy('9.1')],
  ],
  [
    FOCUS_Q3_2019,
    'The services sector also picked up pace (Q3: +7.1% yoy; Q2: +6.9% yoy), likely supported by healthy labor market dynamics, mild inflation and surging tourism inflows.',
    [yoy('7.1'), yoy('6.9')],
  ],
  [
    FOCUS_Q3_2019,
    'However, the agricultural sector lost steam (Q3: +1.5% yoy; Q2: +2.0% yoy), weighed on by drought and African swine fever slashing pig populations.',
    [yoy('1.5'), yoy('2')],
  ],
  [
    FOCUS_CPI_2023,
    'Inflation decelerated to 2.8% in April (March: 3.4%), driven by lower price pressures for food and housing.',
    [r('2.8'), r('3.4')],
  ],
  [
    FOCUS_CPI_2023,
    'Inflation is set to accelerate on average this year compared to 2022 but remain below the Central Bank’s 4.5% target.',
    [target('4.5')],
  ],
  // USDA FAS, GAIN report VM8019, Vietnam Grain and Feed Annual (12 April 2018)
  [
    USDA_GAIN_GRAIN_2018,
    'Post forecasts the imported corn volume in MY 2018/19 at 11 million metric tons (MMT), up 2 MMT from the previous year.',
    [{ k: 'target', v: '11000000', u: 'tonne' }],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'Post estimates the MY 2017/18 export volume to be at 6.7 MMT, and for MY 2018/19, forecasts 6.9 MMT.',
    [
      { v: '6700000', u: 'tonne', st: 'estimate' },
      { k: 'target', v: '6900000', u: 'tonne' },
    ],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'Despite the difficult time for Vietnam s husbandry industry in recent years, the Vietnam feed industry is still expected to grow at the modest rate of about 3 percent annually.',
    [target('3')],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'The growth in the feed sector is supported by the development of the aquaculture industry, which has seen growth of 5 to 10 percent in the past year, depending on the production area and sector.',
    [],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'For example, the fish industry grew at 5 percent last year, while the shrimp industry grew at 10 percent.',
    [r('5'), r('10')],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'The Vietnam feed industry will still need more time to recover, and Post forecasts the MY2018/19 annual growth to remain at 3 percent.',
    [target('3')],
  ],
  [
    USDA_GAIN_GRAIN_2018,
    'Vietnam is one of world s top pork consuming nations and stands second in Asia after China.',
    [],
  ],
  // USDA FAS coffee report of June 2018, as carried by MCX India
  [
    USDA_COFFEE_2018,
    'As per latest update from United States Department of Agriculture (USDA), Vietnam estimates Vietnams marketing year (MY) 2017/18 coffee production at 29.3 million bags, about 600,000 bags lower than the USDA estimate of 29.9 million bags, due to harvest losses caused by late rains.',
    [
      { v: '29300000', st: 'estimate' },
      { v: '29900000', st: 'estimate' },
    ],
  ],
  [
    USDA_COFFEE_2018,
    'The forecast for MY 2018/19 production is about 29.9 million bags, a 2 percent increase compared to MY 2017/18, due to favorable weather during the flowering stage.',
    [{ k: 'target', v: '29900000', a: 'about', ch: ['rate 2 *'] }],
  ],
  [
    USDA_COFFEE_2018,
    'Accordingly, FAS/Vietnam estimates bean export in MY 2017/18 to remain flat at about 25 million bags.',
    [{ v: '25000000', a: 'about', st: 'estimate' }],
  ],
  [
    USDA_COFFEE_2018,
    'The forecast for MY 2018/19 bean exports is slightly up to 25.2 million bags, due to expected improved production.',
    [{ k: 'target', v: '25200000' }],
  ],
  [
    USDA_COFFEE_2018,
    'However, as noted in the 2017 Coffee Semi-annual, the situation is now changing because black pepper prices have been dropping continuously since CY 2017 and are currently sitting at only 50 percent of their former high.',
    [],
  ],
];

export const TEST9_EN: readonly RealSentence[] = TEST9_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test9-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test9',
}));
