import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 26, Vietnamese (the shapes of the released `test15`'s Vietnamese rows — mass organisations'
 * reports — written as paraphrases of our own, with their near-misses; never a corpus sentence).
 */

/** The densities of the statements as `value/per`. */
const densities = (text: string): string[] =>
  extractStatements(text, { locale: 'vi' }).flatMap((s) =>
    s.density ? [`${s.density.value.value.value}/${s.density.value.per}`] : [],
  );

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('the counted nouns of mass organisations’ reports: members, farms, houses for the poor, meetings', () => {
  it('reads a count of members, whatever verb introduces it', () => {
    // a youth union recommending members to the party, a Red Cross drive, a veterans' association
    expect(readings('Năm 2024, Huyện Đoàn giới thiệu 412 đoàn viên ưu tú để Đảng xem xét kết nạp.')).toEqual([
      '412 (đoàn viên) [] k=actual p=2024',
    ]);
    expect(readings('Đợt hiến máu thu hút gần 650 tình nguyện viên tham gia.')).toEqual([
      '650 (tình nguyện viên) ~under [] k=actual',
    ]);
    expect(readings('Trong quý I/2025, Hội Cựu chiến binh thị xã kết nạp 37 hội viên mới.')).toEqual([
      '37 (hội viên) [] k=actual p=2025-Q1',
    ]);
    // (`có thêm`: an added count, a difference from the members before, stays doubted)
    expect(readings('Trong quý I/2025, Hội Cựu chiến binh thị xã có thêm 37 hội viên mới.')).toEqual([
      '37 (hội viên)? [] k=actual p=2025-Q1',
    ]);
  });

  it('reads each item of a list of farms and houses, the noun right after its number', () => {
    expect(readings('Năm 2023, toàn huyện có 52 trang trại, 318 gia trại và 4 tổ hợp tác trồng rau.')).toEqual([
      '52 (trang trại) [] k=actual p=2023',
      '318 (gia trại) [] k=actual p=2023',
      '4 (tổ hợp tác) [] k=actual p=2023',
    ]);
    // the Fatherland Front's fund for the poor: houses built or replaced
    expect(
      readings('Năm 2022, Ủy ban MTTQ xã vận động làm 3 nhà đại đoàn kết và xóa được 11 nhà tạm cho hộ cận nghèo.'),
    ).toEqual(['3 (nhà đại đoàn kết) [] k=actual p=2022', '11 (nhà tạm) [] k=actual p=2022']);
    // a union's congresses held in the term
    expect(readings('Tháng 5/2022, Hội Nông dân tổ chức thành công 14 đại hội chi hội.')).toEqual([
      '14 (đại hội) [] k=actual p=2022-05',
    ]);
  });

  it('reads no count after a year, a month or a day, nor a number inside a name (near-misses)', () => {
    expect(readings('Năm 2024 hội viên phụ nữ thi đua làm kinh tế giỏi.')).toEqual([]);
    expect(readings('Tháng 3 đoàn viên thanh niên ra quân dọn vệ sinh.')).toEqual([]);
    expect(readings('Ngày 26/3 đoàn viên các trường học tham gia ngày hội.')).toEqual([]);
    expect(readings('Hội viên Chi hội 7 tham gia mô hình nuôi gà.')).toEqual([]);
    expect(readings('Từ năm 2015 trang trại của gia đình ông đã mở rộng.')).toEqual([]);
    // a farm's area after it is the area's, the farm is no count
    expect(readings('Hộ ông Ba có trang trại rộng 3 ha.')).toEqual(['3 ha [] k=actual']);
  });
});

describe('a count out of its total: `có 56.538/84.735 hộ đạt chuẩn`, `tiêm được 762.320/800.719 đối tượng`', () => {
  it('reads the first figure as the count of the noun after the second, doubted, after a verb or none', () => {
    // households: a slash before a number of households is a part of a whole, no density
    expect(readings('Năm 2023, toàn huyện có 4.512/6.020 hộ đạt danh hiệu gia đình văn hóa.')).toEqual([
      '4512? [] k=actual p=2023',
      '6020 household? [] k=actual p=2023',
    ]);
    // a vaccination drive's people reached out of those eligible, after `được`
    expect(readings('Trung tâm Y tế huyện đã tiêm được 18.240/19.500 đối tượng trong diện tiêm.')[0]).toBe(
      '18240? [] k=actual',
    );
    // a women's union's members out of the women of the district, no verb before the pair
    expect(readings('Hội phụ nữ huyện hiện quản lý 21.300/25.800 hội viên.')[0]).toBe('21300? [] k=actual');
  });

  it('keeps a density per a round number, and money or measures done over planned (near-misses)', () => {
    expect(densities('Năm 2023, toàn tỉnh có 12,5 bác sĩ/10.000 dân.')).toEqual(['12.5/10000']);
    expect(densities('Số thuê bao internet đạt 35,2 thuê bao/100 hộ.')).toEqual(['35.2/100']);
    expect(readings('Giải ngân vốn đầu tư công đạt 1.245/3.400 tỷ đồng, đạt 36,6% kế hoạch.')).toEqual([
      '1245000000000 VND [] c=36.6 k=actual',
      '3400000000000 VND [] k=target',
    ]);
    // a date and a document's number hold no pair
    expect(readings('Ngày 26/3/2024, Hội Nông dân ra mắt 5 tổ hợp tác.')).toEqual(['5 (tổ hợp tác) [] k=actual']);
    expect(readings('Thực hiện Kế hoạch số 15/KH-HND, Hội Nông dân ra mắt 5 tổ hợp tác.')).toEqual([
      '5 (tổ hợp tác)? [] k=actual',
    ]);
  });
});

describe('a first rough estimate (`sơ bộ ước tính`) and the counted entities of programme reports', () => {
  it('reads `sơ bộ ước tính` and `ước tính sơ bộ` as an estimate, `sơ bộ` alone as preliminary', () => {
    expect(
      readings('Năm 2023, bão số 3 làm hư hỏng 120 ngôi nhà, thiệt hại sơ bộ ước tính 56,2 tỷ đồng và 1.200 ha lúa.'),
    ).toEqual([
      '120 (ngôi nhà)? [] k=actual p=2023',
      '56200000000 VND [] k=actual st=estimate p=2023',
      '1200 ha [] k=actual st=estimate p=2023',
    ]);
    expect(readings('Năm 2022, giá trị thiệt hại ước tính sơ bộ 8,4 tỷ đồng.')).toEqual([
      '8400000000 VND [] k=actual st=estimate p=2022',
    ]);
    // (a preliminary count, no estimate)
    expect(readings('Theo số liệu sơ bộ, năm 2023 xuất khẩu đạt 2,1 tỷ USD.')).toEqual([
      '2100000000 USD [] k=actual st=preliminary p=2023',
    ]);
  });

  it('reads OCOP entities and mines as counted nouns; a mine’s own number is no count (near-miss)', () => {
    expect(readings('Năm 2024, toàn tỉnh có 412 chủ thể tham gia Chương trình OCOP.')).toEqual([
      '412 (chủ thể) [] k=actual p=2024',
    ]);
    expect(readings('Năm 2023, tập đoàn đưa vào khai thác 3 mỏ than mới.')).toEqual(['3 (mỏ) [] k=actual p=2023']);
    expect(readings('Mỏ số 3 của công ty ngừng khai thác từ tháng 6.')).toEqual([]);
  });
});
