import { describe, expect, it } from 'vitest';
import { extractReport, type Statement } from '../../../src/extract';
import { EN_CHANGES } from './en-changes';
import { describeFailure, scorePhrasebook, silentWrongCases, wholeShare } from './harness';

const score = scorePhrasebook(EN_CHANGES);

/** Every change of every statement as `form amount base`, certain ones only. */
function changes(text: string): string[] {
  const base = (c: Statement['changes'][number]): string => {
    const b = c.value.base;
    return !b ? '-' : b.kind === 'period' ? b.period : b.kind;
  };
  return extractReport(text, { locale: 'en' }).statements.flatMap((s) =>
    s.changes
      .filter((c) => c.confidence !== 'uncertain')
      .map((c) => `${c.value.form} ${c.value.amount.value} ${base(c)}`),
  );
}

describe('phrasebook en-changes: how English report prose states a change and its base', () => {
  it('crosses the classes in full (every change form with every base)', () => {
    expect(EN_CHANGES.cases.length).toBeGreaterThan(2000);
    expect(EN_CHANGES.cases.length).toBeLessThanOrEqual(3000);
  });

  it('reads no number silently wrong', () => {
    const wrong = silentWrongCases(score);
    expect(wrong).toEqual([]);
  });

  it('reads at least the floor of the facts whole', () => {
    const share = wholeShare(score.tally);
    // Floor: what the extractor reached when the area was written (rounded down).
    expect(share, score.failures.slice(0, 30).map(describeFailure).join('\n')).toBeGreaterThanOrEqual(1);
  });

  it('reads two changes of one figure against two bases, with `and by` before the second', () => {
    expect(changes('The CPI fell 1% on the month and by 0.7% from a year earlier in March 2024.')).toEqual([
      'rate -1 previous-period',
      'rate -0.7 same-period-last-year',
    ]);
    expect(
      changes(
        'Retail sales reached VND520 trillion in May 2023, up 2.3 percent from the previous month and by 8.5 percent on the year.',
      ),
    ).toEqual(['rate 2.3 previous-period', 'rate 8.5 same-period-last-year']);
    expect(changes('Export turnover rose 0.3% on the month and 3.6% on the year in June 2025.')).toEqual([
      'rate 0.3 previous-period',
      'rate 3.6 same-period-last-year',
    ]);
  });

  it('reads `on the year`, `on the month`, `on the quarter` and a base with no article as bases', () => {
    expect(changes('Seafood exports dropped 12.5% on the year in October 2024.')).toEqual([
      'rate -12.5 same-period-last-year',
    ]);
    expect(changes('The index edged up 0.4 percent on the quarter in Q2 2025.')).toEqual(['rate 0.4 previous-period']);
    expect(changes('The CPI rose 0.21% compared to previous month in July 2024.')).toEqual([
      'rate 0.21 previous-period',
    ]);
    expect(changes('Arrivals increased 8% from the last month in April 2024.')).toEqual(['rate 8 previous-period']);
  });

  it('reads a comparative after a copula as a change against its base', () => {
    expect(changes('The CPI in the third quarter of 2024 was 2.82 per cent higher than one year earlier.')).toEqual([
      'rate 2.82 same-period-last-year',
    ]);
    expect(changes('In May 2023, revenue was 4% lower than the previous month.')).toEqual(['rate -4 previous-period']);
    expect(changes('Exports in 2024 were 12.6 percent higher than in 2019.')).toEqual(['rate 12.6 2019']);
  });

  it('reads a date as a base in the year it names, never in the statement’s year', () => {
    expect(changes('In the first quarter of 2025, credit rose 3.1% from December 31, 2024.')).toEqual([
      'rate 3.1 2024-12',
    ]);
    expect(changes('Total deposits grew 5.4 percent from late 2023 in the first nine months of 2024.')).toEqual([
      'rate 5.4 2023-12',
    ]);
    expect(changes('Outstanding loans were up 2.2% against 31 December 2022 in the first half of 2023.')).toEqual([
      'rate 2.2 2022-12',
    ]);
  });

  it('does not read a lone month, a late month or a day count as a base date', () => {
    // `compared to September` of an October figure stays the previous period
    expect(changes('Retail sales in October 2024 rose 2.1% compared with September.')).toEqual([
      'rate 2.1 previous-period',
    ]);
    // `late` before a word is no date: the change keeps no base
    expect(changes('Exports rose 4% from late shipments in 2024.').some((c) => c.endsWith('-12'))).toBe(false);
  });

  it('reads `advanced` and `lost` as verbs of change', () => {
    expect(changes('Seafood exports advanced 7.5% year-on-year in October 2024.')).toEqual([
      'rate 7.5 same-period-last-year',
    ]);
    expect(changes('The index lost 1.2 percent from the previous month in May 2024.')).toEqual([
      'rate -1.2 previous-period',
    ]);
  });

  it('reads multiple words and plurals (quadrupled, fivefold, doubling, nine folds, more than doubled)', () => {
    expect(changes('FDI inflows quadrupled year-on-year in the first half of 2024.')).toEqual([
      'times 4 same-period-last-year',
    ]);
    expect(changes('Rice shipments to Africa surged fivefold from a year earlier in 2023.')).toEqual([
      'times 5 same-period-last-year',
    ]);
    expect(
      changes('In 2022, arrivals reached 3.6 million, up nine folds compared to the same period last year.'),
    ).toEqual(['times 9 same-period-last-year']);
    expect(changes('Electronics exports reached US$5 billion, doubling over the same period last year.')).toEqual([
      'times 2 same-period-last-year',
    ]);
    // `more than doubled` is a bounded multiple: read, shown as approximate
    const bounded = extractReport('Solar capacity more than doubled compared with 2019 in 2024.', {
      locale: 'en',
    }).statements;
    expect(bounded.flatMap((s) => s.changes.map((c) => [c.value.amount.value, c.value.approximate]))).toEqual([
      ['2', 'over'],
    ]);
  });

  it('reads no multiple from a verb of doubling an object; a multiple verb standing alone is one with no base', () => {
    expect(changes('The firm is doubling its workforce in 2024.')).toEqual([]);
    // (round 28: a multiple verb standing alone states the multiple, as a change verb with no base
    // states its rate — `en-multiples.ts`; 2024 dates the statement, it is no base)
    expect(changes('Exports more than doubled in 2024.')).toEqual(['times 2 -']);
  });

  it('reads `an annual X%` after a change verb as its rate', () => {
    expect(changes('Exports had risen an annual 14% in May 2025.')).toEqual(['rate 14 -']);
    expect(changes('Industrial output fell an annual 2.1 percent in March 2023.')).toEqual(['rate -2.1 -']);
    expect(changes('Retail sales grew a yearly 9 per cent in the first quarter of 2024.')).toEqual(['rate 9 -']);
  });

  it('reads a quarter named by its three months (the January-March quarter of 2025)', () => {
    const period = (text: string) => extractReport(text, { locale: 'en' }).statements.map((s) => s.period?.value);
    expect(period('GDP grew 6.9% year-on-year in the January-March quarter of 2025.')).toEqual(['2025-Q1']);
    expect(period('Exports rose 14% in the April-June quarter of 2024.')).toEqual(['2024-Q2']);
    expect(period('The CPI rose 3.5 percent in the October-December quarter of 2023.')).toEqual(['2023-Q4']);
    // three months that are no calendar quarter are no quarter
    expect(period('Exports rose 14% in the February-April quarter of 2024.')).not.toContain('2024-Q1');
  });

  it('reads an adverbial base between the verb and `by` (increased year-on-year by 13.9 per cent)', () => {
    expect(changes('Shipments to Canada increased year-on-year by 13.9 per cent in 2019.')).toEqual([
      'rate 13.9 same-period-last-year',
    ]);
    expect(changes('In May 2023, coffee exports fell month-on-month by 4.5%.')).toEqual(['rate -4.5 previous-period']);
    expect(changes('Arrivals rose on the year by 21 percent in the first quarter of 2024.')).toEqual([
      'rate 21 same-period-last-year',
    ]);
    // no `by`, no amount: nothing is read
    expect(changes('Exports rose year-on-year in 2024.')).toEqual([]);
  });

  it('reads a multiple word before a change noun and its base (a threefold increase year-on-year)', () => {
    expect(changes('FDI posted a threefold increase year-on-year in 2024.')).toEqual(['times 3 same-period-last-year']);
    expect(changes('Coal imports saw a twofold rise compared with the same period last year in 2023.')).toEqual([
      'times 2 same-period-last-year',
    ]);
    // no base: no multiple (a plan, a capacity)
    expect(changes('The city plans a threefold increase in capacity by 2030.')).toEqual([]);
  });

  it('reads `last December` as the December of last year, the named month before a lead period as the previous period', () => {
    expect(changes('The CPI in September 2024 rose 5.13 percent compared with last December.')).toEqual([
      'rate 5.13 december-last-year',
    ]);
    expect(changes('In February 2024, export turnover rose 3.6 percent compared to January.')).toEqual([
      'rate 3.6 previous-period',
    ]);
    expect(changes('In the second quarter of 2024, GDP grew 1.2% compared with the first quarter.')).toEqual([
      'rate 1.2 previous-period',
    ]);
    // a month that is not the one before gives no previous period
    expect(changes('In October 2024, exports rose 3% compared to August.')).not.toContain('rate 3 previous-period');
  });

  it('reads `y-o-y` after a change noun as the base, not as a base year with the period after it', () => {
    const read = extractReport('Rice exports saw a 9.4% decline y-o-y in 2024.', { locale: 'en' }).statements;
    expect(read.map((s) => s.period?.value)).toEqual(['2024']);
    expect(changes('Rice exports saw a 9.4% decline y-o-y in 2024.')).toEqual(['rate -9.4 same-period-last-year']);
    expect(changes('Steel output posted a 3% drop y/y in March 2025.')).toEqual(['rate -3 same-period-last-year']);
  });

  it('keeps a second change after the first one’s period and base the same figure’s, and certain', () => {
    const read = (text: string) =>
      extractReport(text, { locale: 'en' }).statements.map((s) =>
        s.changes.map((c) => `${c.value.amount.value}:${c.confidence ?? 'certain'}`),
      );
    expect(
      read('The CPI rose 0.25 per cent in November 2024 compared to October and 3.46 per cent year-on-year.'),
    ).toEqual([['0.25:certain', '3.46:certain']]);
    expect(
      read('Core inflation rose 0.16% in May 2025 from the previous month and 3.15% from a year earlier.'),
    ).toEqual([['0.16:certain', '3.15:certain']]);
    // words of their own between the two figures name a second statement
    expect(read('Exports rose 5% in 2024 from the previous year and imports 3% year-on-year.')).toHaveLength(2);
    // the other side of a real comparison stays doubted
    expect(read('GDP grew 5.05 percent, lower than its target of 6.5 percent.').flat()).toContain('6.5:uncertain');
  });

  it('reads `vs.`, `sequentially`, `on a quarterly/monthly basis` as bases, and an adverbial base before a year', () => {
    expect(changes('Exports rose 3.2% vs. the previous month in October 2024.')).toEqual(['rate 3.2 previous-period']);
    expect(changes('Revenue grew 4% sequentially in the third quarter of 2024.')).toEqual(['rate 4 previous-period']);
    expect(changes('GDP grew 1.2% on a quarterly basis in Q2 2024.')).toEqual(['rate 1.2 previous-period']);
    expect(changes('The CPI rose 0.3% on a monthly basis in May 2024.')).toEqual(['rate 0.3 previous-period']);
    // the year after an adverbial base is the statement's period, not the base's year
    const read = extractReport('Rice exports rose 9.4% on an annual basis in 2024.', { locale: 'en' }).statements;
    expect(read.map((s) => s.period?.value)).toEqual(['2024']);
    expect(changes('Rice exports rose 9.4% on an annual basis in 2024.')).toEqual(['rate 9.4 same-period-last-year']);
    // a base that names a period still takes its year
    expect(changes('Exports rose 5% in 2024 from the same period in 2019.')).not.toContain(
      'rate 5 same-period-last-year',
    );
  });

  it('reads `rocketed` as a rise and `shed` as a fall, but no change from a count shed', () => {
    expect(changes('Exports rocketed 7.5% year-on-year in October 2024.')).toEqual(['rate 7.5 same-period-last-year']);
    expect(changes('The index shed 2.1% on the month in May 2024.')).toEqual(['rate -2.1 previous-period']);
    expect(changes('The firm shed 1,200 jobs in 2024.')).toEqual([]);
  });

  it('reads a bound before a multiple number word, and a year after `a year earlier` as the statement’s', () => {
    const read = (text: string) =>
      extractReport(text, { locale: 'en' }).statements.map((s) => ({
        changes: s.changes.map((c) => `${c.value.form} ${c.value.amount.value} ${c.value.approximate ?? 'exact'}`),
        period: `${s.period?.value}:${s.period?.confidence ?? 'certain'}`,
      }));
    expect(read('Exports reached US$3 billion in 2024, more than three times that of 2019.')[0]?.changes).toEqual([
      'times 3 over',
    ]);
    expect(read('Steel output rose more than four times year-on-year in 2023.')[0]?.changes).toEqual(['times 4 over']);
    expect(read('Coffee exports nearly doubled from a year earlier in 2024.')).toEqual([
      { changes: ['times 2 under'], period: '2024:certain' },
    ]);
    // `three times` alone stays exact
    expect(read('Exports rose three times year-on-year in 2024.')[0]?.changes).toEqual(['times 3 exact']);
  });
});
