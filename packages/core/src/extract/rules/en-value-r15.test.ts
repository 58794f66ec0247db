import { describe, expect, it } from 'vitest';
import { glueOf } from '../glue';
import { en } from '../grammar-en';
import { changes, one, read } from '../sentence/statements.test-util';
import { tokenize } from '../tokenize';
import type { Statement } from '../types';

/** A statement's value as `base unit` (`8060000000 USD`), or undefined. */
const value = (s: Statement | undefined): string | undefined =>
  s?.value ? `${s.value.value.base} ${s.value.value.unitCode ?? s.value.value.unit ?? ''}`.trim() : undefined;

/** The doubt of a statement's value, or `certain`. */
const valueDoubt = (s: Statement | undefined): string | undefined =>
  s?.value ? (s.value.doubt?.reason ?? s.value.confidence) : undefined;

describe('EN-VALUES-2: a point before exactly three digits with no scale word (point-thousands)', () => {
  // Own paraphrases: a count, a count with its noun, a price — each may be thousands written the Vietnamese way.
  it('doubts the value: it may be 43,900 as well as 43.9', () => {
    for (const text of [
      'Enterprises leaving the market numbered 12.300, a year-on-year rise of 8.1 percent.',
      'The province welcomed 64.500 visitors in May, up 12 percent year on year.',
      'The average price of pepper climbed to VND 83.500 per kilogram.',
    ]) {
      const s = read(text)[0];
      expect(valueDoubt(s), text).toBe('point-thousands');
    }
  });
  // Negatives: a scale word or a percentage after the number makes the point a decimal point;
  // two decimals or a comma group are no such shape.
  it('keeps decimals certain after a scale word, as a percentage, or with other digit groups', () => {
    for (const [text, v] of [
      ['Exports reached US$7.362 billion in March.', '7362000000 USD'],
      ['The disbursement rate was 12.345 percent.', '12.345 percent'],
      ['Rice productivity was 6.08 tonnes.', '6.08 tonne'],
      ['The province welcomed 64,500 visitors in May.', '64500 person'],
    ] as const) {
      const s = read(text)[0];
      expect(value(s), text).toBe(v);
      expect(valueDoubt(s), text).toBe('certain');
    }
  });
});

describe('EN-VALUES-2: a content word that lost the space after it (glue heads)', () => {
  const glued = (text: string) =>
    tokenize(text, glueOf(en))
      .filter((t) => t.kind === 'word')
      .map((t) => t.text);
  // Own paraphrases: a scale word glued to its unit or currency, a percent word glued to its
  // compare word or preposition, a verb glued to `by`, a reporting word glued to a bound word.
  it('reads the figures around the glued words', () => {
    const coffee = one('Coffee exports reached 2.1 billionUSD, up 12 percentfrom a year earlier.');
    expect(value(coffee)).toBe('2100000000 USD');
    expect(changes(coffee)).toEqual(['rate 12 same-period-last-year']);
    const rice = one('Rice output increasedby 3.5 percent year on year to 21 million tonnes.');
    expect(value(rice)).toBe('21000000 tonne');
    expect(changes(rice)).toEqual(['rate 3.5 same-period-last-year']);
    const budget = one('Total disbursement was 1.2 trillionVND, equal to 40 percentof the plan.');
    expect(value(budget)).toBe('1200000000000 VND');
    expect(budget.completion?.value.percent.value).toBe('40');
    const power = one('Power output reached 25.4 billionkWh, up 9 percentover the same period last year.');
    expect(value(power)).toBe('25400000000 kWh');
    expect(changes(power)).toEqual(['rate 9 same-period-last-year']);
    const said = one('The ministry saidnearly 3,000 projects were approved.');
    expect(said.value?.value.approximate).toBe('under');
  });
  it('splits only a head and a word that may follow it', () => {
    expect(glued('up 41 percentover the same period')).toEqual(['up', 'percent', 'over', 'the', 'same', 'period']);
    expect(glued('15 trillionVND and 13.5 billionkWh')).toEqual(['trillion', 'VND', 'and', 'billion', 'kWh']);
    expect(glued('it grewby 5 percent; Binh said thatin April')).toEqual([
      'it',
      'grew',
      'by',
      'percent',
      'Binh',
      'said',
      'that',
      'in',
      'April',
    ]);
  });
  // Negatives: real words that start with a head and end with a word that may follow one stay whole.
  it('keeps real words whole', () => {
    const words = [
      'surgeon',
      'upon',
      'into',
      'percentage',
      'thousandth',
      'billionaire',
      'overall',
      'thatch',
      'fallout',
    ];
    expect(glued(words.join(' '))).toEqual(words);
  });
});
