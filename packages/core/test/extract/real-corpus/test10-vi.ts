import type { RealFact, RealSentence } from './types';

/**
 * The TENTH fresh set (`test10`), Vietnamese part: sentences copied verbatim from DISTRICT- and
 * CITY-level reports (the portals of huyện Lắk, huyện Lương Sơn, huyện Kim Sơn, the page of thành
 * phố Quảng Ngãi on its province's portal, the Quảng Trị party committee's page on huyện Vĩnh Linh,
 * Hànộimới on quận Hoàn Kiếm and quận Hai Bà Trưng, Pháp Luật TP.HCM on the report of Cần Thơ's
 * Department of Planning and Investment) and from COMPANIES' RESULTS against their year's plan in
 * business news (VietnamBiz, Market Times, Báo Đấu thầu, Saigon Economy, nss.vn) on GRDP and
 * production value, the State budget, public investment disbursement, tourism, farm output, and the
 * revenue and profit of Long Hậu, Tân Cảng, Vinafor, PV Gas, REE and FPT (2019-2024), from articles
 * that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `test2-*.ts`, `test3-*.ts`, `fresh4-*.ts`,
 * `test5-*.ts`, `test6-*.ts`, `test7-*.ts`, `test8-*.ts` (checked by their addresses and
 * distinctive figures). Every figure sentence of the paragraphs read is kept, with some of the
 * sentences around them whose numbers are not indicator figures (dates, counts of targets met,
 * shares). A headline is kept as printed; a list number or a paper's `(BĐT) -` before a
 * sentence is not.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test8-vi.ts`: `đạt X% KH`,
 * `bằng X% KH năm`, `đạt X% kế hoạch`, `bằng X% dự toán tỉnh giao`, `hoàn thành X% kế hoạch lợi
 * nhuận năm`, `hoàn thành 60% mục tiêu lợi nhuận cả năm`, `bằng 130% kế hoạch tháng` are
 * completions, and a second completion against a second plan (`đạt 112,89% KH huyện giao`, `bằng
 * 85,35% dự toán HĐND thành phố giao`) is its own fact; `đạt 54,37%` of an output in a report's list
 * of results against the plan is read as a completion; `bằng 116,82% so với cùng kỳ năm trước`,
 * `lần lượt bằng 134% và 81% so với thực hiện trong năm 2020` are ratios; `tăng gấp 2,58 lần so năm
 * 2015`, `tăng 2 lần so với năm 2015`, `cao gấp 7 lần cùng kỳ` are multiples; `so với tháng trước`
 * is the previous period, `so với cùng kỳ`/`so cùng kỳ`/`so với cùng kỳ năm trước`/`so với cùng kỳ
 * năm ngoái`/`tăng 65% cùng kỳ` the same period last year, `so với năm 2021`, `so năm 2015` that
 * year, `so với 6 tháng đầu năm 2020`, `so với nửa đầu năm 2020` that half-year (`2020-H1`), `so với
 * cùng kỳ năm 2018`, `so với đầu năm`, `so với năm trước` and a change with no base are `*`; in a
 * list closed by one base every change has it, while the later items of a list whose first item
 * alone names its base are `*`; shares (`chiếm 23,4%`, `khoảng 35% GRDP`), plan ranges (`/KH tăng
 * 8-9%`, `/KH 55-56 triệu đồng`), absolute changes (`tăng 3,1 triệu đồng`, `tăng 138 doanh
 * nghiệp`), counts of targets, criteria and OCOP products and the fall of the poverty
 * rate (a share) are not facts (a rice yield, `50,4 tạ/ha`, is a value without a unit, as in `vi.ts`:
 * the lead's decision of 1 December, round 21); `hơn`/`trên` X is a lower bound, `gần` an upper bound; `ước đạt`,
 * `ước thực hiện`, `ước tăng`, `ước` is the stage `estimate`, and the breakdown introduced by `trong
 * đó:` of an estimated total is an estimate too; a plan figure stated as such (`2.458/7.758 tỉ
 * đồng, đạt 31,6% kế hoạch vốn` — 7.758 is the plan; `đặt kế hoạch tổng doanh thu là 922,8 tỷ
 * đồng`) is a target; counts of livestock, enterprises and visitors, EPS and per-person income
 * printed as `đồng/người/năm` are values without a unit, while a per-person figure printed in `triệu
 * đồng` carries VND; a period is given when the sentence names it with its year (`quý II/2021` is
 * `2021-Q2`, `Lũy kế 6 tháng đầu năm 2021` `2021-H1`, `Tính tới 30/6/2021` `2021-YTD-06`, `tháng
 * 10/2019` `2019-10`, `Tại thời điểm kết thúc quí III/2019` `2019-Q3`), and every item of a list
 * governed by that period carries it.
 *
 * Judgement calls: `Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch` prints no unit, so
 * its value is 3868 without one; `GRDP bình quân đầu người gấp 1,3 lần của tỉnh` compares two
 * places, not two periods, and is not a change; `Tăng trưởng kinh tế đạt 7,50%` and `tốc độ tăng
 * trưởng cao hơn mức bình quân chung của tỉnh (13,86/9,15%)` are changes; the heading glued to
 * Pháp Luật's paragraph (`Doanh nghiệp bắt đầu hoạt động trở lại`) is left out; a bound on a change
 * (`tăng hơn 32 %`) or on a completion (`đạt hơn 33% kế hoạch`) has no field. Slips of the source
 * (`đạt16.743`, `vượtkế hoạch`, `1.031.200con`, `tnh giao`, `đời sông`, `tỉ` beside `tỷ`, `quí`,
 * a space before `%`) are kept as printed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const LAK_TK_2022 = 'https://ttthlak.gov.vn/tin-tuc/ubnd-huyen-to-chuc-hoi-nghi-tong-ket-nam-2022';
const LUONGSON_2016_2020 =
  'http://luongson.hoabinh.gov.vn/tia-ng-anh/ba-o-ca-o-tha-ng-ka/3088-ka-t-qua-tha-c-hia-n-ca-c-cha-tia-u-kinh-ta-xa-ha-i-giai-oa-n-2016-2020?tmpl=component&print=1&layout=default&page=';
const KIMSON_1558 =
  'http://kimson.ninhbinh.gov.vn/hoi-nghi-cho-y-kien-vao-du-thao-bao-cao-tinh-hinh-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-6-thang-dau-nam-nhiem-vu-6-thang-cuoi-nam-1558.html';
const VINHLINH_2022 =
  'https://tinhuyquangtri.vn/huyen-vinh-linh-nhieu-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-so-voi-ke-hoach-de-ra';
const BDT_110011 = 'https://baodauthau.vn/quy-ii-2021-lhg-bao-lai-tang-356-2-post110011.html';
const MARKETTIMES_PTAG = 'https://markettimes.vn/tan-cang-ptag.html';
const SGE_CHUNGKHOAN = 'https://saigoneconomy.vn/chung-khoan.html';
const QNGAI_TP_9T_2019 =
  'http://www.quangngai.gov.vn/vi/thanhpho/Pages/qnp-kinhtethanhphoquangngai-qnpnd-8760-qnpnc-57-qnpsite-1.html';
const PLO_1018966 =
  'https://plo.vn/thoi-su/chu-tich-can-tho-chi-dao-som-chi-tien-ho-tro-nguoi-dan-kho-khan-1018966.html';
const VIETNAMBIZ_PVGAS = 'https://vietnambiz.vn/tim-kiem.htm?keywords=pv+gas&page=13&zoneid=0';
const VIETNAMBIZ_REE = 'https://vietnambiz.vn/ket-qua-kinh-doanh-ree-quy-ii2018/trang-1.html';
const NSS_30575 = 'https://nss.vn/fpt-cong-bo-ket-qua-kinh-doanh-2023--doanh-thu-chuyen-doi-so-tang-manh-30575.htm';
const HANOIMOI_825150 =
  'https://nhipsonghanoi.hanoimoi.com.vn/tin-tuc/co-so/825150/quan-hoan-kiem-thu-ngan-sach-6-thang-dat-595-du-toan-nam';
const HANOIMOI_553722 = 'https://hanoimoi.vn/print/553722.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const vnd = (v: string): RealFact => ({ v, u: 'VND' });

/** Vietnamese: district and city reports, and companies' results in business news. */
export const TEST10_VI_ROWS: readonly Row[] = [
  // huyện Lắk (Đắk Lắk), tổng kết năm 2022 (cổng thông tin của huyện)
  [
    LAK_TK_2022,
    'Chiều 30/12, UBND huyện tổ chức hội nghị tổng kết đánh giá 19 chỉ tiêu phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh năm 2022, triển khai kế hoạch nhiệm vụ năm 2023.',
    [],
  ],
  [
    LAK_TK_2022,
    'Trong bối cảnh diễn biến tình hình trong nước và thế giới có nhiều biến động, cơ hội và thách thức đan xen; tình hình dịch Covid-19 tuy đã được kiểm soát nhưng vẫn còn diễn biến phức tạp, nhất là những tháng đầu năm 2022; bám sát tinh thần chỉ đạo của tỉnh, Huyện ủy, HĐND huyện, UBND huyện đã chủ động trong công tác chỉ đạo, điều hành, cùng với sự nỗ lực, quyết tâm của các cấp, các ngành, các địa phương và Nhân dân đã thực hiện đạt được nhiều kết quả tích cực, có 18/19 chỉ tiêu đạt và vượt kế hoạch đề ra.',
    [],
  ],
  [
    LAK_TK_2022,
    'Cụ thể, tổng giá trị sản xuất ước đạt 2709 tỷ đồng, đạt 100,33% KH; Tăng trưởng kinh tế đạt 7,50%; thu nhập bình quân đầu người ước đạt 32,3 triệu đồng/người/năm; Giá trị sản xuất công nghiệp – tiểu thủ công nghiệp ước đạt 324 tỷ đồng , đạt 101,2% KH; doanh thu từ ngành thương mại, dịch vụ và du lịch ước đạt trên 1.223 tỷ đồng, đạt 102,8% KH; thu cân đối ngân sách nhà nước trên địa bàn ước đạt 40.120 triệu đồng, đạt 165,17% KH tỉnh giao và đạt 112,89% KH huyện giao; tỷ lệ hộ nghèo giảm 3,87%; huyện đạt 134/190 tiêu chí nông thôn mới (tăng 8 tiêu chí so với năm 2021);…',
    [
      { v: '2709000000000', u: 'VND', st: 'estimate', c: '100.33' },
      r('7.5'),
      { v: '32300000', st: 'estimate' },
      { v: '324000000000', u: 'VND', st: 'estimate', c: '101.2' },
      { v: '1223000000000', u: 'VND', a: 'over', st: 'estimate', c: '102.8' },
      { v: '40120000000', u: 'VND', st: 'estimate', c: '165.17' },
      { c: '112.89' },
    ],
  ],
  // huyện Lương Sơn (Hòa Bình), kết quả 2016-2020 (cổng thông tin của huyện)
  [
    LUONGSON_2016_2020,
    'Trong 5 năm, kinh tế của huyện có tốc độ tăng trưởng cao hơn mức bình quân chung của tỉnh (13,86/9,15%), GRDP bình quân đầu người gấp 1,3 lần của tỉnh(83,5/64 triệu đồng).',
    [r('13.86'), r('9.15'), { v: '83500000', u: 'VND' }, { v: '64000000', u: 'VND' }],
  ],
  [
    LUONGSON_2016_2020,
    'Quy mô các ngành kinh tế tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng).',
    [
      { v: '24013000000000', u: 'VND', ch: ['times 2.58 2015'] },
      { v: '9278000000000', u: 'VND', p: '2015' },
    ],
  ],
  [
    LUONGSON_2016_2020,
    'Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (TTCN) và xây dựng năm 2020 ước đạt16.743 tỷ đồng, tăng gấp 3,38 lần năm 2015, tổng mức luân chuyển hàng hóa và doanh thu dịch vụ năm 2020 ước đạt 5.342 tỷ đồng, tăng 2 lần so với năm 2015.',
    [
      { v: '16743000000000', u: 'VND', st: 'estimate', ch: ['times 3.38 2015'], p: '2020' },
      { v: '5342000000000', u: 'VND', st: 'estimate', ch: ['times 2 2015'], p: '2020' },
    ],
  ],
  [
    LUONGSON_2016_2020,
    'Trong 16 chỉ tiêu chủ yếu của Nghị quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra; có 02 chỉ tiêu không đạt so với kế hoạch là chỉ tiêu tỷ lệ hộ nghèo giảm bình quân hàng năm và Tỷ lệ che phủ rừng.',
    [],
  ],
  [
    LUONGSON_2016_2020,
    'Tổng vốn đầu tư toàn xã hội hàng năm khoảng 35% GRDP (năm 2020 ước đạt 2.995,8 tỷ đồng), vượtkế hoạch.',
    [{ v: '2995800000000', u: 'VND', st: 'estimate', p: '2020' }],
  ],
  // huyện Kim Sơn (Ninh Bình), 6 tháng đầu năm 2019 (cổng thông tin của huyện)
  [
    KIMSON_1558,
    'Chiều 6/6/2019, UBND huyện tổ chức Hội nghị cho ý kiến vào dự thảo Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm tới thành viên UBND huyện, thủ trưởng các cơ quan, đơn vị sự nghiệp trực thuộc UBND huyện.',
    [],
  ],
  [
    KIMSON_1558,
    'Trong đó Tổng giá trị sản xuất ước đạt 3.868, đạt 49,17% kế hoạch.',
    [{ v: '3868', st: 'estimate', c: '49.17' }],
  ],
  [KIMSON_1558, 'Tốc độ tăng trưởng kinh tế ước đạt 7,18%.', [{ st: 'estimate', ch: ['rate 7.18 *'] }]],
  [
    KIMSON_1558,
    'Đánh giá nhiệm vụ phát triển kinh tế xã hội 6 tháng đầu năm, UBND huyện nhấn mạnh: Kinh tế tăng trưởng ổn định, vụ lúa đông xuân được mùa, xây dựng nông thôn mới tiếp tục được đẩy mạnh, sản xuất công nghiệp, TTCN được duy trì, kết cấu hạ tầng được đầu tư, văn hóa xã hội có tiến bộ, an sinh xã hội được đảm bảo, đời sông nhân dân ổn định, an ninh quốc phòng, biên phòng được tăng cường, trật tự an toàn xã hội được đảm bảo.',
    [],
  ],
  [
    KIMSON_1558,
    'Sản lượng lương thực có hạt ước 56.300 tấn, đạt 54,37%.',
    [{ v: '56300', u: 'tonne', st: 'estimate', c: '54.37' }],
  ],
  [
    KIMSON_1558,
    'Sản lượng thủy, hải sản ước đạt 13.750 tấn, đạt 52% kế hoạch.',
    [{ v: '13750', u: 'tonne', st: 'estimate', c: '52' }],
  ],
  [
    KIMSON_1558,
    'Thu ngân sách nhà nước ước 239,7 tỷ đồng đạt 51,93% kế hoạch.',
    [{ v: '239700000000', u: 'VND', st: 'estimate', c: '51.93' }],
  ],
  // huyện Vĩnh Linh (Quảng Trị), năm 2022 (trang của Tỉnh ủy)
  [
    VINHLINH_2022,
    'Tổng quan kinh tế - xã hội của huyện đã có bước phát triển tích cực so với năm 2021, ước thực hiện đạt và vượt 20 chỉ tiêu/21 chỉ tiêu kinh tế - xã hội.',
    [],
  ],
  [
    VINHLINH_2022,
    'Tổng giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 11,07% so với năm 2021 (KH tăng 8-9%).',
    [{ st: 'estimate', ch: ['rate 11.07 2021'] }],
  ],
  [
    VINHLINH_2022,
    'Trong đó, khu vực nông, lâm nghiệp và thủy sản ước tăng 8,31%/KH tăng 3-4%, khu vực công nghiệp và xây dựng ước tăng 10,85%/KH tăng 7,5-8,5%, khu vực thương mại - dịch vụ ước tăng 12,30%/KH tăng 9-10%.',
    [
      { st: 'estimate', ch: ['rate 8.31 *'] },
      { st: 'estimate', ch: ['rate 10.85 *'] },
      { st: 'estimate', ch: ['rate 12.3 *'] },
    ],
  ],
  [
    VINHLINH_2022,
    'Cụ thể: Tỷ trọng nông, lâm nghiệp và thủy sản ước chiếm 23,4%/KH 24,5-25,5%; công nghiệp - xây dựng ước chiếm 31,6%/KH 31,0-31,5%; thương mại dịch vụ ước chiếm 45,0%/KH 43,0-44,5% trong tổng giá trị sản xuất.',
    [],
  ],
  [
    VINHLINH_2022,
    'Thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng, tăng 3,1 triệu đồng so với năm 2021.',
    [{ v: '55300000', u: 'VND', st: 'estimate' }],
  ],
  [
    VINHLINH_2022,
    'Thu ngân sách trên địa bàn ước đạt 285 tỷ đồng, tăng 18,4%/KH tăng 10-12%.',
    [{ v: '285000000000', u: 'VND', st: 'estimate', ch: ['rate 18.4 *'] }],
  ],
  [
    VINHLINH_2022,
    'Tổng nguồn vốn đầu tư phát triển toàn xã hội trong năm ước đạt 2.337 tỷ đồng/KH 2.000-2.100 tỷ đồng, tăng 258 tỷ đồng so với năm 2021.',
    [{ v: '2337000000000', u: 'VND', st: 'estimate' }],
  ],
  [
    VINHLINH_2022,
    'Tổng sản lượng lương thực có hạt ước đạt 38.198 tấn/KH 41.000-42.000 tấn.',
    [{ v: '38198', u: 'tonne', st: 'estimate' }],
  ],
  [VINHLINH_2022, 'Năng suất lúa bình quân đạt 50,4 tạ/ha/KH 55 - 56 tạ/ha.', [{ v: '50.4' }]],
  [
    VINHLINH_2022,
    'Tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con, đàn lợn 61.280 con/KH 43.000-45.000 con, đàn gia cầm 1.031.200con/KH 750.000-795.000 con.',
    [{ v: '16133' }, { v: '61280' }, { v: '1031200' }],
  ],
  // Long Hậu (LHG), quý II và 6 tháng năm 2021 (Báo Đấu thầu)
  [
    BDT_110011,
    'Công ty CP Long Hậu (mã chứng khoán: LHG) công bố Báo cáo tài chính quý II/2021 với doanh thu đạt 555,6 tỷ đồng, lợi nhuận sau thuế đạt 217,6 tỷ đồng, lần lượt tăng trưởng 206,6% và 356,2% so với cùng kỳ năm trước.',
    [
      { v: '555600000000', u: 'VND', ch: [`rate 206.6 ${SPLY}`], p: '2021-Q2' },
      { v: '217600000000', u: 'VND', ch: [`rate 356.2 ${SPLY}`], p: '2021-Q2' },
    ],
  ],
  [
    BDT_110011,
    'Lũy kế 6 tháng đầu năm 2021, Công ty ghi nhận doanh thu đạt 665,8 tỷ đồng, lợi nhuận sau thuế đạt 250,3 tỷ đồng, lần lượt tăng trưởng 71,8% và 125,7% so với 6 tháng đầu năm 2020.',
    [
      { v: '665800000000', u: 'VND', ch: ['rate 71.8 2020-H1'], p: '2021-H1' },
      { v: '250300000000', u: 'VND', ch: ['rate 125.7 2020-H1'], p: '2021-H1' },
    ],
  ],
  [
    BDT_110011,
    'Trong năm 2021, Công ty đặt kế hoạch tổng doanh thu là 922,8 tỷ đồng, lợi nhuận sau thuế là 161 tỷ đồng, lần lượt bằng 134% và 81% so với thực hiện trong năm 2020.',
    [
      { k: 'target', v: '922800000000', u: 'VND', ch: ['ratio 134 2020'], p: '2021' },
      { k: 'target', v: '161000000000', u: 'VND', ch: ['ratio 81 2020'], p: '2021' },
    ],
  ],
  [BDT_110011, 'Như vậy, sau 6 tháng đầu năm, LHG đã hoàn thành 155,5% kế hoạch lợi nhuận năm.', [{ c: '155.5' }]],
  [
    BDT_110011,
    'Tính tới 30/6/2021, tổng tài sản của doanh nghiệp giảm 1,4% so với đầu năm về 2.905 tỷ đồng.',
    [{ v: '2905000000000', u: 'VND', ch: ['rate -1.4 *'], p: '2021-YTD-06' }],
  ],
  // Dịch vụ biển Tân Cảng, 6 tháng (Market Times)
  [
    MARKETTIMES_PTAG,
    'Luỹ kế 6 tháng đầu năm, Dịch vụ biển Tân Cảng ghi nhận doanh thu thuần đạt gần 677 tỷ đồng, gần như đi ngang so với cùng kỳ.',
    [{ v: '677000000000', u: 'VND', a: 'under' }],
  ],
  [
    MARKETTIMES_PTAG,
    'Lợi nhuận sau thuế thu về 78,7 tỷ đồng, tăng 48%; Lợi nhuận sau thuế công ty mẹ đạt 62,16 tỷ đồng, tăng 80% so với cùng kỳ năm trước.',
    [
      { v: '78700000000', u: 'VND', ch: ['rate 48 *'] },
      { v: '62160000000', u: 'VND', ch: [`rate 80 ${SPLY}`] },
    ],
  ],
  // Vinafor (VIF), 6 tháng năm 2021 (Saigon Economy)
  [
    SGE_CHUNGKHOAN,
    'Vinafor (VIF) báo lãi quý 2 cao gấp 7 lần cùng kỳ nhờ lợi nhuận từ công ty liên doanh liên kết',
    [{ ch: [`times 7 ${SPLY}`] }],
  ],
  [
    SGE_CHUNGKHOAN,
    'Lũy kế 6 tháng đầu năm 2021, lợi nhuận sau thuế của Vinafor đạt gần 201 tỷ đồng, tăng 40% so với nửa đầu năm 2020 và đã hoàn thành 60% mục tiêu lợi nhuận cả năm.',
    [{ v: '201000000000', u: 'VND', a: 'under', ch: ['rate 40 2020-H1'], c: '60', p: '2021-H1' }],
  ],
  // thành phố Quảng Ngãi, 9 tháng năm 2019 (trang của thành phố trên cổng tỉnh)
  [
    QNGAI_TP_9T_2019,
    'Kinh tế của Thành phố tiếp tục tăng trưởng khá, một số chỉ tiêu tăng cao so với cùng kỳ năm 2018.',
    [],
  ],
  [
    QNGAI_TP_9T_2019,
    'Tổng giá trị sản xuất (giá SS 2010) trên địa bàn ước thực hiện 27.415 tỷ đồng, bằng 75,7 % KH năm, tăng 12,47 % so với cùng kỳ năm 2018.',
    [{ v: '27415000000000', u: 'VND', st: 'estimate', c: '75.7', ch: ['rate 12.47 *'] }],
  ],
  [
    QNGAI_TP_9T_2019,
    'Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 1.536,246 tỷ đồng, bằng 99,36% dự toán tỉnh giao, bằng 85,35% dự toán HĐND thành phố giao, tăng 32,20% so với cùng kỳ năm 2018; trong đó: thu ngân sách địa phương 1.333,244 tỷ đồng, bằng 100,53% dự toán tỉnh giao, bằng 85,21% dự toán HĐND thành phố giao, bằng 116,82% so với cùng kỳ năm trước.',
    [
      { v: '1536246000000', u: 'VND', st: 'estimate', c: '99.36', ch: ['rate 32.2 *'] },
      { c: '85.35' },
      { v: '1333244000000', u: 'VND', st: 'estimate', c: '100.53', ch: [`ratio 116.82 ${SPLY}`] },
      { c: '85.21' },
    ],
  ],
  [
    QNGAI_TP_9T_2019,
    'Tổng chi ngân sách địa phương ước thực hiện 866,907 tỷ đồng, bằng 73,38 % dự toán tnh giao, bằng 60,95 % dự toán HĐND thành phố giao.',
    [{ v: '866907000000', u: 'VND', st: 'estimate', c: '73.38' }, { c: '60.95' }],
  ],
  // TP Cần Thơ, 9 tháng năm 2021, báo cáo của Sở KH&ĐT (Pháp Luật TP.HCM)
  [
    PLO_1018966,
    'Báo cáo về tình hình kinh tế - xã hội của TP trong tháng 9 và chín tháng đầu năm, Giám đốc Sở KH&ĐT Lê Thanh Tâm cho biết, chỉ số phát triển công nghiệp tháng 9 ước tăng hơn 32 % so với tháng trước.',
    [{ st: 'estimate', ch: [`rate 32 ${PREV}`] }],
  ],
  [
    PLO_1018966,
    'Đến ngày 29-9 có 209/1.167 doanh nghiệp hoạt động trở lại (chiếm 17,9%), tăng 138 doanh nghiệp so với ngày 31-8.',
    [{ v: '209' }, { v: '1167' }],
  ],
  [PLO_1018966, 'Du lịch trong tháng 9 do dịch bệnh nên không phát sinh khách đến du lịch tham quan TP.', []],
  [
    PLO_1018966,
    'Trong 9 tháng, tổng lượng khách đến TP hơn 2 triệu lượt, đạt hơn 33% kế hoạch, giảm 43,6% so với cùng kỳ.',
    [{ v: '2000000', a: 'over', c: '33', ch: [`rate -43.6 ${SPLY}`] }],
  ],
  [
    PLO_1018966,
    'Các doanh nghiệp lưu trú ước phục vụ 868.000 lượt khách, đạt 32,9% kế hoạch, giảm 40,1% so cùng kỳ.',
    [{ v: '868000', st: 'estimate', c: '32.9', ch: [`rate -40.1 ${SPLY}`] }],
  ],
  [
    PLO_1018966,
    'Tổng doanh thu lĩnh vực này là 1.328 tỉ đồng, đạt 32,4% kế hoạch và giảm 37,8% so với cùng kỳ.',
    [{ v: '1328000000000', u: 'VND', c: '32.4', ch: [`rate -37.8 ${SPLY}`] }],
  ],
  [
    PLO_1018966,
    'Đầu tư xây dựng cơ bản, tính đến ngày 29-9, giải ngân vốn đầu tư công đạt hơn 2.458/7.758 tỉ đồng, đạt 31,6% kế hoạch vốn được phân bổ…',
    [
      { v: '2458000000000', u: 'VND', a: 'over', c: '31.6' },
      { k: 'target', v: '7758000000000', u: 'VND' },
    ],
  ],
  // PV Gas, quý I, tháng 10 và quý III/2019 (VietnamBiz)
  [VIETNAMBIZ_PVGAS, 'Với kết quả trên, PV Gas hoàn thành 124% kế hoạch lợi nhuận sau thuế của quí I.', [{ c: '124' }]],
  [VIETNAMBIZ_PVGAS, 'Tuy nhiên, đây cũng là mức lãi ròng thấp nhất của công ty kể từ quí IV/2017.', []],
  [
    VIETNAMBIZ_PVGAS,
    'Tại thời điểm kết thúc quí III/2019, PV Gas đang có khoản thu ngắn hạn khác 412,9 tỉ đồng tại PV Pipe, trong đó hơn 364,7 tỉ đồng đã được liệt vào danh sách nợ xấu.',
    [
      { v: '412900000000', u: 'VND', p: '2019-Q3' },
      { v: '364700000000', u: 'VND', a: 'over', p: '2019-Q3' },
    ],
  ],
  [
    VIETNAMBIZ_PVGAS,
    'Riêng tháng 10/2019, PV Gas ghi nhận tổng doanh thu 6.258 tỉ đồng, bằng 130% kế hoạch tháng; lợi nhuận trước thuế 1.064 tỉ đồng và lợi nhuận sau thuế 849 tỉ đồng, cùng đạt 135% kế hoạch tháng.',
    [
      { v: '6258000000000', u: 'VND', c: '130', p: '2019-10' },
      { v: '1064000000000', u: 'VND', c: '135', p: '2019-10' },
      { v: '849000000000', u: 'VND', c: '135', p: '2019-10' },
    ],
  ],
  // REE, quý II (VietnamBiz)
  [
    VIETNAMBIZ_REE,
    'Trong đó, lợi nhuận sau thuế công ty mẹ đạt 557,8 tỷ đồng, tăng 65% cùng kỳ chủ yếu do lợi nhuận mảng điện quý II đạt 319 tỷ đồng (cùng kỳ chỉ ghi nhận 138 tỷ đồng).',
    [{ v: '557800000000', u: 'VND', ch: [`rate 65 ${SPLY}`] }, vnd('319000000000'), vnd('138000000000')],
  ],
  // FPT, kết quả kinh doanh năm 2023 (nss.vn)
  [NSS_30575, 'Ngày 19/1, Tập đoàn FPT đã công bố kết quả kinh doanh năm 2023.', []],
  [
    NSS_30575,
    'Năm 2023, FPT ghi nhận doanh thu 52.618 tỷ đồng, lợi nhuận trước thuế 9.203 tỷ đồng, lần lượt tăng 19,6% và 20,1% so với cùng kỳ năm ngoái, hoàn thành 101% kế hoạch doanh thu và 102% kế hoạch lợi nhuận đã đề ra tại Đại hội đồng Cổ đông.',
    [
      { v: '52618000000000', u: 'VND', ch: [`rate 19.6 ${SPLY}`], c: '101', p: '2023' },
      { v: '9203000000000', u: 'VND', ch: [`rate 20.1 ${SPLY}`], c: '102', p: '2023' },
    ],
  ],
  [
    NSS_30575,
    'Lợi nhuận sau thuế cho cổ đông công ty mẹ đạt 6.470 tỷ đồng, tăng trưởng 21,8%, EPS (Earning Per Share) đạt 4.666 đồng/cổ phiếu, tăng trưởng 21,3% so với năm trước.',
    [
      { v: '6470000000000', u: 'VND', ch: ['rate 21.8 *'] },
      { v: '4666', ch: ['rate 21.3 *'] },
    ],
  ],
  [
    NSS_30575,
    'Khối Công nghệ (bao gồm Dịch vụ Công nghệ thông tin trong nước và Dịch vụ Công nghệ thông tin nước ngoài) tiếp tục giữ vai trò chủ chốt, đóng góp 60% doanh thu và 45% lợi nhuận trước thuế của toàn Tập đoàn, tương đương 31.449 tỷ đồng và 4.161 tỷ đồng, tăng trưởng lần lượt 22,1% và 23,6% so với cùng kỳ năm trước.',
    [
      { v: '31449000000000', u: 'VND', ch: [`rate 22.1 ${SPLY}`] },
      { v: '4161000000000', u: 'VND', ch: [`rate 23.6 ${SPLY}`] },
    ],
  ],
  [
    NSS_30575,
    'Năm 2023 mang ý nghĩa lịch sử với FPT khi doanh thu từ Dịch vụ Công nghệ thông tin tại nước ngoài chính thức vượt mốc 1 tỷ USD, đạt 24.288 tỷ đồng, tăng 28,4%, lợi nhuận trước thuế đạt 3.782 tỷ đồng, tăng 27,1% so với cùng kỳ năm trước.',
    [
      { v: '1000000000', u: 'USD', a: 'over', p: '2023' },
      { v: '24288000000000', u: 'VND', ch: ['rate 28.4 *'], p: '2023' },
      { v: '3782000000000', u: 'VND', ch: [`rate 27.1 ${SPLY}`], p: '2023' },
    ],
  ],
  [
    NSS_30575,
    'Các thị trường trọng điểm đều giữ được đà tăng trưởng cao, đặc biệt tại thị trường Nhật Bản, bất chấp sự mất giá của đồng Yên, vẫn giữ được đà tăng trưởng cao 43,4% so với cùng kỳ.',
    [yoy('43.4')],
  ],
  // quận Hoàn Kiếm, 6 tháng đầu năm 2021 (Nhịp sống Hà Nội, Hànộimới)
  [HANOIMOI_825150, 'Quận Hoàn Kiếm: Thu ngân sách 6 tháng đạt 59,5% dự toán năm', [{ c: '59.5' }]],
  [
    HANOIMOI_825150,
    '6 tháng đầu năm 2021, UBND quận Hoàn Kiếm đã chỉ đạo các phòng, ban, đơn vị kiên trì thực hiện có hiệu quả “mục tiêu kép”, vừa phòng, chống dịch bệnh, vừa phát triển kinh tế - xã hội.',
    [],
  ],
  [
    HANOIMOI_825150,
    'Kết quả, tổng doanh thu ngành thương mại, dịch vụ của quận đạt 45,48% so với kế hoạch năm, tăng 8,67% so với cùng kỳ.',
    [{ c: '45.48', ch: [`rate 8.67 ${SPLY}`] }],
  ],
  [
    HANOIMOI_825150,
    'Tổng thu ngân sách nhà nước trên địa bàn quận đạt 5.330,9 tỷ đồng, đạt 59,5% dự toán năm, tăng 37,2% so với cùng kỳ…',
    [{ v: '5330900000000', u: 'VND', c: '59.5', ch: [`rate 37.2 ${SPLY}`] }],
  ],
  // quận Hai Bà Trưng, kỳ họp HĐND giữa năm 2023 (Hànộimới)
  [
    HANOIMOI_553722,
    'Quận Hai Bà Trưng: Tổng thu ngân sách đến ngày 31-5 đạt hơn 7.743 tỷ đồng',
    [{ v: '7743000000000', u: 'VND', a: 'over' }],
  ],
];

export const TEST10_VI: readonly RealSentence[] = TEST10_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test10-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test10',
}));
