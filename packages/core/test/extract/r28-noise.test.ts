import { describe, expect, it } from 'vitest';
import { statementLines } from './readings';

/**
 * Round 28, the latent silent wrong readings of the full noise draw (`bench/noise-sweep.ts`) as
 * classes of the language: paraphrases of our own, each beside near-misses.
 */

const en = (text: string): string[] => statementLines(text, 'en');

describe('`respectively` after a run of years pairs the changes with the years, whatever stands before', () => {
  it('dates each change by its year behind an attribution, a connective or a frame', () => {
    // (the lead-in split at its comma or its `and` was read as a list of two names: both 2022, a silent wrong year)
    const lines = ['- [rate -12.5 -] k=actual p=2022', '- [rate -8.3 -] k=actual p=2023'];
    expect(
      en(
        'Citing GSO data, the bank noted that the number of foreign visitors dropped 12.5 per cent and 8.3 per cent in 2022 and 2023 respectively.',
      ),
    ).toEqual(lines);
    expect(
      en('Thanks to the recovery of tourism, visitor numbers dropped 12.5% and 8.3% in 2022 and 2023, respectively.'),
    ).toEqual(lines);
    expect(
      en(
        'Statistics from the Ministry of Industry and Trade indicated that arrivals fell 12.5 percent and 8.3 percent in 2022 and 2023 respectively.',
      ),
    ).toEqual(lines);
    expect(
      en(
        'Under Resolution 01/NQ-CP, budget revenue declined by 12.5 per cent and 8.3 per cent in 2022 and 2023, respectively.',
      ),
    ).toEqual(lines);
  });

  it('near-misses: a list of names with one year, and names after the figures, still pair with the names', () => {
    expect(en('Coffee and pepper exports rose 7 percent and 9 percent, respectively, in 2023.')).toEqual([
      '- [rate 7 -] k=actual p=2023',
      '- [rate 9 -] k=actual p=2023',
    ]);
    expect(en('In 2023, exports of coffee and pepper rose 7% and 9%, respectively.')).toEqual([
      '- [rate 7 -] k=actual p=2023',
      '- [rate 9 -] k=actual p=2023',
    ]);
  });
});

describe('a comment after the plan phrase ends it: the percentage is still a completion', () => {
  it('reads `than the estimate` or `of the full-year-target` before a participle or a lead of a reason', () => {
    // (was a certain rate of 12 % or a ratio of 76 %: silent wrong)
    expect(
      en(
        'Disbursement amounted to $3.2 billion in the first half of 2024, 12 percent higher than the full-year estimate reflecting the effort to support the economy.',
      ),
    ).toEqual(['3200000000 USD [] c=112 k=actual p=2024-H1']);
    expect(
      en(
        'Revenue stood at 17.4 billion USD in 2024, 21.9% higher than the plan mainly thanks to the stimulus package.',
      ),
    ).toEqual(['17400000000 USD [] c=121.9 k=actual p=2024']);
    expect(
      en('The company met only 76 percent of the full-year-target mainly thanks to the stimulus package.'),
    ).toEqual(['- [] c=76 k=actual']);
    expect(en('Exports reached 31.4 per cent of the year-plan reflecting weak demand.')).toEqual([
      '- [] c=31.4 k=actual',
    ]);
  });

  it('near-misses: a plan glued before a noun it modifies is no plan; a figure after the plan is no completion', () => {
    expect(en('Spending on the five-year-plan projects reached 31.4 percent.')[0]).not.toContain('c=');
    expect(en('Revenue was 2 percent higher than the target of 8 percent driven by exports.').join(' ')).not.toContain(
      'c=102',
    );
  });
});

describe('a list after a lead-in and a colon takes its sign from its own part', () => {
  it('reads the bracketed items and the gapped items by the change word after the colon', () => {
    // (the lead-in's `held up` / `Growth` signed the falls as rises: silent wrong)
    expect(
      en(
        'FDI inflows held up despite the slowdown: The transport group posted the biggest decrease, 2.29 percent, followed by food services (0.41 percent) and housing (0.97 percent).',
      ).slice(1),
    ).toEqual(['- [rate -0.41 -] k=actual', '- [rate -0.97 -] k=actual']);
    expect(
      en(
        'Growth momentum slowed in 2023: Sharp declines were recorded in imports, notably 27.7 percent in coffee, 12.4 percent in aquatic products, and 3.6 percent in rubber.',
      ),
    ).toEqual([
      '- [rate -27.7 -] k=actual p=2023',
      '- [rate -12.4 -] k=actual p=2023',
      '- [rate -3.6 -] k=actual p=2023',
    ]);
  });

  it('near-misses: a lead-in whose colon opens the list itself still gives its sign', () => {
    expect(en('Price increases were modest: 27.7 per cent in coffee and 12.4 per cent in aquatic products.')).toEqual([
      '- [rate 27.7 -] k=actual',
      '- [rate 12.4 -] k=actual',
    ]);
    expect(
      en(
        'Sharp declines, the main worry, were recorded in imports, notably 27.7 percent in coffee and 12.4 percent in rubber.',
      ),
    ).toEqual(['- [rate -27.7 -] k=actual', '- [rate -12.4 -] k=actual']);
  });
});

describe('singles of the full draw, as classes', () => {
  it("an aside's share is no item of a `respectively` list of counts", () => {
    // (20 % was paired with 27.7 % and 196,200 with 12.4 %: silent wrong)
    const lines = en(
      'Arrivals from Korea and China, which accounted for 20 percent of total arrivals, grew by 27.7% and 12.4%, respectively, to 196,200 and 102,900.',
    );
    expect(lines.join(' ')).not.toMatch(/20 percent\S* \[rate/);
    expect(lines.join(' ')).toContain('rate 12.4 -?');
  });

  it('a definite appositive after a subject (dated or not) names nothing: the subject keeps the level', () => {
    // (`the economy's main growth engine` named 2.4 % and made it a growth rate: silent wrong)
    expect(
      en(
        "The poverty rate in October, the economy's main growth engine, stood at 2.4%, a decrease of 0.12 percentage point compared with the same period last year.",
      ),
    ).toEqual(['2.4 percent? [points -0.12 same-period-last-year] k=actual']);
    expect(en('Processed exports, the largest growth item, rose 5% in 2023.')).toEqual([
      '- [rate 5 -] k=actual p=2023',
    ]);
  });

  it("a year before a goal noun with a hyphenated modifier dates the goal, over a release date's month", () => {
    expect(
      en(
        'In a report released on 6 October 2024, the GSO said that shareholders approved a 2025 pre-tax profit target of VND 120 trillion.',
      ),
    ).toEqual(['120000000000000 VND [] k=target p=2025']);
    expect(en('The bank set a 2025 after-tax profit target of VND 9 trillion.')).toEqual([
      '9000000000000 VND [] k=target p=2025',
    ]);
    // (near-miss: a year range glued by its hyphen is no modifier year)
    expect(en('The 2024-2025 pre-tax profit target is VND 5 trillion.')).toEqual([
      '5000000000000 VND [] k=target p=2024/2025',
    ]);
  });

  it("a yearless month (quarter) right before the statement's own is the previous period, the year lent or not", () => {
    expect(
      en('Growth momentum slowed in 2023: Rice exports rose 15.6% in June compared to May and 0.31% year-on-year.'),
    ).toEqual(['- [rate 15.6 previous-period, rate 0.31 same-period-last-year] k=actual p=2023-06']);
    expect(en('Rice exports rose 15.6% in the second quarter of 2023 compared to the first quarter.')).toEqual([
      '- [rate 15.6 previous-period] k=actual p=2023-Q2',
    ]);
    // (near-misses: a base month with its own year, or not the month before, is that month)
    expect(en('Rice exports rose 15.6% in March 2023 over February 2023.')).toEqual([
      '- [rate 15.6 2023-02] k=actual p=2023-03',
    ]);
    expect(en('In 2023, rice exports rose 15.6% in March over January.')).toEqual([
      '- [rate 15.6 2023-01] k=actual p=2023-03',
    ]);
  });
});

describe("Vietnamese: a part after `;` opening on `trong` and its period dates that part's figures", () => {
  const vi = (text: string): string[] => statementLines(text, 'vi');
  it("reads the part's own period, not the period of the part before it", () => {
    // (the first part's period dated the second: 2023 and 2024-Q3, silent wrong periods)
    expect(vi('Năm 2023, có 1.083 vụ việc được xử lý; trong quý I/2024, doanh thu đạt 3,2 nghìn tỷ đồng.')[1]).toBe(
      '3200000000000 VND [] k=actual p=2024-Q1',
    );
    expect(
      vi(
        'Kết quả như sau: - trong quý thứ ba năm 2024, doanh thu đạt 12.345 tỷ đồng, tăng 8% so với cùng kỳ; - trong quý thứ nhất năm 2024, lợi nhuận đạt 1.250 tỷ đồng, tăng 11,35% so với cùng kỳ.',
      ),
    ).toEqual([
      '12345000000000 VND [rate 8 same-period-last-year] k=actual p=2024-Q3',
      '1250000000000 VND [rate 11.35 same-period-last-year] k=actual p=2024-Q1',
    ]);
    expect(en('In 2023, exports rose 5%; during 2024, imports rose 3%.')).toEqual([
      '- [rate 5 -] k=actual p=2023',
      '- [rate 3 -] k=actual p=2024',
    ]);
  });

  it('near-misses: a part whose lead holds more than a preposition keeps the reading it had', () => {
    expect(vi('Năm 2023, có 1.083 vụ việc được xử lý; quý I/2024, doanh thu đạt 3,2 nghìn tỷ đồng.')[1]).toBe(
      '3200000000000 VND [] k=actual p=2024-Q1',
    );
    expect(vi('Năm 2023, doanh thu đạt 3,2 nghìn tỷ đồng; trong quý I/2024 doanh thu đạt 1 nghìn tỷ đồng.')[1]).toBe(
      '1000000000000 VND [] k=actual p=2024-Q1',
    );
  });
});
