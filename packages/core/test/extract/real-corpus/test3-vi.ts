import type { RealFact, RealSentence } from './types';

/**
 * The THIRD fresh unseen set (`test3`), Vietnamese part: sentences copied verbatim from
 * provinces' statistics offices and departments (Quảng Trị, Quảng Nam, Bà Rịa - Vũng Tàu,
 * Bình Dương, Thái Nguyên, Vĩnh Long, Bắc Giang, Kiên Giang, Thanh Hóa), their tourism and
 * farmers' portals, and national press quoting the General Statistics Office and the Ministry of
 * Finance, from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`.
 * Annotated by hand from the sentence alone, with the conventions of those files: `đạt X% kế
 * hoạch` is a completion, `tăng X% so với kịch bản` (over a scenario set as the plan) is 100 + X;
 * a sentence measured against two plans gives the second completion its own fact; shares
 * (`chiếm tỷ trọng X%`), currency restatements in brackets and a malformed number (`1.0001,6 tỷ
 * đồng`) are not read as values; changes in brackets belong to the figure before them; `tăng
 * hơn`/`gần`/`trên` keep the number of a change, and are bounds of a value; `tăng N lần`/`gấp N lần`
 * is a multiple; `so với cùng kỳ năm 2023` is written `*` (any base), `so với 6 tháng đầu năm
 * 2021` is `2021-H1`; a comparison figure of another period (`cùng kỳ năm 2023 giảm 0,2%`) is its
 * own fact with its period; a growth rate set in a plan (`kế hoạch đề ra 11,05%`) is a target.
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
];

export const TEST3_VI: readonly RealSentence[] = TEST3_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test3-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test3',
}));
