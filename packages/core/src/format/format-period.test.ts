import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format-period';

describe('formatPeriod', () => {
  it('names periods the way Vietnamese reports do', () => {
    expect(formatPeriod('2019', { locale: 'vi' })).toBe('năm 2019');
    expect(formatPeriod('2020-Q1', { locale: 'vi' })).toBe('quý I/2020');
    expect(formatPeriod('2020-Q4', { locale: 'vi' })).toBe('quý IV/2020');
    expect(formatPeriod('2020-11', { locale: 'vi' })).toBe('tháng 11/2020');
    expect(formatPeriod('2020-H1', { locale: 'vi' })).toBe('6 tháng đầu năm 2020');
    expect(formatPeriod('2020-H2', { locale: 'vi' })).toBe('6 tháng cuối năm 2020');
    expect(formatPeriod('2020-YTD-11', { locale: 'vi' })).toBe('11 tháng năm 2020');
    expect(formatPeriod('2021/2025', { locale: 'vi' })).toBe('giai đoạn 2021–2025');
  });

  it('and in English', () => {
    expect(formatPeriod('2019', { locale: 'en' })).toBe('2019');
    expect(formatPeriod('2020-Q1', { locale: 'en' })).toBe('Q1 2020');
    expect(formatPeriod('2020-11', { locale: 'en' })).toBe('November 2020');
    expect(formatPeriod('2020-H1', { locale: 'en' })).toBe('H1 2020');
    expect(formatPeriod('2020-YTD-11', { locale: 'en' })).toBe('January–November 2020');
    expect(formatPeriod('2021/2025', { locale: 'en-GB' })).toBe('2021–2025');
  });

  it('rejects ids that are not periods', () => {
    expect(() => formatPeriod('2020-13', { locale: 'vi' })).toThrow();
  });
});
