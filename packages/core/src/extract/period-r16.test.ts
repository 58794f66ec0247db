import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract-statements';
import { completePeriod, matchPeriod } from './period-phrase';
import { tokenize } from './tokenize';

/** The period phrase at the start of `text`, completed with the year `year` when it has none. */
const read = (text: string, locale: 'vi' | 'en', year?: number) => {
  const m = matchPeriod(tokenize(text), 0, locale);
  return m ? (completePeriod(m, year) ?? null) : null;
};

/** The periods of a sentence's statements, in order. */
const periods = (text: string, locale: 'vi' | 'en') =>
  extractStatements(text, { locale }).map((s) => s.period?.value ?? null);

describe('round 16 periods: a cut-off is the year to date of its month', () => {
  it.each([
    ['tính đến hết tháng 4.2018', '2018-YTD-04'],
    ['đến hết tháng 9.2023', '2023-YTD-09'],
    ['Tính đến hết tháng 11.2024', '2024-YTD-11'],
  ])('vi › %s → %s (a dotted month.year after `đến hết` is to date, not the month)', (text, id) => {
    expect(read(text, 'vi')).toBe(id);
  });

  it('vi › `tháng 4.2018` without `đến hết` stays the month itself', () => {
    expect(read('tháng 4.2018', 'vi')).toBe('2018-04');
  });

  it.each([
    ['Tính đến ngày 31/10/2025', '2025-YTD-10'],
    ['tính đến hết ngày 30/6/2024', '2024-H1'],
    ['đến hết ngày 30/9/2023', '2023-YTD-09'],
    ['tính đến ngày 28/2/2023', '2023-YTD-02'],
    ['Tính đến ngày 31/12/2022', '2022'],
  ])('vi › %s → %s (a cut-off on the last day of a month)', (text, id) => {
    const got = read(text, 'vi');
    // `2024-YTD-06` and `2024-H1` are the same months; the id is the year-to-date one.
    expect(got === id || (id === '2024-H1' && got === '2024-YTD-06')).toBe(true);
  });

  it('vi › a cut-off without its year is completed with the context year', () => {
    expect(read('tính đến ngày 30/9', 'vi', 2024)).toBe('2024-YTD-09');
  });

  it.each([['đến ngày 31/12/2025', 'a bare `đến ngày` is a deadline (kéo dài đến ngày …)']])(
    'vi › %s is no period (%s)',
    (text) => {
      expect(read(text, 'vi', 2024)).toBeNull();
    },
  );

  it.each([
    ['tính đến ngày 20/11/2023', '2023-YTD-11'],
    ['tính đến ngày 15/10', '2024-YTD-10'],
  ])('vi › %s is the year to that month (round 37: a day inside it; the statement doubts it)', (text, id) => {
    expect(read(text, 'vi', 2024)).toBe(id);
  });

  it('vi › sentences: the cut-off dates every statement after it', () => {
    expect(
      periods('Tính đến ngày 31/3/2024, vốn FDI đăng ký đạt 6,17 tỷ USD, tăng 13,4% so với cùng kỳ năm trước.', 'vi'),
    ).toEqual(['2024-YTD-03']);
    expect(periods('Tính đến hết tháng 8.2022, kim ngạch xuất khẩu rau quả đạt 2,2 tỷ USD.', 'vi')).toEqual([
      '2022-YTD-08',
    ]);
    // (a day inside the month: the year to it, doubted `mid-month`)
    const [mid] = extractStatements('Tính đến ngày 20/8/2022, kim ngạch xuất khẩu rau quả đạt 2,2 tỷ USD.', {
      locale: 'vi',
    });
    expect([mid?.period?.value, mid?.period?.doubt?.reason]).toEqual(['2022-YTD-08', 'mid-month']);
  });
});

describe('round 16 periods: English `the Nth month of YEAR` and deadlines `by YEAR`', () => {
  it.each([
    ['the first month of 2024', '2024-01'],
    ['in the second month of 2023', '2023-02'],
    ['during the third month of 2025', '2025-03'],
  ])('en › %s → %s', (text, id) => {
    expect(read(text, 'en')).toBe(id);
  });

  it('en › `the fifth month of this year` takes the context year', () => {
    expect(read('the fifth month of this year', 'en', 2022)).toBe('2022-05');
  });

  it.each([
    ['last month of 2023', '`last` counts no month from January'],
    ['the first month after the reopening', 'no year: a duration, not a calendar month'],
    ['the first months of 2024', 'plural: vague, not January'],
  ])('en › %s is no month (%s)', (text) => {
    const got = read(text, 'en', 2024);
    expect(got === null || !/-0\d$|-1[0-2]$/u.test(got)).toBe(true);
  });

  it.each([
    ['by 2030.', '2030'],
    ['by 2025, an increase of', '2025'],
    ['by the end of 2025', '2025'],
    ['by end-2026', '2026'],
  ])('en › %s → %s', (text, id) => {
    expect(read(text, 'en')).toBe(id);
  });

  it.each([['by 2000 tonnes'], ['by 2025 units'], ['by the end of the year']])(
    'en › %s is no deadline year',
    (text) => {
      expect(read(text, 'en')).toBeNull();
    },
  );

  it('en › sentences: a goal by a year is of that year, the Nth month of a year is that month', () => {
    expect(periods('The country aims to earn US$12 billion from rice exports by 2028.', 'en')).toEqual(['2028']);
    expect(periods('Seafood exports are targeted at US$14 billion by the end of 2030, officials said.', 'en')).toEqual([
      '2030',
    ]);
    expect(periods('Tourist arrivals in the second month of 2023 reached 930,000.', 'en')).toEqual(['2023-02']);
    expect(periods('Steel output fell by 2000 tonnes compared to last month.', 'en')).toEqual([null]);
  });
});

describe('round 16 periods: a month count right after a change verb is the period, not the change', () => {
  it.each([
    ['Tốc độ tăng trưởng 9 tháng đầu năm 2023 của tỉnh đạt 6,5%.', '2023-YTD-09', '9'],
    ['Riêng tỉnh Nam Định, tốc độ tăng trưởng 6 tháng đầu năm 2022 đạt 8,12%.', '2022-H1', '6'],
    ['Mức tăng 11 tháng năm 2024 của chỉ số giá tiêu dùng là 3,69%.', '2024-YTD-11', '11'],
  ])('vi › %s → %s', (text, id, count) => {
    const got = extractStatements(text, { locale: 'vi' });
    expect(got.map((s) => s.period?.value)).toEqual([id]);
    expect(got[0]?.period?.confidence).not.toBe('uncertain');
    // the month count is no change of 6, 9 or 11
    expect(got.flatMap((s) => s.changes.map((c) => c.value.amount.value))).not.toContain(count);
  });

  it('vi › `tăng 6 tháng liên tiếp` (six months in a row) is still no period and no change of 6', () => {
    const got = extractStatements('Xuất khẩu tăng 6 tháng liên tiếp.', { locale: 'vi' });
    expect(got.flatMap((s) => s.changes.map((c) => c.value.amount.value))).not.toContain('6');
    expect(got.map((s) => s.period?.value ?? null).filter(Boolean)).toEqual([]);
  });

  it('vi › a change of a whole number before a non-period word is still a change', () => {
    const got = extractStatements('Năm 2023, xuất khẩu 6 tháng tăng 6% so với năm 2022.', { locale: 'vi' });
    expect(got.flatMap((s) => s.changes.map((c) => c.value.amount.value))).toContain('6');
  });
});

describe('round 16 stages: a bracket inside a lead clause does not end it', () => {
  it.each([
    ['Theo thống kê sơ bộ từ Cục Hải quan (Bộ Tài chính), xuất khẩu tháng 9/2024 đạt 26 tỷ USD.', 'preliminary'],
    ['Theo số liệu sơ bộ của Tổng cục Thống kê (GSO), năm 2023 GDP tăng 5,05%.', 'preliminary'],
    [
      'Ước tính của Sở Công Thương (tỉnh Bắc Giang), năm 2024, giá trị sản xuất công nghiệp đạt 900 nghìn tỷ đồng.',
      'estimate',
    ],
  ])('vi › %s → %s', (text, stage) => {
    expect(extractStatements(text, { locale: 'vi' }).map((s) => s.stage?.value)).toEqual([stage]);
  });

  it('vi › a stage word in a bracket after the first figure frames no statement before it', () => {
    const got = extractStatements('Xuất khẩu năm 2023 đạt 355 tỷ USD (số liệu sơ bộ của Tổng cục Hải quan).', {
      locale: 'vi',
    });
    expect(got.map((s) => s.stage?.value ?? null)).toEqual([null]);
  });
});

describe('round 16 periods: `all`/`both` closing a list dates every figure of it', () => {
  it.each([
    [
      'Rice (up 12%), coffee (up 30%) and pepper (down 5%), all posted changes in the first half of 2024.',
      ['2024-H1', '2024-H1', '2024-H1'],
    ],
    ['Exports rose 5% and imports 7%, both growing in the first quarter of 2025.', ['2025-Q1', '2025-Q1']],
    [
      'Cars (down 8 percent), motorbikes (down 3 percent) and tractors (down 11 percent), all slowed in the first seven months of 2022 compared to 2021.',
      ['2022-YTD-07', '2022-YTD-07', '2022-YTD-07'],
    ],
  ])('en › %s', (text, ids) => {
    expect(periods(text, 'en')).toEqual(ids);
  });

  it('en › a closing `all` clause without a period dates nothing', () => {
    expect(periods('Exports rose 5% and imports 7%, all the more notable after a weak 2024.', 'en')).toEqual([
      null,
      null,
    ]);
  });
});
