import { describe, expect, it } from 'vitest';
import { figured, statementLines } from './readings';

/**
 * Round 67: classes found on the released `test51` (news agencies' market digests, bank results,
 * council budgets) and by the round's probes of public text (revenue authorities and budget execution
 * in Africa, the Caribbean, Europe and Central Asia; mining companies' guidance; Vietnamese provincial
 * agriculture reports), each written again with other numbers, names and words, with the near-misses
 * that must keep their old reading. Every positive reads differently on the round's start code; the
 * near-misses read the same on both.
 */

/** Each statement's kind, `?` when it is uncertain, and its value's unit code, `?` when the value is. */
const kinds = (text: string, locale: 'en' | 'vi'): string[] =>
  figured(text, locale).map(
    (s) =>
      `${s.kind.value}${s.kind.confidence === 'uncertain' ? '?' : ''} ${s.value?.value.unitCode ?? '-'}${s.value?.confidence === 'uncertain' ? '?' : ''}`,
  );

describe('round 67', () => {
  it('`plus`/`minus` before a percentage with a shorthand base sign the change of the figure before it', () => {
    // (the sign had been lost and `minus` had named a statement of its own)
    expect(statementLines('Copper output in January-May was 310,000 tonnes, minus 4.2% y/y.', 'en')).toEqual([
      '310000 tonne [rate -4.2 same-period-last-year] k=actual',
    ]);
    expect(
      statementLines(
        'Steel exports reached 1.8 mln t in May, plus 6.1% y/y; imports were 0.4 mln t, minus 12% y/y.',
        'en',
      ),
    ).toEqual([
      '1800000 tonne [rate 6.1 same-period-last-year] k=actual',
      '400000 tonne [rate -12 same-period-last-year] k=actual',
    ]);
    // (no shorthand base: a sum, no change)
    expect(statementLines('Her salary was $52,000 plus 8% bonus.', 'en')).toEqual([
      '52000 USD [] k=actual',
      '8 percent? [] k=actual',
    ]);
  });

  it('a year with a spaced quarter or half after it (`2019 Q2`, `in 2022 H2`) is that part of the year', () => {
    // (it had been the whole year)
    expect(
      statementLines(
        'Net income was $2.1 billion in the quarter, down 9.4 percent from 2019 Q2 of $2.3 billion.',
        'en',
      )[0],
    ).toBe('2100000000 USD [rate -9.4 2019-Q2] k=actual');
    expect(statementLines('Shipments in 2022 H2 were 48,000 units.', 'en')).toEqual([
      '48000 (units) [] k=actual p=2022-H2',
    ]);
    // (no such half: the year, the letters left to the name)
    expect(statementLines('Shipments in 2022 H3 were 48,000 units.', 'en')).toEqual([
      '48000 (units) [] k=actual p=2022',
    ]);
  });

  it('a fiscal year written `FY 19` is that year (doubted from round 68); `FY 12 months` is no year', () => {
    expect(statementLines('In FY 19, the net surplus came in at $4,210,775.', 'en')).toEqual([
      '4210775 USD [] k=actual p=2019?',
    ]);
    expect(statementLines('Revenue for the FY 12 months was $5 million.', 'en')).toEqual(['5000000 USD [] k=actual']);
    // (`the FY 21 deficit`: the year of a noun, doubted where it dates the figure)
    expect(statementLines('The deficit is $2.4 million, a 40% rise from the FY 21 deficit.', 'en')).toEqual([
      '2400000 USD [rate 40 -] k=actual p=2021?',
    ]);
  });

  it('a percentage result against `the N% target` stays the result; the target is its own', () => {
    // (the result had been a target)
    expect(kinds('The share of households connected to the network was 71.2% against the 75% target.', 'en')).toEqual([
      'actual percent?',
      'target percent?',
    ]);
    expect(kinds('The ministry set a 6% target for the year.', 'en')).toEqual(['target percent?']);
  });

  it('a change after `and the X expects Y to grow by` is another clause’s forecast: doubted', () => {
    // (it had been a certain change of last year's sales)
    expect(
      statementLines(
        'Members sold €2.4bn of machinery abroad last year and the Dairy Equipment Federation (DEF) expects sales to rise by another 4.5pc this year.',
        'en',
      ),
    ).toEqual(['2400000000 (€)? [rate 4.5 -?] k=actual']);
    // (the same subject's change stays certain)
    expect(
      statementLines('Members sold €2.4bn of machinery abroad last year and exports rose 4.5% on the year.', 'en'),
    ).toHaveLength(1);
  });

  it('a gap to a target (`R95-million under target`, `exceeded its target by $4-billion`) is no target, nor a level', () => {
    // (each had been a certain target)
    expect(kinds('Excise duties came in R95-million under target.', 'en')).toEqual(['target? -?']);
    expect(
      kinds('The revenue service has exceeded its half-year collections target by nearly $4-billion.', 'en'),
    ).toEqual(['target? USD?']);
    // (`under the budget` says under which plan: no gap)
    expect(kinds('The hall was built under budget at $3 million.', 'en')).toEqual(['actual USD']);
  });

  it('the figure a result is measured against (`of an expected`, `the original estimate of`, `instead of forecasted`) is the plan', () => {
    // (each had been a result)
    expect(statementLines('Stamp duties accounted for R6,1-billion of an expected R6,4-billion.', 'en')[0]).toMatch(
      /k=actual/,
    );
    expect(
      figured('Stamp duties accounted for R6,1-billion of an expected R6,4-billion.', 'en')[0]?.target?.value.base,
    ).toBe('6400000000');
    expect(
      kinds(
        'Provincial receipts came to R54.2 billion, better than the budget revenue estimate of R51.9 billion.',
        'en',
      ),
    ).toEqual(['actual -', 'target -?']);
    expect(
      kinds(
        'The revenues of the budget were executed for 3921,4 mln. manats instead of forecasted 3610,2 mln. manats.',
        'en',
      ),
    ).toEqual(['actual -?', 'target -?']);
  });

  it('one comma group of three digits beside decimal commas in the same sentence is doubted', () => {
    // (it had been a certain 512 trillion)
    expect(
      kinds(
        'Customs collected R512,340-billion, which is R38,4-billion more than the original estimate of R474-billion.',
        'en',
      )[0],
    ).toBe('actual -?');
    // (no decimal comma beside it: thousands)
    expect(kinds('Revenue was R418,116 million in 2020 and R400,000 million in 2019.', 'en')).toEqual([
      'actual -',
      'actual -',
    ]);
  });

  it('a bare `$` in a statement named after a place of another dollar is doubted; a trading partner is not', () => {
    // (it had been certain US dollars)
    expect(kinds('The Jamaica Customs Agency collected $48.2B in the first quarter.', 'en')).toEqual(['actual USD?']);
    expect(kinds('Canadian farm cash receipts reached a record $9.1 billion in 2019.', 'en')).toEqual(['actual USD?']);
    expect(kinds('Vietnam imported goods worth $3 billion from Australia in 2021.', 'en')).toEqual(['actual USD']);
    expect(kinds('The Jamaica Customs Agency collected US$48.2 million in the first quarter.', 'en')).toEqual([
      'actual USD',
    ]);
  });

  it('mining guidance that `stays at` a figure is a target', () => {
    // (it had been a certain result)
    expect(kinds('Full-year unit cost guidance stays at $1.85/lb.', 'en')).toEqual(['target -']);
  });

  it('`và Y% kế hoạch năm` after a rise is the share of the plan done; `và Y% so với kế hoạch` the plan exceeded', () => {
    // (it had been a certain 152.4 %)
    expect(
      statementLines('Sản lượng tôm ước 88,6 nghìn tấn, tăng 3,1% so cùng kỳ và 52,4% kế hoạch năm.', 'vi'),
    ).toEqual(['88600 tonne [rate 3.1 same-period-last-year] c=52.4 k=actual st=estimate']);
    expect(
      statementLines('Dư nợ đạt 9.400 tỷ đồng, tăng 7,2% so với cùng kỳ và 1,8% so với kế hoạch năm.', 'vi'),
    ).toEqual(['9400000000000 VND [rate 7.2 same-period-last-year] c=101.8 k=actual']);
  });

  it('one amount in two scales, joined by `and` or after an abbreviated scale’s stop, is one number', () => {
    // (the smaller part had been dropped: 7 million; 1 trillion and a nameless 215.4 billion)
    expect(statementLines('There were 7 million and 591 thousand visitors in 2015.', 'en')).toEqual([
      '7591000 person [] k=actual p=2015',
    ]);
    expect(statementLines('Under the 2014 budget, expenditures were 1 trln. 215.4bln drams.', 'en')).toEqual([
      '1215400000000 [] k=actual p=2014?',
    ]);
    // (a sentence that ends on a scale, then one that opens on a number of the same scale, stay two)
    expect(statementLines('Imports were 5 mln. 300 mln was the target.', 'en')).toEqual([
      '5000000 [] k=actual',
      '300000000 [] k=target',
    ]);
  });

  it('a thousands group a stray space broke off (`USD 3, 812.4 million`) is doubted', () => {
    // (it had been a certain 812.4 million)
    expect(kinds('The trade deficit amounted to USD 3, 812.4 million in 2022.', 'en')).toEqual(['actual -?']);
    // (a day and month before a count stay apart, in Vietnamese)
    expect(kinds('Từ 1 đến 16/7, 125 con heo tại Đà Nẵng mắc bệnh dịch tả châu Phi.', 'vi')).toEqual(['actual -']);
  });

  it('a plan told after its figure (`when UAH 90.3 billion was expected`) or set by `envisages`, `was planned as`, `was to collect`', () => {
    // (each had been a certain result)
    expect(
      statementLines(
        'State revenues in October amounted to UAH 88.15 billion when UAH 90.3 billion was expected.',
        'en',
      ),
    ).toEqual(['88150000000 (UAH) [] k=actual', '90300000000 (UAH) [] k=target']);
    expect(kinds('The amended budget envisages revenues of RSD 712 billion.', 'en')).toEqual(['target -']);
    expect(kinds('The deficit was planned as 84.2bln drams.', 'en')).toEqual(['target -']);
    expect(kinds('In March, the Tax Service was to collect 2.3 billion soms.', 'en')).toEqual(['target -']);
    // (`was expected to` opens a forecast of its own: no plan after a figure)
    expect(statementLines('Growth of 5% was expected to continue.', 'en')).toEqual(['- [rate 5 -] k=actual']);
  });

  it('a gap to a plan restated in money, or a comparative that closes its clause, is no level', () => {
    // (each had been certain)
    expect(kinds('The revenue target of the special fund fell short by 2.4% or UAH 3.1 billion.', 'en')).toEqual([
      'target? -?',
    ]);
    expect(kinds('Smelters produced 8,240 tonnes less copper.', 'en')).toEqual(['actual tonne?']);
    expect(kinds('Payroll taxes were about $96 million above forecast.', 'en')).toEqual(['actual USD?']);
    expect(statementLines('Independent producers were 4.2% ahead of their output targets for the year.', 'en')).toEqual(
      ['- [] c=104.2 k=actual'],
    );
    expect(
      kinds('Tiến độ gieo sạ đạt 412 ngàn ha, ít hơn diện tích gieo sạ so với cùng kỳ 2020 là gần 9 ngàn ha.', 'vi'),
    ).toEqual(['actual ha', 'actual ha?']);
    // (a restated rise stays the rise's)
    expect(statementLines('Exports rose by 5% or $2 billion to $42 billion.', 'en')).toEqual([
      '42000000000 USD [rate 5 -] k=actual',
    ]);
  });

  it('a completion and changes after the `;` that closes a `trong đó` breakdown are the total’s', () => {
    // (they had been the last part's, certain)
    expect(
      statementLines(
        'Tổng sản lượng nuôi trồng thủy sản năm 2019 ước đạt 41.200 tấn, trong đó tôm 12.300 tấn, cá tra trên 20.100 tấn; đạt 98,2% kế hoạch, tăng 6,4% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual([
      '41200 tonne [rate 6.4 same-period-last-year] c=98.2 k=actual st=estimate p=2019',
      '12300 tonne [] k=actual st=estimate p=2019',
      '20100 tonne ~over [] k=actual st=estimate p=2019',
    ]);
    // (after a comma the change stays the part's own)
    expect(
      statementLines(
        'Tổng thu ngân sách đạt 1.200 tỷ đồng, trong đó thu nội địa 1.000 tỷ đồng, tăng 8% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['1200000000000 VND [] k=actual', '1000000000000 VND [rate 8 same-period-last-year] k=actual']);
  });

  it('a change after a figure right behind `compared to` is the figure before’s: doubted on the compared one', () => {
    // (it had been the compared figure's certain rise)
    expect(
      statementLines(
        'Customs revenue rose to N4.2 trillion as of June 30, compared to N3.1 trillion in the same period of 2023 — representing a 35.5 percent increase.',
        'en',
      )[1],
    ).toMatch(/\[rate 35\.5 -\?\]/u);
    // (a change the reader gives the figure before stays certain)
    expect(
      statementLines('Revenue was $5 million in 2023 compared with $4 million in 2022, an increase of 25%.', 'en')[0],
    ).toBe('5000000 USD [rate 25 2022] k=actual p=2023');
  });
});
