import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 59: classes found on the released `test43` (a coal group's half-year report, a company that never earned
 * more than a threshold, a commune's five-year growth, Nigerian bank deposits, Kenyan revenue, Pakistani cement
 * exports in a fiscal year, a province's growth over a span, Vanuatu's and Samoa's arrivals, Mexican remittances,
 * South African imports, Philippine tourism, a rice board's budget, a rubber group's year), each written again with
 * other numbers, names and words, with the near-misses that must keep their old reading. Every positive reads
 * differently on the round's start code.
 */

describe('round 59', () => {
  it('a completion that closes `từ A đến B%` is one end of a range, in doubt; a single completion stays certain', () => {
    expect(statementLines('Các chỉ tiêu đạt từ 60 đến 85% KH năm.', 'vi')).toEqual(['- [] c=85? k=actual']);
    expect(statementLines('Sản lượng đạt từ 40 đến 55% kế hoạch năm 2023.', 'vi')).toEqual([
      '- [] c=55? k=actual p=2023',
    ]);
    expect(statementLines('Sản lượng đạt 85% kế hoạch năm 2023.', 'vi')).toEqual(['- [] c=85 k=actual p=2023']);
  });

  it('a figure a few words after "never" is a threshold never passed, in doubt; a figure reached stays certain', () => {
    expect(statementLines('Công ty này chưa bao giờ lãi quá 50 tỷ đồng trong 5 năm qua.', 'vi')).toEqual([
      '50000000000 VND? [] k=actual',
    ]);
    expect(statementLines('Năm 2023, công ty lãi 50 tỷ đồng.', 'vi')).toEqual(['50000000000 VND [] k=actual p=2023']);
    expect(statementLines('The cooperative has never exceeded 3 million tonnes in a year.', 'en')).toEqual([
      '3000000 tonne ~over? [] k=actual',
    ]);
    expect(statementLines('The cooperative harvested 3 million tonnes in 2023.', 'en')).toEqual([
      '3000000 tonne [] k=actual p=2023',
    ]);
  });

  it("a growth rate's excess over its goal by N% may be points, in doubt; a level's excess over its budget stays a completion", () => {
    expect(
      statementLines(
        'Giai đoạn 2016-2020, tốc độ tăng trưởng kinh tế bình quân đạt 7,2%, vượt 0,7% so với chỉ tiêu nghị quyết.',
        'vi',
      ),
    ).toEqual(['- [rate 7.2 -] c=100.7? k=actual p=2016/2020']);
    expect(statementLines('Năm 2023, thu ngân sách đạt 8.000 tỷ đồng, vượt 6% so với dự toán.', 'vi')).toEqual([
      '8000000000000 VND [] c=106 k=actual p=2023',
    ]);
  });

  it('an amount after `amounting to` that follows a noun of change without a figure is the change, in doubt; a total after a change with its own rate stays the level', () => {
    expect(
      statementLines(
        'In the second quarter of 2024, lenders recorded a sharp rise in loans, amounting to ₦9 trillion, bringing total loans to ₦80 trillion.',
        'en',
      ),
    ).toEqual(['9000000000000 (₦)? [] k=actual p=2024-Q2', '80000000000000 (₦) [] k=actual p=2024-Q2']);
    expect(statementLines('Tourism revenue posted a 12.5% rise in May, totalling $48 million.', 'en')).toEqual([
      '48000000 USD [rate 12.5 -] k=actual',
    ]);
  });

  it('an amount after `an underperformance of` is the gap to the target, in doubt', () => {
    expect(
      statementLines(
        'Tax collection stood at Sh 410.2 billion against a target of Sh455 billion, resulting in an underperformance of Sh44.8 billion.',
        'en',
      ),
    ).toEqual(['410200000000 (Sh) [] k=actual', '44800000000 (Sh)? [] k=actual']);
  });

  it('`of FY25` after a part of a year is the rest of that period, no base; a calendar half stays dated', () => {
    expect(statementLines('During the first six months of FY25, cement exports posted a 31% increase.', 'en')).toEqual([
      '- [rate 31 -] k=actual',
    ]);
    expect(statementLines('Cement exports rose 31% in the first half of 2024.', 'en')).toEqual([
      '- [rate 31 -] k=actual p=2024-H1',
    ]);
  });

  it('`riêng năm N,` after `;` dates the part after it, as `năm N` alone does', () => {
    expect(
      statementLines('Giai đoạn 2011-2020, GRDP bình quân tăng 6,5%/năm; riêng năm 2020, GRDP tăng 2,1%.', 'vi'),
    ).toEqual(['- [rate 6.5 -?] k=actual p=2011/2020', '- [rate 2.1 -] k=actual p=2020']);
    expect(statementLines('Giai đoạn 2011-2020, GRDP bình quân tăng 6,5%/năm; năm 2020 GRDP tăng 2,1%.', 'vi')).toEqual(
      ['- [rate 6.5 -?] k=actual p=2011/2020', '- [rate 2.1 -] k=actual p=2020'],
    );
  });

  it('a bracketed percentage after a change by a count and its noun is the rate; after a level it is no rate', () => {
    expect(statementLines('Total cruise arrivals fell by 1,212 passengers (12.4%) in March 2019.', 'en')).toEqual([
      '- [rate -12.4 -] k=actual p=2019-03',
    ]);
    expect(statementLines('Total cruise arrivals fell to 8,500 (12.4%) in March 2019.', 'en')).toEqual([
      '8500 [] k=actual p=2019-03',
    ]);
  });

  it('`, an amount up N percent` is the change of the amount before it; with no article it stays apart', () => {
    expect(
      statementLines(
        'In March, exports reached €2.4 billion, an amount up 6.3 percent compared with the same month in 2019.',
        'en',
      ),
    ).toEqual(['2400000000 (€) [rate 6.3 2019-03] k=actual']);
    expect(statementLines('In March, exports reached €2.4 billion, amount up 6.3 percent.', 'en')).toEqual([
      '2400000000 (€) [] k=actual',
      '- [rate 6.3 -] k=actual',
    ]);
  });

  it('`R 41,120 million` apart from its sign is the rand, so a move from one to the other is read', () => {
    expect(
      statementLines(
        'Total imports rose by 2.4% from R 41,120 million in the second quarter of 2018 to R 42,107 million in the second quarter of 2019.',
        'en',
      ),
    ).toEqual(['41120000000 (R)? [] k=actual p=2018-Q2', '42107000000 (R) [rate 2.4 2018-Q2] k=actual p=2019-Q2']);
  });

  it('`grew faster at N percent` is a rate', () => {
    expect(statementLines('Domestic arrivals grew faster at 5.5 percent in 2022.', 'en')).toEqual([
      '- [rate 5.5 -] k=actual p=2022',
    ]);
  });

  it('`above the budgeted amount of X` states the plan, a target', () => {
    expect(statementLines('Output reached 120,400 mt, 12% above the budgeted amount of 107,500 mt.', 'en')).toEqual([
      '120400 tonne [] c=112 k=actual',
      '107500 tonne [] k=target',
    ]);
  });

  it("the plan's year completes a lead part of a year written without one; a cut-off day leaves it in doubt", () => {
    expect(statementLines('Hai quý đầu năm, doanh thu của công ty đạt 48% kế hoạch năm 2024.', 'vi')).toEqual([
      '- [] c=48 k=actual p=2024-H1',
    ]);
    expect(statementLines('Tính đến ngày 30/6, doanh thu của công ty đạt 48% kế hoạch năm 2024.', 'vi')).toEqual([
      '- [] c=48 k=actual p=2024?',
    ]);
  });

  it("the measure's own name repeated after `compared to` leaves the period after it the base; another measure's does not", () => {
    expect(
      statementLines(
        'September 2015 visitor arrivals were 12,310, an increase of 402 (3.4 per cent) compared to visitor arrivals September 2014.',
        'en',
      ),
    ).toEqual(['12310 [rate 3.4 2014-09] k=actual p=2015-09']);
    expect(
      statementLines(
        'September 2015 visitor arrivals were 12,310, up 3.4 per cent compared to cruise arrivals in September 2014.',
        'en',
      ),
    ).toEqual(['12310 [rate 3.4 -] k=actual p=2015-09']);
  });

  it('a trailing `based on` source that calls the figures estimates gives them that stage; a source with no stage word gives none', () => {
    expect(
      statementLines(
        'Port throughput rose by 3.8% in October, based on flash estimates from the port authority.',
        'en',
      ),
    ).toEqual(['- [rate 3.8 -] k=actual st=estimate']);
    expect(
      statementLines("Port throughput rose by 3.8% in October, based on the port authority's survey.", 'en'),
    ).toEqual(['- [rate 3.8 -] k=actual']);
  });

  it('`, a 214 person increase (2.6 per cent) as compared to …` is the change of the count before it', () => {
    expect(
      statementLines(
        'Official figures show that 8,412 visitors arrived in June 2016, a 214 person increase (2.6 per cent) as compared to June 2015.',
        'en',
      ),
    ).toEqual(['8412 person [rate 2.6 2015-06] k=actual p=2016-06']);
    expect(
      statementLines(
        'Official figures show that 8,412 visitors arrived in June 2016, 214 more than in June 2015.',
        'en',
      ),
    ).toEqual(['8412 person [] k=actual p=2016-06']);
  });

  it('`$X or N% below October 2020 …`: the named period after the side word is the base; `below target` stays a completion', () => {
    expect(
      statementLines(
        'October 2021 sales tax collections were $8,512,300 or 3.41% below October 2020 collections.',
        'en',
      ),
    ).toEqual(['- [rate -3.41 2020-10] k=actual p=2021-10']);
    expect(statementLines('October 2021 sales tax collections were $8,512,300 or 3.41% below target.', 'en')).toEqual([
      '- [] c=96.59 k=actual p=2021-10',
    ]);
  });

  it('an earlier level of three words of unit before `recorded for the same period last year` dates the base', () => {
    expect(
      statementLines(
        'Passenger traffic was 52,310, an increase of 4.4 per cent compared to the 50,105 airport passengers recorded for the same period last year.',
        'en',
      ),
    ).toEqual(['52310 [rate 4.4 same-period-last-year] k=actual']);
  });

  it("`data from <period>` in a source names whose data they are — the figures' period; `rose … from <period>` stays a base", () => {
    expect(
      statementLines(
        'According to preliminary data from the second quarter of 2015, the services index was 2.1% higher than the previous quarter.',
        'en',
      ),
    ).toEqual(['- [rate 2.1 previous-period] k=actual st=preliminary p=2015-Q2']);
    expect(statementLines('The services index rose 2.1% from the second quarter of 2015.', 'en')).toEqual([
      '- [rate 2.1 2015-Q2] k=actual',
    ]);
  });
});
