import { describe, expect, it } from 'vitest';
import { kindsOf, statementLines } from './readings';

/**
 * Round 31, Vietnamese (R31-VI: the shapes of the released `test20-vi.ts` and `test20b-vi.ts` rows —
 * district vaccination rounds, e-wallet partners — and the same shapes in the earlier sets, written as
 * paraphrases of our own from other districts, years and nouns, with their near-misses; never a corpus
 * sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('the resultative `được` after any verb and its object, before a count (`tiêm … được trên 1.800 liều`)', () => {
  it('reads the achieved count, its bound, for a noun the units do not know (doubted `counted-noun`)', () => {
    expect(readings('Đến nay các thôn trong xã đã phun thuốc sát trùng được trên 2.600 bình.')).toEqual([
      '2600 ~over? [] k=actual',
    ]);
    expect(readings('Năm 2023, huyện cấp phát được gần 4.500 thẻ.')).toEqual(['4500 ~under? [] k=actual p=2023']);
    // (the verb's object, commas and all, between the verb and `được`)
    expect(readings('Các xã đã tiêm cúm gia cầm, Newcastle được 12.400 mũi, đạt 62% kế hoạch.')).toEqual([
      '12400? [] c=62 k=actual',
    ]);
  });

  it('near-misses: a length of time, a percentage, an age or a measure after `được` is no such count', () => {
    expect(readings('Mô hình đã triển khai được 2 năm.')).toEqual([]);
    expect(readings('Đội đã duy trì hoạt động được 5 tháng liên tục.')).toEqual([]);
    expect(readings('Cháu bé mới được 3 tuổi.')).toEqual([]);
    // (money keeps its reading: a measure, certain)
    expect(readings('Quỹ đã vận động được 850 triệu đồng.')).toEqual(['850000000 VND [] k=actual']);
  });
});

describe('a bare count of an unknown noun right before the completion of a plan (`dịch tả 1.800 liều đạt 30% kế hoạch`)', () => {
  it('reads each item’s count with its completion, a bound or none, a comma or none before `đạt`', () => {
    expect(
      readings(
        'Cúm gia cầm trên 9.000 liều, đạt 45% kế hoạch, Newcastle 7.200 liều đạt 36% kế hoạch và dịch tả vịt 410 liều, đạt 12% kế hoạch.',
      ),
    ).toEqual(['9000 ~over? [] c=45 k=actual', '7200? [] c=36 k=actual', '410? [] c=12 k=actual']);
    expect(readings('Riêng tiêm phòng dại chó mèo gần 3.100 liều, đạt trên 77% KH.')).toEqual([
      '3100 ~under? [] c=77 k=actual',
    ]);
  });

  it('near-misses: a count after a preposition is the name’s, a period’s count or a known unit keeps its reading', () => {
    expect(readings('Tỷ lệ tiêm phòng ở 5 thôn đạt 53% kế hoạch.')).toEqual(['- [] c=53 k=actual']);
    expect(readings('Vốn của 12 công trình đạt 80% kế hoạch.')).toEqual(['- [] c=80 k=actual']);
    expect(readings('Giải ngân vốn 6 tháng đạt 28,6% kế hoạch.')).toEqual(['- [] c=28.6 k=actual']);
    // (no completion of a plan after it: the count stays unread)
    // (the lead's bare count reads it, always doubted: `rules/bare-count.ts`)
    expect(readings('Dịch tả 1.800 liều đạt chất lượng tốt.')).toEqual(['1800? [] k=actual']);
  });
});

describe('a bound between a list joiner and the next count (`có 10 triệu khách hàng, hơn 10.000 đối tác`)', () => {
  it('reads the bounded items of a list of counts', () => {
    expect(
      readings('Năm 2022, ví điện tử có 8 triệu người dùng, hơn 6.000 cửa hàng liên kết và gần 40 đối tác.'),
    ).toEqual(['8000000 person [] k=actual p=2022', '6000 ~over? [] k=actual p=2022', '40 ~under? [] k=actual p=2022']);
  });

  it('near-misses: a bound after a change or with no count verb before the list reads nothing new', () => {
    // (no item of a list; the lead's bare count reads it apart, always doubted: `rules/bare-count.ts`)
    expect(readings('Doanh thu tăng 5%, hơn 300 cửa hàng mới.')).toEqual([
      '- [rate 5 -] k=actual',
      '300 ~over? [] k=actual',
    ]);
    expect(readings('Các cửa hàng lớn, hơn 300 cửa hàng nhỏ cùng tham gia.')).toEqual(['300 ~over? [] k=actual']);
  });
});

/** Each statement with a value as `kind value` (the kind rounds' reading). */
const kinds = (text: string): string[] => kindsOf(text, 'vi');

describe('a plan noun right before a count verb, or a plan opening the sentence as its source (`kế hoạch tiêm 6.000 liều`)', () => {
  it('reads the plan’s count and the next items of its list as targets', () => {
    expect(
      kinds('Đối với đàn gà, kế hoạch tiêm 12.000 liều cúm gia cầm, 8.000 liều Newcastle, 2.500 liều đậu gà.'),
    ).toEqual(['target 12000', 'target 8000', 'target 2500']);
    expect(kinds('Năm 2025, chỉ tiêu kết nạp 450 đảng viên mới.')).toEqual(['target 450']);
    expect(kinds('Huyện đã có kế hoạch tiêm 6.000 liều.')).toEqual(['target 6000']);
    expect(kinds('Theo kế hoạch trong tháng này toàn xã triển khai tiêm 2.300 liều vắc xin dại.')).toEqual([
      'target 2300',
    ]);
  });

  it('near-misses: the plan fulfilled or exceeded, a result after the source, a numbered plan document', () => {
    expect(kinds('Năm 2024, huyện đã hoàn thành kế hoạch tiêm 6.000 liều.')).toEqual(['actual 6000']);
    expect(kinds('Huyện đã vượt kế hoạch tiêm 6.000 liều.')).toEqual(['actual 6000']);
    expect(kinds('Theo kế hoạch đến nay huyện đã tiêm 3.000 liều.')).toEqual(['actual 3000']);
    expect(kinds('Theo kế hoạch số 45/KH-UBND, huyện tiêm 3.000 liều.')).toEqual(['actual 3000']);
  });
});

describe('counts after `với`: the participants of an event, and a list a value verb’s count heads (`với 324 tổ máy và 50 cống`)', () => {
  it('reads who took part after the noun of taking part, and every item of the list', () => {
    expect(readings('Sở đã tổ chức hội nghị tổng kết với sự tham dự của gần 800 đại biểu.')).toEqual([
      '800 ~under? [] k=actual',
    ]);
    expect(readings('Năm 2023, giải chạy diễn ra có sự tham gia của 2.400 vận động viên.')).toEqual([
      '2400? [] k=actual p=2023',
    ]);
    expect(readings('Toàn tỉnh đã vận hành 45 trạm bơm với 210 tổ máy và 36 cống tiêu nước.')).toEqual([
      '45 (trạm) [] k=actual',
      '210? [] k=actual',
      '36? [] k=actual',
    ]);
  });

  it('near-misses: taking part with no count, a percentage or a measure before the joiner', () => {
    expect(readings('Hội nghị diễn ra với sự tham dự của lãnh đạo các sở, ngành.')).toEqual([]);
    expect(readings('Doanh thu đạt 5% và 3 cửa hàng mới khai trương.')).toEqual([
      '5 percent? [] k=actual',
      '3? [] k=actual',
    ]);
  });
});
