import { describe, expect, it } from 'vitest';
import { pluralCategory, pluralWord } from './plural';

describe('pluralCategory', () => {
  it('English › one only for exactly 1 with no visible decimals', () => {
    expect(pluralCategory('en', '1', '')).toBe('one');
    expect(pluralCategory('en', '1', '0')).toBe('other');
    expect(pluralCategory('en', '0', '')).toBe('other');
    expect(pluralCategory('en', '2', '')).toBe('other');
    expect(pluralCategory('en', '1000000000000000000001', '')).toBe('other');
  });

  it('long values keep their trailing digits (Russian looks at i mod 10 and mod 100)', () => {
    expect(pluralCategory('ru', '123456789012345678901', '')).toBe('one');
    expect(pluralCategory('ru', '123456789012345678911', '')).toBe('many');
  });

  it('pluralWord picks one or other', () => {
    const words = { one: 'subscriber', other: 'subscribers' };
    expect(pluralWord(words, 'one')).toBe('subscriber');
    expect(pluralWord(words, 'few')).toBe('subscribers');
    expect(pluralWord('thuê bao', 'one')).toBe('thuê bao');
  });
});
