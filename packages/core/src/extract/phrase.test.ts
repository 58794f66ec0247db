import { describe, expect, it } from 'vitest';
import { matchAt, matchesAt, matchPhrase, words } from './phrase';
import { tokenize } from './tokenize';

const LIST = words(['so với', 'so với cùng kỳ', 'so với cùng kỳ năm trước', 'compared with', 'kế hoạch']);

describe('matchesAt: every phrase that matches at a token, through the index', () => {
  it('returns every reading longest first, as a loop over the whole list would', () => {
    const tokens = tokenize('tăng 5% so với cùng kỳ năm trước');
    const found = matchesAt(tokens, 2 + 1, LIST).map((m) => m.phrase.text);
    expect(found).toEqual(['so với cùng kỳ năm trước', 'so với cùng kỳ', 'so với']);
    const looped = LIST.map((p) => matchPhrase(tokens, 3, p))
      .filter((m) => m !== null)
      .map((m) => m.phrase.text);
    expect(found).toEqual(looped);
  });

  it('finds a phrase with a typo or no diacritics in its first word, once', () => {
    // a typo in a first word of 4+ letters is found through the phrase's second word
    const typo = tokenize('comparred with last year');
    expect(matchesAt(typo, 0, LIST).map((m) => [m.phrase.text, m.level])).toEqual([['compared with', 'typo']]);
    const bare = tokenize('so voi cung ky');
    expect(matchesAt(bare, 0, LIST).map((m) => m.phrase.text)).toEqual(['so với cùng kỳ', 'so với']);
  });

  it('honours the limit and finds nothing on other words', () => {
    const tokens = tokenize('so với cùng kỳ');
    expect(matchesAt(tokens, 0, LIST, 2).map((m) => m.phrase.text)).toEqual(['so với']);
    expect(matchesAt(tokenize('doanh thu'), 0, LIST)).toEqual([]);
    expect(matchesAt(tokens, 9, LIST)).toEqual([]);
    // the longest of them is what matchAt returns
    expect(matchAt(tokens, 0, LIST)?.phrase.text).toBe(matchesAt(tokens, 0, LIST)[0]?.phrase.text);
  });
});

describe('matchAt skips words no phrase of any list starts with', () => {
  it('still finds a phrase of a list compiled after the words were first looked at', () => {
    const tokens = tokenize('sản lượng zyzzyva đạt 5 tấn');
    // the word is looked at (and its answer cached) before any list holds it
    expect(matchAt(tokens, 2, LIST)).toBeNull();
    const late = words(['zyzzyva đạt']);
    expect(matchAt(tokens, 2, late)?.phrase.text).toBe('zyzzyva đạt');
    // and through its second word, with a typo in the first
    expect(matchAt(tokenize('zyzzyvx đạt'), 0, late)?.level).toBe('typo');
  });
});
