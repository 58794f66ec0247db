import { describe, expect, it } from 'vitest';
import { broadband, broadband2020, ev, revenue2020 } from '../../test/language-fixtures';
import { densityPhrase } from './density-phrase';

describe('densityPhrase', () => {
  it('đạt mật độ 49,8 thuê bao/100 dân › computed, rounded to the stated precision', () => {
    expect(broadband2020.density?.slice(0, 7)).toBe('49.7999');
    expect(densityPhrase(broadband2020, { locale: 'vi' })).toBe('đạt mật độ 49,8 thuê bao/100 dân');
    expect(densityPhrase(broadband2020, { locale: 'en' })).toBe('a density of 49.8 subscribers per 100 inhabitants');
  });

  it('stated only, computed only, none', () => {
    const stated = ev({ indicator: 'broadband', actual: '1800000', stated: { density: '49.8' } }, broadband);
    expect(densityPhrase(stated, { locale: 'vi' })).toBe('đạt mật độ 49,8 thuê bao/100 dân');
    const computed = ev({ indicator: 'broadband', actual: '1800000', population: '3614458' }, broadband);
    expect(densityPhrase(computed, { locale: 'vi' })).toBe('đạt mật độ 49,80 thuê bao/100 dân');
    expect(densityPhrase(revenue2020, { locale: 'vi' })).toBeNull();
    expect(densityPhrase(ev({ indicator: 'broadband', actual: '1' }, broadband), { locale: 'vi' })).toBeNull();
  });
});
