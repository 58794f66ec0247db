import { describe, expect, it } from 'vitest';
import { localize } from './localize';

describe('localize', () => {
  const name = { vi: 'Tổng doanh thu', en: 'Total revenue' };

  it('picks the language of the tag', () => {
    expect(localize(name, 'vi')).toBe('Tổng doanh thu');
    expect(localize(name, 'vi-VN')).toBe('Tổng doanh thu');
    expect(localize(name, 'en-US')).toBe('Total revenue');
  });

  it('prefers an exact regional entry, matched case-insensitively', () => {
    expect(localize({ en: 'colour', 'en-us': 'color' }, 'en-US')).toBe('color');
    expect(localize({ en: 'colour', 'en-US': 'color' }, 'en-GB')).toBe('colour');
  });

  it('falls back to English, then Vietnamese, then anything, then empty', () => {
    expect(localize(name, 'fr')).toBe('Total revenue');
    expect(localize({ vi: 'Doanh thu' }, 'en')).toBe('Doanh thu');
    expect(localize({ fr: 'Recettes' }, 'vi')).toBe('Recettes');
    expect(localize({}, 'vi')).toBe('');
  });

  it('plain strings are the same everywhere, but the locale is still checked', () => {
    expect(localize('Doanh thu', 'en')).toBe('Doanh thu');
    expect(() => localize('Doanh thu', 'bad tag')).toThrow(/BCP 47/);
  });
});
