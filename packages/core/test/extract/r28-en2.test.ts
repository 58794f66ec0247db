import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 28, English market prose (the families of test17's second English part: car and motorbike
 * sales, developers' handed-over units, power capacity, R28-EN2): each family written as paraphrases
 * of our own in other sectors, numbers and word order, with its near-misses; never a corpus sentence.
 */

const lines = (text: string): string[] => statementLines(text, 'en');

describe('a change set off by a comma after its clause (`recorded an increase in revenue …, by 42 per cent to $412.3 million`)', () => {
  it("is the amount of the clause's verb or noun of change, with its base and the level after `to`", () => {
    // a noun of change and its long object
    expect(
      lines(
        'Coffee exports recorded a sharp increase in value from the main markets of Europe and Asia, by 18.4 per cent to $2.9 billion in the first half of 2024.',
      ),
    ).toEqual(['2900000000 USD [rate 18.4 -] k=actual p=2024-H1']);
    // a verb of falling and the clause's own period
    expect(
      lines(
        'Passenger car sales continued to fall in March 2024, by 12% to 21,300 units from 24,200 units a year earlier.',
      ),
    ).toEqual([
      '21300 (units) [rate -12 same-period-last-year] k=actual p=2024-03',
      '24200 (units)? [] k=actual p=2023-03',
    ]);
    // an adverb before the comma (`improved` is a rise)
    expect(lines('Handed-over apartments in the quarter improved markedly, by 35 per cent to 1,240 units.')).toEqual([
      '1240 (units) [rate 35 -] k=actual',
    ]);
    // the base after the amount, no level
    expect(lines('Steel output declined slightly in October, by 3.2 percent on the month.')).toEqual([
      '- [rate -3.2 previous-period] k=actual',
    ]);
    expect(lines('Retail sales rebounded strongly in the second quarter, by 9.5 percent year-on-year.')).toEqual([
      '- [rate 9.5 same-period-last-year] k=actual',
    ]);
  });

  it('reads nothing after `, by` that is a deadline, a manner or another clause (near-misses)', () => {
    // `by 2030`: a deadline, no amount
    expect(lines('Rice exports increased in 2023, by 2030 the sector aims to double them.')).toEqual([]);
    // `by contrast`, `by air`: no number
    expect(lines('Revenue rose in the first quarter, by contrast profit fell.')).toEqual([]);
    expect(lines('Exports rose to $3 billion in May, by air and by sea.')).toEqual(['3000000000 USD [] k=actual']);
    // `by the end of September`: a date
    expect(lines('Credit growth slowed in the third quarter, by the end of September reaching 7.2 percent.')).toEqual([
      '7.2 percent? [] k=actual',
    ]);
    // a figure between the verb and the comma: the rate after `, by` is no amount of that verb
    expect(lines('Output grew 5% in 2023, by 12% in 2024 and by 9% in 2025.')).toEqual([
      '- [rate 5 -, rate 12 -?, rate 9 -?] k=actual p=2023',
    ]);
  });
});

describe('verbs of change the press writes in other forms (`improved 12%`, `saw its sales sink 17 percent`)', () => {
  it('reads `improved` with an amount as a rise, and the base forms after a verb of seeing or a modal', () => {
    expect(lines('Sales improved 12% year-on-year to 5,000 units.')).toEqual([
      '5000 (units) [rate 12 same-period-last-year] k=actual',
    ]);
    expect(lines('Hyundai saw its sales sink 17 percent in the first half.')).toEqual(['- [rate -17 -] k=actual']);
    expect(lines('Exports could tumble 10% next year.')).toEqual(['- [rate -10 -] k=target']);
    expect(lines('Analysts expect prices to plummet by 20 percent.')).toEqual(['- [rate -20 -] k=target']);
  });

  it('reads no change from `improved` without an amount or with places of a ranking (near-misses)', () => {
    expect(lines("The bank's asset quality improved, with the bad debt ratio at 1.2 percent.")).toEqual([
      '1.2 percent [] k=actual',
    ]);
    expect(lines('Vietnam improved 3 places in the ranking.')).toEqual([]);
  });
});

describe('a count after an irregular past verb (`sold more than 753,900 motorbikes`)', () => {
  it('is the count of the plural noun after it, doubted as every bare count', () => {
    expect(lines('Toyota sold 5,143 cars in March.')).toEqual(['5143? [] k=actual']);
    expect(
      lines('The five members sold more than 753,900 motorbikes in the first quarter of 2023, down 6.1 percent.'),
    ).toEqual(['753900 ~over? [rate -6.1 -] k=actual p=2023-Q1']);
    expect(lines('The developer sold 1,250 apartments in 2022.')).toEqual(['1250? [] k=actual p=2022']);
    expect(lines('The plant made 300,000 bottles in May.')).toEqual(['300000? [] k=actual']);
  });

  it('reads no count of a year, a time or a percentage (near-misses)', () => {
    expect(lines('Honda sold 2019 motorbikes.')).toEqual([]);
    expect(lines('He spent 3 days in Hanoi.')).toEqual(['3 (days)? [] k=actual']);
    expect(lines('The company sold 30 percent of its shares.')).toEqual(['30 percent? [] k=actual']);
  });
});

describe('a count of things linked to their stated measure (`21 wind power plants with a total capacity of 819 MW`)', () => {
  it('is the count of the plural noun, doubted as every bare count; a deadline may stand before the link', () => {
    expect(lines('In 2023, 12 solar farms with a total capacity of 500 megawatts joined the grid.')).toEqual([
      '12? [] k=actual p=2023',
      '500 (megawatts) [] k=actual p=2023',
    ]);
    expect(lines('A total of 45 hydropower plants with an installed capacity of 2,100 MW were operating.')).toEqual([
      '45? [] k=actual',
      '2100 (MW) [] k=actual',
    ]);
    expect(lines('The province plans to build 8 wind farms by 2030 with a total capacity of 1,500 MW.')).toEqual([
      '8? [] k=target p=2030',
      '1500 (MW) [] k=target p=2030',
    ]);
  });

  it('reads no count with no measure after the link, before a percentage or after `the` (near-misses)', () => {
    // (round 31: no link's count, but a bare count, always doubted — `rules/bare-count.ts`)
    expect(lines('In 2023, 12 solar farms with a view of the sea opened.')).toEqual(['12? [] k=actual p=2023']);
    expect(lines('About 30 students with an average score of 8.5 passed.')).toEqual([
      '30 ~about? [] k=actual',
      '8.5? [] k=actual',
    ]);
    expect(lines('The 2 new terminals with a combined capacity of 5 million tonnes opened in 2022.')).toEqual([
      '5000000 tonne? [] k=actual p=2022',
    ]);
  });
});

describe('capacities and energy spelled out (`146,000 megawatts`, `22.4 gigawatts`, `250 billion kilowatt-hours`)', () => {
  it('are values in their unit as printed, like MW and GW', () => {
    expect(lines('Rooftop solar installations added 9.3 gigawatts in 2020.')).toEqual([
      '9.3 (gigawatts) [] k=actual p=2020',
    ]);
    expect(lines('Output reached 250 billion kilowatt-hours in 2023.')).toEqual([
      '250000000000 (kilowatt-hours) [] k=actual p=2023',
    ]);
    expect(lines('Power capacity will reach 150 gigawatts by 2030 with coal making up a third.')).toEqual([
      '150 (gigawatts) [] k=target p=2030',
    ]);
  });
});

describe('a participle glued by a hyphen or a participle of the measure inside a goal (`plans to build 15 LNG-fired power plants with …`)', () => {
  it('is no verb of a result: the second figure still hangs from the goal', () => {
    expect(
      lines('Vietnam plans to build 15 LNG-fired power plants with a combined capacity of 22.4 gigawatts.'),
    ).toEqual(['15? [] k=target', '22.4 (gigawatts) [] k=target']);
    expect(
      lines(
        'Vietnam plans to build 35 solar farms by 2030 with a total installed capacity of more than 1,200 megawatts.',
      ),
    ).toEqual(['35? [] k=target p=2030', '1200 (megawatts) ~over [] k=target p=2030']);
  });

  it('leaves a verb of its own in the past a result (near-misses)', () => {
    expect(
      lines(
        'The group plans to build 2 plants with a total capacity of 1,200 MW and commissioned 600 MW of coal-fired capacity last year.',
      ),
    ).toEqual(['2? [] k=target', '1200 (MW) [] k=target', '600 (MW) [] k=actual']);
  });
});
