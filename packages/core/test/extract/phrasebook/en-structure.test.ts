import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { EN_STRUCTURE } from './en-structure';
import { scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.92;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'en' });

/** Each statement with a figure as `value unit ~bound [changes]`, `?` after a doubted field. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => {
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}`
        : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        const doubt = c.confidence === 'uncertain' ? '?' : '';
        return `${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt}`;
      });
      return `${value}${s.value?.confidence === 'uncertain' ? '?' : ''} [${ch.join(', ')}]`;
    });

describe('phrasebook en-structure — several figures in one English sentence', () => {
  const score = scorePhrasebook(EN_STRUCTURE);

  it('gives no silent wrong number over the whole area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(EN_STRUCTURE.cases.length).toBeGreaterThan(1000);
    expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('pairs values and changes by `respectively`, the base after the list on every change', () => {
    expect(
      readings(
        'Exports of phones and components and exports of computers reached US$13.11 billion and 6.58 billion USD, up 27.7 per cent and 12.4 per cent year-on-year, respectively.',
      ),
    ).toEqual(['13110000000 USD [27.7 same-period-last-year]', '6580000000 USD [12.4 same-period-last-year]']);
  });

  it('carries a bound through the list of values it opens', () => {
    expect(
      readings('Export and import revenues exceeded $24 billion and $22 billion, up 15.7% and 19.2%, respectively.'),
    ).toEqual(['24000000000 USD ~over [15.7 -]', '22000000000 USD ~over [19.2 -]']);
  });

  it('reads a semicolon list of value-from-item-change', () => {
    expect(
      readings(
        'Vietnam earned $19.9 billion from phones, up 3 percent; $12.3 billion from computers, up 11.1 percent; and $7.1 billion from footwear, down 4.3 percent.',
      ),
    ).toEqual(['19900000000 USD [3 -]', '12300000000 USD [11.1 -]', '7100000000 USD [-4.3 -]']);
  });

  it('reads parallel clauses joined by `while`', () => {
    expect(
      readings('Exports rose 14.2% year-on-year to $35.2 billion while imports fell 9.6% to $31.75 billion.'),
    ).toEqual(['35200000000 USD [14.2 same-period-last-year]', '31750000000 USD [-9.6 -]']);
  });

  it('reads `with exports at X (up P%) and imports at Y (up Q%)`', () => {
    expect(
      readings(
        'Total trade reached $66.95 billion, with exports at $35.2 billion (up 14.2%) and imports at $31.75 billion (down 9.6%).',
      ),
    ).toEqual(['66950000000 USD []', '35200000000 USD [14.2 -?]', '31750000000 USD [-9.6 -?]']);
  });

  it('reads counts of a market list with their changes', () => {
    expect(
      readings(
        'The top markets were Korea with 196,200 arrivals, up 27.7%; China with 102,900, up 12.4%; and Japan with 46,000, down 3.6%.',
      ),
    ).toEqual(['196200 [27.7 -]', '102900 [12.4 -]', '46000 [-3.6 -]']);
  });
});
