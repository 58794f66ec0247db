import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-statements';
import type { Extracted, Statement } from './types';

/**
 * Round 16 (Vietnamese): shapes whose figure a reader took as certain and read wrong on the
 * test7/test8 sets. Each shape: paraphrases of our own (never the corpus sentence) whose figure
 * must be doubted with its reason, and a near sentence whose figure must stay certain.
 */

type Field = 'value' | 'completion' | 'change';

/** `figure@confidence[:reason]` of every field of kind `what` in the sentence's statements. */
function fields(text: string, what: Field): string[] {
  const { statements } = extractReport(text, { locale: 'vi', period: '2024' });
  const show = (f: Extracted<unknown>, n: string): string =>
    `${n}@${f.confidence}${f.doubt ? `:${f.doubt.reason}` : ''}`;
  return (statements as readonly Statement[]).flatMap((s) => {
    if (what === 'value') return s.value ? [show(s.value, s.value.value.base)] : [];
    if (what === 'completion') return s.completion ? [show(s.completion, s.completion.value.percent.value)] : [];
    return s.changes.map((c) => show(c, c.value.amount.value));
  });
}

describe('a figure a few words after a milestone word is the milestone (milestone)', () => {
  it('doubts the figure after `mốc`, `ngưỡng`, `top`, with other words between', () => {
    expect(fields('Thu ngân sách năm nay lần đầu chạm mốc 30.000 tỷ đồng.', 'value')).toEqual([
      '30000000000000@uncertain:milestone',
    ]);
    expect(fields('Kim ngạch xuất khẩu của tỉnh năm 2024 đã tiến sát ngưỡng 5 tỷ USD.', 'value')).toEqual([
      '5000000000@uncertain:milestone',
    ]);
    expect(fields('Tỉnh lọt nhóm top thu hút vốn 10 tỷ USD trong năm 2024.', 'value')).toEqual([
      '10000000000@uncertain:milestone',
    ]);
  });
  it('keeps a level certain when the milestone word comes after it', () => {
    expect(fields('Thu ngân sách năm 2024 đạt 30.000 tỷ đồng, vượt mốc đề ra.', 'value')).toEqual([
      '30000000000000@certain',
    ]);
  });
});

describe('a value in đồng above a whole economy’s output has a wrong scale word (implausible-size)', () => {
  it('doubts tens of millions of billions of đồng', () => {
    expect(fields('Thu ngân sách trên địa bàn tỉnh năm 2024 ước đạt 25.300 nghìn tỷ đồng.', 'value')).toEqual([
      '25300000000000000@uncertain:implausible-size',
    ]);
    expect(fields('Tổng vốn đầu tư của tỉnh năm 2024 đạt 31.250 nghìn tỷ đồng.', 'value')).toEqual([
      '31250000000000000@uncertain:implausible-size',
    ]);
    expect(fields('Doanh thu bán lẻ của thành phố năm 2024 đạt 120.000 nghìn tỷ đồng.', 'value')).toEqual([
      '120000000000000000@uncertain:implausible-size',
    ]);
  });
  it('keeps a national figure of a thousand trillion đồng certain', () => {
    expect(fields('Thu ngân sách nhà nước cả năm 2024 đạt 1.700 nghìn tỷ đồng.', 'value')).toEqual([
      '1700000000000000@certain',
    ]);
    expect(fields('Tổng vốn đầu tư toàn xã hội năm 2024 đạt 12.500 nghìn tỷ đồng.', 'value')).toEqual([
      '12500000000000000@certain',
    ]);
  });
});

describe('over plan by 100 % or more may be the completion itself (exceeded-by-hundred)', () => {
  it('doubts `vượt X%` of a plan when X is 100 or more', () => {
    expect(fields('Thu ngân sách năm 2024 đạt 9.000 tỷ đồng, vượt 115% kế hoạch.', 'completion')).toEqual([
      '215@uncertain:exceeded-by-hundred',
    ]);
    expect(fields('Thu ngân sách năm 2024 đạt 9.000 tỷ đồng, vượt 250% dự toán.', 'completion')).toEqual([
      '350@uncertain:exceeded-by-hundred',
    ]);
    expect(fields('Vốn giải ngân năm 2024 đạt 800 tỷ đồng, vượt 100,5% chỉ tiêu.', 'completion')).toEqual([
      '200.5@uncertain:exceeded-by-hundred',
    ]);
  });
  it('keeps `vượt 15% kế hoạch` certain at 115 %', () => {
    expect(fields('Thu ngân sách năm 2024 đạt 9.000 tỷ đồng, vượt 15% kế hoạch.', 'completion')).toEqual([
      '115@certain',
    ]);
  });
});

describe('a figure right after `so với` is the compared one (comparison)', () => {
  it('doubts a value, a level or a change named after `so với` and a measure noun', () => {
    expect(
      fields(
        'Doanh thu du lịch năm 2024 đạt 8.000 tỷ đồng, giảm nhẹ nếu so với mức 8.400 tỷ đồng của năm 2023.',
        'value',
      ),
    ).toEqual(['8000000000000@certain', '8400000000000@uncertain:comparison']);
    expect(
      fields('Kim ngạch xuất khẩu đạt 12 tỷ USD, tăng mạnh khi so với con số 9,8 tỷ USD của cùng kỳ.', 'value'),
    ).toEqual(['12000000000@certain', '9800000000@uncertain:comparison']);
    expect(fields('Tỷ trọng hàng chế biến giảm rõ rệt so với tỷ lệ 61,2% của năm 2022.', 'value')).toEqual([
      '61.2@uncertain:comparison',
    ]);
  });
  it('keeps a change certain when `so với` opens its own base', () => {
    expect(fields('Doanh thu du lịch so với cùng kỳ năm trước tăng 5,2%.', 'change')).toEqual(['5.2@certain']);
    expect(fields('Doanh thu du lịch tăng 5,2% so với cùng kỳ năm trước.', 'change')).toEqual(['5.2@certain']);
  });
});

describe('a rate change right after a growth rate given as a level is the change of that rate (difference)', () => {
  it('doubts the second rate', () => {
    for (const text of [
      'Tốc độ tăng trưởng kinh tế 9 tháng năm 2024 của tỉnh đạt 6,8%, tăng 1,2% so với cùng kỳ.',
      'Riêng Bắc Ninh, tốc độ tăng trưởng GRDP quý I/2024 đạt 5,1%, giảm 0,9% so với cùng kỳ năm trước.',
      'Tăng trưởng kinh tế năm 2024 của thành phố đạt 7,2%, tăng 0,5% so với năm 2023.',
    ])
      expect(fields(text, 'change').slice(1), text).toEqual([expect.stringMatching(/@uncertain:difference$/u)]);
  });
  it('keeps a single growth rate certain', () => {
    expect(fields('Tốc độ tăng trưởng kinh tế 9 tháng năm 2024 của tỉnh đạt 6,8% so với cùng kỳ.', 'change')).toEqual([
      '6.8@certain',
    ]);
  });
});

describe('an aside in brackets alone after a comma names no new statement', () => {
  /** `name: value | changes` of every statement. */
  const read = (text: string): string[] =>
    (extractReport(text, { locale: 'vi', period: '2024' }).statements as readonly Statement[]).map(
      (s) =>
        `${s.name?.value}: ${s.value?.value.base ?? '-'} | ${s.changes.map((c) => c.value.amount.value).join(' ')}`,
    );
  it('gives the change after the aside to the statement before it', () => {
    expect(
      read(
        'Tổng sản phẩm trên địa bàn tỉnh năm 2024 ước đạt 52.300 tỷ đồng, (theo giá so sánh 2010) tăng 7,1% so với năm trước.',
      ),
    ).toEqual(['Tổng sản phẩm trên địa bàn tỉnh: 52300000000000 | 7.1']);
    expect(
      read('Giá trị sản xuất công nghiệp quý I ước đạt 18.500 tỷ đồng, (giá hiện hành) tăng 9,3% so với cùng kỳ.'),
    ).toEqual(['Giá trị sản xuất công nghiệp: 18500000000000 | 9.3']);
    expect(
      read('Doanh thu dịch vụ lưu trú đạt 2.150 tỷ đồng, (số ước tính) giảm 3,4% so với cùng kỳ năm trước.'),
    ).toEqual(['Doanh thu dịch vụ lưu trú: 2150000000000 | -3.4']);
  });
  it('keeps a clause with words of its own outside the brackets a statement of its own', () => {
    expect(read('Doanh thu đạt 500 tỷ đồng, (2) xuất khẩu tăng 5% so với cùng kỳ.')).toEqual([
      'Doanh thu: 500000000000 | ',
      '(2) xuất khẩu: - | 5',
    ]);
  });
});

describe('a bare count of subjects that reached a status is no certain value (counted-noun)', () => {
  it('doubts `N xã đạt …`, `N trường đạt …` after a list lead', () => {
    for (const [text, base] of [
      ['Năm 2024, huyện có thêm 4 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt kiểu mẫu.', '2'],
      ['Toàn tỉnh hiện có 12 trường đạt chuẩn quốc gia mức độ 2, 7 trường đạt mức độ 1.', '7'],
      ['Về xây dựng nông thôn mới, 8 xã đạt chuẩn nâng cao, 3 xã đạt chuẩn kiểu mẫu.', '3'],
    ] as const)
      expect(fields(text, 'value'), text).toContain(`${base}@uncertain:counted-noun`);
  });
  it('keeps a count named by a copula certain', () => {
    expect(fields('Trên 422.000 lượt là tổng lượng khách du lịch đến tỉnh trong tháng 7.', 'value')).toEqual([
      '422000@certain',
    ]);
  });
});

describe('`Cụ thể,` opens a list whose base, written once after the last item, is every item’s', () => {
  /** `rate base` of every change of the sentence. */
  const bases = (text: string): string[] =>
    (extractReport(text, { locale: 'vi', period: '2024' }).statements as readonly Statement[]).flatMap((s) =>
      s.changes.map((c) => `${c.value.amount.value} ${c.value.base?.kind ?? '-'}`),
    );
  it('gives the tail base to each item', () => {
    expect(
      bases(
        'Cụ thể, ngành dệt may tăng 8,2%; ngành da giày tăng 6,5%; ngành điện tử tăng 11,3% so với cùng kỳ năm trước.',
      ),
    ).toEqual(['8.2 same-period-last-year', '6.5 same-period-last-year', '11.3 same-period-last-year']);
    expect(bases('Cụ thể, thu nội địa giảm 3,1%; thu từ dầu thô giảm 12,4% so với tháng trước.')).toEqual([
      '-3.1 previous-period',
      '-12.4 previous-period',
    ]);
    expect(
      bases(
        'Cụ thể: vận tải hành khách tăng 9%; vận tải hàng hóa tăng 7,2%; kho bãi tăng 4,8% so với cùng kỳ năm trước.',
      ),
    ).toEqual(['9 same-period-last-year', '7.2 same-period-last-year', '4.8 same-period-last-year']);
  });
  it('gives nothing without a list word', () => {
    expect(bases('Thu nội địa giảm 3,1%, trong khi thu từ dầu thô giảm 12,4% so với tháng trước.')[0]).toBe('-3.1 -');
  });
});
