import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 23, English recall of the older released sets (companies' results, broker notes, macro
 * monitors, agricultural attaché reports): each family written as paraphrases of our own in other
 * sectors, numbers and word order, with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound? [changes] k=kind st=stage`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const doubt = mark(s.value);
    const ch = s.changes.map(markedChangeText);
    const stage = s.stage ? ` st=${s.stage.value}` : '';
    return `${valueText(s)}${bound}${doubt} [${ch.join(', ')}] k=${s.kind.value}${stage}`;
  });

describe('a multiple written with a glued `x` (`jumped 3.1x`, `a 4.6x increase`, `up 2.3x yoy`)', () => {
  it('reads the multiple as a change in times beside a rising verb, a change noun or a base', () => {
    expect(readings('Net profit surged 5x year-on-year to VND 1.2 trillion.')).toEqual([
      '1200000000000 VND [times 5 same-period-last-year] k=actual',
    ]);
    expect(readings('Core earnings were up 2.3x yoy in the third quarter.')).toEqual([
      '- [times 2.3 same-period-last-year] k=actual',
    ]);
    expect(readings('The logistics unit recorded a 3.8x increase in revenue over the previous year.')).toEqual([
      '- [times 3.8 same-period-last-year] k=actual',
    ]);
    expect(readings('Pledged capital for new projects climbed 2.6x to nearly USD900m.')).toEqual([
      '900000000 USD~under [times 2.6 -] k=actual',
    ]);
    expect(readings('Retail revenue grew 1.5X compared with 2022.')).toEqual(['- [times 1.5 2022] k=actual']);
  });

  it('leaves a valuation multiple and a dimension alone (near-misses)', () => {
    const none = (text: string) =>
      expect(
        readings(text).filter((r) => r.includes('times')),
        text,
      ).toEqual([]);
    none('The stock is trading at 12.5x forward earnings.');
    none('VNM trades at a P/E of 15x, below its five-year average.');
    none('The bank’s P/B stands at 1.8x, while its profit rose 20% year-on-year.');
    none('Sales of 4x4 vehicles rose 5% year-on-year.');
  });
});

/** Each statement with a figure as `value [changes] p=period`. */
const dated = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const ch = s.changes.map(markedChangeText);
    return `${valueText(s)} [${ch.join(', ')}] p=${s.period?.value ?? '-'}`;
  });

describe('a list of values each restated in brackets (`VND3.2 trillion ($128 million) … and VND1.7 trillion ($68 million)`)', () => {
  it('reads the value after the bracket and the joiner as the next item of the list, with its own period', () => {
    expect(
      dated(
        'FPT’s net profit reached VND3.2 trillion ($128 million) in the first half of 2024 and VND1.7 trillion ($68 million) in Q2, up 18.5 per cent on-year and 20.1 per cent on-year, respectively.',
      ),
    ).toEqual([
      '3200000000000 VND [rate 18.5 same-period-last-year] p=2024-H1',
      '1700000000000 VND [rate 20.1 same-period-last-year] p=2024-Q2',
    ]);
    expect(
      dated(
        'Disbursement reached VND 4.5 trillion ($180 million) in the first quarter and VND 9.1 trillion ($364 million) in the first half of 2024.',
      ),
    ).toEqual(['4500000000000 VND [] p=2024-Q1', '9100000000000 VND [] p=2024-H1']);
    // each item with its own change in the bracket
    expect(dated('Exports and imports were USD35.2bn (+12.1% YoY) and USD31.8bn (+9.4% YoY) in 3M 2025.')).toEqual([
      '35200000000 USD [rate 12.1 same-period-last-year] p=2025-YTD-03',
      '31800000000 USD [rate 9.4 same-period-last-year] p=2025-YTD-03',
    ]);
  });

  it('pairs a list of changes with a list of restated values (`rose A% and B% to X (…) and Y (…), respectively`)', () => {
    expect(
      dated(
        'Revenue and profit surged 16.2% YoY and 22.4% YoY to VND52.1tn (USD2.1bn) and VND8.3tn (USD0.3bn), respectively, in 9M 2024.',
      ),
    ).toEqual([
      '52100000000000 VND [rate 16.2 same-period-last-year] p=2024-YTD-09',
      '8300000000000 VND [rate 22.4 same-period-last-year] p=2024-YTD-09',
    ]);
    expect(
      dated(
        'Shipments of rice and coffee rose 27.7% and 12.4% year-on-year to VND13.1 trillion ($560 million) and VND6.5 trillion ($280 million), respectively.',
      ),
    ).toEqual([
      '13100000000000 VND [rate 27.7 same-period-last-year] p=-',
      '6500000000000 VND [rate 12.4 same-period-last-year] p=-',
    ]);
  });

  it('keeps a bracket that is no restatement, and a named second value, out of the list (near-misses)', () => {
    // a share in the bracket is no restatement: the changes are not paired with the values
    const share = dated(
      'Revenue and profit rose 16.2% and 22.4% to VND52.1tn (35% of the group total) and VND8.3tn, respectively.',
    );
    expect(share.some((r) => r.startsWith('8300000000000 VND [rate 22.4'))).toBe(false);
    // a value with a name of its own after the bracket stays its own indicator's
    expect(
      dated('Coffee exports reached US$1.2 billion (up 20% year-on-year) and pepper exports hit US$600 million.'),
    ).toEqual(['1200000000 USD [rate 20 same-period-last-year] p=-', '600000000 USD [] p=-']);
    // a period after a compare word is no period of the item (`versus Q2 2023`)
    expect(
      dated(
        'Sales reached VND 4.5 trillion ($180 million) in 2023 and VND 5.1 trillion ($204 million) versus Q2 2023.',
      ),
    ).not.toContain('5100000000000 VND [] p=2023-Q2');
  });
});

describe('an agency’s estimate in the present tense (`Post estimates … at 6.5 MMT`)', () => {
  it('reads the figure after `X estimates …` as an estimate', () => {
    expect(readings('USDA estimates Vietnam’s MY 2023/24 rice exports to be 7.8 million tonnes.')).toEqual([
      '7800000 tonne [] k=actual st=estimate',
    ]);
    expect(
      readings(
        'The Vietnam Pepper Association estimates this year’s output at about 170,000 tonnes, down 10% from 2023.',
      ),
    ).toEqual(['170000 tonne~about [rate -10 2023] k=actual st=estimate']);
    expect(readings('The ministry estimates rice exports this year at 7.1 million tonnes.')).toEqual([
      '7100000 tonne [] k=actual st=estimate',
    ]);
  });

  it('gives no stage to estimates named after the figure (near-misses)', () => {
    expect(readings('Exports rose 5% year-on-year to US$3 billion, beating analysts’ estimates.')).toEqual([
      '3000000000 USD [rate 5 same-period-last-year] k=actual',
    ]);
    expect(readings('State budget revenue reached 62.7 per cent of this year’s estimates.').join()).not.toMatch(/st=/u);
  });
});

describe('a change verb at a rate or pace (`grew at an average rate of 12.5%`, `rose at an annual pace of 9.4 percent`)', () => {
  it('reads the percentage after `<verb> at a/an/the [adjective] rate/pace of` as the change’s rate', () => {
    expect(readings('Credit grew at a pace of 14 percent in 2024.')).toEqual(['- [rate 14 -] k=actual']);
    expect(readings('Retail sales rose at an annual rate of 9.4 percent.')).toEqual(['- [rate 9.4 -] k=actual']);
    expect(readings('Industrial output contracted at a rate of 1.2% in the first quarter.')).toEqual([
      '- [rate -1.2 -] k=actual',
    ]);
    expect(readings('Seafood exports are expected to grow at the modest rate of about 4 percent in 2026.')).toEqual([
      '- [rate 4 -] k=target',
    ]);
  });

  it('leaves a level reached and a rate of something else alone (near-misses)', () => {
    // the level a rate rose to is no change
    expect(readings('Lending rates rose to 9 percent.').join()).not.toMatch(/rate 9 /u);
    // a rate that is the object of the verb, not its speed
    expect(readings('The company grew its market share at a rate of 2 percent.').join()).not.toMatch(/rate 2 /u);
  });
});

describe('a forecast with an adverb after its auxiliary (`is still expected to`, `are also projected to`)', () => {
  it('reads the figures after it as goals', () => {
    expect(readings('Rice exports are also projected to rise 5% to 7.5 million tonnes in 2025.')).toEqual([
      '7500000 tonne [rate 5 -] k=target',
    ]);
    expect(readings('The economy is now forecast to expand 6.8% in 2025.')).toEqual(['- [rate 6.8 -] k=target']);
    expect(readings('Steel demand is widely expected to recover by 7 percent next year.')).toEqual([
      '- [rate 7 -] k=target',
    ]);
  });

  it('leaves a result with an adverb alone (near-misses)', () => {
    expect(readings('Exports are still growing, up 5% year-on-year.')).toEqual([
      '- [rate 5 same-period-last-year] k=actual',
    ]);
    expect(readings('Coffee prices are also higher, up 12% from last month.')).toEqual([
      '- [rate 12 previous-period] k=actual',
    ]);
  });
});

describe('a figure before its own forecast noun (`Viet Nam’s 5.8 percent growth projection`)', () => {
  it('reads the figure as the forecast’s value, a goal', () => {
    expect(readings('The IMF attributed Vietnam’s 5.8 percent growth projection to strong exports.')).toEqual([
      '- [rate 5.8 -] k=target',
    ]);
    expect(readings('The bank kept its 6.5% growth forecast for 2025.')).toEqual(['- [rate 6.5 -] k=target']);
    expect(readings('Analysts trimmed their 7% GDP growth forecasts after the first quarter.')).toEqual([
      '- [rate 7 -] k=target',
    ]);
  });

  it('leaves a result compared with a forecast a result (near-misses)', () => {
    expect(readings('Exports rose 5%, beating the forecast.')).toEqual(['- [rate 5 -] k=actual']);
    expect(readings('GDP grew 7.1% in 2024, above the government’s forecast.')).toEqual(['- [rate 7.1 -] k=actual']);
    expect(readings('Exports rose 8 percent year-on-year, in line with earlier projections.')).toEqual([
      '- [rate 8 same-period-last-year] k=actual',
    ]);
  });
});

describe('a signed rate marked year-to-date in research shorthand (`1,250 points (+10.2% ytd)`)', () => {
  it('reads the signed percentage as the change since the end of last year', () => {
    expect(readings('The USD/VND rate climbed to VND25,400 (+4.3% YTD).')).toEqual([
      '25400 VND [rate 4.3 december-last-year] k=actual',
    ]);
    expect(readings('Deposits reached VND 1,200 trillion (+3.1% ytd).')).toEqual([
      '1200000000000000 VND [rate 3.1 december-last-year] k=actual',
    ]);
    expect(readings('Outstanding corporate bonds stood at VND 1,050 trillion (-1.6% y-t-d).')).toEqual([
      '1050000000000000 VND [rate -1.6 december-last-year] k=actual',
    ]);
  });

  it('reads no change from a year-to-date total or return that is no signed rate (near-misses)', () => {
    expect(readings('Foreign investors net sold VND 500 billion (ytd: VND 80 trillion).').join()).not.toMatch(/rate/u);
    expect(readings('The index fell 1.5% in the week (YTD return 12%).').join()).not.toMatch(/rate 12 /u);
  });
});

describe('a noun pointing back at the level just stated (`…, but the value was down 2%`)', () => {
  it('gives the changes after `the figure`/`this number`/`the value` to the level before', () => {
    expect(
      readings('Timber exports were worth US$1.12bn in March, but the value was down 2% compared to March 2023.'),
    ).toEqual(['1120000000 USD [rate -2 2023-03] k=actual']);
    expect(readings('Rice exports reached 700,000 tonnes in May, and the figure was up 5% year-on-year.')).toEqual([
      '700000 tonne [rate 5 same-period-last-year] k=actual',
    ]);
    expect(readings('Arrivals hit 1.6 million in July; this number rose 12% from a year earlier.')).toEqual([
      '1600000 [rate 12 same-period-last-year] k=actual',
    ]);
  });

  it('keeps another measure and a value of its own apart (near-misses)', () => {
    // `the value` after tonnes is the value of the shipments, another measure
    expect(readings('Cashew exports reached 60,000 tonnes, while the value fell 2% year-on-year.')).not.toContain(
      '60000 tonne [rate -2 same-period-last-year] k=actual',
    );
    // a value of its own after `the value` starts its own statement
    expect(readings('Coffee exports reached 150,000 tonnes, and the value was US$420 million.')).toEqual([
      '150000 tonne [] k=actual',
      '420000000 USD [] k=actual',
    ]);
  });
});
