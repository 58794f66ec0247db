import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';

/** Each statement as `value:confidence [change:confidence]`. */
const read = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale }).map(
    (s) =>
      `${s.value ? `${s.value.value.base}:${s.value.confidence}` : '-'} [${s.changes.map((c) => `${c.value.amount.value}:${c.confidence}`).join(', ')}]`,
  );

describe('a subject’s change, then `và`/`and` and a bare count (round 32: made-up silent wrong of round 31)', () => {
  it('never shows the count as the subject’s certain value', () => {
    expect(read('Sản lượng tăng 5% và 1.250 hộ được hỗ trợ.', 'vi')).toEqual(['1250:uncertain [5:uncertain]']);
    expect(read('Doanh thu giảm 3% và 12 cửa hàng đóng cửa.', 'vi').some((l) => l.startsWith('12:certain'))).toBe(
      false,
    );
    expect(read('Prices rose 12.5 percent and nearly 1,250 shops closed.', 'en')).not.toContain(
      '1250:certain [12.5:certain]',
    );
  });

  it('keeps one subject’s change and value when a verb follows the joiner', () => {
    expect(read('Doanh thu tăng 15% và đạt 200 tỷ đồng.', 'vi')).toEqual(['200000000000:certain [15:certain]']);
  });

  it('keeps the value of the next item of a list whose change was told as a growth (round 25)', () => {
    const lines = read(
      'Vận tải ngoài nước ước đạt 5,2 triệu lượt khách, tăng trưởng bùng nổ so với cùng kỳ với mức tăng 32,6 lần và 16,4 tỷ lượt khách.km luân chuyển, gấp 27 lần năm trước.',
      'vi',
    );
    expect(lines.some((l) => l.startsWith('16400000000:certain'))).toBe(true);
  });
});
