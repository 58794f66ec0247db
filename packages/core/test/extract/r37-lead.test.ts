import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { statementLines } from './readings';

/**
 * Round 37: shapes of report prose from the released `test23` set (and the classes they stand for),
 * each with the near-misses that must keep their old reading. Sentences paraphrase the set with other
 * numbers and names.
 */

describe('the level a change came from, after the level it reached and its period', () => {
  it('dates the change by the base written after the earlier level, past the period and a bracket', () => {
    expect(
      statementLines(
        'Maybank posted a 9% increase in net profit to RM2.61 billion for the second quarter ended June 30, 2024 (2QFY2024) from RM2.39 billion a year ago, on higher fee income.',
        'en',
      ),
    ).toEqual([
      '2610000000 (RM) [rate 9 same-period-last-year] k=actual p=2024-Q2',
      // (the earlier level: the indicator's, doubted, and of no period the sentence lends it)
      '2390000000 (RM)? [] k=actual',
    ]);
  });

  it('reads `in the corresponding quarter` and `for the previous corresponding quarter` after a comma', () => {
    expect(
      statementLines(
        'Quarterly revenue increased by 4% to RM3.12 billion, from RM3 billion in the corresponding quarter.',
        'en',
      ),
    ).toEqual(['3120000000 (RM) [rate 4 same-period-last-year] k=actual', '3000000000 (RM)? [] k=actual']);
    expect(
      statementLines(
        'Its net profit grew 18.2% to RM7.15 million for the third quarter ended Sept 30, 2021, from RM6.05 million for the previous corresponding quarter.',
        'en',
      )[0],
    ).toBe('7150000 (RM) [rate 18.2 same-period-last-year] k=actual p=2021-Q3');
  });

  it('dates the earlier level by a year its base writes, past `or … sen per share`', () => {
    expect(statementLines('Exports rose 6% to US$4.4 billion in 2024 from US$4.15 billion in 2023.', 'en')).toEqual([
      '4400000000 USD [rate 6 2023] k=actual p=2024',
      '4150000000 USD? [] k=actual p=2023',
    ]);
    expect(
      statementLines(
        'For the nine months, its net profit was down 2.1% to RM41.2 million or 2.3 sen per share, from RM42.08 million or 2.35 sen per share last year.',
        'en',
      )[0],
    ).toBe('41200000 (RM) [rate -2.1 same-period-last-year] k=actual');
  });

  it('near-miss: a level of another clause after `while` is not the earlier level', () => {
    const [profit, sales] = extractStatements(
      'Net profit rose 5% to RM120 million in the quarter, while sales from RM300 million fell a year earlier.',
      { locale: 'en' },
    );
    expect(profit?.changes[0]?.value.base).toBeUndefined();
    expect(sales?.value?.rule).not.toMatch(/earlier-reading/u);
  });

  it('near-miss: another unit after `from` is no earlier level of the same measure', () => {
    const [, second] = extractStatements(
      'Output rose 3% to 1.2 million tonnes in the quarter from 150 factories a year earlier.',
      { locale: 'en' },
    );
    expect(second?.value?.rule ?? '').not.toMatch(/earlier-reading/u);
  });
});
