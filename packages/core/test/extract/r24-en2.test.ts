import { describe, expect, it } from 'vitest';
import { figured, kindPeriodLines, markedChangeText, valueText } from './readings';

/**
 * Round 24, English recall of goal and forecast prose (housing, energy, infrastructure, health
 * and price reports; the families of test13's second English part, R24-EN2): each family written
 * as paraphrases of our own in other sectors, numbers and word order, with its near-misses; never
 * a corpus sentence.
 */

/** Each statement with a figure as its value, changes, kind and period (kindPeriodLines in readings.ts). */
const readings = (text: string): string[] => kindPeriodLines(text, 'en');

describe('a deadline `by 2025` inside a clause, before a joiner (`6 GW by 2025 and 12 GW by 2030`)', () => {
  it('dates each figure of a goal list by the deadline written right after it', () => {
    expect(readings('Offshore wind capacity will reach 6,000 MW by 2025 and 12,000 MW by 2030.')).toEqual([
      '6000 (MW) [] k=target p=2025',
      '12000 (MW) [] k=target p=2030',
    ]);
    expect(readings('The programme aims to plant 150,000 ha of forest by 2026 and 320,000 ha by 2030.')).toEqual([
      '150000 ha [] k=target p=2026',
      '320000 ha [] k=target p=2030',
    ]);
    // a stock reached by a date, in the past
    expect(readings('The network reached 1,200 km of expressways by 2021 and 2,000 km by 2023.')).toEqual([
      '1200 km [] k=actual p=2021',
      '2000 km [] k=actual p=2023',
    ]);
    // one deadline, the other in-year
    expect(readings('Installed capacity reached 6,000 MW by 2020 and 12,000 MW in 2023.')).toEqual([
      '6000 (MW) [] k=actual p=2020',
      '12000 (MW) [] k=actual p=2023',
    ]);
  });

  it('reads the deadline after a measure noun that looks like a slip of a change verb (`wind power by 2025`)', () => {
    expect(readings('Vietnam aims to have 6,000 MW of wind power by 2025.')).toEqual(['6000 (MW) [] k=target p=2025']);
    expect(readings('The country aims to have 4,000 MW of hydro power by 2030, and 5,500 MW by 2035.')).toEqual([
      '4000 (MW) [] k=target p=2030',
      '5500 (MW) [] k=target p=2035',
    ]);
  });

  it('dates the second item by its own period when the first took the one between them after words of its measure', () => {
    expect(readings('Vietnam aims to have 6,000 MW of wind power in 2025 and 12,000 MW in 2030.')).toEqual([
      '6000 (MW) [] k=target p=2025',
      '12000 (MW) [] k=target p=2030',
    ]);
    expect(readings('The port handled 42 million tonnes of cargo in 2022 and 47 million tonnes in 2023.')).toEqual([
      '42000000 tonne [] k=actual p=2022',
      '47000000 tonne [] k=actual p=2023',
    ]);
  });

  it('keeps `by` before a year-like amount of a change an amount (near-misses)', () => {
    // a unit after the number: an amount, no deadline (no statement of the year 2000)
    expect(readings('Output fell by 2000 tonnes.').filter((r) => r.includes('p=2000'))).toEqual([]);
    expect(
      readings('The index rose by 2020 points and closed at 5,100 points.').filter((r) => r.includes('p=2020')),
    ).toEqual([]);
    // the first item's period stays its own when the second names none
    expect(readings('Capacity reached 6,000 MW by 2020 and 12,000 MW.')).toEqual([
      '6000 (MW) [] k=actual p=2020',
      '12000 (MW) [] k=actual p=2020',
    ]);
  });
});

describe('a further amount with its noun left out (`an additional 41,000 by 2030`, `another 3,500`)', () => {
  it('reads the bare number after `another`, `an additional`, `a further` as the same thing counted', () => {
    expect(readings('The province aims to build over 30,000 units by 2025 and an additional 45,000 by 2030.')).toEqual([
      '30000 (units)~over [] k=target p=2025',
      '45000 (units) [] k=target p=2030',
    ]);
    expect(readings('The city plans to add 2,000 beds by 2025 and another 3,500 by 2030.')).toEqual([
      '2000 (beds) [] k=target p=2025',
      '3500 (beds) [] k=target p=2030',
    ]);
    expect(readings('The district hospital added 120 beds in 2023 and a further 80 in 2024.')).toEqual([
      '120 (beds) [] k=actual p=2023',
      '80 (beds) [] k=actual p=2024',
    ]);
  });

  it('leaves a bare number after money, a percentage or a year alone (near-misses)', () => {
    // money: the bare number names no currency
    expect(readings('The firm posted revenue of US$5 billion in 2023 and another 300 in 2024.')).toEqual([
      '5000000000 USD [] k=actual p=2023',
    ]);
    // a percentage
    expect(readings('Exports rose 5% in 2023 and another 2 in 2024.')).toEqual(['- [rate 5 -] k=actual p=2023']);
    // a year after the determiner
    expect(readings('The city opened 12 schools in 2023, another 2024 saw more.')).toEqual([
      '12 (schools) [] k=actual p=2023',
    ]);
  });
});

describe('goal words of obligation and undertaking (`should keep … at 3 percent`, `a campaign to complete 3,000 km`)', () => {
  it('reads a figure after a modal of obligation as a goal', () => {
    expect(readings('Provinces should keep the poverty rate at 3 percent.')).toEqual(['3 percent [] k=target p=-']);
    expect(readings('The sector shall maintain a collection rate of 98 percent.')).toEqual([
      '98 percent [] k=target p=-',
    ]);
    expect(readings('Localities should complete 1,500 km of rural roads by 2026.')).toEqual([
      '1500 km [] k=target p=2026',
    ]);
  });

  it('reads a figure after a noun of an undertaking and its infinitive as a goal', () => {
    expect(readings('The ministry launched a drive to plant 1 billion trees by 2025.')).toEqual([
      '1000000000 [] k=target p=2025',
    ]);
    expect(readings('Government launches campaign to complete 3,000 km of highways by 2025')).toEqual([
      '3000 km [] k=target p=2025',
    ]);
    expect(readings('In a bid to lift exports to US$500 billion, the ministry cut fees.')).toEqual([
      '500000000000 USD [] k=target p=-',
    ]);
    expect(readings('The city unveiled a roadmap to cut emissions by 15 percent by 2030.')).toEqual([
      '- [rate -15 -] k=target p=2030',
    ]);
  });

  it('leaves a result before the undertaking, and the scope of a project, results (near-misses)', () => {
    expect(readings('Exports hit US$35 billion, part of a drive to double shipments by 2030.')).toEqual([
      '35000000000 USD [] k=actual p=-',
    ]);
    expect(readings('The project to upgrade the 120 km road was completed in 2023.')).toEqual([
      '120 km [] k=actual p=2023',
    ]);
  });
});

describe('capacities and energy in GW, GWp, MWp, TWh (values without a unit code)', () => {
  it('reads them as values with their unit words, not as bare counts', () => {
    expect(readings('Installed solar capacity reached 16.5 GW in 2020.')).toEqual(['16.5 (GW) [] k=actual p=2020']);
    expect(readings('The country installed 9.3 GWp of rooftop solar in 2020.')).toEqual([
      '9.3 (GWp) [] k=actual p=2020',
    ]);
    expect(readings('The plant generated 2.5 TWh in 2023.')).toEqual(['2.5 (TWh) [] k=actual p=2023']);
  });

  it('doubts the same quantity restated in another unit in a bracket opened by `or` (near-miss)', () => {
    expect(readings('A total of 9.3 GWp (or 7.4 GW) of rooftop solar had been connected.')).toEqual([
      '9.3 (GWp) [] k=actual p=-',
      '7.4 (GW)? [] k=actual p=-',
    ]);
  });
});

describe('a reported clause whose subject is the figure of a future (`said that 5,000 units will be built`)', () => {
  it('reads the figure after `that` (and a further-amount word) as a goal', () => {
    expect(readings('The ministry said that 5,000 units will be built in 2025.')).toEqual([
      '5000 (units) [] k=target p=2025',
    ]);
    expect(readings('Officials estimated that an additional 800 km of expressways will be opened by 2026.')).toEqual([
      '800 km [] k=target p=2026',
    ]);
    expect(readings('The report said that another 1,200 beds will be added next year.')).toEqual([
      '1200 (beds) [] k=target p=-',
    ]);
  });

  it('leaves a past reported clause a result (near-miss)', () => {
    expect(readings('The ministry said that 5,000 units were built in 2024.')).toEqual([
      '5000 (units) [] k=actual p=2024',
    ]);
  });
});

describe('`at least` after a verb before a figure is its bound (`will build at least 1,000 units`)', () => {
  it('reads the bound, not the link word `at`', () => {
    expect(readings('The city will build at least 1,000 units by 2030.')).toEqual([
      '1000 (units)~over [] k=target p=2030',
    ]);
    expect(readings('The province aims to plant at least 2,000 ha of forest.')).toEqual([
      '2000 ha~over [] k=target p=-',
    ]);
  });

  it('keeps `at` a link before a plain figure (near-miss)', () => {
    expect(readings('The plant was built at a cost of US$2 billion.')).toEqual(['2000000000 USD [] k=actual p=-']);
    expect(readings('The unemployment rate stood at 2.2 percent in 2024.')).toEqual(['2.2 percent [] k=actual p=2024']);
  });
});

describe('dollars written `$US`, and other countries’ dollars (`S$`, `HK$`, `A$`)', () => {
  it('reads `$US` as US dollars', () => {
    expect(readings('GDP per capita rose from $US 1,200 in 2010 to $US 4,300 in 2023.')).toEqual([
      '1200 USD? [] k=actual p=2010',
      '4300 USD [] k=actual p=2023',
    ]);
    expect(readings('Exports to Australia reached $US 5.2 billion in 2023.')).toEqual([
      '5200000000 USD [] k=actual p=2023',
    ]);
  });

  it('never reads another country’s dollar as US dollars (near-misses)', () => {
    // (round 35: Singapore and Hong Kong dollars are read as sums in their own currency, never USD)
    expect(readings('Temasek invested S$5 million in 2023.')).toEqual(['5000000 (S$) [] k=actual p=2023']);
    // (round 52: the Australian dollar too, in its own currency; a dollar of no known country is no figure)
    expect(readings('The deal was worth A$300 million in 2022.')).toEqual(['300000000 (A$) [] k=actual p=2022']);
    expect(readings('The deal was worth Z$300 million in 2022.')).toEqual([]);
    expect(readings('Revenue reached HK$3 billion in 2023.')).toEqual(['3000000000 (HK$) [] k=actual p=2023']);
    expect(readings('The firm posted revenue of US$5 billion in 2023.')).toEqual(['5000000000 USD [] k=actual p=2023']);
  });
});

describe('a goal noun with its own value before it (`exceeds the 7 GW target set for 2025`)', () => {
  it('makes that value the goal, with the period after the noun, and leaves the figure before the verb a result', () => {
    expect(readings('Solar capacity of 16.5 GW far exceeds the 7 GW target set for 2025.')).toEqual([
      '16.5 (GW) [] k=actual p=-',
      // (a period after the participle `set` is doubted: certainty/doubts, round 24)
      '7 (GW) [] k=target p=2025?',
    ]);
    expect(readings('Exports of US$40 billion beat the US$38 billion target for the year.')).toEqual([
      '40000000000 USD [] k=actual p=-',
      '38000000000 USD [] k=target p=-',
    ]);
    expect(readings('This 4.45 GW easily exceeds the 1 GW target set for solar power by 2020.')).toEqual([
      '4.45 (GW) [] k=actual p=-',
      '1 (GW) [] k=target p=2020',
    ]);
  });

  it('keeps a goal noun after a clause’s only figure a frame of it (near-miss)', () => {
    expect(readings('The province set a 7 GW target for 2025.')).toEqual(['7 (GW) [] k=target p=2025']);
  });
});

describe('a goal’s second value of the same measure after only a joiner (`296 GW and 230 GW by 2050`)', () => {
  it('reads each value as a goal of the frame, with the shared period', () => {
    expect(readings('The plan targets a rise to 296 GW and 230 GW by 2050.')).toEqual([
      '296 (GW) [] k=target p=2050',
      '230 (GW) [] k=target p=2050',
    ]);
    expect(readings('The city aims to build 5,000 units and 3,000 units by 2030.')).toEqual([
      '5000 (units) [] k=target p=2030',
      '3000 (units) [] k=target p=2030',
    ]);
    expect(readings('The ministry plans to plant 12,000 ha and 8,500 ha of forest in 2026.')).toEqual([
      '12000 ha [] k=target p=2026',
      '8500 ha [] k=target p=2026',
    ]);
  });

  it('leaves results and percentages alone (near-misses)', () => {
    // a result: no second statement guessed
    expect(readings('Exports reached US$5 billion and US$3 billion in 2023.')).toEqual([
      '5000000000 USD [] k=actual p=2023',
    ]);
    // goal rates: two changes of one statement, doubted
    expect(readings('The province aims for growth of 7% and 8% in 2025.')).toEqual([
      '- [rate 7 -?, rate 8 -?] k=target p=2025',
    ]);
  });
});

/** Each statement with a figure as its one-line reading and its stage. */
const staged = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const ch = s.changes.map(markedChangeText);
    return `${valueText(s)} [${ch.join(', ')}] k=${s.kind.value} st=${s.stage?.value ?? '-'} name=${s.name?.value ?? '-'}`;
  });

describe('a forecast word’s guess at a past result (`is predicted to have declined`)', () => {
  it('reads the estimate of a result, named by the words before the forecast word', () => {
    expect(
      staged('The index of industrial production is predicted to have declined by 8% year-on-year in January 2023.'),
    ).toEqual(['- [rate -8 same-period-last-year] k=actual st=estimate name=index of industrial production']);
    expect(staged('Rice exports are likely to have risen 12 percent year-on-year in 2024.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual st=estimate name=Rice exports',
    ]);
    expect(staged('Exports could have reached US$400 billion in 2024.')[0]).toMatch(
      /^400000000000 USD \[\] k=actual st=estimate/u,
    );
  });

  it('keeps a forecast of what is to come a target, with no stage (near-miss)', () => {
    expect(staged('Exports are expected to reach US$400 billion in 2025.')).toEqual([
      '400000000000 USD [] k=target st=- name=Exports',
    ]);
    expect(staged('Rice exports are likely to rise 12 percent in 2025.')).toEqual([
      '- [rate 12 -] k=target st=- name=Rice exports',
    ]);
  });
});

describe('a signed percentage alone in its bracket (`1,494 units (-60%)`) and a gapped list of such items (`Toyota 2,050 (-12%)`)', () => {
  it('reads the bracket as the change of the figure before it, its base unstated (doubted)', () => {
    expect(readings('The US imported US$96 billion (+12%) in 2023.')).toEqual([
      '96000000000 USD [rate 12 -?] k=actual p=2023',
    ]);
    expect(readings('Coffee exports fell to 1.2 million tonnes (-8.5%) in 2023.')).toEqual([
      '1200000 tonne [rate -8.5 -?] k=actual p=2023',
    ]);
  });

  it('reads each `name count (±x%)` item after a first count and its change as a count of its own', () => {
    expect(readings('Honda sold 1,494 units (-60%), Toyota 2,050 (-12%) and Ford 980 (+5%).')).toEqual([
      '1494 (units) [rate -60 -?] k=actual p=-',
      '2050 [rate -12 -?] k=actual p=-',
      '980 [rate 5 -?] k=actual p=-',
    ]);
    // after a change to a count
    expect(readings('Kia sales jumped 45% to 3,100; Mazda 1,250 (-18%); and Nissan 640 (+7%).')).toEqual([
      '3100 [rate 45 -] k=actual p=-',
      '1250 [rate -18 -?] k=actual p=-',
      '640 [rate 7 -?] k=actual p=-',
    ]);
  });

  it('reads bracketed entries under a head with its base, and doubts them under a head with none (near-misses)', () => {
    expect(readings('Output decreased compared to the same period last year: cement (-5.7%); steel (-13.6%).')).toEqual(
      ['- [rate -5.7 same-period-last-year] k=actual p=-', '- [rate -13.6 same-period-last-year] k=actual p=-'],
    );
    // a negative level with no bracket stays unread, never a change
    expect(readings('GDP growth was -2.1% in 2020.')).toEqual([]);
    // money before the bare number: no count of the list
    expect(readings('Exports were US$5 billion (+3%), and 2,000 (+1%) workers joined.').length).toBeLessThan(3);
  });
});
