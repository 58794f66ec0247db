import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';

/** Each statement with a figure as `value ~bound [changes]`, `?reason` after a doubted change. */
function readings(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  return extractStatements(text, { locale })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => {
      const v = s.value?.value;
      const value = v ? `${v.base}${v.approximate ? ` ~${v.approximate}` : ''}` : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        const base = b ? (b.kind === 'period' ? b.period : b.kind) : '-';
        const doubt = c.confidence === 'uncertain' ? `?${c.doubt?.reason ?? ''}` : '';
        return `${c.value.form} ${c.value.amount.value} ${base}${doubt}`;
      });
      return `${value} [${ch.join(', ')}]`;
    });
}

/** Every value read, in order. */
const values = (text: string, locale: 'vi' | 'en' = 'en'): string[] =>
  extractStatements(text, { locale }).flatMap((s) => (s.value ? [s.value.value.base] : []));

/** Every number left unread as a second value of a statement. */
const unreadValues = (text: string, locale: 'vi' | 'en' = 'en'): number =>
  extractStatements(text, { locale }).flatMap((s) =>
    s.unread.filter((u) => u.what === 'value' && u.reason === 'unrecognised-figure'),
  ).length;

describe('a part opened by an of-which word right after its whole, with no comma (round 29)', () => {
  it('reads the first part after `including` / `of which` / `among them` as a statement of its own', () => {
    const text =
      'Vietnam has 1,322 waste treatment facilities including 381 incinerators, 37 composting plants and 904 landfills.';
    expect(values(text)).toEqual(['1322', '381', '37', '904']);
    expect(unreadValues(text)).toBe(0);
    expect(values('There were 545 listed securities codes including 393 stocks and 13 ETF certificates.')).toEqual([
      '545',
      '393',
      '13',
    ]);
    expect(values('The ministry reported 281,189 cases of dengue fever including 110 deaths.')).toEqual([
      '281189',
      '110',
    ]);
    expect(values('The company sold 36 million tons of coal of which 22 million tons of mining coal.')).toEqual([
      '36000000',
      '22000000',
    ]);
    expect(values('The city received 4.2 million visitors among them 1.1 million foreigners.')).toEqual([
      '4200000',
      '1100000',
    ]);
  });

  it('gives the part to a statement whose parent is the whole', () => {
    const s = extractStatements('The province has 120 cooperatives including 80 farm cooperatives.', { locale: 'en' });
    const part = s.find((x) => x.value?.value.base === '80');
    expect(part?.parent?.value).toBe(s.find((x) => x.value?.value.base === '120')?.index);
  });

  it('reads the Vietnamese `bao gồm` / `trong đó` before a figure alike', () => {
    expect(values('Toàn tỉnh có 120 hợp tác xã bao gồm 80 hợp tác xã nông nghiệp.', 'vi')).toEqual(['120', '80']);
    expect(values('Toàn tỉnh có 120 hợp tác xã trong đó 80 hợp tác xã nông nghiệp.', 'vi')).toEqual(['120', '80']);
  });

  it('leaves an of-which word before words, or with no figure before it, as it was (near-misses)', () => {
    // (a name after the marker: the part was read already)
    expect(values('Tổng thu ngân sách đạt 1.000 tỷ đồng trong đó thu nội địa 800 tỷ đồng.', 'vi')).toEqual([
      '1000000000000',
      '800000000000',
    ]);
    // (`including` inside a name before any figure)
    expect(readings('Services including tourism grew 8% year-on-year.')).toEqual(['- [rate 8 same-period-last-year]']);
  });
});

describe('a change `in volume` given to a number of things with no unit (round 29)', () => {
  it('gives `in average volume` to the count of shares and `in average value` to the money', () => {
    expect(
      readings(
        'The stock market recorded an average trading volume of 875.52 million shares and an average trading value of 18.269 trillion VND, down 0.23 per cent in average volume and up 8.17 per cent in average value compared to June 2023.',
      ),
    ).toEqual(['875520000 [rate -0.23 2023-06]', '18269000000000 [rate 8.17 2023-06?security]']);
    expect(
      readings(
        'The average trading volume reached 736.7 million shares, corresponding to an average trading value of VND15.12 trillion; up 12.62 per cent in average volume and down 11.07 per cent in average value compared to those of 2022.',
      ),
    ).toEqual(['736700000 [rate 12.62 2022]', '15120000000000 [rate -11.07 2022]']);
    expect(
      readings(
        'The port handled 2.4 million containers worth US$1.2 billion, up 6 percent in volume and 9 percent in value year-on-year.',
      ),
    ).toEqual(['2400000 [rate 6 same-period-last-year]', '1200000000 [rate 9 same-period-last-year]']);
  });

  it('leaves both changes where they were when neither is measured, or both measure the same side (near-misses)', () => {
    expect(
      readings(
        'The market recorded 875.52 million shares and 18.269 trillion VND, down 0.23 per cent and up 8.17 per cent compared to June 2023.',
      )[0],
    ).toBe('875520000 []');
    expect(
      readings(
        'Visitors reached 4.2 million and spending reached VND 12 trillion, up 5 per cent in value and 7 per cent in turnover.',
      )[0],
    ).toBe('4200000 []');
  });
});

describe('a bound before a currency written before its number, at either end of `from … to …` (round 29)', () => {
  it('reads the level moved to with its bound, and the level moved from', () => {
    expect(readings('Our stock value has grown from VND 32,000 to more than VND 90,000 in 2023.')).toEqual([
      '90000 ~over []',
      '32000 []',
    ]);
    expect(readings('Revenue rose from $3 billion to nearly $5 billion in 2023.')).toEqual([
      '5000000000 ~under []',
      '3000000000 []',
    ]);
    expect(readings('Exports fell from over US$3.2 billion to about US$2.9 billion in 2023.')).toEqual([
      '2900000000 ~about []',
      '3200000000 ~over []',
    ]);
  });

  it('leaves a range with no verb of change unread as a change (near-miss)', () => {
    // (a range: `worth from about $3 million to $5 million` moved nothing)
    expect(values('Each project is worth from about $3 million to $5 million.')).not.toContain('5000000');
  });
});

describe('an amount after `gained` with no base and no level after it is the level, doubted (round 29)', () => {
  /** Each statement's value as `base?reason` (the doubt of the value). */
  const levels = (text: string): string[] =>
    extractStatements(text, { locale: 'en' }).flatMap((s) =>
      s.value ? [`${s.value.value.base}${s.value.confidence === 'uncertain' ? `?${s.value.doubt?.reason}` : ''}`] : [],
    );

  it('reads `gained` + money or a count before its change as the value, doubted `difference`', () => {
    expect(
      readings('Tourism revenue gained 18.4 trillion VND, 12.4 percent higher than the same period last year.'),
    ).toEqual(['18400000000000 [rate 12.4 same-period-last-year]']);
    expect(
      levels('Tourism revenue gained 18.4 trillion VND, 12.4 percent higher than the same period last year.'),
    ).toEqual(['18400000000000?difference']);
    expect(levels('Vietnam gained 19.9 billion US dollars from exporting phones, up 3 percent.')).toEqual([
      '19900000000?difference',
    ]);
    expect(levels('The country gained US$4.2 billion from exporting fruits in the first nine months.')).toEqual([
      '4200000000?difference',
    ]);
  });

  it('leaves a gain with a base, a level after `to`, a percentage or index points as a change (near-misses)', () => {
    // (an absolute change against a base: unread, no value)
    expect(values('Exports gained US$2 billion compared to 2022.')).toEqual([]);
    // (the level after `to` is the value; the gain stays the change)
    expect(values('Exports gained US$2 billion to US$20 billion in 2023.')).toEqual(['20000000000']);
    expect(readings('Exports gained 12 percent in 2023.')).toEqual(['- [rate 12 -]']);
    expect(values('The VN-Index gained 15.2 points in July.')).toEqual([]);
    // (another verb of rise is no level: `rose US$2 billion` stays an unread change)
    expect(values('Exports rose US$2 billion in 2023.')).toEqual([]);
  });
});
