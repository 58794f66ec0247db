import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract-statements';

/** Each statement's value, period and the period's confidence and doubt, in order. */
const periods = (text: string, locale: 'vi' | 'en' = 'vi') =>
  extractStatements(text, { locale }).map((s) => ({
    v: s.value?.value.base,
    p: s.period?.value,
    certain: s.period?.confidence !== 'uncertain',
    doubt: s.period?.doubt?.reason,
  }));

describe('round 30: a stock at a cut-off may be the month or the year to it — doubted', () => {
  it.each([
    // test19: the forest area at the end of a year, its parts listed after it
    [
      'Theo đó, tính đến 31/12/2014 toàn quốc có tổng diện tích rừng là 13.796.506 ha; bao gồm: Rừng tự nhiên 10.100.186 ha và rừng trồng 3.696.320 ha.',
      3,
    ],
    [
      'Tính đến hết ngày 31/12/2021, diện tích đất có rừng trên toàn quốc là 14.745.201 ha; trong đó, rừng tự nhiên là 10.171.757 ha.',
      2,
    ],
    // the cut-off after the stock's name
    [
      'Tổng diện tích rừng của cả nước tính đến ngày 31/12/2015 Việt Nam là 14.061.586 ha, trong đó diện tích rừng tự nhiên là 10.175.519 ha.',
      2,
    ],
    // a month, no day; a month's last day inside the year
    ['Tính đến tháng 9 năm 2020, cả nước có 31,8 triệu người bị ảnh hưởng tiêu cực bởi dịch Covid-19.', 1],
    ['Đến 30/6/2022, dư nợ tín dụng trên địa bàn tỉnh là 65.955 tỷ đồng.', 1],
    ['Tính đến cuối tháng 6-2021, cả nước có 5.343 xã đạt chuẩn nông thôn mới.', 1],
  ])('%s → every figure has its period doubted `month-end`', (text, n) => {
    const got = periods(text);
    expect(got.length).toBe(n);
    for (const s of got) {
      expect(s.p, JSON.stringify(got)).toBeDefined();
      expect(s.certain, JSON.stringify(got)).toBe(false);
      expect(s.doubt).toBe('month-end');
    }
  });

  it.each([
    ['Tính đến hết tháng 10/2023, toàn tỉnh đã giải ngân 2.300 tỷ đồng vốn đầu tư công.', '2023-YTD-10'],
    ['Tính đến ngày 30/9/2022, kim ngạch xuất khẩu của tỉnh đạt 1.250 triệu USD.', '2022-YTD-09'],
    ['Tính đến tháng 11/2022, tổng thu ngân sách trên địa bàn đạt 2.150 tỷ đồng.', '2022-YTD-11'],
  ])('a flow to the same cut-off stays the year to date, certain: %s', (text, p) => {
    expect(periods(text)).toEqual([{ v: expect.any(String), p, certain: true, doubt: undefined }]);
  });

  it('a stock after a year (`tính đến hết năm 2016`) is that year, certain — no cut-off at a month', () => {
    expect(periods('Tính đến hết năm 2016, cả nước có 14.377.682 ha rừng.')).toEqual([
      { v: '14377682', p: '2016', certain: true, doubt: undefined },
    ]);
  });
});

describe('round 30: the English press calques of Vietnamese periods', () => {
  it.each([
    ['PV Drilling achieved VND 52.3 billion in profit after tax in quarter 1/2023', '2023-Q1'],
    ['In quarter IV/2022, the company recorded revenue of VND 1,017.5 billion.', '2022-Q4'],
    ['In quarter 2 of 2024, the company recorded revenue of VND 1,017.5 billion.', '2024-Q2'],
  ])('%s → %s, certain', (text, p) => {
    expect(periods(text, 'en')).toEqual([{ v: expect.any(String), p, certain: true, doubt: undefined }]);
  });

  it.each([
    'The rig was idle in quarter 1 and the company reached revenue of VND 500 billion.',
    'The project lasted 5 months of 2020, costing VND 500 billion.',
  ])('no certain period of the class: %s', (text) => {
    for (const s of periods(text, 'en')) expect(s.certain && s.p !== undefined && !/^\d{4}$/.test(s.p)).toBe(false);
  });

  it('two quarters of the same kind before one figure: the farther one is doubted `period-of-other`', () => {
    const got = periods(
      'Profit rose thanks to full operation of the rigs in quarter 1/2023 while their usage efficiency in quarter 1/2022 only reached 55%.',
      'en',
    );
    expect(got).toEqual([{ v: expect.anything(), p: '2023-Q1', certain: false, doubt: 'period-of-other' }]);
  });
});
