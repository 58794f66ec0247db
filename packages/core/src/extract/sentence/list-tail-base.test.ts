import { describe, expect, it } from 'vitest';
import { changes, read } from './statements.test-util';

const all = (text: string, locale: 'en' | 'vi' = 'en'): string[] => read(text, locale).flatMap((s) => changes(s));

describe('a base written once after a list is every item’s (list-tail-base.ts)', () => {
  it.each([
    [
      'Several provinces posted strong growth, such as Bac Ninh (12.1%), Hai Duong (9.8%) and Hung Yen (8.7%) compared with the same period last year.',
      'en',
      ['rate 12.1 same-period-last-year', 'rate 9.8 same-period-last-year', 'rate 8.7 same-period-last-year'],
    ],
    [
      'Trong đó: xuất khẩu tăng 8,2%; nhập khẩu tăng 6,1% so với cùng kỳ năm trước.',
      'vi',
      ['rate 8.2 same-period-last-year', 'rate 6.1 same-period-last-year'],
    ],
    [
      'Một số ngành tăng khá như: dệt may tăng 9%; da giày tăng 7,5%; điện tử tăng 11% so với cùng kỳ.',
      'vi',
      ['rate 9 same-period-last-year', 'rate 7.5 same-period-last-year', 'rate 11 same-period-last-year'],
    ],
    [
      'Retail sales rose in many cities, including Hanoi (up 6.2%), Da Nang (up 5.4%) and Can Tho (up 4.9%) over the previous month.',
      'en',
      ['rate 6.2 previous-period', 'rate 5.4 previous-period', 'rate 4.9 previous-period'],
    ],
  ])('%s', (text, locale, expected) => {
    expect(all(text, locale as 'en' | 'vi')).toEqual(expected);
  });

  it('negative: without a word that opens a list, an earlier change keeps no base', () => {
    expect(all('Exports rose 5%, while imports rose 7% year-on-year.')).toEqual([
      'rate 5 -',
      'rate 7 same-period-last-year',
    ]);
  });

  it('negative: an item with a base of its own keeps it', () => {
    expect(all('Trong đó: xuất khẩu tăng 5% so với tháng trước; nhập khẩu tăng 7% so với cùng kỳ.', 'vi')).toEqual([
      'rate 5 previous-period',
      'rate 7 same-period-last-year',
    ]);
  });
});

describe('bracketed list entries with an amount and its change (list-brackets.ts)', () => {
  it.each([
    [
      'Phones led exports with 3.9 billion USD, followed by rice (3.1 billion USD, up 12 percent), coffee (2.5 billion USD, up 8 percent) and cashew (1.9 billion USD, down 3 percent).',
      [
        ['3100000000', 'rate 12 -'],
        ['2500000000', 'rate 8 -'],
        ['1900000000', 'rate -3 -'],
      ],
    ],
    [
      'Top markets were the US (9.4 billion USD, up 21.5 percent), China (5.2 billion USD, down 4.1 percent) and Japan (2.3 billion USD, up 6 percent).',
      [
        ['9400000000', 'rate 21.5 -'],
        ['5200000000', 'rate -4.1 -'],
        ['2300000000', 'rate 6 -'],
      ],
    ],
    [
      'The province shipped seafood (420 million USD, up 9.1%), wood (310 million USD, up 4.4%) and rice (150 million USD, down 2%).',
      [
        ['420000000', 'rate 9.1 -'],
        ['310000000', 'rate 4.4 -'],
        ['150000000', 'rate -2 -'],
      ],
    ],
  ])('%s', (text, expected) => {
    const got = read(text)
      .filter((s) => s.changes.length)
      .map((s) => [s.value?.value.base, ...changes(s)]);
    expect(got).toEqual(expected);
    // listed, not bracketed: neither figure is doubted for its brackets
    for (const s of read(text))
      for (const f of [s.value, ...s.changes]) expect(f?.doubt?.reason === 'bracketed').toBe(false);
  });

  it('a semicolon joins entries whose names hold commas', () => {
    const got = read(
      'Retail sales grew in food (9.2 percent); wood, rattan and bamboo goods (7.4 percent); and travel services (5.1 percent).',
    ).map((s) => changes(s).join());
    expect(got).toEqual(['rate 9.2 -', 'rate 7.4 -', 'rate 5.1 -']);
  });

  it('negative: one entry alone is no list (its change stays doubted as bracketed)', () => {
    const [s] = read('Coffee earned 2.5 billion USD (up 8 percent) in the period.');
    expect(s?.changes[0]?.confidence).toBe('uncertain');
  });

  it('negative: a list with no change word in its head keeps bare percentages doubted', () => {
    const got = read(
      'Key exports included seafood (9.2 percent); wood, rattan and bamboo products (7.4 percent); and rice (5.1 percent).',
    );
    expect(got.flatMap((s) => s.changes)).toHaveLength(0);
    expect(got.every((s) => !s.value || s.value.confidence === 'uncertain')).toBe(true);
  });
});

describe('a base before the change noun that opens a list of amounts is every amount’s (list-tail-base.ts)', () => {
  it.each([
    [
      'Rice and coffee recorded year-on-year increases of 4.2% and 7.9%, respectively.',
      ['rate 4.2 same-period-last-year', 'rate 7.9 same-period-last-year'],
    ],
    [
      'Cars, trucks and buses saw year-on-year rises of 12 percent, 8.5 percent and 3 percent, respectively.',
      ['rate 12 same-period-last-year', 'rate 8.5 same-period-last-year', 'rate 3 same-period-last-year'],
    ],
    [
      'Ha Long and Sa Pa posted month-on-month growth of 6.1 per cent and 4.4 per cent, respectively.',
      ['rate 6.1 previous-period', 'rate 4.4 previous-period'],
    ],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('negative: a base after its figure is not given to the next amount of another clause', () => {
    expect(all('Exports grew 5% year-on-year, and imports rose 3%.')).toEqual([
      'rate 5 same-period-last-year',
      'rate 3 -',
    ]);
  });
});

describe('real outside sentences of the list shapes (not in any corpus)', () => {
  it('a bracketed list under a head with no base keeps its rates without one (en.vietnamplus.vn/…/169460.vnp)', () => {
    expect(
      all(
        'Localities recording significant growth in retail sales include Quang Ninh province (13.8 percent), Hai Phong city (13.6 percent), Thanh Hoa province (11.9 percent), Nghe An province (10.9 percent), and capital city of Hanoi (10.5 percent).',
      ),
    ).toEqual(['rate 13.8 -', 'rate 13.6 -', 'rate 11.9 -', 'rate 10.9 -', 'rate 10.5 -']);
  });
  it('semicolon-joined bracketed entries are one list (en.vietnamplus.vn/…/224645.vnp)', () => {
    expect(
      all(
        'Localities that recorded high growth were Bac Ninh (24 percent); Can Tho (18.3 percent); Phu Yen (18.1 percent); Lam Dong (17.4 percent), Dong Nai (16.2 percent) and Quang Ninh (7.5 percent).',
      ),
    ).toEqual(['rate 24 -', 'rate 18.3 -', 'rate 18.1 -', 'rate 17.4 -', 'rate 16.2 -', 'rate 7.5 -']);
  });
  it('a last year’s rate in brackets gives no base to the items (vinanet.vn/…-739629.html)', () => {
    const got = all(
      'Trong đó, ngành chế biến, chế tạo tăng 10,4% (cùng kỳ năm trước tăng 7,1%); ngành sản xuất và phân phối điện tăng 4,3% (cùng kỳ tăng 7%); riêng ngành khai khoáng giảm 11% (cùng kỳ giảm 2,7%).',
      'vi',
    );
    expect(got.filter((c) => ['rate 10.4 -', 'rate 4.3 -', 'rate -11 -'].includes(c))).toHaveLength(3);
  });
});

describe('`followed by` opens a list whose items take the head’s base (grammar-en listLeads, list-head-base.ts)', () => {
  it.each([
    [
      // en.vietnamplus.vn/vietnams-retail-sales-reach-12036-billion-usd-in-seven-months/157343.vnp
      'Among all sectors, purchases of educational and cultural products grew by 14.2 percent year on year, followed by food and beverage (12.8 percent), transportation (12.2 percent), home appliances (11.4 percent) and textiles and apparel (10.7 percent).',
      ['14.2', '12.8', '12.2', '11.4', '10.7'].map((n) => `rate ${n} same-period-last-year`),
    ],
    [
      'Seafood exports rose 9.1 percent year on year, followed by wood (7.5 percent) and rice (4.2 percent).',
      ['9.1', '7.5', '4.2'].map((n) => `rate ${n} same-period-last-year`),
    ],
    [
      'Retail sales in Hanoi grew 8.2% against the previous month, followed by Hai Phong (6.1%), Da Nang (5.4%) and Can Tho (3.9%).',
      ['8.2', '6.1', '5.4', '3.9'].map((n) => `rate ${n} previous-period`),
    ],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('negative: values after `followed by` with no change get none', () => {
    expect(
      all('Hanoi led with 5.2 million visitors, followed by Da Nang with 3.1 million and Hue with 1.4 million.'),
    ).toEqual([]);
  });
});
