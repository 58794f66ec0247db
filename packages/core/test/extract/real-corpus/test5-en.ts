import type { RealFact, RealSentence } from './types';

/**
 * The FIFTH fresh set (`test5`), English part: sentences copied verbatim from Vietnamese press in
 * English and wire copy (VTV, VietData, VietnamPlus/VNA, VietNamNet, Customs News, the Communist
 * Party's English portal, Thời báo Tài chính, VOV, Báo Chính phủ English, VIIPIP, Vietnam News via
 * EIN Presswire, Bắc Ninh's English portal, Tuổi Trẻ News, SGGP News, Siasat/Xinhua, Vietnam
 * Newswire, The Nation (Thailand) on Vietnamese rice, Báo Thái Nguyên English, vietnam.vn) on the
 * State budget, trade, FDI, public investment disbursement, CPI, GDP/GRDP, tourism and rice
 * (2018-2025), from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`,
 * `test3-*.ts`, `fresh4-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `X% of the
 * year's target/plan/estimate`, `equaling X% of the annual estimate`, `reaching X percent of the
 * year plan` are completions; `equivalent to X% of that in the same period last year` and `X per
 * cent of that before the pandemic` are ratios; `N times higher`, `an increase of N times` are
 * multiples; `year-on-year`, `from a year earlier`, `compared with same period`, `over the same
 * period last year` are the same period last year, `over the previous month` and `m-o-m` the
 * previous period, `against December 2021` is `2021-12`, `the same period in 2019`, `the same
 * quarter in 2017` are `*`, a change with no base is `*`; shares (`accounting for 84.8 per cent`),
 * percentage-point contributions, absolute changes (`rise by 450 million USD`), currency
 * restatements in brackets, ranges (`17-18 million`, `1-1.5%`), counts of provinces over a
 * threshold, ranks, grades of rice (`5% broken rice`) and rice yields are not facts; `over`, `more
 * than`, `topped`, `surpass` X is a lower bound, `nearly`, `close to` an upper bound,
 * `about`/`approximately`/`some` an approximation; a comparison figure of another period (`fell
 * from 3.35 billion USD to 3.15 billion USD`, `the 3.72-percent growth observed in the same period
 * of 2023`) is its own fact; a goal, projection or expected figure for a coming period (`is
 * projected at`, `the yearly target of`, `targets … at least`, `was expected to hit … by the
 * year-end`, `will be disbursed`) is a target; a period is given when the sentence names it with
 * its year (`the first half of 2024` is `2024-H1`, `the first 10 months of 2024` `2024-YTD-10`).
 * Slips of the source (`452.4trillion`, `equivalent to96.13`, `trillionVND`, `reached topped`) are
 * kept as printed and read as a careful reader would.
 *
 * Written by someone who never read the extractor; held out: scored only in its own groups, its
 * failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VTV_2023 =
  'https://english.vtv.vn/news/two-month-state-budget-revenue-grows-106-year-on-year-20230317020129712.htm';
const VIETDATA_2023 = 'https://www.vietdata.vn/post/2023-state-budget-revenue-estimate-up-0-4';
const VNP_129297 = 'https://en.vietnamplus.vn/exports-flourish-in-q1/129297.vnp';
const VNN_636742 = 'https://vietnamnet.vn/en/business/11-localities-top-1-billion-usd-in-exports-in-q1-636742.html';
const HQ_14265 =
  'https://english.haiquanonline.com.vn/the-first-locality-reaches-10-billion-of-export-turnover-14265.html';
const DCS_518978 =
  'http://en.dangcongsan.vn/economics/textile-and-garment-export-value-hits-nearly-usd8-7-billion-518978.html';
const TBTC_151100 = 'https://thoibaotaichinhvietnam.vn/four-localities-join-us-10-bln-export-club-151100.html';
const VOV_371425 = 'https://amp.vov.vn/en/trade/agro-forestry-fishery-export-hits-us87-billion-in-q1-371425.vov';
const VNP_163452 = 'https://en.vietnamplus.vn/quang-nam-welcomes-over-three-million-tourists-in-10-months/163452.vnp';
const BCP_QN_2023 =
  'https://en.baochinhphu.vn/quang-ninh-welcomes-886-million-tourists-in-january-june-111230703153627613.htm';
const VIIPIP_FDI = 'https://viipip.vn/en/news/daily-news/registered-fdi-capital-slightly-drops';
const VNP_243370 = 'https://en.vietnamplus.vn/fdi-inflows-reach-over-22-billion-usd-in-10-months/243370.vnp';
const TBTC_115639 = 'https://thoibaotaichinhvietnam.vn/realized-fdi-picks-up-152-during-jan-oct-period-115639.html';
const VNP_236434 = 'https://en.vietnamplus.vn/vietnams-cpi-up-258-in-januaryaugust/236434.vnp';
const VNP_196424 = 'https://en.vietnamplus.vn/90-percent-of-public-investment-plan-to-be-disbursed-by-q4/196424.vnp';
const EIN_QN_2024 =
  'https://www.einpresswire.com/article/719999474/qu-ng-ninh-posts-fourth-fastest-growth-in-red-river-delta';
const BACNINH_2024 =
  'https://bacninh.gov.vn/vi/web/english/59/-/details/4790216/state-budget-revenue-in-first-6-months-increases-by-31-7--70339217';
const TTN_80690 =
  'https://tuoitrenews.vn/news/business/20240629/vietnam-records-642-gdp-growth-in-h1-statistics-office/80690.html';
const VNS_1666450 =
  'https://vietnamnews.vn/society/1666450/14-1-million-tourists-visit-viet-nam-in-first-10-months-up-over-40-y-o-y.html';
const SGGPNEWS_102976 =
  'https://www.sggpnews.org.vn/travel/international-arrivals-to-vietnam-on-rise-in-october-102976.html';
const SIASAT_2681328 = 'https://www.siasat.com/vietnam-welcomes-7-8-mn-intl-tourists-so-far-this-year-2681328/';
const VNNEWSWIRE_2024 =
  'https://vietnamnewswire.com/vietnam-serves-nearly-10-million-international-travelers-in-7-months';
const NATION_40033928 = 'https://www.nationthailand.com/world/asean/40033928';
const DCS_605988 = 'https://en.dangcongsan.vn/trade-investment/rice-exports-increase-by-361-605988.html';
const BTN_3674DE3 =
  'https://en.baothainguyen.vn/202106/economic-growth-rate-to-increase-65-percent-in-first-half-3674DE3';
const VIETNAMVN_GL_2023 = 'https://vietnam.vn/en/ca-nuoc-co-59-tinh-thanh-pho-tang-truong-duong-bao-gia-lai-dien-tu';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const usd = (v: string, x?: string): RealFact => ({ v, u: 'USD', ...(x === undefined ? {} : { ch: [`rate ${x} *`] }) });

/** English: Vietnamese press in English and wire copy. */
export const TEST5_EN_ROWS: readonly Row[] = [
  // the State budget, 2023 (VTV/VNA)
  [
    VTV_2023,
    'An estimated 362.3 trillion VND (nearly 15.3 billion USD) was collected for the state budget in the first two months of 2023.',
    [{ v: '362300000000000', u: 'VND', st: 'estimate', p: '2023-YTD-02' }],
  ],
  [
    VTV_2023,
    'The total is equivalent to 22.4% of the year’s target and up 10.6% from a year earlier, the Ministry of Finance reported.',
    [{ c: '22.4', ch: [`rate 10.6 ${SPLY}`] }],
  ],
  [
    VTV_2023,
    'Revenue from domestic sources reached 23.6% of its target and increased 17%.',
    [{ c: '23.6', ch: ['rate 17 *'] }],
  ],
  [
    VTV_2023,
    'Crude oil grew to 25.7% of the target, up 13.2%, and from foreign trade 15% of the target and equivalent to 74.5% of that in the same period last year.',
    [
      { c: '25.7', ch: ['rate 13.2 *'] },
      { c: '15', ch: [`ratio 74.5 ${SPLY}`] },
    ],
  ],
  [
    VTV_2023,
    'Thirty-six of the 63 provinces and centrally-run cities nationwide recorded state budget revenue topping 18% of this year’s targets for them.',
    [],
  ],
  [
    VTV_2023,
    'Twenty-four localities saw the collection higher than in the same period of 2022, and 39 others were lower.',
    [],
  ],
  [
    VTV_2023,
    'Meanwhile, nearly 242 trillion VND from the state budget was spent in January and February, representing 11.7% of this year’s plan and rising 6% year on year, statistics show.',
    [{ v: '242000000000000', u: 'VND', a: 'under', c: '11.7', ch: [`rate 6 ${SPLY}`] }],
  ],
  // the 2023 budget estimate (VietData)
  [
    VIETDATA_2023,
    'State budget revenue in 2023 is projected at VND1.62 quadrillion (USD68.5 billion), up 0.4% from 2022, according to a report on state budget, which was exclusively made for the public.',
    [{ k: 'target', v: '1620000000000000', u: 'VND', ch: ['rate 0.4 2022'], p: '2023' }],
  ],
  [
    VIETDATA_2023,
    'Under the report, recently released by the Ministry of Finance, state budget expenditures would be VND2.07 quadrillion, a rise of 16.3% as compared with this year’s estimate.',
    [{ k: 'target', v: '2070000000000000', u: 'VND', ch: ['rate 16.3 *'] }],
  ],
  [
    VIETDATA_2023,
    'Meanwhile, the country’s GDP is expected to grow about 6.5% and GDP per capita income would reach some $4,400.',
    [
      { k: 'target', ch: ['rate 6.5 *'] },
      { k: 'target', v: '4400', u: 'USD', a: 'about' },
    ],
  ],
  [
    VIETDATA_2023,
    'The State budget overspending is projected at VND455.5 trillion, equivalent to 4.42% of the national GDP.',
    [{ k: 'target', v: '455500000000000', u: 'VND' }],
  ],
  [VIETDATA_2023, 'The poverty rate is hoped to reduce by 1-1.5%.', []],
  // exports, Q1 2018 (VietnamPlus)
  [
    VNP_129297,
    'Agricultural products exports in the first three months of 2018 reached 8.7 billion USD.',
    [{ v: '8700000000', u: 'USD', p: '2018-Q1' }],
  ],
  [
    VNP_129297,
    'Among which, fruit and vegetables have witnessed the most impressive growth of 33% year-on-year with 934 million USD in revenues, even surpassing major exports products like rice and crude oil.',
    [{ v: '934000000', u: 'USD', ch: [`rate 33 ${SPLY}`] }],
  ],
  [
    VNP_129297,
    'With trade surplus in the first quarter hitting 1.3 billion USD, Vietnam economic picture has a good kick start for robust growth throughout the year.',
    [usd('1300000000')],
  ],
  [VNP_129297, 'The most delightful signal is the growth of 7% year-on-year.', [yoy('7')]],
  [
    VNP_129297,
    'So I have faith that the yearly target of 35 billion USD is in our hands.',
    [{ k: 'target', v: '35000000000', u: 'USD' }],
  ],
  [
    VNP_129297,
    'Vietnam’s exports still have a lot to do in terms of market expansion and adaptation policies given volatile global market.',
    [],
  ],
  // provinces' exports, Q1 2020 (VietNamNet, Customs News)
  [
    VNN_636742,
    'Eleven provinces and cities had exports of more than 1 billion USD in the first quarter and accounted for 78 percent of the nation’s entire exports.',
    [],
  ],
  [
    VNN_636742,
    'Tay Ninh was a new entrant to the club after managing to increase shipments by 10 percent year-on-year to 1.094 billion USD.',
    [{ v: '1094000000', u: 'USD', ch: [`rate 10 ${SPLY}`] }],
  ],
  [
    VNN_636742,
    'Its exports were up 14.6 percent and it accounted for 16.6 percent of the country’s total exports.',
    [r('14.6')],
  ],
  [
    VNN_636742,
    'The country’s second biggest exporter, Bac Ninh, saw shipments rise by 450 million USD to 8.06 billion USD.',
    [usd('8060000000')],
  ],
  [
    VNN_636742,
    'Hanoi’s exports fell from 3.35 billion USD to 3.15 billion USD./.',
    [usd('3150000000'), usd('3350000000')],
  ],
  [
    HQ_14265,
    'Meanwhile, Ho Chi Minh City retained the leading position on exports of the country with value of $10.5 billion, up 14.6% over the same period last year.',
    [{ v: '10500000000', u: 'USD', ch: [`rate 14.6 ${SPLY}`] }],
  ],
  [
    HQ_14265,
    'Compared to the same period in 2019, the number of provinces and cities that hit turnover of "billion USD" increased by one which was Tay Ninh with nearly $1.094 billion, up 9.8%, equivalent to an increase of nearly $100 million.',
    [{ v: '1094000000', u: 'USD', a: 'under', ch: ['rate 9.8 *'] }],
  ],
  [
    HQ_14265,
    'Specifically, Thai Nguyen plummeted to more than $400 million from $7.362 billion in the first quarter of last year to $6.951 billion.',
    [usd('6951000000'), usd('7362000000')],
  ],
  [
    HQ_14265,
    'By the end of the first quarter, Hai Phong achieved export turnover of $3.922 billion, an increase of nearly $1.05 billion over the same period in 2019, making it the locality with achieving the second-highest increase in turnover after Ho Chi Minh City (Ho Chi Minh City increased by more than $1.33 billion).',
    [usd('3922000000')],
  ],
  // textiles and trade, Q1 2019 (the Party's English portal)
  [
    DCS_518978,
    'Also in the first three months, Vinatex’s exports were valued at USD594 million, earning revenue of over VND10.6 trillion and pre-tax profit of VND280 billion, fulfilling 16.2% of the year’s plan and increasing by 24.4% compared to the same period last year.',
    [
      usd('594000000'),
      { v: '10600000000000', u: 'VND', a: 'over' },
      { v: '280000000000', u: 'VND', c: '16.2', ch: [`rate 24.4 ${SPLY}`] },
    ],
  ],
  [
    DCS_518978,
    'In the first quarter, the country’s commodity export turnover was estimated at over USD58 billion, up 4.7%, while imports were valued at USD57.9 billion, up 8.9%.',
    [{ v: '58000000000', u: 'USD', a: 'over', st: 'estimate', ch: ['rate 4.7 *'] }, usd('57900000000', '8.9')],
  ],
  [
    DCS_518978,
    'The US continued to be the largest export market of Vietnam with USD13 billion, up 26%; followed by the EU with USD10.2 billion, up 2.5%.',
    [usd('13000000000', '26'), usd('10200000000', '2.5')],
  ],
  [
    DCS_518978,
    'Exports of heavy industry and mineral products made up the biggest share with 50.3%, estimated at USD29.4 billion; of which phones and components reached USD12.1 billion, down 4.3% and accounting for 20.6%./.',
    [{ v: '29400000000', u: 'USD', st: 'estimate' }, usd('12100000000', '-4.3')],
  ],
  // provinces' exports, January-April 2024 (Thời báo Tài chính)
  [
    TBTC_151100,
    'In January-April period, four localities reported export revenue of over US$10 billion each, an increase of two compared to the same period last year, reported the General Department of Viet Nam Customs.',
    [],
  ],
  [
    TBTC_151100,
    'Specifically, Ho Chi Minh City gained an export revenue of US$14.78 billion, up 15.92 percent, followed by Bac Ninh with US$11.22 billion.',
    [usd('14780000000', '15.92'), usd('11220000000')],
  ],
  [
    TBTC_151100,
    "Thai Nguyen's export value reached US$10.96 billion, a year-on-year increase of 17.87 percent while Binh Duong earned US$10.7 billion, up 12.92 percent.",
    [{ v: '10960000000', u: 'USD', ch: [`rate 17.87 ${SPLY}`] }, usd('10700000000', '12.92')],
  ],
  [
    TBTC_151100,
    'During the reviewed period, the total export turnover of Viet Nam reached US$123.98 billion, up 15.11 percent.',
    [usd('123980000000', '15.11')],
  ],
  // farm, forestry and fishery trade, Q1 2018 (VOV)
  [
    VOV_371425,
    'The Q1 figure included US$4.6 billion coming from farm produce (up by 9% year on year), US$1.7 billion from aquatic products (up 11.5%), and nearly US$2 billion from forestry items (up 6.6%).',
    [
      { v: '4600000000', u: 'USD', ch: [`rate 9 ${SPLY}`] },
      usd('1700000000', '11.5'),
      { v: '2000000000', u: 'USD', a: 'under', ch: ['rate 6.6 *'] },
    ],
  ],
  [
    VOV_371425,
    'In the three-month period, cashews were estimated to earn US$739 million from 73,000 tonnes, showing surges of 43.6% and nearly 31%, respectively from the same period last year.',
    [
      { v: '739000000', u: 'USD', st: 'estimate', ch: [`rate 43.6 ${SPLY}`] },
      { v: '73000', u: 'tonne', st: 'estimate', ch: [`rate 31 ${SPLY}`] },
    ],
  ],
  [
    VOV_371425,
    'Vegetables and fruits raked in US$934 million, up over 33% from the same quarter in 2017.',
    [usd('934000000', '33')],
  ],
  [
    VOV_371425,
    'Peppercorn, for example, faced a 37% drop in export value, bringing home only US$203 million.',
    [usd('203000000', '-37')],
  ],
  [
    VOV_371425,
    'Rubber saw a decrease of nearly 21% in export value, earning US$403 million for 272,000 tonnes (which is up by 8.9%).',
    [usd('403000000', '-21'), { v: '272000', u: 'tonne', ch: ['rate 8.9 *'] }],
  ],
  [
    VOV_371425,
    'In the three-month period, the country imported farm, forestry and fishery products worth US$6.89 billion, up by 8.4% from the same period last year, the ministry said.',
    [{ v: '6890000000', u: 'USD', ch: [`rate 8.4 ${SPLY}`] }],
  ],
  // tourism in Quảng Nam, 2019, and Quảng Ninh, 2023
  [
    VNP_163452,
    'During October alone, the locality welcomed approximately 232,000 visitors, a fall of 9.5 per cent over the previous month.',
    [{ v: '232000', a: 'about', ch: [`rate -9.5 ${PREV}`] }],
  ],
  [
    VNP_163452,
    'This was coupled by the number of visitors being served by travel agencies reaching close to 266,000, an 11.2 per cent drop.',
    [{ v: '266000', a: 'under', ch: ['rate -11.2 *'] }],
  ],
  [
    VNP_163452,
    'Over the reviewed period, the province earned revenue of 106 million USD and 297 million USD from accommodation and catering services, respectively, whilst additional revenue made from tourism activities reached over 23 million USD./.',
    [usd('106000000'), usd('297000000'), { v: '23000000', u: 'USD', a: 'over' }],
  ],
  [
    BCP_QN_2023,
    'The northern province of Quang Ninh, home to UNESCO-recognized Ha Long Bay, welcomed 8.86 million tourists in the first six months of this year, representing a year-on-year increase of 61 percent.',
    [{ v: '8860000', ch: [`rate 61 ${SPLY}`] }],
  ],
  [
    BCP_QN_2023,
    'To fulfil its target of welcoming 15 million tourists and earning VND 32.4 trillion (US$1.36 billion) this year, the local authorities have approved 38 new tourism products.',
    [
      { k: 'target', v: '15000000' },
      { k: 'target', v: '32400000000000', u: 'VND' },
    ],
  ],
  // FDI
  [
    VIIPIP_FDI,
    'As a result, total FDI flow into the country during the first ten months of the year surpassed 17.6 billion USD, falling 8.7 percent year-on-year.',
    [{ v: '17600000000', u: 'USD', a: 'over', ch: [`rate -8.7 ${SPLY}`] }],
  ],
  [
    VIIPIP_FDI,
    'Disbursement of FDI capital in the period is estimated to be 12.7 billion USD, an increase of 7.6 percent year-on-year.',
    [{ v: '12700000000', u: 'USD', st: 'estimate', ch: [`rate 7.6 ${SPLY}`] }],
  ],
  [
    VIIPIP_FDI,
    'Processing and manufacturing industries have absorbed the largest amount of FDI with more than 12.8 billion USD, accounting for 72.9 percent of total FDI inflow in the 10 months.',
    [{ v: '12800000000', u: 'USD', a: 'over' }],
  ],
  [
    VIIPIP_FDI,
    'Among 58 countries and territories pouring investment in Vietnam in the period, the Republic of Korea is the leading investor with 4.668 billion USD.',
    [usd('4668000000')],
  ],
  [
    VNP_243370,
    'The total newly-registered capital, adjusted capital, and capital contribution and share purchase stood at 22.46 billion USD in the January-October period, down 5.4% year-on-year.',
    [{ v: '22460000000', u: 'USD', ch: [`rate -5.4 ${SPLY}`] }],
  ],
  [
    VNP_243370,
    'One bright spot was disbursed capital, which topped 17 billion USD in the first ten months of the year, over 15% higher than the same period last year.',
    [{ v: '17000000000', u: 'USD', a: 'over', ch: [`rate 15 ${SPLY}`] }],
  ],
  [VNP_243370, 'It was expected to hit 22 billion USD by the year-end.', [{ k: 'target', v: '22000000000', u: 'USD' }]],
  [
    VNP_243370,
    'Adjusted capital, as a single item itself, reached over 8.7 billion USD, up more than 23% year-on-year.',
    [{ v: '8700000000', u: 'USD', a: 'over', ch: [`rate 23 ${SPLY}`] }],
  ],
  [
    TBTC_115639,
    'Total disbursed volume of foreign direct investment during the January-October period was estimated to reach US$17.45 billion, a year-on-year increase of 15.2 percent.',
    [{ v: '17450000000', u: 'USD', st: 'estimate', ch: [`rate 15.2 ${SPLY}`] }],
  ],
  [
    TBTC_115639,
    'During the reviewed period, the Southeast Asian nation granted investment certificates to 1,570 FDI projects with registered capital of nearly US$9.93 billion, up 14.2 percent in terms of the number of projects and down 23.7 percent in terms of the capital.',
    [
      { v: '1570', u: 'project', ch: ['rate 14.2 *'] },
      { v: '9930000000', u: 'USD', a: 'under', ch: ['rate -23.7 *'] },
    ],
  ],
  [
    TBTC_115639,
    'Notably, a remarkable growth was seen in additional capital injected into existing projects, up 13.4 percent to US$8.74 billion.',
    [usd('8740000000', '13.4')],
  ],
  [
    TBTC_115639,
    'Meanwhile, capital contributions and share purchases by foreign investors decreased by 4.5 percent to US$3.79 billion.',
    [usd('3790000000', '-4.5')],
  ],
  [
    TBTC_115639,
    'The southern metropolis Ho Chi Minh City was the biggest FDI recipient during the period with US$3.42 billion, making up 15.2 percent.',
    [usd('3420000000')],
  ],
  // CPI, August 2022 (VietnamPlus)
  [
    VNP_236434,
    'Vietnam’s consumer price index (CPI) in August increased slightly by 0.005% from the previous month, 3.6% against December 2021, and 2.89% year-on-year, the General Statistics Office (GSO) announced on August 29.',
    [{ ch: [`rate 0.005 ${PREV}`, 'rate 3.6 2021-12', `rate 2.89 ${SPLY}`] }],
  ],
  [
    VNP_236434,
    'In the January-August period, the index went up 2.58% compared to the same period last year.',
    [yoy('2.58')],
  ],
  [
    VNP_236434,
    'Meanwhile, decreases were seen in the prices of educational services (down 3.14%) and post and telecommunications services (down 0.46%).',
    [r('-3.14'), r('-0.46')],
  ],
  [
    VNP_236434,
    'According to the GSO, August’s core inflation was up 0.4% m-o-m, and 3.06% y-o-y, making it increase by 1.64% y-o-y in the first eight months of this year./.',
    [{ ch: [`rate 0.4 ${PREV}`, `rate 3.06 ${SPLY}`] }, yoy('1.64')],
  ],
  // public investment, 2020-2021 (VietnamPlus)
  [
    VNP_196424,
    'According to MPI, by the end of January, 452.4trillion VND (19.66 billion USD) in capital planned for 2020 had been disbursed, equivalent to96.13 percent of the assigned targets, a record for many years.',
    [{ v: '452400000000000', u: 'VND', c: '96.13' }],
  ],
  [
    VNP_196424,
    'Disbursement in January was estimated at 15 trillionVND, equal to 3.25 percent of the annual target./.',
    [{ v: '15000000000000', u: 'VND', st: 'estimate', c: '3.25' }],
  ],
  [
    VNP_196424,
    'In the third quarter, 80 percent of State investment planned for 2021 will be disbursed to transitional projects scheduled for completion in 2021, along with the completion of procedures for other planned projects.',
    [{ k: 'target', c: '80' }],
  ],
  // Quảng Ninh, first half of 2024 (Vietnam News via EIN Presswire)
  [
    EIN_QN_2024,
    'The gross regional domestic product (GRDP) in the northern province of Quảng Ninh expanded at an estimated 9.02% year on year during the first half of 2024, ranking fourth in the Red River Delta and eighth nationwide.',
    [{ st: 'estimate', ch: [`rate 9.02 ${SPLY}`], p: '2024-H1' }],
  ],
  [
    EIN_QN_2024,
    'The processing - manufacturing industry is a bright spot in the local economy, with an estimated growth rate of 23.05%, 10.3 percentage points higher than that in the same period of 2023, statistics showed.',
    [{ st: 'estimate', ch: ['rate 23.05 *'] }, { ch: ['points 10.3 *'] }],
  ],
  [
    EIN_QN_2024,
    'Total investment in the business sector has risen 5.6% from a year earlier to surpass VNĐ48 trillion (U$S1.9 billion).',
    [{ v: '48000000000000', u: 'VND', a: 'over', ch: [`rate 5.6 ${SPLY}`] }],
  ],
  [
    EIN_QN_2024,
    'More than $1.5 billion in foreign direct investment (FDI) has been poured into Quảng Ninh between January and June, equivalent to 51% of this year’s target.',
    [{ v: '1500000000', u: 'USD', a: 'over', c: '51' }],
  ],
  [
    EIN_QN_2024,
    'Meanwhile, over VNĐ30.77 trillion has been collected for the State budget, representing 55% of the annual target.',
    [{ v: '30770000000000', u: 'VND', a: 'over', c: '55' }],
  ],
  [
    EIN_QN_2024,
    'As many as 795 businesses have started up, an increase of 12.6% year on year, while 17,400 new jobs been created during the period, local authorities said.',
    [{ v: '795', ch: [`rate 12.6 ${SPLY}`] }, { v: '17400' }],
  ],
  [
    EIN_QN_2024,
    'For 2024, the province targets a double-digit GRDP growth rate, at least VNĐ55.6 trillion in State budget collection, a rise of over 10% in total investment in society, and at least $3 billion in FDI attracted.',
    [
      { k: 'target', v: '55600000000000', u: 'VND', a: 'over', p: '2024' },
      { k: 'target', ch: ['rate 10 *'], p: '2024' },
      { k: 'target', v: '3000000000', u: 'USD', a: 'over', p: '2024' },
    ],
  ],
  // Bắc Ninh's budget, first half of 2024
  [
    BACNINH_2024,
    'According to information from the General Statistics Office, in the first 6 months of the year, the province’s total state budget revenue was estimated at VND 17,688 billion, equaling 56.6% of the 2024 estimate and increasing 31.7% compared with same period.',
    [{ v: '17688000000000', u: 'VND', st: 'estimate', c: '56.6', ch: [`rate 31.7 ${SPLY}`] }],
  ],
  [
    BACNINH_2024,
    'Among which, domestic revenue was estimated at VND 14,000 billion, up 32.3%; revenue from Customs was estimated at VND 3,688 billion, up 29.8%.',
    [
      { v: '14000000000000', u: 'VND', st: 'estimate', ch: ['rate 32.3 *'] },
      { v: '3688000000000', u: 'VND', st: 'estimate', ch: ['rate 29.8 *'] },
    ],
  ],
  [
    BACNINH_2024,
    'Total local budget revenue was estimated at VND 9,951 billion, equaling 54.4% of the annual estimate and increasing 31.3% compared with the same period.',
    [{ v: '9951000000000', u: 'VND', st: 'estimate', c: '54.4', ch: [`rate 31.3 ${SPLY}`] }],
  ],
  [
    BACNINH_2024,
    'Total local budget expenditure was estimated at VND 8,881 billion, equaling 42.1% of the annual estimate and increasing 20.8% compared with the same period.',
    [{ v: '8881000000000', u: 'VND', st: 'estimate', c: '42.1', ch: [`rate 20.8 ${SPLY}`] }],
  ],
  [
    BACNINH_2024,
    'Development investment expenditure was estimated at VND 4,537 billion, up 21.2%; frequent expenditure was estimated at VND 4,190 billion, up 16.4%.',
    [
      { v: '4537000000000', u: 'VND', st: 'estimate', ch: ['rate 21.2 *'] },
      { v: '4190000000000', u: 'VND', st: 'estimate', ch: ['rate 16.4 *'] },
    ],
  ],
  // GDP and CPI, first half of 2024 (Tuổi Trẻ News)
  [
    TTN_80690,
    'Vietnam’s gross domestic product (GDP) grew 6.42 percent in the first half of 2024, a significant increase from the 3.72-percent growth observed in the same period of 2023, as announced by the General Statistics Office on Saturday.',
    [
      { ch: ['rate 6.42 *'], p: '2024-H1' },
      { ch: ['rate 3.72 *'], p: '2023-H1' },
    ],
  ],
  [
    TTN_80690,
    'The country’s GDP grew by 6.93 percent in the second quarter compared to the same period last year, second only to the 7.99-percent growth recorded in 2022 over the past decade.',
    [yoy('6.93'), r('7.99')],
  ],
  [
    TTN_80690,
    'The consumer price index (CPI) rose by 4.39 percent in the second quarter of 2024 and increased by 4.08 percent for the first half compared to the same period in 2023.',
    [{ ch: ['rate 4.39 *'], p: '2024-Q2' }, r('4.08')],
  ],
  [
    TTN_80690,
    'In the first half, agriculture, forestry, and fishery accounted for 11.5 percent of the economic structure, industrial and construction constituted 36.44 percent, services made up 43.3 percent, and taxes less subsidies on products accounted for 8.6 percent.',
    [],
  ],
  // international arrivals
  [
    VNS_1666450,
    'In the first 10 months of 2024, more than 14.1 million international tourists came to Việt Nam, an increase of 41.3 per cent year on year, according to the latest report from the General Statistics Office.',
    [{ v: '14100000', a: 'over', ch: [`rate 41.3 ${SPLY}`], p: '2024-YTD-10' }],
  ],
  [
    VNS_1666450,
    'In October 2024, international arrivals to Việt Nam reached 1.42 million, a slight increase compared to the 1.3 million in September and a 27.6 per cent increase compared to the same period last year.',
    [{ v: '1420000', ch: [`rate 27.6 ${SPLY}`], p: '2024-10' }, { v: '1300000' }],
  ],
  [
    VNS_1666450,
    'Of the total 14.1 million figure, nearly 12 million arrived by air, accounting for 84.8 per cent of the total, marking a 36.9 per cent increase year-on-year.',
    [{ v: '14100000' }, { v: '12000000', a: 'under', ch: [`rate 36.9 ${SPLY}`] }],
  ],
  [
    VNS_1666450,
    'Favourable visa policies, stronger tourism promotion programmes, and winning several prestigious international tourism awards have all contributed to drawing more foreign visitors to the country.',
    [],
  ],
  [
    VNS_1666450,
    'The numbers are expected to grow, with the peak season for international tourists, especially ones from European countries, usually lasting from October to March.',
    [],
  ],
  [
    SGGPNEWS_102976,
    'In the first ten months of the year, international arrivals to the country gained 2,357,200 turns, an increase of 18.8 times over the same period last year but it still reduced by 83.7 percent over the same period in 2019 when the Covid-19 pandemic did not outbreak.',
    [{ v: '2357200', ch: [`times 18.8 ${SPLY}`, 'rate -83.7 *'] }],
  ],
  [
    SGGPNEWS_102976,
    'According to the statistics showing the number of international arrivals to Vietnam in the first ten months of the year, most visitors travel to the country by airline with 2,093,700 turns, accounting for 88.8 percent of international visitors.',
    [{ v: '2093700' }],
  ],
  [
    SIASAT_2681328,
    'Hanoi: Vietnam has welcomed more than 7.8 million international arrivals so far this year, 5.4 times higher than the number recorded during the same period last year, according to figures from the General Statistics Office (GSO).',
    [{ v: '7800000', a: 'over', ch: [`times 5.4 ${SPLY}`] }],
  ],
  [
    SIASAT_2681328,
    'The figure is, however, 69.2 per cent of that before the Covid-19 pandemic, Xinhua news agency quoted the Office as saying',
    [{ ch: ['ratio 69.2 *'] }],
  ],
  [
    VNNEWSWIRE_2024,
    'The number of international tourists visiting Vietnam in July reached topped 1.15 million, lifting the total in the first seven months to nearly 10 million, expanding by 10.9% and 51% year-on-year, respectively.',
    [
      { v: '1150000', a: 'over', ch: [`rate 10.9 ${SPLY}`] },
      { v: '10000000', a: 'under', ch: [`rate 51 ${SPLY}`] },
    ],
  ],
  [
    VNNEWSWIRE_2024,
    'The figure reported in the January-July period increased by 1.9% compared to that in the same period of 2019 when COVID-19 had yet to disrupt global travel.',
    [r('1.9')],
  ],
  [
    VNNEWSWIRE_2024,
    'The tourism industry has set a target of welcoming 17-18 million foreign visitors in 2024, approaching the pre-pandemic record in 2019.',
    [],
  ],
  // rice
  [
    NATION_40033928,
    'In 2023, the rice farming area nationwide is 7.1 million ha with productivity estimated at 6.08 tonnes of unmilled rice per ha and total output at 43.1 million tonnes, up about 420,000 tonnes from last year.',
    [
      { v: '7100000', u: 'ha', p: '2023' },
      { v: '43100000', u: 'tonne', st: 'estimate', p: '2023' },
    ],
  ],
  [
    NATION_40033928,
    'Some 7.75 million tonnes of milled rice was exported during the first 11 months of this year, fetching an estimated USD4.41 billion in revenue, up 16.2% and 36.3% respectively year on year.',
    [
      { v: '7750000', u: 'tonne', a: 'about', ch: [`rate 16.2 ${SPLY}`] },
      { v: '4410000000', u: 'USD', st: 'estimate', ch: [`rate 36.3 ${SPLY}`] },
    ],
  ],
  [
    NATION_40033928,
    'Export prices averaged USD568 per tonne, up 17.3%, according to the Department of Quality, Processing and Market Development under the Ministry of Agriculture and Rural Development (MARD).',
    [{ v: '568', ch: ['rate 17.3 *'] }],
  ],
  [
    DCS_605988,
    'In the first eight months of 2023, rice exports reached USD3.17 billion, up 36.1% over the same period, according to the latest statistics from the Ministry of Agriculture and Rural Development.',
    [{ v: '3170000000', u: 'USD', ch: [`rate 36.1 ${SPLY}`], p: '2023-YTD-08' }],
  ],
  [
    DCS_605988,
    'Statistics from the Vietnam Food Association (VFA) showed that, on the morning of August 28, the price of Vietnam’s 5% broken rice remained at USD638 per ton, while 25% broken rice was traded at USD623 per ton.',
    [{ v: '638' }, { v: '623' }],
  ],
  // Thái Nguyên, first half of 2021
  [
    BTN_3674DE3,
    'In the first six months of 2021, the industrial production value of Thai Nguyen province is estimated at over VND 361 trillion, rising 8.65 percent over the same period and reaching over 43 percent of the year plan.',
    [
      {
        v: '361000000000000',
        u: 'VND',
        a: 'over',
        st: 'estimate',
        c: '43',
        ch: [`rate 8.65 ${SPLY}`],
        p: '2021-H1',
      },
    ],
  ],
  [
    BTN_3674DE3,
    'The export value could increase by 13.51 percent over the same period and is estimated at over USD 13.4 billion.',
    [{ v: '13400000000', u: 'USD', a: 'over', st: 'estimate', ch: [`rate 13.51 ${SPLY}`] }],
  ],
  // provinces' GRDP, first half of 2023 (Báo Gia Lai via vietnam.vn)
  [
    VIETNAMVN_GL_2023,
    'Specifically, in the first 6 months of 2023, Hau Giang province has a forecasted GRDP growth rate of 14.21%, rising to the top of the country and continuing to affirm its leading position in the Mekong Delta region.',
    [{ ch: ['rate 14.21 *'], p: '2023-H1' }],
  ],
  [
    VIETNAMVN_GL_2023,
    'The next two positions belong to Bac Giang and Hai Phong city with forecasted growth rates of 10.94% and 9.94%, respectively.',
    [r('10.94'), r('9.94')],
  ],
  [
    VIETNAMVN_GL_2023,
    'Specifically, Hanoi is forecast to increase by 5.97%, ranking only 30/63 provinces and cities; Da Nang by 3.74%, ranking 46th; Can Tho by 3.71%, ranking 47th and the lowest is Ho Chi Minh City by 3.55%, ranking 48th.',
    [r('5.97'), r('3.74'), r('3.71'), r('3.55')],
  ],
];

export const TEST5_EN: readonly RealSentence[] = TEST5_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test5-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test5',
}));
