import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract-statements';
import type { Statement } from './types';

const read = (text: string, locale: 'vi' | 'en' = 'en'): Statement[] => extractStatements(text, { locale });
const rates = (all: Statement[]): string[] => all.flatMap((s) => s.changes.map((c) => c.value.amount.value));

describe('scan › elliptic rates (the verb of the rate before carries over)', () => {
  it('`by` and a bare percentage after a rate of the sentence: Huế grew by 6.1 per cent, Vinh by 5.3 per cent', () => {
    expect(rates(read('Huế grew by 6.1 per cent, Vinh by 5.3 per cent.'))).toEqual(['6.1', '5.3']);
    expect(rates(read('Cement output fell by 2.2 percent, clinker by 1.4 percent.'))).toEqual(['-2.2', '-1.4']);
  });
  it('words between the rate and the joiner: fell 3.1 percent in volume and 7.9 percent in value', () => {
    expect(rates(read('Pepper shipments fell 3.1 percent in volume and 7.9 percent in value.'))).toEqual([
      '-3.1',
      '-7.9',
    ]);
    expect(rates(read('The rise came from an increase of 11.2 per cent in fees and 4.5 per cent in charges.'))).toEqual(
      ['11.2', '4.5'],
    );
  });
  it('never carries a verb across a figure of another kind or too many words', () => {
    // A percentage OF something is a share, never the rate of the verb before.
    const all = read('Rice output rose 2.5 percent to 43 million tonnes and 12 percent of it was exported.');
    expect(rates(all)).toEqual(['2.5']);
    // `by` with no rate before it in the sentence is no elliptic rate.
    expect(rates(read('The share held by 40 percent of households is small.'))).toEqual([]);
  });
  it('the elliptic rate is the statement of its own name, the first keeps its own', () => {
    const all = read('Tea exports rose 4 percent, coffee by 9 percent.');
    expect(all.map((s) => [s.name?.value, rates([s])])).toEqual([
      ['Tea exports', ['4']],
      ['coffee', ['9']],
    ]);
  });
  it('a comma may stand before the joiner: rose 6.4 percent on-year, and 5.1 percent in real terms', () => {
    const all = read('Turnover rose 6.4 percent on-year, and 5.1 percent in real terms.');
    expect(rates(all)).toEqual(['6.4', '5.1']);
  });
});

describe('scan › the other side of a comparison with a rate is a rate, never certain', () => {
  it('lower than its goal of 6 percent; higher than the rate of 4.8 percent', () => {
    for (const text of [
      'Farm output grew 3.2 percent, lower than its goal of 6 percent.',
      'Industry expanded 7.7 percent, higher than the rate of 4.8 percent recorded a year earlier.',
    ]) {
      const all = read(text);
      const other = all.flatMap((s) => s.changes).slice(1);
      expect(
        other.map((c) => c.value.form),
        text,
      ).toEqual(['rate']);
      expect(other[0]?.confidence, text).toBe('uncertain');
      expect(other[0]?.doubt?.reason, text).toBe('comparison');
      expect(all[0]?.changes[0]?.confidence, text).toBe('certain');
    }
  });
  it('a percentage after a comparative with no rate before it stays a percentage', () => {
    const all = read('The poverty rate was 2.1 percent, lower than the 2.9 percent seen before.');
    expect(all.flatMap((s) => s.changes)).toEqual([]);
    expect(all[0]?.value?.value.base).toBe('2.1');
  });
});
