import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriod,
  periodContains,
  periodLength,
  previousPeriod,
  samePeriodLastYear,
} from './period';

describe('periods', () => {
  it('parse every documented form with start and end dates', () => {
    expect(parsePeriod('2020')).toMatchObject({ kind: 'year', start: '2020-01-01', end: '2020-12-31' });
    expect(parsePeriod('2020-H1')).toMatchObject({ kind: 'half', index: 1, end: '2020-06-30' });
    expect(parsePeriod('2020-Q1')).toMatchObject({ kind: 'quarter', end: '2020-03-31' });
    expect(parsePeriod('2020-02')).toMatchObject({ kind: 'month', end: '2020-02-29' });
    expect(parsePeriod('2020-YTD-9')).toMatchObject({ id: '2020-YTD-09', kind: 'year-to-date', end: '2020-09-30' });
    expect(parsePeriod('2021/2025')).toMatchObject({ kind: 'multi-year', start: '2021-01-01', end: '2025-12-31' });
  });
  it('refuse anything else with a typed error', () => {
    for (const bad of ['20', '2020-Q5', '2020-13', '2020-H3', '2025/2021', 'năm 2020', '']) {
      expect(() => parsePeriod(bad)).toThrowError(expect.objectContaining({ code: 'INVALID_PERIOD' }));
    }
  });
  it('know the same period last year and the previous period', () => {
    expect(samePeriodLastYear('2020-Q1').id).toBe('2019-Q1');
    expect(samePeriodLastYear('2020-YTD-11').id).toBe('2019-YTD-11');
    expect(previousPeriod('2020-Q1').id).toBe('2019-Q4');
    expect(previousPeriod('2020-01').id).toBe('2019-12');
    expect(previousPeriod('2020-H2').id).toBe('2020-H1');
    expect(previousPeriod('2021/2025').id).toBe('2016/2020');
  });
  it('know their length in months and days', () => {
    expect(periodLength('2020')).toBe(12);
    expect(periodLength('2020', 'days')).toBe(366);
    expect(periodLength('2021-Q1', 'days')).toBe(90);
    expect(periodLength('2020-YTD-11')).toBe(11);
    expect(periodLength('2021/2025')).toBe(60);
  });
  it('sort by start, then end', () => {
    expect(['2021-Q1', '2020', '2020-YTD-11', '2020-H1', '2019'].sort(comparePeriods)).toEqual([
      '2019',
      '2020-H1',
      '2020-YTD-11',
      '2020',
      '2021-Q1',
    ]);
    expect(periodContains('2020', '2020-Q3')).toBe(true);
  });
});
