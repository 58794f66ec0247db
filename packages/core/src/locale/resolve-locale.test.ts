import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import { resolveLocale } from './resolve-locale';

describe('resolveLocale', () => {
  it('vi › decimal comma, dot grouping, no space before %', () => {
    const vi = resolveLocale('vi');
    expect(vi).toMatchObject({ tag: 'vi', language: 'vi', words: 'vi', decimal: ',', group: '.', digits: null });
    expect(vi.percent.positive).toEqual({ prefix: '', suffix: '%' });
    expect(vi.number.negative).toEqual({ prefix: '-', suffix: '' });
  });

  it('vi-VN › canonical tag kept, Vietnamese words', () => {
    expect(resolveLocale('vi-vn')).toMatchObject({ tag: 'vi-VN', language: 'vi', words: 'vi' });
  });

  it('en › decimal point, comma grouping, English words', () => {
    expect(resolveLocale('en-GB')).toMatchObject({ language: 'en', words: 'en', decimal: '.', group: ',' });
  });

  it('other languages › Intl separators with English words', () => {
    expect(resolveLocale('de')).toMatchObject({ words: 'en', decimal: ',', group: '.' });
    expect(resolveLocale('de').percent.positive.suffix).toBe('\u00a0%');
    expect(resolveLocale('en-IN').grouping).toEqual({ primary: 3, secondary: 2, minimum: 1 });
    expect(resolveLocale('es').grouping.minimum).toBe(2);
    expect(resolveLocale('ar-EG').digits).toEqual(['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩']);
  });

  it('invalid tags › INVALID_LOCALE', () => {
    for (const bad of ['', 'not a tag', 'vi_VN_x_', '123']) {
      expect(() => resolveLocale(bad)).toThrow(ChitieuError);
      try {
        resolveLocale(bad);
      } catch (error) {
        expect((error as ChitieuError).code).toBe('INVALID_LOCALE');
      }
    }
    expect(() => resolveLocale(undefined as unknown as string)).toThrow(/BCP 47/);
  });

  it('caches per tag', () => {
    expect(resolveLocale('vi')).toBe(resolveLocale('vi'));
  });
});
