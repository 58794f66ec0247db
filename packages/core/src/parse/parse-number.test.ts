import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round, toDecimalString, toNum } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';
import { formatNumber } from '../format/format-number';
import { parseNumber } from './parse-number';

function failure(fn: () => unknown): ChitieuError {
  try {
    fn();
  } catch (error) {
    if (ChitieuError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a ChitieuError');
}

describe('parseNumber', () => {
  it('the locale decides what 3.630 means', () => {
    expect(parseNumber('3.630', 'vi')).toBe('3630');
    expect(parseNumber('3.630', 'en')).toBe('3.63');
    expect(parseNumber('1.234,5', 'vi')).toBe('1234.5');
    expect(parseNumber('1,234.5', 'en')).toBe('1234.5');
    expect(parseNumber('2.890.000', 'vi-VN')).toBe('2890000');
    expect(parseNumber('1,234', 'vi')).toBe('1.234');
  });

  it('accepts ungrouped digits, signs and locale digits', () => {
    expect(parseNumber('3630', 'vi')).toBe('3630');
    expect(parseNumber('-1,5', 'vi')).toBe('-1.5');
    expect(parseNumber('+16,35', 'vi')).toBe('16.35');
    expect(parseNumber('\u22121 234,5', 'sv')).toBe('-1234.5');
    expect(parseNumber('1 234,5', 'fr')).toBe('1234.5');
    expect(parseNumber('12,34,567', 'en-IN')).toBe('1234567');
    expect(parseNumber('١٬٢٣٤٫٥', 'ar-EG')).toBe('1234.5');
    expect(parseNumber('  49,8 ', 'vi')).toBe('49.8');
    expect(parseNumber('12345678901234567890,123456789', 'vi')).toBe('12345678901234567890.123456789');
  });

  it('grouping in the wrong place is an error that says why', () => {
    const e = failure(() => parseNumber('1.23.456', 'vi'));
    expect(e.code).toBe('PARSE_ERROR');
    expect(e.message).toMatch(/grouping in the wrong place/);
    expect(failure(() => parseNumber('1234.567', 'vi')).message).toMatch(/grouping in the wrong place/);
    expect(failure(() => parseNumber('1.5', 'vi')).message).toMatch(/for a decimal write "1,5"/);
    expect(failure(() => parseNumber('1,23,456', 'en')).message).toMatch(/threes/);
    expect(failure(() => parseNumber('123,456', 'en-IN')).message).toMatch(/grouping/);
  });

  it('mixed separators are errors', () => {
    expect(failure(() => parseNumber('1,234.5', 'vi')).message).toMatch(/mixed separators/);
    expect(failure(() => parseNumber('1.234,5', 'en')).message).toMatch(/mixed separators/);
    expect(failure(() => parseNumber('1,2,3', 'vi')).message).toMatch(/more than one decimal separator/);
    expect(failure(() => parseNumber('1.5', 'fr')).message).toMatch(/not a separator in fr/);
  });

  it('no locale is an error, never a guess', () => {
    const e = failure(() => parseNumber('3.630', undefined as unknown as string));
    expect(e.code).toBe('PARSE_ERROR');
    expect(e.message).toMatch(/needs a locale/);
    expect(failure(() => parseNumber('3.630', '')).code).toBe('PARSE_ERROR');
    expect(failure(() => parseNumber('3.630', 'no such locale!')).code).toBe('INVALID_LOCALE');
  });

  it('other malformed text', () => {
    for (const bad of ['', '   ', '-', ',5', '5,', '1e5', 'abc', '1 234', '12a', '--1', '1.234.', '.234']) {
      expect(failure(() => parseNumber(bad, 'vi')).code, bad).toBe('PARSE_ERROR');
    }
    expect(failure(() => parseNumber('100,6%', 'vi')).message).toMatch(/parseQuantity/);
    expect(failure(() => parseNumber(42 as unknown as string, 'vi')).code).toBe('PARSE_ERROR');
  });

  it('property › formatted values parse back to the same rounded value (vi, en, de, fr, en-IN)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('vi', 'en', 'vi-VN', 'en-GB', 'de', 'fr', 'en-IN', 'ar-EG'),
        fc.constantFrom('half-up', 'half-even', 'down', 'ceil') as fc.Arbitrary<'half-up'>,
        (units, scale, decimals, locale, rounding) => {
          const value = toNum(`${units}e-${scale}`);
          const text = formatNumber(toDecimalString(value), { locale, decimals, rounding });
          expect(text).not.toMatch(/NaN|undefined|Infinity|e[+-]/);
          expect(parseNumber(text, locale)).toBe(toDecimalString(round(value, decimals, rounding)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
