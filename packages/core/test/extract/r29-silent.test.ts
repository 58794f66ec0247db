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

describe('an addition told before, restated as a subject (`The additional $1.4 billion will …`)', () => {
  it('doubts a figure after a definite article and an additive word', () => {
    expect(values('The additional $600 million will lift the plant’s total investment to $2.2 billion.')).toEqual([
      '600000000 USD?',
      '2200000000 USD',
    ]);
    expect(values('The extra 500 MW will come online in 2026.')).toEqual(['500 (MW)?']);
    expect(reasons('These additional 1,200 tonnes were shipped to Japan in May.')).toContain('difference');
  });
  it('keeps a new addition (`an additional`, `another`), often a goal', () => {
    expect(values('The city aims to build 20,000 units by 2025 and an additional 35,000 by 2030.')).toEqual([
      '20000 (units)',
      '35000 (units)',
    ]);
    expect(values('The group plans to invest another $2.5 billion in the province.')).toEqual(['2500000000 USD']);
  });
});

describe('an amount right before a change noun is the size of a change, not a level', () => {
  it('doubts `a $9 billion increase`, `a $2 billion yearly rise`', () => {
    expect(
      values('In May 2021, the ministry set a goal of $30 billion in seafood exports by 2030, a $12 billion increase.'),
    ).toContain('12000000000 USD?');
    expect(values('Exports reached $12 billion, a $2 billion year-on-year rise.')).toEqual([
      '12000000000 USD',
      '2000000000 USD?',
    ]);
  });
  it('keeps a percentage there (the change itself) and an amount before another noun', () => {
    expect(values('The country posted a $2 billion trade surplus in 2023.')).toEqual(['2000000000 USD']);
    expect(values('Revenue reached VND43 trillion, a 12.4% increase year-on-year.')).toEqual(['43000000000000 VND']);
  });
});

describe('a change verb, a manner adverb or none, then `at a/the rate of` and the rate', () => {
  const changes = (text: string): string[] =>
    statementLines(text, 'en').map((l) => (l.split(' [')[1] ?? '').split(']')[0] as string);
  it('reads the rate after `at the rate of` and after an adverb before `at`', () => {
    expect(changes('Online retail grew at the rate of 18% in 2023.')).toEqual(['rate 18 -']);
    expect(changes('Online retail grew strongly at a rate of 18% in 2023.')).toEqual(['rate 18 -']);
    expect(changes('Garment exports rose steadily at 6 percent in 2023.')).toEqual(['rate 6 -']);
    expect(values('The survey showed that online retail continued to grow strongly at the rate of 18%.')).toEqual([]);
  });
  it('keeps an adverb before a time (`rose sharply at the end of 2023`) and a policy’s rate', () => {
    expect(changes('Exports rose sharply at the end of 2023.')).toEqual([]);
    expect(values('The firm will pay a cash dividend at the rate of 6 percent.')).not.toContain('6 percent');
  });
});

describe('a bound written after the figure (`or more`, `and above`, `trở lên`)', () => {
  it('doubts the level: a bound, or a threshold of a definition', () => {
    expect(values('Luxury flats are those with a primary price of $8,000 per square metre or more.')).toEqual([
      '8000 ($ per square)?',
    ]);
    expect(values('Exports reached $12 billion or more in 2023.')).toEqual(['12000000000 USD?']);
    expect(reasons('Households earning VND100 million or above a year numbered 1,200.')).toContain('unread-bound');
    expect(values('Có 1.200 hộ đạt thu nhập 100 triệu đồng trở lên.', 'vi')).toContain('100000000 VND?');
  });
  it('keeps a bound that opens the next figure (`$31 billion and over $48 billion`)', () => {
    expect(values('Exports and imports reached $31 billion and over $48 billion, respectively.')[0]).toBe(
      '31000000000 USD',
    );
    expect(values('Exports reached $12 billion in 2023, more than in 2022.')).toEqual(['12000000000 USD']);
  });
});

describe('a percentage level at a Vietnamese month-end cut-off (`tính đến cuối tháng 4-2023, tỷ lệ … đạt 84%`)', () => {
  it('doubts the period: a stock of the month or of the year to it', () => {
    expect(reasons('Tính đến cuối tháng 6-2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%.', 'vi')).toContain(
      'month-end',
    );
  });
  it('keeps a flow’s total to a month’s end the year to date, certain', () => {
    expect(reasons('Tính đến hết tháng 10/2024, vốn đầu tư công đã giải ngân đạt 3.950 tỷ đồng.', 'vi')).toEqual([]);
  });
});
