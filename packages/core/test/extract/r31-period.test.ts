import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';

/**
 * Round 31, periods and completions (R31-PERIOD): classes of how a period or a completion is said
 * that the reader misread across the released sets, each written as paraphrases of our own with
 * near-misses; never a corpus sentence.
 */

/** Each statement's period, `?reason` when doubted, `-` when none. */
const periods = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  extractReport(text, { locale }).statements.map(
    (s) => `${s.period?.value ?? '-'}${s.period?.confidence === 'uncertain' ? `?${s.period.doubt?.reason ?? ''}` : ''}`,
  );

describe('a change marked year-to-date in a statement dated by one month is of the year to that month', () => {
  it('reads `year-to-date`, `year to date` and `ytd` after or before the change', () => {
    expect(periods('The HNX-Index climbed 9.2% year-to-date as of July 2023.')).toEqual(['2023-YTD-07']);
    expect(periods('Car sales were weak in April 2022 with year to date volumes down 5.1%.')).toEqual(['2022-YTD-04']);
    expect(periods('In October 2021, the index gained 12.4% ytd.')).toEqual(['2021-YTD-10']);
  });

  it('leaves the month to a change with no mark, to a bracket after the month’s level, and to a mark past a comma', () => {
    expect(periods('The HNX-Index climbed 9.2% in July 2023.')).toEqual(['2023-07']);
    expect(periods('The index closed July 2023 at 1,250 points (+10.2% ytd).')).toEqual(['2023-07']);
    expect(periods('The index climbed 9.2% in July 2023, the best month year-to-date.')).toEqual(['2023-07']);
  });
});

