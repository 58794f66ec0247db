import type { RealFact, RealSentence } from './types';

/**
 * The TWELFTH fresh set (`test12`), Vietnamese part: sentences copied verbatim from SECTOR BODIES
 * and the TRADE PRESS, from sites no earlier set read: the Ministry of Industry and Trade's export
 * portal (goglobal.moit.gov.vn: textiles and footwear to Europe and America, 2025), the Vietnam
 * Coffee Coordination Board's monthly bulletin (vccb.org.vn, 2023), a provincial Department of
 * Industry and Trade (Sở Công Thương Hà Nam, first quarter of 2022), public investment
 * disbursement against the Prime Minister's plan (VOV, Tạp chí Tòa án, ClipTV, 2023), a provincial
 * agriculture sector (Báo Hải Dương, 2020), the wood association's target (Thương gia, 2023),
 * VITAS's target (news.anyselected.com, 2024), durian exports (Truyền hình Quốc hội, 2023), the
 * leather and footwear association Lefaso, cashew and the steel association VSA as relayed by
 * Việt Báo (vietbao.com, 2018), a broker's steel-sector report (123doc.top, 2020), VASEP's
 * pangasius figures (Nhịp cầu Đầu tư, 2019), the Ho Chi Minh City Stock Exchange's capitalisation
 * (gomoney.vn, 2021) and FDI into industrial parks (Doanh nhân Việt Nam, 2020) — from articles
 * that are in none of `vi.ts`, `en.ts`, `fresh-*.ts`, `fresh4-*.ts`, `test2-*.ts` … `test11-*.ts`
 * (checked by grepping their addresses and distinctive figures; none of these sites is in any of
 * them). Every figure sentence of the passages read is kept, with some sentences around them that
 * state no figure, and the headlines that state a figure; sentences cut off by the end of the
 * stored text are left out. Where the stored copy has no full stop between two sentences (the
 * bullets of the steel report), each is taken up to where the next begins; the leading `VOV.VN -`
 * and bullet marks are dropped; footnote marks (`[1]`, `[2]`) are kept as printed.
 *
 * Annotated by hand from the sentence alone, with the conventions of `test8-vi.ts`, `test10-vi.ts`
 * and `test11-vi.ts`: `đạt X% kế hoạch`, `bằng X% kế hoạch`, `đạt X% kế hoạch Thủ tướng Chính phủ
 * giao`, `đạt X% kế hoạch của năm 2023` are completions (two completions of one figure are two
 * facts, the second without the value); the national average rate stated beside a completion
 * (`thấp hơn so với mức trung bình của cả nước là 10,35%`) is a completion of its own, and the goal
 * `so với mục tiêu 95% đã đề ra` a target completion; `tăng 19 lần`, `tăng gần 19 lần` are
 * multiples (times; the bound of `gần` has no field); `so với cùng kỳ`, `so cùng kỳ`, `so với cùng
 * kỳ năm trước`, `so với cùng kỳ năm ngoái`, `yoy` are the same period last year, `so với tháng
 * trước` the previous period; `so với năm 2017`, `so với năm 2016` of a year's figure that year;
 * `so với cùng kỳ năm 2024`, `so với cùng kỳ năm 2022`, `so với cùng kỳ 2017`, `so với cùng kỳ năm
 * 2021`, `so với Quý I năm 2021`, `so với tháng 4`, `so với tháng 9/2023`, `so với cuối năm 2020`,
 * `so với mức giá cuối tháng 4.2017`, `so với cùng kỳ năm 2020` (of a 2020 figure, a slip of the
 * source) and a change with no base are `*`; in a list closed by one base (`…, tăng 11,5%; … đạt 2,5
 * tỷ USD, tăng 9,3% so với cùng kỳ năm trước`) every change has that base, while the later items of
 * a list whose first item alone names its base are `*`; shares (`đóng góp 62% cho mức tăng`),
 * ranges (`từ 7 - 9%`, `47-48 tỷ USD`, `từ 19,5 – 20 tỷ USD`), thresholds (`Dưới 15% Kế Hoạch`,
 * `không vượt quá 10%`), absolute changes (`tăng 832 triệu USD so với cùng kỳ 2022`), ranks (`đứng
 * thứ 4`), counts that merely describe (of ministries and localities: `17 bộ, cơ quan`, `37 Bộ Và 3
 * Địa Phương`), decree numbers, dates and `2 con số` (double digits) are not facts, while by the
 * lead's rule of 1 December 2026 a count is a fact when it is the indicator's value (`đã thu hút
 * được được 591 dự án FDI`, a value without a unit, as `test11-vi.ts` reads counts of
 * enterprises); `hơn`/`trên`/`vượt` X is a lower bound, `gần` an upper bound, `khoảng` an
 * approximation; `ước đạt`, `ước tăng` are the stage `estimate`; a goal (`đặt mục
 * tiêu`, `kỳ vọng`, `dự tính vượt`) is a target, and every figure a goal governs is; export and
 * commodity prices (`3.350 USD/tấn`) are values without a unit; `tấn` is `tonne`; `tỷ đồng`, `tỉ
 * đồng`, `triệu tỷ đồng VND` are `VND`. A period is given when the sentence names it with its year
 * (`9 tháng đầu năm 2025` `2025-YTD-09`, `tháng 10/2023` `2023-10`, `Quý I/2022` `2022-Q1`, `hết quý
 * I/2023` `2023-Q1`, `6 tháng đầu năm 2023` and `6 tháng … năm 2023` `2023-H1`, `Lũy kế 11T/2020`
 * `2020-YTD-11`, `Tính đến 30/6/2021` `2021-H1`, `10 tháng đầu năm 2020` `2020-YTD-10`, `Năm 2017`
 * `2017`, `năm 2018` of a goal `2018`), and every item of a list governed by that period carries
 * it; `trong 5 tháng`, `4 tháng đầu năm`, `Từ đầu năm đến nay`, `trong tháng 5`, `10 tháng qua`,
 * `nửa đầu tháng 5/2019` (half a month) none, and `kỳ hạn tháng 12/2023` (a futures contract's
 * month) is not a period.
 *
 * The lead's convention of 1 December 2026 (domain.md): the LEVEL of a named rate indicator is a
 * value fact in `percent` (`tỷ lệ nội địa hóa sản phẩm da giày đạt 55%`, here a goal); shares of a
 * total, growth rates, completion rates (`tỉ lệ giải ngân … đạt 28,63% kế hoạch`: completions) and
 * rates set by decision are not value facts. No sentence states a change in basis points.
 *
 * Judgement calls: the headline `… ước tăng 6,9% so với cùng kỳ năm` (the year cut off by the
 * headline) is read as the same period last year, as `test11-vi.ts` reads `so với cùng kỳ năm`; the headline `Giải ngân vốn đầu tư công 6 tháng đạt 28,6% kế hoạch của năm
 * 2023` and the sentence under it (`6 tháng đầu năm mới đạt 28,63% kế hoạch của năm 2023`) are read
 * as the first half of 2023; `tăng hơn 35% về giá so cùng kỳ` after a value is the change of the
 * price, a fact of its own; `giảm SLTT -2,7% yoy` (a decline written with a minus) is a change of
 * -2.7; `Hiệp hội thép kỳ vọng năm 2018, tăng trưởng thép sẽ đạt mức 20%` is a target change;
 * `tổng vốn giải ngân … là gần 2.100 tỷ đồng` is a value with its upper bound; `số tài khoản mở mới
 * tăng 58% trong vòng 6 tháng đầu năm`, in the sentence opened by `Tính đến 30/6/2021`, is
 * `2021-H1`. Slips of the source (`sản phầm`, `trongnước`, `bấtđộng sản`, `SLTTnội địa`, `đang
 * kể`, `được được`, `5,28 triệu tỷ đồng VND`) are kept as printed.
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only
 * in its own groups, its failures never printed (1 December 2026).
 */

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const GOGLOBAL_DETMAY_9T_2025 =
  'https://goglobal.moit.gov.vn/vi/tinh-hinh-xuat-khau-det-may-da-giay-sang-khu-vuc-chau-au-chau-my-trong-9-thang-nam-2025-va-mot-so-du-bao.html';
const VCCB_CAPHE_T10_2023 = 'http://vccb.org.vn/vn/tID10182_ban-tin-thang-102023.html';
const SCT_HANAM_Q1_2022 =
  'https://sct.hanam.gov.vn/Pages/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-xa-hoi-uoc-tang-69-so-voi-cung-ky-nam.aspx';
const VOV_GIAINGAN_H1_2023 =
  'https://vov.vn/multimedia/infographic/giai-ngan-von-dau-tu-cong-6-thang-dat-286-ke-hoach-cua-nam-2023-post1032355.vov';
const TAPCHITOAAN_GIAINGAN_Q1_2023 = 'https://tapchitoaan.vn/van-de-thoi-su-thoi-su?page=12';
const CLIPTV_GIAINGAN_H1_2023 =
  'https://cliptv.vn/37-bo-va-3-dia-phuong-chi-giai-ngan-duoc-duoi-15-ke-hoach-von-dau-tu-cong,bYm6Kzk52';
const BAOHAIDUONG_NONGNGHIEP_H1_2020 = 'http://baohaiduong.vn/nong-nghiep/chi-tiet-bai-viet-cua-140426';
const THUONGGIAO_GO_2023 = 'https://thuonggiaonline.vn/viforest-tag64011.html';
const ANYSELECTED_DETMAY_2024 =
  'https://news.anyselected.com/vi-VN/t%C3%A0i%20ch%C3%ADnh/Ng%C3%A0nh-d%E1%BB%87t-may-Vi%E1%BB%87t-Nam-%C4%91%E1%BA%B7t-m%E1%BB%A5c-ti%C3%AAu-47-48-t%E1%BB%B7-USD-xu%E1%BA%A5t-kh%E1%BA%A9u-n%C4%83m-t%E1%BB%9Bi/3169';
const QUOCHOITV_SAURIENG_2023 = 'https://quochoitv.vn/xuat-khau-sau-rieng-tang-19-lan-so-voi-cung-ky-2022-184627.htm';
const VIETBAO_LEFASO_2018 = 'https://vietbao.com/a276439/da-giay-vn-hy-vong-tang-10-';
const VIETBAO_DIEU_2018 = 'https://vietbao.com/a281271/syria-khoa-dau-tien-do-my-huan-luyen';
const VIETBAO_THEP_5T_2018 = 'https://vietbao.com/a282183/world-cup-nga-thang-saudi-arabia-5-0';
const VIETBAO_THEP_10T_2018 = 'https://vietbao.com/a287637/singapore-nha-ban-giam-48-';
const DOC123_THEP_11T_2020 = 'https://123doc.top/document/8786738-bao-cao-nganh-thep-12-2020.htm';
const NHIPCAUDAUTU_CATRA_2019 = 'http://ntp.nhipcaudautu.vn/xuat-khau-ca-tra-sang-my-tag.html';
const GOMONEY_HOSE_H1_2021 = 'https://gomoney.vn/san-hose-la-gi/';
const DOANHNHANVN_KCN_10T_2020 = 'https://doanhnhanvn.vn/tim-kiem.html?q=Khu+c%C3%B4ng+nghi%E1%BB%87p&trang=13';

const r = (x: string): RealFact => ({ ch: [`rate ${x} *`] });
const yoy = (x: string): RealFact => ({ ch: [`rate ${x} ${SPLY}`] });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });

export const TEST12_VI_ROWS: readonly Row[] = [
  // Bộ Công Thương (goglobal.moit.gov.vn), dệt may và da giày sang Âu – Mỹ, 9 tháng năm 2025
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Theo thống kê của Tổng cục Hải quan, tổng kim ngạch xuất khẩu nhóm hàng dệt may và các sản phẩm liên quan của Việt Nam vào các thị trường khu vực Âu – Mỹ trong 9 tháng đầu năm 2025 đạt 20,4 tỷ USD, tăng 10,8% so với cùng kỳ năm 2024.',
    [usd('20400000000', { ch: ['rate 10.8 *'], p: '2025-YTD-09' })],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Trong đó, xuất khẩu hàng dệt, may đạt 19,4 tỷ USD, tăng 11%; nguyên phụ liệu dệt, may & da, giày đạt 360,1 triệu USD, tăng 10,7%; xơ, sợi dệt các loại đạt 360,1 triệu USD, tăng 13,3%; vải mành, vải kỹ thuật khác đạt 199,8 triệu USD, giảm 9,6%.',
    [
      usd('19400000000', { ch: ['rate 11 *'] }),
      usd('360100000', { ch: ['rate 10.7 *'] }),
      usd('360100000', { ch: ['rate 13.3 *'] }),
      usd('199800000', { ch: ['rate -9.6 *'] }),
    ],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Cùng với đó, tổng kim ngạch xuất khẩu hàng da giày và túi xách của Việt Nam vào các thị trường khu vực Âu – Mỹ trong 9 tháng đầu năm 2025 đạt 16,1 tỷ USD, tăng 11,2% so với cùng kỳ năm 2024.',
    [usd('16100000000', { ch: ['rate 11.2 *'], p: '2025-YTD-09' })],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Trong đó, mặt hàng giày dép các loại đạt 13,6 tỷ USD, tăng 11,5%; ngành hàng túi xách, ví, vali, mũ, ô, dù đạt 2,5 tỷ USD, tăng 9,3% so với cùng kỳ năm trước.',
    [usd('13600000000', { ch: [`rate 11.5 ${SPLY}`] }), usd('2500000000', { ch: [`rate 9.3 ${SPLY}`] })],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Tổng cộng toàn bộ nhóm hàng dệt may, da giày xuất khẩu của Việt Nam sang thị trường Âu – Mỹ trong 9 tháng đầu năm 2025 đạt 36,4 tỷ USD, tăng 11% so với cùng kỳ năm trước.',
    [usd('36400000000', { ch: [`rate 11 ${SPLY}`], p: '2025-YTD-09' })],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Tình hình xuất khẩu nhóm dệt may và các phân ngành liên quan của Việt Nam sang khu vực châu Âu – châu Mỹ trong 9 tháng đầu năm 2025 tiếp tục duy trì quán tính tăng trưởng tích cực.',
    [],
  ],
  [
    GOGLOBAL_DETMAY_9T_2025,
    'Tổng kim ngạch toàn nhóm sang khu vực đạt 20,36 tỷ USD, tăng 10,80% so với cùng kỳ năm 2024 (18,38 tỷ USD).',
    [usd('20360000000', { ch: ['rate 10.8 *'] }), usd('18380000000')],
  ],
  // Ban Điều phối ngành hàng cà phê Việt Nam (vccb.org.vn), bản tin tháng 10/2023
  [
    VCCB_CAPHE_T10_2023,
    'Chỉ số giá cà phê tổng hợp của ICO tiếp tục giảm, bình quân tháng 10/2023 đạt 3.350 USD/tấn, giảm 0,8% so với tháng trước và giảm 14,9% so với cùng kỳ năm 2022.[1]',
    [{ v: '3350', ch: [`rate -0.8 ${PREV}`, 'rate -14.9 *'], p: '2023-10' }],
  ],
  [VCCB_CAPHE_T10_2023, 'Giá trung bình đối với các nhóm cà phê khác có xu hướng tăng nhẹ trong tháng 10/2023.', []],
  [
    VCCB_CAPHE_T10_2023,
    'So với tháng trước, giá cà phê Arabica Brazil tăng mạnh nhất, tăng 0,9% đạt bình quân 3.429 USD/tấn.',
    [{ v: '3429', ch: [`rate 0.9 ${PREV}`] }],
  ],
  [
    VCCB_CAPHE_T10_2023,
    'Giá cà phê Arabica Colombia bình quân đạt 4.100 USD/tấn, tăng 0,5%, giá cà phê Arabica khác đạt 4.055 USD/tấn, tăng 0,2%. [1]',
    [
      { v: '4100', ch: ['rate 0.5 *'] },
      { v: '4055', ch: ['rate 0.2 *'] },
    ],
  ],
  [VCCB_CAPHE_T10_2023, 'Tuy nhiên so với cùng kỳ năm trước, giá cà phê Arabica giảm mạnh.', []],
  [
    VCCB_CAPHE_T10_2023,
    'Trong đó, giá cà phê Arabica Colombia giảm 29%, Arabica các quốc gia khác giảm 23,4% và Arabica Brazil giảm 19,1%. [1]',
    [r('-29'), r('-23.4'), r('-19.1')],
  ],
  [
    VCCB_CAPHE_T10_2023,
    'Giá cà phê Robusta tiếp tục có xu hướng giảm từ tháng trước, giá cà phê Robusta trung bình đạt 2.620 USD/tấn, giảm 4,1% so với tháng 9/2023, nhưng tăng 15,4% so với cùng kỳ năm trước.',
    [{ v: '2620', ch: ['rate -4.1 *', `rate 15.4 ${SPLY}`] }],
  ],
  [
    VCCB_CAPHE_T10_2023,
    'Tháng 10/2023, giá cà phê Arabica bình quân kỳ hạn tháng 12/2023 trên sàn New York đạt 3.415 USD/tấn, tăng 1,7% so với tháng trước nhưng giảm 22,3% so với cùng kỳ năm 2022.',
    [{ v: '3415', ch: [`rate 1.7 ${PREV}`, 'rate -22.3 *'], p: '2023-10' }],
  ],
  [
    VCCB_CAPHE_T10_2023,
    'Tương tự, giá cà phê Robusta kỳ hạn tháng 12/2023 trên sàn London ở mức 2.439 USD/tấn, giảm 5,7% so với tháng 9/2023, nhưng tăng 19% so với cùng kỳ năm 2022. [2]',
    [{ v: '2439', ch: ['rate -5.7 *', 'rate 19 *'] }],
  ],
  // Sở Công Thương Hà Nam, quý I/2022
  [
    SCT_HANAM_Q1_2022,
    'Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng xã hội ước tăng 6,9% so với cùng kỳ năm',
    [{ st: 'estimate', ch: [`rate 6.9 ${SPLY}`] }],
  ],
  [
    SCT_HANAM_Q1_2022,
    'Giá trị sản xuất công nghiệp (giá SS2010) Quý I/2022 ước đạt 35.230 tỷ đồng tăng 13,6% so với cùng kỳ năm 2021.',
    [vnd('35230000000000', { st: 'estimate', ch: ['rate 13.6 *'], p: '2022-Q1' })],
  ],
  [
    SCT_HANAM_Q1_2022,
    'Chỉ số sản xuất công nghiệp ước tăng 13,2% so với Quý I năm 2021.',
    [{ st: 'estimate', ch: ['rate 13.2 *'] }],
  ],
  [
    SCT_HANAM_Q1_2022,
    'Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng xã hội ước đạt 8.634,8 tỷ đồng, tăng 6,9% so với cùng kỳ năm 2021.',
    [vnd('8634800000000', { st: 'estimate', ch: ['rate 6.9 *'] })],
  ],
  [
    SCT_HANAM_Q1_2022,
    'Tổng kim ngạch xuất khẩu hàng hoá ước đạt 1.020 triệu USD, tăng 22,3% so với cùng kỳ năm 2021.',
    [usd('1020000000', { st: 'estimate', ch: ['rate 22.3 *'] })],
  ],
  [
    SCT_HANAM_Q1_2022,
    'Từ hiệu quả của Nghị quyết số 128/NQ-CP của Chính phủ Ban hành Quy định tạm thời "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19" tình hình sản xuất công nghiệp Quý I trên địa bàn tỉnh có nhiều chuyển biến rất tích cực, các nhà máy sản xuất hoạt động đều đặn nên tốc độ tăng trưởng của các sản phẩm công nghiệp chủ yếu của tỉnh có mức tăng cao như: xi măng tăng 14,1%; thiết bị điện, điện tử tăng 14,2%, xe máy tăng 11,5%; quần áo may sẵn tăng 12,4%, đồ chơi trẻ em tăng 42%...',
    [r('14.1'), r('14.2'), r('11.5'), r('12.4'), r('42')],
  ],
  // Bộ Tài chính, giải ngân vốn đầu tư công 6 tháng năm 2023 (VOV)
  [
    VOV_GIAINGAN_H1_2023,
    'Giải ngân vốn đầu tư công 6 tháng đạt 28,6% kế hoạch của năm 2023',
    [{ c: '28.6', p: '2023-H1' }],
  ],
  [
    VOV_GIAINGAN_H1_2023,
    'Theo số liệu từ Bộ Tài chính, giải ngân vốn đầu tư công 6 tháng đầu năm mới đạt 28,63% kế hoạch của năm 2023 và đạt 30,49% kế hoạch Thủ tướng Chính phủ giao.',
    [
      { c: '28.63', p: '2023-H1' },
      { c: '30.49', p: '2023-H1' },
    ],
  ],
  // Bộ Tài chính, giải ngân của các bộ, quý I/2023 (Tạp chí Tòa án)
  [
    TAPCHITOAAN_GIAINGAN_Q1_2023,
    'Tiến độ giải ngân của 17 bộ, cơ quan trung ương thấp hơn mức trung bình của cả nước',
    [],
  ],
  [
    TAPCHITOAAN_GIAINGAN_Q1_2023,
    'Tính đến hết quý I/2023, tổng vốn giải ngân của 17 bộ, cơ quan là gần 2.100 tỷ đồng, đạt 6,11% kế hoạch Thủ tướng Chính phủ giao, thấp hơn so với mức trung bình của cả nước là 10,35%.',
    [vnd('2100000000000', { a: 'under', c: '6.11', p: '2023-Q1' }), { c: '10.35', p: '2023-Q1' }],
  ],
  // Bộ Tài chính, giải ngân 6 tháng năm 2023 (ClipTV)
  [CLIPTV_GIAINGAN_H1_2023, '37 Bộ Và 3 Địa Phương Chỉ Giải Ngân Được Dưới 15% Kế Hoạch Vốn Đầu Tư Công', []],
  [
    CLIPTV_GIAINGAN_H1_2023,
    'Theo báo cáo mới nhất ngày 4/7 của Bộ Tài chính, tỉ lệ giải ngân của 6 tháng đầu năm 2023 đạt hơn 215.500 tỉ đồng, đạt 28,63% kế hoạch và đạt 30,49% kế hoạch Thủ tướng Chính phủ giao, còn cách khá xa so với mục tiêu 95% đã đề ra.',
    [
      vnd('215500000000000', { a: 'over', c: '28.63', p: '2023-H1' }),
      { c: '30.49', p: '2023-H1' },
      { k: 'target', c: '95' },
    ],
  ],
  // Ngành nông nghiệp Hải Dương, 6 tháng đầu năm 2020 (Báo Hải Dương)
  [
    BAOHAIDUONG_NONGNGHIEP_H1_2020,
    'Mặc dù chịu ảnh hưởng của dịch Covid-19 và nhiều yếu tố bất lợi nhưng giá trị sản xuất của ngành nông nghiệp vẫn tăng cao nhất trong nhóm ngành kinh tế trên địa bàn tỉnh 6 tháng đầu năm 2020.',
    [],
  ],
  [
    BAOHAIDUONG_NONGNGHIEP_H1_2020,
    'Cụ thể, giá trị sản xuất nông, lâm nghiệp, thủy sản đạt 10.975 tỷ đồng, bằng 58,8% kế hoạch, tăng 7,5% so với cùng kỳ năm 2020.',
    [vnd('10975000000000', { c: '58.8', ch: ['rate 7.5 *'] })],
  ],
  // Viforest, mục tiêu xuất khẩu gỗ năm 2023 (Thương gia)
  [THUONGGIAO_GO_2023, 'Ngành gỗ kỳ vọng xuất khẩu đạt 18 tỷ USD', [usd('18000000000', { k: 'target' })]],
  [
    THUONGGIAO_GO_2023,
    'Năm 2023, ngành gỗ Việt Nam đang đặt kỳ vọng đạt tốc độ tăng trưởng từ 7 - 9%, tương đương kim ngạch xuất khẩu 18 tỷ USD.',
    [usd('18000000000', { k: 'target', p: '2023' })],
  ],
  // VITAS, mục tiêu năm 2025 (news.anyselected.com)
  [
    ANYSELECTED_DETMAY_2024,
    'Ngành dệt may của Việt Nam đặt mục tiêu đạt 47-48 tỷ USD doanh thu xuất khẩu vào năm 2025, theo Chủ tịch Hiệp hội Dệt may Việt Nam (VITAS) Vũ Đức Giang.',
    [],
  ],
  // Hiệp hội Rau quả Việt Nam, xuất khẩu sầu riêng 2023 (Truyền hình Quốc hội)
  [QUOCHOITV_SAURIENG_2023, 'Xuất khẩu sầu riêng tăng 19 lần so với cùng kỳ 2022', [{ ch: ['times 19 *'] }]],
  [
    QUOCHOITV_SAURIENG_2023,
    'Từ đầu năm đến nay, xuất khẩu sầu riêng đạt 876 triệu USD, tăng gần 19 lần so với cùng kỳ năm ngoái.',
    [usd('876000000', { ch: [`times 19 ${SPLY}`] })],
  ],
  [
    QUOCHOITV_SAURIENG_2023,
    'Theo đó, xuất khẩu rau quả đạt 2,7 tỷ USD, sầu riêng dẫn đầu kim ngạch đạt 876 triệu USD, tăng 832 triệu USD so với cùng kỳ 2022.',
    [usd('2700000000'), usd('876000000')],
  ],
  [
    QUOCHOITV_SAURIENG_2023,
    'Theo Hiệp hội Rau quả Việt Nam, từ tháng 8 tới cuối năm sẽ bước vào chính vụ thu hoạch ở Tây Nguyên.',
    [],
  ],
  [
    QUOCHOITV_SAURIENG_2023,
    'Do đó, sản lượng sầu riêng sẽ tăng vọt và xuất khẩu sầu riêng dự tính vượt 1 tỷ USD.',
    [usd('1000000000', { k: 'target', a: 'over' })],
  ],
  // Lefaso, mục tiêu năm 2018 và kết quả 2017 (Việt Báo)
  [
    VIETBAO_LEFASO_2018,
    'Bản tin VietnamBiz/TTXVN ghi rằng trong năm 2018, ngành da giày đặt mục tiêu đạt gần 20 tỷ USD kim ngạch xuất cảng.',
    [usd('20000000000', { k: 'target', a: 'under', p: '2018' })],
  ],
  [
    VIETBAO_LEFASO_2018,
    'Ngày 12/1, Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso) tổ chức hội nghị triển khai nhiệm vụ năm 2018, đặt mục tiêu kim ngạch xuất cảng đạt từ 19,5 – 20 tỷ USD, tăng 10% so với năm 2017; sản xuất công nghiệp da giày tăng 5% so với năm 2017; tỷ lệ nội địa hóa sản phẩm da giày đạt 55%.',
    [
      { k: 'target', ch: ['rate 10 2017'], p: '2018' },
      { k: 'target', ch: ['rate 5 2017'], p: '2018' },
      { k: 'target', v: '55', u: 'percent', p: '2018' },
    ],
  ],
  [
    VIETBAO_LEFASO_2018,
    'Xuất cảng giày dép tiếp tục đứng thứ 4 và túi-cặp đứng thứ 10 trong TOP 10 mặt hàng xuất cảng chủ lực của Việt Nam...',
    [],
  ],
  [
    VIETBAO_LEFASO_2018,
    'Năm 2017, tổng kim ngạch xuất cảng toàn ngành đạt 18 tỷ USD, tăng 10,7% so với năm 2016.',
    [usd('18000000000', { ch: ['rate 10.7 2016'], p: '2017' })],
  ],
  // Xuất khẩu hạt điều 4 tháng đầu năm 2018 (Việt Báo, theo Thanh Niên)
  [
    VIETBAO_DIEU_2018,
    'Bản tin báo Thanh Niên ghi rằng xuất cảng hạt điều trong 4 tháng đầu năm đã mang về cho VN hơn 1 tỉ USD, tăng hơn 35% về giá so cùng kỳ - mức tăng giá kỷ lục của ngành điều: giá điều xuất sang một số thị trường lớn đều tăng.',
    [usd('1000000000', { a: 'over' }), yoy('35')],
  ],
  [
    VIETBAO_DIEU_2018,
    'Trong 4 tháng đầu năm, giá điều bình quân sang thị trường Pháp đạt hơn 11.114 USD/tấn, tăng 3,4% so với mức giá cuối tháng 4.2017.',
    [{ v: '11114', a: 'over', ch: ['rate 3.4 *'] }],
  ],
  [
    VIETBAO_DIEU_2018,
    'Tương tự, xuất sang Mỹ đạt 38.500 tấn, có trị giá hơn 388 triệu USD, tăng hơn 33% về lượng và tăng hơn 39% về trị giá.',
    [tonne('38500', { ch: ['rate 33 *'] }), usd('388000000', { a: 'over', ch: ['rate 39 *'] })],
  ],
  [
    VIETBAO_DIEU_2018,
    'Các thị trường lớn của hạt điều VN như Mỹ, Đức, Thái Lan, Nga... đều có mức tăng trưởng đến 2 con số so cùng kỳ.',
    [],
  ],
  // Hiệp hội Thép Việt Nam, tháng 5 và 5 tháng năm 2018 (Việt Báo, theo Người Đồng Hành)
  [
    VIETBAO_THEP_5T_2018,
    'Báo Người Đồng Hành cho biết đã có gần 6,7 triệu tấn thép được bán ra trong 5 tháng, tăng trưởng 35%.',
    [tonne('6700000', { a: 'under', ch: ['rate 35 *'] })],
  ],
  [
    VIETBAO_THEP_5T_2018,
    'Theo Hiệp hội thép Việt Nam (VSA), trong tháng 5 ngành thép sản xuất 2.083.816 tấn, tăng 4% so với tháng 4 và tăng 27% so với cùng kỳ 2017; trong đó sản xuất Ống thép đạt mức tăng trưởng cao nhất trong tháng 5....',
    [tonne('2083816', { ch: ['rate 4 *', 'rate 27 *'] })],
  ],
  [
    VIETBAO_THEP_5T_2018,
    'Tính lũy kế 5 tháng đầu năm, các doanh nghiệp sản xuất được 9.678.653 tấn, tăng 24%.',
    [tonne('9678653', { ch: ['rate 24 *'] })],
  ],
  [
    VIETBAO_THEP_5T_2018,
    'Công tác bán hàng đạt 6.698.893 tấn, tăng 35,2% so với cùng kỳ năm 2017.',
    [tonne('6698893', { ch: ['rate 35.2 *'] })],
  ],
  [
    VIETBAO_THEP_5T_2018,
    'Trong đó, xuất khẩu đạt 1.568.826 tấn, tăng trưởng 47,7%.',
    [tonne('1568826', { ch: ['rate 47.7 *'] })],
  ],
  // Hiệp hội Thép Việt Nam, 10 tháng năm 2018 (Việt Báo, theo Lao Động)
  [
    VIETBAO_THEP_10T_2018,
    'Báo Lao Động ghi nhận rằng xuất cảng thép VN trong 10 tháng qua đạt hơn 3,9 triệu tấn, tăng trên 31% so với cùng kỳ năm trước.',
    [tonne('3900000', { a: 'over', ch: [`rate 31 ${SPLY}`] })],
  ],
  [
    VIETBAO_THEP_10T_2018,
    'Hiệp hội thép kỳ vọng năm 2018, tăng trưởng thép sẽ đạt mức 20%.',
    [{ k: 'target', ch: ['rate 20 *'], p: '2018' }],
  ],
  [
    VIETBAO_THEP_10T_2018,
    'Theo Hiệp hội Thép Việt Nam, sản xuất thép thành phẩm các loại đến thời điểm này đã đạt trên 20 triệu tấn, tăng 17,7% so với cùng kỳ năm 2017; bán hàng đạt hơn 18 triệu tấn, tăng 27,7% so với cùng kỳ năm trước.',
    [
      tonne('20000000', { a: 'over', ch: ['rate 17.7 *'] }),
      tonne('18000000', { a: 'over', ch: [`rate 27.7 ${SPLY}`] }),
    ],
  ],
  [
    VIETBAO_THEP_10T_2018,
    'Trong đó, xuất cảng đạt hơn 3,9 triệu tấn, tăng hơn 31% so với cùng kỳ năm 2017.',
    [tonne('3900000', { a: 'over', ch: ['rate 31 *'] })],
  ],
  // Báo cáo ngành thép tháng 12/2020 (123doc.top)
  [
    DOC123_THEP_11T_2020,
    'Lũy kế 11T/2020, Tổng SLTT các sản phẩm thép toàn ngành đạt 21,2 triệu tấn, giảm 1% yoy',
    [tonne('21200000', { ch: [`rate -1 ${SPLY}`], p: '2020-YTD-11' })],
  ],
  [
    DOC123_THEP_11T_2020,
    'Các sản phầm thép xây dựng ghi nhận giảm SLTT -2,7% yoy, thép cán nguội và thép cán nóng -2,9% yoy ảnh hưởng từ thị trường xây dựng trongnước bắt đầu diễn biến chậm từ năm 2019',
    [yoy('-2.7'), yoy('-2.9')],
  ],
  [
    DOC123_THEP_11T_2020,
    'Sang năm 2020, Covid-19 càng làm chậm sự phục hồi nguồn cung và tiến độ xây dựng các dự án bấtđộng sản',
    [],
  ],
  [
    DOC123_THEP_11T_2020,
    'SLTT sản phẩm thép ống ghi nhận sự tăng trưởng nhẹ 5,8% yoy nhờ hoạt động xuất khẩu cải thiện đang kể trong nửa cuối 2020',
    [yoy('5.8')],
  ],
  [
    DOC123_THEP_11T_2020,
    'Mặc dù theo thống kê các doanh nghiệp tôn mạ thuộc hiệp hội VSA vẫn ghi nhận tổng sản lượng tăng 3,4% yoy chủ yếu nhờ sự tăng trưởng SLTTnội địa trong nửa đầu năm 2020',
    [yoy('3.4')],
  ],
  // VASEP, xuất khẩu cá tra 2019 (Nhịp cầu Đầu tư)
  [
    NHIPCAUDAUTU_CATRA_2019,
    'Vasep dự báo, xuất khẩu cá tra hai tháng cuối năm tiếp tục giảm, tuy nhiên không vượt quá 10% so với cùng kỳ năm trước.',
    [],
  ],
  [
    NHIPCAUDAUTU_CATRA_2019,
    'Tính đến nửa đầu tháng 5/2019, xuất khẩu cá tra sang EU đạt 105,2 triệu USD, tăng 31,5% so với cùng kỳ năm 2018, trong khi đó, thị trường Mỹ giảm 24,1%.',
    [usd('105200000', { ch: ['rate 31.5 *'] }), r('-24.1')],
  ],
  // HOSE, vốn hóa 6 tháng đầu năm 2021 (gomoney.vn)
  [
    GOMONEY_HOSE_H1_2021,
    'Tính đến 30/6/2021, giá trị vốn hóa thị trường sàn HOSE đạt hơn 5,28 triệu tỷ đồng VND, tăng 29,52% so với cuối năm 2020, cùng với số tài khoản mở mới tăng 58% trong vòng 6 tháng đầu năm.',
    [vnd('5280000000000000', { a: 'over', ch: ['rate 29.52 *'], p: '2021-H1' }), { ch: ['rate 58 *'], p: '2021-H1' }],
  ],
  [
    GOMONEY_HOSE_H1_2021,
    'Ví dụ, trong tháng 6/2021, ngành Bất động sản và Ngân hàng giữ vai trò dẫn dắt thị trường, đóng góp 62% cho mức tăng của VN-index.',
    [],
  ],
  // FDI vào các khu công nghiệp, 10 tháng năm 2020 (Doanh nhân Việt Nam)
  [
    DOANHNHANVN_KCN_10T_2020,
    '10 tháng đầu năm 2020, hơn 8 tỉ USD vốn FDI đổ vào các khu công nghiệp',
    [usd('8000000000', { a: 'over', p: '2020-YTD-10' })],
  ],
  [
    DOANHNHANVN_KCN_10T_2020,
    'Chỉ trong 10 tháng đầu năm 2020, các khu công nghiệp (KCN), khu kinh tế (KKT) đã thu hút được được 591 dự án FDI với số vốn đăng ký mới và tăng thêm đạt khoảng 8,3 tỷ USD.',
    [{ v: '591', p: '2020-YTD-10' }, usd('8300000000', { a: 'about', p: '2020-YTD-10' })],
  ],
];

export const TEST12_VI: readonly RealSentence[] = TEST12_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test12-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test12',
}));
