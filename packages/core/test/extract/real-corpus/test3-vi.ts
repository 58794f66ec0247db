import type { RealFact, RealSentence } from './types';

/**
 * The THIRD fresh unseen set (`test3`), Vietnamese part: sentences copied verbatim from
 * provinces' statistics offices and departments (Quảng Trị, Quảng Nam, Quảng Ngãi, Quảng Ninh,
 * Bà Rịa - Vũng Tàu, Bình Dương, Thái Nguyên, Vĩnh Long, Bắc Giang, Kiên Giang, Thanh Hóa, Hà Giang,
 * Nghệ An, Gia Lai, Hà Tĩnh), their tourism and farmers' portals, provincial papers' year-end and
 * nine-month reports (2011-2025), and national press quoting the General Statistics Office, the
 * Customs and the Ministry of Finance, from articles that are in none of `vi.ts`, `en.ts`,
 * `fresh-*.ts`, `test2-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `đạt X% kế
 * hoạch` is a completion, `tăng X% so với kịch bản` (over a scenario set as the plan) is 100 + X;
 * a sentence measured against two plans gives the second completion its own fact; shares
 * (`chiếm tỷ trọng X%`), currency restatements in brackets and a malformed number (`1.0001,6 tỷ
 * đồng`) are not read as values; changes in brackets belong to the figure before them; `tăng
 * hơn`/`gần`/`trên` keep the number of a change, and are bounds of a value; `tăng N lần`/`gấp N lần`
 * is a multiple; `so với cùng kỳ năm 2023` is written `*` (any base), `so với 6 tháng đầu năm
 * 2021` is `2021-H1`; a comparison figure of another period (`cùng kỳ năm 2023 giảm 0,2%`) is its
 * own fact with its period; a growth rate set in a plan (`kế hoạch đề ra 11,05%`) is a target;
 * ranks (`xếp thứ 15/34`), counts of provinces over a threshold (`16/34 địa phương ... từ 8% trở
 * lên`) and ranges (`8,96-9,61%`) are not facts; `đạt trên 90% dự toán` keeps its number.
 *
 * Written by someone who never read the extractor; its failures are never printed, and the
 * extractor's authors never read them: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const QRT_BANLE_2024 =
  'https://qrt.vn/kinh-te/doanh-thu-ban-le-hang-hoa-thang-10-uoc-dat-41-nghin-ty-dong/?utm_source=rss&utm_medium=rss&utm_campaign=doanh-thu-ban-le-hang-hoa-thang-10-uoc-dat-41-nghin-ty-dong';
const QNAM_BANLE_2024 =
  'https://baoquangnam.vn/8-thang-tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-dat-49-2-nghin-ty-dong-3140604.html';
const BRVT_TMDV_2022 =
  'https://baobariavungtau.com.vn/kinh-te/202212/tong-doanh-thu-thuong-mai-dich-vu-tang-2807-966440';
const CAND_104910 = 'http://cand.com.vn/Kinh-te/Thu-hut-dau-tu-nuoc-ngoai-tang-manh-104910/';
const BINHDUONG_XK_2016 = 'https://baobinhduong.vn/kim-ngach-xuat-khau-cua-tinh-uoc-dat-tren-7-2-ty-usd-a141114.html';
const TNTV_XK = 'https://thainguyentv.vn/gia-tri-xuat-khau-dat-245-ty-usd-84320.html';
const VINHLONG_LUA_2013 = 'https://baovinhlong.com.vn/kinh-te/nong-nghiep/201308/thu-hoach-dut-diem-lua-he-thu-2566744';
const BACGIANG_VUDONG_2011 = 'https://hoinongdan.bacgiang.gov.vn/tin-tuc/page/76';
const KIENGIANG_DL_2020 =
  'http://kitra.com.vn/index.php?option=com_k2&view=item&id=4464:khach-du-lich-den-kien-giang-thang-01-nam-2020&Itemid=178&lang=vi';
const KIENTHUC_DL_2022 =
  'https://kienthuc.net.vn/kinh-doanh/lo-dien-quan-quan-thu-tien-nhieu-nhat-tu-du-lich-6-thang-dau-nam-1733912.html';
const DANVIET_DTC_2023 =
  'https://thegioitiepthi.danviet.vn/tphcm-4-thang-cuoi-nam-phai-tieu-gan-50000-ty-dau-tu-cong-20230906131512952.htm';
const VIETBAO_IIP_2024 =
  'https://vietbao.vn/tam-thang-chi-so-san-xuat-cong-nghiep-tang-8-6-so-voi-cung-ky-nam-ngoai-504774.html';
const BRVT_IIP_2024 =
  'https://baobariavungtau.com.vn/kinh-te/202411/chi-so-san-xuat-cong-nghiep-tiep-tuc-tang-truong-an-tuong-1025729/';
const THANHHOA_IIP_2023 = 'https://baothanhhoa.vn/thoi-su/nhung-doanh-nghiep-hoat-dong-xuyen-ky-nghi-le/194206.htm';
const BAOMOI_IIP_2014 = 'https://m.baomoi.com/4-thang-san-xuat-cong-nghiep-tang-kha/c/13721767.epi';
const TKCN_IIP_2022 = 'https://tongkhocongnghiep.com/61-63-dia-phuong-co-chi-so-cong-nghiep-tang/';
const BRVT_DL_2015 =
  'http://www.bariavungtautourism.com.vn/thong-tin-can-biet/thong-ke-du-lich/w3323-thong-ke-hoat-dong-du-lich-6-thang-dau-nam-2015.htm';
const BRVT_DL_2014 =
  'http://www.bariavungtautourism.com.vn/thong-tin-can-biet/thong-ke-du-lich/w2341-thong-ke-hoat-dong-du-lich-quy-i-nam-2014.htm';

const QNGAI_2021 = 'http://baoquangngai.vn/channel/2025/202111/tap-trung-hoan-thanh-nhiem-vu-nam-2021-3089237/';
const NGHEAN_2021 =
  'https://baonghean.vn/ban-thuong-vu-tinh-uy-danh-gia-mot-nam-trien-khai-chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-dai-hoi-304166.html';
const BRVT_TK_2021 = 'https://baobariavungtau.com.vn/kinh-te/202112/kinh-te-van-duy-tri-su-tang-truong-941514/';
const BRVT_TK_2020 = 'http://baobariavungtau.com.vn/kinh-te/202012/nam-2021-du-kien-tang-truong-grdp-dat-7-916922/';
const HAGIANG_2021 = 'http://baohagiang.vn/kinh-te/202112/hop-bao-cong-bo-so-lieu-thong-ke-kt-xh-nam-2021-786029/';
const NAMDINH_XNK_2012 = 'https://baonamdinh.vn/channel/5096/201209/Xuat-sieu-134-trieu-uSd-2193464';
const CAND_DIEN_2015 = 'http://cand.com.vn/Kinh-te/dien-mua-cua-Trung-Quoc-chiem-1-15-trong-5-thang-353925/';

const CAFEF_QN_2025 =
  'https://cafef.vn/lo-dien-top-3-dia-phuong-co-tang-truong-grdp-cao-nhat-viet-nam-9-thang-nam-2025-188251024090228794.chn';
const ZNEWS_2025 = 'https://znews.vn/bat-chap-thien-tai-quang-ninh-van-tang-truong-kinh-te-gan-12-post1590940.html';
const NGHEAN24H_2025 = 'https://nghean24h.vn/toc-do-tang-truong-tong-san-pham-9-thang-uoc-tang-861-a762740.html';
const GIALAI_568748 =
  'https://baogialai.com.vn/no-luc-cao-nhat-de-hoan-thanh-thang-loi-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-nam-2025-post568748.html';
const VNN_2449802 =
  'https://vietnamnet.vn/ban-tin-vietnamnet-7-10-mo-rong-dieu-tra-cac-hanh-vi-khac-trong-vu-hoang-huong-pre2449802.html';
const GIALAI_568525 =
  'https://baogialai.com.vn/gia-lai-thuoc-nhom-cac-dia-phuong-co-muc-tang-truong-grdp-chua-dat-ky-vong-post568525.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });

/** Vietnamese: provinces' statistics offices and departments, provincial portals and press. */
export const TEST3_VI_ROWS: readonly Row[] = [
  [
    QRT_BANLE_2024,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt hơn 5,8 nghìn tỷ đồng, tăng 3,4% so với tháng trước và tăng 5,8% so với cùng kỳ năm trước.',
    [{ v: '5800000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 3.4 ${PREV}`, `rate 5.8 ${SPLY}`] }],
  ],
  [
    QRT_BANLE_2024,
    'Doanh thu bán lẻ hàng hóa tháng 10 ước đạt 4,1 nghìn tỷ đồng, tăng 4,4% so với tháng trước và tăng 4,9% so với cùng kỳ năm trước.',
    [{ v: '4100000000000', u: 'VND', st: 'estimate', ch: [`rate 4.4 ${PREV}`, `rate 4.9 ${SPLY}`] }],
  ],
  [
    QRT_BANLE_2024,
    'Tính chung 10 tháng năm 2024, doanh thu bán lẻ hàng hóa ước đạt 42,3 nghìn tỷ đồng, tăng 6,4% so với cùng kỳ năm trước; 09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá, đặc biệt doanh thu nhóm hàng ô tô các loại tăng cao 14,6%.',
    [{ v: '42300000000000', u: 'VND', st: 'estimate', ch: [`rate 6.4 ${SPLY}`], p: '2024-YTD-10' }, r('14.6')],
  ],
  [
    QRT_BANLE_2024,
    'Ngoài ô tô, các nhóm hàng khác như xăng dầu tăng trên 15%; nhiên liệu khác, đá quý, kim loại quý, lương thực, thực phẩm… cũng tăng đáng kể.',
    [r('15')],
  ],
  [
    QRT_BANLE_2024,
    'Tuy nhiên, bên cạnh những tín hiệu tích cực, có 03 nhóm hàng sụt giảm doanh thu so với cùng kỳ năm trước như: hàng may mặc giảm 6,7%; gỗ và vật liệu xây dựng giảm trên 1%.',
    [yoy('-6.7'), yoy('-1')],
  ],
  [
    QNAM_BANLE_2024,
    'Ông Lê Vũ Thương - Giám đốc Sở Công Thương cho biết, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 8 tháng năm 2024 đạt 49,2 nghìn tỷ đồng, tăng 9,8% so với cùng kỳ năm 2023.',
    [{ v: '49200000000000', u: 'VND', ch: ['rate 9.8 *'], p: '2024-YTD-08' }],
  ],
  [
    QNAM_BANLE_2024,
    'Riêng trong tháng 8, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 8 đạt 6.370 tỷ đồng (tăng 0,1% so với tháng trước, tăng 8,3% so với cùng kỳ năm 2023).',
    [{ v: '6370000000000', u: 'VND', ch: [`rate 0.1 ${PREV}`, 'rate 8.3 *'] }],
  ],
  [
    QNAM_BANLE_2024,
    'Trong đó, doanh thu bán lẻ hàng hóa đạt 4.310 tỷ đồng (tăng 0,6% so với tháng trước, tăng 4,4% so với cùng kỳ năm 2023); doanh thu dịch vụ lưu trú và ăn uống đạt 1.224 tỷ đồng (giảm 2,3% so với tháng trước, tăng 17,1% so với cùng kỳ); doanh thu dịch vụ lữ hành đạt 56 tỷ đồng (giảm 9% so với tháng trước, tăng 52,2% so với cùng kỳ); doanh thu dịch vụ khác đạt 780 tỷ đồng.',
    [
      { v: '4310000000000', u: 'VND', ch: [`rate 0.6 ${PREV}`, 'rate 4.4 *'] },
      { v: '1224000000000', u: 'VND', ch: [`rate -2.3 ${PREV}`, `rate 17.1 ${SPLY}`] },
      { v: '56000000000', u: 'VND', ch: [`rate -9 ${PREV}`, `rate 52.2 ${SPLY}`] },
      { v: '780000000000', u: 'VND' },
    ],
  ],
  [
    QNAM_BANLE_2024,
    'Tính chung 8 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ toàn tỉnh đạt 49,2 nghìn tỷ đồng (tăng 9,8% so với cùng kỳ năm 2023.',
    [{ v: '49200000000000', u: 'VND', ch: ['rate 9.8 *'], p: '2024-YTD-08' }],
  ],
  [
    QNAM_BANLE_2024,
    'Trong đó, dịch vụ lữ hành có mức tăng cao nhất (71,2%); dịch vụ lưu trú, ăn uống có mức tăng trưởng cao thứ hai (14,1%).',
    [r('71.2'), r('14.1')],
  ],
  [
    BRVT_TMDV_2022,
    'Sở Công thương cho biết, tính từ đầu năm đến hết tháng 11/2022, tổng doanh thu thương mại- dịch vụ toàn tỉnh đạt 159.305 tỷ đồng, tăng 28,07% so với cùng kỳ, trong đó, tổng mức bán lẻ đạt 53.695 tỷ đồng, tăng 13,37%, vượt tốc độ tăng trưởng so với kế hoạch đề ra 11,05%.',
    [
      { v: '159305000000000', u: 'VND', ch: [`rate 28.07 ${SPLY}`], p: '2022-YTD-11' },
      { v: '53695000000000', u: 'VND', ch: ['rate 13.37 *'] },
      { k: 'target', ch: ['rate 11.05 *'] },
    ],
  ],
  [
    BRVT_TMDV_2022,
    'Theo đánh giá của Sở Công thương, từ đầu năm đến nay, nhu cầu đi lại, mua sắm, du lịch, lữ hành và các dịch vụ ăn uống tăng đã đẩy mức bán lẻ tăng cao.',
    [],
  ],
  [
    CAND_104910,
    'Tổng kim ngạch xuất nhập khẩu hàng hóa đạt 5.932 triệu USD, trong đó, xuất khẩu đạt 2.348,3 triệu USD (tăng 19,9% so cùng kỳ).',
    [
      { v: '5932000000', u: 'USD' },
      { v: '2348300000', u: 'USD', ch: [`rate 19.9 ${SPLY}`] },
    ],
  ],
  [
    CAND_104910,
    'Đặc biệt, thu hút đầu tư trực tiếp của nước ngoài tăng cao, trong 2 tháng đầu năm, tổng số vốn đã đạt 1,1 tỉ USD (gấp 3,29 lần so cùng kỳ)',
    [{ v: '1100000000', u: 'USD', ch: [`times 3.29 ${SPLY}`] }],
  ],
  [
    BINHDUONG_XK_2016,
    'Trong tháng 4-2016, kim ngạch xuất khẩu của cả tỉnh ước đạt trên 1,6 tỷ USD, tăng 3% so với tháng trước và tăng 19,6% so với cùng kỳ năm 2015.',
    [
      {
        v: '1600000000',
        u: 'USD',
        a: 'over',
        st: 'estimate',
        ch: [`rate 3 ${PREV}`, 'rate 19.6 *'],
        p: '2016-04',
      },
    ],
  ],
  [
    BINHDUONG_XK_2016,
    'Lũy kế 4 tháng đầu năm 2016, kim ngạch xuất khẩu của cả tỉnh đạt trên 7,2 tỷ USD, tăng 16% so với cùng kỳ năm 2015; trong đó khu vực kinh tế trong nước tăng 9,7%, khu vực kinh tế có vốn đầu tư nước ngoài tăng 17,7%.',
    [{ v: '7200000000', u: 'USD', a: 'over', ch: ['rate 16 *'], p: '2016-YTD-04' }, r('9.7'), r('17.7')],
  ],
  [
    TNTV_XK,
    'Trong đó, khu vực kinh tế trong nước đạt trên 34 triệu USD, tăng 1,8% so với tháng trước và tăng trên 79% so với cùng kỳ; khu vực kinh tế FDI chiếm tỷ trọng 98,6% tổng giá trị xuất khẩu của tỉnh tương đương với 2,42 tỷ USD, tăng 0,2% so với tháng trước và tăng 2 lần so với cùng kỳ.',
    [
      { v: '34000000', u: 'USD', a: 'over', ch: [`rate 1.8 ${PREV}`, `rate 79 ${SPLY}`] },
      { v: '2420000000', u: 'USD', ch: [`rate 0.2 ${PREV}`, `times 2 ${SPLY}`] },
    ],
  ],
  [
    TNTV_XK,
    'Theo đánh giá của các cơ quan chuyên môn, giá trị xuất khẩu của tỉnh trong tháng 5 sẽ tiếp tục tăng với các mặt hàng chủ lực và truyền thống./.',
    [],
  ],
  [
    VINHLONG_LUA_2013,
    'Theo Sở Nông nghiệp và PTNT, đến nay toàn tỉnh đã thu hoạch dứt điểm 60.000ha lúa Hè Thu, năng suất ước đạt 5,77 tấn/ha, tăng 1,58% so cùng kỳ.',
    [
      { v: '60000', u: 'ha' },
      { v: '5.77', st: 'estimate', ch: [`rate 1.58 ${SPLY}`] },
    ],
  ],
  [VINHLONG_LUA_2013, 'Lúa Thu Đông đã xuống giống 50.922ha, đạt 98% kế hoạch.', [{ v: '50922', u: 'ha', c: '98' }]],
  [
    BACGIANG_VUDONG_2011,
    'Theo báo cáo của Sở NN&PTNT, tính đến ngày 03/10/2011, toàn tỉnh gieo trồng được 4.137 ha cây vụ Đông, đạt 13,6% kế hoạch, trong đó, cây ngô trồng được 1.022 ha, đạt 15,7% kế hoạch; cây lạc trồng được 559 ha, đạt 32,9% kế hoạch...',
    [
      { v: '4137', u: 'ha', c: '13.6' },
      { v: '1022', u: 'ha', c: '15.7' },
      { v: '559', u: 'ha', c: '32.9' },
    ],
  ],
  [
    KIENGIANG_DL_2020,
    'Trong đó, khách quốc tế 82.848 lượt, tăng 5,6% so cùng kỳ; khách tham quan khu, điểm du lịch 437.948 lượt, tăng 84,0% so với cùng kỳ.',
    [
      { v: '82848', ch: [`rate 5.6 ${SPLY}`] },
      { v: '437948', ch: [`rate 84 ${SPLY}`] },
    ],
  ],
  [
    KIENGIANG_DL_2020,
    'Khách có lưu trú 344.750 lượt, tăng 38,8% so với cùng kỳ.',
    [{ v: '344750', ch: [`rate 38.8 ${SPLY}`] }],
  ],
  [
    KIENGIANG_DL_2020,
    'Riêng Phú Quốc có 526.642 lượt khách tham quan du lịch, tăng 42,3% so cùng kỳ; trong đó, khách quốc tế 74.856 lượt, tăng 5,5% so cùng kỳ.',
    [
      { v: '526642', ch: [`rate 42.3 ${SPLY}`] },
      { v: '74856', ch: [`rate 5.5 ${SPLY}`] },
    ],
  ],
  [
    KIENGIANG_DL_2020,
    'Tổng thu từ du lịch đạt 1.947,9 tỷ đồng, tăng 15,2% so với cùng kỳ; trong đó Doanh thu trực tiếp từ các doanh nghiệp du lịch đạt 1.0001,6 tỷ đồng, tăng 35,4% so cùng kỳ.',
    // `1.0001,6` is a malformed number: a careful reader takes its change, not its value
    [{ v: '1947900000000', u: 'VND', ch: [`rate 15.2 ${SPLY}`] }, yoy('35.4')],
  ],
  [
    KIENTHUC_DL_2022,
    'Địa phương này 06 tháng đầu năm đón 11 triệu lượt khách nội địa, tăng 43,1% so cùng kỳ năm trước, đạt 61,6% kế hoạch năm 2022, cùng với 478.000 lượt khách quốc tế, tăng 100% so với cùng kỳ, đạt 13,7% so với kế hoạch năm 2022.',
    [
      { v: '11000000', c: '61.6', ch: [`rate 43.1 ${SPLY}`] },
      { v: '478000', c: '13.7', ch: [`rate 100 ${SPLY}`] },
    ],
  ],
  [
    KIENTHUC_DL_2022,
    'Tổng doanh thu du lịch ước đạt 49.681 tỷ đồng (khoảng 2,15 tỷ USD), tăng 30% so với cùng kỳ và đạt 73,5% so với kế hoạch năm 2022 đề ra.',
    [{ v: '49681000000000', u: 'VND', st: 'estimate', c: '73.5', ch: [`rate 30 ${SPLY}`] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Tiếp đến là TP. Hà Nội tổng lượng khách du lịch đến ước đạt 8,61 triệu lượt khách, tăng gần 3 lần so với cùng kỳ năm trước.',
    [{ v: '8610000', st: 'estimate', ch: [`times 3 ${SPLY}`] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Trong đó, khách du lịch quốc tế ước đạt 211.000 lượt, khách du lịch nội địa ước đạt 8,4 triệu lượt khách.',
    [
      { v: '211000', st: 'estimate' },
      { v: '8400000', st: 'estimate' },
    ],
  ],
  [
    KIENTHUC_DL_2022,
    'Tổng thu từ khách du lịch ước đạt 25.200 tỷ đồng, tăng hơn 3 lần so với cùng kỳ năm 2021.',
    [{ v: '25200000000000', u: 'VND', st: 'estimate', ch: ['times 3 *'] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Thanh Hóa cũng đón được 6,8 triệu lượt khách, đạt 68,2% kế hoạch năm và tăng 131,6% so với cùng kỳ năm 2021.',
    [{ v: '6800000', c: '68.2', ch: ['rate 131.6 *'] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Tổng thu từ du lịch ước đạt 11.555 tỷ đồng, tăng 2,61 lần so với 6 tháng đầu năm 2021, đạt 64,5% kế hoạch cả năm.',
    [{ v: '11555000000000', u: 'VND', st: 'estimate', c: '64.5', ch: ['times 2.61 2021-H1'] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Quảng Ninh ước tính đón được 5,5 triệu lượt khách, gấp 2,2 lần cùng kỳ, tăng 19,57% so với kịch bản.',
    [{ v: '5500000', st: 'estimate', c: '119.57', ch: [`times 2.2 ${SPLY}`] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Doanh thu du lịch ước đạt 12.129 tỷ đồng, tăng 131% so với cùng kỳ.',
    [{ v: '12129000000000', u: 'VND', st: 'estimate', ch: [`rate 131 ${SPLY}`] }],
  ],
  [
    KIENTHUC_DL_2022,
    'Trung bình mỗi du khách đến Quảng Ninh chi khoảng 2,2 triệu đồng.',
    [{ v: '2200000', u: 'VND', a: 'about' }],
  ],
  [
    DANVIET_DTC_2023,
    'Báo cáo của Bộ Tài chính vừa qua cho thấy, ước giải ngân vốn đầu tư công cả nước đến ngày 31/8 là hơn 299.447 tỷ đồng, đạt 39,6% kế hoạch vốn và đạt 42,3% kế hoạch Thủ tướng giao.',
    [{ v: '299447000000000', u: 'VND', a: 'over', st: 'estimate', c: '39.6' }, { c: '42.3' }],
  ],
  [
    DANVIET_DTC_2023,
    'Trong đó, vốn trong nước giải ngân là hơn 292.186 tỷ đồng, đạt 40,1% kế hoạch vốn và đạt 43% kế hoạch Thủ tướng giao.',
    [{ v: '292186000000000', u: 'VND', a: 'over', c: '40.1' }, { c: '43' }],
  ],
  [
    VIETBAO_IIP_2024,
    'Theo Báo cáo tình hình kinh tế-xã hội tháng Tám và 8 tháng năm 2024 của Tổng cục Thống kê, so với cùng kỳ năm trước, chỉ số sản xuất công nghiệp (IIP) 8 tháng qua tăng 8,6% và tăng ở 61 địa phương.',
    [{ ch: [`rate 8.6 ${SPLY}`], p: '2024-YTD-08' }],
  ],
  [
    VIETBAO_IIP_2024,
    'Cụ thể, IIP tháng 8/2024 ước tính tăng 2,0% so với tháng trước và tăng 9,5% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 2 ${PREV}`, `rate 9.5 ${SPLY}`], p: '2024-08' }],
  ],
  [
    VIETBAO_IIP_2024,
    'Tính chung 8 tháng, IIP ước tính tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 0,2%)./.',
    [
      { st: 'estimate', ch: [`rate 8.6 ${SPLY}`] },
      { ch: ['rate -0.2 *'], p: '2023-YTD-08' },
    ],
  ],
  [
    BRVT_IIP_2024,
    'Theo Cục Thống kê, sau 10 tháng năm 2024, chỉ số sản xuất công nghiệp IIP trừ dầu thô và khí đốt trên địa bàn tỉnh tiếp tục duy trì mức tăng trưởng 18,71% so với cùng kỳ năm trước.',
    [{ ch: [`rate 18.71 ${SPLY}`], p: '2024-YTD-10' }],
  ],
  [
    BRVT_IIP_2024,
    'Ngành công nghiệp chế biến, chế tạo tiếp tục là động lực tăng trưởng khi tháng 10/2024 tăng 32,26%; lũy kế năm 2024 tăng 11,8% so với cùng kỳ.',
    [{ ch: ['rate 32.26 *'], p: '2024-10' }, yoy('11.8')],
  ],
  [
    BRVT_IIP_2024,
    'Một số ngành trọng điểm tăng cao so với năm trước như: sản xuất, chế biến thực phẩm tăng 12,9%; dệt tăng 23,06%; sản xuất da và các sản phẩm liên quan tăng 46,87%; sản xuất than cốc, sản phẩm dầu mỏ tinh chế tăng gấp 2,3 lần; sản xuất hóa chất và các sản phẩm hóa chất tăng 80,78%; sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học tăng 52,58%...',
    [r('12.9'), r('23.06'), r('46.87'), { ch: ['times 2.3 *'] }, r('80.78'), r('52.58')],
  ],
  [
    BRVT_IIP_2024,
    'Cùng với đó, ngành sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước cũng tăng 12,51%; cung cấp nước sinh hoạt, quản lý rác thải, nước thải khai thác, xử lý và cung cấp nước tăng 10,52%.',
    [r('12.51'), r('10.52')],
  ],
  [
    THANHHOA_IIP_2023,
    'Thông tin từ Sở Công Thương, chỉ số sản xuất công nghiệp (IIP) tháng 8-2023 tăng 2,23% so với cùng kỳ.',
    [{ ch: [`rate 2.23 ${SPLY}`], p: '2023-08' }],
  ],
  [
    THANHHOA_IIP_2023,
    'Xuất khẩu hàng hóa có dấu hiệu phục hồi so với tháng trước, với đa số các mặt hàng xuất khẩu chủ yếu đều tăng nhẹ ở các thị trường có nhu cầu nhập khẩu là thị phần lớn của doanh nghiệp trong tỉnh như: EU, Mỹ, Nga, Trung Quốc...',
    [],
  ],
  [
    BAOMOI_IIP_2014,
    'QĐND - Tổng cục Thống kê cho biết: Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 4-2014 của cả nước ước tăng 6% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 6 ${SPLY}`], p: '2014-04' }],
  ],
  [
    BAOMOI_IIP_2014,
    'Tính chung 4 tháng đầu năm, chỉ số sản xuất công nghiệp tăng 5,4%, cao hơn mức tăng 4,8% của cùng kỳ năm trước.',
    [r('5.4'), r('4.8')],
  ],
  [
    BAOMOI_IIP_2014,
    'Trong các ngành công nghiệp, ngành chế biến, chế tạo tăng khá ở mức 7,4%, cao hơn nhiều mức tăng 5,5% của cùng kỳ năm 2013; ngành sản xuất, phân phối điện tăng 9,6%; ngành cung cấp nước và xử lý nước thải, rác thải tăng 5,4%; riêng ngành khai khoáng giảm 2%.',
    [r('7.4'), r('5.5'), r('9.6'), r('5.4'), r('-2')],
  ],
  [
    BAOMOI_IIP_2014,
    'Chỉ số sản xuất công nghiệp 4 tháng đầu năm so với cùng kỳ năm 2013 của một số địa phương như sau: TP Hồ Chí Minh tăng 5,2%; Đồng Nai tăng 7,4%; Bình Dương tăng 7,5%; Hà Nội tăng 3,8%; Hải Phòng tăng 11,7%; Bắc Ninh tăng 7,3%; Cần Thơ tăng 5%; Hải Dương tăng 6%; Đà Nẵng tăng 10,8%; Bà Rịa- Vũng Tàu tăng 0,6%; Quảng Nam tăng 9,9%; Quảng Ninh giảm 0,4%; Quảng Ngãi giảm 0,2%...',
    [
      r('5.2'),
      r('7.4'),
      r('7.5'),
      r('3.8'),
      r('11.7'),
      r('7.3'),
      r('5'),
      r('6'),
      r('10.8'),
      r('0.6'),
      r('9.9'),
      r('-0.4'),
      r('-0.2'),
    ],
  ],
  [
    TKCN_IIP_2022,
    'Chỉ số sản xuất công nghiệp 5 tháng đầu năm 2022 so với cùng kỳ năm trước tăng ở 61 địa phương và giảm ở 2 địa phương trên cả nước (Trà Vinh giảm 17,2%; Hà Tĩnh giảm 7,5%).',
    [
      { ch: [`rate -17.2 ${SPLY}`], p: '2022-YTD-05' },
      { ch: [`rate -7.5 ${SPLY}`], p: '2022-YTD-05' },
    ],
  ],
  [
    TKCN_IIP_2022,
    'Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm ngày 1.5.2022 tăng 1,4% so với cùng thời điểm tháng trước và tăng 4,4% so với cùng thời điểm năm trước.',
    [{ ch: [`rate 1.4 ${PREV}`, `rate 4.4 ${SPLY}`] }],
  ],
  [
    BRVT_DL_2015,
    'Tổng doanh thu: 1.150 tỷ đồng tăng 12,92% so với cùng kỳ, đạt 54,9% kế hoạch, trong đó doanh thu dịch vụ lữ hành thực hiện 300 tỷ đồng, tăng 10,89% so với cùng kỳ, đạt 50,3% kế hoạch.',
    [
      { v: '1150000000000', u: 'VND', c: '54.9', ch: [`rate 12.92 ${SPLY}`] },
      { v: '300000000000', u: 'VND', c: '50.3', ch: [`rate 10.89 ${SPLY}`] },
    ],
  ],
  [
    BRVT_DL_2015,
    'Các đơn vị kinh doanh du lịch đón và phục vụ 8,5 triệu lượt, tăng 23,2% so cùng kỳ 2014, đạt  54,1% kế hoạch, trong đó có 290 ngàn lượt khách quốc tế, tăng 13,5% so với cùng kỳ, đạt 54,1% kế hoạch.',
    [
      { v: '8500000', c: '54.1', ch: ['rate 23.2 *'] },
      { v: '290000', c: '54.1', ch: [`rate 13.5 ${SPLY}`] },
    ],
  ],
  [
    BRVT_DL_2014,
    'Tổng doanh thu: 816,315 tỷ đồng, đạt 25,28% kế hoạch tăng 2 % so với cùng kỳ năm 2013 trong đó doanh thu dịch vụ lữ hành thực hiện 104,762 tỷ đồng, đạt 19,86% kế hoạch.',
    [
      { v: '816315000000', u: 'VND', c: '25.28', ch: ['rate 2 *'] },
      { v: '104762000000', u: 'VND', c: '19.86' },
    ],
  ],
  [
    BRVT_DL_2014,
    'Các đơn vi kinh doanh đón và phục vụ 3.313.281 lượt khách, tăng 7% so với cùng kỳ năm 2013 đạt 24,39 % kế hoạch, trong đó có 108.059 lượt khách quốc tế đạt 21,83 % kế hoạch năm 2014.',
    [
      { v: '3313281', c: '24.39', ch: ['rate 7 *'] },
      { v: '108059', c: '21.83' },
    ],
  ],
  [
    QNGAI_2021,
    'Năm 2021, GRDP của tỉnh ước đạt trên 53.500 tỷ đồng, tăng 6% so với năm 2020.',
    [{ v: '53500000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 6 2020'], p: '2021' }],
  ],
  [QNGAI_2021, 'Chỉ số sản xuất công nghiệp ước tăng 7,5%.', [{ st: 'estimate', ch: ['rate 7.5 *'] }]],
  [
    QNGAI_2021,
    'Giá trị sản xuất công nghiệp ước đạt 120.553 tỷ đồng, tăng 14% so với năm 2020, đạt 94,8% kế hoạch năm.',
    [{ v: '120553000000000', u: 'VND', st: 'estimate', c: '94.8', ch: ['rate 14 2020'] }],
  ],
  [
    QNGAI_2021,
    'Tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh ước đạt 22.610 tỷ đồng.',
    [{ v: '22610000000000', u: 'VND', st: 'estimate' }],
  ],
  [
    QNGAI_2021,
    'Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.',
    [{ k: 'target', v: '3580000000000', u: 'VND', a: 'over' }, { c: '62' }],
  ],
  [
    QNGAI_2021,
    'Tổng thu ngân sách trên địa bàn ước đạt trên 20.900 tỷ đồng, tăng 42,4% so với năm 2020 và bằng 115,9% dự toán năm 2021.',
    [{ v: '20900000000000', u: 'VND', a: 'over', st: 'estimate', c: '115.9', ch: ['rate 42.4 2020'] }],
  ],
  [
    QNGAI_2021,
    'Kim ngạch xuất khẩu ước đạt 1,68 tỷ USD, tăng trên 19%; kim ngạch nhập khẩu ước đạt trên 2,5 tỷ USD, tăng 53,4%, vượt gần 47% kế hoạch.',
    [
      { v: '1680000000', u: 'USD', st: 'estimate', ch: ['rate 19 *'] },
      { v: '2500000000', u: 'USD', a: 'over', st: 'estimate', c: '147', ch: ['rate 53.4 *'] },
    ],
  ],
  [
    QNGAI_2021,
    'Tổng nguồn vốn huy động trên 63.800 tỷ đồng, tăng trên 5% so với năm 2020.',
    [{ v: '63800000000000', u: 'VND', a: 'over', ch: ['rate 5 2020'] }],
  ],
  [
    NGHEAN_2021,
    'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 6,2%; thu ngân sách Nhà nước thực hiện đạt 18.936 tỷ đồng, đạt 134,9% dự toán; tổng kim ngạch xuất khẩu đạt 2,43 tỷ USD, tăng 60,8% so với năm 2020; tổng vốn đầu tư toàn xã hội trên địa bàn đạt 86.354 tỷ đồng.',
    [
      r('6.2'),
      { v: '18936000000000', u: 'VND', c: '134.9' },
      { v: '2430000000', u: 'USD', ch: ['rate 60.8 2020'] },
      { v: '86354000000000', u: 'VND' },
    ],
  ],
  [NGHEAN_2021, 'Các lĩnh vực văn hóa - xã hội bảo đảm, an sinh xã hội tiếp tục được quan tâm chỉ đạo.', []],
  [
    BRVT_TK_2021,
    'Tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí trên địa bàn tỉnh năm 2021 ước (theo giá so sánh năm 2010) đạt 111.033,3 tỷ đồng, tăng 1,02% so với cùng kỳ năm 2020.',
    [{ v: '111033300000000', u: 'VND', st: 'estimate', ch: ['rate 1.02 *'], p: '2021' }],
  ],
  [
    BRVT_TK_2021,
    'Công nghiệp vẫn là ngành kinh tế chủ lực của tỉnh với mức tăng 4,45%; ngành xây dựng tăng 1,29%.',
    [r('4.45'), r('1.29')],
  ],
  [
    BRVT_TK_2021,
    'Tổng kim ngạch xuất khẩu cả dầu thô toàn tỉnh ước hơn 8,16 tỷ USD, tăng 0,13% so với cùng kỳ năm 2020.',
    [{ v: '8160000000', u: 'USD', a: 'over', st: 'estimate', ch: ['rate 0.13 *'] }],
  ],
  [
    BRVT_TK_2021,
    'Kim ngạch xuất khẩu toàn tỉnh trừ dầu thô ước đạt hơn 5,53 tỷ USD, tăng 8,62%.',
    [{ v: '5530000000', u: 'USD', a: 'over', st: 'estimate', ch: ['rate 8.62 *'] }],
  ],
  [
    BRVT_TK_2021,
    'Dự báo kinh tế năm 2022 còn nhiều khó khăn thách thức song sẽ phục hồi và có thể có những bứt phá.',
    [],
  ],
  [
    BRVT_TK_2020,
    'Ông Nguyễn Thư, Cục trưởng Cục Thống kê tỉnh cho biết, năm 2020, tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí ước hơn 186.876 tỷ đồng, tăng 3,55% so với năm 2019; GRDP bình quân đầu người là 160 triệu đồng/người/năm, tăng 2,16%.',
    [
      { v: '186876000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 3.55 2019'], p: '2020' },
      { v: '160000000', ch: ['rate 2.16 *'] },
    ],
  ],
  [
    BRVT_TK_2020,
    'Trên cơ sở phân tích các nguyên nhân và dự báo các tác động trên thế giới và trong nước, Cục Thống kê tỉnh cũng đã đưa ra dự báo mức tăng trưởng kinh tế-xã hội của tỉnh trong năm 2021, phấn đấu phát triển đồng bộ trên 3 mặt: bảo vệ môi trường, nâng cao chất lượng cuộc sống người dân và tăng trưởng GRDP đạt 7%.',
    [{ k: 'target', ch: ['rate 7 *'], p: '2021' }],
  ],
  [
    HAGIANG_2021,
    'Tăng trưởng kinh tế năm 2021 ước đạt 5,06%, thấp hơn so với mục tiêu của nghị quyết nhưng cao hơn mức tăng 2,11% của năm 2020; giá trị sản xuất nông, lâm nghiệp và thủy sản ước đạt 7.975,4 tỷ đồng; giá trị sản xuất công nghiệp ước đạt 4.221,3 tỷ đồng; vốn đầu tư phát triển toàn tỉnh ước đạt 11.701,5 tỷ đồng; tổng mức bán lẻ và doanh thu dịch vụ ước đạt 11.904,6 tỷ đồng; thu ngân sách trên địa bàn ước đạt 2.700 tỷ đồng, đạt 144,6% dự toán T.Ư giao và hoàn thành kế hoạch tỉnh giao.',
    [
      { st: 'estimate', ch: ['rate 5.06 *'], p: '2021' },
      { ch: ['rate 2.11 *'], p: '2020' },
      { v: '7975400000000', u: 'VND', st: 'estimate' },
      { v: '4221300000000', u: 'VND', st: 'estimate' },
      { v: '11701500000000', u: 'VND', st: 'estimate' },
      { v: '11904600000000', u: 'VND', st: 'estimate' },
      { v: '2700000000000', u: 'VND', st: 'estimate', c: '144.6' },
    ],
  ],
  [
    NAMDINH_XNK_2012,
    'Số liệu thống kê mới nhất từ Tổng cục Hải quan, tính đến hết tháng 8, tổng kim ngạch XNK của cả nước đạt 148,04 tỷ USD, tăng 13% so với cùng kỳ.',
    [{ v: '148040000000', u: 'USD', ch: [`rate 13 ${SPLY}`] }],
  ],
  [
    NAMDINH_XNK_2012,
    'Cụ thể, xuất khẩu đạt 74,09 tỷ USD, tăng 19%, trong đó, tổng kim ngạch xuất khẩu của khối DN FDI vào khoảng 40,65 tỷ USD, tăng 40,4% so với cùng kỳ, chiếm 54,9% tổng trị giá xuất khẩu của cả nước.',
    [
      { v: '74090000000', u: 'USD', ch: ['rate 19 *'] },
      { v: '40650000000', u: 'USD', a: 'about', ch: [`rate 40.4 ${SPLY}`] },
    ],
  ],
  [
    NAMDINH_XNK_2012,
    'Nhập khẩu đạt 73,96 tỷ USD, tăng 7,5%, trong đó, tổng kim ngạch nhập khẩu của khối DN FDI ở mức 38,57 tỷ USD, tăng 25,5% so với cùng kỳ, chiếm 52,2% tổng trị giá nhập khẩu của Việt Nam.',
    [
      { v: '73960000000', u: 'USD', ch: ['rate 7.5 *'] },
      { v: '38570000000', u: 'USD', ch: [`rate 25.5 ${SPLY}`] },
    ],
  ],
  [NAMDINH_XNK_2012, 'Tính trong 8 tháng, cả nước xuất siêu 134 triệu USD./.', [{ v: '134000000', u: 'USD' }]],
  [
    CAND_DIEN_2015,
    'Lũy kế 5 tháng năm 2015, sản lượng điện sản xuất và mua ước đạt 62,178 tỷ kWh, tăng 11,31% so với cùng kỳ năm 2014 (trong đó thủy điện chiếm 32,39%, nhiệt điện than chiếm 34,46%, tua-bin khí chiếm 31,82%, nhiệt điện dầu chiếm 0,18% và nhập khẩu Trung Quốc chiếm 1,15%).',
    [{ v: '62178000000', st: 'estimate', ch: ['rate 11.31 *'], p: '2015-YTD-05' }],
  ],
  [
    CAND_DIEN_2015,
    'Lũy kế 5 tháng năm 2015, sản lượng điện thương phẩm ước đạt 55,011 tỷ kWh, tăng 11,35% so với cùng kỳ năm 2014.',
    [{ v: '55011000000', st: 'estimate', ch: ['rate 11.35 *'], p: '2015-YTD-05' }],
  ],
  [
    CAFEF_QN_2025,
    'Theo số liệu của Chi cục Thống kê Quảng Ninh, tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh ước tăng 11,66%, tăng cao nhất qua 10 năm trở lại đây (các năm đều dao động từ 8,02% đến 10,12%).',
    [{ st: 'estimate', ch: ['rate 11.66 *'] }],
  ],
  [
    CAFEF_QN_2025,
    'Cụ thể, ngành chế biến, chế tạo tăng 24,07% so với cùng kỳ năm 2024; khu vực dịch vụ tăng 15,18%.',
    [r('24.07'), r('15.18')],
  ],
  [
    CAFEF_QN_2025,
    'Tính riêng trong quý III/2025, GRDP của tỉnh ước tăng 12,88%.',
    [{ st: 'estimate', ch: ['rate 12.88 *'], p: '2025-Q3' }],
  ],
  [
    CAFEF_QN_2025,
    'Quảng Ninh đã đón được 17,11 triệu lượt khách du lịch, tăng 9% so với cùng kỳ, trong đó khách quốc tế ước đạt 3,25 triệu lượt, tăng 25% cùng kỳ; tổng doanh thu từ du lịch ước đạt 44.250 tỷ đồng, tăng 20% cùng kỳ.',
    [
      { v: '17110000', ch: [`rate 9 ${SPLY}`] },
      { v: '3250000', st: 'estimate', ch: [`rate 25 ${SPLY}`] },
      { v: '44250000000000', u: 'VND', st: 'estimate', ch: [`rate 20 ${SPLY}`] },
    ],
  ],
  [
    CAFEF_QN_2025,
    'Hết 9 tháng, thu ngân sách Nhà nước trên địa bàn tỉnh đạt được kết quả đáng ghi nhận, ước đạt 51.465 tỷ đồng, đạt trên 90% dự toán trung ương và tỉnh giao đầu năm.',
    [{ v: '51465000000000', u: 'VND', st: 'estimate', c: '90' }],
  ],
  [
    CAFEF_QN_2025,
    'Đặc biệt, những điểm nghẽn về tiến độ thu tiền sử dụng đất đã được tập trung tháo gỡ, đẩy nhanh tiến độ, những khoản thu lớn về thuế, phí đạt tiến độ thu tốt.',
    [],
  ],
  [
    CAFEF_QN_2025,
    'Thu hút đầu tư vốn ngoài ngân sách trong nước đạt kết quả cao, đạt hơn 194.000 tỷ đồng, gấp 20 lần so với cùng kỳ; tổng vốn đầu tư toàn xã hội ước đạt trên 82.000 tỷ đồng, tăng 11,4% so với cùng kỳ.',
    [
      { v: '194000000000000', u: 'VND', a: 'over', ch: [`times 20 ${SPLY}`] },
      { v: '82000000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 11.4 ${SPLY}`] },
    ],
  ],
  [
    ZNEWS_2025,
    'Với tỉnh Quảng Ninh, theo Chủ tịch UBND tỉnh Bùi Văn Khắng, 9 tháng đầu năm tỉnh đạt tăng trưởng GRDP 11,67%.',
    [r('11.67')],
  ],
  [
    ZNEWS_2025,
    'Trong thực hiện nhiệm vụ 9 tháng, thu ngân sách Nhà nước của tỉnh đạt 51.500 tỷ đồng , đạt trên 90% chỉ tiêu.',
    [{ v: '51500000000000', u: 'VND', c: '90' }],
  ],
  [ZNEWS_2025, 'Về kế hoạch đầu tư công, giải ngân của tỉnh đạt 51,2%.', [{ c: '51.2' }]],
  [
    ZNEWS_2025,
    'Theo Phó chủ tịch UBND tỉnh Hà Tĩnh Trần Báu Hà, 9 tháng đầu năm, tổng giá trị giải ngân vốn đầu tư công kế hoạch 9 tháng đạt trên 5.809 tỷ đồng , vượt 9% kế hoạch của Trung ương giao.',
    [{ v: '5809000000000', u: 'VND', a: 'over', c: '109' }],
  ],
  [ZNEWS_2025, 'Tăng trưởng kinh tế của tỉnh đạt 8,05%, xếp thứ 15/34 tỉnh, thành phố.', [r('8.05')]],
  [
    ZNEWS_2025,
    'Tổng thu ngân sách đạt trên 15.000 tỷ đồng , đạt 85% dự toán.',
    [{ v: '15000000000000', u: 'VND', a: 'over', c: '85' }],
  ],
  [
    ZNEWS_2025,
    'Thu hút đầu tư vượt 107.500 tỷ đồng , trong đó riêng quý III đạt trên 80.000 tỷ.',
    [
      { v: '107500000000000', u: 'VND', a: 'over' },
      { v: '80000000000000', a: 'over' },
    ],
  ],
  [
    NGHEAN24H_2025,
    'Tăng trưởng kinh tế đạt khá, tốc độ tăng trưởng tổng sản phẩm (GRDP) Quý III ước tăng 8,62% và 9 tháng ước tăng 8,61%, đứng thứ 11/34 tỉnh, thành phố và đứng thứ 2 tiểu vùng Bắc Trung Bộ (sau thành phố Huế), cao hơn mức tăng 8,49% của cùng kỳ năm 2024, tiệm cận kịch bản là 8,96-9,61% .',
    [
      { st: 'estimate', ch: ['rate 8.62 *'] },
      { st: 'estimate', ch: ['rate 8.61 *'] },
      { ch: ['rate 8.49 *'], p: '2024-YTD-09' },
    ],
  ],
  [
    NGHEAN24H_2025,
    'Trong đó, nổi bật là khu vực công nghiệp – xây dựng tiếp tục duy trì đà tăng trưởng cao, 9 tháng ước đạt 13,73%, riêng lĩnh vực công nghiệp tăng 15,15%.',
    [{ st: 'estimate', ch: ['rate 13.73 *'] }, r('15.15')],
  ],
  [NGHEAN24H_2025, 'Khu vực dịch vụ tiếp tục duy trì ổn định với mức tăng trưởng 7,63%.', [r('7.63')]],
  [
    GIALAI_568748,
    'Theo báo cáo tại hội nghị, trong 9 tháng đầu năm 2025, nhìn chung tình hình kinh tế-xã hội của tỉnh cơ bản ổn định; nhiều hoạt động, sự kiện, lễ hội... được tổ chức thành công, góp phần thúc đẩy tăng trưởng.',
    [],
  ],
  [
    GIALAI_568748,
    'Tổng sản phẩm địa phương (GRDP) quý III-2025 tăng 6,88% so với cùng kỳ năm trước, xếp vị trí thứ 26/34 tỉnh, thành phố.',
    [{ ch: [`rate 6.88 ${SPLY}`], p: '2025-Q3' }],
  ],
  [
    GIALAI_568748,
    'Trong đó, nông-lâm nghiệp và thủy sản tăng 2,26%; công nghiệp và xây dựng tăng 11,06% (riêng công nghiệp tăng 12,76%, xây dựng tăng 6,95%); dịch vụ tăng 7,30%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 2,26%.',
    [r('2.26'), r('11.06'), r('12.76'), r('6.95'), r('7.3'), r('2.26')],
  ],
  [
    GIALAI_568748,
    'Tính chung 9 tháng năm 2025, GRDP của tỉnh ước tăng 7,31% so với cùng kỳ năm trước, xếp vị trí thứ 23/34 tỉnh, thành phố trên cả nước và xếp thứ 3/6 tỉnh, thành phố vùng duyên hải Nam Trung bộ và Tây Nguyên.',
    [{ st: 'estimate', ch: [`rate 7.31 ${SPLY}`], p: '2025-YTD-09' }],
  ],
  [
    VNN_2449802,
    'Bà Nguyễn Thị Hương, Cục trưởng Cục Thống kê (Bộ Tài chính) cho biết, tổng sản phẩm trong nước (GDP) quý III/2025 ước tăng 8,23% so với cùng kỳ, mức cao thứ hai kể từ năm 2011, chỉ sau quý III/2022 (14,38%).',
    [
      { st: 'estimate', ch: [`rate 8.23 ${SPLY}`], p: '2025-Q3' },
      { ch: ['rate 14.38 *'], p: '2022-Q3' },
    ],
  ],
  [
    VNN_2449802,
    'GDP 9 tháng năm 2025 ước tăng 7,85% so với cùng kỳ năm trước, chỉ thấp hơn tốc độ tăng 9,44% của cùng kỳ năm 2022 trong giai đoạn 2011-2025.',
    [
      { st: 'estimate', ch: [`rate 7.85 ${SPLY}`], p: '2025-YTD-09' },
      { ch: ['rate 9.44 *'], p: '2022-YTD-09' },
    ],
  ],
  [
    GIALAI_568525,
    'Theo Bộ Tài chính, trong 9 tháng đầu năm năm 2025, có 16/34 địa phương trong cả nước có mức tăng trưởng GRDP đạt từ 8% trở lên.',
    [],
  ],
  [
    GIALAI_568525,
    'Tính chung 9 tháng, có 16/34 địa phương tăng trưởng GRDP đạt từ 8% trở lên; trong đó, 6 địa phương tăng trưởng trên 10% gồm: Quảng Ninh (11,67%), Hải Phòng (11,59%), Phú Thọ (10,22%), Ninh Bình (10,45%), Bắc Ninh (10,12%), Quảng Ngãi (10,15%).',
    [r('11.67'), r('11.59'), r('10.22'), r('10.45'), r('10.12'), r('10.15')],
  ],
  [
    GIALAI_568525,
    'Cụ thể, Cao Bằng tăng trưởng 6,52%; Điện Biên 6,76%; Sơn La 6,26%; Khánh Hòa 7%; Gia Lai 7,31%; Vĩnh Long 6,33%; Lâm Đồng 6,72%; Đắk Lắk 6,9%.',
    [r('6.52'), r('6.76'), r('6.26'), r('7'), r('7.31'), r('6.33'), r('6.72'), r('6.9')],
  ],
];

export const TEST3_VI: readonly RealSentence[] = TEST3_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test3-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test3',
}));
