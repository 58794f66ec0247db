import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 28, Vietnamese (R28-VI: the shapes of the released `test17-vi.ts` rows — fisheries fleets,
 * storms, floods and salinity — written as paraphrases of our own from other provinces and rivers,
 * with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('metric symbols after a figure are its unit, spaced or glued', () => {
  it('reads power and energy symbols (`KW`, `kW`, `GW`, `GWh`) as the value’s unit', () => {
    expect(readings('Năm 2023, toàn tỉnh có 1.250 tàu cá với tổng công suất 312.540KW.')).toEqual([
      '1250? [] k=actual p=2023',
      '312540 (KW) [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, tổng công suất tàu cá của tỉnh là 98.420 kW.')).toEqual([
      '98420 (kW) [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, sản lượng điện thương phẩm đạt 2.350 GWh, tăng 8,1% so với năm 2022.')).toEqual([
      '2350 (GWh) [rate 8.1 2022] k=actual p=2023',
    ]);
  });

  it('reads metres and cubic metres as a measure of what follows (`khoảng 300 m đê bao`, `4.500 m³ bùn đất`)', () => {
    expect(readings('Trận lũ khiến khoảng 300 m đê bao bị sạt lở.')).toEqual(['300 (m) ~about [] k=actual']);
    expect(readings('Năm 2023, huyện đã nạo vét 4.500 m³ bùn đất.')).toEqual(['4500 (m³) [] k=actual p=2023']);
  });
});

describe('a length after a word of size describes the thing measured (doubted, attributive)', () => {
  it('doubts a length after `dài`, `sâu`, `chiều dài`, past a bound or `đến`', () => {
    expect(readings('Trận lũ cuốn trôi cây cầu treo dài 170m bắc qua sông Mã.')).toEqual(['170 (m)? [] k=actual']);
    expect(readings('Nước mặn xâm nhập sâu đến 90km trên sông Cổ Chiên.')).toEqual(['90 km? [] k=actual']);
    expect(readings('Một đoạn bờ biển dài khoảng 500 m tiếp tục sạt lở.')).toEqual(['500 (m) ~about? [] k=actual']);
    expect(readings('Tuyến đường có chiều dài 25 km được khởi công năm 2023.')).toEqual(['25 km? [] k=actual p=2023']);
  });

  it('doubts a contest event named by its distance (`nội dung 10m súng ngắn hơi`)', () => {
    expect(readings('Vận động viên giành HCV nội dung 10m súng ngắn hơi nam.')).toEqual(['10 (m)? [] k=actual']);
  });

  it('near-misses: a length with no word of size, and a percentage after `cao`, keep their reading', () => {
    expect(readings('Năm 2023, tỉnh đã xây dựng 12 km đường giao thông nông thôn.')).toEqual([
      '12 km [] k=actual p=2023',
    ]);
    expect(readings('Giá cà phê tăng cao 12% so với tháng trước.')).toEqual(['- [rate 12 previous-period] k=actual']);
    expect(readings('Năm 2023, kim ngạch xuất khẩu cao nhất đạt 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual p=2023',
    ]);
  });
});

describe('a part after `;` that opens on a period after `trong`, `tính đến`, a bullet, dates its own figures', () => {
  it('dates the part by its own period, not the sentence’s first one', () => {
    expect(readings('Trong năm 2023, doanh thu đạt 987 tỷ đồng; trong năm 2024, lợi nhuận đạt 3.200 tỷ đồng.')).toEqual(
      ['987000000000 VND [] k=actual p=2023', '3200000000000 VND [] k=actual p=2024'],
    );
    expect(
      readings(
        'Kết quả như sau: - trong quý IV/2024, doanh thu đạt 987 tỷ đồng, tăng 11,35% so với cùng kỳ; - trong quý III/2024, lợi nhuận đạt 320 tỷ đồng.',
      ),
    ).toEqual([
      '987000000000 VND [rate 11.35 same-period-last-year] k=actual p=2024-Q4',
      '320000000000 VND [] k=actual p=2024-Q3',
    ]);
    expect(
      readings('Năm 2023, doanh thu đạt 987 tỷ đồng; tính đến hết tháng 6/2024, lợi nhuận đạt 320 tỷ đồng.'),
    ).toEqual(['987000000000 VND [] k=actual p=2023', '320000000000 VND [] k=actual p=2024-YTD-06']);
  });

  it('near-misses: a base after `;` and `trong đó` keep the sentence’s period', () => {
    expect(readings('Năm 2023, doanh thu đạt 987 tỷ đồng; so với năm 2022, lợi nhuận tăng 5%.')).toEqual([
      '987000000000 VND [] k=actual p=2023',
      '- [rate 5 2022] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, doanh thu đạt 987 tỷ đồng; trong đó, lợi nhuận đạt 320 tỷ đồng.')).toEqual([
      '987000000000 VND [] k=actual p=2023',
      '320000000000 VND [] k=actual p=2023',
    ]);
  });
});

describe('a change that names its counted noun goes to the count of that noun', () => {
  it('gives `tăng X% số <noun>` to the earlier count of that noun', () => {
    expect(
      readings(
        'Năm 2023, toàn tỉnh xảy ra 125 vụ cháy, làm 14 người chết, tăng 9% số vụ và 40% số người tử vong so với năm 2022.',
      ),
    ).toEqual(['125 (vụ) [rate 9 2022] k=actual p=2023', '14 person [rate 40 2022] k=actual p=2023']);
    expect(
      readings(
        'Năm 2023, Ủy ban Kiểm tra các cấp đã kiểm tra 120 tổ chức đảng và 450 đảng viên (tăng 8% tổ chức đảng và 12% đảng viên so với năm 2022).',
      ),
    ).toEqual(['120 (tổ chức đảng) [rate 8 2022?] k=actual p=2023', '450 (đảng viên) [rate 12 2022?] k=actual p=2023']);
  });

  it('gives the rate in brackets after an absolute change to the count of that change’s noun', () => {
    expect(
      readings(
        'So với năm 2022, đường bộ xảy ra 12 vụ, làm chết 7 người, bị thương 5 người, giảm 3 vụ (giảm 20%), giảm 1 người bị thương (giảm 16,67%).',
      ),
      // (round 30: `giảm 3 vụ (giảm 20%)` is read as one change, the bracket restating it, as `giảm 3
      // vụ (20%)` was — certain like it; the second, after a two-word noun, stays doubted)
    ).toEqual(['12 (vụ) [rate -20 2022] k=actual', '7 person [] k=actual', '5 person [rate -16.67 2022?] k=actual']);
  });

  it('near-misses: a noun two counts share, or no count has, is doubted where it stands; a change with no noun stays', () => {
    expect(
      readings(
        'Năm 2023, toàn tỉnh xảy ra 12 vụ tai nạn, làm chết 4 người, bị thương 2 người, tăng 10% số người so với năm 2022.',
      ),
    ).toEqual([
      '12 (vụ) [] k=actual p=2023',
      '4 person [] k=actual p=2023',
      '2 person [rate 10 2022?] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, toàn tỉnh xảy ra 12 vụ tai nạn, tăng 10% so với năm 2022.')).toEqual([
      '12 (vụ) [rate 10 2022] k=actual p=2023',
    ]);
    expect(
      readings(
        'Năm 2023, tỉnh có 320 doanh nghiệp thành lập mới, vốn đăng ký đạt 500 tỷ đồng, tăng 5% số hợp tác xã so với năm 2022.',
      ),
    ).toEqual(['320 enterprise [] k=actual p=2023', '500000000000 VND [rate 5 2022?] k=actual p=2023']);
    // (`số vốn` names the statement's own measure, `vốn đăng ký`: certain)
    expect(
      readings(
        'Năm 2023, tỉnh có 320 doanh nghiệp thành lập mới, vốn đăng ký đạt 500 tỷ đồng, tăng 5% số vốn so với năm 2022.',
      ),
    ).toEqual(['320 enterprise [] k=actual p=2023', '500000000000 VND [rate 5 2022] k=actual p=2023']);
  });
});
