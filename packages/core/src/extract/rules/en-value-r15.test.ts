import { describe, expect, it } from 'vitest';
import { read } from '../sentence/statements.test-util';
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
