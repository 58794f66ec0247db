import { describe, expect, it } from 'vitest';
import { changes, read } from './statements.test-util';

/** Each statement as `value [changes]`. */
const statements = (text: string): string[] =>
  read(text).map((s) => `${s.value?.value.base ?? '-'} [${changes(s).join(', ')}]`);

describe('the level a change came to, in a participle clause after it, is the change’s (round 29, R29-EN)', () => {
  it('reads `, reaching the level of`, `, hitting a record high of` after a change as its level', () => {
    expect(
      statements(
        'The average asking rent of Grade B rose by 3.1% quarter-on-quarter, reaching the level of US$25.9/sqm/month.',
      ),
    ).toEqual(['25.9 [rate 3.1 previous-period]']);
    expect(
      statements(
        'Steel exports in September doubled compared to the previous month, hitting a record high of nearly 50,000 tonnes.',
      ),
    ).toEqual(['50000 [times 2 previous-period]']);
    expect(statements('Coffee exports fell 12.3% year-on-year in 2024, touching a low of US$4.2 billion.')).toEqual([
      '4200000000 [rate -12.3 same-period-last-year]',
    ]);
  });

  it('reads `, dropping it to`, `, climbing to`, `, bringing it down to` after a change as its level', () => {
    expect(statements('China’s business fell by 7%, dropping it to about $8.5 billion.')).toEqual([
      '8500000000 [rate -7 -]',
    ]);
    expect(statements('Exports increased 47 percent year-on-year, climbing to 1.461 trillion dong.')).toEqual([
      '1461000000000 [rate 47 same-period-last-year]',
    ]);
    expect(
      statements('Rice exports fell 7.5% year-on-year in May 2023, bringing it down to 6.2 million tonnes.'),
    ).toEqual(['6200000 [rate -7.5 same-period-last-year]']);
    // (the share after `and` stays its own statement)
    expect(
      statements(
        'China’s business fell by 7%, dropping it to about $8.5 billion and reducing its share of the overall market to 28%.',
      ),
    ).toEqual(['8500000000 [rate -7 -]', '28 []']);
  });

  it('keeps a participle whose object is another measure a statement of its own (near-misses)', () => {
    expect(
      statements('Exports to the United States fell 7% in 2024, dropping the country’s market share to 28%.'),
    ).toEqual(['- [rate -7 -]', '28 []']);
    expect(statements('Exports rose 12.3% in 2024, bringing the number of export markets to 120.')).toEqual([
      '- [rate 12.3 -]',
      '120 []',
    ]);
    // a level noun the grammar does not list (`the size of`) stays apart, as before
    expect(statements('Exports rose 12.3% in 2024, reaching the size of US$4.2 billion.')).toHaveLength(2);
  });
});
