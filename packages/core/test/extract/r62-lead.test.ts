import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 62: classes found on the released `test46` (Caribbean radio transcripts of cane and revenue
 * figures, Guyanese rice exports, oil output, Australian resource exports, labour statistics) and by
 * two probes on public pages no corpus reads (company results in Africa, the Gulf and Latin America,
 * budget execution in Kenya, Nepal and British councils), each written again with other numbers, names
 * and words, with the near-misses that must keep their old reading. Every positive reads differently
 * on the round's start code; the near-misses read the same on both.
 */

describe('round 62', () => {
  it('a bigger cardinal in words (a hundred, a decimal point, groups with their scales) is one number; a count in words and a number after `the` stay words', () => {
    expect(
      statementLines('Total receipts at the port reached seventy four point three million dollars in 2022.', 'en'),
    ).toEqual(['74300000 USD [] k=actual p=2022']);
    expect(statementLines('Deliveries reached one million, two hundred forty thousand tonnes in 2019.', 'en')).toEqual([
      '1240000 tonne [] k=actual p=2019',
    ]);
    expect(statementLines('Exports reached two point zero five million tonnes in 2018.', 'en')).toEqual([
      '2050000 tonne [] k=actual p=2018',
    ]);
    expect(
      statementLines(
        'Sugar output came to two hundred and six thousand tonnes in 2021, against one hundred, ninety thousand tonnes in 2020.',
        'en',
      ),
    ).toEqual(['206000 tonne [] k=actual p=2021', '190000 tonne? [] k=actual p=2020?']);
    expect(statementLines('Output reached two hundred enterprises in 2018.', 'en')).toEqual([]);
    expect(statementLines('The club counted the one hundred million visitors in 2017.', 'en')).toEqual([]);
  });

  it("a stray space after a thousands comma (`512, 047`, the lakh's `8, 41,230`) keeps one number; a year's comma stays apart", () => {
    expect(statementLines('The board shipped 512, 047 tonnes of rice in 2020.', 'en')).toEqual([
      '512047 tonne [] k=actual p=2020',
    ]);
    expect(statementLines('Scooter sales rose 12.5 per cent to 8, 41,230 units in 2015.', 'en')).toEqual([
      '841230 (units) [rate 12.5 -] k=actual p=2015',
    ]);
    expect(statementLines('In 2019, 045 cases were closed.', 'en')).toEqual(['45? [] k=actual p=2019']);
  });

  it('bounds of the trade press: `closed in on`, `well north of`, `have not gone beyond`, `broke through`', () => {
    expect(statementLines("The mine's output closed in on 2 million tonnes in 2015.", 'en')).toEqual([
      '2000000 tonne ~under [] k=actual p=2015',
    ]);
    expect(statementLines('Cement sales were well north of 3 million tonnes in 2021.', 'en')).toEqual([
      '3000000 tonne ~over [] k=actual p=2021',
    ]);
    expect(statementLines('Coffee exports have not gone beyond 1.8 million bags since 2016.', 'en')).toEqual([
      '1800000 ~under [] k=actual',
    ]);
    expect(statementLines('Exports broke through the $50 billion mark in 2022.', 'en')).toEqual([
      '50000000000 USD ~over? [] k=actual p=2022',
    ]);
  });

  it('an amount after a copula whose subject is a noun of change is the change, not a level; a percentage stays the rate', () => {
    expect(statementLines('The annual increase was 4,520 jobs in 2023.', 'en')).toEqual([
      '4520 (jobs)? [] k=actual p=2023',
    ]);
    expect(statementLines('The increase in deposits was 3.1 percent in 2023.', 'en')).toEqual([
      '- [rate 3.1 -] k=actual p=2023',
    ]);
  });

  it('`Target` written as a name inside a sentence is no goal; `its Target of 90 percent` stays one', () => {
    expect(statementLines('Retail sales at Target rose 4.2 percent to $25.4 billion in 2023.', 'en')).toEqual([
      '25400000000 USD? [rate 4.2 -?] k=actual p=2023',
    ]);
    expect(statementLines('The agency aims to meet its Target of 90 percent by 2025.', 'en')).toEqual([
      '90 percent? [] k=target p=2025',
    ]);
  });

  it('a bare `$` restated in a bracket in US dollars is another currency: doubted; US$ restated in `$` keeps its reading', () => {
    expect(statementLines('In March, bank profits reached $312,450 million (US$388 million) in 2023.', 'en')).toEqual([
      '312450000000 USD? [] k=actual p=2023',
    ]);
    expect(
      statementLines('Profits reached US$312 million (about $420 million in local currency) in 2023.', 'en'),
    ).toEqual(['312000000 USD [] k=actual p=2023', '420000000 USD ~about [] k=actual p=2023']);
  });

  it('the earlier level after `in contrast with` and after `as against` with a fiscal span (`FY 2021-22`) leaves its rate to the level reached', () => {
    expect(
      statementLines(
        'Operating income stood at N88.2 billion in contrast with N61.4 billion in the preceding year, an increase of 43.6 per cent.',
        'en',
      ),
    ).toEqual(['88200000000 (N) [rate 43.6 same-period-last-year] k=actual', '61400000000 (N)? [] k=actual']);
    expect(
      statementLines(
        'Gross Value Added stood at Rs. 4.12 lakh crore as against Rs. 3.58 lakh crore in FY 2021-22, an increase of 15.08%.',
        'en',
      ),
    ).toEqual(['4120000000000 (Rs.)? [rate 15.08 -] k=actual', '3580000000000 (Rs.)? [] k=actual']);
  });

  it("the Nepali press's `kharba` scales its figure (10¹¹)", () => {
    expect(statementLines('The government collected revenue of Rs 2.35 kharba in 2021.', 'en')).toEqual([
      '235000000000 (Rs) [] k=actual p=2021',
    ]);
  });

  it("a budget or a planned amount after a percentage's `of` is the plan, a target; `15% of the budget` with no figure keeps its reading", () => {
    expect(
      statementLines(
        'County governments spent Sh41.2 billion on roads, representing 22% of their annual development budget of Sh187.3 billion.',
        'en',
      ),
    ).toEqual(['41200000000 (Sh) [] k=actual', '187300000000 (Sh) [] k=target']);
    expect(statementLines('Customs duty was 91.4 percent of the targeted value of Rs 42.7 billion.', 'en')).toEqual([
      '- [] c=91.4 k=actual',
      '42700000000 (Rs) [] k=target',
    ]);
    expect(statementLines('Only 68.2 percent of targeted Rs 31.5 billion was collected from fees.', 'en')).toEqual([
      '68.2 percent? [] k=actual',
      '31500000000 (Rs) [] k=target',
    ]);
    expect(statementLines('Health takes 15% of the budget in 2023.', 'en')).toEqual(['- [] c=15 k=actual p=2023']);
  });

  it('differences: `N more on …` before a base, `a favourable movement of`, `or an additional N`, `N extra visitors over the previous year`; an addition with no base stays an amount', () => {
    expect(
      statementLines('The assembly spent Sh12.3 million more on travel compared to the same period last year.', 'en'),
    ).toEqual(['12300000 (Sh)? [] k=actual']);
    expect(
      statementLines('On the General Fund, a favourable movement of £1.24m from month 9 improved the outturn.', 'en'),
    ).toEqual(['1240000 (£)? [] k=actual']);
    expect(statementLines('Arrivals rose 8.4% or an additional 52,310 visitors in 2019.', 'en')).toEqual([
      '52310 person? [rate 8.4 -] k=actual p=2019',
    ]);
    expect(
      statementLines('Arrivals rose by 9.1% in 2019, more than 212,000 extra visitors over the previous year.', 'en'),
    ).toEqual(['- [rate 9.1 same-period-last-year] k=actual p=2019', '212000 person ~over? [] k=actual p=2019']);
    expect(statementLines('The council put in an additional $4 million in 2021.', 'en')).toEqual([
      '4000000 USD [] k=actual p=2021',
    ]);
    expect(statementLines('The clinic added 340 extra beds in 2021.', 'en')).toEqual(['340 (beds) [] k=actual p=2021']);
  });

  it("`…, which stood at N` right after a rate's base is the base's level; `which was a record year` is not", () => {
    expect(
      statementLines(
        'Crop sales as of June 30 were 11.2 percent higher than the same period last year, which stood at $182.4 million.',
        'en',
      ),
    ).toEqual(['- [rate 11.2 same-period-last-year] k=actual', '182400000 USD? [] k=actual']);
    expect(
      statementLines('Crop sales rose 5 percent over last year, which was a record year, to $190 million.', 'en'),
    ).toEqual(['190000000 USD [rate 5 same-period-last-year] k=actual']);
  });

  it("after a goal, `but the actuals show …` is a result; `but forecasts show …` stays the goal's frame", () => {
    expect(
      statementLines(
        'The forecast deficit for 2022 was $48.6 billion, but the actuals show a surplus of $1.7 billion.',
        'en',
      ),
    ).toEqual(['48600000000 USD [] k=target p=2022', '1700000000 USD [] k=actual p=2022']);
    expect(
      statementLines('The target for 2022 was $48.6 billion, but forecasts show a figure of $41 billion.', 'en'),
    ).toEqual(['48600000000 USD [] k=target p=2022', '41000000000 USD [] k=target p=2022']);
  });

  it('`the quarter ended 30th June 2022`: the day with its ordinal suffix dates the quarter', () => {
    expect(statementLines('Net sales were N12.8 billion for the quarter ended 30th June 2022.', 'en')).toEqual([
      '12800000000 (N) [] k=actual p=2022-Q2',
    ]);
  });

  it('`fell another N percent` is a fall of N percent (its sign kept), `rose another N percent` a rise — no level', () => {
    expect(statementLines('Exports fell another 6.2 percent year-on-year in 2020.', 'en')).toEqual([
      '- [rate -6.2 same-period-last-year] k=actual p=2020',
    ]);
    expect(statementLines('Exports rose another 3 percent in 2023.', 'en')).toEqual(['- [rate 3 -] k=actual p=2023']);
  });

  it("a second figure's own quarter or half with no year (`in the second quarter`, `in Q4`) is its own, in the year before, doubted — never the first figure's; a year of its own stays", () => {
    expect(
      statementLines(
        'Sales were $4.1 billion in the first quarter of 2022 and $4.6 billion in the second quarter.',
        'en',
      ),
    ).toEqual(['4100000000 USD [] k=actual p=2022-Q1', '4600000000 USD [] k=actual p=2022-Q2?']);
    expect(statementLines('Sales were $4.1 billion in Q3 2022 and $4.6 billion in Q4.', 'en')).toEqual([
      '4100000000 USD [] k=actual p=2022-Q3',
      '4600000000 USD [] k=actual p=2022-Q4?',
    ]);
    expect(
      statementLines('Sales were $4.1 billion in the first half of 2022 and $4.6 billion in the second half.', 'en'),
    ).toEqual(['4100000000 USD [] k=actual p=2022-H1', '4600000000 USD [] k=actual p=2022-H2?']);
    expect(
      statementLines('Sales were $4.1 billion in the first quarter of 2022 and $4.6 billion in 2023.', 'en'),
    ).toEqual(['4100000000 USD [] k=actual p=2022-Q1', '4600000000 USD [] k=actual p=2023']);
  });

  it('a month at either end of a span opened by `between` and a year (or a month and its year) is doubted; `between March and June 2024` stays doubted as before', () => {
    expect(statementLines('The programme housed 41,200 families between 2005 and June 2019.', 'en')).toEqual([
      '41200? [] k=actual p=2019-06?',
    ]);
    expect(statementLines('The programme housed 41,200 families between March 2017 and June 2019.', 'en')).toEqual([
      '41200? [] k=actual p=2017-03?',
    ]);
    expect(statementLines('Exports rose 4.5% between March and June 2024.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2024-06?',
    ]);
  });

  it("`since its launch in March 2016` dates a running total's start: doubted; `since the start of 2021` stays within its year", () => {
    expect(
      statementLines('The fund has paid out a total of N312.5 billion since its launch in March 2016.', 'en'),
    ).toEqual(['312500000000 (N) [] k=actual p=2016-03?']);
    expect(statementLines('Since the start of 2021, the agency has recorded 4,310 cases.', 'en')).toEqual([
      '4310? [] k=actual p=2021',
    ]);
  });

  it('`fewer than` bounds its figure from above', () => {
    expect(statementLines('Attendance rose from fewer than 2 million in 2019 to 3.4 million in 2023.', 'en')).toEqual([
      '2000000 ~under? [] k=actual p=2019',
      '3400000 [] k=actual p=2023?',
    ]);
  });

  it('a capitalised cardinal inside a name (`its Ten Billion Tree project`) is no figure; a headline in capitals keeps its number', () => {
    expect(
      statementLines(
        'The ministry planted over 2.3 billion trees this year, under its Ten Billion Tree project.',
        'en',
      ),
    ).toEqual(['2300000000 ~over [] k=actual']);
    expect(statementLines('Vietnam Targets Two Million Rooftop Panels by 2030', 'en')).toEqual([
      '2000000 [] k=target p=2030',
    ]);
  });

  it('`final consumption expenditure` is no stage; `according to final figures` stays official', () => {
    expect(
      statementLines('Final consumption expenditure increased by 6.1% over the same period last year.', 'en'),
    ).toEqual(['- [rate 6.1 same-period-last-year] k=actual']);
    expect(statementLines('According to final figures, coffee exports reached $4.2 billion in 2022.', 'en')).toEqual([
      '4200000000 USD [] k=actual st=official p=2022',
    ]);
  });

  it('an amount right before a noun of a gap (`a sh4.1b shortfall`, `a $2 million overrun`) is the gap, not a level', () => {
    expect(
      statementLines(
        'Customs duties posted a sh4.1b shortfall, with a collection of sh51.3b against a target of sh55.4b.',
        'en',
      ),
    ).toEqual(['4100000000 (sh)? [] k=actual', '51300000000 (sh) [] k=actual']);
    expect(statementLines('The project recorded a $2 million overrun in 2022.', 'en')).toEqual([
      '2000000 USD? [] k=actual p=2022',
    ]);
  });

  it('`out of 2.1 crore allocated` is the plan, a target; `out of 500 cars` stays as it was', () => {
    expect(
      statementLines(
        'A total of 1.64 crore toilets have been built out of 2.1 crore allocated under the mission.',
        'en',
      ),
    ).toEqual(['16400000 [] k=actual', '21000000 [] k=target']);
    expect(statementLines('The firm sold 300 out of 500 cars in 2023.', 'en')).toEqual(['500? [] k=actual p=2023']);
  });

  it('percentages `contributed` to a growth are parts of it, no rates of the sector; `GDP growth reached 6.5 percent` stays a rate', () => {
    expect(
      statementLines(
        'Manufacturing grew 8.1 percent, contributing 41.2 percent to the GDP growth while services and farming respectively contributed 39.5 percent and 6.3 percent.',
        'en',
      ),
    ).toEqual([
      '- [rate 8.1 -] k=actual',
      '41.2 percent? [] k=actual',
      '- [rate 39.5 -?] k=actual',
      '- [rate 6.3 -?] k=actual',
    ]);
    expect(statementLines('GDP growth reached 6.5 percent in 2023.', 'en')).toEqual(['- [rate 6.5 -] k=actual p=2023']);
  });

  it("a budget's allocation (`an overall allocation of Ksh410 billion`, `The budget allocation for 2024 is …`) is the plan, a target; spending stays a result", () => {
    expect(
      statementLines('The housing programme has an overall allocation of Ksh410 billion running through 2030.', 'en'),
    ).toEqual(['410000000000 (Ksh) [] k=target']);
    expect(statementLines('The budget allocation for 2024 is Rs 21,000 crore.', 'en')).toEqual([
      '210000000000 (Rs) [] k=target p=2024',
    ]);
    expect(statementLines('The programme spent Ksh41 billion in 2024.', 'en')).toEqual([
      '41000000000 (Ksh) [] k=actual p=2024',
    ]);
  });

  it('`under the Programme to over N640.5 billion` is a level reached, no goal; `a programme to plant 1 billion trees` and `expected to $50 billion` stay goals', () => {
    expect(
      statementLines(
        'The bank disbursed N312 million in 2023, bringing the cumulative disbursements under the Programme to over N640.5 billion.',
        'en',
      ),
    ).toEqual(['312000000 (N) [] k=actual p=2023', '640500000000 (N) ~over [] k=actual p=2023']);
    expect(statementLines('The ministry launched a programme to plant 1 billion trees by 2030.', 'en')).toEqual([
      '1000000000 [] k=target p=2030',
    ]);
    expect(statementLines('Exports are expected to $50 billion.', 'en')).toEqual(['50000000000 USD [] k=target']);
  });
});
