import { describe, expect, it } from 'vitest';
import { figured } from './readings';

/**
 * Round 26, target vs actual (R26-KIND). A goal or forecast frame opened before a sentence's first
 * figure (`Phấn đấu …`, `Kế hoạch năm …`, `dự kiến trong tháng 5, …`) made every later figure of the
 * sentence a target, even after a clause that says the figures after it are results to date — a
 * running total (`lũy kế 5 tháng đầu năm 2020`, `tính chung`, `cộng dồn`) or `đến nay`. Such a clause
 * of only a result lead and a period now closes the frame (the period of the results after it is
 * left as it was: doubted when the sentence names several). Found on
 * test15b-vi (an enterprise registration report: 8 certain wrong kinds in one sentence).
 * Paraphrases of our own, never a corpus sentence.
 */

/** `kind value` of every statement with a figure. */
const read = (text: string, locale: 'vi' | 'en' = 'vi'): string[] =>
  figured(text, locale).map((s) => `${s.kind.value} ${s.value?.value.base ?? '-'}`);

describe('a running total after a goal frame reports results', () => {
  it('Vietnamese: lũy kế / luỹ kế / tính chung / cộng dồn after a plan or a forecast', () => {
    expect(
      read(
        'Dự kiến trong tháng 6, có 50 doanh nghiệp thành lập mới, lũy kế 6 tháng đầu năm 2021, có 210 doanh nghiệp thành lập mới.',
      ),
    ).toEqual(['target 50', 'actual 210']);
    expect(
      read(
        'Kế hoạch năm 2024 thu ngân sách đạt 12.000 tỷ đồng, tính chung 10 tháng năm 2024, thu ngân sách đạt 10.500 tỷ đồng.',
      ),
    ).toEqual(['target 12000000000000', 'actual 10500000000000']);
    expect(
      read('Mục tiêu năm 2024 thu hút 60 dự án đầu tư, cộng dồn 10 tháng năm 2024, thu hút 45 dự án đầu tư.'),
    ).toEqual(['target 60', 'actual 45']);
    expect(
      read(
        'Phấn đấu năm 2024 có 500 doanh nghiệp thành lập mới, luỹ kế 10 tháng năm 2024, có 420 doanh nghiệp thành lập mới.',
      ),
    ).toEqual(['target 500', 'actual 420']);
  });

  it('the frame stays closed for the later clauses of the sentence', () => {
    expect(
      read(
        'Dự kiến tháng 10 thu ngân sách đạt 1.200 tỷ đồng, lũy kế 10 tháng năm 2023, thu ngân sách đạt 9.850 tỷ đồng; chi ngân sách đạt 700 tỷ đồng.',
      ).map((s) => s.split(' ')[0]),
    ).toEqual(['target', 'actual', 'actual']);
  });

  it('a running total read as the period of a clause with figures reports a result', () => {
    expect(
      read(
        'Theo kế hoạch, trong tháng 6 có 50 doanh nghiệp thành lập mới, lũy kế 6 tháng đầu năm có 210 doanh nghiệp.',
      ).map((s) => s.split(' ')[0]),
    ).toEqual(['target', 'actual']);
  });

  it('English: so far this year after a goal (read already by its `has`)', () => {
    expect(
      read(
        'The province aims to attract 40 new projects in 2024, so far this year, it has attracted 25 new projects.',
        'en',
      ),
    ).toEqual(['target 40', 'actual 25']);
  });

  it('near-misses: a period with no result lead, or a goal word or plan beside the running total, keeps the frame', () => {
    expect(
      read(
        'Dự kiến trong tháng 6, có 50 doanh nghiệp thành lập mới, trong 6 tháng đầu năm 2021, có 210 doanh nghiệp thành lập mới.',
      ).map((s) => s.split(' ')[0]),
    ).toEqual(['target', 'target']);
    expect(
      read(
        'Phấn đấu năm 2024 có 500 doanh nghiệp thành lập mới, lũy kế 10 tháng năm 2024 phấn đấu có 420 doanh nghiệp thành lập mới.',
      ),
    ).toEqual(['target 500', 'target 420']);
    expect(
      read(
        'Kế hoạch năm 2024 thu hút 60 dự án đầu tư, lũy kế đến hết năm 2024 theo kế hoạch, thu hút 45 dự án đầu tư.',
      ),
    ).toEqual(['target 60', 'target 45']);
    // a result lead with no period inside a goal's clause names no frame of results
    expect(
      read('Phấn đấu năm 2024 thu ngân sách đạt 12.000 tỷ đồng, năm 2025 thu ngân sách đạt 13.000 tỷ đồng.').map(
        (s) => s.split(' ')[0],
      ),
    ).toEqual(['target', 'target']);
  });
});

describe('a goal or forecast word opening a part after `;` frames the parts after it', () => {
  it('Vietnamese: the quarters after `dự kiến` or `phấn đấu` are goals too', () => {
    expect(
      read(
        'Năm 2021, sản lượng thịt hơi quý I/2021 đạt 820 nghìn tấn; dự kiến quý II/2021 đạt 910 nghìn tấn; quý III/2021 đạt 1,02 triệu tấn; quý IV/2021 đạt 1,1 triệu tấn.',
      ),
    ).toEqual(['actual 820000', 'target 910000', 'target 1020000', 'target 1100000']);
    expect(
      read('Doanh thu quý I/2024 đạt 500 tỷ đồng; phấn đấu quý II/2024 đạt 600 tỷ đồng; quý III/2024 đạt 650 tỷ đồng.'),
    ).toEqual(['actual 500000000000', 'target 600000000000', 'target 650000000000']);
  });

  it('near-misses: the parts before the goal word and the next sentence stay results', () => {
    expect(
      read('Doanh thu quý I/2024 đạt 500 tỷ đồng; dự kiến quý II/2024 đạt 600 tỷ đồng. Quý III/2024 đạt 650 tỷ đồng.'),
    ).toEqual(['actual 500000000000', 'target 600000000000', 'actual 650000000000']);
    expect(
      read('Doanh thu quý I/2024 đạt 500 tỷ đồng; quý II/2024 đạt 600 tỷ đồng; dự kiến quý III/2024 đạt 650 tỷ đồng.'),
    ).toEqual(['actual 500000000000', 'actual 600000000000', 'target 650000000000']);
  });
});
