import type { RealFact, RealSentence } from './types';

/**
 * The FORTY-SEVENTH fresh set (`test47`), English part B (`test47-en.ts`, `test47c-en.ts` and `test47-vi.ts` are other
 * builders' parts, only grepped for hosts and figures): sentences copied verbatim from the stored text the `pages`
 * search index returns, on press, blog and trade sites whose registrable domain starts with a letter from m to z (no
 * `.gov`, `.go.xx` or `.gob` host, ministry, central bank, statistics office or revenue authority: those are the
 * government builder's). This part is written by a builder who never read the extractor: the extractor was never run on
 * these sentences, `src/` was not read, and no benchmark or test was run on them.
 *
 * Hosts checked: before use and again just before committing, `grep -rilF '<name>'` over every file of `real-corpus/`
 * (this file excepted, the other test47 parts included), with the bare name as well as the registrable domain, for
 * westhawaiitoday.com, thetidenewsonline.com, thenationonlineng.net, ripplesnigeria.com, norwalkreflector.com,
 * news-star.com, newslanc.com, semissourian.com, startribune.com, rosemounttownpages.com, openjaw.xyz,
 * zambianobserver.com, mmegi.bw and palapye.wordpress.com: no hit. Hosts returned by the searches and found in the corpus
 * (an address or a "left out" list), left out: thefederalnewswire.com, postimees.ee, people.cn, freightwaves.com,
 * pv366.com, sify.com, standardmedia.co.ke, mwanaspoti.co.tz, theafricareport.com, thewest.com.au, sharecafe.com.au,
 * miningweekly.com, minenportal.de, pressreader.com, transportationtodaynews.com, moodiedavittreport.com,
 * teanewsdarjeeling.blogspot.com, reuters.com, sec.gov, myreality.co.in, bomboradyo.com, primetimes.in, mining.com,
 * miningnewszambia.com, myjoyonline.com, today.ng, malaymail.com, thesundaily.my, sumul.com, bigislandnow.com,
 * macaupostdaily.com, seafoodsource.com, oceansatlas.org, comunicaffe.com, bworldonline.com, siasat.com,
 * rough-polished.com, gems2jewellery.com, travelagentcentral.com, eturbonews.com, nigeriatoday.ng, nairametrics.com,
 * travelsdocbox.com and newstribune.com (first drafted with 3 rows on a county's May sales tax and struck when the
 * final grep found its bare name in test43-en's "left out" list; replaced by newslanc's 3 rows). Distinctive figures
 * grepped too (`grep -rlF`): `692,930`, `674,699`, `18,231`, `141.96`, `124.14`, `103.48`, `93.01`, `N1.64 trillion`,
 * `753.46`, `1.33tn`, `346.20`, `20.92`, `832,351`, `9.85 million`, `826,888`, `795,618`, `712,097`, `907,793`,
 * `7,791,131`, `1,347,884`, `836,204`, `28,182`, `27,879`, `680,496`, `677,885`, `698,000`, `850,000 metric`, `P8.8
 * billion`, `P28.2 billion`, `P4.49 billion`, `1.3 million visitors`, `8,678,128`, `5,181,259`: nothing.
 *
 * Sources (18 addresses on 14 registrable domains):
 * - United States, Hawaii visitor arrivals and spending of October 2015 (westhawaiitoday.com), rows 1-4;
 * - Nigeria, Lagos State revenue of the first quarter of 2018 (www.thetidenewsonline.com), rows 5-9;
 * - Nigeria, states' internally generated revenue of 2019 to 2021 (thenationonlineng.net, relaying the NBS), rows 10-13;
 * - Nigeria, states' internally generated revenue of 2019 (www.ripplesnigeria.com, relaying the NBS), rows 14-17;
 * - United States, Huron County (Ohio) sales tax of 2016 (norwalkreflector.com, three addresses), rows 18-23;
 * - United States, Pottawatomie County (Oklahoma) sales tax of April and May 2021 (www.news-star.com, two addresses),
 *   rows 24-25;
 * - United States, Lancaster County (Pennsylvania) hotel room rental tax of 2012 and 2013 (newslanc.com, two
 *   addresses), rows 26-28;
 * - United States, Cape Girardeau County (Missouri) sales and use tax of 2021 (www.semissourian.com), rows 29-30;
 * - United States, Minnesota school enrollment of 2012-13 (www.startribune.com), rows 31-33;
 * - United States, District 196 (Minnesota) enrollment of October 2016 (www.rosemounttownpages.com), rows 34-38;
 * - United States, Hawaii visitor spending and arrivals of August 2010 (gk.openjaw.xyz), rows 39-41;
 * - Zambia, copper output of 2023 and mining revenue (zambianobserver.com), rows 42-44;
 * - Botswana, diamond exports of the first three quarters of 2018 (www.mmegi.bw), rows 45-47;
 * - Botswana, diamond exports of the second quarter of 2010 (palapye.wordpress.com, relaying Mmegi), rows 48-50.
 * Searched (exports, revenue collection against targets, tourist arrivals, ports and cargo, electricity, sugar, bank
 * profits, gold mining, airports, tea, cement, county sales tax, telecoms, rice, hospitals, school enrollment, Zambian
 * copper, Ghanaian company results, palm oil, Botswana diamonds, Nigerian state revenue, milk cooperatives, island
 * visitor arrivals, city budgets, coffee, car sales, fish landings, wheat procurement, hotel room taxes) and left out:
 * the hosts already in the corpus listed above; a-to-l hosts, left to the other builder (sbea.org, biztimes.com,
 * cemnet.com, ccf2up.com, azjournal.com, boonevilledemocrat.com, centreforaviation.com, atwonline.com, ftnnews.com,
 * anba.com.br, kbc.co.ke, allafrica.com, ghanaonlinenews.com, freemalaysiatoday.com, idexonline.com,
 * giacoloredstones.com, diamond-portal.net, daily-mail.co.zm, diggers.news, lusakatimes.com, fitila.ng,
 * hallmarknews.com, collisionweek.com, autoremarketing.com, bernews.com, fijiworldnews.com, caymancompass.com,
 * bruceforcorinth.blogspot.com, armandsrancho.blogspot.com, elchuqueno.com, globest.com, cnbctv18.com, dnaindia.com,
 * indianexpress.com, cleanagco.com, grainmart.in, eximguru.com, dayafterindia.com, business-standard.com,
 * livemint.com, etvbharat.com, financialexpress.com, businessdayonline.com, cnbcafrica.com, 835663.pnozaj.asia aside);
 * government, city or intergovernmental hosts (mysouthlakenews.com, a city's own news site, budget.utah.gov, osun.gov.ng, statsfiji.gov.fj,
 * independenceks.gov, tompkinscountyny.gov, fao.org, webharvest.gov, nigerianstat.gov.ng, eia.gov, cityoflamirada.org,
 * lawrenceks.gov/.org); pages not in English (katocoffee.com, noidadarpan.page, blick.ch, moneycab.com); pages with no
 * report sentence (cdquestions.com, qeeebo.com, careersdocbox.com, docplayer.net, riceplusmagazine.blogspot.com,
 * protectourlivelihood.in, newsextra24.news, thebladengr.com); and, to keep the set at 50, westhawaiitoday's Hawaii
 * Island spending sentence (`remained stable at $1.6 billion, at 0.9 percent` reads two ways), ripplesnigeria's opening
 * sentence (its N1.33 trillion repeats row 14), startribune's grant sentence, zambianobserver's `Since 2022` sentence,
 * thenationonlineng's 2019-2021 total, openjaw's `exceeding $1 billion` sentence, rivercitydrifter.blogspot.com's
 * Decatur lodging-tax rows and newslanc's second 2.59% sentence.
 *
 * Counts: 50 rows, 68 facts, 5 rows that state no figure the extractor should read (10 %: thetidenewsonline's absolute
 * difference `an increase of N17.82 billion`, norwalkreflector's shares `31 percent` and `28 percent`,
 * rosemounttownpages' shares `34.2 percent` and `24.8 percent`, zambianobserver's share `approximately 4 percent`), 18
 * addresses, 14 registrable domains, at most 5 rows per address and at most 6 per registrable domain.
 *
 * Whole sentences as stored. Slips kept: westhawaiitoday's dateline `KAILUA-KONA ―` (a horizontal bar, the row starting
 * at the dateline); thetidenewsonline's `absolute Terms`, `N96.78` with no scale and `in same period in 2017`;
 * thenationonlineng's `the the states`, `N1.56trillion` and `N1.90trillion` glued, the opening and closing curly quotes
 * of the NBS quotation (`“The total IGR …”` and the closing `respectively.”`); ripplesnigeria's `N1.33tn`, `N346.20bn`
 * glued, the opening curly quote of the NBS quotation on rows 14 and 16 and its closing `quarter,”`; news-star's doubled
 * dash `––`; startribune's `.38 percent` and `--`; rosemounttownpages' straight quotes around `nothing dramatic`;
 * openjaw's `11.4%from` and `Hawai'i`; zambianobserver's `taxes(especially`, `$1.1billion` and `fiscuss`; mmegi's `P3.4`
 * with no scale; curly and straight apostrophes as stored (`state’s`, `Botswana’s`, `Pula’s`; `month's`, `county's`,
 * `District 196's`).
 *
 * Annotated by hand from the sentence alone with the conventions of `test45b-en.ts`, `test45c-en.ts`, `test29-en.ts`
 * and `types.ts`. Changes: `year on year`, `year over year`, `from last May's figures` are the same period last year;
 * `quarter on quarter` is `previous-period`; printed bases give their period (`in the corresponding period of 2017`
 * `2017`, `over 2020 revenue collections` `2020`, `from … collected in 2015` `2015`, `over receipts from 2011` `2011`,
 * `ahead of 2020's record pace` `2020`, `from August 2009` `2009-08`, `compared to the first eight months of 2009`
 * `2009-YTD-08`, `over the second quarter of 2009` `2009-Q2`); changes with no base, leaning on one printed elsewhere, or
 * on a school year that has no period id (`compared with 2011-12`) are `*`. Bounds on changes (`about 1.01 percent`,
 * `about 1.8%`) are dropped. Comparison values after `from`, `compared to`, `against`, `over`, `as against` are values
 * without period. Absolute differences (`N16 billion higher`, `an increase of N17.82 billion`, `an increase of
 * $63,342.27`, `$191,622 over receipts`, `391 more students`, `about 300 fewer students`) and shares (`31 percent of the
 * September total`, `34.2 percent of overall enrollment`, `approximately 4 percent of global copper output`) give no
 * fact. Completion: `exceeded the revenue estimate by 12 percent` is `c: '112'` and `13 percent over budget` `c: '113'`
 * (as test36b reads `13% above the target` 113); `at 20 percent of the sales tax estimate` is `c: '20'`. Stages:
 * `according to preliminary statistics`, `According to preliminary data` and `According to preliminary reports` are
 * `st: 'preliminary'`. Targets: the `$88.8 million budget` was struck with newstribune; `The district predicted about
 * 27,879 students` (a projection the actual enrolment is set against) is `k: 'target'` with `about`. Units: `$` is
 * `USD`; `tons` and `metric tonnes` `tonne`; naira (`N`), pula (`P`), visitors and students are values without a unit
 * (as test36b gives naira). Scales: `billion` 10^9, `bn` 10^9 (`N346.20bn` 346 200 000 000), `trillion` and `tn` 10^12
 * (`N1.33tn` 1 330 000 000 000), `million` 10^6, `$1.1billion` 1 100 000 000. Periods: `in the first quarter of 2018`
 * `2018-Q1`; `the Q4 2019 … figure` `2019-Q4`; `in 2019`, `in 2020`, `in 2021`, `in 2023`, `in 2012` the year; `for
 * 2013 through September` `2013-YTD-09`; `Through the first five months of 2021` `2021-YTD-05`; `for the first eight
 * months of 2010` `2010-YTD-08`; periods without a year (`in October`, `In July`, `in the first quarter` of palapye,
 * `For the year up to September 30`, `As of Monday, Oct. 3`, `from January through October of this year`) and spans
 * (`In 2019 and 2020`) give none.
 *
 * Judgement calls: thetidenewsonline's `N96.78 recorded in 2017` and mmegi's `P3.4 in August` take the scale of the
 * figures beside them (`N103.48 billion`, `P3.2 billion`): a careful reader does not read them as 96.78 naira or 3.4
 * pula. thetidenewsonline's row 8 `N103.48 billion … in 2018` gets `p: '2018'` as printed (the page speaks of the first
 * quarter, the sentence of 2018); row 9's `in the first quarter stood at N93.01 billion in 2018` is `2018-Q1`. mmegi's
 * `P8.8 billion in the first quarter, P7.5 billion in the second and P11.9 billion in the third quarter, which ended on
 * September 30, 2018` gives the year to all three quarters (`2018-Q1`, `2018-Q2`, `2018-Q3`). semissourian's
 * `2020's record pace when the sales tax generated $7,791,131.24` gives the value `p: '2020'` (the sentence names the
 * value's own year; it is not a comparison value after `from`/`compared to`) and the `1.8%` a change-only fact with
 * base `2020`. startribune's `decreasing from 839,426 students to 836,204 -- a drop of .38 percent` puts the change and
 * the `preliminary` stage on 836,204; its `it experienced a 5 percent decrease` is a change-only fact with the stage.
 * westhawaiitoday's row 4 `Although visitor counts surpassed October 2014, … a 2.2 percent decrease` keeps the change
 * base `*` (October 2014 is printed for the counts, not for the spending). openjaw's `Visitor spend in August was up 30%
 * year over year` is a change-only fact (no value printed); its `11.8% increase in total visitor arrivals to 680,496`
 * has no base of its own (`*`). zambianobserver's `way above 850,000 metric tonnes` is `over`; its `an average of
 * $1.1billion per year` is a value without bound or period. norwalkreflector's row 18 (`up from $805,280 during the same
 * month in 2015`) prints no rate, so it has two values and no change. news-star's two rows likewise.
 *
 * Second pass (before the cut-off): every row read again against its sentence alone, field by field (value and scale,
 * unit, bound, completion, change form, amount and base, period, stage, target), with a small `tsx` script importing
 * THIS FILE ONLY that prints each row's text beside its facts and counts rows, facts, rows without facts, addresses and
 * rows per host (50 rows, 68 facts, 5 rows without facts, 18 addresses, 14 registrable domains, at most 5 rows per
 * address, 6 per registrable domain). Checked and kept: every scale (billion, bn, trillion, tn, million), the bases, the
 * periods, the three completions, the stages and the one target. Changed in the second pass: five rows struck to bring
 * 55 drafted rows to 50 (listed above); newstribune.com's three rows (one of them the only budget target) replaced by
 * newslanc's three after the final host grep; the header's counts taken from the script. Note: the script was first
 * written to a shared `/tmp` path that another builder's script also used, and one run printed that builder's rows
 * instead of mine; nothing from that output was used, and the script was moved to a private directory and rerun on this
 * file only.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const WESTHAWAII_HI_VISITORS_OCT_2015 =
  'https://westhawaiitoday.com/2015/12/04/hawaii-news/visitor-arrivals-up-big-island-sees-4-2-percent-increase-according-to-hta';
const TIDE_NG_LAGOS_Q1_2018 =
  'http://www.thetidenewsonline.com/2018/04/25/lasg-records-n141-96bn-revenue-in-q1-2018-official/';
const NATION_NG_STATES_IGR_2019_2021 = 'https://thenationonlineng.net/states-record-n5-1tr-revenue-in-three-years/';
const RIPPLES_NG_STATES_IGR_2019 = 'https://www.ripplesnigeria.com/states-igr-leaps-to-n1-33-trillion-in-2019/';
const NORWALK_US_HURON_SALES_TAX_SEP_2016 =
  'http://norwalkreflector.com/Government/2016/12/17/Sales-tax-collection.html';
const NORWALK_US_HURON_SALES_TAX_NOV_2016 =
  'http://norwalkreflector.com/Government/2017/02/17/All-time-high-of-826-888-in-sales-tax-collected-in-Huron-County.html';
const NORWALK_US_HURON_SALES_TAX_JUL_2016 =
  'http://norwalkreflector.com/Government/2016/10/14/County-sales-tax-collection.html';
const NEWSSTAR_US_POTTAWATOMIE_APR_2021 =
  'https://www.news-star.com/story/news/2021/04/13/county-sales-tax-collections-remain-high/7187774002/';
const NEWSSTAR_US_POTTAWATOMIE_MAY_2021 =
  'https://www.news-star.com/story/news/2021/05/12/pottawatomie-county-may-sales-tax-collections-show-record-high/5025468001/';
const NEWSLANC_US_LANCASTER_ROOM_TAX_2012 = 'https://newslanc.com/hotel-room-rental-tax-receipts-us-2-2-in-2012';
const NEWSLANC_US_LANCASTER_ROOM_TAX_SEP_2013 =
  'https://newslanc.com/county-treasurer-hotel-room-rental-sales-tax-up-2-%c2%bd-thru-september';
const SEMISSOURIAN_US_CAPE_SALES_TAX_2021 =
  'https://www.semissourian.com/business/cape-county-sales-tax-receipts-on-record-pace-in-2021-2882610/';
const STARTRIBUNE_US_MN_ENROLLMENT_2012 =
  'https://www.startribune.com/north-metro-schools-experience-peaks-and-valleys-in-enrollment/178277001/';
const ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016 =
  'http://www.rosemounttownpages.com/news/education/4135020-enrollment-slightly-district-196-most-middle-elementary-schools';
const OPENJAW_HI_VISITORS_AUG_2010 =
  'https://gk.openjaw.xyz/newsroom-article/2010/10/04/canadian-visitors-up-25-in-august-as-hawaii-tourism-bounces-back';
const ZAMBIANOBSERVER_ZM_COPPER_2023 =
  'https://zambianobserver.com/the-lowest-copper-production-it-has-been-since-the-60s/';
const MMEGI_BW_DIAMONDS_Q3_2018 = 'https://www.mmegi.bw/ampArticle/202923';
const PALAPYE_BW_DIAMONDS_Q2_2010 = 'https://palapye.wordpress.com/2010/08/06/diamond-exports-flat-in-q2/';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // United States, Hawaii visitor arrivals and spending of October 2015 (westhawaiitoday.com)
  [
    WESTHAWAII_HI_VISITORS_OCT_2015,
    'KAILUA-KONA ― Visitor arrivals to Hawaii Island increased 4.2 percent to 1.3 million visitors from January through October of this year, according to the Hawaii Tourism Authority.',
    [n('1300000', { ch: ['rate 4.2 *'] })],
  ],
  [
    WESTHAWAII_HI_VISITORS_OCT_2015,
    'Total arrivals to the Hawaiian Islands reached a new record for the month of October, with a 4.8 percent growth to 692,930 visitors, according to preliminary statistics released Monday by the HTA.',
    [n('692930', { st: 'preliminary', ch: ['rate 4.8 *'] })],
  ],
  [
    WESTHAWAII_HI_VISITORS_OCT_2015,
    'Statewide arrivals by air rose 3.9 percent to 674,699 visitors in October, while arrivals by cruise ships were up 52.7 percent to 18,231 visitors.',
    [n('674699', { ch: ['rate 3.9 *'] }), n('18231', { ch: ['rate 52.7 *'] })],
  ],
  [
    WESTHAWAII_HI_VISITORS_OCT_2015,
    'Although visitor counts surpassed October 2014, lower per person per day spending statewide led to a 2.2 percent decrease in total visitor expenditures to $1.2 billion.',
    [usd('1200000000', { ch: ['rate -2.2 *'] })],
  ],
  // Nigeria, Lagos State revenue of the first quarter of 2018 (www.thetidenewsonline.com)
  [
    TIDE_NG_LAGOS_Q1_2018,
    'Lagos State Commissioner for Economic Planning and Budget, Mr Olusegun Banjo, has said the state recorded a revenue of N141.96 billion in the first quarter of 2018.',
    [n('141960000000', { p: '2018-Q1' })],
  ],
  [
    TIDE_NG_LAGOS_Q1_2018,
    'Banjo said the figure represented an increase of 63 per cent against the N124.14 billion achieved in the corresponding period of 2017.',
    [ch('rate 63 2017'), n('124140000000')],
  ],
  [
    TIDE_NG_LAGOS_Q1_2018,
    'According to him, the budget also recorded an increase of N17.82 billion over the 2017 figure.',
    [],
  ],
  [
    TIDE_NG_LAGOS_Q1_2018,
    'Banjo said the state recorded N103.48 billion in absolute Terms and Internally Generated Revenue (TIGR) in 2018, representing an increase of 73 per cent over N96.78 recorded in 2017.',
    [n('103480000000', { p: '2018', ch: ['rate 73 2017'] }), n('96780000000')],
  ],
  [
    TIDE_NG_LAGOS_Q1_2018,
    'Under Capital expenditure, Banjo said the state’s performance in the first quarter stood at N93.01 billion in 2018 as against N46.72 billion recorded in same period in 2017.',
    [n('93010000000', { p: '2018-Q1' }), n('46720000000')],
  ],
  // Nigeria, states' internally generated revenue of 2019 to 2021 (thenationonlineng.net, relaying the NBS)
  [
    NATION_NG_STATES_IGR_2019_2021,
    'According to the data, the the states raked in N1.64 trillion in 2019, in 2020, they realized N1.56 trillion and N1.90 trillion in 2021.',
    [n('1640000000000', { p: '2019' }), n('1560000000000', { p: '2020' }), n('1900000000000', { p: '2021' })],
  ],
  [
    NATION_NG_STATES_IGR_2019_2021,
    'The revenue declined by 4.65% in 2020 when the IGR was N1.56trillion.',
    [n('1560000000000', { p: '2020', ch: ['rate -4.65 *'] })],
  ],
  [
    NATION_NG_STATES_IGR_2019_2021,
    '“The total IGR in 2021 stood at N1.90trillion, indicating a growth rate of 21.54% over 2020 revenue collections.”',
    [n('1900000000000', { p: '2021', ch: ['rate 21.54 2020'] })],
  ],
  [
    NATION_NG_STATES_IGR_2019_2021,
    'Furthermore, Lagos and FCT recorded the highest collections in 2021 with N753.46 billion and N131.92 billion respectively.”',
    [n('753460000000', { p: '2021' }), n('131920000000', { p: '2021' })],
  ],
  // Nigeria, states' internally generated revenue of 2019 (www.ripplesnigeria.com, relaying the NBS)
  [
    RIPPLES_NG_STATES_IGR_2019,
    '“The 36 states and FCT IGR figure hits N1.33tn in 2019 compared to N1.17tn recorded in 2018.',
    [n('1330000000000', { p: '2019' }), n('1170000000000')],
  ],
  [
    RIPPLES_NG_STATES_IGR_2019,
    'This indicates a positive growth of 20.92 per cent year on year.',
    [ch(`rate 20.92 ${SPLY}`)],
  ],
  [
    RIPPLES_NG_STATES_IGR_2019,
    '“Similarly, the Q4 2019 states and FCT IGR figure hits N346.20bn compared to N294.11bn recorded in Q3 2019.',
    [n('346200000000', { p: '2019-Q4' }), n('294110000000')],
  ],
  [
    RIPPLES_NG_STATES_IGR_2019,
    'This indicates a positive growth of 17.71% quarter on quarter,” the National Bureau of Statistics’ report on internally generated revenue at state level said.',
    [ch(`rate 17.71 ${PREV}`)],
  ],
  // United States, Huron County (Ohio) sales tax of 2016 (norwalkreflector.com, three addresses)
  [
    NORWALK_US_HURON_SALES_TAX_SEP_2016,
    'The sales tax number for that month was $832,351, which was up from $805,280 during the same month in 2015.',
    [usd('832351'), usd('805280')],
  ],
  [
    NORWALK_US_HURON_SALES_TAX_SEP_2016,
    'For the year, the county received $9.85 million in sales tax, which was down about 1.01 percent from the $9.98 million collected in 2015.',
    [usd('9850000', { ch: ['rate -1.01 2015'] }), usd('9980000')],
  ],
  [
    NORWALK_US_HURON_SALES_TAX_SEP_2016,
    'Tkach said at the end of November, the county had already exceeded the revenue estimate by 12 percent.',
    [{ c: '112' }],
  ],
  [
    NORWALK_US_HURON_SALES_TAX_SEP_2016,
    'Mom-and-Pop stores accounted for 31 percent of the September total, while big-box stores made up 28 percent.',
    [],
  ],
  [
    NORWALK_US_HURON_SALES_TAX_NOV_2016,
    'After two months, the county is already at 20 percent of the sales tax estimate for the year.',
    [{ c: '20' }],
  ],
  [NORWALK_US_HURON_SALES_TAX_JUL_2016, '“But, we still are 13 percent over budget,” he added.', [{ c: '113' }]],
  // United States, Pottawatomie County (Oklahoma) sales tax of April and May 2021 (www.news-star.com, two addresses)
  [
    NEWSSTAR_US_POTTAWATOMIE_APR_2021,
    "Treasurer Wendy Magnus reported this month's collections totaled $712,097.26, up from the same month a year ago when $647,754.99 was received –– an increase of $63,342.27.",
    [usd('712097.26'), usd('647754.99')],
  ],
  [
    NEWSSTAR_US_POTTAWATOMIE_MAY_2021,
    "Treasurer Wendy Magnus reported this month's collections totaled $907,793.80, up from the same month a year ago when $580,625.70 was received –– a substantial increase of $327,168.10.",
    [usd('907793.8'), usd('580625.7')],
  ],
  // United States, Lancaster County (Pennsylvania) hotel room rental tax of 2012 and 2013 (newslanc.com, two addresses)
  [
    NEWSLANC_US_LANCASTER_ROOM_TAX_2012,
    'According to the December, Year To Date, report from the Office of the County Treasurer, collections from the Hotel Room Rental Tax came to $8,678,128 in 2012.',
    [usd('8678128', { p: '2012' })],
  ],
  [
    NEWSLANC_US_LANCASTER_ROOM_TAX_2012,
    'This is $191,622 over receipts from 2011, or an increase of 2.2%.',
    [ch('rate 2.2 2011')],
  ],
  [
    NEWSLANC_US_LANCASTER_ROOM_TAX_SEP_2013,
    'The office of the County Treasurer reports that hotel room rental sales tax collected for 2013 through September amounts to $5,181,259.93, up from $5,050,954.56 during the same period in 2012.',
    [usd('5181259.93', { p: '2013-YTD-09' }), usd('5050954.56')],
  ],
  // United States, Cape Girardeau County (Missouri) sales and use tax of 2021 (www.semissourian.com)
  [
    SEMISSOURIAN_US_CAPE_SALES_TAX_2021,
    "For the year to date, the county's sales tax receipts are running about 1.8% ahead of 2020's record pace when the sales tax generated $7,791,131.24, several hundred thousand dollars more than any previous year.",
    [ch('rate 1.8 2020'), usd('7791131.24', { p: '2020' })],
  ],
  [
    SEMISSOURIAN_US_CAPE_SALES_TAX_2021,
    "Through the first five months of 2021, the county's use tax has generated $1,347,884.58.",
    [usd('1347884.58', { p: '2021-YTD-05' })],
  ],
  // United States, Minnesota school enrollment of 2012-13 (www.startribune.com)
  [
    STARTRIBUNE_US_MN_ENROLLMENT_2012,
    'According to preliminary data from the Minnesota Department of Education, state enrollment figures remained steady compared with 2011-12, decreasing from 839,426 students to 836,204 -- a drop of .38 percent.',
    [n('839426'), n('836204', { st: 'preliminary', ch: ['rate -0.38 *'] })],
  ],
  [
    STARTRIBUNE_US_MN_ENROLLMENT_2012,
    'Brooklyn Center saw one of the larger enrollment growths -- a 4.3 percent increase.',
    [ch('rate 4.3 *')],
  ],
  [
    STARTRIBUNE_US_MN_ENROLLMENT_2012,
    'According to preliminary reports, it experienced a 5 percent decrease in enrollment compared with 2011-12.',
    [{ st: 'preliminary', ch: ['rate -5 *'] }],
  ],
  // United States, District 196 (Minnesota) enrollment of October 2016 (www.rosemounttownpages.com)
  [
    ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016,
    "As of Monday, Oct. 3, District 196's overall enrollment was 28,182 students, 391 more students than reported in 2015.",
    [n('28182')],
  ],
  [
    ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016,
    'Student Information Supervisor Kim Ries told the District 196 School Board on Monday, Oct. 10, that the 1.4 percent enrollment increase is "nothing dramatic" and a figure the district anticipated.',
    [ch('rate 1.4 *')],
  ],
  [
    ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016,
    'The district predicted about 27,879 students, about 300 fewer students than actually enrolled.',
    [n('27879', { a: 'about', k: 'target' })],
  ],
  [
    ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016,
    'Students of color account for about 34.2 percent of overall enrollment, a slight increase over 2015.',
    [],
  ],
  [
    ROSEMOUNT_US_DISTRICT196_ENROLLMENT_2016,
    'The number of students who receive free or reduced-price meals is around 24.8 percent, a number that remained steady for 2015 but has been on the rise, more than doubling in the last 10 years.',
    [],
  ],
  // United States, Hawaii visitor spending and arrivals of August 2010 (gk.openjaw.xyz)
  [
    OPENJAW_HI_VISITORS_AUG_2010,
    'Visitor spend in August was up 30% year over year, due to higher average daily visitor spending and an 11.8% increase in total visitor arrivals to 680,496 visitors.',
    [ch(`rate 30 ${SPLY}`), n('680496', { ch: ['rate 11.8 *'] })],
  ],
  [
    OPENJAW_HI_VISITORS_AUG_2010,
    'Total arrivals by air rose 11.4%from August 2009 to 677,885 visitors, the ninth consecutive month of positive growth in air visitor arrivals since December 2009.',
    [n('677885', { ch: ['rate 11.4 2009-08'] })],
  ],
  [
    OPENJAW_HI_VISITORS_AUG_2010,
    "Total visitor expenditures for the first eight months of 2010 were $7.5 billion, an increase of 12.7% compared to the first eight months of 2009, according to preliminary statistics released by the Hawai'i Tourism Authority.",
    [usd('7500000000', { p: '2010-YTD-08', st: 'preliminary', ch: ['rate 12.7 2009-YTD-08'] })],
  ],
  // Zambia, copper output of 2023 and mining revenue (zambianobserver.com)
  [
    ZAMBIANOBSERVER_ZM_COPPER_2023,
    'In 2023, Zambia produced 698,000 tons of copper, the lowest in decades.',
    [tonne('698000', { p: '2023' })],
  ],
  [
    ZAMBIANOBSERVER_ZM_COPPER_2023,
    'In 2019 and 2020 copper production was way above 850,000 metric tonnes and with fair taxes(especially after making the mineral royalty tax non-deductible), the mining sector contributed an average of $1.1billion per year to the fiscuss.',
    [tonne('850000', { a: 'over' }), usd('1100000000')],
  ],
  [
    ZAMBIANOBSERVER_ZM_COPPER_2023,
    'Zambia is now the seventh-largest copper producer in the world and the second-largest in Africa, accounting for approximately 4 percent of global copper output.',
    [],
  ],
  // Botswana, diamond exports of the first three quarters of 2018 (www.mmegi.bw)
  [
    MMEGI_BW_DIAMONDS_Q3_2018,
    'According to the figures, exports of Botswana produced stones were measured at P8.8 billion in the first quarter, P7.5 billion in the second and P11.9 billion in the third quarter, which ended on September 30, 2018.',
    [n('8800000000', { p: '2018-Q1' }), n('7500000000', { p: '2018-Q2' }), n('11900000000', { p: '2018-Q3' })],
  ],
  [
    MMEGI_BW_DIAMONDS_Q3_2018,
    'Within the third quarter, exports were valued at P3.2 billion in July, P3.4 in August and P5.3 billion in September.',
    [n('3200000000'), n('3400000000'), n('5300000000')],
  ],
  [
    MMEGI_BW_DIAMONDS_Q3_2018,
    'For the year up to September 30, exports of locally produced diamonds were valued at P28.2 billion, compared to P36 billion for the full year in 2017.',
    [n('28200000000'), n('36000000000')],
  ],
  // Botswana, diamond exports of the second quarter of 2010 (palapye.wordpress.com, relaying Mmegi)
  [
    PALAPYE_BW_DIAMONDS_Q2_2010,
    'The value of Botswana’s diamond exports for the second quarter have come in marginally lower than the same period last year, with P4.49 billion worth of precious stones being sold between April and May.',
    [n('4490000000')],
  ],
  [
    PALAPYE_BW_DIAMONDS_Q2_2010,
    'The figure represents a 4.6 percent decline in Pula terms from the revenue earned from exports over the second quarter of 2009.',
    [ch('rate -4.6 2009-Q2')],
  ],
  [
    PALAPYE_BW_DIAMONDS_Q2_2010,
    'In US dollar terms, the decline is 0.83 percent, reflecting the Pula’s weaker position over the greenback in the second quarter.',
    [ch('rate -0.83 *')],
  ],
];

export const TEST47B_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test47b-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test47',
  facts,
}));
