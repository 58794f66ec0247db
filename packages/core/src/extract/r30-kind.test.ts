import { describe, expect, it } from 'vitest';
import { kindsOf } from '../../test/extract/readings';

describe('a headline’s future in the infinitive is a goal (round 30)', () => {
  it('reads the figure after `<subject> to <verb>` in a headline as a target', () => {
    expect(kindsOf('VINACOMIN to sell 36 tons of coal', 'en')).toEqual(['target 36']);
    expect(kindsOf('Vietnam to have 2,000 MW of rooftop solar power capacity in 2020', 'en')).toEqual(['target 2000']);
    expect(
      kindsOf(
        'Health insurance to cover 91.05 million people by the end of this year (Photo: tapchibaohiemxahoi.gov.vn',
        'en',
      ),
    ).toEqual(['target 91050000']);
    expect(kindsOf('The Ministry of Finance to raise VAT revenue to VND 300 trillion in 2025', 'en')).toEqual([
      'target 300000000000000',
    ]);
    expect(kindsOf('Vietnam’s coffee exports to hit US$4 billion this year', 'en')).toEqual(['target 4000000000']);
  });

  it('leaves `to` before a name or a noun, a subject’s purpose with a verb of its own and a sentence of prose actual (near-misses)', () => {
    expect(kindsOf('Exports to China reach US$5 billion', 'en')).toEqual(['actual 5000000000']);
    expect(kindsOf('Loans to businesses hit VND 50 trillion', 'en')).toEqual(['actual 50000000000000']);
    expect(kindsOf('Funds to build roads reach VND 5 trillion', 'en')).toEqual(['actual 5000000000000']);
    expect(kindsOf('Capital to build 500 km of roads totals VND 50 trillion', 'en')).toEqual([
      'actual 500',
      'actual 50000000000000',
    ]);
    expect(kindsOf('Loans to build houses rose 5% to VND 50 trillion', 'en')).toEqual(['actual 50000000000000']);
  });
});
