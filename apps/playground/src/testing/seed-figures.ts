/**
 * Every figure the seed report (`shared/seed/thanh-hoa-ict-2020.vi.txt`) states, with its
 * words, as the dashboard must say it: the report is the ground truth. `vi` is what the
 * Vietnamese dashboard shows, `en` the English one. Used by the dashboard's browser test.
 */
export interface SeedFigure {
  /** The report's words, for the test name. */
  readonly report: string;
  readonly vi: string;
  readonly en: string;
}

export const SEED_FIGURES: readonly SeedFigure[] = [
  {
    report: 'Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng',
    vi: 'ước đạt 3.630 tỷ đồng',
    en: 'reached an estimated 3,630 billion VND',
  },
  { report: 'đạt 100,6% kế hoạch giao', vi: 'đạt 100,6% kế hoạch', en: '100.6% of plan' },
  {
    report: 'nộp ngân sách Nhà nước 200 tỷ đồng',
    vi: 'Nộp ngân sách Nhà nước đạt 200 tỷ đồng',
    en: 'reached 200 billion VND',
  },
  {
    report: 'Phát hành báo chí đạt 18 triệu tờ, cuốn',
    vi: 'Phát hành báo chí đạt 18 triệu tờ',
    en: 'reached 18 million copies',
  },
  { report: 'đạt 100% kế hoạch giao', vi: 'đạt 100% kế hoạch', en: '100% of plan' },
  {
    report: 'thuê bao điện thoại … đạt 2.890.000 thuê bao',
    vi: 'đạt 2.890.000 thuê bao',
    en: 'reached 2,890,000 subscribers',
  },
  { report: 'bằng 100,67% so với kế hoạch giao', vi: '100,67% kế hoạch', en: '100.67% of plan' },
  {
    report: 'Thuê bao internet băng thông rộng … đạt 1.800.000 thuê bao',
    vi: 'đạt 1.800.000 thuê bao',
    en: 'reached 1,800,000 subscribers',
  },
  {
    report: 'đạt mật độ 49,8 thuê bao/100 dân',
    vi: 'đạt mật độ 49,8 thuê bao/100 dân',
    en: 'a density of 49.8 subscribers per 100 inhabitants',
  },
  { report: 'bằng 105,88% kế hoạch giao', vi: '105,88% kế hoạch', en: '105.88% of plan' },
  { report: 'duy trì bình quân 14 giờ/01 ngày', vi: 'đạt 14 giờ/ngày', en: 'reached 14 hours per day' },
  { report: 'số giờ tự sản xuất bình quân 8 giờ/1 ngày', vi: 'đạt 8 giờ/ngày', en: 'reached 8 hours per day' },
  {
    report: 'trong đó số giờ tự sản xuất bình quân 7 giờ/1 ngày',
    vi: 'Trong đó số giờ tự sản xuất (bình quân) đạt 7 giờ/ngày',
    en: 'Of which self-produced hours (average) reached 7 hours per day',
  },
  {
    report: 'bằng 100% so với cùng kỳ',
    vi: 'bằng 100% so với cùng kỳ',
    en: '100% of the level of the same period last year',
  },
  { report: '174 dịch vụ công mức độ 3', vi: 'đạt 174 dịch vụ', en: 'reached 174 services' },
  { report: '628 dịch vụ công mức độ 4', vi: 'đạt 628 dịch vụ', en: 'reached 628 services' },
  { report: 'mức độ 3 đạt 56,35%', vi: 'đạt 56,35%', en: 'reached 56.35%' },
  { report: 'mức độ 4 đạt 57,53%', vi: 'đạt 57,53%', en: 'reached 57.53%' },
  { report: 'tăng 51 lần so với năm 2019', vi: 'tăng 51 lần so với năm 2019', en: '51 times the 2019 level' },
  { report: 'tích hợp 615 dịch vụ công trực tuyến', vi: 'đạt 615 dịch vụ', en: 'reached 615 services' },
  { report: 'đứng thứ 3 toàn quốc', vi: 'đứng thứ 3 toàn quốc', en: 'ranked 3rd nationwide' },
  {
    report: '2021: Sản lượng phát hành báo chí ước đạt 18 triệu tờ (cuốn)',
    vi: 'năm 2021 ước đạt 18 triệu tờ',
    en: 'the 2021 estimate is 18 million copies',
  },
  {
    report: '2021: Thuê bao điện thoại … đạt 2.916.000 thuê bao',
    vi: '2.916.000 thuê bao',
    en: '2,916,000 subscribers',
  },
  {
    report: 'mật độ thuê bao điện thoại đạt 80,00 máy/100 dân',
    vi: 'mật độ 80,00 máy/100 dân',
    en: 'a density of 80.00 phones per 100 inhabitants',
  },
  {
    report: '2021: Internet băng thông rộng đạt 1.830.000 thuê bao',
    vi: '1.830.000 thuê bao',
    en: '1,830,000 subscribers',
  },
  {
    report: 'đạt mật độ 50,60 thuê bao/100 dân',
    vi: 'mật độ 50,60 thuê bao/100 dân',
    en: 'a density of 50.60 subscribers per 100 inhabitants',
  },
  {
    report: 'Phấn đấu doanh thu toàn ngành đạt 3.745 tỷ đồng',
    vi: 'năm 2021 phấn đấu đạt 3.745 tỷ đồng',
    en: 'the 2021 target is 3,745 billion VND',
  },
];

/** Words the dashboard must never print: rewordings and invented phrases the report does not use. */
export const NEVER_SAID = {
  vi: [
    'Gấp 51 lần',
    'gấp 51 lần',
    'phần nêu riêng',
    'chưa có số liệu',
    'năm 2021 phấn đấu đạt 18 triệu',
    'shared/seed',
    '.txt',
  ],
  en: ['the part stated separately', 'no data', 'shared/seed', '.txt'],
} as const;

/** The summary's lead: planned and unplanned counted apart. */
export const SUMMARY_LEAD = {
  vi: ['4 chỉ tiêu có kế hoạch: 4 đạt/vượt', '10 chỉ tiêu báo cáo không nêu kế hoạch'],
  en: ['4 indicators with a plan: 4 met or exceeded it', '10 indicators have no plan stated in the report'],
} as const;
