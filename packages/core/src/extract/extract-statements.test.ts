import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../errors/chitieu-error';
import { extractReport, extractStatements } from './extract-statements';

const TEXT = 'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao.';

describe('extractStatements', () => {
  it('reads the issue example with the rule of every field', () => {
    const [s] = extractStatements(TEXT, { locale: 'vi-VN', period: '2020' });
    expect(s?.name?.value).toBe('Tổng doanh thu toàn ngành');
    expect(s?.value?.value.base).toBe('3630000000000');
    expect(s?.stage).toMatchObject({ value: 'estimate', rule: 'vi.stage.verb' });
    expect(s?.completion?.value.percent.interval).toMatchObject({ min: '100.55', max: '100.65' });
    expect(s?.complete).toBe(true);
  });
  it('needs a locale it has a grammar for', () => {
    expect(() => extractStatements(TEXT, { locale: '' })).toThrow(ChitieuError);
    expect(() => extractStatements(TEXT, { locale: 'de' })).toThrow(/vi or en/);
    expect(() => extractStatements(TEXT, { locale: 'vi', period: '2020-13' })).toThrow(ChitieuError);
  });
  it('is deterministic', () => {
    expect(extractReport(TEXT, { locale: 'vi' })).toEqual(extractReport(TEXT, { locale: 'vi' }));
  });
  it('without any period it says so instead of guessing', () => {
    const [s] = extractStatements('Doanh thu đạt 3.630 tỷ đồng.', { locale: 'vi' });
    expect(s?.unread.map((u) => u.reason)).toEqual(['no-period']);
    expect(s?.complete).toBe(false);
  });
  it('the same words without diacritics read the same and say how they matched', () => {
    const [s] = extractStatements('Tong doanh thu uoc dat 3.630 ty dong, dat 100,6% ke hoach giao.', {
      locale: 'vi',
      period: '2020',
    });
    expect(s?.completion?.value.percent.value).toBe('100.6');
    expect(s?.completion?.match).toBe('no-diacritics');
  });
  it('empty text has no statements', () => {
    expect(extractReport('', { locale: 'en' })).toEqual({ locale: 'en', statements: [], unused: [] });
  });
});
