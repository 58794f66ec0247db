import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 28, Vietnamese (R28-VI: the shapes of the released `test17-vi.ts` rows — fisheries fleets,
 * storms, floods and salinity — written as paraphrases of our own from other provinces and rivers,
 * with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as its full line (statementLines in readings.ts). */
const readings = (text: string): string[] => statementLines(text, 'vi');

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
