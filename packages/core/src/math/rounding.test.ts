import { describe, expect, it } from 'vitest';
import { completionPercent, roundDecimal } from './rounding';

describe('roundDecimal', () => {
  it('rounds half-up by default, exactly', () => {
    expect(roundDecimal('2.345', 2)).toBe('2.35');
    expect(roundDecimal('-2.345', 2)).toBe('-2.35');
    expect(roundDecimal('1.005', 2)).toBe('1.01'); // 1.005 in binary floating point rounds to 1.00
  });
  it('offers the other modes', () => {
    expect(roundDecimal('2.345', 2, 'half-even')).toBe('2.34');
    expect(roundDecimal('2.349', 2, 'down')).toBe('2.34');
    expect(roundDecimal('-2.341', 2, 'floor')).toBe('-2.35');
  });
  it('refuses bad decimals and modes', () => {
    expect(() => roundDecimal('1', -1)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => roundDecimal('1', 2, 'banker' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('completionPercent › boundary guard', () => {
  it('never shows a missed target as 100%', () => {
    expect(completionPercent('0.99996', { decimals: 2 })).toBe('99.99');
    expect(completionPercent('0.9996', { decimals: 1 })).toBe('99.9');
    expect(completionPercent('0.995', { decimals: 0 })).toBe('99');
    expect(completionPercent('0.999999999999999999999999', { decimals: 2 })).toBe('99.99');
  });
  it('never shows an exceeded target as exactly 100%', () => {
    expect(completionPercent('1.00004', { decimals: 2 })).toBe('100.01');
    expect(completionPercent('1.000000000000000000001', { decimals: 0 })).toBe('101');
  });
  it('shows exactly 100% only for an exact 100%', () => {
    expect(completionPercent('1', { decimals: 2 })).toBe('100');
  });
  it('never shows a value below the near threshold as the threshold', () => {
    expect(completionPercent('0.94996', { decimals: 2 })).toBe('94.99');
    expect(completionPercent('0.9496', { decimals: 1, nearThreshold: '0.95' })).toBe('94.9');
    expect(completionPercent('0.95', { decimals: 2 })).toBe('95');
  });
  it('leaves ordinary values to plain half-up rounding', () => {
    expect(completionPercent('1.006', { decimals: 1 })).toBe('100.6');
    expect(completionPercent('1.00665', { decimals: 2 })).toBe('100.67');
  });
});
