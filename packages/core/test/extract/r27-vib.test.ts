import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 27, Vietnamese (R27-VIB: the shapes of the released `test16b-vi.ts` rows — the State Audit
 * and the inspectorates, water and environment companies, industrial-zone boards, provinces'
 * monthly statistics — written as paraphrases of our own from other bodies and provinces, with
 * their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('a list of counts sharing one verb: every item after a joiner is a count of its own noun', () => {
  it('reads the items after a comma and `và` when the first count follows a count verb', () => {
    expect(
      readings(
        'Quý I/2024, Kiểm toán Nhà nước khu vực IV đã có 16 kế hoạch kiểm toán được phê duyệt, 14 đoàn kiểm toán được thành lập và 9 báo cáo kiểm toán được phát hành.',
      ),
    ).toEqual(['16? [] k=actual p=2024-Q1', '14? [] k=actual p=2024-Q1', '9? [] k=actual p=2024-Q1']);
    expect(readings('Năm 2023, cơ quan thanh tra kiến nghị xử lý hành chính 56 tập thể và 214 cá nhân.')).toEqual([
      '56? [] k=actual p=2023',
      '214? [] k=actual p=2023',
    ]);
    expect(
      readings(
        'Năm 2022, Thanh tra tỉnh đã triển khai 45 cuộc thanh tra, ban hành 38 kết luận thanh tra và 12 quyết định xử phạt.',
      ),
    ).toEqual(['45 (cuộc) [] k=actual p=2022', '38? [] k=actual p=2022', '12? [] k=actual p=2022']);
  });

  it('reads the item after `cùng` and after a counted noun (`12 vụ việc cùng 7 cá nhân`)', () => {
    expect(readings('Năm 2023, 12 vụ việc cùng 7 cá nhân đã được chuyển cơ quan điều tra.')).toEqual([
      '12 (vụ việc) [] k=actual p=2023',
      '7? [] k=actual p=2023',
    ]);
  });

  it('names each item by the noun it counts, never by the item before', () => {
    const names = (text: string): string[] => figuredNames(text).map((n) => n ?? '-');
    expect(names('Năm 2021, Sở Tư pháp đã có 94 dự thảo văn bản được thẩm định và 61 văn bản được ban hành.')).toEqual([
      'dự thảo văn bản được thẩm định',
      'văn bản được ban hành',
    ]);
  });

  it('near-misses: numbers of a document, a clause, a stage or a year, and a list whose first item counts nothing', () => {
    expect(readings('Quyết định số 15 và 16 của Thanh tra tỉnh được ban hành trong năm 2023.')).toEqual([]);
    expect(readings('Theo khoản 2 và 3 Điều 15 Luật Thanh tra, đoàn thanh tra được thành lập.')).toEqual([]);
    expect(readings('Giai đoạn 1 và 2 của dự án được kiểm toán trong năm 2023.')).toEqual([]);
    expect(readings('Năm 2022 và 2023, đoàn kiểm toán làm việc tại tỉnh.')).toEqual([]);
    // (`cho 20 tập thể`: no count verb before the first item, so no list of counts)
    expect(readings('Chủ tịch UBND tỉnh tặng bằng khen cho 20 tập thể và 35 cá nhân có thành tích.')).toEqual([]);
    // (a percentage before the joiner counts no noun)
    // (round 31: `3 đoàn` is a bare count of its own, always doubted — `rules/bare-count.ts` — no item of a list)
    expect(readings('Năm 2023, số cuộc thanh tra tăng 12% so với năm 2022 và 3 đoàn được thành lập thêm.')).toEqual([
      '- [rate 12 2022] k=actual p=2023',
      '3? [] k=actual p=2023',
    ]);
  });
});

/** The names of the statements of `text` that carry a value. */
function figuredNames(text: string): (string | undefined)[] {
  return extractStatements(text, { locale: 'vi' })
    .filter((s) => s.value)
    .map((s) => s.name?.value);
}

describe('a quarter named by its ordinal after the noun, and a year after the possessive', () => {
  it('reads `quý đầu tiên`, `quý thứ hai` … `quý cuối cùng` with the year after them', () => {
    expect(readings('Trong quý đầu tiên của năm 2023, GRDP của tỉnh tăng 6,2% so với cùng kỳ.')).toEqual([
      '- [rate 6.2 same-period-last-year] k=actual p=2023-Q1',
    ]);
    expect(readings('Quý thứ hai năm 2022, doanh thu đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual p=2022-Q2',
    ]);
    expect(readings('Quý thứ tư năm 2021, doanh thu đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual p=2021-Q4',
    ]);
    expect(readings('Trong quý cuối cùng của năm 2020, doanh thu đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual p=2020-Q4',
    ]);
    // after the figure, `của năm` before the year (`quý I của năm 2024` was the year alone, doubted)
    expect(readings('Có 41 tỉnh, thành ghi nhận GRDP tăng trong quý đầu tiên của năm 2023.')).toEqual([
      '41 (tỉnh, thành)? [] k=actual p=2023-Q1',
    ]);
    expect(readings('Có 41 tỉnh, thành ghi nhận GRDP tăng trong quý III của năm 2023.')).toEqual([
      '41 (tỉnh, thành)? [] k=actual p=2023-Q3',
    ]);
  });

  it('near-misses: an ordinal of a meeting, `thứ tự` (order), no year', () => {
    expect(readings('Kỳ họp thứ hai năm 2022 cho biết doanh thu năm 2022 đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual p=2022?',
    ]);
    // (`thứ tự`, order, is no ordinal of a quarter: the year alone, doubted as a part of it)
    expect(readings('Quý thứ tự năm 2021, doanh thu đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual p=2021?',
    ]);
    // (no year: the quarter is no period the statement can be dated by)
    expect(readings('Trong quý cuối cùng của năm, doanh thu đạt 412 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual',
    ]);
  });
});

describe('an emphatic count: `có đến`, `có tới` (as many as) before a count', () => {
  it('reads the count after `có đến` / `có tới`, a bound between too, named by its noun', () => {
    expect(readings('Trong quý II/2023, có đến 7 địa phương có chỉ số sản xuất công nghiệp giảm.')).toEqual([
      '7? [] k=actual p=2023-Q2',
    ]);
    expect(readings('Năm 2022, có tới 18 dự án được cấp mới.')).toEqual(['18 project [] k=actual p=2022']);
    expect(readings('Năm 2022, có đến hơn 1.500 doanh nghiệp thành lập mới.')).toEqual([
      '1500 enterprise ~over [] k=actual p=2022',
    ]);
    expect(figuredNames('Năm 2022, có tới 18 dự án được cấp mới.')).toEqual(['dự án được cấp mới']);
  });

  it('near-misses: `có đến` before a year or a day is a deadline, no count', () => {
    expect(readings('Dự án có đến năm 2025 để hoàn thành.')).toEqual([]);
    expect(readings('Nhà thầu có đến 30/6/2024 để hoàn thành hồ sơ.')).toEqual([]);
    expect(readings('Dự án có đến 2026 để hoàn thành.')).toEqual([]);
  });
});
