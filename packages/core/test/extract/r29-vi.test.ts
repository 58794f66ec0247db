import { describe, expect, it } from 'vitest';
import { doubtReasons, statementLines } from './readings';

/**
 * Round 29, Vietnamese (R29-VI: the shapes of the released `test18-vi.ts` and `test18b-vi.ts` rows —
 * disease control, online public services, livestock disease — written as paraphrases of our own from
 * other provinces and services, with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('a count out of a total (`X/Y` and any counted noun) is that noun’s count, doubted', () => {
  it('reads the count where no verb introduces it: a sentence’s start, a bracket, after `;` or `và`', () => {
    expect(readings('18/24 mẫu nước thải xét nghiệm vượt ngưỡng cho phép.')).toEqual(['18? [] k=actual']);
    expect(readings('Số ca mắc tăng ở hầu hết các địa bàn (17/21 khu dân cư).')).toEqual(['17? [] k=actual']);
    expect(
      readings(
        'Toàn tỉnh có 40/45 khu phố ban hành kế hoạch; 12/45 khu phố đã tổ chức diễn tập phòng chống thiên tai.',
      ),
    ).toEqual(['40? [] k=actual', '12? [] k=actual']);
    expect(readings('Có 22/22 sở ngành và 15/15 ban quản lý dự án đã kết nối hệ thống.')).toEqual([
      '22? [] k=actual',
      '15? [] k=actual',
    ]);
    expect(doubtReasons('18/24 mẫu nước thải xét nghiệm vượt ngưỡng cho phép.', 'vi')).toEqual(['fraction']);
  });

  it('reads the count for a noun the grammar does not know as a unit, whatever its length', () => {
    expect(readings('Đến nay, 125/130 bệnh viện công lập đã triển khai bệnh án điện tử.')).toEqual([
      '125? [] k=actual',
    ]);
    expect(readings('Kết quả kiểm tra cho thấy 31/40 cơ sở kinh doanh đạt yêu cầu.')).toEqual(['31? [] k=actual']);
  });

  it('near-misses: a date, a rank’s place out of its field, a document’s number and a year read as before', () => {
    expect(readings('Từ 1/6 đến 15/7, lực lượng chức năng đã kiểm tra các cơ sở.')).toEqual([]);
    expect(readings('Tăng trưởng kinh tế đạt 7,2%, xếp thứ 21/63 tỉnh, thành phố.')).toEqual([
      '- [rate 7.2 -] k=actual',
    ]);
    expect(readings('Đội tuyển đứng vị trí 37/204 quốc gia và vùng lãnh thổ tham dự.')).toEqual([]);
    expect(readings('Ngày 2/9 năm nay, lượng khách tăng mạnh.')).toEqual([]);
    expect(readings('Mùa giải 2023/2024 các đội bóng thi đấu theo thể thức vòng tròn.')).toEqual([]);
    // (a count that exceeds its total is no count out of it: a result over its plan, left as read)
    expect(readings('Số cơ sở vi phạm tăng mạnh (35/22 cơ sở kinh doanh).')).toEqual([]);
  });
});

describe('counts after verbs of giving, publishing, appearing, finding and causing (doubted `counted-noun` as every count of a noun the units do not know)', () => {
  it('reads the count after the verb as a value (`trao`, `trao tặng`, `công bố`, `xuất hiện`, `tìm được`, `triệt phá`)', () => {
    expect(readings('Năm 2024, LĐLĐ tỉnh đã trao 1.250 suất quà cho đoàn viên.')).toEqual(['1250? [] k=actual p=2024']);
    expect(readings('Công đoàn ngành đã trao tặng 350 phần quà cho công nhân.')).toEqual(['350? [] k=actual']);
    expect(readings('Bộ đã tổng hợp và công bố 35 câu chuyện chuyển đổi số tiêu biểu.')).toEqual(['35? [] k=actual']);
    expect(readings('Đến nay, trên địa bàn tỉnh đã xuất hiện 46 ổ dịch tả lợn châu Phi.')).toEqual(['46? [] k=actual']);
    expect(readings('Lực lượng cứu hộ tìm được 17 thi thể nạn nhân.')).toEqual(['17? [] k=actual']);
    expect(readings('Năm 2023, công an tỉnh đã triệt phá 15 chuyên án ma túy.')).toEqual(['15? [] k=actual p=2023']);
  });

  it('reads the damage a storm causes (`làm`, `khiến`, `làm cho` and a count)', () => {
    expect(readings('Mưa đá làm 5 cây cầu treo bị hư hỏng nặng.')).toEqual(['5? [] k=actual']);
    expect(readings('Lốc xoáy khiến hơn 200 căn nhà dân bị tốc mái.')).toEqual(['200 (căn nhà) ~over [] k=actual']);
    expect(readings('Sạt lở làm cho 40 hộ dân phải di dời khẩn cấp.')).toEqual(['40 household [] k=actual']);
  });

  it('reads a sum and the count of what it paid for as two statements', () => {
    expect(
      readings('Ủy ban MTTQ huyện còn hỗ trợ xã Sơn Kim 300 triệu đồng làm 6 nhà đại đoàn kết cho hộ nghèo.'),
    ).toEqual(['300000000 VND [] k=actual', '6 (nhà đại đoàn kết) [] k=actual']);
    expect(readings('Quỹ Vì người nghèo đã hỗ trợ 450 triệu đồng xây dựng 9 nhà tình nghĩa.')).toEqual([
      '450000000 VND [] k=actual',
      '9 (nhà tình nghĩa) [] k=actual',
    ]);
  });

  it('near-misses: a time, a shift, an ordinal, a document or a causer’s number is no certain count', () => {
    expect(readings('Công nhân phải làm 12 giờ mỗi ngày trong mùa cao điểm.')).toEqual(['12 hour? [] k=actual']);
    expect(readings('Lễ trao giải lần thứ 5 diễn ra tại Hà Nội.')).toEqual([]);
    expect(readings('Bộ công bố Quyết định 1234/QĐ-BTTTT về chuyển đổi số.')).toEqual([]);
    expect(readings('Bão số 3 làm nhiều nhà dân bị tốc mái.')).toEqual([]);
    // (round 31: a bare count, its value and kind doubted — `rules/bare-count.ts` — no certain count)
    expect(readings('Hai bên đã trao đổi 3 nội dung hợp tác.')).toEqual(['3? [] k=actual']);
  });
});
