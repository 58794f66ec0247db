import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 52: classes found on the released `test36` (Nigerian fiscal reports, Taiwanese and Jordanian
 * statistics offices, Indian ports and cement, mobile-operator round-ups, copper market notes), each
 * written again with other numbers, names and words, with the near-misses that must keep their old
 * reading.
 */

describe('periods written the way statistics tables and fiscal reports clip them', () => {
  it('`Q3’23`, `H2CY’22`: a quarter or half with a two-digit year after an apostrophe', () => {
    expect(statementLines('Coal shipments climbed by 44 percent to N5.1 trillion in Q3’23.', 'en')).toEqual([
      '5100000000000 (N) [rate 44 -] k=actual p=2023-Q3',
    ]);
    expect(statementLines("Tea exports rose by 9.4% in H2CY'22, with black tea output rising by 3%.", 'en')).toEqual([
      '- [rate 9.4 -] k=actual p=2022-H2',
      '- [rate 3 -] k=actual p=2022-H2',
    ]);
  });

  it('`2019Q4`: the year with its quarter glued after it', () => {
    expect(statementLines('Service exports fell 2.6 percent in 2019Q4 from the previous quarter.', 'en')).toEqual([
      '- [rate -2.6 previous-period] k=actual p=2019-Q4',
    ]);
  });

  it('`the 1st 8 months 2019`: `1st` for `first` before a count of months', () => {
    expect(statementLines('Imports reached 822.5 million during the 1st 8 months 2019.', 'en')).toEqual([
      '822500000 [] k=actual p=2019-YTD-08',
    ]);
    expect(statementLines('Imports reached 822.5 million during the 1st 6 months 2019.', 'en')).toEqual([
      '822500000 [] k=actual p=2019-H1',
    ]);
  });

  it('`the first half of the year (H1’23)`, `(2021)`: a bracket that names the year of the part', () => {
    expect(
      statementLines('Exports rose 14 percent to N4.7 trillion in the second half of the year (2021).', 'en'),
    ).toEqual(['4700000000000 (N) [rate 14 -] k=actual p=2021-H2']);
    expect(statementLines('Doanh thu 9 tháng đầu năm (2021) đạt 61 tỷ đồng.', 'vi')).toEqual([
      '61000000000 VND [] k=actual p=2021-YTD-09',
    ]);
  });

  it('near-miss: a bracket naming another part of the year dates nothing', () => {
    expect(
      statementLines('Imports rose 8 percent to N2.2 trillion in the first half of the year (H2 2023).', 'en'),
    ).toEqual(['2200000000000 (N) [rate 8 -] k=actual']);
  });
});

describe('the base named by the growth itself: `the year-on-year (yoy) growth rate of GDP was 1.54%`', () => {
  it('is the base of the rate, certain', () => {
    expect(statementLines('The quarter-on-quarter growth rate of real GDP was 0.84% in 2016Q2.', 'en')).toEqual([
      '- [rate 0.84 previous-period] k=actual p=2016-Q2',
    ]);
    expect(statementLines('The year-on-year (yoy) growth of exports was 6.2% in 2018Q3.', 'en')).toEqual([
      '- [rate 6.2 same-period-last-year] k=actual p=2018-Q3',
    ]);
  });
});

describe('an earlier level dated to the statement’s own period is a slip', () => {
  it('the rate keeps its own `year-on-year`', () => {
    expect(
      statementLines(
        'Exports rose 14 percent year-on-year (YoY) to N4.7 trillion in the first half of the year (H1’23) from N4.1 trillion in H1’23.',
        'en',
      )[0],
    ).toBe('4700000000000 (N) [rate 14 same-period-last-year] k=actual p=2023-H1');
  });

  it('near-miss: a period read only from the earlier level’s words is still its base', () => {
    expect(
      statementLines(
        'Freight revenue of ₹11,204 crore was achieved against ₹10,390 crore freight earnings in March 2021, an improvement of 8% over last year.',
        'en',
      )[0],
    ).toBe('112040000000 (₹) [rate 8 2021-03] k=actual p=2021-03?');
  });
});

describe('a glued `m` before a noun of things counted in millions is the million', () => {
  it('`31m prepaid customers`, `2.8m new subscribers`', () => {
    expect(statementLines('Orange Kenya reports 31m prepaid customers in March 2015.', 'en')).toEqual([
      '31000000 [] k=actual p=2015-03',
    ]);
    expect(statementLines('The operator added 2.8m new subscribers in 2016.', 'en')).toEqual([
      '2800000 subscriber [] k=actual p=2016',
    ]);
  });

  it('near-miss: a length stays a number in doubt', () => {
    expect(statementLines('The bridge is 48m long.', 'en')).toEqual(['48? [] k=actual']);
  });
});

describe('a unit glossed in brackets: `105.4 MT (Million Tonnes)`', () => {
  it('carries the gloss’s scale, or settles which unit it is', () => {
    expect(statementLines('Kandla port handled 105.4 MT (Million Tonnes) of cargo in 2018.', 'en')).toEqual([
      '105400000 tonne [] k=actual p=2018',
    ]);
    expect(statementLines('Steel output was 187 MT (metric tonnes) in 2018.', 'en')).toEqual([
      '187 tonne [] k=actual p=2018',
    ]);
  });

  it('near-miss: `187 MT` with no gloss stays in doubt (a metric or a million tonnes)', () => {
    expect(statementLines('Steel output was 187 MT in 2018.', 'en')).toEqual(['187 tonne? [] k=actual p=2018']);
  });
});

describe('figures that are no level of the statement', () => {
  it('`in excess of` is a lower bound', () => {
    expect(statementLines('Telecom firms offered in excess of Rs 95 billion for the spectrum in 2012.', 'en')).toEqual([
      '95000000000 (Rs) ~over [] k=actual p=2012',
    ]);
  });

  it('`12,000 tonnes away from that target`, `3.4 million more foreign visitors than`: a difference, in doubt', () => {
    expect(statementLines('The mill is 12,000 tonnes away from that target for 2016.', 'en')).toEqual([
      '12000 tonne? [] k=target p=2016',
    ]);
    expect(
      statementLines('The first quarter saw 3.4 million more foreign visitors than in the same quarter of 2018.', 'en'),
    ).toEqual(['3400000 person? [] k=actual']);
  });

  it('near-miss: `more` with no `than` keeps the level', () => {
    expect(statementLines('The port handled 2 million more containers in 2019.', 'en')).toEqual([
      '2000000 [] k=actual p=2019',
    ]);
  });

  it('`joined the 10 million customer club`: a milestone named after one noun, in doubt', () => {
    expect(statementLines('Three more banks joined the 10 million customer club.', 'en')).toEqual([
      '10000000? [] k=actual',
    ]);
    // a milestone reached is the threshold the level passed, in doubt too (round 58: it had stayed the level)
    expect(statementLines('The firm reached the 10 million customer mark in 2019.', 'en')).toEqual([
      '10000000? [] k=actual p=2019',
    ]);
    // near-miss: the level itself
    expect(statementLines('The firm reached 10 million customers in 2019.', 'en')).toEqual([
      '10000000 [] k=actual p=2019',
    ]);
  });

  it('`4.2% of the estimated GDP` is a share of the economy, no completion of a budget', () => {
    expect(statementLines('The deficit was 4.2% of the estimated GDP in 2021.', 'en')).toEqual([
      '4.2 percent? [] k=actual p=2021',
    ]);
    // near-miss: the estimated collection is the budget's
    expect(statementLines('Revenue reached 93% of the estimated collection in 2021.', 'en')).toEqual([
      '- [] c=93 k=actual p=2021',
    ]);
  });
});

describe('bases and periods', () => {
  it("`over last year's recorded figure`: a modifier between the possessive year and its figure", () => {
    expect(statementLines("May posted an 8.4% increase over last year's recorded figure.", 'en')).toEqual([
      '- [rate 8.4 same-period-last-year] k=actual',
    ]);
  });

  it('`7 tháng 2022`: the months from January with the year right after `tháng`', () => {
    expect(
      statementLines('7 tháng 2022, chỉ số sản xuất công nghiệp tăng 9,8% so với cùng kỳ năm trước.', 'vi'),
    ).toEqual(['- [rate 9.8 same-period-last-year] k=actual p=2022-YTD-07']);
    // near-miss: a span of years after the count is no months of one year
    expect(statementLines('Sản lượng 3 tháng 2021-2022 đạt 5 tấn.', 'vi')).toEqual(['5 tonne [] k=actual p=2021/2022']);
  });
});

describe('forecasts, stages and plans named around the figure', () => {
  it('forecasters and their expectation in the subject name a forecast, a target', () => {
    expect(
      statementLines('Economists surveyed by Bloomberg had expected exports of $21.4 billion for the month.', 'en'),
    ).toEqual(['21400000000 USD [] k=target']);
    expect(
      statementLines(
        'The median estimate of economists surveyed by Bloomberg had been $21.4 billion for the month.',
        'en',
      ),
    ).toEqual(['21400000000 USD [] k=target']);
    // near-miss: the result that beat their estimates stays the result
    expect(statementLines("Exports of $21.9 billion beat economists' estimates in 2019.", 'en')).toEqual([
      '21900000000 USD [] k=actual p=2019',
    ]);
  });

  it('`as shown in the flash estimate`, `, traders estimated on Tuesday.`: the stage of the figures', () => {
    expect(
      statementLines(
        'Steel output grew 1.2 percent in Q2 2017 relative to the previous quarter as shown in the flash estimate by the statistics office.',
        'en',
      ),
    ).toEqual(['- [rate 1.2 previous-period] k=actual st=estimate p=2017-Q2']);
    expect(
      statementLines('Coffee shipments reached 2.3 million bags in 2018, traders estimated on Tuesday.', 'en'),
    ).toEqual(['2300000 [] k=actual st=estimate p=2018']);
    // near-miss: estimates the figure beat give it no stage
    expect(
      statementLines("Coffee shipments reached 2.3 million bags in 2018, beating traders' estimates.", 'en'),
    ).toEqual(['2300000 [] k=actual p=2018']);
  });

  it('`87% of the pledged cut` is a completion of the pledge', () => {
    expect(statementLines('The members delivered 87% of the pledged cut in 2017.', 'en')).toEqual([
      '- [] c=87 k=actual p=2017',
    ]);
  });

  it('`từ tháng 7 đến tháng 9/2021`: a range that is one quarter, or July to December', () => {
    expect(statementLines('Xuất khẩu từ tháng 7 đến tháng 9/2021 đạt 9 tỷ USD.', 'vi')).toEqual([
      '9000000000 USD [] k=actual p=2021-Q3',
    ]);
    expect(statementLines('Xuất khẩu từ tháng 7 đến tháng 12/2020 đạt 19 tỷ USD.', 'vi')).toEqual([
      '19000000000 USD [] k=actual p=2020-H2',
    ]);
    // near-miss: a range that is no quarter stays in doubt
    expect(statementLines('Xuất khẩu từ tháng 3 đến tháng 6/2021 đạt 5 tỷ USD.', 'vi')).toEqual([
      '5000000000 USD [] k=actual p=2021-03?',
    ]);
  });
});

describe('plans, their values and their year', () => {
  it('`87 per cent of the planned annual revenue of N4.2 trillion`: the amount is the plan’s, never the result’s', () => {
    expect(
      statementLines('Collections reached 87 per cent of the planned annual revenue of N4.2 trillion in 2023.', 'en'),
    ).toEqual(['- [] c=87 k=actual p=2023', '4200000000000 (N) [] k=target p=2023']);
  });

  it('an annual target in a quarter’s result is the year’s plan', () => {
    expect(statementLines('Revenue in Q1 2023 reached 21% of the annual target of Rs 880 billion.', 'en')).toEqual([
      '- [] c=21 k=actual p=2023-Q1',
      '880000000000 (Rs) [] k=target p=2023',
    ]);
    // near-miss: the quarter's own target keeps the quarter
    expect(
      statementLines('Revenue in Q1 2023 reached 91% of the target of Rs 210 billion for the quarter.', 'en'),
    ).toEqual(['- [] c=91 k=actual p=2023-Q1', '210000000000 (Rs) [] k=target p=2023-Q1']);
  });
});

describe('more of round 52’s classes', () => {
  it('`, thus rising by 3.9%`: the change of the figure before', () => {
    expect(
      statementLines(
        'The exports value reached JD 2811.4 million in 2016, thus rising by 3.9% compared with 2015.',
        'en',
      ),
    ).toEqual(['2811400000 [rate 3.9 2015] k=actual p=2016']);
  });

  it('`nearly 9m (+12%) prepaid customers`: a bracket between the `m` and its noun', () => {
    expect(
      statementLines('Safaricom said it had nearly 9m (+12%) prepaid customers at the end of March.', 'en')[0],
    ).toBe('9000000 ~under [rate 12 -?] k=actual');
  });

  it('`8.31 MT (million tonnes)` glosses every `MT` of the sentence', () => {
    expect(
      statementLines(
        'Steel sales grew by 4% to 8.31 MT (million tonnes) in May 2015 against 7.99 MT in the same period last year.',
        'en',
      ),
    ).toEqual([
      '8310000 tonne [rate 4 same-period-last-year] k=actual p=2015-05',
      '7990000 tonne [] k=actual p=2014-05?',
    ]);
  });
});

describe('an amount restating a change’s size: `increased by 12 per cent, or 3,000 tonnes,`', () => {
  it('is a difference, in doubt, never a level', () => {
    expect(statementLines('Rubber exports increased by 8 per cent, or 1,200 tonnes, in 2017.', 'en')).toEqual([
      '- [rate 8 -] k=actual p=2017',
      '1200 tonne? [] k=actual p=2017',
    ]);
  });

  it('near-miss: the level reached after the change stays the value', () => {
    expect(statementLines('Rubber exports increased by 8 per cent, to 16,400 tonnes, in 2017.', 'en')).toEqual([
      '16400 tonne [rate 8 -] k=actual p=2017',
    ]);
  });

  it('an annual plan named by a completion is no plan of the half-year result', () => {
    expect(
      statementLines(
        'The spending recorded in H1 2023 represents 47 per cent of the proposed annual capital spending of N6.2 trillion.',
        'en',
      ),
    ).toEqual(['- [] c=47 k=actual p=2023-H1', '6200000000000 (N) [] k=target p=2023']);
  });
});

describe('a change read past a period, and a bracket’s own period', () => {
  it('`has increased during 1st 8 months 2019 by 6.4%`: a rate, not a ratio', () => {
    expect(
      statementLines(
        'The surplus has increased during 1st 8 months 2019 by 6.4% compared with the same period of 2018.',
        'en',
      ),
    ).toEqual(['- [rate 6.4 same-period-last-year] k=actual p=2019-YTD-08']);
  });

  it('`(quý II năm 2018 tăng 6,9% so với cùng kỳ năm trước)`: the bracket’s rate is its own period’s', () => {
    expect(
      statementLines(
        'Quý II năm 2019 tổng sản phẩm trên địa bàn đạt 11.250 tỷ đồng, tăng 7,4% so cùng kỳ (quý II năm 2018 tăng 6,9% so với cùng kỳ năm trước).',
        'vi',
      ),
    ).toEqual([
      '11250000000000 VND [rate 7.4 same-period-last-year] k=actual p=2019-Q2',
      '- [rate 6.9 same-period-last-year] k=actual p=2018-Q2?',
    ]);
  });
});

describe('more period shapes of English reports', () => {
  it('a quarter named by the month it ends in: `the June quarter of 2023`, `the March 2023 quarter`', () => {
    expect(statementLines('Gold sales rose 7% to $310 million in the June quarter of 2023.', 'en')).toEqual([
      '310000000 USD [rate 7 -] k=actual p=2023-Q2',
    ]);
    expect(statementLines('Gold sales rose 7% to $310 million in the December 2022 quarter.', 'en')).toEqual([
      '310000000 USD [rate 7 -] k=actual p=2022-Q4',
    ]);
  });

  it('`first-half 2023`, `third-quarter 2021`: the ordinal joined to its part by a hyphen', () => {
    expect(statementLines('Sales rose 3% to $900 million in third-quarter 2021.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2021-Q3',
    ]);
  });

  it('`of the year 2021`, `of calendar 2021`, `(Q3) of 2021`: the year past its article, word or bracket', () => {
    expect(statementLines('Sales rose 3% to $900 million in the first seven months of the year 2021.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2021-YTD-07',
    ]);
    expect(statementLines('Sales rose 3% to $900 million in the third quarter of calendar 2021.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2021-Q3',
    ]);
    expect(statementLines('Sales rose 3% to $900 million in the third quarter (Q3) of 2021.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2021-Q3',
    ]);
  });

  it('`CY2021` is the calendar year; a part of a fiscal year (`H1 FY2022`, `2Q FY22`) is no calendar period', () => {
    expect(statementLines('Sales rose 3% to $900 million in CY2021.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2021',
    ]);
    expect(statementLines('Sales rose 3% to $900 million in H1 FY2022.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual',
    ]);
    expect(statementLines('Sales rose 3% to $900 million in 2Q FY22.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual',
    ]);
    // near-miss: the fiscal year alone keeps its year, doubted (round 68)
    expect(statementLines('Sales rose 3% to $900 million in FY2022.', 'en')).toEqual([
      '900000000 USD [rate 3 -] k=actual p=2022?',
    ]);
  });
});

describe('the Australian, Canadian and New Zealand dollars', () => {
  it('`A$1.2 billion`, `C$4.3 billion`, `NZ$980 million` are sums in their own dollar, never US dollars', () => {
    expect(statementLines('Iron ore exports reached A$1.2 billion in 2023.', 'en')).toEqual([
      '1200000000 (A$) [] k=actual p=2023',
    ]);
    expect(statementLines('Lumber sales reached C$4.3 billion in 2022.', 'en')).toEqual([
      '4300000000 (C$) [] k=actual p=2022',
    ]);
    expect(statementLines('Dairy exports reached NZ$980 million in 2021.', 'en')).toEqual([
      '980000000 (NZ$) [] k=actual p=2021',
    ]);
  });

  it('near-miss: a dollar of no known country is still no figure', () => {
    expect(statementLines('Revenue reached Z$1.2 billion in 2023.', 'en')).toEqual([]);
  });
});

describe('`a $2 billion surplus` is no Australian dollar', () => {
  it('the article apart from `$` leaves the US dollar', () => {
    expect(statementLines('The country had a $2 billion trade surplus in 2023.', 'en')).toEqual([
      '2000000000 USD [] k=actual p=2023',
    ]);
  });
});

describe('budgets', () => {
  it('`is budgeted at` states the budget’s figure, a target, in any tense', () => {
    expect(statementLines('Spending for 2025 is budgeted at KSh 4.1 trillion.', 'en')).toEqual([
      '4100000000000 (KSh) [] k=target p=2025',
    ]);
    expect(statementLines('Spending for 2022 was budgeted at KSh 3.3 trillion.', 'en')).toEqual([
      '3300000000000 (KSh) [] k=target p=2022',
    ]);
  });

  it('`The 2025 budget projects …`: the year of the budget is no count of projects', () => {
    expect(statementLines('The 2025 budget projects revenue of N21.6 trillion.', 'en')).not.toContain(
      '2025 project [] k=actual',
    );
    expect(statementLines('The 2025 budget projects revenue of N21.6 trillion.', 'en')).toHaveLength(1);
  });
});

describe('a result compared with its plan', () => {
  it('`compared with the target of Rs 1.95 trillion`: the plan’s value is a target, never left unread', () => {
    expect(
      statementLines('Receipts stood at Rs 1.8 trillion compared with the target of Rs 1.95 trillion.', 'en'),
    ).toEqual(['1800000000000 (Rs) [] k=actual', '1950000000000 (Rs) [] k=target']);
  });

  it('`against the target of $3.4 billion for 2022`: the plan of its own period', () => {
    expect(
      statementLines('Receipts reached $3.1 billion in 2023, against the target of $3.4 billion for 2022.', 'en')[1],
    ).toMatch(/^3400000000 USD \[\] k=target p=2022/u);
  });

  it('`vis-a-vis last year` is a base', () => {
    expect(statementLines('Cement sales rose 9% vis-a-vis last year.', 'en')).toEqual([
      '- [rate 9 same-period-last-year] k=actual',
    ]);
  });
});

describe('a completion in apposition: `collected Sh1.9 trillion, a performance rate of 95.4 per cent`', () => {
  it('is the amount’s completion of its plan', () => {
    expect(
      statementLines('The authority collected Sh1.9 trillion, a performance rate of 95.4 per cent.', 'en'),
    ).toEqual(['1900000000000 (Sh) [] c=95.4 k=actual']);
  });
});

describe('a year closed at a month, and a rate against a named period after its side word', () => {
  it('`in the year ended December 2019` is 2019; `the year ending March 2023` a twelve-month year, in doubt', () => {
    expect(statementLines('Visitor spending reached NZ$9.2 billion in the year ended December 2018.', 'en')).toEqual([
      '9200000000 (NZ$) [] k=actual p=2018',
    ]);
    expect(statementLines('Visitor spending reached NZ$9.2 billion in the year ending June 2018.', 'en')).toEqual([
      '9200000000 (NZ$) [] k=actual p=2018-06?',
    ]);
    // near-miss: the month alone stays the month
    expect(statementLines('Visitor spending reached NZ$0.9 billion in June 2018.', 'en')).toEqual([
      '900000000 (NZ$) [] k=actual p=2018-06',
    ]);
  });

  it('`, 9.1% below May 2021`: a change against that month, never a level of it', () => {
    expect(statementLines('Corporate tax receipts were $2.4 billion in May 2022, 9.1% below May 2021.', 'en')).toEqual([
      '2400000000 USD [rate -9.1 2021-05] k=actual p=2022-05',
    ]);
  });
});
