import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import { completePeriod, matchPeriod } from '../period-phrase';
import { tokenize } from '../tokenize';
import type { Statement } from '../types';

const read = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const firstPeriod = (text: string, year?: number): string | null | undefined => {
  const tokens = tokenize(text, undefined);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchPeriod(tokens, i, 'vi');
    if (m) return completePeriod(m, year);
  }
  return null;
};

describe('a range of months from January is the year to date of its last month', () => {
  it.each([
    ['từ tháng 1 đến tháng 9/2023', '2023-YTD-09'],
    ['từ tháng 1 đến hết tháng 10 năm 2024', '2024-YTD-10'],
    ['từ tháng Giêng tới tháng 5/2022', '2022-YTD-05'],
    ['từ tháng 1 - tháng 11/2021', '2021-YTD-11'],
  ])('%s', (text, id) => {
    expect(firstPeriod(text)).toBe(id);
  });

  it('without a year the range takes the report year', () => {
    expect(firstPeriod('từ tháng 1 đến tháng 8', 2025)).toBe('2025-YTD-08');
  });

  it.each([
    [
      'Lũy kế (từ tháng 1 đến tháng 8/2024), doanh thu du lịch của tỉnh đạt 4.250 tỷ đồng.',
      '4250000000000',
      '2024-YTD-08',
    ],
    [
      'Trong 10 tháng (từ tháng 1 đến hết tháng 10/2023), vốn đầu tư công giải ngân được 812 tỷ đồng.',
      '812000000000',
      '2023-YTD-10',
    ],
    ['Từ tháng Giêng tới tháng 6 năm 2022, tỉnh thu hút 1,2 triệu lượt khách.', '1200000', '2022-YTD-06'],
  ])('in a sentence, the figure is dated to the months so far, not the last month: %s', (text, base, id) => {
    const s = read(text).find((x) => x.value?.value.base === base);
    expect(s?.period?.value).toBe(id);
  });

  it('a range that starts after January is not read as the year to date', () => {
    expect(firstPeriod('từ tháng 3 đến tháng 9/2023')).not.toBe('2023-YTD-09');
    const [s] = read('Từ tháng 3 đến tháng 9/2023, kim ngạch xuất khẩu đạt 540 triệu USD.');
    expect(s?.period?.value).not.toBe('2023-YTD-09');
  });
});

describe('English: a year after `the same period` is that part of the year, the sentence’s own', () => {
  const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
  const periodOfChange = (all: Statement[], amount: string): string | undefined =>
    all.find((s) => s.changes.some((c) => c.value.amount.value === amount))?.period?.value;
  it.each([
    [
      'Retail sales rose 8.1 percent in the first nine months of 2023, compared with a 10.2 percent rise in the same period of 2022.',
      '10.2',
      '2022-YTD-09',
    ],
    [
      'Exports climbed 12 percent in the third quarter of 2024, after a 4 percent fall in the same quarter of 2023.',
      '-4',
      '2023-Q3',
    ],
    [
      'Industrial output expanded 5.9 percent in the first quarter of 2024, well above the 1.5 percent gain recorded in the corresponding period of 2023.',
      '1.5',
      '2023-Q1',
    ],
    [
      'GDP grew 6.1 per cent in the first half of 2025, up from the 5.4-per cent growth seen in the same period of 2024.',
      '5.4',
      '2024-H1',
    ],
  ])('%s', (text, amount, id) => {
    expect(periodOfChange(en(text), amount)).toBe(id);
  });

  it('without a part of a year before it, the year stays the whole year', () => {
    const all = en('Exports rose 7 percent in 2024, against 3 percent in the same period of 2023.');
    const periods = all.map((s) => s.period?.value);
    expect(periods).toContain('2023');
    expect(periods.some((p) => p?.startsWith('2023-'))).toBe(false);
  });

  it('a base `from the same period of 2023` does not re-date the statement', () => {
    const all = en('Exports rose 7 percent in the first half of 2024 compared with the same period of 2023.');
    expect(periodOfChange(all, '7')).toBe('2024-H1');
  });
});

describe('English: the passive predicate after a figure that is the subject dates it', () => {
  const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
  it.each([
    [
      'An estimated 362.3 trillion VND (nearly 15.3 billion USD) was collected for the state budget in the first two months of 2023.',
      '362300000000000',
      '2023-YTD-02',
    ],
    [
      'Some 4.1 billion USD (about 98 trillion VND) were disbursed from public investment capital in the first quarter of 2024.',
      '4100000000',
      '2024-Q1',
    ],
    [
      'About 7.5 trillion VND (over 300 million USD) has been spent on rural roads in the first half of 2022.',
      '7500000000000',
      '2022-H1',
    ],
  ])('%s', (text, base, id) => {
    const s = en(text).find((x) => x.value?.value.base === base);
    expect(s?.period?.value).toBe(id);
    expect(s?.unread.some((u) => u.reason === 'no-period')).toBe(false);
  });

  it('a named statement is not dated by a later predicate clause', () => {
    const [s] = en('Rice exports earned 3.1 billion USD (75 trillion VND), were praised by buyers and rose in 2023.');
    expect(s?.name).toBeDefined();
    expect(s?.period?.value).toBeUndefined();
  });
});

describe('English: newswire abbreviations of month- and quarter-on bases', () => {
  const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
  const bases = (text: string): (string | undefined)[] =>
    en(text).flatMap((s) => s.changes.map((c) => `${c.value.amount.value}:${c.value.base?.kind}`));
  it.each([
    [
      'Core inflation in August was up 0.4% m-o-m and 3.06% y-o-y.',
      ['0.4:previous-period', '3.06:same-period-last-year'],
    ],
    ['Retail sales in May rose 1.2 percent month-over-month.', ['1.2:previous-period']],
    ['Industrial output in the third quarter grew 2.5% q-o-q.', ['2.5:previous-period']],
    ['The CPI in March edged up 0.2% m/m.', ['0.2:previous-period']],
  ])('%s', (text, expected) => {
    expect(bases(text)).toEqual(expected);
  });

  it('the word `mom` is no base', () => {
    expect(bases('Mom said exports rose 3 percent.')).toEqual(['3:undefined']);
  });
});

describe('English: a same-period base written without its article', () => {
  const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
  const bases = (text: string): string[] =>
    en(text).flatMap((s) =>
      s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.amount.value}:${b?.kind}${b?.kind === 'period' ? `=${b.period}` : ''}`;
      }),
    );
  it.each([
    [
      'State budget revenue in 2024 was 17.6 trillion VND, increasing 31.7% compared with same period.',
      '31.7:same-period-last-year',
    ],
    ['Tourist arrivals in March 2024 rose 12 percent against same month last year.', '12:same-period-last-year'],
    ['Exports in the second quarter of 2023 grew 6.5% over same quarter last year.', '6.5:same-period-last-year'],
    ['Exports rose 8 percent in the first half of 2024 compared with same period of 2022.', '8:period=2022-H1'],
  ])('%s', (text, expected) => {
    expect(bases(text)).toEqual([expected]);
  });

  it('`same period` that is no comparison gives no base', () => {
    expect(bases('Same period sales were 5 billion USD.')).toEqual([]);
  });
});

describe('a period inside a source clause is the report’s; a lead period after it dates the figures', () => {
  const first = (text: string, locale: 'vi' | 'en'): string | undefined =>
    extractStatements(text, { locale })[0]?.period?.value;
  it.each([
    [
      'Theo báo cáo kinh tế - xã hội quý II và 6 tháng đầu năm 2024, tháng 6/2024, chỉ số giá tiêu dùng tăng 0,17% so với tháng trước.',
      'vi',
      '2024-06',
    ],
    [
      'Theo số liệu 9 tháng năm 2023 của Cục Thống kê, tháng 9/2023, doanh thu bán lẻ đạt 12.500 tỷ đồng.',
      'vi',
      '2023-09',
    ],
    [
      'According to the GSO report for the first half of 2024, in June 2024, exports reached 34 billion USD.',
      'en',
      '2024-06',
    ],
  ] as const)('%s', (text, locale, id) => {
    expect(first(text, locale)).toBe(id);
  });

  it('with no later lead period the source clause still dates the figures', () => {
    expect(first('Theo báo cáo 6 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 3,2 tỷ USD.', 'vi')).toBe('2024-H1');
  });

  it('a lead period that is no source keeps the first one', () => {
    expect(first('Năm 2023, tháng 9, doanh thu bán lẻ đạt 12.500 tỷ đồng.', 'vi')).not.toBe('2023-09');
  });
});
