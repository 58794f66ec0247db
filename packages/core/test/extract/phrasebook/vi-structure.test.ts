import { describe, expect, it } from 'vitest';
import { extractReport, type Statement } from '../../../src/extract';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { VI_STRUCTURE } from './vi-structure';

/** Each statement's changes and period, compactly. */
function changes(text: string): string[] {
  const u = (f: { confidence?: string | undefined } | undefined): string => (f?.confidence === 'uncertain' ? '?' : '');
  return extractReport(text, { locale: 'vi' }).statements.map(
    (s: Statement) =>
      `${s.changes
        .map(
          (c) =>
            `${c.value.form} ${c.value.amount.value}${u(c)} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`,
        )
        .join(', ')} p=${s.period?.value ?? ''}`,
  );
}

describe('phrasebook vi-structure: lists, respectively, volume and value, of-which items, figures of another period', () => {
  const score = scorePhrasebook(VI_STRUCTURE);

  it('reads no number silently wrong in any case of the area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it('reads whole at least the floor of its facts', () => {
    expect(VI_STRUCTURE.cases.length).toBeGreaterThan(500);
    expect(VI_STRUCTURE.cases.length).toBeLessThanOrEqual(3000);
    const share = wholeShare(score.tally);
    if (share < FLOOR) console.log(score.failures.slice(0, 40).map(describeFailure).join('\n'));
    expect(share).toBeGreaterThanOrEqual(FLOOR);
  });

  it('a base after the last item of a list opened by `Trong đó`/`Cụ thể` is every item’s', () => {
    expect(
      changes(
        'Trong đó: hàng dệt may tăng 4,2%; gỗ và sản phẩm gỗ giảm 1,3%; giày dép tăng 7% so với cùng kỳ năm trước.',
      ),
    ).toEqual([
      'rate 4.2 same-period-last-year p=',
      'rate -1.3 same-period-last-year p=',
      'rate 7 same-period-last-year p=',
    ]);
  });

  it('parallel clauses joined only by commas, semicolons and `và` need no list word: the base after the last is every item’s', () => {
    expect(changes('Xuất khẩu tăng 5,2%, nhập khẩu tăng 7,1% so với cùng kỳ năm trước.')).toEqual([
      'rate 5.2 same-period-last-year p=',
      'rate 7.1 same-period-last-year p=',
    ]);
    expect(
      changes(
        'Doanh thu lưu trú tăng 12,6%; doanh thu ăn uống tăng 9,8% và doanh thu lữ hành tăng 31,4% so với cùng kỳ.',
      ),
    ).toEqual([
      'rate 12.6 same-period-last-year p=',
      'rate 9.8 same-period-last-year p=',
      'rate 31.4 same-period-last-year p=',
    ]);
    expect(
      changes('Tháng 4/2024, CPI khu vực thành thị giảm 0,2%, khu vực nông thôn giảm 0,4% so với tháng trước.'),
    ).toEqual(['rate -0.2 previous-period p=2024-04', 'rate -0.4 previous-period p=2024-04']);
  });

  it('negative: a clause of contrast (`trong khi`, `nhưng`) keeps the earlier change without the later base', () => {
    expect(changes('Xuất khẩu tăng 5,2%, trong khi nhập khẩu tăng 7,1% so với cùng kỳ năm trước.')[0]).toBe(
      'rate 5.2 - p=',
    );
    expect(changes('Xuất khẩu tăng 5,2% nhưng nhập khẩu giảm 7,1% so với tháng trước.')[0]).toBe('rate 5.2 - p=');
  });

  it('a stage word before a list item after `và` is that item’s stage', () => {
    const read = extractReport('Hàng dệt may ước tăng 8%, giày dép ước giảm 5,2% và thủy sản ước tăng 12,4%.', {
      locale: 'vi',
    }).statements.map((s) => s.stage?.value);
    expect(read).toEqual(['estimate', 'estimate', 'estimate']);
  });

  it('a bracket that opens on another dated period holds that period’s rate, a statement of its own', () => {
    expect(changes('GDP năm 2024 tăng 7,09% (năm 2023 tăng 5,05%).')).toEqual([
      'rate 7.09 - p=2024',
      'rate 5.05 - p=2023',
    ]);
    expect(changes('Tổng mức bán lẻ 6 tháng đầu năm 2022 tăng 11,7% (6 tháng đầu năm 2021: tăng 4,9%).')).toEqual([
      'rate 11.7 - p=2022-H1',
      'rate 4.9 - p=2021-H1',
    ]);
    expect(changes('Chỉ số IIP quý III/2023 tăng 5,2% so với cùng kỳ năm trước (quý III/2022 tăng 3,1%).')[1]).toBe(
      'rate 3.1 same-period-last-year p=2022-Q3',
    );
  });

  it('negative: a bracket with a goal or without a period stays doubted on the statement it follows', () => {
    expect(changes('GDP năm 2024 tăng 7,09% (dự kiến năm 2025 tăng 8%).')).toEqual(['rate 7.09 -, rate 8? - p=2024']);
    expect(changes('Dịch vụ năm 2024 tăng 6,19% (cùng kỳ tăng 6,06%).')).toHaveLength(1);
  });

  it('negative: a base after the first item alone is not lent to the items after it', () => {
    const read = changes(
      'Xuất khẩu thủy sản đạt 3,2 tỷ USD, tăng 8% so với cùng kỳ; rau quả đạt 2,1 tỷ USD, tăng 11%; hạt điều đạt 1,4 tỷ USD, giảm 2%.',
    );
    expect(read[0]).toBe('rate 8 same-period-last-year p=');
    expect(read.slice(1).join(' ')).not.toContain('same-period-last-year');
  });

  it('`tăng X% về lượng và Y% về giá trị`: the second percentage is a change too, each of its own measure’s value', () => {
    expect(
      changes(
        'Xuất khẩu cà phê 6 tháng đầu năm 2024 đạt 890 nghìn tấn với kim ngạch 3,1 tỷ USD, giảm 11,4% về lượng nhưng tăng 41,2% về trị giá so với cùng kỳ năm trước.',
      ),
    ).toEqual(['rate -11.4 same-period-last-year p=2024-H1', 'rate 41.2 same-period-last-year p=2024-H1']);
    expect(
      changes(
        'Tháng 3/2024, Việt Nam nhập khẩu 1,2 triệu tấn phân bón, trị giá 420 triệu USD, tăng 8% về khối lượng và 3,5% về kim ngạch so với tháng trước.',
      ),
    ).toEqual(['rate 8 previous-period p=2024-03', 'rate 3.5 previous-period p=2024-03']);
    // the value named first
    expect(
      changes(
        'Xuất khẩu gạo 9 tháng năm 2024 đạt 7,8 triệu tấn, trị giá 4,37 tỷ USD, tăng 3,91% về giá trị và 5,21% về khối lượng so với cùng kỳ.',
      ),
    ).toEqual(['rate 5.21 same-period-last-year p=2024-YTD-09', 'rate 3.91 same-period-last-year p=2024-YTD-09']);
  });

  it('negative: a percentage of another measure (`về số doanh nghiệp`) after `và` is no change of the value', () => {
    const read = changes(
      'Xuất khẩu thủy sản đạt 4,2 tỷ USD, tăng 5% về giá trị và 12% về số doanh nghiệp so với cùng kỳ.',
    );
    expect(read[0]).toBe('rate 5 same-period-last-year p=');
    expect(read.join(' ')).not.toMatch(/rate 12 /);
  });

  it('a change measured `về vốn đăng ký` belongs to the statement named `số vốn đăng ký` / `tổng vốn đăng ký`', () => {
    expect(
      changes(
        'Trong tháng 3/2024, cả nước có 14.100 doanh nghiệp thành lập mới với số vốn đăng ký là 113.500 tỷ đồng và số lao động đăng ký 104.400 lao động, tăng 64,3% về số doanh nghiệp, tăng 68,7% về vốn đăng ký và tăng 105,2% về số lao động so với tháng trước.',
      ),
    ).toEqual([
      'rate 64.3 previous-period p=2024-03',
      'rate 68.7 previous-period p=2024-03',
      'rate 105.2 previous-period p=2024-03',
    ]);
    expect(
      changes(
        'Tính chung quý I/2024, toàn tỉnh có 512 doanh nghiệp thành lập mới với tổng vốn đăng ký 6.450 tỷ đồng, giảm 3,2% về số doanh nghiệp và tăng 9% về vốn đăng ký so với cùng kỳ năm trước.',
      ),
    ).toEqual(['rate -3.2 same-period-last-year p=2024-Q1', 'rate 9 same-period-last-year p=2024-Q1']);
    expect(
      changes(
        'Năm 2024 có 320 hợp tác xã thành lập mới với số vốn điều lệ 1.250 tỷ đồng, tăng 5% về số hợp tác xã và tăng 11,4% về vốn điều lệ so với năm 2023.',
      ),
    ).toEqual(['rate 5 2023 p=2024', 'rate 11.4 2023 p=2024']);
  });

  it('negative: a measure that names no statement of the sentence leaves its change doubted where it was', () => {
    expect(
      changes(
        'Năm 2024 có 512 doanh nghiệp thành lập mới với tổng vốn đăng ký 6.450 tỷ đồng, tăng 9% về vốn điều lệ so với năm 2023.',
      ),
    ).toEqual([' p=2024', 'rate 9? 2023 p=2024']);
  });

  it('`lần lượt` gives each item its amount and the base written after them', () => {
    expect(
      changes('Trong quý I/2024, xuất khẩu sang Nhật Bản và Hàn Quốc lần lượt tăng 6,5% và 9% so với cùng kỳ.'),
    ).toEqual(['rate 6.5 same-period-last-year p=2024-Q1', 'rate 9 same-period-last-year p=2024-Q1']);
  });
});

/** Whole-fact floor of the area: what the extractor reached, rounded down to a whole percent. */
const FLOOR = 0.99;
