import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { kindsOf, markedChanges, markedValues, statementLines } from './readings';

/**
 * Round 49: classes found on the released `test33` (Philippine revenue, Sri Lankan external sector,
 * Kenyan power, Malaysian palm oil, Vietnamese district and port pages), each written again with
 * other numbers, names and words, with the near-misses that must keep their old reading.
 */

describe('a peso sign written `PhP` glued to the number', () => {
  it('reads `PhP593.71 Billion` whole, as `Php` is', () => {
    expect(markedValues('In the first quarter the bureau collected PhP412.36 Billion in taxes.')).toEqual([
      '412360000000 (PhP)',
    ]);
    expect(markedValues('Customs collected PHP58.9 billion in March.')).toEqual(['58900000000 (PHP)']);
  });

  it('near-miss: a one-digit number after the capitals is no sum of money', () => {
    expect(markedValues('The PhP7 framework was upgraded.')).toEqual([]);
  });
});

describe('the currency’s name before the number: `US dollars 952 million`', () => {
  it('reads the amount in USD', () => {
    expect(markedValues('Earnings from exports reached a level of US dollars 1,184 million in May 2012.')).toEqual([
      '1184000000 USD',
    ]);
    expect(
      statementLines(
        'Gross reserves increased to US dollars 7,412 million by end June 2012 from US dollars 6,980 million by end 2011.',
        'en',
      ),
    ).toEqual(['7412000000 USD [] k=actual p=2012-06', '6980000000 USD? [] k=actual']);
  });

  it('near-miss: `in US dollars` before the verb names the currency of a figure after it, no amount', () => {
    expect(markedValues('Revenue in US dollars rose 5% to 300 million.')).toEqual(['300000000']);
  });
});

describe('a pace with an adjective: `grew at a healthy rate of 49 per cent to …`', () => {
  it('reads the rate as the change and the level after `to` as the value', () => {
    expect(
      statementLines('Tourist earnings grew at a robust rate of 31 per cent to US dollars 418 million in 2012.', 'en'),
    ).toEqual(['418000000 USD [rate 31 -] k=actual p=2012']);
  });
});

describe('an amount restated as a rate after a comma: `Php88.76 billion, Php7.42 billion or 9.12% more than …`', () => {
  it('reads the amount as the difference (no value) and the rate with its base onto the value before', () => {
    expect(
      statementLines(
        'For the month of May 2014, the bureau collected Php95.12 billion in taxes, Php6.31 billion or 7.11% more than collections made in May 2013.',
        'en',
      ),
    ).toEqual(['95120000000 (Php) [rate 7.11 2013-05] k=actual p=2014-05']);
    expect(
      markedChanges(
        'Excise collections for the first semester of 2014 amounted to Php41.2 Billion, PhP2.66 Billion or 6.9% lower than the collections made in the first semester of 2013.',
      ),
      // (round 55: certain — the amount before the rate is the difference the rate restates, no other owner of its base)
    ).toEqual(['rate -6.9 2013-H1']);
  });

  it('near-miss: a bare number before `or` is no amount, and the value before is kept', () => {
    expect(markedValues('The office collected Php95.12 billion, 12 or 7% more than planned.')).toContain(
      '95120000000 (Php)',
    );
  });
});

describe('the Kenyan shilling written `Kshs.` with its stop', () => {
  it('reads `or Kshs. 9.8 billion` as the restated amount and the level after `to hit` as the value', () => {
    expect(
      statementLines('Power revenue rose 6.2% or Kshs. 7.1 billion to hit Kshs. 121.4 billion in the year.', 'en'),
    ).toEqual(['121400000000 (Kshs.) [rate 6.2 -] k=actual']);
  });
});

describe('a rate written before the earlier level it is measured from, dated by a possessive', () => {
  it('is a statement of its own when the subject is a pronoun: `That’s up 34% from 2021’s …`', () => {
    expect(statementLines('That’s up 27% from 2020’s 41.2 million barrels.', 'en')).toEqual([
      '41200000? [] k=actual',
      '- [rate 27 2020] k=actual',
    ]);
  });

  it('goes to the value before, with the possessive as its base: `…, which represents a 7.4 per cent increase in earnings over the previous year’s US$714 million`', () => {
    expect(
      statementLines(
        'The island earned about US$812 million from visitors, which represents a 6.1 per cent increase in earnings over the previous year’s US$765 million.',
        'en',
      ),
    ).toEqual(['812000000 USD ~about [rate 6.1 same-period-last-year] k=actual', '765000000 USD? [] k=actual']);
  });

  it('near-miss: a rate before the level it reached keeps it (`rose 5% to $40 million from last year’s $38.1 million`)', () => {
    expect(statementLines('Revenue rose 5% to $40 million from last year’s $38.1 million.', 'en')).toEqual([
      '40000000 USD [rate 5 same-period-last-year] k=actual',
      '38100000 USD? [] k=actual',
    ]);
  });
});

describe('a rate against an earlier period after a target and `but`', () => {
  it('is the result’s change, a statement of its own, not the target’s', () => {
    expect(
      statementLines(
        'That is well short of the 2014 target of 3.2 million visitors but an increase of 9.4% over the same period last year.',
        'en',
      ),
    ).toEqual(['3200000 person? [] k=target p=2014', '- [rate 9.4 same-period-last-year?] k=actual p=2014']);
  });

  it('near-miss: a rate of the target itself, with no contrast, stays the target’s', () => {
    expect(statementLines('The 2025 target of 12 million visitors is up 20% over last year.', 'en')).toEqual([
      '12000000 person [rate 20 same-period-last-year] k=target p=2025',
    ]);
  });
});

describe('a decimal mark glued to digits after a space: the whole part was lost', () => {
  it('reads no rate of 54 from `tăng ,54%`', () => {
    expect(
      markedChanges('Ngành chăn nuôi cũng tăng trưởng khá với đàn bò tăng ,37%, đạt hơn 2.000 con.', 'vi'),
    ).toEqual([]);
  });

  it('lists the lost amount as unread on the statement, which keeps its name', () => {
    const [s] = extractStatements('Ngành chăn nuôi cũng tăng trưởng khá với đàn bò tăng ,37%, đạt hơn 2.000 con.', {
      locale: 'vi',
    });
    expect(s?.name?.value).toBe('Ngành chăn nuôi cũng tăng trưởng khá với đàn bò');
    expect(s?.unread.map((u) => `${u.what}:${u.reason}`)).toContain('value:invalid-number');
  });

  it('near-miss: a decimal comma inside the number reads as before', () => {
    expect(
      markedChanges('Ngành chăn nuôi cũng tăng trưởng khá với đàn bò tăng 0,37%, đạt hơn 2.000 con.', 'vi'),
    ).toEqual(['rate 0.37 -']);
  });
});

describe('an earlier level dated by a month with no year, right before the statement’s month', () => {
  it('is the period before: `in May increased 2.9 percent to … from … in April`', () => {
    expect(
      markedChanges(
        'Malaysia’s palm kernel output in May increased 2.9 percent to 412,300 tonnes from 400,680 tonnes in April.',
      ),
    ).toEqual(['rate 2.9 previous-period']);
    expect(
      markedChanges(
        'Palm oil inventories fell 4.1 percent in January 2024 to 1.62 million tonnes from 1.69 million tonnes in December.',
      ),
    ).toEqual(['rate -4.1 previous-period']);
  });

  it('near-miss: a month further back gives no base', () => {
    expect(markedChanges('Exports in March rose 5% to 1,200 tonnes from 1,000 tonnes in January.')).toEqual([
      'rate 5 -',
    ]);
  });
});

describe('a move from a level dated by a base phrase to the level reached: `from X the previous year to Y`', () => {
  it('reads the level reached as the value and the base as the rate’s', () => {
    expect(
      statementLines(
        'Power sales increased by 4.1% from 6,912 million units the previous year to 7,195 million units.',
        'en',
      ),
    ).toEqual(['7195000000 (units) [rate 4.1 same-period-last-year] k=actual', '6912000000 (units)? [] k=actual']);
    expect(
      markedValues('Sales grew by 2.7% from 5,310 million units in the previous year to 5,453 million units.'),
    ).toEqual(['5453000000 (units)', '5310000000 (units)?']);
  });
});

describe('the million’s letter glued to the number before a unit word: `2.3m tonnes`', () => {
  it('reads the million', () => {
    expect(markedValues('The mill produced 1.7m tonnes of sugar in 2019.')).toEqual(['1700000 tonne']);
  });

  it('near-miss: a glued `m` with no unit after it stays doubted (a metre, or no figure)', () => {
    expect(markedValues('The tower is 300m tall.')).toEqual(['300?']);
  });
});

describe('bases of the revenue and remittance releases', () => {
  it('reads `as compared to the last year`, `the corresponding month of 2010` and `the 2020 revenue`', () => {
    expect(markedChanges('The growth in tax collection is 21 percent as compared to the last year.')).toEqual([
      'rate 21 same-period-last-year',
    ]);
    expect(markedChanges('This represents a growth rate of 18.2 per cent over the 2021 revenue.')).toEqual([
      'rate 18.2 2021',
    ]);
    expect(
      markedChanges('This performance is an improvement of 14.7 per cent over the 2021 revenue performance.'),
    ).toEqual(['rate 14.7 2021']);
  });

  it('near-miss: a year before a plan noun phrase is the plan’s, no base year (`The 2025 revenue collection target … over 2024`)', () => {
    expect(markedChanges('The 2025 revenue collection target reflects a 12.5% growth benchmark over 2024.')).toEqual([
      'rate 12.5 2024',
    ]);
  });
});

describe('Vietnamese goals and plans: `tăng trưởng GDP đạt 12%/năm`, `đạt 82% trở lên`, `25.662.000 tấn kế hoạch`', () => {
  it('reads a percentage per year after a growth name as the yearly growth rate, not a level', () => {
    expect(statementLines('Phấn đấu đến năm 2025, tăng trưởng GRDP đạt 9%/năm.', 'vi')).toEqual([
      '- [rate 9 -?] k=target p=2025',
    ]);
  });

  it('near-miss: a percentage per year after a name that is no growth stays a level', () => {
    expect(markedChanges('Lãi suất cho vay bình quân 9,5%/năm.', 'vi')).toEqual([]);
  });

  it('reads `trở lên` right after a percentage as its lower bound', () => {
    expect(statementLines('Phấn đấu đến năm 2025, tỷ lệ hộ dùng nước sạch đạt 90% trở lên.', 'vi')).toEqual([
      '90 percent ~over? [] k=target p=2025',
    ]);
  });

  it('reads a figure whose unit a plan noun follows as the plan’s', () => {
    expect(
      statementLines('Cảng Cái Lân đã đạt sản lượng 12.412.000 tấn hàng hóa thông qua/ 12.300.000 tấn kế hoạch.', 'vi'),
    ).toEqual(['12412000 tonne [] k=actual', '12300000 tonne [] k=target']);
  });

  it('gives the estimate’s stage to a rate read with `ước đạt`', () => {
    expect(statementLines('Tăng trưởng ngành thủy sản khá, ước đạt 4,12% so với cùng kỳ năm trước.', 'vi')).toEqual([
      '- [rate 4.12 same-period-last-year] k=actual st=estimate',
    ]);
  });
});

describe('kinds: the cedi sign alone, a target the figure qualifies, a baseline', () => {
  it('reads `¢` before the number as the cedi’s sign, never a name (`of ¢`) with a bare number', () => {
    expect(
      statementLines('The authority collected a little over ¢61.4 billion as against a target of ¢60.9 billion.', 'en'),
    ).toEqual(['61400000000 (¢) ~over [] k=actual']);
  });

  it('gives a goal noun right after the first figure to that figure: `fell short of its 6 million target in 2016 with 5.9 million visitors`', () => {
    expect(
      statementLines(
        'Foreign arrivals fell short of its 7 million target in 2018 with 6.6 million visitors, officials said.',
        'en',
      ),
    ).toEqual(['7000000? [] k=target p=2018', '6600000 person? [] k=actual p=2018']);
  });

  it('near-miss: a goal noun between the figures, not right after the first, frames the second', () => {
    expect(statementLines('Exports reached $5 billion, and the target for 2025 is $8 billion.', 'en')).toEqual([
      '5000000000 USD [] k=actual',
      '8000000000 USD [] k=target p=2025',
    ]);
  });

  it('reads a figure after `a baseline of` as a result with no lent period', () => {
    expect(
      statementLines(
        'The plan sets an output target of 640 million tons for 2026, rising to 700 million tons by 2030, based on a baseline of 610.4 million tons.',
        'en',
      ),
    ).toEqual([
      '640000000 tonne [] k=target p=2026',
      '700000000 tonne [] k=target p=2030',
      '610400000 tonne [] k=actual',
    ]);
  });
});

describe('a rate after `which is` against an earlier level dated by a named period', () => {
  it('gives the rate and the year to the value before, and reads the earlier level apart', () => {
    expect(
      statementLines(
        'Receipts reached PHP241.5 billion which is 4.9 percent higher than the PHP230.2 billion earnings in 2016.',
        'en',
      ),
    ).toEqual(['241500000000 (PHP) [rate 4.9 2016] k=actual', '230200000000 (PHP)? [] k=actual']);
    expect(
      markedChanges(
        'The country recorded 6.6 million arrivals, which is 11.9 percent higher compared to 5.9 million arrivals it received in 2016.',
      ),
    ).toEqual(['rate 11.9 2016']);
  });

  it('reads `than the outturn for the same period in 2014` as a base', () => {
    expect(
      markedChanges(
        'The outturn was 3.1 per cent higher than target and 27.4 per cent higher than the outturn for the same period in 2015.',
      ),
    ).toEqual(['rate 27.4 2015?']);
  });
});

describe('`by collecting …` after a target: the result the target was surpassed by', () => {
  it('reads the figure after `by` and a gerund of a result as an actual, never a second target', () => {
    expect(kindsOf('The board surpassed its target of Rs7,470 billion by collecting Rs7,640 billion.', 'en')).toEqual([
      'target 7470000000000',
      'actual 7640000000000',
    ]);
  });

  it('near-miss: a second object of the goal’s verb stays a goal', () => {
    expect(
      kindsOf('The ministry aims to receive 17 million tourists and serve 82 million domestic visitors.', 'en'),
    ).toEqual(['target 17000000', 'target 82000000']);
  });
});

describe('an amount restated as a rate over a plan after a comma: `$4.1 billion, $212 million or 5.4% above the forecast`', () => {
  it('gives the value its completion and reads no value of the excess', () => {
    expect(
      statementLines(
        'Revenue for the first half of fiscal 2024 totaled $3.8 billion, $181 million or 5.0% above the forecast.',
        'en',
      ),
    ).toEqual(['3800000000 USD [] c=105 k=actual']);
  });
});

describe('a figure a participle of planning follows: `Sh412 billion out of Sh528 billion allocated`', () => {
  it('reads the allocated figure as the plan', () => {
    expect(
      kindsOf('The department spent 81 percent of its budget, or Sh301 billion out of Sh372 billion allocated.', 'en'),
      // (round 55: `81 percent of its budget` is the budget's completion, no value)
    ).toEqual(['actual 301000000000', 'target 372000000000']);
  });

  it('near-miss: a figure an estimate’s participle follows stays a result', () => {
    expect(kindsOf('The department spent Sh301 billion out of Sh372 billion estimated.', 'en')).toEqual([
      'actual 301000000000',
      'actual 372000000000',
    ]);
  });
});

describe('a slash pair whose ratio is the completion of a named plan: `đạt 1.520 tỷ đồng/1.400 tỷ đồng, đạt 108,6% dự toán`', () => {
  it('reads the first as the result with the completion, the second as the plan', () => {
    expect(statementLines('Thu ngân sách huyện đạt 2.130 tỷ đồng/1.950 tỷ đồng, đạt 109,2% dự toán.', 'vi')).toEqual([
      '2130000000000 VND [] c=109.2 k=actual',
      '1950000000000 VND [] k=target',
    ]);
  });

  it('near-miss: a completion that is not the pair’s ratio leaves both doubted', () => {
    expect(statementLines('Thu ngân sách huyện đạt 2.130 tỷ đồng/1.950 tỷ đồng, đạt 99,2% dự toán.', 'vi')).toEqual([
      '2130000000000 VND [] k=actual',
      '1950000000000 VND? [] c=99.2? k=actual',
    ]);
  });
});

describe('a percentage after `the budgeted`, `the targeted`: the plan’s level, never a rate of change', () => {
  it('reads no certain growth rate from `against the budgeted 5.1 percent`', () => {
    expect(
      markedChanges('The fiscal deficit was contained at 5.2 percent of GDP against the budgeted 5.6 percent.'),
    ).toEqual([]);
    expect(markedChanges('GDP grew 5.8 percent against the targeted 6.3 percent.')).toEqual(['rate 5.8 -?']);
  });

  it('near-miss: `an estimated` percentage of a growth is still its rate', () => {
    expect(markedChanges('GDP grew an estimated 6.8% in 2023.')).toEqual(['rate 6.8 -']);
  });
});
