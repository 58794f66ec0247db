import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 61: classes found on the released `test45` (US city budgets and airline traffic, Caribbean
 * cruise arrivals, Asian port throughput, light-vehicle sales, Australian wine exports, Vietnamese rice
 * prices), each written again with other numbers, names and words, with the near-misses that must keep
 * their old reading. Every positive reads differently on the round's start code; the near-misses read the
 * same on both.
 */

describe('round 61', () => {
  it("a bound before a change's amount (after its noun's `of`, or `about` after its verb) bounds the change — no level; `climbed above` stays the level reached", () => {
    expect(
      statementLines('The authority recorded an increase of approximately $12.3 million in fee income in 2023.', 'en'),
    ).toEqual([]);
    expect(statementLines('Ticket sales rose about $4 million in 2022.', 'en')).toEqual([]);
    expect(statementLines('Ticket sales climbed above $40 million in 2022.', 'en')).toEqual([
      '40000000 USD ~over [] k=actual p=2022',
    ]);
  });

  it("a dollar's code written with its sign (`AUD$`, `CAD$`) is one currency: the figure is read", () => {
    expect(statementLines('Wool exports grew by 7% to AUD$1.45 billion in 2019.', 'en')).toEqual([
      '1450000000 (AUD$) [rate 7 -] k=actual p=2019',
    ]);
    expect(statementLines('Timber shipments reached CAD$3.2 billion in 2021.', 'en')).toEqual([
      '3200000000 (CAD$) [] k=actual p=2021',
    ]);
  });

  it('`accelerated by N%` is a rise; `accelerated to N%` stays the rate reached', () => {
    expect(statementLines('Deposits accelerated by 4.1 percent to $6.2 billion in 2023.', 'en')).toEqual([
      '6200000000 USD [rate 4.1 -] k=actual p=2023',
    ]);
    expect(statementLines('Inflation accelerated to 4.1 percent in 2023.', 'en')).toEqual([
      '- [rate 4.1 -] k=actual p=2023',
    ]);
  });

  it("a period (and a manner adverb) between a change verb and `by` leaves the amount the verb's; `passed in 2023 by 52 votes` is no change", () => {
    expect(statementLines('Hotel stays dropped sharply in October by some 12 percent.', 'en')).toEqual([
      '- [rate -12 -] k=actual',
    ]);
    expect(statementLines('Hotel stays dropped in the second half of 2018 by 6.5 percent.', 'en')).toEqual([
      '- [rate -6.5 -] k=actual p=2018-H2',
    ]);
    expect(statementLines('The bill was passed in 2023 by 52 votes.', 'en')).toEqual(['52? [] k=actual p=2023?']);
  });

  it('a range with its lower end spelled out (`four to five percent`) is no certain rate', () => {
    expect(
      statementLines('The bureau expects growth of four to five percent in tourist numbers in 2024.', 'en'),
    ).toEqual(['- [rate 5 -?] k=target p=2024']);
  });

  it("the items listed after a comparative's first figure are differences too; a list with no comparative stays levels", () => {
    expect(
      statementLines(
        'Giá cà phê xuất khẩu đạt 2.300 USD/tấn, cao hơn cà phê cùng loại của Brazil 150 USD/tấn, Indonesia 120 USD/tấn và Ấn Độ 80 USD/tấn.',
        'vi',
      ),
    ).toEqual([
      '2300 (USD/tấn) [] k=actual',
      '150 (USD/tấn)? [] k=actual',
      '120 (USD/tấn)? [] k=actual',
      '80 (USD/tấn)? [] k=actual',
    ]);
    expect(statementLines('Giá gạo Việt Nam 653 USD/tấn, Thái Lan 560 USD/tấn và Pakistan 540 USD/tấn.', 'vi')).toEqual(
      ['653 (USD/tấn) [] k=actual', '560 (USD/tấn) [] k=actual', '540 (USD/tấn) [] k=actual'],
    );
  });

  it('an amount with `more in …`, or over a plan or a base after it, is a difference; the level a change reached over its base stays certain', () => {
    expect(
      statementLines('The district expects to collect $2.6 million more in sales tax revenue in 2024.', 'en'),
    ).toEqual(['2600000 USD? [] k=target p=2024']);
    expect(
      statementLines(
        'The district collected $41.2 million in 2024, which is $1.8 million over the budgeted amount.',
        'en',
      ),
    ).toEqual(['41200000 USD [] k=actual p=2024', '1800000 USD? [] k=actual p=2024']);
    expect(
      statementLines('The district collected $41.2 million in 2024, $1.8 million over the previous year.', 'en'),
    ).toEqual(['41200000 USD [] k=actual p=2024', '1800000 USD? [] k=actual p=2024']);
    expect(statementLines('Tourism is up 41 per cent to $2.2 billion over the same period.', 'en')).toEqual([
      '2200000000 USD [rate 41 same-period-last-year] k=actual',
    ]);
  });

  it('an amount restated as a rate over or under a budget or a capitalised plan is a completion; a share `of the budget` stays one', () => {
    expect(
      statementLines(
        'That leaves us roughly $96,000, or 3.2 percent, over the anticipated budget for the fiscal year.',
        'en',
      ),
    ).toEqual(['- [] c=103.2 k=actual']);
    expect(
      statementLines(
        'Receipts are $38 million, or four percent, below the County’s FY2022 revised Cash Receipts Projections.',
        'en',
      ),
    ).toEqual(['- [] c=96 k=actual']);
    expect(statementLines('Health takes 15% of the budget in 2024.', 'en')).toEqual(['- [] c=15 k=actual p=2024']);
  });

  it("a rate over the estimate of another fiscal year (`FY22`) is a rise from that year; over the year's own estimate a completion", () => {
    expect(
      statementLines(
        'The current estimate for FY23 sales tax revenue is $1.274 billion, 3.9 percent above the FY22 estimate.',
        'en',
      ),
    ).toEqual(['1274000000 USD [rate 3.9 2022] k=actual st=estimate p=2023?']);
    expect(statementLines('Revenue for FY23 is 3.9 percent above the estimate.', 'en')).toEqual([
      '- [] c=103.9 k=actual p=2023?',
    ]);
  });

  it("a labelled bracket of the same part of another year (`corresponding period of 2018:`, `3Q2020:`) dates its figure and, when the values bear the rate out, is the rate's base", () => {
    expect(
      statementLines(
        'Cargo volume rose 8.2% to 12,345,678 TEU in the first half of 2019 (corresponding period of 2018: 11,410,000 TEU).',
        'en',
      ),
    ).toEqual(['12345678 (TEU) [rate 8.2 2018-H1] k=actual p=2019-H1', '11410000 (TEU)? [] k=actual p=2018-H1']);
    expect(
      statementLines(
        'Cargo volume rose 8.2% to 12,345,678 TEU in the first half of 2019 (corresponding period of 2018: 9,000,000 TEU).',
        'en',
      ),
    ).toEqual(['12345678 (TEU) [rate 8.2 -] k=actual p=2019-H1', '9000000 (TEU)? [] k=actual p=2018-H1']);
    expect(
      statementLines(
        'Box volume grew by 12.5% to 2,250,000 TEU in the third quarter of 2021 (3Q2020: 2,000,000 TEU).',
        'en',
      ),
    ).toEqual(['2250000 (TEU) [rate 12.5 2020-Q3] k=actual p=2021-Q3', '2000000 (TEU)? [] k=actual p=2020-Q3']);
  });

  it("a short noun phrase of the measure before `a year ago` is the base's; a cause's noun is not", () => {
    expect(statementLines('Truck sales in May were up 1.4% from weak May sales a year ago.', 'en')).toEqual([
      '- [rate 1.4 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Truck sales were up 1.4% from the level a year ago.', 'en')).toEqual([
      '- [rate 1.4 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Revenue rose 5% from higher prices last year.', 'en')).toEqual(['- [rate 5 -] k=actual']);
  });

  it('`the previous October` is a year before; `the previous June quarter` the period before', () => {
    expect(statementLines('Arrivals fell by 9.3 percent in October over the previous October.', 'en')).toEqual([
      '- [rate -9.3 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Output was down 14% on the previous June quarter.', 'en')).toEqual([
      '- [rate -14 previous-period] k=actual',
    ]);
  });

  it("a rate noun over a plan is a completion (`a 4 percent increase over the amount originally budgeted`); over another year's target it stays a rise", () => {
    expect(
      statementLines(
        'Sales tax came in at $7.2 million, a 4 percent increase over the amount originally budgeted.',
        'en',
      ),
    ).toEqual(['7200000 USD [] c=104 k=actual']);
    expect(
      statementLines(
        'The city aims for revenue of $90 million in 2025, a 6.2 per cent increase over the 2024 target.',
        'en',
      ),
    ).toEqual(['90000000 USD [rate 6.2 -] k=target p=2025']);
  });

  it('`bringing N …` after a rise is the level it brought', () => {
    expect(statementLines('Japan grew 12.4%, bringing 18,200 visitors to the island.', 'en')).toEqual([
      '18200 person [rate 12.4 -] k=actual',
    ]);
  });

  it("a rate over another year's plan stays a doubted completion", () => {
    expect(
      statementLines('Revenue hit VND 50 trillion in 2022, up 3 percent on the previous year’s plan.', 'en'),
    ).toEqual(['50000000000000 VND [] c=103? k=actual p=2022']);
  });

  it('found on public pages outside the corpora: `the same month in 2021` after `November last year` is November 2021', () => {
    expect(
      statementLines(
        'Fuel tax collected in November last year was over Rs 2.1 lakh crore, or 9% higher than the same month in 2021.',
        'en',
      ),
    ).toEqual(['- [rate 9 2021-11] k=actual']);
  });

  it("found on public pages: the Gulf press's `RO` is a currency, so the level after `from` is the earlier one", () => {
    expect(
      statementLines(
        'Total public spending fell 3.4 percent to RO 7.2 billion, from RO 7.45 billion a year ago.',
        'en',
      ),
    ).toEqual(['7200000000 (RO) [rate -3.4 same-period-last-year] k=actual', '7450000000 (RO)? [] k=actual']);
    expect(
      statementLines(
        'State revenues rose 9.2 percent to RO 6.1 billion between January and June, up from RO 5.59 billion during the first half of 2021.',
        'en',
      ),
    ).toEqual(['6100000000 (RO) [rate 9.2 2021-H1] k=actual', '5590000000 (RO)? [] k=actual p=2021-H1?']);
  });

  it('found on public pages: `adding N` in a result is the amount added; a planned `300 more workers` stays the goal', () => {
    expect(
      statementLines('Rotterdam volume increased by 2.3% to 14.4 million TEUs, adding 320,000 TEUs.', 'en'),
    ).toEqual(['14400000 (TEUs) [rate 2.3 -] k=actual', '320000 (TEUs)? [] k=actual']);
    expect(statementLines('The company will need 300 more workers in 2026.', 'en')).toEqual([
      '300 person [] k=target p=2026',
    ]);
  });

  it('found on public pages: the level after a change noun and its compare word is the earlier one, unless its own year follows', () => {
    expect(
      statementLines(
        'The terminal handled 9.1 million tonnes in 2021/22, a 4% decrease on the 9.5 million tonnes handled in the previous period.',
        'en',
      ),
    ).toEqual(['9100000 tonne [rate -4 previous-period] k=actual p=2021?', '9500000 tonne? [] k=actual p=2021?']);
    expect(
      statementLines(
        'The airline is targeting revenue of $3.1 billion this year, a jump from the $2.6 billion it earned in 2022.',
        'en',
      ),
    ).toEqual(['3100000000 USD [] k=target', '2600000000 USD [] k=actual p=2022']);
  });

  it("found on public pages: months joined by a dash that make no quarter (`July - October 2021`) date nothing; a quarter's still does", () => {
    expect(statementLines('Collections reached Kshs.631 billion for the period July - October 2021.', 'en')).toEqual([
      '631000000000 (Kshs.) [] k=actual',
    ]);
    expect(statementLines('Collections reached Kshs.461 billion in July - September 2021.', 'en')).toEqual([
      '461000000000 (Kshs.) [] k=actual p=2021-Q3',
    ]);
  });

  it('found on public pages: a figure named a level (`to an actual level of 71.4%`) is no second rate of the change before it', () => {
    expect(
      statementLines(
        'Hotel data shows occupancy increased 2.3% to an actual level of 71.4% compared with the previous year.',
        'en',
      ),
    ).toEqual(['- [rate 2.3 same-period-last-year?] k=actual', '71.4 percent? [] k=actual']);
  });

  it('found on public pages: `was fulfilled by N%` and `fulfilling the plan by N%` are completions of N, results', () => {
    expect(statementLines('The plan for the production of diesel was fulfilled by 104.2%.', 'en')).toEqual([
      '- [] c=104.2 k=actual',
    ]);
    expect(statementLines('The mill produced 1.2 million tonnes, fulfilling the plan by 112.5%.', 'en')).toEqual([
      '1200000 tonne [] c=112.5 k=actual',
    ]);
  });

  it('found on public pages: `yet` and a past verb of a level reached after a goal open a result; a present one stays in the frame', () => {
    expect(
      statementLines(
        'The treasury expects to raise $40 billion this year, yet revenue at the end of June amounted to $17 billion.',
        'en',
      ),
    ).toEqual(['40000000000 USD [] k=target', '17000000000 USD [] k=actual']);
    expect(
      statementLines('The province aims to collect $5 billion in 2025, but spending is $4 billion.', 'en'),
    ).toEqual(['5000000000 USD [] k=target p=2025', '4000000000 USD [] k=target p=2025']);
  });
});
