import type { RealFact, RealSentence } from './types';

/**
 * The NINETEENTH fresh set (`test19`), second English part (`test19b`; `test19-*.ts` are another builder's
 * part, not read): sentences copied verbatim from the stored text the `pages` search index returns for pages
 * on sites absent from every earlier file (each domain and a distinctive figure grepped in every file of
 * `real-corpus/` with `--exclude='test19*'`) — IT and tech firms (FPT Corporation's releases on the first
 * quarter, half and nine months of 2023, fpt.com; FPT's first seven months of 2015 on vam.li after
 * Vietnamnet; Viettel's overseas units in 2016–2017, international.viettel.vn, and in the first half of
 * 2022, Total Telecom), pharmaceutical and healthcare companies (DHG Pharma's general meeting of 2021,
 * dhgpharma.com.vn; FPT Retail's Long Chau pharmacies, first nine months of 2025, Onus Insights, and its
 * general meeting of 2022, frt.vn; private hospital deals, DealStreetAsia 2021), shipbuilding and shipping
 * lines (Damen Song Cam in Haiphong, damen.com and Damen's DISCOVER magazine of 2019; VOSCO's fleet plan of
 * November 2024, Global Mariner), consumer finance and microfinance (FiinResearch's reviews of the first
 * half of 2020 and of 2022; TYM and CEP, the Nepali Centre for Self-help Development's visit of August 2022
 * and the Inclusive Business Universe's profile of 2022) and universities (Van Hien University's opening
 * ceremony of October 2025, vhu.edu.vn; Vinh University's second-degree admissions of 2018,
 * eng.vinhuni.edu.vn), 2015–2025, 16 sites. Railways, expressways and airport construction were searched
 * for (five searches): every page with figures was on an outlet an earlier set read (Vietnam Plus, SGGP,
 * VnExpress, einpresswire, Thời báo Tài chính, vneconomy, Vietnamnet, Viet Nam News, the Saigon Times, The
 * Star, vietnaminsider, Viglacera, people.cn), so that genre has no row and the neighbouring company genres
 * above came in instead; Imexpharm's and Traphaco's results were only on Viet Nam News and einpresswire,
 * Hoan My's on xe.today, and english.mic.gov.vn's copy of FPT's first quarter of 2020 was left out because
 * `mic.gov.vn` is in earlier files; Damen's opening of 2014 (marinelink, icmpanel, transportadvancement)
 * and SBIC's 2014 report are outside 2015–2026.
 *
 * Whole passages as stored, every figure sentence kept with sentences around them that state no figure or
 * only dates, ordinals, circular numbers, ranks, durations, shares and thresholds (34 of the 111 rows yield
 * nothing after the second annotator's check); sentences cut off by the end of the stored text (`affirming the ability to provi`, `the monthly
 * loan p`) and sentences broken by a line break inside (the Inclusive Business profile's `TYM \nhad
 * provided … about 300,000 clients`) are left out; headlines that state a figure are rows of their own.
 * Dropped as tags: Van Hien's list bullets `•`. Slips of the source are kept: `(+26,3% YoY)`, `22.4 %`,
 * `54.8 %`, `Ho Chi Minch City`, `it become`, `dased on`, `over the past few year`, `approaches and
 * experiences` with its double space, `$ 1.4 billion`, `VND20.93 billion` (a trillion meant), DHG's `VND
 * 4.003 billion` and `$776 billion`, `Profits 2022 plans`.
 *
 * Annotated by hand from the sentence alone with the conventions of `test18b-en.ts`, `test17-en.ts` and
 * `types.ts`: `YoY`, `year-on-year`, `year over year`, `over the same period last year` and `over the same
 * period` are the same period last year; `compared to the previous year`, `(up 26%)` and other changes
 * with no base are `*`; `compared to the results in 2021` the year. `over`, `more than`, `no less than`
 * are lower bounds, `nearly`, `up to`, `maximum` upper bounds, `about` an approximation (a bound on a change
 * has no field: `growth of over 30%`, `(nearly 80%)`). `VND … billion`, `… billion VND` are `VND`, `$` and
 * `USD` `USD`; `tons` of deadweight are `tonne`, `43-hectare` `ha`; counts of ships, branches, offices,
 * staff, users, clients, stores, provinces and medals are values without a unit, `20 projects` `project`.
 * EPS (`VND 2,732/share`) is a value without a unit (as `test18b-en.ts` reads share prices). Shares of a
 * total (`contributing 59% of revenue`, `over 67% of the total CF loan portfolio`, `1% of market share`),
 * thresholds (`over 75%`, `more than 1 million USD`, `$5mn+`, `27.5 or higher`), ranges (`56,000 – 58,000
 * dwt`, `100-200 million people`), ranks (`No. 1`, `top 2`, `15th office`), durations (`31 years`, `9
 * years`) and absolute differences (`a decrease of 10 stores`) are no facts. `% of the year-to-date
 * guidance`, `% of the ytd target` and `completing 77% of the annual plan` are completions. Plans, targets
 * and what a company `will` do are targets (DHG's `In 2022, … sets up a business target`, Viettel Global's
 * `In 2017, … aims to`, FPT Retail's approved plan, `will … open up to 100 new stores`). Periods: `6 months
 * of 2023` `2023-H1`, `9 months of 2023` and `the first 9 months of 2025` `YTD-09`, `3 months of 2023`
 * `2023-Q1`, `in the first half of 2020` and `in the first 6 months of 2022` `H1`, `In 2016`, `In 2014`,
 * `by 2016` the year; `this year`, `In seven months`, `1H2020` at the end of a share, `As of September`
 * and the ceremony dates give none.
 *
 * Judgement calls: the FPT sentences with two figures and `respectively over the same period last year`
 * give the base to both; where a first figure's change (`up by 30.2%,`) is followed by a second one that
 * carries `over the same period last year`, the first is `*`. `(+26,3% YoY)` is read as 26.3. VAM's `VND20.93
 * billion`, `VND1.42 billion`, `VND3.13 billion`, `VND9.42 billion` and DHG's `VND 4.003 billion`, `VND
 * 4.220 billion`, `$776 billion` are read as printed (test18b's ruling on `7.6 billion VND`), so 20.93
 * billion đồng and 4.003 billion đồng, not trillions. Viettel's `5/9 of the markets` gives the 5 as a value
 * (test13's ruling on `19/22`), `bringing 25% growth in average revenue per customer` a change; `12.9
 * million new customers` is a target value (not a difference: a count of customers to be signed). VOSCO's
 * plan gives the three ship counts (`02`, `04`, `04`) as targets; its maximum prices per ship and the
 * tonnage ranges are caps and ranges, no facts. CSD's `visited 3 prominent MFIs` counts the stops of a
 * study visit, no indicator; TYM's `21 branches, 39 transaction offices … 589 full time staff` and CEP's `30
 * branches` are values. DealStreetAsia's `two transactions` and `Only one investment` are number words of
 * deal counts read as no facts, its `$200 million private equity pipeline` a value; Damen's `the yard
 * delivered five vessels` in 2014 yields nothing either (a count in words; the second annotator's check), and
 * `From five to 32 vessels in just two years` gives the 32 only. Long Chau's `1.2 billion VND per facility
 * per month` and FPT Shop's `2.4 billion VND per shop per month` are values without a unit (amounts per
 * unit; the second annotator's check). FPT's `presence in 29
 * countries` only describes. Vinh University's `VND 200,000 + VND 300,000 = VND 500,000` gives three `VND`
 * values.
 *
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address; a second
 * search with each page's own figures brought back the stored text of 15 of the 19 addresses, and in it 92 of
 * the 111 rows word for word (fpt.com's nine and three months 20, VAM 7, DHG 3, Total Telecom 7, Viettel 7,
 * Global Mariner 5, CSD 6, FiinResearch 10, Onus 6, frt.vn 5, damen.com 6, DISCOVER 4, Van Hien 6); not
 * searched again for lack of time: fpt.com's first half (9), DealStreetAsia (3), Inclusive Business (3) and
 * Vinh University (4).
 *
 * The second annotator's check (2 December 2026; every row read against its sentence and the conventions of
 * `test18b-en.ts`, `test18-en.ts`, `test17-en.ts`, `test17b-en.ts`, `test16b-en.ts` and `types.ts`, without the
 * extractor): three rows changed. `en-test19b-084` and `en-test19b-085` give `1.2 billion VND per facility per
 * month` and `2.4 billion VND per shop per month` without a unit: the released sets read an amount per unit
 * so (`test18-en.ts`'s second annotator on `73.6 USD … per room per night` and `9.95 million VND per person`,
 * `test16b-en.ts` on `VND 5,7 million per month for one person`, `test18b-en.ts` on share prices), and EPS in
 * `VND …/share` is already read so in this file. `en-test19b-095` (`In 2014, the yard delivered five
 * vessels.`) yields nothing: a count printed in words is no fact in the latest released sets (`test17b-en.ts`
 * on `Forty-two out of 106`, `test18-en.ts` on `seven new international routes`), as this file already reads
 * DealStreetAsia's `two transactions`. The builder's other calls were checked and kept: the `respectively`
 * base given to both figures and the first figure's `*` where only the second carries the base (and
 * `compared to the results in 2021` as the year 2021 for the profit plan only), `6 months of 2023` `2023-H1`,
 * `9 months of 2023` `2023-YTD-09`, `(+26,3% YoY)` as 26.3, the trillions-meant `VND20.93 billion` and DHG's
 * `VND 4.003 billion` and `$776 billion` read as printed (`test18b-en.ts`), `% of the year-to-date guidance`
 * and `completing 77% of the annual plan` as completions, `5/9` as 5, `12.9 million new customers` as a target
 * count, VOSCO's ship counts as targets and its price caps and tonnage ranges as no facts, and the counts of
 * branches, staff, users, stores and medals as values. Verbatim: a new `pages` search with each page's own
 * phrases and figures (one to three searches a page) brought back the stored text of 18 of the 19 addresses and
 * in it 106 of the 111 rows word for word (fpt.com 9, 10 and 10, VAM 7, DHG 3, Total Telecom 7, Viettel 7,
 * Global Mariner 5, CSD 6, Inclusive Business 3, FiinResearch 5 and 5, DealStreetAsia 3, Onus 6, damen.com 6,
 * DISCOVER 4, Van Hien 6, Vinh University 4), among them the 19 rows the builder had not searched again; no
 * copying slip and no wrong address was found. Not found by three searches, kept as copied: frt.vn's five rows
 * (the index answered with frt.vn's own company-information page on the same meeting, worded otherwise:
 * `holds the Annual General Meeting of Shareholders 2022`, `the revenue of VND 27,000 billion, up 20%`).
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only in
 * its own groups, its failures never printed (2 December 2026).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const FPT_H1_2023 =
  'https://fpt.com/en/news/press-media/6-thang-dau-nam-doanh-thu-fpt-tiep-tuc-tang-truong-cao-hai-chu-so';
const FPT_9M_2023 = 'https://fpt.com/en/news/press-media/ket-qua-kinh-doanh-9-thang';
const FPT_Q1_2023 = 'https://fpt.com/en/news/press-media/quy-1-doanh-thu-va-loi-nhuan-cua-fpt-tiep-tuc-tang-truong-cao';
const VAM_FPT_7M = 'https://www.vam.li/vietnam/fpt-corporation-earns-high-revenue/';
const DHG_AGM_2021 =
  'https://www.dhgpharma.com.vn/en/news/3045-dhg-a-annual-general-meeting-of-shareholders-2021-towards-the-goal-of-comprehensive-integration';
const TOTALTELE_VIETTEL_2022 = 'https://totaltele.com/viettel-posts-two-digit-growth-in-many-overseas-markets/';
const VIETTEL_INTL_2017 =
  'https://international.viettel.vn/news-detail/viettel-aim-for-more-customers-and-revenue-from-oversea-markets';
const GLOBALMARINER_VOSCO_2024 =
  'https://globalmariner.com.vn/vimc-news-vosco-vos-wants-to-expand-the-fleet-3-times-more-than-planned';
const CSD_TYM_CEP_2022 =
  'https://csdnepal.org.np/newsevents/detail/learning-from-vietnam-microfinance-a-social-activity';
const IB_TYM_2022 =
  'https://www.inclusivebusiness.net/IB-Universe/ib-companies/tym?f%5B0%5D=authored_on_search_2%3A2013';
const FIIN_CF_2020 = 'https://fiinresearch.vn/Store/ReportDetails?id=136599';
const FIIN_CF_2022 = 'https://fiinresearch.vn/Store/ReportDetails?id=171595';
const DEALSTREET_HOSPITALS_2021 = 'https://www.dealstreetasia.com/stories/vietnam-private-hospitals-236141/';
const ONUS_FRT_9M_2025 =
  'https://insights.goonus.io/en/insights/on-average-fpt-long-chau-opens-nearly-2-new-stores-daily-officially-surpassing-the-2025-expansion-plan';
const FRT_AGM_2022 = 'http://frt.vn/en/tag/frt/';
const DAMEN_SONGCAM = 'https://www.damen.com/concept/quality-as-standard';
const DAMEN_MAG_2019 =
  'https://magazine.damen.com/markets/harbour-terminal/5-years-youngon-its-fifth-anniversary-damen-song-cam-shipyard-looks-forward/';
const VHU_OPENING_2025 =
  'https://enktqt.vhu.edu.vn/vi/news-1740/grand-opening-ceremony-the-beginning-of-van-hien-university-s-innovation-journey';
const VINHUNI_ADMISSION_2018 =
  'http://eng.vinhuni.edu.vn/academics/seo/announcement-of-student-enrollment-for-the-second-degree-full-time-training-in-2018-89336';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

export const TEST19B_EN_ROWS: readonly Row[] = [
  // FPT Corporation's release on the first six months of 2023 (fpt.com)
  [
    FPT_H1_2023,
    'FPT’s global IT Service revenue reached VND 11,227 billion, up by 30.2%',
    [vnd('11227000000000', { ch: ['rate 30.2 *'] })],
  ],
  [
    FPT_H1_2023,
    '6 months of 2023, FPT recorded revenue of VND 24,166 billion, profit before tax of VND 4,339 billion, up by 21.9% and 19.3% respectively over the same period last year, following the guidance set out at the 2023 Annual General Meeting of Shareholders.',
    [
      vnd('24166000000000', { ch: [`rate 21.9 ${SPLY}`], p: '2023-H1' }),
      vnd('4339000000000', { ch: [`rate 19.3 ${SPLY}`], p: '2023-H1' }),
    ],
  ],
  [
    FPT_H1_2023,
    'Profit-after-tax attributable for parent company’s shareholder reached VND 3,003 billion (+20.6% YoY), EPS (Earning Per Share) reached VND 2,732/share, increased by 19.8% compared to the previous year.',
    [vnd('3003000000000', { ch: [`rate 20.6 ${SPLY}`] }), n('2732', { ch: ['rate 19.8 *'] })],
  ],
  [FPT_H1_2023, 'Japan market posted robust growth of 39.1% despite JPY depreciation', [ch('rate 39.1 *')]],
  [
    FPT_H1_2023,
    'Technology sector (including Domestic IT Services and Global IT Services) continues to play a key role, contributing 59% of revenue and 46% of pre-tax profit of FPT Corporation, equivalent to VND 14,202 billion (+25.1%YoY) and 2,005 (+26,3% YoY) billion VND respectively.',
    [vnd('14202000000000', { ch: [`rate 25.1 ${SPLY}`] }), vnd('2005000000000', { ch: [`rate 26.3 ${SPLY}`] })],
  ],
  [
    FPT_H1_2023,
    'Global IT Service revenue reached VND 11,227 billion, up by 30.2%, profit before tax reached VND 1,834 billion, up by 34.6% over the same period last year.',
    [vnd('11227000000000', { ch: ['rate 30.2 *'] }), vnd('1834000000000', { ch: [`rate 34.6 ${SPLY}`] })],
  ],
  [
    FPT_H1_2023,
    'Notably, revenue grew in all markets, especially in Japan (up by 39.1% YoY) despite JPY depreciation, thanks to the rising demand for digital transformation.',
    [ch(`rate 39.1 ${SPLY}`)],
  ],
  [FPT_H1_2023, 'In early June, FPT opened its 15th office in this country.', []],
  [
    FPT_H1_2023,
    'Most recently, on June 23rd, the Company also signed a cooperation agreement with Honda to develop work opportunities in the field of information technology service management on a global scale.',
    [],
  ],
  // FPT Corporation's release on the first nine months of 2023 (fpt.com)
  [
    FPT_9M_2023,
    "9 months of 2023, FPT's revenue and profit up by 22.4 % and 19.5% respectively",
    [
      { ch: ['rate 22.4 *'], p: '2023-YTD-09' },
      { ch: ['rate 19.5 *'], p: '2023-YTD-09' },
    ],
  ],
  [
    FPT_9M_2023,
    '9 months of 2023, FPT recorded revenue of VND 37,927 billion, profit before tax of VND 6,768 billion, up by 22.4% and 19.5% respectively over the same period last year, following the guidance set out at the 2023 Annual General Meeting of Shareholders.',
    [
      vnd('37927000000000', { ch: [`rate 22.4 ${SPLY}`], p: '2023-YTD-09' }),
      vnd('6768000000000', { ch: [`rate 19.5 ${SPLY}`], p: '2023-YTD-09' }),
    ],
  ],
  [
    FPT_9M_2023,
    'Profit-after-tax attributable for parent company’s shareholder reached VND 4,742 billion (+20.3% YoY), EPS (Earning Per Share) reached VND 3,744/share, increased by 19.6% compared to the previous year.',
    [vnd('4742000000000', { ch: [`rate 20.3 ${SPLY}`] }), n('3744', { ch: ['rate 19.6 *'] })],
  ],
  [FPT_9M_2023, 'Japan market posted robust growth of 44.1% despite JPY depreciation', [ch('rate 44.1 *')]],
  [
    FPT_9M_2023,
    'Technology sector (including Domestic IT Services and Global IT Services) continues to play a key role, contributing 59% of revenue and 46% of pre-tax profit of FPT Corporation, equivalent to VND 22,517 billion (+25.7%YoY) and 3,128 (+20.8% YoY) billion VND respectively.',
    [vnd('22517000000000', { ch: [`rate 25.7 ${SPLY}`] }), vnd('3128000000000', { ch: [`rate 20.8 ${SPLY}`] })],
  ],
  [
    FPT_9M_2023,
    'Global IT Service revenue reached VND 17,626 billion, up by 30.9%, profit before tax reached VND 2,878 billion, up by 30.2% over the same period last year.',
    [vnd('17626000000000', { ch: ['rate 30.9 *'] }), vnd('2878000000000', { ch: [`rate 30.2 ${SPLY}`] })],
  ],
  [
    FPT_9M_2023,
    'Notably, revenue grew in all markets, especially in Japan (up by 44.1% YoY) despite JPY depreciation, thanks to the rising demand for digital transformation in this market.',
    [ch(`rate 44.1 ${SPLY}`)],
  ],
  [
    FPT_9M_2023,
    'Most recently, on July 19th, the Company also signed a partnership agreement, according to which FPT will be in charge of all software development for various equipment from Nippon Seiki – a global tier-1 supplier of meters and head-up displays (HUD) with a 70-year history of operation.',
    [],
  ],
  [
    FPT_9M_2023,
    'Digital transformation revenue reached VND 7,710 billion, an increase of 46% over the same period, affirming the ability to provide effective and comprehensive digital transformation services of the company.',
    [vnd('7710000000000', { ch: [`rate 46 ${SPLY}`] })],
  ],
  [
    FPT_9M_2023,
    'Global IT Services recorded newly signed revenue of VND 20,700 billion, up by 23.2% over the same period, including 20 projects with a scale of $5mn+, showing the shift towards large deals and the effectiveness of the “whale-hunting” strategy.',
    [vnd('20700000000000', { ch: [`rate 23.2 ${SPLY}`] }), { v: '20', u: 'project' }],
  ],
  // FPT Corporation's release on the first quarter of 2023 (fpt.com)
  [
    FPT_Q1_2023,
    '3 months of 2023, FPT recorded revenue up by 20.1% and profit before tax up 19.2%',
    [
      { ch: ['rate 20.1 *'], p: '2023-Q1' },
      { ch: ['rate 19.2 *'], p: '2023-Q1' },
    ],
  ],
  [
    FPT_Q1_2023,
    '3 months of 2023, FPT recorded revenue of VND 11,681 billion, profit before tax of VND 2,121 billion, up by 20.1% and 19.2% respectively over the same period last year.',
    [
      vnd('11681000000000', { ch: [`rate 20.1 ${SPLY}`], p: '2023-Q1' }),
      vnd('2121000000000', { ch: [`rate 19.2 ${SPLY}`], p: '2023-Q1' }),
    ],
  ],
  [
    FPT_Q1_2023,
    'EPS (Earning Per Share) reached VND 1,361/share, increased by 19.8% compared to the previous year, showing the relentless efforts of the leaders and staff of FPT Corporation to create shareholder value and ensure the interests of shareholders and related parties.',
    [n('1361', { ch: ['rate 19.8 *'] })],
  ],
  [FPT_Q1_2023, 'Global IT Services witnessed robust growth of over 30%', [ch('rate 30 *')]],
  [
    FPT_Q1_2023,
    'Technology sector (including Domestic IT Services and Global IT Services) continues to play a key role, contributing 59% of revenue and 43% of pre-tax profit of FPT Corporation, equivalent to VND 6,843 billion (+21.3%) and 906 (+19.5%) billion VND respectively.',
    [vnd('6843000000000', { ch: ['rate 21.3 *'] }), vnd('906000000000', { ch: ['rate 19.5 *'] })],
  ],
  [
    FPT_Q1_2023,
    'Global IT Service revenue reached VND 5,435 billion, up by 32.2%, profit before tax reached VND 889 billion, up by 33.2% over the same period last year.',
    [vnd('5435000000000', { ch: ['rate 32.2 *'] }), vnd('889000000000', { ch: [`rate 33.2 ${SPLY}`] })],
  ],
  [
    FPT_Q1_2023,
    'Notably, revenue grew in all markets, especially in Japan (up by 31.2% YoY) and Asia - Pacific (up by 65.7%), thanks to the rising demand for digital transformation.',
    [ch(`rate 31.2 ${SPLY}`), ch('rate 65.7 *')],
  ],
  [
    FPT_Q1_2023,
    'Digital transformation revenue reached VND 2,103 billion, an increase of 28% over the same period, affirming the ability to provide effective and comprehensive digital transformation services of the company.',
    [vnd('2103000000000', { ch: [`rate 28 ${SPLY}`] })],
  ],
  [
    FPT_Q1_2023,
    'Global IT Services recorded newly signed revenue of VND 10,165 billion, up by 44.1% over the same period.',
    [vnd('10165000000000', { ch: [`rate 44.1 ${SPLY}`] })],
  ],
  [
    FPT_Q1_2023,
    'Thanks to the efforts to invest in human resources, technology capabilities and expand the presence in 29 countries around the world, the number of clients contributing more than 1 million USD in revenue reached 48 clients, an increase of 54.8 % over the same period.',
    [n('48', { ch: [`rate 54.8 ${SPLY}`] })],
  ],
  // FPT's first seven months, VAM after Vietnamnet (vam.li, undated; the figures are FPT's of 2015)
  [
    VAM_FPT_7M,
    'In the first seven months this year, FPT Corporation recorded a consolidated revenue and before tax profit of VND20.93 billion and VND1.42 billion, equal to 93 per cent and 100 per cent of the year-to-date guidance, respectively.',
    [vnd('20930000000', { c: '93' }), vnd('1420000000', { c: '100' })],
  ],
  [
    VAM_FPT_7M,
    'After-tax profit was VND1.20 billion, equal to 101 per cent of the year-to-date (ytd) guidance.',
    [vnd('1200000000', { c: '101' })],
  ],
  [
    VAM_FPT_7M,
    'After-tax profit attributable to the parent company’s shareholders was VND906 billion.',
    [vnd('906000000000')],
  ],
  [VAM_FPT_7M, 'Earning-per-share (EPS) was VND1,976 after seven months.', [n('1976')]],
  [
    VAM_FPT_7M,
    'In seven months, overseas markets showed encouraging results with VND3.13 billion in revenue or a year-on-year increase of 30 per cent, and VND9.42 billion in before-tax profit, or a year-on-year increase of 32 per cent.',
    [vnd('3130000000', { ch: [`rate 30 ${SPLY}`] }), vnd('9420000000', { ch: [`rate 32 ${SPLY}`] })],
  ],
  [
    VAM_FPT_7M,
    'Of this figure, the largest contribution came from the software outsourcing segment with its revenue up 34 per cent year over year.',
    [ch(`rate 34 ${SPLY}`)],
  ],
  [
    VAM_FPT_7M,
    'Besides, the retail segment maintained its outstanding performance, increasing 33 per cent in revenue and 39 per cent in before tax profit, reaching 104 per cent and 111 per cent of the ytd target, respectively.',
    [
      { ch: ['rate 33 *'], c: '104' },
      { ch: ['rate 39 *'], c: '111' },
    ],
  ],
  // DHG Pharma's general meeting of 2021 (dhgpharma.com.vn)
  [
    DHG_AGM_2021,
    'This information was given by the representatives of DHG Pharmaceutical Joint-stock Company at Annual General Meeting of Shareholders 2021 held on March 18th.',
    [],
  ],
  [
    DHG_AGM_2021,
    "In 2021, the Covid-19 epidemic brought many challenges for Vietnam's pharmaceutical industry; but with rapid adaptation DHG Pharma still achieves its business goals and continuously receives more prestigious awards, continues to maintain the leading position of Vietnam's pharmaceutical industry with net revenue of VND 4.003 billion and profit after tax of $776 billion.",
    [vnd('4003000000', { p: '2021' }), usd('776000000000', { p: '2021' })],
  ],
  [
    DHG_AGM_2021,
    'In 2022, DHG Pharma sets up a business target with net revenue of VND 4.220 billion and profit before tax of VND 853 billion including key strategies such as:',
    [goal(vnd('4220000000', { p: '2022' })), goal(vnd('853000000000', { p: '2022' }))],
  ],
  // Viettel's overseas markets in the first half of 2022 (Total Telecom)
  [
    TOTALTELE_VIETTEL_2022,
    'All of Viettel’s companies in Asian markets (Metfone, Unitel, Mytel, Telemor) still maintain the No. 1 market share in terms of subscribers, in which Mytel has the highest service revenue growth among markets (nearly 80%).',
    [ch('rate 80 *')],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'Movitel is the company with the highest service revenue growth in the African markets, 38.6%, thanks to strong growth in terms of 4G subscribers and new services.',
    [ch('rate 38.6 *')],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'In Americas, Natcom maintained double-digit growth for 5 consecutive years and enjoyed the highest growth rate in 9 years from 2014, reaching: 28.6%.',
    [ch('rate 28.6 *')],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'Bitel’s Super app (Mi Bitel) reached 1 million users and ranked No. 1 among the apps developed by network providers in Peru.',
    [n('1000000')],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'Viettel’s telecommunications sector in foreign market reached the total revenue in the first 6 months of 2022 to 755.5 million USD, up 9.7% over the same period.',
    [usd('755500000', { ch: [`rate 9.7 ${SPLY}`], p: '2022-H1' })],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'Currently, markets with a high rate of 4G subscribers (over 75%) have planned and implemented projects to turn off 3G stations.',
    [],
  ],
  [
    TOTALTELE_VIETTEL_2022,
    'All markets promote the development of e-wallet subscribers (to date, Viettel owns 7.4 million e-wallet subscribers in foreign markets).',
    [n('7400000')],
  ],
  // Viettel Global's 2016 results and 2017 plan (international.viettel.vn)
  [
    VIETTEL_INTL_2017,
    'In 2016, revenue from international investment activities of Viettel Global increased by 21.5%, which is more than double compared with growth rate in 2015.',
    [{ ch: ['rate 21.5 *'], p: '2016' }],
  ],
  [
    VIETTEL_INTL_2017,
    'The accumulated number of customers overseas has reached nearly 36 million.',
    [n('36000000', { a: 'under' })],
  ],
  [
    VIETTEL_INTL_2017,
    'Contributing to this development, not only is the fact that 5/9 of the markets have been pioneering 4G, bringing 25% growth in average revenue per customer but also the introduction of IT telecom solutions to enterprises and government.',
    [n('5'), ch('rate 25 *')],
  ],
  [
    VIETTEL_INTL_2017,
    'In 2017, Viettel Global aims to continue strong growth of subscribers with 12.9 million new customers, increasing the total number of customers in foreign markets to nearly 50 million, growing 35%.',
    [goal(n('12900000', { p: '2017' })), goal(n('50000000', { a: 'under', ch: ['rate 35 *'], p: '2017' }))],
  ],
  [
    VIETTEL_INTL_2017,
    'The target revenue is nearly $ 1.4 billion, growing 29%.',
    [goal(usd('1400000000', { a: 'under', ch: ['rate 29 *'] }))],
  ],
  [
    VIETTEL_INTL_2017,
    'At the same time, Viettel is also aiming at penetrating larger markets with the scale of 100-200 million people.',
    [],
  ],
  [
    VIETTEL_INTL_2017,
    'However, from January 1, 2017, Viettel will drop roaming charges so when customers of Metfone (Cambodia) and Unitel (Laos) and Viettel in Vietnam call each other, the charge shall be as normal domestic ones.',
    [],
  ],
  // VOSCO's fleet plan, November 2024 (Global Mariner)
  [
    GLOBALMARINER_VOSCO_2024,
    'Vietnam Ocean Shipping Joint Stock Company – (VOS) will invest in purchasing 02 Supramax-sized bulk cargo ships, with a tonnage of 56,000 – 58,000 dwt, under 15 years old, with a maximum purchase price of 23 million USD/ship, Build 04 new Ultramax-sized ships, tonnage 62,000 – 66,000 dwt, maximum price 40 million USD/ship, build 04 MR-sized oil product ships, with a tonnage of about 50,000 dwt, with a maximum price of 52 million USD/ship.',
    [goal(n('2')), goal(n('4')), goal(n('4'))],
  ],
  [
    GLOBALMARINER_VOSCO_2024,
    'Previously, VOSCO was managing and operating 13 ships, with a total tonnage of about 420,000 tons.',
    [n('13'), tonne('420000', { a: 'about' })],
  ],
  [
    GLOBALMARINER_VOSCO_2024,
    'Of which, the Company owns 9 ships including 7 dry cargo ships, bulk cargo ships and 2 container ships.',
    [n('9'), n('7'), n('2')],
  ],
  [GLOBALMARINER_VOSCO_2024, 'Outsourced ships include 2 oil product ships and 2 chemical ships.', [n('2'), n('2')]],
  [
    GLOBALMARINER_VOSCO_2024,
    'The most recent ship that the company invested in was Vosco Sunrise, which was received in 2013.',
    [],
  ],
  // Centre for Self-help Development (Nepal): a study visit to TYM and CEP, August 2022
  [
    CSD_TYM_CEP_2022,
    'CSD organized a week long exposure/study visit of Nepali MFIs to Socialist Republic of Vietnam from August 13 to 20, 2022 to learn the microfinance policies, programs, approaches and  experiences in that country.',
    [],
  ],
  [
    CSD_TYM_CEP_2022,
    'During the visit, the team visited 3 prominent MFIs of Vietnam located at Hanoi in the North and Ho Chi Minh City in the South.',
    [],
  ],
  [
    CSD_TYM_CEP_2022,
    'The first organization visited was the Tao Yêu Mày Tinh Thuong Limited Liability Microfinance Institution (TYM MFI) with 31 years of operational history at Hanoi.',
    [],
  ],
  [
    CSD_TYM_CEP_2022,
    'It currently operates through 21 branches, 39 transaction offices with a human resource strength of 589 full time staff.',
    [n('21'), n('39'), n('589')],
  ],
  [
    CSD_TYM_CEP_2022,
    'The next visit of team was the Capital Aid for Employment of the Poor Microfinance Institution (CEP), the largest MFI operating in Vietnam which has its head office at Ho Chi Minh City was founded in 1991 as a non-profit social institution by the Ho Chi Minh City Labor Confederation; a labor trade union affiliated with the Communist Party of Vietnam.',
    [],
  ],
  [
    CSD_TYM_CEP_2022,
    'It offers both savings and loan products through a network of 30 branches, spanning urban areas in Ho Chi Minch City as well as peri-urban and rural areas in surrounding provinces.',
    [n('30')],
  ],
  // TYM on the Inclusive Business Universe (inclusivebusiness.net, updated October 2022)
  [
    IB_TYM_2022,
    'Tinh Thuong One-member Limited Liability Microfinance Institution (TYM MFI) was initially established in 1992 by the Vietnamese Women’s Union (VWU) to implement the Government’s Poverty Alleviation Program.',
    [],
  ],
  [IB_TYM_2022, 'In 2010, it become the first licensed MFI in Viet Nam.', []],
  [
    IB_TYM_2022,
    'TYM offers a wide range of financial services (credit, savings) and social services (training, capacity building, community support, business development) to its clients in 13 provinces and cities in rural and semi urban areas of Viet Nam.',
    [n('13')],
  ],
  // FiinResearch's consumer finance reviews, first half of 2020 and of 2022 (fiinresearch.vn)
  [
    FIIN_CF_2020,
    'For the first time in a decade, Vietnam consumer finance market experienced a single-digit growth rate (9.2% YoY in the first half of 2020), following aggressive credit growth over the past few year.',
    [{ ch: [`rate 9.2 ${SPLY}`], p: '2020-H1' }],
  ],
  [
    FIIN_CF_2020,
    'This is attributed to the dual challenge posed by COVID-19 pandemic and tightening regulations on cash loans disbursement prescribed at Circular 18/2019.',
    [],
  ],
  [
    FIIN_CF_2020,
    'However, despite the modest growth rate, Vietnam consumer finance maintained a contribution of over 20% of the country loan book.',
    [],
  ],
  [
    FIIN_CF_2020,
    'Despite the transition roadmap as per Circular 18, cash loans became slightly more prevalent, accounting for over 67% of the total CF loan portfolio in 1H2020.',
    [],
  ],
  [
    FIIN_CF_2020,
    'Meanwhile, young FinCos (others) continued to seize 1% of market share from leading players in 1H2020.',
    [],
  ],
  [
    FIIN_CF_2022,
    'Going forward, the CF market is poised for a strong recovery by the end of 2022 thanks to the peak season effects and extension of credit growth quota for some banks and FinCos as announced by SBV by early September.',
    [],
  ],
  [FIIN_CF_2022, '1H2022 period of growth set the CF portfolio of both banks and FinCos on a path to recovery.', []],
  [
    FIIN_CF_2022,
    'Also, companies with moderate NPL levels in 2021 tend to have larger space to boost new loans in 2H2022 when the pandemic is behind.',
    [],
  ],
  [
    FIIN_CF_2022,
    '1H2022 also saw some distribution of market share of companies in the top 4 and Mcredit keeps threatening the top 2 with spectacular growth regardless of COVID headwinds.',
    [],
  ],
  [
    FIIN_CF_2022,
    'Easy Credit attained 3-digit growth, offers loans via ViettelPost app with fully online journey.',
    [],
  ],
  // DealStreetAsia on private hospitals, 2021
  [
    DEALSTREET_HOSPITALS_2021,
    'Only one investment was made in a private hospital or clinic chain in each of the years between 2017 and 2019, for instance.',
    [],
  ],
  [
    DEALSTREET_HOSPITALS_2021,
    'In the first quarter of 2021, there have been two transactions already, according to data compiled by DealStreetAsia.',
    [],
  ],
  [
    DEALSTREET_HOSPITALS_2021,
    'This is part of the fund’s current $200 million private equity pipeline, according to its 2020 financial report.',
    [usd('200000000')],
  ],
  // FPT Retail and the Long Chau pharmacy chain, first nine months of 2025 (Onus Insights)
  [
    ONUS_FRT_9M_2025,
    'FPT Retail Co., Ltd. announced strong business results for the first 9 months of 2025, with a total revenue of 36,170 billion VND (up 26%) and pre-tax profit of 804 billion VND (up 125%).',
    [
      vnd('36170000000000', { ch: ['rate 26 *'], p: '2025-YTD-09' }),
      vnd('804000000000', { ch: ['rate 125 *'], p: '2025-YTD-09' }),
    ],
  ],
  [
    ONUS_FRT_9M_2025,
    'The FPT Long Chau chain contributed significantly to the revenue, reaching 24,804 billion VND (up 38%) and completing 77% of the annual plan.',
    [vnd('24804000000000', { ch: ['rate 38 *'], c: '77' })],
  ],
  [
    ONUS_FRT_9M_2025,
    'Notably, Long Chau opened 374 pharmacies and 77 vaccination centers in 9 months, officially exceeding the annual expansion plan for 2025.',
    [n('374'), n('77')],
  ],
  [
    ONUS_FRT_9M_2025,
    'On average, FPT Long Chau opens nearly 2 new stores daily, with an average revenue of 1.2 billion VND per facility per month.',
    [n('2', { a: 'under' }), n('1200000000')],
  ],
  [
    ONUS_FRT_9M_2025,
    'For the FPT Shop chain, revenue reached 11,551 billion VND (up 6%) and completed 72% of the annual plan, with an average revenue of 2.4 billion VND per shop per month.',
    [vnd('11551000000000', { ch: ['rate 6 *'], c: '72' }), n('2400000000')],
  ],
  [
    ONUS_FRT_9M_2025,
    'As of September, FPT Shop has 624 stores, a decrease of 10 stores compared to the beginning of the year.',
    [n('624')],
  ],
  // FPT Retail's general meeting of April 2022 (frt.vn)
  [
    FRT_AGM_2022,
    'On the afternoon of April 15, 2022, FPT Digital Retail Joint Stock Company (FPT Retail, HoSE: FRT) has held the Annual General Meeting of Shareholders in 2022.',
    [],
  ],
  [FRT_AGM_2022, 'Profits 2022 plans increased sharply by 30%', [goal({ ch: ['rate 30 *'], p: '2022' })]],
  [
    FRT_AGM_2022,
    'The meeting unanimously approves the plan of VND 27,000 billion in revenue – an increase of 20%, and a profit before tax of VND 720 billion – an increase of 30% compared to the results in 2021.',
    [goal(vnd('27000000000000', { ch: ['rate 20 *'] })), goal(vnd('720000000000', { ch: ['rate 30 2021'] }))],
  ],
  [
    FRT_AGM_2022,
    'With FPT Shop, FRT will base on the successful model of the past year to continue opening more than 70 new laptop centers in order to maintain its position as the No. 1 laptop retailer in the market.',
    [goal(n('70', { a: 'over' }))],
  ],
  [
    FRT_AGM_2022,
    'At the same time, the Company will also open up to 100 new stores of FPT Shop to increase its coverage in densely populated districts.',
    [goal(n('100', { a: 'under' }))],
  ],
  // Damen Song Cam Shipyard in Haiphong (damen.com; Damen's DISCOVER magazine, 2019)
  [
    DAMEN_SONGCAM,
    'The relationship between the two developed well and in 2013, this led to the opening of a joint venture yard for the outfitting of tugs.',
    [],
  ],
  [
    DAMEN_SONGCAM,
    'Located on the banks of the River Cam and occupying a 43-hectare site close to the city of Haiphong, the Damen Song Cam Shipyard was born.',
    [ha('43')],
  ],
  [DAMEN_SONGCAM, 'From five to 32 vessels in just two years', [n('32')]],
  [DAMEN_SONGCAM, 'In 2014, the yard delivered five vessels.', []],
  [
    DAMEN_SONGCAM,
    'The following year this had risen to 15 and by 2016, no less than 32 vessels were rolling out of the production hall.',
    [n('15'), n('32', { a: 'over', p: '2016' })],
  ],
  [
    DAMEN_SONGCAM,
    'Today, the Damen Song Cam Shipyard is able to deliver no less than 40 tugs per year.',
    [n('40', { a: 'over' })],
  ],
  [
    DAMEN_MAG_2019,
    'Before the yard opened its doors, the shipyards group had built 226 vessels in the country over a period of twelve years at five partner yards.',
    [n('226')],
  ],
  [
    DAMEN_MAG_2019,
    'Damen Song Cam Shipyard got off to an auspicious start, when on March 20th 2014, at a time appointed by favourable lunar conditions, the country’s Vice Minister of Transport, Mr Nguyen Hong Truong, cut the ribbon on the new facility.',
    [],
  ],
  [DAMEN_MAG_2019, 'Thus began a new operation at the 43-hectare site on the Cam River.', [ha('43')]],
  [
    DAMEN_MAG_2019,
    'The credentials of the new yard were notable; direct access to the open sea and sufficient space for a 120 x 85-metre outfitting hall, plus extra room for extensive carpentry and painting workshops.',
    [],
  ],
  // Van Hien University's opening ceremony of the 2025–2026 academic year (vhu.edu.vn)
  [
    VHU_OPENING_2025,
    'On the morning of October 30, 2025, at Tran Hung Dao Hall – HungHau Campus, Van Hien University (VHU) solemnly held the Opening Ceremony for the 2025 – 2026 Academic Year.',
    [],
  ],
  [
    VHU_OPENING_2025,
    'The Ministry of Education and Training presented Merit Certificates to 03 outstanding collectives and 06 individuals.',
    [n('3'), n('6')],
  ],
  [
    VHU_OPENING_2025,
    'Honoring Outstanding Students & Granting Nearly 60 Billion VND in Scholarships',
    [vnd('60000000000', { a: 'under' })],
  ],
  [
    VHU_OPENING_2025,
    'The Valedictorian and Second Valedictorian of the university, along with 37 Department Valedictorians.',
    [n('37')],
  ],
  [VHU_OPENING_2025, '06 students with entrance scores of 27.5 or higher.', [n('6')]],
  [
    VHU_OPENING_2025,
    'A special highlight: The University announced a total scholarship value from accompanying sponsors amounting to nearly 60 billion VND.',
    [vnd('60000000000', { a: 'under' })],
  ],
  // Vinh University's second-degree admissions of 2018 (eng.vinhuni.edu.vn)
  [
    VINHUNI_ADMISSION_2018,
    'Pursuant to Circular No. 10/2018/TT-BGDĐT dated March 30, 2018 by the Ministry of Education and Training regulating the training of the second degree at the university and college level in the teacher training program;',
    [],
  ],
  [
    VINHUNI_ADMISSION_2018,
    'Vinh University announces the admission of a 2-year full-time university degree in 2018 as follows:',
    [],
  ],
  [
    VINHUNI_ADMISSION_2018,
    '(5) Registration fee + Admission fee: VND 200,000 + VND 300,000 = VND 500,000.',
    [vnd('200000'), vnd('300000'), vnd('500000')],
  ],
  [
    VINHUNI_ADMISSION_2018,
    'All programs are taught face-to-face dased on credit system within 2 years at Vinh University.',
    [],
  ],
];

export const TEST19B_EN: readonly RealSentence[] = TEST19B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test19b-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test19',
}));
