import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

/**
 * English recall shapes of issue #11 (test3 round). Every sentence here is a paraphrase of our
 * own — other numbers, goods, verbs and word order than the corpus sentences the shapes were
 * found in — and each shape has a near sentence that must NOT be read that way.
 */

/** Each statement as `unit: changes`. */
const byUnit = (text: string, locale: 'en' | 'vi' = 'en'): Record<string, string[]> =>
  Object.fromEntries(read(text, locale).map((s) => [s.value?.value.unit ?? '-', changes(s)]));

describe('an amount of goods and its worth, then changes measured in volume and in value', () => {
  it.each([
    [
      'Viet Nam shipped 1.2 million tonnes of coffee worth 2.9 billion USD in the first half of 2023, up 6 percent in volume and 14 percent in value year-on-year.',
      { tonnes: ['rate 6 same-period-last-year'], USD: ['rate 14 same-period-last-year'] },
    ],
    [
      'The province sold 45,000 tonnes of pepper for 160 million USD last year, a year-on-year rise of 9.5% in volume and 21% in value.',
      { tonnes: ['rate 9.5 same-period-last-year'], USD: ['rate 21 same-period-last-year'] },
    ],
    [
      'Exporters earned 870 million USD from 310,000 tonnes of cashew nuts in 2022, down 3.4 percent in value but up 2 percent in volume compared with 2021.',
      { USD: ['rate -3.4 2021'], tonnes: ['rate 2 2021'] },
    ],
    [
      'Firms exported 52,000 tonnes of tea worth 98 million USD in 2021, up 1.8 times in volume and 2.1 times in value against 2020.',
      { tonnes: ['times 1.8 2020'], USD: ['times 2.1 2020'] },
    ],
    [
      'Fruit exporters shipped 640,000 tonnes worth 1.4 billion USD in 2020, rising 12 per cent by volume and 17 per cent by value from 2019.',
      { tonnes: ['rate 12 2019'], USD: ['rate 17 2019'] },
    ],
  ])('%s', (text, expected) => {
    expect(byUnit(text)).toEqual(expected);
  });

  it('a base stated once before both coordinated changes is the base of both', () => {
    const text =
      'Seafood firms sold 300,000 tonnes of shrimp worth 1.1 billion USD in 2022, a year-on-year drop of 4 percent in volume and 7 percent in value.';
    expect(byUnit(text)).toEqual({ tonnes: ['rate -4 same-period-last-year'], USD: ['rate -7 same-period-last-year'] });
  });

  it('Vietnamese: về lượng / về giá trị split the same way', () => {
    const text =
      'Năm 2022, cả nước xuất khẩu 7,1 triệu tấn gạo, trị giá 3,5 tỷ USD, tăng 13% về lượng và tăng 5% về giá trị so với năm 2021.';
    const all = read(text, 'vi');
    const usd = all.find((s) => s.value?.value.unit === 'USD');
    const tonne = all.find((s) => s.value?.value.unit !== 'USD');
    expect(changes(tonne)).toEqual(['rate 13 2021']);
    expect(changes(usd)).toEqual(['rate 5 2021']);
  });

  it.each([
    [
      'Viet Nam shipped 1.2 million tonnes of coffee worth 2.9 billion USD in 2023, up 6 percent and 14 percent from 2022 in volume and value, respectively.',
      { tonnes: ['rate 6 2022'], USD: ['rate 14 2022'] },
    ],
    [
      'Exporters earned 870 million USD from 310,000 tonnes of cashew nuts in 2022, down 3.4% and 2% in value and volume year-on-year.',
      { USD: ['rate -3.4 same-period-last-year'], tonnes: ['rate -2 same-period-last-year'] },
    ],
    [
      'The province sold 45,000 tonnes of pepper worth 160 million USD in 2021, a year-on-year rise of 9.5% and 21% in terms of volume and value respectively.',
      { tonnes: ['rate 9.5 same-period-last-year'], USD: ['rate 21 same-period-last-year'] },
    ],
  ])('both measures named once after the pair: %s', (text, expected) => {
    expect(byUnit(text)).toEqual(expected);
  });

  it('NEGATIVE: two changes followed by one measure only are not split as a pair', () => {
    const all = read(
      'Traders sold 40,000 tonnes of cocoa worth 90 million USD in 2023, up 5 percent and 12 percent in value.',
    );
    expect(all.flatMap((s) => s.changes.map((c) => c.rule)).some((r) => r.includes('volume-value'))).toBe(false);
  });

  it('NEGATIVE: with only the worth stated, a volume change is not given to any figure as the worth’s own', () => {
    const [s, ...rest] = read(
      'Rice exports brought in 2.5 billion USD in 2023, up 8 percent in value and 11 percent in volume.',
    );
    expect(rest).toHaveLength(0);
    // The volume change stays in the only statement, doubted as the change of another measure.
    const volume = s?.changes.find((c) => c.value.amount.value === '11');
    expect(volume?.confidence).toBe('uncertain');
  });

  it('NEGATIVE: two amounts of goods (no worth) are not split by in volume / in value', () => {
    const all = read(
      'The region harvested 2 million tonnes of rice and 500,000 tonnes of maize in 2023, up 5 percent in volume and 3 percent in value.',
    );
    expect(all.flatMap((s) => s.changes.map((c) => c.rule)).some((r) => r.includes('volume-value'))).toBe(false);
  });

  it('NEGATIVE: a change of another measure (in number of contracts) keeps the pair untouched', () => {
    const all = read(
      'Traders sold 40,000 tonnes of cocoa worth 90 million USD in 2023, up 5 percent in volume and 12 percent in number of contracts.',
    );
    expect(all.flatMap((s) => s.changes.map((c) => c.rule)).some((r) => r.includes('volume-value'))).toBe(false);
  });
});

describe('an appositive change with adjectives between its article and its amount, or after a participle of showing', () => {
  const one = (text: string): Statement => {
    const all = read(text);
    expect(all, `one statement from: ${text}`).toHaveLength(1);
    return all[0] as Statement;
  };
  it.each([
    [
      'Cargo through the port reached 41 million tonnes, a robust 12.5% increase year-on-year.',
      ['rate 12.5 same-period-last-year'],
    ],
    ['Air passengers totalled 3.2 million, a modest 2 percent rise on the previous month.', ['rate 2 previous-period']],
    [
      'Steel output hit 1.9 million tonnes, a sharp 8.4 per cent drop year-on-year.',
      ['rate -8.4 same-period-last-year'],
    ],
    ['Hotel guests numbered 820,000, a very strong 30% increase year on year.', ['rate 30 same-period-last-year']],
    [
      'Card payments hit 95 million, presenting a year-on-year increase of 4.4 percent.',
      ['rate 4.4 same-period-last-year'],
    ],
    [
      'Foreign arrivals stood at 610,000, reflecting a slight month-on-month decrease of 2%.',
      ['rate -2 previous-period'],
    ],
  ])('%s', (text, expected) => {
    expect(changes(one(text))).toEqual(expected);
  });

  it('NEGATIVE: without a change noun after the percentage, adjectives before it make no change', () => {
    const all = read('The forest cover reached a healthy 42.1 percent in 2023.');
    expect(all.flatMap((s) => changes(s))).toEqual([]);
  });

  it('NEGATIVE: a number word between the article and the amount is no adjective', () => {
    // `a 2023 12% increase` is not English the rule reads: the year stops the adjectives.
    const all = read(
      'Rice exports were 3 million tonnes, with a further 5 shipments, a 2 percent increase year-on-year.',
    );
    expect(all.flatMap((s) => s.changes.map((c) => c.value.amount.value))).not.toContain('5');
  });
});

describe('irregular participles after has / have and the press’s stronger change verbs', () => {
  const only = (text: string): string[] => read(text).flatMap((s) => changes(s));
  it.each([
    ['Construction has risen by 6.2% year-on-year.', ['rate 6.2 same-period-last-year']],
    ['Cashew exports have grown 14 percent from a year earlier.', ['rate 14 same-period-last-year']],
    ['Pork prices had fallen 3.5 per cent against the previous month.', ['rate -3.5 previous-period']],
    ['Car sales tumbled 18% year on year.', ['rate -18 same-period-last-year']],
    [
      'Freight costs plummeted by 40 percent compared with the same period last year.',
      ['rate -40 same-period-last-year'],
    ],
    ['Solar installations skyrocketed 2.3% month-on-month.', ['rate 2.3 previous-period']],
  ])('%s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('a change verb with `to` and an amount gives the level it reached', () => {
    const [s] = read('Imports tumbled 9% year-on-year to 120 billion USD in 2023.');
    expect(s?.value?.value.unit).toBe('USD');
    expect(changes(s)).toEqual(['rate -9 same-period-last-year']);
  });

  it('NEGATIVE: `rebounded N%` stays doubted (it may be a ratio to the base)', () => {
    const [s] = read('Hotel revenue rebounded 130% year-on-year.');
    expect(s?.changes.every((c) => c.confidence === 'uncertain') ?? true).toBe(true);
  });

  it('NEGATIVE: a participle that is not a change verb (`has reached 6.2%`) is a level, not a change', () => {
    expect(only('The poverty rate has reached 6.2% in 2023.')).toEqual([]);
  });
});

describe('a focusing adverb (only, just, merely) between a verb and its amount', () => {
  const all = (text: string, locale: 'en' | 'vi' = 'en'): string[] => read(text, locale).flatMap((s) => changes(s));
  it.each([
    [
      'Fees collected reached 12 trillion VND in 2023, equivalent to only 71% of that in the same period last year.',
      ['ratio 71 same-period-last-year'],
    ],
    ['Retail sales rose just 0.9 percent year-on-year.', ['rate 0.9 same-period-last-year']],
    ['Garment orders were up merely 1.5% from the previous month.', ['rate 1.5 previous-period']],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('the statement stays one: the adverb names nothing', () => {
    const s = read('Budget revenue was 5 trillion VND in 2022, equivalent to just 80% of the same period last year.');
    expect(s).toHaveLength(1);
    expect(s[0]?.value?.value.unit).toBe('VND');
  });

  it('after a value verb the amount is read: reached only 40,000 tonnes', () => {
    const [s] = read('Shrimp exports reached only 40,000 tonnes in 2023.');
    expect(s?.value?.value.number.value).toBe('40000');
  });

  it('NEGATIVE: `only` before a word that is no amount is not skipped (`rose only in May`)', () => {
    expect(all('Coffee prices rose only in May, by 3 percent year-on-year.')).not.toContain('rate 3 -');
    expect(read('Coffee prices rose only in May.').flatMap((s) => changes(s))).toEqual([]);
  });
});
