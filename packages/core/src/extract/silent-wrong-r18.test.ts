import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-statements';
import type { Statement } from './types';

/**
 * Shapes of sentence whose figure a reader took as certain and read wrong on the ninth set
 * (round 18, silent wrong). Paraphrases of our own (never the corpus sentence), each with a near
 * sentence that must keep its reading.
 */

/** `form amount base@confidence` of every change of every statement. */
function changes(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  const { statements } = extractReport(text, { locale });
  return (statements as readonly Statement[]).flatMap((s) =>
    s.changes.map((c) => `${c.value.form} ${c.value.amount.value} ${c.value.base?.kind ?? '-'}@${c.confidence}`),
  );
}

describe('a percentage before a shorthand base (`y/y`, `(m/m)`, `YoY`) is a rate, never a ratio', () => {
  it('reads the rate after a level verb, a preposition or a from', () => {
    expect(changes('Headline inflation reached 2.9 percent (y/y) in March.')).toContain(
      'rate 2.9 same-period-last-year@certain',
    );
    expect(changes('Core CPI stood at 3.1% y/y in June.')).toContain('rate 3.1 same-period-last-year@certain');
    expect(changes('Producer price inflation reached 0.4 percent (m/m) in May.')).toContain(
      'rate 0.4 previous-period@certain',
    );
    expect(changes('Food inflation eased from 5.2 percent y/y in July to 4.6 percent y/y in August.')).toContain(
      'rate 5.2 same-period-last-year@certain',
    );
    for (const text of [
      'Headline inflation reached 2.9 percent (y/y) in March.',
      'Core CPI stood at 3.1% y/y in June.',
      'Food inflation eased from 5.2 percent y/y in July to 4.6 percent y/y in August.',
    ])
      expect(
        changes(text).some((x) => x.startsWith('ratio')),
        text,
      ).toBe(false);
  });

  it('keeps a ratio stated with a ratio verb or a full base word', () => {
    expect(changes('Exports were equal to 108 percent (y/y).')).toContain('ratio 108 same-period-last-year@certain');
    expect(changes('Rice exports reached 105 percent year-on-year.')[0]).toMatch(/^ratio 105 same-period-last-year/u);
    // from 50 on, a shorthand base keeps the ratio a level verb gives (last year's level nearly met)
    expect(changes('Coffee exports reached 96 percent (y/y).')[0]).toMatch(/^ratio 96 same-period-last-year/u);
  });
});
