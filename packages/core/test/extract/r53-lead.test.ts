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
