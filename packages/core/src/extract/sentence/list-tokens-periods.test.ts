import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { completePeriod, matchPeriod } from '../period-phrase';
import { tokenize } from '../tokenize';
import type { Extracted, Statement } from '../types';

const read = (text: string, locale: 'vi' | 'en'): Statement[] => extractStatements(text, { locale });
const fields = (all: Statement[]): Extracted<unknown>[] =>
  all.flatMap((s) => [s.value, s.completion, ...s.changes].filter((f) => f !== undefined)) as Extracted<unknown>[];
const byNumber = (all: Statement[], n: string): Extracted<unknown> | undefined =>
  fields(all).find((f) => f.span.text.includes(n));
const period = (text: string, locale: 'vi' | 'en', year?: number): string | null | undefined => {
  const tokens = tokenize(text, undefined);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchPeriod(tokens, i, locale);
    if (m) return completePeriod(m, year);
  }
  return null;
};

describe('glued tokens of web text are read as the words they are', () => {
  it.each([
    ['Of this, 12.4 trillion VND came from ministries, or21.3 percent of the yearly plan.', '21.3'],
    ['Ministries disbursed VND 8.1 trillion, or 17 per cent of the plan assigned.', '17'],
    ['Central agencies paid out 3.6 trillion VND, equal to14.9 percent of the plan.', '14.9'],
  ])('a word glued to a percentage of plan: %s', (text, pct) => {
    const all = read(text, 'en');
    expect(all.map((s) => s.completion?.value.percent.value)).toContain(pct);
    // The glued word is never a number of its own (`or19` read as 19, then `.6` as 6).
    expect(all.every((s) => s.completion?.value.percent.value !== pct.split('.')[1])).toBe(true);
  });
  it.each([
    'Capital from theState budget rose 9.2 percent inthe first quarter of 2022.',
    'Capital from the State budget rose 9.2 percent in the first quarter of 2022.',
    'Capital from theState budget rose 9.2 percent in the first quarter of2022.',
  ])('a grammar word glued to the next word: %s', (text) => {
    const [s] = read(text, 'en');
    expect(s?.changes[0]?.value.amount.value).toBe('9.2');
    expect(s?.period?.value).toBe('2022-Q1');
  });
  it.each([
    ['Exports reached US$2.1 billion, andrising 6.4 percent year-on-year.', '6.4'],
    ['Revenue hit VND 45 trillion, andincreasing 3.3 per cent year-on-year.', '3.3'],
  ])('and glued to a change verb keeps the verb: %s', (text, rate) => {
    const all = read(text, 'en');
    expect(all.flatMap((s) => s.changes.map((c) => c.value.amount.value))).toContain(rate);
  });
  it('keeps 4G, COVID-19, Q3, H1, VND5,200 and m2 as they are (negative)', () => {
    const [s] = read('Mobile 4G subscribers in Q3 reached 5.2 million, while COVID-19 cases fell.', 'en');
    expect(s?.value?.value.base).toBe('5200000');
    expect(s?.name?.value).toContain('4G');
    const [v] = read('In H1 2023, total investment achieved more than VND5,200 billion.', 'en');
    expect(v?.value?.value.base).toBe('5200000000000');
    expect(v?.period?.value).toBe('2023-H1');
  });
});

describe('periods', () => {
  it.each([
    ['nửa đầu năm 2024', '2024-H1'],
    ['nửa cuối năm 2023', '2023-H2'],
    ['nửa năm đầu', '2020-H1'],
    ['trong nửa cuối năm', '2020-H2'],
  ])('vi › %s → %s (a half of the year)', (text, id) => {
    expect(period(text, 'vi', 2020)).toBe(id);
  });
  it.each([
    ['in the six months of 2021', '2021-H1'],
    ['during the seven months of 2019', '2019-YTD-07'],
    ['over the 10 months of this year', '2020-YTD-10'],
  ])('en › %s → %s (a count of months of a named year)', (text, id) => {
    expect(period(text, 'en', 2020)).toBe(id);
  });
  it('en › the last five months of 2020 is no count from January (negative)', () => {
    expect(period('the last five months of 2020', 'en', 2020)).not.toBe('2020-YTD-05');
    expect(period('Exports will rise in six months', 'en', 2020)).toBeNull();
  });
  it.each([
    ['Bắc Giang dẫn đầu với tăng trưởng GRDP trong nửa đầu năm 2024 đạt 14,14%.', 'vi', '2024-H1'],
    ['Doanh thu nửa cuối năm 2022 tăng 6,1% so với cùng kỳ.', 'vi', '2022-H2'],
    ["Da Nang's GRDP expanded 4.2 percent in the six months of 2022.", 'en', '2022-H1'],
  ])('a statement of a half is not of the whole year: %s', (text, locale, id) => {
    const [s] = read(text, locale as 'vi' | 'en');
    expect(s?.period?.value).toBe(id);
  });
  it.each([
    ['Năm 2023, GDP quý II tăng 5,2% so với cùng kỳ.', 'vi', '2023-Q2'],
    ['In 2021, exports rose 5 percent in the second quarter.', 'en', '2021-Q2'],
    ['Trong năm 2022, doanh thu tháng 9 đạt 120 tỷ đồng.', 'vi', '2022-09'],
  ])('a period without its year takes the year its sentence states: %s', (text, locale, id) => {
    const all = read(text, locale as 'vi' | 'en');
    expect(all.map((s) => s.period?.value)).toContain(id);
  });
  it('a year after a comparison word is no stated year (negative)', () => {
    const [s] = read('Compared to 2019, exports rose 5 percent in the second quarter.', 'en');
    expect(s?.period?.value).not.toBe('2019-Q2');
  });
  it.each([
    ['Exports rose 5 percent in the last five months of 2020.', 'en'],
    ['Imports fell 3.1 percent during the final months of 2021.', 'en'],
    ['Doanh thu trong 5 tháng cuối năm 2021 tăng 5% so với cùng kỳ.', 'vi'],
  ])('a year read after an unread shorter period is uncertain: %s', (text, locale) => {
    const [s] = read(text, locale as 'vi' | 'en');
    expect(s?.period?.confidence).toBe('uncertain');
    expect(s?.period?.doubt?.reason).toBe('partial-period');
  });
  it('a count of quarters from January is read (round 35): Sản lượng hai quý đầu năm 2022 tăng 4,4% so với cùng kỳ.', () => {
    const [s] = read('Sản lượng hai quý đầu năm 2022 tăng 4,4% so với cùng kỳ.', 'vi');
    expect(s?.period?.value).toBe('2022-H1');
    expect(s?.period?.confidence).toBe('certain');
  });
  it('a year with no shorter period before it stays certain (negative)', () => {
    const [s] = read('Exports rose 5 percent in 2020.', 'en');
    expect(s?.period?.confidence).toBe('certain');
    const [v] = read('Doanh thu năm 2021 tăng 5% so với cùng kỳ.', 'vi');
    expect(v?.period?.confidence).toBe('certain');
  });
});

describe('respectively doubts every figure of its lists, however long, and nothing before them', () => {
  it.each([
    [
      'Arrivals reached 3.1 million, including 1.2 million for leisure, 740,000 for business, and over 310,000 for visiting relatives, increasing 21.5 percent, 33.7 percent and 4 percent year-on-year respectively.',
      ['21.5', '33.7', '4 percent'],
    ],
    [
      'The imports of cotton, yarn and leather for making shoes, bags and garments dropped by 11%, 9% and 13%, respectively, year-on-year.',
      ['11%', '9%', '13%'],
    ],
    [
      'Xuất khẩu gạo, cà phê, hồ tiêu và điều tăng lần lượt là 12,1%, 8,4% và 3,5% so với cùng kỳ.',
      ['12,1', '8,4', '3,5'],
    ],
  ])('%s', (text, numbers) => {
    const all = read(text, /[ăạệồ]/u.test(text) ? 'vi' : 'en');
    for (const n of numbers) {
      const f = byNumber(all, n);
      if (f === undefined) continue;
      expect(f.confidence, n).toBe('uncertain');
      expect(f.doubt?.reason, n).toBe('respectively');
    }
    expect(numbers.some((n) => byNumber(all, n) !== undefined)).toBe(true);
  });
  it('a figure of an earlier clause of the sentence stays certain (negative)', () => {
    const all = read(
      'Exports to China were valued at US$12.5 billion, up 8.2 percent on-year, while exports to Korea, Japan and India were US$3.4 billion and US$1.1 billion, respectively.',
      'en',
    );
    expect(byNumber(all, '12.5')?.confidence).toBe('certain');
    expect(byNumber(all, '8.2')?.confidence).toBe('certain');
    expect(byNumber(all, '3.4')?.confidence).toBe('uncertain');
  });
});

describe('two figures each followed by its own period', () => {
  it.each([
    ['Coffee exports were 1.2 million tonnes in 2022 and 1.5 million tonnes in 2023.', ['2022', '2023']],
    ['Revenue rose from VND 120 billion in 2019 to VND 180 billion in 2021.', ['2019', '2021']],
    [
      'Rice output reached 2.4 million tonnes in the first quarter of 2023 and 2.9 million tonnes in the second quarter of 2023.',
      ['2023-Q1', '2023-Q2'],
    ],
  ])('%s', (text, periods) => {
    const all = read(text, 'en');
    expect(all.filter((s) => s.value).map((s) => s.period?.value)).toEqual(periods);
  });
  it.each([
    ['Năm 2023, doanh thu đạt 120 tỷ đồng trong quý I và 150 tỷ đồng trong quý II.', ['2023-Q1', '2023-Q2']],
    ['Năm 2022, sản lượng đạt 3,1 triệu tấn trong quý III và 3,4 triệu tấn trong quý IV.', ['2022-Q3', '2022-Q4']],
  ])('each figure with its own period after a preposition: %s', (text, periods) => {
    const all = read(text, 'vi');
    expect(all.filter((s) => s.value).map((s) => s.period?.value)).toEqual(periods);
    expect(new Set(all.map((s) => s.name?.value)).size).toBe(1);
  });
  it('a second rate after the first one’s period is never certain with that period (negative)', () => {
    const all = read('Năm 2023, GDP tăng 5,2% trong quý I và 6,1% trong quý II.', 'vi');
    for (const s of all)
      for (const c of s.changes)
        if (c.value.amount.value === '6.1')
          expect(s.period?.value !== '2023-Q1' || c.confidence === 'uncertain').toBe(true);
  });
  it('a period before the second figure stays the second figure’s (negative)', () => {
    const all = read('Doanh thu quý I đạt 120 tỷ đồng, quý II đạt 150 tỷ đồng năm 2023.', 'vi');
    expect(all.map((s) => s.value?.value.base)).toContain('150000000000');
    expect(all.find((s) => s.value?.value.base === '150000000000')?.period?.value).not.toBe('2023-Q1');
  });
});

describe('a bound word glued to the word before a figure makes the figure uncertain', () => {
  it.each([
    ['The agency reportednearly US$3.2 billion in new capital.', 'en'],
    ['Officials estimatedabout 4.5 million visitors came to the city.', 'en'],
    ['Bộ cho biếtkhoảng 142 nghìn tỷ đồng đã được giải ngân.', 'vi'],
  ])('%s', (text, locale) => {
    const v = read(text, locale as 'vi' | 'en').find((s) => s.value)?.value;
    expect(v).toBeDefined();
    expect(v?.confidence).toBe('uncertain');
    expect(v?.doubt?.reason).toBe('glued-bound');
  });
  it('a bound with its space is a bound, and a plain word before a figure no doubt (negative)', () => {
    const [s] = read('The ministry said over 142 trillion VND was disbursed.', 'en');
    expect(s?.value?.value.approximate).toBe('over');
    // `said` is a glue head (grammar-en `glueHeads`): `saidover` is split, its bound read (round 15).
    const [g] = read('The ministry further saidover 142 trillion VND of domestic capital was disbursed.', 'en');
    expect(g?.value?.value.approximate).toBe('over');
    const [t] = read('The ministry disbursed 142 trillion VND.', 'en');
    expect(t?.value?.confidence).toBe('certain');
  });
});

describe('units', () => {
  it.each([
    ['Capital disbursement reached 10.3 billion U.S. dollars, up 5.1 percent year-on-year.', '10300000000'],
    ['Exports hit 2.4 billion US dollars in May.', '2400000000'],
    ['Remittances totalled 1.1 billion U.S. dollar in the quarter.', '1100000000'],
  ])('dollars written out are USD: %s', (text, base) => {
    const s = read(text, 'en').find((x) => x.value?.value.base === base);
    expect(s?.value?.value.unitCode).toBe('USD');
  });
  it.each([
    ['There were 578 new projects worth nearly US$4.12 billion.', '578', 'project'],
    ['Viet Nam housed over 35,500 valid projects totaling over US$430 billion.', '35500', 'project'],
    ['The province welcomed 120 new foreign-invested enterprises.', '120', 'enterprise'],
  ])('a counted noun after modifiers is the unit of the count: %s', (text, base, unit) => {
    const all = read(text, 'en');
    expect(all.find((s) => s.value?.value.base === base)?.value?.value.unitCode).toBe(unit);
  });
  it('the money value after the count and a link word stays its own statement', () => {
    const all = read('There were 578 new projects worth nearly US$4.12 billion.', 'en');
    const money = all.find((s) => s.value?.value.unitCode === 'USD');
    expect(money?.value?.value.base).toBe('4120000000');
    expect(money?.name?.value).toBe('new projects');
  });
  it('no unit across a joiner, a verb or a measure unit (negative)', () => {
    const [s] = read('It has 12 and projects.', 'en');
    expect(s?.value?.value.unitCode).toBeUndefined();
    const [t] = read('Output rose to 120 new tonnes.', 'en');
    expect(t?.value?.value.unitCode).not.toBe('project');
  });
});

describe('respectively with as many names as figures pairs them by order', () => {
  it.each([
    [
      'Coffee and pepper exports rose 7 percent and 9 percent, respectively.',
      'en',
      [
        ['Coffee', '7'],
        ['pepper exports', '9'],
      ],
    ],
    [
      'Exports to Korea, Japan and India grew 5 percent, 7 percent and 9 percent year-on-year, respectively.',
      'en',
      [
        ['Exports to Korea', '5'],
        ['Japan', '7'],
        ['India', '9'],
      ],
    ],
    [
      'Hà Nội và Đà Nẵng tăng lần lượt 7,2% và 8,1% so với cùng kỳ.',
      'vi',
      [
        ['Hà Nội', '7.2'],
        ['Đà Nẵng', '8.1'],
      ],
    ],
    [
      'Xuất khẩu gạo và cà phê giảm lần lượt là 4,5% và 2,2%.',
      'vi',
      [
        ['Xuất khẩu gạo', '-4.5'],
        ['cà phê', '-2.2'],
      ],
    ],
  ])('%s', (text, locale, pairs) => {
    const all = read(text, locale as 'vi' | 'en');
    expect(all.map((s) => [s.name?.value, s.changes[0]?.value.amount.value])).toEqual(pairs);
    for (const s of all) expect(s.changes[0]?.confidence).toBe('certain');
  });
  it('a list of rates after a verb shares the base written once at its end', () => {
    const all = read(
      'Exports to Korea, Japan and India grew 5 percent, 7 percent and 9 percent year-on-year, respectively.',
      'en',
    );
    expect(all.map((s) => s.changes[0]?.value.base?.kind)).toEqual([
      'same-period-last-year',
      'same-period-last-year',
      'same-period-last-year',
    ]);
  });
  it.each([
    ['Coffee, pepper and cashew exports rose 7 percent and 9 percent, respectively.', 'en'],
    ['Xuất khẩu gạo, cà phê và điều giảm lần lượt là 4,5% và 2,2%.', 'vi'],
    // The clause split at the commas names only `cà phê, hồ tiêu và điều`: three names for three
    // figures, but the list began earlier (`gạo`), so nothing is paired.
    ['Xuất khẩu gạo, cà phê, hồ tiêu và điều tăng lần lượt là 12,1%, 8,4% và 3,5% so với cùng kỳ.', 'vi'],
    ['Shipments of rice, coffee, tea and pepper rose 3 percent, 5 percent and 8 percent, respectively.', 'en'],
  ])('a different number of names and figures pairs nothing (negative): %s', (text, locale) => {
    const figures = fields(read(text, locale as 'vi' | 'en'));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.confidence).toBe('uncertain');
  });
});

describe('respectively pairs a list of values with a list of changes', () => {
  it.each([
    [
      'The province served 120,500 visitors, including 14,000 foreigners, up 22 percent and 31 percent year-on-year, respectively.',
      [
        ['120500', '22'],
        ['14000', '31'],
      ],
    ],
    [
      'Exports reached US$5.2 billion and imports US$4.1 billion, up 6 percent and 2.5 percent, respectively.',
      [
        ['5200000000', '6'],
        ['4100000000', '2.5'],
      ],
    ],
  ])('%s', (text, pairs) => {
    const all = read(text, 'en');
    expect(all.map((s) => [s.value?.value.base, s.changes[0]?.value.amount.value])).toEqual(pairs);
    for (const s of all) expect(s.changes[0]?.confidence).toBe('certain');
  });
  it('names written after the changes are what they pair with, not the values before (negative)', () => {
    const all = read(
      'Total shipments reached 2.8 million tonnes valued at US$1.4 billion, up 12.5% and 10.2% in volume and value, respectively.',
      'en',
    );
    const changes = all.flatMap((s) => s.changes);
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.confidence).toBe('uncertain');
  });
});

describe('an of-which marker before a bare count opens a part of the statement before', () => {
  it.each([
    ['The city welcomed 2.1 million visitors, including 350,000 foreigners.', 'en', '350000', 'foreigners'],
    ['Tỉnh đón 90.600 lượt khách, trong đó 10.000 khách quốc tế.', 'vi', '10000', 'khách quốc tế'],
  ])('%s', (text, locale, base, name) => {
    const all = read(text, locale as 'vi' | 'en');
    expect(all.find((s) => s.value?.value.base === base)?.name?.value).toBe(name);
  });
  it('a bare number with no of-which marker before it is no figure (negative)', () => {
    const all = read('The city welcomed 2.1 million visitors and 350,000 foreigners came back.', 'en');
    expect(all.some((s) => s.value?.value.base === '350000' && s.name?.value === 'foreigners')).toBe(false);
  });
});
