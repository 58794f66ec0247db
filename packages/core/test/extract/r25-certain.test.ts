import { describe, expect, it } from 'vitest';
import { markedChanges as changes, figured, mark, markedValues as values } from './readings';

/**
 * Round 25, precision of doubts: a doubt that falls on a field the text states plainly leaves a
 * right figure the audit never checks. Each narrowing is written as its class — paraphrases of our
 * own (other sectors, numbers, word orders, both languages) whose figure must now be CERTAIN, and
 * near sentences whose shape is truly ambiguous and must STAY doubted. Never a corpus sentence.
 */

type Locale = 'vi' | 'en';
/** The completion of every statement with one, `percent?`. */
const completions = (text: string, locale: Locale = 'en'): string[] =>
  figured(text, locale).flatMap((s) =>
    s.completion ? [`${s.completion.value.percent.value}${mark(s.completion)}`] : [],
  );

describe('a change with its own verb and base after the completion of a plan is no plan figure (plan-frame)', () => {
  it('reads the change certain when the plan word is the completion’s (vi: đạt X% dự toán và tăng Y% so với cùng kỳ)', () => {
    const budget =
      'Thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 12.345 tỷ đồng, đạt 80,5% dự toán và tăng 6,2% so với cùng kỳ năm trước.';
    expect(changes(budget, 'vi')).toEqual(['rate 6.2 same-period-last-year']);
    expect(completions(budget, 'vi')).toEqual(['80.5']);
    expect(
      changes(
        'Tổng lượt khách du lịch 6 tháng đạt 1,2 triệu lượt, bằng 55% kế hoạch năm và bằng 112% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['ratio 112 same-period-last-year']);
    expect(
      changes(
        'Chi đầu tư phát triển 10 tháng ước 4.560 tỷ đồng, đạt 71,3% kế hoạch và giảm 3,4% so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['rate -3.4 same-period-last-year']);
    expect(
      changes(
        'Số thuê bao băng rộng cố định đạt 1,35 triệu thuê bao, bằng 104% kế hoạch năm 2024 và tăng 9,1% so với năm 2023.',
        'vi',
      ),
    ).toEqual(['rate 9.1 2023']);
  });

  it('reads the change certain in English (X percent of the estimate and up Y percent year-on-year)', () => {
    expect(
      changes(
        'Budget revenue in the first half reached VND45 trillion, equal to 52.3 percent of the yearly estimate and up 8.1 percent year-on-year.',
      ),
    ).toEqual(['rate 8.1 same-period-last-year']);
    expect(
      changes(
        'State budget collection was estimated at VND1.2 quadrillion, 85 percent of the annual target and a year-on-year rise of 11.4 percent.',
      ),
    ).toEqual(['rate 11.4 same-period-last-year']);
  });

  it('keeps the doubt where the change shares the completion’s verb or has no word of its own', () => {
    // `tăng 6% so với kế hoạch và 4,5% so với cùng kỳ`: the bare 4,5% leans on the verb of a plan's completion
    // (the verb's direction is lent to it since r25-vi: a rate, still doubted)
    expect(changes('Doanh thu ước đạt 5.200 tỷ đồng, tăng 6% so với kế hoạch và 4,5% so với cùng kỳ.', 'vi')).toEqual([
      'rate 4.5 same-period-last-year?',
    ]);
    expect(
      changes('Doanh thu ước đạt 5.200 tỷ đồng, tăng gần 6% so với kế hoạch và gần 4,5% so với cùng kỳ.', 'vi'),
    ).toEqual(['rate 4.5 same-period-last-year?']);
    // a number first, no word of its own: still read against the plan word before it
    expect(
      changes('Exports reached US$2.1 billion, 105 percent of the plan and 9 percent higher than last year.'),
    ).toEqual(['rate 9 same-period-last-year?']);
  });
});

describe('a bracket right after a level that holds only its change and a base is that level’s change (bracketed)', () => {
  it('reads the change inside the bracket; a same period of a named year it cannot date is that year, doubted (vi and en)', () => {
    // (with no period of the statement's own, the same period of 2022 is read as that year, doubted;
    // round 41)
    expect(changes('Lượng khách quốc tế đạt 75.735 lượt (tăng 12,5% so với cùng kỳ năm 2022).', 'vi')).toEqual([
      'rate 12.5 2022?',
    ]);
    expect(
      changes(
        'Sản lượng hành khách thông qua cảng đạt hơn 1,5 triệu hành khách (tăng 11% so với cùng kỳ năm 2023).',
        'vi',
      ),
    ).toEqual(['rate 11 2023?']);
    expect(
      changes('Rice exports reached 2.1 million tonnes (an increase of 4.8% over the same period in 2019).'),
    ).toEqual(['rate 4.8 2019?']);
  });

  it('reads a signed change with its shorthand base as certain (+9.1% YoY, -12.4% y/y, +10.2% ytd)', () => {
    expect(changes('Retail sales rose to VND520 trillion (+9.1% YoY).')).toEqual(['rate 9.1 same-period-last-year']);
    expect(changes('The trade surplus stood at US$2.3 billion (-12.4% y/y).')).toEqual([
      'rate -12.4 same-period-last-year',
    ]);
    expect(changes('The VN-Index closed at 1,250 points (+10.2% ytd).')).toEqual(['rate 10.2 december-last-year']);
  });

  it('keeps the doubt on a change alone, another period’s, a share’s, or one beside another figure', () => {
    // no base at all: of what, against what, the bracket does not say
    expect(changes('Diện tích cây ăn quả đạt 20.287 ha (tăng 5,94%).', 'vi')).toEqual(['rate 5.94 -?']);
    expect(changes('Exports hit US$5 billion (+12%).')).toEqual(['rate 12 -?']);
    // a bracket that opens on another period states that period's change
    expect(changes('Giá trị sản xuất công nghiệp đạt 12.450 tỷ đồng (cùng kỳ năm trước tăng 7,3%).', 'vi')).toEqual([
      'rate 7.3 same-period-last-year?',
    ]);
    // a share's change by a percentage may be points
    expect(changes('Tỷ trọng công nghiệp chiếm 35,2% (tăng 1,2% so với năm 2022).', 'vi')).toEqual(['rate 1.2 2022?']);
    // two changes in one bracket: which is the level's against which base is not sure
    expect(
      changes('Thu ngân sách đạt 5.056 tỷ đồng (tăng 8% so với cùng kỳ năm 2022 và 12,5% so với năm 2021).', 'vi'),
    ).toEqual(['rate 8 2022?', 'rate 12.5 2021?']);
  });
});

// keep the helpers referenced when a block is trimmed
void values;
