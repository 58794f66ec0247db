import { describe, expect, it } from 'vitest';
import { figured, markedValues, valueText } from './readings';

/**
 * Round 27, second half, English (R27B-EN): the leftovers of test16's English part, each written
 * as paraphrases of our own with their near-misses; never a corpus sentence.
 */

/** Each statement's value, completion and kind, `v=… c=… kind`. */
const read = (text: string): string[] =>
  figured(text, 'en').map((s) => `v=${valueText(s)} c=${s.completion?.value.percent.value ?? '-'} ${s.kind.value}`);

describe('a plan noun glued by a hyphen (`met only 29.8% of year-target`, `of the full-year-plan`)', () => {
  it('heads the plan phrase: the percentage is a completion of it, the statement no target', () => {
    expect(read('Pre-tax profit met only 29.8% of year-target.')).toEqual(['v=- c=29.8 actual']);
    expect(read('Although profit grew faster than revenue, this figure met only 41% of year-target.')).toEqual([
      'v=- c=41 actual',
    ]);
    expect(read('Net revenue reached VND 1,200 billion in 2023, completing 96.2% of the full-year-target.')).toEqual([
      'v=1200000000000 VND c=96.2 actual',
    ]);
    expect(read('Sales achieved 76 per cent of the annual-plan.')).toEqual(['v=- c=76 actual']);
    expect(read('The company fulfilled 103.2 percent of its 2024-target in revenue.')).toEqual(['v=- c=103.2 actual']);
    expect(read('Output reached 48% of the five-year-plan in 2023.')).toEqual(['v=- c=48 actual']);
  });

  it('is no plan when the compound goes on or a noun of its own follows it (near-misses)', () => {
    // a real-estate word: sold before construction, no plan
    expect(read('Revenue hit US$45.5 billion in 2023, accounting for 24.5% of off-plan apartment sales.')).toEqual([
      'v=45500000000 USD c=- actual',
    ]);
    // the plan noun opens a longer compound
    expect(read('Revenue hit US$45.5 billion in 2023, accounting for 24.5% of the year-plan-based quotas.')).toEqual([
      'v=45500000000 USD c=- actual',
    ]);
    // a modifier of the noun after it
    expect(read('Revenue hit US$45.5 billion in 2023, accounting for 24.5% of the five-year-plan projects.')).toEqual([
      'v=45500000000 USD c=- actual',
    ]);
  });
});

describe('a count of hours, days or weeks after bare `in` (`1,739 millimetres of rain in 24 hours`)', () => {
  it('is how long the result took: doubted (time-like), never a certain value', () => {
    expect(markedValues('Hue recorded 1,739 millimetres of rain in 24 hours.')).toEqual(['1739?', '24 hour?']);
    expect(markedValues('The steel plant produced 3,000 tonnes of billets in 48 hours.')).toEqual([
      '3000 tonne',
      '48 hour?',
    ]);
    expect(markedValues('Farmers harvested 12,800 tonnes of lychees in 10 days.')).toEqual([
      '12800 tonne',
      expect.stringMatching(/^10 .*\?$/u),
    ]);
  });

  it('stays a certain value when the length of time is the measure (near-misses)', () => {
    expect(markedValues('Processing time fell to 24 hours in 2023.')).toEqual(['24 hour']);
    expect(markedValues('Broadcasting time reached 18 hours in 2023.')).toEqual(['18 hour']);
    expect(markedValues('The average hospital stay was 6 days in 2023.')).toEqual([
      expect.stringMatching(/^6 [^?]*$/u),
    ]);
  });
});
