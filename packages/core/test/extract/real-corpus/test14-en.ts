import type { RealFact, RealSentence } from './types';

/**
 * The FOURTEENTH fresh set (`test14`), English part (with `test14-vi.ts`; `test14b-*.ts` are a second
 * builder's part on other sectors): sentences copied verbatim from NEW SECTORS and NEW BODIES, from
 * sites no earlier set read — population and demography (the GSO's 2019 Population and Housing
 * Census on Xinhua's `xinhuanet.com` and retold on electrodealpro.com; the General Office for
 * Population and Family Planning's 2017-2018 figures on news.c10mt.com; the Ministry of Health's
 * World Population Day figures of 2024 on the English pages of Tạp chí Lao động và Xã hội), telecoms
 * and the digital economy (the Ministry of Information and Communications on Mobile World Live,
 * DIGITIMES and the SAMENA Council's daily news; the Google-Temasek-Bain e-Conomy report on Hai Phong
 * News, the city's English portal), startups, venture capital and patents (the National Innovation
 * Centre's report on a24now.com; the Intellectual Property Office on Law Firm Elite), public security
 * (the Fire Prevention and Fighting Department on China-ASEAN Media, Lokmat Times and India Blooms;
 * the Traffic Police Department's January-May 2018 figures on blog.vietnam-aujourdhui.info), natural
 * disasters (the Central Steering Committee for Natural Disaster Prevention and Control on YCNews;
 * the IFRC's final report on the 2020 floods on nano-tsunami.com), water supply (Hanoi's Department
 * of Agriculture and Rural Development on Saigoneer) and culture and sport (the 31st SEA Games medal
 * table on VietExplorer; Box Office Vietnam on OVietnam and phuottuoitre.com), internet use (We Are
 * Social and Kepios's Digital 2023 on marketreport.io; Digital in 2018 on The PIE News blog), drought
 * and salinisation (AFP on The Straits Times, 2024; the Department of Water Resources on the South
 * China Morning Post, 2020) and online public services and the PAPI index (IPS's English pages on PAPI
 * 2022; the National Agency for Digital Transformation on PrimeTweets; the National Committee for
 * Digital Transformation and PAPI 2023 on Viet Nam Law & Legal Forum), 2018-2024 — from
 * articles and domains that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `fresh4-*.ts`, `test2-*.ts`
 * … `test13b-*.ts` (checked by grepping every domain and distinctive figures). Every figure sentence
 * of the passages read is kept, with some of the sentences around them that state no figure, and
 * headlines that state a figure. Datelines (`HANOI, July 11 (Xinhua) --`, `Hanoi, July 11`, `HÀ NỘI
 * —`) and the source tag `(LĐXH)-` are dropped; where the stored copy ran two words together (`by
 * 2025as`) the space of the published text is restored, and no other wording is changed. Slips of
 * the source (`ros 4 percentage points`, `aimed to increased`, `VDN130 trillion`, `according Le Canh
 * Nhac`, `we have already had results`, `This It shows`) are kept as printed.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test12-en.ts` and
 * `test13-en.ts`: `year-on-year`, `on-year`, `against the same period last year`, `during the same
 * period last year` are the same period last year; `compared to 2016`, `compared to 2018`, `higher
 * than 2020` of a year's figure that year; `annually`, `each year`, a change leaning on the base of the
 * sentence before it (`the number of severe injuries climbed up by 0.3 percent`) and a change with no
 * base are `*`. `over`, `more than`, `at least`, `exceeded` X is a lower bound, `nearly` an upper
 * bound, `about`, `some`, `approximately` an approximation (a bound of a change has no field); `was
 * estimated at` is the stage `estimate`; a goal, forecast or projection (`is expected to`, `will
 * hit`, `predicted … would rise to`, `expects to see`, `are expected to have`, `will provide water to
 * an additional`, the `target`) is a target. Counts of people, households, fires, accidents, houses,
 * schools, ships, utility poles, medals, transactions, base stations, domain names and subscribers,
 * life expectancy in years, the sex ratio at birth (`112.4 boys/100 girls`), mortality per 100,000 or
 * 1,000 live births, people per square km and square metres per person are values without a unit;
 * `Vietnamese dong`, `VND`, `VNĐ` and the misprinted `VDN` are `VND`; `$`, `US$` and `U.S. dollars`
 * are `USD`; hectares `ha`, kilometres `km`. A period is given when the sentence names it with its year
 * (`in 2018` `2018`, `in the first quarter of 2024` `2024-Q1`, `In the first five months of the year
 * … in 2024` `2024-YTD-05`, `As of December 2021` `2021-12`, `in the second half of 2020` `2020-H2`,
 * `The country ended 2021 with` `2021`, `by 2025` of a goal `2025`), and every item of a list governed
 * by that period carries it; `in the first quarter of this year`, `Last year`, `as of April 1`, `at
 * 0:00 on April 1, 2019` (a day), `from the beginning of 2020` (no closing month) and `in recent years`
 * none.
 *
 * The lead's conventions (domain.md, the test11-test13 headers): the LEVEL of a named rate indicator
 * is a value fact in `percent` (`the percentage of numbers registered with a smartphone has risen from
 * 59% in 2018 to 75% in 2021`, `Household fiber-optic network … to 65%`, `4G coverage in Vietnam is
 * 99.8%`, `ratio of smartphone users/total number of mobile phone users … 84.4%`, `fiber optic cable
 * coverage to each household is nearly 80%`, `the proportion of urban population increased from 20%
 * … to 38.1%`), and so is the same indicator's level for a comparison group or an earlier time (`at
 * only 99.4%`, `the world average of 63%`, `This rate was previously 97%`); shares of a total written
 * as a share (`accounting for 50.2 percent`, `93.1 percent of households live in …`, `77.5 percent of
 * the group aged 15 or over`, `95.8 percent of the group are literate`, `57 per cent of total users`,
 * `78 per cent of mobile users had smartphones`, `100% of users having smartphones`, `31.5% of
 * residents have access to clean water`, `94% of people in the area`, `the percentage of which has
 * risen to 20.3%` of shared stations among all stations, `from 56.1% … to 67.5%` of the working-age
 * population, `Accounting for 21% of total patent applications`), growth rates (changes) and rates set
 * by decision are not value facts; a count is a fact when it is the indicator's value (fires, deaths,
 * injuries, houses damaged, medals won, subscribers, deals, members of a delegation, people registered
 * for an event), not when it merely describes (`in 16 provinces and cities`, `526 categories in 40
 * sports`, `34 more projects`, `11 sports delegations`, `The country of 97 million people`, a
 * restated total `Among the 2,222 fires`); ranks (`the 15th most populous country`, `ranked second`,
 * `the 45th highest`) are not facts. A named rate's change in percentage points is a `points` change
 * (`ros 4 percentage points year-on-year in 2021`, `risen by 10 percentage points year-on-year`).
 * test13's rulings apply: (1) no sentence here counts units reaching a standard; (2) a flow done in the
 * period is a value (`claimed a total of 17 gold medals on Saturday`), a difference from a base (`up
 * 10.4 million against 2009`, `down 0.3 people against 2009`, `up 31 people over 2009`, `has increased
 * by 10.4 million people`, `will rise by one million`) is an absolute change and no fact, and a
 * planned addition (`a further 61,000 households are expected to have clean water`, `an additional
 * 2.48 million people`, `the 28-percentage point target`) a target; (3) no rate is printed without its
 * sign. An index score would be a value without unit; no sentence of this part states one. Named
 * rates of internet and e-government use are levels too (`internet penetration rate stood at 79.1
 * percent of the total population`, `a penetration rate of 67%`, `the usage rate … 4.05%, 4.11%, and
 * 4.85%`, `The rate of users creating profiles … 1.22%`, `the rate of people using the internet at
 * home … over 75%`, `the percentage of end-to-end online applications reached 42%`, `the proportion of
 * administrative procedures available through end-to-end online public services … 55.5% (59.68% … and
 * 55.38% …)`, `the ratio of end-to-end online public service provision … stands at 55%`, `the rate of
 * eligible full-cycle administrative procedures reached only 48 percent`), while the same kind of figure
 * written as a share is not (`only nearly 5% of respondents reported using the portal`, `39.1 percent
 * of Vietnam’s population lived in urban centers`, `only 5% of total administrative procedures were
 * available` and `this figure had surged to 43%` after it, `constituting just 0.004%`, the target `of
 * having at least 70 percent of public administrative procedures provided online`).
 *
 * Judgement calls: a population growth rate (`has expanded 1.14 percent annually since 2009`, `The
 * average annual population growth rate in the period of 2009-2019 is 1.14% / year`) is a change with
 * base `*`, and the earlier decade's rate beside it (`the 1.18-percent growth rate reported in the
 * previous census`, `(1.18% / year)`) a second change of its own; `The number of households … reached
 * nearly 26.9 million as of April 1, … according to the latest census conducted in 2019` carries
 * `2019`, as `test13-en.ts` reads the survey year; `The population in urban areas in Vietnam in 2019
 * was …; In rural areas, there are …` puts both counts in 2019; the GOPFP's statements about 2018 made
 * in February 2018 (`its life expectancy will hit 73.7`, `will be 112.8 boys/100 girls in 2018`,
 * `would rise to 94.7 million in 2018`) are forecasts, so targets; `The maternal mortality rate has
 * decreased 6 times … from 233/100,000 … to about 40/100,000` gives the two levels and no change field
 * (a fall `6 times` has no form of its own); `Since 1993, the mortality rate … has also decreased from
 * 43.3 to 12.1 … in 2020` gives `1993` to the first level and `2020` to the second, as `test13-en.ts`
 * reads `has more than tripled since 2005 from 1.6 million` (the second annotator's check, 1 December
 * 2026; the first reading gave the first level no period); `the number of investments dropped
 * slightly to 17%` is read as a fall of 17% (a count has no level in percent; the NIC report says the
 * number of deals fell 17 percent); `For 2021, … is expected to generate VDN130 trillion` (said on 5
 * January 2022, of a year that had ended) is the actual figure of 2021 without a stage, with its change
 * against 2020, as `test8-en.ts` reads `is expected to have grown` of a past period and `test11-en.ts`
 * the Coal Trader's `in 2023, … will reach` written in January 2024 (the second annotator's check; it was
 * read as a target); `In a population of about 96 million, 64 million Vietnamese are online, … a
 * remarkable Internet penetration rate of 67%, according to the new 2018 Global Digital suite of
 * reports` carries `2018` on both figures, as the census and the PAPI survey years are read (the second
 * annotator's check); `Vietnam’s digital economy is expected to grow 20 per cent annually … and is on track to
 * reach $45 billion by 2025` is one target with its growth, and the headline `Growth of 20% each year
 * forecast` a target change on its own; `Team Vietnam set a target of claiming 140-150 gold medals`
 * is a range, no fact; `Over 7,878 athletes, coaches, and members of 11 sports delegations … have
 * registered` and the delegation of `951 athletes …, 250 coaches, 30 experts, and 46 team managers`
 * are counts of people (values), while `508 categories` describes; the medal counts of other countries
 * are values as Vietnam's are; `50 traffic accidents each day which claimed 23 lives and injured 38
 * people` are daily averages, values; `357 dead or missing (291 dead, 66 missing)` are three values
 * (the bracketed breakdown is stated, not a restatement); `three bridges` and `two million head of
 * cattle` are read as their numbers; `52% of those living in all rural areas outside Hanoi – 2.23
 * million people – were able to access clean water` is a share and the count of people served (a
 * value); `This astounding figure is three times higher than the revenue generated during the same
 * period last year` is a multiple of 3 against the same period last year; `expected to reach VNĐ450
 * billion` a target; currency restatements in brackets (`(roughly 6.7 million U.S. dollars)`, `(US$40
 * million)`, `(approximately CHF 1,425,313)`) are not facts; single incidents (`A fire … killed five
 * early Tuesday`, ages of victims) and the football score `1-0` state nothing certain. In the later
 * passages: `(+0.7 percent) between 2022 and 2023` and `(+7.3 percent) between 2022 and 2023` (January
 * against January) are changes with base `*`, the absolute changes beside them no facts; `At the start of
 * 2023` and `in July 2024` (the date of a meeting, not of the data) give no period, while `The 2023 …
 * PAPI recorded`, `according to the PAPI 2022 survey` and `by 2010, merely four online public services`
 * carry their years; `6h23m` (a duration with no decimal form) states nothing certain; `70.00 million`
 * is 70 000 000; `faces nearly US$3 billion … a year in crop losses`, `could be impacted` and `will
 * continue to spread …, affecting as much as 110 kilometres` are projections, so targets; `three to
 * five kilometres more` is a range; `a 2.5 times increase from the end of 2023` and `a fivefold
 * increase compared to the previous decade` are multiples with base `*`; `In a population of about 96
 * million` and `among the 43,000 people living in the area` describe; `nearly 21 million in just eight
 * years` carries no period.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const XINHUA_CENSUS_2019 = 'http://www.xinhuanet.com/english/2019-07/11/c_138218350.htm';
const ELECTRODEALPRO_CENSUS_2019 =
  'https://electrodealpro.com/vietnam-has-the-15th-largest-population-in-the-world-more-than-96-million-people/';
const C10MT_POPULATION_2018 = 'https://news.c10mt.com/2018/02/vietnams-population-to-reach-947.html';
const TAPCHILDXH_LIFE_2024 =
  'https://tapchilaodongxahoi.vn/vietnamese-people-have-an-average-life-expectancy-of-745-years-1331544.html';
const MOBILEWORLDLIVE_BROADBAND_2022 =
  'https://www.mobileworldlive.com/devices/vietnam-targets-mobile-broadband-subs-surge/';
const DIGITIMES_SMARTPHONE_2022 = 'https://www.digitimes.com/news/a20220105PD214.html';
const SAMENA_4G_2024 = 'http://samenacouncil.org/samena_daily_news.php?news=98803';
const HAIPHONGNEWS_DIGITAL_2023 =
  'https://haiphongnews.gov.vn/news/digital-economy-expected-to-hit-45bln-by-2025-ct9182.html';
const A24NOW_STARTUPS_2021 =
  'https://a24now.com/2021/05/vietnam-it-is-expected-that-investment-in-local-start-up-companies-will-increase-this-year/';
const LAWFIRMELITE_PATENTS_2022 = 'https://lawfirmelite.com/foreign-patent-application-statistics-in-vietnam-in-2022';
const CHINA_ASEAN_FIRES_2019 = 'http://en.china-asean-media.com/show-45-917-1.html';
const LOKMAT_FIRES_2024 =
  'https://www.lokmattimes.com/international/fires-kill-57-people-in-vietnam-in-first-six-months/amp';
const INDIABLOOMS_FIRES_2020 = 'https://indiablooms.com/phoenix/public/world/fire-kills-5-in-southern-vietnam/details';
const VNAUJOURDHUI_TRAFFIC_2018 =
  'http://blog.vietnam-aujourdhui.info/post/2018/05/29/Vietnam-s-traffic-accidents-drop-in-January-May-period';
const YCNEWS_DISASTERS_2020 =
  'https://ycnews.com/vietnams-frequent-natural-disasters-in-2020-caused-nearly-1-3-billion-u-s-dollars-in-economic-losses/amp/';
const NANOTSUNAMI_FLOODS_2020 = 'https://nano-tsunami.com/vietnam-floods-final-report-operation-no-mdrvn020-vietnam/';
const SAIGONEER_WATER_2018 =
  'https://saigoneer.com/hanoi-news/21767-over-50-of-rural-areas-outside-hanoi-have-access-to-clean-water';
const VIETEXPLORER_SEAGAMES_2022 =
  'https://vietexplorer.com/sports/vietnam-keeps-sitting-atop-sea-games-medal-table-with-188-golds/';
const OVIETNAM_BOXOFFICE_2024 =
  'http://ovietnam.vn/news/vietnamese-film-revenuetops-40-million-in-five-months_356424.html';
const PHUOTTUOITRE_BOXOFFICE_2023 = 'https://phuottuoitre.com/vietnamese-box-office-sets-record-breaking-revenue/';

const MARKETREPORT_DIGITAL_2023 = 'http://marketreport.io/DIGITAL-2023-Quarter-1';
const THEPIENEWS_DIGITAL_2018 = 'https://blog.thepienews.com/tag/facebook/';
const STRAITSTIMES_DROUGHT_2024 =
  'https://www.straitstimes.com/asia/se-asia/vietnam-province-declares-state-of-emergency-over-drought';
const SCMP_DROUGHT_2020 =
  'https://www.scmp.com/news/asia/southeast-asia/article/3074064/drought-drives-vietnams-mekong-delta-declare-state';
const IPS_PAPI_2022 =
  'https://ips.org.vn/en/news/people-and-online-public-services-the-child-that-refuses-to-grow-up-ct423.html';
const PRIMETWEETS_EGOV_2024 =
  'https://primetweets.com/lifestyle/vietnam-aims-for-40-of-its-adult-population-to-utilize-online-public-services';
const VIETNAMLAWMAG_OPAS_2024 =
  'https://vietnamlawmagazine.vn/improving-online-public-administrative-service-delivery-with-a-digital-governance-mindset-72721.html';

const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const km = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'km', ...extra });
const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });

export const TEST14_EN_ROWS: readonly Row[] = [
  // General Statistics Office, 2019 Population and Housing Census, preliminary results (Xinhua)
  [
    XINHUA_CENSUS_2019,
    'Vietnam had over 96.2 million people as of April 1, up 10.4 million against 2009, making it the 15th most populous country in the world, according to the result of its latest national population and housing census released on Thursday.',
    [n('96200000', { a: 'over' })],
  ],
  [
    XINHUA_CENSUS_2019,
    "Vietnam's population has expanded 1.14 percent annually since 2009, slower than the 1.18-percent growth rate reported in the previous census conducted in that year, the General Statistics Office said.",
    [{ ch: ['rate 1.14 *'] }, { ch: ['rate 1.18 *'] }],
  ],
  [
    XINHUA_CENSUS_2019,
    'The number of households in the country reached nearly 26.9 million as of April 1, up 4.4 million against 2009, according to the latest census conducted in 2019.',
    [n('26900000', { a: 'under', p: '2019' })],
  ],
  [
    XINHUA_CENSUS_2019,
    'On average, each household currently has 3.5 people, down 0.3 people against 2009.',
    [n('3.5')],
  ],
  [XINHUA_CENSUS_2019, 'Now, 93.1 percent of households live in permanent or semi-permanent houses.', []],
  [
    XINHUA_CENSUS_2019,
    'The average housing area is 23.5 square meters per person, 6.8 square meters larger than 10 years ago.',
    [n('23.5')],
  ],
  [XINHUA_CENSUS_2019, 'However, 4,800 households have no houses.', [n('4800')]],
  [
    XINHUA_CENSUS_2019,
    'The current population includes over 48.3 million females, accounting for 50.2 percent, and more than 47.8 million males, making up 49.8 percent.',
    [n('48300000', { a: 'over' }), n('47800000', { a: 'over' })],
  ],
  [
    XINHUA_CENSUS_2019,
    'The population density currently stands at 290 people per square km, up 31 people over 2009.',
    [n('290')],
  ],
  [
    XINHUA_CENSUS_2019,
    'Hanoi and Ho Chi Minh City are the two most crowded localities, with 2,398 and 4,363 people per square km respectively.',
    [n('2398'), n('4363')],
  ],
  [
    XINHUA_CENSUS_2019,
    'More than 33 million Vietnamese people live in urban areas, accounting for 34.4 percent of the total population, compared to over 63.1 million people or 65.6 percent living in rural areas.',
    [n('33000000', { a: 'over' }), n('63100000', { a: 'over' })],
  ],
  [XINHUA_CENSUS_2019, 'The ever-married population makes up 77.5 percent of the group aged 15 or over.', []],
  [XINHUA_CENSUS_2019, 'Up to 95.8 percent of the group are literate.', []],
  // The same census retold (electrodealpro.com)
  [
    ELECTRODEALPRO_CENSUS_2019,
    'Do you remember the recent expanded census, we have already had results, according to the census results, at 0:00 on April 1, 2019 Vietnam we have 96,208,984 people, in which male population is 47,881,061 people (accounting for 49.8%) and female population is 48,327,923 people (accounting for 50.2%).',
    [n('96208984'), n('47881061'), n('48327923')],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    'Thus, Vietnam is the 15th most populous country in the world, falling 2 places compared to 10 years ago, and ranking third in Southeast Asia (after Indonesia and the Philippines).',
    [],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    "After 10 years, since 2009, Vietnam's population has increased by 10.4 million people.",
    [],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    'The average annual population growth rate in the period of 2009-2019 is 1.14% / year, a slight decrease compared to the previous 10-year period (1.18% / year).',
    [{ ch: ['rate 1.14 *'] }, { ch: ['rate 1.18 *'] }],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    "In 2019, Vietnam's population density was 290 people / km2, an increase of 31 people / km2 compared to 2009.",
    [n('290', { p: '2019' })],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    'Hanoi and Ho Chi Minh City are the two regions with the highest population density in the country, respectively 2,398 people / km2 and 4,363 people / km2.',
    [n('2398'), n('4363')],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    'The distribution of population among socio-economic regions varies considerably, the Red River Delta region is the largest concentration of population of the country with 22.5 million people, accounting for nearly 23.4%; followed by the North Central and Central Coast with 20.2 million people, accounting for 21.0%.',
    [n('22500000'), n('20200000')],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    "The Central Highlands is home to the least population with a total population of 5.8 million, accounting for 6.1% of the country's population.",
    [n('5800000')],
  ],
  [
    ELECTRODEALPRO_CENSUS_2019,
    'The population in urban areas in Vietnam in 2019 was 33,059,735 people, accounting for 34.4%; In rural areas, there are 63,149,249 people, accounting for 65.6%.',
    [n('33059735', { p: '2019' }), n('63149249', { p: '2019' })],
  ],
  // General Office for Population and Family Planning, 2017 and 2018 (news.c10mt.com)
  [
    C10MT_POPULATION_2018,
    'Vietnam’s population will rise by one million, its life expectancy will hit 73.7, and the infant sex ratio will be 112.8 boys/100 girls in 2018, according to the Vietnam General Office for Population-Family Planning (GOPFP).',
    [n('73.7', { k: 'target', p: '2018' }), n('112.8', { k: 'target', p: '2018' })],
  ],
  [
    C10MT_POPULATION_2018,
    'GOPFP reported that the Vietnamese population hit 93.7 million in 2017 and predicted the figure would rise to 94.7 million in 2018.',
    [n('93700000', { p: '2017' }), n('94700000', { k: 'target', p: '2018' })],
  ],
  [C10MT_POPULATION_2018, 'This would make Vietnam the 14th most populous country in the world.', []],
  [
    C10MT_POPULATION_2018,
    'Vietnam’s population has increased by 1.07 percent compared to 2016, according Le Canh Nhac, deputy general director of GOPFP.',
    [{ ch: ['rate 1.07 2016'] }],
  ],
  [
    C10MT_POPULATION_2018,
    'About 1.3 million children were born in 2017, with the average sex ratio at 112.4 boys/100 girls.',
    [n('1300000', { a: 'about', p: '2017' }), n('112.4', { p: '2017' })],
  ],
  [
    C10MT_POPULATION_2018,
    'The highest boy to girl sex ratios of infants can be found in the northern provinces, such as Son La (120 boys/100 girls), Hung Yen (118.6 boys/100 girls), Bac Ninh (117.6 boys/100 girls), Hai Duong (116.3 boys/100 girls), and others.',
    [n('120'), n('118.6'), n('117.6'), n('116.3')],
  ],
  [C10MT_POPULATION_2018, 'The boy to girl sex ratio for infants born in Hanoi is 114 boys/100 girls.', [n('114')]],
  [
    C10MT_POPULATION_2018,
    'It was predicted that the average sex ratio of infants will slightly rise to 112.8 boys/100 girls in 2018.',
    [n('112.8', { k: 'target', p: '2018' })],
  ],
  // Ministry of Health on World Population Day 2024 (Tạp chí Lao động và Xã hội, English pages)
  [TAPCHILDXH_LIFE_2024, 'Vietnamese people have an average life expectancy of 74.5 years', [n('74.5')]],
  [
    TAPCHILDXH_LIFE_2024,
    'The average life expectancy of Vietnamese people increases from 65.5 years in 1993 to 74.5 years in 2023, higher than many countries with the same per capita income.',
    [n('65.5', { p: '1993' }), n('74.5', { p: '2023' })],
  ],
  [
    TAPCHILDXH_LIFE_2024,
    'The maternal mortality rate has decreased 6 times in the past 30 years, from 233/100,000 live births in 1990 to about 40/100,000 live births in recent years.',
    [n('233', { p: '1990' }), n('40', { a: 'about' })],
  ],
  [
    TAPCHILDXH_LIFE_2024,
    'Since 1993, the mortality rate for children under 1 year of age has also decreased from 43.3 to 12.1 per 1,000 live births in 2020.',
    [n('43.3', { p: '1993' }), n('12.1', { p: '2020' })],
  ],
  [
    TAPCHILDXH_LIFE_2024,
    'The population structure is shifting positively towards a sharp increase in the working-age population, from 56.1% in 1989 to 67.5% in 2023.',
    [],
  ],
  [
    TAPCHILDXH_LIFE_2024,
    'Population distribution has become more reasonable, the proportion of urban population increased from 20% in 1993 to 38.1% in 2023.',
    [pct('20', { p: '1993' }), pct('38.1', { p: '2023' })],
  ],
  // Ministry of Information and Communications, mobile broadband (Mobile World Live)
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'Vietnam’s Ministry of Information and Communications (MIC) set an ambitious goal to significantly boost mobile broadband penetration and ensure every adult owns a smartphone, Vietnam News Agency reported.',
    [],
  ],
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'Deputy Minister of Information and Communications Pham Duc Long, speaking at the World Mobile Broadband and ICT Summit 2022 in Hanoi, reportedly said the government aimed to increased the number of mobile broadband subscribers from 57 per cent of total users in 2021 to 85 per cent by end-2022.',
    [],
  ],
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'Considering mobile broadband penetration ros 4 percentage points year-on-year in 2021, hitting the 28-percentage point target would be an impressive achievement.',
    [
      { ch: [`points 4 ${SPLY}`], p: '2021' },
      { k: 'target', ch: ['points 28 *'] },
    ],
  ],
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'The country ended 2021 with 70.9 million broadband subscribers, MIC stated.',
    [n('70900000', { p: '2021' })],
  ],
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'Data from GSMA Intelligence showed 78 per cent of mobile users had smartphones at end-2021.',
    [],
  ],
  [
    MOBILEWORLDLIVE_BROADBAND_2022,
    'The country of 97 million people had 156 million mobile connections, including 42.9 million LTE.',
    [n('156000000'), n('42900000')],
  ],
  // Ministry of Information and Communications, 2021 (DIGITIMES, after ICTnews)
  [
    DIGITIMES_SMARTPHONE_2022,
    "Vietnam's smartphone coverage and household fiber-optic network coverage have been increasing, according to Vietnamese-language media Ictnews.",
    [],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'Data from the Ministry of Information and Communications (MIC) showed that the percentage of numbers registered with a smartphone has risen from 59% in 2018 to 75% in 2021.',
    [pct('59', { p: '2018' }), pct('75', { p: '2021' })],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'Household fiber-optic network has also risen by 10 percentage points year-on-year to 65% in 2021.',
    [pct('65', { ch: [`points 10 ${SPLY}`], p: '2021' })],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'MIC expects to see 100% smartphone coverage in 2023 and at least one optical fiber in each household by 2025 as they have been focused on accelerating digitalization.',
    [pct('100', { k: 'target', p: '2023' })],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'As of December 2021, registrations of domain name ".vn" have increased by 5.2% on-year to 544,000, the 45th highest among all countries.',
    [n('544000', { ch: [`rate 5.2 ${SPLY}`], p: '2021-12' })],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    "For 2021, Vietnam's telecom sector is expected to generate VDN130 trillion (US$6.59 billion) in revenue, 2% higher than 2020 despite difficulties such as the pandemic.",
    [vnd('130000000000000', { ch: ['rate 2 2020'], p: '2021' })],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'The Ministry has spent VND8 trillion building and promoting usage of shared base stations and masts, the percentage of which has risen to 20.3% in 2021.',
    [vnd('8000000000000')],
  ],
  [
    DIGITIMES_SMARTPHONE_2022,
    'There were 300 base stations in 16 provinces and cities that were approved to test run 5G networks.',
    [n('300')],
  ],
  // Ministry of Information and Communications, 4G and fibre coverage (SAMENA Council daily news)
  [
    SAMENA_4G_2024,
    'Although it is a low-middle income country, Vietnam has higher 4G coverage than high-income developed countries.',
    [],
  ],
  [
    SAMENA_4G_2024,
    'According to data from the Ministry of Information and Communications, currently 4G coverage in Vietnam is 99.8%, higher than high-income developed countries at only 99.4%.',
    [pct('99.8'), pct('99.4')],
  ],
  [SAMENA_4G_2024, 'This rate was previously 97%, with 5G testing deployed in 59 provinces and cities.', [pct('97')]],
  [
    SAMENA_4G_2024,
    "In addition, Vietnam's ratio of smartphone users/total number of mobile phone users continues to increase to 84.4% (higher than the world average of 63%).",
    [pct('84.4'), pct('63')],
  ],
  [
    SAMENA_4G_2024,
    'Currently, the information and communication industry is aiming for the goal of 100% of users having smartphones by the end of 2024.',
    [],
  ],
  [
    SAMENA_4G_2024,
    'In particular, fiber optic cable coverage to each household is nearly 80% compared to the world average of about 60%.',
    [pct('80', { a: 'under' }), pct('60', { a: 'about' })],
  ],
  // Google, Temasek and Bain e-Conomy report (Hai Phong News, the city's English portal)
  [
    HAIPHONGNEWS_DIGITAL_2023,
    'Digital economy expected to hit $45bln by 2025',
    [usd('45000000000', { k: 'target', p: '2025' })],
  ],
  [
    HAIPHONGNEWS_DIGITAL_2023,
    'Growth of 20% each year forecast for Vietnam’s digital economy.',
    [{ k: 'target', ch: ['rate 20 *'] }],
  ],
  [
    HAIPHONGNEWS_DIGITAL_2023,
    'Vietnam’s digital economy is expected to grow 20 per cent annually in the 2023-2025 period and is on track to reach $45 billion by 2025, according to a report released recently by Google, Temasek, and Bain & Company.',
    [usd('45000000000', { k: 'target', ch: ['rate 20 *'], p: '2025' })],
  ],
  // National Innovation Centre and Do Ventures, startup investment in 2020 (a24now.com)
  [
    A24NOW_STARTUPS_2021,
    'Despite a 48% drop in 2020 to US$451 million, this year’s investment in Vietnamese start-ups will be a real breakthrough.',
    [usd('451000000', { ch: ['rate -48 *'], p: '2020' })],
  ],
  [
    A24NOW_STARTUPS_2021,
    'The main reason for the decrease was that large companies did not make large investments last year, but the number of investments dropped slightly to 17%.',
    [{ ch: ['rate -17 *'] }],
  ],
  [
    A24NOW_STARTUPS_2021,
    'Among them, 60 transactions were registered in the second half of 2020, which was roughly the same as the same period last year…',
    [n('60', { p: '2020-H2' })],
  ],
  [
    A24NOW_STARTUPS_2021,
    'Payments and retail investment were US$101 million and US$83 million, respectively.',
    [usd('101000000'), usd('83000000')],
  ],
  // Intellectual Property Office of Vietnam, patent applications (Law Firm Elite)
  [
    LAWFIRMELITE_PATENTS_2022,
    'The number of patent applications received by the Vietnam Intellectual Property Office (VNIPO) increased by 40% in 2022 compared to 2018',
    [{ ch: ['rate 40 2018'], p: '2022' }],
  ],
  [LAWFIRMELITE_PATENTS_2022, 'Accounting for 21% of total patent applications filed in Vietnam in 2022', []],
  // Fire Prevention and Fighting Department, first quarter of 2019 and the year 2018 (China-ASEAN Media, Xinhua)
  [
    CHINA_ASEAN_FIRES_2019,
    'A total of 957 fires and explosions occurred in Vietnam in the first quarter of this year, killing 30 people and injuring 57 others.',
    [n('957'), n('30'), n('57')],
  ],
  [
    CHINA_ASEAN_FIRES_2019,
    "The fires and explosions also caused property losses of more than 154 billion Vietnamese dong (roughly 6.7 million U.S. dollars), the country's Fire Prevention and Fight Department said on Sunday.",
    [vnd('154000000000', { a: 'over' })],
  ],
  [
    CHINA_ASEAN_FIRES_2019,
    'Vietnam experienced 1,085 fires and explosions in the first quarter of last year, which left 33 people dead and 66 others injured, and caused losses of 413.2 billion Vietnamese dong (nearly 18 million U.S. dollars).',
    [n('1085'), n('33'), n('66'), vnd('413200000000')],
  ],
  [
    CHINA_ASEAN_FIRES_2019,
    'According to the department, in 2018, Vietnam saw 4,075 fires and explosions which killed 112 people, injured 263 others, and caused property losses of some 1,700 billion Vietnamese dong (73.9 million U.S. dollars).',
    [
      n('4075', { p: '2018' }),
      n('112', { p: '2018' }),
      n('263', { p: '2018' }),
      vnd('1700000000000', { a: 'about', p: '2018' }),
    ],
  ],
  // Police Department of Fire Prevention, Fighting and Rescue, first half of 2024 (Lokmat Times, IANS)
  [LOKMAT_FIRES_2024, 'Fires kill 57 people in Vietnam in first six months', [n('57')]],
  [
    LOKMAT_FIRES_2024,
    "A total of 2,222 fires happened in Vietnam in the first six months of this year, killing 57 people and injuring 45 others, according to the country's Police Department of Fire Prevention, Fighting and Rescue.",
    [n('2222'), n('57'), n('45')],
  ],
  [
    LOKMAT_FIRES_2024,
    'The fires caused property losses of some 127.9 billion Vietnamese dong (5.03 million U.S. dollars), local media reported Thursday.',
    [vnd('127900000000', { a: 'about' })],
  ],
  [LOKMAT_FIRES_2024, 'The number of fires and deaths has increased compared to 2023.', []],
  [
    LOKMAT_FIRES_2024,
    'Majority of the fires were reported at residential areas with 823 cases, said the report, according to Xinhua news agency.',
    [n('823')],
  ],
  [
    LOKMAT_FIRES_2024,
    'Among the 2,222 fires reported nationwide, 1,299 cases have their causes clarified, mostly due to electrical system failure, or careless use of fire and heat sources.',
    [n('1299')],
  ],
  // Fire Prevention and Fight Department, 2019, under a news item on one fire (India Blooms, Xinhua)
  [
    INDIABLOOMS_FIRES_2020,
    "A fire in Vietnam's southern Ho Chi Minh City killed five early Tuesday, Vietnam News Agency reported.",
    [],
  ],
  [
    INDIABLOOMS_FIRES_2020,
    'The fire broke out in a house located in a small alley of District 9 in Ho Chi Minh City at around 4:00 am local time, killing five people in the family, including three women aged 70, 44 and 30 and two men aged 40 and 37, the news agency reported.',
    [],
  ],
  [
    INDIABLOOMS_FIRES_2020,
    "In 2019, Vietnam logged 3,755 explosions and fires which killed 112 people, injured 177 others, and caused property losses of some 1,400 billion Vietnamese dong (60.9 million US dollars), according to the country's Fire Prevention and Fight Department.",
    [
      n('3755', { p: '2019' }),
      n('112', { p: '2019' }),
      n('177', { p: '2019' }),
      vnd('1400000000000', { a: 'about', p: '2019' }),
    ],
  ],
  // Traffic Police Department, January-May 2018 (blog.vietnam-aujourdhui.info, Xinhua)
  [
    VNAUJOURDHUI_TRAFFIC_2018,
    'The numbers of traffic accidents, deaths and slight injuries caused by the accidents decreased by 5.7 percent, 0.4 percent, and 18 percent, respectively, against the same period last year.',
    [{ ch: [`rate -5.7 ${SPLY}`] }, { ch: [`rate -0.4 ${SPLY}`] }, { ch: [`rate -18 ${SPLY}`] }],
  ],
  [
    VNAUJOURDHUI_TRAFFIC_2018,
    'However, the number of severe injuries climbed up by 0.3 percent.',
    [{ ch: ['rate 0.3 *'] }],
  ],
  [
    VNAUJOURDHUI_TRAFFIC_2018,
    'On average, in the first five months of this year, Vietnam saw 50 traffic accidents each day which claimed 23 lives and injured 38 people.',
    [n('50'), n('23'), n('38')],
  ],
  [
    VNAUJOURDHUI_TRAFFIC_2018,
    'Last year, 20,280 traffic accidents happened in Vietnam, claiming 8,279 lives, severely injuring 5,587 people and slightly hurting 11,453 others, said the department.',
    [n('20280'), n('8279'), n('5587'), n('11453')],
  ],
  // Central Steering Committee for Natural Disaster Prevention and Control, 2020 (YCNews)
  [
    YCNEWS_DISASTERS_2020,
    'Vietnam’s frequent natural disasters in 2020 caused nearly 1.3 billion U.S. dollars in economic losses',
    [usd('1300000000', { a: 'under', p: '2020' })],
  ],
  [
    YCNEWS_DISASTERS_2020,
    'The Vietnam Central Natural Disaster Prevention Steering Committee revealed that from the beginning of 2020, various natural disasters have claimed 280 lives and caused approximately 29.9 trillion VND (approximately US$1.29 billion) in economic losses to Vietnam.',
    [n('280'), vnd('29900000000000', { a: 'about' })],
  ],
  [
    YCNEWS_DISASTERS_2020,
    'According to the report, since the beginning of 2020, Vietnam has suffered 13 typhoons, 114 floods and landslides, 86 earthquakes, and 264 storms.',
    [n('13'), n('114'), n('86'), n('264')],
  ],
  [
    YCNEWS_DISASTERS_2020,
    'Natural disasters also caused 856 injuries and at least 66 people are missing.',
    [n('856'), n('66', { a: 'over' })],
  ],
  [
    YCNEWS_DISASTERS_2020,
    'In addition, heavy rains, flash floods and landslides caused more than 3,420 houses to collapse, more than 327,700 houses were damaged, and nearly 509,800 houses were flooded, seriously affecting the lives of millions of people.',
    [n('3420', { a: 'over' }), n('327700', { a: 'over' }), n('509800', { a: 'under' })],
  ],
  [
    YCNEWS_DISASTERS_2020,
    'The General Administration of Natural Disaster Prevention of Vietnam revealed that the recently landed typhoon “Huan Gao” has injured 24 people in Vietnam, collapsed 7 houses, damaged more than 7,500 houses, and sank or destroyed 27 ships.',
    [n('24'), n('7'), n('7500', { a: 'over' }), n('27')],
  ],
  // IFRC final report on the 2020 floods in central Viet Nam (nano-tsunami.com)
  [
    NANOTSUNAMI_FLOODS_2020,
    'On October 6, 2020, the central region of Viet Nam experienced prolonged heavy rains that caused severe and widespread flooding and landslides in eight provinces of the country.',
    [],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    '357 dead or missing (291 dead, 66 missing) and 876 injured.',
    [n('357'), n('291'), n('66'), n('876')],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    '511,172 houses submerged, 3,429 houses collapsed, 333,084 damaged houses/roofs blown away.',
    [n('511172'), n('3429'), n('333084')],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    'More than 360 schools have been flooded or destroyed, more than two million head of cattle have been lost and 30,000 hectares of agricultural productivity have been devastated, according to reports.',
    [n('360', { a: 'over' }), n('2000000', { a: 'over' }), ha('30000')],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    'More than 165 kilometers of national road, 801 kilometers of local roads and three bridges were badly damaged, according to VNDMA.',
    [km('165', { a: 'over' }), km('801'), n('3')],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    'Due to the loss of electricity in many affected areas, communication was restricted, with 3,125 utility poles collapsing or breaking (VNDMA).',
    [n('3125')],
  ],
  [
    NANOTSUNAMI_FLOODS_2020,
    'The total loss was estimated at approximately 35,180,997,000 VND (approximately CHF 1,425,313) reported on November 15, 2020.',
    [vnd('35180997000', { a: 'about', st: 'estimate' })],
  ],
  // Hanoi's Department of Agriculture and Rural Development, rural clean water, 2018 (Saigoneer)
  [
    SAIGONEER_WATER_2018,
    'In My Duc District, for example, only 31.5% of residents have access to clean water, according to VietnamPlus.',
    [],
  ],
  [
    SAIGONEER_WATER_2018,
    'According to a report by Hanoi’s Department of Agriculture and Rural Development, 52% of those living in all rural areas outside Hanoi – 2.23 million people – were able to access clean water by May this year.',
    [n('2230000')],
  ],
  [
    SAIGONEER_WATER_2018,
    'Expansion projects are currently being carried out and, by the end of 2018, a further 61,000 households are expected to have clean water in their homes.',
    [n('61000', { k: 'target', p: '2018' })],
  ],
  [
    SAIGONEER_WATER_2018,
    'Looking further ahead, the government has approved 34 more projects, which will provide water to an additional 2.48 million people.',
    [n('2480000', { k: 'target' })],
  ],
  [
    SAIGONEER_WATER_2018,
    'Consisting of 17 districts and Son Tay Town, Hanoi’s rural area has a total population of 4.3 million people.',
    [n('4300000')],
  ],
  [
    SAIGONEER_WATER_2018,
    'If all projects are completed on time, clean water will be available to 94% of people in the area, with a long-term aim of water being available to all in Hanoi’s rural areas by 2020, reports Tien Phong.',
    [],
  ],
  [
    SAIGONEER_WATER_2018,
    'According to the World Health Organization, 25 years ago only 20% of Vietnamese people had access to clean water, but a robust 15-year commitment has helped Vietnam exceed the Millennium Development Goal target for water and sanitation.',
    [],
  ],
  // 31st SEA Games medal table, May 2022 (VietExplorer)
  [
    VIETEXPLORER_SEAGAMES_2022,
    'As of 3:00 pm on Sunday, the host nation had bagged 188 gold medals, 109 silvers, and 109 bronzes, according to the event’s official website.',
    [n('188'), n('109'), n('109')],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Thailand ranked second with 77 golds, 92 silvers, and 125 bronzes.',
    [n('77'), n('92'), n('125')],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Indonesia and the Philippines were in third and fourth places with 62 and 47 gold medals, respectively.',
    [n('62'), n('47')],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Vietnamese athletes claimed a total of 17 gold medals on Saturday, with the championship title in women’s football being the most notable.',
    [n('17')],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'The Vietnamese women scored a 1-0 victory over their archrivals Thailand to successfully defend their gold medal at the tournament.',
    [],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'The 31st SEA Games, which boast 526 categories in 40 sports, are currently taking place in Hanoi and 11 neighboring provinces and cities, and will run until May 23.',
    [],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Over 7,878 athletes, coaches, and members of 11 sports delegations in Southeast Asia have registered for the event.',
    [n('7878', { a: 'over' })],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Vietnam’s delegation to this year’s SEA Games consists of 951 athletes competing in 508 categories, 250 coaches, 30 experts, and 46 team managers.',
    [n('951'), n('250'), n('30'), n('46')],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'Team Vietnam set a target of claiming 140-150 gold medals and placing first in the medal table.',
    [],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'In the 2019 edition of the Games, Vietnam ranked second behind host the Philippines, winning 98 gold, 85 silver, and 105 bronze medals.',
    [n('98', { p: '2019' }), n('85', { p: '2019' }), n('105', { p: '2019' })],
  ],
  [
    VIETEXPLORER_SEAGAMES_2022,
    'This is the second time that Vietnam has hosted the SEA Games, after its first time hosting in 2003.',
    [],
  ],
  // Box Office Vietnam, first five months of 2024 (OVietnam, after Viet Nam News)
  [
    OVIETNAM_BOXOFFICE_2024,
    'In the first five months of the year, the total box office revenue of Vietnamese films in 2024 has exceeded VNĐ1 trillion (US$40 million).',
    [vnd('1000000000000', { a: 'over', p: '2024-YTD-05' })],
  ],
  [
    OVIETNAM_BOXOFFICE_2024,
    'Based on statistics from the independent unit Box Office Vietnam, in the first quarter of 2024, Vietnamese film revenue reached VNĐ600 billion.',
    [vnd('600000000000', { p: '2024-Q1' })],
  ],
  [
    OVIETNAM_BOXOFFICE_2024,
    "Among them, director Trấn Thành's film, Mai, earned VNĐ550 billion, leading the list of most popular Vietnamese films in history.",
    [vnd('550000000000')],
  ],
  [
    OVIETNAM_BOXOFFICE_2024,
    'Releasing at the same time, the film Gặp lại chị bầu (Meeting the pregnant sister again) by director Đoàn Nhất Trung also earned VNĐ92 billion.',
    [vnd('92000000000')],
  ],
  [
    OVIETNAM_BOXOFFICE_2024,
    'The film revenue as of May 20 reached VNĐ421 billion and is still increasing, expected to reach VNĐ450 billion.',
    [vnd('421000000000'), vnd('450000000000', { k: 'target' })],
  ],
  [
    OVIETNAM_BOXOFFICE_2024,
    'With just the three films mentioned above, the total revenue of Vietnamese cinema in 2024 has exceeded VNĐ1 trillion.',
    [vnd('1000000000000', { a: 'over', p: '2024' })],
  ],
  // Box Office Vietnam, first half of 2023 (phuottuoitre.com)
  [
    PHUOTTUOITRE_BOXOFFICE_2023,
    'The Vietnamese box office has experienced an extraordinary feat, achieving record-breaking revenues of VND1.08 trillion (approximately $46 million) in the first six months of this year.',
    [vnd('1080000000000')],
  ],
  [
    PHUOTTUOITRE_BOXOFFICE_2023,
    'This astounding figure is three times higher than the revenue generated during the same period last year, marking a significant milestone for the Vietnamese film industry.',
    [{ ch: [`times 3 ${SPLY}`] }],
  ],
  [
    PHUOTTUOITRE_BOXOFFICE_2023,
    'Notably, no foreign films have managed to surpass the VND100 billion revenue mark this year.',
    [],
  ],
  [
    PHUOTTUOITRE_BOXOFFICE_2023,
    'Just one month after its release in January, the movie achieved a staggering revenue of VND458 billion and garnered five million viewers.',
    [vnd('458000000000'), n('5000000')],
  ],
  // We Are Social and Kepios, Digital 2023 for Viet Nam (marketreport.io)
  [
    MARKETREPORT_DIGITAL_2023,
    'Vietnam’s total population was 98.53 million in January 2023.',
    [n('98530000', { p: '2023-01' })],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'Data shows that Vietnam’s population increased by 689 thousand (+0.7 percent) between 2022 and 2023.',
    [{ ch: ['rate 0.7 *'] }],
  ],
  [MARKETREPORT_DIGITAL_2023, 'The median age of Vietnam’s population is 32.7.', [n('32.7')]],
  [
    MARKETREPORT_DIGITAL_2023,
    'At the start of 2023, 39.1 percent of Vietnam’s population lived in urban centers, while 60.9 percent lived in rural areas.',
    [],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'There were 77.93 million internet users in Vietnam in January 2023.',
    [n('77930000', { p: '2023-01' })],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'Vietnam’s internet penetration rate stood at 79.1 percent of the total population at the start of 2023.',
    [pct('79.1')],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'Kepios analysis indicates that internet users in Vietnam increased by 5.3 million (+7.3 percent) between 2022 and 2023.',
    [{ ch: ['rate 7.3 *'] }],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'The daily time spent using the internet across all devices is 6h23m, which is lower than this figure in 2022.',
    [],
  ],
  [
    MARKETREPORT_DIGITAL_2023,
    'There were 70.00 million social media users in Vietnam in January 2023.',
    [n('70000000', { p: '2023-01' })],
  ],
  // We Are Social and Hootsuite, Digital in 2018 (The PIE News blog)
  [
    THEPIENEWS_DIGITAL_2018,
    'With 57 million active social media users, it comes as no surprise that most Vietnamese get their news from the Internet.',
    [n('57000000')],
  ],
  [
    THEPIENEWS_DIGITAL_2018,
    'In a population of about 96 million, 64 million Vietnamese are online, which adds up to a remarkable Internet penetration rate of 67%, according to the new 2018 Global Digital suite of reports from We Are Social and Hootsuite.',
    [n('64000000', { p: '2018' }), pct('67', { p: '2018' })],
  ],
  [
    THEPIENEWS_DIGITAL_2018,
    '57 million of them are active social media users, a penetration rate of 57%.',
    [n('57000000'), pct('57')],
  ],
  [
    THEPIENEWS_DIGITAL_2018,
    'To put this in perspective there were 204,125 Vietnamese online in 2000 and nearly 21 million in just eight years.',
    [n('204125', { p: '2000' }), n('21000000', { a: 'under' })],
  ],
  // Drought and salinisation in Tien Giang, April 2024 (The Straits Times, AFP)
  [
    STRAITSTIMES_DROUGHT_2024,
    'Salinisation – the intrusion of salt water from the sea – has severely affected crops and thousands of households among the 43,000 people living in the area, the state-controlled Vietnam News Agency said.',
    [],
  ],
  [
    STRAITSTIMES_DROUGHT_2024,
    'Research published in March said Vietnam’s Mekong delta, which provides food and livelihoods for tens of millions of people, faces nearly US$3 billion (S$4.05 billion) a year in crop losses as more saltwater seeps into arable land.',
    [usd('3000000000', { a: 'under', k: 'target' })],
  ],
  [
    STRAITSTIMES_DROUGHT_2024,
    'Around 80,000ha of rice and fruit farms could be impacted by salinisation, according to the study from the Water Resources Science Institute under the Environment Ministry.',
    [ha('80000', { a: 'about', k: 'target' })],
  ],
  [
    STRAITSTIMES_DROUGHT_2024,
    'In 2016, which saw the worst drought in 100 years, 160,000ha of soil was impacted by salinisation.',
    [ha('160000', { p: '2016' })],
  ],
  // Department of Water Resources, drought and salinity in the Mekong Delta, March 2020 (South China Morning Post)
  [
    SCMP_DROUGHT_2020,
    'A total of 33,000 hectares of rice fields have been damaged and nearly 70,000 households are suffering from a lack of water',
    [ha('33000'), n('70000', { a: 'under' })],
  ],
  [
    SCMP_DROUGHT_2020,
    'The Mekong Delta, which produces more than half the country’s rice, has so far seen a total of 33,000 hectares of rice fields damaged and nearly 70,000 households suffer from lack of water, Vietnam National Television reported on Friday, citing the latest data from the country’s department of water resources.',
    [ha('33000'), n('70000', { a: 'under' })],
  ],
  [
    SCMP_DROUGHT_2020,
    'Salinity of four grams a litre will continue to spread in the Delta, affecting as much as 110 kilometres in some major estuaries this month, according to a report by the Southern Institute of Water Resources Research in Ho Chi Minh City.',
    [km('110', { a: 'under', k: 'target' })],
  ],
  [SCMP_DROUGHT_2020, 'That is three to five kilometres more than in the same period in 2016.', []],
  // PAPI 2022 on online public services (Institute for Policy Studies and Media Development)
  [
    IPS_PAPI_2022,
    'For the indicator measuring the use of the DVCQG Portal, the results for 2022 show that only nearly 5% of respondents reported using the portal for various purposes, including 3% who created user accounts.',
    [],
  ],
  [
    IPS_PAPI_2022,
    'Thus, after three years of surveys, the usage rate has only slightly increased, with the figures for 2020, 2021, and 2022 being 4.05%, 4.11%, and 4.85%, respectively.',
    [pct('4.05', { p: '2020' }), pct('4.11', { p: '2021' }), pct('4.85', { p: '2022' })],
  ],
  [
    IPS_PAPI_2022,
    'The rate of users creating profiles on the DVCQG Portal over the three years mentioned is 1.22%, 2.08%, and 3.01%.',
    [pct('1.22'), pct('2.08'), pct('3.01')],
  ],
  [
    IPS_PAPI_2022,
    'Specifically, the rate of people using the internet at home, according to the PAPI 2022 survey, is very high, over 75% of respondents.',
    [pct('75', { a: 'over', p: '2022' })],
  ],
  [
    IPS_PAPI_2022,
    'Similarly, the rate of citizens receiving online news at home also reached a high level, approximately 55%.',
    [pct('55', { a: 'about' })],
  ],
  [
    IPS_PAPI_2022,
    'Looking at the past five years, both of these indicators have shown impressive growth: the percentage of people using the internet at home increased from just over 30% in 2016 to nearly 60% in 2019, and reached over 75% in 2022.',
    [pct('30', { a: 'over', p: '2016' }), pct('60', { a: 'under', p: '2019' }), pct('75', { a: 'over', p: '2022' })],
  ],
  [
    IPS_PAPI_2022,
    'The corresponding figures for online news consumption are more than 23% (in 2016), over 43% (in 2019), and nearly 55% (in 2022).',
    [pct('23', { a: 'over', p: '2016' }), pct('43', { a: 'over', p: '2019' }), pct('55', { a: 'under', p: '2022' })],
  ],
  // National Agency for Digital Transformation, online public services, 2024 (PrimeTweets)
  [
    PRIMETWEETS_EGOV_2024,
    'As per the National Agency for Digital Transformation, in the first half of 2024, the percentage of end-to-end online applications reached 42%, a 2.5 times increase from the end of 2023.',
    [pct('42', { ch: ['times 2.5 *'], p: '2024-H1' })],
  ],
  [
    PRIMETWEETS_EGOV_2024,
    'Moreover, the proportion of administrative procedures available through end-to-end online public services nationwide was at 55.5% (59.68% for ministries and 55.38% for local authorities).',
    [pct('55.5'), pct('59.68'), pct('55.38')],
  ],
  [
    PRIMETWEETS_EGOV_2024,
    'A report from the agency highlighted that by 2010, merely four online public services were at the highest level, constituting just 0.004% of all public services, while the growth rate remained sluggish in the subsequent decade.',
    [n('4', { p: '2010' })],
  ],
  [
    PRIMETWEETS_EGOV_2024,
    'Presently, the ratio of end-to-end online public service provision across the entire nation stands at 55%, a fivefold increase compared to the previous decade.',
    [pct('55', { ch: ['times 5 *'] })],
  ],
  [
    PRIMETWEETS_EGOV_2024,
    'In 2019, only 5% of total administrative procedures were available in online applications at the highest level.',
    [],
  ],
  [PRIMETWEETS_EGOV_2024, 'By mid-July 2024, this figure had surged to 43%.', []],
  // National Committee for Digital Transformation and PAPI 2023, online public services (Viet Nam Law & Legal Forum)
  [
    VIETNAMLAWMAG_OPAS_2024,
    'According to reports from the 9th meeting of the National Committee for Digital Transformation in July 2024, the rate of eligible full-cycle administrative procedures reached only 48 percent, while the rate of online submissions for full-cycle OPASs at the provincial level was merely 17 percent.',
    [pct('48'), pct('17')],
  ],
  [
    VIETNAMLAWMAG_OPAS_2024,
    'The 2023 Vietnam Provincial Governance and Public Administration Performance Index (PAPI) recorded an even lower rate of PESP users at only 7.6 percent.',
    [pct('7.6', { p: '2023' })],
  ],
  [
    VIETNAMLAWMAG_OPAS_2024,
    'If this low rate of PESP users for OPAS continues, achieving the target of having at least 70 percent of public administrative procedures provided online at the provincial level by 2025 will be challenging.',
    [],
  ],
];

export const TEST14_EN: readonly RealSentence[] = TEST14_EN_ROWS.map(([url, text, facts], i) => ({
  id: `en-test14-${String(i + 1).padStart(3, '0')}`,
  locale: 'en',
  url,
  text,
  facts,
  split: 'test14',
}));
