import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { EN_GENRES } from './en-genres';
import { scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.99;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'en' });

/** Each statement with a figure as `value unit ~bound [changes] c=completion p=period k=kind`, `?` after a doubted field. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}`
        : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        const doubt = c.confidence === 'uncertain' ? '?' : '';
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
      const p = s.period ? ` p=${s.period.value}` : '';
      return `${value}${s.value?.confidence === 'uncertain' ? '?' : ''} [${ch.join(', ')}]${c}${p} k=${s.kind.value}`;
    });

describe('phrasebook en-genres — research notes, macro briefs and company results', () => {
  const score = scorePhrasebook(EN_GENRES);

  it('gives no silent wrong number over the whole area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(EN_GENRES.cases.length).toBeGreaterThan(1500);
    expect(EN_GENRES.cases.length).toBeLessThanOrEqual(3000);
    expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('reads shorthand periods and scales: 9M24, 1H2025, 2Q24, FY2024, Oct 2024; bn, tn, trn, m after a currency', () => {
    expect(readings('Registered FDI grew 8.9% YoY to US$845.2m in 9M24.')).toEqual([
      '845200000 USD [rate 8.9 same-period-last-year] p=2024-YTD-09 k=actual',
    ]);
    expect(readings('Retail sales reached VND5,235.4trn in 1H2025, up 7.1% y/y.')).toEqual([
      '5235400000000000 VND [rate 7.1 same-period-last-year] p=2025-H1 k=actual',
    ]);
    expect(readings('Imports fell 3.4% q/q to USD 31.87bn in 2Q24.')).toEqual([
      '31870000000 USD [rate -3.4 previous-period] p=2024-Q2 k=actual',
    ]);
    expect(readings('Net profit came in at VND12.3tn in FY2024.')).toEqual(['12300000000000 VND [] p=2024 k=actual']);
    expect(readings('Rice exports reached $512.6m in Oct 2024, up 14% yoy.')).toEqual([
      '512600000 USD [rate 14 same-period-last-year] p=2024-10 k=actual',
    ]);
  });

  it('reads a month, half or quarter count with a spaced year as the period (`In 4M 2025`, `in 10M 2024`, `3Q 2024`)', () => {
    expect(readings('In 4M 2025, steel output grew by 6.3% YoY.')).toEqual([
      '- [rate 6.3 same-period-last-year] p=2025-YTD-04 k=actual',
    ]);
    expect(readings('Registered FDI reached US$21.3bn in 10M 2024, up 1.9% y/y.')).toEqual([
      '21300000000 USD [rate 1.9 same-period-last-year] p=2024-YTD-10 k=actual',
    ]);
    expect(readings('Imports slipped 2.2% q/q in 3Q 2024.')).toEqual([
      '- [rate -2.2 previous-period] p=2024-Q3 k=actual',
    ]);
    expect(readings('Net profit reached VND4.1tn in 1H 2025.')).toEqual(['4100000000000 VND [] p=2025-H1 k=actual']);
    // a count of millions before a year is no period (negatives): no year after it, or a month beyond twelve
    expect(readings('The plant made 4M units in 2025.').join()).not.toContain('YTD');
    expect(readings('Subscribers reached 15M 2025 (up 3% y/y).').join()).not.toContain('YTD');
  });

  it('reads a bracketed base with its seasonal adjustment (`(m/m, SA)`, `(y/y, sa)`) as the base, in a respectively list too', () => {
    expect(
      readings('Steel and cement output rose by 2.4 percent (m/m, SA) and 0.9 percent (m/m, SA), respectively.'),
    ).toEqual(['- [rate 2.4 previous-period] k=actual', '- [rate 0.9 previous-period] k=actual']);
    expect(readings('Retail sales grew 0.8% (y/y, sa) in May 2024.')).toEqual([
      '- [rate 0.8 same-period-last-year] p=2024-05 k=actual',
    ]);
    expect(readings('Credit contracted by 0.3 percent (m/m, NSA) in March 2024.')).toEqual([
      '- [rate -0.3 previous-period] p=2024-03 k=actual',
    ]);
    // a bracket with another word is no base (negative): the second figure is not made a rate
    expect(
      readings('Exports rose by 2.4 percent (m/m, SA) and 0.9 percent (excluding phones), respectively.').join(),
    ).not.toContain('rate 0.9 previous-period] k=actual');
  });

  it('reads a currency weakening or strengthening as its fall or rise (`depreciated by 4.7%`, `weakening about 3.4%`)', () => {
    expect(readings('The rupiah depreciated by 2.9% y/y in October 2024.')).toEqual([
      '- [rate -2.9 same-period-last-year] p=2024-10 k=actual',
    ]);
    expect(readings('The baht weakened 1.8% m/m in May 2025.')).toEqual([
      '- [rate -1.8 previous-period] p=2025-05 k=actual',
    ]);
    expect(readings('The yuan strengthened by 0.6% m/m in March 2024.')).toEqual([
      '- [rate 0.6 previous-period] p=2024-03 k=actual',
    ]);
    expect(readings('The won appreciated 3.2% y/y in 2Q24.')).toEqual([
      '- [rate 3.2 same-period-last-year] p=2024-Q2 k=actual',
    ]);
    // an adjective before another subject gives no sign to that subject's rise (negative)
    expect(readings('Weakened consumer demand still left retail sales up 4.1% y/y in May 2024.').join()).not.toContain(
      'rate -4.1',
    );
  });

  it('reads a sign glued to a percentage before a shorthand base as the change (`+8.9% y/y`, `(-3.2% YoY)`)', () => {
    expect(readings('Exports totalled USD 35.24bn, +8.9% y/y in Q2 2024.')).toEqual([
      '35240000000 USD [rate 8.9 same-period-last-year] p=2024-Q2 k=actual',
    ]);
    expect(readings('Steel output was 2.1 million tonnes in 3Q24, -3.2% QoQ.')).toEqual([
      '2100000 tonne [rate -3.2 previous-period] p=2024-Q3 k=actual',
    ]);
  });

  it('reads a rate stated as the level it moved to, with its previous figure (`eased to 3.2% y/y from 3.5%`)', () => {
    expect(readings('Headline CPI eased to 2.9% y/y in October 2024.')).toEqual([
      '- [rate 2.9 same-period-last-year] p=2024-10 k=actual',
    ]);
    expect(readings('Core inflation came in at 4.35% YoY vs. 4.1% in September.')).toEqual([
      '- [rate 4.35 same-period-last-year] k=actual',
      '- [rate 4.1 same-period-last-year] k=actual',
    ]);
    // a ratio to a period is no rate level (negative)
    expect(readings('Exports rose to 105% of the same period last year.')).not.toContain(
      '- [rate 105 same-period-last-year] k=actual',
    );
  });

  it('reads year-to-date growth, a bracketed previous month and a participle of moving to a level', () => {
    expect(readings('Credit growth reached 6.2% ytd as of end-September 2024.')).toEqual([
      '- [rate 6.2 december-last-year] p=2024-YTD-09 k=actual',
    ]);
    expect(readings('Headline CPI eased to 2.6% y/y in October 2024 (Sep: +2.9%).')).toEqual([
      '- [rate 2.6 same-period-last-year] p=2024-10 k=actual',
      '- [rate 2.9 same-period-last-year?] p=2024-09 k=actual',
    ]);
    expect(readings('Credit growth slowed, dropping to 8.1% YoY in 3Q24.')).toEqual([
      '- [rate 8.1 same-period-last-year] p=2024-Q3 k=actual',
    ]);
    // `reached` + a percentage + a period base is a ratio, not a rate level (negative)
    expect(readings('Exports reached 98% y/y.')).toEqual(['- [ratio 98 same-period-last-year] k=actual']);
  });

  it('reads company results against the year plan, guidance and its excess', () => {
    expect(
      readings('Hoa Phat reported net profit of VND1,234bn in 1H2024, +8% YoY, fulfilling 48% of its annual guidance.'),
    ).toEqual(['1234000000000 VND [rate 8 same-period-last-year] c=48 p=2024-H1 k=actual']);
    expect(readings('FPT reported NPAT of VND13,020bn in 2024, surpassing its annual guidance by 27.3%.')).toEqual([
      '13020000000000 VND [] c=127.3 p=2024 k=actual',
    ]);
  });

  it('reads changes in basis points as hundredths of a point, and research forecasts as targets', () => {
    expect(readings('The NIM narrowed 25 bps q/q.')).toEqual(['- [points -0.25 previous-period] k=actual']);
    expect(readings('The NPL ratio rose 0.35 ppt y/y.')).toEqual(['- [points 0.35 same-period-last-year] k=actual']);
    expect(readings('We forecast GDP growth of 6.8% in 2025.')).toEqual(['- [rate 6.8 -] p=2025 k=target']);
    expect(readings('Headline inflation is expected to average 3.5% in 2025.')).toEqual([
      '- [rate 3.5 -] p=2025 k=target',
    ]);
    expect(readings('Inflation averaged 3.6% in 2024.')).toEqual(['- [rate 3.6 -] p=2024 k=actual']);
  });

  it('gives no certain figure from a forecast range', () => {
    const certain = read('We expect GDP growth of 6.0–6.5% in 2025.').filter(
      (s) => (s.value && s.value.confidence !== 'uncertain') || s.changes.some((c) => c.confidence !== 'uncertain'),
    );
    expect(certain).toEqual([]);
  });
});
