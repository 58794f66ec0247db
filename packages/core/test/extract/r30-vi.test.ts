import { describe, expect, it } from 'vitest';
import { doubtReasons, statementLines } from './readings';

/**
 * Round 30, Vietnamese (R30-VI: the shapes of the released `test19-vi.ts` and `test19b-vi.ts` rows —
 * rainfall, industrial-property filings, medal tables, reservoirs — written as paraphrases of our own
 * from other provinces and years, with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('millimetres (`mm`) after a figure: a measure without a unit code, as `m` and `km` are', () => {
  it('reads each place’s rainfall of a list, a place in brackets after its name or not', () => {
    expect(
      readings('Lượng mưa lớn nhất ghi nhận tại Mường Tè (Lai Châu) 215mm, Sìn Hồ (Lai Châu) 180mm, Bắc Quang 164mm.'),
    ).toEqual(['215 (mm) [] k=actual', '180 (mm) [] k=actual', '164 (mm) [] k=actual']);
    // (spaced after a link, a noun the units know without a code: doubted `counted-noun`, as `m`)
    expect(readings('Tổng lượng mưa tháng 10 tại trạm Nam Đông là 1.250 mm.')).toEqual(['1250 (mm)? [] k=actual']);
  });

  it('near-misses: a diameter or a thickness is a size, doubted; a range keeps its doubt', () => {
    expect(readings('Đơn vị đã lắp đặt tuyến ống có đường kính 110mm.')).toEqual(['110 (mm)? [] k=actual']);
    expect(doubtReasons('Đơn vị đã lắp đặt tuyến ống có đường kính 110mm.', 'vi')).toEqual(['attributive']);
    expect(doubtReasons('Lớp bùn đất dày 300 mm phủ kín mặt đường.', 'vi')).toEqual(['attributive']);
    expect(readings('Các tỉnh vùng núi có mưa phổ biến 50-100mm.')).toEqual(['100 (mm)? [] k=actual']);
  });
});

describe('a word of the whole between a count verb and its count (`tổng cộng`, `tổng số`, `tất cả`, `cả thảy`)', () => {
  it('reads the count past the word, for a noun the units know or not', () => {
    expect(readings('Năm 2022, đội tuyển đã giành được tổng cộng 58 huy chương.')).toEqual(['58? [] k=actual p=2022']);
    expect(readings('Toàn huyện có tổng cộng 1.320 hội viên.')).toEqual(['1320 (hội viên) [] k=actual']);
    expect(readings('Lực lượng chức năng đã xử lý tất cả 215 vụ vi phạm.')).toEqual(['215 (vụ) [] k=actual']);
    expect(readings('Trường đã tuyển sinh cả thảy 640 học sinh.')).toEqual(['640 (học sinh) [] k=actual']);
    expect(readings('Sở đã tiếp nhận tổng số hơn 2.100 hồ sơ.')).toEqual(['2100 dossier ~over [] k=actual']);
  });

  it('reads a count the word of the whole opens, with no verb before it (`Tổng số 581 bộ …`, as English `a total of`)', () => {
    expect(readings('Tổng số 1.250 đơn đăng ký đã được thẩm định.')).toEqual(['1250? [] k=actual']);
    expect(readings('Tổng cộng hơn 1.200 hộ được hỗ trợ vay vốn.')).toEqual(['1200 household ~over [] k=actual']);
  });

  it('near-misses: the word before a noun, not a count, opens no figure', () => {
    expect(readings('Tổng số 5 năm qua, tỉnh không có dự án mới.')).toEqual([]);
    expect(readings('Tỉnh có tổng số vốn đăng ký lớn nhất vùng.')).toEqual([]);
    expect(readings('Đoàn đã giành được tất cả các giải thưởng.')).toEqual([]);
  });
});

describe('a breakdown of a count (`bao gồm`, `trong đó có:`) whose parts carry a bracket or stand apart by `;`', () => {
  it('reads every part past the share in brackets after each', () => {
    expect(
      readings(
        'Năm 2021, Sở đã tiếp nhận 1.840 đơn, bao gồm 1.520 đơn nhãn hiệu (chiếm 82,6%), 210 đơn kiểu dáng (chiếm 11,4%), 74 đơn sáng chế (chiếm 4%) và 36 đơn giải pháp hữu ích (chiếm 2%).',
      ).map((l) => l.replace(/\?/g, '')),
    ).toEqual([
      '1840 [] k=actual p=2021',
      '1520 [] k=actual p=2021',
      '210 [] k=actual p=2021',
      '74 [] k=actual p=2021',
      '36 [] k=actual p=2021',
    ]);
  });

  it('reads the first part after `trong đó có:` and the parts apart by semicolons', () => {
    expect(
      readings(
        'Trong năm, huyện có 96 sáng kiến được công nhận, trong đó có: 60 sáng kiến cấp huyện; 30 sáng kiến cấp tỉnh; 4 sáng kiến cấp bộ và 2 sáng kiến cấp quốc gia.',
      ).map((l) => l.replace(/\?/g, '')),
    ).toEqual(['96 [] k=actual', '60 [] k=actual', '30 [] k=actual', '4 [] k=actual', '2 [] k=actual']);
  });

  it('near-misses: a count after `;` that opens another clause, a period after `;`', () => {
    expect(
      readings('Năm 2023, tỉnh cấp 120 giấy phép, trong đó 80 giấy phép xây dựng; 12 tháng qua không có vụ vi phạm.'),
    ).toEqual(['120? [] k=actual p=2023', '80? [] k=actual p=2023']);
    expect(readings('Huyện có 40 hợp tác xã, trong đó 25 hợp tác xã nông nghiệp; 30% số hợp tác xã có lãi.')).toEqual([
      '40 (hợp tác xã) [] k=actual',
      '25 (hợp tác xã) [] k=actual',
      '30 percent? [] k=actual',
    ]);
  });
});

describe('a list of names, each with a count and its noun in brackets: a noun of up to three words, a one-word name', () => {
  it('reads each count (`(37 huy chương vàng)`, `(3 HCV)`, a bare `(1)` beside it)', () => {
    expect(
      readings('Xếp sau là Malaysia (41 huy chương Vàng) và Myanmar (29 huy chương Vàng).').map((l) =>
        l.replace(/\?/g, ''),
      ),
    ).toEqual(['41 [] k=actual', '29 [] k=actual']);
    expect(
      readings('Đội tuyển giành được Karate (4 HCV), Wushu (3) và Judo (1).').map((l) => l.replace(/\?/g, '')),
    ).toEqual(['4 [] k=actual', '3 [] k=actual', '1 [] k=actual']);
    expect(
      readings('Dự án được triển khai tại Lào Cai (12 thôn bản), Hà Giang (8 thôn bản).').map((l) =>
        l.replace(/\?/g, ''),
      ),
    ).toEqual(['12 [] k=actual', '8 [] k=actual']);
  });

  it('near-misses: a time, an age or a lone bracket after a name is no count', () => {
    expect(readings('Hà Nội (3 năm liền) và Huế (5 năm liền) được chọn đăng cai.')).toEqual([]);
    expect(readings('Vận động viên Nguyễn An (17 tuổi) và Trần Bình (18 tuổi) được khen thưởng.')).toEqual([]);
    expect(readings('Đoàn Malaysia (41 huy chương Vàng) đứng thứ hai.')).toEqual([]);
    expect(readings('Theo Nghị định (15 Điều) và Thông tư (7 Điều) của Bộ.')).toEqual([]);
  });
});

describe('a count verb’s beneficiary before its count (`mang về cho đoàn …`, `trao cho các em …`), and verbs of goods taken or brought home', () => {
  it('reads the count past `cho` and its beneficiary, and the next item of its list', () => {
    expect(
      readings('Năm 2023, các võ sĩ đã mang về cho đoàn tỉnh 12 huy chương Vàng và 9 huy chương Bạc.').map((l) =>
        l.replace(/\?/g, ''),
      ),
    ).toEqual(['12 [] k=actual p=2023', '9 [] k=actual p=2023']);
    expect(readings('Hội Khuyến học đã trao cho các em học sinh nghèo 250 suất học bổng.')).toEqual([
      '250? [] k=actual',
    ]);
    expect(readings('Huyện đã cấp cho hộ cận nghèo hơn 1.200 thẻ bảo hiểm y tế.')).toEqual(['1200 ~over? [] k=actual']);
  });

  it('reads what is confiscated or destroyed (`tịch thu`, `tiêu hủy`) and what a team brings home (`mang về`)', () => {
    expect(readings('Tịch thu 12.400 kg thuốc bảo vệ thực vật không rõ nguồn gốc.')).toEqual(['12400? [] k=actual']);
    expect(readings('Đội đã mang về 7 huy chương các loại.')).toEqual(['7? [] k=actual']);
  });

  it('near-misses: the count as the beneficiary, a period inside, a verb before no count', () => {
    expect(readings('Công đoàn đã hỗ trợ cho 500 đoàn viên.')).toEqual(['500 (đoàn viên) [] k=actual']);
    expect(readings('Đoàn đã mang về cho tỉnh năm 2023 nhiều huy chương.')).toEqual([]);
    expect(readings('Tiền bán hàng tịch thu là 1,2 tỷ đồng.')).toEqual(['1200000000 VND [] k=actual']);
    expect(readings('Lực lượng chức năng đã tịch thu toàn bộ hàng hóa vi phạm.')).toEqual([]);
  });
});
