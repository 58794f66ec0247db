import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 20, Vietnamese district and company reports (shapes of the released `test10`, written as
 * paraphrases of our own with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit|(unit) [changes] c=completion k=kind st=stage`. */
const readings = (text: string): string[] =>
  extractStatements(text, { locale: 'vi' })
    .filter((s: Statement) => s.value || s.changes.length > 0 || s.completion)
    .map((s: Statement) => {
      const v = s.value?.value;
      const unit = v?.unitCode ?? (v?.unit ? `(${v.unit})` : '');
      const value = v ? `${v.base}${unit ? ` ${unit}` : ''}` : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
      const st = s.stage ? ` st=${s.stage.value}` : '';
      return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${st}`;
    });

describe('a result and its plan side by side: `X tỷ đồng/KH Y tỷ đồng`', () => {
  it('keeps the money unit of the result (the slash before the plan word is no price `đồng/kg`)', () => {
    expect(readings('Doanh thu du lịch ước đạt 412 tỷ đồng/KH 400 tỷ đồng.')).toEqual([
      '412000000000 VND [] k=actual st=estimate',
    ]);
    expect(readings('Thu ngân sách đạt 1.250,5 tỷ đồng/kế hoạch 1.100 tỷ đồng, tăng 12% so với năm 2023.')).toEqual([
      '1250500000000 VND [rate 12 2023] k=actual',
    ]);
    expect(readings('Chi ngân sách địa phương đạt 800 tỷ đồng/dự toán 900 tỷ đồng.')).toEqual([
      '800000000000 VND [] k=actual',
    ]);
    // a plan range after the slash is no figure of its own (one end would be a guess)
    expect(readings('Thu nhập bình quân đầu người ước đạt 61,2 triệu đồng/KH 60-62 triệu đồng.')).toEqual([
      '61200000 VND [] k=actual st=estimate',
    ]);
  });

  it('still reads money per a unit of goods, per person and per year as a price or rate unit (near-misses)', () => {
    expect(readings('Giá lúa tăng lên 7.500 đồng/kg.')).toEqual(['7500 (đồng/kg) [] k=actual']);
    expect(readings('Giá vé tham quan là 50.000 đồng/khách.')).toEqual(['50000 (đồng/khách) [] k=actual']);
    expect(readings('Thu nhập bình quân đạt 4,5 triệu đồng/người/tháng.')).toEqual([
      '4500000 (đồng/người/tháng) [] k=actual',
    ]);
  });
});
