import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import { formatPercent } from '../format/format-percent';
import { formatPoints } from '../format/format-points';
import { formatQuantity } from '../format/format-quantity';
import type { Unit } from '../model/types';
import { units } from '../model/units';
import { parseQuantity } from './parse-quantity';

describe('parseQuantity', () => {
  it('3.630 tỷ đồng › value, scale and unit', () => {
    expect(parseQuantity('3.630 tỷ đồng', 'vi')).toEqual({
      kind: 'quantity',
      value: '3630',
      decimals: 0,
      scale: 9,
      base: '3630000000000',
      unit: units.VND,
      unitText: 'đồng',
    });
    expect(parseQuantity('3,630 billion VND', 'en')).toMatchObject({
      value: '3630',
      scale: 9,
      unit: units.VND,
      unitText: 'VND',
    });
    expect(parseQuantity('3,63 nghìn tỷ đồng', 'vi')).toMatchObject({
      value: '3.63',
      scale: 12,
      base: '3630000000000',
    });
  });

  it('1,8 triệu thuê bao, 2.890.000 thuê bao, 18 triệu tờ, cuốn', () => {
    expect(parseQuantity('1,8 triệu thuê bao', 'vi')).toMatchObject({
      kind: 'quantity',
      value: '1.8',
      decimals: 1,
      scale: 6,
      base: '1800000',
      unit: units.subscriber,
    });
    expect(parseQuantity('2.890.000 thuê bao', 'vi')).toMatchObject({
      value: '2890000',
      scale: 0,
      unit: units.subscriber,
    });
    expect(parseQuantity('18 triệu tờ, cuốn', 'vi')).toMatchObject({ value: '18', scale: 6, unit: units.copy });
    expect(parseQuantity('1 subscriber', 'en')).toMatchObject({ value: '1', unit: units.subscriber });
    expect(parseQuantity('2.5 ngàn hồ sơ', 'en')).toMatchObject({
      value: '2.5',
      scale: 0,
      unit: null,
      unitText: 'ngàn hồ sơ',
    });
  });

  it('49,8 thuê bao/100 dân › a density', () => {
    expect(parseQuantity('49,8 thuê bao/100 dân', 'vi')).toEqual({
      kind: 'density',
      value: '49.8',
      decimals: 1,
      per: '100',
      unit: units.subscriber,
      unitText: 'thuê bao',
      populationText: 'dân',
    });
    expect(parseQuantity('80,00 máy/100 dân', 'vi')).toMatchObject({
      kind: 'density',
      value: '80',
      decimals: 2,
      unit: units.phone,
    });
    expect(parseQuantity('49.8 subscribers per 100 inhabitants', 'en')).toMatchObject({
      kind: 'density',
      per: '100',
      unit: units.subscriber,
      populationText: 'inhabitants',
    });
  });

  it('14 giờ/01 ngày › hours per day, not a density', () => {
    expect(parseQuantity('14 giờ/01 ngày', 'vi')).toMatchObject({
      kind: 'quantity',
      value: '14',
      unit: units.hoursPerDay,
    });
    expect(parseQuantity('8 giờ/ngày', 'vi')).toMatchObject({ kind: 'quantity', unit: units.hoursPerDay });
  });

  it('100,6% › a percentage; points; multiples', () => {
    expect(parseQuantity('100,6%', 'vi')).toEqual({ kind: 'percent', value: '100.6', ratio: '1.006', decimals: 1 });
    expect(parseQuantity('105.88%', 'en')).toMatchObject({ kind: 'percent', value: '105.88', ratio: '1.0588' });
    expect(parseQuantity('100,6 %', 'de')).toMatchObject({ kind: 'percent', value: '100.6' });
    expect(parseQuantity('+16,35 điểm phần trăm', 'vi')).toEqual({ kind: 'points', value: '16.35', decimals: 2 });
    expect(parseQuantity('-1 percentage point', 'en')).toMatchObject({ kind: 'points', value: '-1' });
    expect(parseQuantity('51 lần', 'vi')).toEqual({ kind: 'times', value: '51', decimals: 0 });
  });

  it('custom units are recognised by their words', () => {
    const school: Unit = {
      code: 'school',
      kind: 'count',
      words: { vi: 'trường', en: { one: 'school', other: 'schools' } },
    };
    expect(parseQuantity('1.200 trường', 'vi', { units: [school] })).toMatchObject({ value: '1200', unit: school });
    expect(parseQuantity('1,200 schools', 'en', { units: [school] })).toMatchObject({ unit: school });
  });

  it('strict › malformed numbers, no number, no locale', () => {
    const code = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        return ChitieuError.is(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(code(() => parseQuantity('1.23.456 thuê bao', 'vi'))).toBe('PARSE_ERROR');
    expect(code(() => parseQuantity('tỷ đồng', 'vi'))).toBe('PARSE_ERROR');
    expect(code(() => parseQuantity('3.630 tỷ đồng', ''))).toBe('PARSE_ERROR');
    expect(code(() => parseQuantity('49,8 tỷ thuê bao/100 dân', 'vi'))).toBe('PARSE_ERROR');
  });

  it('property › formatted quantities, percentages and points parse back', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('vi', 'en'),
        fc.constantFrom('VND', 'subscriber', 'copy', 'service'),
        fc.constantFrom(0, 6, 9),
        (units, decimals, locale, unit, scale) => {
          const text = formatQuantity(`${units}`, { locale, unit, scale, decimals });
          const parsed = parseQuantity(text, locale);
          expect(parsed).toMatchObject({
            kind: 'quantity',
            value: `${units}`,
            scale,
            unit: { code: expect.any(String) },
          });
          const percent = formatPercent(`${units}e-6`, { locale, decimals });
          expect(parseQuantity(percent, locale).kind).toBe('percent');
          expect(parseQuantity(formatPoints(`-${units}e-3`, { locale }), locale).kind).toBe('points');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('one vocabulary of scale words with the extractor', () => {
  it('reads triệu tỷ as 10^15 and vạn as 10^4, like extractStatements', async () => {
    const { extractStatements } = await import('../extract/extract-statements');
    const q = parseQuantity('5,7 triệu tỷ đồng', 'vi');
    expect(q).toMatchObject({ kind: 'quantity', scale: 15, base: '5700000000000000' });
    const [s] = extractStatements('Tổng thu năm 2020 đạt 5,7 triệu tỷ đồng.', { locale: 'vi' });
    expect(s?.value?.value.base).toBe('5700000000000000');
    expect(parseQuantity('61,8 vạn tấn', 'vi')).toMatchObject({ scale: 4, base: '618000' });
    expect(parseQuantity('4.93 quadrillion VND', 'en')).toMatchObject({ scale: 15, base: '4930000000000000' });
  });

  it('reads an amount of two scales as one, like extractStatements (2 tỷ 500 triệu, 4 tỷ 3 trăm triệu)', async () => {
    const { extractStatements } = await import('../extract/extract-statements');
    expect(parseQuantity('2 tỷ 500 triệu đồng', 'vi')).toMatchObject({
      base: '2500000000',
      unitText: 'đồng',
      unit: { code: 'VND' },
    });
    expect(parseQuantity('4 tỷ 3 trăm triệu đồng', 'vi')).toMatchObject({ base: '4300000000', unit: { code: 'VND' } });
    expect(parseQuantity('5 trăm triệu đồng', 'vi')).toMatchObject({ scale: 8, base: '500000000' });
    expect(parseQuantity('2 nghìn 500 tỷ đồng', 'vi')).toMatchObject({ base: '2500000000000' });
    expect(parseQuantity('2 billion 500 million USD', 'en')).toMatchObject({
      base: '2500000000',
      unit: { code: 'USD' },
    });
    const [s] = extractStatements('Tổng thu ngân sách đạt 4 tỷ 3 trăm triệu đồng.', { locale: 'vi' });
    expect(s?.value?.value.base).toBe('4300000000');
  });

  it('reads a first part grouped in thousands before a smaller scale (102.981 tỷ 107 triệu; round 69)', async () => {
    // (the first part had to be one to three digits: the millions had been left as unknown unit words)
    const { extractStatements } = await import('../extract/extract-statements');
    expect(parseQuantity('102.981 tỷ 107 triệu đồng', 'vi')).toMatchObject({
      base: '102981107000000',
      unit: { code: 'VND' },
    });
    const [s] = extractStatements('Tổng sản phẩm theo giá hiện hành là 102.981 tỷ 107 triệu đồng.', { locale: 'vi' });
    expect(s?.value?.value.base).toBe('102981107000000');
    // (a grouped count of thousands before a larger scale is no such amount)
    expect(parseQuantity('2.500 nghìn 773 tỷ', 'vi')).toMatchObject({ base: '2500000', unit: null });
  });

  it('near-miss: a part no smaller than the first scale allows is not joined to it', () => {
    // (2000 triệu is no part of a tỷ: the words after the scale are left as unknown unit words)
    expect(parseQuantity('1 tỷ 2000 triệu', 'vi')).toMatchObject({ base: '1000000000', unit: null });
    expect(parseQuantity('3,5 tỷ 200 triệu', 'vi')).toMatchObject({ base: '3500000000', unit: null });
  });

  it('reads a unit symbol that carries its scale (27.2 MMT, 473.68 mkg), like extractStatements', async () => {
    const { extractStatements } = await import('../extract/extract-statements');
    expect(parseQuantity('27.2 MMT', 'en')).toMatchObject({ scale: 6, base: '27200000', unit: { code: 'tonne' } });
    expect(parseQuantity('869.29 LMT', 'en')).toMatchObject({ scale: 5, base: '86929000', unit: { code: 'tonne' } });
    expect(parseQuantity('473.68 mkg', 'en')).toMatchObject({
      scale: 6,
      base: '473680000',
      unit: null,
      unitText: 'mkg',
    });
    const [s] = extractStatements('Tea production rose to 473.68 mkg in 2019.', { locale: 'en' });
    expect(s?.value?.value.base).toBe('473680000');
  });

  it('near-miss: a symbol with a small letter is read only as written (`Kt` is no kilotonne)', () => {
    expect(parseQuantity('850 kt', 'en')).toMatchObject({ base: '850000' });
    expect(parseQuantity('850 Kt', 'en')).toMatchObject({ scale: 0, base: '850', unit: null });
  });
});
