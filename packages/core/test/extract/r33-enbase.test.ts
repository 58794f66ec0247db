import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { valueText } from './readings';

/** Each statement's value (`-` when none), completion percent and its certainty (`?` when uncertain). */
const completions = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.completion)
    .map(
      (s) =>
        `${s.value ? `${valueText(s)}${s.value.confidence === 'certain' ? '' : '?'}` : '-'} c=${
          s.completion ? `${s.completion.value.percent.value}${s.completion.confidence === 'certain' ? '' : '?'}` : '-'
        }`,
    );

describe('a percentage after `by` following a completion (round 33: test22)', () => {
  it('never reads `exceeding the figure for the same period by 3.84%` as a completion of the plan before', () => {
    // (round 35: a verb of exceeding, a base and `by` state a rise against that base)
    for (const tail of [
      'exceeding the figure for the same period by 3.84%',
      'exceeding the same period last year by 3.84%',
      'surpassing the same period of 2022 by 3.84%',
    ]) {
      const read = extractStatements(
        `In 2023, seafood output reached 230,058 tons, achieving 94.07% of the target and ${tail}.`,
        { locale: 'en' },
      );
      expect(
        read.map((s) => [s.completion?.value.percent.value, s.changes.map((c) => c.value.amount.value)]),
        tail,
      ).toEqual([['94.07', ['3.84']]]);
    }
    // without a verb of exceeding the 3.84 is never shown as a certain number: a doubted value at most
    const read = completions(
      'In 2023, seafood output reached 230,058 tons, achieving 94.07% of the target and higher than last year by 3.84%.',
    );
    expect(read[0]).toMatch(/^230058 tonne c=94\.07\??$/u);
    expect(read.slice(1)).toEqual(['3.84 percent? c=-']);
  });

  it('near-misses: a name and a bare percentage after the completion is still a completion of that plan', () => {
    expect(
      completions(
        'In 2023, domestic revenue reached 500 billion VND, equal to 95% of the plan, and crude oil revenue 12%.',
      ),
    ).toEqual(['500000000000 VND c=95', '- c=12']);
    expect(
      completions(
        'In 2023, domestic revenue reached 500 billion VND, equal to 95% of the plan, and import duties 12 per cent.',
      ),
    ).toEqual(['500000000000 VND c=95', '- c=12']);
  });
});
