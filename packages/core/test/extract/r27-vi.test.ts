import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 27, Vietnamese (the shapes of the released `test16`'s Vietnamese rows — exam results, sports
 * games, culture departments — written as paraphrases of our own, with their near-misses; never a
 * corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('prizes, medals and contests: `giành 27 huy chương`, `đoạt 35 giải`, `tham gia 14 giải đấu`', () => {
  it('reads the count after a verb that wins or enters', () => {
    expect(readings('Năm 2024, đội tuyển giành được 6 huy chương đồng.')).toEqual(['6? [] k=actual p=2024']);
    expect(readings('Năm 2024, học sinh tỉnh đoạt 35 giải.')).toEqual(['35? [] k=actual p=2024']);
    expect(readings('Năm 2024, câu lạc bộ tham gia 14 giải đấu trong nước.')).toEqual(['14? [] k=actual p=2024']);
  });

  it('reads no count after the verbs when no number counts (near-misses)', () => {
    expect(readings('Vận động viên 17 tuổi của tỉnh giành huy chương vàng.')).toEqual([]);
    expect(readings('Đội tuyển giành quyền vào chung kết năm 2024.')).toEqual([]);
    expect(readings('Đoàn tham gia Đại hội Thể dục thể thao lần thứ 9.')).toEqual([]);
  });
});

describe('a bracket that breaks a count down: `27 huy chương các loại (8 huy chương vàng, …)`', () => {
  it('reads each item of the bracket as a count of its own, `huy chương đồng` no sum in đồng', () => {
    expect(
      readings(
        'Năm 2024, đoàn Bình Định giành 27 huy chương các loại (8 huy chương vàng, 9 huy chương bạc và 10 huy chương đồng).',
      ),
    ).toEqual(['27? [] k=actual p=2024', '8? [] k=actual p=2024', '9? [] k=actual p=2024', '10? [] k=actual p=2024']);
    expect(readings('Năm 2024, học sinh tỉnh đoạt 35 giải (4 giải nhì, 11 giải ba và 20 giải khuyến khích).')).toEqual([
      '35? [] k=actual p=2024',
      '4? [] k=actual p=2024',
      '11? [] k=actual p=2024',
      '20? [] k=actual p=2024',
    ]);
    // (a slip of the source, `hu chương`, shares the noun's second word)
    expect(readings('Đội tuyển giành được 12 hu chương (5 hu chương vàng, 7 huy chương bạc).')).toEqual([
      '12? [] k=actual',
      '5? [] k=actual',
      '7? [] k=actual',
    ]);
  });

  it('reads nothing in a bracket that counts another noun (near-misses)', () => {
    expect(readings('Năm 2024, huyện có 25 xã (12 thôn đặc biệt khó khăn).')).toEqual(['25 (xã)? [] k=actual p=2024']);
    expect(readings('Năm 2024, Ban quản lý cấp mới 39 dự án (26 FDI và 13 DDI).')).toEqual([
      '39 project [] k=actual p=2024',
    ]);
  });
});

describe('a list of places, each with its count: `Quảng Bình 52 giải, Gia Lai 47`, `Quảng Trị (9), Bình Định (7)`', () => {
  it('reads each place’s count, the noun said once or after each, bare or in brackets', () => {
    expect(
      readings(
        'Năm 2024, tỉnh dẫn đầu với 141 giải; tiếp đến là Quảng Bình 52 giải, Gia Lai 47, Đại học Sư phạm Hà Nội 40 và Cà Mau 12.',
      ),
    ).toEqual([
      '141? [] k=actual p=2024',
      '52? [] k=actual p=2024',
      '47? [] k=actual p=2024',
      '40? [] k=actual p=2024',
      '12? [] k=actual p=2024',
    ]);
    expect(readings('Đứng sau là Quảng Trị (9), Bình Định (7) và Phú Yên (3).')).toEqual([
      '9? [] k=actual',
      '7? [] k=actual',
      '3? [] k=actual',
    ]);
  });

  it('reads each place’s count with its noun in brackets: `Đồng Nai (188 điểm) và Đăk Nông (93 điểm)`', () => {
    expect(
      readings('Các tỉnh có nhiều ca mắc là Quảng Trị (1.057 ca), Bình Định (854 ca) và Phú Yên (512 ca).'),
    ).toEqual(['1057? [] k=actual', '854? [] k=actual', '512? [] k=actual']);
    // (a person's age or a span of years in the brackets, a lone bracket: no count)
    expect(readings('Ông Nguyễn Văn An (45 tuổi) và Trần Văn Bình (50 tuổi) bị bắt.')).toEqual([]);
    expect(readings('Hà Nội (3 năm) và Hải Phòng (5 năm) được chọn.')).toEqual([]);
    expect(readings('Đội Đồng Nai (188 điểm).')).toEqual([]);
  });

  it('reads no count after labels, dates, ages or a lone place (near-misses)', () => {
    expect(readings('Năm 2024, Quận 1, Quận 3 và Quận 5 có nhiều điểm thi.')).toEqual([]);
    expect(readings('Hai khu công nghiệp Yên Phong 1, Quế Võ 2 đã lấp đầy.')).toEqual([]);
    expect(readings('Khu Phố 3 và Khu Phố 7 được công nhận đạt chuẩn văn minh.')).toEqual([]);
    expect(readings('Đường Hùng Vương 25 và Đường Lê Lợi 30 được nâng cấp.')).toEqual([]);
    expect(readings('Tại Hà Nội 21/8, Hải Phòng 22/8 có mưa lớn.')).toEqual([]);
    expect(readings('Ông Nguyễn Văn An 45 tuổi, Trần Văn Bình 50 tuổi bị bắt.')).toEqual([]);
    expect(readings('Năm 2024, Quảng Bình 52 giải.')).toEqual([]);
  });
});
