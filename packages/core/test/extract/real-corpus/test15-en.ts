import type { RealFact, RealSentence } from './types';

/**
 * HEADER
 */

const SPLY = 'same-period-last-year';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const WKZO_CREDITCAP_2022 =
  'https://wkzo.com/2022/09/07/vietnam-central-bank-lifts-cap-on-credit-growth-for-some-banks/';
const FIINGROUP_LOANBOOK_2019 = 'http://fiingroup.vn/NewsInsights?cat=CorporateAnnouncement&page=27';
const SONICPONIC_KOREA_2019 = 'https://sonicponic.blogspot.com/2019/11/s-korea-vietnam-aim-to-expand-trade.html';
const NGOCENTRE_DENGUE_2024 =
  'https://ngocentre.org.vn/news/dengue-fever-causes-100k-hospitalizations-100-deaths-vietnam-annually';

const HIGOODHUMAN_WILDFIRES = 'https://www.higoodhuman.com/post/wildfires-in-vietnam';
const WORLDTIMES_METRO_2020 =
  'https://vietnamnews.worldtimes.news/deputy-pm-inspects-metro-construction-site-in-ho-chi-minh-city/';
const FUTURITYJOBS_METRO_2020 =
  'https://futurityjobs.com/2020/04/30/a-look-inside-ho-chi-minh-citys-new-metro-vietnam/';
const ASIAFIRST_PAYMENTS = 'https://www.asiafirst.net/post/digital-payments-up-in-vietnam-in-first-two-months';
const VNBA_PAYMENTS = 'https://vnba.org.vn/en/mobile-phone--qr-code-payments-soar-in-popularity-11887.htm';

const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const chg = (c: string, extra: Omit<RealFact, 'ch'> = {}): RealFact => ({ ch: [c], ...extra });

export const TEST15_EN_ROWS: readonly Row[] = [
  // The State Bank of Vietnam's credit growth caps (Reuters on WKZO, 7 September 2022)
  [
    WKZO_CREDITCAP_2022,
    'The State Bank of Vietnam (SBV) said on Wednesday it has raised caps on credit growth for some banks this year, based on their latest operational results, market developments and proposals.',
    [],
  ],
  [
    WKZO_CREDITCAP_2022,
    'The move is designed to boost lending for some banks without encouraging excessive credit growth, and only banks that meet certain requirements on interest rates and management of bad debt will be allowed an upward adjustment to their credit growth, the SBV said.',
    [],
  ],
  [
    WKZO_CREDITCAP_2022,
    'Several local banks have already neared the overall credit growth limit of 14% for 2022, and the risk remains of a further rise in non-performing loans, it added.',
    [chg('rate 14 *', { k: 'target', p: '2022' })],
  ],
  [
    WKZO_CREDITCAP_2022,
    'Vietnam is targeting growth of 6.0%-6.5% and inflation below 4% this year.',
    [chg('rate 4 *', { k: 'target' })],
  ],
  [WKZO_CREDITCAP_2022, 'Consumer prices in August rose 2.89% from a year earlier.', [chg(`rate 2.89 ${SPLY}`)]],
  [WKZO_CREDITCAP_2022, 'Credit growth was at 9.91% at end-2021.', [chg('rate 9.91 *', { p: '2021' })]],
  // FiinRatings on the national loan book (fiingroup.vn, 14 August 2019)
  [
    FIINGROUP_LOANBOOK_2019,
    'After a period of strong loan book growth during 2013-2017, Vietnam has witnessed a slowdown - the national loan book grew by 14% in 2018 compared to 18% in 2017.',
    [chg('rate 14 *', { p: '2018' }), chg('rate 18 *', { p: '2017' })],
  ],
  [
    FIINGROUP_LOANBOOK_2019,
    'Additionally, the focus was on resolving the legacy bad debt with the resulting non-performing loans ratio (NPL) at only 1.89% by YE2018.',
    [pct('1.89', { p: '2018' })],
  ],
  [
    FIINGROUP_LOANBOOK_2019,
    'Considering these events, the SBV also set a modest target of 14% YoY credit growth for 2019.',
    [chg(`rate 14 ${SPLY}`, { k: 'target', p: '2019' })],
  ],
  // Korea-Vietnam trade (Arirang's report, transcribed on sonicponic.blogspot.com, November 2019)
  [
    SONICPONIC_KOREA_2019,
    "During President Moon's state visit to Hanoi last year,... the two countries agreed to expand their economic cooperation... to reach a trade volume of one-hundred-billion dollars by next year.",
    [usd('100000000000', { k: 'target' })],
  ],
  [
    SONICPONIC_KOREA_2019,
    'Thanks to the Doi Moi economic reform, the Vietnamese economy has grown by an average of 6-point-6 percent a year for the past 30 years... and its GDP hit 245-billion U.S. dollars last year.',
    [chg('rate 6.6 *'), usd('245000000000')],
  ],
  [
    SONICPONIC_KOREA_2019,
    "The country's economy is the 6th largest in the ASEAN regional bloc,... and the 46th in the world.",
    [],
  ],
  [
    SONICPONIC_KOREA_2019,
    'The trade volume between the two topped 68-billion U.S. dollars last year, 130 times larger than it was when they established diplomatic ties in 1992.',
    [usd('68000000000', { a: 'over', ch: ['times 130 1992'] })],
  ],
  // Dengue fever (Sức khỏe & Đời sống on the NGO Resource Centre's English pages, 2024)
  [
    NGOCENTRE_DENGUE_2024,
    'Dengue fever continues to be a significant public health issue in Vietnam, causing 100,000 hospitalizations and nearly 100 deaths annually, with many cases involving children, said Deputy Minister of Health Associate Professor Dr. Nguyen Thi Lien Huong.',
    [n('100000'), n('100', { a: 'under' })],
  ],
  [
    NGOCENTRE_DENGUE_2024,
    'In 2024, Vietnam has reported 30,265 cases of dengue fever and three deaths.',
    [n('30265', { p: '2024' }), n('3', { p: '2024' })],
  ],
  [
    NGOCENTRE_DENGUE_2024,
    'Compared to the same period in 2023, this represents a reduction of over 30% in the number of cases and a decrease of six in the number of deaths.',
    [chg('rate -30 *')],
  ],
  // Forest area and cover, after the Institute of Forest Inventory and Planning and MARD (Hi Good Human)
  [
    HIGOODHUMAN_WILDFIRES,
    'In the last few years, due to the influence of climate changes and irresponsible human activities, many forest areas in Vietnam have been burned down, seriously threatening the forest vegetation, the local economic development and human life.',
    [],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'According to a study by the Institute of Forest Inventory and Planning under the Ministry of Agriculture and Rural Development, in 1945, the total forest area in the whole territory of Vietnam reached 14.3 million hectares, with a coverage rate of 43.8%.',
    [ha('14300000', { p: '1945' }), pct('43.8', { p: '1945' })],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'However, after the country was liberated in 1976, the forest area was only 11.6 million hectares, and the coverage rate was 33.8%.',
    [ha('11600000', { p: '1976' }), pct('33.8', { p: '1976' })],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'During the 20 years of the period 1976-1995 of construction and economic recovery after the war, the conversion of forest land use purposes and the over-exploitation of forest products caused the forest area to continue to decline to the lowest level, at 9.3 million ha, and the coverage rate is only 28.2%.',
    [ha('9300000'), pct('28.2')],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'Due to this decrease at a worrying level, the Government declared the closure of natural forests, at the same time, asked localities to increase additional afforestation with the target by 2015 to increase forest cover to 42-43%.',
    [],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'However, according to the annual State of National Forestry Announcement of the Ministry of Agriculture and Rural Development, in 2016, the newly restored forest area of Vietnam equaled to the area of 1945 was 14.3 million hectares, but the coverage rate government only reached 41.19%.',
    [ha('14300000', { p: '2016' }), pct('41.19', { p: '2016' })],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'By 2018, the total forest area in Vietnam reached nearly 14.5 million hectares, with a coverage rate of 41.65%.',
    [ha('14500000', { a: 'under', p: '2018' }), pct('41.65', { p: '2018' })],
  ],
  [
    HIGOODHUMAN_WILDFIRES,
    'The data from the General Statistics Office shows that, in the period 2014-2018, each year, Vietnam planted more than 220 hectares of forest.',
    [ha('220', { a: 'over' })],
  ],
  // Hồ Chí Minh City's metro line 1 (VNA on Vietnam News (World Times), 2020; Futurity Jobs, April 2020)
  [
    WORLDTIMES_METRO_2020,
    'To date, about 73.5% of the construction work of Line 1, which covers 19.7 kilometres, including 2.6 kilometres of underground tracks, has been completed and contractors are aiming to complete 85% of the construction work by the end of 2020.',
    [{ c: '73.5' }, { c: '85', k: 'target', p: '2020' }],
  ],
  [
    WORLDTIMES_METRO_2020,
    'Under the general plan, Ho Chi Minh City will have an urban rail network of 8 metro lines and three tram or monorail lines, with a total combined length of 220 kilometres.',
    [{ v: '220', u: 'km', k: 'target' }],
  ],
  [
    FUTURITYJOBS_METRO_2020,
    'Ho Chi Minh’s first metro rail line is approximately 70% complete and is due to enter operations by the end of 2021.',
    [{ c: '70' }],
  ],
  [
    FUTURITYJOBS_METRO_2020,
    'As we can see from these photos, the US$1.9 billion (approximate) project is now looking well developed.',
    [usd('1900000000', { a: 'about' })],
  ],
  // Non-cash payments, the State Bank of Vietnam's Payment Department (Asia First; the Vietnam Banks Association's English pages)
  [
    ASIAFIRST_PAYMENTS,
    'The State Bank of Vietnam (SBV) has reported a significant surge in non-cash payment transactions during the first two months of the year, indicating a notable shift in customer behaviour towards modern financial services.',
    [],
  ],
  [
    ASIAFIRST_PAYMENTS,
    'According to the latest data, the volume of cashless transactions increased by 50.1% year-on-year, with QR code transactions posting the strongest surge of 142% in quantity and 50% in value.',
    [chg(`rate 50.1 ${SPLY}`), chg('rate 142 *'), chg('rate 50 *')],
  ],
  [
    ASIAFIRST_PAYMENTS,
    'Internet-based transactions saw an increase of 90.2% in volume and 10% in value, followed by mobile phone transactions with 60.3% and 13.9%, respectively.',
    [chg('rate 90.2 *'), chg('rate 10 *'), chg('rate 60.3 *'), chg('rate 13.9 *')],
  ],
  [
    ASIAFIRST_PAYMENTS,
    'POS transactions increased by 36.7% in volume and 29.7% in value.',
    [chg('rate 36.7 *'), chg('rate 29.7 *')],
  ],
  [
    ASIAFIRST_PAYMENTS,
    'SBV’s payment department attributes this progress to notable digital transformation activities in the banking industry, with 95% of credit institutions having adopted and implemented digital transformation strategies in their units.',
    [],
  ],
  [
    VNBA_PAYMENTS,
    'Mobile phone payments also surged by 65% in volume and 77% in value while QR code transactions rose by 152% and 301%, respectively.',
    [chg('rate 65 *'), chg('rate 77 *'), chg('rate 152 *'), chg('rate 301 *')],
  ],
  [
    VNBA_PAYMENTS,
    'Meanwhile, transactions made through ATMs decreased by 4% in volume and 6% in value.',
    [chg('rate -4 *'), chg('rate -6 *')],
  ],
  [
    VNBA_PAYMENTS,
    'According to the Vietnam Banks Association, 96 banks and credit institutions in Vietnam are actively building digital transformation strategies.',
    [n('96')],
  ],
  [VNBA_PAYMENTS, 'Moreover, 92% of the banks have developed internet and mobile apps to improve their services.', []],
  [
    VNBA_PAYMENTS,
    'Banks and payment intermediaries are connected in real-time transactions, with an average daily value reaching approximately 40 billion USD, encompassing 8 million transactions per day.',
    [usd('40000000000', { a: 'about' }), n('8000000')],
  ],
  [
    VNBA_PAYMENTS,
    'According to a survey from DBS financial services group, Vietnam ranks second among the 10 Southeast Asian countries in the degree of digital transformation for enhancing customer experience and engagement in the financial sector, behind only Singapore./.',
    [],
  ],
  //ROWS-END
];

export const TEST15_EN: readonly RealSentence[] = TEST15_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test15-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test15',
}));
