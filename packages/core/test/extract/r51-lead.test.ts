import { describe, expect, it } from 'vitest';
import { markedValues, statementLines } from './readings';

/**
 * Round 51: classes found on the released `test35` (US state revenue, air traffic and port pages,
 * Australian gold mining, Ghanaian cocoa, Indian and Kenyan tax revenue, overseas Vietnamese
 * remittance pages), each written again with other numbers, names and words, with the near-misses
 * that must keep their old reading.
 */

describe("a month's figure named by a level or estimate word: `up 0.1 percent from the December estimate`", () => {
  it('is a base (the month before), never a completion of a plan', () => {
    expect(
      statementLines(
        'Cement output was 3.1 million tonnes in March 2020, up 2.4 percent from the February estimate.',
        'en',
      ),
    ).toEqual(['3100000 tonne [rate 2.4 previous-period] k=actual p=2020-03']);
    expect(
      statementLines('Passenger numbers reached 61.4 million in July 2018, up 0.3 percent from the June figure.', 'en'),
    ).toEqual(['61400000 [rate 0.3 previous-period] k=actual p=2018-07']);
  });

  it('near-miss: the budget estimate with no month is still the plan a rate over it completes', () => {
    expect(statementLines('Revenue was up 3 percent from the budget estimate.', 'en')).toEqual(['- [] c=103 k=actual']);
  });
});

describe('the same days of a named year: `up 7 percent from the comparable days in 2020`', () => {
  it('reads the year as the base, never as the statement’s period', () => {
    expect(
      statementLines('Withholding receipts through April 12 were up 9 percent from the comparable days in 2021.', 'en'),
    ).toEqual(['- [rate 9 2021?] k=actual']);
  });
});

describe('Vietnamese dates, dollars and `khoảng`', () => {
  it('a date with the month in words is no period; the year of `cuối năm` is', () => {
    const text =
      'Hãng thông tấn ngày 12 tháng Mười Một, 2018 cho biết, tính đến cuối năm 2018, lượng kiều hối về thành phố ước đạt khoảng 5,9 tỷ USD, tăng 8% so với năm 2017.';
    expect(statementLines(text, 'vi')).toEqual(['5900000000 USD ~about [rate 8 2017] k=actual st=estimate p=2018?']);
  });

  it('`đô-la Mỹ` is the US dollar, `tăng vọt tới` a move, each level dated by its own year', () => {
    expect(
      statementLines(
        'Kim ngạch thương mại hai nước từ 80 triệu đô-la Mỹ năm 1996 tăng vọt tới khoảng 4 tỷ đô-la Mỹ năm 2010.',
        'vi',
      ),
    ).toEqual(['80000000 USD? [] k=actual p=1996', '4000000000 USD ~about [] k=actual p=2010']);
  });

  it('`khoảng $9.2 tỷ USD`: the bound before the dollar sign is kept (the value had been exact)', () => {
    expect(statementLines('Lượng kiều hối năm 2016 ước đạt khoảng $9.2 tỷ USD.', 'vi')).toEqual([
      '9200000000 USD ~about [] k=actual st=estimate p=2016',
    ]);
  });

  it('near-miss: `khoảng` right after an amount and a bracket still restates it in another currency', () => {
    expect(markedValues('Kim ngạch xuất khẩu đạt 5.700 tỷ đồng (khoảng 250 triệu USD).', 'vi')).toEqual([
      '5700000000000 VND',
    ]);
    expect(markedValues('Kim ngạch xuất khẩu đạt 5.700 tỷ đồng, khoảng 250 triệu USD.', 'vi')).toEqual([
      '5700000000000 VND',
    ]);
  });

  it('`lần lượt` is no times word; a list of years in the name dates each value', () => {
    expect(statementLines('Mức kiều hối trong năm 2019 và 2018 lần lượt là 17 tỷ USD và 16 tỷ USD.', 'vi')).toEqual([
      '17000000000 USD [] k=actual p=2019',
      '16000000000 USD [] k=actual p=2018',
    ]);
  });
});

describe('a change over a span of years: `grew 7 percent from 2016 to 2017`', () => {
  it('is of the last year against the first; the last year is no value', () => {
    expect(statementLines('The number of cruise passengers grew 11 percent from 2016 to 2017.', 'en')).toEqual([
      '- [rate 11 2016] k=actual p=2017',
    ]);
  });

  it('near-miss: a level after `to` is still the level reached', () => {
    expect(statementLines('Sales rose 4 percent from 2015 to $3 billion in 2016.', 'en')).toEqual([
      '3000000000 USD [rate 4 2015] k=actual p=2016',
    ]);
  });
});

describe("a month in the possessive: `a 33 percent increase over April's shipment of 4,384 tonnes`", () => {
  it('is the base of each change, its level an earlier reading, the bound before the article kept', () => {
    expect(
      statementLines(
        "In October the port shipped 9,210 tonnes of cashew, about a 14 percent increase over September's shipment of 8,080 tonnes and a 52 percent increase over last October's haul of 6,060 tonnes.",
        'en',
      ),
    ).toEqual([
      '9210 tonne [rate 14 previous-period, rate 52 same-period-last-year] k=actual',
      '8080 tonne? [] k=actual',
      '6060 tonne? [] k=actual',
    ]);
    expect(statementLines("Sales in June rose 4 percent over May's figure.", 'en')).toEqual([
      '- [rate 4 previous-period] k=actual',
    ]);
  });

  it("near-miss: a possessive year right before a number leaves the number as the base's level", () => {
    expect(
      statementLines(
        "Shipments fell 15.5 percent to 1.4 million TEUs compared with last year's 1.66 million TEUs.",
        'en',
      ),
    ).toEqual(['1400000 (TEUs)? [rate -15.5 same-period-last-year] k=actual', '1660000 (TEUs)? [] k=actual']);
  });
});

describe('completions against projections and expectations', () => {
  it('`ahead of … projections by $0.8 billion (9 percent)` is 109 %', () => {
    expect(
      statementLines('Corporate tax collections were ahead of budget projections by $0.8 billion (9 percent).', 'en'),
    ).toEqual(['- [] c=109 k=actual']);
  });

  it('`6% lower than expected` is 94 % of the forecast', () => {
    expect(statementLines("The miner's nickel output was 6% lower than expected.", 'en')).toEqual([
      '- [] c=94 k=actual',
    ]);
  });

  it('`31% of the total targeted revenue of Kshs. 2.9 Trillion`: that figure is the target', () => {
    expect(
      statementLines(
        'Revenue collected was Kshs. 0.9 Trillion, which is equivalent to 31% of the total targeted revenue of Kshs. 2.9 Trillion.',
        'en',
      ),
    ).toEqual(['900000000000 (Kshs.) [] c=31 k=actual', '2900000000000 (Kshs.) [] k=target']);
  });
});

describe('bases written around the figure', () => {
  it('`higher than they were last year at this time`, `at this point in 2017`', () => {
    expect(statementLines('Receipts were about 5 percent higher than they were last year at this time.', 'en')).toEqual(
      ['- [rate 5 same-period-last-year] k=actual'],
    );
    expect(statementLines('Revenues were 8 percent higher than they were at this point in 2017.', 'en')).toEqual([
      '- [rate 8 2017?] k=actual',
    ]);
  });

  it('`Month-to-month,` opening the sentence', () => {
    expect(statementLines('Month-to-month, the index was up 1.4 percent.', 'en')).toEqual([
      '- [rate 1.4 previous-period?] k=actual',
    ]);
  });

  it('`in the year ago period`, and the base after an amount restated between commas', () => {
    expect(
      statementLines(
        'Remittances jumped 21 per cent to $61.3 billion in FY21, up from $50.7 billion in the year ago period.',
        'en',
      )[0],
    ).toBe('61300000000 USD [rate 21 same-period-last-year] k=actual p=2021?');
    expect(
      statementLines(
        'Receipts totaled $31.2 billion through the first half, representing an increase of 7.6 percent, or $2.2 billion, from the previous year.',
        'en',
      ),
    ).toEqual(['31200000000 USD [rate 7.6 same-period-last-year] k=actual']);
  });
});

describe('the year a noun phrase names: `from the previous record year of 2014`', () => {
  it('is the base, and the sentence’s half stays the period', () => {
    expect(
      statementLines(
        'In the first half of 2016, the terminal handled 120,500 containers, up 11.2 percent from the previous record year of 2015.',
        'en',
      ),
    ).toEqual(['120500? [rate 11.2 2015] k=actual p=2016-H1']);
  });

  it('near-miss: `over the year of 2019` is during it, `the previous year in 2024` the year before', () => {
    expect(statementLines('Sales rose 5 percent over the year of 2019.', 'en')).toEqual([
      '- [rate 5 -] k=actual p=2019',
    ]);
    expect(statementLines('Seafood exports rose 12% compared to the previous year in 2023.', 'en')).toEqual([
      '- [rate 12 same-period-last-year] k=actual p=2023',
    ]);
  });
});

describe('a closing clause naming who estimates: `…, CBO estimates.`', () => {
  it('gives the figures before it the stage `estimate`', () => {
    expect(
      statementLines(
        'The federal government recorded a deficit of $502 billion in the first six months of fiscal year 2016, CBO estimates.',
        'en',
      )[0],
    ).toContain('st=estimate');
    expect(statementLines('Exports rose 5 percent to $3 billion, the ministry estimates.', 'en')[0]).toContain(
      'st=estimate',
    );
  });

  it('near-miss: `…, the ministry said.` gives no stage', () => {
    expect(statementLines('Exports rose 5 percent to $3 billion, the ministry said.', 'en')[0]).not.toContain('st=');
  });
});

describe('a part of this year after the year named: `on record pace for 2015 during the first six months of this year`', () => {
  it('dates the figures after it with that half of the year, never the whole year', () => {
    expect(
      statementLines(
        'Container volumes are on record pace for 2017 during the first six months of this year, up 9.1 percent from the same period in 2016.',
        'en',
      ),
    ).toEqual(['- [rate 9.1 same-period-last-year] k=actual p=2017-H1']);
  });

  it('near-miss: the year named alone still dates the figures', () => {
    expect(statementLines('In 2017, container volumes rose 9.1 percent.', 'en')).toEqual([
      '- [rate 9.1 -] k=actual p=2017',
    ]);
  });
});

describe('a transitive verb, its object and a rate with no `by`: `boosted throughput 17.9 percent to 169 million TEUs`', () => {
  it('reads the change of the verb, with the level reached or the base after it', () => {
    expect(statementLines('Indian ports boosted throughput 12.4 percent to 86 million tonnes in 2015.', 'en')).toEqual([
      '86000000 tonne [rate 12.4 -] k=actual p=2015',
    ]);
    expect(statementLines('The mine lifted gold production 8 per cent from a year earlier.', 'en')).toEqual([
      '- [rate 8 same-period-last-year] k=actual',
    ]);
  });

  it('near-miss: with neither a level nor a base after it, the percentage is left as it was', () => {
    expect(markedValues('The firm raised wages 5 percent.')).toEqual(['5 percent?']);
  });
});

describe('a month base whose statement is dated only by a trailing clause: `…, in January 2019, up 0.1 percent from the December estimate`', () => {
  it('is the period before once the trailing month dates the statement', () => {
    expect(
      statementLines(
        'Airlines carried 68.3 million passengers, seasonally-adjusted, in March 2021, up 0.4 percent from the February estimate.',
        'en',
      ),
    ).toEqual(['68300000 [rate 0.4 previous-period] k=actual p=2021-03']);
  });

  it('near-miss: a month that is not the one before stays no base', () => {
    expect(statementLines('Output rose 2.4 percent from February, in June 2020.', 'en')).toEqual([
      '- [rate 2.4 -] k=actual p=2020-06',
    ]);
  });
});
