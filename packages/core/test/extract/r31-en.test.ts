import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, markedChangeText, valueText } from './readings';

/** Each statement with a figure as `name | value [changes]` (`?` after an uncertain change). */
const lines = (text: string): string[] =>
  figured(text, 'en').map(
    (s) => `${s.name?.value ?? '∅'} | ${valueText(s)} [${s.changes.map(markedChangeText).join(', ')}]`,
  );

/** The bound of every value (`-` when none). */
const bounds = (text: string): string[] =>
  extractStatements(text, { locale: 'en' }).flatMap((s) => (s.value ? [s.value.value.approximate ?? '-'] : []));

describe('a degree adverb before a direction word (round 31: test9, test18, test20)', () => {
  it('gives the change after `, slightly up` / `, sharply down` to the level before', () => {
    expect(
      lines(
        'Vietnam took in $628.6 million from shrimp exports in the first three years, slightly up 1.8% from the previous year.',
      ),
    ).toEqual(['Vietnam took | 628600000 USD [rate 1.8 same-period-last-year]']);
    expect(lines('Total sales reached 2.71 million units in 2014, slightly down 3% compared to 2013.')).toEqual([
      'Total sales | 2710000 (units) [rate -3 2013]',
    ]);
    expect(lines('Rice exports reached US$3.1 billion in 2023, sharply up 30% year on year.')).toEqual([
      'Rice exports | 3100000000 USD [rate 30 same-period-last-year]',
    ]);
    expect(
      lines('The average room rent reached 70 USD per night, slightly up 3% QoQ and up 20% YoY.').map((l) =>
        l.replace(/^.*\| /u, ''),
      ),
    ).toEqual(['70 (USD per night) [rate 3 previous-period, rate 20 same-period-last-year]']);
  });

  it('drops a degree adverb from the end of a name (`profit slightly fell`)', () => {
    expect(lines('Selling expenses in the first two months slightly grew by 1.3% year on year.')).toEqual([
      'Selling expenses in the first two months | - [rate 1.3 same-period-last-year]',
    ]);
  });

  it('reads `slightly up to` as the move to the level, no bound', () => {
    expect(bounds('The forecast for 2018/19 bean exports is slightly up to 25.2 million bags.')).toEqual(['-']);
  });

  it('near-misses: an adverb after its own subject, `up to` with no adverb', () => {
    expect(
      lines('Coffee exports were 1.6 million tonnes in May 2024, while rice exports sharply fell 4.2% year-on-year.'),
    ).toEqual(['Coffee exports | 1600000 tonne []', 'rice exports | - [rate -4.2 same-period-last-year]']);
    expect(bounds('Bean exports in 2024 are up to 25.2 million bags.')).toEqual(['under']);
    expect(
      lines('Coffee exports were 1.6 million tonnes in May 2024, slightly above the level of a year earlier.'),
    ).toEqual(['Coffee exports | 1600000 tonne []']);
  });
});

describe('a level after changes only, past a joiner and a subject of its own (round 31: test20b)', () => {
  it('gives the level to its own subject, not to the changes before', () => {
    expect(
      lines('The cost of goods sold decreased by 5% and gross profit increased slightly to 549 billion VND.'),
    ).toEqual(['cost of goods sold | - [rate -5 -]', 'gross profit | 549000000000 VND []']);
    expect(lines('Exports rose 7.5% year on year, while imports reached US$10 billion.')).toEqual([
      'Exports | - [rate 7.5 same-period-last-year]',
      'imports | 10000000000 USD []',
    ]);
  });

  it('near-misses: the same subject after the joiner keeps the level with its changes', () => {
    for (const same of ['and reached', 'and then reached', 'and totalled', 'and the value reached'])
      expect(lines(`Exports rose 7.5% year on year ${same} US$10 billion.`)).toEqual([
        'Exports | 10000000000 USD [rate 7.5 same-period-last-year]',
      ]);
    expect(
      lines('Nevertheless, e-commerce grew strongly at the rate of 25% and reached the size of 20 billion USD.').map(
        (l) => l.replace(/^.*\| /u, ''),
      ),
    ).toEqual(['20000000000 USD [rate 25 -]']);
  });
});
