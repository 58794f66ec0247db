import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, kindPeriodLines } from './readings';

/**
 * Round 25, English recall of lists and moves (transport volumes, state groups' results, trade and
 * provinces' reviews; the families of test14's second English part and the English leftovers of
 * test9–test13, R25-EN2): each family written as paraphrases of our own in other sectors, numbers
 * and word order, with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as its value, changes, kind and period (kindPeriodLines in readings.ts). */
const readings = (text: string): string[] => kindPeriodLines(text, 'en');

/** The doubt reason of each statement's value, `-` when certain or none. */
const valueDoubts = (text: string): string[] => figured(text, 'en').map((s) => s.value?.doubt?.reason ?? '-');

describe('a second value of the same unit joined by `and`, no `respectively`, under two joined names (`exports to Japan and Korea … at $1.25 billion and $646 million`)', () => {
  it('reads the second value as a statement of the same frame, its pairing by order doubted', () => {
    expect(readings('Exports to Japan and Korea remained modest at $1.25 billion and $646 million.')).toEqual([
      '1250000000 USD [] k=actual p=-',
      '646000000 USD? [] k=actual p=-',
    ]);
    expect(
      readings('Sales in Hanoi and Da Nang hit VND1.2 trillion and VND800 billion in the first quarter of 2024.'),
    ).toEqual(['1200000000000 VND [] k=actual p=2024-Q1', '800000000000 VND? [] k=actual p=2024-Q1']);
    expect(readings('The Son La and Hoa Binh plants produced 2.1 billion kWh and 1.4 billion kWh last year.')).toEqual([
      '2100000000 (kWh) [] k=actual p=-',
      '1400000000 (kWh)? [] k=actual p=-',
    ]);
    expect(readings('Coal and gas plants supplied 45,000 tonnes and 32,000 tonnes of fuel.')).toEqual([
      '45000 tonne [] k=actual p=-',
      '32000 tonne? [] k=actual p=-',
    ]);
    expect(valueDoubts('Exports to Japan and Korea remained modest at $1.25 billion and $646 million.')).toEqual([
      '-',
      'respectively',
    ]);
  });

  it('keeps a range, a named second item, another currency and a percentage pair as they were (near-misses)', () => {
    // the two ends of a range: no second statement
    expect(readings('Rice exports were between US$1.2 billion and US$1.5 billion.')).toEqual([
      '1200000000 USD? [] k=actual p=-',
    ]);
    // a name of its own between the figures: two statements, both certain
    expect(readings('Exports reached $1.25 billion and imports $1.1 billion.')).toEqual([
      '1250000000 USD [] k=actual p=-',
      '1100000000 USD [] k=actual p=-',
    ]);
    // the same amount's part in another currency: the same indicator, certain
    expect(valueDoubts('Registered capital reached US$1.9 billion and VND34,750 billion.')).toEqual(['-', '-']);
    // two percentages are changes, never split into values
    expect(readings('The two provinces posted growth of 8.2 percent and 7.9 percent.').length).toBe(1);
    // one name, no pair to read by order: the second value stays unread
    expect(readings('In 2023, the plant produced 300 MW and 200 MW.')).toEqual(['300 (MW) [] k=actual p=2023']);
    expect(readings('Exports reached US$5 billion and US$3 billion in 2023.')).toEqual([
      '5000000000 USD [] k=actual p=2023',
    ]);
  });
});

describe('a bare number before `and` and a value with a scale or unit (`10.6 and 10.2 trillion VND`)', () => {
  it('gives the first number the second one’s scale and unit', () => {
    expect(readings('Hanoi and Hai Phong earned 10.6 and 10.2 trillion VND, respectively.')).toEqual([
      '10600000000000 VND [] k=actual p=-',
      '10200000000000 VND [] k=actual p=-',
    ]);
    expect(readings('Exports of rice and coffee were 2.1 and 1.4 million tonnes, respectively.')).toEqual([
      '2100000 tonne [] k=actual p=-',
      '1400000 tonne [] k=actual p=-',
    ]);
    expect(readings('The Son La and Hoa Binh plants produced 2.1 and 1.4 billion kWh.')).toEqual([
      '2100000000 (kWh) [] k=actual p=-',
      '1400000000 (kWh)? [] k=actual p=-',
    ]);
    // a first number three digits longer is written in the unit itself
    expect(readings('The ports handled 736,095 and 1.12 million tonnes, respectively.')).toEqual([
      '736095 tonne? [] k=actual p=-',
      '1120000 tonne? [] k=actual p=-',
    ]);
  });

  it('leaves the ends of a range and a year alone (near-misses)', () => {
    expect(readings('Output ranged between 10 and 12 million tonnes.')).toEqual(['12000000 tonne? [] k=actual p=-']);
    expect(readings('Rice exports were between 6 and 7 million tonnes.')).toEqual(['7000000 tonne? [] k=actual p=-']);
    expect(readings('In 2022 and 2023 million of people travelled.').some((r) => r.startsWith('2022000000'))).toBe(
      false,
    );
  });
});

describe('the level a move started from, with no period (`fell from 3.35 billion USD to 3.15 billion USD`)', () => {
  it('reads the earlier level as a statement of its own, undated and doubted', () => {
    expect(readings('Hanoi’s exports fell from 3.35 billion USD to 3.15 billion USD.')).toEqual([
      '3150000000 USD [] k=actual p=-',
      '3350000000 USD? [] k=actual p=-',
    ]);
    expect(readings('Revenue grew from VND2.1 trillion to VND2.9 trillion.')).toEqual([
      '2900000000000 VND [] k=actual p=-',
      '2100000000000 VND? [] k=actual p=-',
    ]);
    expect(readings('The number of visitors jumped from 1.2 million to 3.5 million.')).toEqual([
      '3500000 [] k=actual p=-',
      '1200000? [] k=actual p=-',
    ]);
    // a bare reading (an index) stays the previous level only
    expect(readings('The index rose from 48.2 to 51.3 points in 2024.').length).toBe(1);
    expect(readings('Subsidiaries’ profit increased from 2,120 bil. dongs to 2,491 bil. dongs.')).toEqual([
      '2491000000000 VND [] k=actual p=-',
      '2120000000000 VND? [] k=actual p=-',
    ]);
    // a first end with its own scale shares the second's unit
    expect(readings('Hanoi’s exports fell from 3.35 billion to 3.15 billion USD.')).toEqual([
      '3150000000 USD [] k=actual p=-',
      '3350000000 USD? [] k=actual p=-',
    ]);
    expect(valueDoubts('Revenue grew from VND2.1 trillion to VND2.9 trillion.')).toEqual(['-', 'comparison']);
  });

  it('never dates the earlier level by the sentence’s period, and leaves dated ends and ranges as they were (near-misses)', () => {
    expect(readings('In 2023, revenue grew from VND2.1 trillion to VND2.9 trillion.')).toEqual([
      '2900000000000 VND [] k=actual p=2023',
      '2100000000000 VND? [] k=actual p=-',
    ]);
    // each end with its period: read already, no third statement
    expect(readings('Rice exports increased from 6.2 million tonnes in 2021 to 7.1 million tonnes in 2022.')).toEqual([
      '6200000 tonne? [] k=actual p=2021',
      '7100000 tonne [] k=actual p=2022',
    ]);
    // a target range: no earlier level
    expect(readings('The city targets growth from 7 to 7.5 percent this year.').length).toBe(1);
    // Vietnamese reads the earlier level the same way since round 36 (test22's annotations), and
    // keeps it as the statement's previous level too
    const vi = extractStatements('Xuất khẩu giảm từ 3,35 tỷ USD xuống 3,15 tỷ USD.', { locale: 'vi' });
    expect(vi.filter((s) => s.value).map((s) => s.value?.value.base)).toEqual(['3150000000', '3350000000']);
    expect(vi[1]?.value?.confidence).toBe('uncertain');
    expect(vi[0]?.previous?.value.base).toBe('3350000000');
  });
});

describe('a forecaster’s `projected` / `predicted` before its object, and the participle of a projection', () => {
  it('reads the figures after it as a forecast (a target)', () => {
    expect(readings('The World Bank projected Vietnam’s GDP growth in 2026 at only 6.3%.')).toEqual([
      '- [rate 6.3 -] k=target p=2026',
    ]);
    expect(readings('The ADB predicted Vietnam’s economy would grow 6.5 percent this year.')).toEqual([
      '- [rate 6.5 -] k=target p=-',
    ]);
    expect(readings('Analysts see a projected net profit of about VND 23,000 billion in 2025, down 10% yoy.')).toEqual([
      '23000000000000 VND~about [rate -10 same-period-last-year] k=target p=2025',
    ]);
    expect(readings('Projected disbursement in April alone is over 4 trillion VND.')).toEqual([
      '4000000000000 VND~over [] k=target p=-',
    ]);
  });

  it('leaves a result that met or missed a forecast a result (near-misses)', () => {
    expect(readings('As predicted, exports reached $5 billion in May 2024.')).toEqual([
      '5000000000 USD [] k=actual p=2024-05',
    ]);
    expect(readings('Exports grew 8% in 2024, higher than projected, reaching $5 billion.')).toEqual([
      '5000000000 USD [rate 8 -] k=actual p=2024',
    ]);
    // the past passive keeps the grammar's convention: an estimate of the half-year just ended
    expect(readings('The trade surplus for the first half was projected to reach US$2.5 billion.')).toEqual([
      '2500000000 USD [] k=actual p=-',
    ]);
    // a forecasted growth rate of a period just ended is the report's estimate, a result
    expect(readings('In the first half of 2023, the province has a forecasted GRDP growth rate of 9.1%.')[0]).toMatch(
      /k=actual/u,
    );
  });
});

describe('container volumes in TEUs (ports, railways, shipping lines)', () => {
  it('reads TEUs as the unit of the value, so a list paired by order and its changes pair', () => {
    expect(
      readings(
        'Shipments of cement and clinker reached 3,200 TEUs and 1,500 TEUs, respectively, up 20 percent and 35 percent year-on-year.',
      ),
    ).toEqual([
      '3200 (TEUs) [rate 20 same-period-last-year] k=actual p=-',
      '1500 (TEUs) [rate 35 same-period-last-year] k=actual p=-',
    ]);
    expect(
      readings('Container throughput at Cai Mep hit some 2.1 million TEUs in 2024, a rise of 9 percent from 2023.'),
    ).toEqual(['2100000 (TEUs)~about [rate 9 2023] k=actual p=2024']);
    expect(readings('The terminal handled 850,000 TEU in the first half of 2024.')).toEqual([
      '850000 (TEU) [] k=actual p=2024-H1',
    ]);
  });

  it('leaves a vessel’s size glued to its noun a name (near-miss)', () => {
    expect(readings('The line deployed two 8,000-TEU vessels on the route.')).toEqual([]);
  });
});

describe('a directive’s figures (`urged provinces to raise exports by 12%`, `called for growth of 8%`)', () => {
  it('reads what is requested, urged, instructed or called for as a goal', () => {
    expect(readings('The PM urged provinces to raise exports by 12% in 2025.')).toEqual([
      '- [rate 12 -] k=target p=2025',
    ]);
    expect(readings('Provinces were urged to cut the poverty rate by 1.5 points in 2026.')).toEqual([
      '- [points -1.5 -] k=target p=2026',
    ]);
    expect(readings('He called for growth of at least 8% in 2025.')).toEqual(['- [rate 8 -] k=target p=2025']);
    expect(
      readings('The ministry instructed mountain localities to complete 3,000 km of rural roads in 2025.'),
    ).toEqual(['3000 km [] k=target p=2025']);
    expect(readings('The sector was requested to help the country achieve growth of 8% in 2025.')).toEqual([
      '- [rate 8 -] k=target p=2025',
    ]);
  });

  it('leaves a verb with no infinitive after it, a participle of cause and a result before the directive alone (near-misses)', () => {
    expect(readings('The investor requested capital of US$2 billion in 2024.')).toEqual([
      '2000000000 USD [] k=actual p=2024',
    ]);
    expect(readings('Urged by strong demand, exports rose 10% in 2024.')).toEqual(['- [rate 10 -] k=actual p=2024']);
    expect(readings('Exports rose 8% in 2024, the ministry said, and it urged firms to diversify markets.')).toEqual([
      '- [rate 8 -] k=actual p=2024',
    ]);
    expect(readings('Export orders to the US rose 10% in 2024.')).toEqual(['- [rate 10 -] k=actual p=2024']);
    expect(readings('FDI directed to manufacturing reached US$10 billion in 2024.')).toEqual([
      '10000000000 USD [] k=actual p=2024',
    ]);
  });
});

describe('a list of values closed by `respectively`, then `representing respective` changes (`…, respectively, representing respective growth of 100 percent and 398 percent`)', () => {
  it('gives change k to value k, as it does without the closing `respectively`', () => {
    expect(
      readings(
        'Exports of rice and coffee reached 2.1 million tonnes and 1.4 million tonnes, respectively, representing respective growth of 12 percent and 8 percent.',
      ),
    ).toEqual(['2100000 tonne [rate 12 -] k=actual p=-', '1400000 tonne [rate 8 -] k=actual p=-']);
    expect(
      readings(
        'Sales of cars and trucks hit 4,500 units and 2,100 units, respectively, marking respective increases of 15% and 9% year-on-year.',
      ),
    ).toEqual([
      '4500 (units) [rate 15 same-period-last-year] k=actual p=-',
      '2100 (units) [rate 9 same-period-last-year] k=actual p=-',
    ]);
    expect(
      readings(
        'Hanoi and Da Nang collected VND12 trillion and VND5 trillion, respectively, showing respective gains of 7% and 9%.',
      ),
    ).toEqual(['12000000000000 VND [rate 7 -] k=actual p=-', '5000000000000 VND [rate 9 -] k=actual p=-']);
  });

  it('pairs nothing when the counts differ or the clause names its own subjects (near-misses)', () => {
    expect(
      readings(
        'Exports of rice and coffee reached 2.1 million tonnes and 1.4 million tonnes, respectively, representing respective growth of 12 percent, 8 percent and 5 percent.',
      )[2],
    ).toBe('- [rate 12 -?, rate 8 -?, rate 5 -?] k=actual p=-');
    expect(
      readings(
        'Exports of rice and coffee reached 2.1 million tonnes and 1.4 million tonnes, respectively, while pepper and cashew rose 5 percent and 7 percent.',
      ).slice(0, 2),
    ).toEqual(['2100000 tonne [] k=actual p=-', '1400000 tonne [] k=actual p=-']);
  });
});

describe('a count of another noun after a value with a unit (`6.6 million TEUs and 80,000 vessel calls`)', () => {
  it('reads the count as a statement of its own, named by its noun', () => {
    const named = (text: string) =>
      figured(text, 'en').map((s) => `${s.name?.value ?? '-'}: ${s.value?.value.base ?? '-'}`);
    expect(named('The port handled 4.2 million tonnes and 95,000 containers in 2024.')).toEqual([
      'tonnes: 4200000',
      'containers: 95000',
    ]);
    expect(named('Noi Bai handled 1.1 million TEUs and 12,400 vessel calls in May.')).toEqual([
      'TEUs: 1100000',
      'vessel calls: 12400',
    ]);
    expect(named('The river port handled 2.5 million tonnes and 1,200 barges in the quarter.').at(-1)).toBe(
      'barges: 1200',
    );
  });

  it('leaves a percentage after the joiner alone (near-miss)', () => {
    expect(readings('The firm sold 1.2 million tonnes and 20 percent more in 2024.')).toEqual([
      '1200000 tonne [] k=actual p=2024',
    ]);
  });
});

describe('`grew to` a percentage with a shorthand base right after it (research notes: `The IIP grew to 9.2% YoY`)', () => {
  it('reads the rate of change against that base, as after `rose to`', () => {
    expect(readings('The Index of Industrial Production (IIP) grew to 9.2% YoY in 10M 2025.')).toEqual([
      '- [rate 9.2 same-period-last-year] k=actual p=2025-YTD-10',
    ]);
    expect(readings('Retail sales grew to 8.5% year-on-year in March 2024.')).toEqual([
      '- [rate 8.5 same-period-last-year] k=actual p=2024-03',
    ]);
    expect(readings('Credit grew further to 10.4 percent y/y in October 2023.')).toEqual([
      '- [rate 10.4 same-period-last-year] k=actual p=2023-10',
    ]);
  });

  it('keeps `grew to` a value verb before an amount, and a percentage with no base doubted (near-misses)', () => {
    expect(readings('Revenue grew to VND 5 trillion in 2024, up 8% year-on-year.')).toEqual([
      '5000000000000 VND [rate 8 same-period-last-year] k=actual p=2024',
    ]);
    expect(readings('Retail sales grew to 8.5% in March 2024.')).toEqual(['8.5 percent? [] k=actual p=2024-03']);
  });
});

describe('a change said with its noun after a value, `and` and words of its own (`per capita GDP of 4,900 USD and CPI growth of 4.5 percent`)', () => {
  it('reads the change as the statement of those words, never the value’s', () => {
    expect(
      readings(
        'The National Assembly set targets for 2026: GDP growth of 6.5 percent, per capita GDP of 4,900 USD and CPI growth of 4.5 percent.',
      ),
    ).toEqual(['- [rate 6.5 -] k=target p=2026', '4900 USD [] k=target p=2026', '- [rate 4.5 -] k=target p=2026']);
    expect(readings('Revenue reached VND 4,900 billion and profit growth of 12 percent in 2024.')).toEqual([
      '4900000000000 VND [] k=actual p=2024',
      '- [rate 12 -] k=actual p=2024',
    ]);
    expect(readings('Sales hit 1.2 million units and export growth of 8% in 2023.')).toEqual([
      '1200000 (units) [] k=actual p=2023',
      '- [rate 8 -] k=actual p=2023',
    ]);
  });

  it('keeps a change verb, an auxiliary or an adverb after `and` the value’s own change (near-misses)', () => {
    expect(readings('Exports reached US$5 billion and rose 8% year-on-year.')).toEqual([
      '5000000000 USD [rate 8 same-period-last-year] k=actual p=-',
    ]);
    expect(readings('Exports reached US$5 billion and were up 8% year-on-year.')).toEqual([
      '5000000000 USD [rate 8 same-period-last-year] k=actual p=-',
    ]);
    expect(readings('Exports reached US$5 billion and then rose 8%.')).toEqual([
      '5000000000 USD [rate 8 -] k=actual p=-',
    ]);
  });
});
