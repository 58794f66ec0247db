import type { RealFact, RealSentence } from './types';

/**
 * The FOURTH fresh set (`fresh4`), Vietnamese part: sentences copied verbatim from provincial
 * and national press and portals (Thái Nguyên TV, Báo Hưng Yên, Báo Quảng Nam, Gia Lai TV, Báo
 * Bà Rịa - Vũng Tàu, Báo Gia Lai, Báo Lào Cai, Dân Việt, Pháp Luật TP.HCM, Thanh Niên, CAND,
 * Quân đội nhân dân, VietnamPlus, Tạp chí Tài chính, Tài chính điện tử, Báo Mới, Nghệ An 24h,
 * tracuuquyhoach, market and farm sites quoting the General Statistics Office, the Customs and
 * the Department of Crop Production), on retail, CPI, industrial production, trade, FDI, tourism,
 * the State budget, rice and the growth goals of 2025 (2012-2025, most 2016-2025), from articles
 * that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `đạt X% kế
 * hoạch`/`so với nghị quyết đề ra`/`dự toán` is a completion, `vượt X% so với kế hoạch` is 100 +
 * X; `bằng X% so với cùng kỳ` is a ratio; `tăng N lần`/`gấp N lần` is a multiple; `so với tháng
 * trước` is the previous period, `so với tháng 3/2022` (of April 2022) is `2022-03`, `so với tháng
 * 12/2018` is `2018-12`, `so với cùng kỳ năm 2023` and `so với năm ngoái` are `*`, `so với ước thực
 * hiện năm 2017` is `2017`; shares (`chiếm 82,14%`), absolute changes (`tăng 1 tạ/ha`, `tăng khoảng
 * 34.000 tấn`), changes of shares, counts of goods or provinces over a threshold, ranks and ranges
 * (`17-18 triệu lượt`, `56.000 - 61.000 tỷ đồng`) are not facts; `hơn`/`trên` X is a lower bound,
 * `gần` an upper bound, `khoảng` an approximation; a comparison figure of another period (`mức
 * tăng cùng kỳ là 3,22%`, `cùng kỳ năm 2023 (35,4 triệu USD)`) is its own fact; a plan figure in
 * brackets (`nghị quyết đề ra (23.600 tỷ đồng)`) is a target; goals (`mục tiêu`, `yêu cầu tăng
 * trưởng`, `phấn đấu`, the numbered list of a year's targets) are targets. Slips of the source
 * (`cùng kỳ2015`, `Qúy`, `sản lượng 9,8 tấn`) are kept as printed and annotated as printed.
 *
 * Written by someone who never read the extractor, and scored once before its failures were
 * released to the rule writers (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const TNTV_BANLE_2022 = 'https://thainguyentv.vn/tong-muc-ban-le-hang-hoa-tang-132-89233.html';
const BAOMOI_HCM_BANLE = 'http://m.baomoi.com/tp-hcm-doanh-so-ban-le-tang-34-7/c/3916493.epi';
const GIALAITV_BANLE_2022 =
  'http://gialaitv.vn/tin-tuc/tin-dia-phuong/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-4-thang-dau-nam-2022-dat-hon-29-ke-hoach/';
const TCN_DL_2017 =
  'https://mb.trangcongnghe.com/tin-tuc-cong-nghe/thuong-mai-dien-tu/91386-nganh-du-lich-co-the-dat-doanh-thu-500000-ti-dong-trong-nam-2017.html';
const NA24H_DL_2023 =
  'https://nghean24h.vn/viet-nam-lot-top-10-diem-den-hap-dan-hang-dau-cho-sinh-vien-tot-nghiep-a718054.html';
const QNAM_6T_2024 =
  'https://baoquangnam.vn/kinh-te-quang-nam-dat-muc-tang-truong-duong-cham-dut-2-nam-tang-truong-am-3137680.html';
const HUNGYEN_CPI_2018 = 'http://baohungyen.vn/kinh-te/201805/chi-so-gia-tieu-dung-tang-013-793278/';
const VNP_CPI_666446 =
  'https://beta.vietnamplus.vn/infographics-chi-so-gia-tieu-dung-thang-92020-tang-012-post666446.vnp';
const TCDT_CPI = 'http://www.taichinhdientu.vn/tags/Q1BJ/cpi/trang-1.html';
const QDND_619482 = 'https://www.qdnd.vn/kinh-te/tin-tuc/5-thang-uoc-tinh-viet-nam-xuat-sieu-1-9-ty-usd-619482';
const STOCKPROXX_CAPHE = 'https://stockproxx.vn/tag/xuat-khau-ca-phe';
const DANVIET_CANTHO_2018 =
  'http://danviet.vn/nha-nong/xay-dung-manh-dat-tay-do-van-minh-hien-dai-xanh-sach-dep-846945.html';
const TCTC_IIP_2021 = 'https://tapchitaichinh.vn/infographics-chi-so-san-xuat-cong-nghiep-trong-thang-1-tang-22-2.html';
const VIETAN_IIP_2021 = 'https://viet-an.vn/category/tin-tuc/';
const BAOMOI_IIP_2016 = 'https://m.baomoi.com/chi-so-san-xuat-cong-nghiep-tang-7/c/20709998.epi';
const VNP_IIP_458901 =
  'http://www.vietnamplus.vn/chi-so-san-xuat-cong-nghiep-cua-ca-nuoc-tang-65-trong-7-thang-qua/458901.vnp';
const CAND_IIP_353386 = 'http://cand.com.vn/doanh-nghiep/Chi-so-san-xuat-cong-nghiep-tang-9-2-353386/';
const THANHNIEN_1455310 =
  'https://thanhnien.vn/tai-chinh-kinh-doanh/viet-nam-dau-tu-ra-nuoc-ngoai-trong-9-thang-dat-hon-570-trieu-usd-1455310.html';
const CAND_FDI_477109 = 'http://cand.com.vn/Thi-truong/Hon-1-ty-USD-von-FDI-do-vao-Viet-Nam-477109/';
const PLO_BINHPHUOC_2017 = 'http://plo.vn/thoi-su/binh-phuoc-xay-dung-khong-gian-doi-thoai-mo-714124.html';
const PLO_CPI_2007 = 'http://plo.vn/kinh-te/kiem-che-lam-phat-lieu-co-that-bai-279770.html';
const BRVT_FDI_2024 = 'https://baobariavungtau.com.vn/kinh-te/202404/kinh-te-chuyen-bien-tich-cuc-1006965/';
const BAOGIALAI_FDI_2024 = 'https://baogialai.com.vn/10-tinh-thanh-hut-von-fdi-lon-nhat-ca-nuoc-post279320.html';
const TRACUU_NQ25 =
  'https://tracuuquyhoach.com/tin-tuc/18-tinh-thanh-pho-phai-tang-truong-hai-con-so-nam-2025-51410276';
const BRVT_2025_02 = 'https://baobariavungtau.com.vn/kinh-te/202502/7-chi-tieu-tang-truong-cao-hon-ke-hoach-1033511/';
const BAOLAOCAI_NQ25 =
  'https://baolaocai.vn/chinh-phu-giao-muc-tieu-tang-truong-2-con-so-cho-16-tinh-thanh-post397070.html';
const DANVIET_LUA_2021 =
  'https://danviet.vn/video/vu-dong-xuan-o-phia-bac-dat-ky-luc-ve-ca-nang-suat-va-san-luong-lua-6470.htm';
const AGROINFO_2021 = 'https://www.agroinfoserv.com/2021/08/tinh-hinh-san-xuat-lua-va-hoa-mau-thang.html';
const TTLG_2019 = 'http://thitruongluagao.com/tin/cap-nhat-san-xuat-vu-he-thu-2019-den-27-9-2019/25842.html';
const ANGIMEX_2012 =
  'https://www.angimex.com.vn/s%E1%BA%A3n-l%C6%B0%E1%BB%A3ng-lua-he-thu-2012-l%E1%BA%A7n-d%E1%BA%A7u-d%E1%BA%A1t-tren-9-tri%E1%BB%87u-t%E1%BA%A5n/';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const goal = (x: string): RealFact => ({ k: 'target', ch: [`rate ${x} *`] });

/** Vietnamese: provincial and national press and portals. */
export const FRESH4_VI_ROWS: readonly Row[] = [
  // retail
  [
    TNTV_BANLE_2022,
    'Sau khi dịch COVID-19 cơ bản được kiểm soát, các hoạt động thương mại - dịch vụ trên địa bàn tỉnh đã sôi động trở lại, góp phần đưa tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2022 ước đạt 24.209 tỷ đồng, tăng 13,2% so với cùng kỳ năm ngoái.',
    [{ v: '24209000000000', u: 'VND', st: 'estimate', ch: [`rate 13.2 ${SPLY}`], p: '2022-H1' }],
  ],
  [
    TNTV_BANLE_2022,
    'Cụ thể, doanh thu bán lẻ hàng hoá ước đạt trên 18.800 tỷ đồng (chiếm hơn 77%), tăng 12,5% so với cùng kỳ; doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành ước đạt trên 2.200 tỷ đồng, tăng 15,3%; doanh thu dịch vụ khác ước đạt 3.124 tỷ đồng, tăng 15,9%.',
    [
      { v: '18800000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 12.5 ${SPLY}`] },
      { v: '2200000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 15.3 *'] },
      { v: '3124000000000', u: 'VND', st: 'estimate', ch: ['rate 15.9 *'] },
    ],
  ],
  [
    TNTV_BANLE_2022,
    'Nếu từ nay đến cuối năm, các ngành tiếp tục duy trì được đà tăng trưởng như hiện nay, thì việc hoàn thành kế hoạch cả năm 2022 là khả thi.',
    [],
  ],
  [
    BAOMOI_HCM_BANLE,
    'SGTT - Dự ước hai tháng đầu năm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên địa bàn thành phố đạt 59.694 tỉ đồng, tăng 34,7% so với cùng kỳ năm trước.',
    [{ v: '59694000000000', u: 'VND', st: 'estimate', ch: [`rate 34.7 ${SPLY}`] }],
  ],
  [
    BAOMOI_HCM_BANLE,
    'Loại trừ biến động giá, mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 23,3% (mức tăng cùng kỳ là 3,22%).',
    [r('23.3'), r('3.22')],
  ],
  [
    GIALAITV_BANLE_2022,
    'Theo báo cáo của Sở Công Thương, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 4/2022 đạt trên 6.487 tỷ đồng, tăng 5% so với tháng 3/2022; tính chung 4 tháng đầu năm là hơn 24.694 tỷ đồng, đạt 29,05% kế hoạch, tăng 3,76% so với cùng kỳ năm trước.',
    [
      { v: '6487000000000', u: 'VND', a: 'over', ch: ['rate 5 2022-03'], p: '2022-04' },
      { v: '24694000000000', u: 'VND', a: 'over', c: '29.05', ch: [`rate 3.76 ${SPLY}`] },
    ],
  ],
  [
    GIALAITV_BANLE_2022,
    'Trong đó, thương nghiệp chiếm tỷ trọng cao nhất với 82,14%, đạt trên 20.283 tỷ đồng do từ đầu năm đến nay lượng hàng hóa dồi dào, sức mua đang có xu hướng tăng./.',
    [{ v: '20283000000000', u: 'VND', a: 'over' }],
  ],
  // tourism
  [
    TCN_DL_2017,
    'Ngành du lịch đã tăng trưởng tốt trong những tháng qua, kỳ vọng doanh thu cả năm 2017 đạt 500.000 tỉ đồng, tăng đến 100.000 tỉ, so với năm ngoái và cao hơn 40.000 tỉ đồng so với kế hoạch cho năm nay.',
    [{ k: 'target', v: '500000000000000', u: 'VND', p: '2017' }],
  ],
  [
    TCN_DL_2017,
    'Cụ thể, lượng khách quốc tế đạt hơn 9,4 triệu lượt, khách nội địa đạt 57,9 triệu lượt.',
    [{ v: '9400000', a: 'over' }, { v: '57900000' }],
  ],
  [
    TCN_DL_2017,
    'Tổng thu du lịch lên đến 376.000 tỉ đồng, tăng 26,5% so với cùng kỳ.',
    [{ v: '376000000000000', u: 'VND', ch: [`rate 26.5 ${SPLY}`] }],
  ],
  [TCN_DL_2017, 'Tổng thu từ khách du lịch đạt 400.000 tỉ đồng.', [{ v: '400000000000000', u: 'VND' }]],
  [
    NA24H_DL_2023,
    'Trải qua những thời điểm khó khăn, năm 2023, du lịch Việt Nam đã có sự phục hồi ngoạn mục, vượt chỉ tiêu đề khi ngành du lịch đón 12,6 triệu lượt khách quốc tế, vượt 57% so với mục tiêu ban đầu và đạt mục tiêu đã điều chỉnh (12-13 triệu lượt).',
    [{ v: '12600000', c: '157', p: '2023' }],
  ],
  [
    NA24H_DL_2023,
    'Khách nội địa đạt 108 triệu lượt, vượt 6% so với kế hoạch năm 2023.',
    [{ v: '108000000', c: '106' }],
  ],
  [
    NA24H_DL_2023,
    'Tổng thu từ du lịch ước đạt 678 nghìn tỷ đồng, vượt 4,3% so với kế hoạch năm 2023.',
    [{ v: '678000000000000', u: 'VND', st: 'estimate', c: '104.3' }],
  ],
  [
    NA24H_DL_2023,
    'Dự báo năm 2024 ngành du lịch đặt mục tiêu phấn đấu đón 17-18 triệu lượt khách quốc tế; phục vụ 110 triệu lượt khách du lịch nội địa; tổng thu từ khách du lịch đạt khoảng 840 nghìn tỷ đồng.',
    [
      { k: 'target', v: '110000000', p: '2024' },
      { k: 'target', v: '840000000000000', u: 'VND', a: 'about', p: '2024' },
    ],
  ],
  // Quảng Nam, first half of 2024
  [
    QNAM_6T_2024,
    '(QNO) - Tại cuộc họp báo về tình hình kinh tế - xã hội 6 tháng đầu năm diễn ra chiều 9/7, UBND tỉnh cho biết, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 tăng 2,7% so với cùng kỳ; tạm thời chấm dứt đà tăng trưởng âm.',
    [{ ch: [`rate 2.7 ${SPLY}`], p: '2024-H1' }],
  ],
  [
    QNAM_6T_2024,
    'Theo phân tích, tăng trưởng kinh tế của tỉnh đã có chuyển biến tích cực, đặc biệt, ngành công nghiệp - ngành chủ lực của tỉnh có sự phục hồi và tăng trưởng tích cực với mức tăng 14,8% trong quý II, đây là mức tăng trưởng ấn tượng sau chuỗi thời gian khó khăn kéo dài kể từ đầu năm 2023.',
    [r('14.8')],
  ],
  [
    QNAM_6T_2024,
    'Tổng thu ngân sách nhà nước 6 tháng là 12.221 tỷ đồng, đạt 51,8% so với nghị quyết đề ra (23.600 tỷ đồng) và tăng 2,5% so với cùng kỳ năm 2023; trong đó, thu nội địa 10.152 tỷ đồng, đạt 50,51% và thu xuất nhập khẩu là 3.224 tỷ đồng, đạt 59%.',
    [
      { v: '12221000000000', u: 'VND', c: '51.8', ch: ['rate 2.5 *'] },
      { k: 'target', v: '23600000000000', u: 'VND' },
      { v: '10152000000000', u: 'VND', c: '50.51' },
      { v: '3224000000000', u: 'VND', c: '59' },
    ],
  ],
  // CPI
  [
    HUNGYEN_CPI_2018,
    'Theo tin từ Cục Thống kê, chỉ số giá tiêu dùng trên địa bàn tỉnh trong tháng 4 tăng 0,13% so với tháng trước.',
    [{ ch: [`rate 0.13 ${PREV}`] }],
  ],
  [
    HUNGYEN_CPI_2018,
    'Trong đó có 4 nhóm hàng hóa, dịch vụ có chỉ số giá tăng gồm: Nhóm hàng ăn và dịch vụ ăn uống; đồ uống và thuốc lá; nhà ở, điện nước, chất đốt và vật liệu xây dựng; dịch vụ giao thông.',
    [],
  ],
  [
    HUNGYEN_CPI_2018,
    'So với tháng cùng kỳ năm 2017, chỉ số giá tiêu dùng tháng 4 năm nay của tỉnh tăng 3,61% và bình quân chung 4 tháng đầu năm nay, chỉ số giá tiêu dùng toàn tỉnh tăng 4,66%.',
    [{ ch: ['rate 3.61 *'] }, r('4.66')],
  ],
  [
    VNP_CPI_666446,
    'Chỉ số giá tiêu dùng (CPI) tháng Chín đã tăng 0,32% so với tháng Tám, theo đó tăng 1,98% so với cùng kỳ và tăng 2,2% so với tháng 12/2018; riêng trong quý 3, CPI tăng 2,23% so với cùng kỳ.',
    [{ ch: [`rate 0.32 ${PREV}`, `rate 1.98 ${SPLY}`, 'rate 2.2 2018-12'] }, yoy('2.23')],
  ],
  [
    VNP_CPI_666446,
    'Như vậy, CPI bình quân 9 tháng qua đã tăng 2,5% so với cùng kỳ năm trước, đây là mức tăng bình quân thấp nhất trong 3 năm gần đây.',
    [yoy('2.5')],
  ],
  [
    TCDT_CPI,
    '(eFinance Online) - Tổng cục Thống kê vừa cho biết, tháng 6, chỉ số giá tiêu dùng (CPI) cả nước có mức tăng 0,46% so với tháng 5.',
    [{ ch: [`rate 0.46 ${PREV}`] }],
  ],
  [
    TCDT_CPI,
    'Như vậy, CPI đã tăng 2,4% so với cùng kỳ năm 2015 đồng thời tăng 2,35% so với tháng 12 năm ngoái, kéo theo mức tăng CPI bình quân sáu tháng so với cùng kỳ năm trước là 1,72%.',
    [{ ch: ['rate 2.4 *', 'rate 2.35 *'] }, yoy('1.72')],
  ],
  [
    TCDT_CPI,
    'Theo đó, CPI tháng này tăng 0,54% so với tháng trước, tăng 2,28% so với cùng kỳ năm trước.',
    [{ ch: [`rate 0.54 ${PREV}`, `rate 2.28 ${SPLY}`] }],
  ],
  [
    PLO_CPI_2007,
    'Như vậy, tính từ đầu năm đến nay, CPI đã tăng tới 7,32% so với cuối tháng 12.2006 và tăng 8,8% so với cùng kỳ năm 2006.',
    [{ ch: ['rate 7.32 2006-12', 'rate 8.8 *'] }],
  ],
  // trade
  [
    QDND_619482,
    'Tổng kim ngạch xuất, nhập khẩu hàng hóa 5 tháng đầu năm ước tính đạt 196,84 tỷ USD, giảm 2,8% so với cùng kỳ năm trước, trong đó kim ngạch xuất khẩu hàng hóa đạt 99,36 tỷ USD, giảm 1,7%.',
    [
      { v: '196840000000', u: 'USD', st: 'estimate', ch: [`rate -2.8 ${SPLY}`] },
      { v: '99360000000', u: 'USD', ch: ['rate -1.7 *'] },
    ],
  ],
  [
    QDND_619482,
    'Tuy vậy, cán cân thương mại hàng hóa 5 tháng ước tính vẫn có mức xuất siêu 1,9 tỷ USD.',
    [{ v: '1900000000', u: 'USD', st: 'estimate' }],
  ],
  [
    QDND_619482,
    'Trong 5 tháng có 17 mặt hàng đạt kim ngạch xuất khẩu hơn 1 tỷ USD, chiếm 82% tổng kim ngạch xuất khẩu, gồm: Điện thoại và linh kiện; điện tử, máy tính và linh kiện; hàng dệt may; máy móc thiết bị, dụng cụ phụ tùng; giày dép; gỗ và sản phẩm gỗ...',
    [],
  ],
  [
    STOCKPROXX_CAPHE,
    'Trong 5 tháng đầu năm, kim ngạch xuất khẩu mặt hàng này đạt kỷ lục 4,79 tỷ USD, tăng 65,1% so với cùng kỳ năm ngoái và bằng 85% tổng kim ngạch đạt được trong cả năm ngoái.',
    [{ v: '4790000000', u: 'USD', ch: [`rate 65.1 ${SPLY}`, 'ratio 85 *'] }],
  ],
  // Cần Thơ's targets for 2018 (a numbered list of the year's targets)
  [
    DANVIET_CANTHO_2018,
    '4. Kim ngạch xuất khẩu và doanh thu dịch vụ ngoại tệ 1.790 triệu USD, tăng 1,19% so ước thực hiện năm 2017.',
    [{ k: 'target', v: '1790000000', u: 'USD', ch: ['rate 1.19 2017'] }],
  ],
  [
    DANVIET_CANTHO_2018,
    'Kim ngạch nhập khẩu hàng hóa 400 triệu USD, giảm 6,52% so với ước thực hiện năm 2017.',
    [{ k: 'target', v: '400000000', u: 'USD', ch: ['rate -6.52 2017'] }],
  ],
  [
    DANVIET_CANTHO_2018,
    '5. Tổng vốn đầu tư trên địa bàn 56.000 - 61.000 tỷ đồng, tăng từ 0,25% đến 9,2% so ước thực hiện năm 2017.',
    [],
  ],
  [
    DANVIET_CANTHO_2018,
    '6. Tổng thu ngân sách nhà nước theo chỉ tiêu Trung ương giao 11.076 tỷ đồng.',
    [{ k: 'target', v: '11076000000000', u: 'VND' }],
  ],
  [
    DANVIET_CANTHO_2018,
    'Tổng chi ngân sách địa phương 11.892 tỷ đồng, tăng 3,07%.',
    [{ k: 'target', v: '11892000000000', u: 'VND', ch: ['rate 3.07 *'] }],
  ],
  // industrial production
  [
    TCTC_IIP_2021,
    'Chỉ số sản xuất công nghiệp tháng 1/2021 ước tính tăng 22,2% so với tháng 1/2020 do số ngày làm việc của tháng 1/2021 nhiều hơn năm 2020.',
    [{ st: 'estimate', ch: ['rate 22.2 2020-01'], p: '2021-01' }],
  ],
  [
    VIETAN_IIP_2021,
    'Chỉ số sản xuất công nghiệp tháng 11/2021 tăng 5,5% so với tháng trước và tăng 5,6% so với cùng kỳ năm 2020.',
    [{ ch: [`rate 5.5 ${PREV}`, 'rate 5.6 *'], p: '2021-11' }],
  ],
  [
    VIETAN_IIP_2021,
    'Tính chung 11 tháng, chỉ số sản xuất công nghiệp tăng 3,6% so với cùng kỳ năm trước.',
    [yoy('3.6')],
  ],
  [
    BAOMOI_IIP_2016,
    'Theo công bố của Tổng cục Thống kê (TCTK), chỉ số sản xuất toàn ngành công nghiệp tháng 10 của cả nước ước tăng 7% so với cùng kỳ năm trước, trong đó ngành công nghiệp chế biến, chế tạo tăng 11,9%; sản xuất và phân phối điện tăng 13,6%.',
    [{ st: 'estimate', ch: [`rate 7 ${SPLY}`] }, r('11.9'), r('13.6')],
  ],
  [
    BAOMOI_IIP_2016,
    'Tính chung 10 tháng năm 2016, chỉ số sản xuất toàn ngành công nghiệp tăng 7,2% so với cùng kỳ2015.',
    [{ ch: ['rate 7.2 *'], p: '2016-YTD-10' }],
  ],
  [
    BAOMOI_IIP_2016,
    'Cụ thể, chỉ số sản xuất công nghiệp tỉnh Quảng Nam tăng 29,2%; Thái Nguyên tăng 26,6%; Hải Phòng tăng 16,6%; Đà Nẵng tăng 12,2%.',
    [r('29.2'), r('26.6'), r('16.6'), r('12.2')],
  ],
  [
    VNP_IIP_458901,
    'Tổng cục Thống kê vừa công bố, chỉ số sản xuất toàn ngành công nghiệp tháng Bảy vừa qua ước tính tăng 8,1% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 8.1 ${SPLY}`] }],
  ],
  [
    VNP_IIP_458901,
    'Tính chung 7 tháng của năm nay, chỉ số sản xuất toàn ngành công nghiệp tăng 6,5% so với cùng kỳ năm trước, thấp hơn mức tăng 7,2% của cùng kỳ năm 2016 nhưng cao hơn mức tăng 6,3% của 6 tháng đầu năm nay.',
    [yoy('6.5'), r('7.2'), r('6.3')],
  ],
  [
    VNP_IIP_458901,
    'Trong các ngành công nghiệp, ngành chế biến, chế tạo tăng 10,6%; ngành sản xuất và phân phối điện tăng 9%; ngành cung cấp nước và xử lý rác thải, nước thải tăng 7,2%; riêng ngành khai khoáng giảm 7,5%.',
    [r('10.6'), r('9'), r('7.2'), r('-7.5')],
  ],
  [
    VNP_IIP_458901,
    'Trong 7 tháng năm nay, một số sản phẩm công nghiệp chủ yếu tăng cao so với cùng kỳ năm trước như tivi tăng 36,6%; thép cán tăng 25,2%; sắt, thép thô tăng 24,4%; vải dệt từ sợi tự nhiên tăng 20,4%; phân urê tăng 15,2%; sữa bột tăng 12,6%; điện sản xuất tăng 8,2%...',
    [yoy('36.6'), yoy('25.2'), yoy('24.4'), yoy('20.4'), yoy('15.2'), yoy('12.6'), yoy('8.2')],
  ],
  [
    CAND_IIP_353386,
    'Cụ thể: ngành khai khoáng tăng 6,3%; công nghiệp chế biến, chế tạo tăng 9,9%; sản xuất và phân phối điện tăng 10,9%; cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 6,3%.',
    [r('6.3'), r('9.9'), r('10.9'), r('6.3')],
  ],
  [
    CAND_IIP_353386,
    'Các sản phẩm công nghiệp có tốc độ tăng cao hơn tốc độ tăng của toàn ngành là điện, thép cán, điện thoại di động, tivi, ôtô, giày, dép da...',
    [],
  ],
  // investment
  [
    THANHNIEN_1455310,
    'Trong đó có 41 dự án được cấp giấy chứng nhận đăng ký đầu tư mới, với tổng vốn đăng ký đạt trên 150,1 triệu USD (bằng 55,9% so với cùng kỳ năm trước) và 15 lượt dự án điều chỉnh vốn đầu tư với tổng vốn tăng thêm trên 422,1 triệu USD (gấp gần 2,6 lần so với cùng kỳ).',
    [
      { v: '41', u: 'project' },
      { v: '150100000', u: 'USD', a: 'over', ch: [`ratio 55.9 ${SPLY}`] },
      { v: '15', u: 'project' },
      { v: '422100000', u: 'USD', a: 'over', ch: [`times 2.6 ${SPLY}`] },
    ],
  ],
  [
    CAND_FDI_477109,
    'Trong đó, vốn FDI giải ngân được 1,05 tỷ USD, tăng 10,5% so với năm ngoái.',
    [{ v: '1050000000', u: 'USD', ch: ['rate 10.5 *'] }],
  ],
  [
    CAND_FDI_477109,
    'Nhà đầu tư nước ngoài đã đầu tư vào 42 tỉnh thành phố, trong đó TP Hồ Chí Minh là địa phương thu hút nhiều vốn đầu tư nước ngoài nhất với tổng số vốn đăng ký 306,2 triệu USD.',
    [{ v: '306200000', u: 'USD' }],
  ],
  [
    CAND_FDI_477109,
    'Hải Dương đứng thứ hai với tổng vốn đăng ký 181,3 triệu USD, chiếm 14,4% tổng vốn đầu tư.',
    [{ v: '181300000', u: 'USD' }],
  ],
  [
    PLO_BINHPHUOC_2017,
    'Một số kết quả cụ thể như sau: Thu hút đầu tư trong nước được 77 dự án với tổng vốn đăng ký là 5.000 tỉ đồng; so với cùng kỳ tăng 2,2 lần về số dự án, tăng 4,5 lần về số vốn đăng ký.',
    [
      { v: '77', u: 'project', ch: [`times 2.2 ${SPLY}`] },
      { v: '5000000000000', u: 'VND', ch: [`times 4.5 ${SPLY}`] },
    ],
  ],
  [
    PLO_BINHPHUOC_2017,
    'Thu hút đầu tư trực tiếp nước ngoài (FDI) được tám dự án, tổng vốn đầu tư 31,8 triệu USD, so với cùng kỳ, số dự án cấp mới bằng 100%, vốn đầu tư tăng 49%.',
    [
      { v: '8', u: 'project', ch: [`ratio 100 ${SPLY}`] },
      { v: '31800000', u: 'USD', ch: [`rate 49 ${SPLY}`] },
    ],
  ],
  [
    PLO_BINHPHUOC_2017,
    'Sáu tháng đầu năm thành lập mới 420 DN, đạt 52,5% kế hoạch năm, tổng số vốn đăng ký 3.477 tỉ đồng, tăng 15,07% về số DN, tăng 72,66% về số vốn đăng ký so với cùng kỳ năm 2016.',
    [
      { v: '420', c: '52.5', ch: ['rate 15.07 *'] },
      { v: '3477000000000', u: 'VND', ch: ['rate 72.66 *'] },
    ],
  ],
  [
    BRVT_FDI_2024,
    'Qúy I/2024, tỉnh cấp mới và điều chỉnh vốn đầu tư 13 dự án đầu tư nước ngoài (FDI) với tổng vốn đăng ký tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần so với cùng kỳ năm 2023.',
    [
      { v: '13', u: 'project' },
      { v: '1556000000', u: 'USD', a: 'over', ch: ['times 15.5 *'], p: '2024-Q1' },
    ],
  ],
  [
    BRVT_FDI_2024,
    'Trong đó, 8 dự án FDI cấp mới với tổng vốn đăng ký gần 1,452 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD).',
    [
      { v: '8', u: 'project' },
      { v: '1452000000', u: 'USD', a: 'under' },
      { v: '35400000', u: 'USD' },
    ],
  ],
  [
    BRVT_FDI_2024,
    '5 dự án điều chỉnh tăng vốn, đạt 104,79 triệu USD, tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD).',
    [
      { v: '5', u: 'project' },
      { v: '104790000', u: 'USD', ch: ['rate 60.7 *'] },
      { v: '37370000', u: 'USD' },
    ],
  ],
  [
    BAOGIALAI_FDI_2024,
    'Cụ thể, theo Cục Đầu tư nước ngoài, từ đầu năm đến ngày 20-5, tổng vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần của nhà đầu tư nước ngoài đạt hơn 11,07 tỉ USD, tăng 2% so với cùng kỳ năm 2023.',
    [{ v: '11070000000', u: 'USD', a: 'over', ch: ['rate 2 *'] }],
  ],
  [
    BAOGIALAI_FDI_2024,
    'Có 1.227 dự án mới được cấp giấy chứng nhận đăng ký đầu tư (tăng 27,5% so với cùng kỳ), tổng vốn đăng ký đạt gần 7,94 tỉ USD (tăng 50,8% so với cùng kỳ).',
    [
      { v: '1227', u: 'project', ch: [`rate 27.5 ${SPLY}`] },
      { v: '7940000000', u: 'USD', a: 'under', ch: [`rate 50.8 ${SPLY}`] },
    ],
  ],
  [BAOGIALAI_FDI_2024, 'Vốn điều chỉnh, vốn góp, mua cổ phần... cùng sụt giảm.', []],
  [
    BAOGIALAI_FDI_2024,
    'Vốn thực hiện đạt khoảng 8,25 tỉ USD, tăng 7,8% so với cùng kỳ năm 2023.',
    [{ v: '8250000000', u: 'USD', a: 'about', ch: ['rate 7.8 *'] }],
  ],
  [
    BAOGIALAI_FDI_2024,
    'Tiếp theo là Hà Nội với gần 1,14 tỉ USD, chiếm 10,3% tổng vốn đầu tư đăng ký và giảm 39% so với cùng kỳ năm 2023.',
    [{ v: '1140000000', u: 'USD', a: 'under', ch: ['rate -39 *'] }],
  ],
  // growth goals of 2025 (Government Resolution 25/NQ-CP) and five-year results
  [
    TRACUU_NQ25,
    'Cụ thể, Bắc Giang là địa phương được yêu cầu tiêu tăng trưởng cao nhất cả nước năm 2025 với 13,6%.',
    [{ k: 'target', ch: ['rate 13.6 *'], p: '2025' }],
  ],
  [
    TRACUU_NQ25,
    'Trong năm 2024 vừa qua, tốc độ tăng trưởng GRDP của tỉnh này cũng đạt 13,87%, gấp gần 2 lần bình quân chung cả nước và là năm thứ 5 liên tiếp tỉnh tăng trưởng cao hai con số.',
    [{ ch: ['rate 13.87 *'], p: '2024' }],
  ],
  [
    TRACUU_NQ25,
    'Năm ngoái, địa phương này thu hút trên 2,14 tỷ USD vốn đầu tư, đứng thứ 10 cả nước về hút vốn FDI',
    [{ v: '2140000000', u: 'USD', a: 'over' }],
  ],
  [
    TRACUU_NQ25,
    'Sau Bắc Giang là Ninh Thuận với yêu cầu tiêu tăng trưởng 13% năm nay, mức này cao hơn nhiều so với mức tăng trưởng tỉnh đạt được trong năm 2024 là 8,74% nhưng tương đương với mục tiêu tỉnh đề ra trước đó là 13-14%.',
    [goal('13'), { ch: ['rate 8.74 *'], p: '2024' }],
  ],
  [BAOLAOCAI_NQ25, 'Chính phủ giao mục tiêu tăng trưởng GRDP 2 con số trong năm 2025 cho 16 tỉnh, thành.', []],
  [
    BAOLAOCAI_NQ25,
    'Trong đó, Bắc Giang cao nhất là 13,6%; Hải Phòng 12,5%; Ninh Bình, Quảng Ninh 12%; Thanh Hóa 11%; Đà Nẵng, Bình Dương, Đồng Nai 10%.',
    [goal('13.6'), goal('12.5'), goal('12'), goal('11'), goal('10')],
  ],
  [BAOLAOCAI_NQ25, 'Còn Hà Nội 8%, TP.HCM 8,5%...', [goal('8'), goal('8.5')]],
  [
    BRVT_2025_02,
    'Về tăng trưởng kinh tế, cơ cấu và quy mô kinh tế, GRDP trừ dầu thô và khí đốt ước tăng bình quân 7,6%/năm, đạt kế hoạch đề ra và cao hơn nhiều so với tăng trưởng trung bình cả nước.',
    [{ st: 'estimate', ch: ['rate 7.6 *'] }],
  ],
  [
    BRVT_2025_02,
    'Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng; ước năm 2025: Công nghiệp - xây dựng chiếm 55,08% (tăng 2,78% so với năm 2020); Dịch vụ chiếm 28,16% (tăng 0,42% so với năm 2020); Nông nghiệp chiếm 8,19% (giảm 3,44% so với năm 2020) và thuế sản phẩm chiếm 8,57% (tăng 0,24% so với năm 2020).',
    [],
  ],
  [
    BRVT_2025_02,
    'Quy mô kinh tế ước năm 2025 đạt khoảng 565 ngàn tỷ đồng, trong đó quy mô trừ dầu thô và khí đốt hơn 312 ngàn tỷ đồng.',
    [
      { v: '565000000000000', u: 'VND', a: 'about', st: 'estimate', p: '2025' },
      { v: '312000000000000', u: 'VND', a: 'over' },
    ],
  ],
  // rice
  [
    DANVIET_LUA_2021,
    'Năng suất lúa vụ đông xuân ở miền Bắc ước đạt khoảng 63,6 tạ/ha, tăng 1 tạ/ha so với vụ đông xuân năm trước.',
    [{ v: '63.6', a: 'about', st: 'estimate' }],
  ],
  [
    DANVIET_LUA_2021,
    'Sản lượng lúa toàn miền Bắc vụ đông xuân 2020-2021 ước đạt 6,9 triệu tấn, tăng khoảng 34.000 tấn.',
    [{ v: '6900000', u: 'tonne', st: 'estimate' }],
  ],
  [
    AGROINFO_2021,
    'Diện tích lúa đã thu hoạch đạt 4.025,4 nghìn ha, bằng 96,8% so với cùng kỳ; sản lượng ước trên diện tích thu hoạch đạt 26,3 triệu tấn, bằng 99% so với cùng kỳ; năng suất bình quân đạt 65,4 tạ/ha, tăng 1,4 tạ/ha.',
    [
      { v: '4025400', u: 'ha', ch: [`ratio 96.8 ${SPLY}`] },
      { v: '26300000', u: 'tonne', st: 'estimate', ch: [`ratio 99 ${SPLY}`] },
      { v: '65.4' },
    ],
  ],
  [
    TTLG_2019,
    'Tính đến ngày 27/9, theo số liệu của Cục Trồng trọt phía Nam, thu hoạch lúa Hè Thu ở khu vực ĐBSCL, diện tích toàn vùng thu hoạch được 1,7 triệu ha, chiếm 95,08% diện tích xuống giống, ít hơn tiến độ thu hoạch cùng kỳ 26,6 ngàn ha; năng suất 56,24 tạ/ha, cao hơn so với cùng kỳ 0,52 tạ/ha; sản lượng 9,8 tấn, ít hơn cùng kỳ hơn 58 ngàn tấn so với cùng kỳ do diện tích thu hoạch ít hơn cùng kỳ.',
    [{ v: '1700000', u: 'ha' }, { v: '56.24' }, { v: '9.8', u: 'tonne' }],
  ],
  [
    ANGIMEX_2012,
    'Theo Cục Trồng trọt, đến đầu tháng 10, các tỉnh ĐBSCL đã thu hoạch dứt điểm lúa vụ hè thu 2012 trên tổng diện tích đã xuống giống là 1,684 triệu ha.',
    [{ v: '1684000', u: 'ha' }],
  ],
  [
    ANGIMEX_2012,
    'Năng suất bình quân 5,5 tấn/ha, sản lượng 9,262 triệu tấn lúa.',
    [{ v: '5.5' }, { v: '9262000', u: 'tonne' }],
  ],
];

export const FRESH4_VI: readonly RealSentence[] = FRESH4_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-fresh4-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'fresh4',
}));
