import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 54: classes found on the released `test38` (South African revenue service and statistics
 * releases, Macau's statistics service, Cayman and US energy agencies, Indian trade press, steel and
 * hydropower associations, hotel-industry reports, Vietnamese provincial and bank reports), each
 * written again with other numbers, names and words, with the near-misses that must keep their old
 * reading.
 */

describe('currencies glued or written before a figure: the rand `R`, `CI$`, `MOP`, `Rupees`', () => {
  it('`R212.38 billion` is the rand, never a name `R212` and a figure `.38 billion`', () => {
    expect(
      statementLines(
        'Imports for the month were R212.38 billion, while the trade deficit narrowed to R3.05 billion.',
        'en',
      ),
    ).toEqual(['212380000000 (R) [] k=actual', '3050000000 (R) [] k=actual']);
    expect(
      statementLines('The province recorded a budget surplus of R0.72 billion in the second quarter of 2022.', 'en'),
    ).toEqual(['720000000 (R) [] k=actual p=2022-Q2']);
  });

  it('near-miss: `R` apart from a number with no scale, or glued to one, is no currency', () => {
    expect(statementLines('Revenue from the R2 line and the R 5 plan were unchanged.', 'en')).toEqual([]);
    expect(statementLines('Enrolment of Grade R 12 pupils rose to 1,500.', 'en')).toEqual(['1500? [] k=actual']);
  });

  it('`R 37,271 million`: the rand apart from a number its scale word follows is money (round 59)', () => {
    expect(statementLines('Revenue from the R2 line and the R 5 billion plan were unchanged.', 'en')).toEqual([
      '5000000000 (R) [] k=actual',
    ]);
  });

  it('`CI$94.3 million`, `MOP 2,145`, `Rupees3,214 crore` are sums of money', () => {
    expect(
      statementLines(
        "The island's government posted an operating surplus of CI$94.3 million in the first six months of 2021.",
        'en',
      ),
    ).toEqual(['94300000 (CI$) [] k=actual p=2021-H1']);
    expect(
      statementLines(
        'In the third quarter of 2019, per-capita spending of tourists was MOP 2,145, up by 6.7% year-on-year.',
        'en',
      ),
    ).toEqual(['2145 (MOP) [rate 6.7 same-period-last-year] k=actual p=2019-Q3']);
    expect(statementLines('Shipments of spices grew 8 per cent to Rupees3,214 crore during the year.', 'en')).toEqual([
      '32140000000 (Rupees) [rate 8 -] k=actual',
    ]);
  });
});

describe('units that carry their scale: `megatonnes`, `mmbd`', () => {
  it('`68.4 megatonnes (Mt)` is 68.4 million tonnes', () => {
    expect(
      statementLines('World aluminium output reached 68.4 megatonnes (Mt) in 2021, up by 3.1% compared to 2020.', 'en'),
    ).toEqual(['68400000 tonne [rate 3.1 2020] k=actual p=2021']);
  });

  it('`3.4 mmbd` is 3.4 million barrels a day', () => {
    expect(
      statementLines(
        'Crude output in Brazil rose from 2.1 million barrels per day (mmbd) in 2010 to 3.4 mmbd in 2022.',
        'en',
      ),
    ).toEqual(['2100000? [] k=actual p=2010', '3400000 (mmbd) [] k=actual p=2022']);
  });
});

describe('the year inside an earlier level’s base dates the base, not the statement', () => {
  it('`… is an improvement from the R12.10 billion surplus for the comparable period in 2020`', () => {
    expect(
      statementLines(
        'The year-to-date (01 January to 31 August 2021) trade surplus of R143.20 billion is an improvement from the R12.10 billion surplus for the comparable period in 2020.',
        'en',
      ),
    ).toEqual(['143200000000 (R) [] k=actual p=2021-YTD-08?', '12100000000 (R)? [] k=actual p=2020-YTD-08']);
  });

  it('with no period of its own the statement says so, and never takes the base’s year', () => {
    const [s] = extractStatements(
      'In the first half, net income of RM8.4 million was up from RM6.9 million in the same period of 2018.',
      { locale: 'en' },
    );
    expect(s?.period).toBeUndefined();
    expect(s?.unread.map((u) => u.reason)).toContain('no-period');
  });
});

describe('a move dated by bare years in a sentence of a part of the later year', () => {
  it('is of that part in both years: `for the year-to-date (… 30 June 2019) … from … in 2018 to … in 2019`', () => {
    expect(
      statementLines(
        'Imports for the year-to-date (01 January to 30 June 2019) rose by 3.2% from R611.40 billion in 2018 to R631.00 billion in 2019.',
        'en',
      ),
    ).toEqual([
      '611400000000 (R)? [] k=actual p=2018-YTD-06',
      '631000000000 (R) [rate 3.2 2018-YTD-06] k=actual p=2019-YTD-06',
    ]);
    expect(
      statementLines(
        'In the first half of 2021, tile sales fell 6.3% from 41.2 million units in 2020 to 38.6 million units in 2021.',
        'en',
      ),
    ).toEqual(['41200000 (units)? [] k=actual p=2020-H1', '38600000 (units) [rate -6.3 2020-H1] k=actual p=2021-H1']);
  });

  it('near-miss: with no part of a year in the sentence the years stay whole', () => {
    expect(statementLines('Revenue grew 9% from $3.3 billion in 2020 to $3.6 billion in 2021.', 'en')).toEqual([
      '3300000000 USD? [] k=actual p=2020',
      '3600000000 USD [rate 9 2020] k=actual p=2021',
    ]);
  });
});

describe('a change over a span of two periods: `between May and June 2021`, `between 2020 and 2021`', () => {
  it('is based on the first period and dated by the second; `over the same period` later is that span', () => {
    expect(
      statementLines(
        'Exports increased by R7.14 billion (5.1%) between May and June 2021 and imports increased by R9.66 billion (8.8%) over the same period.',
        'en',
      ),
    ).toEqual(['- [rate 5.1 2021-05] k=actual p=2021-06', '- [rate 8.8 2021-05] k=actual p=2021-06']);
    const named = extractStatements(
      'Exports increased by R7.14 billion (5.1%) between May and June 2021 and imports increased by R9.66 billion (8.8%) over the same period.',
      { locale: 'en' },
    );
    expect(named.map((s) => s.name?.value)).toEqual(['Exports', 'imports']);
    expect(statementLines('The number of registered firms rose 6.2% between 2020 and 2021.', 'en')).toEqual([
      '- [rate 6.2 2020] k=actual p=2021',
    ]);
  });

  it('near-miss: `between January and October` stays the year to date, with no base', () => {
    expect(statementLines('Exports rose 4.5% between January and October 2024.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2024-YTD-10',
    ]);
  });

  it('a span of months that is no quarter or year to date is no period of the figure: doubted', () => {
    expect(statementLines('Exports rose 4.5% between March and June 2024.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2024-06?',
    ]);
  });

  it('near-miss: `over the same period` with no span before it stays the year before', () => {
    expect(
      statementLines('In the first half, exports rose 4.5% and imports rose 3% over the same period.', 'en'),
    ).toEqual(['- [rate 4.5 same-period-last-year] k=actual', '- [rate 3 same-period-last-year] k=actual']);
  });
});

describe('a named part’s amount in brackets, then its own change: `machinery imports (US$214 million) rose by 9%`', () => {
  it('the change after the bracket is the part’s, not the statement’s before it', () => {
    expect(
      statementLines('Value of imports was US$812 million; machinery imports (US$214 million) rose by 9%.', 'en'),
    ).toEqual(['812000000 USD [] k=actual', '214000000 USD? [rate 9 -] k=actual']);
    expect(
      statementLines('Sales of wine (US$41 million) grew by 12%, but those of beer (US$19 million) fell by 6%.', 'en'),
    ).toEqual(['41000000 USD? [rate 12 -] k=actual', '19000000 USD? [rate -6 -] k=actual']);
  });

  it('near-miss: a list of changes paired by `respectively` is left to the pairing', () => {
    expect(
      statementLines(
        'Lodging (1.2 million) and dining (0.8 million) increased 7.1 percent and 2.4 percent year on year respectively.',
        'en',
      ),
    ).toEqual([
      '1200000? [rate 7.1 same-period-last-year?, rate 2.4 same-period-last-year?] k=actual',
      '800000? [] k=actual',
    ]);
  });
});

describe('English bases and rise nouns: `with respect to`, `quarter-to-quarter`, `the same week`, `an upsurge of`', () => {
  it('reads each base', () => {
    expect(
      statementLines(
        'Spain produced 38 million hectolitres of wine in 2021, an increase of 14% with respect to the previous year.',
        'en',
      ),
    ).toEqual(['38000000 [rate 14 same-period-last-year] k=actual p=2021']);
    expect(
      statementLines(
        'Gross receipts in the second quarter of 2019 were MOP22.40 billion, up by 8.3% year-on-year and 4.6% quarter-to-quarter.',
        'en',
      ),
    ).toEqual(['22400000000 (MOP) [rate 8.3 same-period-last-year, rate 4.6 previous-period] k=actual p=2019-Q2']);
    expect(
      statementLines('Kauai’s average rate was $198.40—2.3 percent lower than the same week in 2012.', 'en'),
    ).toEqual(['198.4 USD? [rate -2.3 2012?] k=actual']);
  });

  it('`an upsurge of 21.0%` is a rate, never a level in percent', () => {
    expect(
      statementLines(
        'Spending of cruise passengers rose by 6.1% on account of an upsurge of 21.0% in number of cruise passengers.',
        'en',
      ),
    ).toEqual(['- [rate 6.1 -?] k=actual', '- [rate 21 -?] k=actual']);
  });
});

describe('Vietnamese month-end bases and forecasts of a month’s close', () => {
  it('`so với cuối tháng 5` after `Đến ngày 30 tháng 6` is the previous period', () => {
    expect(
      statementLines(
        'Đến ngày 30 tháng 6, dư nợ tín dụng toàn địa bàn đạt 48.210 tỷ đồng, tăng 0,84% so với cuối tháng 5.',
        'vi',
      ),
    ).toEqual(['48210000000000 VND [rate 0.84 previous-period] k=actual']);
  });

  it('`Dự báo đến ngày 31 tháng 12, …` opening the sentence is the report’s estimate, an actual', () => {
    expect(
      statementLines(
        'Dự báo đến ngày 31 tháng 12, tổng vốn huy động trên địa bàn được 25.300 tỷ đồng, tăng 2,1% so với cuối tháng 11.',
        'vi',
      ),
    ).toEqual(['25300000000000 VND [rate 2.1 previous-period] k=actual st=estimate']);
  });

  it('near-miss: a forecast with a subject, or with no comma after its time, stays a target', () => {
    expect(statementLines('OECD dự báo tăng trưởng kinh tế toàn cầu năm 2024 đạt 3,1%.', 'vi')).toEqual([
      '- [rate 3.1 -] k=target p=2024',
    ]);
    expect(statementLines('Dự báo năm 2025 sẽ tiếp tục tăng trưởng, đạt khoảng 12 tỷ USD.', 'vi')).toEqual([
      '12000000000 USD ~about [] k=target p=2025',
    ]);
  });
});

describe('a running total after an estimated month: `…, lũy kế được …`', () => {
  it('is the same indicator’s, estimated as the month is', () => {
    const lines = statementLines(
      'Ước thu ngân sách tháng 5 được 412,5 tỷ đồng, lũy kế được 2.108,3 tỷ đồng, đạt 41,2% dự toán.',
      'vi',
    );
    expect(lines).toEqual([
      '412500000000 VND [] k=actual st=estimate',
      '2108300000000 VND [] c=41.2 k=actual st=estimate',
    ]);
    const [, total] = extractStatements(
      'Ước thu ngân sách tháng 5 được 412,5 tỷ đồng, lũy kế được 2.108,3 tỷ đồng, đạt 41,2% dự toán.',
      { locale: 'vi' },
    );
    expect(total?.name?.value).toBe('thu ngân sách tháng 5');
    expect(statementLines('Doanh thu quý 2/2024 ước đạt 300 tỷ đồng, lũy kế đạt 580 tỷ đồng.', 'vi')).toEqual([
      '300000000000 VND [] k=actual st=estimate p=2024-Q2',
      '580000000000 VND [] k=actual st=estimate p=2024-YTD-06',
    ]);
  });
});

describe('two values, then one verb’s list of rates under one base: `tăng 12% và 7% so với cùng kỳ`', () => {
  it('gives the rates to the values in order', () => {
    expect(
      statementLines(
        'Doanh thu 6 tháng đạt hơn 1.250 tỷ đồng và lợi nhuận sau thuế đạt 86,4 tỷ đồng, tăng 12% và 7% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual([
      '1250000000000 VND ~over [rate 12 same-period-last-year] k=actual',
      '86400000000 VND [rate 7 same-period-last-year] k=actual',
    ]);
  });

  it('near-miss: two rates with verbs and bases of their own stay the one value’s', () => {
    expect(
      statementLines(
        'Doanh thu bán lẻ đạt 120 nghìn tỷ đồng, tăng 2% so với tháng trước và tăng 9,5% so với cùng kỳ năm ngoái.',
        'vi',
      ),
    ).toEqual(['120000000000000 VND [rate 2 previous-period, rate 9.5 same-period-last-year] k=actual']);
  });

  it('near-miss: a share verb before the second percentage pairs nothing', () => {
    expect(
      statementLines(
        'Cả nước có 3.200 lượt góp vốn với tổng giá trị 4,1 tỷ USD, tăng 12,5% và chiếm 28,1% tổng vốn đăng ký.',
        'vi',
      ),
    ).toEqual(['3200 (lượt) [] k=actual', '4100000000 USD [rate 12.5 -, rate 28.1 -?] k=actual']);
  });
});

describe('a repeated sign before a rate, then the move: `down -4.2% from 1,810,442 to 1,734,405 units`', () => {
  it('reads both levels of the move', () => {
    expect(
      statementLines('New registrations were down -4.2% from 1,810,442 to 1,734,405 units in the year to date.', 'en'),
    ).toEqual(['1734405 (units) [rate -4.2 -] k=actual', '1810442 (units)? [] k=actual']);
  });
});

describe('a year’s estimate against last month’s: `is estimated at …, up 2 percent from last month`', () => {
  it('doubts the change from last month; the change from last year stays certain', () => {
    expect(
      statementLines(
        'Brazil soybean production for 2020/21 is estimated at 133.0 million metric tons, up 2 percent from last month and up 5 percent from last year.',
        'en',
      ),
    ).toEqual(['133000000 tonne [rate 2 previous-period?, rate 5 same-period-last-year] k=actual st=estimate p=2020?']);
    expect(
      statementLines(
        'USDA estimates Argentina 2020/21 production at 48,500 metric tons, down 12 percent from last month and down 8 percent from last year.',
        'en',
      ),
    ).toEqual(['48500 tonne [rate -12 previous-period?, rate -8 same-period-last-year] k=actual st=estimate']);
    const [s] = extractStatements(
      'USDA estimates Argentina 2020/21 production at 48,500 metric tons, down 12 percent from last month and down 8 percent from last year.',
      { locale: 'en' },
    );
    expect(s?.changes[0]?.doubt?.reason).toBe('revised-estimate');
  });

  it('near-miss: a month’s estimate or figure against the month before stays certain', () => {
    expect(
      statementLines(
        'The value of industrial production was estimated at over 3,100 billion dongs, up 11% over the previous month.',
        'en',
      ),
    ).toEqual(['3100000000000 VND ~over [rate 11 previous-period] k=actual st=estimate']);
    expect(statementLines('Exports in March 2021 rose 4% from last month.', 'en')).toEqual([
      '- [rate 4 previous-period] k=actual p=2021-03',
    ]);
    // (a month's estimate with both bases and no year read: the month's own changes)
    expect(
      statementLines(
        'Retail sales were estimated at VNĐ612.7 trillion last month, up 0.4 per cent compared to the previous month and 6.9 per cent compared to the same period last year.',
        'en',
      ),
    ).toEqual(['612700000000000 VND [rate 0.4 previous-period, rate 6.9 same-period-last-year] k=actual st=estimate']);
  });
});

describe('an amount’s subject, its copula, then `N% more than the … recorded in June 2021`', () => {
  it('the rate is the amount’s change against the dated level after `than`', () => {
    expect(
      statementLines(
        'Imports of R212.40 billion, said the agency, were 18.5% more than the R179.25 billion imports recorded in June 2021.',
        'en',
      ),
    ).toEqual(['212400000000 (R) [rate 18.5 2021-06] k=actual p=2021-06?', '179250000000 (R)? [] k=actual p=2021-06?']);
  });

  it('near-miss: a percentage higher than another place’s stays a doubted level', () => {
    expect(statementLines('Its share was 12% higher than the national average.', 'en')).toEqual([
      '12 percent? [] k=actual',
    ]);
  });
});

describe('`as per` a source that names an estimate', () => {
  it('gives the figures before it the stage `estimate`', () => {
    expect(
      statementLines('Wheat output stood at 112.7 million tonnes in 2023, as per the second advance estimate.', 'en'),
    ).toEqual(['112700000 tonne [] k=actual st=estimate p=2023']);
  });

  it('near-miss: `as per the ministry` names no stage', () => {
    expect(statementLines('Exports were $4.2 billion in 2023, as per the ministry.', 'en')).toEqual([
      '4200000000 USD [] k=actual p=2023',
    ]);
  });
});

describe('a year before a price noun names the prices: `in 2011 prices`, `at 2010 prices`', () => {
  it('is neither the period nor a figure', () => {
    expect(statementLines('GDP at 2010 prices grew 6.1 percent in 2015.', 'en')).toEqual([
      '- [rate 6.1 -] k=actual p=2015',
    ]);
    expect(
      statementLines(
        'Estimates calculated in 2011 prices shows that GDP was 6.1 percent higher in real terms compared to the same quarter of 2014.',
        'en',
      ),
    ).toEqual(['- [rate 6.1 2014?] k=actual st=estimate']);
  });

  it('near-miss: `In 2023 prices rose` dates the sentence', () => {
    expect(statementLines('In 2023 prices rose 4 percent.', 'en')).toEqual(['- [rate 4 -] k=actual p=2023']);
  });
});

describe('the terms a change is measured in, between its amount and its base', () => {
  it('`6.1 percent higher in real terms than in 2014`, `of 2.8% at constant prices compared to …`', () => {
    expect(statementLines('GDP was 6.1 percent higher in real terms than in 2014.', 'en')).toEqual([
      '- [rate 6.1 2014] k=actual',
    ]);
    expect(
      statementLines(
        'The results showed a growth in GDP of 3.4% at constant prices compared to the second quarter of 2021.',
        'en',
      ),
    ).toEqual(['- [rate 3.4 2021-Q2] k=actual']);
  });
});

describe('`a growth of N% compared to <base>`: the percentage after `of` with a base after it', () => {
  it('is the change against that base', () => {
    expect(statementLines('The survey showed a growth in sales of 4.6% compared to 2021.', 'en')).toEqual([
      '- [rate 4.6 2021] k=actual',
    ]);
  });

  it('near-miss: `and of 7.5 percent compared to …` after an increase stays the same statement’s', () => {
    expect(
      statementLines(
        'Arrivals showed an increase of 9 percent compared to last month and of 4.5 percent compared to the same period last year.',
        'en',
      ),
    ).toEqual(['- [rate 9 previous-period, rate 4.5 same-period-last-year] k=actual']);
  });
});

describe('targets and results told apart', () => {
  it('the same amount in another scale in brackets restates it: `Rs 9.41 lakh crore (Rs 9.41 trillion)`', () => {
    expect(
      statementLines(
        'The board collected Rs 9.41 lakh crore (Rs 9.41 trillion) against the budget estimate of Rs 10.02 lakh crore(Rs 10.02 trillion).',
        'en',
      ),
    ).toEqual(['9410000000000 (Rs) [] k=actual', '10020000000000 (Rs) [] k=target']);
  });

  it('`is targetting 21.5 million tons for 2012-13` (the double t) is a goal', () => {
    const kinds = extractStatements(
      'Paradip Port handled 19.2 million tons in 2011-12 and is targetting 21.5 million tons for 2012-13.',
      { locale: 'en' },
    ).map((s) => s.kind.value);
    expect(kinds).toEqual(['actual', 'target']);
  });

  it('a goal noun a verb of exceeding takes is what the results beat: `continue to exceed projections, totaling …`', () => {
    expect(
      statementLines('Sales tax receipts continue to exceed projections, totaling $12.6 billion.', 'en').map((l) =>
        l.replace(/ p=.*$/u, ''),
      ),
    ).toEqual(['12600000000 USD [] k=actual']);
  });

  it('near-miss: `Under the plan, …` still frames a goal', () => {
    expect(statementLines('Under the plan, exports will reach $5 billion.', 'en')).toEqual([
      '5000000000 USD [] k=target',
    ]);
  });
});

describe('the same span of months a year before, and a base shared across `while`', () => {
  it('`… while outlays rose 4.2% compared with the same six-month stretch a year earlier`', () => {
    expect(
      statementLines(
        'During the first half of fiscal 2018, receipts climbed 3% while outlays rose 5.1% compared with the same six-month stretch a year earlier.',
        'en',
      ),
    ).toEqual(['- [rate 3 same-period-last-year] k=actual', '- [rate 5.1 same-period-last-year] k=actual']);
    expect(statementLines('Sales rose 5% from the same nine-month period last year.', 'en')).toEqual([
      '- [rate 5 same-period-last-year] k=actual',
    ]);
  });

  it('`of fiscal 2018` after a part of the year is no base (it had been the rate’s base)', () => {
    const [s] = extractStatements('In the first half of fiscal 2018, receipts climbed 3%.', { locale: 'en' });
    expect(s?.changes[0]?.value.base).toBeUndefined();
  });

  it('near-miss: a first rate with its own base keeps it', () => {
    expect(
      statementLines('Exports rose 5% year-on-year while imports fell 2% compared with last month.', 'en'),
    ).toEqual(['- [rate 5 same-period-last-year] k=actual', '- [rate -2 previous-period] k=actual']);
  });
});

describe('`compared to this point a year ago`, and `or N%` before `for the fiscal year`', () => {
  it('reads the base and the restated rate', () => {
    expect(
      statementLines(
        'Compared to this point a year ago, income tax receipts are up by $640 million or 4.1% for the fiscal year.',
        'en',
      ),
    ).toEqual(['- [rate 4.1 same-period-last-year] k=actual']);
    expect(statementLines('Sales are 4% higher than at this time last year.', 'en')).toEqual([
      '- [rate 4 same-period-last-year] k=actual',
    ]);
  });

  it('near-miss: a percentage after `or` is never a certain ratio to the sentence’s base', () => {
    const [s] = extractStatements(
      'Compared to this point a year ago, income tax receipts are up by more than $640 million or 4.1% for the fiscal year.',
      { locale: 'en' },
    );
    expect(s?.changes.filter((c) => c.value.form === 'ratio' && c.confidence === 'certain')).toEqual([]);
  });
});
