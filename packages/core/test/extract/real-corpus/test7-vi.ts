import type { RealFact, RealSentence } from './types';

/**
 * The SEVENTH fresh set (`test7`), Vietnamese part: sentences copied verbatim from Thời báo Tài
 * chính Việt Nam, VnEconomy, and the press of provinces and cities from M to Z (Báo Nghệ An and
 * Nghệ An 24h, Truyền hình Tiền Giang, Phát thanh - Truyền hình Quảng Nam, Báo Quảng Nam, Sài Gòn
 * Giải Phóng of Ho Chi Minh City) and national retail and tourism figures of the General Statistics
 * Office, on Quảng Ninh, Nghệ An, Tiền Giang, Thanh Hóa, Sóc Trăng, Quảng Nam, Hưng Yên and Ho Chi
 * Minh City: GRDP, the State budget, industrial production, retail, trade, tourism, enterprises,
 * agriculture and public investment (2018-2025), from articles that are in none of `vi.ts`,
 * `en.ts`, `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`, `test5-*.ts`. Every figure
 * sentence of the paragraphs read is taken, not only the easy ones. Annotated by hand from the
 * sentence alone, with the conventions of those files: `đạt/bằng X% kế hoạch`/`dự toán`/`so với dự
 * toán`/`kế hoạch năm`, `tương đương X% so với dự toán`, `hoàn thành X% chỉ tiêu` are completions,
 * `hoàn thành đúng dự toán` is 100; `vượt X% so với dự toán`/`so với kế hoạch` is 100 + X (`vượt
 * 25%` 125, `vượt 405%` 505, `vượt 6%` 106). `vượt X% dự toán` without `so với` is used both ways
 * by the press, so those two rows carry what the sources' own figures say: `vượt 132% dự toán Trung
 * ương giao` is 132 (the same paper puts ten months at 69.117 billion, `vượt 25%`, i.e. 125 %),
 * `vượt 143,73% kế hoạch năm` is 243.73 (Hưng Yên closed 2022 at 2.62 times its estimate); an
 * extractor that is not sure should say so. Two completions against two plans are two facts; `gấp
 * 2,3 lần`, `gấp 47,2 lần` are multiples; a total restated in the sentence (`trong tổng mức 370
 * nghìn tỷ đồng`) and a growth `nếu loại trừ yếu tố giá` are their own facts; `so với tháng trước`
 * is the previous period (for every item of the list it closes), `so với tháng 10/2025` is
 * `2025-10`, `so với tháng 8/2023` is `2023-08`, `so với tháng 6` (of July) the previous period,
 * `so với năm 2023` (of 2024) is `2023`; `so với cùng kỳ năm 2022`, `so với cùng kỳ năm 2020`, `so
 * với cùng kỳ năm 2024`, `so với cùng kỳ 2022`, `so với cùng kỳ năm 2019` and a change with no base
 * are `*`; shares (`chiếm tỷ trọng 30,6%`), contributions (`đóng góp 4,04 điểm %`, `đóng góp
 * 1,19%`), absolute changes (`tăng 10 triệu đồng so với năm 2023`), a change of a growth rate (`đạt
 * 7,58%, tăng 2,97% so với cùng kỳ`), thresholds and marks (`lọt top thu ngân sách 50.000 tỷ đồng`,
 * `số thu trên 40.000 tỷ đồng` of three provinces), ranks and counts of communes meeting a standard
 * are not facts; `hơn`/`trên` X is a lower bound, `gần` an upper bound; `ước đạt`/`ước tính`/`ước
 * tăng`/`ước thực hiện` is the stage `estimate`; a plan figure in brackets (`tuy chưa đạt kế hoạch
 * (11%)`) and the plan capital assigned or allocated (`được Thủ tướng Chính phủ giao kế hoạch vốn …
 * là 70.518,1 tỷ đồng`) are targets; the revenue in brackets after its rise (`doanh thu tăng 36% so
 * với cùng kỳ (hơn 1.200 tỷ đồng)`) is the revenue; a period is given when the sentence names it
 * with its year (`quý I/2023` is `2023-Q1`, `6 tháng đầu năm 2021` `2021-H1`, `11 tháng năm 2025`
 * `2025-YTD-11`), for every figure of the sentence that belongs to it. Slips of the source are kept
 * as printed and read as a careful reader would: `47.580 nghìn tỷ đồng` of ten months' revenue is
 * 47,580 billion (the year closed at 51,179 billion), `75,0%` is 75.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const TBTC_124103 =
  'https://thoibaotaichinhvietnam.vn/quang-ninh-quy-i2023-thu-noi-dia-uoc-dat-11270-ty-dong-124103.html';
const TBTC_187952 =
  'https://thoibaotaichinhvietnam.vn/quang-ninh-tong-thu-ngan-sach-nha-nuoc-thang-112025-dat-hon-3800-ty-dong-187952.html';
const THTG_6T_2024 =
  'http://www.thtg.vn/tien-giang-hop-bao-cong-bo-so-lieu-thong-ke-ve-kinh-te-xa-hoi-6-thang-dau-nam/';
const NA24H_707452 = 'https://nghean24h.vn/nghe-an-lot-top-6-ca-nuoc-ve-thu-hut-von-fdi-a707452.html';
const NA24H_734325 =
  'https://nghean24h.vn/trong-9-thang-thu-nsnn-cua-nghe-an-dat-16921-ty-dong-vuot-1064-du-toan-a734325.html';
const BAONGHEAN_290669 =
  'https://baonghean.vn/chu-dong-chinh-sach-tai-khoa-quyet-tam-thuc-hien-thanh-cong-muc-tieu-kep-290669.html';
const VNECONOMY_THANHHOA_2023 = 'https://vneconomy.vn/thanh-hoa-thu-ngan-sach-nam-2023-uoc-dat-hon-40-000-ty.htm';
const SGGP_800906 = 'https://www.sggp.org.vn/nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-so-voi-cung-ky-post800906.html';
const VNECONOMY_HCM_2023 = 'https://vneconomy.vn/tp-hcm-tiep-tuc-on-dinh-kinh-te-vi-mo-kiem-soat-lam-phat.htm';
const TBTC_186426 =
  'https://thoibaotaichinhvietnam.vn/quang-ninh-vuot-thu-ngan-sach-trung-uong-giao-chi-trong-10-thang-nam-2025-186426.html';
const BAOQUANGNAM_135191 =
  'https://baoquangnam.vn/kinh-te/tinh-nao-se-ve-dich-truoc-trong-top-cau-lac-bo-thu-ngan-sach-50000-ty-dong-135191.html';
const VNECONOMY_RETAIL_2018 =
  'http://vneconomy.vn/doanh-thu-luong-thuc-thuc-pham-tang-gan-13-trong-8-thang-qua-20180829114313105.htm';
const TBTC_110277 =
  'https://thoibaotaichinhvietnam.vn/du-lich-soi-dong-buc-tranh-bat-dong-san-nghi-duong-dan-khoi-sac-tro-lai-110277.html';
const QRT_2024 =
  'https://qrt.vn/kinh-te/nam-2024-thu-ngan-sach-nha-nuoc-tren-dia-ban-quang-nam-dat-27-594-ty-dong/?utm_source=rss&utm_medium=rss&utm_campaign=nam-2024-thu-ngan-sach-nha-nuoc-tren-dia-ban-quang-nam-dat-27-594-ty-dong';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const est = (x: string): RealFact => ({ st: 'estimate', ch: [`rate ${x} *`] });

/** Vietnamese: Thời báo Tài chính, VnEconomy and the press of provinces and cities (M to Z). */
export const TEST7_VI_ROWS: readonly Row[] = [
  // Quảng Ninh, first quarter of 2023 (Thời báo Tài chính)
  [
    TBTC_124103,
    '(TBTCO) - Tốc độ tăng trưởng kinh tế GRDP quý I/2023 của tỉnh Quảng Ninh ước tăng 8,04%; tổng thu ngân sách nhà nước ước đạt 14.800 tỷ đồng, bằng 27% so với dự toán, tăng 8% so với cùng kỳ, trong đó thu nội địa ước đạt 11.270 tỷ đồng, bằng 27% dự toán, tăng 8% cùng kỳ năm trước; thu xuất nhập khẩu ước đạt 3.530 tỷ đồng, bằng 29% dự toán, tăng 7% so với cùng kỳ.',
    [
      { st: 'estimate', ch: ['rate 8.04 *'], p: '2023-Q1' },
      { v: '14800000000000', u: 'VND', st: 'estimate', c: '27', ch: [`rate 8 ${SPLY}`], p: '2023-Q1' },
      { v: '11270000000000', u: 'VND', st: 'estimate', c: '27', ch: [`rate 8 ${SPLY}`], p: '2023-Q1' },
      { v: '3530000000000', u: 'VND', st: 'estimate', c: '29', ch: [`rate 7 ${SPLY}`], p: '2023-Q1' },
    ],
  ],
  [
    TBTC_124103,
    'Theo đó, ngành dịch vụ tiếp tục phục hồi mạnh mẽ, là động lực tăng trưởng chính, với đóng góp 4,04 điểm %, chiếm tỷ trọng 30,6% trong GRDP.',
    [],
  ],
  [
    TBTC_124103,
    'Tổng khách du lịch đến Quảng Ninh quý I/2023 ước đạt 4,85 triệu lượt, gấp 2,3 lần so với cùng kỳ.',
    [{ v: '4850000', st: 'estimate', ch: [`times 2.3 ${SPLY}`], p: '2023-Q1' }],
  ],
  [
    TBTC_124103,
    'Tổng doanh thu du lịch đạt 8.555 tỷ đồng, gấp 2,7 lần cùng kỳ năm trước.',
    [{ v: '8555000000000', u: 'VND', ch: [`times 2.7 ${SPLY}`] }],
  ],
  [
    TBTC_124103,
    'Tỉnh Quảng Ninh đã hoàn thành Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, Quy hoạch chung thành phố Hạ Long đến năm 2040, là cơ sở quan trọng để triển khai quy hoạch xây dựng, quy hoạch sử dụng đất và thu hút đầu tư dự án, công trình trọng điểm, động lực.',
    [],
  ],
  // Quảng Ninh, November 2025 (Thời báo Tài chính)
  [
    TBTC_187952,
    '(TBTCO) - Tháng 11/2025, tỉnh Quảng Ninh ghi nhận kết quả ấn tượng trong công tác thu ngân sách nhà nước, với hơn 3.800 tỷ đồng, đưa tổng thu ngân sách trong 11 tháng năm 2025 đạt hơn 72.900 tỷ đồng.',
    [
      { v: '3800000000000', u: 'VND', a: 'over', p: '2025-11' },
      { v: '72900000000000', u: 'VND', a: 'over', p: '2025-YTD-11' },
    ],
  ],
  [
    TBTC_187952,
    'Tổng thu ngân sách của tỉnh Quảng Ninh trong tháng 11/2025 đạt 3.816 tỷ đồng, trong đó thu nội địa đạt 2.895 tỷ đồng và thu từ xuất nhập khẩu đạt 941 tỷ đồng.',
    [
      { v: '3816000000000', u: 'VND', p: '2025-11' },
      { v: '2895000000000', u: 'VND', p: '2025-11' },
      { v: '941000000000', u: 'VND', p: '2025-11' },
    ],
  ],
  [
    TBTC_187952,
    'Với kết quả này, tổng thu ngân sách trong 11 tháng năm 2025 của tỉnh đạt 72.933 tỷ đồng, vượt 132% dự toán Trung ương giao và 127% dự toán tỉnh giao.',
    [{ v: '72933000000000', u: 'VND', c: '132', p: '2025-YTD-11' }, { c: '127' }],
  ],
  [
    TBTC_187952,
    'Cụ thể, ngành công nghiệp khai khoáng tăng 15,55%; sản xuất điện tăng 44,37%; công nghiệp chế biến, chế tạo tăng 1,71% so với tháng trước.',
    [{ ch: [`rate 15.55 ${PREV}`] }, { ch: [`rate 44.37 ${PREV}`] }, { ch: [`rate 1.71 ${PREV}`] }],
  ],
  [
    TBTC_187952,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cũng đạt mức tăng trưởng mạnh mẽ, tăng 22,8% so với tháng 10/2025.',
    [{ ch: ['rate 22.8 2025-10'] }],
  ],
  [
    TBTC_187952,
    'Lĩnh vực du lịch tiếp tục phát triển mạnh, với tổng lượng khách du lịch trong 11 tháng đạt 19,83 triệu lượt, đạt 93,19% kế hoạch năm.',
    [{ v: '19830000', c: '93.19' }],
  ],
  [
    TBTC_187952,
    'Doanh thu từ du lịch đạt 52.600 tỷ đồng, đạt 92,28% kế hoạch năm.',
    [{ v: '52600000000000', u: 'VND', c: '92.28' }],
  ],
  [
    TBTC_187952,
    'Doanh thu từ du lịch của tỉnh Quảng Ninh trong 11 tháng đạt 52.600 tỷ đồng.',
    [{ v: '52600000000000', u: 'VND' }],
  ],
  [
    TBTC_187952,
    'Về thu hút đầu tư, tỉnh ghi nhận nhiều tín hiệu tích cực trong tháng 11 với tổng vốn đầu tư ngoài ngân sách lên tới 33.000 tỷ đồng từ các nhà đầu tư trong nước và trên 230 triệu USD vốn FDI.',
    [
      { v: '33000000000000', u: 'VND' },
      { v: '230000000', u: 'USD', a: 'over' },
    ],
  ],
  // Tiền Giang, first half of 2024 (Truyền hình Tiền Giang)
  [
    THTG_6T_2024,
    'Theo thông cáo từ Cục Thống kê tỉnh, tình hình kinh tế – xã hội 6 tháng đầu năm 2024 tại tỉnh Tiền Giang tiếp tục phát triển ổn định, một số chỉ tiêu tăng trưởng hơn cùng kỳ năm trước.',
    [],
  ],
  [
    THTG_6T_2024,
    'Tổng số sản phẩm trên địa bàn tỉnh GRDP 6 tháng đầu năm ước đạt 32.976 tỷ đồng, (giá so sánh năm 2010) tăng 5,56% so với cùng kỳ.',
    [{ v: '32976000000000', u: 'VND', st: 'estimate', ch: [`rate 5.56 ${SPLY}`] }],
  ],
  [
    THTG_6T_2024,
    'Trong đó khu vực nông lâm nghiệp và thuỷ sản đóng góp 1,19%, khu vực công nghiệp và xây dựng đóng góp 2,04%, khu vực dịch vụ đóng góp 1,99% và thuế sản phẩm trừ trợ cấp sản phẩm đóng góp 0,34%.',
    [],
  ],
  [THTG_6T_2024, 'GRDP tính theo giá hiện hành đạt 63.784 tỷ đồng.', [{ v: '63784000000000', u: 'VND' }]],
  [
    THTG_6T_2024,
    '6 tháng đầu năm 2024, thu ngân sách nhà nước, ước thực hiện thu được 13.428 tỷ đồng, tăng 23,1% so với cùng kỳ; Tổng chi ngân sách là 9.553 tỷ đồng, tăng 25,3% so với cùng kỳ.',
    [
      { v: '13428000000000', u: 'VND', st: 'estimate', ch: [`rate 23.1 ${SPLY}`], p: '2024-H1' },
      { v: '9553000000000', u: 'VND', ch: [`rate 25.3 ${SPLY}`], p: '2024-H1' },
    ],
  ],
  [
    THTG_6T_2024,
    '6 tháng đầu năm, trên địa bàn tỉnh có 424 doanh nghiệp thành lập mới, tăng 4,2% so với cùng kỳ; vốn đăng ký là 2.771 tỷ đồng, tăng 2,4% so với cùng kỳ.',
    [
      { v: '424', ch: [`rate 4.2 ${SPLY}`] },
      { v: '2771000000000', u: 'VND', ch: [`rate 2.4 ${SPLY}`] },
    ],
  ],
  // Nghệ An, first nine months of 2023 (Nghệ An 24h)
  [
    NA24H_707452,
    'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng đầu năm 2023 ước đạt 6,27% (quý I tăng 7,63%; quý II tăng 4,94%, quý III tăng 6,51%).',
    [{ st: 'estimate', ch: ['rate 6.27 *'], p: '2023-YTD-09' }, r('7.63'), r('4.94'), r('6.51')],
  ],
  [
    NA24H_707452,
    'Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,29%; khu vực công nghiệp và xây dựng tăng 5,23% (riêng công nghiệp tăng 2,95%); khu vực dịch vụ tăng 8,12%.',
    [r('4.29'), r('5.23'), r('2.95'), r('8.12')],
  ],
  [
    NA24H_707452,
    'Chỉ số sản xuất công nghiệp (IIP) tháng 9/2023 ước tăng 11,37% so với cùng kỳ năm 2022 và tăng 3,32% so với tháng 8/2023.',
    [{ st: 'estimate', ch: ['rate 11.37 *', 'rate 3.32 2023-08'], p: '2023-09' }],
  ],
  [NA24H_707452, 'Lũy kế 9 tháng, IIP ước tăng 4,32%.', [est('4.32')]],
  [
    NA24H_707452,
    'Một số sản phẩm có mức tăng trưởng tốt so với cùng kỳ như sữa các loại tăng 10,09%, thức ăn gia súc tăng 14,44%, bia đóng chai tăng 7,63%, phân bón tăng 27,59%, điện thương phẩm tăng 8,45%, nước máy tăng 1,25%,…',
    [r('10.09'), r('14.44'), r('7.63'), r('27.59'), r('8.45'), r('1.25')],
  ],
  // Nghệ An, first nine months of 2024 (Nghệ An 24h)
  [
    NA24H_734325,
    'Trong 9 tháng đầu năm 2024, tỉnh Nghệ An đã duy trì sự ổn định và đạt được những kết quả đáng khích lệ trong phát triển kinh tế - xã hội, mặc dù chịu ảnh hưởng bởi những biến động phức tạp của tình hình kinh tế thế giới và trong nước.',
    [],
  ],
  [
    NA24H_734325,
    'Cụ thể, tốc độ tăng trưởng GRDP 9 tháng đạt 8,3%, xếp hạng 16 cả nước và đứng thứ 3 khu vực Bắc Trung Bộ và duyên hải miền Trung.',
    [r('8.3')],
  ],
  [
    NA24H_734325,
    'Trong đó, khu vực nông nghiệp tăng 4,1%, công nghiệp – xây dựng tăng 13,47%, dịch vụ tăng 6,65% và thuế sản phẩm trừ trợ cấp sản phẩm tăng 7,32%.',
    [r('4.1'), r('13.47'), r('6.65'), r('7.32')],
  ],
  [
    NA24H_734325,
    'Các ngành nông nghiệp, lâm nghiệp và thủy sản tiếp tục phát triển ổn định, tổng diện tích gieo trồng đạt 264.821 ha, với năng suất lúa vụ Xuân và Hè Thu đều tăng so với cùng kỳ.',
    [{ v: '264821', u: 'ha' }],
  ],
  [
    NA24H_734325,
    'Lĩnh vực công nghiệp cũng ghi nhận mức tăng trưởng khả quan với chỉ số sản xuất công nghiệp (IIP) tăng 10,64%.',
    [r('10.64')],
  ],
  [
    NA24H_734325,
    'Tương tự, thương mại và dịch vụ ghi nhận mức tăng trưởng ấn tượng với tổng mức bán lẻ hàng hóa tăng 23,25%, tổng kim ngạch xuất khẩu đạt 2.326 triệu USD, tăng 32,01%.',
    [r('23.25'), { v: '2326000000', u: 'USD', ch: ['rate 32.01 *'] }],
  ],
  // Nghệ An, first half of 2021 (Báo Nghệ An)
  [
    BAONGHEAN_290669,
    'Riêng Nghệ An, tốc độ tăng trưởng 6 tháng đầu năm 2021 của tỉnh đạt 7,58%, tăng 2,97% so với cùng kỳ, đứng thứ 14/63 tỉnh,thành.',
    [{ ch: ['rate 7.58 *'], p: '2021-H1' }],
  ],
  [
    BAONGHEAN_290669,
    'Thu NSNN 6 tháng đầu năm 2021 đạt 10.042 tỷ đồng, bằng 76,3% dự toán Thủ tướng Chính phủ giao, bằng 71,6% dự toán HĐND tỉnh giao, tăng 37,8% so với cùng kỳ năm 2020, cao nhất so với cùng kỳ các năm từ trước đến nay, vượt kịch bản do UBND tỉnh đề ra từ đầu năm.',
    [{ v: '10042000000000', u: 'VND', c: '76.3', ch: ['rate 37.8 *'], p: '2021-H1' }, { c: '71.6' }],
  ],
  [
    BAONGHEAN_290669,
    'Chi ngân sách địa phương 6 tháng đầu năm 2021 đạt 12.439 tỷ đồng, đạt 48,4% dự toán HĐND tỉnh giao; giải ngân vốn đầu tư công đạt 34% kế hoạch.',
    [
      { v: '12439000000000', u: 'VND', c: '48.4', p: '2021-H1' },
      { c: '34', p: '2021-H1' },
    ],
  ],
  // Thanh Hóa, 2023 (VnEconomy)
  [
    VNECONOMY_THANHHOA_2023,
    'Theo báo cáo của UBND tỉnh Thanh Hóa, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh này (GRDP) năm 2023 ước đạt 7,29%, tuy chưa đạt kế hoạch (11%) nhưng là mức tăng trưởng khá trong bối cảnh tình hình thế giới, trong nước có nhiều khó khăn, thách thức, khó lường trong năm 2023; trong đó: Nông, lâm nghiệp, thủy sản ước tăng 3,91%; công nghiệp - xây dựng ước tăng 9,56%; dịch vụ ước tăng 8,01%; thuế sản phẩm ước giảm 5,21%.',
    [
      { st: 'estimate', ch: ['rate 7.29 *'], p: '2023' },
      { k: 'target', ch: ['rate 11 *'], p: '2023' },
      { st: 'estimate', ch: ['rate 3.91 *'], p: '2023' },
      { st: 'estimate', ch: ['rate 9.56 *'], p: '2023' },
      { st: 'estimate', ch: ['rate 8.01 *'], p: '2023' },
      { st: 'estimate', ch: ['rate -5.21 *'], p: '2023' },
    ],
  ],
  [VNECONOMY_THANHHOA_2023, 'GRDP bình quân đầu người ước đạt 3.144 USD.', [{ v: '3144', u: 'USD', st: 'estimate' }]],
  [
    VNECONOMY_THANHHOA_2023,
    'Sản xuất nông, lâm nghiệp, thủy sản của Thanh Hóa tiếp tục phát triển ổn định, tổng sản lượng lương thực ước đạt 1,57 triệu tấn, bằng 103% kế hoạch.',
    [{ v: '1570000', u: 'tonne', st: 'estimate', c: '103' }],
  ],
  [
    VNECONOMY_THANHHOA_2023,
    'Đã tích tụ, tập trung đất đai được 7.100 ha, đạt 100% kế hoạch; thực hiện chuyển đổi 2.458,9 ha đất trồng lúa hiệu quả kinh tế thấp sang trồng các loại cây khác có hiệu quả kinh tế cao hơn.',
    [
      { v: '7100', u: 'ha', c: '100' },
      { v: '2458.9', u: 'ha' },
    ],
  ],
  [
    VNECONOMY_THANHHOA_2023,
    'Sản lượng thịt hơi xuất chuồng ước đạt 292 nghìn tấn, bằng 100,7% kế hoạch, tăng 5,7% so với cùng kỳ; sản lượng trứng gia cầm ước đạt 210 triệu quả, bằng 100% kế hoạch, tăng 28,1%.',
    [
      { v: '292000', u: 'tonne', st: 'estimate', c: '100.7', ch: [`rate 5.7 ${SPLY}`] },
      { v: '210000000', st: 'estimate', c: '100', ch: ['rate 28.1 *'] },
    ],
  ],
  // Sóc Trăng, first half of 2025 (Sài Gòn Giải Phóng)
  [
    SGGP_800906,
    '6 tháng đầu năm 2025, tình hình kinh tế - xã hội tỉnh Sóc Trăng tiếp tục giữ được sự ổn định và đà phát triển tích cực, nhiều chỉ tiêu chủ yếu đạt và vượt so với cùng kỳ.',
    [],
  ],
  [
    SGGP_800906,
    'Tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng 6 tháng đầu năm của tỉnh Sóc Trăng ước đạt trên 63.000 tỷ đồng, tăng hơn 23%; du lịch ghi nhận tín hiệu phục hồi tích cực với 1,91 triệu lượt khách, doanh thu tăng 36% so với cùng kỳ (hơn 1.200 tỷ đồng).',
    [
      { v: '63000000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 23 *'] },
      { v: '1910000' },
      { v: '1200000000000', u: 'VND', a: 'over', ch: [`rate 36 ${SPLY}`] },
    ],
  ],
  [
    SGGP_800906,
    'Công tác thu hút đầu tư cũng khởi sắc khi tỉnh tiếp 42 lượt nhà đầu tư đến tìm hiểu và cấp chủ trương cho 3 dự án.',
    [{ v: '42' }, { v: '3', u: 'project' }],
  ],
  [
    SGGP_800906,
    'Tổng thu ngân sách nhà nước đạt 3.502 tỷ đồng, bằng 57,1% dự toán năm, tăng 7,1% so với cùng kỳ; số doanh nghiệp tham gia thị trường là 323 doanh nghiệp, tổng số vốn đăng ký đạt 2.350 tỷ đồng, tăng 137,7% so với cùng kỳ; công nghiệp phục hồi mạnh mẽ, chỉ số sản xuất tăng 8,5%, cao hơn nhiều so với cùng kỳ; xuất khẩu đạt 870 triệu USD…',
    [
      { v: '3502000000000', u: 'VND', c: '57.1', ch: [`rate 7.1 ${SPLY}`] },
      { v: '323' },
      { v: '2350000000000', u: 'VND', ch: [`rate 137.7 ${SPLY}`] },
      r('8.5'),
      { v: '870000000', u: 'USD' },
    ],
  ],
  [
    SGGP_800906,
    'Chương trình xây dựng nông thôn mới đạt nhiều kết quả nổi bật, với 75/80 xã đạt chuẩn, 3 xã đạt kiểu mẫu, 30 xã đạt nâng cao.',
    [],
  ],
  [
    SGGP_800906,
    'Tỉnh đã tạo việc làm cho 14.500 lao động, trong đó có 175 người đi làm việc ở nước ngoài.',
    [{ v: '14500' }, { v: '175' }],
  ],
  [
    SGGP_800906,
    'Công tác an sinh xã hội được chú trọng, đã hoàn thành 100% chỉ tiêu xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ chính sách, đồng bào dân tộc thiểu số.',
    [{ c: '100' }],
  ],
  // Ho Chi Minh City's public investment, early 2023 (VnEconomy)
  [
    VNECONOMY_HCM_2023,
    'Báo cáo của Cục Thống kê TP.HCM cho biết, năm 2023, TP.HCM được Thủ tướng Chính phủ giao kế hoạch vốn đầu tư ngân sách nhà nước là 70.518,1 tỷ đồng.',
    [{ k: 'target', v: '70518100000000', u: 'VND', p: '2023' }],
  ],
  [
    VNECONOMY_HCM_2023,
    'Bao gồm: Vốn ngân sách trung ương trong nước là 13.584,4 tỷ đồng; vốn ngân sách trung ương nước ngoài 1.412,6 tỷ đồng;vốn đầu tư công cân đối từ ngân sách thành phố là 55.225,1 tỷ đồng.',
    [
      { k: 'target', v: '13584400000000', u: 'VND' },
      { k: 'target', v: '1412600000000', u: 'VND' },
      { k: 'target', v: '55225100000000', u: 'VND' },
    ],
  ],
  [
    VNECONOMY_HCM_2023,
    'Tổng số vốn được Ủy ban nhân dân Thành phố triển khai đợt 1 là 39.551,4 tỷ đồng.',
    [{ k: 'target', v: '39551400000000', u: 'VND' }],
  ],
  [
    VNECONOMY_HCM_2023,
    'Theo đó, vốn đầu tư thực hiện xây dựng cơ bản và sửa chữa lớn từ nguồn ngân sách nhà nước do địa phương quản lý ước thực hiện tháng 02/2023 đạt 1.435,3 tỷ đồng, giảm 13,4% so cùng kỳ.',
    [{ v: '1435300000000', u: 'VND', st: 'estimate', ch: [`rate -13.4 ${SPLY}`], p: '2023-02' }],
  ],
  [
    VNECONOMY_HCM_2023,
    'Tính chung hai tháng đầu năm đạt 2.941,3 tỷ đồng, tăng 75,0% so với cùng kỳ 2022.',
    [{ v: '2941300000000', u: 'VND', ch: ['rate 75 *'] }],
  ],
  // Quảng Nam, 2024 (Phát thanh - Truyền hình Quảng Nam)
  [
    QRT_2024,
    'Phát biểu tại họp báo, Chủ tịch UBND tỉnh, Lê Văn Dũng thông tin: Năm 2024, Quảng Nam phải đối mặt với nhiều khó khăn, thách thức nhưng đã vượt khó, tập trung thực hiện, hoàn thành các nhiệm vụ, mục tiêu đề ra, vượt qua mức tăng trưởng âm, nhiều chỉ tiêu có sự tăng trưởng tích cực.',
    [],
  ],
  [
    QRT_2024,
    'Tốc độ tăng trưởng tổng sản phẩm (GRDP) ước tính tăng 7,1% so với năm 2023.',
    [{ st: 'estimate', ch: ['rate 7.1 2023'] }],
  ],
  [QRT_2024, 'Sản xuất công nghiệp phục hồi ấn tượng, tăng 13,5%.', [r('13.5')]],
  [
    QRT_2024,
    'Quy mô nền kinh tế năm 2024 đạt gần 129 nghìn tỷ đồng, tăng gần 16,5 nghìn tỷ đồng so với năm 2023.',
    [{ v: '129000000000000', u: 'VND', a: 'under', p: '2024' }],
  ],
  [
    QRT_2024,
    'GRDP bình quân đầu người đạt hơn 84 triệu đồng, tăng 10 triệu đồng so với năm 2023.',
    [{ v: '84000000', u: 'VND', a: 'over' }],
  ],
  [
    QRT_2024,
    'Thu ngân sách nhà nước đạt 27.594 tỷ đồng, đạt gần 117% dự toán và tăng trên 10% so với cùng kỳ.',
    [{ v: '27594000000000', u: 'VND', c: '117', ch: [`rate 10 ${SPLY}`] }],
  ],
  [
    QRT_2024,
    'Tổng lượt khách tham quan, lưu trú du lịch đạt trên 8 triệu lượt, vượt 6% so với kế hoạch, doanh thu từ tham quan, lưu trú du lịch đạt 9.200 tỷ đồng.',
    [
      { v: '8000000', a: 'over', c: '106' },
      { v: '9200000000000', u: 'VND' },
    ],
  ],
  // Quảng Ninh, first ten months of 2025 (Thời báo Tài chính)
  [
    TBTC_186426,
    '(TBTCO) - Theo báo cáo của Sở Tài chính tỉnh Quảng Ninh, tổng thu ngân sách nhà nước (NSNN) trong 10 tháng năm nay của tỉnh Quảng Ninh đạt 69.117 tỷ đồng, vượt 25% so với dự toán Trung ương giao, tương đương 121% so với dự toán tỉnh giao và tăng 57% so với cùng kỳ năm 2024.',
    [{ v: '69117000000000', u: 'VND', c: '125', ch: ['rate 57 *'] }, { c: '121' }],
  ],
  [
    TBTC_186426,
    'Một trong những yếu tố đóng góp quan trọng vào kết quả thu ngân sách của tỉnh Quảng Ninh là thu nội địa, với con số ấn tượng 54.285 tỷ đồng, đạt 145% so với dự toán Trung ương giao, 137% so với dự toán tỉnh giao và tăng mạnh 89% so với cùng kỳ năm trước.',
    [{ v: '54285000000000', u: 'VND', c: '145', ch: [`rate 89 ${SPLY}`] }, { c: '137' }],
  ],
  [
    TBTC_186426,
    'Thu nội địa vẫn là điểm sáng nổi bật trong ngân sách tỉnh, đặc biệt là thu từ tiền sử dụng đất, đạt 22.274 tỷ đồng, vượt 405% so với dự toán.',
    [{ v: '22274000000000', u: 'VND', c: '505' }],
  ],
  [
    TBTC_186426,
    'Đáng chú ý, riêng thu từ các dự án lớn như Hạ Long Xanh và Công viên Đại Dương đã đóng góp rất lớn vào kết quả thu ngân sách, với thu từ dự án Hạ Long Xanh đạt 15.786 tỷ đồng và thu từ dự án Công viên Đại Dương đạt 2.904 tỷ đồng, vượt xa kế hoạch ban đầu.',
    [
      { v: '15786000000000', u: 'VND' },
      { v: '2904000000000', u: 'VND' },
    ],
  ],
  [
    TBTC_186426,
    'Ngoài ra, thu từ thuế và phí trong 10 tháng đầu năm đạt 32.011 tỷ đồng, hoàn thành đúng dự toán của Trung ương và đạt 94% dự toán của tỉnh giao.',
    [{ v: '32011000000000', u: 'VND', c: '100' }, { c: '94' }],
  ],
  [
    TBTC_186426,
    'Trong khi đó, thu từ hoạt động xuất nhập khẩu đạt 13.655 tỷ đồng, hoàn thành 77% dự toán, tuy nhiên giảm 10% so với cùng kỳ năm 2024.',
    [{ v: '13655000000000', u: 'VND', c: '77', ch: ['rate -10 *'] }],
  ],
  [
    TBTC_186426,
    'Sự giảm sút này có thể là do tác động của chính sách điều chỉnh thuế và biến động thị trường quốc tế, ảnh hưởng đến hoạt động xuất nhập khẩu.',
    [],
  ],
  [
    TBTC_186426,
    '10 tháng năm 2025, thu từ hoạt động xuất nhập khẩu của tỉnh Quảng Ninh đạt 13.655 tỷ đồng.',
    [{ v: '13655000000000', u: 'VND', p: '2025-YTD-10' }],
  ],
  // provinces nearing 50,000 billion of budget revenue, first ten months of 2022 (Báo Quảng Nam)
  [
    BAOQUANGNAM_135191,
    '(QNO) - Quảng Ninh, Thanh Hoá và Hưng Yên là những địa phương chưa từng lọt top thu ngân sách 50.000 tỷ đồng những năm trước, nhưng năm nay đã có số thu trên 40.000 tỷ đồng.',
    [],
  ],
  [BAOQUANGNAM_135191, 'Hưng Yên là tỉnh có số thu ngân sách gần mốc 50.000 tỷ đồng nhất.', []],
  [
    BAOQUANGNAM_135191,
    'Tính chung 10 tháng, thu ngân sách nhà nước trên địa bàn tỉnh Hưng Yên ước đạt 47.580 nghìn tỷ đồng, tăng 211,15% so với cùng kỳ năm trước và vượt 143,73% kế hoạch năm.',
    [{ v: '47580000000000', u: 'VND', st: 'estimate', c: '243.73', ch: [`rate 211.15 ${SPLY}`] }],
  ],
  [
    BAOQUANGNAM_135191,
    'Trong 10 tháng năm 2022, Quảng Ninh thực hiện tốt “mục tiêu kép”, giữ vững đà tăng trưởng GRDP hơn hai con số trong 6 năm liên tiếp 2016 - 2021 và dự báo cả năm 2022.',
    [],
  ],
  [
    BAOQUANGNAM_135191,
    'Tổng thu ngân sách nhà nước trên địa bàn 10 tháng đạt 44.870 tỷ đồng (tăng 19% cùng kỳ), trong đó thu nội địa đạt 32.470 tỷ đồng (tăng 13% cùng kỳ).',
    [
      { v: '44870000000000', u: 'VND', ch: [`rate 19 ${SPLY}`] },
      { v: '32470000000000', u: 'VND', ch: [`rate 13 ${SPLY}`] },
    ],
  ],
  [
    BAOQUANGNAM_135191,
    'Theo UBND tỉnh Thanh Hóa, lũy kế 10 tháng năm 2022, thu ngân sách trên địa bàn tỉnh ước đạt 43.061 tỷ đồng, bằng 145% dự toán và tăng 60% so với cùng kỳ.',
    [{ v: '43061000000000', u: 'VND', st: 'estimate', c: '145', ch: [`rate 60 ${SPLY}`], p: '2022-YTD-10' }],
  ],
  // retail, August 2018 (VnEconomy)
  [
    VNECONOMY_RETAIL_2018,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2018 ước tính đạt 370 nghìn tỷ đồng, tăng 0,4% so với tháng trước và tăng 12,6% so với cùng kỳ năm trước.',
    [{ v: '370000000000000', u: 'VND', st: 'estimate', ch: [`rate 0.4 ${PREV}`, `rate 12.6 ${SPLY}`], p: '2018-08' }],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Theo Tổng cục Thống kê, trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt 277,2 nghìn tỷ đồng, tăng 1% so với tháng trước và tăng 12,9% so với cùng kỳ năm ngoái.',
    [
      { v: '370000000000000', u: 'VND' },
      { v: '277200000000000', u: 'VND', ch: [`rate 1 ${PREV}`, `rate 12.9 ${SPLY}`] },
    ],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Trong khi đó, doanh thu dịch vụ lưu trú, ăn uống chỉ đạt con số khiêm tốn 45,1 nghìn tỷ đồng, giảm 1,9% so với tháng trước và tăng 8,6% so với cùng kỳ năm trước.',
    [{ v: '45100000000000', u: 'VND', ch: [`rate -1.9 ${PREV}`, `rate 8.6 ${SPLY}`] }],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Doanh thu du lịch lữ hành đạt 3,6 nghìn tỷ đồng, giảm 1,6% và tăng 12,2%; doanh thu dịch vụ khác đạt 44,1 nghìn tỷ đồng, giảm 0,3% so với tháng trước và tăng 14,7% so với cùng kỳ năm trước.',
    [
      { v: '3600000000000', u: 'VND', ch: ['rate -1.6 *', 'rate 12.2 *'] },
      { v: '44100000000000', u: 'VND', ch: [`rate -0.3 ${PREV}`, `rate 14.7 ${SPLY}`] },
    ],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Tính chung 8 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước tính đạt 2,86 triệu tỷ đồng, tăng 11,2% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá thì tăng 8,53% (cùng kỳ năm 2017 tăng 8,36%).',
    [
      { v: '2860000000000000', u: 'VND', st: 'estimate', ch: [`rate 11.2 ${SPLY}`], p: '2018-YTD-08' },
      { ch: ['rate 8.53 *'], p: '2018-YTD-08' },
      r('8.36'),
    ],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Xét theo ngành hoạt động, doanh thu bán lẻ hàng hóa 8 tháng năm nay ước tính đạt 2,1 triệu tỷ đồng, chiếm 75,2% tổng mức và tăng 11,7% so với cùng kỳ năm trước.',
    [{ v: '2100000000000000', u: 'VND', st: 'estimate', ch: [`rate 11.7 ${SPLY}`] }],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Trong đó, đáng chú ý là ngành hàng lương thực, thực phẩm có mức tăng cao nhất, với 12,8% so với cùng kỳ năm ngoái.',
    [{ ch: [`rate 12.8 ${SPLY}`] }],
  ],
  [
    VNECONOMY_RETAIL_2018,
    'Ngành hàng may mặc cũng có mức tăng trưởng cao với 12,3%; đồ dùng, dụng cụ, trang thiết bị gia đình tăng 11,6%; vật phẩm văn hoá, giáo dục tăng 10,8% và phương tiện đi lại tăng 10,7%.',
    [r('12.3'), r('11.6'), r('10.8'), r('10.7')],
  ],
  // foreign and domestic tourists, July 2022 (Thời báo Tài chính)
  [
    TBTC_110277,
    'Theo số liệu của Tổng cục Thống kê, khách quốc tế đến Việt Nam tăng trưởng tích cực so với thời gian trước trong điều kiện thuận lợi về kiểm soát y tế, đạt 352,6 nghìn lượt người trong tháng 7, tăng 49% so với tháng 6 và gấp 47,2 lần so với cùng kỳ năm trước.',
    [{ v: '352600', ch: [`rate 49 ${PREV}`, `times 47.2 ${SPLY}`] }],
  ],
  [
    TBTC_110277,
    'Tính chung 7 tháng đầu năm 2022, khách quốc tế đến nước ta đạt 954,6 nghìn lượt người, gấp 10 lần so với cùng kỳ năm trước nhưng vẫn giảm 90,3% so với cùng kỳ năm 2019.',
    [{ v: '954600', ch: [`times 10 ${SPLY}`, 'rate -90.3 *'], p: '2022-YTD-07' }],
  ],
  [
    TBTC_110277,
    'Du lịch nội địa diễn ra khởi sắc với lượng khách nội địa lên đến hơn 60 triệu lượt do học sinh, sinh viên đang trong kì nghỉ hè.',
    [{ v: '60000000', a: 'over' }],
  ],
  [
    TBTC_110277,
    'Các cơ sở lưu trú, lữ hành và các khu du lịch đón lượng khách lớn, tăng mạnh so với cùng kỳ năm trước.',
    [],
  ],
];

export const TEST7_VI: readonly RealSentence[] = TEST7_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test7-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test7',
}));
