import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 65: classes found on the released `test49` (council and county budgets, levies, South African
 * municipal releases, tourism nights, Vietnamese commune reports of the economy's structure), each
 * written again with other numbers, names and words, with the near-misses that must keep their old
 * reading. Every positive reads differently on the round's start code; the near-misses read the same
 * on both.
 */

describe('round 65', () => {
  it('a count with its counted noun, then `or` and a percentage: the rate of that move', () => {
    expect(statementLines('Overnight stays were up 4,250 nights or 7 per cent on March 2018.', 'en')).toEqual([
      '- [rate 7 2018-03] k=actual',
    ]);
    expect(statementLines('Enrolment fell by 310 pupils, or 4%, which the board blames on housing.', 'en')).toEqual([
      '- [rate -4 -] k=actual',
    ]);
    // (a period between the amount and `, or` is no counted noun: the rate is not the amount's)
    expect(
      statementLines('Receipts were $80.1 million, an increase of about $12.4 million for FY2021, or 18.3%.', 'en'),
    ).toEqual(['80100000 USD [] k=actual p=2021?']);
  });

  it('an amount broken by a space after its separator is unreadable, never its last piece', () => {
    expect(statementLines('Council adopted the Operating Budget of R734, 6 million.', 'en')).toEqual([]);
    expect(statementLines('The Capital Budget of R118. 4 million was approved.', 'en')).toEqual([]);
    // (a year and a comma before a count stay two figures' words)
    expect(statementLines('In 2019, 5 million tourists came.', 'en')).toEqual(['5000000 person [] k=actual p=2019']);
  });

  it('an amount right after `per` is the unit another figure is counted by', () => {
    expect(statementLines('The tax rate is $2.15 per $1,000 of assessed value.', 'en')).toEqual([
      '2.15 USD [] k=actual',
      '1000 USD? [] k=actual',
    ]);
  });

  it('a budget of an amount, a budget heading its copula and an allocated amount are the plan', () => {
    expect(statementLines('The 2019 capital budget of $48.6 million was adopted.', 'en')).toEqual([
      '48600000 USD [] k=target p=2019?',
    ]);
    expect(statementLines('The adopted operating budget totals $12.75 million.', 'en')).toEqual([
      '12750000 USD [] k=target',
    ]);
    expect(statementLines('The county has allocated $1.2 million to road repairs.', 'en')).toEqual([
      '1200000 USD [] k=target',
    ]);
    expect(statementLines('KSh 41.3 billion was earmarked for county roads.', 'en')).toEqual([
      '41300000000 (KSh) [] k=target',
    ]);
    expect(
      statementLines(
        'Of the Sh88.2 billion that the counties allocated for development, they spent Sh51.6 billion.',
        'en',
      ),
    ).toEqual(['88200000000 (Sh) [] k=target', '51600000000 (Sh) [] k=actual']);
    // (a budget's deficit is no plan; an amount set aside stays what it is)
    expect(statementLines('The budget deficit of $3.1 billion was the largest.', 'en')).toEqual([
      '3100000000 USD [] k=actual',
    ]);
  });

  it("a sector's move in a report of the economy's structure is its share's, doubted; a bare zero before digits lost its mark", () => {
    expect(
      statementLines(
        'Cơ cấu kinh tế chuyển dịch tích cực, nông nghiệp giảm 1,35%, dịch vụ tăng 0 91% so với năm 2021.',
        'vi',
      ),
    ).toEqual(['- [rate -1.35 -?] k=actual']);
    expect(
      statementLines(
        'Năm 2020 cơ cấu kinh tế chuyển dịch đúng hướng; thương mại dịch vụ chiếm 31,2%, tăng 0,64%.',
        'vi',
      ),
    ).toEqual(['31.2 percent? [rate 0.64 -?] k=actual p=2020']);
    // (the product's growth after the structure is no share's; a market's share with its exports' change stays)
    expect(
      statementLines('Cơ cấu kinh tế chuyển dịch đúng hướng; tổng sản phẩm tăng 7,2% so với năm trước.', 'vi'),
    ).toEqual(['- [rate 7.2 same-period-last-year] k=actual']);
  });

  it('probes: a month of the previous year is the same month a year before; a period stating its own level is no ratio', () => {
    expect(statementLines('Deposits fell 4.2 percent compared to March of the previous year.', 'en')).toEqual([
      '- [rate -4.2 same-period-last-year] k=actual',
    ]);
    expect(statementLines('The gross NPL ratio was 3.15 percent compared to June 2023 of 3.4 percent.', 'en')).toEqual([
      '3.15 percent? [] k=actual',
    ]);
  });

  it('probes: a number whose tail a space broke off is unreadable; tonne-kilometres are no tonnes; a plan participle after the amount', () => {
    expect(statementLines('A total of Ksh 418 .6 billion was moved in March.', 'en')).toEqual([]);
    expect(statementLines('Rail freight turnover reached 98.4 billion ton-kilometers in 2022.', 'en')).toEqual([
      '98400000000 (ton-kilometers) [] k=actual p=2022',
    ]);
    expect(statementLines('Arrivals beat the 2.4 million visitors projected for 2023.', 'en')).toEqual([
      '2400000 person [] k=target p=2023',
    ]);
  });

  it('probes (Vietnamese companies): a manner word before `tới`, a rate restated after `tương đương` with its base, a negative level', () => {
    expect(statementLines('Lợi nhuận quý 2 đạt 12,5 tỷ đồng, giảm mạnh tới 64% so với cùng kỳ.', 'vi')).toEqual([
      '12500000000 VND [rate -64 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Doanh thu dịch vụ giảm 1.250 tỷ đồng, tương đương 18% so với năm 2022.', 'vi')).toEqual([
      '- [rate -18 2022] k=actual',
    ]);
    // (without the base it is a share of the whole, left as read)
    expect(statementLines('Lợi nhuận giảm 200 tỷ đồng, tương đương 9,2% tổng doanh thu.', 'vi')).toEqual([
      '9.2 percent? [] k=actual',
    ]);
    expect(statementLines('Vốn chủ sở hữu của công ty đã âm tới 52,4 tỷ đồng.', 'vi')).toEqual([]);
  });

  it('probes: twelve months ending in a month are no month; a word of a goal hyphened to an adjective marks no goal', () => {
    expect(statementLines('In the 12 months ending in March 2019, coffee exports totalled US$2.1bn.', 'en')).toEqual([
      '2100000000 USD [] k=actual p=2019-03?',
    ]);
    expect(
      statementLines('The agency recorded an above-target collection of K12,450.2 million in the quarter.', 'en'),
    ).toEqual(['12450200000 (K)? [] k=actual']);
  });

  it("probes: a plan noun's amount set in any tense after `which` is the plan's", () => {
    expect(
      statementLines(
        'The agency reached 61.2 per cent of its annual target, which had been fixed at Tk 84.5 billion.',
        'en',
      ),
    ).toEqual(['- [] c=61.2 k=actual', '84500000000 (Tk) [] k=target']);
  });
});
