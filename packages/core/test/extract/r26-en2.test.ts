import { describe, expect, it } from 'vitest';
import { figured, kindPeriodLines, markedChangeText, valueText } from './readings';

/**
 * Round 26, English banks' and companies' results (the families of test15's second English part:
 * banks' earnings against their plans, bad-debt ratios, a listed company's targets, R-EN2): each
 * family written as paraphrases of our own in other sectors, numbers and word order, with its
 * near-misses; never a corpus sentence.
 */

/** Each statement with a figure as its value, changes, kind and period (kindPeriodLines in readings.ts). */
const readings = (text: string): string[] => kindPeriodLines(text, 'en');

describe('a billion or a trillion glued as one letter after a currency (`$24.3b`, `VND602t`)', () => {
  it('scales the amount, and the other currency in brackets stays the same amount', () => {
    expect(readings('Customer deposits stood at $18.6b (VND450t) in 2024.')).toEqual([
      '18600000000 USD [] k=actual p=2024',
    ]);
    expect(readings('Net interest income rose 12% to US$2.1B in 2023.')).toEqual([
      '2100000000 USD [rate 12 -] k=actual p=2023',
    ]);
    expect(readings('The insurer paid out VND850b in claims in 2022.')).toEqual([
      '850000000000 VND [] k=actual p=2022',
    ]);
    expect(readings('Its loan book reached VND1.2t last year.')).toEqual(['1200000000000 VND [] k=actual p=-']);
    expect(
      readings('The brewer booked a net profit of US$310m (VND7.5t) for 2023, up 9% from a year earlier.'),
    ).toEqual(['310000000 USD [rate 9 same-period-last-year] k=actual p=2023']);
  });

  it('leaves a letter after a bare number as it was (near-misses)', () => {
    // `t` after a number with no currency is the tonne
    expect(readings('The mill rolled 45t of steel in 2023.')).toEqual(['45 tonne [] k=actual p=2023']);
    expect(readings('Exports of pepper reached 240,000 t in 2024.')).toEqual(['240000 tonne [] k=actual p=2024']);
    // a spaced letter is no glued scale (round 50: but the billion's `b` is, after a currency — `Sh.612.9 b`)
    expect(readings('Sales were $5 t in 2023.').some((r) => r.startsWith('5000000000000 '))).toBe(false);
  });
});

describe('a year’s end glued to its year (`as of end-2023`, `at end-2021`)', () => {
  it('dates the figure to that year, whatever preposition leads it', () => {
    expect(readings('Total deposits were $31.2b as of end-2023.')).toEqual(['31200000000 USD [] k=actual p=2023']);
    expect(readings('The bad debt ratio stood at 1.9% at end-2022.')[0]).toMatch(/p=2022$/u);
    expect(readings('Mobile money accounts reached 7.5 million at end-2024, up 20% from a year earlier.')).toEqual([
      '7500000 [rate 20 same-period-last-year] k=actual p=2024',
    ]);
    // `by end-2025` as before
    expect(readings('The bank aims to raise its capital to VND40 trillion by end-2025.')[0]).toMatch(/p=2025$/u);
  });

  it('reads no year from a spaced hyphen or a word before it (near-misses)', () => {
    expect(readings('The end - 2023 figure was 5%.')[0]).toMatch(/p=-$/u);
    expect(readings('Total assets were $24.3b at the year end of the decade.')).toEqual([
      '24300000000 USD [] k=actual p=-',
    ]);
  });
});

/** Each statement's kind and value, `kind value` (`-` when none). */
const kinds = (text: string): string[] => figured(text, 'en').map((s) => `${s.kind.value} ${valueText(s)}`);

describe('a projection in the progressive and a proposal (`is projecting … to exceed`, `proposed spending of`)', () => {
  it('reads the figures after them as targets', () => {
    expect(kinds('The insurer is projecting premiums to top VND30 trillion this year.')).toEqual([
      'target 30000000000000 VND',
    ]);
    expect(kinds('Economists are forecasting export growth of 8% in 2026.')).toEqual(['target -']);
    expect(kinds('The ministry proposed a budget deficit of VND 470 trillion for 2026.')).toEqual([
      'target 470000000000000 VND',
    ]);
    expect(kinds('The city proposes public investment of VND 80 trillion next year.')).toEqual([
      'target 80000000000000 VND',
    ]);
  });

  it('leaves a figure before the proposal, or a result reported as proposed, a result (near-misses)', () => {
    expect(kinds('Exports reached $5 billion in 2023, as proposed by the ministry.')).toEqual([
      'actual 5000000000 USD',
    ]);
    expect(kinds('Revenue rose 5% to VND 5 trillion, which the board proposed to keep.')[0]).toBe(
      'actual 5000000000000 VND',
    );
  });
});

describe('a goal’s second object after `and`: a measure opened by an adjective, or a level in percent', () => {
  it('keeps the goal for `and consolidated profit of …` and `and keep the ratio below 2 percent`', () => {
    expect(
      kinds('The brewer targets consolidated sales of VND 40 trillion and consolidated profit of VND 5 trillion.'),
    ).toEqual(['target 40000000000000 VND', 'target 5000000000000 VND']);
    expect(kinds('The province aims to attract US$2 billion of FDI and registered capital of VND 5 trillion.')).toEqual(
      ['target 2000000000 USD', 'target 5000000000000 VND'],
    );
    expect(
      kinds('The lender aims to raise deposits to VND 90 trillion and hold its bad debt ratio under 1.8 percent.'),
    ).toEqual(['target 90000000000000 VND', 'target 1.8 percent']);
  });

  it('leaves a past verb of a result after the goal a result (near-misses)', () => {
    expect(kinds('The firm targets revenue of VND 10 trillion and recorded profit of VND 1 trillion in 2024.')).toEqual(
      ['target 10000000000000 VND', 'actual 1000000000000 VND'],
    );
    expect(kinds('The province aims to attract US$2 billion of FDI and registered 30 projects last year.')).toEqual([
      'target 2000000000 USD',
      'actual 30 project',
    ]);
    expect(
      kinds('The bank aims to lend VND 101 trillion in 2025 and kept its bad debt ratio at 1.5 percent last year.'),
    ).toEqual(['target 101000000000000 VND', 'actual 1.5 percent']);
  });
});

describe('a figureless clause with a change word before `, but the …` (`Credit is on the rise, but the bad debt ratio is …`)', () => {
  it('reads the percentage of the new subject as its level, named by it alone', () => {
    const read = (text: string) =>
      figured(text, 'en').map((s) => `${s.name?.value ?? '-'} = ${valueText(s)} [${s.changes.map(markedChangeText)}]`);
    expect(read('Deposits are on the rise, but the NPL ratio is still kept at 1.2%.')).toEqual([
      'NPL ratio is still kept = 1.2 percent []',
    ]);
    expect(read('Prices were on the rise, while the unemployment rate stood at 2.3%.')).toEqual([
      'unemployment rate = 2.3 percent []',
    ]);
    expect(read('Lending is on the rise, and the capital adequacy ratio remained at 11.8%.')).toEqual([
      'capital adequacy ratio remained = 11.8 percent []',
    ]);
  });

  it('keeps one statement when no article opens the clause after the joiner (near-misses)', () => {
    expect(readings('Credit growth is on the rise, at 1.5% so far this year.')).toEqual([
      '- [rate 1.5 -] k=actual p=-',
    ]);
    expect(readings('Credit is on the rise but at 1.5% only.')[0]).toMatch(/\[rate 1\.5/u);
  });
});

describe('the measure’s own noun and a participle of a result as the compared figure (`than the profit achieved in …`)', () => {
  it('reads the period after it as the base, as after `the figure recorded in`', () => {
    expect(
      readings(
        'Net interest income hit VND 9 trillion, 3.1 times higher than the income earned in the same period last year.',
      ),
    ).toEqual(['9000000000000 VND [times 3.1 same-period-last-year] k=actual p=-']);
    expect(readings('Coffee exports reached $4.2 billion, up 18% from the exports posted in 2023.')).toEqual([
      '4200000000 USD [rate 18 2023] k=actual p=-',
    ]);
    expect(readings('Deposits rose 9% over the deposit balance recorded a year earlier.')).toEqual([
      '- [rate 9 same-period-last-year] k=actual p=-',
    ]);
  });

  it('reads no base without a period after the participle: the base stays unread, doubted (near-misses)', () => {
    expect(readings('Net revenue reached VND 850 billion, up 12% over the revenue recorded by its rivals.')).toEqual([
      '850000000000 VND [rate 12 -?] k=actual p=-',
    ]);
  });
});
