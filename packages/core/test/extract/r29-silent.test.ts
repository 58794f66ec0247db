import { describe, expect, it } from 'vitest';
import { doubtReasons as reasons, statementLines, markedValues as values } from './readings';

/**
 * Round 29 (the silent wrong numbers of `test18` and the rest of `test17`). Each shape is written as its
 * class — paraphrases of our own (other sectors, numbers, word orders, both languages where the shape
 * exists) whose number must no longer be shown as certain and exact, and near sentences that must keep
 * their reading. Never a corpus sentence.
 */

const bounds = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  statementLines(text, locale).map((l) => l.split(' [')[0] as string);

describe('a tilde before a figure is `about`; glued between two numbers it is a range', () => {
  it('reads `~` before a number, a currency word or sign as an approximation', () => {
    expect(bounds('The company spent ~VND450bn on new vessels in 2023.')).toEqual(['450000000000 VND ~about']);
    expect(bounds('Revenue of the unit reached ~$12 million last year.')).toEqual(['12000000 USD ~about']);
    expect(bounds('Rice exports were ~52,000 tonnes in May 2019.')).toEqual(['52000 tonne ~about']);
    expect(bounds('Sản lượng điện đạt ~1.250 triệu kWh.', 'vi')[0]).toMatch(/~about$/u);
  });
  it('doubts both ends of `10~20%`, `$3~$4` (a range, never a figure and its approximation)', () => {
    expect(values('Output rose 10~20% in the quarter.')).toEqual(['20 percent?']);
    expect(reasons('Output rose 10~20% in the quarter.')).toContain('range');
    expect(values('Prices were $3~$4 per kg this week.').every((v) => v.endsWith('?'))).toBe(true);
  });
  it('keeps the reading of a figure with no tilde', () => {
    expect(bounds('The company spent VND450bn on new vessels in 2023.')).toEqual(['450000000000 VND']);
  });
});

describe('`a maximum of`, `a minimum of` bound the figure after them, as `tối đa`, `tối thiểu` do', () => {
  it('reads an upper and a lower bound', () => {
    expect(bounds('Miners are expected to supply a maximum of 41.5 million tonnes of coal next year.')).toEqual([
      '41500000 tonne ~under',
    ]);
    expect(bounds('The fund will lend a minimum of $250 million to small firms in 2025.')).toEqual([
      '250000000 USD ~over',
    ]);
    expect(bounds('Các mỏ dự kiến cung cấp tối đa 41,5 triệu tấn than năm tới.', 'vi')[0]).toMatch(/~under$/u);
  });
  it('keeps `the maximum`, `maximum capacity of` (a named maximum, no bound word before the figure)', () => {
    expect(bounds('The maximum capacity of the port is 2 million TEU.')).not.toContain('2000000 TEU ~under');
    expect(bounds('Coal supply reached 41.5 million tonnes, a maximum for the decade.')).toEqual(['41500000 tonne']);
  });
});

describe('a percentage after a verb of the parts a whole is made of is a share', () => {
  it('doubts `comprising 70%`, `constituting 25 percent`, `which constitutes 12.8%`', () => {
    expect(values('Watch the blue-chip basket, comprising 64% of the exchange’s capitalisation.')).toEqual([
      '64 percent?',
    ]);
    expect(values('Germany is the largest buyer of Vietnamese pepper, constituting 18 percent of the total.')[0]).toBe(
      '18 percent?',
    );
    expect(reasons('Seafood exports reached $2.1 billion, which constitutes 9.5% of farm exports.')).toContain('share');
  });
  it('keeps an amount a whole is made of (a part, a fact)', () => {
    expect(values('The revenue comprises 3.4 billion USD from the domestic sector.')).toEqual(['3400000000 USD']);
    expect(values('Demand will reach 80Mt in 2026, comprising 52Mt for power plants and 28Mt for industry.')).toContain(
      '52000000 tonne',
    );
  });
});
