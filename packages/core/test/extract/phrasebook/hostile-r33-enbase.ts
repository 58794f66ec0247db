import { cross, type PhraseCase } from './harness';

/**
 * Round 33's English excess over an earlier period after a completion (the silent wrong number of
 * `test22`, written out as the language says it, never a corpus sentence), beside its near-misses.
 */

const SPLY = 'same-period-last-year';

/**
 * `…, achieving 94.07% of the target and exceeding the figure for the same period by 3.84%`: a
 * percentage after `by` that follows a completion of a plan is the amount of a comparison with an
 * earlier level, never an elliptic completion of the same plan (a silent 3.84 % of the target
 * before round 33). It is not read as the rate yet: the case stays in the book, its number never
 * shown as certain. Near-misses: a name and a bare percentage right after the completion (`…, and
 * exports 12%`) is still the completion of the same plan.
 */
export function enExceedEarlierBy(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [verb, base] of cross(
    ['exceeding', 'surpassing', 'higher than'],
    ['the figure for the same period', 'the same period last year', "last year's figure", 'the same period of 2022'],
  ))
    out.push({
      text: `In 2023, seafood output reached 230,058 tons, achieving 94.07% of the target and ${verb} ${base} by 3.84%.`,
      facts: [
        { v: '230058', u: 'tonne', c: '94.07', ch: [`rate 3.84 ${base.includes('2022') ? '2022' : SPLY}`], p: '2023' },
      ],
    });
  // near-misses: a gapped item with a bare percentage after the completion is a completion of the same plan
  for (const [name, pct] of cross(
    ['crude oil revenue', 'revenue from the state sector', 'import duties'],
    ['12%', '12 per cent'],
  ))
    out.push({
      text: `In 2023, domestic revenue reached 500 billion VND, equal to 95% of the plan, and ${name} ${pct}.`,
      facts: [
        { v: '500000000000', u: 'VND', c: '95', p: '2023' },
        { c: '12', p: '2023' },
      ],
    });
  return out;
}
