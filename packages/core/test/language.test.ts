/**
 * The language layer through the public API: the English equivalents, the names the
 * components rely on, and properties over random decimals in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index';
import {
  ChitieuError,
  completionPhrase,
  formatChange,
  formatCompletion,
  formatDensity,
  formatNumber,
  formatPercent,
  formatPoints,
  formatQuantity,
  narrate,
  parseNumber,
  parseQuantity,
  roundDecimal,
  statusLabel,
} from '../src/index';
import { broadband, broadband2020, dossiers, ev, revenue, revenue2020 } from './language-fixtures';

describe('language › public API', () => {
  it('exports the names the components and docs rely on', () => {
    for (const name of [
      'localize',
      'resolveLocale',
      'formatNumber',
      'formatPercent',
      'formatPoints',
      'formatQuantity',
      'formatCompletion',
      'formatChange',
      'formatDensity',
      'formatPeriod',
      'statusLabel',
      'directionLabel',
      'parseNumber',
      'parseQuantity',
      'actualPhrase',
      'completionPhrase',
      'densityPhrase',
      'nextTargetPhrase',
      'rankPhrase',
      'narrate',
      'narrateSummary',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('English equivalents › 100.6% of plan, up 3.2% year on year, 51 times the 2019 level', () => {
    expect(completionPhrase(revenue2020, { locale: 'en' })).toBe('100.6% of plan');
    const up = ev({ indicator: 'revenue', actual: '3630', previous: '3517.4418' });
    expect(formatChange(up.change, revenue, { locale: 'en' })).toBe('up 3.2% year on year');
    const times = ev(
      { indicator: 'dossiers', actual: '51', previous: '1', base: { kind: 'period', period: '2019' } },
      dossiers,
    );
    expect(formatChange(times.change, dossiers, { locale: 'en' })).toBe('51 times the 2019 level');
    expect(formatQuantity('3630', { locale: 'en', indicator: revenue })).toBe('3,630 billion VND');
    expect(formatQuantity('3630', { locale: 'en', indicator: revenue, display: 'auto' })).toBe('3.63 trillion VND');
    expect(formatQuantity('2890000', { locale: 'en', unit: 'subscriber' })).toBe('2,890,000 subscribers');
    expect(formatQuantity('1', { locale: 'en', unit: 'subscriber' })).toBe('1 subscriber');
    expect(formatPercent('1.006', { locale: 'en' })).toBe('100.6%');
    expect(formatPoints('16.35', { locale: 'en' })).toBe('+16.35 percentage points');
    expect(statusLabel('exceeded', 'en')).toBe('Exceeded');
  });

  it('Vietnamese › the issue’s examples', () => {
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue })).toBe('3.630 tỷ đồng');
    expect(formatQuantity('3630', { locale: 'vi', indicator: revenue, display: 'auto' })).toBe('3,63 nghìn tỷ đồng');
    expect(formatQuantity('2890000', { locale: 'vi', unit: 'subscriber' })).toBe('2.890.000 thuê bao');
    expect(formatPercent('1.006', { locale: 'vi' })).toBe('100,6%');
    expect(formatPoints('16.35', { locale: 'vi' })).toBe('+16,35 điểm phần trăm');
    expect(formatCompletion(broadband2020, { locale: 'vi' })).toBe('105,88%');
    expect(formatDensity('49.8', broadband, { locale: 'vi' })).toBe('49,8 thuê bao/100 dân');
    expect(parseNumber('3.630', 'vi')).toBe('3630');
    expect(parseNumber('3.630', 'en')).toBe('3.63');
    expect(parseNumber('1.234,5', 'vi')).toBe('1234.5');
    expect(parseQuantity('3.630 tỷ đồng', 'vi')).toMatchObject({ value: '3630', scale: 9 });
  });

  it('any other BCP 47 locale › Intl separators with English words; invalid tags are errors', () => {
    expect(formatQuantity('3630', { locale: 'de-DE', indicator: revenue })).toBe('3.630 billion VND');
    expect(formatQuantity('1234.5', { locale: 'fr', unit: 'subscriber' })).toBe('1\u202f234,5 subscribers');
    expect(narrate(revenue2020, { locale: 'de' })).toBe(
      'Total sector revenue reached an estimated 3.630 billion VND, 100,6\u00a0% of plan; the 2021 target is 3.745 billion VND.',
    );
    try {
      formatNumber('1', { locale: 'en_US' });
      expect.unreachable();
    } catch (error) {
      expect(ChitieuError.is(error) && error.code).toBe('INVALID_LOCALE');
    }
  });
});

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  });

describe('language › properties', () => {
  it('random decimals formatted in vi and en parse back to the same rounded value', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('vi', 'en', 'vi-VN', 'en-US'),
        (value, decimals, locale) => {
          const text = formatNumber(value, { locale, decimals });
          expect(parseNumber(text, locale)).toBe(roundDecimal(value, decimals));
          const unrounded = formatNumber(value, { locale });
          expect(parseNumber(unrounded, locale)).toBe(roundDecimal(value, 12));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quantities and percentages read back too', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('vi', 'en'),
        (value, decimals, locale) => {
          const q = parseQuantity(formatQuantity(value, { locale, indicator: revenue, decimals }), locale);
          expect(q).toMatchObject({ kind: 'quantity', value: roundDecimal(value, decimals), scale: 9 });
          const p = parseQuantity(formatPercent(value, { locale, decimals }), locale);
          expect(p.kind).toBe('percent');
          expect(p.kind === 'percent' && p.ratio).toBe(roundDecimal(roundDecimal(value, decimals + 2), decimals + 2));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('formatting never emits NaN, undefined or exponents', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.constantFrom('vi', 'en', 'de', 'ar-EG', 'ja'), (a, b, locale) => {
        const texts = [
          formatNumber(a, { locale }),
          formatPercent(a, { locale }),
          formatPoints(a, { locale }),
          formatQuantity(a, { locale, indicator: revenue, display: 'auto' }),
          formatQuantity(a, { locale, unit: 'subscriber', display: 'compact' }),
          formatDensity(a, broadband, { locale }),
          narrate(ev({ indicator: 'revenue', actual: a, target: b.replace('-', ''), previous: b }), { locale }),
        ];
        for (const text of texts) expect(text).not.toMatch(/NaN|undefined|null|Infinity|\d[eE][+-]?\d|\[object/);
      }),
      { numRuns: 300 },
    );
  });
});
