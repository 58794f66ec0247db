import type { RealFact, RealSentence } from './types';

/**
 * The FIFTH fresh set (`test5`), Vietnamese part: sentences copied verbatim from provincial and
 * national press and portals (SGGP, Thái Nguyên TV, Truyền hình cáp Sông Thu quoting the General
 * Statistics Office, Sinh viên Việt Nam, Đời sống & Tiêu dùng, Người Lao Động, 24h, Thời Đại, Bắc
 * Ninh's Party portal, Báo Ninh Thuận, Doanh nghiệp & Pháp luật, Thời báo Ngân hàng, QĐND via Báo
 * Mới, Hưng Yên's Party portal quoting VietnamPlus, Người Quan Sát, Báo Bà Rịa - Vũng Tàu, Thời
 * báo Tài chính, LawNet) on GRDP, the State budget, trade, FDI, CPI, industrial production,
 * public investment disbursement, tourism and enterprises (2021-2025), from articles that are in
 * none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `đạt/bằng X% kế
 * hoạch`/`dự toán`/`so kế hoạch`/`kế hoạch Thủ tướng giao` is a completion, `vượt X% so với dự
 * toán` is 100 + X; `tăng ba lần`/`gấp hơn 2 lần` is a multiple; `so với tháng trước` is the
 * previous period, `so với tháng 12/2020` is `2020-12`, `so với tháng 8/2020` (of August 2021) is
 * `2020-08`, `so với 6 tháng đầu năm 2021` is `2021-H1`, `so cùng kỳ năm 2022` and `so với cùng kỳ
 * năm 2023` are `*`, a change with no base is `*`; shares (`chiếm tỉ trọng 11,56%`),
 * percentage-point contributions, absolute changes, changes of a disbursement rate, counts of
 * provinces over a threshold, ranks and ranges (`8-10%`) are not facts; `hơn`/`trên` X is a lower
 * bound, `gần` an upper bound, `khoảng` an approximation; `ước đạt`/`ước tính`/`ước` is the stage
 * `estimate`; a comparison figure of another period (`cùng kỳ 2022 xuất siêu 41,3 triệu USD`) is
 * its own fact; a plan figure in brackets (`so kế hoạch (130 triệu USD)`) is a target; a period is
 * given when the sentence names it with its year (`Bốn tháng năm 2024` is `2024-YTD-04`, `Tính
 * đến hết tháng 9/2024` `2024-YTD-09`). Slips of the source (`kinh ngạch`, `tăng 6,71 so với cùng
 * kỳ` without `%`) are kept as printed and read as a careful reader would.
 *
 * Written by someone who never read the extractor; held out: scored only in its own groups, its
 * failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const SGGP_696582 =
  'https://www.sggp.org.vn/ba-ria-vung-tau-bo-sung-1436-ty-dong-cho-cac-du-an-giao-thong-trong-diem-post696582.html';
const TNTV_6T_2022 = 'https://thainguyentv.vn/cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2022-89185.html';
const CAPSONGTHU_CPI_2021 =
  'https://truyenhinhcapsongthu.net/top/chi-so-gia-tieu-dung-chi-so-gia-vang-va-chi-so-gia-do-la-my/EADYCGc3IPVx69K';
const SVVN_CPI = 'https://svvn.tienphong.vn/tu-khoa/hang-hoa-tag97784.tpo';
const DSTD_CPI = 'https://doisongtieudung.vn/tag-cpi-8870.html';
const NLD_Q1_2025 = 'https://nld.com.vn/gdp-quy-i-tang-693-cao-nhat-trong-6-nam-196250406133552073.htm';
const H24_Q1_2025 =
  'https://www.24h.com.vn/kinh-doanh/tang-truong-gdp-quy-i-2025-cao-nhat-trong-vong-5-nam-c161a1654583.html';
const THOIDAI_212661 = 'https://www.thoidai.com.vn/5-dia-phuong-but-pha-tang-truong-quy-i2025-212661.html';
const BACNINH_DCS_602398 =
  'https://bacninh.dangcongsan.vn/tin-tuc/bac-ninh-lan-dau-tien-dat-kim-ngach-xuat-khau-cao-nhat-ca-nuoc-602398.html';
const NINHTHUAN_2023 = 'https://baoninhthuan.com.vn/news/140489p1c25/tin-tong-hop.htm';
const DNPL_DTC_2024 = 'https://doanhnghiepvaphapluat.vn/c/kinh-te?page=2';
const TBNH_Q3_2024 = 'https://tbnhnew.mastercms.vn/tag/quy-3-31348.tag';
const BAOMOI_IIP_2023 =
  'https://baomoi.net.vn/san-xuat-cong-nghiep-tiep-tuc-xu-huong-tich-cuc-trong-11-thang-cua-nam-2023-c47828779.epi';
const HUNGYEN_IIP_2024 =
  'https://hungyen.dcs.vn/4-thang-nam-2024-chi-so-san-xuat-toan-nganh-cong-nghiep-tang-6-c218492.html';
const NQS_IIP_2024 = 'https://nguoiquansat.vn/cong-nghiep-kinh-ptag.html';
const BRVT_970761 = 'https://baobariavungtau.com.vn/kinh-te/202302/gia-tri-san-xuat-cong-nghiep-tang-64-970761/';
const TBTC_122697 = 'https://thoibaotaichinhvietnam.vn/giam-chi-phi-tang-khuyen-mai-khoi-day-thi-truong-122697.html';
const LAWNET_175866 =
  'https://lawnet.vn/thong-tin-phap-luat/chinh-sach-moi/chi-tieu-tang-truong-grdp-cua-cac-dia-phuong-nam-2025-toi-thieu-o-muc-8-10-175866.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const usd = (v: string, p?: string): RealFact => ({ v, u: 'USD', ...(p === undefined ? {} : { p }) });

/** Vietnamese: provincial and national press and portals. */
export const TEST5_VI_ROWS: readonly Row[] = [
  // Bà Rịa - Vũng Tàu, first half of 2023 (SGGP)
  [
    SGGP_696582,
    'Theo đó, tổng sản phẩm trên địa bàn (trừ dầu khí) 6 tháng của tỉnh tăng 2,41%, trong đó tổng mức bán lẻ hàng hóa tăng 13,53%, dịch vụ lữ hành tăng 107,75%, chế tạo sản phẩm từ thép tăng 8,15%, sản xuất đồ uống tăng 61,49%… so cùng kỳ năm 2022.',
    [r('2.41'), r('13.53'), r('107.75'), r('8.15'), r('61.49')],
  ],
  [
    SGGP_696582,
    'Tuy vậy, do giá trị sản xuất kinh doanh của một số ngành kinh tế lớn giảm sâu nên tổng thu ngân sách trên địa bàn ước chỉ đạt khoảng 44.123 tỷ đồng, giảm 20,9% so với cùng kỳ.',
    [{ v: '44123000000000', u: 'VND', a: 'about', st: 'estimate', ch: [`rate -20.9 ${SPLY}`] }],
  ],
  [
    SGGP_696582,
    'Hội nghị cũng đã thông qua kế hoạch điều chỉnh vốn đầu tư công trung hạn giai đoạn 2021-2025 và bổ sung hơn 1.436 tỷ đồng vốn dự phòng cho một số dự án giao thông trọng điểm.',
    [{ v: '1436000000000', u: 'VND', a: 'over' }],
  ],
  // Thái Nguyên, first half of 2022
  [
    TNTV_6T_2022,
    'Theo đó tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm ước tính tăng 7,08% so với 6 tháng đầu năm 2021.',
    [{ st: 'estimate', ch: ['rate 7.08 2021-H1'] }],
  ],
  [
    TNTV_6T_2022,
    'Giá trị xuất khẩu trên địa bàn ước đạt 16,8 tỷ USD, tăng 29,9% so với 6 tháng đầu năm 2021 và bằng 52,6% kế hoạch cả năm.',
    [{ v: '16800000000', u: 'USD', st: 'estimate', c: '52.6', ch: ['rate 29.9 2021-H1'] }],
  ],
  [
    TNTV_6T_2022,
    'Tổng thu ngân sách Nhà nước trên địa bàn ước đạt 9.528,3 tỷ đồng, tăng 29,3% so với cùng kỳ và bằng 52,9% dự toán cả năm.',
    [{ v: '9528300000000', u: 'VND', st: 'estimate', c: '52.9', ch: [`rate 29.3 ${SPLY}`] }],
  ],
  [
    TNTV_6T_2022,
    'Sản lượng lương thực có hạt vụ Đông Xuân ước đạt 220 nghìn tấn, bằng 50,4% kế hoạch năm.',
    [{ v: '220000', u: 'tonne', st: 'estimate', c: '50.4' }],
  ],
  [
    TNTV_6T_2022,
    'Về thu hút đầu tư trực tiếp nước ngoài FDI, 6 tháng đầu năm trên địa bàn tỉnh cấp mới và điều chỉnh tăng vốn cho 15 dự án với tổng số vốn đăng ký trên 1.524 triệu USD.',
    [
      { v: '15', u: 'project' },
      { v: '1524000000', u: 'USD', a: 'over' },
    ],
  ],
  [
    TNTV_6T_2022,
    'Tính lũy kế, hiện nay trên địa bàn tỉnh có 172 dự án còn hiệu lực với tổng mức đầu tư đăng ký đạt gần 10,3 tỷ USD.',
    [
      { v: '172', u: 'project' },
      { v: '10300000000', u: 'USD', a: 'under' },
    ],
  ],
  // CPI, 2021-2022
  [
    CAPSONGTHU_CPI_2021,
    'Giá lương thực, thực phẩm tăng tại các địa phương thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ nhằm phòng chống dịch Covid-19 là nguyên nhân chính làm chỉ số giá tiêu dùng (CPI) tháng 8/2021 tăng 0,25% so với tháng trước, tăng 2,51% so với tháng 12/2020 và tăng 2,82% so với tháng 8/2020.',
    [{ ch: [`rate 0.25 ${PREV}`, 'rate 2.51 2020-12', 'rate 2.82 2020-08'], p: '2021-08' }],
  ],
  [
    CAPSONGTHU_CPI_2021,
    'Tính chung 8 tháng năm 2021, CPI tăng 1,79% so với cùng kỳ năm trước, mức tăng thấp nhất kể từ năm 2016[1].',
    [{ ch: [`rate 1.79 ${SPLY}`], p: '2021-YTD-08' }],
  ],
  [CAPSONGTHU_CPI_2021, 'Lạm phát cơ bản 8 tháng tăng 0,9%.', [r('0.9')]],
  [
    CAPSONGTHU_CPI_2021,
    'So với tháng trước, CPI tháng 8/2021 tăng 0,25%, trong đó khu vực thành thị tăng 0,34%, cao hơn mức tăng 0,14% của khu vực nông thôn, nguyên nhân chủ yếu do chỉ số giá nhóm lương thực, thực phẩm của khu vực thành thị có mức tăng cao[2].',
    [{ ch: [`rate 0.25 ${PREV}`], p: '2021-08' }, r('0.34'), r('0.14')],
  ],
  [
    CAPSONGTHU_CPI_2021,
    'Trong 4 nhóm hàng tăng giá, nhóm hàng ăn và dịch vụ ăn uống tháng 8/2021 có mức tăng so với tháng trước cao nhất với 0,74% (làm CPI chung tăng 0,25 điểm phần trăm) do việc vận chuyển và phân phối hàng hóa thực hiện theo quy trình nghiêm ngặt hơn nhằm đảm bảo các yêu cầu phòng chống dịch Covid-19.',
    [{ ch: [`rate 0.74 ${PREV}`], p: '2021-08' }],
  ],
  [
    SVVN_CPI,
    'SVO - Tháng 1/2022, chỉ số giá tiêu dùng CPI tăng 0,19% so với tháng trước, do nhu cầu mua sắm cận Tết của người dân tăng cao.',
    [{ ch: [`rate 0.19 ${PREV}`], p: '2022-01' }],
  ],
  [
    SVVN_CPI,
    'SVO - Theo số liệu Tổng cục Thống kê vừa công bố, chỉ số giá tiêu dùng (CPI) tháng 11/2021 tăng 0,32% so với tháng trước, tăng 2% so với tháng 12/2020, do giá xăng dầu, gas tăng theo giá nhiên liệu thế giới; các địa phương dần trở lại với trạng thái bình thường mới khiến giá hàng hóa và dịch vụ có xu hướng tăng.',
    [{ ch: [`rate 0.32 ${PREV}`, 'rate 2 2020-12'], p: '2021-11' }],
  ],
  [
    DSTD_CPI,
    'Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 5 tăng 0,38% so với tháng trước.',
    [{ ch: [`rate 0.38 ${PREV}`] }],
  ],
  [DSTD_CPI, 'Trong đó, CPI khu vực thành thị tăng 0,34% và khu vực nông thôn tăng 0,42%.', [r('0.34'), r('0.42')]],
  [
    DSTD_CPI,
    'Trong 11 nhóm hàng hóa và dịch vụ tiêu dùng chính, có 10 nhóm hàng tăng giá so với tháng trước và chỉ 1 nhóm hàng giảm giá.',
    [],
  ],
  // the first quarter of 2025
  [
    NLD_Q1_2025,
    'Theo báo cáo mới được Cục Thống kê (Bộ Tài chính) công bố ngày 6-4, Tổng sản phẩm trong nước (GDP) quý I/2025 của Việt Nam ước tính tăng 6,93% so với cùng kỳ năm trước, đạt mức tăng cao nhất so với quý I các năm trong giai đoạn 2020 - 2025.',
    [{ st: 'estimate', ch: [`rate 6.93 ${SPLY}`], p: '2025-Q1' }],
  ],
  [
    NLD_Q1_2025,
    'Về cơ cấu nền kinh tế quý I, khu vực nông, lâm nghiệp và thủy sản chiếm tỉ trọng 11,56%; khu vực công nghiệp và xây dựng chiếm 36,31%; khu vực dịch vụ chiếm 43,44%...',
    [],
  ],
  [
    NLD_Q1_2025,
    'Theo cơ quan thống kê, tính chung quý I, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 9,9% so với cùng kỳ năm trước.',
    [yoy('9.9')],
  ],
  [
    NLD_Q1_2025,
    'Khách quốc tế đến Việt Nam đạt hơn 6 triệu lượt người, tăng 30%.',
    [{ v: '6000000', a: 'over', ch: ['rate 30 *'] }],
  ],
  [
    NLD_Q1_2025,
    'Số lượt người Việt Nam xuất cảnh đạt 2,7 triệu lượt người, gấp hơn 2 lần cùng kỳ năm trước.',
    [{ v: '2700000', ch: [`times 2 ${SPLY}`] }],
  ],
  [
    NLD_Q1_2025,
    'Trong quý I, cả nước có 36.400 doanh nghiệp đăng ký thành lập mới (giảm 4%) với tổng số vốn đăng ký gần 356.800 tỉ đồng (tăng 1%).',
    [
      { v: '36400', ch: ['rate -4 *'] },
      { v: '356800000000000', u: 'VND', a: 'under', ch: ['rate 1 *'] },
    ],
  ],
  [
    H24_Q1_2025,
    'Trong bối cảnh tăng trưởng yếu đi và lạm phát giảm xuống của các tháng đầu năm, nhiều quốc gia đã nới lỏng chính sách tiền tệ để hỗ trợ tăng trưởng.',
    [],
  ],
  [
    H24_Q1_2025,
    'Nhiều tổ chức quốc tế giữ nguyên hoặc điều chỉnh giảm tăng trưởng toàn cầu năm 2025 so với dự báo đưa ra trước đó.',
    [],
  ],
  [
    THOIDAI_212661,
    'Tổng sản phẩm trong nước (GDP) quý I tăng 6,93% so với cùng kỳ năm trước và là mức tăng cao nhất của quý I kể từ năm 2020 đến nay.',
    [yoy('6.93')],
  ],
  [
    THOIDAI_212661,
    'Trong số 43 địa phương có mức tăng trưởng cao hơn mức trung bình cả nước, 5 địa phương dẫn đầu là Bắc Giang (13,82%), Hòa Bình (12,76%), Nam Định (11,86%), Đà Nẵng (11,36%) và Lai Châu (11,32%).',
    [r('13.82'), r('12.76'), r('11.86'), r('11.36'), r('11.32')],
  ],
  // exports by province, 2023
  [
    BACNINH_DCS_602398,
    'Theo báo cáo của Tổng cục Hải quan, trong tháng 9/2023, kinh ngạch xuất khẩu hàng hóa của Việt Nam đạt 30,6 tỷ USD.',
    [usd('30600000000', '2023-09')],
  ],
  [
    BACNINH_DCS_602398,
    'Cụ thể, kim ngạch xuất khẩu của Bắc Ninh đạt 4,2 tỷ USD, trong khi của thành phố Hồ Chí Minh là 3,4 tỷ USD.',
    [usd('4200000000'), usd('3400000000')],
  ],
  [
    BACNINH_DCS_602398,
    'Tính chung trong 9 tháng (từ tháng 1 đến tháng 9/2023), thành phố Hồ Chí Minh vẫn là địa phương dẫn đầu cả nước về kim ngạch xuất khẩu với 31,1 tỷ USD; Bắc Ninh xếp thứ hai với 28,66 tỷ USD; tiếp đến là Bình Dương với 22,51 tỷ USD; Thái Nguyên với 20,17 tỷ USD; Hải Phòng với 18,1 tỷ USD…',
    [
      usd('31100000000', '2023-YTD-09'),
      usd('28660000000', '2023-YTD-09'),
      usd('22510000000', '2023-YTD-09'),
      usd('20170000000', '2023-YTD-09'),
      usd('18100000000', '2023-YTD-09'),
    ],
  ],
  [
    BACNINH_DCS_602398,
    'Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD; 05 địa phương cao nhất là: Bắc Ninh, thành phố Hồ Chí Minh, Bắc Giang, Hải Phòng và Bình Dương.',
    [],
  ],
  [
    NINHTHUAN_2023,
    '9 tháng đầu năm 2023, tổng kim ngạch xuất, nhập khẩu hàng hóa đạt 131,6 triệu USD, giảm 15,6%; trong đó xuất khẩu đạt 81,5 triệu USD, giảm 17,3%; nhập khẩu đạt 50,1 triệu USD, giảm 12,5%.',
    [
      { v: '131600000', u: 'USD', ch: ['rate -15.6 *'], p: '2023-YTD-09' },
      { v: '81500000', u: 'USD', ch: ['rate -17.3 *'], p: '2023-YTD-09' },
      { v: '50100000', u: 'USD', ch: ['rate -12.5 *'], p: '2023-YTD-09' },
    ],
  ],
  [
    NINHTHUAN_2023,
    'Cán cân thương mại 9 tháng của tỉnh đạt xuất siêu 31,4 triệu USD (cùng kỳ 2022 xuất siêu 41,3 triệu USD).',
    [usd('31400000'), usd('41300000', '2022-YTD-09')],
  ],
  [
    NINHTHUAN_2023,
    'Cụ thể, kim ngạch xuất khẩu hàng hóa ước tính đạt 81,5 triệu USD, giảm 17,3% so với cùng kỳ năm trước và đạt 62,7% so kế hoạch (130 triệu USD).',
    [
      { v: '81500000', u: 'USD', st: 'estimate', c: '62.7', ch: [`rate -17.3 ${SPLY}`] },
      { k: 'target', v: '130000000', u: 'USD' },
    ],
  ],
  [
    NINHTHUAN_2023,
    'Kim ngạch nhập khẩu hàng hóa 9 tháng ước đạt 50,1 triệu USD, giảm 12,5% so với cùng kỳ năm trước.',
    [{ v: '50100000', u: 'USD', st: 'estimate', ch: [`rate -12.5 ${SPLY}`] }],
  ],
  // public investment disbursement, 2024
  [
    DNPL_DTC_2024,
    'Tính đến hết tháng 3, ước giải ngân vốn đầu tư công đạt gần 90.000 tỷ đồng.',
    [{ v: '90000000000000', u: 'VND', a: 'under', st: 'estimate' }],
  ],
  [
    DNPL_DTC_2024,
    'So với kế hoạch Thủ tướng Chính phủ giao thì tỷ lệ giải ngân đạt 13,67%, tăng 3,32% và số tuyệt đối cao hơn khoảng 16,5 nghìn tỷ đồng so với cùng kỳ năm 2023.',
    [{ c: '13.67' }],
  ],
  [
    TBNH_Q3_2024,
    'Tính đến hết tháng 9/2024, cả nước ước giải ngân 320.566,5 tỷ đồng vốn đầu tư công, đạt 47,29% kế hoạch Thủ tướng giao và thấp hơn đáng kể so với cùng kỳ.',
    [{ v: '320566500000000', u: 'VND', st: 'estimate', c: '47.29', p: '2024-YTD-09' }],
  ],
  // industrial production
  [
    BAOMOI_IIP_2023,
    'Ước tính chỉ số sản xuất công nghiệp tăng 3% so với tháng trước và tăng 5,8% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 3 ${PREV}`, `rate 5.8 ${SPLY}`] }],
  ],
  [
    BAOMOI_IIP_2023,
    'Tính chung 11 tháng năm 2023, chỉ số sản xuất toàn ngành công nghiệp ước tính tăng 1% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 1 ${SPLY}`], p: '2023-YTD-11' }],
  ],
  [
    HUNGYEN_IIP_2024,
    'Bốn tháng năm 2024, chỉ số sản xuất toàn ngành công nghiệp tăng 6% so với cùng kỳ năm 2023.',
    [{ ch: ['rate 6 *'], p: '2024-YTD-04' }],
  ],
  [
    HUNGYEN_IIP_2024,
    'Trong số đó, ngành chế biến, chế tạo tăng 6,3%; ngành sản xuất và phân phối điện tăng 12,3%; ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 5,3%; ngành khai khoáng giảm 4,6%./.',
    [r('6.3'), r('12.3'), r('5.3'), r('-4.6')],
  ],
  [
    NQS_IIP_2024,
    'Theo Báo cáo kinh tế-xã hội quý II và 6 tháng đầu năm 2024 vừa được Tổng cục Thống kê công bố, tháng 6/2024, chỉ số sản xuất công nghiệp (IIP) ước tính tăng 0,7% so với tháng trước và tăng 10,9% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 0.7 ${PREV}`, `rate 10.9 ${SPLY}`], p: '2024-06' }],
  ],
  [
    NQS_IIP_2024,
    'Giá trị tăng thêm toàn ngành công nghiệp 6 tháng đầu năm 2024 ước tính tăng 7,54%.',
    [{ st: 'estimate', ch: ['rate 7.54 *'], p: '2024-H1' }],
  ],
  [
    BRVT_970761,
    'Theo báo cáo của Sở Công thương, tháng 1/2023, giá trị sản xuất công nghiệp toàn tỉnh ước 60,2 ngàn tỷ đồng, tăng 3,82% so với tháng trước và tăng 6,4% so với cùng kỳ.',
    [
      {
        v: '60200000000000',
        u: 'VND',
        st: 'estimate',
        ch: [`rate 3.82 ${PREV}`, `rate 6.4 ${SPLY}`],
        p: '2023-01',
      },
    ],
  ],
  [
    BRVT_970761,
    'Trong đó, giá trị sản xuất công nghiệp trừ dầu thô và khí đốt ước đạt 43,2 ngàn tỷ đồng, tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ.',
    [{ v: '43200000000000', u: 'VND', st: 'estimate', ch: [`rate 6.73 ${PREV}`, `rate 6.71 ${SPLY}`] }],
  ],
  [
    BRVT_970761,
    'Một số sản phẩm tăng trưởng mạnh như tôm đông lạnh tăng 19,78%, mực đông lạnh tăng 18,64%, sắt thép không hợp kim dạng thỏi đúc hoặc dạng thô khác tăng 94,48%, sửa chữa và bảo dưỡng máy móc chuyên dụng khác tăng 25,49%...',
    [r('19.78'), r('18.64'), r('94.48'), r('25.49')],
  ],
  [
    TBTC_122697,
    '(TBTCO) - Theo Tổng cục Thống kê, sản xuất công nghiệp tháng 2/2023 ước tính tăng 5,1% so với tháng trước do số ngày làm việc nhiều hơn và người lao động đã quay trở lại làm việc trong doanh nghiệp.',
    [{ st: 'estimate', ch: [`rate 5.1 ${PREV}`], p: '2023-02' }],
  ],
  [
    TBTC_122697,
    'So với cùng kỳ năm trước sản xuất công nghiệp tháng 2/2023 tăng 3,6%.',
    [{ ch: [`rate 3.6 ${SPLY}`], p: '2023-02' }],
  ],
  // the year 2024 and the goals of 2025 (Resolution 01/NQ-CP, LawNet)
  [
    LAWNET_175866,
    'Tốc độ tăng trưởng ước đạt 7,09%, thuộc nhóm một số nước tăng trưởng cao nhất trong khu vực, thế giới và được các tổ chức quốc tế đánh giá cao.',
    [{ st: 'estimate', ch: ['rate 7.09 *'] }],
  ],
  [
    LAWNET_175866,
    'Chỉ số giá tiêu dùng bình quân năm 2024 được kiểm soát tốt ở mức 3,63% trong khi đã thực hiện tăng lương, tăng giá một số mặt hàng, dịch vụ do Nhà nước quản lý.',
    [{ ch: ['rate 3.63 *'], p: '2024' }],
  ],
  [
    LAWNET_175866,
    'Thu ngân sách cả năm ước vượt 19,8% so với dự toán; xuất siêu ước đạt 24,77 tỷ USD.',
    [
      { c: '119.8', st: 'estimate' },
      { v: '24770000000', u: 'USD', st: 'estimate' },
    ],
  ],
  [
    LAWNET_175866,
    'Tại nội dung được đề cập tại Nghị quyết 01/NQ-CP, đã nêu chỉ tiêu tăng trưởng GRDP của các địa phương năm 2025 tối thiểu ở mức 8-10%.',
    [],
  ],
];

export const TEST5_VI: readonly RealSentence[] = TEST5_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test5-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test5',
}));
