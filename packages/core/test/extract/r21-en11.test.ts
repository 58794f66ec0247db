import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { changeText, figured, valueText } from './readings';

/**
 * Round 21, English of property consultants, ports, airlines, power and tourism (the families of
 * the released `test11`, written as paraphrases of our own in other sectors and numbers, with
 * their near-misses; never a corpus sentence).
 */

/** Each statement with a figure as `value unit~bound? [changes] k=kind`; `?` marks an uncertain value. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const doubt = s.value?.confidence === 'uncertain' ? '?' : '';
    const value = `${valueText(s)}${bound}${doubt}`;
    const ch = s.changes.map(changeText);
    return `${value} [${ch.join(', ')}] k=${s.kind.value}`;
  });

/** The value fields read certain (what an audit would check). */
const certainValues = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.value && s.value.confidence !== 'uncertain')
    .map((s) => s.value?.value.base ?? '');

describe('percentage points in the shorthand of consultants and research (`ppts`, `pps`, `pct pts`)', () => {
  it('reads every abbreviation as a points change, with its base', () => {
    expect(readings('The hotel occupancy rate rose 4.5 ppts year-on-year to 71%.')).toEqual([
      '71 percent [points 4.5 same-period-last-year] k=actual',
    ]);
    expect(readings('The vacancy rate edged up 1.2 pct pts q-o-q to 9.8 per cent.')).toEqual([
      '9.8 percent [points 1.2 previous-period] k=actual',
    ]);
    expect(readings('The take-up rate of serviced apartments fell 3ppts quarter-on-quarter.')).toEqual([
      '- [points -3 previous-period] k=actual',
    ]);
    expect(readings('Absorption stood at 46 per cent, down 3 pps q-o-q and 8 ppts y-o-y.')).toEqual([
      '46 percent? [points -3 previous-period, points -8 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: index points stay doubted, `ppm` is no point', () => {
    const index = extractStatements('The VN-Index rose 15 pts to 1,250 points.', { locale: 'en' });
    expect(index[0]?.changes[0]?.confidence).toBe('uncertain');
    expect(readings('Emissions at the plant fell to 420 ppm.').join()).not.toMatch(/points/u);
  });
});

describe('`mt`/`MT`: the metric tons of customs and commodity wires', () => {
  it('reads the tonnes after a scale word or a plain number', () => {
    expect(readings('Coal exports totalled 2.1 million MT in 2023, up 12% year-on-year.')).toEqual([
      '2100000 tonne [rate 12 same-period-last-year] k=actual',
    ]);
    expect(readings('Rice shipments reached 450,000 mt in March 2024.')).toEqual(['450000 tonne [] k=actual']);
    expect(readings('Between January and April, the country imported 6.25 million mt of fertiliser.')).toEqual([
      '6250000 tonne [] k=actual',
    ]);
  });

  it('near-miss: `Mt` (megatonnes) is never read as metric tons: a megatonne is a million tonnes (round 23)', () => {
    expect(certainValues('Coal output was 48 Mt in 2023.')).toEqual(['48000000']);
    expect(readings("Vietnam's coal demand may reach 120 Mt by 2030.").join()).not.toMatch(/^120 tonne/u);
  });
});

describe('a count that opens its clause as the subject of a future (`Some 3,000 rooms will enter the market`)', () => {
  it('reads the count as a target', () => {
    expect(readings('About 8,500 new condos will hit the market in 2026.')).toEqual(['8500~about? [] k=target']);
    expect(readings('Some 2,400 hotel rooms are scheduled to open in Da Nang by 2027.')).toEqual([
      '2400~about? [] k=target',
    ]);
    expect(readings('Nearly 40,000 workers are expected to return to the factories after Tet.')).toEqual([
      '40000 person~under [] k=target',
    ]);
    expect(
      readings('The port added two berths this year, while 3 more berths are set to be built by the end of 2026.'),
    ).toEqual(['3? [] k=target']);
  });

  it('near-misses: a count inside a name, a past passive, a future after the result', () => {
    // a count after an article or a preposition is no subject of its own
    expect(readings('Exports to the 27 EU countries will rise 5% in 2025.')).toEqual(['- [rate 5 -] k=target']);
    expect(readings('Around 5,000 apartments were sold in 2023.')).toEqual(['5000~about? [] k=actual']);
    expect(readings('Exports reached US$5 billion, which will help the sector.')).toEqual([
      '5000000000 USD [] k=actual',
    ]);
  });
});

describe('a bare count after a goal marker that ends in its verb, or after a verb of exceeding', () => {
  it('reads the count', () => {
    expect(readings('There will be some 120,000 apartments on the market by 2028.')).toEqual([
      '120000~about? [] k=target',
    ]);
    expect(readings('The agency predicts that full-year flights will exceed 450,000.')).toEqual([
      '450000~over [] k=target',
    ]);
    expect(readings('Total flights surpassed 310,000 in 2024.')).toEqual(['310000~over? [] k=actual']);
    expect(readings('Airport arrivals topped 120,000 in June 2023.')).toEqual(['120000~over? [] k=actual']);
  });

  it('near-misses: `the top 10` is a rank, a bare number after other words is no figure', () => {
    expect(
      readings('Exports reached US$35.2 billion, in the top 10 nationwide, up 12.5 percent year-on-year.'),
    ).toEqual(['35200000000 USD [rate 12.5 same-period-last-year] k=actual']);
    expect(readings('The province plans to open 12 more routes.').join()).not.toMatch(/k=actual/u);
  });
});

describe('a count after any verb in the past tense (`The airline operated 134,000 flights`)', () => {
  it('reads the count of the plural noun, doubted (a count beside the indicator or its value)', () => {
    expect(readings('The airline operated 134,000 flights in 2019.')).toEqual(['134000? [] k=actual']);
    expect(readings('The city hosted 1,250 international events in 2023.')).toEqual(['1250? [] k=actual']);
    expect(readings('In 2024, the district opened 12 new bus routes.')).toEqual(['12? [] k=actual']);
    expect(readings('By June, carriers had conducted over 95,000 flights, up 9 percent year-on-year.')).toEqual([
      '95000~over? [rate 9 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: time, points, a measure read as ever, a verb of change', () => {
    expect(readings('The project lasted 3 years.')).toEqual([]);
    expect(readings('The stock gained 15 points.').join()).not.toMatch(/^15/u);
    expect(readings('The carmaker delivered 35,000 units in 2024.')).toEqual(['35000 (units) [] k=actual']);
    expect(readings('Exports increased 15 percent in 2024.')).toEqual(['- [rate 15 -] k=actual']);
    expect(certainValues('The province approved 38 new tourism products.')).toEqual([]);
  });
});

describe('a percentage-point amount before a change noun (`a 0.7ppt quarter-on-quarter decrease`)', () => {
  it('reads a points change', () => {
    expect(readings('The occupancy rate recorded a 2.5 percentage point increase year-on-year.')).toEqual([
      '- [points 2.5 same-period-last-year] k=actual',
    ]);
    expect(readings('The vacancy rate posted a 1.2ppt quarter-on-quarter decline.')).toEqual([
      '- [points -1.2 previous-period] k=actual',
    ]);
    expect(readings('The absorption rate saw a 3-ppt rise over the previous quarter.')).toEqual([
      '- [points 3 previous-period] k=actual',
    ]);
  });

  it("near-misses: an index's bare points, a percentage stays a rate", () => {
    expect(readings('The VN-Index posted a 15 point gain.').join()).not.toMatch(/points 15 -(?!\?)/u);
    expect(readings('The bank reported a 12 percent increase in profit year-on-year.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual',
    ]);
  });
});

describe('forecasts in the progressive and the calque `has set to` (`CAAV is expecting 10 million passengers`)', () => {
  it('reads the figures after them as targets', () => {
    // (round 25: TEUs read as the value's unit)
    expect(readings('The port authority is expecting about 2.5 million TEUs in 2026.')).toEqual([
      '2500000 (TEUs)~about [] k=target',
    ]);
    expect(readings('Hotel operators are expecting a 15% rise in arrivals this year.')).toEqual([
      '- [rate 15 -] k=target',
    ]);
    expect(readings('For 2025, the carrier has set to transport 30 million passengers.')).toEqual([
      '30000000 [] k=target',
    ]);
  });

  it('near-misses: a fronted participle, a result', () => {
    expect(
      readings('Expecting strong demand, the firm raised output by 12% to 3 million units in 2023.').join(),
    ).not.toMatch(/k=target/u);
    expect(readings('The carrier transported 30 million passengers in 2024.')).toEqual(['30000000 [] k=actual']);
  });
});

describe('`a rate of growth of N percent` after `showing`/`indicating` (`…, showing a q-o-q rate of growth of 6 percent`)', () => {
  it('reads the change on the statement before', () => {
    expect(readings('Revenue reached VND 500 billion in 2024, showing a year-on-year growth rate of 12%.')).toEqual([
      '500000000000 VND [rate 12 same-period-last-year] k=actual',
    ]);
    expect(readings('Exports hit US$3 billion in 2023, a rate of growth of 8 percent over 2022.')).toEqual([
      '3000000000 USD [rate 8 2022] k=actual',
    ]);
    expect(
      readings('Output fell to 2 million tonnes in 2024, indicating a rate of decline of 3% year-on-year.'),
    ).toEqual(['2000000 tonne [rate -3 same-period-last-year] k=actual']);
  });

  it('near-miss: `showing that` opens a clause of its own', () => {
    const r = readings('Data were released in May, showing that exports rose 5% to US$3 billion in 2024.');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^3000000000 USD \[rate 5/u);
  });
});

describe('the next bare count of a list of counts (`handled 6.6 million passengers and 80,000 aircraft movements`)', () => {
  it('reads the later count as its own statement, with its own appositive change', () => {
    expect(readings('Airports handled 6.6 million passengers and 80,000 aircraft movements in August 2018.')).toEqual([
      '6600000 [] k=actual',
      '80000? [] k=actual',
    ]);
    expect(
      readings('Tan Son Nhat served 3.1 million passengers in May 2019, up 6.5%, and 21,000 flights, up 4%.'),
    ).toEqual(['3100000 [rate 6.5 -] k=actual', '21000? [rate 4 -] k=actual']);
    expect(
      readings(
        'The terminal received 420,000 visitors, an increase of 12%, and 1,350 cruise calls, an increase of 3%.',
      ),
    ).toEqual(['420000 person [rate 12 -] k=actual', '1350? [rate 3 -] k=actual']);
  });

  it('near-misses: an ordinal, a fraction, a count after a change with no comma', () => {
    expect(
      readings(
        'GDP rose from US$346 billion in 2020 to US$433 billion in 2023, becoming the 37th and 34th largest economy.',
      ).some((r) => /^34\b/u.test(r)),
    ).toBe(false);
    expect(
      certainValues('Some 27 ministries and 30 out of 63 localities had disbursement rates above average.'),
    ).toEqual([]);
    expect(readings('Exports rose 5% and 3 firms went bankrupt in May 2024.').some((r) => /^3\?/u.test(r))).toBe(false);
  });
});

describe('an abbreviated month joined to its year by a hyphen (`in Aug-2018`)', () => {
  it('reads the month of that year', () => {
    const period = (text: string) => extractStatements(text, { locale: 'en' }).map((s) => s.period?.value);
    expect(period('Container throughput hit 2.4 million TEUs in Oct-2024, up 9% year-on-year.')).toEqual(['2024-10']);
    expect(period('Rice exports in Mar-2024 reached 1.1 million tonnes.')).toEqual(['2024-03']);
    expect(period('Exports reached US$3 billion in Sept-2022.')).toEqual(['2022-09']);
  });

  it('near-misses: a month span stays a span, a day is no year', () => {
    const period = (text: string) => extractStatements(text, { locale: 'en' }).map((s) => s.period?.value);
    expect(period('Exports reached US$3 billion in Jan-Oct 2023.')).toEqual(['2023-YTD-10']);
    expect(period('Exports reached US$3 billion on Aug-15.')).toEqual([undefined]);
  });
});

describe('a requirement with its object (`Vietnam needs a total capacity of 60,000 MW by 2020`)', () => {
  it('reads the required figures as targets', () => {
    expect(readings('The grid needs a total capacity of 90,000 MW by 2030.')).toEqual(['90000 (MW) [] k=target']);
    expect(readings('The province requires some VND 12 trillion for new roads by 2030.')).toEqual([
      '12000000000000 VND~about [] k=target',
    ]);
    expect(readings('The sector will need 50,000 more workers by 2030.')).toEqual(['50000 person [] k=target']);
  });

  it('near-misses: the noun `needs` frames nothing', () => {
    expect(readings('The plant meets the needs of 2 million people.')).toEqual(['2000000 person [] k=actual']);
    expect(readings('Power supply met their needs in 2023, reaching 280 billion kWh.').join()).not.toMatch(/k=target/u);
  });
});

describe('two amounts joined by `and` sharing the direction and base after the second (`12 percent and 8 percent higher than in 2022`)', () => {
  it('reads the first amount with the shared direction and base', () => {
    expect(
      readings('Rice and coffee exports were 12 percent and 8 percent higher than in 2022, respectively.'),
    ).toEqual(['- [rate 12 2022] k=actual', '- [rate 8 2022] k=actual']);
    expect(readings('Arrivals by air and by sea were 20% and 15% lower than last year, respectively.')).toEqual([
      '- [rate -20 same-period-last-year] k=actual',
      '- [rate -15 same-period-last-year] k=actual',
    ]);
    expect(
      readings(
        'Airlines carried 4.7 million passengers and 35,000 tonnes of cargo, 11.4 percent and 7.6 percent higher than last year, respectively.',
      ),
    ).toEqual([
      '4700000 [rate 11.4 same-period-last-year] k=actual',
      '35000 tonne [rate 7.6 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: a plan on the other side, a level and not an amount', () => {
    expect(readings('Exports rose 12 percent and imports 8 percent higher than planned.').join()).not.toMatch(
      /rate 12 (?!-)/u,
    );
    expect(readings('Sales reached 5,000 units and 3,000 units higher than in 2022.').join()).not.toMatch(/rate/u);
  });
});

describe('a base named as `the figure(s)` before its period (`11.4 percent higher than the figures last year`)', () => {
  it('reads the period after the figure as the base', () => {
    expect(readings('Cargo reached 35,000 tonnes, 11.4 percent higher than the figures last year.')).toEqual([
      '35000 tonne [rate 11.4 same-period-last-year] k=actual',
    ]);
    expect(readings('Exports reached US$3 billion in 2023, up 5% on the same figure of 2022.')).toEqual([
      '3000000000 USD [rate 5 2022] k=actual',
    ]);
    expect(readings('Revenue hit VND 800 billion, 9 percent lower than the same figure last year.')).toEqual([
      '800000000000 VND [rate -9 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: the figure as a subject, a base still named by its year', () => {
    expect(readings('The figure rose 5% to US$3 billion in 2023.')).toEqual(['3000000000 USD [rate 5 -] k=actual']);
    expect(readings('Exports reached US$3 billion, 5 percent higher than the figure in 2019.')).toEqual([
      '3000000000 USD [rate 5 2019] k=actual',
    ]);
  });
});
