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
