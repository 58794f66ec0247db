import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 53: classes found on the released `test37` (hotel-industry weekly and monthly reports, US
 * state revenue releases, Australian state trade updates, Vietnamese crop and church statistics),
 * each written again with other numbers, names and words, with the near-misses that must keep their
 * old reading.
 */

describe('a signed rate and the level it reached in one bracket: `RevPAR (+18.0% to US$72.85)`', () => {
  it('is the named measure’s change and value; the value certain', () => {
    expect(
      statementLines(
        'Denver posted the steepest rise in ADR (+12.4% to US$181.20), driven by a convention week.',
        'en',
      ),
    ).toEqual(['181.2 USD [rate 12.4 -] k=actual']);
    expect(statementLines('Austin recorded the largest drop in RevPAR (-9.8% to $96.15).', 'en')).toEqual([
      '96.15 USD [rate -9.8 -] k=actual',
    ]);
  });

  it('two such brackets joined by `and` are two statements', () => {
    const lines = statementLines(
      'Nashville saw occupancy climb (+3.1% to 71.5%) and ADR rise (+6.0% to US$158.40).',
      'en',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('158.4 USD [rate 6 -?] k=actual');
    expect(lines[0]).toMatch(/^71\.5 percent\?? \[(rate|points) 3\.1 -\?\] k=actual$/u);
  });

  it('names the statement with the words before the bracket', () => {
    const [s] = extractStatements('Austin recorded the largest drop in RevPAR (-9.8% to $96.15).', { locale: 'en' });
    expect(s?.name?.value).toBe('Austin recorded the largest drop in RevPAR');
  });

  it('near-miss: a signed rate alone in its bracket keeps its doubt and reads no level', () => {
    expect(statementLines('Seattle reported RevPAR growth (+5%).', 'en')).toEqual(['- [rate 5 -?] k=actual']);
  });
});

describe('an amount restated as a rate against a base: `$41 million or 7.2 percent over last June`', () => {
  it('is the rise of the value before it, never a level of its own', () => {
    expect(
      statementLines(
        'Corporate tax payments for June were $612 million, $41 million or 7.2 percent over last June.',
        'en',
      ),
    ).toEqual(['612000000 USD [rate 7.2 same-period-last-year] k=actual']);
  });

  it('`more than the county took in last May`: the base closing a short clause after `than`', () => {
    expect(
      statementLines(
        'Sales tax receipts for May totaled $1.482 billion, $96 million or 6.9 percent more than the county took in last May.',
        'en',
      ),
    ).toEqual(['1482000000 USD [rate 6.9 same-period-last-year] k=actual']);
  });

  it('near-miss: `110% over the same period` with no amount before it stays the translated ratio', () => {
    expect(statementLines('Fuel sales reached 51% of the plan, and 110% over the same period.', 'en')).toEqual([
      '- [ratio 110 same-period-last-year] c=51 k=actual',
    ]);
  });

  it('near-miss: a clause after `than` that names a year and no base reads no rate', () => {
    expect(statementLines('Retail sales were 4 percent higher than the analysts expected in 2024.', 'en')).toEqual([
      '4 percent? [] k=actual',
    ]);
  });
});

describe('`rose by $2.1 billion or 11.3 per cent in the 12 months to June 2022, to $18.8 billion`', () => {
  it('reads the rate of the move to the level after the period', () => {
    expect(
      statementLines(
        'Timber exports rose by $2.1 billion or 11.3 per cent in the 12 months to June 2022, to $18.8 billion.',
        'en',
      ),
    ).toEqual(['18800000000 USD [rate 11.3 -] k=actual p=2022-06?']);
    expect(
      statementLines(
        'Wool exports fell by $0.4 billion or 6.2 per cent in the year ending March 2021, to $6.1 billion.',
        'en',
      ),
    ).toEqual(['6100000000 USD [rate -6.2 -] k=actual p=2021-03?']);
  });
});

describe('a result against `expectations of` a figure', () => {
  it('reads the expectation as the target and the rate over it as the completion', () => {
    const [s] = extractStatements(
      'Year-to-date general revenues total $9.42 billion compared to expectations of $9.05 billion, an increase of $370 million or 4.1%.',
      { locale: 'en' },
    );
    expect(s?.value?.value.base).toBe('9420000000');
    expect(s?.target?.value.base).toBe('9050000000');
    expect(s?.completion?.value.percent.value).toBe('104.1');
    expect(s?.completion?.value.of).toBe('forecast');
    expect(s?.changes).toEqual([]);
  });

  it('`versus expectations of $2.95 billion, … 5.1% over estimates`: the completion is the result’s', () => {
    const [s, ...rest] = extractStatements(
      'April sales tax receipts came in at $3.1 billion versus expectations of $2.95 billion, an increase of $150 million or 5.1% over estimates.',
      { locale: 'en' },
    );
    expect(rest).toEqual([]);
    expect(s?.value?.value.base).toBe('3100000000');
    expect(s?.target?.value.base).toBe('2950000000');
    expect(s?.completion?.value.percent.value).toBe('105.1');
  });

  it('near-miss: a rate the two figures do not give stays a rate', () => {
    expect(
      statementLines(
        'Year-to-date general revenues total $9.42 billion compared to expectations of $9.05 billion, an increase of $370 million or 9.1%.',
        'en',
      ),
    ).toEqual(['9420000000 USD [rate 9.1 -] k=actual']);
  });
});

describe('a part after `;` that opens on a stage word and its period: `; ước tính đến cuối tháng 9/2021, …`', () => {
  it('dates the part’s statements and gives them the stage; the part before keeps its own month', () => {
    expect(
      statementLines(
        'Trong tháng 9/2021, toàn tỉnh gieo trồng 2.140 ha rau màu; ước tính đến cuối tháng 9/2021, gieo trồng được 48.310 ha, đạt 91,6% kế hoạch, tăng 2,4% so cùng kỳ, sản lượng thu hoạch 702.450 tấn.',
        'vi',
      ),
    ).toEqual([
      '2140 ha [] k=actual p=2021-09',
      '48310 ha [rate 2.4 same-period-last-year] c=91.6 k=actual st=estimate p=2021-YTD-09',
      '702450 tonne [] k=actual st=estimate p=2021-YTD-09',
    ]);
  });

  it('near-miss: with no stage word the part is dated and stays without a stage', () => {
    expect(
      statementLines(
        'Trong tháng 9/2021, toàn tỉnh gieo trồng 2.140 ha rau màu; đến cuối tháng 9/2021, gieo trồng được 48.310 ha, đạt 91,6% kế hoạch.',
        'vi',
      ),
    ).toEqual(['2140 ha [] k=actual p=2021-09', '48310 ha [] c=91.6 k=actual p=2021-YTD-09']);
  });
});

describe('Vietnamese numbers written partly in words or with their units after the thousands', () => {
  it('`318 ngàn 245 giáo dân`, `12 nghìn 305 hộ`: the thousands and the three units after them', () => {
    expect(statementLines('Năm 2012 giáo phận có 318 ngàn 245 giáo dân.', 'vi')).toEqual([
      '318245? [] k=actual p=2012',
    ]);
    expect(statementLines('Toàn huyện có 12 nghìn 305 hộ tham gia bảo hiểm.', 'vi')).toEqual([
      '12305 household [] k=actual',
    ]);
    expect(statementLines('Xuất khẩu đạt 5 nghìn 200 tấn.', 'vi')).toEqual(['5200 tonne [] k=actual']);
  });

  it('`năm triệu 400 ngàn tín hữu`: `năm` is five before a scale word and the rest of the number', () => {
    expect(statementLines('Hội thánh có năm triệu 400 ngàn tín hữu.', 'vi')).toEqual(['5400000 [] k=actual']);
  });

  it('near-miss: `77 triệu 800 ngàn` stays read by its scales; `Năm 2020` stays the year', () => {
    expect(statementLines('Dân số đạt 77 triệu 800 ngàn người.', 'vi')).toEqual(['77800000 person [] k=actual']);
    expect(statementLines('Năm 2020 doanh thu đạt 5 tỷ đồng.', 'vi')).toEqual(['5000000000 VND [] k=actual p=2020']);
  });
});

describe('`…, tức là / nghĩa là` and the change it restates', () => {
  it('is the change of the figure before it, in the same statement', () => {
    expect(
      statementLines(
        'Số nhà thờ trong giáo phận là 1.284 ngôi, tức là tăng thêm 37 ngôi (2,9%) so với năm trước.',
        'vi',
      ),
    ).toEqual(['1284? [rate 2.9 same-period-last-year] k=actual']);
    expect(statementLines('Số linh mục là 8.415 vị, nghĩa là tăng 1,6% so với năm trước đó.', 'vi')).toEqual([
      '8415? [rate 1.6 same-period-last-year] k=actual',
    ]);
  });

  it('an amount after the change verb and its base is the size of the change, doubted, no level', () => {
    expect(
      statementLines('Số tu sĩ là 42.106.000 người, nghĩa là tăng thêm so với năm ngoái 1.204.000 người.', 'vi'),
    ).toEqual(['42106000 person [] k=actual', '1204000 person? [] k=actual']);
    expect(statementLines('Doanh thu đạt 50 tỷ đồng, tăng so với cùng kỳ 5 tỷ đồng.', 'vi')).toEqual([
      '50000000000 VND [] k=actual',
      '5000000000 VND? [] k=actual',
    ]);
  });

  it('near-miss: `tăng lên 55 tỷ đồng so với cùng kỳ` is the level reached, certain', () => {
    expect(statementLines('Doanh thu đạt 50 tỷ đồng, tăng lên 55 tỷ đồng so với cùng kỳ.', 'vi')).toEqual([
      '50000000000 VND [] k=actual',
      '55000000000 VND [] k=actual',
    ]);
  });
});

describe('a running total’s period after a comma opens the figures after it: `…, cộng dồn 04 tháng, …`', () => {
  it('dates the statements after it as the year to that month; the one before keeps its month', () => {
    expect(
      statementLines(
        'Trong tháng 04/2016, Công ty khai thác được 210 tấn, cộng dồn 04 tháng, Công ty khai thác được 655 tấn.',
        'vi',
      ),
    ).toEqual(['210 tonne [] k=actual p=2016-04', '655 tonne [] k=actual p=2016-YTD-04']);
    expect(
      statementLines('Doanh thu tháng 5/2023 đạt 12 tỷ đồng, lũy kế 5 tháng năm 2023, doanh thu đạt 55 tỷ đồng.', 'vi'),
    ).toEqual(['12000000000 VND [] k=actual p=2023-05', '55000000000 VND [] k=actual p=2023-YTD-05']);
  });

  it('near-miss: another period in a clause of its own after a comma dates only its own clause', () => {
    expect(
      statementLines(
        'Doanh thu tháng 5/2023 đạt 12 tỷ đồng, tăng 5% so với tháng 5/2022, doanh thu năm 2022 đạt 55 tỷ đồng.',
        'vi',
      ),
    ).toEqual(['12000000000 VND [rate 5 2022-05] k=actual p=2023-05', '55000000000 VND [] k=actual p=2022']);
  });
});

describe('a bound of nearness before the value verb: `nearly reached`, `almost reaching`, `gần đạt`', () => {
  it('bounds the level from below', () => {
    expect(statementLines('Rubber exports nearly reached 3.2 million tonnes in 2021.', 'en')).toEqual([
      '3200000 tonne ~under [] k=actual p=2021',
    ]);
    expect(
      statementLines('Port throughput rose 8% in the first half of 2019, almost reaching 21.4 million TEU.', 'en'),
    ).toEqual(['- [rate 8 -] k=actual p=2019-H1', '21400000 (TEU) ~under [] k=actual p=2019-H1']);
    expect(statementLines('Sản lượng điện gần đạt 4,2 tỷ kWh.', 'vi')).toEqual(['4200000000 (kWh) ~under [] k=actual']);
  });

  it('near-miss: `nearly` after the figure bounds nothing', () => {
    expect(statementLines('Rubber exports reached 3.2 million tonnes in 2021, nearly a record.', 'en')).toEqual([
      '3200000 tonne [] k=actual p=2021',
    ]);
  });
});

describe('`yielded $41.5 million or 6.3 percent more than expected`: no comma before the amount', () => {
  it('the amount is the excess over the forecast, never the level; the percentage the completion', () => {
    expect(
      statementLines('The sales tax yielded $41.5 million or 6.3 percent more than expected for March.', 'en'),
    ).toEqual(['- [] c=106.3 k=actual']);
  });

  it('near-miss: with neither a base nor a plan after it the amount stays the level', () => {
    expect(statementLines('The sales tax yielded $41.5 million or 6.3 percent more for March.', 'en')).toEqual([
      '41500000 USD [] k=actual',
    ]);
  });
});

describe('`dropped 2.4 percent, from … in June 2018 to … in June 2019`: the move’s dated levels after a comma', () => {
  it('are the change’s own: the later level carries the rate against the earlier one’s period', () => {
    expect(
      statementLines(
        'Bulk exports dropped 2.4 percent, from 812,300 tonnes in June 2018 to 792,800 tonnes in June 2019.',
        'en',
      ),
    ).toEqual(['812300 tonne? [] k=actual p=2018-06', '792800 tonne [rate -2.4 2018-06] k=actual p=2019-06']);
  });

  it('near-miss: levels of months with no year keep the earlier reading', () => {
    expect(
      statementLines(
        'Exports of goods increased by £1.9 billion (7.8 per cent), from £23.8 billion in April to £25.7 billion in May.',
        'en',
      ),
    ).toEqual(['23800000000 (£)? [] k=actual', '25700000000 (£) [rate 7.8 previous-period] k=actual']);
  });
});

describe('bases written as company results and dairy reports write them', () => {
  it('`the previous year’s quarter`, `year-over year`, `the same period in the prior season`', () => {
    expect(
      statementLines(
        'Net interest income increased by 18% to Rs 1,240 crore, up from Rs 1,051 crore in the previous year’s quarter.',
        'en',
      ),
    ).toEqual(['12400000000 (Rs) [rate 18 same-period-last-year] k=actual', '10510000000 (Rs)? [] k=actual']);
    expect(statementLines('Room revenue increased 2.1% year-over year in May.', 'en')).toEqual([
      '- [rate 2.1 same-period-last-year] k=actual',
    ]);
    expect(
      statementLines(
        'Milk collection is up 1.8% for the season, compared to the same period in the prior season.',
        'en',
      ),
    ).toEqual(['- [rate 1.8 same-period-last-year] k=actual']);
  });
});

describe('`totalled $41.2 billion – 9.3 per cent higher than …`: a sum and a percentage across a spaced dash', () => {
  it('are the level and its rate, no range', () => {
    expect(
      statementLines(
        "Victoria's goods exports totalled $41.2 billion – 9.3 per cent higher than the same period last year.",
        'en',
      ),
    ).toEqual(['41200000000 USD [rate 9.3 same-period-last-year] k=actual']);
  });

  it('near-miss: two percentages across a spaced dash stay a range, no figure', () => {
    expect(statementLines('Growth was 7.5 – 8% in 2023.', 'en')).toEqual([]);
  });
});

describe('a stock counted at a point in time: `vào thời điểm 31.12.2015`, `tính đến ngày 31.12.2019`', () => {
  it('reads the dotted date and `thời điểm` as the cut-off `tính đến` is', () => {
    expect(statementLines('Vào thời điểm 31.12.2015 toàn giáo phận có 412.300 giáo dân.', 'vi')).toEqual([
      '412300? [] k=actual p=2015?',
    ]);
    expect(statementLines('Tính đến ngày 31.12.2019, toàn tỉnh có 12.480 hộ nghèo.', 'vi')).toEqual([
      '12480 household [] k=actual p=2019?',
    ]);
    expect(statementLines('Tại thời điểm 30/6/2022, dư nợ đạt 5.200 tỷ đồng.', 'vi')).toEqual([
      '5200000000000 VND [] k=actual p=2022-YTD-06',
    ]);
  });

  it('near-miss: `thời điểm này` dates nothing; a dotted date alone is no figure', () => {
    expect(statementLines('Vào thời điểm này có 1.253.926 tín hữu.', 'vi')).toEqual(['1253926? [] k=actual']);
    expect(statementLines('Sản lượng 12.12.2013 tấn.', 'vi')).toEqual([]);
  });
});

describe('more bases and periods of test37’s Indian, Kenyan and Vietnamese reports', () => {
  it('`14% higher than the cane crushing of last year on the same date`: the base closing a clause after `than`', () => {
    expect(
      statementLines(
        'The mills have crushed 9.4 lakh tonnes, 14% higher than the cane crushing of last year on the same date.',
        'en',
      ),
    ).toEqual(['940000 tonne [rate 14 same-period-last-year] k=actual']);
  });

  it('`compared to a similar period in 2021`: the same period of that year', () => {
    expect(
      statementLines(
        'Profits grew 8.4 percent to Sh3.1 billion in the first half of 2022 compared to a similar period in 2021.',
        'en',
      ),
    ).toEqual(['3100000000 (Sh) [rate 8.4 same-period-last-year] k=actual p=2022-H1']);
  });

  it('`…, đến năm 2019, tăng lên 96,4 tỷ đồng`: `đến` and a year alone after a comma date the figures after them', () => {
    expect(
      statementLines('Giá trị sản xuất năm 2015 đạt 52 tỷ đồng, đến năm 2019, tăng lên 96,4 tỷ đồng.', 'vi'),
    ).toEqual(['52000000000 VND [] k=actual p=2015', '96400000000 VND [] k=actual p=2019?']);
    expect(statementLines('Năm 2020 doanh thu đạt 50 tỷ đồng, đến năm 2025, phấn đấu đạt 80 tỷ đồng.', 'vi')).toEqual([
      '50000000000 VND [] k=actual p=2020',
      '80000000000 VND [] k=target p=2025',
    ]);
  });

  it('near-miss: a base year after `so với` dates nothing', () => {
    expect(statementLines('Năm 2020 doanh thu đạt 50 tỷ đồng, tăng 5% so với năm 2019.', 'vi')).toEqual([
      '50000000000 VND [rate 5 2019] k=actual p=2020',
    ]);
  });
});

describe('`…, from $412.6 million last year to $426.6 million this year`: a move dated by last year and this year', () => {
  it('gives the rate and its base to the level reached; the earlier level stays doubted and takes no period of the later one (round 57)', () => {
    expect(
      statementLines(
        'Net sales tax collections for March 2021 increased 3.4 percent compared to those for March 2020, from $412.6 million last year to $426.6 million this year.',
        'en',
      ),
    ).toEqual(['426600000 USD [rate 3.4 2020-03] k=actual p=2021-03', '412600000 USD? [] k=actual']);
  });

  it('near-miss: a move dated by its own years keeps both ends as they were', () => {
    expect(statementLines('Hotel tax receipts rose from $8.1 million in 2020 to $8.83 million in 2021.', 'en')).toEqual(
      ['8100000 USD? [] k=actual p=2020', '8830000 USD [] k=actual p=2021'],
    );
  });
});

describe('`đạt 11,9 % kế hoạch khai thác năm 2016 (kế hoạch 1.800 tấn)`: the year’s plan restated in a bracket', () => {
  it('is that year’s target, and the result keeps no target of another period', () => {
    const text =
      'Trong tháng 04/2016, Công ty khai thác được 52 tấn, cộng dồn 04 tháng, Công ty khai thác được 214 tấn, đạt 11,9 % kế hoạch khai thác năm 2016 (kế hoạch 1.800 tấn).';
    expect(statementLines(text, 'vi')).toEqual([
      '52 tonne [] k=actual p=2016-04',
      '214 tonne [] c=11.9 k=actual p=2016-YTD-04',
      '1800 tonne? [] k=target p=2016',
    ]);
    expect(extractStatements(text, { locale: 'vi' })[1]?.target).toBeUndefined();
  });

  it('near-miss: a plan in a bracket after a plan phrase with no year keeps the result’s period', () => {
    expect(statementLines('Quý I/2020, doanh thu đạt 120 tỷ đồng, bằng 25% kế hoạch (480 tỷ đồng).', 'vi')).toEqual([
      '120000000000 VND [] c=25 k=actual p=2020-Q1',
      '480000000000 VND? [] k=target p=2020-Q1',
    ]);
  });
});

describe('`vượt 5% kế hoạch năm trở lên`: a bound after the plan phrase', () => {
  it('opens the excess upward: 105 % or more, never exactly', () => {
    const [s] = extractStatements('Năm 2019, công ty phấn đấu sản lượng khai thác vượt 8% kế hoạch năm trở lên.', {
      locale: 'vi',
    });
    expect(s?.completion?.value.percent.value).toBe('108');
    expect(s?.completion?.value.approximate).toBe('over');
  });

  it('near-miss: with no bound the excess stays exact', () => {
    const [s] = extractStatements('Năm 2019, sản lượng khai thác vượt 8% kế hoạch năm.', { locale: 'vi' });
    expect(s?.completion?.value.percent.value).toBe('108');
    expect(s?.completion?.value.approximate).toBeUndefined();
  });
});

describe('`…, tức là thêm 0,41% so với năm trước`: `thêm` alone after a restating link', () => {
  it('is the rise of the figure before it, never a ratio', () => {
    expect(
      statementLines('Giáo phận hiện có 1.204 linh mục trong năm 2012, tức là thêm 0,41% so với năm trước đó.', 'vi'),
    ).toEqual(['1204? [rate 0.41 same-period-last-year] k=actual p=2012']);
  });

  it('near-miss: `bằng 101% so với năm trước` stays the ratio', () => {
    expect(
      statementLines('Giáo phận hiện có 1.204 linh mục trong năm 2012, bằng 101% so với năm trước đó.', 'vi'),
    ).toEqual(['1204? [ratio 101 same-period-last-year] k=actual p=2012']);
  });
});

describe('hotel and energy reports: `a 1.6% year-over-year ADR lift`, `from its all-time high of …`', () => {
  it('`lift` is a noun of a rise after its amount: a rate, never a ratio', () => {
    expect(statementLines('Hotels saw a 1.6% year-over-year ADR lift to $141.20.', 'en')).toEqual([
      '141.2 USD [rate 1.6 same-period-last-year] k=actual',
    ]);
  });

  it('a hyphenated name of the earlier level (`its all-time high of`) dates the rate’s base as `a peak of` does', () => {
    const earlier = [
      'Gas output has tumbled 7% to 3.1 billion cubic feet per day, from its all-time high of 3.4 billion cubic feet per day in March 2019.',
      'Gas output has tumbled 7% to 3.1 billion cubic feet per day, from a peak of 3.4 billion cubic feet per day in March 2019.',
    ];
    for (const text of earlier)
      expect(statementLines(text, 'en')).toEqual([
        '3100000000 [rate -7 2019-03] k=actual',
        '3400000000? [] k=actual p=2019-03',
      ]);
  });
});
