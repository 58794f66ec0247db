import type { RealFact, RealSentence } from './types';

/**
 * The TWENTY-EIGHTH fresh set (`test28`), English part (`test28-vi.ts` is another builder's part, not read):
 * sentences copied verbatim from the stored text the `pages` search index returns, on sites absent from every
 * earlier file (each host grepped with `grep -ril` in every file of `real-corpus/` before use, and distinctive
 * figures of its sentences grepped too: no hit on the same sentence; `P7.4 billion` and `3.94 billion` hits are
 * other sentences of other pages). Held out: the extractor was never run on these sentences and `src/extract` was
 * not read.
 * Sources (18 addresses on 15 hosts):
 * - ASEAN: Indonesian cement consumption in the first half of 2023 (ccf2up.com) and cement sales in 2013 and in
 *   February 2016 (indonesia-investments.com, two pages); K-REIT Asia, Singapore, second quarter and first half
 *   (lushhomemedia.com, relaying Channel NewsAsia); Singapore REITs, Far East Hospitality Trust, 1H FY2023
 *   (thesingaporeaninvestor.sg); Philippine banks in the first nine months of 2024 and of 2025 (anyare.ph, two
 *   summaries) and of 2011 (gmanews.tv); Security Bank and Metrobank in the first nine months of 2017
 *   (manilastandard.net); Thailand's economy in the second quarter of 2019 (ryt9.com, an NESDB release), Thai trade
 *   in the first half of 2019 (oananews.org, relaying TNA) and Thai exports in January 2019 (clv-development.org,
 *   relaying VNA); Malaysian palm oil in June 2024 (borneobulletin.com.bn, relaying Bernama) and in 2019
 *   (freemalaysiatoday.com);
 * - Vietnam: tourism figures of 2012-2014 (bitjem.work, a background page); Mekong Delta rice in 2014 (afbl.cn, two
 *   pages); wood and furniture exports (woodyhouse.org).
 * 75 rows, 111 facts, 9 rows that state no figure (12 %: a quotation on a cause, an outlook without figures, a lead
 * on REIT payouts, a share of GDP, a lead on rice productivity, a growth range with a list of drivers, a range of
 * inflation with a share of GDP, a sentence on ranking, a quotation on seasonality). Vietnam 13 rows (17 %), ASEAN
 * 62 rows (83 %) — the pages on hosts never read were mostly ASEAN ones; every Vietnamese provincial and national
 * outlet the search returned (e.vnexpress, baobinhdinh, english.vtv, vietnamnews, zawya, en.vietnamplus, bizhub,
 * sggpnews, einpresswire, vietnam.vn, en.vneconomy, customsnews, vccinews, viipip, baosonla, vir.com.vn, english.vov,
 * congthuong, thanhhoa.gov.vn, vasep, steelorbis, tothethao, talkvietnam, 2lua, vifafair) was read by an earlier set.
 * Left out as well: bworldonline, philippinestoday, business.inquirer, abs-cbn, malaya, spglobal, cemnet, voi.id,
 * indocement, comunicaffe, mondovisione, wam.ae, straitstimes, businesstimes, malaymail, bangkokpost, nikkei,
 * vietnamnet (all read before), and tables (bsc.com.vn, Thai investor-relations pages).
 *
 * Whole sentences as stored; leads with a dateline keep it (`KUALA LUMPUR (BERNAMA) –`, `BANGKOK, July 22 (TNA) -`,
 * `HANOI –`), a caption run into a sentence is kept (`Workers at a garment-textile export firm in Thailand (Source:
 * Reuteurs/VNA) The Ministry …`), footnote marks kept (`[2]`, `[4]`). Slips kept: `declined by -4.9%`, `1.H 2022`,
 * `this modal`, `famers`, `insects diseases`, `Interest income increase by`, `P215.15 from P205.48 billion`,
 * `Security bank’s`, `comprises of`, `The Thai Economy`, `2.7 - 3.2` (no unit), `0.7- 1.2`, `. ;`, `like other
 * several countries`, `Reuteurs`, curly and straight quotes and apostrophes as stored.
 *
 * Annotated by hand from the sentence alone with the conventions of `test22-en.ts`, `test23b-en.ts`,
 * `test26-en.ts`, `test27-en.ts` and `types.ts`: `year-on-year`, `y/y`, `YoY`, `%YoY`, `on year`, `on-year`, `year
 * on-year`, `from a year earlier`, `compared to a year ago`, `from the same month one year earlier`, `in the same
 * period last year` and, for a nine-month figure, `from the previous year` are the same period last year; `from 28.893
 * Mt in 1.H 2022` gives the base `2022-H1`, `from 1.75 million tonnes in May 2024` the month `2024-05`, `a 76%
 * increase from 2020` and `from 2.51 million tonnes in 2018` the year; `from the first quarter (%QoQ sa)` is the
 * previous period; changes with no base, or leaning on a base printed before them in the sentence, are `*`. Growth
 * rates of an economy without a figure of their own are change-only facts, and a rate printed beside them as a
 * comparison (`compared with 2.8 percent in the previous quarter`, `from its original forecast of 6.2 percent`) is a
 * change-only fact `*` too. Comparison values after `from` / `compared to` / `versus` / `against` are values
 * without period, as test26 and test27 read them. Absolute differences (`up P7.6 billion`, `or P2.8-billion`, `an
 * increase of more than $9 billion`) are no facts, as test24 rules. `nearly` is an upper bound, `about`,
 * `approximately`, `approximate` approximations; bounds on changes (`no less than 3 percent`) are dropped. Targets,
 * plans, forecasts and conditions (`revised down its forecast`, `it is expected that … will`, `could grow … as
 * earlier targeted`, `if … reached 21 billion US dollars`, `hoping to achieve`, `targets 8 percent expansion`,
 * `predicted … will grow`, `aims to reach … by 2025`, `It is expected to approximate`) are `k: 'target'`. Ranges
 * (`7-8 million tons`, `VND 68,000 to VND 70,000 billion`, `32-35 million`, `11-12 million`, `2.7 - 3.2`, `1-2 per
 * cent`, `0.7- 1.2 percent`) and shares (`about 55 percent of`, `5% to Vietnam's GDP`, `5.9 percent to GDP`) give no
 * fact. Units: pesos (`P`), Singapore dollars (`S$`), cents per unit and counts (properties, rooms, visitors) are
 * values without a unit; bare `$` and `US dollars` / `USD` are `USD`; `Mt`, `tons`, `tonnes` are `tonne`; `hectares`
 * `ha`; `VND … billion` `VND`. Periods: `In the first half of 2023` `2023-H1`, `in February 2016` `2016-02`, `in 2012`
 * `2012`, `in the first nine months of 2024` `2024-YTD-09`, `in the second quarter of 2019` `2019-Q2`, `in June
 * 2024` `2024-06`, `in November and December 2019` `2019-11` / `2019-12`, `by 2025` `2025`; periods without a year
 * (`last month`, `in the first half`, `in the nine months to September`, `in June`, `this year`, `last year`), fiscal
 * periods (`1H FY2023`), and `as at 31 December 2022` give none.
 *
 * Judgement calls: gmanews' `P215.15 from P205.48 billion` is read as billions (the scale printed once for both, as
 * a reader takes it); its `from a loss of P2.34 billion a year earlier` is kept as the printed amount, without sign.
 * The World Bank's `forecast for economic growth in 2013 to 5.9 percent` takes the period `2013`. oananews' `if
 * Thailand's exports … reached 21 billion US dollars monthly on average` and `22 billion US dollars` are targets
 * (the amounts a forecast needs). The BSP policy-rate sentence of the second anyare page, the ROE/ROA sentence of
 * gmanews and the branch-count sentence of manilastandard (a number in words) were left out. The ryt9 lead's
 * `(%QoQ sa)` rate takes the base `previous-period`, not `2019-Q1` (the year is in the sentence before).
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address.
 * Second pass (04 December 2026, before the cut-off): every row read again against its sentence alone, field by
 * field (value and scale, unit, bound, completion, change form, amount and base, period, stage, target). Changed in
 * the second pass: the ryt9 lead took the period `2019-Q2` (`in the second quarter of 2019`), left off at first.
 * Checked and kept: the comparison values without period, `*` on changes without base, `under` on `nearly`,
 * `2024-05` as base of the palm-oil stocks, no period on fiscal years and as-at dates, the pesos and S$ without unit.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const CCF2UP_ID_CEMENT_H1_2023 = 'https://ccf2up.com/cement-demand-declined-in-indonesia-in-1-h-2023/';
const INDOINV_ID_CEMENT_2013 =
  'https://www.indonesia-investments.com/news/todays-headlines/indonesias-cement-sales-indicate-countrys-slowing-economic-growth/item860';
const INDOINV_ID_CEMENT_FEB_2016 =
  'https://indonesia-investments.com/tag/item31?ColumnModel_page=2&HeadlineModel_page=3&tag=669';

const LUSHHOME_KREIT_Q2_2011 = 'https://www.lushhomemedia.com/k-reit-asias-q2-dpu-rises-17-7/';
const BITJEM_VN_TOURISM = 'https://www.bitjem.work/p/introduce.html';

const SGINVESTOR_REITS_1H_2023 =
  'https://www.thesingaporeaninvestor.sg/2023/08/17/7-singapore-reits-that-reported-an-increase-in-distribution-payout/';

const AFBL_MEKONG_RICE_JUN_2014 = 'http://afbl.cn/wap/index.php?itemid=35303&moduleid=21';
const AFBL_MEKONG_RICE_AUG_2014 = 'http://afbl.cn/wap/index.php?itemid=38179&moduleid=21&page=2';

const ANYARE_PH_BANKS_9M_2024 =
  'https://anyare.ph/stories/philippine-banks-see-64-profit-increase-in-first-nine-months';
const ANYARE_PH_BANKS_9M_2025 =
  'https://anyare.ph/stories/philippine-banks-net-profit-up-357-to-p3004b-in-first-9-months';

const GMANEWS_PH_BANKS_9M_2011 =
  'http://www.gmanews.tv/story/239290/business/phl-banks-post-12-income-growth-in-first-9-mos';
const MANILASTANDARD_SECB_9M_2017 =
  'https://manilastandard.net/business/banking-report/251104/security-bank-posts-hefty-profit.html';

const RYT9_TH_NESDB_Q2_2019 = 'https://ryt9.com/en/nesd/231599';
const OANANEWS_TH_TRADE_H1_2019 =
  'http://www.oananews.org/content/news/bussiness/thailand-gains-trade-surplus-first-half-2019';
const CLVDEV_TH_EXPORTS_JAN_2019 = 'http://clv-development.org/Pages/tinbai.aspx?idTin=18057&idcm=135';

const WOODYHOUSE_VN_WOOD_2025 =
  'https://woodyhouse.org/vietnam-hopes-to-boost-wood-and-furniture-exports-by-9-billion/';

const BORNEOBULLETIN_MY_PALM_JUN_2024 = 'https://borneobulletin.com.bn/malaysian-palm-oil-stocks-up-4-35pc-in-june/';
const FMT_MY_PALM_2019 =
  'https://www.freemalaysiatoday.com/category/nation/2020/01/10/palm-oil-exports-rose-12-last-year/';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });
void [SPLY, n, vnd, usd, tonne, ha, goal, ch];

const TEST28_EN_ROWS: readonly Row[] = [
  // Indonesian cement demand in the first half of 2023 (ccf2up.com)
  [
    CCF2UP_ID_CEMENT_H1_2023,
    'In the first half of 2023, in Indonesia, the cement consumption declined by -4.9% from 28.893 Mt in 1.H 2022 to 27.422 Mt in 1.H 2023.',
    [tonne('27422000', { p: '2023-H1', ch: ['rate -4.9 2022-H1'] }), tonne('28893000')],
  ],
  [
    CCF2UP_ID_CEMENT_H1_2023,
    'However, the YoY change declined from -11.9% in April to -4.9% in June, which assumes that the cement demand for 2023 can still increase from last year.',
    [ch(`rate -11.9 ${SPLY}`), ch(`rate -4.9 ${SPLY}`)],
  ],
  // Indonesian cement sales (indonesia-investments.com, two pages)
  [
    INDOINV_ID_CEMENT_2013,
    "Java, where cement sales increased 5.3 percent to 2.8 million tons, accounts for about 55 percent of Indonesia's total cement consumption.",
    [tonne('2800000', { ch: ['rate 5.3 *'] })],
  ],
  [
    INDOINV_ID_CEMENT_2013,
    "The World Bank also signals Indonesia's slowing economic growth and revised down its forecast for economic growth in 2013 to 5.9 percent from its original forecast of 6.2 percent.",
    [goal({ ch: ['rate 5.9 *'], p: '2013' }), goal({ ch: ['rate 6.2 *'] })],
  ],
  [
    INDOINV_ID_CEMENT_FEB_2016,
    'Cement sales in Indonesia rose 3 percent year-on-year (y/y) to 4.45 million tons in February 2016 from the same month one year earlier.',
    [tonne('4450000', { p: '2016-02', ch: [`rate 3 ${SPLY}`] })],
  ],
  [
    INDOINV_ID_CEMENT_FEB_2016,
    "Widodo Santoso, Chairman of the Indonesian Cement Association (ASI), said Indonesia's rising cement sales were caused by the ongoing development of infrastructure projects across the archipelago.",
    [],
  ],
  [
    INDOINV_ID_CEMENT_FEB_2016,
    'Three regions showed a marked increase in cement sales last month: Sumatra (+16.5 percent y/y to 2.13 million tons), Sulawesi (+33 percent y/y to 841,000 tons) and the Moluccas & Papua (+31 percent y/y to 125,000 tons).',
    [
      tonne('2130000', { ch: [`rate 16.5 ${SPLY}`] }),
      tonne('841000', { ch: [`rate 33 ${SPLY}`] }),
      tonne('125000', { ch: [`rate 31 ${SPLY}`] }),
    ],
  ],
  // K-REIT Asia, Singapore, second quarter and first half (lushhomemedia.com, relaying Channel NewsAsia)
  [
    LUSHHOME_KREIT_Q2_2011,
    'K-REIT Asia on Monday said its second-quarter distribution per unit (DPU) rose 17.7 per cent to 1.93 cents compared to a DPU of 1.64 cents recorded in the same period last year.',
    [n('1.93', { ch: [`rate 17.7 ${SPLY}`] }), n('1.64')],
  ],
  [
    LUSHHOME_KREIT_Q2_2011,
    'Distributable income for the three months ended June rose 19.7 per cent to S$26.3 million.',
    [n('26300000', { ch: ['rate 19.7 *'] })],
  ],
  [
    LUSHHOME_KREIT_Q2_2011,
    'For the first half, K-REIT announced a DPU of 3.72 cents, a 25.3 per cent increase on-year.',
    [n('3.72', { ch: [`rate 25.3 ${SPLY}`] })],
  ],
  [
    LUSHHOME_KREIT_Q2_2011,
    'Distributable income for the first half came in at S$50.5 million, a 27 per cent jump compared to a year ago.',
    [n('50500000', { ch: [`rate 27 ${SPLY}`] })],
  ],
  [
    LUSHHOME_KREIT_Q2_2011,
    'However, net property income for the group in the first half fell 9.4 per cent year on-year to S$29.2 million due mainly to the divestment of Keppel Towers and GE Tower in December 2010.',
    [n('29200000', { ch: [`rate -9.4 ${SPLY}`] })],
  ],
  [
    LUSHHOME_KREIT_Q2_2011,
    'Going forward, K-REIT Asia said the healthy economic outlook for Singapore and Australia, coupled with the strong Singapore dollar and Australian dollar, bodes well for the REIT.',
    [],
  ],
  // Vietnamese tourism, a page of background figures (bitjem.work)
  [
    BITJEM_VN_TOURISM,
    'In 2012, the number of international visitors to Vietnam was 6.8 million, domestic visitors reached 32.5 million. [2]',
    [n('6800000', { p: '2012' }), n('32500000', { p: '2012' })],
  ],
  [
    BITJEM_VN_TOURISM,
    'Vietnam tourism revenue in 2009 reached from VND 68,000 to VND 70,000 billion, VND 160,000 billion in 2012 [2].',
    [vnd('160000000000000', { p: '2012' })],
  ],
  [BITJEM_VN_TOURISM, "Tourism contributes 5% to Vietnam's GDP [3]", []],
  [
    BITJEM_VN_TOURISM,
    'In 2013, the number of international visitors to Vietnam was 7.57 million, [4] domestic visitors reached 35 million. [5]',
    [n('7570000', { p: '2013' }), n('35000000', { p: '2013' })],
  ],
  [
    BITJEM_VN_TOURISM,
    'Vietnam tourism revenue in 2013 reached about VND 200,000 billion. [6]',
    [vnd('200000000000000', { a: 'about', p: '2013' })],
  ],
  [
    BITJEM_VN_TOURISM,
    "According to Vietnam National Administration of Tourism, Vietnam's tourism industry attracted nearly 8 million international visitors in 2014, [7] 32-35 million domestic tourists, the expected number of 2020 is 11-12 million international visitors. ; 45-48 million domestic tourists.",
    [n('8000000', { a: 'under', p: '2014' })],
  ],
  // Singapore REITs that raised their payouts, first half of FY2023 (thesingaporeaninvestor.sg)
  [
    SGINVESTOR_REITS_1H_2023,
    'It has not been a good quarter for unitholders of Singapore-listed REITs this time round, where distribution payouts for most of them have been impacted to a certain extent as a result of higher borrowing cost.',
    [],
  ],
  [
    SGINVESTOR_REITS_1H_2023,
    'Listed on the Singapore Exchange in August 2012, Far East Hospitality Trust’s portfolio comprises of 12 properties totalling 3,015 hotel rooms and serviced residence units valued at approximately S$2.45 billion as at 31 December 2022.',
    [n('12'), n('3015'), n('2450000000', { a: 'about' })],
  ],
  [
    SGINVESTOR_REITS_1H_2023,
    'The strong double-digit percentage climb in its gross revenue and net property income (by 26.9% and 30.7% respectively) can be attributed to improvements recorded by all segments of its portfolio (where average occupancy, average daily rate, as well as revenue per available unit of its hotels and serviced residences continued to climb – particularly, its revenue per available unit for its serviced residences, at S$224 in 1H FY2023, is very close to its all-time high of S$230.)',
    [ch('rate 26.9 *'), ch('rate 30.7 *'), n('224'), n('230')],
  ],
  // Mekong Delta rice, 2014 (afbl.cn, two pages)
  [
    AFBL_MEKONG_RICE_JUN_2014,
    'The summer autumn rice crops productivity in the Mekong Delta provinces has increased thanks to fine weather, which has reduced insects diseases, helped famers to save costs, according to the Mekong Delta Rice Research Institute on June 8.',
    [],
  ],
  [
    AFBL_MEKONG_RICE_JUN_2014,
    'The Mekong Delta has about 1.7 million hectares of summer autumn rice expected to yield 7-8 million tons of rice.',
    [ha('1700000', { a: 'about' })],
  ],
  [
    AFBL_MEKONG_RICE_AUG_2014,
    'The Mekong Delta had 76,500 hectares of rice under this modal last year.',
    [ha('76500')],
  ],
  [
    AFBL_MEKONG_RICE_AUG_2014,
    'It is expected to approximate 200,000 hectares this year.',
    [goal({ v: '200000', u: 'ha', a: 'about' })],
  ],
  // Philippine banks in the first nine months (anyare.ph, two summaries)
  [
    ANYARE_PH_BANKS_9M_2024,
    'Philippine banks achieved a combined net profit of P290.055 billion in the first nine months of 2024, a 6.41 percent increase from the previous year.',
    [n('290055000000', { p: '2024-YTD-09', ch: [`rate 6.41 ${SPLY}`] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2024,
    'This profit growth was driven by a sustained increase in loans, deposits, and assets, with net interest income rising 14 percent to P767.039 billion.',
    [n('767039000000', { ch: ['rate 14 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2024,
    'Non-interest income also grew by 2.3 percent to P171.9 billion, boosted by higher profits from fees, commissions, and trading income.',
    [n('171900000000', { ch: ['rate 2.3 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2024,
    "However, banks' non-interest expenses rose by 10.8 percent to P521.5 billion.",
    [n('521500000000', { ch: ['rate 10.8 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2024,
    'Provisions for credit losses grew by 27.8% to P85.7 billion from P67.1 billion, while losses on financial assets widened by 27.7% to P76.2 billion.',
    [n('85700000000', { ch: ['rate 27.8 *'] }), n('67100000000'), n('76200000000', { ch: ['rate 27.7 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2024,
    'Bad debts written off surged by 395% to P2.29 billion from P462.7 million.',
    [n('2290000000', { ch: ['rate 395 *'] }), n('462700000')],
  ],
  [
    ANYARE_PH_BANKS_9M_2025,
    "Philippine banks' net profit increased by 3.6% to P300.4 billion in the first nine months of the year.",
    [n('300400000000', { ch: ['rate 3.6 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2025,
    'Total assets of Philippine banks expanded by 8% to P28.8 trillion, while deposits grew by 7% to P21 trillion during the same period.',
    [n('28800000000000', { ch: ['rate 8 *'] }), n('21000000000000', { ch: ['rate 7 *'] })],
  ],
  [
    ANYARE_PH_BANKS_9M_2025,
    'Digital banks, however, reported a combined net loss of P3.971 billion.',
    [n('3971000000')],
  ],
  // Philippine universal and commercial banks in the nine months to September (gmanews.tv)
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Despite the euro zone debt crisis and a slowing global economy led by the United States, Philippine banks’ earnings grew 12.2 percent in the nine months to September from a year earlier, central bank data showed.',
    [ch(`rate 12.2 ${SPLY}`)],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Their combined net income totaled P69.63 billion, up P7.6 billion from P62.03 billion in the same comparable period.',
    [n('69630000000'), n('62030000000')],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Interest income increase by 4.7 percent to P215.15 from P205.48 billion, against the industry’s interest expense that went up by 1.34 percent to P69.84 billion from P68.91 billion, according to the Bangko Sentral.',
    [
      n('215150000000', { ch: ['rate 4.7 *'] }),
      n('205480000000'),
      n('69840000000', { ch: ['rate 1.34 *'] }),
      n('68910000000'),
    ],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'However, non-interest income declined by 1.92 percent to P83.57 billion from P85.21 billion as gains from financial assets and liabilities held for trading registered steep fall.',
    [n('83570000000', { ch: ['rate -1.92 *'] }), n('85210000000')],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Non-interest expense went up by 5.3 percent to P144.96 billion from P137.7 billion on higher compensation and fringe benefits, taxes and licenses, the Bangko Sentral reported.',
    [n('144960000000', { ch: ['rate 5.3 *'] }), n('137700000000')],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Banks also posted foreign exchange gains of P2.30 billion in the first nine months, from a loss of P2.34 billion a year earlier, as the peso continued to strengthen against the US dollar.',
    [n('2300000000'), n('2340000000')],
  ],
  [
    GMANEWS_PH_BANKS_9M_2011,
    'Last year, Philippine banks earned P83.36 billion from P63.72 billion in 2009.',
    [n('83360000000'), n('63720000000')],
  ],
  // Security Bank and Metrobank in the first nine months of 2017 (manilastandard.net)
  [
    MANILASTANDARD_SECB_9M_2017,
    'Security Bank Corp., the fifth-largest lender in terms of assets, meanwhile, registered a net profit of P7.4 billion in the nine-month period, up 12 percent on year, on the back of double-digit growth in core businesses.',
    [n('7400000000', { ch: [`rate 12 ${SPLY}`] })],
  ],
  [
    MANILASTANDARD_SECB_9M_2017,
    'Security Bank attributed the strong financial results to “a 24-percent or P2.8-billion increase in net interest income to P14.3 billion.”',
    [n('14300000000', { ch: ['rate 24 *'] })],
  ],
  [
    MANILASTANDARD_SECB_9M_2017,
    '“Non-interest income including trading gains was P3.5 billion, a 15 percent or P0.6-billion decrease,” the bank said in a statement.',
    [n('3500000000', { ch: ['rate -15 *'] })],
  ],
  [
    MANILASTANDARD_SECB_9M_2017,
    'Security bank’s net income in the third quarter increased 21 percent to P2.14 billion year-on-year, driven by a 22-percent growth in net interest income to P5 billion.',
    [n('2140000000', { ch: [`rate 21 ${SPLY}`] }), n('5000000000', { ch: ['rate 22 *'] })],
  ],
  [
    MANILASTANDARD_SECB_9M_2017,
    'The growth in net interest income was on the back of a 38-percent year-on-year increase in loans to P370 billion and a 44-percent increase in deposits to P431 billion.',
    [n('370000000000', { ch: [`rate 38 ${SPLY}`] }), n('431000000000', { ch: ['rate 44 *'] })],
  ],
  [MANILASTANDARD_SECB_9M_2017, 'Low-cost deposits grew 22 percent.', [ch('rate 22 *')]],
  [
    MANILASTANDARD_SECB_9M_2017,
    'Metropolitan Bank & Trust Co., the second-largest lender in terms of assets, meanwhile, booked an unaudited consolidated net income of P13.2 billion in the first nine months of 2017, up 5 percent year-on-year, on higher loans and deposits.',
    [n('13200000000', { p: '2017-YTD-09', ch: [`rate 5 ${SPLY}`] })],
  ],
  // Thailand's economy in the second quarter of 2019, NESDB release (ryt9.com)
  [
    RYT9_TH_NESDB_Q2_2019,
    'The Thai Economy in the second quarter of 2019 expanded by 2.3 percent (%YoY) compared with 2.8 percent in the previous quarter.',
    [{ ch: [`rate 2.3 ${SPLY}`], p: '2019-Q2' }, ch('rate 2.8 *')],
  ],
  [
    RYT9_TH_NESDB_Q2_2019,
    'After seasonally adjusted, the economy grew by 0.6 percent from the first quarter (%QoQ sa).',
    [ch('rate 0.6 previous-period')],
  ],
  [
    RYT9_TH_NESDB_Q2_2019,
    'In the first half of 2019, the Thai economy rose by 2.6 percent.',
    [{ ch: ['rate 2.6 *'], p: '2019-H1' }],
  ],
  [
    RYT9_TH_NESDB_Q2_2019,
    'The Thai economy in 2019 is projected to expand by 2.7 - 3.2 driven mainly by (1) a favorable growth momentum of domestic demand both private consumption expenditure and private investment; (2) a gradual recovery of export conditions in the second half of the year following the clearer adjustment of export and production sectors amid more intensified trade tensions; (3) key government stimulus measures; and (4) a low growth base for the second half of the year.',
    [],
  ],
  [
    RYT9_TH_NESDB_Q2_2019,
    'In all, it is expected that export value will decline by 1.2 percent while private consumption expenditure and total investment will grow by 4.2 and 3.8 percent respectively.',
    [goal({ ch: ['rate -1.2 *'] }), goal({ ch: ['rate 4.2 *'] }), goal({ ch: ['rate 3.8 *'] })],
  ],
  [
    RYT9_TH_NESDB_Q2_2019,
    'Inflation will lie in the range of 0.7- 1.2 percent and the current account will register a surplus of 5.9 percent to GDP.',
    [],
  ],
  // Thailand's trade in the first half of 2019 (oananews.org, relaying TNA)
  [
    OANANEWS_TH_TRADE_H1_2019,
    "BANGKOK, July 22 (TNA) - Thailand has gained a trade surplus of nearly 4 billion US dollars during the first half of this year although the country's exports, like other several countries, have been affected by the persistent trade war between the immense Chinese and the US economies.",
    [usd('4000000000', { a: 'under' })],
  ],
  [
    OANANEWS_TH_TRADE_H1_2019,
    "Pimchanok Vonkorpon, Director-General of the Trade Policy and Strategy Office (TPSO), under the Ministry of Commerce, told journalists on Monday despite negative impacts from the ongoing US-China trade war, Thailand remained gaining a trade surplus of about 3.94 billion US dollars during this year's January-June period.",
    [usd('3940000000', { a: 'about' })],
  ],
  [
    OANANEWS_TH_TRADE_H1_2019,
    "Pimchanok said if Thailand's exports during the rest of this year reached 21 billion US dollars monthly on average, the country's exports could grow by 1-2 per cent year-on-year in 2019.",
    [goal({ v: '21000000000', u: 'USD' })],
  ],
  [
    OANANEWS_TH_TRADE_H1_2019,
    "Pimchanok mentioned that Thailand's export growth could grow by 3 per cent year-on-year, as earlier targeted, if the country's shipments of goods to the world market reached 22 billion US dollars monthly on average.",
    [goal({ ch: [`rate 3 ${SPLY}`] }), goal({ v: '22000000000', u: 'USD' })],
  ],
  [
    OANANEWS_TH_TRADE_H1_2019,
    "The TPSO chief conceded, however, that Thailand's exports in the first half of 2019 contracted by 2.91 per cent year-on-year due mainly to the negative impacts from the US-China trade war and the appreciation of the Thai baht.",
    [{ ch: [`rate -2.91 ${SPLY}`], p: '2019-H1' }],
  ],
  // Thai exports in January 2019 (clv-development.org, relaying VNA)
  [
    CLVDEV_TH_EXPORTS_JAN_2019,
    'Workers at a garment-textile export firm in Thailand (Source: Reuteurs/VNA) The Ministry of Commerce of Thailand has met with business operators recently to discuss approaches to boosting Thai exports, hoping to achieve an 8 percent annual growth target.',
    [goal({ ch: ['rate 8 *'] })],
  ],
  [
    CLVDEV_TH_EXPORTS_JAN_2019,
    'Banjongjit Angsusingh, Director General of the Department of International Trade Promotion, reported on February 25 that Thai exports contracted 5.6 percent in January, recording a trade deficit of 4 billion USD, the highest in seven years, prompting the department to convene the meeting with Thai exporters to discuss solutions to the export slump as the Ministry of Commerce targets 8 percent expansion this year.',
    [ch('rate -5.6 *'), usd('4000000000'), goal({ ch: ['rate 8 *'] })],
  ],
  [
    CLVDEV_TH_EXPORTS_JAN_2019,
    'Sanan Angubolkul, the deputy chairman of the Thai Chamber of Commerce, predicted this year’s economy will grow no less than 3 percent, but expressed his concerns over currency fluctuations, the government’s minimum wage policy, the US-China trade dispute, trade barriers, and the agricultural price slump.',
    [goal({ ch: ['rate 3 *'] })],
  ],
  // Vietnam's wood and furniture exports (woodyhouse.org)
  [
    WOODYHOUSE_VN_WOOD_2025,
    'HANOI – The Vietnamese government aims to reach $20 billion in exports of wood and wood products by 2025, an increase of more than $9 billion from the current figure.',
    [goal({ v: '20000000000', u: 'USD', p: '2025' })],
  ],
  [
    WOODYHOUSE_VN_WOOD_2025,
    'Vietnam overtook the longtime Chinese giant in 2020 to become the largest furniture exporter to the United States, marking one of the most dramatic industrial shifts in recent history.',
    [],
  ],
  [
    WOODYHOUSE_VN_WOOD_2025,
    'According to research by Furniture Today, the country’s furniture exports to the United States jumped to $5.1 billion in the first half of 2021, a 76% increase from 2020.',
    [usd('5100000000', { p: '2021-H1', ch: ['rate 76 2020'] })],
  ],
  // Malaysian palm oil in June 2024 (borneobulletin.com.bn, relaying Bernama)
  [
    BORNEOBULLETIN_MY_PALM_JUN_2024,
    'KUALA LUMPUR (BERNAMA) – Malaysia’s total palm oil stocks increased by 4.35 per cent to 1.83 million tonnes in June 2024 from 1.75 million tonnes in May 2024, according to the Malaysian Palm Oil Board (MPOB).',
    [tonne('1830000', { p: '2024-06', ch: ['rate 4.35 2024-05'] }), tonne('1750000')],
  ],
  [
    BORNEOBULLETIN_MY_PALM_JUN_2024,
    'In its June 2024 industry performance report, MPOB said the country’s crude palm oil (CPO) stocks fell to 925,165 tonnes in June from 979,019 tonnes recorded in May.',
    [tonne('925165'), tonne('979019')],
  ],
  [
    BORNEOBULLETIN_MY_PALM_JUN_2024,
    '“Processed palm oil stocks rose to 904,304 tonnes in June from 774,192 tonnes previously,” it said.',
    [tonne('904304'), tonne('774192')],
  ],
  [
    BORNEOBULLETIN_MY_PALM_JUN_2024,
    'Meanwhile, it said CPO production contracted to 1.62 million tonnes in June from 1.70 million tonnes in the preceding month, while palm kernel output slid to 367,852 tonnes from 408,326 tonnes previously.',
    [tonne('1620000'), tonne('1700000'), tonne('367852'), tonne('408326')],
  ],
  [
    BORNEOBULLETIN_MY_PALM_JUN_2024,
    'MPOB said palm oil exports fell to 1.21 million tonnes in June versus 1.38 million tonnes in May, and biodiesel exports dropped to 14,542 tonnes in June against 22,483 tonnes in May.',
    [tonne('1210000'), tonne('1380000'), tonne('14542'), tonne('22483')],
  ],
  // Malaysian palm oil product exports in 2019 (freemalaysiatoday.com)
  [
    FMT_MY_PALM_2019,
    'KUALA LUMPUR: Malaysia’s oil palm product exports rose by 12% to 27.86 million tonnes in 2019, thanks to the aggressive promotional efforts by the primary industries ministry and its agencies.',
    [tonne('27860000', { p: '2019', ch: ['rate 12 *'] })],
  ],
  [
    FMT_MY_PALM_2019,
    'In a statement, the Malaysian Palm Oil Board (MPOB) said that exports in November and December 2019 rose to 1.41 million tonnes and 1.40 million tonnes respectively, compared with 1.38 million tonnes in November as well as in December 2018.',
    [tonne('1410000', { p: '2019-11' }), tonne('1400000', { p: '2019-12' }), tonne('1380000')],
  ],
  [
    FMT_MY_PALM_2019,
    '“Additionally, palm oil export performance in October-December would also be affected by the fact that palm oil would solidify during wintertime,” it said.',
    [],
  ],
  [
    FMT_MY_PALM_2019,
    'Meanwhile, in spite of India’s move to implement a 5% safeguard duty on refined, bleached and deodorised (RBD) palm olein, palm oil exports to the country had increased by 75.4% to 4.41 million tonnes in 2019 from 2.51 million tonnes in 2018, said MPOB.',
    [tonne('4410000', { p: '2019', ch: ['rate 75.4 2018'] }), tonne('2510000')],
  ],
];

export const TEST28_EN: readonly RealSentence[] = TEST28_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test28-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test28',
  facts,
}));
