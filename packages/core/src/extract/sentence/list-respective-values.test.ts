import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

/** `value → change` of every statement that has a value or a change. */
const pairs = (all: Statement[]): string[] =>
  all.filter((s) => s.value || s.changes.length).map((s) => `${s.value?.value.base ?? '-'} → ${changes(s).join(', ')}`);
const certain = (all: Statement[]): boolean =>
  all.every((s) =>
    [s.value, ...s.changes].every((f) => !f || f.confidence === 'certain' || f.doubt?.reason !== 'respectively'),
  );

describe('a list of changes paired by order with the values of earlier clauses (list-respective-values.ts)', () => {
  it.each([
    [
      'The province licensed 25 new projects with total registered capital of US$310 million in the first half, representing respective increases of 12% and 35% over the same period last year.',
      ['25 → rate 12 same-period-last-year', '310000000 → rate 35 same-period-last-year'],
    ],
    [
      'The resort welcomed 2.4 million guests, including 650,000 foreigners, in 2024, annual rises of 18 per cent and 26 per cent respectively.',
      ['2400000 → rate 18 -', '650000 → rate 26 -'],
    ],
    [
      'The farm earned VND 120 billion from 3,500 tonnes of fruit, showing surges of 40% and 22%, respectively.',
      ['120000000000 → rate 40 -', '3500 → rate 22 -'],
    ],
    [
      'Hai Phong served 1.2 million visitors in the first quarter, earning 3.4 trillion VND, up 1.5 times and 2.1 times year-on-year, respectively.',
      ['1200000 → times 1.5 same-period-last-year', '3400000000000 → times 2.1 same-period-last-year'],
    ],
  ])('%s', (text, expected) => {
    const all = read(text);
    expect(pairs(all)).toEqual(expected);
    // paired by order: the pairing itself is not doubted
    expect(certain(all)).toBe(true);
  });

  it('one value and a list of changes against respective bases: all are that value’s', () => {
    const all = read(
      'The shipyard delivered vessels worth nearly 90 million USD in May, recording respective month-on-month and year-on-year increases of 6.5% and 11.2%.',
    );
    expect(pairs(all)).toEqual(['90000000 → rate 6.5 previous-period, rate 11.2 same-period-last-year']);
  });

  it('a rate after a negative one, signed only by `over`, takes the list’s sign', () => {
    const all = read(
      'There were 3,200 new firms with registered capital of 41 trillion VND in May, representing respective declines of 8.4% and 20.1% over the same period last year.',
    );
    expect(pairs(all)).toEqual([
      '3200 → rate -8.4 same-period-last-year',
      '41000000000000 → rate -20.1 same-period-last-year',
    ]);
  });

  it('negative: three values before two changes pair nothing (the changes stay doubted)', () => {
    const all = read(
      'The region handled 5 million tonnes of rice, 2 million tonnes of coffee and 1.1 million tonnes of pepper, representing respective increases of 10% and 12% over the previous year.',
    );
    const paired = all.flatMap((s) => s.changes).filter((c) => c.rule.includes('respective-values'));
    expect(paired).toHaveLength(0);
    expect(all.flatMap((s) => s.changes).every((c) => c.confidence === 'uncertain')).toBe(true);
  });

  it('negative: a list of changes with a name of its own (a list of names) is not given to earlier values', () => {
    const all = read('Exports reached US$5 billion in May; rice and coffee rose 5% and 7% respectively.');
    const exports = all.find((s) => s.value?.value.base === '5000000000');
    expect(exports?.changes ?? []).toHaveLength(0);
  });
});

describe('one base written once beside `respectively` is every listed change’s (list-respective-values.ts)', () => {
  it.each([
    [
      'Exports of textiles, seafood and wood fell by 4%, 6% and 9%, respectively, year on year.',
      ['rate -4 same-period-last-year', 'rate -6 same-period-last-year', 'rate -9 same-period-last-year'],
    ],
    [
      'Revenue and profit grew 3.5% and 7.2%, respectively, compared with the same period last year.',
      ['rate 3.5 same-period-last-year', 'rate 7.2 same-period-last-year'],
    ],
    [
      'Sales of cars and motorbikes were up 1.8 times and 1.2 times year-on-year, respectively.',
      ['times 1.8 same-period-last-year', 'times 1.2 same-period-last-year'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text).flatMap((s) => changes(s))).toEqual(expected);
  });

  it('negative: a base of another clause after the word is not the list’s', () => {
    const all = read('Rice and coffee exports rose 5% and 7% respectively, while imports fell 2% year-on-year.');
    const listed = all.flatMap((s) => s.changes).filter((c) => c.value.amount.value !== '-2');
    expect(listed.map((c) => c.value.base)).toEqual([undefined, undefined]);
  });
});

describe('a list of values after changes paired with names takes the same order (list-respective-values.ts)', () => {
  it.each([
    [
      'Exports to the US and China rose 10 percent and 5 percent, with values of 5 billion USD and 3 billion USD, respectively.',
      ['5000000000 → rate 10 -', '3000000000 → rate 5 -'],
    ],
    [
      'Shipments to Japan and Korea fell 2% and 4%, with turnover of US$1.1 billion and US$0.9 billion, respectively.',
      ['1100000000 → rate -2 -', '900000000 → rate -4 -'],
    ],
    [
      'Sales of coffee, pepper and rice grew 6%, 8% and 3%, with revenues of 200 million USD, 150 million USD and 120 million USD, respectively.',
      ['200000000 → rate 6 -', '150000000 → rate 8 -', '120000000 → rate 3 -'],
    ],
  ])('%s', (text, expected) => {
    expect(pairs(read(text))).toEqual(expected);
  });

  it('negative: a count of values other than the names pairs nothing', () => {
    const all = read(
      'Exports to the US and China rose 10 percent and 5 percent, with values of 5 billion USD, respectively.',
    );
    expect(all.some((s) => s.value && s.changes.length)).toBe(false);
  });
});

describe('a number left unread inside the list makes the count unsure (listComplete)', () => {
  it.each([
    'The city welcomed 5 million visitors, 2 million foreigners and 300,000 business travellers, up 10%, 12% and 15% respectively.',
    'The city welcomed 5 million visitors, 2 million foreigners and 300,000 business travellers, up 10% and 12% respectively.',
    'The park drew 1.5 million visitors, 400,000 students and 90,000 researchers, representing respective increases of 4% and 9%.',
  ])('negative: %s', (text) => {
    const all = read(text);
    const changes = all.flatMap((s) => s.changes);
    expect(changes.filter((c) => c.rule.includes('respectively-paired'))).toHaveLength(0);
    expect(changes.every((c) => c.confidence === 'uncertain')).toBe(true);
  });
});
