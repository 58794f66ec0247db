import type { RealFact, RealSentence } from './types';

/**
 * The EIGHTH fresh set (`test8`), Vietnamese part: sentences copied verbatim from national
 * newspapers (Dân trí, Tiền Phong, VietNamNet, Thanh Niên, VnExpress, CafeF, Nhân Dân), including
 * their articles about a province's results (Bắc Giang), on GRDP/GDP, the State budget, trade, rice
 * and farm, forestry and fishery exports, enterprises, industrial production, public and foreign
 * investment (2018-2025), from articles that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`,
 * `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`, `test5-*.ts`, `test6-*.ts`, `test7-*.ts` (checked by
 * their addresses and distinctive figures); every figure sentence of the paragraphs read is kept,
 * with some of the sentences around them that state no figure, and a photo caption of the Thanh
 * Niên article (without its credit), which a reader copying the page takes along.
 * Annotated by hand from the sentence alone, with the conventions of those files: `bằng X% dự toán
 * cả năm`, `bằng X% kế hoạch năm` are completions; `tăng gấp N lần` would be a multiple; `so với
 * tháng trước` is the previous period, `so với cùng kỳ năm trước`/`so với cùng kỳ năm ngoái`/`so với
 * cùng kỳ`/`so cùng kỳ năm trước` the same period last year; `so với tháng 2` (of March), `so với
 * tháng 4` (of May), `so với cùng kỳ năm 2023`, `so với cùng kỳ 2021`, `so với cùng kỳ năm 2024` and
 * `so với năm 2017` (of a four-month figure) are `*`, a change with no base is `*`; in a list of
 * changes closed by `so với cùng kỳ năm trước` (`tăng 6,9% về số doanh nghiệp, tăng 7% về vốn đăng
 * ký và tăng 21,9% về số lao động so với cùng kỳ năm trước`) every change has that base, while the
 * later items of a list whose first item alone names its base are `*`; shares (`chiếm 19,5%`, `với
 * 29%`), percentage-point contributions (`đóng góp 12,92 điểm %`, `(đóng góp 5,07%)`), ranks and
 * counts of years are not facts; `hơn`/`vượt` X is a lower bound, `gần` an upper bound, `khoảng` an
 * approximation; `ước đạt`/`ước tính`/`ước tăng` is the stage `estimate`, `thống kê sơ bộ` the stage
 * `preliminary`; a comparison figure of another period (`(cùng kỳ năm ngoái tăng 15,49%)`,
 * `(cùng kỳ năm trước bằng 64,1% và tăng 2,8%)`, `tốc độ tăng 2,04% của 6 tháng đầu năm 2020`) is
 * its own fact, with its period when the sentence names it with its year; counts of enterprises,
 * workers and visitors are values without a unit; export prices (`624 USD/tấn`) are values without
 * a unit, as in the earlier sets; a period is given when the sentence names it with its year (`6
 * tháng đầu năm 2022` is `2022-H1`, `tính đến hết tháng 4.2018` `2018-YTD-04`, `Lũy kế 10 tháng
 * năm 2025` and `Tính đến ngày 31/10/2025` `2025-YTD-10`, `3 tháng đầu năm 2024` `2024-Q1`), and
 * every item of a list governed by that period carries it. Judgement calls: `sản lượng ước tính của
 * cả năm 2024` said in October is read as an estimate of 2024 (actual), not a goal; `tăng gần 24%`,
 * `tăng trưởng gần 90%`, `lên mức hơn 6%` are changes of 24, 90 and 6 (a bound on a change has no
 * field). Slips of the source (`tỉ` beside `tỷ`, `thành lâp`) are kept as printed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored
 * only in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const DANTRI_BG_9T_2024 =
  'https://dantri.com.vn/kinh-doanh/top-tinh-thanh-tang-truong-nhanh-nhat-viet-nam-co-bat-ngo-20241010215124177.htm';
const TIENPHONG_1641429 = 'https://tienphong.vn/tin-vui-doanh-nghiep-khai-sinh-nhieu-hon-khai-tu-post1641429.tpo';
const DANTRI_DN_Q1_2024 =
  'https://dantri.com.vn/kinh-doanh/suc-khoe-doanh-nghiep-ra-sao-trong-3-thang-dau-nam-20240329152046788.htm';
const VIETNAMNET_2034744 = 'https://vietnamnet.vn./tang-truong-gdp-hon-7-7-kinh-te-phuc-hoi-manh-me-2034744.html';
const THANHNIEN_GAO_2024 =
  'https://thanhnien.vn/gao-viet-gia-cao-ky-luc-doanh-nghiep-van-khong-du-de-xuat-185241008215708692.htm';
const THANHNIEN_GAO_2018 = 'https://thanhnien.vn/kinh-doanh/rong-cua-cho-hat-gao-viet-nam-959387.html';
const THANHNIEN_XK_10T_2025 =
  'https://thanhnien.vn/vuot-tphcm-bac-ninh-xuat-khau-dung-dau-ca-nuoc-185251107155512239.htm';
const VNEXPRESS_4470842 = 'https://vnexpress.net/xuat-khau-nong-lam-thuy-san-vuot-13-ty-usd-trong-5-thang-4470842.html';
const CAFEF_10T_2025 =
  'https://cafef.vn/viet-nam-don-tin-vui-vua-lap-ky-luc-moi-trung-quoc-an-do-va-nga-dong-gop-bat-ngo-188251106144936096.chn';
const NHANDAN_DETMAY = 'https://nhandan.vn/xuat-khau-det-may-tag59879.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const vnd = (v: string): RealFact => ({ v, u: 'VND' });
const usd = (v: string): RealFact => ({ v, u: 'USD' });

/** Vietnamese: national newspapers. */
export const TEST8_VI_ROWS: readonly Row[] = [
  // Bắc Giang, first nine months of 2024 (Dân trí)
  [DANTRI_BG_9T_2024, 'Kinh tế của tỉnh Bắc Giang tiếp tục duy trì tăng trưởng cao trong 9 tháng năm nay.', []],
  [
    DANTRI_BG_9T_2024,
    'Tốc độ tăng trưởng kinh tế trên địa bàn tỉnh (GRDP) cao nhất cả nước, đạt mức 13,89%.',
    [r('13.89')],
  ],
  [
    DANTRI_BG_9T_2024,
    'Mặc dù nông, lâm nghiệp và thủy sản ghi nhận sụt giảm 2,19% nhưng bù lại, công nghiệp - xây dựng tăng 18,03% (cùng kỳ năm ngoái tăng 15,49%); dịch vụ tăng 6,19% (cùng kỳ tăng 6,06%) và thuế sản phẩm tăng 12,89% (mức tăng 9 tháng năm 2023 chỉ là 5,64%).',
    [r('-2.19'), r('18.03'), r('15.49'), r('6.19'), r('6.06'), r('12.89'), { ch: ['rate 5.64 *'], p: '2023-YTD-09' }],
  ],
  [
    DANTRI_BG_9T_2024,
    'Khu vực công nghiệp - xây dựng tiếp tục có tốc độ tăng và tỷ lệ đóng góp cao nhất vào mức tăng trưởng chung của kinh tế địa phương, đóng góp 12,92 điểm % vào mức tăng GRDP, là khu vực chính dẫn dắt tốc độ tăng trưởng nền kinh tế của tỉnh.',
    [],
  ],
  [
    DANTRI_BG_9T_2024,
    'Ngoài ra, những kết quả nổi bật trong bức tranh kinh tế 9 tháng của tỉnh Bắc Giang còn có: Thu ngân sách nhà nước trên địa bàn tăng 30,6%, bằng 86% dự toán cả năm; tổng giá trị xuất nhập khẩu tăng gần 24%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 16,3%; chỉ số giá tiêu dùng (CPI) bình quân tăng 3,25%.',
    [{ c: '86', ch: ['rate 30.6 *'] }, r('24'), r('16.3'), r('3.25')],
  ],
  [
    DANTRI_BG_9T_2024,
    'Khách du lịch đến Bắc Giang ước đạt 2,2 triệu lượt, tăng 45% so với cùng kỳ.',
    [{ v: '2200000', st: 'estimate', ch: [`rate 45 ${SPLY}`] }],
  ],
  // enterprises, May and January-May 2024 (Tiền Phong)
  [
    TIENPHONG_1641429,
    'TPO - Năm tháng đầu năm, bình quân mỗi tháng có 19.800 doanh nghiệp gia nhập thị trường, trong khi 19.500 doanh nghiệp rút lui.',
    [{ v: '19800' }, { v: '19500' }],
  ],
  [
    TIENPHONG_1641429,
    'Tháng 5, cả nước có hơn 13.200 doanh nghiệp thành lập mới với vốn đăng ký 93.200 tỷ đồng và số lao động đăng ký gần 72.600 người.',
    [{ v: '13200', a: 'over' }, vnd('93200000000000'), { v: '72600', a: 'under' }],
  ],
  [TIENPHONG_1641429, 'Kết quả này giảm cả về số doanh nghiệp, vốn đăng ký và số lao động so với tháng trước.', []],
  [
    TIENPHONG_1641429,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 7,1 tỷ đồng, giảm 38,5% so với tháng trước và giảm 17,7% so với cùng kỳ năm trước.',
    [{ v: '7100000000', u: 'VND', ch: [`rate -38.5 ${PREV}`, `rate -17.7 ${SPLY}`] }],
  ],
  [
    TIENPHONG_1641429,
    'Cả nước có gần 6.750 doanh nghiệp quay trở lại hoạt động, giảm 18,8% so với tháng trước.',
    [{ v: '6750', a: 'under', ch: [`rate -18.8 ${PREV}`] }],
  ],
  [
    TIENPHONG_1641429,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong 5 tháng đầu năm đạt 9,3 tỷ đồng, tăng 1,2% so với cùng kỳ năm 2023.',
    [{ v: '9300000000', u: 'VND', ch: ['rate 1.2 *'] }],
  ],
  [
    TIENPHONG_1641429,
    'Nếu tính cả 666.900 tỷ đồng vốn đăng ký tăng thêm của 18.567 doanh nghiệp tăng vốn, tổng số vốn đăng ký bổ sung vào nền kinh tế trong năm tháng đầu năm là 1,26 triệu tỷ đồng, giảm 9% so với cùng kỳ năm trước.',
    [vnd('666900000000000'), { v: '18567' }, { v: '1260000000000000', u: 'VND', ch: [`rate -9 ${SPLY}`] }],
  ],
  [
    TIENPHONG_1641429,
    'Bên cạnh đó, gần 34.100 doanh nghiệp quay trở lại hoạt động (tăng 3,3% so với cùng kỳ năm 2023), nâng tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động trong năm tháng đầu năm lên hơn 98.800 doanh nghiệp, tăng 4,1% so với cùng kỳ năm trước.',
    [
      { v: '34100', a: 'under', ch: ['rate 3.3 *'] },
      { v: '98800', a: 'over', ch: [`rate 4.1 ${SPLY}`] },
    ],
  ],
  [
    TIENPHONG_1641429,
    'Bình quân một tháng có 19.800 doanh nghiệp thành lập mới và quay trở lại hoạt động.',
    [{ v: '19800' }],
  ],
  // enterprises, March and first quarter of 2024 (Dân trí)
  [
    DANTRI_DN_Q1_2024,
    'Theo Tổng cục Thống kê, trong tháng 3, cả nước có 14.100 doanh nghiệp thành lập mới với số vốn đăng ký là 113.500 tỷ đồng và số lao động đăng ký 104.400 lao động, tăng 64,3% về số doanh nghiệp, tăng 68,7% về vốn đăng ký và tăng 105,2% về số lao động so với tháng 2.',
    [
      { v: '14100', ch: ['rate 64.3 *'] },
      { v: '113500000000000', u: 'VND', ch: ['rate 68.7 *'] },
      { v: '104400', ch: ['rate 105.2 *'] },
    ],
  ],
  [
    DANTRI_DN_Q1_2024,
    'So với cùng kỳ năm trước, tình hình thành lập mới trong tháng này giảm 0,7% về số doanh nghiệp, giảm 22,1% về số vốn đăng ký và tăng 12,7% về số lao động.',
    [yoy('-0.7'), yoy('-22.1'), yoy('12.7')],
  ],
  [
    DANTRI_DN_Q1_2024,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 8 tỷ đồng, tăng 2,7% so với tháng trước nhưng vẫn giảm 21,5% so với cùng kỳ năm 2023.',
    [{ v: '8000000000', u: 'VND', ch: [`rate 2.7 ${PREV}`, 'rate -21.5 *'] }],
  ],
  [
    DANTRI_DN_Q1_2024,
    'Bên cạnh đó, cả nước còn có hơn 3.000 doanh nghiệp quay trở lại hoạt động, giảm 43,4% so với tháng trước và giảm 52% so với cùng kỳ.',
    [{ v: '3000', a: 'over', ch: [`rate -43.4 ${PREV}`, `rate -52 ${SPLY}`] }],
  ],
  [
    DANTRI_DN_Q1_2024,
    'Tính chung quý I, cả nước có hơn 36.200 doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký là 332.200 tỷ đồng và tổng số lao động đăng ký gần 258.800 lao động, tăng 6,9% về số doanh nghiệp, tăng 7% về vốn đăng ký và tăng 21,9% về số lao động so với cùng kỳ năm trước.',
    [
      { v: '36200', a: 'over', ch: [`rate 6.9 ${SPLY}`] },
      { v: '332200000000000', u: 'VND', ch: [`rate 7 ${SPLY}`] },
      { v: '258800', a: 'under', ch: [`rate 21.9 ${SPLY}`] },
    ],
  ],
  [
    DANTRI_DN_Q1_2024,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong 3 tháng đầu năm đạt 9,2 tỷ đồng, tăng 0,1% so với cùng kỳ năm 2023.',
    [{ v: '9200000000', u: 'VND', ch: ['rate 0.1 *'] }],
  ],
  [
    DANTRI_DN_Q1_2024,
    'Nếu tính cả 392.300 tỷ đồng vốn đăng ký tăng thêm của hơn 9.700 doanh nghiệp tăng vốn, tổng số vốn đăng ký bổ sung vào nền kinh tế trong 3 tháng đầu năm 2024 là 724.500 tỷ đồng, giảm 4,3% so với cùng kỳ năm 2023.',
    [
      vnd('392300000000000'),
      { v: '9700', a: 'over' },
      { v: '724500000000000', u: 'VND', ch: ['rate -4.3 *'], p: '2024-Q1' },
    ],
  ],
  // GDP and enterprises, first half of 2022 (VietNamNet)
  [
    VIETNAMNET_2034744,
    'Mức tăng GDP quý II lên tới 7,72% đã kéo tốc độ tăng GDP 6 tháng lên mức hơn 6%.',
    [r('7.72'), r('6')],
  ],
  [
    VIETNAMNET_2034744,
    'Cụ thể, bà Nguyễn Thị Hương, Tổng cục trưởng Tổng cục Thống kê cho biết: GDP 6 tháng đầu năm 2022 tăng 6,42%, cao hơn tốc độ tăng 2,04% của 6 tháng đầu năm 2020 và tốc độ tăng 5,74% của 6 tháng đầu năm 2021 nhưng thấp hơn tốc độ tăng 7,28% và 6,98% của cùng kỳ năm 2018 và 2019.',
    [
      { ch: ['rate 6.42 *'], p: '2022-H1' },
      { ch: ['rate 2.04 *'], p: '2020-H1' },
      { ch: ['rate 5.74 *'], p: '2021-H1' },
      { ch: ['rate 7.28 *'], p: '2018-H1' },
      { ch: ['rate 6.98 *'], p: '2019-H1' },
    ],
  ],
  [
    VIETNAMNET_2034744,
    'Trong mức tăng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 2,78% (đóng góp 5,07%); khu vực công nghiệp và xây dựng tăng 7,70%, (đóng góp 48,33%), trong đó, ngành công nghiệp chế biến, chế tạo là động lực tăng trưởng của toàn nền kinh tế với tốc độ tăng 9,66%; khu vực dịch vụ tăng 6,60%, (đóng góp 46,60%).',
    [r('2.78'), r('7.7'), r('9.66'), r('6.6')],
  ],
  [
    VIETNAMNET_2034744,
    'Giá trị tăng thêm toàn ngành công nghiệp 6 tháng đầu năm 2022 ước tính tăng 8,48% so với cùng kỳ năm trước (quý I tăng 6,97%; quý II tăng 9,87%).',
    [{ ch: [`rate 8.48 ${SPLY}`], st: 'estimate', p: '2022-H1' }, r('6.97'), r('9.87')],
  ],
  [
    VIETNAMNET_2034744,
    'Tính chung 6 tháng đầu năm 2022, cả nước có 76,2 nghìn doanh nghiệp đăng ký thành lập mới, tăng 13,6% so với cùng kỳ năm trước; gần 40,7 nghìn doanh nghiệp quay trở lại hoạt động, tăng 55,6%; 50,9 nghìn doanh nghiệp tạm ngừng kinh doanh có thời hạn, tăng 43,0%; gần 24,1 nghìn doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể, giảm 2,4%; 8,6 nghìn doanh nghiệp hoàn tất thủ tục giải thể, giảm 13,6%.',
    [
      { v: '76200', ch: [`rate 13.6 ${SPLY}`], p: '2022-H1' },
      { v: '40700', a: 'under', ch: ['rate 55.6 *'], p: '2022-H1' },
      { v: '50900', ch: ['rate 43 *'], p: '2022-H1' },
      { v: '24100', a: 'under', ch: ['rate -2.4 *'], p: '2022-H1' },
      { v: '8600', ch: ['rate -13.6 *'], p: '2022-H1' },
    ],
  ],
  [
    VIETNAMNET_2034744,
    'Bình quân một tháng có 19,5 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động và có 13,9 nghìn doanh nghiệp rút lui khỏi thị trường.',
    [{ v: '19500' }, { v: '13900' }],
  ],
  // rice exports, first nine months of 2024 (Thanh Niên)
  [
    THANHNIEN_GAO_2024,
    'Bộ NN-PTNT cho biết: Chỉ trong 9 tháng, xuất khẩu gạo của VN đã vượt 7 triệu tấn, tăng 9% so với cùng kỳ năm 2023; kim ngạch đạt gần 4,4 tỉ USD, tăng 23,5% so với cùng kỳ năm ngoái.',
    [
      { v: '7000000', u: 'tonne', a: 'over', ch: ['rate 9 *'] },
      { v: '4400000000', u: 'USD', a: 'under', ch: [`rate 23.5 ${SPLY}`] },
    ],
  ],
  [THANHNIEN_GAO_2024, 'Giá xuất khẩu gạo bình quân đạt 624 USD/tấn, tăng 13%.', [{ v: '624', ch: ['rate 13 *'] }]],
  [
    THANHNIEN_GAO_2024,
    'Xét về lượng và kim ngạch, đây đều là mức cao hơn so với trung bình nhiều năm và hiện chỉ thấp hơn con số kỷ lục của năm 2023.',
    [],
  ],
  [
    THANHNIEN_GAO_2024,
    'Số lượng lúa đã thu hoạch của VN trong 9 tháng qua khoảng 33 triệu tấn trong tổng số sản lượng ước tính của cả năm 2024 là 43 triệu tấn.',
    [
      { v: '33000000', u: 'tonne', a: 'about' },
      { v: '43000000', u: 'tonne', st: 'estimate', p: '2024' },
    ],
  ],
  // rice exports, January-April 2018 (Thanh Niên)
  [
    THANHNIEN_GAO_2018,
    'Theo Bộ NN-PTNT, tính đến hết tháng 4.2018, xuất khẩu gạo đạt gần 2,2 triệu tấn, đạt giá trị 1,1 tỉ USD; tăng 22% về khối lượng và 38% về giá trị so với năm 2017.',
    [
      { v: '2200000', u: 'tonne', a: 'under', ch: ['rate 22 *'], p: '2018-YTD-04' },
      { v: '1100000000', u: 'USD', ch: ['rate 38 *'], p: '2018-YTD-04' },
    ],
  ],
  [
    THANHNIEN_GAO_2018,
    'Điểm đáng chú ý thứ nhất là giá trị xuất khẩu tăng mạnh nhờ giá bán tăng, cụ thể trong quý 1, giá xuất khẩu gạo trung bình đạt 501 USD/tấn, cao hơn 15% so cùng kỳ năm trước.',
    [{ v: '501', ch: [`rate 15 ${SPLY}`] }],
  ],
  [
    THANHNIEN_GAO_2018,
    'Thứ hai, Trung Quốc vẫn là thị trường nhập khẩu lớn nhất của VN với 29%, nhưng con số này đã giảm mạnh nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2017.',
    [],
  ],
  [
    THANHNIEN_GAO_2018,
    'Cụ thể, từ đầu năm đến nay, Trung Quốc đã nhập 411.000 tấn gạo với giá trị 217 triệu USD, giảm 22% về khối lượng và giảm 11% về giá trị so với cùng kỳ năm trước.',
    [
      { v: '411000', u: 'tonne', ch: [`rate -22 ${SPLY}`] },
      { v: '217000000', u: 'USD', ch: [`rate -11 ${SPLY}`] },
    ],
  ],
  // exports, October and January-October 2025 (Thanh Niên)
  [
    THANHNIEN_XK_10T_2025,
    'Theo thống kê sơ bộ từ Cục Hải quan (Bộ Tài chính), trong tháng 10, xuất khẩu hàng hóa cả nước đạt hơn 42 tỉ USD, giảm 1,5% so với cùng kỳ năm trước.',
    [{ v: '42000000000', u: 'USD', a: 'over', st: 'preliminary', ch: [`rate -1.5 ${SPLY}`] }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Lũy kế hết tháng 10, kim ngạch xuất khẩu đạt 391 tỉ USD, tăng 16,2% so với cùng kỳ năm 2024.',
    [{ v: '391000000000', u: 'USD', ch: ['rate 16.2 *'] }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Trong đó, máy vi tính, sản phẩm điện tử và linh kiện là nhóm hàng hóa có trị giá xuất khẩu cao nhất với 87,3 tỉ USD, tăng 47,9% so với cùng kỳ năm trước.',
    [{ v: '87300000000', u: 'USD', ch: [`rate 47.9 ${SPLY}`] }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    '10 tháng năm 2025, xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện tăng tới 47,9% so với cùng kỳ năm trước',
    [{ ch: [`rate 47.9 ${SPLY}`], p: '2025-YTD-10' }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Xét theo khía cạnh tỉnh, thành phố, điểm đáng chú ý là tính chung 10 tháng, Bắc Ninh đã chính thức vượt TP.HCM, vươn lên dẫn đầu về kim ngạch xuất khẩu, với 76,44 tỉ USD, chiếm 19,5% tổng kim ngạch xuất khẩu cả nước.',
    [usd('76440000000')],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'So với cùng kỳ năm ngoái, kim ngạch xuất khẩu của địa phương này tăng tới 30,6%.',
    [yoy('30.6')],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Tính riêng tháng 10, xuất khẩu hàng hóa của Bắc Ninh đạt hơn 9,4 tỉ USD, chiếm gần 22,4% kim ngạch xuất khẩu cả nước.',
    [{ v: '9400000000', u: 'USD', a: 'over' }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Với TP.HCM, trong tháng 10, kim ngạch xuất khẩu hàng hóa ghi nhận đạt gần 7,66 tỉ USD.',
    [{ v: '7660000000', u: 'USD', a: 'under' }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Lũy kế 10 tháng năm 2025, TP.HCM thu về 76,34 tỉ USD, xuống vị trí thứ 2 trong top các địa phương xuất khẩu dẫn đầu.',
    [{ v: '76340000000', u: 'USD', p: '2025-YTD-10' }],
  ],
  [
    THANHNIEN_XK_10T_2025,
    'Trước đó, tính tới hết tháng 9, TP.HCM vẫn nằm ở vị trí thứ nhất với kim ngạch xuất khẩu 68,65 tỉ USD; Bắc Ninh xếp thứ hai với 67,03 tỉ USD.',
    [usd('68650000000'), usd('67030000000')],
  ],
  // farm, forestry and fishery exports, January-May 2022 (VnExpress)
  [
    VNEXPRESS_4470842,
    'Kim ngạch xuất khẩu hàng nông, lâm, thủy sản trong 5 tháng đầu năm ước đạt 13,08 tỷ USD, tăng 20,3% so với cùng kỳ 2021, theo Bộ Công Thương.',
    [{ v: '13080000000', u: 'USD', st: 'estimate', ch: ['rate 20.3 *'] }],
  ],
  [
    VNEXPRESS_4470842,
    'Bộ Công Thương đánh giá, với kết quả này, xuất khẩu nhóm ngành nông, lâm, thủy sản trở thành điểm sáng trong xuất khẩu chung của cả nước trong 5 tháng đầu năm, chiếm 8,55% tổng kim ngạch.',
    [],
  ],
  [
    VNEXPRESS_4470842,
    'Cụ thể, kim ngạch xuất khẩu thủy sản trong tháng 5 tiếp tục ghi nhận mức tăng trưởng ấn tượng, ước tính đạt 1,1 tỷ USD, tăng 39,5% so với cùng kỳ năm trước.',
    [{ v: '1100000000', u: 'USD', st: 'estimate', ch: [`rate 39.5 ${SPLY}`] }],
  ],
  [
    VNEXPRESS_4470842,
    'Tính chung 5 tháng, xuất khẩu thủy sản mang về 4,75 tỷ USD, tăng 45% so với cùng kỳ 2021.',
    [{ v: '4750000000', u: 'USD', ch: ['rate 45 *'] }],
  ],
  [
    VNEXPRESS_4470842,
    'Trong đó, Hiệp hội chế biến và xuất khẩu thủy sản Việt Nam (Vasep) cho hay, tôm và cá tra là hai sản phẩm mang về tỷ USD trong 5 tháng qua.',
    [],
  ],
  [
    VNEXPRESS_4470842,
    'Xuất khẩu tôm, ước đạt 1,8 tỷ USD, tăng 38%; cá tra thu về hơn 1,2 tỷ USD, tăng trưởng gần 90%.',
    [
      { v: '1800000000', u: 'USD', st: 'estimate', ch: ['rate 38 *'] },
      { v: '1200000000', u: 'USD', a: 'over', ch: ['rate 90 *'] },
    ],
  ],
  [
    VNEXPRESS_4470842,
    'Xuất khẩu gạo trong tháng 5 đạt 386 triệu USD, tăng 39,9% so với tháng 4 và tăng 14% so với cùng kỳ năm ngoái.',
    [{ v: '386000000', u: 'USD', ch: ['rate 39.9 *', `rate 14 ${SPLY}`] }],
  ],
  [
    VNEXPRESS_4470842,
    'Xuất khẩu sắn và các sản phẩm từ sắn đạt 636 triệu USD, tăng 13,3% so với tháng 4 và tăng 38,7% so với cùng kỳ.',
    [{ v: '636000000', u: 'USD', ch: ['rate 13.3 *', `rate 38.7 ${SPLY}`] }],
  ],
  // industry and investment, January-October 2025 (CafeF)
  [
    CAFEF_10T_2025,
    'Đơn cử như sản xuất công nghiệp duy trì nhịp tăng trưởng tích cực, chỉ số sản xuất công nghiệp (IIP) tháng 10 ước tăng 10,8% so với cùng kỳ năm trước, trong đó ngành chế biến, chế tạo tăng 11,4%, là mức tăng cao nhất của tháng 10 trong 8 năm gần đây.',
    [{ ch: [`rate 10.8 ${SPLY}`], st: 'estimate' }, r('11.4')],
  ],
  [
    CAFEF_10T_2025,
    'Tính chung 10 tháng năm 2025, IIP tăng 9,2% so với cùng kỳ năm trước; trong đó ngành chế biến, chế tạo tăng 10,5%, là mức tăng cao nhất của 10 tháng trong giai đoạn 2020-2025.',
    [
      { ch: [`rate 9.2 ${SPLY}`], p: '2025-YTD-10' },
      { ch: ['rate 10.5 *'], p: '2025-YTD-10' },
    ],
  ],
  [
    CAFEF_10T_2025,
    'Vốn đầu tư từ ngân sách Nhà nước thực hiện 10 tháng năm 2025 ước đạt 640,2 nghìn tỷ đồng, bằng 63,1% kế hoạch năm và tăng 27,8% so với cùng kỳ năm trước (cùng kỳ năm trước bằng 64,1% và tăng 2,8%).',
    [
      {
        v: '640200000000000',
        u: 'VND',
        st: 'estimate',
        c: '63.1',
        ch: [`rate 27.8 ${SPLY}`],
        p: '2025-YTD-10',
      },
      { c: '64.1', ch: ['rate 2.8 *'] },
    ],
  ],
  [
    CAFEF_10T_2025,
    'Đây là quy mô vốn đầu tư từ ngân sách nhà nước thực hiện cao nhất của 10 tháng từ trước đến nay và tốc độ tăng trưởng cao nhất trong 5 năm qua.',
    [],
  ],
  [
    CAFEF_10T_2025,
    'Tính đến ngày 31/10/2025, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 31,52 tỷ USD, tăng 15,6% so với cùng kỳ năm trước.',
    [{ v: '31520000000', u: 'USD', ch: [`rate 15.6 ${SPLY}`], p: '2025-YTD-10' }],
  ],
  [
    CAFEF_10T_2025,
    'Vốn đầu tư nước ngoài thực hiện đạt 21,3 tỷ USD, tăng 8,8%, là mức thực hiện cao nhất của 10 tháng trong giai đoạn 2021-2025.',
    [{ v: '21300000000', u: 'USD', ch: ['rate 8.8 *'] }],
  ],
  // textile exports, January-May 2024 (Nhân Dân)
  [
    NHANDAN_DETMAY,
    '5 tháng đầu năm 2024, xuất khẩu dệt may Việt Nam đạt gần 16 tỷ USD, tăng 5% so cùng kỳ năm trước, trong đó điểm sáng xuất khẩu ở thị trường Mỹ khi dệt may Việt Nam vươn lên đứng đầu thị phần xuất khẩu hàng may mặc, vượt qua Trung Quốc và đứng đầu về tốc độ tăng trưởng trong 3 quốc gia xuất khẩu dệt may lớn nhất thế giới.',
    [{ v: '16000000000', u: 'USD', a: 'under', ch: [`rate 5 ${SPLY}`], p: '2024-YTD-05' }],
  ],
];

export const TEST8_VI: readonly RealSentence[] = TEST8_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test8-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test8',
}));
