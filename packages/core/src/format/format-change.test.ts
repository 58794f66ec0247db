import { describe, expect, it } from 'vitest';
import { dossiers, ev, level3Share, ownHours, revenue } from '../../test/language-fixtures';
import { formatChange } from './format-change';

const since2019 = { kind: 'period', period: '2019' } as const;

describe('formatChange', () => {
  it('rates › tăng / giảm X% so với cùng kỳ; up / down X% year on year', () => {
    const up = ev({ indicator: 'revenue', actual: '3630', previous: '3517.4418' });
    expect(formatChange(up.change, revenue, { locale: 'vi' })).toBe('tăng 3,2% so với cùng kỳ');
    expect(formatChange(up.change, revenue, { locale: 'en' })).toBe('up 3.2% year on year');
    const down = ev({ indicator: 'revenue', actual: '985', previous: '1000' });
    expect(formatChange(down.change, revenue, { locale: 'vi' })).toBe('giảm 1,5% so với cùng kỳ');
    expect(formatChange(down.change, revenue, { locale: 'en' })).toBe('down 1.5% year on year');
    expect(formatChange(down.change, revenue, { locale: 'vi', style: 'signed' })).toBe('-1,5%');
    expect(formatChange(up.change, revenue, { locale: 'vi', style: 'signed' })).toBe('+3,2%');
  });

  it('a rate that rounds to zero says bằng 100% so với cùng kỳ', () => {
    const same = ev({ indicator: 'own-hours', actual: '7', previous: '7' }, ownHours);
    expect(formatChange(same.change, ownHours, { locale: 'vi' })).toBe('bằng 100% so với cùng kỳ');
    expect(formatChange(same.change, ownHours, { locale: 'en' })).toBe(
      '100% of the level of the same period last year',
    );
  });

  it('multiples from the threshold (default 2) › gấp 51 lần so với năm 2019', () => {
    const e = ev({ indicator: 'dossiers', actual: '51000', previous: '1000', base: since2019 }, dossiers);
    expect(formatChange(e.change, dossiers, { locale: 'vi' })).toBe('gấp 51 lần so với năm 2019');
    expect(formatChange(e.change, dossiers, { locale: 'en' })).toBe('51 times the 2019 level');
    expect(formatChange(e.change, dossiers, { locale: 'vi', timesVerb: 'tăng' })).toBe('tăng 51 lần so với năm 2019');
    expect(formatChange(e.change, dossiers, { locale: 'vi', style: 'signed' })).toBe('×51');
    const double = ev({ indicator: 'dossiers', actual: '2000', previous: '1000' }, dossiers);
    expect(formatChange(double.change, dossiers, { locale: 'vi' })).toBe('gấp 2 lần so với cùng kỳ');
    expect(formatChange(double.change, dossiers, { locale: 'vi', timesThreshold: 3 })).toBe(
      'tăng 100,0% so với cùng kỳ',
    );
    const almost = ev({ indicator: 'dossiers', actual: '1493', previous: '1000' }, dossiers);
    expect(formatChange(almost.change, dossiers, { locale: 'vi', decimals: 1 })).toBe('tăng 49,3% so với cùng kỳ');
    const many = ev({ indicator: 'dossiers', actual: '24900', previous: '1000' }, dossiers);
    expect(formatChange(many.change, dossiers, { locale: 'vi' })).toBe('gấp 24,9 lần so với cùng kỳ');
  });

  it('rates of a percent unit change in percentage points', () => {
    const e = ev({ indicator: 'level-3-share', actual: '56.35', previous: '40' }, level3Share);
    expect(formatChange(e.change, level3Share, { locale: 'vi' })).toBe('tăng 16,35 điểm phần trăm so với cùng kỳ');
    expect(formatChange(e.change, level3Share, { locale: 'en' })).toBe('up 16.35 percentage points year on year');
    expect(formatChange(e.change, level3Share, { locale: 'vi', style: 'signed' })).toBe('+16,35 điểm %');
    expect(formatChange(e.change, level3Share, { locale: 'en', style: 'signed' })).toBe('+16.35 pp');
  });

  it('a zero or negative base gives the absolute change', () => {
    const e = ev({ indicator: 'revenue', actual: '200', previous: '0' });
    expect(formatChange(e.change, revenue, { locale: 'vi' })).toBe('tăng 200 tỷ đồng so với cùng kỳ');
    expect(formatChange(e.change, revenue, { locale: 'en' })).toBe('up 200 billion VND year on year');
    expect(formatChange(e.change, revenue, { locale: 'vi', style: 'signed' })).toBe('+200 tỷ đồng');
  });

  it('forced forms and bases', () => {
    const e = ev({ indicator: 'revenue', actual: '3630', previous: '3500', base: { kind: 'previous-period' } });
    expect(formatChange(e.change, revenue, { locale: 'vi', form: 'ratio' })).toBe('bằng 103,7% so với kỳ trước');
    expect(formatChange(e.change, revenue, { locale: 'vi', form: 'absolute' })).toBe(
      'tăng 130 tỷ đồng so với kỳ trước',
    );
    expect(formatChange(e.change, revenue, { locale: 'en' })).toBe('up 3.7% on the previous period');
    expect(formatChange(e.change, revenue, { locale: 'vi', base: false })).toBe('tăng 3,7%');
  });

  it('stated changes keep the report’s form and printed precision', () => {
    expect(formatChange({ form: 'ratio', value: '100' }, ownHours, { locale: 'vi' })).toBe('bằng 100% so với cùng kỳ');
    expect(formatChange({ form: 'rate', value: '3.2' }, revenue, { locale: 'vi' })).toBe('tăng 3,2% so với cùng kỳ');
    expect(formatChange({ form: 'rate', value: '-1.5' }, revenue, { locale: 'en' })).toBe('down 1.5% year on year');
    expect(formatChange({ form: 'times', value: '51', base: since2019 }, dossiers, { locale: 'vi' })).toBe(
      'gấp 51 lần so với năm 2019',
    );
    expect(formatChange({ form: 'points', value: '16.35' }, level3Share, { locale: 'vi' })).toBe(
      'tăng 16,35 điểm phần trăm so với cùng kỳ',
    );
    expect(formatChange({ form: 'rate', value: '3.20' }, revenue, { locale: 'vi', base: false })).toBe('tăng 3,20%');
  });

  it('no change is a dash; bad options are errors', () => {
    expect(formatChange(null, revenue, { locale: 'vi' })).toBe('—');
    expect(() => formatChange({ form: 'rate', value: '1' }, revenue, { locale: 'vi', form: 'pct' as 'rate' })).toThrow(
      /Unknown change form/,
    );
  });
  it('a stated multiple keeps the verb the report printed (tăng 51 lần), unless the caller picks one', () => {
    const stated = { form: 'times', value: '51', base: { kind: 'period', period: '2019' }, verb: 'tăng' } as const;
    expect(formatChange(stated, revenue, { locale: 'vi' })).toBe('tăng 51 lần so với năm 2019');
    expect(formatChange(stated, revenue, { locale: 'vi', timesVerb: 'gấp' })).toBe('gấp 51 lần so với năm 2019');
    expect(formatChange({ ...stated, verb: undefined }, revenue, { locale: 'vi' })).toBe('gấp 51 lần so với năm 2019');
  });
});
