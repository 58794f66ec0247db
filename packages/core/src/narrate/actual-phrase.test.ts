import { describe, expect, it } from 'vitest';
import { ev, level3Share, phones, phones2020, revenue2020 } from '../../test/language-fixtures';
import { actualPhrase } from './actual-phrase';

describe('actualPhrase', () => {
  it('estimates say ước đạt; official figures đạt', () => {
    expect(actualPhrase(revenue2020, { locale: 'vi' })).toBe('ước đạt 3.630 tỷ đồng');
    expect(actualPhrase(revenue2020, { locale: 'en' })).toBe('reached an estimated 3,630 billion VND');
    expect(actualPhrase(phones2020, { locale: 'vi' })).toBe('đạt 2.890.000 thuê bao');
    expect(actualPhrase(phones2020, { locale: 'en' })).toBe('reached 2,890,000 subscribers');
    const preliminary = ev({ indicator: 'phones', actual: '1', stage: 'preliminary' }, phones);
    expect(actualPhrase(preliminary, { locale: 'vi' })).toBe('sơ bộ đạt 1 thuê bao');
    expect(actualPhrase(preliminary, { locale: 'en' })).toBe('reached a preliminary 1 subscriber');
  });

  it('rates print as percentages; display picks a scale; no actual is null', () => {
    expect(actualPhrase(ev({ indicator: 'level-3-share', actual: '56.35' }, level3Share), { locale: 'vi' })).toBe(
      'đạt 56,35%',
    );
    expect(actualPhrase(revenue2020, { locale: 'vi', display: 'auto' })).toBe('ước đạt 3,63 nghìn tỷ đồng');
    expect(actualPhrase(ev({ indicator: 'phones' }, phones), { locale: 'vi' })).toBeNull();
  });
});
