import type { RealFact, RealSentence } from './types';

/**
 * The SECOND fresh unseen set (`test2`), Vietnamese part: sentences copied verbatim from
 * provinces' statistics offices and departments, provincial and national press, from articles
 * that are in none of `vi.ts`, `en.ts`, `fresh-vi.ts`, `fresh-en.ts`. Annotated by hand from the
 * sentence alone, with the conventions of those files: `đạt X% kế hoạch`/`so dự toán` is a
 * completion; `vượt X% dự toán` is 100 + X; shares (`chiếm X%`), contributions in percentage
 * points (`đóng góp 0,49 điểm phần trăm`), absolute changes in brackets and ranges (`0,2-0,3%`,
 * `7,1-7,7%`) are not facts; `tăng hơn`/`gần` keep the number of the change; `so với cùng kỳ năm
 * 2023` is written `*` (any base), `so với năm 2022` is `2022`; a comparison figure of another
 * period (`thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022`) is its own fact with its period;
 * a growth rate set in a plan (`tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2022 là 8,42%`,
 * `kịch bản đã đề ra khoảng 7,5%`) is a target.
 *
 * Written by someone who never read the extractor; its failures are never printed, and the
 * extractor's authors never read them: it measures text nobody tuned on.
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const TNTV_BANLE_2023 =
  'https://thainguyentv.vn/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-tang-gan-11-99958.html';
const DCS_VINHPHUC_2018 =
  'http://dangcongsan.vn/vinh-phuc-tiem-nang-va-trien-vong/vinh-phuc-hom-nay/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-tang-gan-13-so-cung-ky-503508.html';
const QUANGBINH_2015 =
  'https://baoquangbinh.vn/kinh-te/201509/doanh-thu-ban-le-hang-hoa-va-dich-vu-luu-tru-dat-13526-ty-dong-2128624/';
const THANHHOA_2019 = 'http://baothanhhoa.vn/kinh-te/tong-muc-ban-le-hang-hoa-tang-15-1-so-voi-cung-ky/111135.htm';
const DONGNAI_2011 = 'https://baodongnai.com.vn/tintuc/201111/tong-muc-ban-le-tang-25-2114344';
const BRVT_XK_9M_2022 = 'https://baobariavungtau.com.vn/kinh-te/202210/hieu-quy-tac-de-vuot-rao-can-ky-thuat-961298/';
const DANTOC_XK_2023 =
  'https://dantoctongiao.baodantoc.vn/top-10-tinh-thanh-pho-co-kim-ngach-xuat-khau-dan-dau-ca-nuoc-1715833787311.htm';
const QUANGNAM_2022 = 'https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL462720';
const LAOCAI_LUA = 'https://baolaocai.vn/nong-dan-tich-cuc-xuong-dong-san-xuat-vu-xuan-post894542.html';
const VN24H_GDP = 'https://vn24h.net/kinhdoanh/gdp-quy-i-tang-6-93-54627.html';
const TNTV_GRDP = 'https://thainguyentv.vn/du-uoc-toc-do-tang-truong-kinh-te-6-thang-dau-nam-dat-65-85099.html';
const SOHA_GRDP_2024 =
  'https://soha.vn/ngoai-bac-giang-khanh-hoa-va-thanh-hoa-nhung-dia-phuong-nao-cung-ghi-nhan-grdp-tang-truong-2-con-so-trong-nua-dau-nam-2024-198240709153019718.htm';
const BRVT_GRDP_2023 = 'https://baobariavungtau.com.vn/kinh-te/202306/grdp-6-thang-dau-nam-tang-241-983195/';
const GIALAI_6T_2024 =
  'https://baogialai.com.vn/gia-lai-cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-6-thang-dau-nam-2024-post283068.html';
const DANTRI_2021 =
  'https://dantri.com.vn/kinh-doanh/nhieu-tinh-thanh-thang-buoc-dau-muc-tieu-kep-tang-truong-but-pha-20210830103707558.htm';
const BAOMOI_2025 =
  'https://baomoi.net.vn/diem-ten-6-dia-phuong-dat-tang-truong-2-con-so-trong-nua-dau-nam-c52671963.epi';
const BAOKIEMTOAN = 'http://baokiemtoan.vn/02-ptag.html';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });

/** Vietnamese: provinces' statistics offices and departments, provincial and national press. */
export const TEST2_VI_ROWS: readonly Row[] = [
  [
    TNTV_BANLE_2023,
    'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh tháng 8 đạt trên 5.530 tỷ đồng.',
    [{ v: '5530000000000', u: 'VND', a: 'over' }],
  ],
  [
    TNTV_BANLE_2023,
    'Chia theo loại hình kinh tế, khu vực kinh tế Nhà nước đạt trên 214 tỷ đồng, tăng 7,3%; khu vực kinh tế ngoài Nhà nước đạt gần 5.310 tỷ đồng, tăng trên 11%; khu vực kinh tế có vốn đầu tư nước ngoài đạt 11,4 tỷ đồng, giảm 4%.',
    [
      { v: '214000000000', u: 'VND', a: 'over', ch: ['rate 7.3 *'] },
      { v: '5310000000000', u: 'VND', a: 'under', ch: ['rate 11 *'] },
      { v: '11400000000', u: 'VND', ch: ['rate -4 *'] },
    ],
  ],
  [
    TNTV_BANLE_2023,
    'Trong cơ cấu ngành thương mại, dịch vụ của tỉnh, doanh thu bán lẻ hàng hóa chiếm cơ cấu lớn nhất với trên 70%.',
    [],
  ],
  [
    TNTV_BANLE_2023,
    'Tính chung 8 tháng năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt gần 44,4 nghìn tỷ đồng, tăng 30,5% so với cùng kỳ./.',
    [{ v: '44400000000000', u: 'VND', a: 'under', ch: [`rate 30.5 ${SPLY}`], p: '2023-YTD-08' }],
  ],
  [
    DCS_VINHPHUC_2018,
    'Cụ thể, tháng 10/2018, các hoạt động kinh doanh thương mại và dịch vụ trên thị trường diễn ra sôi động; các cơ quan chức năng làm tốt công tác kiểm tra, kiểm soát và bình ổn thị trường nên giá các loại hàng hóa cơ bản ổn định, góp phần đưa chỉ số giá tiêu dùng tháng 10 tăng 0,32% so với tháng trước; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng ước đạt hơn 4.200 tỷ đồng, tăng hơn 2% so với tháng trước và tăng hơn 17% so với cùng kỳ năm 2017.',
    [
      { ch: [`rate 0.32 ${PREV}`], p: '2018-10' },
      { v: '4200000000000', u: 'VND', a: 'over', st: 'estimate', ch: [`rate 2 ${PREV}`, 'rate 17 *'], p: '2018-10' },
    ],
  ],
  [
    DCS_VINHPHUC_2018,
    'Tính chung 10 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh ước đạt gần 38.400 tỷ đồng, tăng gần 13% so với cùng kỳ năm 2017.',
    [{ v: '38400000000000', u: 'VND', a: 'under', st: 'estimate', ch: ['rate 13 *'], p: '2018-YTD-10' }],
  ],
  [
    DCS_VINHPHUC_2018,
    'Trong đó, doanh thu bán lẻ hàng hóa ước đạt gần 33.000 tỷ đồng, tăng hơn 13%; doanh thu dịch vụ lưu trú, ăn uống, lữ hành và hoạt động hỗ trợ du lịch ước đạt hơn 3.000 tỷ đồng, tăng hơn 9%; các ngành dịch vụ tiêu dùng khác ước đạt hơn 2.200 tỷ đồng, tăng gần 11% so với cùng kỳ năm 2017.',
    [
      { v: '33000000000000', u: 'VND', a: 'under', st: 'estimate', ch: ['rate 13 *'] },
      { v: '3000000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 9 *'] },
      { v: '2200000000000', u: 'VND', a: 'over', st: 'estimate', ch: ['rate 11 *'] },
    ],
  ],
  [
    QUANGBINH_2015,
    'Theo đó, tổng mức bán lẻ hàng hoá và doanh thu dịch vụ trong 9 tháng ước đạt 13.526 tỷ đồng, tăng 8,7% so với cùng kỳ năm trước; trong đó tổng mức bán lẻ hàng hóa đạt 11.488 tỷ đồng (tăng 7,4%), doanh thu hoạt động dịch vụ lưu trú và ăn uống  đạt 1.507,6 tỷ đồng (tăng 20,3%), doanh thu hoạt động dịch vụ khác đạt 530,4 tỷ đồng (tăng 8,4%).',
    [
      { v: '13526000000000', u: 'VND', st: 'estimate', ch: [`rate 8.7 ${SPLY}`] },
      { v: '11488000000000', u: 'VND', ch: ['rate 7.4 *'] },
      { v: '1507600000000', u: 'VND', ch: ['rate 20.3 *'] },
      { v: '530400000000', u: 'VND', ch: ['rate 8.4 *'] },
    ],
  ],
  [
    THANHHOA_2019,
    'Tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ tháng 11 đạt 9.296 tỷ đồng, tăng 14,9% so với cùng kỳ.',
    [{ v: '9296000000000', u: 'VND', ch: [`rate 14.9 ${SPLY}`] }],
  ],
  [
    THANHHOA_2019,
    'Lũy kế 11 tháng, tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ 99.109 tỷ đồng, đạt 94,4% kế hoạch và tăng 15,1% cùng kỳ.',
    [{ v: '99109000000000', u: 'VND', c: '94.4', ch: [`rate 15.1 ${SPLY}`] }],
  ],
  [
    THANHHOA_2019,
    'Chỉ số giá tiêu dùng (CPI) tháng 11-2019 tăng 0,57% so với tháng trước và tăng 2,05% so với cùng kỳ.',
    [{ ch: [`rate 0.57 ${PREV}`, `rate 2.05 ${SPLY}`], p: '2019-11' }],
  ],
  [
    THANHHOA_2019,
    'Dự báo chỉ số CPI tháng 12-2019 sẽ tiếp tục tăng do sức mua trên thị trường bắt đầu tăng cao cuối năm.',
    [],
  ],
  [
    DONGNAI_2011,
    '(ĐN)- Theo Sở Công thương, tổng mức bán lẻ hàng hóa và dịch vụ trên địa bàn tỉnh trong 11 tháng đầu năm 2011 đạt hơn 64,5 tỷ đồng, tăng 25% so cùng kỳ năm 2010 và đạt 94% kế hoạch năm.',
    [{ v: '64500000000', u: 'VND', a: 'over', c: '94', ch: ['rate 25 *'], p: '2011-YTD-11' }],
  ],
  [
    DONGNAI_2011,
    'Ngành dịch vụ đang giữ mức tăng cao nhất với 26,8% trong 11 tháng đầu năm 2011 so với cùng kỳ năm ngoái; ngành thương nghiệp tăng cao thứ hai, đạt 25%; ngành du lịch tăng 24% và ngành khách sạn - nhà hàng tăng thấp nhất với 22,6%.',
    [{ ch: [`rate 26.8 ${SPLY}`], p: '2011-YTD-11' }, r('25'), r('24'), r('22.6')],
  ],
  [
    BRVT_XK_9M_2022,
    'Theo báo cáo của Sở Công thương, kim ngạch xuất khẩu trừ dầu thô toàn tỉnh 9 tháng đạt hơn 4,36 tỷ USD, tăng 11,73% so với cùng kỳ, vượt tốc độ tăng trưởng so với kế hoạch đề ra đầu năm 2022 là 8,42%.',
    [
      { v: '4360000000', u: 'USD', a: 'over', ch: [`rate 11.73 ${SPLY}`] },
      { k: 'target', ch: ['rate 8.42 *'], p: '2022' },
    ],
  ],
  [
    BRVT_XK_9M_2022,
    'Các thị trường xuất khẩu chính của tỉnh vẫn duy trì đà tăng trưởng, cụ thể, châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh) tăng 12,09% so với cùng kỳ; châu Mỹ tăng 29,02% so với cùng kỳ...',
    [yoy('12.09'), yoy('29.02')],
  ],
  [
    DANTOC_XK_2023,
    'Theo báo cáo, 10 tỉnh, thành phố có kim ngạch xuất khẩu dẫn đầu cả nước năm 2023 lần lượt là: TP. Hồ Chí Minh với kim ngạch hơn 42,4 tỷ USD; Bắc Ninh 39,3 tỷ USD; Bình Dương 30,6 tỷ USD; Hải Phòng 26,7 tỷ USD; Thái Nguyên 25,6 tỷ USD; Bắc Giang 24,4 tỷ USD; Đồng Nai 21,6 tỷ USD; Hà Nội 16,6 tỷ USD; Phú Thọ 10,5 tỷ USD; Vĩnh Phúc 9,9 tỷ USD.',
    [
      { v: '42400000000', u: 'USD', a: 'over', p: '2023' },
      { v: '39300000000', u: 'USD' },
      { v: '30600000000', u: 'USD' },
      { v: '26700000000', u: 'USD' },
      { v: '25600000000', u: 'USD' },
      { v: '24400000000', u: 'USD' },
      { v: '21600000000', u: 'USD' },
      { v: '16600000000', u: 'USD' },
      { v: '10500000000', u: 'USD' },
      { v: '9900000000', u: 'USD' },
    ],
  ],
  [
    DANTOC_XK_2023,
    'Năm 2023, mặc dù TP. Hồ Chí Minh tiếp tục dẫn đầu cả nước về kim ngạch xuất khẩu, nhưng kết quả này vẫn giảm 10,8% so với năm 2022.',
    [{ ch: ['rate -10.8 2022'], p: '2023' }],
  ],
  [
    DANTOC_XK_2023,
    'Một số địa phương khác như: Bắc Ninh, Bình Dương, Thái Nguyên, Đồng Nai, Phú Thọ đều có mức giảm trên 10% so với năm 2022.',
    [],
  ],
  [QUANGNAM_2022, 'Có 14/15 chỉ tiêu phát triển kinh tế - xã hội năm 2022 đạt và vượt kế hoạch', []],
  [
    LAOCAI_LUA,
    'Theo thống kê của ngành nông nghiệp, đến thời điểm hiện tại, nhiều địa phương trên địa bàn tỉnh đã làm đất sản xuất lúa xuân khoảng 27 nghìn ha, tương đương 95% kế hoạch; diện tích cấy đạt khoảng 14 nghìn ha, tương đương 50% diện tích theo kế hoạch.',
    [
      { v: '27000', u: 'ha', a: 'about', c: '95' },
      { v: '14000', u: 'ha', a: 'about', c: '50' },
    ],
  ],
  [
    LAOCAI_LUA,
    'Dự kiến, nông dân trên địa bàn tỉnh sẽ hoàn thành kế hoạch sản xuất lúa xuân xong trước ngày 15/3.',
    [],
  ],
  [VN24H_GDP, 'Kinh tế Việt Nam trong quý I khởi sắc, tăng 6,93%.', [r('6.93')]],
  [
    VN24H_GDP,
    'Mức này thấp hơn so với dự báo trước đó của một số tổ chức quốc tế, như Standard Chartered hay Ngân hàng UOB (Singapore) dự báo tăng trưởng kinh tế quý I của Việt Nam có thể đạt 7,1-7,7%.',
    [],
  ],
  [
    TNTV_GRDP,
    'Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,29%, đóng góp 0,49 điểm phần trăm vào mức tăng trưởng chung; khu vực công nghiệp và xây dựng tăng 6,78%, đóng góp 3,93 điểm phần trăm vào mức tăng trưởng chung; khu vực dịch vụ và thuế sản phẩm tăng 6,81%, đóng góp 2,07 điểm phần trăm vào tốc độ tăng trưởng chung.',
    [r('4.29'), r('6.78'), r('6.81')],
  ],
  [
    TNTV_GRDP,
    'Tỷ trọng khu vực công nghiệp - xây dựng chiếm 56,34%, khu vực dịch vụ và thuế sản phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm 12,35%./.',
    [],
  ],
  [
    SOHA_GRDP_2024,
    'Theo số liệu của Tổng cục Thống kê, GDP 6 tháng đầu năm 2024 tăng 6,42%, chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022 trong giai đoạn 2020-2024.',
    [
      { ch: ['rate 6.42 *'], p: '2024-H1' },
      { ch: ['rate 6.58 *'], p: '2022-H1' },
    ],
  ],
  [
    SOHA_GRDP_2024,
    'Theo đó, xét theo từng địa phương, Bắc Giang dẫn đầu cả nước với tăng trưởng GRDP trong nửa đầu năm 2024 đạt 14,14%.',
    [{ ch: ['rate 14.14 *'], p: '2024-H1' }],
  ],
  [
    SOHA_GRDP_2024,
    'Với tốc độ tăng trưởng GRDP ước đạt 11,5%, Thanh Hóa là địa phương có tăng trưởng kinh tế cao thứ 3 cả nước.',
    [{ st: 'estimate', ch: ['rate 11.5 *'] }],
  ],
  [
    SOHA_GRDP_2024,
    'Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh 2010) ước đạt 26.891 tỷ đồng, tăng 10,35% so với cùng kỳ năm 2023.',
    [{ v: '26891000000000', u: 'VND', st: 'estimate', ch: ['rate 10.35 *'], p: '2024-H1' }],
  ],
  [
    SOHA_GRDP_2024,
    'Trong mức tăng chung của toàn nền kinh tế, khu vực công nghiệp, xây dựng vẫn giữ vai trò chủ đạo, 6 tháng ước đạt 17.443,9 tỷ đồng, tăng 13,26% so với cùng kỳ (đóng góp 81% vào mức tăng chung), riêng khu vực công nghiệp ước đạt 15.491,2 tỷ đồng, tăng 14,82% so với cùng kỳ (đóng góp 79,3%); Khu vực dịch vụ ước đạt 5.693,6 tỷ đồng, tăng 7,22% so cùng kỳ (đóng góp 15,2%); Khu vực nông, lâm nghiệp và thủy sản, ước đạt 2.131,3 tỷ đồng, tăng 1,06% so cùng kỳ (đóng góp 0,9%); Thuế sản phẩm trừ trợ cấp sản phẩm ước đạt 1.622,2 tỷ đồng, tăng 4,75% so cùng kỳ (đóng góp 2,9% vào mức tăng chung).',
    [
      { v: '17443900000000', u: 'VND', st: 'estimate', ch: [`rate 13.26 ${SPLY}`] },
      { v: '15491200000000', u: 'VND', st: 'estimate', ch: [`rate 14.82 ${SPLY}`] },
      { v: '5693600000000', u: 'VND', st: 'estimate', ch: [`rate 7.22 ${SPLY}`] },
      { v: '2131300000000', u: 'VND', st: 'estimate', ch: [`rate 1.06 ${SPLY}`] },
      { v: '1622200000000', u: 'VND', st: 'estimate', ch: [`rate 4.75 ${SPLY}`] },
    ],
  ],
  [
    BRVT_GRDP_2023,
    'Cụ thể, tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí theo giá so sánh năm 2010 tăng 2,41% so với cùng kỳ năm trước.',
    [yoy('2.41')],
  ],
  [
    BRVT_GRDP_2023,
    'Trong đó, khu vực nông nghiệp, lâm nghiệp và thủy sản tăng 3,26%; công nghiệp và xây dựng tăng 2,85%; khu vực dịch vụ tăng 2,56%.',
    [r('3.26'), r('2.85'), r('2.56')],
  ],
  [
    BRVT_GRDP_2023,
    'Riêng sản xuất công nghiệp có dấu hiệu phục hồi, chỉ số công nghiệp (trừ dầu thô và khí đốt) ước tăng 6,25% so cùng kỳ.',
    [{ st: 'estimate', ch: [`rate 6.25 ${SPLY}`] }],
  ],
  [BRVT_GRDP_2023, 'Kinh doanh thương mại sôi động trở lại với tổng mức bán lẻ hàng hóa tăng 13,53%.', [r('13.53')]],
  [
    GIALAI_6T_2024,
    'Theo số liệu thống kê công bố, 6 tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tính tăng 3,02% so với cùng kỳ năm 2023.',
    [{ st: 'estimate', ch: ['rate 3.02 *'] }],
  ],
  [
    GIALAI_6T_2024,
    'Bên cạnh đó, tổng doanh thu bán lẻ hàng hóa đạt 29.232,75 tỷ đồng, tăng 8,95% so với cùng kỳ năm 2023; kim ngạch xuất khẩu của tỉnh ước đạt 525 triệu USD, đạt 70% so kế hoạch, tăng 16,98% so với cùng kỳ.',
    [
      { v: '29232750000000', u: 'VND', ch: ['rate 8.95 *'] },
      { v: '525000000', u: 'USD', st: 'estimate', c: '70', ch: [`rate 16.98 ${SPLY}`] },
    ],
  ],
  [
    GIALAI_6T_2024,
    'Tổng thu ngân sách nhà nước ước đạt 3.370 tỷ đồng, tăng 17,7% so với cùng kỳ năm 2023 và đạt 59,9% so với dự toán Trung ương giao, đạt 58% dự toán HĐND tỉnh giao...',
    [{ v: '3370000000000', u: 'VND', st: 'estimate', c: '59.9', ch: ['rate 17.7 *'] }, { c: '58' }],
  ],
  [
    GIALAI_6T_2024,
    'Đáng chú ý, 6 tháng đầu năm có 500 doanh nghiệp thành lập mới, tăng 7,6% so với cùng kỳ; tổng vốn đăng ký là 5.125 tỷ đồng, tăng 9,5% so với cùng kỳ.',
    [
      { v: '500', ch: [`rate 7.6 ${SPLY}`] },
      { v: '5125000000000', u: 'VND', ch: [`rate 9.5 ${SPLY}`] },
    ],
  ],
  [
    GIALAI_6T_2024,
    'Chỉ số giá tiêu dùng (CPI) tháng 6 tăng 0,55% so với tháng trước, tăng 3,52% so với cùng kỳ; bình quân 6 tháng tăng 3,68% so với cùng kỳ.',
    [{ ch: [`rate 0.55 ${PREV}`, `rate 3.52 ${SPLY}`] }, yoy('3.68')],
  ],
  [
    GIALAI_6T_2024,
    'Số lao động được giải quyết việc làm trên địa bàn tỉnh là 15.360 lao động, đạt 57,31% kế hoạch, tăng 1,06% so cùng kỳ.',
    [{ v: '15360', c: '57.31', ch: [`rate 1.06 ${SPLY}`] }],
  ],
  [
    DANTRI_2021,
    'Trước tác động cực lớn từ đại dịch, Việt Nam vẫn có 9 địa phương tăng trưởng GRDP trên 10%, đứng đầu là Hòa Bình, Ninh Thuận, Vĩnh Phúc, Hải Phòng.',
    [],
  ],
  [
    BAOMOI_2025,
    'Trong số 34 tỉnh, thành phố mới, có 6 địa phương ghi nhận mức tăng trưởng kinh tế đạt hai con số trong 6 tháng đầu năm gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%), Quảng Ninh (11,03%), Ninh Bình (10,82%), Bắc Ninh (10,47%) và Phú Thọ (10,09%).',
    [r('11.51'), r('11.2'), r('11.03'), r('10.82'), r('10.47'), r('10.09')],
  ],
  [
    BAOMOI_2025,
    'Ước tính sớm vào cuối tháng 5, GDP quý 2 đạt khoảng 7,7%, 6 tháng tăng 7,3%.',
    [
      { st: 'estimate', ch: ['rate 7.7 *'] },
      { st: 'estimate', ch: ['rate 7.3 *'] },
    ],
  ],
  [BAOMOI_2025, 'Cập nhật số liệu đến nay, GDP 6 tháng có thể tăng thêm 0,2-0,3%, tiệm cận mục tiêu đã đề ra.', []],
  [BAOMOI_2025, 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 6 tháng tăng 9,3%.', [r('9.3')]],
  [
    BAOKIEMTOAN,
    'Đến hết tháng 5, GDP quý I tăng 6,93%, quý II ước tăng 7,67%, 6 tháng ước tăng 7,31%.',
    [r('6.93'), { st: 'estimate', ch: ['rate 7.67 *'] }, { st: 'estimate', ch: ['rate 7.31 *'] }],
  ],
  [
    BAOKIEMTOAN,
    'Cập nhật đến hết tháng 6, dự kiến GDP 6 tháng tăng thêm khoảng 0,2-0,3%, bám sát kịch bản đã đề ra khoảng 7,5%.',
    [{ k: 'target', ch: ['rate 7.5 *'] }],
  ],
];

export const TEST2_VI: readonly RealSentence[] = TEST2_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test2-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test2',
}));
