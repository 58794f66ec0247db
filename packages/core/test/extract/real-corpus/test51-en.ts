import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-FIRST fresh set (`test51`), English part A (`test51b-en.ts`, `test51c-en.ts` and `test51-vi.ts` are other
 * builders' parts, only grepped for hosts and figures): sentences copied verbatim from the stored text the `pages`
 * search index returns, on press, trade-press, company, club, church and blog sites whose registrable domain starts
 * with a letter from a to l (no `.gov`, `.go.xx` or `.gob` host, ministry, central bank, statistics office or revenue
 * authority: those are the government builder's). This part is written by a builder who never read the extractor: the
 * extractor was never run on these sentences, `src/` was not read, and no benchmark or test was run on them.
 *
 * Hosts checked: before use and again just before committing, `grep -rilF '<name>'` over every file of `real-corpus/`
 * (this file excepted, the other test51 parts included) for americanbanker, irishtimes, independent.ie, csbj.com,
 * dailybusinessreview, e-malt, castlemalting, brauwelt, footballeconomy, deccanherald, grannyofftheroad, agropress and
 * firstcongmadison: no hit, except `irishtimes.com` named once in test51b-en's header among the a-to-l hosts it left
 * to this part (a name in a list, never an address or a sentence). Distinctive figures and phrases grepped too (`grep -rlF`): `assets jumped 7%`, `72.1
 * million`, `54.8 billion`, `to nearly $235 billion`, `to$9.7`, `477.2 billion`, `total for the year to €10.7`,
 * `receiving €6.2 billion`, `grew 8.5 per cent to €2.2`, `32.1bn`, `7.9bn`, `exports to the UK by 13pc`, `161bn`, `now
 * has assets of $2.7`, `quarter to $5.6 billion`, `Q3 of $5.64`, `net income of $37.6`, `set aside $14.8`, `22.3
 * billion`, `to $5.71 billion`, `$340 million`, `67.4 million`, `59.1%`, `gain (7.4%)`, `907.3`, `42.2 mln`, `226.9`,
 * `8.19 mln`, `51.49`, `94,000 tonnes`, `5.36 million`, `1.86 million`, `163,000`, `481,000`, `2.6 million hl`,
 * `£52,000`, `£267,000`, `£82,000`, `£148,000`, `five lakh`, `4.50 lakh`, `85 lakh litre`, `€1.3 million`, `10,800
 * people`, `4,000 bed`, `10-15 percent`, `97 percent of overseas`, `Rs 160 per kg this season`, `by 15% from 2010`,
 * `($175,000)`, `Sheshunoff`, `DKMUL`, `BCLDB`, `Clifden`, `Beck`: nothing; the bare figures `355 billion`, `235
 * billion`, `9.7 billion`, `10.7 billion`, `6.2 billion`, `2.2 billion`, `9.2bn`, `2.7 trillion`, `5.6 billion`, `5.64
 * billion`, `14.8 billion`, `5.71 billion`, `7.4%`, `85 lakh`, `10,800`, `97 percent`, `Rs 160`, `175,000` and the
 * phrase `increased by 14.6 per cent` hit other sentences of other pages (Saskatchewan's merchandise exports, a Chinese
 * lender's quarterly profit, Macau visitor spending, …), never these sentences.
 *
 * Sources (15 addresses on 13 registrable domains):
 * - United States, credit unions' assets, membership and loans of 1997 and a first half (www.americanbanker.com, two
 *   addresses), rows 1-6;
 * - Ireland, exports of Enterprise Ireland's client companies in 2005 (irishtimes.com), rows 7-11;
 * - Ireland, exports of Enterprise Ireland's client companies in 2022 and the Irish Exporters' Association's review of
 *   2010 (www.independent.ie, two addresses), rows 12-16;
 * - United States, the big banks' third quarter of 2017 (www.csbj.com, Colorado Springs Business Journal), rows 17-19;
 * - United States, the FDIC's Quarterly Banking Profile and the banks' third quarter (www.dailybusinessreview.com,
 *   relaying Bloomberg), rows 20-23;
 * - Canada, British Columbia beer sales of the year to 30 June 2014 (e-malt.com, relaying Business Vancouver), rows
 *   24-27;
 * - World, beer output and sales to July 2022 (castlemalting.com, a maltster's news page relaying e-malt and H. M.
 *   Gauger's report), rows 28-30;
 * - Germany, Beck's sales of 1999/2000 (brauwelt.com), rows 31-34;
 * - United Kingdom, a second-tier Conference football club's accounts (www.footballeconomy.com), rows 35-37;
 * - India, Karnataka: the Dakshina Kannada milk union's procurement of June 2020 (www.deccanherald.com), rows 38-41;
 * - Ireland, the Clifden Arts Festival's economic impact (grannyofftheroad.blogspot.com), rows 42-46;
 * - India, Goa: the cashew season in Canacona (agropress.com), row 47;
 * - United States, Madison (Wisconsin): a church's finances and pledge campaign of 2016 (www.firstcongmadison.org),
 *   rows 48-50.
 * Searched (exports, revenue collection against targets, tourist arrivals, port cargo, company half-year profits,
 * milk procurement, county sales tax, sugar crushing, airport traffic, electricity generation, coffee exports, gold
 * output, hotel occupancy, cashew, church giving, university enrollment, fundraising, cooperatives, football club
 * accounts, festivals, credit unions, bank earnings, Irish exports, beer and malt, tea) and left out: hosts already in
 * the corpus (adventuretrend, maritimetravel, biztimes, businessinsider, businesstoday, business-standard, livemint,
 * etvbharat, freightwaves, edairynews, finanznachrichten, foxbusiness, devdiscourse, awesummly, jctrans, azjournal,
 * boonevilledemocrat, norwalkreflector, chinimandi, centreforaviation, anba.com.br, cash.ch, skymetweather, gcrmag,
 * colombiaeconomica, arayaventurelab, kafina, comunicaffe, juniorminingnews, creamermedia, insidertracking, goldseiten,
 * e-mj.com, iset-pi, hospitalitynet, economicpolicyjournal, econ70, dtnext, foodmate, lsureveille, clipsheet,
 * cutimes, inkl.com, thefreelibrary, dailymail, and aba.com, whose registrable domain a grep finds in an earlier
 * file); m-to-z, government and intergovernmental hosts, left to the other builders; a mirror host whose registrable
 * domain is a content platform (www-diverseeducation-com.compat.mindfulcms.com, irishtimes' arcpublishing CDN copy);
 * hosts with no sentence stating a report figure (henry-williams.net, jasonmcneal.com, ejewishphilanthropy.com,
 * byrnepelofsky.com); and, to keep the set at 50 and hosts even, americanbanker's `Their assets jumped 9%` (it leans on
 * the sentence before) and `The 7% asset growth …, up from 6.3% in 1996` (growth rates of several years), irishtimes'
 * `growth of 5.4 per cent in UK exports and 6.9 per cent in Finland` and `Exports to the US rose by 13.6 per cent`,
 * independent's North America and 2022 totals, csbj's Wells Fargo earnings per share, dailybusinessreview's `57.5
 * percent of banks` sentence, castlemalting's Russian and Ukrainian sales and its U.S. barrels (`mln bbls.` cuts the
 * sentence), brauwelt's US sales, footballeconomy's `£21,000 in the previous twelve months`, its commercial revenue and its `£67,000` of donations, and
 * grannyofftheroad's `6.1 nights`.
 *
 * Counts: 50 rows, 61 facts, 5 rows that state no figure the extractor should read (10 %: americanbanker's `biggest
 * asset gains in five years` (no figure), irishtimes' quotation of Enterprise Ireland's chief executive (no figure),
 * independent's `a third of exports` (a share), grannyofftheroad's `10-15 percent busier` (a range) and `97 percent of
 * overseas tourists` (a share)), 15 addresses, 13 registrable domains, at most 5 rows per address and at most 6 per
 * registrable domain (americanbanker.com 6 on two addresses, independent.ie 5 on two).
 *
 * Whole sentences as stored. Slips kept: americanbanker's `to$9.7 billion` (no space); brauwelt's spaced percent signs
 * (`+ 3 %`, `7 %`) and its two spellings of the base year (`1998/1999`, `1998/99`); castlemalting's `mln hl` and `y/y`;
 * deccanherald's `five lakh litres milk` and `85 lakh litre milk` and the quotation opened and not closed (`He said,
 * “Following …`); agropress' `Goankar`; footballeconomy's `£17k`; independent's `pc` and `bn` glued to figures and its
 * en dashes; curly and straight apostrophes and quotes as stored (`Beck’s`, `country’s`, `Clifden’s`, `“Another …,”`;
 * `nation's`, `agency's`, `group's`, `Exporters'`, `"What …,"`).
 *
 * Annotated by hand from the sentence alone with the conventions of `test49b-en.ts`, `test49c-en.ts`, `test29-en.ts`
 * and `types.ts`. Changes: `on the prior year` (of a year's figure), `over the year-earlier period`, `from a year
 * earlier` and `y/y` are the same period last year; `from 2016 Q3` gives `2016-Q3`; `compared with the same quarter in
 * 2013` and `than in the same quarter in 2013` give the year `2013` (as test29 reads `compared to the same period in
 * 2017`); `from 2010 to 2016` gives the base `2010` and `above 2016 levels` `2016`; changes with no base (`jumped 7%`,
 * `by 10.36%`, `up 19pc`, `last year` without a comparison, `in the period`), on fiscal years (`over 1998/1999`) or
 * leaning on a base printed elsewhere are `*`. Comparison values after `from`, `than`, `far surpassing` and `of` after a
 * base (`from 2016 Q3 of $5.64 billion`) are values without period. Absolute differences (`swelled by more than two
 * million people`, `grew by €1.28 billion`, `a £17k increase`, `($175,000)` after a rate), shares (`a third`, `30 per
 * cent of these people`, `97 percent`), ranges (`Rs 90 to Rs 100`, `10-15 percent`) and class thresholds (`which
 * produce up to 1.5 million litres annually`, `who produced up to 1.5 million litres`) give no fact; counts that are
 * not indicators (`the now-20 member eurozone`, `the top 75 credit unions`, `in five years`) give none either. A figure
 * in words is a figure: `five lakh litres` is 500000. Bounds: `nearly`, `Almost`, `almost` are `under`; `more than` is
 * `over`; `around`, `About`, `approximately`, `about` are `about`. Targets: the IEA's `expects business to grow by
 * another 7.2pc this year` (a forecast of a later period, credited to another body) and the church plan's `will raise
 * church expenses by an additional 30% … above 2016 levels` are change-only facts with `k: 'target'`. Units: the
 * United States' `$` is `USD`; euros (`€`), pounds (`£`), Canadian dollars (`C$`), rupees (`Rs`, a price per kg),
 * hectolitres (`hl`, `mln hl`), litres, people, jobs, bed nights and members are values without a unit; `tonnes` is
 * `tonne`. Scales: `million` and `mln` 10^6, `billion` and `bn` 10^9, `trillion` 10^12, `lakh` 10^5 (`4.50 lakh`
 * 450000, `85 lakh` 8500000). Periods: `in 2005`, `During 2005` and `the total for the year` of a sentence naming 2005
 * `2005`; months and quarters without a year (`in July`, `January-July`, `in the third quarter`, `the year that ended
 * June 30`, `on June 9`), fiscal years (`In 1999/2000`), `last year`, `this year`, `annually`, spans (`from 2010 to
 * 2016`) and comparison values give none.
 *
 * Judgement calls: americanbanker's 7% and the loan growth rates name no base in their sentences (the page's `last
 * year` is a year-on-year comparison, but the sentences do not say so) and take `*`. irishtimes' `up 6.4 per cent` on
 * food and retail's €7 billion leans on no base of its own (`*`), unlike northern Europe's `on the prior year`. csbj's
 * `down 18.5 percent from 2016 Q3` puts the base on the quarter; the $4.6 billion `in the third quarter` keeps no period
 * (the year is only implied). e-malt's `in the year that ended June 30` gives no period (a year ending in June has no
 * period id) and `the same quarter in 2013` takes the year as its base, as test29 does; the 0.7% growth is on the
 * C$907.3 million with base `*`. castlemalting's `Malt production` is read as printed (Ukraine's, from the sentence
 * before), with the same period last year. grannyofftheroad's `boosts the local economy by €1.3 million` is an impact
 * amount, not a change of a value printed elsewhere, and is read as a value. agropress' `Rs 160 per kg` is a price per
 * kilogram without unit (as test49b reads `US$2,97 per kg`). firstcongmadison's two rates `from 2010 to 2016` are
 * change-only facts with base `2010` (the value is not printed); `this same period` repeats that base. deccanherald's
 * `reduced by 25%` has no base (`*`).
 *
 * Second pass (before the cut-off): every row read again against its sentence alone, field by field (value and scale,
 * unit, bound, completion, change form, amount and base, period, stage, target), with a small `tsx` script in a private
 * folder (`/tmp/test51-en/`) importing THIS FILE ONLY that prints each row's text beside its facts and counts rows,
 * facts, rows without facts, addresses and rows per registrable domain (50 rows, 61 facts, 5 rows without facts, 15 addresses, 13
 * registrable domains, at most 5 rows per address, 6 per registrable domain). Checked and kept: every scale (`mln`,
 * `bn`, `lakh`, `five lakh`, `trillion`), the `*` bases on changes without a base or on fiscal years, `2016-Q3`, the
 * year bases `2013`, `2010` and `2016`, the bounds (`nearly`, `Almost`, `almost`, `more than`, `around`, `About`,
 * `approximately`, `about`), the two change-only targets and the periods `2005`. Changed in the second pass: the script
 * counted 51 rows, so footballeconomy's donations row was dropped (50 rows, 4 to 3 for that address) and the source row
 * ranges renumbered; the header's fact count taken from the script (61, not the 65 first written); no row's facts
 * changed. Hosts and distinctive figures grepped again just before committing (the other test51 parts included).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const AMBANKER_US_CU_1997 =
  'https://www.americanbanker.com/news/credit-union-membership-up-strong-gains-in-assets-loans';
const AMBANKER_US_CU_HALF = 'https://www.americanbanker.com/news/in-brief-credit-union-assets-grew-89-in-half';
const IRISHTIMES_IE_EI_2005 = 'https://irishtimes.com/business/exports-rise-7-2-for-firms-getting-state-aid-1.1019757';
const INDEPENDENT_IE_EI_2022 =
  'https://www.independent.ie/business/irish/enterprise-ireland-backed-firms-saw-exports-rise-to-record-32bn-last-year-42439378.html';
const INDEPENDENT_IE_IEA_2010 =
  'https://www.independent.ie/business/irish/2010-best-ever-year-for-irish-exports-26611328.html';
const CSBJ_US_BANKS_Q3_2017 = 'https://www.csbj.com/2017/10/13/biggest-four-banks-announce-third-quarter-earnings/';
const DBR_US_FDIC_Q3 = 'http://www.dailybusinessreview.com/id=1202580209030';
const EMALT_CA_BC_BEER_2014 =
  'https://e-malt.com/NewsSrv.asp?ArticleID=26720&Command=ArticleShow&Template=IndustryNewsTemplate.htm';
const CASTLEMALTING_WORLD_BEER_2022 =
  'https://castlemalting.com/CastleMaltingNewsInpartnershipWithEmalt.asp?Command=View&ID=41777&Language=Romanian+';
const BRAUWELT_DE_BECKS_2000 = 'https://brauwelt.com/en/international-report/europe-russia/627573-early-warning-627573';
const FOOTBALLECONOMY_UK_CLUB = 'https://www.footballeconomy.com/how-to-balance-the-books/';
const DECCANHERALD_IN_DKMUL_2020 =
  'https://www.deccanherald.com/state/mangaluru/dakshina-kannada-cooperative-milk-union-procures-record-milk-per-day-at-5-lakh-litres-on-june-9-847902.html';
const GRANNY_IE_CLIFDEN_2016 = 'http://grannyofftheroad.blogspot.com/2016/07/clifden-arts-festival.html';
const AGROPRESS_IN_CASHEW = 'https://agropress.com/index.php/featured/spirited-start-cashew-season-india/';
const FIRSTCONG_US_MADISON_2016 = 'http://www.firstcongmadison.org/news/2016/sep/stepping-financial-facts-1';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // United States, credit unions' assets, membership and loans of 1997 (www.americanbanker.com)
  [
    AMBANKER_US_CU_1997,
    "With membership on the rise, the nation's credit unions last year posted their biggest asset gains in five years.",
    [],
  ],
  [
    AMBANKER_US_CU_1997,
    'Credit union assets jumped 7%, to $355 billion, as membership in the organizations swelled by more than two million people, to 72.1 million, according to data from Sheshunoff Information Services.',
    [usd('355000000000', { ch: ['rate 7 *'] }), n('72100000')],
  ],
  [
    AMBANKER_US_CU_1997,
    'The top 75 credit unions boosted loan holdings by 10.36%, to $54.8 billion.',
    [usd('54800000000', { ch: ['rate 10.36 *'] })],
  ],
  [
    AMBANKER_US_CU_1997,
    'Loans at all credit unions climbed 10.88%, to nearly $235 billion.',
    [usd('235000000000', { a: 'under', ch: ['rate 10.88 *'] })],
  ],
  [
    AMBANKER_US_CU_1997,
    'The largest, Navy Federal Credit Union, grew 8.33%, to$9.7 billion.',
    [usd('9700000000', { ch: ['rate 8.33 *'] })],
  ],
  // United States, federally insured credit unions' first half (www.americanbanker.com)
  [
    AMBANKER_US_CU_HALF,
    'Assets jumped to $477.2 billion, the National Credit Union Administration report said.',
    [usd('477200000000')],
  ],
  // Ireland, exports of Enterprise Ireland's client companies in 2005 (irishtimes.com)
  [
    IRISHTIMES_IE_EI_2005,
    'Irish companies supported by Enterprise Ireland saw their exports increase by 7.2 per cent last year, bucking the trend of earlier years and surpassing export growth from other European states.',
    [ch('rate 7.2 *')],
  ],
  [
    IRISHTIMES_IE_EI_2005,
    "According to the State agency's annual report, exports grew by €1.28 billion in 2005, bringing the total for the year to €10.7 billion.",
    [n('10700000000', { p: '2005' })],
  ],
  [
    IRISHTIMES_IE_EI_2005,
    '"What has been achieved by Irish companies is remarkable," said Frank Ryan, the group\'s chief executive.',
    [],
  ],
  [
    IRISHTIMES_IE_EI_2005,
    'During 2005, northern Europe held its position as the largest recipient of Irish exports, receiving €6.2 billion worth of goods, up 6.4 per cent on the prior year.',
    [n('6200000000', { p: '2005', ch: [`rate 6.4 ${SPLY}`] })],
  ],
  [
    IRISHTIMES_IE_EI_2005,
    'Industrial and life sciences grew 8.5 per cent to €2.2 billion, while food and retail held onto its position as the largest export sector, achieving €7 billion in exports, up 6.4 per cent.',
    [n('2200000000', { ch: ['rate 8.5 *'] }), n('7000000000', { ch: ['rate 6.4 *'] })],
  ],
  // Ireland, exports of Enterprise Ireland's client companies in 2022 (www.independent.ie)
  [
    INDEPENDENT_IE_EI_2022,
    'Companies backed by state agency Enterprise Ireland saw their highest ever export growth last year, with sales up 19pc to €32.1bn.',
    [n('32100000000', { ch: ['rate 19 *'] })],
  ],
  [
    INDEPENDENT_IE_EI_2022,
    'Exports to the now-20 member eurozone – Croatia officially joined in January – grew the fastest, up 28pc to €7.9bn, according to new figures published by Enterprise Ireland ahead of an event on Wednesday.',
    [n('7900000000', { ch: ['rate 28 *'] })],
  ],
  [
    INDEPENDENT_IE_EI_2022,
    'They grew their exports to the UK by 13pc last year to €9.2bn.',
    [n('9200000000', { ch: ['rate 13 *'] })],
  ],
  [INDEPENDENT_IE_EI_2022, 'The UK accounts for a third of exports by Enterprise Ireland-backed companies.', []],
  // Ireland, exports of 2010 and the exporters' association's outlook for 2011 (www.independent.ie)
  [
    INDEPENDENT_IE_IEA_2010,
    "Companies traded €161bn worth of goods and services with overseas buyers last year and the Irish Exporters' Association (IEA) expects business to grow by another 7.2pc this year.",
    [n('161000000000'), { ch: ['rate 7.2 *'], k: 'target' }],
  ],
  // United States, the big banks' third quarter of 2017 (www.csbj.com)
  [
    CSBJ_US_BANKS_Q3_2017,
    'Bank of America, the second largest bank in the United States behind JPMorgan Chase, now has assets of $2.7 trillion.',
    [usd('2700000000000')],
  ],
  [
    CSBJ_US_BANKS_Q3_2017,
    'Bank of America reported a net income increase of 13 percent in the third quarter to $5.6 billion, with average earnings per share increasing 17 percent to $0.48.',
    [usd('5600000000', { ch: ['rate 13 *'] }), usd('0.48', { ch: ['rate 17 *'] })],
  ],
  [
    CSBJ_US_BANKS_Q3_2017,
    'Wells Fargo, the country’s third biggest bank, reported net income of $4.6 billion in the third quarter, down 18.5 percent from 2016 Q3 of $5.64 billion.',
    [usd('4600000000', { ch: ['rate -18.5 2016-Q3'] }), usd('5640000000')],
  ],
  // United States, the FDIC's Quarterly Banking Profile of a third quarter (www.dailybusinessreview.com, relaying Bloomberg)
  [
    DBR_US_FDIC_Q3,
    'U.S. banks had net income of $37.6 billion in the third quarter, a 6.6 percent increase over the year-earlier period as operating revenue grew the most in three years, the Federal Deposit Insurance Corp. said.',
    [usd('37600000000', { ch: [`rate 6.6 ${SPLY}`] })],
  ],
  [
    DBR_US_FDIC_Q3,
    'Lenders set aside $14.8 billion for bad loans, and the $22.3 billion in charge-offs showed declines in all categories except residential real estate.',
    [usd('14800000000'), usd('22300000000')],
  ],
  [
    DBR_US_FDIC_Q3,
    'New York-based JPMorgan Chase & Co., the biggest bank by assets, said its third-quarter profit grew 34 percent from a year earlier to $5.71 billion, largely on mortgage revenue.',
    [usd('5710000000', { ch: [`rate 34 ${SPLY}`] })],
  ],
  [
    DBR_US_FDIC_Q3,
    'Charlotte, North Carolina-based Bank of America Corp., the second-biggest bank, said its income fell 95 percent in the period to $340 million because of litigation expenses and an accounting charge.',
    [usd('340000000', { ch: ['rate -95 *'] })],
  ],
  // Canada, British Columbia beer sales of the year to 30 June 2014 (e-malt.com, relaying Business Vancouver)
  [
    EMALT_CA_BC_BEER_2014,
    'Small domestic breweries, which produce up to 1.5 million litres annually, generated C$67.4 million in the year that ended June 30, far surpassing the C$47 million that they generated in the year that ended June 30, 2013, according to the BCLDB.',
    [n('67400000'), n('47000000')],
  ],
  [
    EMALT_CA_BC_BEER_2014,
    'Microbrewers who produced up to 1.5 million litres in the three months ended June 30 sold 59.1% more beer than in the same quarter in 2013.',
    [ch('rate 59.1 2013')],
  ],
  [
    EMALT_CA_BC_BEER_2014,
    'Big brewers also chalked up a gain (7.4%) in the quarter thanks to an overall rise in beer sales during the quarter.',
    [ch('rate 7.4 *')],
  ],
  [
    EMALT_CA_BC_BEER_2014,
    'Whereas the C$907.3 million in overall domestic beer sales in the year that ended June 30 is relatively flat, enjoying 0.7% growth, domestic beer sales in the quarter that ended June 30 were up 10.28% compared with the same quarter in 2013.',
    [n('907300000', { ch: ['rate 0.7 *'] }), ch('rate 10.28 2013')],
  ],
  // World, beer output and sales to July 2022 (castlemalting.com, relaying e-malt and H. M. Gauger)
  [
    CASTLEMALTING_WORLD_BEER_2022,
    'Chinese beer output totalled 42.2 mln hl in July, plus 10.8% y/y; January-July volume was 226.9 mln hl, minus 0.5% y/y.',
    [n('42200000', { ch: [`rate 10.8 ${SPLY}`] }), n('226900000', { ch: [`rate -0.5 ${SPLY}`] })],
  ],
  [
    CASTLEMALTING_WORLD_BEER_2022,
    'German beer sales were 8.19 mln hl in July, minus 4.9% y/y, January-July volume reached 51.49 mln hl, plus 2.3% y/y.',
    [n('8190000', { ch: [`rate -4.9 ${SPLY}`] }), n('51490000', { ch: [`rate 2.3 ${SPLY}`] })],
  ],
  [
    CASTLEMALTING_WORLD_BEER_2022,
    'Malt production in January-July reached 94,000 tonnes, minus 31% y/y.',
    [tonne('94000', { ch: [`rate -31 ${SPLY}`] })],
  ],
  // Germany, Beck's sales of 1999/2000 (brauwelt.com)
  [
    BRAUWELT_DE_BECKS_2000,
    'In 1999/2000, Beck’s Brewery sold more than 5.36 million hl of beer, of which 4.4 million hl were the Beck’s brand.',
    [n('5360000', { a: 'over' }), n('4400000')],
  ],
  [
    BRAUWELT_DE_BECKS_2000,
    'Only 1.86 million hl of Beck’s were sold domestically (+ 3 % over 1998/1999).',
    [n('1860000', { ch: ['rate 3 *'] })],
  ],
  [
    BRAUWELT_DE_BECKS_2000,
    'While export volumes went up 7 %, volumes of Beck’s produced under licence declined dramatically to 163,000 hl from 481,000 hl in 1998/99.',
    [ch('rate 7 *'), n('163000'), n('481000')],
  ],
  [BRAUWELT_DE_BECKS_2000, 'Almost 2.6 million hl were exported.', [n('2600000', { a: 'under' })]],
  // United Kingdom, a second-tier Conference club's accounts (www.footballeconomy.com)
  [
    FOOTBALLECONOMY_UK_CLUB,
    'The club reported profits of £52,000 on a turnover of £267,000 in the year ending 30 June.',
    [n('52000'), n('267000')],
  ],
  [
    FOOTBALLECONOMY_UK_CLUB,
    'Promotion to the second tier boosted crowds and programme sales, and together with higher admission prices, saw a £17k increase on match day revenues to £82,000.',
    [n('82000')],
  ],
  [
    FOOTBALLECONOMY_UK_CLUB,
    'However, playing at a higher level pushed the wage and expenses bill up to £148,000.',
    [n('148000')],
  ],
  // India, Karnataka: the Dakshina Kannada milk union's procurement of June 2020 (www.deccanherald.com)
  [
    DECCANHERALD_IN_DKMUL_2020,
    'The Dakshina Kannada Cooperative Milk Union Ltd (DKMUL) has procured record five lakh litres milk on June 9.',
    [n('500000')],
  ],
  [
    DECCANHERALD_IN_DKMUL_2020,
    'The DKMUL was normally procuring around 4.50 lakh litres of milk per day from its members.',
    [n('450000', { a: 'about' })],
  ],
  [
    DECCANHERALD_IN_DKMUL_2020,
    'He said, “Following the lockdown to check the spread of COVID-19, the demand for milk had reduced by 25%.',
    [ch('rate -25 *')],
  ],
  [
    DECCANHERALD_IN_DKMUL_2020,
    'About 85 lakh litre milk is collected across the state by various milk unions.',
    [n('8500000', { a: 'about' })],
  ],
  // Ireland, the Clifden Arts Festival's economic impact (grannyofftheroad.blogspot.com)
  [
    GRANNY_IE_CLIFDEN_2016,
    'Clifden’s Arts Festival boosts the local economy by €1.3 million and creates approximately 40 jobs during the festival period, according to a recent Research and Economic Impact Study.',
    [n('1300000'), n('40', { a: 'about' })],
  ],
  [
    GRANNY_IE_CLIFDEN_2016,
    'The prestigious festival attracts around 10,800 people annually; 30 per cent of these people are locals, 35 per cent are Irish visitors mainly from Dublin and Galway and 35 per cent are overseas tourists travelling primarily from the US, Great Britain, France and Germany.',
    [n('10800', { a: 'about' })],
  ],
  [GRANNY_IE_CLIFDEN_2016, 'Overall, the festival generates almost 4,000 bed nights.', [n('4000', { a: 'under' })]],
  [
    GRANNY_IE_CLIFDEN_2016,
    'Another local noted that sales are 10-15 percent busier than the week before the festival.',
    [],
  ],
  [
    GRANNY_IE_CLIFDEN_2016,
    'After attending the Clifden Arts Festival, 97 percent of overseas tourists stated that they would come back to the festival.',
    [],
  ],
  // India, Goa: the cashew season in Canacona (agropress.com)
  [
    AGROPRESS_IN_CASHEW,
    '“Another reason why they are upbeat is the rate of cashew nut which is Rs 160 per kg this season as compared to Rs 90 to Rs 100 during the previous season,” said Goankar.',
    [n('160')],
  ],
  // United States, Madison (Wisconsin): a church's finances of 2016 (www.firstcongmadison.org)
  [
    FIRSTCONG_US_MADISON_2016,
    'Did you know that church expenses have increased by 15% from 2010 to 2016, but pledge income has increased by only 10% over this same period?',
    [ch('rate 15 2010'), ch('rate 10 2010')],
  ],
  [
    FIRSTCONG_US_MADISON_2016,
    'Our plan to finish our renewal projects, fund the increase in property repair and maintenance, and create a balanced annual budget will raise church expenses by an additional 30% ($175,000) above 2016 levels.',
    [{ ch: ['rate 30 2016'], k: 'target' }],
  ],
  [
    FIRSTCONG_US_MADISON_2016,
    'Did you know that the average pledge amounts to about $9 a day?',
    [usd('9', { a: 'about' })],
  ],
];

export const TEST51_EN: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test51-en-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  split: 'test51',
  facts,
}));
