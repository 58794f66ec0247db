import { describe, expect, it } from 'vitest';
import { doubtReasons, statementLines } from './readings';

/**
 * Round 32, Vietnamese (R32-VI: the shapes of the released `test21-vi.ts` and `test21b-vi.ts` rows —
 * a province's yearly plan, the farm press — and the same shapes in the earlier sets, written as
 * paraphrases of our own from other districts, years and nouns, with their near-misses; never a corpus
 * sentence). The classes are written out whole in the phrasebook area `vi-open-bounds`.
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

describe('`từ X … trở lên` / `từ X … trở xuống`: a figure open at one end (round 32)', () => {
  it('reads the level with its bound, over or under, its unit glued, spaced or a counted noun between', () => {
    expect(readings('Năm 2025, tỉnh phấn đấu trồng rừng mới từ 2.640ha trở lên.')).toEqual([
      '2640 ha ~over? [] k=target p=2025',
    ]);
    expect(readings('Mỗi năm huyện phấn đấu có từ 4 xã trở lên đạt chuẩn.')).toEqual(['4 (xã) ~over? [] k=target']);
    expect(readings('Năm 2024, huyện đặt mục tiêu kết nạp từ 1.350 đảng viên trở lên.')).toEqual([
      '1350 (đảng viên) ~over? [] k=target p=2024',
    ]);
    expect(readings('Mục tiêu của huyện là khai thác từ 1.800 tấn trở xuống.')).toEqual([
      '1800 tonne ~under? [] k=target',
    ]);
  });

  it('doubts such a level `open-bound`: the same words set the threshold of a definition', () => {
    expect(doubtReasons('Mỗi năm huyện phấn đấu có từ 4 xã trở lên đạt chuẩn.', 'vi')).toContain('open-bound');
    expect(doubtReasons('Doanh nghiệp có vốn từ 20 tỷ đồng trở lên phải báo cáo hằng quý.', 'vi')).toEqual([
      'open-bound',
    ]);
  });

  it('near-misses: `trở lên` with no `từ`, a move between two levels, a range and an age keep their readings', () => {
    expect(readings('Cả huyện có hơn 140 sản phẩm OCOP đạt 3 sao trở lên.')).toEqual([
      '140 (sản phẩm) ~over [] k=actual',
      '3? [] k=actual',
    ]);
    // (the move's earlier level is a doubted reading of its own since round 36)
    expect(readings('Thu nhập bình quân tăng từ 4 triệu đồng lên 6 triệu đồng.')).toEqual([
      '6000000 VND [] k=actual',
      '4000000 VND? [] k=actual',
    ]);
    expect(readings('Người từ 60 tuổi trở lên được khám bệnh miễn phí.')).toEqual([]);
    expect(readings('Tỉnh trồng mới 2.640 ha rừng.')).toEqual(['2640 ha [] k=actual']);
  });
});

describe('the hectare spelled out: `héc-ta`, `hécta`, `héc ta` (round 32)', () => {
  it('reads it as `ha`, bare or bounded', () => {
    expect(readings('Xã đã gieo trồng hơn 1.700 héc-ta ngô đông.')).toEqual(['1700 ha ~over [] k=actual']);
    expect(readings('Diện tích lúa mỗi vụ khoảng 860 hécta.')).toEqual(['860 ha ~about [] k=actual']);
    expect(readings('Năm 2023, huyện có gần 45 héc ta chè bị sâu bệnh.')).toEqual(['45 ha ~under [] k=actual p=2023']);
  });

  it('near-misses: `ha` written short keeps its reading; a word that only starts alike is no unit', () => {
    expect(readings('Xã đã gieo trồng hơn 1.700 ha ngô đông.')).toEqual(['1700 ha ~over [] k=actual']);
    expect(readings('Xã có 12 héc đất bỏ hoang.')).not.toContain('12 ha [] k=actual');
  });
});

describe('a completion of a forecast: `bằng 23% dự báo`, `hoàn thành 76% dự phóng` (round 32)', () => {
  it('reads the percentage as the completion of the forecast, an actual, after a value or alone', () => {
    expect(readings('Doanh thu quý 3 bằng 31% dự báo của SSI cho cả năm.')).toEqual(['- [] c=31 k=actual']);
    expect(readings('Lũy kế 9 tháng, lợi nhuận đạt 840 tỷ đồng, hoàn thành 82% dự phóng.')).toEqual([
      '840000000000 VND [] c=82 k=actual',
    ]);
    expect(readings('LNST vượt 9% dự báo.')).toEqual(['- [] c=109 k=actual']);
  });

  it('near-misses: `dự báo` as the verb or the frame of a forecast stays a target; a plan keeps its reading', () => {
    expect(readings('Công ty dự báo doanh thu đạt 640 tỷ đồng.')).toEqual(['640000000000 VND [] k=target']);
    expect(readings('Theo dự báo, lợi nhuận đạt 75 tỷ đồng.')).toEqual(['75000000000 VND [] k=target']);
    expect(readings('Doanh thu quý 3 bằng 31% kế hoạch năm.')).toEqual(['- [] c=31 k=actual']);
  });
});
