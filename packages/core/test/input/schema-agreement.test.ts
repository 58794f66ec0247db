/**
 * The shipped JSON Schema and the validator agree on decimal strings: the `pattern` of a decimal
 * field and of a printed figure accepts exactly the strings `parseDataset` accepts there, on a
 * corpus of hostile, boundary and random strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index';

const shipped = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'dataset.schema.json'), 'utf8'),
);

/** Every `pattern` of a string branch under a schema node. */
function patterns(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const own =
    (node as { type?: unknown; pattern?: unknown }).type === 'string' ? [(node as { pattern?: unknown }).pattern] : [];
  return [
    ...own.filter((p): p is string => typeof p === 'string'),
    ...Object.values(node).flatMap((child) => patterns(child)),
  ];
}

const observationProperties = shipped.$defs.Observation.properties;
const decimalPatterns = patterns(observationProperties.actual).map((p) => new RegExp(p, 'u'));
const printedPatterns = patterns(observationProperties.stated.properties.completion).map((p) => new RegExp(p, 'u'));

const accepted = (field: 'actual' | 'completion', text: string): boolean => {
  const observation =
    field === 'actual'
      ? { indicator: 'a', period: '2020', actual: text }
      : { indicator: 'a', period: '2020', stated: { completion: text } };
  return parseDataset({ title: 't', indicators: [{ id: 'a', name: 'A', unit: 'VND' }], observations: [observation] })
    .ok;
};

const CORPUS = [
  '1e9999999999999999999',
  '1e-9999999999999999999',
  '-1e9999999999999999999',
  '1e999999999',
  '1e-5000',
  '1e100',
  '1e-100',
  '1e99',
  '1e-99',
  '1E+99',
  '1e+099',
  '1e0000000000000000000099',
  '1e00000000000000000000100',
  '1e',
  'e5',
  '.e5',
  '1.e5',
  '.5e5',
  '1.',
  '.5',
  '.',
  '',
  ' ',
  '-',
  '+',
  '+1',
  '-0',
  ' 12.5 ',
  '\t7\n',
  '\u00a01\u00a0',
  '\u20281',
  '1 000',
  '1,5',
  '3.630,5',
  '1..2',
  '--1',
  '0x10',
  'Infinity',
  'NaN',
  '1_000',
  '１２',
  '٣',
  '9'.repeat(200),
  '9'.repeat(201),
  `0.${'0'.repeat(198)}1`,
  `0.${'0'.repeat(199)}1`,
  `.${'1'.repeat(200)}`,
  `.${'1'.repeat(201)}`,
  `${'1'.repeat(100)}.`,
  `${'1'.repeat(100)}e99`,
  `${'1'.repeat(101)}e99`,
  `${'1'.repeat(50)}.${'1'.repeat(50)}e-99`,
  `${'1'.repeat(50)}.${'1'.repeat(51)}e-99`,
  `100.${'0'.repeat(20)}`,
  `100.${'0'.repeat(21)}`,
  '100.6',
  '80.00',
  '-1.5',
];

/** Strings near the bounds: digits around 100 and 200, exponents around 99, signs, spaces, junk. */
const nearBounds = fc
  .tuple(
    fc.constantFrom('', ' ', '+', '-', ' -'),
    fc.integer({ min: 0, max: 205 }),
    fc.integer({ min: -1, max: 205 }),
    fc.constantFrom('', 'e', 'E', 'e+', 'e-', 'e-0', 'e00'),
    fc.integer({ min: 0, max: 120 }),
    fc.constantFrom('', ' ', 'x', ','),
  )
  .map(([sign, whole, fraction, e, exponent, tail]) => {
    const mantissa = `${'7'.repeat(whole)}${fraction < 0 ? '' : `.${'3'.repeat(fraction)}`}`;
    return `${sign}${mantissa}${e === '' ? '' : `${e}${exponent}`}${tail}`;
  });

const agree = (field: 'actual' | 'completion', regexes: RegExp[], text: string): void => {
  expect(regexes.length).toBeGreaterThan(0);
  const bySchema = regexes.some((r) => r.test(text));
  expect(bySchema, JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…(${text.length})` : text)).toBe(
    accepted(field, text),
  );
};

describe('the JSON Schema patterns agree with the validator', () => {
  it('on decimal fields, for a corpus of hostile and boundary strings', () => {
    for (const text of CORPUS) agree('actual', decimalPatterns, text);
  });
  it('on printed figures, for the same corpus', () => {
    for (const text of CORPUS) agree('completion', printedPatterns, text);
  });
  it('on strings near the bounds (seeded)', () => {
    fc.assert(
      fc.property(nearBounds, (text) => {
        agree('actual', decimalPatterns, text);
        agree('completion', printedPatterns, text);
      }),
      { seed: 1130, numRuns: 1500 },
    );
  });
  it('the pattern refuses the huge exponents in the issue', () => {
    for (const text of ['1e9999999999999999999', '1e-9999999999999999999'])
      expect(decimalPatterns.some((r) => r.test(text))).toBe(false);
  });
});
