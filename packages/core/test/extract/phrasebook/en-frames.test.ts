import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { EN_FRAMES } from './en-frames';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.99;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'en' });

/**
 * Each statement with a figure as `kind value unit c=… [changes] p=… st=…`, `?` after a doubted
 * field.
 */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}`
        : '-';
      const doubt = (f: { confidence?: string | undefined } | undefined): string =>
        f?.confidence === 'uncertain' ? '?' : '';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt(c)}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}${doubt(s.completion)}` : '';
      const p = s.period ? ` p=${s.period.value}${doubt(s.period)}` : '';
      const st = s.stage ? ` st=${s.stage.value}` : '';
      return `${s.kind.value} ${value}${doubt(s.value)}${c} [${ch.join(', ')}]${p}${st}`;
    });

describe('phrasebook en-frames — completions, goals and forecasts, periods and stages in English', () => {
  const score = scorePhrasebook(EN_FRAMES);

  it('gives no silent wrong number over the whole area', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(EN_FRAMES.cases.length).toBeGreaterThan(1500);
    const share = wholeShare(score.tally);
    expect(share, score.failures.map(describeFailure).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('reads a completion after any link and plan noun, and a completion of 100 + X for exceeding a plan by X', () => {
    expect(
      readings(
        'Budget collection hit VND 86.4 trillion in 2023, fulfilling 48.75 per cent of the province’s annual plan.',
      ),
    ).toEqual(['actual 86400000000000 VND c=48.75 [] p=2023']);
    expect(readings('Export turnover totalled $3.2 billion in the first half of 2024, 8.5% above the target.')).toEqual(
      ['actual 3200000000 USD c=108.5 [] p=2024-H1'],
    );
  });

  it('reads no completion from a share of a total (negative)', () => {
    const [s] = read(
      'Domestic revenue reached VND 86.4 trillion in 2023, accounting for 24.5 percent of total budget revenue.',
    );
    expect(s?.value?.value.base).toBe('86400000000000');
    expect(s?.completion).toBeUndefined();
  });

  it('reads a goal set in any tense as a target, and a modal of possibility as a target', () => {
    expect(readings('FDI disbursement is planned to reach 17.4 billion USD by 2030.')).toEqual([
      'target 17400000000 USD [] p=2030',
    ]);
    expect(readings('The capital will strive for growth of 7.2% this year.')).toEqual(['target - [rate 7.2 -]']);
    expect(readings('Hanoi hopes tourism revenue will reach VND 95 trillion this year.')).toEqual([
      'target 95000000000000 VND []',
    ]);
    expect(readings('Retail sales might fall 4.5 percent in 2025.')).toEqual(['target - [rate -4.5 -] p=2025']);
    expect(readings('The province predicted that exports would reach US$2.1 billion in 2026.')).toEqual([
      'target 2100000000 USD [] p=2026',
    ]);
  });

  it('reads a forecaster outside the report as a forecast of the year, the report’s own forecast as a target too unless it says estimate', () => {
    expect(readings('The World Bank said Vietnam’s economy is expected to grow 6.1 percent this year.')).toEqual([
      'target - [rate 6.1 -]',
    ]);
    expect(readings('Analysts expect export turnover to reach US$410 billion this year.')).toEqual([
      'target 410000000000 USD []',
    ]);
    // the report's own forecast of the year under way: a target, its kind doubted (round 41: every
    // released set reads it so); when the sentence calls it an estimate, the year's estimated close
    // (`fresh-en.ts`)
    expect(readings('Export turnover is expected to reach US$410 billion this year.')).toEqual([
      'target 410000000000 USD []',
    ]);
    expect(readings('The ministry estimated that export turnover will reach US$410 billion this year.')).toEqual([
      'actual 410000000000 USD [] st=estimate',
    ]);
  });

  it('reads a modal the report then estimates as an estimated result, not a possibility', () => {
    expect(
      readings('Rice exports could rise by 9.2 percent over the same period and are estimated at over US$4.1 billion.'),
    ).toEqual(['actual 4100000000 USD ~over [rate 9.2 same-period-last-year] st=estimate']);
    // the perfect after a modal guesses at a result already past: no goal (negative)
    expect(readings('GDP could have grown 5.8 percent in the third quarter of 2024.')[0]).toMatch(/^actual /);
    // the month May is no modal (negative)
    expect(readings('In May 2024, export turnover reached US$30.5 billion.')).toEqual([
      'actual 30500000000 USD [] p=2024-05',
    ]);
  });

  it('reads how the year will close against its plan as the estimated result, with both completions', () => {
    expect(
      readings(
        'Budget collection is projected to reach VND 96 trillion, equal to 108.4 percent of the central estimate and 102.1 percent of the province’s own target.',
      ),
    ).toEqual(['actual 96000000000000 VND c=108.4 [] st=estimate', 'actual - c=102.1 [] st=estimate']);
    // … also after a result so far, in a second verb phrase of the same subject (round 41: `and` before
    // the forecast opens its clause, as a comma does — the year after it is the forecast's)
    expect(
      readings(
        'The province had collected VND 41.2 trillion by December 28 and is expected to reach VND 42 trillion in 2025, equivalent to 103.5 percent of the estimate.',
      ),
    ).toEqual(['actual 41200000000000 VND []', 'actual 42000000000000 VND c=103.5 [] p=2025 st=estimate']);
    // without a plan the forecast of a named year stays a target (negative)
    expect(readings('Revenue reached VND 5 trillion in 2023 and is expected to reach VND 6 trillion in 2024.')).toEqual(
      ['actual 5000000000000 VND [] p=2023', 'target 6000000000000 VND [] p=2024'],
    );
    // a goal verb beside `will` keeps a completion a goal (negative: no estimated result)
    expect(readings('The city will focus on disbursing 100 per cent of the capital planned for 2026.')).toEqual([
      'target - c=100 [] p=2026',
    ]);
    expect(readings('Hanoi is determined to disburse 95 percent of the allocated capital.')).toEqual([
      'target - c=95 []',
    ]);
  });

  it('reads a year modifying the goal noun as the period of the goal, over a result’s year before it', () => {
    expect(readings('The State Bank set a 2025 credit growth target of 16 percent.')).toEqual([
      'target - [rate 16 -] p=2025',
    ]);
    expect(readings('Rice exports earned US$5.7 billion in 2024, and the 2025 export goal is US$6 billion.')).toEqual([
      'actual 5700000000 USD [] p=2024',
      'target 6000000000 USD [] p=2025',
    ]);
    // a year after the goal noun is no modifier of it (negative: the period stays as read)
    expect(readings('In 2023, the target was VND 6 trillion.')).toEqual(['target 6000000000000 VND [] p=2023']);
  });

  it('reads a span of months as the months it covers, never the year or the last month alone', () => {
    expect(readings('Rice exports totalled 6.9 million tonnes in the ten-month period of 2023.')).toEqual([
      'actual 6900000 tonne [] p=2023-YTD-10',
    ]);
    expect(readings('FDI disbursement reached US$17.3 billion between January and September 2024.')).toEqual([
      'actual 17300000000 USD [] p=2024-YTD-09',
    ]);
    expect(readings('Exports reached US$98 billion from April to June 2024.')).toEqual([
      'actual 98000000000 USD [] p=2024-Q2',
    ]);
    // a span that is no year to date, half or quarter names no period (negative)
    expect(readings('Exports reached US$98 billion from March to May 2024.')[0]).not.toMatch(/p=2024-05$/);
  });

  it('gives each year of a `respectively` list of years its own change', () => {
    expect(readings('In 2019 and 2020, coffee exports fell 3.1 per cent and 1.9 per cent, respectively.')).toEqual([
      'actual - [rate -3.1 -] p=2019',
      'actual - [rate -1.9 -] p=2020',
    ]);
    expect(readings('Arrivals rose 12% and 15% in 2023 and 2024 respectively.')).toEqual([
      'actual - [rate 12 -] p=2023',
      'actual - [rate 15 -] p=2024',
    ]);
    // one year and a list of names: the names pair, the year stays every statement's (negative)
    expect(readings('Coffee and pepper exports rose 7 percent and 9 percent in 2023, respectively.')).toEqual([
      'actual - [rate 7 -] p=2023',
      'actual - [rate 9 -] p=2023',
    ]);
  });

  it('reads a percentage restating an absolute change between commas as the change', () => {
    expect(readings('Exports fell by $5.8 billion, or 11 percent, to $45.5 billion in 2020.')).toEqual([
      'actual 45500000000 USD [rate -11 -] p=2020',
    ]);
    expect(readings('Tourism revenue rose VND 12 trillion, or 14.2%, from a year earlier.')).toEqual([
      'actual - [rate 14.2 same-period-last-year]',
    ]);
    // a share after `or … of the total` is no change (negative)
    const s = read('Exports rose by $5 billion, or 11 percent of the total, in 2024.');
    expect(s.flatMap((x) => x.changes)).toEqual([]);
  });

  it('reads the base form of a change verb after a forecast verb and its object', () => {
    expect(readings('The ADB forecast Vietnam’s GDP to expand 6.6% in 2025.')).toEqual([
      'target - [rate 6.6 -] p=2025',
    ]);
    expect(readings('Exports could drop by 3.5 per cent in 2025.')).toEqual(['target - [rate -3.5 -] p=2025']);
  });
});
