import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 26, Vietnamese (R26-VIB: the shapes of the released `test15b-vi.ts` rows — party
 * organisation boards, inspection committees, planning and investment departments — written as
 * paraphrases of our own from other provinces and districts, with their near-misses; never a corpus
 * sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('party building: the members and organisations a party board or an inspection committee counts', () => {
  it('reads the members admitted after `kết nạp (được, mới)` with the completion of the target', () => {
    expect(
      readings('6 tháng đầu năm 2023, các đảng bộ trực thuộc kết nạp được 412 đảng viên mới, đạt 51,5% kế hoạch năm.'),
    ).toEqual(['412 (đảng viên) [] c=51.5 k=actual p=2023-H1']);
    expect(readings('Trong quý II/2024, toàn huyện kết nạp mới 35 đảng viên.')).toEqual([
      '35 (đảng viên) [] k=actual p=2024-Q2',
    ]);
    expect(readings('Năm 2021, Đảng bộ Công an tỉnh kết nạp 64 ĐV mới, đạt 110% chỉ tiêu được giao.')).toEqual([
      '64 (ĐV) [] c=110 k=actual p=2021',
    ]);
  });

  it('reads every count of an inspection and discipline list, joined by `và`, commas, semicolons and brackets', () => {
    expect(
      readings(
        'Năm 2021, Ủy ban Kiểm tra Huyện ủy đã giám sát 24 tổ chức đảng và 86 đảng viên; thi hành kỷ luật 12 đảng viên.',
      ),
    ).toEqual([
      '24 (tổ chức đảng) [] k=actual p=2021',
      '86 (đảng viên) [] k=actual p=2021',
      '12 (đảng viên) [] k=actual p=2021',
    ]);
    expect(
      readings(
        'Năm 2023, cấp ủy các cấp đã xử lý kỷ luật 57 đảng viên (khiển trách 40 đảng viên, cảnh cáo 15 đảng viên, khai trừ 2 đảng viên).',
      ),
    ).toEqual([
      '57 (đảng viên) [] k=actual p=2023',
      '40 (đảng viên) [] k=actual p=2023',
      '15 (đảng viên) [] k=actual p=2023',
      '2 (đảng viên) [] k=actual p=2023',
    ]);
    expect(
      readings('Đến 31/12/2022, Đảng bộ huyện có 52 tổ chức cơ sở đảng, 318 chi bộ trực thuộc và 6.420 đảng viên.'),
      // (a stock at a cut-off — `có` on a month's last day — keeps the year, doubted `month-end` since round 30)
    ).toEqual([
      '52 (tổ chức cơ sở đảng) [] k=actual p=2022?',
      '318 (chi bộ) [] k=actual p=2022?',
      '6420 (đảng viên) [] k=actual p=2022?',
    ]);
    expect(readings('Năm 2020, huyện thành lập được 4 chi bộ mới ở các doanh nghiệp ngoài nhà nước.')).toEqual([
      '4 (chi bộ) [] k=actual p=2020',
    ]);
  });

  it('a count of `đồng chí` (comrades) is a count of people, never Vietnamese dong', () => {
    expect(
      readings('Năm 2024, toàn huyện kết nạp mới 35 đảng viên, nâng tổng số đảng viên lên 4.812 đồng chí.'),
    ).toEqual(['35 (đảng viên) [] k=actual p=2024', '4812 (đồng chí) [] k=actual p=2024']);
    // negatives: `đồng` after a scale is money, and a `triệu đồng` beside a party organisation stays money
    expect(readings('Năm 2024, Đảng bộ xã vận động được 25 triệu đồng ủng hộ quỹ vì người nghèo.').join()).toContain(
      '25000000 VND',
    );
    expect(readings('Năm 2024, mỗi chi bộ được hỗ trợ 2 triệu đồng.').join()).toContain('2000000 VND');
  });

  it('near-misses: numbers in the names of congresses, branches and documents are no counts', () => {
    expect(readings('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 đã thảo luận công tác kết nạp đảng viên.')).toEqual(
      [],
    );
    expect(readings('Quyết định số 125-QĐ/TU ngày 12/3/2022 về việc thi hành kỷ luật đảng viên.')).toEqual([]);
    expect(readings('Chi bộ thôn 7 xét kết nạp đảng viên trong quý III/2024.')).toEqual([]);
    // a count of another noun after a party word keeps its doubt (a credit institution is no party organisation)
    expect(readings('Năm 2023, có 7 tổ chức tín dụng có tỷ lệ nợ xấu trên 3%.')[0]).toMatch(/^7\? /);
  });
});

describe('a running total from the start of the year to a month: `(Lũy kế) từ đầu năm đến tháng 5/2021`', () => {
  it('dates every figure after it to the year to that month, as `lũy kế đến tháng 5/2021` does', () => {
    expect(
      readings(
        'Lũy kế từ đầu năm đến tháng 9/2023, Sở đã cấp phép cho 12 dự án đầu tư với tổng vốn đăng ký 840 tỷ đồng.',
      ),
    ).toEqual(['12 project [] k=actual p=2023-YTD-09', '840000000000 VND [] k=actual p=2023-YTD-09']);
    expect(readings('Từ đầu năm đến tháng 5/2024, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng.')).toEqual([
      '1250000000000 VND [] k=actual p=2024-YTD-05',
    ]);
    expect(readings('Kể từ đầu năm đến hết tháng 10/2022, xuất khẩu đạt 410 triệu USD.')).toEqual([
      '410000000 USD [] k=actual p=2022-YTD-10',
    ]);
  });

  it('near-misses: to now or a range between two months name no year to date; a day inside a month a doubted one', () => {
    expect(readings('Từ đầu năm đến nay, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng.')).toEqual([
      '1250000000000 VND [] k=actual',
    ]);
    // (a day inside a month: the year to that month, its period doubted `mid-month` — round 37)
    expect(readings('Từ đầu năm đến ngày 20/6/2024, thu ngân sách trên địa bàn đạt 1.250 tỷ đồng.')).toEqual([
      '1250000000000 VND [] k=actual p=2024-YTD-06?',
    ]);
    expect(readings('Từ tháng 3 đến tháng 9/2023, xuất khẩu đạt 410 triệu USD.').join()).not.toContain('YTD');
  });
});

describe('a change measured `về số lượng` with no noun after it is the change of the sentence’s count', () => {
  it('gives `tăng X% về số lượng` to the count and `tăng Y% về vốn` to the capital, both with the base after the last', () => {
    expect(
      readings(
        'Quý I/2024, toàn tỉnh có 212 doanh nghiệp đăng ký thành lập mới với số vốn đăng ký 1.840 tỷ đồng, tăng 9,2% về số lượng, tăng 31,5% về vốn so cùng kỳ.',
      ),
    ).toEqual([
      '212 enterprise [rate 9.2 same-period-last-year] k=actual p=2024-Q1',
      '1840000000000 VND [rate 31.5 same-period-last-year?] k=actual p=2024-Q1',
    ]);
    expect(
      readings(
        'Năm 2023, Sở cấp mới cho 115 dự án với tổng vốn đầu tư 39.300 tỷ đồng, tăng 12% về số lượng và tăng 8,5% về số vốn so với năm 2022.',
      ),
    ).toEqual(['115 project [rate 12 2022] k=actual p=2023', '39300000000000 VND [rate 8.5 2022?] k=actual p=2023']);
  });

  it('near-misses: with no count in the sentence, or a noun after `về số lượng`, the change stays where it was', () => {
    expect(readings('Năm 2024, thu ngân sách đạt 512 tỷ đồng, tăng 12% về số lượng.')).toEqual([
      '512000000000 VND [rate 12 -?] k=actual p=2024',
    ]);
    expect(
      readings(
        'Năm 2024, có 80 hợp tác xã với vốn điều lệ 95 tỷ đồng, tăng 6% về số lượng thành viên so với năm 2023.',
      ),
    ).toEqual(['80 (hợp tác xã) [] k=actual p=2024', '95000000000 VND? [rate 6 2023?] k=actual p=2024']);
  });
});

describe('a plan against the year before’s result: `so với kết quả đạt được năm 2023`', () => {
  it('reads the year after the words of a result achieved as the base', () => {
    expect(
      readings(
        'Năm 2025, công ty đặt kế hoạch doanh thu 1.200 tỷ đồng, tăng 8% so với kết quả thực hiện được năm 2024.',
      ),
    ).toEqual(['1200000000000 VND [rate 8 2024] k=target p=2025']);
    expect(
      readings(
        'Năm 2025, Ngân hàng đặt mục tiêu lợi nhuận trước thuế 5.400 tỷ đồng, tăng 15% so với mức đạt được năm 2024.',
      ),
    ).toEqual(['5400000000000 VND [rate 15 2024] k=target p=2025']);
    expect(readings('Doanh thu năm 2023 đạt 980 tỷ đồng, tăng 5% so với số thực hiện năm 2022.')).toEqual([
      '980000000000 VND [rate 5 2022] k=actual p=2023',
    ]);
  });

  it('near-misses: no year after the words, or another subject’s result, leave the base unread', () => {
    expect(readings('Doanh thu quý II/2024 đạt 980 tỷ đồng, tăng 5% so với kết quả đạt được.')).toEqual([
      '980000000000 VND [rate 5 -?] k=actual p=2024-Q2',
    ]);
    expect(readings('Năm 2024, lợi nhuận đạt 310 tỷ đồng, tăng 12% so với kết quả kinh doanh của đối thủ.')).toEqual([
      '310000000000 VND [rate 12 -?] k=actual p=2024',
    ]);
  });
});
