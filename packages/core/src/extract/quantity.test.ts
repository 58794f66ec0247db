import { describe, expect, it } from 'vitest';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { readQuantity } from './quantity';
import { tokenize } from './tokenize';

const q = (text: string, locale: 'vi' | 'en' = 'vi') => {
  const tokens = tokenize(text);
  const m = readQuantity(text, tokens, 0, locale === 'vi' ? vi : en);
  return m;
};

describe('quantities', () => {
  it('`2.890.000` and `2,89 triệu` are the same base value with different precision', () => {
    const a = q('2.890.000 thuê bao')?.quantity;
    const b = q('2,89 triệu thuê bao')?.quantity;
    expect(a?.base).toBe('2890000');
    expect(b?.base).toBe('2890000');
    expect(a?.baseInterval).toMatchObject({ min: '2889999.5', max: '2890000.5' });
    expect(b?.baseInterval).toMatchObject({ min: '2885000', max: '2895000' });
  });
  it('`tỷ đồng` is 10⁹ and `nghìn tỷ đồng` 10¹²', () => {
    expect(q('3.630 tỷ đồng')?.quantity).toMatchObject({ scale: 9, base: '3630000000000', unitCode: 'VND' });
    expect(q('3,63 nghìn tỷ đồng')?.quantity).toMatchObject({ scale: 12, base: '3630000000000', unitCode: 'VND' });
    expect(q('3.63 trillion dong', 'en')?.quantity).toMatchObject({
      scale: 12,
      base: '3630000000000',
      unitCode: 'VND',
    });
    expect(q('VND 3,630 billion', 'en')?.quantity).toMatchObject({ scale: 9, base: '3630000000000', unitCode: 'VND' });
  });
  it('`01 ngày` is one day: `14 giờ/01 ngày` is hours per day', () => {
    expect(q('14 giờ/01 ngày')?.quantity).toMatchObject({ base: '14', unit: 'giờ/01 ngày', unitCode: 'hours-per-day' });
  });
  it('a density per N inhabitants keeps its printed precision', () => {
    const m = q('80,00 máy/100 dân');
    expect(m?.density).toEqual({ per: '100', population: 'dân' });
    expect(m?.quantity?.number).toMatchObject({ value: '80', decimals: 2, text: '80,00' });
    expect(q('49.8 per 100 inhabitants', 'en')?.density).toEqual({ per: '100', population: 'inhabitants' });
  });
  it('units with a comma or parentheses: `tờ, cuốn`, `tờ (cuốn)`', () => {
    expect(q('18 triệu tờ, cuốn')?.quantity).toMatchObject({ unit: 'tờ, cuốn', unitCode: 'copy', base: '18000000' });
    expect(q('18 triệu tờ (cuốn)')?.quantity).toMatchObject({ unit: 'tờ (cuốn)', unitCode: 'copy' });
  });
  it('a malformed number is reported, not read', () => {
    expect(q('1.5.2 tỷ đồng')?.error).toMatch(/1\.5\.2/);
    expect(q('3,6,3 billion', 'en')?.error).toMatch(/3,6,3/);
  });
  it('a decimal comma in English (`3,63 billion`: a comma before two digits groups no thousands) is read as 3.63', () => {
    expect(q('3,63 billion', 'en')?.quantity).toMatchObject({ scale: 9, base: '3630000000' });
  });
});
