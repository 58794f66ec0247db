import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import { formatNumber } from './format-number';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return ChitieuError.is(error) ? error.code : 'not a ChitieuError';
  }
  return undefined;
};

describe('formatNumber', () => {
  it('vi › dot grouping, decimal comma', () => {
    expect(formatNumber('3630', { locale: 'vi' })).toBe('3.630');
    expect(formatNumber('2890000', { locale: 'vi' })).toBe('2.890.000');
    expect(formatNumber('49.8', { locale: 'vi' })).toBe('49,8');
    expect(formatNumber('1234.5', { locale: 'vi-VN' })).toBe('1.234,5');
    expect(formatNumber('999', { locale: 'vi' })).toBe('999');
  });

  it('en › comma grouping, decimal point', () => {
    expect(formatNumber('3630', { locale: 'en' })).toBe('3,630');
    expect(formatNumber('2890000', { locale: 'en' })).toBe('2,890,000');
    expect(formatNumber('49.8', { locale: 'en' })).toBe('49.8');
  });

  it('decimals › fixed, zero-padded, half-up by default', () => {
    expect(formatNumber('80', { locale: 'vi', decimals: 2 })).toBe('80,00');
    expect(formatNumber('1.005', { locale: 'en', decimals: 2 })).toBe('1.01');
    expect(formatNumber('2.5', { locale: 'en', decimals: 0 })).toBe('3');
    expect(formatNumber('-2.5', { locale: 'en', decimals: 0 })).toBe('-3');
    expect(formatNumber('2.5', { locale: 'en', decimals: 0, rounding: 'half-even' })).toBe('2');
    expect(formatNumber('2.59', { locale: 'en', decimals: 1, rounding: 'down' })).toBe('2.5');
  });

  it('exact › 20-digit values and 0.1 + 0.2 style inputs print exactly', () => {
    expect(formatNumber('12345678901234567890', { locale: 'vi' })).toBe('12.345.678.901.234.567.890');
    expect(formatNumber('12345678901234567890.123456789012345678', { locale: 'en' })).toBe(
      '12,345,678,901,234,567,890.123456789012345678',
    );
    expect(formatNumber('99999999999999999999.995', { locale: 'en', decimals: 2 })).toBe(
      '100,000,000,000,000,000,000.00',
    );
    expect(formatNumber('9007199254740993', { locale: 'en' })).toBe('9,007,199,254,740,993');
    expect(formatNumber('0.3', { locale: 'vi' })).toBe('0,3');
    expect(formatNumber(12345678901234567890n, { locale: 'en' })).toBe('12,345,678,901,234,567,890');
  });

  it('sign › auto, always, except-zero; a rounded zero has no minus', () => {
    expect(formatNumber('16.35', { locale: 'vi', sign: 'always' })).toBe('+16,35');
    expect(formatNumber('0', { locale: 'vi', sign: 'always' })).toBe('+0');
    expect(formatNumber('0', { locale: 'vi', sign: 'except-zero' })).toBe('0');
    expect(formatNumber('-0.001', { locale: 'vi', decimals: 2 })).toBe('0,00');
    expect(formatNumber('-1.5', { locale: 'vi' })).toBe('-1,5');
  });

  it('grouping can be switched off', () => {
    expect(formatNumber('1234567.5', { locale: 'vi', grouping: false })).toBe('1234567,5');
  });

  it('other locales › Intl separators, digits and grouping', () => {
    expect(formatNumber('1234567.5', { locale: 'de' })).toBe('1.234.567,5');
    expect(formatNumber('1234567.5', { locale: 'fr' })).toBe('1\u202f234\u202f567,5');
    expect(formatNumber('1234567', { locale: 'en-IN' })).toBe('12,34,567');
    expect(formatNumber('1234', { locale: 'es' })).toBe('1234');
    expect(formatNumber('12345', { locale: 'es' })).toBe('12.345');
    expect(formatNumber('-1234.5', { locale: 'sv' })).toBe('\u22121\u00a0234,5');
    expect(formatNumber('1234.5', { locale: 'ar-EG' })).toBe('١٬٢٣٤٫٥');
  });

  it('bad input › typed errors, never NaN', () => {
    expect(code(() => formatNumber('abc', { locale: 'vi' }))).toBe('INVALID_DECIMAL');
    expect(code(() => formatNumber(Number.NaN, { locale: 'vi' }))).toBe('INVALID_DECIMAL');
    expect(code(() => formatNumber('1,5', { locale: 'vi' }))).toBe('INVALID_DECIMAL');
    expect(code(() => formatNumber('1', { locale: 'xx-bad-tag-!' }))).toBe('INVALID_LOCALE');
    expect(code(() => formatNumber('1', {} as { locale: string }))).toBe('INVALID_LOCALE');
    expect(code(() => formatNumber('1', { locale: 'vi', decimals: -1 }))).toBe('INVALID_OPTION');
    expect(code(() => formatNumber('1', { locale: 'vi', decimals: 1.5 }))).toBe('INVALID_OPTION');
    expect(code(() => formatNumber('1', { locale: 'vi', rounding: 'nearest' as 'half-up' }))).toBe('INVALID_OPTION');
    expect(code(() => formatNumber('1', { locale: 'vi', sign: 'never' as 'auto' }))).toBe('INVALID_OPTION');
  });

  it('property › agrees with Intl.NumberFormat on exact decimal strings', () => {
    const locales = ['vi', 'en', 'de', 'fr', 'en-IN', 'es', 'ar-EG', 'de-CH', 'pl', 'sv', 'ja', 'hi'];
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...locales),
        (units, scale, decimals, locale) => {
          const text = scaled(units, scale);
          const intl = new Intl.NumberFormat(locale, {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
            roundingMode: 'halfExpand',
            signDisplay: 'negative',
          } as unknown as Intl.NumberFormatOptions);
          expect(formatNumber(text, { locale, decimals })).toBe(intl.format(text as unknown as number));
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** `units` × 10^-scale as decimal text, built from digits only. */
function scaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}
