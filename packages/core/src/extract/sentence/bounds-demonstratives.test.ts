import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';

const first = (text: string) => extractStatements(text, { locale: 'en' })[0];

describe('a bound inside a value is no comparison word for the period after it', () => {
  it.each([
    ['Export turnover reached more than US$2.2 billion in 2022, up 5 percent year-on-year.', '2022', 'over'],
    ['Rice exports hit over 7.1 million tonnes in the first ten months of 2023.', '2023-YTD-10', 'over'],
    ['FDI disbursement was estimated at less than US$19 billion in 2021.', '2021', 'under'],
    ['Tourism revenue amounted to nearly VND678 trillion in the first half of 2024.', '2024-H1', 'under'],
  ] as const)('%s', (text, period, bound) => {
    const s = first(text);
    expect(s?.value?.value.approximate).toBe(bound);
    expect(s?.period).toMatchObject({ value: period, confidence: 'certain' });
  });

  it('a period right after a real comparison word is still the base’s, never a certain period of the statement', () => {
    const s = first('Export turnover reached US$2.2 billion, up 5 percent compared with 2021.');
    expect(s?.period?.value === '2021' && s.period.confidence === 'certain').toBe(false);
    expect(s?.changes[0]?.value.base).toMatchObject({ kind: 'period', period: '2021' });
  });
});

describe('`that`/`those` open a base only after a comparison word or a multiple', () => {
  it.each([
    ['The ministry said that in 2022, export turnover reached US$2.2 billion.', '2022'],
    ['The report shows that in the first half of 2024, retail sales reached VND3,100 trillion.', '2024-H1'],
    ['Officials noted that in the third quarter of 2021, rice exports hit 1.9 million tonnes.', '2021-Q3'],
  ] as const)('a complementizer `that` before a period: %s', (text, period) => {
    const s = first(text);
    expect(s?.period).toMatchObject({ value: period, confidence: 'certain' });
    expect(s?.changes).toEqual([]);
  });

  it.each([
    ['Exports in 2023 were 2.3 times that of 2019.', { kind: 'period', period: '2019' }],
    ['Retail sales in 2023 rose 9 percent compared with that in 2022.', { kind: 'period', period: '2022' }],
  ] as const)('after a comparison: %s', (text, base) => {
    expect(first(text)?.changes[0]?.value.base).toMatchObject(base);
  });
});
