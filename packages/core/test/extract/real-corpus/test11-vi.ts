import type { RealFact, RealSentence } from './types';

/**
 * The ELEVENTH fresh set (`test11`), Vietnamese part: sentences copied verbatim from the reports of
 * SECTOR AGENCIES as published: the Vietnam Maritime Administration (Cục Hàng hải: seaport
 * throughput, in Thời báo Tài chính and on QPVN, the army's television site), the Civil Aviation
 * Authority (Cục Hàng không: air passengers and cargo, Tết and 2/9 holidays, half-years and years
 * 2021-2025, in Thanh Niên, VnEconomy, VietNamNet, Việt Báo and Thế giới Tiếp thị), the Ministry of
 * Transport (Bộ GTVT, in Pháp Luật TP.HCM), the General Department of Taxation and provincial tax
 * departments (Tổng cục Thuế, Cục Thuế Thanh Hóa, Cục Thuế Bà Rịa - Vũng Tàu, Tuyên Quang's revenue
 * on the provincial Agriculture Department's portal, in Thời báo Tài chính, Báo Bà Rịa - Vũng Tàu
 * and Thanh Niên), the General Department of Customs (Tổng cục Hải quan), and banks in a province
 * (the State Bank branches' figures on deposits, credit and bad debt in Hà Tĩnh, Thái Nguyên and a
 * province reported on Báo Mới), and a provincial Social Security office (the share of workers
 * insured and the health-insurance coverage of Bà Rịa - Vũng Tàu against their targets), 2021-2025
 * — from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts` … `test10-*.ts`
 * (checked by grepping their addresses and distinctive figures; some of the papers carrying them
 * were read by earlier sets for other articles: the search index holds few Vietnamese pages from
 * the agencies' own sites). Every figure sentence of the passages read is kept, with some sentences
 * around them that state no figure; photo captions with a slip of scale (`hơn 2.700 nghìn chuyến
 * bay` under a headline of 27 thousand) are left out.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test8-vi.ts` and
 * `test10-vi.ts`: `đạt X% dự toán`, `bằng X% dự toán pháp lệnh`, `đạt X% so với dự toán`, `tương
 * đương X% dự toán`, `đạt X% chỉ tiêu phấn đấu` are completions (two completions of one figure are
 * two facts, the second without the value); `vượt 7% so với chỉ tiêu được giao` is a completion of
 * 107; `bằng X% so với cùng kỳ` is a ratio to the same period last year, `bằng 93,6% so năm 2019` a
 * ratio to that year; `tăng 1,7 lần`, `tăng gần 5 lần`, `tăng gần 15 lần` are multiples (times; the
 * bound of `gần` has no field); `so với cùng kỳ`, `so với cùng kỳ năm trước`, `so với cùng kỳ năm`
 * (cut short by the source) are the same period last year; `so năm 2022`, `so với năm 2019` of a
 * year's figure that year; `so với cùng kỳ năm 2023`, `so với cùng kỳ 2022`, `so cùng kỳ 2019`, `so
 * với cùng kỳ năm 2020`, `so với đầu năm`, `so với thời điểm cuối năm 2022`, `so với trước
 * Covid-19` and a change with no base are `*`; in a list closed by `so với cùng kỳ` (`giảm tương
 * ứng 9,3% … và giảm 7,4% … nhưng tăng 3,2% … so với cùng kỳ`) every change has that base; shares
 * (`chiếm 1,46% tổng dư nợ`, `chiếm 1,09% trên tổng dư nợ`), absolute changes (`tăng 63,6 tỷ đồng
 * so với đầu năm`), thresholds (`trên 20%`, `dưới 20%`, `trên 85% so với dự toán`, `kiểm soát dưới
 * 2%`), plan ranges (`kế hoạch tăng từ 14 - 16%`), counts of provinces (`37/63 địa phương`), ranks
 * (`đứng thứ 29`), decree numbers and dates are not facts; `hơn`/`trên`/`vượt` X is a lower bound,
 * `gần` an upper bound, `khoảng`/`xấp xỉ` an approximation; `ước đạt`/`ước` is the stage
 * `estimate`; a plan assigned for the year (`được Bộ Tài chính giao số thu ngân sách hơn 63,9 ngàn
 * tỷ đồng`) and the target in brackets (`(17.500 tỷ đồng)`) are targets; counts of passengers,
 * flights, TEUs, enterprises and cooperatives are values without a unit; `tấn` is `tonne`. A period
 * is given when the sentence names it with its year (`Quý I/2023` `2023-Q1`, `Hết quý I năm 2024`
 * `2024-Q1`, `2 tháng đầu năm 2024` `2024-YTD-02`, `Lũy kế 4 tháng đầu năm (tính đến ngày
 * 5/5/2023)` `2023-YTD-04`, `Đến 30/11/2021` `2021-YTD-11`, `Ước đến 31/12/2021` `2021`, `11 tháng
 * năm 2024` `2024-YTD-11`, `Tháng 11/2024` `2024-11`, `10 tháng năm 2021` `2021-YTD-10`, `Tính đến
 * ngày 30/9/2022` `2022-YTD-09`, `6 tháng đầu năm 2023` `2023-H1`, `năm 2023` `2023`), and every
 * item of a list governed by that period carries it; `trong tháng 1`, `11 tháng năm nay`, `tính đến
 * hết tháng 8`, `dịp lễ 2/9` and `từ ngày 8/2 đến 14/2` (a holiday week) none.
 *
 * The lead's convention of 1 December 2026 (domain.md): the LEVEL of a named rate indicator is a
 * value fact in `percent` (`tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%`, `tỷ lệ độ bao phủ
 * BHYT mới đạt 86,25% dân số`), and so is a rate target in brackets (`(38%)`, `(91,5%)`, `(92%)`,
 * each a target); the gaps of a rate to its target (`vượt 0,05% so với chỉ tiêu`, `thấp hơn 5,25%
 * so với chỉ tiêu`, differences in points, not completions) are not facts; shares of a total
 * (`chiếm`), growth rates and completion rates are not value facts. Judgement call: `tỷ lệ nợ xấu
 * của khối ngân hàng thương mại chiếm 0,83% dư nợ` names the rate (the bad-debt ratio) and is read
 * as its level, a value of 0.83 percent, while `Nợ xấu … chiếm 1,46% tổng dư nợ` (the amount of bad
 * debt, then its share) is a share and not a fact. Other judgement calls: `thu từ dầu thô 5.198
 * đồng` (a slip of the source for `5.198 tỷ đồng`) is read as printed, 5,198 VND; `đạt hơn xấp xỉ
 * 1,1 triệu hành khách` is read as a lower bound (its first word); `so với cùng kỳ năm` (the year
 * cut off) is read as the same period last year; a quotation's opening and closing marks stay with
 * its first and last sentence, as printed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const TBTC_CANGBIEN_Q1 =
  'https://thoibaotaichinhvietnam.vn/hang-hoa-qua-cang-bien-tang-8-trong-3-thang-dau-nam-16523.html';
const QPVN_CANGBIEN_T1 = 'http://qpvn.vn/tin-video/hon-60-trieu-tan-hang-hoa-qua-cang-bien-thang-dau-nam.html';
const TBTC_THUE_4T_2023 =
  'https://thoibaotaichinhvietnam.vn/thu-ngan-sach-cua-hai-quan-tiep-tuc-doi-dien-nhieu-thach-thuc-127469-127469.html';
const TBTC_THUE_THANHHOA_Q1_2023 =
  'https://thoibaotaichinhvietnam.vn/cuc-thue-binh-dinh-tiep-tuc-dong-hanh-cung-doanh-nghiep-vuot-qua-kho-khan-125559.html';
const SNN_TUYENQUANG_Q1_2024 = 'http://www.snntuyenquang.gov.vn/tin-tuc/tin-tuc!!/trang-6.html';
const BRVT_THUE_2T_2024 = 'https://baobariavungtau.com.vn/kinh-te/202403/thu-ngan-sach-dat-243-1004627/';
const BAOHATINH_NGANHANG_2021 =
  'https://baohatinh.vn/khoi-nghiep/khoi-thi-dua-ngan-hang-ha-tinh-phan-dau-huy-dong-von-tang-tu-16-tro-len-trong-nam-2022/224098.htm';
const THAINGUYENTV_TINDUNG_2023 = 'https://thainguyentv.vn/tong-nguon-von-huy-dong-tang-206-100203.html';
const BAOMOI_TINDUNG_11T_2024 = 'https://lite.baomoi.com/tong-du-no-cho-vay-dat-16-471-ty-dong-c50832407.epi';
const VIETBAO_TET_2024 = 'https://vietbao.vn/cuc-hang-khong-yeu-cau-bao-cao-gia-ve-may-bay-dip-tet-473353.html';
const TGTT_LE_2_9_2024 =
  'https://thegioitiepthi.danviet.vn/hang-khong-khai-thac-hon-27-nghin-chuyen-bay-dip-le-2-9-20240904110935388.htm';
const THANHNIEN_HANGKHONG_H1_2023 =
  'https://thanhnien.vn/pho-tong-giam-doc-vietnam-airlines-khach-tang-nhung-gia-ve-may-bay-lai-giam-185230724232921491.htm';
const VIETNAMNET_HANGKHONG_11T_2025 =
  'https://vietnamnet.vn/hang-khong-viet-nam-du-kien-dat-84-trieu-khach-trong-nam-2025-pre2468362.html';
const VNECONOMY_HANGKHONG_2023 =
  'https://vneconomy.vn/hang-khong-khoi-sac-don-74-trieu-khach-luong-khach-quoc-te-se-can-dich-phuc-hoi-nam-2024.htm';
const VIETBAO_HANGKHONG_2023 =
  'https://vietbao.vn/hang-khong-lo-ngai-khach-noi-dia-giam-manh-trong-nam-toi-464638.html';
const THANHNIEN_THUE_2T_2021 = 'https://thanhnien.vn/tai-chinh-kinh-doanh/quyet-toan-thue-de-tho-hon-1351846.html';
const PLO_GTVT_7T_2021 = 'https://plo.vn/do-thi/bo-gtvt-chuan-bi-dau-tu-6-du-an-duong-cao-toc-1004572.html';
const BRVT_HAIQUAN_10T_2021 =
  'https://baobariavungtau.com.vn/kinh-te/202111/thu-ngan-sach-hai-quan-vuot-dich-truoc-2-thang-937971/';

const BRVT_BHXH_9T_2022 =
  'https://baobariavungtau.com.vn/xa-hoi/202211/tang-dien-bao-phu-bao-hiem-den-nguoi-dan-964992/';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });

export const TEST11_VI_ROWS: readonly Row[] = [
  // Cục Hàng hải Việt Nam, hàng hóa qua cảng biển 3 tháng (Thời báo Tài chính)
  [
    TBTC_CANGBIEN_Q1,
    'Trong đó, hàng hóa xuất khẩu đạt gần 43 triệu tấn, hàng nhập khẩu đạt gần 55 triệu tấn (tăng 11%); hàng nội địa đạt gần 77 triệu tấn (tăng 12%); hàng quá cảnh bốc dỡ đạt hơn 400.000 tấn.',
    [
      tonne('43000000', { a: 'under' }),
      tonne('55000000', { a: 'under', ch: ['rate 11 *'] }),
      tonne('77000000', { a: 'under', ch: ['rate 12 *'] }),
      tonne('400000', { a: 'over' }),
    ],
  ],
  [
    TBTC_CANGBIEN_Q1,
    'Riêng hàng container vẫn giữ nhịp tăng trưởng ấn tượng với mức tăng tới 21%, ước đạt hơn 6,1 triệu tấn.',
    [tonne('6100000', { a: 'over', st: 'estimate', ch: ['rate 21 *'] })],
  ],
  [
    TBTC_CANGBIEN_Q1,
    'Theo Cục Hàng hải Việt Nam, các khu vực cảng biển có khối lượng hàng hóa tăng cao là: khu vực Thái Bình tăng 179%, khu vực Đồng Tháp tăng 95%, khu vực Thừa Thiên Huế tăng hơn 56%.',
    [r('179'), r('95'), r('56')],
  ],
  [
    TBTC_CANGBIEN_Q1,
    'Đặc biệt, một số khu vực cảng biển lớn trong 2 tháng gần đây đã có mức tăng trưởng dương dù trước đó có lượng hàng thông qua giảm do ảnh hưởng của dịch Covid-19, gồm: khu vực TP. Hồ Chí Minh (tăng gần 7%), khu vực Hải Phòng (tăng 15%)./.',
    [r('7'), r('15')],
  ],
  // Cục Hàng hải Việt Nam, tháng 1 (QPVN)
  [
    QPVN_CANGBIEN_T1,
    'Cục Hàng hải Việt Nam cho biết, trong tháng 1, khối lượng hàng hóa thông qua hệ thống cảng biển Việt Nam ước đạt hơn 60 triệu tấn, tương đương với cùng kỳ năm trước.',
    [tonne('60000000', { a: 'over', st: 'estimate' })],
  ],
  [QPVN_CANGBIEN_T1, 'Trong đó, sản lượng hàng container ước đạt 2 triệu TEU.', [{ v: '2000000', st: 'estimate' }]],
  // Tổng cục Thuế, 4 tháng 2023 (Thời báo Tài chính)
  [
    TBTC_THUE_4T_2023,
    '(TBTCO) - Lũy kế 4 tháng đầu năm (tính đến ngày 5/5/2023), thu ngân sách nhà nước do ngành Thuế thực hiện đạt trên 578.030 tỷ đồng, bằng 42,1% dự toán pháp lệnh, tăng nhẹ 0,7% so với cùng kỳ.',
    [vnd('578030000000000', { a: 'over', c: '42.1', ch: [`rate 0.7 ${SPLY}`], p: '2023-YTD-04' })],
  ],
  [
    TBTC_THUE_4T_2023,
    'Lãnh đạo Tổng cục Thuế đánh giá, nhìn tổng thể số thu ngân sách 4 tháng vẫn đảm bảo tiến độ dự toán, song đây là mức thu thấp nhất so với cùng kỳ 3 năm gần đây.',
    [],
  ],
  // Cục Thuế Thanh Hóa, quý I/2023 (Thời báo Tài chính)
  [
    TBTC_THUE_THANHHOA_Q1_2023,
    '(TBTCO) - Quý I/2023, Cục Thuế Thanh Hóa thu ngân sách được 6.134 tỷ đồng, đạt 28,1% dự toán, bằng 73,7% so với cùng kỳ; trừ tiền sử dụng đất đơn vị thu được 4.636 tỷ đồng, đạt 31,5% dự toán, bằng 95,9% so với cùng kỳ.',
    [
      vnd('6134000000000', { c: '28.1', ch: [`ratio 73.7 ${SPLY}`], p: '2023-Q1' }),
      vnd('4636000000000', { c: '31.5', ch: [`ratio 95.9 ${SPLY}`], p: '2023-Q1' }),
    ],
  ],
  [
    TBTC_THUE_THANHHOA_Q1_2023,
    'Với kết quả trên, Cục Thuế Thanh Hóa đứng thứ 29 so với các tỉnh, thành phố trong cả nước về mức độ hoàn thành dự toán quý I.',
    [],
  ],
  // Tuyên Quang, thu ngân sách quý I/2024 (cổng Sở Nông nghiệp)
  [
    SNN_TUYENQUANG_Q1_2024,
    'Hết quý I năm 2024, tổng thu ngân sách Nhà nước trên địa bàn tỉnh đạt hơn 700 tỷ đồng.',
    [vnd('700000000000', { a: 'over', p: '2024-Q1' })],
  ],
  [
    SNN_TUYENQUANG_Q1_2024,
    'Trong đó số thu nội địa đạt 655 tỷ đồng, bằng 19% dự toán của Chính phủ giao.',
    [vnd('655000000000', { c: '19' })],
  ],
  [
    SNN_TUYENQUANG_Q1_2024,
    'Tuy số thu ngân sách đạt thấp so với kế hoạch được giao, nhưng so với cùng kỳ năm trước tổng thu ngân sách trên địa bàn tỉnh tăng 31%.',
    [yoy('31')],
  ],
  [SNN_TUYENQUANG_Q1_2024, 'So sánh chỉ tiêu thu nội địa tăng 22,2% so với cùng kỳ năm 2023.', [r('22.2')]],
  [
    SNN_TUYENQUANG_Q1_2024,
    'Hiện, tỉnh tích cực chỉ đạo ngành Thuế và các sở, ngành phối hợp triển khai nhiều giải pháp nhằm hoàn thành tiến độ thu ngân sách theo từng tháng, quý đã đề ra trong năm 2024.',
    [],
  ],
  // Tổng cục Thuế và Cục Thuế Bà Rịa - Vũng Tàu, 2 tháng 2024 (Báo Bà Rịa - Vũng Tàu)
  [
    BRVT_THUE_2T_2024,
    'Tổng Cục Thuế cho biết, 2 tháng đầu năm 2024, tổng thu ngân sách Nhà nước do cơ quan thuế quản lý ước đạt hơn 361,6 ngàn tỷ đồng, đạt 24,3% so với dự toán pháp lệnh.',
    [vnd('361600000000000', { a: 'over', st: 'estimate', c: '24.3', p: '2024-YTD-02' })],
  ],
  [
    BRVT_THUE_2T_2024,
    'Trong đó, thu từ dầu thô ước đạt 9.740 tỷ đồng, thu nội địa ước đạt hơn 351,9 ngàn tỷ đồng.',
    [vnd('9740000000000', { st: 'estimate' }), vnd('351900000000000', { a: 'over', st: 'estimate' })],
  ],
  [
    BRVT_THUE_2T_2024,
    'So với dự toán, 37/63 địa phương có tiến độ thực hiện dự toán đạt khá (trên 20%); còn lại có tiến độ thu đạt thấp (dưới 20%).',
    [],
  ],
  [
    BRVT_THUE_2T_2024,
    'Có 53/63 địa phương có tăng trưởng thu so với cùng kỳ năm 2023, còn lại có tổng thu thấp hơn so với cùng kỳ năm 2023.',
    [],
  ],
  [
    BRVT_THUE_2T_2024,
    'Ông Đoàn Minh Dũng, Cục trưởng Cục Thuế tỉnh Bà Rịa-Vũng Tàu cho biết, trong 2 tháng đầu năm, số thu ngân sách Nhà nước do cơ quan thuế quản lý đạt khả quan.',
    [],
  ],
  [
    BRVT_THUE_2T_2024,
    'Tính đến ngày 26/2, số thu do ngành thuế quản lý đạt hơn 12,2 ngàn tỷ đồng; trong đó, thu từ dầu thô 5.198 đồng, số còn lại là thu nội địa.',
    [vnd('12200000000000', { a: 'over' }), vnd('5198')],
  ],
  [
    BRVT_THUE_2T_2024,
    'Năm 2024, Cục Thuế tỉnh được Bộ Tài chính giao số thu ngân sách hơn 63,9 ngàn tỷ đồng; trong đó, thu dầu thô 25,1 ngàn tỷ đồng; thu nội địa 38,87 ngàn tỷ đồng.',
    [
      vnd('63900000000000', { k: 'target', a: 'over', p: '2024' }),
      vnd('25100000000000', { k: 'target', p: '2024' }),
      vnd('38870000000000', { k: 'target', p: '2024' }),
    ],
  ],
  // Ngân hàng trên địa bàn Hà Tĩnh, 11 tháng và ước năm 2021 (Báo Hà Tĩnh)
  [
    BAOHATINH_NGANHANG_2021,
    'Đến 30/11/2021, tổng nguồn vốn huy động đạt 85.357 tỷ đồng, tăng 27,73% so với đầu năm, vượt kế hoạch đề ra (kế hoạch tăng từ 14 - 16% so với cuối năm 2020).',
    [vnd('85357000000000', { ch: ['rate 27.73 *'], p: '2021-YTD-11' })],
  ],
  [
    BAOHATINH_NGANHANG_2021,
    'Ước đến 31/12/2021, tổng nguồn vốn huy động đạt 83.893 tỷ đồng, tăng 25,54% so với đầu năm.',
    [vnd('83893000000000', { st: 'estimate', ch: ['rate 25.54 *'], p: '2021' })],
  ],
  [
    BAOHATINH_NGANHANG_2021,
    'Đến 30/11/2021, tổng dư nợ tín dụng đạt 65.955 tỷ đồng, tăng 12,06% so với đầu năm, cao hơn tốc độ tăng trưởng chung toàn ngành.',
    [vnd('65955000000000', { ch: ['rate 12.06 *'], p: '2021-YTD-11' })],
  ],
  [
    BAOHATINH_NGANHANG_2021,
    'Ước đến 31/12/2021, dư nợ tín dụng đạt 68.512 tỷ đồng, tăng 16,41% so với đầu năm.',
    [vnd('68512000000000', { st: 'estimate', ch: ['rate 16.41 *'], p: '2021' })],
  ],
  [
    BAOHATINH_NGANHANG_2021,
    'Đến 30/11/2021, tỷ lệ nợ xấu của khối ngân hàng thương mại chiếm 0,83% dư nợ, giảm hơn so với các năm trước.',
    [{ v: '0.83', u: 'percent', p: '2021-YTD-11' }],
  ],
  // Tổ chức tín dụng trên địa bàn Thái Nguyên, 8 tháng 2023 (Thái Nguyên TV)
  [
    THAINGUYENTV_TINDUNG_2023,
    'Tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn tính đến hết tháng 8 đạt 98.000 tỷ đồng.',
    [vnd('98000000000000')],
  ],
  [
    THAINGUYENTV_TINDUNG_2023,
    'Theo đó, tổng nguồn vốn huy động của các tổ chức tín dụng trên địa bàn tính đến hết tháng 8 đạt 98.000 tỷ đồng, tăng 2,06% so với thời điểm cuối năm 2022; dư nợ cho vay đạt trên 86.000 tỷ đồng, tăng 3,9% so với thời điểm cuối năm 2022.',
    [vnd('98000000000000', { ch: ['rate 2.06 *'] }), vnd('86000000000000', { a: 'over', ch: ['rate 3.9 *'] })],
  ],
  [
    THAINGUYENTV_TINDUNG_2023,
    'Nợ xấu là gần 1.250 tỷ đồng, chiếm 1,46% tổng dư nợ./.',
    [vnd('1250000000000', { a: 'under' })],
  ],
  // Tín dụng trên địa bàn một tỉnh, 11 tháng 2024 (Báo Mới)
  [
    BAOMOI_TINDUNG_11T_2024,
    'Tháng 11/2024, doanh số cho vay đạt 2.550 tỷ đồng; doanh số thu nợ đạt 2.374 tỷ đồng.',
    [vnd('2550000000000', { p: '2024-11' }), vnd('2374000000000', { p: '2024-11' })],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    '11 tháng năm 2024, tổng dư nợ cho vay nền kinh tế đạt 16.471 tỷ đồng, tăng 4% so với đầu năm, (dư nợ ngắn hạn 6.235 tỷ đồng, giảm 2,7%; dư nợ trung - dài hạn 10.236 tỷ đồng, tăng 8,5%).',
    [
      vnd('16471000000000', { ch: ['rate 4 *'], p: '2024-YTD-11' }),
      vnd('6235000000000', { ch: ['rate -2.7 *'], p: '2024-YTD-11' }),
      vnd('10236000000000', { ch: ['rate 8.5 *'], p: '2024-YTD-11' }),
    ],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Nợ xấu 179,2 tỷ đồng, tăng 63,6 tỷ đồng so với đầu năm, chiếm 1,09% trên tổng dư nợ.',
    [vnd('179200000000')],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Các ngân hàng tiếp tục triển khai đồng bộ các giải pháp nhằm nâng cao chất lượng tín dụng, xử lý và kiểm soát nợ xấu, tỷ lệ nợ xấu/tổng dư nợ trên địa bàn tỉnh luôn được kiểm soát dưới 2%.',
    [],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Dư nợ cho vay nông nghiệp, nông thôn trên địa bàn tỉnh (gồm cả Ngân hàng Chính sách xã hội) đạt 8.200 tỷ đồng, tăng 0,65% so với đầu năm.',
    [vnd('8200000000000', { ch: ['rate 0.65 *'] })],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Trong đó, dư nợ tín dụng nông nghiệp, nông thôn theo Nghị định số 55/2015/NĐ-CP tại các ngân hàng thương mại đạt 3.815 tỷ đồng, giảm 10,5% so với đầu năm.',
    [vnd('3815000000000', { ch: ['rate -10.5 *'] })],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Hiện nay trên địa bàn tỉnh có 334 doanh nghiệp và 23 hợp tác xã có dư nợ 4.800 tỷ đồng tại các ngân hàng thương mại, tăng 7,1%.',
    [{ v: '334' }, { v: '23' }, vnd('4800000000000', { ch: ['rate 7.1 *'] })],
  ],
  [
    BAOMOI_TINDUNG_11T_2024,
    'Tổng dư nợ các chương trình tín dụng chính sách tại Ngân hàng Chính sách xã hội tỉnh đạt 4.391 tỷ đồng, tăng 13,1% so với đầu năm.',
    [vnd('4391000000000', { ch: ['rate 13.1 *'] })],
  ],
  // Cục Hàng không Việt Nam, Tết Giáp Thìn 2024 (Việt Báo)
  [
    VIETBAO_TET_2024,
    'Theo thống kê của Cục Hàng không Việt Nam, tổng thị trường vận chuyển hành khách qua đường hàng không từ ngày 8/2 đến 14/2 (tức 29 tháng Chạp đến mùng 5 Tết) đạt hơn 1,5 triệu hành khách (tăng 11% so với cùng kỳ năm 2023).',
    [{ v: '1500000', a: 'over', ch: ['rate 11 *'] }],
  ],
  [
    VIETBAO_TET_2024,
    'Trong đó, vận chuyển hành khách quốc tế đạt gần 750.000 hành khách (tăng 54% so với cùng kỳ năm 2023); vận chuyển hành khách nội địa đạt hơn 760.000 hành khách (giảm 13,2% so với cùng kỳ năm 2023).',
    [
      { v: '750000', a: 'under', ch: ['rate 54 *'] },
      { v: '760000', a: 'over', ch: ['rate -13.2 *'] },
    ],
  ],
  [
    VIETBAO_TET_2024,
    'Tổng sản lượng vận chuyển hàng hóa đạt gần 8.600 tấn (tăng 7,3% so với cùng kỳ năm 2023).',
    [tonne('8600', { a: 'under', ch: ['rate 7.3 *'] })],
  ],
  [
    VIETBAO_TET_2024,
    'Tại các cảng hàng không, sản lượng cất/hạ cánh đạt hơn 14.500 lượt (giảm 0,7% so với cùng kỳ 2023); tổng sản lượng hành khách thông qua cảng đạt hơn 2,27 triệu khách (tăng 1,4% so với cùng kỳ 2023); sản lượng hàng hóa thông qua cảng đạt hơn 9.600 tấn (tăng 5% so với cùng kỳ 2023).',
    [
      { v: '14500', a: 'over', ch: ['rate -0.7 *'] },
      { v: '2270000', a: 'over', ch: ['rate 1.4 *'] },
      tonne('9600', { a: 'over', ch: ['rate 5 *'] }),
    ],
  ],
  [
    VIETBAO_TET_2024,
    'Cũng theo báo cáo của Cục Hàng không, tổng sản lượng vận chuyển của các hãng hàng không Việt Nam đạt hơn xấp xỉ 1,1 triệu hành khách (giảm 2,7% so với cùng kỳ 2023) và hơn 2.800 tấn hàng hóa (tăng 16,7% so với cùng kỳ 2023).',
    [{ v: '1100000', a: 'over', ch: ['rate -2.7 *'] }, tonne('2800', { a: 'over', ch: ['rate 16.7 *'] })],
  ],
  // Cục Hàng không Việt Nam, dịp lễ 2/9/2024 (Thế giới Tiếp thị)
  [
    TGTT_LE_2_9_2024,
    'Liên quan đến tình hình khai thác trong cao điểm vừa qua, Cục Hàng không Việt Nam cho hay tổng thị trường vận chuyển hành khách qua đường hàng không dịp lễ 2/9 đạt hơn 763 nghìn hành khách, bằng 98% so với cùng kỳ.',
    [{ v: '763000', a: 'over', ch: [`ratio 98 ${SPLY}`] }],
  ],
  [
    TGTT_LE_2_9_2024,
    'Trong đó, vận chuyển hành khách quốc tế đạt hơn 406,5 nghìn khách, tăng 14,5% so với cùng kỳ.',
    [{ v: '406500', a: 'over', ch: [`rate 14.5 ${SPLY}`] }],
  ],
  [
    TGTT_LE_2_9_2024,
    'Riêng vận chuyển hành khách nội địa bất ngờ giảm mạnh khi chỉ đạt hơn 356,5 nghìn khách, giảm 15,6% so với cùng kỳ.',
    [{ v: '356500', a: 'over', ch: [`rate -15.6 ${SPLY}`] }],
  ],
  [
    TGTT_LE_2_9_2024,
    'Vận chuyển hàng hóa trong dịp lễ vừa qua đạt khoảng 13 nghìn tấn tăng 11,0% so với cùng kỳ.',
    [tonne('13000', { a: 'about', ch: [`rate 11 ${SPLY}`] })],
  ],
  [
    TGTT_LE_2_9_2024,
    'Trong đó, vận chuyển hàng hóa quốc tế đạt hơn 10,9 nghìn tấn, tăng 10,4% so với cùng kỳ năm 2023.',
    [tonne('10900', { a: 'over', ch: ['rate 10.4 *'] })],
  ],
  [
    TGTT_LE_2_9_2024,
    'Vận chuyển hàng hóa nội địa đạt hơn 2,1 nghìn tấn, tăng 14,0% so với cùng kỳ năm.',
    [tonne('2100', { a: 'over', ch: [`rate 14 ${SPLY}`] })],
  ],
  [
    TGTT_LE_2_9_2024,
    'Sản lượng hành khách và hàng hóa thông qua các cảng hàng không Việt Nam đạt 7 nghìn lượt hạ/cất cánh, giảm 13,4% so với cùng kỳ.',
    [{ v: '7000', ch: [`rate -13.4 ${SPLY}`] }],
  ],
  [
    TGTT_LE_2_9_2024,
    'Sản lượng hành khách vận chuyển là hơn 1,1 triệu hành khách, giảm 6,7% so với cùng kỳ.',
    [{ v: '1100000', a: 'over', ch: [`rate -6.7 ${SPLY}`] }],
  ],
  [
    TGTT_LE_2_9_2024,
    'Ngoài ra, sản lượng hàng hóa đạt hơn 15 nghìn tấn, tăng 11,4% so với cùng kỳ.',
    [tonne('15000', { a: 'over', ch: [`rate 11.4 ${SPLY}`] })],
  ],
  [
    TGTT_LE_2_9_2024,
    'Riêng sản lượng khai thác tại các cảng hàng không lớn như sau: Cảng Hàng không quốc tế Tân Sơn Nhất đạt hơn 2,5 nghìn lượt cất hạ cánh, xấp xỉ 407 nghìn hành khách và xấp xỉ 5,3 nghìn tấn hàng hóa.',
    [{ v: '2500', a: 'over' }, { v: '407000', a: 'about' }, tonne('5300', { a: 'about' })],
  ],
  [
    TGTT_LE_2_9_2024,
    'Sản lượng này giảm tương ứng 9,3% về lượt cất hạ cánh và giảm 7,4% về hành khách nhưng tăng 3,2% về hàng hóa so với cùng kỳ.',
    [yoy('-9.3'), yoy('-7.4'), yoy('3.2')],
  ],
  // Cục Hàng không Việt Nam, 6 tháng 2023 (Thanh Niên)
  [
    THANHNIEN_HANGKHONG_H1_2023,
    '6 tháng đầu năm 2023, tổng lượt hành khách đi máy bay ước đạt 34,7 triệu, tăng 49,6% so với cùng kỳ 2022.',
    [{ v: '34700000', st: 'estimate', ch: ['rate 49.6 *'], p: '2023-H1' }],
  ],
  [
    THANHNIEN_HANGKHONG_H1_2023,
    'Trong đó, khách quốc tế đạt 14,7 triệu, tăng gần 5 lần so với cùng kỳ 2022, bằng 73,5% so cùng kỳ 2019.',
    [{ v: '14700000', ch: ['times 5 *', 'ratio 73.5 *'] }],
  ],
  [
    THANHNIEN_HANGKHONG_H1_2023,
    'Khách nội địa đạt 20 triệu, giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019.',
    [{ v: '20000000', ch: ['rate -3.4 *', 'rate 8.1 *'] }],
  ],
  [
    THANHNIEN_HANGKHONG_H1_2023,
    'Tổng thị trường hàng hóa ước đạt 483.000 tấn, giảm 26% so với cùng kỳ 2022.',
    [tonne('483000', { st: 'estimate', ch: ['rate -26 *'] })],
  ],
  [
    THANHNIEN_HANGKHONG_H1_2023,
    'Trong đó, hàng hóa quốc tế đạt 405.000 tấn, giảm 30% so với cùng kỳ 2022.',
    [tonne('405000', { ch: ['rate -30 *'] })],
  ],
  [
    THANHNIEN_HANGKHONG_H1_2023,
    'Hàng hóa nội địa đạt 77.600 tấn, tăng 10% so với cùng kỳ 2022.',
    [tonne('77600', { ch: ['rate 10 *'] })],
  ],
  // Cục Hàng không Việt Nam, 11 tháng 2025 (VietNamNet)
  [
    VIETNAMNET_HANGKHONG_11T_2025,
    'Theo thống kê của Cục Hàng không Việt Nam, trong 11 tháng năm nay, tổng thị trường hành khách đạt hơn 69 triệu khách, tăng gần 11% và hơn 1 triệu tấn hàng hóa, tăng hơn 18% so với cùng kỳ năm 2024.',
    [{ v: '69000000', a: 'over', ch: ['rate 11 *'] }, tonne('1000000', { a: 'over', ch: ['rate 18 *'] })],
  ],
  // Cục Hàng không Việt Nam, năm 2023 (VnEconomy)
  [
    VNECONOMY_HANGKHONG_2023,
    '"Tổng thị trường vận tải hàng không năm 2023 ước đạt xấp xỉ 74 triệu khách, tăng 34,5% so năm 2022, bằng 93,6% so năm 2019 (thời điểm trước dịch Covid-19) và 1,1 triệu tấn hàng hóa, giảm 9,3% so năm 2022, bằng 87,3% so năm 2019.',
    [
      { v: '74000000', a: 'about', st: 'estimate', ch: ['rate 34.5 2022', 'ratio 93.6 2019'], p: '2023' },
      tonne('1100000', { st: 'estimate', ch: ['rate -9.3 2022', 'ratio 87.3 2019'], p: '2023' }),
    ],
  ],
  [
    VNECONOMY_HANGKHONG_2023,
    'Vận chuyển hành khách quốc tế đạt 32 triệu khách, tăng 1,7 lần so năm 2022, bằng 77% so với năm 2019".',
    [{ v: '32000000', ch: ['times 1.7 2022', 'ratio 77 2019'] }],
  ],
  // Cục Hàng không Việt Nam, năm 2023 (Việt Báo)
  [
    VIETBAO_HANGKHONG_2023,
    'Năm nay, tổng lượng khách đi máy bay xấp xỉ 74 triệu khách tăng 34,5% so năm 2022, bằng 93,6% so năm 2019 (thời điểm trước dịch Covid-19).',
    [{ v: '74000000', a: 'about', ch: ['rate 34.5 2022', 'ratio 93.6 2019'] }],
  ],
  [
    VIETBAO_HANGKHONG_2023,
    'Trong đó, vận chuyển hành khách quốc tế đạt 32 triệu khách, tăng 1,7 lần so năm 2022 nhưng chỉ bằng 77% so với năm 2019.',
    [{ v: '32000000', ch: ['times 1.7 2022', 'ratio 77 2019'] }],
  ],
  [
    VIETBAO_HANGKHONG_2023,
    'Điển hình như bay đến Ấn Độ với 920.000 hành khách, tăng gần 15 lần so với năm 2019; thị trường Úc với 913.000 hành khách, tăng 40% so với trước Covid-19.',
    [
      { v: '920000', ch: ['times 15 2019'] },
      { v: '913000', ch: ['rate 40 *'] },
    ],
  ],
  // Tổng cục Thuế, 2 tháng 2021 (Thanh Niên)
  [
    THANHNIEN_THUE_2T_2021,
    'Theo báo cáo của Tổng cục Thuế, số thu ngân sách do ngành thuế thực hiện trong 2 tháng đầu năm ước đạt 246.449 tỉ đồng, đạt 22,1% dự toán được giao năm 2021, trong đó thu nội địa ước đạt 241.553 tỉ đồng, bằng 22,1% so với dự toán.',
    [vnd('246449000000000', { st: 'estimate', c: '22.1' }), vnd('241553000000000', { st: 'estimate', c: '22.1' })],
  ],
  [
    THANHNIEN_THUE_2T_2021,
    'Có 8 khoản thu, sắc thuế đạt khá (trên 20% so với dự toán), trong đó một số khoản thu lớn như thuế thu nhập cá nhân ước đạt 25%, khu vực doanh nghiệp nhà nước ước đạt 20,4%; doanh nghiệp có vốn đầu tư nước ngoài ước đạt 25,4%; khu vực công thương nghiệp - ngoài quốc doanh ước đạt 26,5%...',
    [
      { c: '25', st: 'estimate' },
      { c: '20.4', st: 'estimate' },
      { c: '25.4', st: 'estimate' },
      { c: '26.5', st: 'estimate' },
    ],
  ],
  // Bộ GTVT, vận tải 7 tháng 2021 (Pháp Luật TP.HCM)
  [
    PLO_GTVT_7T_2021,
    'Theo Bộ GTVT, vận tải hành khách lũy kế 7 tháng ước đạt 1.917 triệu lượt khách, giảm 9,67% so với cùng kỳ năm 2020.',
    [{ v: '1917000000', st: 'estimate', ch: ['rate -9.67 *'] }],
  ],
  [
    PLO_GTVT_7T_2021,
    'Trong đó, hàng không giảm 32,3%, đường sắt giảm 52,3% so với cùng kỳ 2020.',
    [r('-32.3'), r('-52.3')],
  ],
  [
    PLO_GTVT_7T_2021,
    'Vận tải hàng hóa lũy kế 7 tháng đầu năm ước đạt 987,4 triệu tấn, tăng 3,1% so với cùng kỳ năm 2020.',
    [tonne('987400000', { st: 'estimate', ch: ['rate 3.1 *'] })],
  ],
  // Tổng cục Hải quan và Cục Hải quan Bà Rịa - Vũng Tàu, 10 tháng 2021 (Báo Bà Rịa - Vũng Tàu)
  [
    BRVT_HAIQUAN_10T_2021,
    'Theo Tổng cục Hải quan, 10 tháng năm 2021, thu ngân sách ngành hải quan đạt 314.845 tỷ đồng, tương đương 99,95% dự toán, đạt 95,1% chỉ tiêu phấn đấu và tăng 25,24% so với cùng kỳ năm trước.',
    [
      vnd('314845000000000', { c: '99.95', ch: [`rate 25.24 ${SPLY}`], p: '2021-YTD-10' }),
      { c: '95.1', p: '2021-YTD-10' },
    ],
  ],
  [
    BRVT_HAIQUAN_10T_2021,
    'Riêng tại BR-VT, tính đến nay số thu ngân sách đã đạt 18.984 tỷ đồng, tăng 42,5% so với cùng kỳ năm 2020 và vượt 7% so với chỉ tiêu được giao (17.500 tỷ đồng).',
    [vnd('18984000000000', { c: '107', ch: ['rate 42.5 *'] }), vnd('17500000000000', { k: 'target' })],
  ],
  [
    BRVT_HAIQUAN_10T_2021,
    'Đánh giá của Tổng cục Hải quan cho thấy, BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số thu hải quan trên 85% so với dự toán',
    [],
  ],
  // Bảo hiểm xã hội tỉnh Bà Rịa - Vũng Tàu, đến 30/9/2022 (Báo Bà Rịa - Vũng Tàu)
  [
    BRVT_BHXH_9T_2022,
    'Tính đến ngày 30/9/2022, tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%); tuy nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%) và thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%).',
    [
      { v: '38.05', u: 'percent', p: '2022-YTD-09' },
      { k: 'target', v: '38', u: 'percent' },
      { v: '86.25', u: 'percent', p: '2022-YTD-09' },
      { k: 'target', v: '91.5', u: 'percent' },
      { k: 'target', v: '92', u: 'percent' },
    ],
  ],
];

export const TEST11_VI: readonly RealSentence[] = TEST11_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test11-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test11',
}));
