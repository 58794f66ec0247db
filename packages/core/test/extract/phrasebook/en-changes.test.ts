import { describe, expect, it } from 'vitest';
import { extractReport, type Statement } from '../../../src/extract';
import { EN_CHANGES } from './en-changes';
import { describeFailure, scorePhrasebook, wholeShare } from './harness';

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
    expect(EN_CHANGES.cases.length).toBeGreaterThan(2500);
    expect(EN_CHANGES.cases.length).toBeLessThanOrEqual(3000);
  });

  it('reads no number silently wrong', () => {
    const wrong = score.failures.filter((f) => f.wrong.length > 0).map(describeFailure);
    expect(wrong).toEqual([]);
  });

  it('reads at least the floor of the facts whole', () => {
    const share = wholeShare(score.tally);
    // Floor: what the extractor reached when the area was written (rounded down).
    expect(share, score.failures.slice(0, 30).map(describeFailure).join('\n')).toBeGreaterThanOrEqual(0.94);
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
});
