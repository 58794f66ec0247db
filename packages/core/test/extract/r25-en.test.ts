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
  // (round 31: the month is doubted `month-end` — `test20b-en.ts` reads `As of March 2018` of an export
  // value as the year to March, the other sets a stock's month; see r31-silent.test.ts)
  it('dates the stock by the month and year after it, wherever it stands, and reads no base from its `of`', () => {
    expect(readings('As of December 2021, the country had 544,000 registered domain names.')).toEqual([
      '544000? [] k=actual p=2021-12?',
    ]);
    expect(
      readings('As of June 2024, outstanding loans reached VND13.6 quadrillion, up 4.1 percent year-on-year.'),
    ).toEqual(['13600000000000000 VND [rate 4.1 same-period-last-year] k=actual p=2024-06?']);
    expect(readings('The fleet numbered 212 aircraft as of March 2023.')).toEqual(['212? [] k=actual p=2023-03?']);
    expect(readings('As at September 2024, the city had 15,662 hotel rooms.')).toEqual([
      '15662? [] k=actual p=2024-09?',
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

describe('a named rate’s levels listed after it (`was 12.5%, 18.1% and 24.6%`)', () => {
  it('reads every percentage of the list as the same measure’s level, under its name', () => {
    expect(readings('The rate of online tax filing over the past three years was 12.5%, 18.1% and 24.6%.')).toEqual([
      '12.5 percent? [] k=actual p=-',
      '18.1 percent? [] k=actual p=-',
      '24.6 percent? [] k=actual p=-',
    ]);
  });

  it('dates each level by its year in order with `respectively`, or by the period bracketed after it', () => {
    expect(
      readings('The broadband penetration rate for 2019, 2020 and 2021 was 61.3%, 68.7% and 70.3%, respectively.'),
    ).toEqual([
      '61.3 percent? [] k=actual p=2019',
      '68.7 percent? [] k=actual p=2020',
      '70.3 percent? [] k=actual p=2021',
    ]);
    expect(readings('The unemployment rates in 2021, 2022 and 2023 were 3.2%, 2.3% and 2.3%, respectively.')).toEqual([
      '3.2 percent? [] k=actual p=2021',
      '2.3 percent? [] k=actual p=2022',
      '2.3 percent? [] k=actual p=2023',
    ]);
    expect(
      readings('The forest cover rate was about 39% (in 2010), over 41% (in 2018) and nearly 42% (in 2022).'),
    ).toEqual([
      '39 percent~about [] k=actual p=2010',
      '41 percent~over [] k=actual p=2018',
      '42 percent~under [] k=actual p=2022',
    ]);
  });

  it('leaves a list it cannot date one by one, and a level with another period’s or group’s figure, as they were (near-misses)', () => {
    // (two years for three levels: the first year would date them all)
    expect(readings('The unemployment rates in 2021 and 2022 were 3.2%, 2.3% and 2.5%.')).toEqual([
      '3.2 percent? [] k=actual p=2021',
    ]);
    expect(readings('The poverty rate was 4.3%, down from 4.8% in 2021.')).toEqual([
      '4.3 percent [] k=actual p=-',
      '4.8 percent? [] k=actual p=2021?',
    ]);
    expect(readings('The literacy rate is 95.8% among men and 93.1% among women.')).toEqual([
      '95.8 percent [] k=actual p=-',
      '93.1 percent? [] k=actual p=-',
    ]);
  });
});

describe('a percentage per year under a growth name (`The growth rate of exports was 12.5% per year`)', () => {
  it('reads an average annual rate of change, doubted as an average, however the per-year tail is written', () => {
    expect(readings('The growth rate of exports was 12.5% per year.')).toEqual(['- [rate 12.5 -?] k=actual p=-']);
    expect(readings('Average GDP growth reached 6.8%/year.')).toEqual(['- [rate 6.8 -?] k=actual p=-']);
    expect(readings('The average annual growth rate of the urban population is 2.6 % / year.')).toEqual([
      '- [rate 2.6 -?] k=actual p=-',
    ]);
    expect(readings('Tourism revenue growth averaged 15 percent a year.')).toEqual(['- [rate 15 -?] k=actual p=-']);
  });

  it('keeps a per-year percentage under another name a level, and a growth rate of one year a rate (near-misses)', () => {
    expect(readings('The average interest rate was 7.6% per year.')).toEqual(['7.6 (% per year)? [] k=actual p=-']);
    expect(readings('The tax on the land is 0.5% a year.')).toEqual(['0.5 percent? [] k=actual p=-']);
    expect(readings('The growth rate of exports was 12.5% in 2023.')).toEqual(['- [rate 12.5 -] k=actual p=2023']);
  });
});

describe('the year of a census or survey that reports the figures (`according to the 2019 census`)', () => {
  it('dates figures with no period of their own by the survey’s year, before or after its noun', () => {
    expect(readings('According to the 2019 census, the population reached 96.2 million.')).toEqual([
      '96200000 [] k=actual p=2019',
    ]);
    expect(
      readings('The unemployment rate was 2.3 percent, according to a labour force survey conducted in 2022.'),
    ).toEqual(['2.3 percent [] k=actual p=2022']);
    expect(readings('The 2022 Labour Force Survey found that informal workers numbered 33.5 million.')).toEqual([
      '33500000 [] k=actual p=2022',
    ]);
    expect(
      readings('The share of households with internet access, according to the PAPI 2023 survey, was 79 percent.'),
    ).toEqual(['79 percent? [] k=actual p=2023']);
  });

  it('leaves a figure’s own period, a report’s year and two surveys’ years alone (near-misses)', () => {
    expect(readings('A 2018 survey counted 1,200 firms; in 2023 the number reached 1,500.')).toEqual([
      '1200 enterprise [] k=actual p=2018',
      '1500? [] k=actual p=2023',
    ]);
    expect(readings('According to a 2023 report, exports reached US$355 billion.')).toEqual([
      '355000000000 USD [] k=actual p=-',
    ]);
    expect(readings('The 2019 census and the 2021 survey put the figure at 96 million.')).toEqual([
      '96000000 [] k=actual p=-',
    ]);
  });
});

describe('the press’s slip of the currency code (`VDN130 trillion`)', () => {
  it('reads `VDN` before an amount, glued or spaced, as Vietnamese dong', () => {
    expect(readings('The sector is expected to generate VDN130 trillion in revenue in 2025.')).toEqual([
      '130000000000000 VND [] k=target p=2025',
    ]);
    expect(readings('The firm paid VDN 5 billion in taxes in 2022.')).toEqual(['5000000000 VND [] k=actual p=2022']);
  });
});

describe('a place described by its population (`The country of 97 million people had 156 million connections`)', () => {
  it('reads the figure after the verb, never the population inside the subject', () => {
    expect(readings('The country of 97 million people had 156 million mobile connections.')).toEqual([
      '156000000 [] k=actual p=-',
    ]);
    expect(readings('The city of 9 million residents had 1.2 million registered businesses in 2023.')).toEqual([
      '1200000 enterprise [] k=actual p=2023',
    ]);
    expect(readings('A province of 3.6 million inhabitants collected VND30 trillion in 2024.')).toEqual([
      '30000000000000 VND? [] k=actual p=2024',
    ]);
  });

  it('keeps a population that is the figure, and an amount of goods after `of` (near-misses)', () => {
    expect(readings('The country had 97 million people in 2019.')).toEqual(['97000000 person [] k=actual p=2019']);
    expect(readings('Exports of 97 million tonnes were shipped in 2023.')).toEqual([
      '97000000 tonne [] k=actual p=2023',
    ]);
  });
});

describe('a multiple word with its change noun and no readable base (`a fivefold increase compared to the previous decade`)', () => {
  it('reads the multiple of the change, its base unread, after any figure', () => {
    expect(readings('The ratio stands at 55%, a fivefold increase compared to the previous decade.')).toEqual([
      '55 percent? [times 5 -?] k=actual p=-',
    ]);
    expect(readings('Online sales hit VND80 trillion in 2024, a twofold increase.')).toEqual([
      '80000000000000 VND [times 2 -] k=actual p=2024',
    ]);
    expect(readings('Exports reached US$30 billion in 2023, a threefold rise on the year.')).toEqual([
      '30000000000 USD [times 3 same-period-last-year] k=actual p=2023',
    ]);
  });

  it('leaves a multiple before an earlier level, and `double-digit`, as they were (near-misses)', () => {
    expect(
      readings(
        'Turnover hit $400 billion in 2017, representing a fourfold increase from its first-ever $100 billion mark in 2007.',
      ),
    ).toEqual(['400000000000 USD [] k=actual p=2017', '100000000000 USD [] k=actual p=2007']);
    expect(readings('Vietnam saw double-digit growth of 12 percent in 2023.')).toEqual([
      '- [rate 12 -] k=actual p=2023',
    ]);
  });
});
