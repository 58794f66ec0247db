import { describe, expect, it } from 'vitest';
import { formatPoints } from './format-points';

describe('formatPoints', () => {
  it('a change of a rate is in percentage points with a sign', () => {
    expect(formatPoints('16.35', { locale: 'vi' })).toBe('+16,35 điểm phần trăm');
    expect(formatPoints('16.35', { locale: 'en' })).toBe('+16.35 percentage points');
    expect(formatPoints('-2.5', { locale: 'vi' })).toBe('-2,5 điểm phần trăm');
    expect(formatPoints('0', { locale: 'vi' })).toBe('0 điểm phần trăm');
  });

  it('English plural from Intl.PluralRules', () => {
    expect(formatPoints('1', { locale: 'en' })).toBe('+1 percentage point');
    expect(formatPoints('-1', { locale: 'en' })).toBe('-1 percentage point');
    expect(formatPoints('1', { locale: 'en', decimals: 1 })).toBe('+1.0 percentage points');
  });

  it('decimals and sign options; other locales use English words', () => {
    expect(formatPoints('16.354', { locale: 'vi', decimals: 1, sign: 'auto' })).toBe('16,4 điểm phần trăm');
    expect(formatPoints('16.35', { locale: 'de' })).toBe('+16,35 percentage points');
  });
});

describe('formatPoints › short', () => {
  it('table cells say điểm % / pp', () => {
    expect(formatPoints('16.35', { locale: 'vi', length: 'short' })).toBe('+16,35 điểm %');
    expect(formatPoints('-1', { locale: 'en', length: 'short' })).toBe('-1 pp');
  });
});
