import { describe, expect, it } from 'vitest';
import { figured } from './readings';

/**
 * A goal's horizon opening a sentence (`Đến năm 2030, …`, `By 2030, …`) is the year its goals are
 * for. Found by the lead probing the report reader after round 24: the sentences after such a goal
 * took its year as the text's period, so a later result (`Doanh thu đạt 500 tỷ đồng.`) was shown as
 * certain of 2030. A sentence whose every statement is a target now dates only the targets after it
 * and the items of a plan later than the report's period; a result after it keeps the period of
 * the last sentence with a result (or none). Such a sentence never sets the report's period. Paraphrases of our own, never a corpus sentence.
 */

type Locale = 'vi' | 'en';
/** `kind period` of every statement with a figure (`none` when it has no period). */
const dated = (text: string, locale: Locale): string[] =>
  figured(text, locale).map((s) => `${s.kind.value} ${s.period?.value ?? 'none'}`);

describe("a goal's horizon does not date the results after it", () => {
  it('Vietnamese: a text opening with a goal leaves the results after it undated', () => {
    expect(
      dated('Đến năm 2030, tổng giá trị sản xuất tăng bình quân hằng năm 12%. Doanh thu đạt 500 tỷ đồng.', 'vi'),
    ).toEqual(['target 2030', 'actual none']);
    expect(
      dated('Phấn đấu đến năm 2030, thu nhập bình quân đạt 100 triệu đồng. Sản lượng lúa đạt 52.000 tấn.', 'vi'),
    ).toEqual(['target 2030', 'actual none']);
  });

  it('English: a deadline goal opening a text leaves the result after it undated', () => {
    expect(
      dated('By 2030, the country aims to have 12,000 MW of wind power. Revenue reached VND 500 billion.', 'en'),
    ).toEqual(['target 2030', 'actual none']);
  });

  it("near-misses: a plan's items after its goal sentence keep the plan's year; a result sets the text's period", () => {
    // a report of 2020 with its plan for 2021: the items after the plan's sentence are the plan's
    expect(
      dated(
        'Năm 2020, doanh thu đạt 3.630 tỷ đồng. Năm 2021, phấn đấu doanh thu đạt 4.000 tỷ đồng. Lợi nhuận đạt 50 tỷ đồng.',
        'vi',
      ),
    ).toEqual(['actual 2020', 'target 2021', 'target 2021']);
    expect(
      dated(
        'In 2024, exports reached USD 405 billion. By 2030, the country targets exports of USD 600 billion. Imports will reach USD 550 billion.',
        'en',
      ),
    ).toEqual(['actual 2024', 'target 2030', 'target 2030']);
    expect(dated('Năm 2024, doanh thu đạt 500 tỷ đồng. Lợi nhuận đạt 50 tỷ đồng.', 'vi')).toEqual([
      'actual 2024',
      'actual 2024',
    ]);
    expect(dated('In 2023, revenue reached VND 500 billion. Profit rose to VND 50 billion.', 'en')).toEqual([
      'actual 2023',
      'actual 2023',
    ]);
  });
});
