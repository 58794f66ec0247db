import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 57: classes found on the released `test41` (economic calendars, Indian cement and steel reviews,
 * Pakistani textile exports, Kenyan tea and coffee, Malaysian rubber, Australian gold miners' quarters,
 * Irish and Welsh trade, Vietnamese power companies and the Vietnamese press abroad), each written again
 * with other numbers, names and words, with the near-misses that must keep their old reading. Every
 * positive reads differently on the round's start code.
 */

describe('round 57', () => {
  it('a level after `vượt quá` is a lower bound; a percentage after `vượt` stays a completion', () => {
    expect(statementLines('Lượng khách quốc tế đến Huế đã vượt quá 1,2 triệu lượt.', 'vi')).toEqual([
      '1200000 (lượt) ~over [] k=actual',
    ]);
    expect(statementLines('Doanh thu vượt 12% kế hoạch năm.', 'vi')).toEqual(['- [] c=112 k=actual']);
  });

  it('`in the region of` makes the figure approximate', () => {
    expect(statementLines('Visitor spending was in the region of £2.4 billion in 2019.', 'en')).toEqual([
      '2400000000 (£) ~about [] k=actual p=2019',
    ]);
  });

  it('two months joined by a hyphen or a dash are the quarter or the half they span', () => {
    expect(statementLines('Tea exports earned Sh18.2 billion during the April-June 2021 period.', 'en')).toEqual([
      '18200000000 (Sh) [] k=actual p=2021-Q2',
    ]);
    expect(statementLines('Coffee sales were $41 million in Jul–Dec 2022.', 'en')).toEqual([
      '41000000 USD [] k=actual p=2022-H2',
    ]);
  });

  it('near-miss: months from January stay the year to date; a bracketed gloss of a fiscal quarter is left alone', () => {
    expect(statementLines('Exports were £3.1 billion in January-March 2021.', 'en')).toEqual([
      '3100000000 (£) [] k=actual p=2021-YTD-03',
    ]);
    expect(statementLines('Growth in the first quarter (April-June) of 2019-20 slowed to 5.0 per cent.', 'en')).toEqual(
      ['- [rate 5 -] k=actual p=2019-Q1'],
    );
  });

  it('a multiple after `gần … gấp` is approximate, with a verb before it or none', () => {
    expect(statementLines('Doanh thu quý 3 tăng gần gấp đôi so với cùng kỳ.', 'vi')).toEqual([
      '- [times 2 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Số khách tháng 10 là 84.200 người, gần gấp đôi so với tháng trước.', 'vi')).toEqual([
      '84200 person [times 2 previous-period] k=actual',
    ]);
  });

  it('near-miss: `gấp đôi` alone stays exact', () => {
    expect(statementLines('Doanh thu quý 3 tăng gấp đôi so với cùng kỳ.', 'vi')).toEqual([
      '- [times 2 same-period-last-year] k=actual',
    ]);
  });

  it("the earlier level compared with right after a change is a statement of its own, not the change's", () => {
    expect(
      statementLines(
        'Cocoa output recorded an increase of 6.4 per cent as compared to 38,150 tonnes a year ago.',
        'en',
      ),
    ).toEqual(['- [rate 6.4 same-period-last-year] k=actual', '38150 tonne? [] k=actual']);
    expect(
      statementLines('Tin exports recorded a decline of 3.2 per cent versus 12,400 tonnes in 2021.', 'en'),
    ).toEqual(['- [rate -3.2 2021] k=actual', '12400 tonne? [] k=actual p=2021?']);
  });

  it('near-miss: a level reached before the compared level keeps its change', () => {
    expect(
      statementLines('Cocoa output rose 6.4 per cent to 40,600 tonnes, compared with 38,150 tonnes a year ago.', 'en'),
    ).toEqual(['40600 tonne [rate 6.4 same-period-last-year] k=actual', '38150 tonne? [] k=actual']);
    expect(statementLines('Exports went up 21% to over 2.4 billion USD in 2023, the highest on record.', 'en')).toEqual(
      ['2400000000 USD ~over [rate 21 2023?] k=actual p=2023'],
    );
  });

  it("`quý 4 năm nay` after a stated year is that year's quarter, the year lent and doubted", () => {
    expect(
      statementLines(
        'Kinh tế tỉnh tăng 7,2% trong cả năm 2022, trong đó quý 4 năm nay tăng 8,1% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['- [rate 7.2 -] k=actual p=2022', '- [rate 8.1 same-period-last-year] k=actual p=2022-Q4?']);
  });

  it("a rate's measure and years between it and the comma do not make its move's two levels a range", () => {
    expect(
      statementLines(
        'The value of dairy exports increased by 52% in value between 2012 and 2020, from €3.1 billion to €4.7 billion.',
        'en',
      ),
    ).toEqual(['4700000000 (€) [rate 52 2012?] k=actual p=2020', '3100000000 (€)? [] k=actual']);
  });

  it("a participle of a move before `from … to …` after a change joins the change's statement", () => {
    expect(
      statementLines(
        'Copper imports fell by 8.2% on a monthly basis, decreasing from 22,410 tons to 20,572 tons.',
        'en',
      ),
    ).toEqual(['20572 tonne [rate -8.2 previous-period] k=actual', '22410 tonne? [] k=actual']);
  });

  it('`Tr.kWh` is million kWh; `chỉ` alone before a completion names no new statement', () => {
    expect(
      statementLines(
        'Sản lượng điện 6 tháng đầu năm 2022 ước đạt 5.420 Tr.kWh, chỉ hoàn thành 46% kế hoạch năm và 93% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['5420000000 (Tr.kWh) [ratio 93 same-period-last-year?] c=46 k=actual st=estimate p=2022-H1']);
  });

  it('a month, `of` and its year is the month', () => {
    expect(statementLines('Scooter sales jumped 12 percent over August of 2016.', 'en')).toEqual([
      '- [rate 12 2016-08] k=actual',
    ]);
  });

  it('an article before a dated month after a compare word still names the base', () => {
    expect(statementLines('Cement sales showed an increase of 2.7 percent against the March 2011.', 'en')).toEqual([
      '- [rate 2.7 2011-03] k=actual',
    ]);
  });

  it("a value in a clause about the base period, opened right after the base, is that period's level", () => {
    expect(
      statementLines(
        'Cement sales showed an increase of 2.2 percent against the May 2012 during which sales were recorded $410.5 million.',
        'en',
      ),
    ).toEqual(['- [rate 2.2 2012-05] k=actual', '410500000 USD? [] k=actual p=2012-05']);
  });

  it('a quarter with no year after the quarter the sentence states is the period before', () => {
    expect(
      statementLines(
        'Palm oil output increased by 14.2 percent to 1.52 million tonnes in the third quarter of 2023 as compared to 1.33 million tonnes in the second quarter.',
        'en',
      ),
    ).toEqual([
      '1520000 tonne [rate 14.2 previous-period] k=actual p=2023-Q3',
      '1330000 tonne? [] k=actual p=2023-Q2?',
    ]);
    expect(
      statementLines(
        'Operating costs increased by 7% to A$41m (US$27m) in the September quarter from A$38m (US$25m) in the June quarter.',
        'en',
      ),
    ).toEqual(['41000000 (A$) [rate 7 previous-period] k=actual', '38000000 (A$)? [] k=actual']);
  });

  it('near-miss: a quarter with no year that is not the one before gives no base', () => {
    expect(
      statementLines(
        'Palm oil output increased by 14.2 percent to 1.52 million tonnes in the third quarter of 2023 from 1.41 million tonnes in the first quarter.',
        'en',
      ),
    ).toEqual(['1520000 tonne [rate 14.2 -] k=actual p=2023-Q3', '1410000 tonne? [] k=actual p=2023-Q1']);
  });

  it("an economic calendar's readings are rates against the label's bracketed base: the expected one a target, the previous one undated", () => {
    expect(statementLines('CPI Nhật Bản (Y/Y) Tháng 10: 2,9% (dự báo 3,0%; trước đó 3,0%)', 'vi')).toEqual([
      '- [rate 2.9 same-period-last-year] k=actual',
      '- [rate 3 same-period-last-year] k=target',
      '- [rate 3 same-period-last-year] k=actual',
    ]);
    expect(statementLines('Doanh số bán lẻ (M/M): -0,4% (dự báo 0,2%; trước đó 0,6%)', 'vi')).toEqual([
      '- [rate -0.4 previous-period] k=actual',
      '- [rate 0.2 previous-period] k=target',
      '- [rate 0.6 previous-period] k=actual',
    ]);
    expect(statementLines('UK CPI (YoY) Oct: 4.6% (est 4.7%; prev 6.7%)', 'en')).toEqual([
      '- [rate 4.6 same-period-last-year] k=actual',
      '- [rate 4.7 same-period-last-year] k=target',
      '- [rate 6.7 same-period-last-year] k=actual',
    ]);
  });

  it('near-miss: a percentage after a label with no bracketed base stays a doubted level', () => {
    expect(statementLines('Lạm phát: 3,2%.', 'vi')).toEqual(['3.2 percent? [] k=actual']);
  });

  it('the bound between gần and a multiple word is the multiple one: approximate, never audited', () => {
    const read = (text: string) =>
      extractReport(text, { locale: 'vi' }).statements.flatMap((s) =>
        s.changes.map((c) => [c.value.amount.value, c.value.approximate]),
      );
    expect(read('Doanh thu quý 3 tăng gần gấp đôi so với cùng kỳ.')).toEqual([['2', 'under']]);
    expect(read('Số khách tháng 10 là 84.200 người, gần gấp đôi so với tháng trước.')).toEqual([['2', 'under']]);
    expect(read('Doanh thu quý 3 tăng gấp đôi so với cùng kỳ.')).toEqual([['2', undefined]]);
  });
});
