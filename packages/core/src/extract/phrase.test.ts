import { describe, expect, it } from 'vitest';
import { matchAt, matchesAt, matchPhrase, phraseEndingAt, words } from './phrase';
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

describe('phraseEndingAt: the look-behind for a word right before a figure', () => {
  const BOUNDS = words(['khoảng', 'gần', 'vào khoảng', 'up to', 'to']);
  // tokens: đạt(0) vào(1) khoảng(2) 5(3) tấn(4)
  const vi = tokenize('đạt vào khoảng 5 tấn');

  it('finds the nearest start by default and the farthest with `longest`', () => {
    expect(phraseEndingAt(vi, 3, BOUNDS)).toBe(2); // `khoảng`
    expect(phraseEndingAt(vi, 3, BOUNDS, 3, 0, true)).toBe(1); // `vào khoảng`
  });

  it('looks no further back than its reach nor before its floor', () => {
    expect(phraseEndingAt(vi, 3, BOUNDS, 1, 0, true)).toBe(2);
    expect(phraseEndingAt(vi, 3, BOUNDS, 3, 2, true)).toBe(2);
    expect(phraseEndingAt(vi, 3, BOUNDS, 3, 3)).toBe(-1);
  });

  it('needs the phrase to end right at the token, and finds nothing at the start of the text', () => {
    // `up to` ends at token 2, not at the figure (token 3) after `rise`
    const en = tokenize('up to rise 5 percent');
    expect(phraseEndingAt(en, 3, BOUNDS)).toBe(-1);
    expect(phraseEndingAt(en, 2, BOUNDS, 3, 0, true)).toBe(0);
    expect(phraseEndingAt(en, 0, BOUNDS)).toBe(-1);
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

describe('matchAt through a large bucket (narrowed token by token after its key)', () => {
  // More than NARROW_MIN phrases share the first word `the` (and ~15 of them `the same`) and the
  // second word `by`: their buckets are narrowed token by token by the probe's key, and by its
  // length for a typo (keywords of 5+ letters).
  const BIG = words([
    'the same period last year',
    'the same period of last year',
    'the same month last year',
    'the same month of last year',
    'the same quarter last year',
    'the same quarter of last year',
    'the same quarter of the previous year',
    'the same period a year earlier',
    'the same month a year earlier',
    'the same half of the prior year',
    'the same period',
    'the same time',
    'the corresponding period last year',
    'the corresponding period of the previous year',
    'the previous year',
    'the previous month',
    'the figure recorded in',
    'the level of',
    'the plan',
    'the target',
    'the 2023 level',
    'the (revised) plan',
    'the',
    'increased by',
    'decreased by',
    'rose by',
    'fell by',
    'grew by',
    'climbed by',
    'expanded by',
    'contracted by',
    'declined by',
    'surged by',
  ]);
  /** What a loop over the whole list (longest first) finds at token `i`: its first phrase that matches. */
  const looped = (tokens: ReturnType<typeof tokenize>, i: number, limit = tokens.length) =>
    BIG.map((p) => matchPhrase(tokens, i, p, limit)).find((m) => m !== null) ?? null;
  const TEXTS = [
    'exports rose 5% compared with the same period last year and the previous month',
    // typos in the second word of a `the` phrase, in the first word of a `by` phrase, missing marks
    'up 3% against the corresponidng period of the previus year; sales increasd by 4% and decresed by 2%',
    'compared with the figuer recorded in 2022, the levl of, the plaan, the targte',
    // numbers and marks as the second token, a text ending on the shared word
    'against the 2023 level and the (revised) plan, rose by 5, fell  by 2, climbed by 1 from the',
    'the same monthh last year, the sam period of last year, grew bi 3%, expnded by 4%',
    // deeper in a shared `the same …`: typos and marks in the third and later words, texts that stop short
    'vs the same quartre of the previuos year, the same period a yaer earlier, the same half of the prior',
    'the same month of last yeah; the same quarter 2023; the same period, the same time; the same',
  ];
  it('finds at every token what a loop over the whole list finds (exact, typo, unmarked, numbers, marks, end of text)', () => {
    let found = 0;
    for (const text of TEXTS) {
      const tokens = tokenize(text);
      for (let i = 0; i <= tokens.length; i++) {
        const m = matchAt(tokens, i, BIG);
        const want = looped(tokens, i);
        expect([i, m?.phrase.text, m?.to, m?.level]).toEqual([i, want?.phrase.text, want?.to, want?.level]);
        if (m) found++;
      }
    }
    expect(found).toBeGreaterThanOrEqual(20);
  });

  it('reads a typo in the second word of a shared first word, and in the first word of a shared second word', () => {
    const a = tokenize('the corresponidng period last year');
    expect(matchAt(a, 0, BIG)).toMatchObject({ to: 5, level: 'typo' });
    expect(matchAt(a, 0, BIG)?.phrase.text).toBe('the corresponding period last year');
    const b = tokenize('sales increasd by 4%');
    expect(matchAt(b, 1, BIG)?.phrase.text).toBe('increased by');
    // a word two letters off is no typo, and a short keyword takes none
    expect(matchAt(tokenize('the correspondingly period last year'), 0, BIG)?.phrase.text).toBe('the');
    expect(matchAt(tokenize('the plam'), 0, BIG)?.phrase.text).toBe('the');
  });

  it('honours the limit inside a narrowed bucket', () => {
    const tokens = tokenize('the same period last year');
    expect(matchAt(tokens, 0, BIG, 3)?.phrase.text).toBe('the same period');
    expect(matchAt(tokens, 0, BIG, 2)?.phrase.text).toBe('the');
    expect(matchAt(tokens, 0, BIG, 3)).toEqual(looped(tokens, 0, 3));
  });
});
