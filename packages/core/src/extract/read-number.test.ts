import { describe, expect, it } from 'vitest';
import { readNumber } from './read-number';

describe('readNumber (cached per locale)', () => {
  it('reads the same text by each locale’s rules, however often it is asked', () => {
    for (let n = 0; n < 3; n++) {
      expect(readNumber('1.234', 'vi')).toMatchObject({ value: '1234', decimals: 0 });
      expect(readNumber('1.234', 'en')).toMatchObject({ value: '1.234', decimals: 3 });
      expect(readNumber('3,63', 'vi')).toMatchObject({ value: '3.63', decimals: 2 });
      // (a point before one or two digits groups no thousands: a decimal point in Vietnamese text too)
      expect(readNumber('1.5', 'vi')).toMatchObject({ value: '1.5', decimals: 1 });
      expect(readNumber('1.5.2', 'vi')).toHaveProperty('error');
    }
  });

  it('keeps reading right past the cache bound', () => {
    for (let n = 0; n < 25_000; n++) readNumber(String(n), 'en');
    expect(readNumber('24999', 'en')).toMatchObject({ value: '24999' });
    expect(readNumber('12.345,6', 'vi')).toMatchObject({ value: '12345.6', decimals: 1 });
  });
});
