import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

const all = (text: string): Statement[] =>
  extractStatements(text, { locale: /[đơưạảấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợ]/u.test(text) ? 'vi' : 'en' });
/** Every value the statements show as certain and exact: what a reader would take as a fact. */
const certainValues = (ss: readonly Statement[]): string[] =>
  ss.flatMap((s) =>
    s.value && s.value.confidence !== 'uncertain' && !s.value.value.approximate ? [s.value.value.base] : [],
  );

describe('round 29 › a range whose two ends are written the same way is a range at either end', () => {
  it.each([
    // the currency glued before both numbers (the upper end was shown certain)
    'The country plans to export between US$16.2 billion and US$20 billion in 2025.',
    'Exports are expected to reach between $16.2 billion and $20 billion in 2025.',
    'Revenue is expected to come in from $3 billion to $5 billion.',
    // the scale and unit repeated after both numbers
    'Doanh thu dự kiến từ 5.000 tỷ đồng đến 6.000 tỷ đồng.',
    'Kim ngạch đạt từ 2 tỷ USD đến 3 tỷ USD.',
    'Revenue is forecast at 5 trillion dong to 6 trillion dong this year.',
  ])('no end is certain: %s', (text) => {
    expect(certainValues(all(text))).toEqual([]);
  });

  it.each([
    // a move after a verb of change, also across a comma and a bound word
    ['Exports rose from $3 billion to $5 billion in 2023.', '5000000000'],
    ['Giá trị sản xuất tăng từ 5.000 tỷ đồng lên 6.000 tỷ đồng.', '6000000000000'],
    [
      'ASF led to a loss of around 6 million pigs, with the sow herd declining relatively sharply, from nearly 4 million head to 2.7 million head.',
      '2700000',
    ],
    // `between` opens a span of years, not the figure's range
    ['Remittances to Vietnam between 1993 and 2022 were worth $190 billion.', '190000000000'],
  ])('the level stays certain: %s', (text, base) => {
    expect(certainValues(all(text))).toContain(base);
  });
});
