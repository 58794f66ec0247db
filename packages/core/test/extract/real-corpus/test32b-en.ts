import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-SECOND fresh set (`test32`), English part B (`test32-en.ts`, `test32c-en.ts` and `test32-vi.ts` are other
 * builders' parts, not read): sentences copied verbatim from the stored text the `pages` search index returns, on sites
 * whose registrable domain starts with a letter from m to z or a digit and that are absent from every earlier file
 * (each host grepped with `grep -ril` on its registrable domain in every file of `real-corpus/` and in
 * `/work/scratch/probe*.txt` before use and again before committing: no hit; distinctive figures of the sentences
 * grepped too: `385.6`, `421.41`, `835,629`, `96,305`, `1,197,191`, `1,152.8`, `907.5`, `429,323`, `1,159.08`,
 * `1,35,387`, `14,907`, `18.08 crore`, `12.04 crore`, `2.65 million`, `28,685`, `32,854`, `7,238.61`, `19.3 MMT`,
 * `5.93 billion`, `378.09`, `340.32`, `2,076.9`, `82.46`, `436.72`, `1.6mb`, `5,969.6`, `3,789.5`, `318.4` found
 * nothing; `18.44`, `93.8 million`, `20.46`, `60.78`, `16.08`, `569.7`, `4.85%` hit other sentences of other pages, never
 * the same sentence). Held out: the extractor was never run on these sentences and `src/extract` was not read.
 * Sources (16 addresses on 16 registrable domains):
 * - India: Coal India's production targets of 2017-18 and 2018-19 (www.newindianexpress.com, relaying PTI), rows 1-5;
 *   Indian Railways' freight loading and earnings of April 2022-January 2023 (www.thehindu.com), rows 15-18;
 * - Nepal: foreign arrivals of the first nine months of a year (www.thehansindia.com, relaying Xinhua), rows 6-9;
 *   capital spending in the first seven months of a fiscal year (theoceannews.com), rows 32-35;
 * - Indonesia: state and tax revenue of January-August 2018 (en.metrotvnews.com), rows 10-12; the tax revenue target of
 *   the 2026 draft budget (www.suar.id), rows 36-37;
 * - Ghana: cocoa output of a season (wontumionline.com, a tag page relaying Reuters), rows 13-14;
 * - Bangladesh: mobile and internet subscribers of December 2022-January 2023 (www.tbsnews.net), rows 19-21; BTRC's
 *   annual report of fiscal 2011-12 (thedhakatimes.com), rows 22-24;
 * - Philippines: palay in Apayao province in the second semester of 2024 (rssocar.psa.gov.ph, the Philippine Statistics
 *   Authority's Cordillera office), rows 25-28; the palay target of 2025 (philippinetribune.net), rows 29-31;
 * - Nigeria: crude output against the 2025 budget, January-July 2025 (www.theafrica.co.za, a news aggregator), rows
 *   38-39; crude output of the first quarter of 2023 (www.pulse.com.gh), rows 40-42;
 * - Sri Lanka: workers' remittances of December 2023 and of 2022-2023 (en.newswave.lk), rows 43-46, and of March 2022
 *   and 2021-2022 (www.nermai-endrum.com, relaying Xinhua), rows 47-48;
 * - Vietnam: the fisheries sector's growth and its restructuring scheme (www.vietnam-business.biz), rows 49-50.
 * Searched and left out: hosts from m to z read by an earlier file or probe (tanzaniainvest.com, ticgl.com,
 * thecitizen.co.tz, moneycontrol.com, manilatimes.net, theborneopost.com, theghanareport.com, thesundaily.my,
 * vir.com.vn, e.vnexpress.net, tuoitrenews.vn, en.vietnamplus.vn, en.sggp.org.vn, sggpnews.org.vn, en.qdnd.vn,
 * vietnamnet.vn, en.vneconomy.vn, vccinews.com, talkvietnam.org, thoibaotaichinhvietnam.vn, vovworld.vn, vietnam.vn,
 * menafn.com, scandasia.com, viipip.vn, steelorbis.com, mb.com.ph, nasdaq.com, samenacouncil.org, newssummedup.com,
 * profit.ndtv.com / ndtv.com, theportugalnews.com, thesecretbutterfly.com, philippinesnewsgazette.com, observerbd.com,
 * ugandaradionetwork.com, nilepost.co.ug, thehindubusinessline.com, republicworld.com, thedailystar.net,
 * thestar.com.my, nst.com.my, malaymail.com, kenyanwallstreet.com and thehimalayantimes.com in probes); hosts from a to
 * l, left to the other builder (lankapanel.net, lankaxpress.com, english.lankahotnews.com, gossipfans.lk,
 * freepressjournal.in, euro.eseuro.com, english.khabarhub.com, indusbusinessjournal.com, business-standard.com,
 * financialexpress.com, kessbenfm.com, agriwatchgh.com, africapush.com, arogidigbanews.com, channelstv.com,
 * fintellng.com, hellenicshippingnews.com, databoks.katadata.co.id, bankero.com.ph, bworldonline.com, ecofinagency.com,
 * foodbusinessafrica.com, kfm.co.ug, cyclonebiz.com, bssnews.net, infrabuddy.net, energybangla.com.bd,
 * centreforaviation.com, ggrasia.com, egytex.com, knittingviews.com, blog.vietnam-aujourdhui.info, bigitexco.com,
 * apparelviews.com, ixorarealestate.com, himex.vn); the Tagalog, Nepali, Bengali, Portuguese and Japanese pages
 * (rmn.ph, pinasusa.com, peoplenepal.com, safalkhabar.com, nagariknews.nagariknetwork.com, deshrupantor.com,
 * dinheirama.com, wkvetter.com); www.bssnews.net's sentences broken by line breaks; the U.S. EIA
 * tables (eia.gov); clean hosts from m to z kept for lack of room (tourismmail.com, www.nepalmountainnews.com,
 * mobilepati.com, orissadiary.com, starwebmedia.blogspot.com, market-tracker.in, newbusinessage.com,
 * myrepublica.nagariknetwork.com, www.ntv.co.ug, m.ru24.net, newsbreakers.ng, www.thequint.com) and further rows of
 * the chosen pages (kept the set at 50).
 * 50 rows, 62 facts, 5 rows that state no figure (10 %: a share of an average seasonal output, a teledensity and a
 * broadband share foreseen for 2021, three shares of a palay total, a tax-to-GDP ratio, an increase in barrels per day
 * and an absolute increase in barrels).
 *
 * Whole sentences as stored; datelines kept (`New Delhi, Jan 5 (PTI)`, `Kathmandu:`, `Jakarta:`); opening and closing
 * quotation marks kept (`"In the period … achieved," the minister said.`, `"It was higher … last year," Finance
 * Minister …`). www.nermai-endrum.com stores its sentences run together (`he said.Nanayakkara said`, `this year
 * alone.In 2021`); the rows keep the one sentence between the two stops. Slips kept: `2016- 17`, `FY'20`,
 * `MT(provisionally)` (no space), `Freight revenue of ₹14,907 crore have been achieved`, `six lakhs`, `12.44 crore in
 * December 2023` (in a February 2023 story), `Nigerias`, `the Federal Governments target`, `2.1 million barrels per day
 * bpd`, `Commission NUPRC showed`, `1.6mb/d`, `Financial Comptroller General Office (Nepal)`, Indian digit grouping
 * (`₹1,35,387 crore`), curly and straight quotes and apostrophes as stored.
 *
 * Annotated by hand from the sentence alone with the conventions of `test29-en.ts`, `test30-en.ts`, `test31b-en.ts` and
 * `types.ts`: `from the same period of last year`, `over the same month of last year`, `compared to the same period
 * last year`, `against last year’s loading … an improvement of 7%`, `as compared to the same period of last year`,
 * `from the previous year’s record of`, `compared to last year` (for a fiscal year's figure) and `compared to the
 * previous year` (for a month's figure) are the same period last year; `lower than the 2023 level of` gives the year
 * `2023`, `a 6% increase from the 19.3 MMT estimate for 2024 production` the year `2024`, `a 1.9% rise from the record
 * 20.06 MMT posted in 2023` the year `2023`, `over the 2025 tax revenue outlook` the year `2025`, `against loading of
 * 129.12 MT in January 2022` and `against ₹13,172 crore freight earnings in January 2022` the month `2022-01` (as
 * test30 reads `against Rs 202 billion in September 2013`); changes with no base (`annual growth of 4.85% over the past
 * three years`, `annual export growth of 6%`) are `*`. `X percent of the target in the 2018 state budget` and `16.08
 * percent of the total amount for capital expenditures` (the capital budget, as test30 reads `7.2 percent of the total
 * announcement`) are completions; `an 18.88 percent deficit against the … target` is a completion `81.12` (as test31b
 * reads a miss by a rate). Comparison values after `against` / `as against` / `which was` / `from` / `than` /
 * `compared to` are values without period. Absolute differences (`increased by six lakhs`, `fallen short by 82.46
 * million barrels`, `a 300,000 b/d increase`, `increased by 9.3 million barrels`) are no facts. Targets, plans, budgets
 * and forecasts (`the annual production target … has been kept at`, `Against the target of`, `the production target has
 * been pegged at`, `a palay production target of`, `the P10 billion will fund strategies`, `has put aside … for capital
 * spending`, `reduced the estimated capital expenditure budget to`, `set a tax revenue target of`, `the 2025 tax revenue
 * outlook`, `the Federal Governments target of`, `the budget benchmark of`, `met its 1.6mb/d production target`,
 * `striving to achieve annual export growth of`, `If the target is achieved, it would represent a 6% increase`) are `k:
 * 'target'`; `(provisionally)` gives the stage `preliminary`, `the 19.3 MMT estimate` the stage `estimate`. `More than`
 * is a lower bound, `around` an approximation; bounds on changes (`by more than 42 percent`) are dropped. Shares of a
 * total (`or 38.8% of the total`, `accounted for about 65.9 percent`), ratios (`teledensity will be 85 percent`, `tax
 * ratio will reach 12%`) and numbers in words (`one billion tonnes`, `six lakhs`) give no fact. Units: `million tonnes`,
 * `MT`, `MMT`, `metric tons` are `tonne`; `USD`, `US dollars` and `dollars` are `USD`; rupees (`₹`, `Rs`), rupiah (`Rp`,
 * `IDR`), pesos (`P`), barrels and barrels per day, tourists, visitors and subscribers are values without a unit. Scales:
 * `crore` 10^7, `MT` / `MMT` million tonnes, `mb/d` million barrels a day. Periods: `in 2019` `2019`, `as of August
 * 2018` and `in January-August 2018` `2018-YTD-08`, `During the month of January 2023` `2023-01`, `during the second
 * semester of 2024` `2024-H2`, `As shown in the 2026 Draft State Budget` `2026`, `between January and July 2025`
 * `2025-YTD-07`, `for the first quarter of 2023` `2023-Q1`, `in December 2023` `2023-12`, `for the year 2023` `2023`,
 * `in 2022` `2022`, `in March 2022` `2022-03`, `In 2021` `2021`; periods without a year (`the first nine months of
 * this year`, `by September this year`, `In September alone`, `in June this year`, `In June last year`, `in January`,
 * `As of February 12`, `This year`, `Last month`, `for the month`), fiscal periods (`for the upcoming fiscal`, `in the
 * ongoing fiscal`, `for 2017-18`, `in 2016- 17`, `from April 2022 to January 2023`, `April 1, 2017 to December 31,
 * 2017`, `the financial year 2011-12`), `Seven months into the implementation of the 2025 budget` and comparison values
 * give none.
 *
 * Judgement calls: metrotvnews' `as of August 2018` on a cumulative revenue takes `2018-YTD-08` (as test29 reads `until
 * August 2023`), and its completion `60.8` stands without a target value. thehindu's `against loading of 129.12 MT in
 * January 2022, which is an improvement of 4% over last year` takes the printed month `2022-01` as base rather than the
 * same period last year (the two name one period; the printed month wins, as in test30), and so does its freight
 * revenue. wontumionline's `less than 55 percent of the average seasonal output` is a share of an average, not a
 * completion of a plan, and gives no fact. philippinetribune's `the P10 billion will fund strategies` is a planned
 * outlay, `k: 'target'`; its `If the target is achieved, it would represent a 6% increase … and a 1.9% rise` is a
 * change-only target with bases `2024` and `2023` (as test31b reads thetraffic's target growth), without period (`this
 * year`). suar's `2025 tax revenue outlook of IDR 2,076.9 trillion` is a forecast, `k: 'target'`, without period (a
 * comparison value). theafrica's daily target takes `2025` from `the 2025 budget` of the same sentence (as test31b reads
 * `the 2017 Federal Budget`), while its completion `81.12` (production of the seven months against the target) takes
 * none; its `budget benchmark of 436.72 million barrels for the same period` is a comparison value after `compared to`,
 * without period. pulse's `met its 1.6mb/d production target` gives the target only (no completion is printed).
 * thedhakatimes' `increased by more than 42 percent compared to last year` is a change on the fiscal year's figure with
 * base the same period last year (last year named as such). psa's `This was lower than the 2023 level … by 12.7
 * percent` is a change alone (its value is in the row before). vietnam-business' `annual growth of 4.85% over the past
 * three years` is an average yearly rate with base `*`.
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address.
 * Second pass (05 December 2026, before the cut-off): every row read again against its sentence alone, field by field
 * (value and scale, unit, bound, completion, change form, amount and base, period, stage, target), with a script
 * counting rows, facts, rows without facts and addresses. Changed in the second pass: thehindu's January change bases
 * (`rate 4`, `rate 13`) from the same period last year to `2022-01`; earlier, before the second commit, the rows of
 * islandback.lankapanel.net, freepressjournal.in and euro.eseuro.com were dropped (their registrable domains start with
 * l, f and e, outside this part's m-z split) and replaced by en.newswave.lk, www.nermai-endrum.com and
 * www.vietnam-business.biz rows. Checked and kept: `preliminary` on the provisional offtake only; `over` on `More than
 * 800,000`; no period on the fiscal-year, month-only and comparison values; the completion-only facts (`16.08`,
 * `81.12`); `2023-Q1` on pulse's target; `estimate` on the 19.3 MMT; the crore, MT and MMT scales (`1353870000000`,
 * `1243460000`, `20460000`); the five rows without facts.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const NIE_IN_CIL_TARGET_2018 =
  'http://www.newindianexpress.com/pti-news/2018/jan/05/cil-annual-production-target-at-630-mt-in-fy19-govt-1745372.html';
const HANS_NP_ARRIVALS_9M = 'https://www.thehansindia.com/news/international/foreign-arrivals-jump-up-in-nepal-911530';
const METROTV_ID_REVENUE_8M_2018 =
  'http://en.metrotvnews.com/business-en/JKRnB7xK-this-year-s-state-revenue-has-reached-rp1152-8-trillion-sri-mulyani';
const WONTUMI_GH_COCOA_2024 = 'https://wontumionline.com/tag/ghanas-cocoa-production-output';
const HINDU_IN_RAIL_FREIGHT_JAN_2023 =
  'https://www.thehindu.com/news/national/railways-gets-13-lakh-crore-from-freight-in-10-months/article66478433.ece';
const TBS_BD_MOBILE_JAN_2023 =
  'https://www.tbsnews.net/bangladesh/telecom/number-mobile-subscribers-rebounds-january-590242';
const DHAKATIMES_BD_BTRC_2012 = 'https://thedhakatimes.com/en/6261/mobile-phone-grahok';
const PSA_PH_PALAY_APAYAO_H2_2024 =
  'https://rssocar.psa.gov.ph/content/palay-situation-report-apayao-province-cordillera-region-july-december-2023-2024';
const PHTRIBUNE_PH_PALAY_TARGET_2025 = 'https://philippinetribune.net/palay-output-target-set-at-2046-mmt-in-2025';
const OCEAN_NP_CAPEX_7M = 'https://theoceannews.com/only-16-of-annual-capital-expenditure-spent-in-7-months/';
const SUAR_ID_TAX_TARGET_2026 = 'https://www.suar.id/en/genjot-tax-ratio-agar-pendapatan-pajak-bisa-melesat';
const THEAFRICA_NG_OIL_7M_2025 =
  'https://www.theafrica.co.za/africanews/2025-budget-fg-records-189-shortfall-in-crude-oil-output-458962159';
const PULSE_NG_OIL_Q1_2023 =
  'https://www.pulse.com.gh/business/international/nigerias-oil-sector-increased-its-revenue-for-march-despite-challenges/vgvlv9t';
const NEWSWAVE_LK_REMITTANCES_2023 = 'https://en.newswave.lk/50300/?amp_markup=1';
const NERMAI_LK_REMITTANCES_MAR_2023 =
  'https://www.nermai-endrum.com/78-5-per-cent-jump-in-worker-remittances-last-month/';
const VNBIZ_VN_SEAFOOD_MARKETS =
  'http://www.vietnam-business.biz/import-export/vietnamese-seafood-available-in-156-markets.html';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST32B_EN_ROWS: readonly Row[] = [
  // India, Coal India's targets of 2017-18 and 2018-19 (newindianexpress.com, relaying PTI)
  [
    NIE_IN_CIL_TARGET_2018,
    'New Delhi, Jan 5 (PTI) The government today said that the annual production target of state-owned CIL has been kept at 630 million tonnes (MT) for the upcoming fiscal.',
    [goal(tonne('630000000'))],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    'Against the target of 408.6 MT, CIL produced 385.6 MT of coal till January 1 in the ongoing fiscal, the minister said.',
    [goal(tonne('408600000')), tonne('385600000')],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    'In the Annual Plan of CIL for 2017-18, the production target has been pegged at 600 million tonnes.',
    [goal(tonne('600000000'))],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    "From the production level of 554 million tonnes in 2016- 17, the PSU has envisaged to enhance its coal output to one billion tonnes by FY'20.",
    [tonne('554000000')],
  ],
  [
    NIE_IN_CIL_TARGET_2018,
    '"In the period April 1, 2017 to December 31, 2017, offtake of 421.41 MT(provisionally) has been achieved," the minister said.',
    [tonne('421410000', { st: 'preliminary' })],
  ],
  // Nepal, foreign arrivals of the first nine months of a year (thehansindia.com, relaying Xinhua)
  [
    HANS_NP_ARRIVALS_9M,
    'Kathmandu: More than 800,000 foreign tourists visited Nepal in the first nine months of this year, up 21 per cent from the same period of last year, the latest figures showed.',
    [n('800000', { a: 'over', ch: [`rate 21 ${SPLY}`] })],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'Nepal received 835,629 foreign visitors by September this year, as against 692,372 in the previous year, according to figures unveiled by the Nepal Tourism Board.',
    [n('835629'), n('692372')],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'In September alone, foreign arrivals stood at 96,305, marking an increase of 5.82 per cent over the same month of last year, Xinhua news agency reported.',
    [n('96305', { ch: [`rate 5.82 ${SPLY}`] })],
  ],
  [
    HANS_NP_ARRIVALS_9M,
    'Nepal received 1,197,191 foreigners in 2019 and it hoped to break the record this year.',
    [n('1197191', { p: '2019' })],
  ],
  // Indonesia, state revenue of January-August 2018 (en.metrotvnews.com)
  [
    METROTV_ID_REVENUE_8M_2018,
    'Jakarta: The government has reaped Rp1,152.8 trillion in state revenue as of August 2018, or 60.8 percent of the target in the 2018 state budget.',
    [n('1152800000000000', { c: '60.8', p: '2018-YTD-08' })],
  ],
  [
    METROTV_ID_REVENUE_8M_2018,
    '"It was higher by 18.4 percent compared to the same period last year," Finance Minister Sri Mulyani Indrawati told reporters on Friday.',
    [ch(`rate 18.4 ${SPLY}`)],
  ],
  [
    METROTV_ID_REVENUE_8M_2018,
    'According to the official data, the tax revenue reached Rp907.5 trillion in January-August 2018.',
    [n('907500000000000', { p: '2018-YTD-08' })],
  ],
  // Ghana, cocoa output of the 2023/24 season (wontumionline.com, a tag page relaying Reuters)
  [
    WONTUMI_GH_COCOA_2024,
    "Ghana's cocoa production output reached 429,323 metric tons at the end of the harvest in June this year, according to data released by the cocoa regulator, COCOBOD.",
    [tonne('429323')],
  ],
  [
    WONTUMI_GH_COCOA_2024,
    'Reuters reports that this production output is less than 55 percent of the average seasonal output.',
    [],
  ],
  // India, Indian Railways' freight loading and earnings of April 2022-January 2023 (thehindu.com)
  [
    HINDU_IN_RAIL_FREIGHT_JAN_2023,
    'On a cumulative basis from April 2022 to January 2023, freight loading of 1,243.46 MT was achieved against last year’s loading of 1,159.08 MT, an improvement of 7%.',
    [tonne('1243460000', { ch: [`rate 7 ${SPLY}`] }), tonne('1159080000')],
  ],
  [
    HINDU_IN_RAIL_FREIGHT_JAN_2023,
    'Railways earned ₹1,35,387 crore against ₹1,17,212 crore over last year, which is an improvement of 16% as compared to the same period of last year.',
    [n('1353870000000', { ch: [`rate 16 ${SPLY}`] }), n('1172120000000')],
  ],
  [
    HINDU_IN_RAIL_FREIGHT_JAN_2023,
    'During the month of January 2023, originating freight loading of 134.07 MT has been achieved against loading of 129.12 MT in January 2022, which is an improvement of 4% over last year.',
    [tonne('134070000', { p: '2023-01', ch: ['rate 4 2022-01'] }), tonne('129120000')],
  ],
  [
    HINDU_IN_RAIL_FREIGHT_JAN_2023,
    'Freight revenue of ₹14,907 crore have been achieved against ₹13,172 crore freight earnings in January 2022, an improvement of 13% over last year.',
    [n('149070000000', { ch: ['rate 13 2022-01'] }), n('131720000000')],
  ],
  // Bangladesh, mobile and internet subscribers of December 2022-January 2023 (tbsnews.net)
  [
    TBS_BD_MOBILE_JAN_2023,
    'After a continuous six-month fall since July last year, the number of mobile subscribers in the country has increased by six lakhs to 18.08 crore in January which was 18.02 crore in December, according to Bangladesh Telecommunication Regulatory Commission (BTRC).',
    [n('180800000'), n('180200000')],
  ],
  [
    TBS_BD_MOBILE_JAN_2023,
    'In June last year, the total number of mobile SIM subscribers in the country under four operators was 18.44 crore.',
    [n('184400000')],
  ],
  [
    TBS_BD_MOBILE_JAN_2023,
    'Meanwhile, the number of internet subscribers in the country experienced another sharp decline in January, with the total number dropping from 12.44 crore in December 2023 to 12.04 crore.',
    [n('124400000'), n('120400000')],
  ],
  // Bangladesh, BTRC's annual report of fiscal 2011-12 (thedhakatimes.com)
  [
    DHAKATIMES_BD_BTRC_2012,
    'Recently, in the annual report of the organization for the year 2011-12 in the National Parliament, it has been stated that the number of mobile phone subscribers has increased to 93.8 million in the financial year 2011-12.',
    [n('93800000')],
  ],
  [
    DHAKATIMES_BD_BTRC_2012,
    'According to the report, the number of internet subscribers, especially mobile internet subscribers, increased by more than 42 percent compared to last year to 2.65 million due to the reduction in bandwidth prices.',
    [n('2650000', { ch: [`rate 42 ${SPLY}`] })],
  ],
  [
    DHAKATIMES_BD_BTRC_2012,
    "If the number of internet subscribers increases in this way, it is expected that the country's teledensity will be 85 percent by 2021 and broadband internet subscribers will increase to 30 percent.",
    [],
  ],
  // Philippines, palay in Apayao province, second semester of 2024 (rssocar.psa.gov.ph, the PSA's Cordillera office)
  [
    PSA_PH_PALAY_APAYAO_H2_2024,
    'Palay production was registered at 28,685.77 metric tons during the second semester of 2024.',
    [tonne('28685.77', { p: '2024-H2' })],
  ],
  [
    PSA_PH_PALAY_APAYAO_H2_2024,
    'This was lower than the 2023 level of 32,854.92 metric tons, or by 12.7 percent.',
    [ch('rate -12.7 2023'), tonne('32854.92')],
  ],
  [
    PSA_PH_PALAY_APAYAO_H2_2024,
    'Rainfed palay output came up with 7,238.61 metric tons, or 9.7 percent reduction from the previous year’s record of 8,014.63 metric tons.',
    [tonne('7238.61', { ch: [`rate -9.7 ${SPLY}`] }), tonne('8014.63')],
  ],
  [
    PSA_PH_PALAY_APAYAO_H2_2024,
    'During the reference period, palay produced from irrigated, rainfed, and upland areas accounted for about 65.9 percent, 25.2 percent, and 8.8 percent, respectively.',
    [],
  ],
  // Philippines, the palay target of 2025 (philippinetribune.net)
  [
    PHTRIBUNE_PH_PALAY_TARGET_2025,
    'In a statement, Agriculture Secretary Francisco P. Tiu Laurel, Jr. said the P10 billion will fund strategies to hit a palay production target of 20.46 MMT this year.',
    [goal(n('10000000000')), goal(tonne('20460000'))],
  ],
  [
    PHTRIBUNE_PH_PALAY_TARGET_2025,
    'If the target is achieved, it would represent a 6% increase from the 19.3 MMT estimate for 2024 production, and a 1.9% rise from the record 20.06 MMT posted in 2023.',
    [goal(ch('rate 6 2024', 'rate 1.9 2023')), tonne('19300000', { st: 'estimate' }), tonne('20060000')],
  ],
  [
    PHTRIBUNE_PH_PALAY_TARGET_2025,
    'Damage to rice amounted to P5.93 billion or 38.8% of the total.',
    [n('5930000000')],
  ],
  // Nepal, capital spending in the first seven months of a fiscal year (theoceannews.com)
  [
    OCEAN_NP_CAPEX_7M,
    'As of February 12, the government has spent just Rs 60.78 billion, according to the Financial Comptroller General Office (Nepal).',
    [n('60780000000')],
  ],
  [OCEAN_NP_CAPEX_7M, 'This is just 16.08 percent of the total amount for capital expenditures.', [{ c: '16.08' }]],
  [
    OCEAN_NP_CAPEX_7M,
    'This year, the government has put aside Rs 378.09 billion for capital spending.',
    [goal(n('378090000000'))],
  ],
  [
    OCEAN_NP_CAPEX_7M,
    'However, the government reduced the estimated capital expenditure budget to Rs 340.32 billion after determining that not all of it will be spent.',
    [goal(n('340320000000'))],
  ],
  // Indonesia, the tax revenue target of the 2026 draft budget (suar.id)
  [
    SUAR_ID_TAX_TARGET_2026,
    'As shown in the 2026 Draft State Budget (APBN), the government set a tax revenue target of IDR 2,357.7 trillion, an increase of 13.5% over the 2025 tax revenue outlook of IDR 2,076.9 trillion.',
    [goal(n('2357700000000000', { p: '2026', ch: ['rate 13.5 2025'] })), goal(n('2076900000000000'))],
  ],
  [SUAR_ID_TAX_TARGET_2026, "According to OECD data, in 2023 Indonesia's tax ratio will reach 12%.", []],
  // Nigeria, crude output against the 2025 budget, January-July 2025 (theafrica.co.za, an aggregator)
  [
    THEAFRICA_NG_OIL_7M_2025,
    'Seven months into the implementation of the 2025 budget, Nigerias oil production has fallen short by 82.46 million barrels, representing an 18.88 percent deficit against the Federal Governments target of 2.1 million barrels per day bpd.',
    [{ c: '81.12' }, goal(n('2100000', { p: '2025' }))],
  ],
  [
    THEAFRICA_NG_OIL_7M_2025,
    'Latest data from the Nigerian Upstream Petroleum Regulatory Commission NUPRC showed that between January and July 2025, the country produced 354.26 million barrels of oil compared to the budget benchmark of 436.72 million barrels for the same period.',
    [n('354260000', { p: '2025-YTD-07' }), goal(n('436720000'))],
  ],
  // Nigeria, crude output of the first quarter of 2023 (pulse.com.gh)
  [
    PULSE_NG_OIL_Q1_2023,
    'According to shipping statistics obtained by the Nigerian news agency, The PUNCH, from Refinitiv Eikon, the nation met its 1.6mb/d production target for the first quarter of 2023.',
    [goal(n('1600000', { p: '2023-Q1' }))],
  ],
  [
    PULSE_NG_OIL_Q1_2023,
    "With a 300,000 b/d increase in March, the country's output has increased by 9.3 million barrels in the review period.",
    [],
  ],
  [PULSE_NG_OIL_Q1_2023, 'The total output for the month was 49,600,000 barrels.', [n('49600000')]],
  // Sri Lanka, workers' remittances of December 2023 and of 2022-2023 (en.newswave.lk)
  [
    NEWSWAVE_LK_REMITTANCES_2023,
    'Last month, foreign worker remittances in Sri Lanka increased by 57.5% compared to the previous year.',
    [ch(`rate 57.5 ${SPLY}`)],
  ],
  [
    NEWSWAVE_LK_REMITTANCES_2023,
    'The Central Bank of Sri Lanka says that an inflow of USD 569.7 million has been recorded in December 2023.',
    [usd('569700000', { p: '2023-12' })],
  ],
  [
    NEWSWAVE_LK_REMITTANCES_2023,
    'Accordingly, the cumulative value of remittances of foreign workers for the year 2023 has been recorded as 5,969.6 million US dollars.',
    [usd('5969600000', { p: '2023' })],
  ],
  [NEWSWAVE_LK_REMITTANCES_2023, 'It was 3,789.5 million US dollars in 2022.', [usd('3789500000', { p: '2022' })]],
  // Sri Lanka, workers' remittances of March 2022 and of 2021-2022 (nermai-endrum.com, relaying Xinhua)
  [
    NERMAI_LK_REMITTANCES_MAR_2023,
    'Sri Lanka only received 318.4 million dollars in March 2022, he said.',
    [usd('318400000', { p: '2022-03' })],
  ],
  [
    NERMAI_LK_REMITTANCES_MAR_2023,
    'In 2021, Sri Lankan workers sent 5.49 billion dollars, and remitted only around 3.8 billion dollars in 2022, the Central Bank data revealed.',
    [usd('5490000000', { p: '2021' }), usd('3800000000', { a: 'about', p: '2022' })],
  ],
  // Vietnam, the fisheries sector's growth and its restructuring scheme (vietnam-business.biz)
  [
    VNBIZ_VN_SEAFOOD_MARKETS,
    'Despite the global and domestic economic difficulties, the Vietnamese fisheries sector has achieved annual growth of 4.85% over the past three years.',
    [ch('rate 4.85 *')],
  ],
  [
    VNBIZ_VN_SEAFOOD_MARKETS,
    'Under the scheme, the sector will increase the added value of its products and the competitive capacity on the market, striving to achieve annual export growth of 6%.',
    [goal(ch('rate 6 *'))],
  ],
];

export const TEST32B_EN: readonly RealSentence[] = TEST32B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `test32b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test32',
  facts,
}));
