import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { changeText, figured, valueText } from './readings';

/**
 * Round 20, English company and power reports (shapes of the released `test10`, written as
 * paraphrases of our own with their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit [changes] c=completion(?) k=kind`; `?` marks an uncertain completion. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const value = valueText(s);
    const ch = s.changes.map(changeText);
    const c = s.completion
      ? ` c=${s.completion.value.percent.value}${s.completion.confidence === 'uncertain' ? '?' : ''}`
      : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}`;
  });

describe('a plan named by its span: `than the 6-month plan`, `of the 9-month target`', () => {
  it('reads the excess over a plan whose modifier is a count glued to a period noun', () => {
    expect(readings('The plant generated 1.4 billion kWh, 12.5% higher than the 6-month plan.')).toEqual([
      '1400000000 (kWh) [] c=112.5 k=actual',
    ]);
    expect(readings('Output hit 2.1 million tonnes, 4 percent lower than the 9-month target.')).toEqual([
      '2100000 tonne [] c=96 k=actual',
    ]);
    expect(readings('Sales reached 300,000 units, equal to 45% of the 3-year plan.')).toEqual([
      '300000 (units) [] c=45 k=actual',
    ]);
  });

  it('near-misses: a spanned noun that is no plan, a spanned period that is no comparison', () => {
    for (const r of [
      readings('The plant generated 1.4 billion kWh, 12.5% higher than the 6-month average.'),
      readings('Revenue grew 12% in the 6-month period to VND 500 billion.'),
    ])
      expect(r.some((x) => / c=/.test(x))).toBe(false);
  });
});

describe('a bare verb of exceeding before `N% of the plan`', () => {
  it('reads the excess (100 + N) as a doubted completion, never the certain N', () => {
    expect(readings('Pre-tax profit is estimated at VND 4,200 billion, exceeding 9% of the plan.')).toEqual([
      '4200000000000 VND [] c=109? k=actual',
    ]);
    expect(readings('Exports reached US$2.4 billion, exceeding 12 per cent of the yearly plan.')).toEqual([
      '2400000000 USD [] c=112? k=actual',
    ]);
    expect(readings('Revenue hit VND 850 billion, surpassing 5.5 percent of the annual target.')).toEqual([
      '850000000000 VND [] c=105.5? k=actual',
    ]);
    expect(readings('Disbursement reached VND 3 trillion, exceeding about 4 percent of its plan.')).toEqual([
      '3000000000000 VND [] c=104? k=actual',
    ]);
  });

  it('near-misses: reaching N% of the plan is N; exceeding N% of a total is no completion', () => {
    expect(readings('Revenue reached VND 900 billion, reaching 7% of the plan.')).toEqual([
      '900000000000 VND [] c=7 k=actual',
    ]);
    expect(readings('Exports exceeded 12 per cent of total revenue.').some((x) => / c=/.test(x))).toBe(false);
    expect(readings('Exports exceeded US$2 billion, 12 per cent of the plan.')).toEqual([
      '2000000000 USD [] c=12 k=actual',
    ]);
  });
});

describe('a multiple over a plan named after `than`: `seven times higher than its adjusted target`', () => {
  it('reads a completion of 100 × N', () => {
    expect(readings('Profit was 3 times higher than the adjusted target.')).toEqual(['- [] c=300 k=actual']);
    expect(readings('Net profit reached VND 950 billion, four times higher than its target.')).toEqual([
      '950000000000 VND [] c=400 k=actual',
    ]);
    expect(readings("Output was 2.5 times higher than the company's plan.")).toEqual(['- [] c=250 k=actual']);
  });

  it('near-misses: a multiple of an average or of last year is a change, not a completion', () => {
    expect(readings('Profit was 3 times higher than the average.')).toEqual(['- [times 3 -] k=actual']);
    expect(readings('Profit was 3 times higher than last year.')).toEqual([
      '- [times 3 same-period-last-year] k=actual',
    ]);
  });
});

describe('abbreviated scales of company reports: `bil. dongs`, `mil. USD`', () => {
  it('scales the figure and reads the currency after the abbreviation point (no sentence ends there)', () => {
    expect(readings('Net profit in 2021 is 3,120 bil. dongs, up 12% year-on-year.')).toEqual([
      '3120000000000 VND [rate 12 same-period-last-year] k=actual',
    ]);
    expect(readings('Revenue reached 3,100 mil. USD in 2022.')).toEqual(['3100000000 USD [] k=actual']);
    expect(readings('Sales in 2019 were 845 bil dongs.')).toEqual(['845000000000 VND [] k=actual']);
  });

  it('near-miss: a point after another word still ends the sentence', () => {
    expect(readings('Profit was 845 billion dong in 2019. Bil. Nguyen said costs rose.')).toEqual([
      '845000000000 VND [] k=actual',
    ]);
  });
});

describe('a count of months glued to `month` before its year: `of 6-month in 2020`, `for 9-month 2024`', () => {
  it('is the months from January (six of them the first half)', () => {
    const period = (text: string) => extractStatements(text, { locale: 'en' })[0]?.period?.value;
    expect(period('Profit of 6-month in 2020 is 2,447 billion dong.')).toBe('2020-H1');
    expect(period('Revenue of 9-month in 2023 reached VND 5,200 billion.')).toBe('2023-YTD-09');
    expect(period('Output for 6-month 2021 was 3.2 million tonnes.')).toBe('2021-H1');
  });

  it('near-misses: a duration with no year after it is no period of the figure', () => {
    const period = (text: string) => extractStatements(text, { locale: 'en' })[0]?.period?.value;
    expect(period('The firm signed a 6-month contract in 2020 worth 2,447 billion dong.')).toBe('2020');
    expect(period('Profit for 6-month terms in 2020 is 2,447 billion dong.')).toBe('2020');
  });
});

describe('change verbs and adverbs: `reducing 16%`, `rose even more by 19%`, `by 12% up to VND 644 billion`', () => {
  it('reads a trailing `reducing N%` as a fall, respective lists included', () => {
    expect(readings('Net sales were VND 5,400 billion, reducing 8.5 percent from the previous year.')).toEqual([
      '5400000000000 VND [rate -8.5 same-period-last-year] k=actual',
    ]);
    expect(
      readings(
        'In 2023, the firm recorded VND 90 trillion in sales and VND 4 trillion in profit, reducing 6% and 11% respectively compared to 2022.',
      ),
    ).toEqual(['90000000000000 VND [rate -6 2022] k=actual', '4000000000000 VND [rate -11 2022] k=actual']);
  });

  it('lets `even more` / `even further` stand between the verb and the amount', () => {
    expect(readings('After-tax profit rose even more by 19% to VND 1,530 billion.')).toEqual([
      '1530000000000 VND [rate 19 -] k=actual',
    ]);
    expect(readings('Imports fell even further, by 3.2 percent year-on-year.')).toEqual([
      '- [rate -3.2 same-period-last-year] k=actual',
    ]);
  });

  it('after a rise, `up to` before a level is where it went, not a bound', () => {
    const v = (text: string) => extractStatements(text, { locale: 'en' })[0]?.value?.value;
    for (const text of [
      'Selling expenses increased by 12% up to VND 644 billion.',
      'Revenue grew by 20% up to VND 644 billion, the company said.',
      'Exports rose 8.5 percent up to VND 644 billion in May.',
    ]) {
      expect(v(text)?.base).toBe('644000000000');
      expect(v(text)?.approximate).toBeUndefined();
    }
  });

  it('near-misses: `reducing N% of` a whole is doubted; `up to` before the amount or after a fall stays a bound', () => {
    const [st] = extractStatements('The firm is reducing 12% of its workforce.', { locale: 'en' });
    expect(st?.changes[0]?.confidence).toBe('uncertain');
    const [fall] = extractStatements('Costs fell 5% to up to VND 300 billion.', { locale: 'en' });
    expect(fall?.value?.value.approximate).toBe('under');
    expect(readings('Exports grew even more strongly than imports.')).toEqual([]);
  });
});

describe('a change appended with `equal to` / `equivalent to`, and a base named by `the amount recorded in`', () => {
  it('carries the change after `equal to` / `equivalent to` over to the figure before the comma', () => {
    expect(
      readings('Pre-tax profit was nearly VND2.4 trillion, equal to an 11 per cent year-on-year increase.'),
    ).toEqual(['2400000000000 VND [rate 11 same-period-last-year] k=actual']);
    expect(readings('Pre-tax profit was VND 900 billion, equivalent to a 7 percent increase over last year.')).toEqual([
      '900000000000 VND [rate 7 same-period-last-year] k=actual',
    ]);
    expect(readings('Exports hit US$5 billion, equal to a 3.5% decline year-on-year.')).toEqual([
      '5000000000 USD [rate -3.5 same-period-last-year] k=actual',
    ]);
  });

  it('reads `the amount recorded in`, `the level recorded in`, `the amount in` before a base', () => {
    expect(readings('Revenue rose 12% over the amount recorded in 2022.')).toEqual(['- [rate 12 2022] k=actual']);
    expect(readings('Exports climbed 9 percent compared with the level recorded in 2021.')).toEqual([
      '- [rate 9 2021] k=actual',
    ]);
    expect(readings('Profit fell 4% against the amount in 2020.')).toEqual(['- [rate -4 2020] k=actual']);
  });

  it('near-misses: `the amount of` a thing is no base; `equal to` a converted sum is no change', () => {
    expect(readings('Revenue rose 12% over the amount of rice exported.')).toEqual(['- [rate 12 -] k=actual']);
    expect(readings('Pre-tax profit was VND2.4 trillion, equal to about US$100 million.')).toEqual([
      '2400000000000 VND [] k=actual',
    ]);
  });
});

describe('a projection or plan participle with its figure: `was projected at`, `is forecast at`', () => {
  it('makes the figure a target, in the present and the past tense', () => {
    expect(readings("The parent company's pre-tax profit was projected at 500 billion VND.")).toEqual([
      '500000000000 VND [] k=target',
    ]);
    expect(readings('Revenue in 2024 is projected at VND 12,000 billion, up 8%.')).toEqual([
      '12000000000000 VND [rate 8 -] k=target',
    ]);
    expect(readings('GDP growth was forecast at 6.5% for 2025.')).toEqual(['- [rate 6.5 -] k=target']);
    expect(readings('Revenue was planned at VND 3 trillion for 2023.')).toEqual(['3000000000000 VND [] k=target']);
  });

  it('near-misses: a result compared with a projection stays a result', () => {
    expect(readings('Profit reached VND 600 billion, higher than the projected VND 500 billion.')[0]).toBe(
      '600000000000 VND [] k=actual',
    );
    expect(
      readings('Revenue reached VND 3 trillion, exceeding the figure projected at the start of the year.'),
    ).toEqual(['3000000000000 VND [] k=actual']);
  });
});
