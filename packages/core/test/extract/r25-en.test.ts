import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 25, English recall of the released `test14` (first part: population and health series,
 * telecoms and the digital economy, box office, water supply), written as paraphrases of our own in
 * other sectors, numbers and word order, each with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound? [changes] k=kind p=period st=stage`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const ch = s.changes.map(markedChangeText);
    const stage = s.stage ? ` st=${s.stage.value}` : '';
    return `${valueText(s)}${bound}${mark(s.value)} [${ch.join(', ')}] k=${s.kind.value} p=${s.period?.value ?? '-'}${mark(s.period)}${stage}`;
  });

describe('a point in time after `as of` / `as at` (`As of December 2021, …`)', () => {
  it('dates the stock by the month and year after it, wherever it stands, and reads no base from its `of`', () => {
    expect(readings('As of December 2021, the country had 544,000 registered domain names.')).toEqual([
      '544000? [] k=actual p=2021-12',
    ]);
    expect(
      readings('As of June 2024, outstanding loans reached VND13.6 quadrillion, up 4.1 percent year-on-year.'),
    ).toEqual(['13600000000000000 VND [rate 4.1 same-period-last-year] k=actual p=2024-06']);
    expect(readings('The fleet numbered 212 aircraft as of March 2023.')).toEqual(['212? [] k=actual p=2023-03']);
    expect(readings('As at September 2024, the city had 15,662 hotel rooms.')).toEqual([
      '15662? [] k=actual p=2024-09',
    ]);
  });

  it('gives a day or `now` after `as of` no period (near-misses)', () => {
    expect(readings('As of October 15, the trade turnover hit US$610.57 billion.')).toEqual([
      '610570000000 USD [] k=actual p=-',
    ]);
    expect(readings('As of now, the fund has disbursed VND3 trillion.')).toEqual(['3000000000000 VND [] k=actual p=-']);
  });
});

describe('a year closed by a verb before `with` (`The country ended 2021 with 70.9 million subscribers`)', () => {
  it('dates the figure after `with` by that year, whatever the closing verb', () => {
    expect(readings('The country ended 2021 with 70.9 million broadband subscribers.')).toEqual([
      '70900000 subscriber [] k=actual p=2021',
    ]);
    expect(readings('Vietcombank closed 2023 with a pre-tax profit of VND41.2 trillion.')).toEqual([
      '41200000000000 VND [] k=actual p=2023',
    ]);
    expect(readings('The airline finished 2019 with 21 million passengers.')).toEqual(['21000000 [] k=actual p=2019']);
  });

  it('reads no year from a score or a count after the verb (near-misses)', () => {
    expect(readings('The match ended 2-1 with 30,000 fans in the stadium.')).toEqual(['30000? [] k=actual p=-']);
    expect(readings('The company ended 300 contracts with suppliers in 2023.')).toEqual(['300? [] k=actual p=2023']);
  });
});

describe('a forecast’s participle without its auxiliary (`Digital economy expected to hit $45bln by 2025`)', () => {
  it('makes the figures after it targets, in a headline or a reduced clause after a comma', () => {
    expect(readings('Digital economy expected to hit $45bln by 2025')).toEqual(['45000000000 USD [] k=target p=2025']);
    expect(readings('Rice exports forecast to top 8 million tonnes in 2025')).toEqual([
      '8000000 tonne~over [] k=target p=2025',
    ]);
    expect(readings('Tourism revenue projected to reach US$40 billion by 2030.')).toEqual([
      '40000000000 USD [] k=target p=2030',
    ]);
    expect(readings('Box office revenue reached VND421 billion in May, expected to reach VND450 billion.')).toEqual([
      '421000000000 VND [] k=actual p=-',
      '450000000000 VND [] k=target p=-',
    ]);
  });

  it('keeps the figure a result after an auxiliary of the past or after `than expected` (near-misses)', () => {
    expect(readings('Exports were expected to reach US$12.25 billion in the first half.')).toEqual([
      '12250000000 USD [] k=actual p=-',
    ]);
    expect(readings('The figure had been widely expected to hit 5 million.')).toEqual(['5000000 [] k=actual p=-']);
    expect(readings('Exports rose 5 percent, higher than expected, to US$30 billion.')).toEqual([
      '30000000000 USD [rate 5 -] k=actual p=-',
    ]);
  });
});

describe('`would` after a verb of forecasting (`predicted the number would rise to 18 million in 2025`)', () => {
  it('makes the figures after `would` the forecast’s targets, with or without `that`', () => {
    expect(readings('The ministry predicted the number would rise to 18 million in 2025.')).toEqual([
      '18000000 [] k=target p=2025',
    ]);
    expect(readings('Analysts expected exports would top US$400 billion in 2024.')).toEqual([
      '400000000000 USD~over [] k=target p=2024',
    ]);
    expect(readings('The bank forecast credit growth would reach 15 percent in 2025.')).toEqual([
      '- [rate 15 -] k=target p=2025',
    ]);
  });

  it('leaves `would` after a verb of saying or estimating as it was (near-misses)', () => {
    expect(readings('He said the company would hire 500 workers.')).toEqual(['500 person [] k=actual p=-']);
    expect(readings('The firm estimated that profit would hit VND5 trillion this year.')).toEqual([
      '5000000000000 VND [] k=actual p=- st=estimate',
    ]);
  });
});

describe('a further amount as the subject of a forecast (`a further 61,000 households are expected to have clean water`)', () => {
  it('makes it a target, and reads `have` before a noun as possession, not the perfect', () => {
    expect(readings('A further 61,000 households are expected to have clean water by 2025.')).toEqual([
      '61000 household [] k=target p=2025',
    ]);
    expect(readings('An additional 300 MW of solar power will come online in 2025.')).toEqual([
      '300 (MW) [] k=target p=2025',
    ]);
    expect(readings('Another 1.2 million people are expected to have access to the internet by 2026.')).toEqual([
      '1200000 person [] k=target p=2026',
    ]);
  });

  it('keeps the perfect a guess at a past result, and a further amount with a past verb a result (near-misses)', () => {
    expect(readings('Revenue is expected to have reached VND30 trillion in 2023.')).toEqual([
      '30000000000000 VND [] k=actual p=2023 st=estimate',
    ]);
    expect(readings('Another 2,000 workers lost their jobs in 2023.')).toEqual(['2000 person [] k=actual p=2023']);
  });
});

describe('a level moved between two dated readings (`from 65.5 years in 1993 to 74.5 years in 2023`)', () => {
  it('reads both ends as the measure’s levels, each dated by the period written after its own unit words', () => {
    expect(readings('Average life expectancy rose from 65.5 years in 1993 to 74.5 years in 2023.')).toEqual([
      '65.5? [] k=actual p=1993',
      '74.5? [] k=actual p=2023',
    ]);
    expect(
      readings(
        'The infant mortality rate fell from 44 per 1,000 live births in 1990 to 12 per 1,000 live births in 2022.',
      ),
    ).toEqual(['44? [] k=actual p=1990', '12? [] k=actual p=2022']);
    expect(
      readings('Housing area per person increased from 20.6 square metres in 2009 to 25.2 square metres in 2019.'),
    ).toEqual(['20.6? [] k=actual p=2009', '25.2? [] k=actual p=2019']);
    expect(readings('The number of fires decreased from 4,800 in 2019 to 3,500 in 2023.')).toEqual([
      '4800? [] k=actual p=2019',
      '3500? [] k=actual p=2023',
    ]);
  });

  it('keeps the bound written before the end of a move of a percentage', () => {
    expect(
      readings(
        'The percentage of households using the internet increased from just over 30% in 2016 to nearly 60% in 2019.',
      ),
    ).toEqual(['30 percent~over? [] k=actual p=2016', '60 percent~under [] k=actual p=2019']);
    expect(readings('The poverty rate fell from 9.9% in 2016 to 4.3% in 2022.')).toEqual([
      '9.9 percent? [] k=actual p=2016',
      '4.3 percent [] k=actual p=2022',
    ]);
  });

  it('reads no level from a duration, and no dated start from an undated one (near-misses)', () => {
    expect(readings('Patients waited 3 years in 2020 for a transplant.')).toEqual([]);
    expect(readings('After 3 months of decline in 2023, sales rose to 5,120 units in May.')).toEqual([
      '5120 (units) [] k=actual p=2023-05',
    ]);
    expect(readings('The index rose from 48.2 to 51.3 points in 2024.')).toEqual(['51.3? [] k=actual p=2024']);
  });
});
