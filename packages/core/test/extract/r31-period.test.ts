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

/** Each statement's completion, `?reason` when doubted, `-` when none. */
const completions = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  extractReport(text, { locale }).statements.map(
    (s) =>
      `${s.completion?.value.percent.value ?? '-'}${s.completion?.confidence === 'uncertain' ? `?${s.completion.doubt?.reason ?? ''}` : ''}`,
  );

describe('a list of percentages of a plan after a verb of exceeding is the plan exceeded by each', () => {
  it('reads every English item as 100 + X, doubted as one alone is (percent-of)', () => {
    expect(completions('In 2022, sales and profit surpassed 8% and 31% of the annual plan.')).toEqual([
      '108?percent-of',
      '131?percent-of',
    ]);
    expect(
      completions(
        'In 2022, sales and profit reached VND 820 billion and VND 96 billion, exceeding 8% and 31% of the plan.',
      ),
    ).toEqual(['108?percent-of', '131?percent-of']);
  });

  it('reads every Vietnamese item as 100 + X, as `vượt X% kế hoạch` alone', () => {
    expect(completions('Năm 2022, doanh thu và lợi nhuận vượt 8% và 31% kế hoạch năm.', 'vi')).toEqual(['108', '131']);
  });

  it('leaves a list after a verb of reaching as printed', () => {
    expect(completions('In 2022, sales and profit reached 8% and 31% of the annual plan.')).toEqual(['8', '31']);
    expect(completions('Năm 2022, doanh thu và lợi nhuận đạt 8% và 31% kế hoạch năm.', 'vi')).toEqual(['8', '31']);
  });
});
