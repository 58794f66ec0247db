import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Each statement with a figure as `value p=period`. */
function periods(text: string): string[] {
  return extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => `${s.value?.value.base ?? '-'} p=${s.period?.value ?? ''}`);
}

describe('a quarter named by its number after the word (round 30)', () => {
  it('reads `quarter 1/2023`, `Quarter IV/2022`, `quarter 3 of 2021`, `quarter 2, 2024`, `quarter 4 2020`', () => {
    expect(periods('PV Drilling achieved VND 52.3 billion in profit after tax in quarter 1/2023')).toEqual([
      '52300000000 p=2023-Q1',
    ]);
    expect(periods('In Quarter IV/2022, exports reached US$30 billion.')).toEqual(['30000000000 p=2022-Q4']);
    expect(periods('Exports reached US$30 billion in quarter 3 of 2021.')).toEqual(['30000000000 p=2021-Q3']);
    expect(periods('Exports during quarter 2, 2024 reached US$8.2 billion.')).toEqual(['8200000000 p=2024-Q2']);
    expect(periods('Revenue for quarter 4 2020 was 455 billion dong.')).toEqual(['455000000000 p=2020-Q4']);
  });

  it('reads no period without a year, for a fifth quarter, or for a count after `the quarter`', () => {
    expect(periods('Exports during quarter 2 reached US$8.2 billion.')).toEqual(['8200000000 p=']);
    expect(periods('Revenue in quarter 5/2023 was 455 billion dong.')).toEqual(['455000000000 p=']);
    expect(periods('In the quarter 1,200 new jobs were created, the ministry said.')).toEqual(['1200 p=']);
    expect(periods('A quarter 2 of the 8 plants closed in 2023.')).not.toContain('2 p=2023-Q2');
  });
});

/** Each statement with a figure as `value [changes]`. */
function readings(text: string): string[] {
  return extractStatements(text, { locale: 'en' })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => {
      const ch = s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`);
      return `${s.value?.value.base ?? '-'} [${ch.join(', ')}]`;
    });
}

describe('the other period of a level a change reached, after a comparative (round 30)', () => {
  it('reads the compared percentage as the earlier level, no rate of change', () => {
    expect(
      readings('Gross margin increased by 91bps to 27.6% compared with 26.7% over the same period last year.'),
    ).toEqual(['27.6 [points 0.91]', '26.7 []']);
    expect(readings('The margin rose 1.2 percentage points to 18.5%, higher than 17.3% in 2022.')).toEqual([
      '18.5 [points 1.2]',
      '17.3 []',
    ]);
    expect(
      readings('The jobless rate fell 0.3 percentage points to 2.2 percent, compared with 2.5 percent a year earlier.'),
    ).toEqual(['2.2 [points -0.3]', '2.5 []']);
  });

  it('keeps the compared rate after a change to an amount or after a rate alone', () => {
    expect(readings('Exports rose 5% to US$10 billion, compared with 3% last year.')).toEqual([
      '10000000000 [rate 5]',
      '- [rate 3]',
    ]);
    expect(readings('GDP grew 5.05 percent, lower than its target of 6.5 percent.')).toEqual([
      '- [rate 5.05]',
      '- [rate 6.5]',
    ]);
  });
});

describe('a rate that is a price changes by a relative percentage (round 30)', () => {
  /** Every change as `form amount` with `?reason` when doubted, and every change left unread. */
  const read = (text: string): string[] =>
    extractStatements(text, { locale: 'en' }).flatMap((s) => [
      ...s.changes.map(
        (c) => `${c.value.form} ${c.value.amount.value}${c.confidence === 'uncertain' ? `?${c.doubt?.reason}` : ''}`,
      ),
      ...s.unread.filter((u) => u.what === 'change' && u.reason === 'unrecognised-figure').map(() => 'unread'),
    ]);

  it('reads the change of a room, day, freight or charter rate, certain', () => {
    expect(read('Hotel room rates increased by 20%')).toEqual(['rate 20']);
    expect(read('Container freight rates jumped 12 per cent.')).toEqual(['rate 12']);
    expect(read('Its day rate in 2023 also boosting over 20% over the same period of 2022.')).toEqual(['rate 20']);
  });

  it('keeps the change of a rate that is a percentage unread (points or percent is not said)', () => {
    expect(read('The poverty rate fell by 3%.')).toEqual(['unread']);
    expect(read('The unemployment rate rose by 0.5%.')).toEqual(['unread']);
  });
});

describe('every form of `equal` before a percentage of an earlier period reads a ratio (round 30)', () => {
  it('reads `equates to`, `equating to`, `which equals` as `equal to` is read', () => {
    for (const verb of ['and equates to', ', equating to', ', which equals', ', equal to'])
      expect(
        readings(
          `Profit before tax was VND4,877 billion${verb.startsWith(',') ? '' : ' '}${verb} 77% of the same period last year.`,
        ),
      ).toEqual(['4877000000000 [ratio 77]']);
  });

  it('keeps a share of a whole a level of its own', () => {
    expect(readings('Exports equated to 30% of GDP.')).toEqual(['30 []']);
  });
});
