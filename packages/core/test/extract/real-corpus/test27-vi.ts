import type { RealFact, RealSentence } from './types';

/**
 * The TWENTY-SEVENTH fresh set (`test27`), Vietnamese part (`test27-en.ts` is another builder's part, not read):
 * sentences copied verbatim from the stored text the `pages` search index returns, on sites absent from every
 * earlier file of `real-corpus/` (each host grepped with `grep -ril` over the folder, and a distinctive figure of
 * each page grepped too: no hit, except `182.907` of the My Son page, which test16 holds inside another page's
 * sentence as last year's count; the sentence here is not in any file). 2007–2025, 18 hosts, 18 addresses. The
 * extractor was not run on these sentences and `src/extract` was not read; the file is imported nowhere. Written
 * under a hard cut-off, so the set stops at 62 rows.
 *
 * Sources (rows in brackets):
 * - a fish-farming cooperative's page (phunongbuondon.com, 001);
 * - the Government's growth targets for 2025 (Resolution 25/NQ-CP), a news site (vietpress.vn, 002–004);
 * - Vinamilk's 2016 results and its targets for 2017 and 2021 (danviet.com, 005–015; the host danviet.vn and its
 *   subdomains are in earlier files, danviet.com is not);
 * - exports in November and eleven months of 2021, customs data relayed by a news site (nguoitruyenlua.com, 016–025);
 * - Ho Chi Minh City's GRDP, a headline (skvn.vn, 026);
 * - Phu Yen in 2007–2010, a credit-rating portal's province page (phuyen.vietccr.vn, 027–028);
 * - Vietnamese Wikipedia's list of provinces by GRDP through a proxy host (rp.liu233w.com, 029–031);
 * - household industry in January 2023, a Khanh Hoa local news page (tintuckhanhhoa.com, 032–035);
 * - Yen Bai's industry in eleven months, the provincial trade department (sctyenbai.gov.vn, 036–037);
 * - Quang Tri's industry in seven months of 2016, a provincial IT agency's portal (arit.gov.vn, 038–040);
 * - Dien Ban town's industry in February 2016, the town's economic office (phongkinhtedienban.gov.vn, 041–043);
 * - DPG's second quarter, an investors' forum thread title and lead (f247.vn, 044–045);
 * - the Bac Na hydropower company's results page (eba.asia, 046);
 * - My Son sanctuary's visitors in a first half, the heritage board (disanvanhoamyson.vn, 047–050);
 * - fisheries in 2017, GSO figures on the Party's portal (cpv.org.vn, 051–055; no `dcs.vn` or other Party host of
 *   earlier files is this one);
 * - Hanoi's first quarter of 2024, an intellectual-property magazine (sohuutritue.net.vn, 056–059);
 * - the wood industry in 2018, the Binh Duong furniture association's news list (bifa.vn, 060);
 * - Binh Duong's wood exports in the first half of 2024, a timber trader's relay of the provincial paper
 *   (hoanggiaphat.vn, 061–062).
 *
 * Searched for and left out, every page with figures being on a host an earlier set read (bsc, cophieu68,
 * baogialai, baolamdong, baoquangnam, sggp, kinhtenongthon, baomoi and baomoi.net.vn, viet-an, fliphtml5, vinanet,
 * sct.binhthuan, baolaocai, vinhphuctv, vnanet, baoninhbinh, dulich.ninhbinh, baophapluat, thanhtra, kinhtevadubao,
 * doanhnghiepthoidai, infonet.vietnamnet, trangtraiviet, tinkinhte, doanhnhanvn, tailieumienphi, tailieuthamkhao,
 * stockbiz, baovinhlong, gialaitv, thegioitiepthi, qrt.vn, daibieunhandan, thuviensuckhoe, baovinhphuc, mic.gov.vn,
 * tinbong247, tinhuyquangtri, baohaiduong, ddvt, baohaugiang, dienluc247, truongthanhgroup, ptcophieu, vtc,
 * hoianheritage, vanhoaquangnamonline, labweb.vtvgo, baodauthau). Left out as well: sibling hosts of read ones
 * (hssk.tapchicongsan.org.vn, doanhnhan.baophapluat.vn, backup.baothainguyen.vn, m.baothainguyen.vn), gambling spam
 * pages, document-site excerpts (123docz, thuvientailieu, whose stored text breaks sentences across lines), the
 * Wikipedia sentence on Lang Son's GRDP (`32,435 tỷ đồng` with a comma that is a thousands separator on that page
 * but a decimal comma to a Vietnamese reader: too ambiguous to annotate), its sentence on PPP GDP (cut off in the
 * stored text), the eba.asia sentence cut off at `thương phẩ`, and vda.org.vn (Vinamilk's history without figures).
 * 62 rows, 99 facts, 10 rows without facts (16 %: lead sentences, a headline without a figure `Quý I/2024, Hà Nội
 * ghi nhận nhiều điểm sáng …`, a qualitative outlook, a date-only sentence `Tháng 3/2017, …`, a cause `Nguyên nhân
 * giảm do tháng 1-2023 …`, a period range
 * `năm 2015-2016`, a qualitative share `chiếm tỉ lệ lớn`).
 *
 * Whole sentences as stored; headlines are rows of their own, without a final stop (002, 016, 026, 036, 044,
 * 056). Slips and forms of the source are kept: `12.5%/năm` with a decimal point, `9 513 327 tỉ Đồng.[1]` with
 * spaces as thousands separators and the footnote mark, `4309,73 tỷ đồng` without a thousands point, `Sản phẩm kim
 * loại tăng 3,8` without `%`, `điênh sản xuất`, `05 thành phố`, `03 tháng đầu năm`, `bức trang`, curly quotes `“…”`,
 * `Luỹ kế`, `thuỷ điện`, `Miền trung`, `tháng 1-2023`.
 *
 * Conventions (those of `test26-vi.ts`, `test25-vi.ts`, `test23b-vi.ts`, `test22-vi.ts` and `types.ts`): `so với cùng
 * kỳ`, `so với cùng kỳ năm trước` and `gấp 3,8 lần cùng kỳ` are the same period last year; `so với tháng trước` the
 * previous period; `so với năm 2015`, `so với năm 2004` the year; `so với tháng 1-2022` the month (`2022-01`);
 * `so với năm trước` and changes without a stated base are `*`; `gấp … lần` is `times`. `vượt gần 4% so với chỉ
 * tiêu`, `vượt gần 12% kế hoạch` are completions of 104 and 112 (a bound on a completion or on a rate has no field,
 * as `tăng gần 15%`, `đạt 8% trở lên`); `đạt 58,2% so với kế hoạch năm 2016` a completion of 58.2. `ước`, `ước
 * đạt`, `ước tính`, `dự kiến thực hiện` give the stage `estimate`; `hơn`, `trên` are lower bounds. `đặt mục tiêu`,
 * `Mục tiêu … là`, `mục tiêu tăng trưởng … đạt` are targets. `tỷ đồng`, `tỉ Đồng`, `triệu đồng` are `VND`, `tỷ USD`,
 * `tỉ USD` `USD`; visitors, fish cages, product groups, provinces and figures with a slash (`8,8 triệu
 * đồng/người`) are values without a unit. Shares (`chiếm 75%`, `chiếm khoảng 17%`, `gần 1/4`), fractions
 * (`2/7 nhóm hàng`), ranks (`xếp hạng thứ 39`), absolute differences (`tương ứng tăng 46,7 tỷ USD`) and class
 * thresholds (`từ 1 tỷ USD trở lên`, `trên 1 tỷ USD`, `từ 10 tỷ USD trở lên`, which qualify a group of goods) are
 * no facts. A period is given when the sentence names it with its year (`năm 2016`, `7 tháng đầu năm 2016`
 * `2016-YTD-07`, `Luỹ kế 11 tháng năm 2021` `2021-YTD-11`, `quý I/2017` `2017-Q1`, `tháng 2 năm 2016` `2016-02`, `6
 * tháng đầu năm 2024` `2024-H1`);
 * `tháng 11`, `Tháng 1`, `11 tháng`, `6 tháng đầu năm`, `Cộng dồn 2 tháng` without a year give none.
 *
 * Judgement calls: Vinamilk's `doanh thu nội địa 61.000 tỷ đồng …, … 19.000 tỷ đồng` follows the 2021 target in
 * the text but says nothing of a target itself, so its two values are actual and without period. The USD
 * equivalent `tương đương hơn 2 tỷ USD` shares the period and stage of the VND figure it restates. The Hanoi counts
 * `05 trọng tâm`, `24 chỉ tiêu`, `85 nhóm nhiệm vụ`,
 * `94 nhiệm vụ` are values; its budget items `đạt 36% dự toán`, `đạt 18,6% dự toán` … are completions without
 * period (`03 tháng đầu năm` has no year). In the 2017 fisheries rows `ước tính` is set on the figure it
 * introduces and on `sản lượng ước tính đạt`, not on the following figures of the list, and `Năm 2017` or `năm
 * 2017` at the head gives every figure of its sentence the period `2017`; `cả năm` without a year gives none (052).
 * `Tốc độ tăng
 * trưởng bình quân hàng năm … là 10%/năm` and `tăng bình quân 18,04%/năm` are changes with base `*`. Nguoitruyenlua's
 * `điện thoại đạt 5,35 tỷ USD, giảm 3,8% và sắt thép … giảm 6,1%` take the base `previous-period` from `tăng trưởng
 * âm so với tháng trước` of the same clause, while `gỗ và sản phẩm tăng trưởng 33,8%` after the semicolon is `*`.
 * The Resolution 25 headline and lead give the same target fact (`rate 8 *`, `2025`). `Giá trị sản xuất công nghiệp
 * (theo giá so sánh 2010)` names a price base, not a period. `1 nhà máy` is a count stated as a figure, a value.
 *
 * Second pass (4 December 2026): every row re-read against its sentence alone, field by field (scale of `triệu`,
 * `tỷ`, spaces and points as thousands separators, decimal commas and the one decimal point; unit; bound;
 * completion; change form, amount and base; period; stage; target). Changed: the unused helper `pct` and the
 * `void [...]` guard were removed; the thresholds `từ 1 tỷ USD trở lên` were first considered as
 * lower-bound values and left as no facts (they qualify a class, as ranges do). Checked and kept: no period on the
 * month and year-to-date rows without a year (016–025 except 023, 032, 041, 043, 047–050, 052, 058–059);
 * `2016-YTD-07` with the
 * completion 58.2 and stage `estimate` on 039; `9513327000000000` for `9 513 327 tỉ Đồng`; `674394300000` and
 * `1641607900000` for the Dien Ban `triệu đồng` figures. Verbatim: every row was copied from the stored text the
 * search returned for its address.
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const PHUNONG_HTX = 'https://phunongbuondon.com/experienceArea-detail-6';
const VIETPRESS_NQ25_2025 =
  'https://vietpress.vn/chinh-phu-ban-hanh-nghi-quyet-dat-muc-tieu-tang-truong-cac-nganh-linh-vuc-va-dia-phuong-de-dat-8-tro-len-nam-2025-d92546.html';
const DANVIET_VINAMILK_2016 = 'https://danviet.com/a69253/vinamilk-vao-top-50-cong-ty-kinh-doanh-hieu-qua-nhat-vn';
const NGUOITRUYENLUA_XNK_11T_2021 =
  'https://nguoitruyenlua.com/15149/kim-ngach-xuat-nhap-khau-can-moc-600-ty-usd-dia-phuong-nao-dang-dan-dau.html';
const SKVN_TPHCM_GRDP = 'http://skvn.vn/grdp-uoc-tang-83-quy-mo-kinh-te-tphcm-chiem-gan-1-4-ca-nuoc/';
const VIETCCR_PHUYEN = 'http://phuyen.vietccr.vn/tong-quan/thong-tin-kinh-te-xa-hoi.html';
const WIKI_PROXY_GRDP =
  'https://rp.liu233w.com/https/vi.wikipedia.org/wiki/Danh_s%C3%A1ch_%C4%91%C6%A1n_v%E1%BB%8B_h%C3%A0nh_ch%C3%ADnh_Vi%E1%BB%87t_Nam_theo_GRDP';
const TINTUCKHANHHOA_CN_2023_01 =
  'https://www.tintuckhanhhoa.com/Tin-tuc/gia-tri-san-xuat-cong-nghiep-dat-hon-5-ty-dong-11483.html';
const SCTYENBAI_CN_11T =
  'http://sctyenbai.gov.vn/vi/content/news/11-thang-gia-tri-san-xuat-cong-nghiep-tang-137-so-voi-cung-ky';
const ARIT_QUANGTRI_CN_7T_2016 =
  'http://arit.gov.vn/tin-tuc/quang-tri-gia-tri-san-xuat-cong-nghiep-7-thang-dau-nam-dat-582-ke-hoach-nam-2016-1583aefb_2377/';
const DIENBAN_CN_2016_02 =
  'http://phongkinhtedienban.gov.vn/Default.aspx?tabid=892&NewsViews=8804&language=en-US&mid=1952&SkinSrc=%5BG%5DSkins%2F_default%2FNo+Skin&ContainerSrc=%5BG%5DContainers%2F_default%2FNo+Container';
const F247_DPG_Q2 = 'https://f247.vn/t/lai-quy-2-gap-3-8-lan-cung-ky-dpg-thang-nho-thuy-dien/31358';
const EBA_BACNA = 'http://eba.asia/tin-tuc/tai-lieu---bao-cao/bao-cao-ket-qua-hoat-dong-kinh-doanh-23.html';
const MYSON_H1 = 'https://disanvanhoamyson.vn/tin-tuc/khach-du-lich-den-my-son-6-thang-dau-nam-tang-cao.html&p=48';
const CPV_THUYSAN_2017 =
  'http://cpv.org.vn/khuyen-nong-huong-toi-su-phat-trien-ben-vung/dien-hinh-nhan-to-moi/san-xuat-thuy-san-2017-co-nhieu-khoi-sac-468370.html';
const SHTT_HANOI_Q1_2024 =
  'https://sohuutritue.net.vn/quy-i-2024-ha-noi-ghi-nhan-nhieu-diem-sang-trong-buc-trang-kinh-te--xa-hoi-d213638.html';
const BIFA_GO_2018 = 'http://www.bifa.vn/tin-tuc/tin-binh-duong';
const HOANGGIAPHAT_GO_H1_2024 =
  'http://hoanggiaphat.vn/nganh-che-bien-go-dang-dan-dau-kim-ngach-xuat-khau-cua-tinh-binh-duong';
// urls

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // A cooperative's fish cages, the cooperative's page (phunongbuondon.com)
  [
    PHUNONG_HTX,
    'HTX đã mạnh dạn mở rộng quy mô nuôi cá từ 20 lồng lên 60 lồng, xuất bán hàng tấn cá tươi cho thị trường mỗi ngày.',
    [n('20'), n('60')],
  ],
  // The Government's growth targets for 2025 (Resolution 25), a news site (vietpress.vn)
  [
    VIETPRESS_NQ25_2025,
    'Chính phủ ban hành Nghị quyết đặt mục tiêu tăng trưởng các ngành, lĩnh vực và địa phương để đạt 8% trở lên năm 2025',
    [goal({ ch: ['rate 8 *'], p: '2025' })],
  ],
  [
    VIETPRESS_NQ25_2025,
    'Chính phủ vừa ban hành Nghị quyết số 25/NQ-CP ngày 05/02/2025 về mục tiêu tăng trưởng các ngành, lĩnh vực và địa phương bảo đảm mục tiêu tăng trưởng cả nước năm 2025 đạt 8% trở lên.',
    [goal({ ch: ['rate 8 *'], p: '2025' })],
  ],
  [
    VIETPRESS_NQ25_2025,
    'Trong khi đó, tình hình thế giới, khu vực dự báo tiếp tục diễn biến rất phức tạp, khó lường; kinh tế toàn cầu phục hồi chậm, không đồng đều, thiếu vững chắc, rủi ro gia tăng.',
    [],
  ],
  // Vinamilk's 2016 results and targets for 2017 and 2021 (danviet.com)
  [
    DANVIET_VINAMILK_2016,
    'Trong công bố thông tin dự kiến kết quả kinh doanh hợp nhất 2016, tổng doanh thu dự kiến thực hiện cả năm 2016 của Vinamilk đạt 46.200 tỷ đồng, tương đương hơn 2 tỷ USD.',
    [vnd('46200000000000', { p: '2016', st: 'estimate' }), usd('2000000000', { a: 'over', p: '2016', st: 'estimate' })],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Kết quả này vượt gần 4% so với chỉ tiêu Đại hội cổ đông giao phó và tăng gần 15% so với năm 2015.',
    [{ c: '104', ch: ['rate 15 2015'] }],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Lợi nhuận trước thuế đạt 11.200 tỷ đồng, vượt gần 12% kế hoạch được Đại hội cổ đông giao phó và tăng 20% so với năm 2015.',
    [vnd('11200000000000', { c: '112', ch: ['rate 20 2015'] })],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Lợi nhuận sau thuế cả năm 2016 ước đạt 9.310 tỷ đồng, vượt gần 13% kế hoạch đại hội cổ đông giao phó và tăng gần 20% so với năm 2015.',
    [vnd('9310000000000', { c: '113', ch: ['rate 20 2015'], p: '2016', st: 'estimate' })],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Mức doanh thu và lợi nhuận ước tính năm 2016 của Vinamilk gấp lần lượt khoảng 12 lần và 20 lần so với năm 2004 khi doanh nghiệp sữa hàng đầu Việt Nam này cổ phần hóa.',
    [
      { ch: ['times 12 2004'], p: '2016', st: 'estimate' },
      { ch: ['times 20 2004'], p: '2016', st: 'estimate' },
    ],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Mục tiêu tổng doanh thu của Công ty đến năm 2021 là 80.000 tỷ đồng.',
    [goal(vnd('80000000000000', { p: '2021' }))],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Trong đó, doanh thu nội địa 61.000 tỷ đồng (chiếm 75%), doanh thu tại các thị trường nước ngoài 19.000 tỷ đồng (chiếm 25%).',
    [vnd('61000000000000'), vnd('19000000000000')],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Tốc độ tăng trưởng bình quân hàng năm doanh thu trong nước là 10%/năm, bằng hoặc cao hơn tốc độ tăng trưởng bình quân của thị trường.',
    [ch('rate 10 *')],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Kết quả kinh doanh quý I/2017 tăng trưởng cao với doanh thu tăng 16,1%; lợi nhuận sau thuế tăng 34%, lợi nhuận trước thuế tăng 30,3%.',
    [
      { ch: ['rate 16.1 *'], p: '2017-Q1' },
      { ch: ['rate 34 *'], p: '2017-Q1' },
      { ch: ['rate 30.3 *'], p: '2017-Q1' },
    ],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Riêng năm 2017, Vinamilk đặt mục tiêu tổng doanh thu 51.000 tỷ đồng, tăng 8% so với năm trước và lợi nhuận sau thuế là 9.735 tỷ đồng, tăng 4%.',
    [
      goal(vnd('51000000000000', { ch: ['rate 8 *'], p: '2017' })),
      goal(vnd('9735000000000', { ch: ['rate 4 *'], p: '2017' })),
    ],
  ],
  [
    DANVIET_VINAMILK_2016,
    'Tháng 3/2017, tại Đà Lạt, tỉnh Lâm Đồng, Vinamilk đã khánh thành trang trại bò sữa Organic tiêu chuẩn châu Âu đầu tiên tại Việt Nam.',
    [],
  ],
  // Exports in November and eleven months of 2021, customs data relayed by a news site (nguoitruyenlua.com)
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Kim ngạch xuất nhập khẩu cán mốc 600 tỷ USD, địa phương nào đang dẫn đầu?',
    [usd('600000000000')],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Mới đây, Tổng cục Hải quan công bố tình hình xuất khẩu, nhập khẩu hàng hóa của Việt Nam tháng 11 năm 2021.',
    [],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Theo đó, trong tháng 11, xuất khẩu đạt 31,87 tỷ USD, tăng 10,4% so với tháng trước.',
    [usd('31870000000', { ch: ['rate 10.4 previous-period'] })],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Luỹ kế 11 tháng, tổng kim ngạch xuất khẩu đạt hơn 301,7 tỷ USD, tăng 18,3% so với cùng kỳ, tương ứng tăng 46,7 tỷ USD.',
    [usd('301700000000', { a: 'over', ch: [`rate 18.3 ${SPLY}`] })],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Trong đó, có 7 nhóm hàng xuất khẩu chủ lực đạt kim ngạch từ 1 tỷ USD trở lên, gồm gỗ và sản phẩm gỗ; hàng dệt, may; giày dép các loại; sắt thép các loại; máy vi tính, sản phẩm điện tử và linh kiện; điện thoại các loại và linh kiện; máy móc, thiết bị, dụng cụ phụ tùng khác.',
    [n('7')],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Cụ thể, giày dép các loại đạt kim ngạch 1,58 tỷ USD, tăng đột biến 68,2% so với tháng trước; gỗ và sản phẩm tăng trưởng 33,8%, đạt 1,27 tỷ USD.',
    [usd('1580000000', { ch: ['rate 68.2 previous-period'] }), usd('1270000000', { ch: ['rate 33.8 *'] })],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Tuy nhiên, có 2/7 nhóm hàng xuất khẩu trên 1 tỷ USD tăng trưởng âm so với tháng trước là điện thoại đạt 5,35 tỷ USD, giảm 3,8% và sắt thép đạt 1,16 tỷ USD, giảm 6,1%.',
    [
      usd('5350000000', { ch: ['rate -3.8 previous-period'] }),
      usd('1160000000', { ch: ['rate -6.1 previous-period'] }),
    ],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Luỹ kế 11 tháng năm 2021, xuất khẩu có tới 34 nhóm hàng đạt kim ngạch từ 1 tỷ USD trở lên.',
    [n('34', { p: '2021-YTD-11' })],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Trong đó, có 7 nhóm hàng đạt từ 10 tỷ USD trở lên gồm điện thoại và linh kiện; máy vi tính, sản phẩm điện tử và linh kiện; máy móc, thiết bị; dệt may; giày dép; gỗ và sản phẩm gỗ; sắt thép.',
    [n('7')],
  ],
  [
    NGUOITRUYENLUA_XNK_11T_2021,
    'Điện thoại các loại và linh kiện vẫn dẫn đầu trong các loại hàng hoá xuất khẩu, đạt kim ngạch 51 tỷ USD, chiếm khoảng 17% tổng kim ngạch xuất khẩu, duy trì đà tăng 13% so với cùng kỳ.',
    [usd('51000000000', { ch: [`rate 13 ${SPLY}`] })],
  ],
  // Ho Chi Minh City's GRDP, a headline (skvn.vn)
  [
    SKVN_TPHCM_GRDP,
    'GRDP ước tăng 8,3%, quy mô kinh tế TPHCM chiếm gần 1/4 cả nước',
    [{ ch: ['rate 8.3 *'], st: 'estimate' }],
  ],
  // Phu Yen in 2007–2010, a credit-rating portal's province page (phuyen.vietccr.vn)
  [
    VIETCCR_PHUYEN,
    'Trong giai đoạn 2007 - 2010, tốc độ tăng GDP bình quân đạt 12.5%/năm, GDP bình quân đầu người (theo giá hiện hành) từ 8,8 triệu đồng/người năm 2007 tăng lên 15,8 triệu đồng/người năm 2010.',
    [ch('rate 12.5 *'), n('8800000', { p: '2007' }), n('15800000', { p: '2010' })],
  ],
  [VIETCCR_PHUYEN, 'Tỉ lệ huy động GDP vào ngân sách nhà nước tăng bình quân 18,04%/năm.', [ch('rate 18.04 *')]],
  // Provinces by GRDP, Vietnamese Wikipedia through a proxy host (rp.liu233w.com)
  [
    WIKI_PROXY_GRDP,
    'Việt Nam có 63 đơn vị hành chính cấp một, bao gồm 58 tỉnh, 05 thành phố trực thuộc trung ương.',
    [n('63'), n('58'), n('5')],
  ],
  [
    WIKI_PROXY_GRDP,
    'Năm 2022, GDP danh nghĩa Việt Nam 9 513 327 tỉ Đồng.[1]',
    [vnd('9513327000000000', { p: '2022' })],
  ],
  [
    WIKI_PROXY_GRDP,
    'Mức GDP danh nghĩa tính theo USD tương đương với 408,8 tỉ USD, xếp hạng thứ 39 thế giới.',
    [usd('408800000000')],
  ],
  // Household industry in January 2023, a Khanh Hoa locality's news page (tintuckhanhhoa.com)
  [
    TINTUCKHANHHOA_CN_2023_01,
    'Tháng 1, giá trị sản xuất công nghiệp hộ cá thể trên địa bàn là 5,3 tỷ đồng, giảm 3,6% so với tháng trước.',
    [vnd('5300000000', { ch: ['rate -3.6 previous-period'] })],
  ],
  [TINTUCKHANHHOA_CN_2023_01, 'Nguyên nhân giảm do tháng 1-2023 có thời gian dài nghỉ Tết Nguyên đán Quý Mão.', []],
  [TINTUCKHANHHOA_CN_2023_01, 'So với tháng 1-2022, giá trị sản xuất công nghiệp tăng 4,7%.', [ch('rate 4.7 2022-01')]],
  [
    TINTUCKHANHHOA_CN_2023_01,
    'Một số sản phẩm sản xuất tăng so với cùng kỳ năm trước, như: Sản phẩm kim loại tăng 3,8; mộc dân dụng tăng 4,8%; mộc mỹ nghệ tăng 7,4%...',
    [ch(`rate 3.8 ${SPLY}`), ch(`rate 4.8 ${SPLY}`), ch(`rate 7.4 ${SPLY}`)],
  ],
  // Yen Bai's industry in eleven months, the provincial trade department (sctyenbai.gov.vn)
  [SCTYENBAI_CN_11T, '11 tháng: Giá trị sản xuất công nghiệp tăng 13,7% so với cùng kỳ', [ch(`rate 13.7 ${SPLY}`)]],
  [
    SCTYENBAI_CN_11T,
    'Để hoàn thành mục tiêu năm 2010 các huyện, thị, thành phố đã và đang đẩy mạnh sản xuất công nghiệp, tiểu thủ công nghiệp, tập trung vào các sản phẩm có lợi thế, có thị trường tiêu thụ và chiếm tỷ trọng lớn.',
    [],
  ],
  // Quang Tri's industry in seven months of 2016, a provincial IT agency's portal (arit.gov.vn)
  [
    ARIT_QUANGTRI_CN_7T_2016,
    'Mặc dù gặp nhiều khó khăn, nhưng 7 tháng đầu năm nay sản xuất công nghiệp trên địa bàn tỉnh vẫn đạt mức tăng trưởng khá.',
    [],
  ],
  [
    ARIT_QUANGTRI_CN_7T_2016,
    'Giá trị sản xuất công nghiệp (theo giá so sánh 2010) trong 7 tháng đầu năm 2016 ước đạt 4309,73 tỷ đồng, tăng 8,14% so với cùng kỳ năm trước và đạt 58,2% so với kế hoạch năm 2016.',
    [vnd('4309730000000', { c: '58.2', ch: [`rate 8.14 ${SPLY}`], p: '2016-YTD-07', st: 'estimate' })],
  ],
  [
    ARIT_QUANGTRI_CN_7T_2016,
    'Một số sản phẩm công nghiệp chủ yếu có mức tăng trưởng cao như: tinh bột sắn tăng 212,5%; ván ép tăng 130,91%; lốp xe các loại tăng 21,92%; điện sản xuất tăng 57,69%; săm xe các loại tăng 37,01%; điênh sản xuất tăng 27,18%; đá xây dựng tăng 25,16%; điện thương phẩm tăng 14,39%; bia dạng lon tăng 13,26%.',
    [
      ch('rate 212.5 *'),
      ch('rate 130.91 *'),
      ch('rate 21.92 *'),
      ch('rate 57.69 *'),
      ch('rate 37.01 *'),
      ch('rate 27.18 *'),
      ch('rate 25.16 *'),
      ch('rate 14.39 *'),
      ch('rate 13.26 *'),
    ],
  ],
  // Dien Ban town's industry in February 2016, the town's economic office (phongkinhtedienban.gov.vn)
  [
    DIENBAN_CN_2016_02,
    'Giá trị công nghiệp - tiểu thủ công nghiệp tháng 2 ước đạt 674.394,3 triệu đồng.',
    [vnd('674394300000', { st: 'estimate' })],
  ],
  [
    DIENBAN_CN_2016_02,
    'Trong tháng 2 năm 2016, giá trị sản xuất ngành công nghiệp - tiểu thủ công nghiệp của thị xã ước đạt 674.394,3 triệu đồng (tính theo giá hiện hành), so với cùng kỳ năm trước tăng 10,4%.',
    [vnd('674394300000', { ch: [`rate 10.4 ${SPLY}`], p: '2016-02', st: 'estimate' })],
  ],
  [
    DIENBAN_CN_2016_02,
    'Cộng dồn 2 tháng ước đạt 1.641.607,9 triệu đồng, so với cùng kỳ năm trước tăng 10,7%.',
    [vnd('1641607900000', { ch: [`rate 10.7 ${SPLY}`], st: 'estimate' })],
  ],
  // DPG's second quarter, an investors' forum thread (f247.vn)
  [F247_DPG_Q2, 'Lãi quý 2 gấp 3,8 lần cùng kỳ DPG thắng nhờ thuỷ điện', [ch(`times 3.8 ${SPLY}`)]],
  [
    F247_DPG_Q2,
    'Lãi quý 2 và 6 tháng tăng vọt nhờ thuỷ điện, quý 3 DPG tiếp tục đóng điện 1 nhà máy nữa tại Miền trung.',
    [n('1')],
  ],
  // The Bac Na hydropower company's results page (eba.asia)
  [
    EBA_BACNA,
    'Trong bối cảnh thiên nhiên diễn biến bất lợi về thời tiết, năm 2015-2016 được xem là giai đoạn khó khăn của các doanh nghiệp thuộc nhóm ngành thủy điện.',
    [],
  ],
  // My Son sanctuary's visitors in a first half, the heritage board (disanvanhoamyson.vn)
  [
    MYSON_H1,
    'Ban Quản lý Di sản Văn hóa Mỹ Sơn vừa cho biết, tổng lượt khách du lịch 6 tháng đầu năm tăng 9,41%, đạt 191.889 lượt khách.',
    [n('191889', { ch: ['rate 9.41 *'] })],
  ],
  [
    MYSON_H1,
    'Trong đó, khách được miễn phí vé tham quan là 8.982 lượt khách, khách thu phí qua vé là 182.907 lượt khách, khách nước ngoài đạt 155.065 lượt, tăng 13,09%, khách Việt Nam đạt 27.842 lượt.',
    [n('8982'), n('182907'), n('155065', { ch: ['rate 13.09 *'] }), n('27842')],
  ],
  [MYSON_H1, 'Doanh thu dịch vụ qua vé đạt trên 26 tỷ đồng.', [vnd('26000000000', { a: 'over' })]],
  [
    MYSON_H1,
    'Trong tổng lượt khách tham quan di sản Mỹ Sơn, khách thị trường truyền thống như Tây Âu, Bắc Mỹ, khách Úc, Nhật Bản vẫn ổn định, chiếm tỉ lệ lớn.',
    [],
  ],
  // Fisheries in 2017, GSO figures on the Party's portal (cpv.org.vn)
  [
    CPV_THUYSAN_2017,
    'Theo Tổng cục Thống kê, hoạt động nuôi trồng thủy sản năm 2017 đạt khá, nhất là nuôi tôm nước lợ và cá tra.',
    [],
  ],
  [
    CPV_THUYSAN_2017,
    'Sản lượng thủy sản nuôi trồng cả năm ước tính đạt 3.835,7 nghìn tấn, tăng 5,2% so với năm 2016, trong đó cá đạt 2.694,3 nghìn tấn, tăng 4,2%; tôm đạt 723,8 nghìn tấn, tăng 10,3%.',
    [
      tonne('3835700', { ch: ['rate 5.2 2016'], st: 'estimate' }),
      tonne('2694300', { ch: ['rate 4.2 *'] }),
      tonne('723800', { ch: ['rate 10.3 *'] }),
    ],
  ],
  [
    CPV_THUYSAN_2017,
    'Diện tích nuôi cá tra năm 2017 ước tính đạt 6.701 ha, tăng 18,9% so với năm trước; sản lượng ước tính đạt 1.251,3 nghìn tấn, tăng 5,0%.',
    [
      ha('6701', { ch: ['rate 18.9 *'], p: '2017', st: 'estimate' }),
      tonne('1251300', { ch: ['rate 5 *'], p: '2017', st: 'estimate' }),
    ],
  ],
  [
    CPV_THUYSAN_2017,
    'Năm 2017, diện tích nuôi tôm sú ước tính đạt 478,8 nghìn ha, tăng 1,1% so với năm trước, sản lượng đạt 254,9 nghìn tấn, tăng 4,4%; diện tích nuôi tôm thẻ chân trắng đạt 105,1 nghìn ha, tăng 8,2%, sản lượng đạt 432,3 nghìn tấn, tăng 14,3%.',
    [
      ha('478800', { ch: ['rate 1.1 *'], p: '2017', st: 'estimate' }),
      tonne('254900', { ch: ['rate 4.4 *'], p: '2017' }),
      ha('105100', { ch: ['rate 8.2 *'], p: '2017' }),
      tonne('432300', { ch: ['rate 14.3 *'], p: '2017' }),
    ],
  ],
  [
    CPV_THUYSAN_2017,
    'Năm 2017, sản lượng thủy sản khai thác của cả nước ước tính đạt 3.389,3 nghìn tấn, tăng 5,1% so với năm 2016, trong đó cá đạt 2.498,1 nghìn tấn, tăng 5,4%, tôm đạt 163,7 nghìn tấn, tăng 2,6%.',
    [
      tonne('3389300', { ch: ['rate 5.1 2016'], p: '2017', st: 'estimate' }),
      tonne('2498100', { ch: ['rate 5.4 *'], p: '2017' }),
      tonne('163700', { ch: ['rate 2.6 *'], p: '2017' }),
    ],
  ],
  // Hanoi's first quarter of 2024, an intellectual-property magazine (sohuutritue.net.vn)
  [SHTT_HANOI_Q1_2024, 'Quý I/2024, Hà Nội ghi nhận nhiều điểm sáng trong bức trang kinh tế - xã hội', []],
  [
    SHTT_HANOI_Q1_2024,
    'Năm 2024, thành phố Hà Nội tiếp tục thực hiện Chủ đề công tác năm “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển” với 05 trọng tâm chỉ đạo điều hành thực hiện 24 chỉ tiêu; 85 nhóm nhiệm vụ, giải pháp chủ yếu và 94 nhiệm vụ cụ thể gắn với việc giao trách nhiệm và tiến độ hoàn thành cho từng sở, ban, ngành và địa phương với quyết tâm cao nhất hoàn thành các chỉ tiêu, mục tiêu phát triển kinh tế - xã hội trong năm 2024.',
    [n('5'), n('24'), n('85'), n('94')],
  ],
  [
    SHTT_HANOI_Q1_2024,
    'Theo Sở Kế hoạch và Đầu tư, tổng thu ngân sách nhà nước trên địa bàn thực hiện 03 tháng đầu năm 146.877 tỷ đồng, đạt 36% dự toán, tăng 3,9% so với cùng kỳ, trong đó: Thu từ hoạt động xuất nhập khẩu 5.013 tỷ đồng, đạt 18,6% dự toán; Thu từ dầu thô 1.167 tỷ đồng, đạt 38,9% dự toán; Thu nội địa 140.698 tỷ đồng, đạt 37,2% dự toán.',
    [
      vnd('146877000000000', { c: '36', ch: [`rate 3.9 ${SPLY}`] }),
      vnd('5013000000000', { c: '18.6' }),
      vnd('1167000000000', { c: '38.9' }),
      vnd('140698000000000', { c: '37.2' }),
    ],
  ],
  [
    SHTT_HANOI_Q1_2024,
    'Chi ngân sách địa phương thực hiện 03 tháng đầu năm là 31.595 tỷ đồng, đạt 14,7% dự toán, trong đó: Chi đầu tư phát triển 9.500 tỷ đồng, đạt 11,7% dự toán; Chi thường xuyên là 12.069 tỷ đồng, đạt 21,1% dự toán.',
    [vnd('31595000000000', { c: '14.7' }), vnd('9500000000000', { c: '11.7' }), vnd('12069000000000', { c: '21.1' })],
  ],
  // The wood industry in 2018, the Binh Duong furniture association's news list (bifa.vn)
  [
    BIFA_GO_2018,
    'Năm 2018 dần khép lại, ngành gỗ cả nước đã cán cột mốc 8 tỷ USD xuất khẩu.',
    [usd('8000000000', { p: '2018' })],
  ],
  // Binh Duong's wood exports in the first half of 2024, a timber trader's relay of the provincial paper (hoanggiaphat.vn)
  [
    HOANGGIAPHAT_GO_H1_2024,
    'Trong 6 tháng đầu năm 2024, ngành chế biến gỗ của tỉnh đạt giá trị kim ngạch xuất khẩu 3.020,6 triệu USD, tăng hơn 23% so với cùng kỳ, chiếm 38% giá trị xuất khẩu của ngành gỗ Việt Nam và 18,5% tổng kim ngạch xuất khẩu của tỉnh.',
    [usd('3020600000', { ch: [`rate 23 ${SPLY}`], p: '2024-H1' })],
  ],
  [
    HOANGGIAPHAT_GO_H1_2024,
    'Về thị trường xuất khẩu gỗ, Mỹ tiếp tục là thị trường số một trong kim ngạch xuất khẩu với 82,9%, tăng 25,5% so cùng kỳ; EU chiếm 4,3%, tăng 15,5%; Nhật Bản chiếm 3,1%, tăng 8,6%; Canada chiếm 2,5%, tăng 5,8%; Hàn Quốc chiếm 1,7%, tăng 4,8% và Úc chiếm 1,1%, tăng 5,6%.',
    [
      ch(`rate 25.5 ${SPLY}`),
      ch('rate 15.5 *'),
      ch('rate 8.6 *'),
      ch('rate 5.8 *'),
      ch('rate 4.8 *'),
      ch('rate 5.6 *'),
    ],
  ],
  // ROWS-END
];

export const TEST27_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test27-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test27',
}));
