import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../parse/parse-quantity';
import { extractStatements } from './extract-statements';
import type { Statement } from './types';

const all = (text: string, locale: 'vi' | 'en' = 'en'): Statement[] => extractStatements(text, { locale });
const one = (text: string, locale: 'vi' | 'en' = 'en'): Statement => {
  const [s] = all(text, locale);
  if (!s) throw new Error(`nothing read from ${text}`);
  return s;
};
const changes = (s: Statement): string[] =>
  s.changes.map(
    (c) =>
      `${c.value.form} ${c.value.amount.value} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}${c.confidence === 'uncertain' ? ` ?${c.doubt?.reason}` : ''}`,
  );
/** Every value the statements show as certain and exact: what a reader would take as a fact. */
const certainValues = (ss: readonly Statement[]): string[] =>
  ss.flatMap((s) =>
    s.value && s.value.confidence !== 'uncertain' && !s.value.value.approximate ? [s.value.value.base] : [],
  );

describe('round 10 › a first-rank verb before a figure is a lower bound (topped US$118.4 billion)', () => {
  it.each([
    ['Retail sales topped US$118.4 billion in the first nine months, up 9.5 percent year-on-year.', '118400000000'],
    ['Budget collection tops VND471.5 trillion as of December 28.', '471500000000000'],
    ['Exports to the US topped 5 billion USD in May.', '5000000000'],
    ['Tourist arrivals topped 1.2 million in March.', '1200000'],
  ])('%s', (text, base) => {
    const s = one(text);
    expect(s.value?.value).toMatchObject({ base, approximate: 'over' });
    expect(certainValues(all(text))).toEqual([]);
  });

  it('topped with no figure right after it stays a rank', () => {
    const s = one('Binh Duong topped the country in FDI attraction with US$3.5 billion.');
    expect(s.rank?.value.rank).toBe(1);
  });
});

describe('round 10 › million billion and thousand billion (calques of triệu tỷ, nghìn tỷ)', () => {
  it.each([
    ['Outstanding loans reached VND5.5 million billion (up 22.76%).', '5500000000000000', 'VND'],
    ['Total deposits stood at 7.25 million billion dong at the end of June.', '7250000000000000', 'VND'],
    ['State budget revenue was VND1.6 thousand billion in 2023.', '1600000000000', 'VND'],
  ])('%s', (text, base, unitCode) => {
    expect(one(text).value?.value).toMatchObject({ base, unitCode });
  });

  it('parseQuantity reads them with the same vocabulary', () => {
    expect(parseQuantity('5.5 million billion VND', 'en')).toMatchObject({ scale: 15, base: '5500000000000000' });
    expect(parseQuantity('3 thousand billion VND', 'en')).toMatchObject({ scale: 12, base: '3000000000000' });
    expect(parseQuantity('2 million tonnes', 'en')).toMatchObject({ scale: 6, base: '2000000' });
  });
});

describe('round 10 › a bare percentage over or below a period base is a rate, not a ratio', () => {
  it.each([
    [
      'Retail sales reached 3.6 quadrillion VND, 11.6 percent over the same period last year.',
      'rate 11.6 same-period-last-year',
    ],
    ['Coal output was 40 million tonnes, 3 per cent below the same period last year.', 'rate -3 same-period-last-year'],
    ['Exports hit 12 billion USD, 8.2% above last year.', 'rate 8.2 same-period-last-year'],
    [
      'Seafood sales totalled US$9 billion, 4.4 percent over the corresponding period of last year.',
      'rate 4.4 same-period-last-year',
    ],
  ])('%s', (text, change) => {
    expect(changes(one(text))).toEqual([change]);
  });

  it('a ratio verb keeps the ratio (equal to 108.2% of / over the same period)', () => {
    expect(changes(one('Exports hit 12 billion USD, equal to 108.2% of the same period last year.'))).toEqual([
      'ratio 108.2 same-period-last-year',
    ]);
    expect(changes(one('Exports hit 12 billion USD, equivalent to 96.1% over the same period last year.'))).toEqual([
      'ratio 96.1 same-period-last-year',
    ]);
  });
});

describe('round 10 › the corresponding time or month of last year is the same period last year', () => {
  it.each([
    ['The index went up 3.54% from the corresponding time last year.', 'rate 3.54 same-period-last-year'],
    ['Rice exports fell 2.1 percent against the same month of last year.', 'rate -2.1 same-period-last-year'],
    ['Tourist arrivals rose 12% over the corresponding period of last year.', 'rate 12 same-period-last-year'],
    ['Steel output edged down 0.8% from the same quarter last year.', 'rate -0.8 same-period-last-year'],
  ])('%s', (text, change) => {
    expect(changes(one(text))).toEqual([change]);
  });
});

describe('round 10 › never certain: a level followed by a comparative, a range glued to currencies, a second period', () => {
  it.each([
    'The disbursement rate in the first seven months was 2.3% higher than in the same period last year.',
    'Revenue was 5.1 percent lower than in 2022.',
    'The bad debt ratio in June was 0.4 percent higher than at the end of last year.',
  ])('a percentage before higher/lower than is the size of a difference, not the level: %s', (text) => {
    const ss = all(text);
    expect(certainValues(ss)).toEqual([]);
    for (const s of ss)
      for (const c of s.changes) expect(c.value.amount.value === '2.3' && c.confidence !== 'uncertain').toBe(false);
  });

  it.each([
    ['a GRDP per capita of VND85 million and VND87 million (US$3,772-US$3,861) in 2016.', ['3861', '3772']],
    ['Exports are estimated at US$3.1-US$3.4 billion this year.', ['3400000000', '3.1']],
    ['Average income reached VND5-VND6 million per month.', ['6000000', '5']],
  ])('both ends of a range with glued currencies are uncertain: %s', (text, ends) => {
    const ss = all(text);
    for (const base of ends) expect(certainValues(ss)).not.toContain(base);
  });

  it('a plain value with a glued currency stays certain', () => {
    const s = one('Exports reached US$3.1 billion in May, up 5%.');
    expect(s.value).toMatchObject({ confidence: 'certain', value: { base: '3100000000' } });
  });

  it.each([
    [
      'The index in the fourth quarter went up 3.54% from the corresponding time last year, and in December increased 0.12% month-on-month.',
      ['rate 3.54 same-period-last-year', 'rate 0.12 previous-period ?second-period'],
    ],
    [
      'Rice exports in the first half rose 6.2% year on year, and in June increased 1.1% month-on-month.',
      ['rate 6.2 same-period-last-year', 'rate 1.1 previous-period ?second-period'],
    ],
    [
      'Tourist arrivals in 2023 rose 30% over 2022, and in December increased 5% month-on-month.',
      ['rate 30 2022', 'rate 5 previous-period ?second-period'],
    ],
  ])('a change after a second period in its statement is uncertain: %s', (text, expected) => {
    expect(all(text).flatMap(changes)).toEqual(expected);
  });

  it('a second clause with a subject of its own is its own statement, and certain', () => {
    const ss = all(
      'Exports increased 14% year on year, and in the first quarter of 2024 they went up 9% from the previous quarter.',
    );
    expect(ss.map((s) => [changes(s), s.period?.value])).toEqual([
      [['rate 14 same-period-last-year'], undefined],
      [['rate 9 previous-period'], '2024-Q1'],
    ]);
  });

  it("the statement's own period between its figures is no second period", () => {
    expect(
      changes(one('Retail sales rose 8.1% in the first quarter of 2024, up 2% from the previous quarter.')),
    ).toEqual(['rate 8.1 -', 'rate 2 previous-period']);
  });
});

describe('round 10 › a yearly or monthly rise of X is a rate against that base', () => {
  it.each([
    ['Sales posted a revenue of 13.64 billion USD, a yearly rise of 8.3 percent.', 'rate 8.3 same-period-last-year'],
    ['Coffee exports earned 4 billion USD, a yearly decline of 2.5 percent.', 'rate -2.5 same-period-last-year'],
    ['The CPI in May saw a monthly increase of 0.3 percent.', 'rate 0.3 previous-period'],
    ['Exports rose 9.1% year over year.', 'rate 9.1 same-period-last-year'],
  ])('%s', (text, change) => {
    expect(changes(one(text))).toEqual([change]);
  });

  it('yearly alone is no base (an amount per year)', () => {
    expect(all('The plant produces 2 million tonnes yearly.').flatMap(changes)).toEqual([]);
  });
});

describe('round 10 › goals set or assigned are targets (striving to, tasked with, seeks to)', () => {
  it.each([
    ['The locality is striving to welcome 9.2 million visitors this year.', '9200000'],
    ['The province has been tasked with achieving 24,100 billion VND in state budget revenues.', '24100000000000'],
    ['The city seeks to attract 2 billion USD in FDI in 2025.', '2000000000'],
    ['Each district is assigned to plant 15,000 ha of forest.', '15000'],
  ])('%s', (text, base) => {
    const s = one(text);
    expect(s.kind.value).toBe('target');
    expect(s.value?.value.base).toBe(base);
  });
});

describe('round 10 › a percentage before a change noun is the change, with or without an article', () => {
  it.each([
    ['The province aims to achieve 12 per cent growth this year.', 'rate 12 -'],
    ['The city posted 7.5 percent growth in 2023.', 'rate 7.5 -'],
    ['Industrial output reached 9 percent year-on-year growth in May.', 'rate 9 same-period-last-year'],
    ['Retail sales hit 4.5 percent growth over the same period last year.', 'rate 4.5 same-period-last-year'],
    ['Coal exports recorded 3.2% decline against the same period last year.', 'rate -3.2 same-period-last-year'],
  ])('%s', (text, change) => {
    const ss = all(text);
    expect(ss.flatMap(changes)).toEqual([change]);
    expect(certainValues(ss)).toEqual([]);
  });
});

describe('round 10 › `up to X percent` with a period base is the rise, without one it stays a bound', () => {
  it.each([
    [
      'Exports in ten months reached $67,278 million, up to 23.3 percent against the same period last year.',
      'rate 23.3 same-period-last-year',
    ],
    ['Exports reached US$5 billion, up to 11 percent over the previous year.', 'rate 11 same-period-last-year'],
    [
      'Rice output hit 4 million tonnes, up to 6.5% compared with the same period of last year.',
      'rate 6.5 same-period-last-year',
    ],
  ])('%s', (text, change) => {
    expect(all(text).flatMap(changes)).toEqual([change]);
  });

  it('a rise of up to 5% with no base keeps its bound', () => {
    const [c] = one('Sales rose up to 5% this year.').changes;
    expect(c?.value).toMatchObject({ approximate: 'under', amount: { value: '5' } });
  });
});

describe('round 10 › the earlier level after `from` is never a certain value of its own', () => {
  it.each([
    [
      "Vietnam's trade surplus narrowed to US$2.1 billion in April from US$3.4 billion in March.",
      '2100000000',
      '3400000000',
    ],
    ['The jobless rate eased to 2.2% in Q3 from 2.3% in Q2.', '2.2', '2.3'],
    [
      'Coffee output climbed to 1.9 million tonnes this season from 1.7 million tonnes a year ago.',
      '1900000',
      '1700000',
    ],
  ])('%s', (text, now, before) => {
    const values = certainValues(all(text));
    expect(values).toContain(now);
    expect(values).not.toContain(before);
  });

  it('`from` before a word is no earlier level (revenue from tourism)', () => {
    expect(certainValues(all('Tourism revenue from international visitors reached VND50 trillion.'))).toEqual([
      '50000000000000',
    ]);
  });
});

describe('round 10 › money per a unit of goods is a price: its unit is never the bare currency', () => {
  it.each([
    ['Giá cà phê tăng lên 120.000 đồng/kg trong tuần này.', 'vi', '120000', 'đồng/kg'],
    ['Giá xuất khẩu gạo bình quân đạt 540 USD/tấn.', 'vi', '540', 'USD/tấn'],
    ['Rice export prices averaged US$540 per tonne in May.', 'en', '540', 'US$ per tonne'],
    ['Coffee prices climbed to VND120,000 per kg this week.', 'en', '120000', 'VND per kg'],
  ] as const)('%s', (text, locale, base, unit) => {
    const q = one(text, locale).value?.value;
    expect(q).toMatchObject({ base, unit });
    expect(q?.unitCode).toBeUndefined();
  });

  it('money per month keeps its currency code as before; a comma before per ends the quantity', () => {
    expect(one('Exports reached US$5 billion, per the GSO.').value?.value.unitCode).toBe('USD');
    expect(one('Doanh thu đạt 5 tỷ đồng/tháng.', 'vi').value?.value.unit).toBe('đồng/tháng');
  });
});

describe('round 10 › a longer base phrase wins over the shorter period inside it', () => {
  it.each([
    ['CPI tháng 10 tăng 2,89% so với tháng 12 năm trước.', 'rate 2.89 december-last-year'],
    ['Dư nợ tín dụng tăng 7,5% so với cuối năm trước.', 'rate 7.5 december-last-year'],
    ['Huy động vốn giảm 1,2% so với tháng 12 năm trước.', 'rate -1.2 december-last-year'],
  ])('%s', (text, change) => {
    expect(changes(one(text, 'vi'))).toEqual([change]);
  });

  it('three bases in one statement each keep their own', () => {
    expect(
      changes(
        one(
          'Chỉ số giá tiêu dùng tháng 10 tăng 0,33% so với tháng trước, tăng 2,89% so với tháng 12 năm trước và tăng 2,94% so với cùng kỳ năm trước.',
          'vi',
        ),
      ),
    ).toEqual(['rate 0.33 previous-period', 'rate 2.89 december-last-year', 'rate 2.94 same-period-last-year']);
  });
});

describe('round 10 › the same month or quarter of last year (cùng tháng năm trước) is the same period last year', () => {
  it.each([
    [
      'Tổng chi ngân sách tháng 10 ước đạt 1.641,9 tỉ đồng, tăng 14,9% so với tháng trước và tăng 30,9% so với cùng tháng năm trước.',
      ['rate 14.9 previous-period', 'rate 30.9 same-period-last-year'],
    ],
    ['Sản lượng điện quý II tăng 8% so với cùng quý năm ngoái.', ['rate 8 same-period-last-year']],
    ['Doanh thu du lịch tháng 7 giảm 3,1% so với cùng tháng năm ngoái.', ['rate -3.1 same-period-last-year']],
  ])('%s', (text, expected) => {
    expect(changes(one(text, 'vi'))).toEqual(expected);
  });
});

describe('round 10 › the new doubts stay inside their own clause', () => {
  it.each([
    [
      'Vietnam attracted US$27.26 billion in FDI in the first 10 months, a rise of 1.9% compared with the same period last year.',
      'rate 1.9 same-period-last-year',
    ],
    [
      'Seafood exports hit US$8 billion in the first nine months, an increase of 6% year on year.',
      'rate 6 same-period-last-year',
    ],
    [
      'Rice exports reached 7 million tonnes in the first eleven months, up 4.2% from the same period last year.',
      'rate 4.2 same-period-last-year',
    ],
  ])("a period in the value's clause is no second period for the change after it: %s", (text, change) => {
    expect(changes(one(text))).toEqual([change]);
  });

  it.each([
    [
      'The trade surplus was estimated at US$23.31 billion, compared with US$22.1 billion in the same period last year.',
      '23310000000',
      '22100000000',
    ],
    ['Exports reached US$30 billion, higher than US$28 billion a year earlier.', '30000000000', '28000000000'],
    ['Imports were valued at 12 billion USD, lower than 13 billion USD last year.', '12000000000', '13000000000'],
  ])('a comparative after a comma doubts only the figure after it: %s', (text, own, other) => {
    const values = certainValues(all(text));
    expect(values).toContain(own);
    expect(values).not.toContain(other);
  });
});
