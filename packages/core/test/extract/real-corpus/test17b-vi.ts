import type { RealFact, RealSentence } from './types';

/**
 * The SEVENTEENTH fresh set (`test17`), second Vietnamese part (`test17b`; `test17-*.ts` are another
 * builder's part, not read): sentences copied verbatim from the stored text the search index returns
 * for pages on sites absent from every earlier file (each domain grepped in `vi.ts`, `en.ts`,
 * `fresh-*.ts`, `fresh4-*.ts`, `test2-*.ts` … `test16b-*.ts`, and so were the distinctive figures) —
 * traffic accidents (the national traffic safety committee's May and first five months of 2015 on the
 * Thái Nguyên bus station's site, benxethainguyen.net; its April–May and first five months of 2022 on
 * the Gia Lai provincial traffic safety board's portal, atgt.gialai.gov.vn; the four days of the 2026
 * New Year holiday, a mirror page on collector.com.tr), fire and rescue (the fire police department's
 * first half of 2023 on the Hà Nội fire equipment site pccchn.vn; its March 2023 on anhp.vn; the year
 * 2023 on thegioithao.com; the government's report on October 2022–September 2023 quoted by
 * cuongthinh.net; the first nine months of 2023 on ANTV, antv.gov.vn), drug crime (the anti-crime report
 * of 2019, Truyền hình Pháp luật, tvphapluat.vn), hospitals (the medical services administration's four
 * days of Tết 2020, Báo Sức khỏe Cộng đồng; a district health centre's indicators on Nghĩa Đàn's portal,
 * nghiadan.vn, undated) and poverty reduction in ethnic-minority areas (the National Assembly's 2020
 * plan and the minorities' poverty share, Phụ nữ Việt Nam, 2019), with three provincial police pages
 * added last (Trà Vinh's traffic safety figures of the first nine months of 2022 on the provincial
 * police portal, congan.travinh.gov.vn; the seven days of Tết 2023 fires on phucdaian.com.vn; the coast
 * guard's anti-drug task force no. 2 in 2018 on Công an Nghệ An, congan.nghean.gov.vn), 2015–2026, 15
 * sites, national and provincial sources. Fire and rescue was read by `test14-vi.ts` (the department's own monthly communiqués of
 * 2021–2023); the rows here are other periods (the first half and the whole of 2023, March 2023) on
 * other sites. No stored page of a provincial justice department (civil status, legal aid, notaries),
 * of a social-insurance fund's annual results or of a social-housing programme with figures was found
 * by eight searches (the index returns tag pages, law texts and theses), so those genres are absent.
 *
 * Whole passages as stored, every figure sentence kept with sentences around them that state no figure
 * (leads, datelines of reports, causes, norms); sentences cut off by the end of the stored text are
 * left out (the cause list of pccchn.vn, the four large fires of anhp.vn, `Tổ chức hướng dẫn thoát nạn …`
 * of thegioithao.com, `So với 5 tháng đầu năm 2021 …` of the Gia Lai page, `Vận chuyển 3.020 lượt …`),
 * and so is the repeated lead of the Gia Lai page; sentences with no number were left out, and of those
 * whose numbers state no indicator figure a sample is kept (about one row in seven yields nothing).
 * Agencies' tags (`(ANTV) - `, `(THPL) `, `(Congannghean.vn)-`), the list numbers `1. ` and `2. ` of the
 * Trà Vinh page and a time stamp opening the anhp.vn text (`20:04 17/04/2023 `) are dropped. Slips of the source are kept as
 * printed: the spam injected into benxethainguyen.net's sentences (`từ ítcanada goose Ontario Parka
 * nghiêm trọng`, `3.735 Canada Goose Dame người`, `đường canada goose Snow Mantra Parka bộ`, `3 tiêu
 * goosenorge chí`), `ngộ độ thức ăn`, the space before `;` in `rối loạn tiêu hóa ;`, `sơ xuất`, `Đường
 * thuỷ`, `tỉ đồng` beside `tỷ đồng`, the closing `...` and `....`, `đối tuợng`, `hêrôin`, and the teaser
 * `toàn quốc xảy ra 41 vụ cháy, so sánh với…` that phucdaian.com.vn stores cut with an ellipsis.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test12-vi.ts` … `test16-vi.ts`
 * (and `test14-vi.ts` for the fire figures): `so với cùng kỳ`, `So với cùng kỳ năm trước`, `so với cùng
 * kỳ năm ngoái` are the same period last year; `So với cùng kỳ năm 2014`, `so với cùng kỳ năm 2021`,
 * `So với cùng kỳ năm 2025` and a change with no base are `*` (as the earlier sets read `so với cùng kỳ năm
 * 20xx`); `So với tháng 2-2023` of a March figure is the previous period; `hơn`, `trên` X are lower bounds,
 * `gần` an upper bound, `khoảng` an approximation (a bound of a change has no field); `ước tính`, `sơ bộ ước
 * tính` are the stage `estimate` (as `test14-vi.ts` reads the fire losses), on the money and the hectares
 * alike. `tỷ đồng`, `tỉ đồng` sums are `VND`; `tấn` of drugs is `tonne`, and `kg` a value without a unit
 * (as `test13-vi.ts` reads `45 kg/người`); counts of accidents, fires, deaths, injured, rescues, vehicles
 * and officers turned out, cases, suspects, examinations, operations and births are values without a
 * unit. The percentages in brackets after an absolute change (`giảm 400 vụ (-18,74%)`, `tăng 1 vụ (tăng
 * 100%)`, `giảm 4 vụ (44,44%)` under `giảm`) are rate changes; the absolute changes themselves (`giảm 400
 * vụ`, `tăng 206 vụ`, `Thiệt hại về tài sản tăng 244 tỉ đồng`) are no facts (test13's ruling (2)), so a
 * sentence with only such changes yields nothing. A period is given when the sentence names it with its
 * year (`5 tháng đầu năm 2022` `2022-YTD-05`, `tháng 3-2023` and `trong tháng 3/2023` `2023-03`, `trong năm
 * 2023` and the headline's `trong năm 2023` `2023`, `9 tháng đầu năm 2023` `2023-YTD-09`, `Trong năm 2019`
 * `2019`), and every item of a list governed by it carries it; `trong tháng 5`, `5 tháng đầu năm` without
 * a year, the committee's reporting windows (`Từ ngày 15/01 - 14/6/2023`, `Tính từ ngày 15/4 -
 * 14/5/2022`, `Từ tháng 10/2022 đến 9/2023`) and `4 ngày vừa qua` give none.
 *
 * The lead's conventions (domain.md, the test12–test16 headers): shares of a total (`chiếm 57,0%`, the
 * eleven kinds of premises `chiếm 33,6%` …, `chiếm 49,2%`, `chiếm 52,7% hộ nghèo cả nước`, `chiếm hơn 14% dân
 * số`) are not value facts; the LEVEL of a named rate indicator is a value in `percent` (the health centre's
 * `Công suất sử dụng giường bệnh … đạt 130%`, `Tỷ lệ trẻ dưới 1 tuổi được tiêm phòng đầy đủ đạt 100%`);
 * test13's ruling (1): units reaching a standard are values and their denominator a total, no fact
 * (`455/881 vụ` whose causes were found, `413/576 vụ cháy` and `2.096/3.456 vụ cháy, nổ` fought by the
 * police); a goal is a target, every figure it governs too; a change of a rate printed with `%` is a
 * `points` change (`riêng các huyện nghèo giảm 4%` of the poverty rate).
 *
 * Judgement calls: the Gia Lai page's `(giảm 10,28%)` after `giảm 106 vụ` and the Tết page's `(-18,67%)`
 * are changes with the sentence's base; in `giảm 4 vụ (44,44%)` the `giảm` before the difference gives the
 * bracketed rate its sign; `tăng 1 vụ (tăng 100%), tăng 1 người chết so với cùng kỳ năm 2021` gives the
 * accidents a change of 100 against `*` and the one death none; `(8/3 người)` and `(0/4 người)` after the
 * month-on-month changes of anhp.vn print the month's and the previous month's counts, read as values of
 * their own (as `test16-vi.ts` reads the comparison figures of the same period), `0` included; `hơn 1.900 vụ
 * cháy, làm 144 người chết, tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ` gives the fires
 * their change (11) and the deaths theirs (30, its bound unmarked); the headline `Số người chết vì hỏa hoạn
 * tăng 30%` is a change with no base; `các cơ sở khám chữa bệnh đã thực hiện khám, cấp cứu cho 107.063 trường
 * hợp, trong đó có 63.528 phải nhập viện` gives both counts (a breakdown after `trong đó` is a value of its
 * own, as the earlier sets read it), and so do the fire police's breakdowns; the health centre's `số lần
 * khám chữa bệnh đạt 121%, số bệnh nhân nội trú đạt 129%` are completions of the plan with no value stated
 * (the page prints no plan word, but a count `đạt 121%` can only be measured against its target), the bed
 * occupancy `130%` a level; `Cả nước có khoảng 14,6 triệu người dân tộc thiểu số` is a value; the policies
 * in force (`có 54 chính sách còn hiệu lực`) and the vote (`với 88,02% tổng số đại biểu Quốc hội tán thành`)
 * describe; the range `giảm 1 đến 1,5%` (and the headline's `giảm 1 - 1,5%`) gives no fact; Trà Vinh's
 * `Thực hiện chỉ tiêu, đã kéo giảm 48 vụ (giảm 65%) … so với năm 2019 (năm 2019 xảy ra 73 vụ, 53 người chết,
 * 50 người bị thương)` gives three changes against 2019 and the three counts of 2019 as values with their
 * year; `hơn 43kg ma túy tổng hợp` is a value without a unit and `Đoàn đặc nhiệm PCMT số 2` a name. Rows that
 * yield nothing: the reports' datelines and titles (`báo cáo … năm 2019`, `giai đoạn 10/2022-9/2023`,
 * `tháng 5 và 5 tháng đầu năm 2022`, the decree `Nghị định số 94/2016/NĐ-CP` of the Trà Vinh page), the
 * railway's `3 tiêu chí`, the absolute changes of thegioithao.com, a vote share, a count of policies.
 *
 * Of the 71 rows, 24 were found again verbatim by a second search at their addresses (thegioithao.com,
 * pccchn.vn, cuongthinh.net, antv.gov.vn, phucdaian.com.vn, collector.com.tr); the others were copied from
 * the stored text the first search returned (a second search for benxethainguyen.net's and the Gia Lai
 * board's sentences returned other sites printing the same figures, not those pages).
 *
 * The second annotator's check (2 December 2026; every row read against its sentence and the conventions
 * above, without the extractor): no row changed; the readings of the header (the bracketed rates as
 * changes and the absolute changes as no facts, `(8/3 người)` and `(0/4 người)` as values, the health
 * centre's `đạt 121%` and `đạt 129%` as completions, `kg` without a unit, Trà Vinh's 2019 figures with
 * their year) agree with the released sets. Verbatim: 67 of the 71 rows were found on the stored text of
 * their own addresses by searches of the `pages` corpus with distinctive phrases and figures (the
 * benxethainguyen.net page, spam included, the Gia Lai board's page and the Trà Vinh police page among
 * them, each at its own address). The four rows of anhp.vn (`Theo thống kê của Cục Cảnh sát PCCC và CNCH,
 * tháng 3-2023 …`, `So với tháng 2-2023 …`, `Lực lượng Cảnh sát PCCC và CNCH trực tiếp tham gia 68 vụ CNCH …`,
 * `Cũng trong tháng 3/2023 …`) were NOT found on a stored page at that address by four searches (its title,
 * its figures `102 vụ cháy`, `8/3 người`, `68 vụ CNCH`, `1.334 lượt phương tiện`, `413/576`); they stay as the
 * builder copied them, unconfirmed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only in
 * its own groups, its failures never printed (2 December 2026).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const BENXE_TNGT_2015 = 'http://benxethainguyen.net/dau-thang-5-da-giam-so-nguoi-chet-khi-tham-gia-giao-thong/';
const COLLECTOR_TET_2026 = 'https://www.collector.com.tr//966778398';
const ATGT_GIALAI_2022 =
  'https://atgt.gialai.gov.vn/index.php/news/tin-tuc-su-kien/5-thang-dau-nam-2022-ca-nuoc-giam-800-vu-tngt-197.html';
const PCCCHN_H1_2023 = 'https://pccchn.vn/thong-cao-bao-chi-tinh-hinh-chay-no-06-thang-dau-nam-2023';
const ANHP_PCCC_03_2023 =
  'http://anhp.vn/tap-trung-nhan-rong-mo-hinh-to-lien-gia-an-toan-pccc-va--diem-chua-chay-cong-cong-tai-cac-khu-dan-cu-d52880.html';
const THEGIOITHAO_PCCC_2023 =
  'http://thegioithao.com/truc-tiep_293-nguoi-thuong-vong-vi-chay-no-trong-nam-2023-185240105164730072.htm';
const CUONGTHINH_PCCC_2023 = 'https://cuongthinh.net/so-nguoi-chet-vi-hoa-hoan-tang-30/';
const ANTV_PCCC_2023 =
  'https://antv.gov.vn/tag/nghiep-vu-pccc-va-cnch-pccc-co-so-tru-so-co-quan-bo-cong-an-hoi-thao-pccc-da-nang-ho-gia-dinh/articles.html';
const TVPL_MATUY_2019 =
  'https://tvphapluat.vn/video/trong-nam-2019-phat-hien-20000-vu-va-31000-doi-tuong-pham-toi-ve-ma-tuy-24076/';
const SKCD_TET_2020 =
  'https://baosuckhoecongdong.vn/sau-4-ngay-nghi-tet-hon-200-nguoi-phai-nhap-vien-do-ngo-doc-bia-ruou-150557.html';
const NGHIADAN_YTE = 'https://nghiadan.vn/danh-muc/y-te-suc-khoe_246?page=154';
const PHUNU_HONGHEO_2019 = 'https://phunuvietnam.vn/ty-le-ho-ngheo.html';

const CATRAVINH_ATGT_9T_2022 = 'https://congan.travinh.gov.vn/catv/ch29/107.prt';
const PHUCDAIAN_TET_2023 = 'https://phucdaian.com.vn/search_news/712';
const CANGHEAN_PCMT_2018 =
  'http://congan.nghean.gov.vn/video/201812/doan-dac-nhiem-pcmt-canh-sat-bien-so-2-pha-21-vu-ma-tuy-bat-33-doi-tuong-thu-22-banh-heroin-828544';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';
const est = { st: 'estimate' } as const;

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

export const TEST17B_VI_ROWS: readonly Row[] = [
  // Ủy ban ATGT Quốc gia, tháng 5 và 5 tháng đầu năm 2015 (Bến xe Thái Nguyên)
  [
    BENXE_TNGT_2015,
    'Theo báo cáo nhanh của Ủy ban ATGT Quốc gia trong tháng 5, cả nước xảy ra 1.734 vụ, làm chết 708 người, làm bị thương 1.484 người.',
    [n('1734'), n('708'), n('1484')],
  ],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 400 vụ (-18,74%), giảm 47 người chết (-6,23%), giảm 560 người bị thương (-27,4%).',
    [ch('rate -18.74 *'), ch('rate -6.23 *'), ch('rate -27.4 *')],
  ],
  [
    BENXE_TNGT_2015,
    'Trong đó TNGT từ ítcanada goose Ontario Parka nghiêm trọng trở lên xảy ra 798 vụ, làm chết 708 người, bị thương 378 người.',
    [n('798'), n('708'), n('378')],
  ],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 61 vụ (-7,1%), giảm 47 người chết (-6,23%), giảm 133 người bị thương (-26,03%).',
    [ch('rate -7.1 *'), ch('rate -6.23 *'), ch('rate -26.03 *')],
  ],
  [BENXE_TNGT_2015, 'Va chạm giao thông xảy ra 936 vụ, làm bị thương nhẹ 1.106 người.', [n('936'), n('1106')]],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 339 vụ (-26,59%), giảm 427 người bị thương (-27,85%).',
    [ch('rate -26.59 *'), ch('rate -27.85 *')],
  ],
  [
    BENXE_TNGT_2015,
    'Tính chung cả 5 tháng đầu năm, toàn quốc xảy ra 9.318 vụ, làm chết 3.735 Canada Goose Dame người, làm bị thương 8.554 người.',
    [n('9318'), n('3735'), n('8554')],
  ],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 1.454 vụ (-13,5%), giảm 193 người chết (-4,91%), giảm 2.002 người bị thương (-18,97%).',
    [ch('rate -13.5 *'), ch('rate -4.91 *'), ch('rate -18.97 *')],
  ],
  [
    BENXE_TNGT_2015,
    'Trong đó TNGT từ ít nghiêm trọng trở lên xảy ra 4.293 vụ, làm chết 3.735 người, bị thương 2.515 người.',
    [n('4293'), n('3735'), n('2515')],
  ],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 175 vụ (-3,92%), giảm 193 người chết (-4,91%), giảm 378 người bị thương (-13,07%).',
    [ch('rate -3.92 *'), ch('rate -4.91 *'), ch('rate -13.07 *')],
  ],
  [BENXE_TNGT_2015, 'Va chạm giao thông xảy ra 5.025 vụ, làm bị thương nhẹ 6.039 người.', [n('5025'), n('6039')]],
  [
    BENXE_TNGT_2015,
    'So với cùng kỳ năm 2014 giảm 1.279 vụ (-20,69%), giảm 1.624 người bị thương (-21,19%).',
    [ch('rate -20.69 *'), ch('rate -21.19 *')],
  ],
  [
    BENXE_TNGT_2015,
    'Đáng chú ý, trong khi TNGT đường canada goose Snow Mantra Parka bộ và đường thủy giảm, thì TNGT đường sắt lại tăng cả 3 tiêu goosenorge chí.',
    [],
  ],
  [
    BENXE_TNGT_2015,
    'Cụ thể, số vụ tăng hơn 17%, số người chết tăng hơn 8,57% và số người bị thương tăng hơn 50%.',
    [ch('rate 17 *'), ch('rate 8.57 *'), ch('rate 50 *')],
  ],
  // Bốn ngày nghỉ Tết dương lịch 2026 (collector.com.tr)
  [
    COLLECTOR_TET_2026,
    'Bốn ngày nghỉ Tết dương lịch, số người chết do tai nạn giảm 31,88% so với cùng kỳ',
    [ch(`rate -31.88 ${SPLY}`)],
  ],
  [
    COLLECTOR_TET_2026,
    'So với cùng kỳ năm 2025, số tai nạn trong 4 ngày vừa qua giảm 45 vụ (-18,67%), giảm 44 người chết (-31,88%).',
    [ch('rate -18.67 *'), ch('rate -31.88 *')],
  ],
  [COLLECTOR_TET_2026, 'Trong khi đó số người bị thương tăng 17 người (+12,41%).', [ch('rate 12.41 *')]],
  // Ủy ban ATGT Quốc gia, tháng 5 và 5 tháng đầu năm 2022 (Ban ATGT tỉnh Gia Lai)
  [
    ATGT_GIALAI_2022,
    '5 tháng đầu năm 2022, toàn quốc xảy ra 4.733 vụ TNGT, làm chết 2.761 người, bị thương 3.078 người, giảm 800 vụ so với cùng kỳ năm trước.',
    [n('4733', { p: '2022-YTD-05' }), n('2761', { p: '2022-YTD-05' }), n('3078', { p: '2022-YTD-05' })],
  ],
  [
    ATGT_GIALAI_2022,
    'Ủy ban ATGT Quốc gia vừa có báo cáo nhanh về tình hình trật tự ATGT tháng 5 và 5 tháng đầu năm 2022.',
    [],
  ],
  [
    ATGT_GIALAI_2022,
    'Tính từ ngày 15/4 - 14/5/2022, toàn quốc xảy ra 925 vụ TNGT, làm chết 485 người và làm bị thương 647 người.',
    [n('925'), n('485'), n('647')],
  ],
  [
    ATGT_GIALAI_2022,
    'So với cùng kỳ năm 2021 giảm 106 vụ (giảm 10,28%), giảm 36 người chết (giảm 6,91%) và giảm 74 người bị thương (giảm 10,26%).',
    [ch('rate -10.28 *'), ch('rate -6.91 *'), ch('rate -10.26 *')],
  ],
  [
    ATGT_GIALAI_2022,
    'Trong đó, đường bộ xảy ra 916 vụ, làm chết 477 người, bị thương 645 người.',
    [n('916'), n('477'), n('645')],
  ],
  [
    ATGT_GIALAI_2022,
    'So với cùng kỳ năm trước giảm 99 vụ (giảm 9,75%), giảm 34 người chết (giảm 6,65%), giảm 74 người bị thương (giảm 10,29%).',
    [ch(`rate -9.75 ${SPLY}`), ch(`rate -6.65 ${SPLY}`), ch(`rate -10.29 ${SPLY}`)],
  ],
  [
    ATGT_GIALAI_2022,
    'Đường sắt xảy ra 5 vụ TNGT, làm chết 4 người, bị thương 2 người, giảm 4 vụ (44,44%), giảm 2 người chết (giảm 33,33%) so với cùng kỳ năm ngoái.',
    [n('5', { ch: [`rate -44.44 ${SPLY}`] }), n('4', { ch: [`rate -33.33 ${SPLY}`] }), n('2')],
  ],
  [
    ATGT_GIALAI_2022,
    'Đường thuỷ xảy ra 2 vụ, làm chết 3 người, không có người bị thương, so với cùng kỳ năm trước giảm 4 vụ (giảm 66,67%), giảm 1 người chết (giảm 25%).',
    [n('2', { ch: [`rate -66.67 ${SPLY}`] }), n('3', { ch: [`rate -25 ${SPLY}`] })],
  ],
  [
    ATGT_GIALAI_2022,
    'Trong khi đó, hàng hải xảy ra 2 vụ TNGT làm chết 1 người, tăng 1 vụ (tăng 100%), tăng 1 người chết so với cùng kỳ năm 2021.',
    [n('2', { ch: ['rate 100 *'] }), n('1')],
  ],
  [
    ATGT_GIALAI_2022,
    'Tính chung 5 tháng đầu năm 2022 (từ ngày 15/12/2021 đến 14/5/2022), toàn quốc xảy ra 4.733 vụ TNGT, làm chết 2.761 người, bị thương 3.078 người.',
    [n('4733', { p: '2022-YTD-05' }), n('2761', { p: '2022-YTD-05' }), n('3078', { p: '2022-YTD-05' })],
  ],
  // Cục Cảnh sát PCCC và CNCH, 6 tháng đầu năm 2023 (pccchn.vn)
  [
    PCCCHN_H1_2023,
    'Tình hình cháy, nổ, cứu nạn, cứu hộ: Từ ngày 15/01 - 14/6/2023, toàn quốc xảy ra 881 vụ cháy, làm chết 45 người, bị thương 43 người, tài sản thiệt hại ước tính 87,15 tỷ đồng và 149,08 ha rừng; xảy ra 05 vụ, làm 03 người chết và 10 người bị thương; lực lượng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH) trực tiếp tham gia 565 vụ CNCH; tổ chức cứu được 193 người, tìm được 389 thi thể bàn giao cho cơ quan chức năng xử lý.',
    [
      n('881'),
      n('45'),
      n('43'),
      vnd('87150000000', est),
      ha('149.08', est),
      n('5'),
      n('3'),
      n('10'),
      n('565'),
      n('193'),
      n('389'),
    ],
  ],
  [
    PCCCHN_H1_2023,
    'Địa bàn xảy ra cháy: Thành thị xảy ra 502 vụ (chiếm 57,0%); nông thôn xảy ra 379 vụ (chiếm 43,0%).',
    [n('502'), n('379')],
  ],
  [
    PCCCHN_H1_2023,
    'Số vụ cháy xảy ra tại nhà dân là 320 vụ (chiếm 33,6%); 124 vụ cháy kho, cơ sở sản xuất, kinh doanh (chiếm 13,4%); 99 vụ cháy phương tiện giao thông (chiếm 10,7%); 82 vụ cháy nhà ở kết hợp kinh doanh (chiếm 8,9%); 60 vụ cháy rừng (chiếm 6,5%); 24 vụ cháy chợ, trung tâm thương mại, siêu thị, cửa hàng bách hóa (chiếm 2,6%); 12 vụ cháy trụ sở làm việc (chiếm 1,3%); 11 vụ cháy chung cư (chiếm 1,2%); 04 vụ cháy cơ sở giáo dục (chiếm 0,4%); 03 vụ cháy quán bar, karaoke (chiếm 0,3%) và 142 vụ cháy các loại hình cơ sở khác (chiếm 16,1%).',
    [n('320'), n('124'), n('99'), n('82'), n('60'), n('24'), n('12'), n('11'), n('4'), n('3'), n('142')],
  ],
  [PCCCHN_H1_2023, 'Nguyên nhân các vụ cháy: Đã điều tra làm rõ nguyên nhân 455/881 vụ (chiếm 49,2%).', [n('455')]],
  // Cục Cảnh sát PCCC và CNCH, tháng 3/2023 (anhp.vn)
  [
    ANHP_PCCC_03_2023,
    'Theo thống kê của Cục Cảnh sát PCCC và CNCH, tháng 3-2023, toàn quốc xảy ra 102 vụ cháy làm chết 8 người; thiệt hại tài sản ước tính khoảng 5,74 tỷ đồng; xảy ra 406 vụ sự cố chạm chập thiết bị điện trên cột điện, trong nhà dân, cháy cỏ rác.',
    [
      n('102', { p: '2023-03' }),
      n('8', { p: '2023-03' }),
      vnd('5740000000', { a: 'about', ...est, p: '2023-03' }),
      n('406', { p: '2023-03' }),
    ],
  ],
  [
    ANHP_PCCC_03_2023,
    'So với tháng 2-2023, số vụ cháy giảm 52 vụ, giảm 33,77%; số người chết tăng 5 người (8/3 người), số người bị thương giảm 4 người (0/4 người); thiệt hại về tài sản sơ bộ giảm 5,74 tỷ đồng.',
    [ch(`rate -33.77 ${PREV}`), n('8'), n('3'), n('0'), n('4')],
  ],
  [
    ANHP_PCCC_03_2023,
    'Lực lượng Cảnh sát PCCC và CNCH trực tiếp tham gia 68 vụ CNCH, sự cố, tai nạn cứu được 20 người; tìm được 42 thi thể và bàn giao cho cơ quan chức năng xử lý; đồng thời hướng dẫn thoát nạn và cứu được 21 người bị mắc kẹt trong đám cháy thoát ra ngoài an toàn, tài sản cứu được ước tính khoảng 16 tỷ đồng.',
    [n('68'), n('20'), n('42'), n('21'), vnd('16000000000', { a: 'about', ...est })],
  ],
  [
    ANHP_PCCC_03_2023,
    'Cũng trong tháng 3/2023, lực lượng Cảnh sát PCCC và CNCH Công an các địa phương đã xuất 1.334 lượt phương tiện, 7.956 lượt cán bộ, chiến sĩ trực tiếp tổ chức chữa cháy và CNCH 413/576 vụ cháy, bảo vệ một lượng tài sản trị giá hàng chục tỷ đồng.',
    [n('1334', { p: '2023-03' }), n('7956', { p: '2023-03' }), n('413', { p: '2023-03' })],
  ],
  // Cục Cảnh sát PCCC và CNCH (C07), năm 2023 (thegioithao.com)
  [THEGIOITHAO_PCCC_2023, '293 người thương vong vì cháy, nổ trong năm 2023', [n('293', { p: '2023' })]],
  [
    THEGIOITHAO_PCCC_2023,
    'Trong năm 2023, toàn quốc xảy ra 3.456 vụ cháy, nổ khiến 157 người chết và 136 người bị thương; thiệt hại tài sản ước tính 878 tỉ đồng.',
    [
      n('3456', { p: '2023' }),
      n('157', { p: '2023' }),
      n('136', { p: '2023' }),
      vnd('878000000000', { ...est, p: '2023' }),
    ],
  ],
  [
    THEGIOITHAO_PCCC_2023,
    'Theo thống kê của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07) Bộ Công an, trong năm 2023, toàn quốc xảy ra 3.440 vụ cháy, làm chết 146 người, bị thương 109 người; xảy ra 16 vụ nổ, làm 11 người chết và 27 người bị thương.',
    [
      n('3440', { p: '2023' }),
      n('146', { p: '2023' }),
      n('109', { p: '2023' }),
      n('16', { p: '2023' }),
      n('11', { p: '2023' }),
      n('27', { p: '2023' }),
    ],
  ],
  [
    THEGIOITHAO_PCCC_2023,
    'Thiệt hại tài sản ước tính 878 tỉ đồng và 236 ha rừng.',
    [vnd('878000000000', est), ha('236', est)],
  ],
  [
    THEGIOITHAO_PCCC_2023,
    'So với năm 2022, số vụ cháy tăng 206 vụ, tăng 27 người chết và tăng 19 người bị thương; số vụ nổ giảm 2 vụ, giảm 2 người bị thương và tăng 1 người chết.',
    [],
  ],
  [THEGIOITHAO_PCCC_2023, 'Thiệt hại về tài sản tăng 244 tỉ đồng.', []],
  [
    THEGIOITHAO_PCCC_2023,
    'Trong số các vụ cháy, 2.105 vụ xảy ra ở thành thị, 1.335 vụ xảy ra ở nông thôn.',
    [n('2105'), n('1335')],
  ],
  [THEGIOITHAO_PCCC_2023, 'Trong đó, cháy nhà dân vẫn chiếm tỷ lệ cao nhất, với 1.016 vụ.', [n('1016')]],
  [
    THEGIOITHAO_PCCC_2023,
    'Về nguyên nhân, lực lượng chức năng xác định, có 1.345 vụ do sự cố hệ thống, thiết bị điện; 340 vụ do sơ xuất, bất cẩn sử dụng nguồn lửa, nguồn nhiệt.',
    [n('1345'), n('340')],
  ],
  [
    THEGIOITHAO_PCCC_2023,
    'Theo C07, trong năm 2023, lực lượng cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ công an các địa phương đã xuất 11.383 lượt phương tiện và 65.198 lượt cán bộ chiến sĩ tổ chức chữa cháy, cứu hộ, cứu nạn 2.096/3.456 vụ cháy, nổ (số còn lại được lực lượng tại chỗ và nhân dân tổ chức ứng cứu).',
    [n('11383', { p: '2023' }), n('65198', { p: '2023' }), n('2096', { p: '2023' })],
  ],
  // Báo cáo của Chính phủ về PCCC, tháng 10/2022 - 9/2023 (cuongthinh.net, sau VnExpress)
  [CUONGTHINH_PCCC_2023, 'Số người chết vì hỏa hoạn tăng 30%', [ch('rate 30 *')]],
  [
    CUONGTHINH_PCCC_2023,
    'Từ tháng 10/2022 đến 9/2023, cả nước xảy ra hơn 1.900 vụ cháy, làm 144 người chết, tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ.',
    [n('1900', { a: 'over', ch: [`rate 11 ${SPLY}`] }), n('144', { ch: [`rate 30 ${SPLY}`] })],
  ],
  [
    CUONGTHINH_PCCC_2023,
    'Số liệu trên được nêu ra trong báo cáo của Chính phủ về thực hiện chính sách pháp luật phòng cháy chữa cháy giai đoạn 10/2022-9/2023.',
    [],
  ],
  [
    CUONGTHINH_PCCC_2023,
    'Các vụ cháy gây thiệt hại tài sản 315 tỷ đồng, trong đó có 61 vụ nghiêm trọng làm chết 142 người, bị thương 63 người, chủ yếu xảy ra trong khu dân cư.',
    [vnd('315000000000'), n('61'), n('142'), n('63')],
  ],
  // Tổng cục Thống kê, cháy nổ 9 tháng đầu năm 2023 (ANTV)
  [
    ANTV_PCCC_2023,
    'Theo số liệu của Tổng cục Thống kê, chỉ trong 9 tháng đầu năm 2023, trên địa bàn cả nước xảy ra khoảng 1.500 vụ cháy nổ, làm 130 người chết và 99 người bị thương, thiệt hại ước tính khoảng 210 tỷ đồng.',
    [
      n('1500', { a: 'about', p: '2023-YTD-09' }),
      n('130', { p: '2023-YTD-09' }),
      n('99', { p: '2023-YTD-09' }),
      vnd('210000000000', { a: 'about', ...est, p: '2023-YTD-09' }),
    ],
  ],
  // Báo cáo công tác phòng chống tội phạm năm 2019, tội phạm ma túy (Truyền hình Pháp luật)
  [
    TVPL_MATUY_2019,
    'Trong năm 2019, phát hiện 20.000 vụ và 31.000 đối tượng phạm tội về ma túy',
    [n('20000', { p: '2019' }), n('31000', { p: '2019' })],
  ],
  [
    TVPL_MATUY_2019,
    'Đó là con số được nêu ra tại báo cáo công tác phòng chống tham nhũng tội phạm và vi phạm pháp luật năm 2019.',
    [],
  ],
  [
    TVPL_MATUY_2019,
    'Theo báo cáo, lực lượng chức năng đã thu giữ trên 1 tấn heroin, gần 6 tấn ma túy tổng hợp, trên 600kg thuốc phiện, 760kg cần sa và nhiều tang vật liên quan.',
    [tonne('1', { a: 'over' }), tonne('6', { a: 'under' }), n('600', { a: 'over' }), n('760')],
  ],
  // Công an tỉnh Trà Vinh, trật tự an toàn giao thông 9 tháng đầu năm 2022 (cổng Công an tỉnh)
  [
    CATRAVINH_ATGT_9T_2022,
    'Thực hiện Nghị định số 94/2016/NĐ-CP, ngày 01/7/2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật thống kê; Quy chế phổ biến thông tin thống kê trong Công an nhân dân, Công an tỉnh Trà Vinh công bố số liệu (sơ bộ) về công tác bảo đảm trật tự an toàn giao thông trên địa bàn tỉnh Trà Vinh 9 tháng đầu năm 2022 (từ ngày 15/12/2021 đến 14/9/2022), như sau:',
    [],
  ],
  [
    CATRAVINH_ATGT_9T_2022,
    'Tai nạn giao thông: Trong 9 tháng đầu năm 2022, xảy ra 25 vụ tai nạn giao thông đường bộ, làm chết 24 người, bị thương 10 người, so với cùng kỳ năm 2021 giảm 06 vụ, giảm 06 người chết, giảm 01 người bị thương.',
    [n('25', { p: '2022-YTD-09' }), n('24', { p: '2022-YTD-09' }), n('10', { p: '2022-YTD-09' })],
  ],
  [
    CATRAVINH_ATGT_9T_2022,
    'Thực hiện chỉ tiêu, đã kéo giảm 48 vụ (giảm 65%), giảm 29 người chết (giảm 54%), giảm 40 người bị thương (giảm 80%) so với năm 2019 (năm 2019 xảy ra 73 vụ, 53 người chết, 50 người bị thương).',
    [
      ch('rate -65 2019'),
      ch('rate -54 2019'),
      ch('rate -80 2019'),
      n('73', { p: '2019' }),
      n('53', { p: '2019' }),
      n('50', { p: '2019' }),
    ],
  ],
  [
    CATRAVINH_ATGT_9T_2022,
    'Xử lý hành chính về trật tự an toàn giao thông: Trong 9 tháng đầu năm 2022, phát hiện, xử lý 16.216 trường hợp vi phạm, phạt tiền 13.054 trường hợp, thu nộp ngân sách 31,79 tỷ đồng.',
    [n('16216', { p: '2022-YTD-09' }), n('13054', { p: '2022-YTD-09' }), vnd('31790000000', { p: '2022-YTD-09' })],
  ],
  // Cục Cảnh sát PCCC và CNCH, 7 ngày Tết Quý Mão 2023 (phucdaian.com.vn)
  [PHUCDAIAN_TET_2023, 'Xảy ra 41 vụ cháy trong 7 ngày Tết, giảm cả 3 tiêu chí', [n('41')]],
  [
    PHUCDAIAN_TET_2023,
    'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH), Bộ Công an cho biết, trong 7 ngày Tết (từ ngày 20/1/2023 đến ngày 26/1/2023), toàn quốc xảy ra 41 vụ cháy, so sánh với…',
    [n('41')],
  ],
  // Đoàn đặc nhiệm PCMT số 2, Cảnh sát biển, năm 2018 (Công an Nghệ An)
  [
    CANGHEAN_PCMT_2018,
    'Năm 2018, Đoàn đặc nhiệm PCMT số 2 đã trực tiếp và phối hợp đấu tranh, triệt phá 21 chuyên án, vụ án về mua bán, tàng trữ, vận chuyển trái phép chất ma túy; bắt giữ 23 đối tuợng; thu giữ 22 bánh hêrôin, hơn 43kg ma túy tổng hợp dạng đá, 1.400 viên hồng phiến....',
    [
      n('21', { p: '2018' }),
      n('23', { p: '2018' }),
      n('22', { p: '2018' }),
      n('43', { a: 'over', p: '2018' }),
      n('1400', { p: '2018' }),
    ],
  ],
  // Cục Quản lý Khám chữa bệnh, 4 ngày nghỉ Tết Canh Tý 2020 (Báo Sức khỏe Cộng đồng)
  [
    SKCD_TET_2020,
    'Cục trưởng Cục Quản lý Khám chữa bệnh, PGS.TS Lương Ngọc Khuê cho biết các cơ sở khám chữa bệnh đã thực hiện khám, cấp cứu cho 107.063 trường hợp, trong đó có 63.528 phải nhập viện điều trị.',
    [n('107063'), n('63528')],
  ],
  [
    SKCD_TET_2020,
    'Tổng số ca phẫu thuật sau 4 ngày Tết là 6.650 ca, trong đó có 136 ca là phẫu thuật chấn thương sọ não.',
    [n('6650'), n('136')],
  ],
  [
    SKCD_TET_2020,
    'Tính đến thời điểm hiện tại đã có 910 ca khám, cấp cứu do ngộ độ thức ăn, rối loạn tiêu hóa ; trong đó có 236 ca do ngộ độc rượu bia và 221 ca ngộ độc do thức ăn tự chế biến.',
    [n('910'), n('236'), n('221')],
  ],
  [SKCD_TET_2020, 'Các cơ sở khám chữa bệnh đã đỡ đẻ, mổ đẻ thành công đón 8.403 trẻ chào đời.', [n('8403')]],
  // Trung tâm Y tế huyện Nghĩa Đàn (cổng thông tin huyện, không ghi năm)
  [
    NGHIADAN_YTE,
    'Công suất sử dụng giường bệnh tại trung tâm đạt 130%, số lần khám chữa bệnh đạt 121%, số bệnh nhân nội trú đạt 129%.',
    [pct('130'), { c: '121' }, { c: '129' }],
  ],
  [NGHIADAN_YTE, 'Tỷ lệ trẻ dưới 1 tuổi được tiêm phòng đầy đủ đạt 100%...', [pct('100')]],
  // Giảm nghèo, vùng đồng bào dân tộc thiểu số (Phụ nữ Việt Nam, 2019)
  [
    PHUNU_HONGHEO_2019,
    'Nghị quyết phát triển kinh tế - xã hội 2020: Chỉ tiêu tỷ lệ hộ nghèo đa chiều giảm 1 - 1,5%',
    [],
  ],
  [
    PHUNU_HONGHEO_2019,
    'Sáng nay 11/11, tiếp tục Kỳ họp thứ 8, Quốc hội biểu quyết thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2020 với 88,02% tổng số đại biểu Quốc hội tán thành.',
    [],
  ],
  [
    PHUNU_HONGHEO_2019,
    'Trong đó, Nghị quyết đặt ra chỉ tiêu tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều giảm 1 đến 1,5%, riêng các huyện nghèo giảm 4%.',
    [goal({ ch: ['points -4 *'] })],
  ],
  [
    PHUNU_HONGHEO_2019,
    'Cả nước có khoảng 14,6 triệu người dân tộc thiểu số chiếm hơn 14% dân số cả nước.',
    [n('14600000', { a: 'about' })],
  ],
  [
    PHUNU_HONGHEO_2019,
    'Mặc dù hiện nay có 54 chính sách còn hiệu lực hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số, miền núi nhưng đời sống đồng bào dân tộc thiểu số nhiều nơi còn rất khó khăn.',
    [],
  ],
];

export const TEST17B_VI: readonly RealSentence[] = TEST17B_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test17b-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test17',
}));
