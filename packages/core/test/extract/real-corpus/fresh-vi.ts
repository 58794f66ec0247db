import type { RealFact, RealSentence } from './types';

/**
 * The FRESH unseen set, Vietnamese part: sentences copied verbatim from public reports and
 * press that no rule of the extractor was written against (new articles, none of them in
 * `vi.ts`). Annotated by hand from the sentence alone, with the conventions of `vi.ts`:
 * `vượt X% dự toán` is a completion of 100 + X; `bằng X% so với cùng kỳ` is a ratio; shares
 * (`chiếm X%`), absolute changes (`tăng 7.844 tấn`) and last year's figures quoted in brackets
 * (`(cùng kỳ năm 2022 tăng 9,3%)`) are not facts; ranges (`7,5-8%`) state nothing certain;
 * `so với cùng kỳ năm 2021` is written `*` (any base), `so với năm 2018` is `2018`; an expectation
 * of how the current year will close (`Dự báo năm 2019 … đạt khoảng 9 tỷ USD`) is an actual, as
 * `Dự kiến đến cuối năm …` in `vi.ts`; a goal (`đặt mục tiêu`, `kế hoạch 88.600 tỷ đồng`) is a target.
 *
 * Its failures are never read while writing rules: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const CONGTHUONG_TN_2018 =
  'http://congthuongthainguyen.gov.vn/vn/bao-cao-thang-quy/tinh-hinh-hoat-dong-nganh-cong-thuong-9-thang-dau-nam-nhiem-vu-giai-phap-thuc-hien-ke-hoach-3-thang--4928.phtml';
const TCTC_VUNGTAU = 'https://tapchitaichinh.vn/tag/vung-tau';
const TUYENQUANG_2022 =
  'https://thongketuyenquang.gso.gov.vn/Chitietthongtinkinhtexahoi.aspx?id=11030&&parentpage=Thongtinkinhtexahoi.aspx';
const FIA_9M_2020 =
  'https://fia.mpi.gov.vn/Detail/CatID/e5260146-ad83-43e5-86c9-a531855e0a35/NewsID/7c12ba5a-e7f9-4932-a671-9e8726534a4b';
const SVEC_9M_2018 =
  'http://svec.org.vn/index.php/tai-nguyen/Ca-nuoc/Thong-cao-bao-chi-tinh-hinh-kinh-te-xa-hoi-9-thang-dau-nam-2018-149/';
const QUANGNGAI_9M_2025 =
  'https://dbnd.quangngai.gov.vn/news/38/7779/kinh-te---xa-hoi-9-thang-nam-2025-cua-tinh-dat-nhieu-ket-qua-tich-cuc.aspx';
const VINH24H = 'https://vinh24h.vn/tag/toc-do-tang-truong-grdp';
const LAOCAI_NS = 'https://baolaocai.vn/lao-cai-thu-ngan-sach-noi-dia-tang-manh-so-voi-cung-ky-post399214.html';
const BRVT_NS_Q1_2023 =
  'https://baobariavungtau.com.vn/kinh-te/202304/quy-i2023-thu-ngan-sach-dat-22056-ty-dong-975180/';
const NGHEAN_2021 = 'https://baonghean.vn/nghe-an-thu-ngan-sach-nam-2021-uoc-thuc-hien-18056-ty-dong-299775.html';
const NGHEAN_2020 = 'https://e.baonghean.vn/xay-dung-kich-ban-tao-nguon-thu-ngan-sach-bai-1-mot-nam-vuot-kho/';
const TBTC_NS_2023 =
  'https://thoibaotaichinhvietnam.vn/kinh-te-kho-khan-thu-ngan-sach-sut-giam-so-voi-cung-ky-129278-129278.html';
const BACNINH_10M =
  'https://ngaymoionline.com.vn/print/bac-ninh-thu-ngan-sach-nha-nuoc-dat-hon-25-000-ti-dong-13211.html';
const BACNINH_Q1 =
  'https://thoibaotaichinhvietnam.vn/bac-ninh-tong-thu-ngan-sach-quy-i-tang-548-so-voi-cung-ky-50602.html';
const BRVT_BANLE_2023 = 'https://baobariavungtau.com.vn/kinh-te/202305/tong-muc-ban-le-hang-hoa-tang-115-980491/';
const VIETBAO_7M_2022 =
  'https://vietbao.vn/7-thang-nam-2022-tong-muc-ban-le-hang-hoa-dan-bat-kip-toc-do-tang-truoc-khi-xay-ra-dai-dich-373489.html';
const VINHPHUC_2018 =
  'http://dangcongsan.vn/vinh-phuc-tiem-nang-va-trien-vong/vinh-phuc-hom-nay/vinh-phuc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-duy-tri-da-tang-truong-491907.html';
const NAMDINH_BANLE_2020 =
  'http://baonamdinh.vn/channel/5083/202008/ban-le-hang-hoa-dich-vu-tieu-dung-tang-manh-2538969/';
const BAOMOI_BANLE_2017 =
  'http://www.baomoi.com/doanh-thu-ban-le-hang-hoa-4-thang-dat-hon-955-000-ti-dong/c/22162002.epi';
const TBTC_BANLE_2021 =
  'https://thoibaotaichinhvietnam.vn/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-thang-12022-99634.html';
const QUANGNGAI_XK_2022 = 'https://baoquangngai.vn/channel/2025/202209/hang-hoa-quang-ngai-xuat-ngoai-3135176/';
const THAINGUYEN_XK_2022 = 'https://baothainguyen.vn/kinh-te/202204/thai-nguyen-gia-tri-xuat-khau-tang-157-36768C3';
const BRVT_9M_2024 =
  'https://baobariavungtau.com.vn/kinh-te/202409/tap-trung-toan-luc-hoan-thanh-nhiem-vu-phat-trien-kinh-te-xa-hoi-nam-2024-1022195';
const BRVT_DTC_2024 =
  'https://baobariavungtau.com.vn/kinh-te/202405/giai-ngan-von-dau-tu-cong-4-thang-tang-1348-so-voi-cung-ky-1009823/';
const TRACUUQH = 'https://tracuuquyhoach.com/tin-tuc/nha-dat/trang-50720631';
const HCM_GRDP_2024 =
  'https://www.vietnamplus.vn/thanh-pho-ho-chi-minh-dieu-chinh-toc-do-tang-truong-grdp-trong-nam-2024-post912273.vnp';
const BAOMOI_2024 = 'https://lite.baomoi.com/vuot-ngan-chong-gai-kinh-te-nam-2024-ve-dich-ngoan-muc-c51192209.epi';
const DONGTHAP_2024 = 'https://f247.com/t/dong-thap-phan-dau-tang-truong-grdp-nam-2024-dat-muc-8/744042';
const BAOMOI_XK_11T = 'http://www.baomoi.com/11-thang-xuat-sieu-giam-con-2-84-ti-usd/c/20949786.epi';
const VINANET_11T_2015 =
  'http://vinanet.vn/hang-hoa/thang-11-xuat-sieu-hon-260-trieu-usd-11-thang-nhap-sieu-287-ty-usd-636467.html';
const CAND_XNK_2019 =
  'http://cand.com.vn/Thi-truong/Kim-ngach-xuat-nhap-khau-nam-2019-du-kien-can-moc-500-ty-USD-573372/';
const NLD_11T_2020 = 'https://nld.com.vn/Print.aspx?NewsID=20201129210115727';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });

/** Vietnamese: GSO releases, provinces' statistics offices and departments, provincial and national press. */
export const FRESH_VI_ROWS: readonly Row[] = [
  [
    CONGTHUONG_TN_2018,
    'Kết quả các chỉ tiêu của Ngành 9 tháng đầu năm 2018: Giá trị SXCN (giá so sánh 2010) ước đạt 495.086,8  tỷ đồng, tăng 11,8% so với cùng kỳ, bằng 76,7% KH năm; Giá trị xuất khẩu ước đạt 18,5 tỷ USD, tăng 8,1% so với cùng kỳ, bằng 74% KH năm; Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng trên địa bàn Tỉnh ước đạt 23.497,8 tỷ đồng, tăng 11,6% so cùng kỳ, bằng 76,5% KH năm.',
    [
      { v: '495086800000000', u: 'VND', st: 'estimate', c: '76.7', ch: [`rate 11.8 ${SPLY}`], p: '2018-YTD-09' },
      { v: '18500000000', u: 'USD', st: 'estimate', c: '74', ch: [`rate 8.1 ${SPLY}`] },
      { v: '23497800000000', u: 'VND', st: 'estimate', c: '76.5', ch: [`rate 11.6 ${SPLY}`] },
    ],
  ],
  [
    TCTC_VUNGTAU,
    'Giá trị sản xuất ngành công nghiệp ước 3.115 tỷ đồng, lũy kế ước 29.520 tỷ đồng (đạt 91,28% kế hoạch, tăng 48,64% so với cùng kỳ).',
    [
      { v: '3115000000000', u: 'VND', st: 'estimate' },
      { v: '29520000000000', u: 'VND', st: 'estimate', c: '91.28', ch: [`rate 48.64 ${SPLY}`] },
    ],
  ],
  [
    TCTC_VUNGTAU,
    'Thu ngân sách ước thực hiện tháng 10 đạt 108,987 tỷ đồng, lũy kế 10 tháng 3.798,254 tỷ đồng (đạt 101,1% so dự toán tỉnh giao, bằng 89,8% dự toán thành phố xây dựng).',
    [
      { v: '108987000000', u: 'VND', st: 'estimate' },
      { v: '3798254000000', u: 'VND', c: '101.1' },
    ],
  ],
  [
    TUYENQUANG_2022,
    'Tổng chi ngân sách nhà nước là 8.537,18 tỷ đồng, đạt 78,09% dự toán, tăng 122,05% so với cùng kỳ.',
    [{ v: '8537180000000', u: 'VND', c: '78.09', ch: [`rate 122.05 ${SPLY}`] }],
  ],
  [
    TUYENQUANG_2022,
    'Trong đó: Chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%; chi thường xuyên là 3.902,1 tỷ đồng, đạt 59,42%, tăng 10,84%,...',
    [
      { v: '1596700000000', u: 'VND', c: '119.07', ch: ['rate -26.83 *'] },
      { v: '3902100000000', u: 'VND', c: '59.42', ch: ['rate 10.84 *'] },
    ],
  ],
  [
    TUYENQUANG_2022,
    '- Về đầu tư tín dụng: Tổng dư nợ ước thực hiện đến 30/9/2022 là 24.610 tỷ đồng; so với 31/12/2021 tăng 2.375 tỷ đồng (+10,7%) cụ thể như sau:',
    [{ v: '24610000000000', u: 'VND', st: 'estimate', ch: ['rate 10.7 *'] }],
  ],
  [
    TUYENQUANG_2022,
    '- Chất lượng tín dụng: Nợ xấu của các Ngân hàng đến 30/9/2022 khoảng 360 tỷ đồng, chiếm 1,46% trên tổng dư nợ; so với 31/12/2021 tăng 208 tỷ đồng (+136%).',
    [{ v: '360000000000', u: 'VND', a: 'about', ch: ['rate 136 *'] }],
  ],
  [
    TUYENQUANG_2022,
    '- Chỉ số giá tiêu dùng (CPI) tháng 9 năm 2022 tăng 1,55% so với tháng trước, tăng 4,06% so với cùng kỳ năm trước.',
    [{ ch: [`rate 1.55 ${PREV}`, `rate 4.06 ${SPLY}`], p: '2022-09' }],
  ],
  [
    FIA_9M_2020,
    'Tổng sản phẩm trong nước (GDP) quý III/2020 ước tính tăng 2,62% so với cùng kỳ năm trước, là mức tăng thấp nhất của quý III các năm trong giai đoạn 2011-2020[1].',
    [{ st: 'estimate', ch: [`rate 2.62 ${SPLY}`], p: '2020-Q3' }],
  ],
  [
    FIA_9M_2020,
    'GDP 9 tháng năm 2020 tăng 2,12% (Quý I tăng 3,68%; quý II tăng 0,39%; quý III tăng 2,62%), là mức tăng thấp nhất của 9 tháng các năm trong giai đoạn 2011-2020[2].',
    [{ ch: ['rate 2.12 *'], p: '2020-YTD-09' }, r('3.68'), r('0.39'), r('2.62')],
  ],
  [
    FIA_9M_2020,
    'Về sử dụng GDP quý III năm nay, tiêu dùng cuối cùng tăng 1,19% so với cùng kỳ năm trước; tích lũy tài sản tăng 5,79%; xuất khẩu hàng hóa và dịch vụ tăng 2,86%; nhập khẩu hàng hóa và dịch vụ tăng 1,88%.',
    [{ ch: [`rate 1.19 ${SPLY}`] }, r('5.79'), r('2.86'), r('1.88')],
  ],
  [
    SVEC_9M_2018,
    'Tổng sản phẩm trong nước (GDP) quý III năm 2018 ước tính tăng 6,88% so với cùng kỳ năm trước, tuy thấp hơn mức tăng 7,45% của quý I nhưng cao hơn mức tăng 6,73%[1] của quý II, cho thấy nền kinh tế vẫn giữ được đà tăng trưởng.',
    [{ st: 'estimate', ch: [`rate 6.88 ${SPLY}`], p: '2018-Q3' }, r('7.45'), r('6.73')],
  ],
  [
    SVEC_9M_2018,
    'Tính chung 9 tháng năm 2018, GDP ước tính tăng 6,98% so với cùng kỳ năm trước, là mức tăng cao nhất của 9 tháng kể từ năm 2011 trở về đây[3].',
    [{ st: 'estimate', ch: [`rate 6.98 ${SPLY}`], p: '2018-YTD-09' }],
  ],
  [
    SVEC_9M_2018,
    'Trong mức tăng trưởng của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,65%, đóng góp 8,8% vào mức tăng trưởng chung; khu vực công nghiệp và xây dựng tăng 8,89%, đóng góp 48,7%; khu vực dịch vụ tăng 6,89%, đóng góp 42,5%.',
    [r('3.65'), r('8.89'), r('6.89')],
  ],
  [
    QUANGNGAI_9M_2025,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 99.354 tỷ đồng, tăng 14,28% so với cùng kỳ.',
    [{ v: '99354000000000', u: 'VND', ch: [`rate 14.28 ${SPLY}`] }],
  ],
  [
    QUANGNGAI_9M_2025,
    'Lĩnh vực du lịch khởi sắc khi toàn tỉnh đón 3,85 triệu lượt khách, tăng 17%, trong đó khách quốc tế 75.735 lượt (tăng 2,5 lần).',
    [
      { v: '3850000', ch: ['rate 17 *'] },
      { v: '75735', ch: ['times 2.5 *'] },
    ],
  ],
  [
    QUANGNGAI_9M_2025,
    'Doanh thu du lịch đạt 2.612 tỷ đồng, tăng 44%, gần hoàn thành kế hoạch năm.',
    [{ v: '2612000000000', u: 'VND', ch: ['rate 44 *'] }],
  ],
  [
    QUANGNGAI_9M_2025,
    'Diện tích cây lâu năm tăng khá: cây ăn quả 20.287 ha (tăng 5,94%), cà phê 32.877 ha (tăng 5,65%), cao su 82.158 ha (tăng 1,62%), Sâm Ngọc Linh 2.949 ha (tăng 20,62%).',
    [
      { v: '20287', u: 'ha', ch: ['rate 5.94 *'] },
      { v: '32877', u: 'ha', ch: ['rate 5.65 *'] },
      { v: '82158', u: 'ha', ch: ['rate 1.62 *'] },
      { v: '2949', u: 'ha', ch: ['rate 20.62 *'] },
    ],
  ],
  [
    QUANGNGAI_9M_2025,
    'Thủy sản đạt 249.762 tấn, tăng 1,79%; trong đó khai thác 239.600 tấn, nuôi trồng 10.158 tấn.',
    [
      { v: '249762', u: 'tonne', ch: ['rate 1.79 *'] },
      { v: '239600', u: 'tonne' },
      { v: '10158', u: 'tonne' },
    ],
  ],
  [
    VINH24H,
    'Báo cáo tại phiên họp thường kỳ UBND tỉnh tháng 9 năm 2024, Giám đốc Sở Kế hoạch và Đầu tư Phạm Hồng Quang cho biết, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) trong Quý III có sự chuyển biến tích cực và cao hơn so với Quý I và Quý II; dự kiến tốc độ tăng trưởng GRDP 9 tháng năm 2024 trên địa bàn tỉnh đạt khoảng 7,5-8%, riêng tăng trưởng GRDP Quý III ước đạt khoảng 8,5%.',
    [{ st: 'estimate', ch: ['rate 8.5 *'] }],
  ],
  [
    LAOCAI_NS,
    'Thu từ hoạt động xuất - nhập khẩu đạt 251 tỷ đồng, bằng 20,1% dự toán Trung ương giao, bằng 9% dự toán tỉnh giao, tăng 20,3% so với cùng kỳ năm 2024.',
    [{ v: '251000000000', u: 'VND', c: '20.1', ch: ['rate 20.3 *'] }, { c: '9' }],
  ],
  [
    LAOCAI_NS,
    'Chi ngân sách địa phương đạt 5.446 tỷ đồng, bằng 29,3% dự toán Trung ương giao, bằng 24,2% dự toán HĐND tỉnh giao, tăng 41,8% so với cùng kỳ năm 2024.',
    [{ v: '5446000000000', u: 'VND', c: '29.3', ch: ['rate 41.8 *'] }, { c: '24.2' }],
  ],
  [
    BRVT_NS_Q1_2023,
    'Cục Thống kê tỉnh cho biết, quý I/2023, tổng thu ngân sách Nhà nước trên địa bàn tỉnh là 22.056 tỷ đồng, đạt 24,9% so với dự toán, giảm 19% so với cùng kỳ năm trước.',
    [{ v: '22056000000000', u: 'VND', c: '24.9', ch: [`rate -19 ${SPLY}`], p: '2023-Q1' }],
  ],
  [
    BRVT_NS_Q1_2023,
    'Trong các nguồn thu, chiếm tỷ lệ lớn vẫn là thu nội địa với 9.877 tỷ đồng, đạt 23% so với dự toán và bằng 81,7% so với cùng kỳ, trong đó, 7/16 khoản thu đạt và vượt tiến độ thu của dự toán giao; kế đến là thu dầu thô 8.097 tỷ đồng, đạt 33,9% so với dự toán và bằng 82,7% so với cùng kỳ năm trước; thu xuất nhập khẩu 4.081 tỷ đồng, đạt 18,8% so với dự toán và giảm 23,6% so với cùng kỳ năm trước.',
    [
      { v: '9877000000000', u: 'VND', c: '23', ch: [`ratio 81.7 ${SPLY}`] },
      { v: '8097000000000', u: 'VND', c: '33.9', ch: [`ratio 82.7 ${SPLY}`] },
      { v: '4081000000000', u: 'VND', c: '18.8', ch: [`rate -23.6 ${SPLY}`] },
    ],
  ],
  [
    BRVT_NS_Q1_2023,
    'Theo đánh giá, nguồn thu - chi bảo đảm các nhu cầu phát triển kinh tế - xã hội, quốc phòng - an ninh, y tế, quản lý Nhà nước trên địa bàn.',
    [],
  ],
  [
    NGHEAN_2021,
    'Đáng chú ý là thu ngân sách năm 2021 ước thực hiện 18.056 tỷ đồng, đạt 128,6% dự toán điều chỉnh và bằng 101,2% so với năm 2020.',
    [{ v: '18056000000000', u: 'VND', st: 'estimate', c: '128.6', ch: ['ratio 101.2 2020'], p: '2021' }],
  ],
  [
    NGHEAN_2021,
    'Về giải ngân vốn đầu tư công, tính đến ngày 22/12, tỉnh đã giải ngân được 4.396,49 tỷ đồng, đạt 72,97% kế hoạch giao chi tiết đầu năm, trong đó, nguồn vốn đầu tư công tập trung tỉnh quản lý giải ngân được 2.304,94 tỷ đồng, đạt 72,9% kế hoạch giao chi tiết đầu năm.',
    [
      { v: '4396490000000', u: 'VND', c: '72.97' },
      { v: '2304940000000', u: 'VND', c: '72.9' },
    ],
  ],
  [
    NGHEAN_2021,
    'Tổng các nguồn giải ngân ước đạt 93,57% tổng kế hoạch, trong đó, nguồn vốn trong nước đạt 97,38%, vốn nước ngoài đạt 58,96%.',
    [{ st: 'estimate', c: '93.57' }, { c: '97.38' }, { c: '58.96' }],
  ],
  [
    NGHEAN_2021,
    'Số lượng dự án tăng 41,97%, tổng mức đầu tư tăng 3,16 lần so với cùng kỳ năm 2020.',
    [r('41.97'), { ch: ['times 3.16 *'] }],
  ],
  [NGHEAN_2021, 'Tiếp tục triển khai công tác lập Quy hoạch tỉnh thời kỳ 2021-2025, tầm nhìn năm 2050.', []],
  [
    NGHEAN_2021,
    'Các lĩnh vực văn hóa, xã hội tiếp tục được quan tâm chỉ đạo, nhất là công tác bảo đảm an sinh xã hội.',
    [],
  ],
  [
    NGHEAN_2020,
    'Kết thúc năm 2020, tổng thu ngân sách toàn tỉnh đạt 17.363 tỷ đồng, đạt 111,6% dự toán HĐND tỉnh điều chỉnh, tăng 7,3% so với cùng kỳ năm 2019 và là một trong số ít tỉnh có số thu tăng từ 10-11% so với kế hoạch.',
    [{ v: '17363000000000', u: 'VND', c: '111.6', ch: ['rate 7.3 *'], p: '2020' }],
  ],
  [
    NGHEAN_2020,
    'Trong đó, thu nội địa đạt 16.186 tỷ đồng, đạt 117,6% dự toán, tăng 11,3% so với cùng kỳ.',
    [{ v: '16186000000000', u: 'VND', c: '117.6', ch: [`rate 11.3 ${SPLY}`] }],
  ],
  [
    NGHEAN_2020,
    'Không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng, đạt 100,7% dự toán và tăng 4,8% so với cùng kỳ.',
    [
      { v: '5056000000000', u: 'VND' },
      { v: '11104000000000', u: 'VND', c: '100.7', ch: [`rate 4.8 ${SPLY}`] },
    ],
  ],
  [
    TBTC_NS_2023,
    'Tuy nhiên, không kể thuế thu nhập doanh nghiệp đạt khá so dự toán do doanh nghiệp đã tạm nộp 3/5 kỳ theo quy định, số thu của 3 khu vực này chỉ bằng 89,7% cùng kỳ năm 2022.',
    [{ ch: ['ratio 89.7 *'] }],
  ],
  [
    TBTC_NS_2023,
    'Thuế thu nhập cá nhân ước đạt 50,3% dự toán, giảm 5,1% so với cùng kỳ.',
    [{ st: 'estimate', c: '50.3', ch: [`rate -5.1 ${SPLY}`] }],
  ],
  [
    TBTC_NS_2023,
    'Thu tiền cấp quyền khai thác khoáng sản ước đạt 62,8% dự toán, tăng 1,6% so với cùng kỳ; thu khác ngân sách ước đạt 104,7% dự toán, tăng 97,4% so cùng kỳ...',
    [
      { st: 'estimate', c: '62.8', ch: [`rate 1.6 ${SPLY}`] },
      { st: 'estimate', c: '104.7', ch: [`rate 97.4 ${SPLY}`] },
    ],
  ],
  [
    BACNINH_10M,
    'Theo báo cáo của Cục Thống kê, tổng chi ngân sách địa phương 10 tháng là 16.080 tỉ đồng, đạt 90,7% dự toán và tăng 22,7%; trong đó chi đầu tư phát triển đạt 7.831 tỉ đồng, tăng 17,3%.',
    [
      { v: '16080000000000', u: 'VND', c: '90.7', ch: ['rate 22.7 *'] },
      { v: '7831000000000', u: 'VND', ch: ['rate 17.3 *'] },
    ],
  ],
  [
    BACNINH_10M,
    'Tổng chi ngân sách tháng 10 ước đạt 1.641,9 tỉ đồng, tăng 14,9% so với tháng trước và tăng 30,9% so với cùng tháng năm trước.',
    [{ v: '1641900000000', u: 'VND', st: 'estimate', ch: [`rate 14.9 ${PREV}`, `rate 30.9 ${SPLY}`] }],
  ],
  [
    BACNINH_Q1,
    'Tổng chi ngân sách địa phương quý I ước đạt hơn 1.690 tỷ đồng, đạt 22,9% dự toán năm.',
    [{ v: '1690000000000', u: 'VND', a: 'over', st: 'estimate', c: '22.9' }],
  ],
  [
    BACNINH_Q1,
    'Trong quý, một số khoản thu nội địa có mức tăng cao so cùng kỳ năm trước là: Thu từ doanh nghiệp nhà nước trung ương tăng 35,5%; thu từ doanh nghiệp có vốn đầu tư nước ngoài (FDI) tăng gấp 2,3 lần; thu thuế ngoài quốc doanh tăng 67,8%; thuế thu nhập cá nhân tăng 81,6%…',
    [r('35.5'), { ch: ['times 2.3 *'] }, r('67.8'), r('81.6')],
  ],
  [
    BRVT_BANLE_2023,
    'Tổng cục Thống kê cho biết, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của cả nước trong tháng 5/2023 ước đạt 519 ngàn tỷ đồng, tăng 1,5% so với tháng trước và tăng 11,5% so với cùng kỳ năm trước.',
    [
      {
        v: '519000000000000',
        u: 'VND',
        st: 'estimate',
        ch: [`rate 1.5 ${PREV}`, `rate 11.5 ${SPLY}`],
        p: '2023-05',
      },
    ],
  ],
  [
    BRVT_BANLE_2023,
    'Tính chung, 5 tháng đầu năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 2.527 ngàn tỷ đồng, tăng 12,6% so với cùng kỳ năm trước (cùng kỳ năm 2022 tăng 9,3%), nếu loại trừ yếu tố giá tăng 8,3% (cùng kỳ năm 2022 tăng 6%).',
    [{ v: '2527000000000000', u: 'VND', st: 'estimate', ch: [`rate 12.6 ${SPLY}`], p: '2023-YTD-05' }, r('8.3')],
  ],
  [
    VIETBAO_7M_2022,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 7 đạt 485.984 tỷ đồng, tăng 2,4% so với tháng trước và tăng 42,6% so với cùng kỳ năm trước (cùng kỳ năm trước giảm 19,5% do ảnh hưởng của đại dịch Covid-19 bùng phát tại nhiều địa phương).',
    [{ v: '485984000000000', u: 'VND', ch: [`rate 2.4 ${PREV}`, `rate 42.6 ${SPLY}`] }],
  ],
  [
    VIETBAO_7M_2022,
    'Trong đó, nhóm có mức tăng cao nhất so với cùng kỳ năm trước là du lịch lữ hành (tăng 3451% so với tháng 7/2021), dịch vụ lưu trú ăn uống (tăng 135%), dịch vụ khác (tăng 108%) do đang vào cao điểm du lịch, nhu cầu tăng mạnh khi dịch bệnh Covid-19 đã được kiểm soát, học sinh nghỉ hè.',
    [{ ch: ['rate 3451 2021-07'] }, r('135'), r('108')],
  ],
  [
    VINHPHUC_2018,
    'Cụ thể, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng dự kiến đạt 4.071 tỷ đồng, tăng 1,39% so với tháng trước và tăng 18,89% so với cùng kỳ năm trước.',
    [{ v: '4071000000000', u: 'VND', ch: [`rate 1.39 ${PREV}`, `rate 18.89 ${SPLY}`] }],
  ],
  [
    VINHPHUC_2018,
    'Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ hàng hóa bảy tháng đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức và tăng 10,97% so với cùng kỳ năm trước; doanh thu dịch vụ lưu trú, ăn uống, lữ hành và hoạt động hỗ trợ du lịch ước đạt 2.144 tỷ đồng, chiếm 8,25% tổng mức và tăng 8,27% so với cùng kỳ năm trước; các ngành dịch vụ tiêu dùng khác ước đạt 1.552 tỷ đồng, chiếm 5,97% tổng mức và tăng 8,67% so cùng kỳ năm trước.',
    [
      { v: '22296000000000', u: 'VND', ch: [`rate 10.97 ${SPLY}`] },
      { v: '2144000000000', u: 'VND', st: 'estimate', ch: [`rate 8.27 ${SPLY}`] },
      { v: '1552000000000', u: 'VND', st: 'estimate', ch: [`rate 8.67 ${SPLY}`] },
    ],
  ],
  [
    NAMDINH_BANLE_2020,
    'Tính chung bảy tháng năm 2020, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt gần 2.800 tỷ đồng, giảm 0,4% so cùng kỳ năm 2019, nếu loại trừ yếu tố giá giảm 4,8%.',
    [{ v: '2800000000000', u: 'VND', a: 'under', ch: ['rate -0.4 *'], p: '2020-YTD-07' }, r('-4.8')],
  ],
  [
    BAOMOI_BANLE_2017,
    'Tính chung 4 tháng đầu năm nay, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 1,26 triệu tỉ đồng, tăng 9,6% so với cùng kỳ năm 2016.',
    [{ v: '1260000000000000', u: 'VND', ch: ['rate 9.6 *'] }],
  ],
  [
    BAOMOI_BANLE_2017,
    'Bên cạnh đó, doanh thu dịch vụ lưu trú, ăn uống 4 tháng đầu năm ước đạt 153.400 tỉ đồng, tăng 11,3% so với cùng kỳ năm trước; doanh thu du lịch lữ hành ước đạt 10.300 tỉ đồng, tăng 6,3% so với cùng kỳ năm trước.',
    [
      { v: '153400000000000', u: 'VND', st: 'estimate', ch: [`rate 11.3 ${SPLY}`] },
      { v: '10300000000000', u: 'VND', st: 'estimate', ch: [`rate 6.3 ${SPLY}`] },
    ],
  ],
  [
    TBTC_BANLE_2021,
    '(TBTCO) - Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11/2021 ước tính đạt 397,1 nghìn tỷ đồng, tăng 6,2% so với tháng trước và giảm 12,2% so với cùng kỳ năm trước.',
    [
      {
        v: '397100000000000',
        u: 'VND',
        st: 'estimate',
        ch: [`rate 6.2 ${PREV}`, `rate -12.2 ${SPLY}`],
        p: '2021-11',
      },
    ],
  ],
  [
    TBTC_BANLE_2021,
    'Tính chung 11 tháng năm 2021 đạt 4.128,5 nghìn tỷ đồng, giảm 8,7% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá giảm 10,4% (cùng kỳ năm 2020 giảm 3,8%).',
    [{ v: '4128500000000000', u: 'VND', ch: [`rate -8.7 ${SPLY}`], p: '2021-YTD-11' }, r('-10.4')],
  ],
  [
    QUANGNGAI_XK_2022,
    'Theo Sở Công thương, kim ngạch xuất khẩu 8 tháng năm 2022 của tỉnh ước đạt 1,533 tỷ USD, tăng gần 28% so với cùng kỳ năm trước và bằng 82,4% kế hoạch năm.',
    [{ v: '1533000000', u: 'USD', st: 'estimate', c: '82.4', ch: [`rate 28 ${SPLY}`], p: '2022-YTD-08' }],
  ],
  [
    THAINGUYEN_XK_2022,
    'Tính đến cuối tháng 4, tổng giá trị xuất khẩu hàng hóa trên địa bàn tỉnh đạt trên 10,77 tỷ USD, tăng 15,7% so với cùng kỳ năm 2021.',
    [{ v: '10770000000', u: 'USD', a: 'over', ch: ['rate 15.7 *'] }],
  ],
  [
    THAINGUYEN_XK_2022,
    'Trong đó, khu vực kinh tế có vốn đầu tư nước ngoài (chiếm 98% giá trị xuất khẩu toàn tỉnh) đạt trên 10,56 tỷ USD, tăng 15,2% so với cùng kỳ; khu vực kinh tế trong nước đạt 212 triệu USD, tăng 43,6% so với cùng kỳ.',
    [
      { v: '10560000000', u: 'USD', a: 'over', ch: [`rate 15.2 ${SPLY}`] },
      { v: '212000000', u: 'USD', ch: [`rate 43.6 ${SPLY}`] },
    ],
  ],
  [
    BRVT_9M_2024,
    'Theo báo cáo của Sở KH-ĐT, 9 tháng năm 2024, có 12 chỉ tiêu kinh tế, tài chính tăng trưởng so với năm trước và cao hơn kế hoạch năm.',
    [],
  ],
  [
    BRVT_9M_2024,
    'Chủ tịch UBND tỉnh yêu cầu, các sở, ngành địa phương quyết liệt hơn nữa để hoàn thành chỉ tiêu, nhiệm vụ phát triển kinh tế-xã hội.',
    [],
  ],
  [
    BRVT_9M_2024,
    'Nổi bật là giá trị sản xuất công nghiệp trừ dầu khí tăng 16,1%; tổng mức bán lẻ hàng hóa tăng 13,14%; doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải tăng 12,01%; kim ngạch xuất khẩu trừ dầu khí tăng 9,35%.',
    [r('16.1'), r('13.14'), r('12.01'), r('9.35')],
  ],
  [
    BRVT_9M_2024,
    'Tổng thu ngân sách đạt 72,11% dự toán (kế hoạch 88.600 tỷ đồng).',
    [{ c: '72.11' }, { k: 'target', v: '88600000000000', u: 'VND' }],
  ],
  [
    BRVT_9M_2024,
    'Tổng vốn đầu tư phát triển trên địa bàn tỉnh 9 tháng đạt khoảng 72,01% kế hoạch và tăng 9,53% so với cùng kỳ.',
    [{ c: '72.01', ch: [`rate 9.53 ${SPLY}`] }],
  ],
  [
    BRVT_9M_2024,
    'Tổng vốn thu hút đầu tư trong và ngoài nước cấp mới và tăng thêm khoảng 1,9 tỷ USD và hơn 34.750 tỷ đồng, đạt 120% kế hoạch và tăng gấp 3,2 lần năm 2023.',
    [
      { v: '1900000000', u: 'USD', a: 'about' },
      { v: '34750000000000', u: 'VND', a: 'over' },
      { c: '120', ch: ['times 3.2 2023'] },
    ],
  ],
  [
    BRVT_DTC_2024,
    'Trong đó, vốn ngân sách cấp tỉnh 3.600 tỷ đồng, tăng 12,89% so với cùng kỳ năm trước và bằng 6,19% so với kế hoạch năm; vốn ngân sách cấp huyện ước trên 1.300 tỷ đồng, tăng 15,12% so với cùng kỳ năm trước và bằng 6,98% so với kế hoạch năm.',
    [
      { v: '3600000000000', u: 'VND', c: '6.19', ch: [`rate 12.89 ${SPLY}`] },
      { v: '1300000000000', u: 'VND', a: 'over', st: 'estimate', c: '6.98', ch: [`rate 15.12 ${SPLY}`] },
    ],
  ],
  [
    TRACUUQH,
    'Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải ngân đạt gần 3.950 tỷ đồng, bằng 54,3% kế hoạch vốn Thủ tướng Chính phủ giao và 48,7% kế hoạch tỉnh giao.',
    [{ v: '3950000000000', u: 'VND', a: 'under', c: '54.3' }, { c: '48.7' }],
  ],
  [
    HCM_GRDP_2024,
    'Thống nhất với các chỉ tiêu nhóm nhiệm vụ, giải pháp chủ yếu, trong đó điều chỉnh mục tiêu tốc độ tăng trưởng GRDP từ 6,5-7% lên 7,5-8%.',
    [],
  ],
  [
    BAOMOI_2024,
    'Vượt mọi dự báo, kinh tế Việt Nam đạt mức tăng trưởng 7,09% trong năm 2024, cả 15/15 chỉ tiêu phát triển kinh tế - xã hội đều đạt và vượt mục tiêu đề ra.',
    [{ ch: ['rate 7.09 *'], p: '2024' }],
  ],
  [
    BAOMOI_2024,
    'Với việc nỗ lực vượt bậc để đạt mức tăng trưởng 7,55% trong quý cuối cùng của năm, tăng trưởng GDP của nền kinh tế cả năm 2024 đã đạt 7,09% - như mục tiêu phấn đấu mà Chính phủ đã đặt ra, vượt mọi dự báo của các tổ chức quốc tế và vượt cả mục tiêu mà Quốc hội đã quyết nghị.',
    [r('7.55'), { ch: ['rate 7.09 *'], p: '2024' }],
  ],
  [
    DONGTHAP_2024,
    'Tỉnh Đồng Tháp đặt mục tiêu tăng trưởng GRDP đạt 8% vào năm 2024 trong Hội nghị tổng kết nhiệm vụ phát triển kinh tế xã hội năm 2023 và triển khai nhiệm vụ năm 2024.',
    [{ k: 'target', ch: ['rate 8 *'], p: '2024' }],
  ],
  [
    BAOMOI_XK_11T,
    'Báo cáo của Tổng cục Thống kê cho biết, kim ngạch hàng hóa xuất khẩu tháng 11 ước đạt 15,6 tỉ USD, tăng 1,3% so với tháng trước và tăng 12,4% so cùng kỳ.',
    [{ v: '15600000000', u: 'USD', st: 'estimate', ch: [`rate 1.3 ${PREV}`, `rate 12.4 ${SPLY}`] }],
  ],
  [
    BAOMOI_XK_11T,
    'Cán cân thương mại hàng hóa thực hiện tháng 10 nhập siêu 445 triệu USD, tháng 11 ước nhập siêu 400 triệu USD.',
    [
      { v: '445000000', u: 'USD' },
      { v: '400000000', u: 'USD', st: 'estimate' },
    ],
  ],
  [
    BAOMOI_XK_11T,
    'Kết quả này đưa xuất siêu còn 2,84 tỉ USD trong 11 tháng, trong đó khu vực kinh tế trong nước nhập siêu 18,4 tỉ USD; khu vực có vốn đầu tư nước ngoài xuất siêu 21,24 tỉ USD.',
    [
      { v: '2840000000', u: 'USD' },
      { v: '18400000000', u: 'USD' },
      { v: '21240000000', u: 'USD' },
    ],
  ],
  [
    VINANET_11T_2015,
    'Cụ thể, trong tháng 10 kim ngạch xuất khẩu hàng hóa của cả nước đạt gần 13,894 tỷ USD, giảm 2,9% so với tháng trước; lũy kế 11 tháng đạt gần 148,239 tỷ USD, tăng 7,9% so với cùng kỳ năm 2014.',
    [
      { v: '13894000000', u: 'USD', a: 'under', ch: [`rate -2.9 ${PREV}`] },
      { v: '148239000000', u: 'USD', a: 'under', ch: ['rate 7.9 *'] },
    ],
  ],
  [
    VINANET_11T_2015,
    'Nhờ đó, nhấp siêu 11 tháng năm 2015 chỉ ở mức 2,87 tỷ USD, bằng khoảng 1,9% tổng kim ngạch xuất khẩu.',
    [{ v: '2870000000', u: 'USD', p: '2015-YTD-11' }],
  ],
  [
    VINANET_11T_2015,
    'Điều đó cũng có nghĩa, khu vực kinh tế 100% vốn trong nước nhập siêu hơn 14,91 tỷ USD.',
    [{ v: '14910000000', u: 'USD', a: 'over' }],
  ],
  [
    CAND_XNK_2019,
    'Đáng chú ý, mặc dù còn 1 tháng nữa mới kết thúc năm, song kim ngạch XK hàng hóa của Việt Nam đã hoàn thành 91,8% so với mục tiêu đề ra từ đầu năm (đạt 263 tỷ USD).',
    [{ c: '91.8' }, { k: 'target', v: '263000000000', u: 'USD' }],
  ],
  [
    CAND_XNK_2019,
    'Hiện sau 11 tháng năm 2019, cả nước đã xuất siêu 9,11 tỷ USD, cao hơn so với cùng kỳ năm trước (7,58 tỷ USD).',
    [
      { v: '9110000000', u: 'USD', p: '2019-YTD-11' },
      { v: '7580000000', u: 'USD' },
    ],
  ],
  [
    CAND_XNK_2019,
    'Dự báo năm 2019 sẽ tiếp tục là năm cả nước xuất siêu với cán cân thương mại cao nhất từ trước đến nay, đạt khoảng 9 tỷ USD.',
    [{ v: '9000000000', u: 'USD', a: 'about', p: '2019' }],
  ],
  [
    NLD_11T_2020,
    'Tổng kim ngạch xuất, nhập khẩu hàng hóa 11 tháng ước tính đạt 489,1 tỉ USD (tăng 3,5% so với cùng kỳ năm trước), trong đó xuất khẩu đạt 254,6 tỉ USD; nhập khẩu đạt 234,5 tỉ USD.',
    [
      { v: '489100000000', u: 'USD', st: 'estimate', ch: [`rate 3.5 ${SPLY}`] },
      { v: '254600000000', u: 'USD' },
      { v: '234500000000', u: 'USD' },
    ],
  ],
  [
    NLD_11T_2020,
    'Tính riêng tháng 11-2020, kim ngạch xuất khẩu hàng hóa ước tính đạt 24,8 tỉ USD (giảm 9% so với tháng trước).',
    [{ v: '24800000000', u: 'USD', st: 'estimate', ch: [`rate -9 ${PREV}`], p: '2020-11' }],
  ],
  [
    NLD_11T_2020,
    'Mỹ là thị trường xuất khẩu lớn nhất của Việt Nam trong 11 tháng với kim ngạch đạt 69,9 tỉ USD (tăng 25,7% so với cùng kỳ năm trước), tiếp đến là Trung Quốc đạt 43,1 tỉ USD; thị trường EU đạt 32,2 tỉ USD, giảm 2,4%.',
    [
      { v: '69900000000', u: 'USD', ch: [`rate 25.7 ${SPLY}`] },
      { v: '43100000000', u: 'USD' },
      { v: '32200000000', u: 'USD', ch: ['rate -2.4 *'] },
    ],
  ],
];

export const FRESH_VI: readonly RealSentence[] = FRESH_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-fresh-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  // every second sentence (odd index) was released to the rule writers on 1 December 2026 after
  // the whole set was scored once; the other half stays held out, never read by them
  split: i % 2 === 1 ? 'seen' : 'fresh',
}));
