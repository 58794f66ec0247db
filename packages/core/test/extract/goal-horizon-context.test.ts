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

/**
 * A figure of a later period than the report's is a plan's (`Năm 2020, … Năm 2021: doanh thu 4.000
 * tỷ đồng` in a report of 2020) — unless its sentence also dates a figure by its own words at or
 * before the report's period: then the sentence is a record and its later figures are results.
 * Found by the lead looking at the report reader after round 25 (`Life expectancy increased from
 * 65.5 years in 1993 to 74.5 years in 2023` after `As of December 2021, …` showed 74.5 as a target).
 */
describe('a record sentence keeps its later figures actual', () => {
  it('a move from a dated reading to a later one, after a report of an earlier period', () => {
    expect(
      dated(
        'As of December 2021, registrations rose 5.2% on-year to 544,000. Life expectancy increased from 65.5 years in 1993 to 74.5 years in 2023.',
        'en',
      ),
    ).toEqual(['actual 2021-12', 'actual 1993', 'actual 2023']);
    expect(
      dated(
        'Năm 2021, doanh thu đạt 3.630 tỷ đồng. Sản lượng tăng từ 1,2 triệu tấn năm 2019 lên 1,8 triệu tấn năm 2023.',
        'vi',
      ),
    ).toEqual(['actual 2021', 'actual 2019', 'actual 2023']);
  });

  it("near-misses: a later figure alone, or beside another period's bracketed figure, is the plan's", () => {
    expect(
      dated('Năm 2020, doanh thu đạt 3.630 tỷ đồng. Năm 2021, doanh thu 4.000 tỷ đồng.', 'vi').slice(0, 2),
    ).toEqual(['actual 2020', 'target 2021']);
    expect(
      dated(
        'Năm 2020, doanh thu đạt 3.630 tỷ đồng. Năm 2021, doanh thu 4.000 tỷ đồng (năm 2020 đạt 3.630 tỷ đồng).',
        'vi',
      ),
    ).toEqual(['actual 2020', 'target 2021', 'actual 2020']);
    expect(
      dated('As of December 2021, registrations reached 544,000. In 2023, registrations will reach 600,000.', 'en'),
    ).toEqual(['actual 2021-12', 'target 2023']);
  });
});
