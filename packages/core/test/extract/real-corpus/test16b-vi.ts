import type { RealFact, RealSentence } from './types';

/**
 * The SIXTEENTH fresh set (`test16`), second Vietnamese part (`test16b`; `test16-*.ts` are another
 * builder's part, not read): sentences copied verbatim from BODIES and OUTLETS no earlier set read (each
 * domain grepped in `vi.ts`, `en.ts`, `fresh-*.ts`, `fresh4-*.ts`, `test2-*.ts` … `test15b-*.ts`, and so
 * were the distinctive figures) — the State Audit (Kiểm toán Nhà nước's first half of 2018 on Trí Thức
 * VN, 2018; its 2023 report on Infina's community pages, 2023) and the inspectorates (Thanh tra Chính
 * phủ's first quarter of 2025 on Việt Nam Mới; its recoveries on the Phú Thọ natural-resources
 * department's portal); urban water-supply and environment companies (Sawaco's first half of 2020 on
 * Nhịp sống doanh nghiệp, after BizLIVE; Hà Nội's water companies in 2022 on tinhot.tw, after Lao Động,
 * 2023; Hà Nội's URENCO in 2024 on tinbong247news.net; the Thái Bình environment company's AGM page,
 * 2020); industrial-zone management boards (Hưng Yên's board portal, 2020; Bắc Giang's board portal
 * on ten months of a year the page does not print, by its totals 2016–2017); provincial monthly and
 * quarterly reports (Tây Ninh's Sở Công Thương bulletin on September 2023; Điện Biên's statistics
 * office in eleven months of 2024 on VnBizNews — the page prints no year; the office's own report on
 * nine months of 2024 gives the same GRDP figure; the provinces' GRDP in the
 * first quarter of 2024, VnBizNews). No page of the State Treasury (Kho bạc Nhà nước) or of a lottery
 * company could be had from outlets no earlier set read: the search index answers the lottery with
 * spam and the treasury with outlets already read (cand.com.vn, baomoi.com, tapchitaichinh.vn,
 * nhandan), so those two genres are missing. Whole passages as the index stores them from the page's
 * beginning, every figure sentence kept with some sentences around them that state no figure (and
 * headlines and subheadings that state one); sentences cut off by the end of the stored text are left
 * out, and so is a lead sentence repeated word for word in the body (Sawaco's). The tag `BizLIVE -` and
 * list dashes are dropped with the sentence boundary; slips of the source (`nhiệm cụ`, `là hiện là`,
 * `3.131.93 tỷ đồng`, `(+7,92)` without its sign of percent, `(+21.13%)` with a decimal point, the
 * bracket closed without opening in `5/63 tỉnh thành, phố)`, `COVID19`) are kept as printed.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test12-vi.ts` … `test15b-vi.ts`:
 * `so với cùng kỳ`, `so với cùng kỳ năm trước`, `so với tháng cùng kỳ`, `so với cùng kỳ năm 2017` (of a
 * 2018 figure), `cùng kỳ 2019` (of a 2020 figure) are the same period last year; `so với tháng trước`,
 * `so tháng trước` the previous period; a change with no base is `*`; `hơn`, `trên` X is a lower bound,
 * `gần`, `dưới` an upper bound, `khoảng` an approximation (a bound of a change or a completion has no
 * field); `ước đạt`, `ước tính`, `ước tăng` are the stage `estimate`; a goal (`phấn đấu`) is a target.
 * `tỷ đồng`, `tỉ đồng`, `triệu đồng` sums are `VND`, `triệu USD`, `triệu Đô la Mỹ` `USD`, `ha` `ha`;
 * counts of audits, reports, plans, inspections, decisions, cases, letters, projects, parks and
 * people are values without a unit, and so are per-person incomes and yearly averages printed with a
 * slash (`8,45 triệu đồng/người/tháng`, `680 tỷ đồng/năm`, as `test13-vi.ts` reads them). A period is
 * given when the sentence names it with its year (`6 tháng đầu năm 2018` `2018-H1`, `năm 2017`
 * `2017`, `kết thúc năm 2022` `2022`, `Tháng 9/2023` `2023-09`, `9 tháng đầu năm 2023` `2023-YTD-09`,
 * `Quý I/2025` `2025-Q1`, `quý I/2024` and `quý đầu tiên của năm 2024` `2024-Q1`, `cuối năm 2025` of a
 * goal `2025`, `Đến ngày 31/8/2023` `2023-YTD-08`: the second annotator's check below), and every item
 * of a list governed by it carries it; `6 tháng đầu năm nay`, `Trong quý I`, `trong 9 tháng đầu năm`,
 * `Trong tháng 11`, `Lũy kế 11 tháng`, `Từ đầu năm đến nay`, `Đến nay` and a term (`giai đoạn
 * 2020-2025`) give none.
 *
 * The lead's conventions (domain.md, the test12-test15 headers): the LEVEL of a named rate indicator is
 * a value in `percent` — an industrial park's occupancy rate (`tỷ lệ lấp đầy đạt 80,5%`), a water
 * company's loss rate (`tỷ lệ nước thất thoát, thất thu … dưới 17,5%`), the share of households served
 * named as a rate (`tỷ lệ 100% hộ dân TP được cấp nước sạch`), ROE (`tỷ suất lợi nhuận sau thuế trên
 * vốn chủ sở hữu … 7%`, as `test15b-en.ts` reads ROE) and the rate of recommended sums recovered
 * (`đã thu hồi 6.203,3 tỷ đồng, đạt 81,7%`, a level as `test15-vi.ts` reads a vaccination rate over its
 * eligible group: the sum to recover is a total, not a plan) — while margins (`tỉ suất lợi nhuận trên
 * doanh thu (ROS) là 36,6%`), shares and contributions (`đóng góp 6,09%`, `chiếm 88,09%`), thresholds
 * (`tăng trưởng trên 10%`) and ranks (`xếp thứ 3/14`) are not value facts; growth rates are changes; a
 * count is a fact when it is the indicator's value (audits done, reports issued, inspections,
 * decisions, cases sent, letters received, projects licensed) and not when it merely describes (`5 đơn
 * vị kinh doanh sản xuất`, `3 doanh nghiệp còn lại`, `16/30 quận, huyện` a company serves). test13's
 * rulings: (1) units reaching a standard are values and their denominator a total, no fact (`57 tỉnh,
 * thành ghi nhận tăng trưởng`, `6 địa phương ghi nhận GRDP giảm`, `5 địa phương có GRDP tăng trưởng
 * trên 10%`); (2) a flow done in the period is a value; (3) no rate is printed without its sign (a
 * bracketed `(-1,54%)` after `giảm` is the fall, `rate -1.54`).
 *
 * Judgement calls: the comparison figures of the same period last year (`so với hơn 220 tỷ đồng đạt
 * được cùng kỳ 2019`, `so với mức hơn 2.610 tỷ đồng cùng kỳ 2019`) are values of their own with their
 * bound and no period (the sentence names no span of 2019); URENCO's `tăng 103% so với kế hoạch` and
 * `tăng 110% kế hoạch` are read as printed, completions of 203 and 210 (the second annotator's check
 * below; the builder read 103 and 110); `3.131.93 tỷ đồng` is
 * read as 3 131,93 billion; the counts of audit drafts and reports a sum was compiled from (`từ 48 dự
 * thảo báo cáo kiểm toán và 14 báo cáo kiểm toán đã phát hành`) are values (work done), as the
 * inspectorate's and the Audit Office's other counts; the Sawaco goals of its party congress are
 * targets each; the subheadings `IIP ước tăng 21,54%` and `Tổng thu ngân sách Nhà nước tăng hơn 4%`
 * are changes (`*`), the first at the stage `estimate`; Tây Ninh's `(+7,92)` printed without `%` is read
 * as the 7,92 % rise it lists with the others; in `Chỉ số sản xuất công nghiệp tăng 102,66%` (Trà Vinh)
 * the rise is read as printed. The mirror hosts tinhot.tw (Lao Động), tinbong247news.net and
 * Nhịp sống doanh nghiệp (BizLIVE) keep their own addresses, the originals not being found in the
 * index.
 *
 * Of the 82 rows, 52 were found again verbatim by a second search (Trí Thức VN, Infina, Việt Nam Mới,
 * tinhot.tw, Hưng Yên's board, Tây Ninh's bulletin, VnBizNews on Điện Biên); the others (Phú Thọ, Nhịp
 * sống doanh nghiệp, tinbong247news, the Thái Bình company, Bắc Giang's board, VnBizNews on the first
 * quarter of 2024) were copied from the stored text the first search returned.
 *
 * The second annotator's check (2 December 2026; every row read against its sentence and the conventions
 * of the released files): two rows changed. `vi-test16b-012` (`Đến ngày 31/8/2023, đã có 127 kế hoạch
 * kiểm toán được xét duyệt, 114 đoàn … và 93 cuộc kiểm toán đã kết thúc`) now carries `2023-YTD-08` on
 * its three counts: the released Vietnamese sets read `đến` the last day of a month as the year to that
 * month (`test11-vi.ts`: `Đến 30/11/2021` `2021-YTD-11`, `Tính đến ngày 30/9/2022` `2022-YTD-09`;
 * `test12-vi.ts`: `Tính đến 30/6/2021` `2021-H1`; the rule restated in `test14-vi.ts`), and these are
 * the audit year's work to 31 August; only a day within a month (`đến hết ngày 3/4` in `test15-vi.ts`,
 * `đến ngày 12/10` in `test14-vi.ts`) gives none. `vi-test16b-042` (URENCO) now reads `tăng 103% so với
 * kế hoạch` and `tăng 110% kế hoạch` as printed, completions of 203 and 210: the released sets read
 * `tăng X% so với kế hoạch` as 100 + X (`test13b-vi.ts`: `tăng 13,2 % so với kế hoạch` 113,2;
 * `test14b-vi.ts`: `tăng gần 8% so với kế hoạch` 108), and a slip guessed from outside the sentence is
 * not corrected (this part reads Trà Vinh's `tăng 102,66%` as printed, `test15b-en.ts` a bank's `profits
 * rising 46.5%` as printed); nothing in the sentence says the writer meant `đạt`. The builder's reading
 * (103 and 110, the verb taken for a slip of `đạt`) may be what the company meant; if the lead holds the
 * sentence too doubtful for either, the two completions should be dropped rather than guessed. Kept as
 * the builder read them, by the released conventions: the sums recovered `đã thu hồi 6.203,3 tỷ đồng,
 * đạt 81,7%` of the 7.593,5 tỷ đồng recommended (the recovery rate, a level in `percent`, as
 * `test14b-vi.ts` reads the enforcement rate `46,78% về tiền` and `test15-vi.ts` the measles coverage
 * `762.320/800.719 đối tượng, đạt 95,2%`: the sum recommended is a total, not a plan), `3.131.93 tỷ
 * đồng`, `(+7,92)`, the comparison figures `cùng kỳ 2019` without a period, every period as the sentence
 * alone names it (none taken from the page: the years of the Điện Biên and Sawaco passages stay out where
 * the sentence prints none) and every other row. All 82 rows were found verbatim at their addresses in
 * the search index (Phú Thọ, Nhịp sống doanh nghiệp, tinbong247news, the Thái Bình company, Bắc Giang's
 * board and VnBizNews on the first quarter of 2024 included).
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (2 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const TRITHUC_KTNN_H1_2018 =
  'https://trithucvn.co/kinh-te/kiem-toan-nha-nuoc-kien-nghi-xu-ly-gan-23-000-ty-dong.html/amp';
const INFINA_KTNN_2023 =
  'https://congdong.infina.vn/t/kiem-toan-nha-nuoc-de-xuat-xu-ly-hon-10-700-ty-dong-trong-nam-2023/26999';
const VIETNAMMOI_TTCP_Q1_2025 =
  'https://vietnammoi.vn/thanh-tra-chinh-phu-kien-nghi-thu-hoi-hon-600-ha-dat-vi-pham-kinh-te-20254414359235.htm';
const PHUTHO_TTCP = 'https://sonnmt.phutho.gov.vn/vi/tin-chuyen-nganh?page=505';
const NSDN_SAWACO_H1_2020 =
  'https://nhipsongdoanhnghiep.cuocsongantoan.vn/doanh-nghiep/tong-cong-ty-cap-nuoc-sai-gon-sawaco-loi-nhuan-6-thang-dau-nam-tang-85-dat-hon-400-ty-dong-3550482.html';
const TINHOT_NUOC_HANOI_2023 = 'https://tinhot.tw/2023/05/10/nhieu-doanh-nghiep-cap-nuoc-ha-noi-bao-lai-khung';
const URENCO_HANOI_2024 = 'https://tinbong247news.net/apicenter@/print_article&i=187206';
const MTDT_THAIBINH_2020 = 'http://moitruongdothithaibinh.com/ke-hoach-loi-nhuan-va-co-tuc-nam-tiep-theo';
const KCN_HUNGYEN_2020 =
  'http://banqlkcn.hungyen.gov.vn/portal/Pages/2020-6-10/cong-tac-quan-ly-nha-nuoc-ve-xay-dung-trong-cac-kcn-thuc-trang-va-giai-phap-c2139.html';
const KCN_BACGIANG = 'http://bacgiang-iza.gov.vn/node/153408';
const SCT_TAYNINH_09_2023 =
  'https://socongthuong.tayninh.gov.vn/vi/news/tin-tuc-su-kien/ban-tin-hoat-dong-nganh-cong-nghiep-tren-dia-ban-tinh-thang-9-2023-va-9-thang-dau-nam-2023-1126.html';
const VNBIZNEWS_DIENBIEN_11T =
  'https://vnbiznews.com/thuoc-top-5-dia-phuong-co-grdp-cao-nhat-ca-nuoc-dien-bien-phat-trien-kinh-te-the-nao-trong-11-thang-pid1989197856';
const VNBIZNEWS_GRDP_Q1_2024 =
  'https://vnbiznews.com/5-dia-phuong-tang-truong-grdp-hai-con-so-trong-quy-i-cao-nhat-ca-nuoc-pid1989159886';

const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const est = { st: 'estimate' } as const;

export const TEST16B_VI_ROWS: readonly Row[] = [
  // Kiểm toán Nhà nước, 6 tháng đầu năm 2018 (Trí Thức VN)
  [
    TRITHUC_KTNN_H1_2018,
    'Kiểm toán Nhà nước kiến nghị xử lý gần 23.000 tỷ đồng',
    [vnd('23000000000000', { a: 'under' })],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Tổng hợp kết quả kiểm toán 6 tháng đầu năm 2018, Kiểm toán Nhà nước (KTNN) kiến nghị xử lý tài chính tổng cộng 22.669 tỷ đồng, tăng 8,6% so với cùng kỳ năm 2017.',
    [vnd('22669000000000', { ch: [`rate 8.6 ${SPLY}`], p: '2018-H1' })],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Trong số đó, KTNN kiến nghị tăng thu ngân sách hơn 12.600 tỷ đồng, giảm chi ngân sách hơn 8.600 tỷ đồng, còn lại là các kiến nghị khác.',
    [vnd('12600000000000', { a: 'over' }), vnd('8600000000000', { a: 'over' })],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Đó là thông tin vừa được KTNN công bố tại Hội nghị Đánh giá công tác 6 tháng, triển khai nhiệm cụ công tác 6 tháng cuối năm của KTNN Việt Nam.',
    [],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Theo đó, con số kiến nghị xử lý tài chính gần 23.000 tỷ đồng trên được KTNN tổng hợp sơ bộ từ 48 dự thảo báo cáo kiểm toán và 14 báo cáo kiểm toán đã phát hành.',
    [vnd('23000000000000', { a: 'under' }), n('48'), n('14')],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Mặc dù chưa đề cập chi tiết nhưng phía KTNN có nhắc tới một số kết quả kiểm toán nổi bật thời gian qua như: Quản lý hoàn thuế giá trị gia tăng năm 2017; Quản lý và sử dụng vốn vay ODA giai đoạn 2015-2017; chính sách bất cập trong quản lý của Tập đoàn Điện lực Việt Nam (EVN), Ngân hàng nhà nước…',
    [],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Tại hội nghị, Chánh Văn phòng KTNN ông Nguyễn Ngọc Sùng cũng cho biết cơ quan này vừa hoàn thành Báo cáo tổng hợp kết quả kiểm toán năm 2017 với kết quả xử lý tài chính hơn 91.300 tỷ đồng.',
    [vnd('91300000000000', { a: 'over', p: '2017' })],
  ],
  [
    TRITHUC_KTNN_H1_2018,
    'Trong đó, tăng thu ngân sách nhà nước hơn 19.100 tỷ đồng; giảm chi gần 18.450 tỷ đồng; tăng vốn nhà nước tại doanh nghiệp trước khi cổ phần hóa hơn 9.600 tỷ đồng; và xử lý tài chính khác hơn 44.100 tỷ đồng.',
    [
      vnd('19100000000000', { a: 'over' }),
      vnd('18450000000000', { a: 'under' }),
      vnd('9600000000000', { a: 'over' }),
      vnd('44100000000000', { a: 'over' }),
    ],
  ],
  // Kiểm toán Nhà nước, năm 2023 (Infina)
  [
    INFINA_KTNN_2023,
    'Kiểm toán nhà nước đề xuất xử lý hơn 10.700 tỷ đồng trong năm 2023',
    [vnd('10700000000000', { a: 'over', p: '2023' })],
  ],
  [
    INFINA_KTNN_2023,
    'Tổng Kiểm toán Nhà nước đã công bố báo cáo về công tác kiểm toán năm nay, với kiến nghị xử lý số tiền hơn 10.700 tỷ đồng.',
    [vnd('10700000000000', { a: 'over' })],
  ],
  [
    INFINA_KTNN_2023,
    'Báo cáo này được trình bày trong phiên họp thứ 26 của Ủy ban Thường vụ Quốc hội do Chủ tịch Quốc hội Vương Đình Huệ chủ trì.',
    [],
  ],
  [
    INFINA_KTNN_2023,
    'Đến ngày 31/8/2023, đã có 127 kế hoạch kiểm toán được xét duyệt, 114 đoàn kiểm toán được triển khai và 93 cuộc kiểm toán đã kết thúc.',
    [n('127', { p: '2023-YTD-08' }), n('114', { p: '2023-YTD-08' }), n('93', { p: '2023-YTD-08' })],
  ],
  [
    INFINA_KTNN_2023,
    'Ngoài ra, đã có 94 Dự thảo báo cáo kiểm toán được xét duyệt và 61 báo cáo kiểm toán đã được phát hành.',
    [n('94'), n('61')],
  ],
  // Thanh tra Chính phủ, quý I/2025 (Việt Nam Mới)
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Thanh tra Chính phủ kiến nghị thu hồi hơn 600 ha đất vi phạm kinh tế',
    [ha('600', { a: 'over' })],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Trong quý I, cơ quan chức năng đã phát hiện vi phạm kinh tế với tổng số tiền 2.058 tỷ đồng và 720 ha đất.',
    [vnd('2058000000000'), ha('720')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Trong đó, Thanh tra Chính phủ kiến nghị thu hồi 1.904 tỷ đồng và 617 ha đất.',
    [vnd('1904000000000'), ha('617')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Quý I/2025, toàn ngành Thanh tra đã triển khai 1.538 cuộc thanh tra hành chính và 4.135 cuộc thanh tra, kiểm tra chuyên ngành, Báo Chính phủ đưa tin.',
    [n('1538', { p: '2025-Q1' }), n('4135', { p: '2025-Q1' })],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Qua quá trình thanh tra, cơ quan chức năng đã phát hiện vi phạm kinh tế với tổng số tiền 2.058 tỷ đồng và 720 ha đất.',
    [vnd('2058000000000'), ha('720')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Trong đó, Thanh tra Chính phủ kiến nghị thu hồi 1.904 tỷ đồng và 617 ha đất, xuất toán và loại khỏi giá trị quyết toán do chưa thực hiện đúng quy định 154 tỷ đồng và 103 ha đất.',
    [vnd('1904000000000'), ha('617'), vnd('154000000000'), ha('103')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Ngoài ra, cơ quan thanh tra đã ban hành 3.377 quyết định xử phạt vi phạm hành chính đối với tổ chức, cá nhân với số tiền 229 tỷ đồng, đồng thời kiến nghị xử lý hành chính 381 tập thể và 1.083 cá nhân.',
    [n('3377'), vnd('229000000000'), n('381'), n('1083')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Đặc biệt, 26 vụ việc cùng 15 cá nhân đã được chuyển cơ quan điều tra xem xét, xử lý.',
    [n('26'), n('15')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Về công tác tiếp công dân và giải quyết khiếu nại, tố cáo, toàn ngành đã tiếp nhận hơn 92.290 đơn thư các loại, xử lý 90.024 đơn, trong đó có 74.988 đơn đủ điều kiện xử lý.',
    [n('92290', { a: 'over' }), n('90024'), n('74988')],
  ],
  [
    VIETNAMMOI_TTCP_Q1_2025,
    'Tổng số vụ việc khiếu nại, tố cáo thuộc thẩm quyền của cơ quan hành chính Nhà nước là 6.472 vụ.',
    [n('6472')],
  ],
  // Thanh tra Chính phủ (cổng thông tin Sở TN&MT Phú Thọ)
  [
    PHUTHO_TTCP,
    'Thanh tra Chính phủ kiến nghị thu hồi về ngân sách Nhà nước 7.593,5 tỷ đồng (đã thu hồi 6.203,3 tỷ đồng, đạt 81,7%) và 514,9 ha đất; xuất toán, loại khỏi giá trị quyết toán và đề nghị cấp có thẩm quyền xem xét xử lý 3.705 tỷ đồng, 141 ha đất.',
    [vnd('7593500000000'), vnd('6203300000000'), pct('81.7'), ha('514.9'), vnd('3705000000000'), ha('141')],
  ],
  // Sawaco, 6 tháng đầu năm 2020 (Nhịp sống doanh nghiệp, theo BizLIVE)
  [
    NSDN_SAWACO_H1_2020,
    'Tổng Công ty Cấp nước Sài Gòn (Sawaco): Lợi nhuận 6 tháng đầu năm tăng 85%, đạt hơn 400 tỷ đồng',
    [vnd('400000000000', { a: 'over', ch: ['rate 85 *'] })],
  ],
  [NSDN_SAWACO_H1_2020, 'Sawaco ghi nhận lợi nhuận đột biến trong 6 tháng đầu năm 2020.', []],
  [
    NSDN_SAWACO_H1_2020,
    'Cụ thể, 6 tháng đầu năm nay, Sawaco ghi nhận doanh thu thuần về bán hàng và cung cấp dịch vụ đạt hơn 2.858 tỷ đồng, tăng hơn 9,5% so với mức hơn 2.610 tỷ đồng cùng kỳ 2019.',
    [vnd('2858000000000', { a: 'over', ch: [`rate 9.5 ${SPLY}`] }), vnd('2610000000000', { a: 'over' })],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Giá vốn hàng bán và cung cấp dịch vụ là hơn 1.115 tỷ đồng, tăng nhẹ 1,6% so với cùng kỳ.',
    [vnd('1115000000000', { a: 'over', ch: [`rate 1.6 ${SPLY}`] })],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Lợi nhuận gộp về bán hàng và cung cấp dịch vụ đạt hơn 1.743 tỷ đồng, tăng hơn 15% so với mức hơn 1.513 tỷ đồng cùng kỳ 2019.',
    [vnd('1743000000000', { a: 'over', ch: [`rate 15 ${SPLY}`] }), vnd('1513000000000', { a: 'over' })],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Lợi nhuận sau thuế ghi nhận mức hơn 407 tỷ đồng, tăng trưởng 85% so với hơn 220 tỷ đồng đạt được cùng kỳ 2019.',
    [vnd('407000000000', { a: 'over', ch: [`rate 85 ${SPLY}`] }), vnd('220000000000', { a: 'over' })],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Như vậy, chỉ sau 6 tháng đầu năm, lợi nhuận của Sawaco đã vượt xa mức lợi nhuận năm 2018 là 368 tỷ đồng và gần bằng mức cả năm 2019 là 454 tỷ đồng.',
    [vnd('368000000000', { p: '2018' }), vnd('454000000000', { p: '2019' })],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Cũng trong ngày hôm qua 19/8, Sawaco tiến hành Đại hội Đại biểu Đảng bộ lần thứ IV, nhiệm kỳ 2020 - 2025.',
    [],
  ],
  [
    NSDN_SAWACO_H1_2020,
    'Theo đó, Sawaco phấn đấu đảm bảo tỷ lệ 100% hộ dân TP được cấp nước sạch; tỷ lệ nước thất thoát, thất thu cuối năm 2025 là dưới 17,5%; tỷ suất lợi nhuận sau thuế trên vốn chủ sở hữu bình quân giai đoạn 2020-2025 là 7%; nộp ngân sách bình quân là 680 tỷ đồng/năm.',
    [goal(pct('100')), goal(pct('17.5', { a: 'under', p: '2025' })), goal(pct('7')), goal(n('680000000000'))],
  ],
  // Các công ty nước sạch Hà Nội năm 2022 (tinhot.tw, theo Lao Động)
  [
    TINHOT_NUOC_HANOI_2023,
    'Theo tìm hiểu của Lao Động, hoạt động cung cấp nước sạch cho khu vực nội đô TP Hà Nội đang có 5 đơn vị kinh doanh sản xuất tham gia, bao gồm Công ty TNHH MTV Nước sạch Hà Nội (Hawacom), Công ty TNHH MTV Nước sạch Hà Đông, Công ty Cổ phần Đầu tư Xây dựng và Kinh doanh nước sạch (Viwaco), Công ty Cổ phần nước sạch Sông Đuống, Công ty Cổ phần Đầu tư nước sạch Sông Đà (Viwasupco).',
    [],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Trừ Công ty Cổ phần nước sạch Sông Đuống đang thua lỗ nặng nề và Công ty TNHH MTV Nước sạch Hà Đông lãi mỏng, dữ liệu tài chính của 3 doanh nghiệp còn lại cho thấy các công ty đang thu lãi lớn với lĩnh vực cung cấp nước cho người dân tại Hà Nội những năm qua.',
    [],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Đơn cử, đối với Công ty Cổ phần Đầu tư nước sạch Sông Đà (Viwasupco), kết thúc năm 2022, doanh nghiệp này đưa về gần 549 tỉ đồng doanh thu.',
    [vnd('549000000000', { a: 'under', p: '2022' })],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Sau khi khấu trừ các loại chi phí, Viwasupco báo lãi sau thuế 201 tỉ đồng.',
    [vnd('201000000000')],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Tương ứng tỉ suất lợi nhuận trên doanh thu (ROS) là 36,6%, đồng nghĩa với trong năm 2022, có 100 đồng doanh thu sẽ tạo ra được gần 37 đồng lợi nhuận sau thuế – tỉ suất đáng mơ ước đối với mọi ngành nghề và doanh nghiệp.',
    [],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Tương tự, năm 2022, doanh thu Công ty Cổ phần Đầu tư Xây dựng và Kinh doanh nước sạch (Viwaco) đạt 676 tỉ đồng, lợi nhuận sau thuế hơn 87 tỉ đồng.',
    [vnd('676000000000', { p: '2022' }), vnd('87000000000', { a: 'over', p: '2022' })],
  ],
  [
    TINHOT_NUOC_HANOI_2023,
    'Như vậy, ROS của Viwaco là 12,8% (100 đồng doanh thu sẽ tạo ra gần 13 đồng lợi nhuận).',
    [],
  ],
  // URENCO Hà Nội năm 2024 (tinbong247news.net)
  [
    URENCO_HANOI_2024,
    'Năm 2024, tuy gặp nhiều khó khăn trong hoạt động sản xuất, kinh doanh nhưng cán bộ, người lao động trong Công ty TNHH MTV Môi trường đô thị Hà Nội đã nỗ lực hoàn thành tốt các nhiệm vụ được giao, bảo đảm ổn định việc làm, nâng cao thu nhập.',
    [],
  ],
  [
    URENCO_HANOI_2024,
    'Cụ thể, doanh thu hoạt động sản xuất, kinh doanh của công ty trong năm 2024 đạt gần 1.640 tỷ đồng, tăng 103% so với kế hoạch, lợi nhuận sau thuế đạt 16,5 tỷ đồng, tăng 110% kế hoạch, thu nhập bình quân của người lao động đạt 8,45 triệu đồng/người/tháng; chế độ, chính sách cho cán bộ, công nhân viên và người lao động… được công ty quan tâm, chăm sóc, hỗ trợ kịp thời.',
    [
      vnd('1640000000000', { a: 'under', c: '203', p: '2024' }),
      vnd('16500000000', { c: '210', p: '2024' }),
      n('8450000', { p: '2024' }),
    ],
  ],
  [
    URENCO_HANOI_2024,
    'Ngoài ra, các phong trào thi đua được công ty thực hiện đồng bộ, phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến.',
    [],
  ],
  [
    URENCO_HANOI_2024,
    'Theo đánh giá, giai đoạn 2024-2025, Công ty TNHH MTV Môi trường đô thị Hà Nội đã có nhiều đổi mới, cải tiến trong công tác vệ sinh môi trường, thu gom rác thải trên địa bàn 16/30 quận, huyện của thành phố, dần đáp ứng quy định Luật Bảo vệ môi trường 2020.',
    [],
  ],
  // Công ty CP Môi trường và Công trình Đô thị Thái Bình (trang của công ty)
  [
    MTDT_THAIBINH_2020,
    'Đại hội đồng cổ đông thường niên năm 2020 Công ty cổ phần Môi trường và Công trình Đô thị tỉnh Thái Bình thông qua kế hoạch sản xuất kinh doanh năm 2019 với các chỉ tiêu như sau:',
    [],
  ],
  [MTDT_THAIBINH_2020, 'Bảng số 14: Các chỉ tiêu kế hoạch tài chính', []],
  [MTDT_THAIBINH_2020, 'Giá nhiên liệu năm 2020 có xu hướng giảm do tình hình dịch bệnh COVID19;', []],
  // Ban Quản lý các KCN Hưng Yên (cổng của Ban), 2020
  [
    KCN_HUNGYEN_2020,
    'Giai đoạn từ năm 2009 đến nay, Ban Quản lý các KCN đã thực hiện 87 lượt giám sát xây dựng trong quá trình các doanh nghiệp triển khai thi công xây dựng công trình, qua đó đã phát hiện 21 trường hợp có vi phạm về trật tự xây dựng, trong đó có 10 trường hợp xây dựng công trình khi chưa có GPXD, 11 trường hợp xây dựng sai nội dung GPXD, tập trung vào các vi phạm chính như: xây dựng công trình không có trong mặt bằng quy hoạch tổng thể đã được Ban quản lý các KCN chấp thuận; tự ý điều chỉnh định vị xây dựng, quy mô diện tích xây dựng công trình; tự ý cơi nới hạng mục công trình, ảnh hưởng đến công tác PCCC...',
    [n('87'), n('21'), n('10'), n('11')],
  ],
  [
    KCN_HUNGYEN_2020,
    'Đến nay, trên địa bàn tỉnh có 13 KCN với tổng diện tích 3.684,6ha đã được Thủ tướng Chính phủ chấp thuận đưa vào Quy hoạch tổng thể phát triển các KCN cả nước, trong đó có 03 KCN đã đi vào hoạt động, tiếp nhận dự án đầu tư, bao gồm:',
    [n('13'), ha('3684.6'), n('3')],
  ],
  [
    KCN_HUNGYEN_2020,
    'KCN Phố Nối A: do Công ty Quản lý khai thác KCN Phố Nối A làm chủ đầu tư, giai đoạn I có quy mô diện tích 390ha, đến nay đã tiếp nhận 118 dự án đầu tư, tỷ lệ lấp đầy đạt 80,5%; giai đoạn mở rộng có quy mô 204,8 ha, đã hoàn thành công tác đền bù, giải phóng mặt bằng đợt 1 khoảng 60ha, hiện tại chủ đầu tư đang tiến hành thi công xây dựng hạ tầng kỹ thuật, phần còn lại đang được chủ đầu tư tiến hành công tác đền bù, giải phóng mặt bằng.',
    [ha('390'), n('118'), pct('80.5'), ha('204.8'), ha('60', { a: 'about' })],
  ],
  // Ban Quản lý các KCN Bắc Giang (cổng của Ban), 10 tháng đầu năm
  [KCN_BACGIANG, 'Ban Quản lý các KCN: Kết quả thu hút đầu tư 10 tháng đầu năm', []],
  [
    KCN_BACGIANG,
    'Từ đầu năm đến nay, Ban đã xem xét chấp thuận cấp mới 39 dự án (26 FDI và 13 DDI) với tổng vốn tăng thêm là 402,76 triệu USD và 3.131.93 tỷ đồng; điều chỉnh cho 36 dự án trong đó có 14 dự án bổ sung vốn với tổng vốn tăng thêm là 64,21 triệu USD và 35 tỷ đồng.',
    [
      n('39'),
      n('26'),
      n('13'),
      usd('402760000'),
      vnd('3131930000000'),
      n('36'),
      n('14'),
      usd('64210000'),
      vnd('35000000000'),
    ],
  ],
  [
    KCN_BACGIANG,
    'Lũy kế đến nay, Ban đã cấp Giấy CNĐT cho 270 dự án đầu tư vào các khu, cụm công nghiệp thuộc thẩm quyền quản lý của Ban; trong đó có 169 dự án có vốn đầu tư nước ngoài và 101 dự án đầu tư trong nước với số vốn đầu tư đăng ký là 2.729,23 triệu Đô la Mỹ và 7.566,51 tỷ đồng.',
    [n('270'), n('169'), n('101'), usd('2729230000'), vnd('7566510000000')],
  ],
  // Sở Công Thương Tây Ninh, bản tin tháng 9/2023
  [
    SCT_TAYNINH_09_2023,
    'Tháng 9/2023, Chỉ số sản xuất công nghiệp giảm nhẹ so tháng trước (-1,54%) và tăng so với tháng cùng kỳ (+21.13%); 9 tháng đầu năm 2023 tăng (+7,64%) so với cùng kỳ năm 2022.',
    [
      { ch: [`rate -1.54 ${PREV}`, `rate 21.13 ${SPLY}`], p: '2023-09' },
      { ch: [`rate 7.64 ${SPLY}`], p: '2023-YTD-09' },
    ],
  ],
  [
    SCT_TAYNINH_09_2023,
    'Tháng 9 năm 2023, Chỉ số sản xuất công nghiệp giảm nhẹ so tháng trước (-1,54%) và tăng so với tháng cùng kỳ (+21.13%).',
    [{ ch: [`rate -1.54 ${PREV}`, `rate 21.13 ${SPLY}`], p: '2023-09' }],
  ],
  [
    SCT_TAYNINH_09_2023,
    'Các phân ngành kinh tế đều giảm so với tháng trước: công nghiệp khai khoáng (-6,51%); công nghiệp chế biến, chế tạo (-1,49%); sản xuất và phân phối điện (-0,94%); Riêng hoạt động cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải tăng so với tháng trước (+1,29%).',
    [
      { ch: [`rate -6.51 ${PREV}`] },
      { ch: [`rate -1.49 ${PREV}`] },
      { ch: [`rate -0.94 ${PREV}`] },
      { ch: [`rate 1.29 ${PREV}`] },
    ],
  ],
  [
    SCT_TAYNINH_09_2023,
    'Một số các sản phẩm công nghiệp chủ yếu tăng so với tháng trước như: đường các loại (+14,47%), quần áo các loại (+0,29%), gạch các loại (+0,03%), clanke poolan (+3,47%), nước máy sản xuất (+2,01%).',
    [
      { ch: [`rate 14.47 ${PREV}`] },
      { ch: [`rate 0.29 ${PREV}`] },
      { ch: [`rate 0.03 ${PREV}`] },
      { ch: [`rate 3.47 ${PREV}`] },
      { ch: [`rate 2.01 ${PREV}`] },
    ],
  ],
  [SCT_TAYNINH_09_2023, 'Biểu 1: Chỉ số sản xuất công nghiệp tháng 9/2023 so tháng trước và tháng cùng kỳ (%)', []],
  [
    SCT_TAYNINH_09_2023,
    'Nhìn chung, Chỉ số sản xuất công nghiệp 9 tháng đầu năm 2023 so với cùng kỳ năm 2022 tăng (+7,64%).',
    [{ ch: [`rate 7.64 ${SPLY}`], p: '2023-YTD-09' }],
  ],
  [
    SCT_TAYNINH_09_2023,
    'Các phân ngành kinh tế tăng so với cùng kỳ như: công nghiệp chế biến, chế tạo (+7,92), sản xuất và phân phối điện (+1,35%), cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải (+5,85%).',
    [{ ch: [`rate 7.92 ${SPLY}`] }, { ch: [`rate 1.35 ${SPLY}`] }, { ch: [`rate 5.85 ${SPLY}`] }],
  ],
  [
    SCT_TAYNINH_09_2023,
    'Riêng phân ngành khai khoáng giảm so với cùng kỳ (-25,55%).',
    [{ ch: [`rate -25.55 ${SPLY}`] }],
  ],
  [SCT_TAYNINH_09_2023, 'Biểu 2: Các sản phẩm công nghiệp chủ yếu lũy kế so với cùng kỳ (%)', []],
  // Cục Thống kê tỉnh Điện Biên, 11 tháng (VnBizNews)
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Theo Cục Thống kê tỉnh Điện Biên, trong 9 tháng đầu năm, tổng sản phẩm trên địa bàn (GRDP) của tỉnh ước đạt 11.423,4 tỷ đồng, tăng 10,55% so với cùng kỳ năm trước, xếp thứ 3/14 tỉnh vùng trung du và miền núi phía Bắc, xếp thứ 5/63 tỉnh thành, phố).',
    [vnd('11423400000000', { ch: [`rate 10.55 ${SPLY}`], ...est })],
  ],
  [VNBIZNEWS_DIENBIEN_11T, 'Vậy, trong 11 tháng, tình hình phát triển kinh tế của địa phương như thế nào?', []],
  [VNBIZNEWS_DIENBIEN_11T, 'IIP ước tăng 21,54%', [{ ch: ['rate 21.54 *'], ...est }]],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Trong tháng 11, chỉ số sản xuất công nghiệp ước tính giảm 11,42% so với tháng trước và tăng 16,29% so với cùng kỳ năm trước.',
    [{ ch: [`rate -11.42 ${PREV}`, `rate 16.29 ${SPLY}`], ...est }],
  ],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Trong đó, ngành khai khoáng tăng 17,6% so với tháng trước và tăng 11,68% so với cùng kỳ năm trước; ngành chế biến, chế tạo tăng 13,05% so với tháng trước và tăng 3,35% so với cùng kỳ năm trước; sản xuất và phân phối điện giảm 39,46% so với tháng trước và tăng 56,82% so với cùng kỳ năm trước; cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 1,33% so với tháng trước và tăng 1,08% so với cùng kỳ năm trước.',
    [
      { ch: [`rate 17.6 ${PREV}`, `rate 11.68 ${SPLY}`] },
      { ch: [`rate 13.05 ${PREV}`, `rate 3.35 ${SPLY}`] },
      { ch: [`rate -39.46 ${PREV}`, `rate 56.82 ${SPLY}`] },
      { ch: [`rate 1.33 ${PREV}`, `rate 1.08 ${SPLY}`] },
    ],
  ],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Tính chung 11 tháng, chỉ số sản xuất toàn ngành công nghiệp ước tính tăng 21,54% so với cùng kỳ năm trước.',
    [{ ch: [`rate 21.54 ${SPLY}`], ...est }],
  ],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Trong đó, ngành khai khoáng giảm 3,8%; ngành chế biến, chế tạo tăng 5,73%; ngành sản xuất và phân phối điện tăng 51,43%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 0,78%.',
    [{ ch: ['rate -3.8 *'] }, { ch: ['rate 5.73 *'] }, { ch: ['rate 51.43 *'] }, { ch: ['rate 0.78 *'] }],
  ],
  [VNBIZNEWS_DIENBIEN_11T, 'Tổng thu ngân sách Nhà nước tăng hơn 4%', [{ ch: ['rate 4 *'] }]],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Cũng trong tháng 11, tổng thu ngân sách Nhà nước ước đạt 170,67 tỷ đồng.',
    [vnd('170670000000', est)],
  ],
  [
    VNBIZNEWS_DIENBIEN_11T,
    'Lũy kế 11 tháng đạt 1.429,95 tỷ đồng, tăng 4,19% so với cùng kỳ năm trước.',
    [vnd('1429950000000', { ch: [`rate 4.19 ${SPLY}`] })],
  ],
  // GRDP các tỉnh quý I/2024 (VnBizNews)
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Theo số liệu mới nhất của Tổng cục Thống kê về tình hình kinh tế – xã hội, tổng sản phẩm trong nước (GDP) quý I/2024 ước tính tăng 5,66% so với cùng kỳ năm trước, cao hơn tốc độ tăng của quý I các năm 2020-2023.',
    [{ ch: [`rate 5.66 ${SPLY}`], p: '2024-Q1', ...est }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 2,98%, đóng góp 6,09% vào mức tăng tổng giá trị tăng thêm của toàn nền kinh tế; khu vực công nghiệp và xây dựng tăng 6,28%, đóng góp 41,68%; khu vực dịch vụ tăng 6,12%, đóng góp 52,23%.',
    [{ ch: ['rate 2.98 *'] }, { ch: ['rate 6.28 *'] }, { ch: ['rate 6.12 *'] }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Xét theo từng địa phương, theo Tổng cục Thống kê, tổng sản phẩm trên địa bàn (GRDP) tại 57 tỉnh, thành ghi nhận tăng trưởng trong quý đầu tiên của năm 2024, trong khi đó có 6 địa phương ghi nhận GRDP giảm.',
    [n('57', { p: '2024-Q1' }), n('6', { p: '2024-Q1' })],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Trong số 57 tỉnh, thành có GRDP tăng trong quý I/2024, có đến 5 địa phương có GRDP tăng trưởng trên 10%.',
    [n('5', { p: '2024-Q1' })],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Cụ thể, với tăng trưởng GRDP trong quý I/2024 ước đạt 14,18%, Bắc Giang là hiện là địa phương có tăng trưởng kinh tế dẫn đầu cả nước.',
    [{ ch: ['rate 14.18 *'], p: '2024-Q1', ...est }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Các ngành sản xuất đều có tăng trưởng, trong đó: Nông, lâm nghiệp và thủy sản tăng 2,14%, công nghiệp - xây dựng tăng 18,0%, dịch vụ tăng 6,32%, thuế sản phẩm tăng 4,48%.',
    [{ ch: ['rate 2.14 *'] }, { ch: ['rate 18 *'] }, { ch: ['rate 6.32 *'] }, { ch: ['rate 4.48 *'] }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước trong quý I/2024, với GRDP tăng 13,93% cũng là tỉnh có tốc độ tăng trưởng cao nhất khu vực đồng bằng sông Cửu Long.',
    [{ ch: ['rate 13.93 *'], p: '2024-Q1' }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Trong đó, tổng giá trị sản xuất nông nghiệp tăng 2,75% so với cùng kỳ.',
    [{ ch: [`rate 2.75 ${SPLY}`] }],
  ],
  [
    VNBIZNEWS_GRDP_Q1_2024,
    'Chỉ số sản xuất công nghiệp tăng 102,66%; giá trị sản xuất công nghiệp - xây dựng tăng 30,19% so với cùng kỳ; giá trị thương mại - dịch vụ tăng 3,03% so với cùng kỳ.',
    [{ ch: ['rate 102.66 *'] }, { ch: [`rate 30.19 ${SPLY}`] }, { ch: [`rate 3.03 ${SPLY}`] }],
  ],
  [VNBIZNEWS_GRDP_Q1_2024, 'Đứng thứ ba Thanh Hóa với tốc độ GRDP tăng 13,15%.', [{ ch: ['rate 13.15 *'] }]],
];

export const TEST16B_VI: readonly RealSentence[] = TEST16B_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test16b-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test16',
}));
