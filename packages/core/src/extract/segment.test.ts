import { describe, expect, it } from 'vitest';
import { sentences } from './segment';
import { tokenize } from './tokenize';

describe('sentences', () => {
  it('a decimal point never ends a sentence; a full stop before a space does', () => {
    const text = 'Revenue hit 3.63 trillion. Exports rose 5.2%.';
    const tokens = tokenize(text);
    const s = sentences(tokens).map((x) => text.slice(tokens[x.from]?.start, tokens[x.to - 1]?.end));
    expect(s).toEqual(['Revenue hit 3.63 trillion.', 'Exports rose 5.2%.']);
  });
  it('line breaks end sentences and start paragraphs; `TP. Hồ Chí Minh` does not end one', () => {
    const tokens = tokenize('Tại TP. Hồ Chí Minh doanh thu tăng\n\nNăm 2021');
    const s = sentences(tokens);
    expect(s).toHaveLength(2);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1]);
  });
});
