import type { RealFact, RealSentence } from './types';

/**
 * The FIFTEENTH fresh set (`test15`), second English part (`test15b`; `test15-*.ts` are another
 * builder's part on other sectors): sentences copied verbatim from NEW SECTORS and NEW BODIES on
 * outlets absent from every earlier file (each domain grepped in `vi.ts`, `en.ts`, `fresh-*.ts`,
 * `fresh4-*.ts`, `test2-*.ts` … `test14b-*.ts`, and so were the distinctive figures) — individual
 * banks' earnings against their plans, bad-debt ratios, ROA/ROE/CAR and their targets (In Focus
 * Vietnam, 2018-2019; Asian Banking & Finance and HDBank's release on Forever News, 2023-2024;
 * AsemconnectVietnam, the trade ministry's portal, on LPBank, 2023), a listed company's AGM results
 * against the plan and its targets (Viglacera's English pages on a bicweb host, 2024), research and
 * higher education (VR Viet on R&D funding and publications, 2024; Duy Tan University's English
 * pages on Scopus publications, 2020; VnNow on the draft rules for enrolment quotas, 2026), public
 * debt and the budget (the Ministry of Finance's estimates for 2022 in Thoi Bao's translation, 2021;
 * Pantheon Macroeconomics' summary, 2022) and a city's investment promotion (Ho Chi Minh City's
 * foreign investment in eight months on Reatimes, 2021). The search index holds each page from its beginning, so every figure sentence of the passages read is
 * kept, with some sentences around them that state no figure and the headlines and subheadings that
 * state one; LPBank's passage stops before the statistics office's system-wide credit growth (another
 * builder's sector), and sentences cut off by the end of the stored text are left out. The opening
 * quotation mark of TPBank's quoted representative (`“Credit is on the rise …`) is dropped with the
 * sentence boundary, the closing one kept inside its last sentence as printed; the source tag
 * `AsemconnectVietnam -` is dropped with its sentence. Slips of the source (`growth of of
 * 193%,153 percent`, `closing the first nine banks`, `the first sevens months`, `within allowed the
 * level`, `this interest rate soared` of a profit, `for 2023– a 26.8% increase`, `26.8 %`) are kept as
 * printed.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test10-en.ts` (banks and listed
 * companies), `test13-en.ts`, `test13b-en.ts`, `test14-en.ts` and `test14b-en.ts`: `X percent of its
 * pre-tax profit plan`, `completing 95 percent of the plan`, `reaching 132% of the year plan`,
 * `nearly 60 percent of the profit plan of 2019`, `has achieved more than 80 percent` (of a target
 * named in the sentence) are completions (a bound of a completion has no field); `year-on-year`,
 * `yoy`, `compared to the same period last year`, `in the same period of last year`, `over the same
 * period` are the same period last year; `from 2016`, `from 2023`, `compared to 2022`, `from 2022`
 * are against that year; `from the previous year`, `from a year earlier`, `compared to Q3/2018` (of a
 * third-quarter figure whose year the sentence does not give), `over the same period in 2022`, a
 * growth rate over a decade and a change with no base are `*`; `12.7 times higher`, `three times and
 * 35 times higher`, `a two-fold increase` are multiples; in a list of changes closed by
 * `respectively` each item has its own change; `more than`, `over`, `topped`, `exceed`, `exceeded`
 * X are lower bounds, `nearly` an upper bound, `about`, `approximately` approximations; `was
 * expected to exceed` of a half-year already ended is the stage `estimate`; a goal, plan, projection
 * or approved target (`targets`, `aims to achieve`, `is projecting … to exceed`, `are expected to
 * reach`, `are projected to exceed`, `plans to increase … to`, `set a target of`, `the target of 10
 * trillion dong`, `the target revenue is`, `expected to raise more than 20 trillion dong` of a share
 * sale still to come, `to reach 20.5 trillion dong … according to the plan`) is a target, and every
 * figure it governs is. `dong`, `VND … billion`, `VND … trillion`, `VND13t` are `VND`; `$`, `US$`,
 * `USD` and `$24.3b` `USD`; the restatements in another currency in brackets (`(US$12.1 million)`,
 * `(VND13t)`) are no facts; counts of publications are values without a unit, and so are the
 * per-researcher figures `VND 97.3 million per FTE` and `VND 476 million per FTE` (as the per-person
 * figures of earlier sets). Viglacera's `VND 5.337 billion`, `VND 1.911 billion`, `VND 13.353
 * billion`, `VND 4.939 billion` and `VND 1.100 billion` print the Vietnamese thousands dot (beside
 * `VND 1602 billion` consolidated): a careful reader sees 5,337, 1,911, 13,353, 4,939 and 1,100
 * billion; `1,62 trillion dong` (VIB's and TPBank's list) is the decimal comma, 1.62 trillion. A period
 * is given when the sentence names it with its year (`the third quarter of 2019` `2019-Q3`, `In the
 * first 6 months of 2019` `2019-H1`, `the first eight months of 2019` `2019-YTD-08`, `In 2019` of a
 * target `2019`, `by the end of 2023 … in 2023`, `as of end-2023` and `for 2023` `2023`, `Accumulated
 * to June 30, 2023` `2023-H1`, `In the first quarter of 2024` `2024-Q1`), and every item of a list
 * governed by that period carries it; `this year`, `in Q3`, `in the first quarter`, `in the first
 * seven months of this year`, `during the year` and a plan's year that is not the figure's span
 * (`nearly 60 percent of the profit plan of 2019` after `the first sevens months`) none.
 *
 * The lead's conventions (domain.md, the test10-test14 headers): the LEVEL of a named rate indicator
 * is a value fact in `percent` — a bank's non-performing loan or bad-debt ratio (`kept at 0.97 per
 * cent`, `bad debt rate of just 0.87 per cent`, `under control at 1.5%`, `controlled at one
 * percent`, `bad debts were controlled at 1.68%`), ROA (`Profitability ratio is 2%`), ROE and the
 * capital adequacy ratio (`exceeded 13.7%`: a lower bound) — while, as `test10-en.ts` rules, NIM,
 * CASA, margins and dividend rates stay out (the bank's own bad-debt ratio `still kept below two
 * percent`, and `controls bad debt ratio below two percent` among its aims, are that level with its
 * upper bound, actual and target: see the second annotator's check below; the credit-growth limits the
 * central bank sets are target changes, as that check reads them),
 * shares of a total (`accounts for 0.42% of GDP`, `take up 90.3%`, `accounted for 83.5%`), the
 * ratio of CAR to the legal floor (`equal to 150% of the ratio stipulated`), growth rates (changes:
 * `credit growth was 6.2%` is a change of the loan book, `rate 6.2 *`) and ranges (`40 percent to 60
 * percent`, `around 80-100%`) are not value facts; a count is a fact when it is the indicator's value
 * (publications) and not when it merely describes (`10 joint stock commercial banks have released`,
 * `25 banks`, `the 67 higher education institutions`); test13's ruling (1): units reaching a standard
 * are values of that count (`18/25 banks had positive growth`: 18, its denominator a total and no
 * fact); (2) a flow done in the period is a value, a difference from a base (`an increase of VND 201
 * billion compared to the implementation in 2022`) an absolute change and no fact; (3) no rate is
 * printed without its sign. A comparison figure of another period (`down sharply from 80.7 billion
 * dong in the third quarter of 2018`, `from 90.2 billion dong to 143.2 billion dong`, `unlike the loss
 * of more than 3.5 billion dong`) is its own fact. No sentence states a rank, an index score or a
 * change in points or basis points.
 *
 * Judgement calls: `TPBank has completed 75 percent of its pre-tax profit plan, equivalent to about 2.4
 * trillion dong` gives one fact, the profit with its completion; the bank growth list `with growth of
 * of 193%,153 percent and 107 percent respectively` gives three changes without values; Agribank's
 * `Compared to the target of 10 trillion dong …, Agribank has achieved more than 80 percent` gives the
 * target as a value and the completion as a fact of its own (the profit it completes, 8.2 trillion
 * dong, is in the sentence before); `The bank’s profits have grown at a rate of 49.1% over the past
 * decade` and the `compound annual growth rate of its profits for the past 10 years is 49.1%` are
 * changes (`*`); `This was driven by profits rising 46.5% to $21.6b` (deposits, most likely, in the
 * bank's own figures) is read as printed; `18/25 banks had positive growth with the highest increase of
 * 192 percent in … (MSB)` gives the 18 banks and MSB's change; `had profit growth of over 40 percent`
 * of two named banks is a threshold that sorts them, no fact; `VCB to reach 20.5 trillion dong before
 * tax per year according to the plan` is the plan's target; the share sale `expected to raise more
 * than 20 trillion dong` is a target; Viglacera's subheading `Exceeded profit plan in 2023, paid 20%
 * dividend` states no certain figure (a dividend rate), and `dividends (expected 22.5%) in cash, 20%
 * higher than the approved plan` compares dividend rates, no fact. The draft circular's thresholds
 * (`if less than 70% of graduates secure jobs`) are rules, not figures. Debt ratios: the public,
 * government and foreign debt `of GDP` (a stock set against GDP, of which it is no part) and the
 * government's direct debt obligation `of total State budget revenue` are the levels of the debt
 * safety ratios the National Assembly caps, values in `percent`, unlike the shares of a whole (`R&D
 * expenditure accounts for 0.42% of GDP`, `revenue from taxes and fees are about 12% of GDP`, `investment
 * expenditure accounts for nearly 30% of total state budget expenditure`); the Ministry of Finance's
 * estimates for the coming year 2022 (`it is expected that`, `Expected`, `proposed`, `will increase`)
 * are forecasts, hence targets, and so are its budget assumptions (`consumer prices will increase by 4%`,
 * a change; `crude oil prices will be about $60/barrel`, a per-unit value without a unit); `VND1.41
 * million billion` is 1.41 quadrillion VND; `grow from 6 to 6.5%` is a range. Pantheon's sentences
 * are opinion. In Reatimes' figures the capital `to increase capital by US$419.3 million` is a flow of
 * added capital (a value, as test13's ruling (2) reads it), the projects and capital by sector and by
 * investor country are values of their own, `US$FDI 250.5 million` (a slip) is read as 250.5 million
 * USD, and `As many as 60 countries and territories` describes.
 *
 * The second annotator's check (1 December 2026): `The bad debt ratio was still kept below two percent`
 * now gives the ratio's level with its upper bound (`2`, `under`), and the aim `controls bad debt ratio
 * below two percent` the same as a target: `below` X is `less than` X, an upper bound (`test13-en.ts`),
 * and the other part of this set reads a kept or aimed ceiling of a named rate as a figure
 * (`inflation below 4% this year`, `test15-en.ts`; `a control of inflation, maintained below 4%`,
 * `test14b-en.ts`) — the first reading had both as ceilings, no facts. The central bank's credit-growth
 * limits (`had extended the credit limit from 13 percent to 17 percent for the whole year of 2019`,
 * `only loosened the credit growth target to 17 percent`) are now target changes (`rate 13 *` and `rate 17
 * *` of 2019, `rate 17 *`), as `test15-en.ts` reads `the overall credit growth limit of 14% for 2022` and
 * `test7-en.ts` `is targeting a 14 percent increase in banks’ total lending` (one set, one convention;
 * the first reading had no fact). Asian Banking & Finance's rows
 * now carry the magazine's own address (the stored copy read was its `qa.` staging mirror; all nine
 * sentences stand verbatim at the original). Every other row was checked against its sentence and the
 * conventions above and kept; the sentences were found verbatim at their addresses for In Focus
 * Vietnam's articles (all but the seven-month one), Viglacera's page, Duy Tan University, Asian
 * Banking & Finance, Forever News, AsemconnectVietnam and Thoi Bao (`193%,153 percent` and `of of` stand
 * so in the stored copy); In Focus Vietnam's TPBank page of 2018 republishes Biz Hub, Forever News a
 * Media OutReach Newswire release and the bicweb host Viglacera's pages, whose originals the search
 * index does not hold.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const INFOCUS_BANKS_Q3_2019 =
  'https://infocusvietnam.com/banking/many-banks-report-a-strong-profit-increase-in-the-third-quarter';
const INFOCUS_TPB_2M_2018 = 'https://infocusvietnam.com/banking/tp-bank-s-profit-doubles-year-on-year-1';
const INFOCUS_TPB_9M_2019 =
  'https://infocusvietnam.com/banking/tpbank-s-estimated-profit-reaches-vnd2-4-trillion-in-9-months';
const INFOCUS_BANKS_H1_2019 =
  'https://infocusvietnam.com/banking/banks-report-big-profits-in-the-first-6-months-of-2019';
const INFOCUS_BANKS_50PCT_2019 = 'https://infocusvietnam.com/banking/banks-complete-over-50pct-of-the-2019-profit-plan';
const INFOCUS_BANKS_7M_2019 =
  'https://infocusvietnam.com/banking/banks-take-the-opportunity-to-exceed-the-profit-target-of-2019';
const VIGLACERA_AGM_2024 =
  'https://demo3.bicweb.vn/en/news-en/viglaceras-profit-plan-is-vnd-1-110-billion-in-2024.html';
const VRVIET_RD_2024 = 'https://vrviet.vn/en/nam-2024-lieu-viet-nam-co-vuot-moc-20-000-cong-bo-quoc-te';
const DUYTAN_SCOPUS_2019 = 'https://duytan.edu.vn/news/NewsDetail.aspx?id=4743&lang=en-US&pid=2066';
const VNNOW_QUOTAS_2026 =
  'https://vnnow.net/en/education/proposal-ban-quota-increase-if-less-than-70-of-graduates-secure-jobs-in-their-field-179743.html';
const ABF_HDBANK_2023 =
  'https://asianbankingandfinance.net/retail-banking/news/hdbank-charts-best-ever-profits-524m-in-2023';
const FOREVERNEWS_HDBANK_2024 = 'https://forevernews.in/?p=844723';
const ASEMCONNECT_LPBANK_H1_2023 = 'http://asemconnectvietnam.gov.vn/default.aspx?ID1=2&ZID1=6&ID8=130879';

const THOIBAO_DEBT_2022 =
  'https://thoibao.de/blog/2021/11/28/ministry-finance-vietnams-national-public-debt-expected-43-44-countrys-gdp/';
const PANTHEON_DEBT_2022 =
  'https://www.pantheonmacro.com/documents/emerging-asia-documents/i/25-aug-2022-emerging-asia-monitor/';
const REATIMES_HCMC_FDI_8M_2021 =
  'https://reatimes.vn/ho-chi-minh-city-attracts-us419-billion-in-fdi-in-eight-months-202190906175820822.htm';
const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });

export const TEST15B_EN_ROWS: readonly Row[] = [
  // Banks' third-quarter 2019 results (In Focus Vietnam)
  [
    INFOCUS_BANKS_Q3_2019,
    'Up to now, 10 joint stock commercial banks have released their financial statements for the third quarter of 2019.',
    [],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'Prominent among this group is Saigon Bank for Industry and Trade (Saigonbank) when the bank reported profit before tax of the third quarter of 2019 reached 132.4 billion dong, 12.7 times higher than the profit achieved in the same period of last year.',
    [vnd('132400000000', { ch: [`times 12.7 ${SPLY}`], p: '2019-Q3' })],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'This result was mainly contributed by the net interest income of 210.2 billion dong, up 36 percent and provision for credit losses only accounted for 10.7 billion dong, down sharply from 80.7 billion dong in the third quarter of 2018.',
    [vnd('210200000000', { ch: ['rate 36 *'] }), vnd('10700000000'), vnd('80700000000', { p: '2018-Q3' })],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'The large growth in profit in the third quarter also points to An Binh Commercial Joint Stock Bank (ABBank), VietNam Asia Commercial Joint Stock Bank (Viet A Bank) and National Citizen Commercial Joint Stock Bank (NCB) with growth of of 193%,153 percent and 107 percent respectively.',
    [{ ch: ['rate 193 *'] }, { ch: ['rate 153 *'] }, { ch: ['rate 107 *'] }],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'For ABBank, the profit before tax in the third quarter of 2019 reached 338 billion dong, though not as high as the preceding quarter, but compared to the same period last year, this interest rate soared.',
    [vnd('338000000000', { p: '2019-Q3' })],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'Net profit from these two activities was 71.2 billion dong and 195.6 billion dong, three times and 35 times higher compared to Q3/2018, respectively.',
    [vnd('71200000000', { ch: ['times 3 *'] }), vnd('195600000000', { ch: ['times 35 *'] })],
  ],
  [
    INFOCUS_BANKS_Q3_2019,
    'Besides, unlike the loss of more than 3.5 billion dong from other activities, this segment brought over 45 billion dong of profit to ABBank in the period, helping the bank’s profit increase strongly despite the increase in credit risk provisions from 90.2 billion dong to 143.2 billion dong in Q3.',
    [vnd('3500000000', { a: 'over' }), vnd('45000000000', { a: 'over' }), vnd('90200000000'), vnd('143200000000')],
  ],
  // TPBank, first two months of 2018 and the year 2017 (In Focus Vietnam, after Biz Hub)
  [
    INFOCUS_TPB_2M_2018,
    'Tien Phong Commercial Joint Stock Bank (TPBank) earned VND275.8 billion (US$12.1 million) in profit in the first two months of this year, a two-fold increase year-on-year.',
    [vnd('275800000000', { ch: [`times 2 ${SPLY}`] })],
  ],
  [
    INFOCUS_TPB_2M_2018,
    'The non-performing loan (NPL) ratio was kept at 0.97 per cent, still within allowed the level.',
    [pct('0.97')],
  ],
  [INFOCUS_TPB_2M_2018, 'TPBank posted impressive growth in 2017.', []],
  [
    INFOCUS_TPB_2M_2018,
    'Its profit rose by 70 per cent from 2016 to more than VND1.2 trillion.',
    [vnd('1200000000000', { a: 'over', ch: ['rate 70 2016'] })],
  ],
  [
    INFOCUS_TPB_2M_2018,
    'Its total assets were VND124 trillion, up 17.2 per cent.',
    [vnd('124000000000000', { ch: ['rate 17.2 *'] })],
  ],
  [
    INFOCUS_TPB_2M_2018,
    'The bank’s total credit was VND71.29 trillion, representing a 22 per cent year-on-year rise.',
    [vnd('71290000000000', { ch: [`rate 22 ${SPLY}`] })],
  ],
  [
    INFOCUS_TPB_2M_2018,
    'It was listed among the top banks with the best credit quality in the market and low bad debt rate of just 0.87 per cent.',
    [pct('0.87')],
  ],
  [
    INFOCUS_TPB_2M_2018,
    'TPBank’s total capital mobilisation was VND115 trillion, increasing 17.5 per cent from the previous year.',
    [vnd('115000000000000', { ch: ['rate 17.5 *'] })],
  ],
  // TPBank, first nine months of 2019 (In Focus Vietnam)
  [
    INFOCUS_TPB_9M_2019,
    'According to information from Tien Phong Commercial Joint Stock Bank (TPBank), closing the first nine banks, TPBank has completed 75 percent of its pre-tax profit plan, equivalent to about 2.4 trillion dong, exceeding the profit achieved in 2018.',
    [vnd('2400000000000', { a: 'about', c: '75' })],
  ],
  [INFOCUS_TPB_9M_2019, 'Credit is on the rise, but the bad debt ratio is still under control at 1.5%.', [pct('1.5')]],
  [
    INFOCUS_TPB_9M_2019,
    'The total mobilisation reached nearly 135 trillion dong, completing 95 percent of the plan.',
    [vnd('135000000000000', { a: 'under', c: '95' })],
  ],
  [
    INFOCUS_TPB_9M_2019,
    'Total assets were nearly 150 trillion dong,” said a bank’s representative.',
    [vnd('150000000000000', { a: 'under' })],
  ],
  [
    INFOCUS_TPB_9M_2019,
    'In 2019, TPBank targets a pre-tax profit of 3.2 trillion dong, total assets of 156 trillion dong, and charter capital of 10 trillion dong.',
    [
      goal(vnd('3200000000000', { p: '2019' })),
      goal(vnd('156000000000000', { p: '2019' })),
      goal(vnd('10000000000000', { p: '2019' })),
    ],
  ],
  [
    INFOCUS_TPB_9M_2019,
    'The bank also aims to achieve mobilisation of over 142 trillion dong, outstanding credit of over 101 trillion dong and controls bad debt ratio below two percent.',
    [
      goal(vnd('142000000000000', { a: 'over' })),
      goal(vnd('101000000000000', { a: 'over' })),
      goal(pct('2', { a: 'under' })),
    ],
  ],
  [
    INFOCUS_TPB_9M_2019,
    'TPBank’s after-tax profit in the first eight months of 2019 was more than 1.727 trillion dong.',
    [vnd('1727000000000', { a: 'over', p: '2019-YTD-08' })],
  ],
  [
    INFOCUS_TPB_9M_2019,
    'Meanwhile, the bank’s outstanding loans reached 90.850 trillion dong and customer deposits and issuance of valuable papers reached 95.082 trillion dong.',
    [vnd('90850000000000'), vnd('95082000000000')],
  ],
  [INFOCUS_TPB_9M_2019, 'The bad debt ratio was still kept below two percent.', [pct('2', { a: 'under' })]],
  // Banks' first-half 2019 results (In Focus Vietnam)
  [
    INFOCUS_BANKS_H1_2019,
    'In the first 6 months of 2019, Joint Stock Commercial Bank for Foreign Trade of Vietnam (Vietcombank-VCB) surpassed the set target with 11 trillion dong of pre-tax profit, up by 41 percent compared to the same period last year.',
    [vnd('11000000000000', { ch: [`rate 41 ${SPLY}`], p: '2019-H1' })],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'The ability of VCB to reach 20.5 trillion dong before tax per year according to the plan is within reach.',
    [goal(vnd('20500000000000'))],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'In the group of joint stock commercial banks, Asia Commercial Joint Stock Bank (ACB) had business results with pre-tax profit of 3.62 trillion dong, reaching nearly 50 percent of the annual plan when the half-year journey was completed.',
    [vnd('3620000000000', { c: '50' })],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'This is also the first credit institution in the implemented Basel II group announced that the State Bank of Vietnam (SBV) had extended the credit limit from 13 percent to 17 percent for the whole year of 2019.',
    [goal({ ch: ['rate 13 *'], p: '2019' }), goal({ ch: ['rate 17 *'], p: '2019' })],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'At HCM City Development Joint Stock Commercial Bank (HDBank), the bank just revealed that the pre-tax profit of the first six months was expected to exceed 2.2 trillion dong.',
    [vnd('2200000000000', { a: 'over', st: 'estimate' })],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'The Return on Assets (ROA) and Return on Equity (ROE) ratios were 1.7 percent and 20 percent respectively, which were higher than the whole industry.',
    [pct('1.7'), pct('20')],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'Total outstanding loans reached more than 144 trillion dong and the bad debt ratio of the parent bank continued to be controlled at one percent.',
    [vnd('144000000000000', { a: 'over' }), pct('1')],
  ],
  [
    INFOCUS_BANKS_H1_2019,
    'Notably, the bank’s consolidated Net interest margin (NIM) increased to 4.4 percent, the highest among the banks that announced the results.',
    [],
  ],
  // Banks' first-half 2019 results against the year's plan (In Focus Vietnam)
  [
    INFOCUS_BANKS_50PCT_2019,
    'Statistics from 25 banks announced the financial statements, showing that in the first six months of 2019, the total profit before tax reached more than 53.6 trillion dong, up 18 percent over the same period.',
    [vnd('53600000000000', { a: 'over', ch: [`rate 18 ${SPLY}`], p: '2019-H1' })],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'In which, 18/25 banks had positive growth with the highest increase of 192 percent in Vietnam Maritime Commercial Joint Stock Bank (MSB).',
    [n('18'), { ch: ['rate 192 *'] }],
  ],
  [INFOCUS_BANKS_50PCT_2019, 'Many other banks also had relatively high growth rates of 40 percent to 60 percent.', []],
  [
    INFOCUS_BANKS_50PCT_2019,
    'For example, Southeast Asia Commercial Joint Stock Bank (SeABank) reported profit of 439 billion dong, up 69 percent over the same period.',
    [vnd('439000000000', { ch: [`rate 69 ${SPLY}`] })],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'Two medium-sized banks Vietnam International Commercial Joint Stock Bank (VIB) and Tien Phong Commercial Joint Stock Bank (TPBank) had a 58 percent increase in profit, reaching 1.82 trillion dong and 1,62 trillion dong respectively.',
    [vnd('1820000000000', { ch: ['rate 58 *'] }), vnd('1620000000000', { ch: ['rate 58 *'] })],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'With big banks, only Joint Stock Commercial Bank for Foreign Trade of Vietnam (Vietcombank) and Saigon Thuong Tin Commercial Joint Stock Bank (Sacombank) had profit growth of over 40 percent.',
    [],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'In the first six months, Vietcombank’s pre-tax profit increased by 41 percent to a record 11.303 trillion dong.',
    [vnd('11303000000000', { ch: ['rate 41 *'] })],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'Meanwhile, Sacombank also increased 47 percent, recorded 1.461 trillion dong pre-tax profit.',
    [vnd('1461000000000', { ch: ['rate 47 *'] })],
  ],
  [
    INFOCUS_BANKS_50PCT_2019,
    'In particular, Saigonbank and VietABank fell the most, respectively down 21 percent and 19 percent to 112 billion dong and 111 billion dong.',
    [vnd('112000000000', { ch: ['rate -21 *'] }), vnd('111000000000', { ch: ['rate -19 *'] })],
  ],
  // Banks' first seven months of 2019 (In Focus Vietnam)
  [
    INFOCUS_BANKS_7M_2019,
    'Accordingly, the accumulated profit in the first seven months of this year suddenly increased to 8.2 trillion dong.',
    [vnd('8200000000000')],
  ],
  [
    INFOCUS_BANKS_7M_2019,
    'Compared to the target of 10 trillion dong earlier this year, Agribank has achieved more than 80 percent and become a prospective candidate far beyond the target.',
    [goal(vnd('10000000000000')), { c: '80' }],
  ],
  [
    INFOCUS_BANKS_7M_2019,
    'In addition to Agribank, in the large and dominant state-owned commercial banks, the Joint Stock Commercial Bank for Investment and Development of Vietnam (BIDV) has just announced an important event, motivating and promising the acceleration in the second half of 2019: selling capital to foreign investors, expected to raise more than 20 trillion dong to supplement capital, which can be more proactive in meeting Basel II and credit extension.',
    [goal(vnd('20000000000000', { a: 'over' }))],
  ],
  [
    INFOCUS_BANKS_7M_2019,
    'Specifically, with the latest updated information, the State Bank of Vietnam (SBV) only loosened the credit growth target to 17 percent for commercial banks that reached Basel II before due date.',
    [goal({ ch: ['rate 17 *'] })],
  ],
  [
    INFOCUS_BANKS_7M_2019,
    'Accumulated pre-tax profit of the first sevens months of TPBank reached 1.888 trillion dong (nearly 60 percent of the profit plan of 2019).',
    [vnd('1888000000000', { c: '60' })],
  ],
  // Viglacera Corporation, 2024 AGM (the company's English pages on a bicweb host)
  [VIGLACERA_AGM_2024, 'Exceeded profit plan in 2023, paid 20% dividend', []],
  [
    VIGLACERA_AGM_2024,
    'Therefore, by the end of 2023, the consolidated profits before tax of Viglacera Corporation – Joint Stock Company in 2023 was VND 1602 billion, reaching 132% of the year plan.',
    [vnd('1602000000000', { c: '132', p: '2023' })],
  ],
  [
    VIGLACERA_AGM_2024,
    'In particular, the parent company has shown its leading role with net revenue of VND 5.337 billion, profits before tax of VND 1.911 billion, reaching 146% of the year plan, an increase of VND 201 billion compared to the implementation in 2022.',
    [vnd('5337000000000'), vnd('1911000000000', { c: '146' })],
  ],
  [
    VIGLACERA_AGM_2024,
    'The parent company’s return on total assets (ROA) is 10.7%; Return on equity (ROE) is 22.1%.',
    [pct('10.7'), pct('22.1')],
  ],
  [
    VIGLACERA_AGM_2024,
    'Also in 2023, the total export turnover of the whole Corporation has reached USD 46.3 million, an increase of 53%.',
    [usd('46300000', { ch: ['rate 53 *'], p: '2023' })],
  ],
  [
    VIGLACERA_AGM_2024,
    'The General Meeting of Shareholders approved dividends (expected 22.5%) in cash, 20% higher than the approved plan of the General Meeting of Shareholders.',
    [],
  ],
  [
    VIGLACERA_AGM_2024,
    'The company targets consolidated revenue of VND 13.353 billion and consolidated profit of VND 1.100 billion.',
    [goal(vnd('13353000000000')), goal(vnd('1100000000000'))],
  ],
  [
    VIGLACERA_AGM_2024,
    'As for the Parent Company, the target revenue is VND 4.939 billion and profit is VND 1.100 billion.',
    [goal(vnd('4939000000000')), goal(vnd('1100000000000'))],
  ],
  // Research and publications of Vietnamese universities, 2024 (VR Viet)
  [
    VRVIET_RD_2024,
    'According to the National Agency for Science and Technology Information (2021), the total national R&D expenditure accounts for 0.42% of GDP, of which the State budget accounts for 30.9%.',
    [],
  ],
  [
    VRVIET_RD_2024,
    'Regarding the number of articles published in Scopus publications in the 3 years from January 2022 to the end of July 2024, the 67 higher education institutions with the largest number of publications alone accounted for 83.5% of the total number of articles in the country.',
    [],
  ],
  [
    VRVIET_RD_2024,
    'However, R&D funding for universities only accounts for 6.75% of the total national R&D funding, reaching approximately VND 2,434 billion or VND 97.3 million per FTE (compared to VND 476 million per FTE of the entire system).',
    [vnd('2434000000000', { a: 'about' }), n('97300000'), n('476000000')],
  ],
  // Vietnamese publications in Scopus, 2019 (Duy Tan University's English pages)
  [
    DUYTAN_SCOPUS_2019,
    'In 2019, the total number of publications with Vietnamese address counted up to 12,307 of different types.',
    [n('12307', { p: '2019' })],
  ],
  [
    DUYTAN_SCOPUS_2019,
    'Among these, publications from Vietnamese universities take up 90.3% or 11,118 publications.',
    [n('11118')],
  ],
  // Ministry of Education and Training's draft circular on enrolment quotas, 2026 (VnNow)
  [VNNOW_QUOTAS_2026, 'Proposal: ban quota increase if less than 70% of graduates secure jobs in their field', []],
  [
    VNNOW_QUOTAS_2026,
    'Currently, graduate employment rates are self-surveyed by universities, with most reporting figures around 80-100%.',
    [],
  ],
  // HDBank, 2023 results (Asian Banking & Finance)
  [ABF_HDBANK_2023, 'HDBank charts best-ever profits of $524m in 2023', [usd('524000000', { p: '2023' })]],
  [
    ABF_HDBANK_2023,
    'The bank’s profits have grown at a rate of 49.1% over the past decade.',
    [{ ch: ['rate 49.1 *'] }],
  ],
  [
    ABF_HDBANK_2023,
    'The Ho Chi Minh City Development Joint Stock Commercial Bank (HDBank) reported a pre-tax profit of US$524m (VND13t) for 2023– a 26.8% increase from a year earlier, and reportedly its best-ever results.',
    [usd('524000000', { ch: ['rate 26.8 *'], p: '2023' })],
  ],
  [
    ABF_HDBANK_2023,
    'In a press release, HDBank said that the compound annual growth rate of its profits for the past 10 years is 49.1%.',
    [{ ch: ['rate 49.1 *'] }],
  ],
  [
    ABF_HDBANK_2023,
    'Total assets are $24.3b (VND602t) as of end-2023, a 44.7% rise from a year earlier.',
    [usd('24300000000', { ch: ['rate 44.7 *'], p: '2023' })],
  ],
  [
    ABF_HDBANK_2023,
    'This was driven by profits rising 46.5% to $21.6b (VND537t) during the year, and consolidated credit balance jumping 31.8% to $14.2b (VND353t) over the same period.',
    [usd('21600000000', { ch: ['rate 46.5 *'] }), usd('14200000000', { ch: ['rate 31.8 *'] })],
  ],
  [
    ABF_HDBANK_2023,
    'Profitability ratio is 2%, whilst ROE is 24.2%, both higher than in 2022.',
    [pct('2'), pct('24.2')],
  ],
  [
    ABF_HDBANK_2023,
    'Capital adequacy ratio (CAR) is 12.6%, equal to 150% of the ratio stipulated for the banking industry under Basel II norms.',
    [pct('12.6')],
  ],
  [ABF_HDBANK_2023, 'HDBank’s non-performing loan ratio is only 1.5%, the bank said in a press release.', [pct('1.5')]],
  // HDBank, 2024 AGM and first quarter of 2024 (the bank's release on Forever News)
  [
    FOREVERNEWS_HDBANK_2024,
    'The bank is projecting total assets to exceed VND700 trillion (US$27.6 billion) this year, up 16% from 2023.',
    [goal(vnd('700000000000000', { a: 'over', ch: ['rate 16 2023'] }))],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'Total deposits are expected to reach VND624 trillion (US$24.6 billion), up 16%.',
    [goal(vnd('624000000000000', { ch: ['rate 16 *'] }))],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'Loans outstanding are projected to exceed VND438 trillion (US$17.28 billion) in line with the credit growth quota allocated by the central bank.',
    [goal(vnd('438000000000000', { a: 'over' }))],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'This year the bank plans to increase its charter capital by 5% to VND29.1 trillion ($1.15 billion) by issuing shares.',
    [goal(vnd('29100000000000', { ch: ['rate 5 *'] }))],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'In 2023, it has managed to ensure a low bad debts ratio of 1.5% and achieve a capital adequacy ratio (CAR) of 12.6%, among the highest in the industry.',
    [pct('1.5', { p: '2023' }), pct('12.6', { p: '2023' })],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'The annual general meeting also agreed to increase the dividend payment rate in 2023 to 30% from 25% with a maximum of 10% in cash, based on the business results it achieved.',
    [],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'In 2023, profit before tax topped VND13 trillion (US$613 million), up 26.8 % from 2022.',
    [vnd('13000000000000', { a: 'over', ch: ['rate 26.8 2022'], p: '2023' })],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'HDBank achieved an ROA of 2% and an ROE of 24.2%, placing it among the top banks in the industry.',
    [pct('2'), pct('24.2')],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'In the first quarter of 2024, HDBank continued to achieve significant pre-tax profits, which topped VND4 trillion (US$157.8 million), a 43.6% jump year-on-year.',
    [vnd('4000000000000', { a: 'over', ch: [`rate 43.6 ${SPLY}`], p: '2024-Q1' })],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'Its ROE was 26.2%, credit growth was 6.2% and bad debts were controlled at 1.68% in the first quarter.',
    [pct('26.2'), { ch: ['rate 6.2 *'] }, pct('1.68')],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'Its CAR based on Basel II standards exceeded 13.7% in the period.',
    [pct('13.7', { a: 'over' })],
  ],
  [
    FOREVERNEWS_HDBANK_2024,
    'HDBank has consistently delivered for its shareholders, and this year is no exception as it plans to pay a dividend of 30%, with a maximum of 15% in cash and the rest in stocks.',
    [],
  ],
  // LPBank, first half of 2023 (AsemconnectVietnam, the Ministry of Industry and Trade's portal)
  [
    ASEMCONNECT_LPBANK_H1_2023,
    'LPBank (LPB): Profit in the first 6 months of 2023 decreased by 31.8% yoy',
    [{ ch: [`rate -31.8 ${SPLY}`], p: '2023-H1' }],
  ],
  [
    ASEMCONNECT_LPBANK_H1_2023,
    'Accordingly, LPBank closed the second quarter with many fluctuations with pre-tax profit of VND880 billion.',
    [vnd('880000000000')],
  ],
  [
    ASEMCONNECT_LPBANK_H1_2023,
    "Accumulated to June 30, 2023, LPBank's pre-tax profit was at VND2,446 billion, down 31.8% over the same period in 2022.",
    [vnd('2446000000000', { ch: ['rate -31.8 *'], p: '2023-H1' })],
  ],
  [
    ASEMCONNECT_LPBANK_H1_2023,
    'Previously, at the 2023 annual meeting held in April, the General Assembly LPBank shareholders set a target of pre-tax profit this year at VND6,000 billion, up 11% compared to 2022.',
    [goal(vnd('6000000000000', { ch: ['rate 11 2022'] }))],
  ],
  // Ministry of Finance's debt and budget estimates for 2022, November 2021 (Thoi Bao, a translation)
  [
    THOIBAO_DEBT_2022,
    'Vietnam’s Ministry of Finance said on November 2 that it is expected that Vietnam’s public debt in 2022 will be at 43-44% of its Gross Domestic Product (GDP).',
    [],
  ],
  [
    THOIBAO_DEBT_2022,
    'The state-controlled media quoted the Ministry of Finance’s estimate with figures including public debt balance of more than 43%, government debt balance of nearly 40%, national foreign loan balance of nearly 39% compared to GDP, obligations Government’s direct debt is nearly 25% of total State budget revenue.',
    [
      goal(pct('43', { a: 'over' })),
      goal(pct('40', { a: 'under' })),
      goal(pct('39', { a: 'under' })),
      goal(pct('25', { a: 'under' })),
    ],
  ],
  [
    THOIBAO_DEBT_2022,
    'According to the Ministry of Finance, the 2022 budget estimate will grow from 6 to 6.5% compared to this year, consumer prices will increase by 4% on average, exports will increase by 5.2%, crude oil prices will be about $60/barrel.',
    [goal({ ch: ['rate 4 *'] }), goal({ ch: ['rate 5.2 *'] }), goal(n('60', { a: 'about' }))],
  ],
  [
    THOIBAO_DEBT_2022,
    'It is expected that the total state budget revenue next year will be about VND1.41 million billion, or a 3.4% increase, the revenue from taxes and fees are about 12% of GDP.',
    [goal(vnd('1410000000000000', { a: 'about', ch: ['rate 3.4 *'] }))],
  ],
  [
    THOIBAO_DEBT_2022,
    'Expected state budget expenditure next year is about VND1.78 million billion, up 45%, investment expenditure accounts for nearly 30% of total state budget expenditure, debt payment accounts for nearly 6% of total budget expenditure.',
    [goal(vnd('1780000000000000', { a: 'about', ch: ['rate 45 *'] }))],
  ],
  [
    THOIBAO_DEBT_2022,
    'The Ministry of Finance proposed regular spending of about VND1.11 million billion, accounting for nearly 63% of the total budget expenditure, the increase in spending will mainly support the COVID-19 epidemic prevention and control forces, social security, increase pensions and allowances for meritorious people, etc.',
    [goal(vnd('1110000000000000', { a: 'about' }))],
  ],
  // Pantheon Macroeconomics, Emerging Asia Monitor, 25 August 2022 (a summary)
  [
    PANTHEON_DEBT_2022,
    'Remember that the denominator is inflated; falling external and secured debt remain the key themes.',
    [],
  ],
  [
    PANTHEON_DEBT_2022,
    'Fiscal consolidation in the first half of 2022 was sharp, thanks largely to a strong revival in revenue.',
    [],
  ],
  // Ho Chi Minh City's foreign investment, first eight months of 2021 (Reatimes)
  [
    REATIMES_HCMC_FDI_8M_2021,
    'According to the municipal People’s Committee, the city granted new investment licenses to 816 foreign-invested projects with a total registered capital of US$754.1 million in the period.',
    [n('816'), usd('754100000')],
  ],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'Besides, it also allowed 197 existing projects to increase capital by US$419.3 million.',
    [n('197'), usd('419300000')],
  ],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'Besides, 3,147 foreign investors registered US$3.02 billion to contribute capital to or buy shares of domestic companies in the reviewed period.',
    [n('3147'), usd('3020000000')],
  ],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'The real estate sector took the lead in attracting US$FDI 250.5 million in 33 projects.',
    [usd('250500000'), n('33')],
  ],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'It was followed by science-technology, trading, and transport-warehouse with respective investment values of US$226.7 million, US$141.5 million, and US$31.6 million.',
    [usd('226700000'), usd('141500000'), usd('31600000')],
  ],
  [REATIMES_HCMC_FDI_8M_2021, 'As many as 60 countries and territories invested into the city in the period.', []],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'British Virgin Islands topped the list with 10 projects worth US$179.1 million, accounting for 23.7% of the total.',
    [n('10'), usd('179100000')],
  ],
  [
    REATIMES_HCMC_FDI_8M_2021,
    'Investors from the Republic of Korea poured US$161.4 million into 172 projects in the city, while those from Japan had 111 projects worth US$139.1 million, and from Singapore with 105 projects totalling US$118.1 million.',
    [usd('161400000'), n('172'), n('111'), usd('139100000'), n('105'), usd('118100000')],
  ],
];

export const TEST15B_EN: readonly RealSentence[] = TEST15B_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test15b-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test15',
}));
