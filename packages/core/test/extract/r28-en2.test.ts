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
    expect(lines('He spent 3 days in Hanoi.')).toEqual(['3 (days) [] k=actual']);
    expect(lines('The company sold 30 percent of its shares.')).toEqual(['30 percent? [] k=actual']);
  });
});
