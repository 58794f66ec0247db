import { describe, expect, it } from 'vitest';
import { figured } from './readings';

/**
 * Round 28, target vs actual (R28-KIND): classes of the language where a certain target/actual
 * reading was wrong on the released sets, each read where its frame settles it. Paraphrases of our
 * own, never a corpus sentence.
 */

/** `kind confidence` of every statement with a figure. */
const read = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  figured(text, locale).map(
    (s) => `${s.kind.value} ${s.kind.confidence}${s.kind.doubt ? ` ${s.kind.doubt.reason}` : ''}`,
  );

describe('`would` before a verb of a level and its figure: the future in the past of a plan or forecast', () => {
  it('`would be`, `would reach`, `would set a record of`, `would see … to` are targets', () => {
    expect(read('Under the draft budget, public spending would be VND1.9 quadrillion next year.')).toEqual([
      'target certain',
    ]);
    expect(read('By 2040, the planned solar capacity would be 85,000 MW.')).toEqual(['target certain']);
    expect(read('Rice export revenue would set a new record of 5.2 billion USD by 2026.')).toEqual(['target certain']);
    expect(read('The scheme would see the city’s bus fleet more than triple to 4,500 vehicles by 2030.')).toEqual([
      'target certain',
    ]);
    expect(read('Sales were $120 million in the first half, and the second half would reach $150 million.')).toEqual([
      'actual certain',
      'target certain',
    ]);
  });

  it('a hypothetical restatement, the report’s own estimate, a comparison and a past guess stay as they were', () => {
    // near-misses: `Excluding …` restates a result; `estimated that … would` is the report's estimate;
    // the figure after `faster than` is the comparison's; `would have reached` guesses at the past
    expect(read('Excluding food prices, inflation would be 2.1 percent, the statistics office said.')).toEqual([
      'actual certain',
    ]);
    expect(read('The company estimated that its output would hit 12 million tonnes in 2023.')[0]).toBe(
      'actual certain',
    );
    expect(read('Growth would be faster than the 5.1% of the first quarter.')).toEqual(['actual certain']);
    expect(read('Without the storm, exports would have reached 9 billion USD.')).toEqual(['actual certain']);
    expect(read('Of the pledged capital, 60% would go to processing industries.')).toEqual(['actual certain']);
  });
});

describe('a figure as the subject of a future or a possibility: coordinated nouns, a fronted period, a share', () => {
  it('the subject’s noun phrase may join two nouns, follow a fronted period, be a share or hold a period', () => {
    expect(read('Around 12,000 ha of coffee and pepper farms could be hit by drought.')).toEqual(['target certain']);
    expect(read('Up to 40 GW of wind and solar projects might be delayed over the next three years.')).toEqual([
      'target certain',
    ]);
    expect(read('In the fourth quarter, 60 percent of the capital will be disbursed to key projects.')).toEqual([
      'target certain',
    ]);
    expect(read('Some 25% of the labour force will join unemployment insurance.')).toEqual(['target certain']);
    expect(read('About 3,000 tonnes of rice stored for 2025 will be shipped to Africa.')).toEqual(['target certain']);
  });

  it('a verb of its own before the joiner, or a figure that does not open its clause, stays a result', () => {
    // near-misses: the subject's own past verb closes it (`were exported and prices could rise`)
    expect(read('Around 80,000 tonnes of rice were exported and prices could rise.')).toEqual(['actual certain']);
    expect(read('In 2023, 5,000 flats were sold and developers will launch more.')).toEqual(['actual certain']);
    expect(read('Exports rose 5% in 2023, and 30% of the output will go to the US.')).toEqual([
      'actual certain',
      'actual certain',
    ]);
  });
});
