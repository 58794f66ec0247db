import type { Simple } from './simplify';

/** A report sentence and what must be read from it (fields not listed are not checked). */
export interface Case {
  readonly title: string;
  readonly locale: 'vi' | 'en';
  readonly text: string;
  readonly period?: string;
  readonly statements: readonly Simple[];
  /** Reasons of the numbers that belong to no statement, in order. */
  readonly unused?: readonly string[];
}

/**
 * Sentences in the style of provincial year-end reviews, GSO releases and their English
 * versions. Written for the grammar's kinds of statement, not taken from the seed.
 */
export const CASES: readonly Case[] = [
  // --- Vietnamese ---------------------------------------------------------------------------
  {
    title: 'budget revenue: estimate, completion of the budget estimate, growth vs same period',
    locale: 'vi',
    text: 'Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2020 ước đạt 32.184 tỷ đồng, bằng 108,9% dự toán trung ương giao, tăng 12,4% so với cùng kỳ.',
    statements: [
      {
        name: 'Tổng thu ngân sách nhà nước trên địa bàn tỉnh',
        period: '2020',
        value: '32184000000000',
        unit: 'VND',
        stage: 'estimate',
        completion: '108.9',
        changes: ['rate 12.4 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'a change against a named year; an acronym in parentheses stays in the name',
    locale: 'vi',
    text: 'Tổng sản phẩm trên địa bàn (GRDP) năm 2020 tăng 1,74% so với năm 2019.',
    statements: [
      { name: 'Tổng sản phẩm trên địa bàn (GRDP)', period: '2020', changes: ['rate 1.74 2019'], unread: [] },
    ],
  },
  {
    title: 'half-year period, `2,89 tỷ USD`, two figures joined by `và`',
    locale: 'vi',
    text: 'Kim ngạch xuất khẩu hàng hóa 6 tháng đầu năm 2021 ước đạt 2,89 tỷ USD, tăng 25,3% so với cùng kỳ năm trước và bằng 52,5% kế hoạch năm.',
    statements: [
      {
        name: 'Kim ngạch xuất khẩu hàng hóa',
        period: '2021-H1',
        value: '2890000000',
        unit: 'USD',
        stage: 'estimate',
        completion: '52.5',
        changes: ['rate 25.3 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'a rate falls: value after `giảm còn`, change in percentage points vs the start of the year',
    locale: 'vi',
    text: 'Năm 2020, tỷ lệ hộ nghèo giảm còn 2,75%, giảm 1,2 điểm phần trăm so với đầu năm.',
    statements: [
      {
        name: 'tỷ lệ hộ nghèo',
        period: '2020',
        value: '2.75',
        unit: 'percent',
        changes: ['points -1.2 december-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'a share counted after `có`: the counted noun is the name',
    locale: 'vi',
    text: 'Đến cuối năm 2020, toàn tỉnh có 97,5% hộ dân được sử dụng điện lưới quốc gia.',
    statements: [
      { name: 'hộ dân được sử dụng điện lưới quốc gia', value: '97.5', unit: 'percent', period: '2020', unread: [] },
    ],
  },
  {
    title: 'a comma inside the name, quarter period, decline vs previous quarter',
    locale: 'vi',
    text: 'Doanh thu dịch vụ lưu trú, ăn uống quý I/2021 ước đạt 1.250 tỷ đồng, giảm 8,5% so với quý trước.',
    statements: [
      {
        name: 'Doanh thu dịch vụ lưu trú, ăn uống',
        period: '2021-Q1',
        value: '1250000000000',
        stage: 'estimate',
        changes: ['rate -8.5 previous-period'],
        unread: [],
      },
    ],
  },
  {
    title: '`gấp 1,5 lần cùng kỳ`: a multiple with the base right after it',
    locale: 'vi',
    period: '2020',
    text: 'Số lượt khách du lịch đạt 4,2 triệu lượt, gấp 1,5 lần cùng kỳ.',
    statements: [
      { name: 'Số lượt khách du lịch', value: '4200000', changes: ['times 1.5 same-period-last-year'], unread: [] },
    ],
  },
  {
    title: '`trong đó` after a semicolon: a component of the statement before',
    locale: 'vi',
    period: '2020',
    text: 'Vốn đầu tư thực hiện toàn xã hội đạt 45.600 tỷ đồng, đạt 95,2% kế hoạch; trong đó vốn ngân sách nhà nước đạt 12.300 tỷ đồng.',
    statements: [
      { name: 'Vốn đầu tư thực hiện toàn xã hội', value: '45600000000000', completion: '95.2', unread: [] },
      { name: 'vốn ngân sách nhà nước', value: '12300000000000', parent: 0, unread: [] },
    ],
  },
  {
    title: 'rank among 63 provinces, and what it is a rank in',
    locale: 'vi',
    period: '2020',
    text: 'Năm 2020, tỉnh xếp thứ 12/63 tỉnh, thành phố về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).',
    statements: [
      { name: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', subject: 'tỉnh', rank: 12, rankOf: 63, unread: [] },
    ],
  },
  {
    title: 'a target to 2025 set by `Mục tiêu đến năm 2025`',
    locale: 'vi',
    period: '2020',
    text: 'Mục tiêu đến năm 2025, tỷ lệ dân số sử dụng điện thoại thông minh đạt 85%.',
    statements: [
      {
        name: 'tỷ lệ dân số sử dụng điện thoại thông minh',
        kind: 'target',
        period: '2025',
        value: '85',
        unit: 'percent',
        unread: [],
      },
    ],
  },
  {
    title: '`Năm 2021, phấn đấu …`: a target for the next year',
    locale: 'vi',
    period: '2020',
    text: 'Năm 2021, phấn đấu thu ngân sách đạt 35.000 tỷ đồng.',
    statements: [{ name: 'thu ngân sách', kind: 'target', period: '2021', value: '35000000000000', unread: [] }],
  },
  {
    title: 'text typed without diacritics',
    locale: 'vi',
    period: '2020',
    text: 'Tong so thue bao dien thoai dat 2.890.000 thue bao, bang 100,67% so voi ke hoach giao.',
    statements: [
      { name: 'Tong so thue bao dien thoai', value: '2890000', unit: 'subscriber', completion: '100.67', unread: [] },
    ],
  },
  {
    title: 'a wrong tone mark in `kế hoặch` and old-style `hoà`',
    locale: 'vi',
    period: '2020',
    text: 'Doanh thu ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoặch giao, hoàn thành vượt mức.',
    statements: [{ name: 'Doanh thu', value: '3630000000000', completion: '100.6', stage: 'estimate', unread: [] }],
  },
  {
    title: 'partial: a percentage with neither plan nor base is not guessed',
    locale: 'vi',
    period: '2020',
    text: 'Doanh thu đạt 3.630 tỷ đồng, đạt 100,6%.',
    statements: [{ name: 'Doanh thu', value: '3630000000000', unread: ['percent-without-base'] }],
  },
  {
    // (round 24: a point before one or two digits is a decimal point in Vietnamese text too; a
    // number no locale reads, `1.5.2`, is still refused)
    title: 'read: `1.5 tỷ` is 1,5 tỷ; refuse: `1.5.2` is no Vietnamese number',
    locale: 'vi',
    period: '2020',
    text: 'Doanh thu đạt 1.5 tỷ đồng, lợi nhuận đạt 1.5.2 tỷ đồng.',
    statements: [
      { name: 'Doanh thu', value: '1500000000', unread: [] },
      { name: 'lợi nhuận', unread: ['invalid-number'] },
    ],
  },
  {
    title: 'partial: a change without a base',
    locale: 'vi',
    period: '2020',
    text: 'Giá trị sản xuất công nghiệp tăng 8,3%.',
    statements: [
      { name: 'Giá trị sản xuất công nghiệp', changes: ['rate 8.3 no-base'], unread: ['change-without-base'] },
    ],
  },
  {
    title: 'refuse: a date and a year are no statements',
    locale: 'vi',
    text: 'Chiều 11-1, Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm 2020.',
    statements: [],
    unused: ['date', 'date', 'year'],
  },
  {
    title: 'refuse: people awarded are no indicator',
    locale: 'vi',
    period: '2020',
    text: 'Giám đốc Sở đã trao Giấy khen cho 20 tập thể, 25 cá nhân có thành tích xuất sắc.',
    statements: [],
    unused: ['no-statement', 'no-statement'],
  },
  {
    title: 'refuse: a resolution number and its date',
    locale: 'vi',
    period: '2020',
    text: 'Thực hiện Nghị quyết số 58-NQ/TW ngày 5-8-2020 của Bộ Chính trị.',
    statements: [],
    unused: ['identifier', 'date', 'date', 'date'],
  },
  {
    title: 'a density names its own indicator',
    locale: 'vi',
    period: '2020',
    text: 'Mật độ điện thoại đạt 80,5 máy/100 dân.',
    statements: [{ name: 'Mật độ điện thoại', density: '80.5/100', unread: [] }],
  },
  {
    title: 'two statements in one sentence; `nghìn tỷ đồng` is 10¹²',
    locale: 'vi',
    period: '2020',
    text: 'Số doanh nghiệp thành lập mới là 1.250 doanh nghiệp, tăng 12% so với cùng kỳ; vốn đăng ký đạt 15,8 nghìn tỷ đồng.',
    statements: [
      {
        name: 'Số doanh nghiệp thành lập mới',
        value: '1250',
        unit: 'enterprise',
        changes: ['rate 12 same-period-last-year'],
        unread: [],
      },
      { name: 'vốn đăng ký', value: '15800000000000', unit: 'VND', unread: [] },
    ],
  },
  {
    title: 'cumulative period `Lũy kế 11 tháng năm 2020`',
    locale: 'vi',
    text: 'Lũy kế 11 tháng năm 2020, doanh thu bưu chính đạt 340 tỷ đồng, bằng 92% kế hoạch năm.',
    statements: [
      { name: 'doanh thu bưu chính', period: '2020-YTD-11', value: '340000000000', completion: '92', unread: [] },
    ],
  },
  {
    title: '`tăng từ A lên B`: the earlier value is stated, so the change has its base',
    locale: 'vi',
    period: '2020',
    text: 'Thuê bao Internet băng thông rộng cố định tăng từ 1,5 triệu lên 1,8 triệu thuê bao, tăng 20%.',
    statements: [
      {
        name: 'Thuê bao Internet băng thông rộng cố định',
        previous: '1500000',
        value: '1800000',
        changes: ['rate 20 no-base'],
        unread: [],
      },
      // (round 36: the undated earlier level is a reading of its own too, as in English)
      { name: 'Thuê bao Internet băng thông rộng cố định', value: '1500000', unit: 'subscriber' },
    ],
  },
  {
    title: '`vượt 5,88% dự toán`: completion over the budget estimate',
    locale: 'vi',
    period: '2020',
    text: 'Thu ngân sách nhà nước trên địa bàn đạt 1,2 nghìn tỷ đồng, vượt 5,88% dự toán.',
    statements: [
      { name: 'Thu ngân sách nhà nước trên địa bàn', value: '1200000000000', completion: '105.88', unread: [] },
    ],
  },
  {
    title: 'the indicator named once, its figures after a colon',
    locale: 'vi',
    period: '2020',
    text: 'Về thuê bao di động: đạt 2.890.000 thuê bao, tăng 2,1% so với cùng kỳ, bằng 100,67% kế hoạch.',
    statements: [
      {
        name: 'thuê bao di động',
        value: '2890000',
        completion: '100.67',
        changes: ['rate 2.1 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'a month inside the report year is no plan; two changes, the second against the same period',
    locale: 'vi',
    period: '2020',
    text: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11/2020 ước đạt 22.150 tỷ đồng, tăng 1,8% so với tháng trước và tăng 9,2% so với cùng kỳ năm trước.',
    statements: [
      {
        name: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
        kind: 'actual',
        period: '2020-11',
        value: '22150000000000',
        stage: 'estimate',
        changes: ['rate 1.8 previous-period', 'rate 9.2 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'an elided verb: `giảm 1,8% … và 9,2% so với cùng kỳ` keeps the sign of the verb',
    locale: 'vi',
    period: '2020',
    text: 'Chỉ số sản xuất công nghiệp giảm 1,8% so với tháng trước và 9,2% so với cùng kỳ.',
    statements: [
      {
        name: 'Chỉ số sản xuất công nghiệp',
        changes: ['rate -1.8 previous-period', 'rate -9.2 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: '`hiện có … trong đó có …`: counted nouns, the second a component',
    locale: 'vi',
    period: '2020',
    text: 'Toàn tỉnh hiện có 2.154 trạm BTS, trong đó có 1.250 trạm 4G.',
    statements: [
      { name: 'trạm BTS', subject: 'Toàn tỉnh', value: '2154', unread: [] },
      { name: 'trạm 4G', value: '1250', parent: 0, unread: [] },
    ],
  },
  {
    title: '`gấp 2,3 lần năm trước`: a base with no `so với`',
    locale: 'vi',
    period: '2020',
    text: 'Lượng khách quốc tế đạt 1,2 triệu lượt, gấp 2,3 lần năm trước.',
    statements: [
      {
        name: 'Lượng khách quốc tế',
        period: '2020',
        value: '1200000',
        changes: ['times 2.3 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: 'partial: an absolute change is listed as unread, the rest is read',
    locale: 'vi',
    period: '2020',
    text: 'GRDP bình quân đầu người đạt 58,2 triệu đồng/người/năm, tăng 6,1 triệu đồng so với năm 2019.',
    statements: [{ name: 'GRDP bình quân đầu người', value: '58200000', unread: ['unrecognised-figure'] }],
  },
  {
    title: 'partial: a share of a total is no completion',
    locale: 'vi',
    period: '2020',
    text: 'Năm 2020, số hồ sơ giải quyết trực tuyến đạt 125.340 hồ sơ, chiếm 45,6% tổng số hồ sơ.',
    statements: [
      { name: 'số hồ sơ giải quyết trực tuyến', value: '125340', unit: 'dossier', unread: ['percent-without-base'] },
    ],
  },
  // --- English ------------------------------------------------------------------------------
  {
    title: 'two changes sharing one verb: `up 1.6% month on month and 9.2% year on year`',
    locale: 'en',
    period: '2020',
    text: 'Total retail sales of goods and services in November were estimated at VND 455.1 trillion, up 1.6% month on month and 9.2% year on year.',
    statements: [
      {
        name: 'Total retail sales of goods and services',
        period: '2020-11',
        value: '455100000000000',
        stage: 'estimate',
        changes: ['rate 1.6 previous-period', 'rate 9.2 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: '`equal to 75% of the same period last year` is a ratio',
    locale: 'en',
    period: '2020',
    text: 'Registered FDI capital reached USD 28.5 billion, equal to 75% of the same period last year.',
    statements: [
      {
        name: 'Registered FDI capital',
        value: '28500000000',
        unit: 'USD',
        changes: ['ratio 75 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: '`or 70.3 per 100 inhabitants`: the density of the same statement',
    locale: 'en',
    period: '2020',
    text: 'Mobile broadband subscriptions reached 68.7 million, or 70.3 per 100 inhabitants.',
    statements: [{ name: 'Mobile broadband subscriptions', value: '68700000', density: '70.3/100', unread: [] }],
  },
  {
    title: 'a rate and its change in percentage points over the previous year',
    locale: 'en',
    period: '2020',
    text: 'The unemployment rate of the labour force of working age was 2.48%, up 0.31 percentage points over the previous year.',
    statements: [
      {
        name: 'unemployment rate of the labour force of working age',
        value: '2.48',
        unit: 'percent',
        changes: ['points 0.31 same-period-last-year'],
        unread: [],
      },
    ],
  },

  {
    title: 'estimated revenue with currency before the number, share of the annual plan',
    locale: 'en',
    period: '2020',
    text: 'Total revenue of the sector was estimated at VND 3,630 billion, reaching 100.6% of the annual plan.',
    statements: [
      {
        name: 'Total revenue of the sector',
        value: '3630000000000',
        unit: 'VND',
        stage: 'estimate',
        completion: '100.6',
        unread: [],
      },
    ],
  },
  {
    title: '`up 5.2% year on year` then the new value, `3.63 trillion dong`',
    locale: 'en',
    period: '2020',
    text: 'Exports rose 5.2% year on year to 3.63 trillion dong.',
    statements: [
      { name: 'Exports', value: '3630000000000', unit: 'VND', changes: ['rate 5.2 same-period-last-year'], unread: [] },
    ],
  },
  {
    title: 'a completion with no value',
    locale: 'en',
    period: '2020',
    text: 'Revenue reached 102.3% of the annual plan.',
    statements: [{ name: 'Revenue', completion: '102.3', unread: [] }],
  },
  {
    title: 'value, density per 100 inhabitants and completion in one sentence',
    locale: 'en',
    period: '2020',
    text: 'Broadband subscribers reached 1.8 million, a density of 49.8 per 100 inhabitants, equal to 105.88% of the plan.',
    statements: [
      { name: 'Broadband subscribers', value: '1800000', density: '49.8/100', completion: '105.88', unread: [] },
    ],
  },
  {
    title: 'rank with an ordinal suffix',
    locale: 'en',
    period: '2020',
    text: 'The province ranked 3rd nationwide in the provincial competitiveness index.',
    statements: [{ name: 'provincial competitiveness index', rank: 3, unread: [] }],
  },
  {
    title: 'a target set with `aims to`',
    locale: 'en',
    period: '2020',
    text: 'In 2021, the sector aims to reach revenue of 3,745 billion dong.',
    statements: [{ name: 'revenue', kind: 'target', period: '2021', value: '3745000000000', unread: [] }],
  },
  {
    title: '`51 times higher than in 2019`',
    locale: 'en',
    period: '2020',
    text: 'Online applications in 2020 were 51 times higher than in 2019.',
    statements: [{ name: 'Online applications', period: '2020', changes: ['times 51 2019'], unread: [] }],
  },
  {
    title: '`of which` after a semicolon, and `4G` inside a name',
    locale: 'en',
    period: '2020',
    text: 'Mobile subscribers totalled 2,890,000, up 2.1% from a year earlier; of which 4G subscribers numbered 1,900,000.',
    statements: [
      { name: 'Mobile subscribers', value: '2890000', changes: ['rate 2.1 same-period-last-year'], unread: [] },
      { name: '4G subscribers', value: '1900000', parent: 0, unread: [] },
    ],
  },
  {
    title: 'partial: percentage points without a base',
    locale: 'en',
    period: '2020',
    text: 'The poverty rate fell 1.5 percentage points to 3.2%.',
    statements: [
      {
        name: 'poverty rate',
        value: '3.2',
        unit: 'percent',
        changes: ['points -1.5 no-base'],
        unread: ['change-without-base'],
      },
    ],
  },
  {
    title: 'quarter opening the sentence, estimate, same period last year',
    locale: 'en',
    text: 'In the first quarter of 2021, retail sales of consumer goods were estimated at VND 12,450 billion, up 6.1% over the same period last year.',
    statements: [
      {
        name: 'retail sales of consumer goods',
        kind: 'actual',
        period: '2021-Q1',
        value: '12450000000000',
        stage: 'estimate',
        changes: ['rate 6.1 same-period-last-year'],
        unread: [],
      },
    ],
  },
  {
    title: '`exceeded the plan by 8.9%`',
    locale: 'en',
    period: '2020',
    text: 'State budget revenue exceeded the plan by 8.9%.',
    statements: [{ name: 'State budget revenue', completion: '108.9', unread: [] }],
  },
  {
    title: 'refuse: a date in English',
    locale: 'en',
    period: '2020',
    text: 'The conference was held on 11 January 2021 in Thanh Hoa City.',
    statements: [],
    unused: ['no-statement', 'year'],
  },
  {
    // (read as a decimal comma and doubted `decimal-comma`: see src/extract/rules/en-value-r15.test.ts)
    title: 'a decimal comma in English: `3,63` is 3.63, read as uncertain',
    locale: 'en',
    period: '2020',
    text: 'Exports reached 3,63 billion USD.',
    statements: [{ name: 'Exports', value: '3630000000', unit: 'USD', unread: [] }],
  },
  {
    title: 'a density named by its own phrase',
    locale: 'en',
    period: '2020',
    text: 'The density of mobile phones was 80.5 per 100 inhabitants.',
    statements: [{ density: '80.5/100', unread: [] }],
  },
  {
    title: '`bn` and approximate values are marked',
    locale: 'en',
    period: '2020',
    text: 'Foreign direct investment reached about USD 1.2 bn, down 15% year-on-year.',
    statements: [
      {
        name: 'Foreign direct investment',
        value: '1200000000',
        approximate: 'about',
        changes: ['rate -15 same-period-last-year'],
        unread: [],
      },
    ],
  },
];
