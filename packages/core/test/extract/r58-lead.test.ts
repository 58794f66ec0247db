import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 58: classes found on the released `test42` (a publishers' review that rounds its figures, a provincial
 * museum's month and year to date, a lychee harvest, Indian dairy statistics, Tanzanian tourism, a company report
 * that lost a space), each written again with other numbers, names and words, with the near-misses that must keep
 * their old reading. Every positive reads differently on the round's start code.
 */

describe('round 58', () => {
  it('a figure between `the` and a milestone noun after a value verb is the threshold passed, in doubt; a level reached stays certain', () => {
    expect(
      statementLines('Passenger numbers hit the 2 million mark in 2021, and rose to 2.4 million in 2022.', 'en'),
    ).toEqual(['2000000? [] k=actual p=2021', '2400000 [] k=actual p=2022']);
    expect(statementLines('Coffee sales hit 2 million bags in 2021.', 'en')).toEqual(['2000000 [] k=actual p=2021']);
  });

  it('an `annual growth rate` over a span of years is an average, in doubt; in a single year it stays a year-on-year rate', () => {
    expect(
      statementLines(
        'From 2012-13 to 2022-23, egg output rose from 69.7 billion to 138.4 billion, with an annual growth rate of 7.1%.',
        'en',
      ),
    ).toEqual(['138400000000 [rate 7.1 same-period-last-year?] k=actual', '69700000000? [] k=actual']);
    expect(statementLines('Egg output posted an annual growth rate of 6.2% in 2023.', 'en')).toEqual([
      '- [rate 6.2 same-period-last-year] k=actual p=2023',
    ]);
  });

  it('a lead that says the figures are rounded makes every figure about; without it they stay exact', () => {
    expect(
      statementLines('Nếu làm tròn, năm 2022, cả tỉnh thu hút 4 triệu lượt khách, doanh thu 12 nghìn tỷ đồng.', 'vi'),
    ).toEqual(['4000000 (lượt khách) ~about [] k=actual p=2022', '12000000000000 VND ~about [] k=actual p=2022']);
    expect(statementLines('Năm 2022, cả tỉnh thu hút 4 triệu lượt khách, doanh thu 12 nghìn tỷ đồng.', 'vi')).toEqual([
      '4000000 (lượt khách) [] k=actual p=2022',
      '12000000000000 VND [] k=actual p=2022',
    ]);
    expect(
      statementLines('In round numbers, the port handled 9 million tonnes in 2020, up 12% on 2019.', 'en'),
    ).toEqual(['9000000 tonne ~about [rate 12 2019] k=actual p=2020']);
    expect(statementLines('The port handled 9 million tonnes in 2020, up 12% on 2019.', 'en')).toEqual([
      '9000000 tonne [rate 12 2019] k=actual p=2020',
    ]);
  });

  it("a period before a later figure's value verb leads that figure; the parts of its total take its period", () => {
    expect(
      statementLines(
        'Tháng 6 năm 2021, Khu di tích đón khoảng 5.200 lượt khách, khách nước ngoài đạt 150 lượt khách góp phần đưa tổng số khách 6 tháng đầu năm 2021 ước đạt 27.400 lượt khách, trong đó, khách trong nước ước đạt 26.500 lượt khách, khách nước ngoài ước đạt 900 lượt khách.',
        'vi',
      ),
    ).toEqual([
      '5200 (lượt khách) ~about [] k=actual p=2021-06',
      '150 (lượt khách) [] k=actual p=2021-06',
      '27400 (lượt khách) [] k=actual st=estimate p=2021-H1',
      '26500 (lượt khách) [] k=actual st=estimate p=2021-H1',
      '900 (lượt khách) [] k=actual st=estimate p=2021-H1',
    ]);
    expect(
      statementLines(
        'Tháng 6 năm 2021, Khu di tích đón 5.200 lượt khách, trong đó khách nước ngoài đạt 150 lượt khách.',
        'vi',
      ),
    ).toEqual(['5200 (lượt khách) [] k=actual p=2021-06', '150 (lượt khách) [] k=actual p=2021-06']);
  });

  it("a period that opens a bracket dates the bracket's later figures", () => {
    expect(
      statementLines(
        'Dù sản lượng thấp hơn năm ngoái (năm 2021 đạt 98.400 tấn, giá trị 1.150 tỷ đồng) nhưng giá trị năm nay vẫn tăng.',
        'vi',
      ),
    ).toEqual(['98400 tonne? [] k=actual p=2021', '1150000000000 VND [] k=actual p=2021']);
  });

  it('`v\u01b0\u1ee3t` and `\u0111\u1ea1t` glued to the word before them are read as verbs', () => {
    expect(statementLines('Lợi nhuận thực hiệnvượt 15% kế hoạch năm 2020.', 'vi')).toEqual(['- [] c=115 k=actual']);
    expect(statementLines('Lợi nhuận thực hiệnđạt 96% kế hoạch năm 2020.', 'vi')).toEqual(['- [] c=96 k=actual']);
  });
});
