import { describe, expect, it } from 'vitest';
import { defineIndicator } from '../model/define-indicator';
import { unitLabel } from './unit-label';

const revenue = defineIndicator({ id: 'revenue', name: 'Doanh thu', unit: 'VND', scale: 9 });
const copies = defineIndicator({ id: 'copies', name: 'Báo chí', unit: 'copy', scale: 6 });

describe('unitLabel', () => {
  it('names the scale and the unit without a number, in each language', () => {
    expect(unitLabel({ locale: 'vi', indicator: revenue })).toBe('tỷ đồng');
    expect(unitLabel({ locale: 'en', indicator: revenue })).toBe('billion VND');
    expect(unitLabel({ locale: 'vi', indicator: copies })).toBe('triệu tờ, cuốn');
    expect(unitLabel({ locale: 'en', indicator: copies })).toBe('million copies');
    expect(unitLabel({ locale: 'en', unit: 'subscriber' })).toBe('subscribers');
    expect(unitLabel({ locale: 'vi', unit: 'percent' })).toBe('%');
  });
  it('refuses unknown units and invalid locales', () => {
    expect(() => unitLabel({ locale: 'vi', unit: 'ghost' })).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_UNIT' }),
    );
    expect(() => unitLabel({ locale: 'not a tag', unit: 'VND' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_LOCALE' }),
    );
  });
});
