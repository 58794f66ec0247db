import { describe, expect, it } from 'vitest';
import { fold, matchWord, variantKey, withinOneEdit, wordForms } from './fold';

const match = (text: string, keyword: string, typo = false) => matchWord(wordForms(text), wordForms(keyword), typo);

describe('fold', () => {
  it('drops diacritics and reads đ as d', () => {
    expect(fold('Kế hoạch')).toBe('ke hoach');
    expect(fold('ĐẠT')).toBe('dat');
  });
  it('variant key › tone placement and i/y do not matter', () => {
    expect(variantKey('hoà')).toBe(variantKey('hòa'));
    expect(variantKey('họach')).toBe(variantKey('hoạch'));
    expect(variantKey('kì')).toBe(variantKey('kỳ'));
    expect(variantKey('tỉ')).toBe(variantKey('tỷ'));
    expect(variantKey('tăng')).not.toBe(variantKey('tặng'));
  });
  it('matchWord › missing diacritics match, different diacritics do not', () => {
    expect(match('hoach', 'hoạch')).toBe('no-diacritics');
    expect(match('tang', 'tăng')).toBe('no-diacritics');
    expect(match('tặng', 'tăng')).toBeNull();
    expect(match('tổng', 'tăng')).toBeNull();
    expect(match('tầng', 'tăng', true)).toBeNull();
  });
  it('matchWord › a typo only where allowed and only in words of five letters or more', () => {
    expect(match('hoạc', 'hoạch', true)).toBe('typo');
    expect(match('hoặch', 'hoạch', true)).toBe('typo');
    expect(match('hoạc', 'hoạch', false)).toBeNull();
    expect(match('dong', 'dung', true)).toBeNull();
  });
  it('withinOneEdit › substitution, insertion, deletion, transposition', () => {
    expect(withinOneEdit('thien', 'then')).toBe(true);
    expect(withinOneEdit('hoach', 'hoahc')).toBe(true);
    expect(withinOneEdit('hoach', 'hoxch')).toBe(true);
    expect(withinOneEdit('hoach', 'hxxch')).toBe(false);
  });
});
