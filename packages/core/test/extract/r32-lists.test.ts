import { describe, expect, it } from 'vitest';
import { figured, markedChangeText, valueText } from './readings';

/** Each statement with a figure as `value [changes]` (`?` after an uncertain change). */
const lines = (text: string): string[] =>
  figured(text, 'en').map((s) => `${valueText(s)} [${s.changes.map(markedChangeText).join(', ')}]`);

describe('a list of changes read onto the last of its values, paired by order (round 32: test21)', () => {
  it('gives change k to value k when the word that pairs by order closes the list (doubted: a bare count is among the values)', () => {
    expect(
      lines(
        'This is on the back of over 20 million passengers and over 140,000 flights flown in 2023, 41 percent and 30 percent higher year on year, respectively.',
      ),
    ).toEqual(['20000000 [rate 41 same-period-last-year?]', '140000 [rate 30 same-period-last-year?]']);
    expect(
      lines(
        'This was on the back of over 5.3 million passengers flown on 35,000 flights, which are 27 percent and 18 percent higher year-on-year, respectively.',
      ),
    ).toEqual(['5300000 [rate 27 same-period-last-year?]', '35000 [rate 18 same-period-last-year?]']);
  });

  it('pairs them certain when every value of the run is read with its verb', () => {
    expect(
      lines(
        'Rice exports reached 5 million tonnes and coffee exports reached 1.2 million tonnes in 2023, 12 percent and 8 percent higher year on year, respectively.',
      ),
    ).toEqual(['5000000 tonne [rate 12 same-period-last-year]', '1200000 tonne [rate 8 same-period-last-year]']);
  });

  it('pairs nothing when the value before has a figure of its own, or stands alone', () => {
    // the first value has its own change: the run of values is one short, the list stays doubted
    expect(
      lines(
        'Revenue rose 5% to $2 billion and profit reached $300 million, 12% and 8% higher year on year, respectively.',
      ),
    ).toEqual([
      '2000000000 USD [rate 5 -]',
      '300000000 USD [rate 12 same-period-last-year?, rate 8 same-period-last-year?]',
    ]);
    expect(lines('Profit reached $300 million, 12% and 8% higher year on year, respectively.')).toEqual([
      '300000000 USD [rate 12 same-period-last-year?, rate 8 same-period-last-year?]',
    ]);
  });
});
