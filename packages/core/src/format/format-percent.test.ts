import { describe, expect, it } from 'vitest';
import { formatPercent } from './format-percent';

describe('formatPercent', () => {
  it('ratio to percent › exact, no space before % in vi and en', () => {
    expect(formatPercent('1.006', { locale: 'vi' })).toBe('100,6%');
    expect(formatPercent('1.006', { locale: 'en' })).toBe('100.6%');
    expect(formatPercent('1', { locale: 'vi' })).toBe('100%');
    expect(formatPercent('0.5635', { locale: 'vi' })).toBe('56,35%');
  });

  it('default decimals › the value’s own, at most 2', () => {
    expect(formatPercent('1.0588235294117647', { locale: 'vi' })).toBe('105,88%');
    expect(formatPercent('1.00666', { locale: 'en' })).toBe('100.67%');
  });

  it('fixed decimals, rounding and sign', () => {
    expect(formatPercent('1', { locale: 'vi', decimals: 2 })).toBe('100,00%');
    expect(formatPercent('0.032', { locale: 'vi', decimals: 1, sign: 'always' })).toBe('+3,2%');
    expect(formatPercent('-0.015', { locale: 'en', decimals: 1 })).toBe('-1.5%');
    expect(formatPercent('0.123456', { locale: 'en', decimals: 3, rounding: 'down' })).toBe('12.345%');
  });

  it('from percent › stated figures as printed', () => {
    expect(formatPercent('56.35', { locale: 'vi', from: 'percent' })).toBe('56,35%');
    expect(formatPercent('80.00', { locale: 'vi', from: 'percent', decimals: 2 })).toBe('80,00%');
  });

  it('guard › a missed target never prints 100%, an exceeded one never exactly 100%', () => {
    // the 100% boundary is guarded unless the caller turns the guard off
    expect(formatPercent('0.99996', { locale: 'vi', decimals: 2 })).toBe('99,99%');
    expect(formatPercent('1.00004', { locale: 'vi', decimals: 2 })).toBe('100,01%');
    expect(formatPercent('0.99996', { locale: 'vi', decimals: 2, guard: false })).toBe('100,00%');
    expect(formatPercent('0.949996', { locale: 'vi', decimals: 2 })).toBe('95,00%');
    expect(formatPercent('0.99996', { locale: 'vi', decimals: 2, guard: true })).toBe('99,99%');
    expect(formatPercent('1.00004', { locale: 'vi', decimals: 2, guard: true })).toBe('100,01%');
    expect(formatPercent('1', { locale: 'vi', decimals: 2, guard: true })).toBe('100,00%');
    expect(formatPercent('0.9996', { locale: 'en', decimals: 0, guard: true })).toBe('99%');
    expect(formatPercent('0.94996', { locale: 'en', decimals: 2, guard: true })).toBe('94.99%');
    expect(formatPercent('0.95004', { locale: 'en', decimals: 2, guard: true })).toBe('95.00%');
    expect(formatPercent('0.89996', { locale: 'en', decimals: 2, guard: { nearThreshold: '0.9' } })).toBe('89.99%');
    expect(formatPercent('0.89996', { locale: 'en', decimals: 2, guard: false })).toBe('90.00%');
    expect(formatPercent('0.99996', { locale: 'en', guard: true })).toBe('99.99%');
  });

  it('other locales follow Intl’s percent pattern', () => {
    expect(formatPercent('1.006', { locale: 'de' })).toBe('100,6\u00a0%');
    expect(formatPercent('0.5', { locale: 'tr' })).toBe('%50');
  });

  it('20-digit ratios stay exact', () => {
    expect(formatPercent('123456789012345678.901', { locale: 'en', decimals: 1 })).toBe(
      '12,345,678,901,234,567,890.1%',
    );
  });
});
