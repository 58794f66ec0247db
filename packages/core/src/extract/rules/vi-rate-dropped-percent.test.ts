import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';

/** `form amount base@confidence[:reason]` of every change of every statement. */
const changes = (text: string): string[] =>
  extractStatements(text, { locale: 'vi' }).flatMap((s) =>
    s.changes.map(
      (c) =>
        `${c.value.form} ${c.value.amount.value} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}@${c.confidence}${c.doubt ? `:${c.doubt.reason}` : ''}`,
    ),
  );

describe('rules/vi-rate-dropped-percent: a bare number after a change verb in a list of rates', () => {
  it.each([
    [
      'Giá trị sản xuất công nghiệp ước đạt 12,4 nghìn tỷ đồng, tăng 3,2% so với tháng trước và tăng 8,15 so với cùng kỳ.',
      ['rate 3.2 previous-period@certain', 'rate 8.15 same-period-last-year@uncertain:dropped-percent'],
    ],
    [
      'Chỉ số giá tiêu dùng tháng 5 giảm 0,2% so với tháng trước, tăng 3,1 so với cùng kỳ năm trước.',
      ['rate -0.2 previous-period@certain', 'rate 3.1 same-period-last-year@uncertain:dropped-percent'],
    ],
    [
      'Tổng mức bán lẻ hàng hóa tăng nhẹ 0,5% so với tháng trước và giảm 1,7 so với cùng kỳ.',
      ['rate 0.5 previous-period@certain', 'rate -1.7 same-period-last-year@uncertain:dropped-percent'],
    ],
  ])('is a doubted rate: %s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it.each([
    // real sentences with every `%` printed read as before, all certain:
    // https://viet-an.vn/category/tin-tuc/
    [
      'Chỉ số sản xuất công nghiệp tháng 11/2021 tăng 5,5% so với tháng trước và tăng 5,6% so với cùng kỳ năm 2020.',
      ['rate 5.5 previous-period@certain', 'rate 5.6 same-period-last-year@certain'],
    ],
    // https://baomoi.net.vn/san-xuat-cong-nghiep-tiep-tuc-xu-huong-tich-cuc-trong-11-thang-cua-nam-2023-c47828779.epi
    [
      'Ước tính chỉ số sản xuất công nghiệp tăng 3% so với tháng trước và tăng 5,8% so với cùng kỳ năm trước.',
      ['rate 3 previous-period@certain', 'rate 5.8 same-period-last-year@certain'],
    ],
  ])('leaves printed rates alone (negative): %s', (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it('a bare number with no rate printed before it, or after a `;`, is no rate (negative)', () => {
    expect(changes('Doanh thu tăng 12 so với cùng kỳ.')).toEqual([]);
    expect(changes('Doanh thu tăng 5% so với tháng trước; số dự án tăng 12 so với cùng kỳ.')).toEqual([
      'rate 5 previous-period@certain',
    ]);
    // a number with a unit is an absolute change, not a rate
    expect(changes('Doanh thu tăng 5% so với tháng trước và tăng 12 tỷ đồng so với cùng kỳ.')).not.toContain(
      'rate 12 same-period-last-year@uncertain:dropped-percent',
    );
  });
});
