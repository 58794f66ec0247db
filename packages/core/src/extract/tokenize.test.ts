import { describe, expect, it } from 'vitest';
import { glueOf } from './glue';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
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

describe('tokenize with the glue of a grammar (web text that lost a space)', () => {
  const words = (text: string, g = en): string[] => tokenize(text, glueOf(g)).map((x) => x.text);
  it('splits letters glued to a number, keeping the number whole', () => {
    expect(words('or19.6 percent')).toEqual(['or', '19.6', 'percent']);
    expect(words('reached12,5 per cent')).toEqual(['reached', '12,5', 'per', 'cent']);
    expect(words('đạt19,6%', vi)).toEqual(['đạt', '19,6', '%']);
    // NFD letters split the same way.
    expect(words('đạt19,6%'.normalize('NFD'), vi).map((w) => w.normalize('NFC'))).toEqual(['đạt', '19,6', '%']);
  });
  it('splits a grammar word glued to a capitalised word or to a verb, article or bound word', () => {
    expect(words('from theState budget')).toEqual(['from', 'the', 'State', 'budget']);
    expect(words('exports ofVietnam')).toEqual(['exports', 'of', 'Vietnam']);
    expect(words('inthe first quarter')).toEqual(['in', 'the', 'first', 'quarter']);
    expect(words('andrising 16.3 percent')).toEqual(['and', 'rising', '16.3', 'percent']);
    expect(words('orover 5 percent')).toEqual(['or', 'over', '5', 'percent']);
  });
  it('keeps names, codes, unit powers and real words that only start like a grammar word', () => {
    expect(words('4G 5G COVID-19 F1 H1 Q3 iPhone 2021-2025 m2 km2 m3 a5')).toEqual([
      ...['4', 'G', '5', 'G', 'COVID', '-', '19', 'F1', 'H1', 'Q3', 'iPhone', '2021', '-', '2025'],
      ...['m2', 'km2', 'm3', 'a5'],
    ]);
    expect(words('into often another within format totally inside increase income')).toEqual([
      ...['into', 'often', 'another', 'within', 'format', 'totally', 'inside', 'increase', 'income'],
    ]);
    expect(words('VND5,200 billion US$6.5')).toEqual(['VND', '5,200', 'billion', 'US', '$', '6.5']);
  });
  it('splits nothing without a grammar (the phrases of the grammar itself)', () => {
    expect(tokenize('theState or19').map((x) => x.text)).toEqual(['theState', 'or19']);
  });
  it('gives the second part an empty gap and offsets into the original string', () => {
    const text = 'up inthe second';
    const t = tokenize(text, glueOf(en));
    expect(t.map((x) => x.gap)).toEqual(['', ' ', '', ' ']);
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
