import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse-dataset';
import { compareDecimals, decimal, isDecimal } from './public';

describe('decimal', () => {
  it('normalises to canonical fixed-point strings', () => {
    expect(decimal('1800000.00')).toBe('1800000');
    expect(decimal('-0.0')).toBe('0');
    expect(decimal('1e21')).toBe('1000000000000000000000');
    expect(decimal('1e-7')).toBe('0.0000001');
    expect(decimal(0.1)).toBe('0.1');
    expect(decimal(12345678901234567890n)).toBe('12345678901234567890');
  });
  it('keeps 30-digit sums exact (no global 20-digit precision)', () => {
    expect(compareDecimals('123456789012345678901234567890.5', '123456789012345678901234567890.4')).toBe(1);
  });
  it('refuses locale text, non-finite numbers and magnitudes no report holds', () => {
    for (const bad of ['1,5', '3.630,5', 'abc', '', Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(() => decimal(bad as string)).toThrowError(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
    }
    expect(() => decimal('1e999999999')).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => decimal('1e-5000')).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => decimal(10n ** 2000n)).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(isDecimal('1e999999999')).toBe(false);
  });
  it('a dataset with such a number reports an issue instead of hanging or throwing', () => {
    const r = parseDataset({
      title: 't',
      indicators: [{ id: 'a', name: 'A', unit: 'VND' }],
      observations: [{ indicator: 'a', period: '2020', actual: '1e999999999' }],
    });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'OUT_OF_RANGE', path: '$.observations[0].actual' }] });
  });
});
