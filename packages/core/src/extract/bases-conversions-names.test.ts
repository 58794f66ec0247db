import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-statements';

const read = (text: string, locale: 'vi' | 'en') => extractReport(text, { locale, period: '2023' });

describe('extract › noun changes, named bases, conversions, comparatives and names', () => {
  it('reads a change written as a noun with its base before it', () => {
    const text = 'Exports reached USD 3.2 billion, a month-on-month decline of 1.5 percent.';
    const [s] = read(text, 'en').statements;
    const c = s?.changes[0];
    expect(c?.value.amount.value).toBe('-1.5');
    expect(c?.value.base).toEqual({ kind: 'previous-period' });
    expect(c?.rule).toBe('en.change.rate-noun-phrase-base');
    expect(c?.span.text).toBe('a month-on-month decline of 1.5 percent');
    expect(s?.complete).toBe(true);
  });
  it('reads a base named by its estimate or its level', () => {
    const [a] = read('Doanh thu tăng 5% so với ước thực hiện năm 2022.', 'vi').statements;
    expect(a?.changes[0]?.value.base).toEqual({ kind: 'period', period: '2022' });
    expect(a?.period?.value).toBe('2023');
    const [b] = read('Doanh thu tăng 5% so với mức năm trước.', 'vi').statements;
    expect(b?.changes[0]?.value.base).toEqual({ kind: 'same-period-last-year' });
  });
  it('lists a restated currency in parentheses as a conversion, in either language', () => {
    const vi = read('Tổng mức bán lẻ ước đạt 5,7 triệu tỷ đồng (khoảng 234,6 tỷ USD), tăng 9,4% so với cùng kỳ.', 'vi');
    expect(vi.statements).toHaveLength(1);
    expect(vi.statements[0]?.complete).toBe(true);
    expect(vi.unused.map((u) => [u.reason, u.span.text, u.rule])).toEqual([
      ['conversion', '234,6', 'vi.unused.conversion'],
    ]);
    const en = read('Revenue reached VND 2.4 trillion (USD 98.5 million).', 'en');
    expect(en.unused.map((u) => u.reason)).toEqual(['conversion']);
    // Parentheses that restate the same amount in another scale restate it too (round 54: `Rs 11.58 lakh
    // crore (Rs 11.58 trillion)`); another amount in the same currency is no conversion.
    const same = read('Revenue reached VND 2.4 trillion (VND 2,400 billion).', 'en');
    expect(same.unused.map((u) => u.reason)).toEqual(['conversion']);
    const other = read('Revenue reached VND 2.4 trillion (VND 2,100 billion).', 'en');
    expect(other.unused.map((u) => u.reason)).not.toContain('conversion');
  });
  it('reads the figure after a comparative as a statement of its own, never certain', () => {
    // Round 9: the comparison clause is no longer dropped into `unread`; its figures are read
    // (they are often the other period's rate an annotator wants) and marked uncertain.
    const { statements } = read('Tốc độ tăng trưởng GRDP đạt 6,2%, thấp hơn mục tiêu 7%.', 'vi');
    expect(statements[0]?.changes.map((c) => [c.value.amount.value, c.confidence])).toEqual([['6.2', 'certain']]);
    const other = statements.slice(1);
    expect(other).toHaveLength(1);
    // (round 14: a comparison with the plan states the plan's own figure — the growth's target
    // rate, a target statement, see `sentence/vi-plan-figure.ts`; never a second result)
    expect(other[0]?.kind.value).toBe('target');
    expect(other[0]?.value).toBeUndefined();
    expect(other[0]?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toEqual(['rate 7']);
  });
  it('an English comparative clause (below the target of, lower than the target of) gives only uncertain figures', () => {
    for (const text of [
      'Credit growth reached 9.1 percent, below the target of 14 percent.',
      "The city's GRDP grew 5.81 percent in 2023, lower than the target of 7.5 percent.",
    ]) {
      const { statements } = read(text, 'en');
      expect(statements[0]?.changes[0]?.confidence, text).toBe('certain');
      const rest = statements.slice(1).flatMap((s) => [s.value, s.completion, ...s.changes]);
      expect(rest.length, text).toBeGreaterThan(0);
      expect(
        rest.every((f) => f === undefined || f.confidence === 'uncertain'),
        text,
      ).toBe(true);
    }
  });
  it('leaves `lũy kế` and a cut-off date out of a name', () => {
    const [a] = read('Lũy kế vốn đầu tư công giải ngân đạt 12.500 tỷ đồng.', 'vi').statements;
    expect(a?.name?.value).toBe('vốn đầu tư công giải ngân');
    const [b] = read('Dư nợ tín dụng tính đến ngày 30/9/2023 đạt 145.200 tỷ đồng.', 'vi').statements;
    expect(b?.name?.value).toBe('Dư nợ tín dụng');
  });
  it('a restated currency in parentheses may end with a few words (at current exchange rate)', () => {
    const { statements } = read(
      'Tax offices collected VND64 trillion (about US$2.6 billion at the current rate) for the budget, up 8 percent year-on-year.',
      'en',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.value?.value.base).toBe('64000000000000');
    expect(statements[0]?.changes.map((c) => c.value.amount.value)).toEqual(['8']);
  });
  it('a period after a comparison word is the base’s, not the statement’s; result words before a base year', () => {
    const { statements } = read(
      'In 2025, port revenue reached VND3.1 trillion, rising 6 percent compared to the implementation in 2023.',
      'en',
    );
    expect(statements[0]?.period?.value).toBe('2025');
    expect(statements[0]?.changes[0]?.value.base).toEqual({ kind: 'period', period: '2023' });
  });
});
