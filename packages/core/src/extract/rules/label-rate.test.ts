import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';

/** `kind: form amount base@confidence` of every change of every statement. */
const readings = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale }).flatMap((s) =>
    s.changes.map(
      (c) =>
        `${s.kind.value}: ${c.value.form} ${c.value.amount.value} ${c.value.base ? c.value.base.kind : '-'}@${c.confidence}`,
    ),
  );

describe("rules/label-rate: an economic calendar's readings against its label's bracketed base", () => {
  it.each([
    [
      'vi',
      'Doanh số bán lẻ Mỹ (M/M): -0,4% (dự báo 0,2%; trước đó 0,6%)',
      [
        'actual: rate -0.4 previous-period@certain',
        'target: rate 0.2 previous-period@certain',
        'actual: rate 0.6 previous-period@certain',
      ],
    ],
    [
      'en',
      'Eurozone CPI (YoY) Nov: 2.3% (forecast 2.4%, previous 2.0%)',
      [
        'actual: rate 2.3 same-period-last-year@certain',
        'target: rate 2.4 same-period-last-year@certain',
        'actual: rate 2 same-period-last-year@certain',
      ],
    ],
    ['en', 'Industrial Production (QoQ): +1.1%', ['actual: rate 1.1 previous-period@certain']],
  ] as const)('%s: %s', (locale, text, expected) => {
    expect(readings(text, locale)).toEqual(expected);
  });

  it('the previous reading takes no period of the line: it is of an earlier one', () => {
    const [now, , previous] = extractStatements('CPI Nhật Bản (Y/Y) Tháng 10/2024: 2,3% (dự báo 2,5%; trước đó 2,5%)', {
      locale: 'vi',
    });
    expect(now?.period?.value).toBe('2024-10');
    expect(previous?.period).toBeUndefined();
  });

  it.each([
    // no bracketed base in the label: a level, as before
    ['vi', 'Lạm phát Tháng 10: 2,3%.'],
    // a bracket of another kind before the colon
    ['en', 'Retail sales (seasonally adjusted): 0.4%.'],
    // the label's sentence ended before the reading
    ['en', 'CPI (YoY) was released. Core: 2.1%.'],
  ] as const)('reads no calendar rate without its label: %s', (locale, text) => {
    expect(extractStatements(text, { locale }).flatMap((s) => s.changes.map((c) => c.rule))).not.toContainEqual(
      expect.stringContaining('label-rate'),
    );
  });
});
