import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import type { Indicator, Unit } from '../model/types';
import { units } from '../model/units';
import { formatQuantity } from './format-quantity';

const revenue: Indicator = {
  id: 'revenue',
  name: { vi: 'Tổng doanh thu', en: 'Total revenue' },
  unit: units.VND,
  scale: 9,
  direction: 'higher-is-better',
  targetKind: 'point',
  decimals: 0,
  percentDecimals: 1,
  aggregation: 'sum',
};

describe('formatQuantity', () => {
  it('keeps the unit’s scale › 3.630 tỷ đồng / 3,630 billion VND', () => {
    expect(formatQuantity('3630', { locale: 'vi', unit: 'VND', scale: 9 })).toBe('3.630 tỷ đồng');
    expect(formatQuantity('3630', { locale: 'en', unit: 'VND', scale: 9 })).toBe('3,630 billion VND');
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue })).toBe('3.630 tỷ đồng');
    expect(formatQuantity('18', { locale: 'vi', unit: 'copy', scale: 6 })).toBe('18 triệu tờ, cuốn');
    expect(formatQuantity('200', { locale: 'vi', unit: units.VND, scale: 9 })).toBe('200 tỷ đồng');
  });

  it('picks a display scale › 3,63 nghìn tỷ đồng / 3.63 trillion VND', () => {
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue, display: 'auto' })).toBe('3,63 nghìn tỷ đồng');
    expect(formatQuantity('3630', { locale: 'en', indicator: revenue, display: 'auto' })).toBe('3.63 trillion VND');
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue, display: 12 })).toBe('3,63 nghìn tỷ đồng');
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue, display: 6 })).toBe('3.630.000 triệu đồng');
    expect(formatQuantity('1800000', { locale: 'vi', unit: 'subscriber', display: 'auto' })).toBe('1,8 triệu thuê bao');
    expect(formatQuantity('3608.35', { locale: 'vi', indicator: revenue, display: 'auto', decimals: 4 })).toBe(
      '3,6084 nghìn tỷ đồng',
    );
  });

  it('compact › three significant digits', () => {
    expect(formatQuantity('2890000', { locale: 'en', unit: 'subscriber', display: 'compact' })).toBe(
      '2.89 million subscribers',
    );
    expect(formatQuantity('999600', { locale: 'vi', unit: 'subscriber', display: 'compact' })).toBe('1 triệu thuê bao');
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue, display: 'compact' })).toBe('3,63 nghìn tỷ đồng');
    expect(formatQuantity('612', { locale: 'en', unit: 'service', display: 'compact' })).toBe('612 services');
  });

  it('English plurals › 1 subscriber, 2,890,000 subscribers, 1 million subscribers', () => {
    expect(formatQuantity('1', { locale: 'en', unit: 'subscriber' })).toBe('1 subscriber');
    expect(formatQuantity('2890000', { locale: 'en', unit: 'subscriber' })).toBe('2,890,000 subscribers');
    expect(formatQuantity('1', { locale: 'en', unit: 'subscriber', scale: 6 })).toBe('1 million subscribers');
    expect(formatQuantity('1.5', { locale: 'en', unit: 'hour' })).toBe('1.5 hours');
    expect(formatQuantity('2890000', { locale: 'vi', unit: 'subscriber' })).toBe('2.890.000 thuê bao');
  });

  it('percent units print % and no scale word', () => {
    expect(formatQuantity('56.35', { locale: 'vi', unit: 'percent' })).toBe('56,35%');
    expect(formatQuantity('56.354', { locale: 'en', unit: 'percent', decimals: 2 })).toBe('56.35%');
  });

  it('indicator decimals are used and overridable', () => {
    const density = { ...revenue, unit: units.subscriber, scale: 0, decimals: 2 };
    expect(formatQuantity('80', { locale: 'vi', indicator: density })).toBe('80,00 thuê bao');
    expect(formatQuantity('80', { locale: 'vi', indicator: density, decimals: 0 })).toBe('80 thuê bao');
  });

  it('unit words fall back: locale → English → Vietnamese → any → code', () => {
    const viOnly: Unit = { code: 'doc', kind: 'count', words: { vi: 'văn bản' } };
    const frOnly: Unit = { code: 'doc', kind: 'count', words: { fr: 'documents' } };
    const none: Unit = { code: 'widget', kind: 'count', words: {} };
    expect(formatQuantity('5', { locale: 'en', unit: viOnly })).toBe('5 văn bản');
    expect(formatQuantity('5', { locale: 'de', unit: units.subscriber })).toBe('5 subscribers');
    expect(formatQuantity('5', { locale: 'vi', unit: frOnly })).toBe('5 documents');
    expect(formatQuantity('5', { locale: 'vi', unit: none })).toBe('5 widget');
    expect(formatQuantity('5', { locale: 'vi', unit: 'count' })).toBe('5');
    expect(formatQuantity('5', { locale: 'vi' })).toBe('5');
  });

  it('scales without a word fold into the next lower one', () => {
    expect(formatQuantity('12', { locale: 'vi', unit: 'VND', scale: 4 })).toBe('120 nghìn đồng');
    expect(formatQuantity('5', { locale: 'en', unit: 'VND', scale: -3 })).toBe('0.005 VND');
  });

  it('bad input › typed errors', () => {
    expect(() => formatQuantity('1', { locale: 'vi', unit: 'furlong' })).toThrow(ChitieuError);
    expect(() => formatQuantity('1', { locale: 'vi', unit: 'furlong' })).toThrow(/Unknown unit code/);
    expect(() => formatQuantity('1', { locale: 'vi', scale: 1.5 })).toThrow(/scale/);
    expect(() => formatQuantity('1', { locale: 'vi', display: 7 as 6 })).toThrow(/display/);
  });

  it('20-digit values stay exact', () => {
    expect(formatQuantity('12345678901234567890', { locale: 'vi', unit: 'VND', scale: 9 })).toBe(
      '12.345.678.901.234.567.890 tỷ đồng',
    );
  });
});
