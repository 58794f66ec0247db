import { describe, expect, it } from 'vitest';
import { changeText, figured, valueText } from './readings';

/**
 * Round 23, Vietnamese reports of trade and sector associations, commodity exports and public
 * investment (shapes of the released `test12`, written as paraphrases of our own with their
 * near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit [changes] c=completion k=kind st=stage p=period`. */
const readings = (text: string): string[] =>
  figured(text, 'vi').map((s) => {
    const v = s.value?.value;
    const value = `${valueText(s)}${v?.approximate ? ` ~${v.approximate}` : ''}${s.value?.confidence === 'uncertain' ? '?' : ''}`;
    const ch = s.changes.map((c) => `${changeText(c)}${c.confidence === 'uncertain' ? '?' : ''}`);
    const c = s.completion
      ? ` c=${s.completion.value.percent.value}${s.completion.confidence === 'uncertain' ? '?' : ''}`
      : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    const p = s.period ? ` p=${s.period.value}${s.period.confidence === 'uncertain' ? '?' : ''}` : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${st}${p}`;
  });

/** The names of the statements with a figure. */
const names = (text: string): string[] => figured(text, 'vi').map((s) => s.name?.value ?? '∅');

describe('a level noun after a forecast or goal verb: `… sẽ đạt mức 20%`, `dự kiến sẽ đạt mức …`', () => {
  it('names the statement by the words before the verb, so a growth stays a growth', () => {
    expect(readings('Hiệp hội Dệt may kỳ vọng năm 2025, tăng trưởng xuất khẩu sẽ đạt mức 8%.')).toEqual([
      '- [rate 8 -] k=target p=2025?',
    ]);
    expect(readings('Ngân hàng Nhà nước cho biết tăng trưởng tín dụng năm 2025 sẽ ở mức 15%.')).toEqual([
      '- [rate 15 -] k=target p=2025',
    ]);
    expect(names('Doanh thu năm 2025 của công ty dự kiến sẽ đạt mức 1.200 tỷ đồng.')).toEqual([
      'Doanh thu năm 2025 của công ty',
    ]);
    expect(readings('Doanh thu năm 2025 của công ty dự kiến sẽ đạt mức 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=target p=2025',
    ]);
    expect(names('Lợi nhuận quý IV/2024 sẽ đạt mức 300 tỷ đồng.')).toEqual(['Lợi nhuận']);
  });

  it('keeps a rate indicator a level and a name that holds `mức` as it is (near-misses)', () => {
    // a rate indicator's level is its value, not a growth
    expect(readings('Tỷ lệ thất nghiệp năm 2025 sẽ ở mức 2,2%.')).toEqual(['2.2 percent [] k=target p=2025']);
    // `mức` inside the name before the verb is the name's own word
    expect(names('Mức lương tối thiểu vùng I năm 2025 sẽ đạt 4,96 triệu đồng.')).toEqual([
      'Mức lương tối thiểu vùng I',
    ]);
    // `mức lợi nhuận` after a goal marker is the goal's measure, more than a level noun
    expect(names('Công ty đặt mục tiêu mức lợi nhuận 500 tỷ đồng.')).toEqual(['mức lợi nhuận']);
    // no goal or forecast verb: a result
    expect(readings('Năm 2024, tăng trưởng tín dụng đạt mức 15%.')).toEqual(['- [rate 15 -] k=actual p=2024']);
  });
});

describe('a word without marks among words with marks is a word of its own: `da giày` is no `đã`', () => {
  it('keeps the goals of a list whose item names leather (`da`) as goals', () => {
    expect(
      readings(
        'Năm 2025, Hiệp hội đặt mục tiêu kim ngạch xuất khẩu đạt 27 tỷ USD; sản xuất da giày tăng 6%; tỷ lệ nội địa hóa sản phẩm da giày đạt 60%.',
      ),
    ).toEqual(['27000000000 USD [] k=target p=2025', '- [rate 6 -] k=target p=2025', '60 percent [] k=target p=2025']);
    expect(
      readings(
        'Hiệp hội Cá tra đặt mục tiêu năm 2026 xuất khẩu cá tra đạt 2,2 tỷ USD; da cá tra chế biến tăng 15%; phụ phẩm đạt 300 triệu USD.',
      ),
    ).toEqual([
      '2200000000 USD [] k=target p=2026',
      '- [rate 15 -] k=target p=2026',
      '300000000 USD [] k=target p=2026',
    ]);
    expect(readings('Phấn đấu năm 2025 xuất khẩu đạt 3 tỷ USD, hàng da giày tăng 7%.')).toEqual([
      '3000000000 USD [] k=target p=2025',
      '- [rate 7 -] k=target p=2025',
    ]);
    expect(
      readings('Kế hoạch năm 2025: xuất khẩu đạt 3 tỷ USD; sản lượng da thuộc tăng 9%; doanh thu đạt 900 tỷ đồng.')[1],
    ).toBe('- [rate 9 -] k=target p=2025');
  });

  it('still reads `đã` of a result, and a text written without marks (near-misses)', () => {
    // a result after the goal, written with its marks
    expect(readings('Tỉnh đặt mục tiêu năm 2025 thu ngân sách đạt 15.000 tỷ đồng; đã thu 9.200 tỷ đồng.')).toEqual([
      '15000000000000 VND [] k=target p=2025',
      '9200000000000 VND [] k=actual p=2025',
    ]);
    // the same written without any mark: `da` is `đã`
    expect(readings('Muc tieu nam 2025 thu ngan sach dat 15.000 ty dong; da thu 9.200 ty dong.')).toEqual([
      '15000000000000 VND [] k=target p=2025',
      '9200000000000 VND [] k=actual p=2025',
    ]);
    expect(readings('Tong thu ngan sach nam 2024 da dat 15.000 ty dong, tang 12% so voi cung ky.')).toEqual([
      '15000000000000 VND [rate 12 same-period-last-year] k=actual p=2024',
    ]);
  });
});

describe('the plan’s own figure after exceeding it or standing far from it, set by a clause: `vượt xa mục tiêu 42 tỷ USD mà Chính phủ đưa ra`', () => {
  it('reads the amount before a clause that sets the plan as the plan’s figure, a target', () => {
    expect(readings('Năm 2023, xuất khẩu gạo đạt 8,1 triệu tấn, vượt mục tiêu 7,5 triệu tấn đã đề ra.')).toEqual([
      '8100000 tonne [] k=actual p=2023',
      '7500000 tonne [] k=target p=2023',
    ]);
    expect(
      readings('Năm 2024, doanh thu du lịch ước đạt 840.000 tỷ đồng, vượt xa mục tiêu 650.000 tỷ đồng mà Bộ đặt ra.'),
    ).toEqual(['840000000000000 VND [] k=actual st=estimate p=2024', '650000000000000 VND [] k=target p=2024']);
  });

  it('reads a percentage of the plan after a completion as the completion the plan asks for', () => {
    expect(
      readings(
        'Tính đến 30/9/2024, giải ngân vốn đầu tư công đạt 8.200 tỷ đồng, bằng 55% kế hoạch, còn cách khá xa so với mục tiêu 90% mà Thủ tướng giao.',
      ),
    ).toEqual(['8200000000000 VND [] c=55 k=actual p=2024-YTD-09', '- [] c=90 k=target p=2024-YTD-09']);
    expect(readings('Tỷ lệ giải ngân vốn ODA năm 2023 mới đạt 41,2% kế hoạch, còn xa mục tiêu 95% đã đề ra.')).toEqual([
      '- [] c=41.2 k=actual p=2023',
      '- [] c=95 k=target p=2023',
    ]);
  });

  it('reads no plan figure when nothing sets it: the amount may be the excess or the distance (near-misses)', () => {
    // the excess over the plan, or the plan: not said
    expect(readings('Năm 2024, doanh thu du lịch ước đạt 840.000 tỷ đồng, vượt mục tiêu 190.000 tỷ đồng.')).toEqual([
      '840000000000000 VND [] k=actual st=estimate p=2024',
    ]);
    // the distance to the plan, or the plan's rate: not said
    expect(readings('Tỷ lệ giải ngân năm 2024 đạt 60% kế hoạch, còn cách mục tiêu 35%.')).toEqual([
      '- [] c=60 k=actual p=2024',
    ]);
    expect(readings('Năm 2024, kim ngạch xuất khẩu đạt 3,2 tỷ USD, cách mục tiêu 0,8 tỷ USD.')).toEqual([
      '3200000000 USD [] k=actual p=2024',
    ]);
    expect(readings('Tăng trưởng GRDP năm 2024 đạt 7,2%, còn cách mục tiêu 0,8 điểm phần trăm.')).toEqual([
      '- [rate 7.2 -] k=actual p=2024',
    ]);
  });
});
