import { describe, expect, it } from 'vitest';
import { changeText, figured, valueText } from './readings';

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
    const doubt = s.value?.confidence === 'uncertain' ? '?' : '';
    const ch = s.changes.map((c) => `${changeText(c)}${c.confidence === 'uncertain' ? '?' : ''}`);
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
      '- [times 3.8 previous-period] k=actual',
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
