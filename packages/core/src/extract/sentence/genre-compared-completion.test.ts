import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

/** Each statement with a completion as `c=percent p=period name`. */
const completions = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.completion)
    .map(
      (s) => `c=${s.completion?.value.percent.value}${s.period ? ` p=${s.period.value}` : ''} ${s.name?.value ?? '-'}`,
    );

describe('a compared completion (`fulfilling 16.3% of the annual target (vs 17.1% in 4M 2024)`)', () => {
  it("is the same indicator's completion for the period written after it", () => {
    expect(completions('State revenue reached 85.1% of the estimate in 9M 2025 vs 78.4% in 9M 2024.')).toEqual([
      'c=85.1 p=2025-YTD-09 State revenue',
      'c=78.4 p=2024-YTD-09 State revenue',
    ]);
    expect(completions('Disbursement met 41.2% of the annual plan in 1H 2025 versus 35.6% in 1H 2024.')).toEqual([
      'c=41.2 p=2025-H1 Disbursement',
      'c=35.6 p=2024-H1 Disbursement',
    ]);
    expect(
      completions(
        'Public investment rose 12.0% YoY to VND98.2tn, fulfilling 12.4% of the annual target (vs 10.9% in 3M 2024).',
      ),
    ).toEqual(['c=12.4 Public investment', 'c=10.9 p=2024-YTD-03 Public investment']);
  });

  it('leaves a compared percentage without a period of its own as read (negatives)', () => {
    expect(completions('Exports reached 85.1% of the plan, vs 12% in the textile sector.')).toEqual(['c=85.1 Exports']);
    expect(completions('State revenue reached 85.1% of the estimate in 9M 2025 vs 78.4% in 9M 2025.')).toEqual([
      'c=85.1 p=2025-YTD-09 State revenue',
    ]);
  });
});
