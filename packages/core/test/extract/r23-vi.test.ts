import { describe, expect, it } from 'vitest';
import { changeText, figured, statementLines, valueText } from './readings';

/**
 * Round 23, Vietnamese reports of trade and sector associations, commodity exports and public
 * investment (shapes of the released `test12`, written as paraphrases of our own with their
 * near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

/** The readings without their doubt marks (for shapes whose doubts other rules decide). */
const plain = (text: string): string[] => readings(text).map((r) => r.replaceAll('?', ''));

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

describe('the plan’s year completes a part of a year written without one: `giải ngân 6 tháng đạt 28,6% kế hoạch của năm 2023`', () => {
  it('dates the figure by the months, quarter or half completed with the plan’s year', () => {
    expect(readings('Giải ngân vốn ngân sách 9 tháng đạt 51,4% kế hoạch vốn năm 2025.')).toEqual([
      '- [] c=51.4 k=actual p=2025-YTD-09',
    ]);
    expect(readings('Vốn ODA giải ngân 6 tháng đầu năm mới đạt 18,2% kế hoạch của năm 2024.')).toEqual([
      '- [] c=18.2 k=actual p=2024-H1',
    ]);
    expect(readings('Giải ngân vốn đầu tư công 6 tháng đạt 31,5% kế hoạch của năm 2022.')).toEqual([
      '- [] c=31.5 k=actual p=2022-YTD-06',
    ]);
  });

  it('dates nothing by a plan carried into another year, nor by a base’s year (near-misses)', () => {
    expect(readings('Lũy kế 6 tháng, giải ngân đạt 28% kế hoạch vốn năm 2022 kéo dài sang năm 2023.')).toEqual([
      '- [] c=28 k=actual',
    ]);
    expect(readings('Giải ngân 10 tháng đạt 60% kế hoạch vốn năm 2023 được chuyển sang năm 2024.')).toEqual([
      '- [] c=60 k=actual',
    ]);
    // a comparison base's year is no plan's year
    expect(readings('Xuất khẩu 6 tháng đạt 3 tỷ USD, tăng 12% so với năm 2023.')).toEqual([
      '3000000000 USD [rate 12 2023] k=actual',
    ]);
  });
});

describe('a result and its plan joined by a slash, told apart by the completion stated with them: `đạt 2.458/7.758 tỷ đồng, đạt 31,6% kế hoạch`', () => {
  it('reads the first as the result in the second’s unit, with the completion, and the second as the plan', () => {
    expect(readings('Năm 2023, thu ngân sách trên địa bàn huyện đạt 1.234/1.500 tỷ đồng, bằng 82,3% dự toán.')).toEqual(
      ['1234000000000 VND [] c=82.3 k=actual p=2023', '1500000000000 VND [] k=target p=2023'],
    );
    expect(
      readings('Năm 2024, sản lượng lương thực đạt 52.300/50.000 tấn, đạt 104,6% kế hoạch, tăng 3,1% so với năm 2023.'),
    ).toEqual(['52300 tonne [rate 3.1 2023] c=104.6 k=actual p=2024', '50000 tonne [] k=target p=2024']);
    expect(readings('Năm 2022, tổng thu ngân sách ước đạt 450/400 tỷ đồng, vượt 12,5% dự toán.')).toEqual([
      '450000000000 VND [] c=112.5 k=actual st=estimate p=2022',
      '400000000000 VND [] k=target p=2022',
    ]);
    expect(
      readings('Đến 30/9/2024, huyện giải ngân vốn đầu tư công được 356/820 tỷ đồng, đạt 43,4% kế hoạch.'),
    ).toEqual(['356000000000 VND [] c=43.4 k=actual p=2024-YTD-09', '820000000000 VND [] k=target p=2024-YTD-09']);
  });

  it('leaves a pair uncertain when nothing tells its figures apart (near-misses)', () => {
    // the completion is not the pair's ratio (1.234 / 1.500 = 82,3 %, not 75 %)
    expect(readings('Năm 2023, thu ngân sách đạt 1.234/1.500 tỷ đồng, bằng 75% dự toán.')).toEqual([
      '1234? [] k=actual p=2023',
      '1500000000000 VND? [] c=75? k=actual p=2023',
    ]);
    // no completion at all: a measure's pair is read as done and planned (r24-vilines.test.ts), both still doubted
    expect(readings('Năm 2023, thu ngân sách đạt 1.234/1.500 tỷ đồng.')).toEqual([
      '1234000000000 VND? [] k=actual p=2023',
      '1500000000000 VND? [] k=target p=2023',
    ]);
    // a date is no pair
    expect(readings('Đến ngày 29/9/2024, giải ngân đạt 2.458 tỷ đồng, bằng 31,6% kế hoạch.')).toEqual([
      '2458000000000 VND [] c=31.6 k=actual',
    ]);
  });
});

describe('a multiple followed by this and the compared figure joined by a slash: `gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)`', () => {
  it('reads the first as the statement’s value and the second as the base period’s, when their ratio is the multiple', () => {
    expect(plain('Quy mô các ngành kinh tế tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng).')).toEqual([
      '24013000000000 VND [times 2.58 2015] k=actual',
      '9278000000000 VND [] k=actual p=2015',
    ]);
    expect(plain('Năm 2024, doanh thu của huyện gấp 2,5 lần năm 2020 (300/120 tỷ đồng).')).toEqual([
      '300000000000 VND [times 2.5 2020] k=actual p=2024',
      '120000000000 VND [] k=actual p=2020',
    ]);
    // another owner's figure (the province's) is no statement of this text
    expect(
      plain('Trong 5 năm, GRDP bình quân đầu người của huyện gấp 1,3 lần của tỉnh (83,5/64 triệu đồng).')[0],
    ).toMatch(/^83500000 VND \[times 1\.3 -\] k=actual/u);
  });

  it('leaves the pair as read when its ratio is not the multiple (near-misses)', () => {
    expect(plain('Năm 2024, doanh thu gấp 1,5 lần năm 2020 (300/120 tỷ đồng).')).toEqual([
      '120000000000 VND [times 1.5 2020] k=actual p=2024',
    ]);
    // a count out of a total is no pair of compared figures
    expect(plain('Năm 2024, huyện có 12/15 xã đạt chuẩn nông thôn mới.')).toEqual(['12 (xã) [] k=actual p=2024']);
  });
});

describe('the same period of the year before restated in a bracket: `bằng 63,1% kế hoạch năm và tăng 27,8% … (cùng kỳ năm trước bằng 64,1% và tăng 2,8%)`', () => {
  it('reads the bracket’s `bằng X%` as that period’s completion and its change as that period’s', () => {
    expect(
      plain(
        'Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước quý I/2025 ước đạt 98,7 nghìn tỷ đồng, bằng 11,2% kế hoạch năm và tăng 21,5% so với cùng kỳ năm trước (cùng kỳ năm 2024 bằng 12,1% và tăng 4,8%).',
      ),
    ).toEqual([
      '98700000000000 VND [rate 21.5 same-period-last-year] c=11.2 k=actual st=estimate p=2025-Q1',
      '- [rate 4.8 -] c=12.1 k=actual p=2024-Q1',
    ]);
    expect(
      plain(
        'Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước tháng 7/2024 ước đạt 48,5 nghìn tỷ đồng, bằng 7,5% kế hoạch năm và tăng 4,2% so với cùng kỳ năm 2023 (cùng kỳ năm 2023 bằng 7,1% và tăng 6,9%).',
      ),
    ).toEqual([
      '48500000000000 VND [rate 4.2 same-period-last-year] c=7.5 k=actual st=estimate p=2024-07',
      '- [rate 6.9 -] c=7.1 k=actual p=2023-07',
    ]);
    expect(
      plain(
        'Tính chung 9 tháng, vốn thực hiện từ ngân sách ước đạt 392,7 nghìn tỷ đồng, bằng 54,3% kế hoạch năm và tăng 2,2% so với cùng kỳ năm trước (cùng kỳ năm 2023 bằng 59,4% và tăng 3,3%).',
      )[1],
    ).toBe('- [rate 3.3 -] c=59.4 k=actual p=2023-YTD-09');
  });

  it('keeps a ratio a ratio when the result has no completion of a plan (near-misses)', () => {
    expect(
      plain(
        'Doanh thu dịch vụ tháng 7/2024 đạt 500 tỷ đồng, tăng 4,2% so với cùng kỳ năm 2023 (cùng kỳ năm 2023 bằng 96% và tăng 6,9%).',
      )[1],
    ).toBe('- [ratio 96 -] k=actual p=2023-07');
    // a bracket with only a change keeps it where it is read
    expect(
      plain(
        'Thu ngân sách tháng 7/2024 đạt 800 tỷ đồng, bằng 8,5% dự toán năm và tăng 4,2% so với cùng kỳ năm 2023 (cùng kỳ năm 2023 tăng 6,9%).',
      ),
    ).toEqual([
      '800000000000 VND [rate 4.2 same-period-last-year] c=8.5 k=actual p=2024-07',
      '- [rate 6.9 -] k=actual p=2023-07',
    ]);
  });
});

describe('a growth goal named by its plan noun or required: `Chỉ tiêu tăng trưởng … là 12,5%`, `được yêu cầu tăng trưởng 13%`', () => {
  it('reads the growth rate of a name headed by a plan noun as the plan’s rate, a target', () => {
    expect(plain('Chỉ tiêu tăng trưởng kinh tế năm 2025 của Hải Phòng là 12,5%.')).toEqual([
      '- [rate 12.5 -] k=target p=2025',
    ]);
    expect(plain('Chỉ tiêu tăng trưởng GRDP được giao cho Bắc Giang năm 2025 là 13,6%.')).toEqual([
      '- [rate 13.6 -] k=target p=2025',
    ]);
    expect(plain('Kế hoạch tăng trưởng tín dụng năm 2024 của ngân hàng là 14%.')).toEqual([
      '- [rate 14 -] k=target p=2024',
    ]);
  });

  it('reads a requirement as a goal', () => {
    expect(plain('Ninh Thuận được yêu cầu tăng trưởng 13% trong năm 2025.')).toEqual(['- [rate 13 -] k=target p=2025']);
    expect(plain('Sau Bắc Giang là Ninh Thuận với yêu cầu tăng trưởng 12,5% năm 2025.')).toEqual([
      '- [rate 12.5 -] k=target p=2025',
    ]);
  });

  it('keeps results named by the plan they fulfil, and a requirement met, as results (near-misses)', () => {
    // a result measured against the plan: the completion says so
    expect(plain('Tăng trưởng kinh tế năm 2024 đạt 7,1%, vượt chỉ tiêu đề ra.')).toEqual([
      '- [rate 7.1 -] k=actual p=2024',
    ]);
    // `đạt yêu cầu` (met the requirement) is no requirement set
    expect(plain('Năm 2024, sản phẩm đạt yêu cầu chất lượng với doanh thu 500 tỷ đồng.')).toEqual([
      '500000000000 VND [] k=actual p=2024',
    ]);
    expect(plain('Tỷ lệ giải ngân kế hoạch vốn năm 2024 đạt 87%.')).toEqual(['- [] c=87 k=actual p=2024']);
  });
});

/** English statements with a figure as `[changes] k=kind p=period` (the gapped-goal shape). */
const enKinds = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const p = s.period ? ` p=${s.period.value}` : '';
    return `[${s.changes.map((c) => changeText(c)).join(', ')}] k=${s.kind.value}${p}`;
  });

describe('a gapped second item of a goal is a goal: `set a target of 4.4% growth in revenue and 5% in pre-tax profit`', () => {
  it('frames the item that repeats the goal’s predicate as a goal, with the goal’s period', () => {
    expect(enKinds('The company targets 8% growth in revenue and 12% in profit in 2025.')).toEqual([
      '[rate 8 -] k=target p=2025',
      '[rate 12 -] k=target p=2025',
    ]);
    expect(enKinds('At its AGM, the brewer set a target of 6.5% growth in sales and 9% in net profit.')).toEqual([
      '[rate 6.5 -] k=target',
      '[rate 9 -] k=target',
    ]);
    expect(enKinds('The firm aims for 10% growth in exports and 6% in imports this year.')).toEqual([
      '[rate 10 -] k=target',
      '[rate 6 -] k=target',
    ]);
  });

  it('keeps a gapped item of a result a result (near-misses)', () => {
    expect(enKinds('In 2024, revenue grew 8% in retail and 12% in wholesale.')).toEqual([
      '[rate 8 -] k=actual p=2024',
      '[rate 12 -] k=actual p=2024',
    ]);
    expect(enKinds('In 2024, the company posted 8% growth in revenue and 12% in profit, beating its target.')).toEqual([
      '[rate 8 -] k=actual p=2024',
      '[rate 12 -] k=actual p=2024',
    ]);
  });
});

describe('a bracket of a period and a value after a statement: `tăng bình quân 12%/năm (năm 2020 ước đạt 2.995,8 tỷ đồng)`', () => {
  it('reads the value as the indicator’s level in the bracket’s period, a statement of its own', () => {
    expect(plain('Giá trị sản xuất nông nghiệp tăng bình quân 4,2%/năm (năm 2025 ước đạt 6.800 tỷ đồng).')[1]).toBe(
      '6800000000000 VND [] k=actual st=estimate p=2025',
    );
    expect(plain('Thu nhập bình quân đầu người tăng bình quân 9%/năm (năm 2024 đạt 72 triệu đồng).')[1]).toBe(
      '72000000 VND [] k=actual p=2024',
    );
    expect(
      plain(
        'Tổng vốn đầu tư toàn xã hội hàng năm khoảng 33% GRDP (năm 2021 ước đạt 3.120,5 tỷ đồng), vượt kế hoạch.',
      )[1],
    ).toBe('3120500000000 VND [] k=actual st=estimate p=2021');
  });

  it('leaves a bracket whose period no year dates as an unread second value (near-misses)', () => {
    expect(plain('Doanh thu quý III đạt 520 tỷ đồng (quý II đạt 480 tỷ đồng).')).toEqual([
      '520000000000 VND [] k=actual',
    ]);
    // words between the period and the value name another indicator: read by its name, as before
    expect(plain('Năm 2024, tổng vốn đầu tư toàn xã hội tăng 9% (năm 2020 vốn nhà nước đạt 500 tỷ đồng).')).toEqual([
      '- [rate 9 -] k=actual p=2024',
      '500000000000 VND [] k=actual p=2020',
    ]);
  });
});

describe('what was achieved is a result inside a sentence of goals: `… so với mức tăng trưởng tỉnh đạt được trong năm 2024 là 8,2%`', () => {
  it('keeps the achieved figure compared with a goal a result', () => {
    expect(
      plain(
        'Sau Bắc Giang là Ninh Thuận với yêu cầu tăng trưởng 12,5% năm 2025, mức này cao hơn nhiều so với mức tăng trưởng tỉnh đạt được trong năm 2024 là 8,2%.',
      ),
    ).toEqual(['- [rate 12.5 -] k=target p=2025', '- [rate 8.2 -] k=actual p=2024']);
    expect(
      plain(
        'Tỉnh đặt mục tiêu năm 2025 thu ngân sách 15.000 tỷ đồng, cao hơn mức đạt được năm 2024 là 13.200 tỷ đồng.',
      )[1],
    ).toMatch(/^13200000000000 VND \[\] k=actual/u);
  });

  it('keeps `đạt được` as the verb of a goal’s own figure a goal (near-miss)', () => {
    expect(plain('Phấn đấu năm 2025 tăng trưởng GRDP đạt được 8%, thu ngân sách đạt được 15.000 tỷ đồng.')).toEqual([
      '- [rate 8 -] k=target p=2025',
      '15000000000000 VND [] k=target p=2025',
    ]);
  });
});

/** English statements with a figure as `value [changes] k=kind st=stage p=period`, without doubt marks. */
const enPlain = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const p = s.period ? ` p=${s.period.value}` : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    return `${valueText(s)} [${s.changes.map((c) => changeText(c)).join(', ')}] k=${s.kind.value}${st}${p}`;
  });

describe('a plan participle after the subject’s noun: `Total public investment planned for this year is …`', () => {
  it('reads the subject as the plan, a target', () => {
    expect(enPlain('Public investment capital allocated for 2025 is VND 790 trillion.')).toEqual([
      '790000000000000 VND [] k=target p=2025',
    ]);
    expect(enPlain('The capital assigned for 2024 stands at VND 12 trillion.')).toEqual([
      '12000000000000 VND [] k=target p=2024',
    ]);
    expect(enPlain('Total public investment planned for this year is estimated at VND 850 trillion.')).toEqual([
      '850000000000000 VND [] k=target st=estimate',
    ]);
  });

  it('keeps a result done as planned or beyond a projection a result (near-misses)', () => {
    expect(enPlain('Public investment disbursed as planned reached VND 500 trillion in 2024.')).toEqual([
      '500000000000000 VND [] k=actual p=2024',
    ]);
    expect(enPlain('In 2024, exports higher than projected for the year reached US$405 billion.')).toEqual([
      '405000000000 USD [] k=actual p=2024',
    ]);
  });
});

describe('`cùng kỳ 2022` without `năm` is the same period of that year, in a base or a bracket', () => {
  it('reads the year right after `cùng kỳ` as `cùng kỳ năm …` is read', () => {
    for (const [a, b] of [
      [
        'Xuất khẩu 9 tháng năm 2023 tăng 5% so với cùng kỳ 2022.',
        'Xuất khẩu 9 tháng năm 2023 tăng 5% so với cùng kỳ năm 2022.',
      ],
      ['Xuất khẩu 9 tháng tăng 5% so với cùng kỳ 2022.', 'Xuất khẩu 9 tháng tăng 5% so với cùng kỳ năm 2022.'],
    ] as const)
      expect(plain(a)).toEqual(plain(b));
    expect(plain('Thu ngân sách quý I/2025 đạt 2.150 tỷ đồng (cùng kỳ 2024 đạt 1.980 tỷ đồng).')).toEqual([
      '2150000000000 VND [] k=actual p=2025-Q1',
      '1980000000000 VND [] k=actual p=2024-Q1',
    ]);
    expect(plain('Kim ngạch nhập khẩu 6 tháng năm 2024 đạt 610 triệu USD (cùng kỳ 2023 đạt 575 triệu USD).')).toEqual([
      '610000000 USD [] k=actual p=2024-YTD-06',
      '575000000 USD [] k=actual p=2023-YTD-06',
    ]);
  });

  it('never reads `so cùng kỳ 2019` as the year before (it was a certain same-period-last-year base)', () => {
    expect(plain('6 tháng năm 2023, khách nội địa đạt 20 triệu lượt, tăng 8,1% so cùng kỳ 2019.')).toEqual([
      '20000000 (lượt) [rate 8.1 2019-YTD-06] k=actual p=2023-YTD-06',
    ]);
    expect(plain('Năm 2022, khách quốc tế đạt 3,7 triệu lượt, bằng 20% so cùng kỳ 2019.')).toEqual([
      '3700000 (lượt) [ratio 20 2019] k=actual p=2022',
    ]);
    // with no period of its own the base is read as that year, doubted (`same-period-year`, round 41;
    // it had been left without a base)
    expect(readings('Khách quốc tế đạt 3,7 triệu lượt, bằng 20% so cùng kỳ 2019.')).toEqual([
      '3700000 (lượt) [ratio 20 2019?] k=actual',
    ]);
  });

  it('takes no year that a comma or another word separates from `cùng kỳ` (near-miss)', () => {
    // the year after the comma is the next clause's period, the change stays against the same period
    expect(plain('Xuất khẩu tăng 5% so với cùng kỳ, năm 2024 đạt 3 tỷ USD.')[0]).toBe(
      '- [rate 5 same-period-last-year] k=actual',
    );
    expect(plain('Năm 2024, xuất khẩu tăng 5% so với cùng kỳ.')).toEqual([
      '- [rate 5 same-period-last-year] k=actual p=2024',
    ]);
  });
});
