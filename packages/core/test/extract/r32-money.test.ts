import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { glueOf } from '../../src/extract/glue';
import { en } from '../../src/extract/grammar-en';
import { vi } from '../../src/extract/grammar-vi';
import { tokenize } from '../../src/extract/tokenize';
import { figured, markedChangeText, valueText } from './readings';

/** Each statement with a figure as `name | value [changes]` (`?` after an uncertain change). */
const lines = (text: string): string[] =>
  figured(text, 'en').map(
    (s) => `${s.name?.value ?? '∅'} | ${valueText(s)} [${s.changes.map(markedChangeText).join(', ')}]`,
  );

/** The value of each statement with its confidence. */
/** The tokens of `text` as the English reader splits them. */
const words = (text: string, g = en): string[] => tokenize(text, glueOf(g)).map((t) => t.text);

const values = (text: string): string[] =>
  extractStatements(text, { locale: 'en' }).flatMap((s) =>
    s.value ? [`${s.value.value.base} ${s.value.value.unit ?? '-'} ${s.value.confidence}`] : [],
  );

describe('the region’s currencies written before the number (round 32: test21’s Philippine press)', () => {
  it('splits a glued one- or two-letter sign from the number when a scale word follows', () => {
    expect(words('P8.6 billion')).toEqual(['P', '8.6', 'billion']);
    expect(words('Php2.5bn')).toEqual(['Php', '2.5', 'bn']);
    expect(words('Rp12.5 trillion')).toEqual(['Rp', '12.5', 'trillion']);
    // a sign with no scale word after it is a name, one word
    expect(words('Lot P1 covers')).toEqual(['Lot', 'P1', 'covers']);
    expect(words('the RM2 model')).toEqual(['the', 'RM2', 'model']);
    expect(words('RM1.2 Billion')).toEqual(['RM', '1.2', 'Billion']);
    expect(words('P339m revenue')).toEqual(['P', '339', 'm', 'revenue']);
    expect(words('P12.5millionaires')).toEqual(['P12', '.', '5', 'millionaires']);
    expect(words('a P5 T-shirt')).toEqual(['a', 'P5', 'T', '-', 'shirt']);
    // a language with no signs splits none (`P1`, `P12` are wards in Vietnamese addresses)
    expect(words('P12 tỷ', vi)).toEqual(['P12', 'tỷ']);
  });

  it('reads the whole number, certain, with the sign as its unit text and no unit code', () => {
    expect(values('Cebu Pacific recorded an operating income of P8.6 billion in 2023.')).toEqual([
      '8600000000 P certain',
    ]);
    expect(values('The Gokongwei-led firm generated P90.6 billion in revenue for 2023.')).toEqual([
      '90600000000 P certain',
    ]);
    expect(values('Net income reached ₱1.2 billion last year.')).toEqual(['1200000000 ₱ certain']);
    expect(values('Sales hit PHP 3.4 billion in 2023.')).toEqual(['3400000000 PHP certain']);
    expect(values('Bank Mandiri’s net profit was Rp55.1 trillion in 2023.')).toEqual(['55100000000000 Rp certain']);
    expect(values('Maybank’s revenue reached RM1.25 billion in 2023.')).toEqual(['1250000000 RM certain']);
    expect(values('PTT’s net profit was Bt 92.3 billion in 2023.')).toEqual(['92300000000 Bt certain']);
    const [s] = extractStatements('The company posted P339 million in earnings, up 9 percent year on year.', {
      locale: 'en',
    });
    expect(s?.value?.value.unitCode).toBeUndefined();
  });

  it('keeps a change with the sum it follows', () => {
    expect(
      lines('Passenger business led this recovery with P62.5 billion in revenue, 78 percent higher year-on-year.'),
    ).toEqual(['Passenger business led this recovery | 62500000000 (P) [rate 78 same-period-last-year]']);
  });
});

describe('a change inside a concessive clause (round 32: en-test21-070)', () => {
  it('doubts the change of the clause when the value is outside it', () => {
    expect(
      lines(
        'Despite a slight decline of 1.3 percent in total premiums earned compared to the same period in 2023, the non-life insurance sector posted an overall increase in total gross premiums written, reaching P28.20 billion.',
      ).map((l) => l.replace(/^.*\| /u, '')),
    ).toEqual(['28200000000 (P) [rate -1.3 2023?]']);
    expect(
      lines('Port revenue climbed to P5.8 billion in 2023, although cargo volumes fell 3.2 percent.').some((l) =>
        /5800000000.*rate -3\.2 /u.test(l),
      ),
    ).toBe(false);
  });

  it('keeps the change of a result after a concessive clause with no figure', () => {
    expect(lines('Despite the pandemic, revenue rose 5% to P8.6 billion in 2023.')).toEqual([
      'revenue | 8600000000 (P) [rate 5 -]',
    ]);
  });
});

/** The kind of each statement with a value, `value kind`. */
const kinds = (text: string): string[] =>
  extractStatements(text, { locale: 'en' }).flatMap((s) =>
    s.value ? [`${s.value.value.base} ${s.kind.value}${s.kind.confidence === 'uncertain' ? '?' : ''}`] : [],
  );

describe('a sign printed on the number that repeats the verb (round 32)', () => {
  it('reads a fall with a minus sign as a fall, never a rise', () => {
    expect(lines('Revenue was VND38.6 trillion, down -3.1% YoY.')).toEqual([
      'Revenue | 38600000000000 VND [rate -3.1 same-period-last-year]',
    ]);
    expect(lines('Exports reached US$4.2 billion, falling -12% from the previous quarter.')).toEqual([
      'Exports | 4200000000 USD [rate -12 previous-period]',
    ]);
  });

  it('reads a rise with a plus sign with its value', () => {
    expect(lines('Revenue was VND38.6 trillion, up +3.1% YoY.')).toEqual([
      'Revenue | 38600000000000 VND [rate 3.1 same-period-last-year]',
    ]);
  });

  it('still flips a verb of growth with a minus sign (`tăng trưởng -2,1%`)', () => {
    const [s] = figured('Doanh thu đạt 500 tỷ đồng, tăng trưởng -2,1% so với cùng kỳ.', 'vi');
    expect(s?.changes.map(markedChangeText)).toEqual(['rate -2.1 same-period-last-year']);
  });

  it('reads no change where a plus sign contradicts a verb of fall', () => {
    expect(lines('Revenue was VND38.6 trillion, down +3.1% YoY.')[0]).toBe('Revenue | 38600000000000 VND []');
  });
});

describe('a bracket converting the value, then its change and completion (round 32: test21’s analysts’ notes)', () => {
  it('gives the change and completion after the conversion to the value before the bracket', () => {
    expect(
      lines(
        'Techcombank (TCB VN): 9M TOI was VND38.6 trillion (about USD1.47 billion, up +3.1% YoY) and 9M EBT hit VND23.4 trillion (about USD890 million, up +2.4% YoY).',
      ).map((l) => l.replace(/^.*\| /u, '')),
    ).toEqual([
      '38600000000000 VND [rate 3.1 same-period-last-year]',
      '23400000000000 VND [rate 2.4 same-period-last-year]',
    ]);
    const [s] = extractStatements(
      'EVN Finance (EVF VN): 9M EBT was VND904.5 billion (about USD34.4 million, up +68% YoY, equivalent to 94% of target profit).',
      { locale: 'en' },
    );
    expect(s?.completion?.value.percent.value).toBe('94');
    expect(s?.completion?.confidence).not.toBe('uncertain');
    expect(s?.changes.map(markedChangeText)).toEqual(['rate 68 same-period-last-year']);
  });

  it('keeps doubting a change in a bracket that opens on another period’s figure', () => {
    expect(lines('9M revenue was VND5.4 trillion (2024: VND4.1 trillion, up 5% YoY).')[0]).toBe(
      '9M revenue | 5400000000000 VND [rate 5 same-period-last-year?]',
    );
  });

  it('reads `completing 60% target` as a plan the result is measured against, not a goal frame', () => {
    expect(
      kinds(
        '9M revenue of VND2.73 trillion (about USD104 million, completing 60% target) and 9M net income of VND218 billion (about USD8.3 million, completing 78% target).',
      ),
    ).toEqual(['2730000000000 actual', '218000000000 actual']);
    const read = extractStatements(
      '9M revenue of VND2.73 trillion (about USD104 million, completing 60% target) and 9M net income of VND218 billion (about USD8.3 million, completing 78% target).',
      { locale: 'en' },
    );
    // (a verb of fulfilling needs no `of` before the plan's noun)
    expect(read.map((s) => s.completion?.value.percent.value)).toEqual(['60', '78']);
    expect(kinds('The company aims to complete 85% of its target and reach VND500 billion in 2025.')).not.toContain(
      '500000000000 actual',
    );
  });
});

describe('the earlier level a change came from, dated by a possessive or after a comma (round 32: test21)', () => {
  it('takes the base from `, compared to … in the same period last year` after the level reached', () => {
    expect(
      lines(
        'Total net income of the life insurance sector also jumped 48.5 percent to P9.65 billion, compared to P6.50 billion in the same period last year.',
      )[0],
    ).toBe('Total net income of the life insurance sector | 9650000000 (P) [rate 48.5 same-period-last-year]');
  });

  it('takes the base from a possessive before the earlier level, and doubts that level', () => {
    expect(lines('Premiums grew 12.9% to RM64.2 billion from the previous year’s RM56.9 billion.')[0]).toBe(
      'Premiums | 64200000000 (RM) [rate 12.9 same-period-last-year]',
    );
    expect(values('Premiums grew 12.9% to RM64.2 billion from the previous year’s RM56.9 billion.')).toContain(
      '56900000000 RM uncertain',
    );
  });

  it('reads `the year prior` as the same period a year before', () => {
    expect(
      lines(
        'Foreign containers handled reached 4.08 million TEUs, a 1.34-percent increase from 4.03 million TEUs the year prior.',
      )[0],
    ).toMatch(/\[rate 1\.34 same-period-last-year\]$/u);
  });
});
