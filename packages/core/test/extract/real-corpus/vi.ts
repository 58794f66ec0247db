import type { RealFact, RealSentence } from './types';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const GOPFP_2005 =
  'http://gopfp.gov.vn/so-6-51?p_p_id=62_INSTANCE_Z5vv&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&p_p_col_id=column-3&p_p_col_count=1&_62_INSTANCE_Z5vv_struts_action=%2Fjournal_articles%2Fview&_62_INSTANCE_Z5vv_groupId=18&_62_INSTANCE_Z5vv_articleId=1472&_62_INSTANCE_Z5vv_version=1.0';
const MPI_2022 = 'https://mpi.gov.vn/portal/pages/print.aspx?p=121069';
const SGGP_9M = 'https://www.sggp.org.vn/gdp-9-thang-chi-tang-424-post707610.html';
const TCTC_7M = 'http://tapchitaichinh.vn/tag/hinh-kinh-te-xa-hoi';
const TIENPHONG_8M = 'https://tienphong.vn/8-thang-xuat-sieu-2019-ty-usd-post1564761.tpo';
const KTMT =
  'https://kinhtemoitruong.vn/viet-nam-thuc-hien-muc-tieu-phuc-hoi-va-phat-trien-kinh-te-ben-vung-bang-cach-nao-61745.html';
const GSO_DN_2019 = 'http://5085a.com/Kết_quả_bóng_đá/9001.html';
const LAMDONG_2013 =
  'https://phapluatcongdong.vn/van-ban/van-ban-khac-174-bc-ubnd-ban-hanh-tinh-lam-dong-nam-2013-p219218.htm';
const QUANGNAM_2016 =
  'https://skhdt.quangnam.gov.vn/webcenter/portal/sokhdt/pages_tin-tuc/chi-tiet?dDocName=PORTAL342241';
const BAONGHEAN = 'https://e.baonghean.vn/tan-dung-thoi-co-dua-nghe-an-phat-trien-nhanh-ben-vung/';
const DONGNAI_10_2022 = 'https://chuyendoiso.mpi.gov.vn/Pages/tinbaitonghop.aspx?idTin=56560&idcm=521';
const CAND_7M = 'http://cand.com.vn/Kinh-te/Kim-ngach-xuat-khau-thang-7-giam-29%25-so-voi-thang-truoc-206918/';
const DNLOGIS =
  'https://dnlogis.com/blogs/thi-truong-trong-nuoc/tinh-hinh-xuat-khau-nhap-khau-hang-hoa-cua-viet-nam-thang-7-va-7-thang-nam-2017';
const VIETNAMNET_2025 =
  'https://vietnamnet.vn/bat-ngo-vuot-tphcm-bac-ninh-vuon-len-dung-dau-ca-nuoc-ve-xuat-khau-2430820.html';
const BRVT_XK_2022 =
  'https://baobariavungtau.com.vn/kinh-te/202208/toc-do-tang-truong-kim-ngach-xuat-khau-vuot-ke-hoach-de-ra-956779/';
const CAND_DETMAY =
  'http://cand.com.vn/Thi-truong/Hoa-Ky-tiep-tuc-la-thi-truong-nhap-khau-hang-det-may-lon-nhat-tu-Viet-Nam-560034/';
const VNECONOMY_DT = 'https://vneconomy.vn/xuat-khau-dien-thoai-cua-viet-nam-sang-trung-quoc-giam-toi-hon-11.htm';
const VIETNAMBIZ = 'https://vietnambiz.vn/tong-von-dau-tu-cong.html';
const VTV_GN = 'https://vtv.vn/tien-do-giai-ngan-von-dau-tu-cong.html';
const DNKTX = 'https://doanhnghiepkinhtexanh.vn/tag/dieu-chinh-ke-hoach-dau-tu-von-ngan-sach.html';
const BINHTHUAN_NQ25 =
  'https://sct.binhthuan.gov.vn/cong-nghiep/chinh-phu-ban-hanh-nghi-quyet-dat-muc-tieu-tang-truong-cac-nganh-linh-vuc-va-dia-phuong-de-dat-8-904207';
const DANVIET = 'https://thegioitiepthi.danviet.vn/thu-tuong-pham-minh-chinh-tham-trung-quoc.html';
const TRADINGKEY = 'https://www.tradingkey.com/vn/news/economic-indicator/250351866-tradingKey';
const BAOHOABINH = 'http://baohoabinh.com.vn/12/198621/Giao-KPI-de-tao-cu-hich-tang-truong-GDP-8.htm';
const BINHPHUOC_2025 =
  'https://binhphuoc.gov.vn/vi/news/tin-tuc-su-kien-421/nhiem-vu-giai-phap-chu-yeu-thuc-hien-ke-hoach-phat-trien-kinh-te-xa-hoi-va-du-toan-ngan-sach-nha-nuoc-nam-2025-40375.html';
const BRVT_TT_2023 = 'https://baobariavungtau.com.vn/kinh-te/202311/toc-do-tang-truong-trong-trot-uoc-dat-389-996450/';
const BAOHATINH =
  'https://baohatinh.vn/nong-nghiep/san-xuat-nong-nghiep-2023-ha-tinh-khac-phuc-kho-khan-tiep-da-tang-truong/241042.htm';
const NAMDINH_2019 =
  'http://baonamdinh.com.vn/channel/5083/201911/tong-san-luong-luong-thuc-nam-2019-cua-toan-tinh-giam-5240-tan-so-voi-nam-2018-2534371/';
const KHANHHOA_2017 = 'http://www.baokhanhhoa.vn/kinh-te/201709/toan-tinh-gieo-trong-hon-19000ha-lua-he-thu-8051909/';
const QUANGBINH_2019 =
  'https://www.quangbinh.gov.vn/3cms/vu-dong-xuan-2019-san-luong-luong-thuc-uoc-dat-207-ngan-tan.htm';
const PHANBON = 'https://phanbonvietnam.com.vn/cay-luong-thuc';
const BRVT_NS_2023 = 'https://baobariavungtau.com.vn/kinh-te/202311/thu-ngan-sach-gan-78-ngan-ty-dong-994695/';
const BRVT_DL_2017 =
  'http://www.bariavungtautourism.com.vn/thong-tin-can-biet/thong-ke-du-lich/w4242-thong-ke-hoat-dong-du-lich-9-thang-dau-nam-2017.htm';
const QUANGNAM_DL_2015 = 'https://baoquangnam.vn/tin-van-3111023.html';
const GIALAI_DL = 'https://baogialai.com.vn/tu-khoa/dip-cuoi-nam-tag175011.html';
const NINHBINH_DL = 'https://dulich.ninhbinh.vn/10-thang-luong-khach-du-lich-dat-tren-34-trieu-luot-nguoi.html';
const BRVT_DL_2022 = 'https://baobariavungtau.com.vn/du-lich/202212/du-lich-su-kien-cuu-canh-mua-thap-diem-965981/';
const QUANGNAM_DL_2014 = 'http://baoquangnam.vn/du-lich/thu-nhap-xa-hoi-tu-du-lich-uoc-dat-3500-ty-dong-23114.html';
const TUYENQUANG = 'https://baotuyenquang.com.vn/du-lich/du-lich-tuyen-quang/trang-24.html';
const VUSTA = 'https://vusta.gov.vn/News/tintuc/kinhtexahoi/2022/05/1369.aspx';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });

/** Vietnamese: GSO releases, ministries, provinces' reports and provincial press. */
export const VI_ROWS: readonly Row[] = [
  [
    GOPFP_2005,
    'Tổng sản phẩm trong nước 6 tháng đầu năm 2005 ước tính tăng 7,63% so với cùng kỳ năm trước, trong đó quí I tăng 7,31% (cao hơn mức tăng 7,23% ước tính vào cuối tháng 3/2005) và quí II ước tính tăng 7,87%.',
    [{ st: 'estimate', ch: [`rate 7.63 ${SPLY}`], p: '2005-H1' }, r('7.31'), { st: 'estimate', ch: ['rate 7.87 *'] }],
  ],
  [
    GOPFP_2005,
    'Khu vực nông, lâm nghiệp và thuỷ sản tăng 4,23%, khu vực công nghiệp, xây dựng tăng 9,5%, khu vực dịch vụ tăng 7,6%.',
    [r('4.23'), r('9.5'), r('7.6')],
  ],
  [
    GOPFP_2005,
    'Khu vực dịch vụ tăng trưởng 7,6%,  trong đó một số ngành dịch vụ có tỷ trọng lớn đều có mức tăng trưởng cao như thương nghiệp tăng 7,6%; vận tải, bưu điện, du lịch tăng 7,7% (cùng kỳ năm trước tăng 7,3%); tài chính, ngân hàng, bảo hiểm tăng 8,5% (cùng kỳ năm trước tăng 7,5%), đặc biệt là khách sạn, nhà hàng tăng 15% (cùng kỳ năm trước tăng 5,9%).',
    [r('7.6'), r('7.6'), r('7.7'), r('8.5'), r('15')],
  ],
  [
    MPI_2022,
    '- Tổng sản phẩm trong nước (GDP): GDP quý IV/2022 ước tính tăng 5,92% so với cùng kỳ năm trước, tuy cao hơn tốc độ tăng 4,7% và 5,17% của cùng kỳ năm 2020 và 2021 nhưng thấp hơn tốc độ tăng của quý IV các năm 2011-2019.',
    [{ st: 'estimate', ch: [`rate 5.92 ${SPLY}`], p: '2022-Q4' }],
  ],
  [
    MPI_2022,
    'Ước tính GDP năm 2022 tăng 8,02% so với năm trước, đạt mức tăng cao nhất trong giai đoạn 2011-2022 do nền kinh tế khôi phục trở lại.',
    [{ st: 'estimate', ch: ['rate 8.02 *'], p: '2022' }],
  ],
  [
    MPI_2022,
    'Trong mức tăng của tổng giá trị tăng thêm toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 3,36%, đóng góp 5,11%; khu vực công nghiệp và xây dựng tăng 7,78%, đóng góp 38,24%; khu vực dịch vụ tăng 9,99%, đóng góp 56,65%.',
    [r('3.36'), r('7.78'), r('9.99')],
  ],
  [
    MPI_2022,
    'Tính chung cả năm 2022, giá trị tăng thêm ngành công nghiệp tăng 7,69% so với năm trước, trong đó công nghiệp chế biến, chế tạo tăng 8,10%.',
    [{ ch: ['rate 7.69 *'], p: '2022' }, r('8.1')],
  ],
  [
    SGGP_9M,
    'Sáng 29-9, Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) quý 3 ước tăng 5,33% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 5.33 ${SPLY}`] }],
  ],
  [
    SGGP_9M,
    'Tính chung 9 tháng năm 2023, GDP tăng 4,24% so với cùng kỳ năm trước.',
    [{ ch: [`rate 4.24 ${SPLY}`], p: '2023-YTD-09' }],
  ],
  [
    SGGP_9M,
    'Trong mức tăng tổng giá trị tăng thêm của toàn nền kinh tế 9 tháng năm 2023, khu vực nông, lâm nghiệp và thủy sản tăng 3,43%; khu vực công nghiệp và xây dựng tăng 2,41%; trong đó đáng lưu ý là công nghiệp chế biến, chế tạo tăng 1,98%, là mức tăng thấp nhất của cùng kỳ các năm trong giai đoạn 2011-2023.',
    [r('3.43'), r('2.41'), r('1.98')],
  ],
  [
    SGGP_9M,
    'Khu vực dịch vụ tăng 6,32%, trong đó một số ngành dịch vụ thị trường tăng cao như: bán buôn và bán lẻ tăng 8,04% so với cùng kỳ năm trước; ngành vận tải, kho bãi tăng 8,66%; hoạt động tài chính, ngân hàng và bảo hiểm tăng 6,91%; dịch vụ lưu trú và ăn uống tăng 13,17%.',
    [r('6.32'), { ch: [`rate 8.04 ${SPLY}`] }, r('8.66'), r('6.91'), r('13.17')],
  ],
  [
    SGGP_9M,
    'Mặc dù kết quả này chỉ cao hơn tốc độ tăng của cùng kỳ các năm 2020 và 2021 trong suốt giai đoạn 2011-2023, nhưng xu hướng được coi là vẫn tích cực (tăng dần qua các quý).',
    [],
  ],
  [
    SGGP_9M,
    'Cũng theo cơ quan thống kê quốc gia, thu ngân sách nhà nước 9 tháng ước giảm 8,3% so với cùng kỳ năm trước, trong khi chi ước tăng 14,1%.',
    [
      { st: 'estimate', ch: [`rate -8.3 ${SPLY}`] },
      { st: 'estimate', ch: ['rate 14.1 *'] },
    ],
  ],
  [SGGP_9M, 'Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 1,08% so với tháng trước.', [{ ch: [`rate 1.08 ${PREV}`] }]],
  [
    SGGP_9M,
    'So với tháng 12-2022, CPI tháng 9 tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%.',
    [{ ch: ['rate 3.12 2022-12', `rate 3.66 ${SPLY}`] }],
  ],
  [SGGP_9M, 'CPI bình quân quý 3 tăng 2,89% so với quý 3-2022.', [{ ch: ['rate 2.89 2022-Q3'] }]],
  [
    SGGP_9M,
    'Tính chung 9 tháng năm nay, CPI tăng 3,16% so với cùng kỳ năm trước; lạm phát cơ bản tăng 4,49%.',
    [{ ch: [`rate 3.16 ${SPLY}`] }, r('4.49')],
  ],
  [
    TCTC_7M,
    'Sản xuất công nghiệp tháng 7 khởi sắc hơn tháng trước, ước tính chỉ số sản xuất công nghiệp trong tháng tăng 3,9% so với tháng trước và tăng 3,7% so với cùng kỳ năm 2022.',
    [{ st: 'estimate', ch: [`rate 3.9 ${PREV}`, 'rate 3.7 *'] }],
  ],
  [
    TCTC_7M,
    'Tính chung 7 tháng năm 2023, chỉ số sản xuất toàn ngành công nghiệp ước tính giảm 0,7% so với cùng kỳ năm ngoái.',
    [{ st: 'estimate', ch: [`rate -0.7 ${SPLY}`], p: '2023-YTD-07' }],
  ],
  [
    TIENPHONG_8M,
    'Cụ thể, chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 8 ước tính tăng 2,9% so với tháng trước và tăng 2,6% so với cùng kỳ năm trước.',
    [{ st: 'estimate', ch: [`rate 2.9 ${PREV}`, `rate 2.6 ${SPLY}`] }],
  ],
  [
    TIENPHONG_8M,
    'Tính chung 8 tháng, IIP toàn ngành công nghiệp vẫn giảm 0,4% so với cùng kỳ năm trước.',
    [{ ch: [`rate -0.4 ${SPLY}`] }],
  ],
  [TIENPHONG_8M, 'Xuất khẩu hàng hóa tháng 8 tăng 7,7% so với tháng trước.', [{ ch: [`rate 7.7 ${PREV}`] }]],
  [
    TIENPHONG_8M,
    'Tính chung 8 tháng, tổng kim ngạch xuất, nhập khẩu hàng hóa đạt 435,23 tỷ USD.',
    [{ v: '435230000000', u: 'USD' }],
  ],
  [
    TIENPHONG_8M,
    'Cán cân thương mại hàng hóa 8 tháng năm 2023 ước tính xuất siêu 20,19 tỷ USD.',
    [{ v: '20190000000', u: 'USD', st: 'estimate', p: '2023-YTD-08' }],
  ],
  [
    TIENPHONG_8M,
    'Mỹ là thị trường xuất khẩu lớn nhất của Việt Nam (kim ngạch 62,3 tỷ USD), Trung Quốc là thị trường nhập khẩu lớn nhất (kim ngạch 68,1 tỷ USD).',
    [
      { v: '62300000000', u: 'USD' },
      { v: '68100000000', u: 'USD' },
    ],
  ],
  [TIENPHONG_8M, 'Doanh thu du lịch lữ hành tháng 8 tăng 47% so với cùng kỳ năm trước.', [{ ch: [`rate 47 ${SPLY}`] }]],
  [
    TIENPHONG_8M,
    'Tính từ đầu năm, doanh thu cả nước ước đạt 22,4 nghìn tỷ đồng.',
    [{ v: '22400000000000', u: 'VND', st: 'estimate' }],
  ],
  [
    TIENPHONG_8M,
    'Việt Nam đã đón gần 8 triệu lượt khách quốc tế, hoàn thành 98% mục tiêu cả năm.',
    [{ v: '8000000', a: 'under', c: '98' }],
  ],
  [
    TIENPHONG_8M,
    'Tháng 8, vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước ước đạt 61.300 tỷ đồng, tăng hơn 29% so với cùng kỳ năm trước.',
    [{ v: '61300000000000', u: 'VND', st: 'estimate', ch: [`rate 29 ${SPLY}`] }],
  ],
  [
    KTMT,
    'Theo Tổng cục Thống kê, 6 tháng đầu năm 2021, tốc độ tăng trưởng GDP của nước ta chỉ đạt 5,64%, thấp hơn mục tiêu đề ra.',
    [{ ch: ['rate 5.64 *'], p: '2021-H1' }],
  ],
  [
    GSO_DN_2019,
    'Năm 2019, cả nước có 138.139 DN thành lập mới, tăng 5,2% so với năm 2018.',
    [{ v: '138139', ch: ['rate 5.2 2018'], p: '2019' }],
  ],
  [
    GSO_DN_2019,
    'Theo khu vực kinh tế: Khu vực dịch vụ có số DN thành lập mới năm 2019 nhiều nhất với 99.548 DN, tăng 5,1% so với năm 2018; khu vực công nghiệp và xây dựng có 36.562 DN, tăng 5,3%; khu vực nông, lâm nghiệp và thủy sản có 2.029 DN, tăng 9,9%.',
    [
      { v: '99548', ch: ['rate 5.1 2018'] },
      { v: '36562', ch: ['rate 5.3 *'] },
      { v: '2029', ch: ['rate 9.9 *'] },
    ],
  ],
  [
    GSO_DN_2019,
    'Theo địa phương: Có 30/63 địa phương có tốc độ tăng số DN thành lập mới năm 2019 so với năm 2018 cao hơn tốc độ tăng bình quân chung của cả nước, trong đó một số địa phương tập trung nhiều DN của cả nước có số DN thành lập mới năm 2019 tăng so với năm 2018: Bắc Ninh tăng 17,8%; Bình Dương tăng 11,6%; Hà Nội tăng 9,8%; Đồng Nai tăng 7,6%; Đà Nẵng tăng 6,0%.',
    [r('17.8'), r('11.6'), r('9.8'), r('7.6'), r('6')],
  ],
  [
    LAMDONG_2013,
    '- Sản xuất vụ Hè thu: đến nay cơ bản kết thúc khâu xuống giống cây trồng các loại; tng diện tích gieo trồng ước 40.831 ha, giảm 1,6% (-673 ha) so cùng kỳ.',
    [{ v: '40831', u: 'ha', st: 'estimate', ch: [`rate -1.6 ${SPLY}`] }],
  ],
  [
    LAMDONG_2013,
    'Trong đó, lúa 6.194 ha, giảm 0,95% (-59 ha); ngô 10.724,7 ha, giảm 9,3% (-1.093 ha); rau các loại 17.405 ha, tăng 2,6% (+443 ha); hoa các loại 2.378 ha, tăng 14,8% (+306 ha).',
    [
      { v: '6194', u: 'ha', ch: ['rate -0.95 *'] },
      { v: '10724.7', u: 'ha', ch: ['rate -9.3 *'] },
      { v: '17405', u: 'ha', ch: ['rate 2.6 *'] },
      { v: '2378', u: 'ha', ch: ['rate 14.8 *'] },
    ],
  ],
  [
    LAMDONG_2013,
    'Tính đến ngày 10/8/2013, đã thực hiện thu hoạch vụ Hè thu trên diện tích 19.396 ha cây hàng năm các loại, đạt 47,5% diện tích gieo trồng.',
    [{ v: '19396', u: 'ha' }],
  ],
  [
    QUANGNAM_2016,
    'Năm 2016 là năm đầu tiên triển khai thực hiện kế hoạch phát triển kinh tế xã hội 5 năm 2016-2021.',
    [],
  ],
  [
    QUANGNAM_2016,
    'UBND tỉnh đã cụ thể hóa các Nghị quyết của Chính phủ, của Tỉnh ủy và của HĐND tỉnh về nhiệm vụ phát triển kinh tế-xã hội phù hợp với tình hình thực tiễn của tỉnh và đã đạt được những kết quả quan trọng trên các lĩnh vực chủ yếu.',
    [],
  ],
  [
    VUSTA,
    'Tình hình kinh tế - xã hội quý I/2022 của tỉnh đã có những dấu hiệu khả quan hơn so với cùng kỳ năm 2021.',
    [],
  ],
  [
    BAONGHEAN,
    'Dự kiến đến cuối năm thu ngân sách đạt hơn 18.000 tỷ đồng, vượt 28,6% dự toán.',
    [{ v: '18000000000000', u: 'VND', a: 'over', c: '128.6' }],
  ],
  [
    BAONGHEAN,
    'Xuất khẩu là điểm sáng, ước cả năm 2021 kim ngạch xuất khẩu hơn 2 tỷ USD, vượt xa so với mục tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đến năm 2025 là 1,765 tỷ USD.',
    [
      { v: '2000000000', u: 'USD', a: 'over', st: 'estimate', p: '2021' },
      { k: 'target', v: '1765000000', u: 'USD', p: '2025' },
    ],
  ],
  [
    BAONGHEAN,
    'Thu hút đầu tư có nhiều khởi sắc, tính đến 15/12/2021, đã cấp mới cho 115 dự án, điều chỉnh 147 lượt dự án, tổng số vốn đầu tư cấp mới và tăng thêm là hơn 39.300 tỷ đồng, tăng 41,97% về số lượng dự án và gấp 3,16 lần về tổng mức đầu tư so với cùng kỳ năm 2020.',
    [
      { v: '115', u: 'project', ch: ['rate 41.97 *'] },
      { v: '147' },
      { v: '39300000000000', u: 'VND', a: 'over', ch: ['times 3.16 *'] },
    ],
  ],
  [
    DONGNAI_10_2022,
    'Dự ước chỉ số sản xuất công nghiệp tháng 10/2022 tăng 1,34% so với tháng trước, trong đó ngành khai khoáng tăng 1,75%;Công nghiệp chế biến, chế tạotăng1,36%; sản xuấtvà phân phối điện, khí đốt, nước nóng, hơi nướctăng1,06%;cung cấp nước, hoạt động quản lý và xử lý rác thải, nướctăng0,42%.',
    [{ st: 'estimate', ch: [`rate 1.34 ${PREV}`], p: '2022-10' }, r('1.75'), r('1.36'), r('1.06'), r('0.42')],
  ],
  [
    CAND_7M,
    'Ngay cả các doanh nghiệp có vốn đầu tư nước ngoài (không kể dầu thô) cũng chỉ ước đạt kim ngạch 5,25 tỷ USD, giảm 4,1% so với tháng 6.',
    [{ v: '5250000000', u: 'USD', st: 'estimate', ch: ['rate -4.1 *'] }],
  ],
  [
    CAND_7M,
    'Tính chung 7 tháng, kim ngạch xuất khẩu nước ta ước đạt hơn 62,93 tỷ USD, tăng 19% so với cùng kỳ; trong đó, xuất khẩu của doanh nghiệp có vốn đầu tư nước ngoài (không kể dầu thô) ước đạt 34,3 tỷ USD, chiếm 54,5%.',
    [
      { v: '62930000000', u: 'USD', a: 'over', st: 'estimate', ch: [`rate 19 ${SPLY}`] },
      { v: '34300000000', u: 'USD', st: 'estimate' },
    ],
  ],
  [
    DNLOGIS,
    'Theo số liệu sơ bộ của Tổng cục Hải quan tổng kim ngạch xuất nhập khẩu hàng hóa tháng 7/2017 đạt  35,08 tỷ USD, giảm 2,2% so với tháng trước.',
    [{ v: '35080000000', u: 'USD', ch: [`rate -2.2 ${PREV}`], p: '2017-07' }],
  ],
  [
    DNLOGIS,
    'Qua đó đưa kim ngạch xuất nhập khẩu hàng hóa 7 tháng đầu năm 2017 đạt 233,13 tỷ USD, tăng 21,1% so với cùng kỳ năm trước.',
    [{ v: '233130000000', u: 'USD', ch: [`rate 21.1 ${SPLY}`], p: '2017-YTD-07' }],
  ],
  [
    DNLOGIS,
    'Trong đó, xuất khẩu trong tháng 7/2017 đạt 17,67 tỷ USD, giảm 0,7% so với tháng 6/2017 và kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD, tăng 18,8% so với cùng kỳ năm trước.',
    [
      { v: '17670000000', u: 'USD', ch: ['rate -0.7 2017-06'], p: '2017-07' },
      { v: '115300000000', u: 'USD', ch: [`rate 18.8 ${SPLY}`], p: '2017-YTD-07' },
    ],
  ],
  [
    DNLOGIS,
    'Nhập khẩu trong tháng 7/2017 đạt hơn 17,4 tỷ USD, giảm 3,8% so với tháng trước, qua đó đưa kim ngạch nhập khẩu 7 tháng/2017 đạt 117,83 tỷ USD, tăng 23,6% so với cùng kỳ năm 2016.',
    [
      { v: '17400000000', u: 'USD', a: 'over', ch: [`rate -3.8 ${PREV}`], p: '2017-07' },
      { v: '117830000000', u: 'USD', ch: ['rate 23.6 *'], p: '2017-YTD-07' },
    ],
  ],
  [
    DNLOGIS,
    'Qua đó, đưa kim ngạch xuất nhập khẩu của khối doanh nghiệp FDI trong 7 tháng/2017 đạt gần 151,98  tỷ USD, tăng 23,1%, tương ứng tăng 28,55 tỷ USD, so với cùng kỳ năm trước.',
    [{ v: '151980000000', u: 'USD', a: 'under', ch: ['rate 23.1 *'], p: '2017-YTD-07' }],
  ],
  [
    DNLOGIS,
    '- Xuất khẩu của khối doanh nghiệp FDI trong tháng 7/2017 đạt hơn 12,15 tỷ USD, giảm 1,6% so với tháng trước và 7 tháng/2017 đạt  81,09 tỷ USD, tăng 19,8%, tương ứng tăng hơn 13,38 tỷ USD so với cùng kỳ năm trước;',
    [
      { v: '12150000000', u: 'USD', a: 'over', ch: [`rate -1.6 ${PREV}`], p: '2017-07' },
      { v: '81090000000', u: 'USD', ch: ['rate 19.8 *'], p: '2017-YTD-07' },
    ],
  ],
  [
    VIETNAMNET_2025,
    'Số liệu thống kê từ Cục Hải quan, tháng 7 vừa qua, xuất khẩu hàng hóa của nước ta đạt 42,29 tỷ USD, tăng 7% (tăng 2,76 tỷ USD) so với tháng cùng kỳ năm 2024.',
    [{ v: '42290000000', u: 'USD', ch: ['rate 7 *'] }],
  ],
  [
    VIETNAMNET_2025,
    'Lũy kế 7 tháng năm 2025, kim ngạch xuất khẩu đạt 262,46 tỷ USD, tăng 14,8% (tăng 33,92 tỷ USD) so với cùng kỳ năm ngoái.',
    [{ v: '262460000000', u: 'USD', ch: [`rate 14.8 ${SPLY}`], p: '2025-YTD-07' }],
  ],
  [
    VIETNAMNET_2025,
    'Tính chung 7 tháng năm 2025, TPHCM, Bắc Ninh, Hải Phòng, Đồng Nai và Phú Thọ là 5 địa phương có kim ngạch xuất khẩu cao nhất cả nước, đạt 165,66 tỷ USD, chiếm 63% tổng kim ngạch xuất khẩu của cả nước.',
    [{ v: '165660000000', u: 'USD', p: '2025-YTD-07' }],
  ],
  [
    VIETNAMNET_2025,
    'TPHCM sau một thời gian dài đứng vị trí số 1, tháng 7 vừa qua kim ngạch xuất khẩu bất ngờ rơi xuống vị trí thứ 2 khi đạt 7,81 tỷ USD, thấp hơn Bắc Ninh khoảng 870 triệu USD.',
    [{ v: '7810000000', u: 'USD' }],
  ],
  [
    VIETNAMNET_2025,
    'Ngoài Bắc Ninh và TPHCM, trong top 5 tỉnh, thành phố có kim ngạch xuất khẩu cao nhất cả nước, tháng 7/2025 còn có Hải Phòng với 4,15 tỷ USD, Phú Thọ 3,22 tỷ USD và Đồng Nai 3,18 tỷ USD.',
    [
      { v: '4150000000', u: 'USD' },
      { v: '3220000000', u: 'USD' },
      { v: '3180000000', u: 'USD' },
    ],
  ],
  [
    VIETNAMNET_2025,
    'Trong đó, TPHCM dù kim ngạch xuất khẩu chỉ xếp thứ 2 trong tháng 7 nhưng 7 tháng năm 2025 vẫn đứng số 1 với 53,08 tỷ USD.',
    [{ v: '53080000000', u: 'USD', p: '2025-YTD-07' }],
  ],
  [
    BRVT_XK_2022,
    'Tin từ Sở Công thương cho biết, tháng 7/2022 tổng kim ngạch xuất khẩu toàn tỉnh đạt gần 721 triệu USD, tăng gần 42% so với cùng kỳ năm 2021, đưa tổng kim ngạch xuất khẩu toàn tỉnh 7 tháng qua đạt hơn 4,78 tỷ USD, tăng 14,36%.',
    [
      { v: '721000000', u: 'USD', a: 'under', ch: ['rate 42 *'], p: '2022-07' },
      { v: '4780000000', u: 'USD', a: 'over', ch: ['rate 14.36 *'] },
    ],
  ],
  [
    BRVT_XK_2022,
    'Trong đó, kim ngạch xuất khẩu (trừ dầu thô) 7 tháng đạt hơn 3,26 tỷ USD, tăng gần 12%, vượt tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2022 là 8,42%.',
    [
      { v: '3260000000', u: 'USD', a: 'over', ch: ['rate 12 *'] },
      { k: 'target', ch: ['rate 8.42 *'] },
    ],
  ],
  [
    BRVT_XK_2022,
    'Theo đánh giá của Sở Công thương, kim ngạch xuất khẩu tăng trong 7 tháng qua là do nhu cầu xuất khẩu hàng hóa sang thị trường các nước đều tăng.',
    [],
  ],
  [
    BRVT_XK_2022,
    'Trong các nhóm hàng xuất khẩu, nhóm hàng CN-TTCN vẫn là nhóm hàng xuất khẩu chính của tỉnh với kim ngạch xuất khẩu trừ dầu thô, thực hiện đạt hơn 3,13 tỷ USD, tăng 12,23% so với cùng kỳ; nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%; nhóm nông lâm sản chiếm tỷ trọng 0,16%, đạt 5,32 triệu USD, tăng 58,24%.',
    [
      { v: '3130000000', u: 'USD', a: 'over', ch: [`rate 12.23 ${SPLY}`] },
      { v: '118900000', u: 'USD', ch: ['rate 0.91 *'] },
      { v: '5320000', u: 'USD', ch: ['rate 58.24 *'] },
    ],
  ],
  [
    CAND_DETMAY,
    'Đến ngày 15-8, tổng kim ngạch xuất khẩu điện thoại và linh kiện đạt 30,33 tỷ USD, tăng 6,2% so với cùng kỳ năm ngoái.',
    [{ v: '30330000000', u: 'USD', ch: [`rate 6.2 ${SPLY}`] }],
  ],
  [
    CAND_DETMAY,
    'Hoa Kỳ tiếp tục là thị trường nhập khẩu hàng dệt may lớn nhất từ Việt Nam với trị giá đạt 8,49 tỷ USD, tăng 10,1% so với cùng kỳ năm trước, và chiếm 46,1% tổng kim ngạch xuất khẩu hàng dệt may của cả nước.',
    [{ v: '8490000000', u: 'USD', ch: [`rate 10.1 ${SPLY}`] }],
  ],
  [
    VNECONOMY_DT,
    'Theo số liệu từ Cục Hải quan, trong tháng 7/2025, kim ngạch xuất khẩu hàng hóa của Việt Nam đạt 42,29 tỷ USD, tăng 7% (tương ứng 2,76 tỷ USD) so với tháng trước và lập kỷ lục cao nhất từ trước đến nay.',
    [{ v: '42290000000', u: 'USD', ch: [`rate 7 ${PREV}`], p: '2025-07' }],
  ],
  [
    VNECONOMY_DT,
    'Còn tính chung 7 tháng đầu năm 2025, tổng kim ngạch xuất khẩu hàng hóa của cả nước đạt 262,46 tỷ USD, tăng 14,8% so với cùng kỳ năm trước.',
    [{ v: '262460000000', u: 'USD', ch: [`rate 14.8 ${SPLY}`], p: '2025-YTD-07' }],
  ],
  [
    VNECONOMY_DT,
    'Cục Hải quan cho biết xuất khẩu nhóm hàng này, trong 7 tháng, chủ yếu sang các thị trường như Hoa Kỳ đạt 22,24 tỷ USD, tăng 67,8% so với cùng kỳ năm trước; Trung Quốc đạt 9,53 tỷ USD, tăng 37%; Hồng Kông là 5,73 tỷ USD, tăng 25,2%; EU(27 nước) với 5,47 tỷ USD, tăng 7,8% so với cùng kỳ năm trước.',
    [
      { v: '22240000000', u: 'USD', ch: [`rate 67.8 ${SPLY}`] },
      { v: '9530000000', u: 'USD', ch: ['rate 37 *'] },
      { v: '5730000000', u: 'USD', ch: ['rate 25.2 *'] },
      { v: '5470000000', u: 'USD', ch: [`rate 7.8 ${SPLY}`] },
    ],
  ],
  [
    VNECONOMY_DT,
    'Xuất khẩu nhóm hàng điện thoại các loại và linh kiện trong tháng 7 đạt 5,57 tỷ USD, tăng 24% so với tháng trước.',
    [{ v: '5570000000', u: 'USD', ch: [`rate 24 ${PREV}`] }],
  ],
  [
    VIETNAMBIZ,
    'Tính đến 23/10, giải ngân vốn đầu tư công đạt 464.828 tỷ đồng, tương đương 51,7% kế hoạch.',
    [{ v: '464828000000000', u: 'VND', c: '51.7' }],
  ],
  [
    VTV_GN,
    'VTV.vn - Bộ Tài chính cho biết có 7 Bộ và 12 địa phương có tỷ lệ giải ngân vốn đầu tư công đạt trên 45%; 27 Bộ và 3 địa phương có tỷ lệ giải ngân dưới 20%.',
    [],
  ],
  [DNKTX, 'Một số địa phương có tỷ lệ giải ngân dưới 20% như Thành phố Hồ Chí Minh, Phú Yên, Bắc Ninh…', []],
  [
    BINHTHUAN_NQ25,
    'Chính phủ vừa ban hành Nghị quyết số 25/NQ-CP ngày 05/02/2025 về mục tiêu tăng trưởng các ngành, lĩnh vực và địa phương bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên.',
    [{ k: 'target', ch: ['rate 8 *'], p: '2025' }],
  ],
  [
    DANVIET,
    'Thủ tướng Phạm Minh Chính nhấn mạnh năm 2025 phải ưu tiên cho tăng trưởng, phấn đấu tăng trưởng GDP đạt khoảng 8%, hoàn thành ít nhất 3.000 km đường bộ cao tốc.',
    [
      { k: 'target', ch: ['rate 8 *'], p: '2025' },
      { k: 'target', v: '3000', u: 'km', a: 'over' },
    ],
  ],
  [
    TRADINGKEY,
    'Hà Nội và TP HCM, hai đầu tàu kinh tế của cả nước, được giao chỉ tiêu tăng trưởng lần lượt là 8% và 8,5%, cao hơn so với năm trước.',
    [
      { k: 'target', ch: ['rate 8 *'] },
      { k: 'target', ch: ['rate 8.5 *'] },
    ],
  ],
  [
    TRADINGKEY,
    'Bộ Công Thương sẽ chịu trách nhiệm với chỉ tiêu tăng trưởng kim ngạch xuất khẩu hàng hóa 12% và thặng dư thương mại 30 tỷ USD.',
    [
      { k: 'target', ch: ['rate 12 *'] },
      { k: 'target', v: '30000000000', u: 'USD' },
    ],
  ],
  [
    TRADINGKEY,
    'Ngành du lịch đặt mục tiêu thu hút từ 22-23 triệu lượt khách quốc tế và 120-130 triệu lượt khách nội địa, do Bộ Văn hóa Thể thao và Du lịch phụ trách, nhằm khuyến khích tiêu dùng nội địa - một động lực quan trọng cho tăng trưởng kinh tế.',
    [],
  ],
  [
    BAOHOABINH,
    'Hầu hết các chỉ tiêu mà Chính phủ giao cho các bộ ngành đều cao hơn so với kết quả thực hiện năm 2024 như: Tỷ trọng chi thường xuyên/tổng chi ngân sách nhà nước dưới 60%, Chỉ số sản xuất công nghiệp đạt 9,5%, Khách du lịch quốc tế đạt 22-23 triệu lượt khách.',
    [{ k: 'target', ch: ['rate 9.5 *'] }],
  ],
  [
    BINHPHUOC_2025,
    'Chỉ tiêu tăng trưởng GRDP của các địa phương năm 2025 tối thiểu ở mức 8-10%, nhất là Thành phố Hà Nội, TPHCM, các địa phương tiềm năng, thành phố lớn là đầu tàu, cực tăng trưởng cần phấn đấu mức tăng trưởng cao hơn bình quân chung cả nước để phát huy vai trò mạnh mẽ hơn nữa trong năm 2025.',
    [],
  ],
  [
    BRVT_TT_2023,
    'Theo báo cáo, năm 2023 tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%); tổng diện tích gieo trồng 110.996,3ha (đạt 102,2% so với kế hoạch, tăng 793,4ha so với cùng kỳ).',
    [
      { st: 'estimate', ch: ['rate 3.89 *'], p: '2023' },
      { v: '110996.3', u: 'ha', c: '102.2' },
    ],
  ],
  [
    BRVT_TT_2023,
    'Trong đó, diện tích gieo trồng lúa 24.442,3ha (đạt 98,4% so kế hoạch), năng suất bình quân 59,6 tạ/ha; sản lượng đạt hơn 145.723 tấn (tăng 7.844 tấn so với cùng kỳ); còn lại là diện tích gieo trồng các loại cây ngắn ngày khác, cây dài ngày (tiêu, điều, cao su, cà phê) và cây ăn quả…',
    [{ v: '24442.3', u: 'ha', c: '98.4' }, { v: '59.6' }, { v: '145723', u: 'tonne', a: 'over' }],
  ],
  [
    BRVT_TT_2023,
    'Vụ Đông - Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha.',
    [{ k: 'target', v: '11397.2', u: 'ha' }],
  ],
  [
    BRVT_TT_2023,
    'Thời gian gieo vụ Đông - Xuân sớm dự kiến từ ngày 1 đến 20/11; Đông - Xuân chính vụ dự kiến từ ngày 21 đến 31/12.',
    [],
  ],
  [
    BAOHATINH,
    'Năm 2022, tổng giá trị sản xuất nông, lâm, thủy sản (theo giá so sánh) toàn tỉnh ước đạt trên 13.828 tỷ đồng, tăng khoảng 2,5% so với 2021; giá trị sản xuất nông nghiệp trên đơn vị diện tích ước đạt trên 96 triệu đồng/ha; tổng sản lượng lương thực đạt trên 61,8 vạn tấn; tỷ trọng chăn nuôi chiếm trên 53% giá trị sản xuất nông nghiệp…',
    [
      { v: '13828000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 2.5 2021'], p: '2022' },
      { v: '96000000', a: 'over', st: 'estimate' },
      { v: '618000', u: 'tonne', a: 'over' },
    ],
  ],
  [
    BAOHATINH,
    'Tổng sản lượng thủy sản ước đạt trên 55.000 tấn…',
    [{ v: '55000', u: 'tonne', a: 'over', st: 'estimate' }],
  ],
  [
    NAMDINH_2019,
    'Theo đó, vụ mùa năm 2019, toàn tỉnh đã gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,24%) so với vụ mùa năm 2018.',
    [{ v: '73467', u: 'ha', ch: ['rate -2.24 *'] }],
  ],
  [
    NAMDINH_2019,
    'Tổng diện tích trồng lúa cả năm của toàn tỉnh là 146.919ha, giảm 2.170ha (bằng 1,46%) so với cả năm 2018.',
    [{ v: '146919', u: 'ha', ch: ['rate -1.46 2018'] }],
  ],
  [
    NAMDINH_2019,
    'Năng suất lúa vụ mùa năm 2019 bình quân toàn tỉnh đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018; năng suất lúa cả năm đạt 60,45 tạ/ha, tăng 1,14% (0,68 tạ/ha) so với năm 2018.',
    [
      { v: '51.5', ch: ['rate 2.63 *'] },
      { v: '60.45', ch: ['rate 1.14 2018'] },
    ],
  ],
  [
    NAMDINH_2019,
    'Sản lượng thóc vụ mùa năm 2019 đạt 378.366 tấn, tăng 0,32% (1.216 tấn) so với vụ mùa năm 2018; sản lượng lương thực vụ mùa đạt 383.538 tấn, giảm 0,04% (151 tấn) so với vụ mùa năm 2018.',
    [
      { v: '378366', u: 'tonne', ch: ['rate 0.32 *'] },
      { v: '383538', u: 'tonne', ch: ['rate -0.04 *'] },
    ],
  ],
  [
    NAMDINH_2019,
    'Cả năm, tổng sản lượng lương thực có hạt toàn tỉnh là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018; trong đó thóc là 888.132 tấn, giảm 0,34% (3.042 tấn); ngô là 17.724 tấn, giảm 10,74% (2.133 tấn); kê là 11 tấn, giảm 65 tấn.',
    [
      { v: '905867', u: 'tonne', ch: ['rate -0.58 2018'] },
      { v: '888132', u: 'tonne', ch: ['rate -0.34 *'] },
      { v: '17724', u: 'tonne', ch: ['rate -10.74 *'] },
      { v: '11', u: 'tonne' },
    ],
  ],
  [NAMDINH_2019, 'Lương thực bình quân đầu người của tỉnh đạt 509 kg/người./.', [{ v: '509' }]],
  [
    KHANHHOA_2017,
    'Đến nay, toàn tỉnh đã gieo trồng được 19.133,5ha lúa hè thu, tăng 41,24% so với vụ trước.',
    [{ v: '19133.5', u: 'ha', ch: ['rate 41.24 *'] }],
  ],
  [
    KHANHHOA_2017,
    'Tổng diện tích gieo trồng cây hàng năm từ đầu vụ đông xuân 2016 - 2017 đến nay được 72.700ha, bằng 91,1% kế hoạch năm, trong đó cây lương thực xấp xỉ 44.000ha; cây chất bột có củ 5.233ha; cây thực phẩm 4.247ha...',
    [
      { v: '72700', u: 'ha', c: '91.1' },
      { v: '44000', u: 'ha', a: 'about' },
      { v: '5233', u: 'ha' },
      { v: '4247', u: 'ha' },
    ],
  ],
  [KHANHHOA_2017, 'So với cùng kỳ năm trước, tổng diện tích gieo trồng tăng 6,34%.', [{ ch: [`rate 6.34 ${SPLY}`] }]],
  [
    KHANHHOA_2017,
    'Trong đó, cây lương thực tăng 13,75%; cây thực phẩm giảm 2,24%; cây chất bột có củ giảm 9,71% (do giảm diện tích trồng mì 10,4%) và cây công nghiệp hàng năm giảm 1,59% (do giảm diện tích mía 1,75%).',
    [r('13.75'), r('-2.24'), r('-9.71'), r('-10.4'), r('-1.59'), r('-1.75')],
  ],
  [
    QUANGBINH_2019,
    'Tổng diện tích gieo trồng thực hiện 54.499 ha, giảm 0,4% so cùng kỳ.',
    [{ v: '54499', u: 'ha', ch: [`rate -0.4 ${SPLY}`] }],
  ],
  [
    QUANGBINH_2019,
    'Sản lượng lương thực vụ Đông Xuân 2019 ước đạt 207 ngàn tấn, giảm 0,2% so vụ Đông Xuân năm trước, trong đó sản lượng thóc 184 nghìn tấn, giảm 0,2%, đạt 107,8% kế hoạch; sản lượng lương thực khác 23 nghìn tấn, tăng 0,3%.',
    [
      { v: '207000', u: 'tonne', st: 'estimate', ch: ['rate -0.2 *'] },
      { v: '184000', u: 'tonne', c: '107.8', ch: ['rate -0.2 *'] },
      { v: '23000', u: 'tonne', ch: ['rate 0.3 *'] },
    ],
  ],
  [
    QUANGBINH_2019,
    'Nhờ thực hiện tốt các khâu chọn giống, làm đất, bón phân từ đầu vụ, đồng thời tích cực chăm sóc, phòng trừ sâu bệnh kịp thời nên vụ Đông Xuân năm nay được mùa, một số cây trồng chủ yếu đạt năng suất gồm: Lúa 62,27 tạ/ha, tăng 0,7%; ngô 58,71 tạ/ha, tăng 1,3% so cùng kỳ; khoai lang 79,36 tạ/ha, tăng 2,1%; khoai sọ đạt 99,44 tạ/ha, tăng 4,7%; dong giềng 51,05 tạ/ha, giảm 1,1%; lạc 23,99 tạ/ha, giảm 0,3%; vừng 6,31 tạ/ha, giảm 0,4%; rau các loại đạt 117,71 tạ/ha, tăng 1,0%; đậu các loại 8,54 tạ/ha, giảm 4,5%; ớt cay 16,26 tạ/ha, giảm 1,1% so với vụ Đông Xuân năm trước.',
    [
      { v: '62.27', ch: ['rate 0.7 *'] },
      { v: '58.71', ch: [`rate 1.3 ${SPLY}`] },
      { v: '79.36', ch: ['rate 2.1 *'] },
      { v: '99.44', ch: ['rate 4.7 *'] },
      { v: '51.05', ch: ['rate -1.1 *'] },
      { v: '23.99', ch: ['rate -0.3 *'] },
      { v: '6.31', ch: ['rate -0.4 *'] },
      { v: '117.71', ch: ['rate 1 *'] },
      { v: '8.54', ch: ['rate -4.5 *'] },
      { v: '16.26', ch: ['rate -1.1 *'] },
    ],
  ],
  [
    PHANBON,
    'Một vụ lúa hè thu được mùa, năng suất bình quân đạt 60 tạ/ha (tăng 1,3 tạ/ha so năm trước) với sản lượng 150.000 tấn.',
    [{ v: '60' }, { v: '150000', u: 'tonne' }],
  ],
  [
    BRVT_NS_2023,
    'Theo Cục Thống kê, tổng thu ngân sách Nhà nước trên địa bàn tỉnh 10 tháng năm 2023 ước tính 77.856 tỷ đồng, đạt 87,9% so với dự toán và bằng 83,2% so với cùng kỳ.',
    [
      {
        v: '77856000000000',
        u: 'VND',
        st: 'estimate',
        c: '87.9',
        ch: [`ratio 83.2 ${SPLY}`],
        p: '2023-YTD-10',
      },
    ],
  ],
  [
    BRVT_NS_2023,
    'Cụ thể, thu dầu thô 27.412 tỷ đồng, ước tăng 14,7% so với dự toán và bằng 72,8% so với cùng kỳ; thu thuế xuất nhập khẩu 18.613 tỷ đồng, ước đạt 85,8% so với dự toán và tăng 5,9% so với cùng kỳ.',
    [
      { v: '27412000000000', u: 'VND', c: '114.7', ch: [`ratio 72.8 ${SPLY}`] },
      { v: '18613000000000', u: 'VND', c: '85.8', ch: [`rate 5.9 ${SPLY}`] },
    ],
  ],
  [
    BRVT_NS_2023,
    'Thu ngân sách địa phương được hưởng (phần thu nội địa) 10 tháng ước 17.363 tỷ đồng, đạt 79,4% so với dự toán và bằng 81,9% so với cùng kỳ.',
    [{ v: '17363000000000', u: 'VND', st: 'estimate', c: '79.4', ch: [`ratio 81.9 ${SPLY}`] }],
  ],
  [
    BRVT_NS_2023,
    'Tổng chi ngân sách địa phương ước 10 tháng 19.460 tỷ đồng, đạt 71,7% so với dự toán và tăng 47,3% so với cùng kỳ, trong đó chi đầu tư phát triển 10.661 tỷ đồng, ước đạt 70% so với dự toán và tăng 70,9% so với cùng kỳ, chi thường xuyên 8.736,6 tỷ đồng, ước đạt 83,9% so với dự toán và tăng 25,4% so với cùng kỳ.',
    [
      { v: '19460000000000', u: 'VND', st: 'estimate', c: '71.7', ch: [`rate 47.3 ${SPLY}`] },
      { v: '10661000000000', u: 'VND', c: '70', ch: [`rate 70.9 ${SPLY}`] },
      { v: '8736600000000', u: 'VND', c: '83.9', ch: [`rate 25.4 ${SPLY}`] },
    ],
  ],
  [
    BRVT_NS_2023,
    'Trong những tháng cuối năm, tỉnh tập trung hỗ trợ các nhà đầu tư đẩy nhanh tiến độ hoàn thành xây dựng, sớm đưa dự án đi vào hoạt động; thực hiện đồng bộ các giải pháp để đẩy mạnh tăng thu ngân sách Nhà nước, chống thất thu, gian lận thương mại, xử lý nợ đọng thuế.',
    [],
  ],
  [
    BRVT_DL_2017,
    '- Tổng lượng khách lưu trú ước khoảng 2,37triệu lượt đạt 89,67% kế hoạch năm, tăng 10,4% so với cùng kỳ.',
    [{ v: '2370000', a: 'about', st: 'estimate', c: '89.67', ch: [`rate 10.4 ${SPLY}`] }],
  ],
  [
    BRVT_DL_2017,
    '- Khách quốc tế lưu trú là 289 ngàn lượt đạt 85,03 % kế hoạch năm  tăng 11,8% so với cùng kỳ.',
    [{ v: '289000', c: '85.03', ch: [`rate 11.8 ${SPLY}`] }],
  ],
  [
    BRVT_DL_2017,
    '- Tổng doanh thu ước đạt 1.496 tỷ đạt 87,38% kế hoạch tăng 9,8% so với cùng kỳ.',
    [{ v: '1496000000000', st: 'estimate', c: '87.38', ch: [`rate 9.8 ${SPLY}`] }],
  ],
  [
    QUANGNAM_DL_2015,
    '(QNO) - Sở VH-TT&DL cho biết, trong tháng 5.2015 tổng lượt khách tham quan và lưu trú trên địa bàn tỉnh ước đạt 349.000 lượt, tăng 11,25% so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; khách trong nước khoảng 139.000 lượt, tăng 17,53%).',
    [
      { v: '349000', st: 'estimate', ch: [`rate 11.25 ${SPLY}`], p: '2015-05' },
      { v: '210000', a: 'about', ch: ['rate 7.45 *'] },
      { v: '139000', a: 'about', ch: ['rate 17.53 *'] },
    ],
  ],
  [
    QUANGNAM_DL_2015,
    'Doanh thu du lịch trong tháng 5.2015 ước đạt 198 tỷ đồng, tăng 28,57% so với cùng kỳ năm trước.',
    [{ v: '198000000000', u: 'VND', st: 'estimate', ch: [`rate 28.57 ${SPLY}`], p: '2015-05' }],
  ],
  [
    GIALAI_DL,
    '(GLO)- Do ảnh hưởng của dịch Covid-19, lượng khách tham quan du lịch trong 9 tháng năm 2020 trên địa bàn tỉnh chỉ đạt trên 436.500 lượt, bằng 45% kế hoạch và bằng 72% so với cùng kỳ năm 2019.',
    [{ v: '436500', a: 'over', c: '45', ch: ['ratio 72 *'], p: '2020-YTD-09' }],
  ],
  [
    GIALAI_DL,
    'Trong đó, khách nội địa là 433.420 lượt, đạt 45,5% so với kế hoạch và bằng 73% so với cùng kỳ năm trước; khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt.',
    [
      { v: '433420', c: '45.5', ch: [`ratio 73 ${SPLY}`] },
      { v: '3000', a: 'over', ch: [`ratio 28 ${SPLY}`] },
    ],
  ],
  [
    GIALAI_DL,
    'Tổng thu du lịch 9 tháng ước 245 tỷ đồng, đạt gần 41% so với kế hoạch và bằng 67% so với cùng kỳ năm trước.',
    [{ v: '245000000000', u: 'VND', st: 'estimate', c: '41', ch: [`ratio 67 ${SPLY}`] }],
  ],
  [
    NINHBINH_DL,
    'Trong tháng 10-2012, du khách đến các điểm du lịch trên địa bàn tỉnh ước đạt gần 139,3 nghìn lượt người, tăng 9,2% so với cùng kỳ năm trước, trong đó số lượt khách quốc tế ước đạt 32,2 nghìn lượt; doanh thu du lịch ước đạt 41,2 tỷ đồng, tăng 10,7%.',
    [
      { v: '139300', u: 'person', a: 'under', st: 'estimate', ch: [`rate 9.2 ${SPLY}`], p: '2012-10' },
      { v: '32200', st: 'estimate' },
      { v: '41200000000', u: 'VND', st: 'estimate', ch: ['rate 10.7 *'] },
    ],
  ],
  [
    BRVT_DL_2022,
    'Đến hết tháng 11, tổng lượt khách du lịch về tỉnh đạt hơn 11,8 triệu lượt, tăng hơn 313% so với cùng kỳ.',
    [{ v: '11800000', a: 'over', ch: [`rate 313 ${SPLY}`] }],
  ],
  [
    BRVT_DL_2022,
    'Trong đó, tổng lượt khách lưu trú hơn 3,5 triệu lượt, tăng 206% so với cùng kỳ.',
    [{ v: '3500000', a: 'over', ch: [`rate 206 ${SPLY}`] }],
  ],
  [
    BRVT_DL_2022,
    'Tổng thu từ khách du lịch 12.129 tỷ đồng, tăng 100% so với cùng kỳ.',
    [{ v: '12129000000000', u: 'VND', ch: [`rate 100 ${SPLY}`] }],
  ],
  [
    QUANGNAM_DL_2014,
    'Theo báo cáo của Sở VH-TT&DL, trong 9 tháng đầu năm 2014, tổng lượt khách tham quan lưu trú trên địa bàn tỉnh ước đạt 3 triệu lượt khách, tăng 7% so với cùng kỳ năm 2013, đạt 84% so với kế hoạch.',
    [{ v: '3000000', st: 'estimate', c: '84', ch: ['rate 7 *'], p: '2014-YTD-09' }],
  ],
  [
    QUANGNAM_DL_2014,
    'Trong đó, khách quốc tế ước đạt 1,6 triệu lượt khách, tăng 9% so với cùng kỳ năm 2013; khách nội địa ước đạt 1,4 triệu lượt khách, tăng 6% so với cùng kỳ năm 2013; khách tham quan ước đạt 2 triệu lượt khách, tăng 6% so với cùng  kỳ năm 2013; khách lưu trú ước đạt 920.000 lượt, tăng 8% so với cùng kỳ năm 2013.',
    [
      { v: '1600000', st: 'estimate', ch: ['rate 9 *'] },
      { v: '1400000', st: 'estimate', ch: ['rate 6 *'] },
      { v: '2000000', st: 'estimate', ch: ['rate 6 *'] },
      { v: '920000', st: 'estimate', ch: ['rate 8 *'] },
    ],
  ],
  [
    QUANGNAM_DL_2014,
    'Doanh thu du lịch 9 tháng đầu năm 2014 ước đạt 1.500 tỷ đồng, tăng 9% so với cùng kỳ năm 2013, đạt gần 80% so với kế hoạch.',
    [{ v: '1500000000000', u: 'VND', st: 'estimate', c: '80', ch: ['rate 9 *'], p: '2014-YTD-09' }],
  ],
  [
    QUANGNAM_DL_2014,
    'Thu nhập xã hội từ du lịch ước đạt 3.500 tỷ đồng.',
    [{ v: '3500000000000', u: 'VND', st: 'estimate' }],
  ],
  [
    TUYENQUANG,
    'TQĐT - Năm 2017, tỉnh ta đón hơn 1,59 triệu lượt khách đến tham quan du lịch, tăng 10,4%; doanh thu du lịch đạt 1.380 tỷ đồng, tăng 11,4% so với năm 2016, đó là những tín hiệu tích cực cho du lịch tỉnh nhà.',
    [
      { v: '1590000', a: 'over', ch: ['rate 10.4 *'], p: '2017' },
      { v: '1380000000000', u: 'VND', ch: ['rate 11.4 2016'] },
    ],
  ],
];

export const VI: readonly RealSentence[] = VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: i % 4 === 3 ? 'unseen' : 'seen',
}));
