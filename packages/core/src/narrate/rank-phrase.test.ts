import { describe, expect, it } from 'vitest';
import { ev, services } from '../../test/language-fixtures';
import { rankPhrase } from './rank-phrase';

describe('rankPhrase', () => {
  const scope = { vi: 'toàn quốc', en: 'nationally' };
  it('đứng thứ 3 toàn quốc / ranked 3rd nationally, with English ordinals', () => {
    expect(rankPhrase({ rank: 3, scope }, { locale: 'vi' })).toBe('đứng thứ 3 toàn quốc');
    expect(rankPhrase({ rank: 3, scope }, { locale: 'en' })).toBe('ranked 3rd nationally');
    expect(rankPhrase({ rank: 1 }, { locale: 'en' })).toBe('ranked 1st');
    expect(rankPhrase({ rank: 2, of: 63 }, { locale: 'en' })).toBe('ranked 2nd of 63');
    expect(rankPhrase({ rank: 11 }, { locale: 'en' })).toBe('ranked 11th');
    expect(rankPhrase({ rank: 2, of: 63 }, { locale: 'vi' })).toBe('đứng thứ 2/63');
  });

  it('reads an evaluation’s stated rank', () => {
    const e = ev({ indicator: 'services', actual: '615', stated: { rank: { rank: 3, scope } } }, services);
    expect(rankPhrase(e, { locale: 'vi' })).toBe('đứng thứ 3 toàn quốc');
    expect(rankPhrase(ev({ indicator: 'services', actual: '615' }, services), { locale: 'vi' })).toBeNull();
  });
});
