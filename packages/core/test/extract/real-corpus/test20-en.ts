import type { RealFact, RealSentence } from './types';

/**
 * The TWENTIETH fresh set (`test20`), English part A (`test20b-*.ts` are another builder's part, not read):
 * sentences copied verbatim from the stored text the `pages` search index returns for pages on sites absent
 * from every earlier file (each domain and a distinctive figure grepped in every file of `real-corpus/` with
 * `--exclude='test20*'`) — construction contractors (Hoa Binh's plans of 2022, Construction Dive), electric
 * vehicles and motorbikes (VinFast's deliveries of the second quarter of 2023, TODAY and WRAL TechWire, and of
 * the third quarter of 2023, evinsightdata.com, and of the third quarter of 2024, americanewsdigest.com; the
 * second quarter of 2023 also in The Sun, Malaysia, thebharatexpressnews.com and todayheadline.co; Vietnam's motorbike market in 2014, autonet.com.vn, and in
 * May 2019, motorcyclesdata.com), chemicals and plastics (An Phat Holdings' and An Phat Bioplastics' releases
 * on the first half of 2021 and the extraordinary meeting of December 2020, anphatholdings.com; Duc Giang
 * Chemicals as of September 2025, vanthelearner.com), animal feed and pork (PIC's deal with GreenFeed,
 * pig333.com; Cargill's Binh Duong mill, WATTAgNet; CJ Vina Agri's Dong Nai mill, feedmachinery.com),
 * 2014–2025, 15 sites. Searched for and left out because every page with figures was on an outlet an earlier
 * set read: Coteccons, Ricons, Dabaco, Masan MEATLife, Binh Minh Plastics, Kinh Bac City, IDICO, Becamex and
 * Honda Vietnam's own results (theinvestor.vn, vietnamnews, vietstock, vietnamplus, vnexpress, vir, bizhub,
 * einpresswire, nna.jp, vietreader, qdnd, stockbiz, gtjai, xe.today, vnnow, diendandoanhnghiep); stockanalysis
 * income-statement tables are not prose. Industrial-park developers have no row. This part is short of its
 * brief: 114 rows, 101 facts, and 43 rows that yield nothing (more than the brief's ≈10 %: whole passages were
 * kept and the time to find more figure sentences ran out; the lead may trim them).
 *
 * Whole passages as stored, every figure sentence kept with the sentences around them that state no figure
 * or only dates, ordinals, shares, ranges and names with numbers (`mining areas 19B and 25`, `areas 20, 22,
 * and 23`, `12th animal nutrition facility`, `Tuesday, November 6`); sentences cut off by the end of the stored
 * text (`while the parent company s`) are left out; headlines that state a figure are rows of their own. Slips
 * of the source are kept: `53per cent`, `2.17per cent`, `(~$ 5.9)`, `(~$ 2.2)`, `compares to the`, `the the
 * self-supply`, `MInister of Transportations`, `all others top player have lost`, `USD$20 million`, the dots
 * as thousands separators of `354.223 units`, `368.000 units`, `633.622 units`. Dropped as tags: Construction
 * Dive's list dashes (`- With its sights set …`).
 *
 * Annotated by hand from the sentence alone with the conventions of `test19b-en.ts`, `test18-en.ts` and
 * `types.ts`: `year-over-year`, `over the same period last year`, `than the same period last year` and `from
 * the correspondent month last year` are the same period last year; `quarter-over-quarter` and `from the first
 * quarter` (of a second quarter) the previous period; `compared to 2013` the year; bare changes (`up 69%`,
 * `increases by 29%`) and `compared to the previous year` are `*`. `over`, `more than` lower bounds, `nearly`
 * an upper bound, `roughly`, `about` approximations (a bound on a change has no field). `VND … billion` is
 * `VND`, `$`, `US$`, `USD$` `USD`; conversions in brackets (`(~$ 139 million)`, `(VND 350 billion)`) are left
 * out; `tons`, `MT`, `tonnes` are `tonne`; vehicles, units, deliveries, countries, sows and square metres are
 * values without a unit, as are share prices (`$17.50`, as `test18b-en.ts` reads them). The level of a named
 * margin is a value in `percent` (`Gross profit margin … reached 10.9%`); shares (`over 97% of the total
 * market`, `around 70% of the country’s production capacity`, `23.4% of total market share`), ranges (`1.9-2%`)
 * and ratios of an issue (`at the rate of 40%`) are no facts. `only 6% of its total annual goal` is a
 * completion. Goals, plans and what a company `will` do are targets (`goal to … elevate … profits to $1
 * billion`, `plans $1.2 billion investment`, the plant's raised investment and capacity). Periods: `by 2032`
 * the year, `the first six months of 2023` and `the first half of 2021` `H1`, `in 2014` the year, `year to date
 * figures` of `May 2019` `2019-YTD-05`, `(2023)` after an export value the year; `the third quarter of the
 * year`, `this year`, `in the quarter` give none.
 *
 * Judgement calls: number words are no facts, for values and changes alike (`quadruple its profits`, `more than
 * fivefold jump`, `more than triple in value`, `More than half`), so the TODAY headline yields nothing; a change
 * `from X to Y` gives Y only (`increased from 19.3% to 27%`, `from VND 97 billion … to VND 132 billion`, `from
 * 20,000 tons … to 30,000 tons`, `from 5 countries (2019) to 20 countries`), and the margin `compares to the
 * 10.1% in the same period last year` gives the 10.1 as a value of its own (a level stated for the base
 * period). Where a first figure's change (`up 69%;`) is followed by one that carries `over the same period
 * last year`, the first is `*` (test19b's ruling). A base stated with its own period is a value of its own (`up 5.2
 * percent from the 9,535 EVs delivered in the second quarter`, `over the 10,182 units delivered in the second
 * quarter, and … than the 13,253 e-scooters it delivered a year ago`), unlike the start of `increased from X
 * to Y`. The Sun's `for US$10 per share` is a price, a value; evinsightdata's `dropping below $10` a threshold,
 * no fact; `a high of $82` a price, a value. The VinFast delivery of `21,912` carries both changes; `Its
 * shares have fallen about 53per cent since debut` is a change-only fact, `lost 2.17per cent to US$17.15` a
 * share price with its change. PIC's `estimated at 4m sows` is a value with the stage `estimate`; `23kg per
 * head` a value without a unit. The autonet rows count units sold, not a share, so `nearly 1.91 million Honda
 * units` is a bounded value. Dates: pig333, WATTAgNet and feedmachinery give no date in the stored text (their
 * plants opened in 2015–2017 by the news they cite); autonet's page is dated 23/01/2015.
 *
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address (searched
 * once); a second search with each page's own figures brought back the stored text of 6 of the 17 addresses
 * and in it 59 of the 114 rows word for word (Construction Dive 10, americanewsdigest 10, TODAY 6, WRAL 8,
 * An Phat Bioplastics 12, An Phat Holdings 13); the other 11 pages were not searched again for lack of time.
 *
 * The second annotator's check (2 December 2026): of the 55 rows on the 11 addresses the builder had not
 * searched again, 38 were found word for word in the stored text a new `pages` search returned for their own
 * address (The Sun 5, thebharatexpressnews 5, todayheadline 2, vanthelearner 4, An Phat's meeting 6, dated
 * 31/12/2020, motorcyclesdata 6, pig333 3, WATTAgNet 3, feedmachinery 4), compared by machine with a transcript:
 * no copying slip, no wrong address. autonet's 8 rows and evinsightdata's 9 were not found: six searches each,
 * with the headline, the page's own sentences and figures, brought back neither address (other outlets carry the
 * same figures: `153`, `137`, `40,000-50,000`, `7,400`); the rows stay, unconfirmed. Verbatim confirmed: 97 of
 * 114 (59 by the builder, 38 here; part A 150 of 167 with `test20-vi.ts`'s 53). Every row's facts read against
 * its sentence alone and the conventions of `test19b-en.ts` and `test18-en.ts`: no row changed. The judgement
 * calls stand, each as a released file reads its like: `dropping below $10` a threshold (`test19b-en.ts`:
 * thresholds are no facts), `estimated at 4m sows` the stage `estimate` (`test18-en.ts`: `was estimated at`),
 * `23kg per head` a value without a unit (`test18b-vi.ts`: `kg` has none), `compared to the previous year` `*`
 * (`test19b-en.ts`), the share price `$82` and the market values with their own periods values of their own, the
 * 10.1 % margin of the same period last year a value, and the plant's raised investment and capacity targets (a
 * proposal put to a meeting still to be held).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const CONSTRUCTIONDIVE_HOABINH_2022 =
  'https://constructiondive.com/news/vietnam-based-contractor-enters-us-canadian-markets-with-lofty-goals/624176';
const AMERICANEWSDIGEST_VINFAST_Q3 =
  'https://americanewsdigest.com/finance-news/vinfast-auto-stock-soared-nearly-12-tuesday/';
const TODAYONLINE_VINFAST_Q2_2023 =
  'https://www.todayonline.com/world/vinfasts-second-quarter-deliveries-jump-over-fivefold-sequentially-2257521';
const WRAL_VINFAST_Q2_2023 =
  'https://wraltechwire.com/2023/09/20/vinfast-reports-big-jump-in-ev-sales-but-more-than-half-were-to-a-sister-company/';
const EVINSIGHT_VINFAST_Q3_2023 =
  'https://evinsightdata.com/vinfast-posts-1-4b-loss-despite-growing-q3-deliveries-to-10000-evs';
const THESUN_VINFAST_Q2_2023 =
  'https://www.thesundaily.my/business/vinfast-s-q2-deliveries-jump-over-fivefold-from-previous-quarter-LF11507185';
const BHARAT_VINFAST_Q2_2023 =
  'https://thebharatexpressnews.com/vinfasts-q2-deliveries-increase-fivefold-sequentially/';
const TODAYHEADLINE_VINFAST_Q2_2023 = 'https://todayheadline.co/vinfasts-second-quarter-deliveries-jump-over-fivefold/';
const VANTHELEARNER_DGC_2025 =
  'https://www.vanthelearner.com/post/the-dominance-of-vietnam-in-yellow-phosphorus-based-chemicals-duc-giang-chemicals';
const ANPHAT_AAA_Q2_2021 =
  'https://anphatholdings.com/en/news/news-about-subsidiaries/aaas-second-quarter-profit-increases-by-54-thanks-to-plastic-resins-and-additives-segment.html';
const ANPHAT_APH_H1_2021 =
  'https://anphatholdings.com/en/news/news-about-aph/an-phat-holdings-profit-reaches-vnd-139-billion-in-the-first-half-of-2021-increases-by-29.html';
const ANPHAT_EGM_2020 =
  'https://anphatholdings.com/en/news/news-about-aph/an-phat-holdings-extraordinary-general-shareholders-meeting-submit-plan-to-raise-capital-to-increase-ownership-at-an-phat-bioplastics-aaa.html';
const MOTORCYCLESDATA_VN_2019 = 'https://motorcyclesdata.com/2019/06/14/vietnam-motorcycles/';
const AUTONET_MOTORBIKE_2014 = 'https://autonet.com.vn/en/news/thi-truong-xe-may-giam-nam-thu-3-lien-tiep/';
const PIG333_PIC_GREENFEED = 'https://pig333.com/company_news/pic-announces-new-business-development-in-vietnam_4231';
const WATTAGNET_CARGILL =
  'https://www.wattagnet.com/broilers-turkeys/nutrition-feed/article/15526687/cargill-opens-its-largest-feed-mill-in-vietnam-wattagnet';
const FEEDMACHINERY_CJ = 'https://feedmachinery.com/news/asia/cj-vina-agri-opens-usd20-million-feed-mill-5401';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

export const TEST20_EN_ROWS: readonly Row[] = [
  // Hoa Binh Construction's plans, 2022 (Construction Dive)
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'With its sights set on the Lone Star state, Vietnamese contractor Hoa Binh Construction has ambitious goals that include growing its profit and revenue by working with — and potentially acquiring — construction firms in the U.S. and Canada.',
    [],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'The move is part of Chairman Le Viet Hai’s goal to hugely elevate the company’s annual profits to $1 billion and revenue to $20 billion by 2032, Vietnamese news site VNExpress first reported.',
    [goal(usd('1000000000', { p: '2032' })), goal(usd('20000000000', { p: '2032' }))],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'Hoa Binh will open offices in an unnamed city in Texas and Brisbane and Sydney, Australia this quarter, David Martin, director of Hoa Binh’s international business department told Construction Dive.',
    [],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'The company will also open an office in Ontario in the near future, Martin told Construction Dive.',
    [],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'The Vietnamese contractor has a goal to quadruple its profits this year to $15.2 million (VND 350 billion), and grow its revenue to $762 million.',
    [goal(usd('15200000')), goal(usd('762000000'))],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'Hoa Binh ended the first quarter with roughly $871,000 in profits, only 6% of its total annual goal, VNExpress reported.',
    [usd('871000', { a: 'about', c: '6' })],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'Company General Director Le Viet Hieu reportedly told shareholders that Hoa Binh won bids worth $405 million in the quarter, indicating that the company could be on track for that type of growth.',
    [usd('405000000')],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'Hoa Binh, located in Ho Chi Minh City and established in 1987, believes it can enter the U.S. commercial construction market by leveraging its access to cheaper materials and a large number of easily mobilized workers.',
    [],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'The contractor — which builds large-scale civil, industrial, hotel, multifamily and infrastructure projects in Vietnam — owns several plants there where it creates its own materials, such as glass, steel, cement and stone.',
    [],
  ],
  [
    CONSTRUCTIONDIVE_HOABINH_2022,
    'Martin said the company intends to ship its materials overseas and that a handful of executives will relocate to North America to work in the construction management side of finding and building projects.',
    [],
  ],
  // VinFast's deliveries in the third quarter of 2024 (americanewsdigest.com)
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'VinFast (VFS) recently released its delivery figures, which were positively received by the market.',
    [],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'The company’s share price increased by nearly 12% following the announcement, significantly outperforming the S&P 500 index, which remained relatively flat.',
    [ch('rate 12 *')],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'VinFast reported a total delivery of 21,912 electric vehicles (EVs) in the third quarter of the year, marking a substantial year-over-year growth of 116% and a quarter-over-quarter increase of 66%.',
    [n('21912', { ch: [`rate 116 ${SPLY}`, `rate 66 ${PREV}`] })],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'This success was largely due to robust sales in its domestic market, particularly in Vietnam, where the company delivered over 9,300 vehicles in September alone.',
    [n('9300', { a: 'over' })],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'This achievement marked the first time a Vietnamese EV maker outperformed all international competitors to secure the top position.',
    [],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'VinFast also announced that it would release its financial results for the third quarter before the market opens on Tuesday, November 6.',
    [],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'Following its U.S. initial public offering (IPO) last year, VinFast was initially a popular stock, though investor interest waned due to a significant loss in the second quarter.',
    [],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'However, the latest delivery figures are likely to renew investor interest in the company.',
    [],
  ],
  [
    AMERICANEWSDIGEST_VINFAST_Q3,
    'Despite the growth, investors are reminded that VinFast has yet to establish consistent profitability and is undergoing expensive expansion efforts outside of Vietnam.',
    [],
  ],
  [AMERICANEWSDIGEST_VINFAST_Q3, 'Nonetheless, it remains a noteworthy player in the EV market.', []],
  // VinFast's deliveries in the second quarter of 2023 (TODAY)
  [TODAYONLINE_VINFAST_Q2_2023, "Vinfast's second-quarter deliveries jump over fivefold sequentially", []],
  [
    TODAYONLINE_VINFAST_Q2_2023,
    'Vietnamese electric-vehicle maker Vinfast said on Monday it delivered 9,535 vehicles in the second quarter, recording a more than fivefold jump from the first quarter.',
    [n('9535')],
  ],
  [TODAYONLINE_VINFAST_Q2_2023, 'It reported 11,315 deliveries for the first half of this year.', [n('11315')]],
  [
    TODAYONLINE_VINFAST_Q2_2023,
    "Vinfast's blockbuster debut on Wall Street in August saw its shares more than triple in value, but the company's small amount of publicly available shares has made the stock prone to volatility.",
    [],
  ],
  [
    TODAYONLINE_VINFAST_Q2_2023,
    'Its shares have fallen about 53per cent since debut and lost 2.17per cent to US$17.15 in premarket trading on Monday.',
    [ch('rate -53 *'), n('17.15', { ch: ['rate -2.17 *'] })],
  ],
  [TODAYONLINE_VINFAST_Q2_2023, 'Vinfast said it will report its second-quarter results on Sept. 21.', []],
  // VinFast's second quarter of 2023 (WRAL TechWire)
  [
    WRAL_VINFAST_Q2_2023,
    'RALEIGH – VinFast’s fledgling electric vehicle business delivered sales of more than 9,500 vehicles in the second quarter of this year – a more than 400% increase from the first quarter – but the news comes with a caveat.',
    [n('9500', { a: 'over', ch: [`rate 400 ${PREV}`] })],
  ],
  [
    WRAL_VINFAST_Q2_2023,
    'More than half of the 11,315 vehicles delivered through the first six months of 2023 were sent to Green and Smart Mobility, or GSM, which is part of VinFast corporate parent Vingroup.',
    [n('11315', { p: '2023-H1' })],
  ],
  [WRAL_VINFAST_Q2_2023, 'GSM is a rental and taxi firm.', []],
  [WRAL_VINFAST_Q2_2023, 'Reuters first reported the overall sales.', []],
  [WRAL_VINFAST_Q2_2023, 'The company will report quarterly earnings on Thursday.', []],
  [WRAL_VINFAST_Q2_2023, 'VinFast (VFS) shares traded down Wednesday at $17.50 in midday trading.', [n('17.5')]],
  [WRAL_VINFAST_Q2_2023, 'VinFast is building a mammoth manufacturing plant in Chatham County.', []],
  [
    WRAL_VINFAST_Q2_2023,
    'VinFast plans $1.2 billion investment including factory in Indonesia',
    [goal(usd('1200000000'))],
  ],
  // VinFast's second quarter of 2023 (The Sun, Malaysia, 19 September 2023)
  [
    THESUN_VINFAST_Q2_2023,
    'NEW YORK: Vietnamese electric-vehicle maker VinFast said on Monday (Sept 18) it had delivered 9,535 vehicles in the second quarter, recording a more than fivefold jump from the first quarter.',
    [n('9535')],
  ],
  [
    THESUN_VINFAST_Q2_2023,
    'The company, whose US-listed shares fell 1.2% on Monday, reported 11,315 deliveries for the first half of this year.',
    [ch('rate -1.2 *'), n('11315')],
  ],
  [
    THESUN_VINFAST_Q2_2023,
    'Its market capitalisation, which was US$160 billion – more than General Motors, Ford Motor and Volkswagen combined – in the weeks following its merger with a blank-cheque firm, fell to US$40.4 billion (RM189.49 billion) on Monday.',
    [usd('160000000000'), usd('40400000000')],
  ],
  [
    THESUN_VINFAST_Q2_2023,
    'VinFast was valued at US$23 billion after special purpose acquisition company Black Spade Acquisition agreed to acquire the firm for US$10 per share.',
    [usd('23000000000'), n('10')],
  ],
  [
    THESUN_VINFAST_Q2_2023,
    'The company is almost entirely controlled by Pham Nhat Vuong, Vietnam’s richest man and founder of its parent conglomerate Vingroup, with a stake of about 99.7%, according to a filing.',
    [],
  ],
  // VinFast's second quarter of 2023 (thebharatexpressnews.com, after Reuters)
  [
    BHARAT_VINFAST_Q2_2023,
    '(Reuters) -Vietnamese electric vehicle maker VinFast said on Monday it had delivered 9,535 vehicles in the second quarter, a more than fivefold increase from the first quarter.',
    [n('9535')],
  ],
  [
    BHARAT_VINFAST_Q2_2023,
    'The company, whose U.S.-listed shares fell 1.2% on Monday, reported 11,315 deliveries for the first half of this year.',
    [ch('rate -1.2 *'), n('11315')],
  ],
  [
    BHARAT_VINFAST_Q2_2023,
    'Its market capitalization, which reached $160 billion — more than General Motors, Ford Motor and Volkswagen combined — in the weeks after its merger with a blank-check company, fell to $40.4 billion on Monday.',
    [usd('160000000000'), usd('40400000000')],
  ],
  [
    BHARAT_VINFAST_Q2_2023,
    'VinFast was valued at $23 billion after special purpose acquisition company Black Spade Acquisition agreed to acquire the company for $10 per share.',
    [usd('23000000000'), n('10')],
  ],
  [
    BHARAT_VINFAST_Q2_2023,
    'The Indonesian factory will be VinFast’s third, after the main one in the northern Vietnamese city of Haiphong and a new factory in North Carolina in the United States, expected to start operating in 2025.',
    [],
  ],
  // VinFast's second quarter of 2023 (todayheadline.co, 18 September 2023)
  [
    TODAYHEADLINE_VINFAST_Q2_2023,
    'Its shares have fallen about 53% since debut and lost 2.17% to $17.15 in premarket trading on Monday.',
    [ch('rate -53 *'), n('17.15', { ch: ['rate -2.17 *'] })],
  ],
  [
    TODAYHEADLINE_VINFAST_Q2_2023,
    'When VinFast debuted on the Nasdaq Global Select Market under the symbol VFS to a flurry of trading and volatility halts after completing a merger with special-purpose acquisition company Black Spade Acquisition Co, the 255% surge from the closing price of the SPAC made the company the top performing de-SPAC to debut this year on a US exchange.',
    [ch('rate 255 *')],
  ],
  // VinFast's third quarter of 2023 (evinsightdata.com)
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'At the time, VinFast’s market capitalization exceeded $191 billion, briefly surpassing major automakers like Volkswagen Group and General Motors, but the stock has since plummeted.',
    [usd('191000000000', { a: 'over' })],
  ],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'VinFast shares lost nearly 90 percent from a high of $82 in late August, dropping below $10 this week.',
    [ch('rate -90 *'), n('82')],
  ],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'Still the company’s valuation remains high at $19 billion, placing it above established automakers like Nissan, Renault, or Volvo Cars.',
    [usd('19000000000')],
  ],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'The company delivered 10,027 electric vehicles from July through September, up 5.2 percent from the 9,535 EVs delivered in the second quarter.',
    [n('10027', { ch: [`rate 5.2 ${PREV}`] }), n('9535')],
  ],
  [EVINSIGHT_VINFAST_Q3_2023, 'In the same period a year ago, VinFast had only delivered 153 EVs.', [n('153')]],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'In the first six months of the year, only 137 VinFast VF8 SUVs were registered in the US, according to automotive data provider S&P Global Mobility (via CNBC).',
    [n('137')],
  ],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'The automaker said it maintained its target to reach global deliveries of 40,000-50,000 vehicles this year, even though it has only shipped a total of 21,000 in the first nine months.',
    [n('21000')],
  ],
  [EVINSIGHT_VINFAST_Q3_2023, 'Last year, the company delivered 7,400 EVs, all in Vietnam.', [n('7400')]],
  [
    EVINSIGHT_VINFAST_Q3_2023,
    'VinFast also delivered 28,220 e-scooters during the latest quarter, up 177.2 percent over the 10,182 units delivered in the second quarter, and 112.9 percent more than the 13,253 e-scooters it delivered a year ago.',
    [n('28220', { ch: [`rate 177.2 ${PREV}`, `rate 112.9 ${SPLY}`] }), n('10182'), n('13253')],
  ],
  // Duc Giang Chemicals, as of September 2025 (vanthelearner.com)
  [
    VANTHELEARNER_DGC_2025,
    'Vietnam is the world’s largest exporter of phosphorus (and P4 specifically), with export value reaching $268M (2023) and DGC accounts for around 70% of the country’s production capacity and 1/3 of global exports.',
    [usd('268000000', { p: '2023' })],
  ],
  [
    VANTHELEARNER_DGC_2025,
    'DGC self-supplies 80% of its apatite ore demand using high quality ore (i.e. low levels of impurities) from mining areas 19B and 25 in Lao Cai.',
    [],
  ],
  [
    VANTHELEARNER_DGC_2025,
    'In the April 2025 AGM, DGC announces bidding for mining licenses for areas 20, 22, and 23 (Lao Cai).',
    [],
  ],
  [
    VANTHELEARNER_DGC_2025,
    'Industry: The global chemical industry in 2025 is experiencing slow growth and margin pressure, with production growth forecast at just 1.9-2% in 2026 due to persistent overcapacity and volatile demand in key end markets (automotive, construction, consumer goods).',
    [],
  ],
  // An Phat Bioplastics (AAA), second quarter and first half of 2021 (anphatholdings.com)
  [
    ANPHAT_AAA_Q2_2021,
    'AAA’s second-quarter profit increases by 54% thanks to plastic resins and additives segment',
    [ch('rate 54 *')],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'An Phat Bioplastics (HoSE: AAA) has just announced the consolidated financial statements of the second quarter with revenue increasing by 80% to VND 3,265 billion (~$ 139 million), cost of goods sold increased lower, therefore gross profit up 93% to VND 355 billion (~$ 15 million).',
    [vnd('3265000000000', { ch: ['rate 80 *'] }), vnd('355000000000', { ch: ['rate 93 *'] })],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'According to AAA, packaging revenue growth thanks to the increase in the price of plastic resins and contribution from the industrial packaging segment of An Vinh Packaging, which AAA acquired since quarter III/2020.',
    [],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'Along with that, the plastic resin additive production and plastic resin trade improved efficiency, revenue from industrial real estate also recovered, An Phat Complex Industrial Park’s occupancy rate also increased to 95%.',
    [pct('95')],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'An Tien Industries’ additives and resins segment improved thanks to increased resin prices.',
    [],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'Gross profit margin in the second quarter reached 10.9%, increased slightly compares to the 10.1% in the same period last year.',
    [pct('10.9'), pct('10.1')],
  ],
  [ANPHAT_AAA_Q2_2021, 'Gross profit margin in the first half of the year remained at 10.7%.', [pct('10.7')]],
  [
    ANPHAT_AAA_Q2_2021,
    'In which, the gross profit margin from selling additives increased from 19.3% to 27% and the gross profit margin of plastic resin trade increased from 3.8% to 5.5%.',
    [pct('27'), pct('5.5')],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'Financial revenue was similar to the same period last year and financial expenses decreased by 18% to VND 55 billion (~$ 2.3 million).',
    [vnd('55000000000', { ch: ['rate -18 *'] })],
  ],
  [ANPHAT_AAA_Q2_2021, 'However, sales expenses and administrative expenses increased sharply.', []],
  [
    ANPHAT_AAA_Q2_2021,
    'Accordingly, the company’s net profit from business activities reached VND 126 billion (~$ 5.3 million), up 69%; profit before tax reached VND 117 billion (~$ 4.9 million), up 54%, and profit after tax reached VND 93 billion (~$ 3.9 million), up 25% over the same period last year.',
    [
      vnd('126000000000', { ch: ['rate 69 *'] }),
      vnd('117000000000', { ch: ['rate 54 *'] }),
      vnd('93000000000', { ch: [`rate 25 ${SPLY}`] }),
    ],
  ],
  [
    ANPHAT_AAA_Q2_2021,
    'In the first half of the year, AAA’s revenue increased 64% to VND 5,548 billion (~$ 236 million); profit after tax reached VND 182 billion (~$ 7.7 million), up 33%.',
    [vnd('5548000000000', { ch: ['rate 64 *'] }), vnd('182000000000', { ch: ['rate 33 *'] })],
  ],
  // An Phat Holdings (APH), first half of 2021 (anphatholdings.com)
  [
    ANPHAT_APH_H1_2021,
    'An Phat Holdings’ profit reaches VND 139 billion in the first half of 2021, increases by 29%',
    [vnd('139000000000', { ch: ['rate 29 *'], p: '2021-H1' })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'An Phat Holdings (HoSE: APH) announced its second quarter consolidated financial statements with revenue increasing by 87%, reached VND3,736 billion (~$ 159 million); profit before tax reached VND 89 billion (~$ 3.7 million), up 30%.',
    [vnd('3736000000000', { ch: ['rate 87 *'] }), vnd('89000000000', { ch: ['rate 30 *'] })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'Profit after tax reached VND 67 billion (~$ 2.8 million), which increased slightly compared to the same period last year.',
    [vnd('67000000000')],
  ],
  [ANPHAT_APH_H1_2021, 'Most of APH’s member companies reported positive business results in the second quarter.', []],
  [
    ANPHAT_APH_H1_2021,
    'For the first half of 2021, revenue reached VND 6,401 billion (~$ 272 million), up 67%; cost of goods increased lower, therefore gross profit reached VND 753 billion (~$ 32 million) up 76%.',
    [
      vnd('6401000000000', { ch: ['rate 67 *'], p: '2021-H1' }),
      vnd('753000000000', { ch: ['rate 76 *'], p: '2021-H1' }),
    ],
  ],
  [ANPHAT_APH_H1_2021, 'Gross profit margin slightly improved from 11.18% to 11.76%.', [pct('11.76')]],
  [
    ANPHAT_APH_H1_2021,
    'Financial revenue increased sharply from VND 97 billion (~$ 4 million) to VND 132 billion (~$ 5.6 million), up 36%.',
    [vnd('132000000000', { ch: ['rate 36 *'] })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'However, expenses also increased at the same time as financial expenses increased by nearly 4%, selling expenses increased by 173% and administrative expenses increased by 18%.',
    [ch('rate 4 *'), ch('rate 173 *'), ch('rate 18 *')],
  ],
  [
    ANPHAT_APH_H1_2021,
    'Therefore, profit after tax reached VND 139 billion (~$ 5.9), up 29%.',
    [vnd('139000000000', { ch: ['rate 29 *'] })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'In addition, the industrial real estate segment also brought in revenue of VND 122.4 billion (~$ 5.2 million), 4.4 times higher than the same period last year; gross profit of VND 52 billion (~$ 2.2), 2.9 times higher than the same period last year.',
    [vnd('122400000000', { ch: [`times 4.4 ${SPLY}`] }), vnd('52000000000', { ch: [`times 2.9 ${SPLY}`] })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'Sales of goods and finished products of An Phat Holdings reached VND 6,212 billion (~$ 264 million), up 67.6% over the same period last year.',
    [vnd('6212000000000', { ch: [`rate 67.6 ${SPLY}`] })],
  ],
  [
    ANPHAT_APH_H1_2021,
    'According to APH, the increase in the price of plastic resins led to a sharp increase in the revenue of the packaging segments.',
    [],
  ],
  [
    ANPHAT_APH_H1_2021,
    'Along with that, the acquisition of industrial packaging and building material plastics since the end of 2020 also brought in significant revenue growth in the first 6 months of the year.',
    [],
  ],
  // An Phat Holdings' extraordinary meeting, December 2020 (anphatholdings.com)
  [
    ANPHAT_EGM_2020,
    'An Phat Holdings’ Extraordinary General Shareholders Meeting: Submit plan to raise capital to increase ownership in An Phat Bioplastics (AAA)',
    [],
  ],
  [
    ANPHAT_EGM_2020,
    'An Phat Holdings JSC (APH) has just released its Extraordinary Shareholder Meeting document in 2021, in which in addition to the approval of some adjustments related to the construction of PBAT manufacturing plant, the Board of Directors also submits the issuance plan to existing shareholders at the rate of 40%.',
    [],
  ],
  [ANPHAT_EGM_2020, 'Raising the expected investment in manufacturing plant to $ 90 million', [goal(usd('90000000'))]],
  [
    ANPHAT_EGM_2020,
    'According to report before APH’s Extraordinary Shareholder Meeting expected to take place in January 2021, the total investment for the project to build PBAT manufacturing plant was changed from nearly VND 1,500 billion to over VND 2,100 billion (about USD 90 million), the scale and capacity is expected to increase from 20,000 tons of products per year to 30,000 tons of products per year.',
    [goal(vnd('2100000000000', { a: 'over' })), goal(tonne('30000'))],
  ],
  [
    ANPHAT_EGM_2020,
    'In 2020, APH’s market share for green products has increased from 5 countries (2019) to 20 countries including the US, Canada, Japan, European countries … and market is expected to continue to expand in 2021',
    [n('20', { p: '2020' })],
  ],
  [
    ANPHAT_EGM_2020,
    'The construction of the largest PBAT manufacturing plant in Southeast Asia is part of APH’s 2021 strategic plan to have the autonomy in raw materials, hence create competive advantages and expanding market for environment friendly products in domestic and international market.',
    [],
  ],
  // Vietnam's motorcycle market, May 2019 (motorcyclesdata.com)
  [
    MOTORCYCLESDATA_VN_2019,
    'Vietnam May. The market is recovering while Yamaha is down over 20% despite new models launch',
    [ch('rate -20 *')],
  ],
  [
    MOTORCYCLESDATA_VN_2019,
    'Vietnam Motorcycles Market moderately positive in May 2019 with year to date figures down 3.7%, confirming the Q2 recovery after the shy Q1 with the entire 2019 potentially again at record level, following four years of stable growth.',
    [{ ch: ['rate -3.7 *'], p: '2019-YTD-05' }],
  ],
  [
    MOTORCYCLESDATA_VN_2019,
    'While on top of the list Honda is stable all others top player have lost, with Yamaha down 20%.',
    [ch('rate -20 *')],
  ],
  [
    MOTORCYCLESDATA_VN_2019,
    'Vietnamese two-wheeler industry is the fourth largest in the World, dominated by the five main local producers, Honda, Yamaha, Suzuki, SYM and Piaggio, which hold over 97% of the total market (our figures include both local produced and imported vehicles).',
    [],
  ],
  [
    MOTORCYCLESDATA_VN_2019,
    'Following the stable growth reported in the last four years, the market started the 2019 in low tone.',
    [],
  ],
  [
    MOTORCYCLESDATA_VN_2019,
    'Indeed, according to data reported by the MInister of Transportations, the start of the year was not bad, with January sales at 354.223 units (local and imported) up 4.1%, but already in February the mood changed and the 195.878 sales were down 8.7% from the correspondent month last year.',
    [n('354223', { ch: ['rate 4.1 *'] }), n('195878', { ch: [`rate -8.7 ${SPLY}`] })],
  ],
  // Vietnam's motorbike market in 2014 (autonet.com.vn, 23/01/2015)
  [AUTONET_MOTORBIKE_2014, 'Motorcycle market to go down for 3 years straight', []],
  [
    AUTONET_MOTORBIKE_2014,
    'According to statistics from the Vietnam Association of Motorcycle Manufacturers (VAMM), total sales of the 5 largest FDI motorcycle businesses in Vietnam in 2014 (including Honda, Yamaha, Suzuki, SYM and Piaggio) reached 2.71 million units, slightly down 3% compared to 2013.',
    [n('2710000', { ch: ['rate -3 2013'], p: '2014' })],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'Offered the most important contribution to the market was Honda, and the brand also took the lead in Vietnam motorcycle market in 2014.',
    [],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'Specifically, nearly 1.91 million Honda units were sold in 2014, 2% up compared to the previous year, while its market share increased from 67% to 70%.',
    [n('1910000', { a: 'under', ch: ['rate 2 *'], p: '2014' })],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'Notably, sales of Honda scooters increased by 8% while sales of motorbike decreased by 3.5%, resulting in a 49/51 as scooter/motorcycle rate (compared to 46/54 in 2013).',
    [ch('rate 8 *'), ch('rate -3.5 *')],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'Honda’s best-selling model and also the best-selling scooter in 2014 was Air Blade with over 368.000 units sold.',
    [n('368000', { a: 'over', p: '2014' })],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'Despite being ranked second in the Vietnam market, Yamaha sales in 2014 plummeted 13.3%, reaching only 633.622 units.',
    [n('633622', { ch: ['rate -13.3 *'], p: '2014' })],
  ],
  [
    AUTONET_MOTORBIKE_2014,
    'The huge drop reduced Yamaha’s market share by nearly 3%, achieving only 23.4% of total market share.',
    [],
  ],
  // PIC and GreenFeed (pig333.com)
  [
    PIG333_PIC_GREENFEED,
    'Commenting on the deal Andrew Bateson, Business Development Director for PIC in Asia, said “Vietnam’s national herd is estimated at 4m sows, which puts it second only to China in the regional rankings.',
    [n('4000000', { st: 'estimate' })],
  ],
  [
    PIG333_PIC_GREENFEED,
    'In spite of modest per capita GDP, pork is extremely popular and average annual consumption is 23kg per head.',
    [n('23')],
  ],
  [
    PIG333_PIC_GREENFEED,
    'All these factors converge to make it a very attractive emerging market for PIC’s signature genetics.',
    [],
  ],
  // Cargill's Binh Duong feed mill (WATTAgNet)
  [
    WATTAGNET_CARGILL,
    'Cargill has opened a new $28 million feed mill in Binh Duong province to better serve livestock farmers in South Vietnam.',
    [usd('28000000')],
  ],
  [
    WATTAGNET_CARGILL,
    'The mill is Cargill’s 12th animal nutrition facility in the country, and its largest and most technologically advanced.',
    [],
  ],
  [
    WATTAGNET_CARGILL,
    'The 48,000 square meter feed mill produces a wide portfolio of poultry and swine feed, and has an annual capacity of 240,000 MT.',
    [n('48000'), tonne('240000')],
  ],
  // CJ Vina Agri's Dong Nai feed mill (feedmachinery.com)
  [
    FEEDMACHINERY_CJ,
    'South Korean company CJ Vina Agri, a leading feed producer in Vietnam, held the inauguration for its newest animal feed production factory.',
    [],
  ],
  [
    FEEDMACHINERY_CJ,
    'The factory was built on an area of over 83,000 sqm with a total investment of more than USD$20 million.',
    [n('83000', { a: 'over' }), usd('20000000', { a: 'over' })],
  ],
  [
    FEEDMACHINERY_CJ,
    'The feed mill has a capacity of over 420,000 tonnes of animal feed per annum.',
    [tonne('420000', { a: 'over' })],
  ],
  [
    FEEDMACHINERY_CJ,
    'The company is also set to build their fifth plant in the North of the country, their sixth plant in the central region and a seventh plant in the Mekong Delta.',
    [],
  ],
];

export const TEST20_EN: readonly RealSentence[] = TEST20_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test20-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test20',
}));
