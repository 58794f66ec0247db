import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps grouped and decimal numbers whole and ends them before punctuation', () => {
    const t = tokenize('đạt 2.890.000 thuê bao, 100,67%. Năm 2020.');
    expect(t.filter((x) => x.kind === 'number').map((x) => x.text)).toEqual(['2.890.000', '100,67', '2020']);
  });
  it('offsets index the original string, also for decomposed (NFD) text', () => {
    const text = 'Doanh thu đạt 3.630 tỷ'.normalize('NFD');
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    const dat = tokenize(text).find((x) => x.forms.fold === 'dat');
    expect(dat?.forms.lower).toBe('đạt');
  });
  it('keeps names like TT&TT and splits 58-NQ/TW into parts', () => {
    expect(tokenize('TT&TT 58-NQ/TW').map((x) => x.text)).toEqual(['TT&TT', '58', '-', 'NQ', '/', 'TW']);
  });
  it('records line breaks in the gap before a token', () => {
    const [, second] = tokenize('a\n\nb');
    expect(second?.gap).toBe('\n\n');
  });
});
