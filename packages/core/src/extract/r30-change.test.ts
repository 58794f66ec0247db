import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Every statement's value and changes, as `v | form amount base` with `?reason` when doubted. */
function read(text: string, locale: 'vi' | 'en'): string[] {
  return extractStatements(text, { locale }).map((s) => {
    const changes = s.changes.map((c) => {
      const b = c.value.base;
      const base = b ? (b.kind === 'period' ? b.period : b.kind) : '-';
      const doubt = c.confidence === 'uncertain' ? `?${c.doubt?.reason ?? ''}` : '';
      return `${c.value.form} ${c.value.amount.value} ${base}${doubt}`;
    });
    return `${s.value?.value.base ?? ''} | ${changes.join(', ')}`;
  });
}

describe('an absolute change restated in brackets with its own verb repeated (round 30)', () => {
  it('reads the bracketed rate, with the base after the bracket, as the change of the count', () => {
    // (the rate in brackets was unread: `giảm 44,44%` inside the bracket was no restatement)
    expect(read('Đường sắt xảy ra 5 vụ tai nạn, giảm 4 vụ (giảm 44,44%) so với cùng kỳ năm ngoái.', 'vi')).toEqual([
      '5 | rate -44.44 same-period-last-year',
    ]);
    expect(read('Năm 2023 có 3 dự án được cấp mới, tăng 1 dự án (tăng 50%) so với năm 2022.', 'vi')).toEqual([
      '3 | rate 50 2022',
    ]);
    expect(read('Diện tích gieo trồng đạt 8,6 ha, giảm 1,8 ha (giảm 20,7%) so với năm 2022.', 'vi')).toEqual([
      '8.6 | rate -20.7 2022',
    ]);
    // a base before the change, as the sentence's
    expect(read('Đường thủy xảy ra 2 vụ, so với cùng kỳ năm trước giảm 4 vụ (giảm 66,67%).', 'vi')).toEqual([
      '2 | rate -66.67 same-period-last-year',
    ]);
  });

  it('near-misses: a verb of the other direction, or no percentage, is no restatement', () => {
    expect(read('Năm 2023 xảy ra 5 vụ, tăng 4 vụ (giảm 44,44%) so với năm 2022.', 'vi').join()).not.toContain('rate');
    expect(read('Năm 2023 xảy ra 5 vụ, tăng 4 vụ (tăng 44,44%) so với năm 2022.', 'vi')).toEqual([
      '5 | rate 44.44 2022',
    ]);
    expect(read('Năm 2023 xảy ra 5 vụ, giảm 4 vụ (giảm 2 người) so với năm 2022.', 'vi').join()).not.toContain('rate');
  });
});
