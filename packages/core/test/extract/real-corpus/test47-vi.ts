import type { RealFact, RealSentence } from './types';

/**
 * The FORTY-SEVENTH fresh set (`test47`), Vietnamese part (the English parts, `test47-en.ts`, `test47b-en.ts`,
 * `test47c-en.ts`, are other builders' files, only grepped for hosts): sentences copied verbatim from the stored text
 * the `pages` search index returns, written by a builder who never read the extractor (`src/` was not opened, the
 * extractor, benchmarks and tests were not run on these rows; this file was only run by a small printing script with
 * `npx tsx`). 39 rows, 60 facts, 4 rows without facts, 19 addresses, 17 registrable domains (7 new, 10 read by
 * earlier sets), figures 2015–2026. 3 rows are about another country's trade with Viet Nam (001–003, Viet Nam–Laos
 * trade); the rest are Vietnamese ministries, customs, provinces, a district policy bank, industrial-zone boards,
 * state groups, a relic site and sector bodies reporting on their own plans and results.
 *
 * Hosts checked: every registrable domain was grepped with `grep -rilF '<domain>' real-corpus/` before its page was
 * read and again just before committing. New domains, no hit outside this file: `vnfdi.com`, `vngreen.vn`,
 * `fw.com.vn`, `baovinhlong.vn`, `otavietnam.com`, `nongnghiephuuco.vn`, `iipvietnam.com` (`com.vn` a public suffix).
 * `baovinhlong.vn` is the Vinh Long paper on its bare `.vn` domain; earlier sets read it only as `baovinhlong.com.vn`,
 * a different registrable domain, so it is counted new (noted here as the one borderline case).
 * Rows 015–039 (25 rows, the most the brief allows) come from hosts earlier sets used, on addresses no earlier set
 * used: `vinanet.vn` (015–017), `vnanet.vn` (`vietnam.vnanet.vn`, 018–021), `thuonghieucongluan.com.vn` (022–023),
 * `vietnamnet.vn` (024–025, and `m.infonet.vietnamnet.vn` 026–027: two addresses, four rows on the domain),
 * `soha.vn` (028–029), `baoquangnam.vn` (030–031), `baovinhphuc.com.vn` (032–033), `vietbao.com` (034–035, two
 * addresses), `thaibinh.gov.vn` (036–037), `thanhhoa.gov.vn` (`svhttdl.thanhhoa.gov.vn`, 038–039); for each the
 * distinctive part of the address (`486035`, `431337`, `a67340`, `2116633`, `283643`, `198250701154435803`, `133282`,
 * `50015`, `a281379`, `a280426`, `ItemID=37100`, `1008404`) was grepped and found nowhere, and so were the figures.
 * Figures grepped for every row (`8.074`, `7.598`, `309,4`, `514,6`, `134 triệu`, `54,6 triệu`, `109,4`, `53 triệu
 * USD`, `46 triệu USD`, `76 triệu USD`, `3.100 tỷ`, `76,7%`, `127.300`, `33.500`, `4.370`, `3.576,5`, `793,5`,
 * `750.000 ha`, `1.000 sản phẩm`, `xoay quanh`, `22 USD/thùng`, `80.400`, `1,34 triệu`, `1,17 triệu`, `19,5 triệu`,
 * `70.000 tấn`, `224.348`, `1,08 tỷ`, `1,01 tỷ`, `710.000`, `92,4%`, `37,39`, `9.347`, `25.196`, `7.470`, `1.797,7`,
 * `857,4`, `940,3`, `3,24 triệu`, `21,09`, `531,4`, `151,2`, `3.636`, `950 tỷ`, `2.000 tỷ`, `10,23`, `29,83`,
 * `24.616,2`, `618,9`, `626 triệu`, `299.000`, `350.000`): hits only inside unrelated sentences of earlier files
 * (`134 triệu USD` of Viet Nam's eight-month surplus, `76,7%` and `92,4%` of other reports, `33.500` inside
 * `133.500ha`, `70.000 tấn` inside `170.000 tấn`, `710.000` of a youth union, `7.470` of retail sales, `950 tỷ` inside
 * `1.950` and `3.950`, `2.000 tỷ` of other firms and provinces, `350.000` of shrimp and housing targets, `76 triệu USD`
 * inside `876 triệu USD` and `402,76 triệu USD`, `37,39` in an English sentence), so no sentence was dropped for them.
 *
 * Sources (rows in brackets):
 * - Viet Nam–Laos trade in the first half of 2022, an FDI news site (vnfdi.com, 001–003);
 * - budget revenue of Ha Tinh's customs (year 2022 by its base), an environment site's tag page (vngreen.vn, 004–005);
 * - crude-oil budget revenue in January 2016, a news relay (fw.com.vn, 006–007);
 * - Vinh Long's industrial zones 2016–2019, the provincial paper (baovinhlong.vn, 008–009);
 * - OCOP products nationwide, a tourism association's news (otavietnam.com, 010);
 * - the fisheries department's shrimp targets for 2025, an organic-farming site (nongnghiephuuco.vn, 011);
 * - the industrial-zone boards of the Central region and Highlands in 2020 (iipvietnam.com, 012–014);
 * - coffee exports in November, year not printed (vinanet.vn, 015–017); coffee exports in January 2026
 *   (vietnam.vnanet.vn, 018–021); the coal and mineral group to November 2018 (thuonghieucongluan.com.vn, 022–023),
 *   in the first two months of 2023 (vietnamnet.vn, 024–025) and in the first half of 2025 (soha.vn, 028–029);
 *   fisheries output in the first quarter of 2021 (m.infonet.vietnamnet.vn, 026–027); Nui Thanh's social-policy bank
 *   to September 2022 (baoquangnam.vn, 030–031); Vinh Phuc's post and telecom firms in the first half of 2020
 *   (baovinhphuc.com.vn, 032–033); cement sales in May and to April 2018 (vietbao.com, 034–035); Thai Binh's industry
 *   and trade in the first half of 2018 (thaibinh.gov.vn, 036–037); the Lam Kinh relic site in 2023 and its 2024 goal
 *   (svhttdl.thanhhoa.gov.vn, 038–039).
 *
 * Searched (district and commune budgets, tax and customs offices, social insurance, policy banks and Agribank
 * branches, post and telecom, Viettel branches, power companies, hydropower and thermal plants, water and sanitation
 * companies, ports and airports, railways, coal, cement, steel, rubber, sugar, fertiliser, oil and gas, petrol,
 * tobacco, cashew, coffee, cassava, wood, shrimp and fisheries, forestry companies, cooperatives and farmers' funds,
 * craft villages and OCOP, hospitals and district health centres, universities, relic sites and tourism, trade fairs,
 * industrial and economic zones, labour export, Laos, Cambodia and Thailand in Vietnamese) and left out: every page
 * with figures on a host an earlier set read beyond the 25 rows above (nearly every answer: baogialai, baobariavungtau,
 * bariavungtautourism, baohaiduong, baothuathienhue, baodongnai, baolamdong, baoquangnam's other pages, cand, plo,
 * nld, tienphong, vietnamplus, vneconomy, cafef, thanhnien, danviet and etime.danviet, kienthuc, doanhnghiephoinhap,
 * daibieunhandan, giaoduc.net.vn, hanoionline, benhvienhuulung, caosu.com.vn, tapchicaosu, sado, vra.com.vn,
 * doanhnghiepvahoinhap, chp.vn, dienluc247, thitruonghanghoa, vnbusiness, langsontrade, star.vn, dnvn247, baocaobang,
 * miaduongcaobang, hoinongdan, trangtraiviet, binhdinh.gov.vn, bacgiang.gov.vn and its sub-sites, tuyenquang.gov.vn,
 * hoabinh.gov.vn, quangtri.gov.vn, vinataba, vtcnews, baodanang, baohatinh, thvl, vnexpress, vietnambiz and more);
 * a second sentence of fw.com.vn (its headline repeats row 006's rate); sentences of new hosts that only repeat a
 * figure of a row kept (vnfdi's lead sentence, iipvietnam's lead); broker tables (bsc), document sites (123docz,
 * tailieu, luanvan, slideshare), tag pages without sentences (bnews, docbao, vietbooks, doanhnghiepkinhtexanh,
 * smoney, vnba), gambling spam hosts (kuwin and 98win mirrors); `tientrung.vn` and `bantindangbothanhphoyenbai.vn`
 * (new, but their stored text is a headline only), `pressreader.com` (in English files), `vtvgo.vn` sub-sites (read
 * by earlier sets). 39 rows, not 60: nearly every report query returned hosts earlier sets had read, the reuse group
 * stops at 25, and only seven new hosts gave whole report sentences; quality over count.
 *
 * Rows without facts (4, 10 %): an oil-price fall given as an absolute difference against the budget price (007),
 * shares of a province's exports by year (009), a count of units `7/11 đơn vị` (012), shares of area and output (021).
 *
 * Whole sentences as stored. Slips and forms of the source are kept: `309,4 USD` without `triệu` (001); `đạt gần đạt
 * gần 134 triệu USD` with the words doubled and the malformed rate `29,9,5%` (003); `Phân bón`, `Gỗ`, `Cao su`
 * capitalised after semicolons (002); `Bộ tài chính` in lower case (006); `Giai đoạn 2016- 2018` and `2020- 2025`
 * with a space after the hyphen (008, 033); the agency's lead `(VINANET) – ` glued to 015; `1,17 triệu tấn, (tương
 * đương` with a comma before the bracket and `so với một năm ngoái` (016); `Bộ Tài Chính` capitalised (016); `tăng
 * 21,5% cùng kỳ năm 2017` without `so với` (036); `quý 1/2021` beside `quý I/2021` (026–027); `Công thương` (036).
 *
 * Conventions (those of `test45-vi.ts`, `test44-vi.ts`, `test29-vi.ts` and `types.ts`): `so với cùng kỳ`, `so với
 * cùng kỳ năm trước` are the same period last year; `so với cùng kỳ năm 2021`, `so với cùng kỳ 2020`, `so với cùng kỳ
 * năm 2017`, `cùng kỳ năm 2017`, `so với cùng kỳ 2017`, `so với cùng kỳ năm 2019`, `so với năm ngoái`, `so với một
 * năm ngoái` and changes without a stated base are `*`; `bằng 127,8% so với cùng kỳ 2022`, `bằng 124,8% so với cùng kỳ
 * năm 2021` (`*`) and `bằng 103,2% so với cùng kỳ` (same period last year) are ratios; `đạt X% kế hoạch`, `bằng X% kế
 * hoạch`, `đạt X% so với kế hoạch năm`, `bằng X% so với kế hoạch năm` are completions, and `vượt 18,3% so với kế
 * hoạch` a completion of 118.3. `ước đạt`, `ước thực hiện`, `ước tính`, `ước` (before a figure) and `dự kiến đạt` of the
 * period being reported give the stage `estimate`, each to its own figure. `hơn`, `trên` are lower bounds, `gần` an
 * upper bound, `khoảng`, `xoay quanh mức` `about`; a bound on a rate has no field (`giảm gần 66%`). `mục tiêu`,
 * `phấn đấu` and `đặt ra mục tiêu` are targets. `tỷ đồng`, `triệu đồng` are `VND`; `triệu USD`, `tỷ USD` `USD`;
 * `tấn`, `nghìn tấn`, `triệu tấn` `tonne`; `ha` `ha`; bags, visitors, households, investors, projects, products,
 * cubic metres and figures per unit (`USD/thùng`) are values without a unit. Shares, absolute differences (`tăng 65,5
 * tỷ đồng so với đầu năm`, `tăng tới 1,46 triệu tấn so với tháng 4`, `giảm 22 USD/thùng`), ranges (`từ 1,3 đến 1,4
 * triệu tấn`, `từ 4 đến 4,3 tỷ USD`), ratios of counts (`7/11 đơn vị`), grades (`3 sao`, `5 sao`), counts of communes
 * (`1 xã`), decision numbers (`quyết định số 41`) and dates are no facts. A period is given when the sentence names
 * it with its year (`6 tháng đầu năm 2022` `2022-H1`, `tháng 1/2026` `2026-01`, `quý 1/2021` and `quý I/2021`
 * `2021-Q1`, `tháng 5/2018` `2018-05`, `4 tháng năm 2018` `2018-YTD-04`, `năm 2020`, `Năm 2023`, `Năm 2024`, `Năm
 * 2025`); `tháng 11`, `tháng 6`, `tháng 10`, `đến hết tháng 11`, `6 tháng đầu năm` without a year, `Tính từ đầu năm
 * đến nay` and `Giai đoạn 2016- 2018` give none.
 *
 * Judgement calls: 001's `xuất khẩu đạt hơn 309,4 USD` is read as 309.4 million USD — the sentence itself makes 824 =
 * 309.4 + 514.6 million, so a careful reader takes the missing `triệu` as a slip; all three figures lean on the half
 * year named for the total and take `2022-H1`, and the two sub-changes without a base are `*`. 003's malformed
 * `tăng 29,9,5%` gets no change field (it cannot be read as one number); `gần đạt gần 134 triệu USD` is `under`.
 * 017's traders' forecast `Theo dự báo của các thương lái … xung quanh mức 70.000 tấn` is a forecast credited to
 * another body, so a target with `about`. 018's `so với tháng 12/2025` names the previous month, so its base is the
 * month id `2025-12` (as test45 read `so với quý I/2021` as `2021-Q1`); `so với cùng kỳ năm 2025` is `*`. 027's `vượt
 * 18,3% so với kế hoạch quý I/2021 (1,5 triệu tấn)` is a completion of 118.3 without a value (the output itself is the
 * figure of 026) plus the plan value `1,5 triệu tấn`, a target of `2021-Q1`. 026's sub-figures (catch, farming) lean on
 * the quarter named for the total and take `2021-Q1`, but not its stage (`ước` stands before the total only). 014's
 * counts and sums lean on `năm 2020` and take it. 010's `gần 1.000 sản phẩm` is `under` and `42 sản phẩm` a count;
 * the star grades and shares are no facts. 011 keeps the two single-valued goals (area and `trên 1 triệu tấn` of
 * white-leg shrimp, `over`) and leaves the ranges out. 006's only figure is the oil price `xoay quanh mức 30
 * USD/thùng` (`about`); its revenue fall `giảm gần 66%` is a bounded rate without a value, so no fact. 033's `hơn
 * 2.000 tỷ đồng trong năm 2020` is a target with `over` and `2020`. 034's `tăng tới 1,46 triệu tấn so với tháng 4` is an
 * absolute difference, no field; `đạt 51% kế hoạch năm 2018` is the month's completion as printed. 004's base `so với
 * cùng kỳ năm 2021` names a year but the sentence names no period of its own (`Tính từ đầu năm đến nay`), so no `p`.
 * 015's `1,34 triệu bao` and 016's `19,5 triệu bao` are bag counts, values without a unit. 021 (shares only) is kept
 * as a row without facts.
 *
 * Second pass (7 December 2026): every row re-read against its sentence alone with a script printing each row's facts
 * beside its text (`npx tsx` on this file only), field by field (scale of `nghìn`, `triệu`, `tỷ`, decimal commas and
 * thousands points; unit; bound; completion; change form, amount and base; period; stage; target), and every value
 * string counted digit by digit against its figure (`824000000`, `309400000`, `514600000`, `109400000`,
 * `8074000000000` for `8.074 tỷ`, `3100000000000`, `30500000000000`, `127300000000000`, `3576500000000` for `3.576,5
 * tỷ`, `793500000000`, `1170000` for `1,17 triệu tấn`, `1080000000` for `1,08 tỷ USD`, `37390000`, `25196000000000`,
 * `1797700` for `1.797,7 nghìn tấn`, `857400`, `940300`, `21090000`, `531400000000`, `151200000000`, `10230000`,
 * `29830000`, `24616200000000` for `24.616,2 tỷ`, `618900000`). Changed on re-reading: no value, unit, bound or base; the counts of this header, first left open, were
 * filled from the script's totals (39 rows, 60 facts, 4 rows without facts, 19 addresses). Checked and kept: `309400000`
 * on 001 (the sum 309.4 + 514.6 = 824), no change field on 003, `2025-12` as the base of 018, the target of 017, no
 * stage on 026's sub-figures, no period on 002, 003, 004, 015–017, 019–025, 028–031, 037.
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VNFDI_VIETLAO_2022_H1 = 'https://vnfdi.com/kim-ngach-thuong-mai-viet-nam-lao-dat-hon-824-trieu-usd/';
const VNGREEN_HAIQUAN_HATINH = 'https://vngreen.vn/tag/cua-khau';
const FW_DAUTHO_2016_01 = 'http://fw.com.vn/2016/02/03/thu-ngan-sach-tu-dau-tho-giam-gan-66-trong-thang-12016/';
const BAOVINHLONG_KCN_2019 =
  'http://baovinhlong.vn/kinh-te/201910/gia-tri-san-xuat-cong-nghiep-va-xuat-khau-chiem-ty-trong-cao-2971152/';
const OTA_OCOP = 'https://otavietnam.com/?p=415671';
const NNHC_TOM_2025 = 'https://nongnghiephuuco.vn/tag/phat-trien-nganh-tom-6269.tag';
const IIP_MIENTRUNG_2020 =
  'https://iipvietnam.com/mien-trung-tay-nguyen-thu-hut-moi-159-du-an-tong-von-dau-tu-gan-30500-ty-dong.html';
// Hosts earlier sets read, on addresses no earlier set used (015–039):
const VINANET_CAPHE_11 =
  'http://vinanet.vn/xuat-nhap-khau/xuat-khau-ca-phe-thang-11-cua-viet-nam-dat-80400-tan-giam-34-486035.html';
const VNANET_CAPHE_2026_01 =
  'https://vietnam.vnanet.vn/vietnamese/long-form/ca-phe-mang-ve-1-ty-usd-xuat-khau-chi-trong-vong-1-thang-431337.html';
const THCL_TKV_2018 =
  'https://thuonghieucongluan.com.vn/nam-2018-luong-tieu-thu-than-viet-nam-vuot-ke-hoach-nam-dat-37-39-trieu-tan-a67340.html';
const VIETNAMNET_TKV_2023 = 'https://vietnamnet.vn/doanh-thu-2-thang-cua-tkv-dat-25-196-ty-dong-2116633.html';
const INFONET_THUYSAN_2021_Q1 =
  'https://m.infonet.vietnamnet.vn/chuyen-de/bien-va-hai-dao/thang-3-tong-san-luong-thuy-san-uoc-dat-656-3-nghin-tan-283643.html';
const SOHA_TKV_2025_H1 =
  'https://soha.vn/cu-hot-bac-88190-ty-dong-mot-ong-lon-nha-nuoc-lam-mua-lam-gio-nua-dau-2025-198250701154435803.htm';
const BAOQUANGNAM_NUITHANH_2022 =
  'https://baoquangnam.vn/thoi-su-kinh-te/nui-thanh-co-hon-3600-luot-ho-duoc-tiep-can-von-chinh-sach-133282.html';
const BAOVINHPHUC_BCVT_2020_H1 =
  'http://baovinhphuc.com.vn/kinh-te/50015/doanh-thu-linh-vuc-buu-chinh-vien-thong-tang-10-so-voi-cung-ky.html';
const VIETBAO_XIMANG_2018_05 = 'https://vietbao.com/a281379/xi-mang-vn-tieu-thu-nhanh';
const VIETBAO_XIMANG_2018_04 = 'https://vietbao.com/a280426/tieu-thu-xi-mang-vn-noi-dia-tang-lai';
const THAIBINH_CONGNGHIEP_2018_H1 = 'https://thaibinh.gov.vn/tintuc/Pages/tin-kinh-te.aspx?ItemID=37100';
const SVHTTDL_LAMKINH_2024 =
  'https://svhttdl.thanhhoa.gov.vn/du-lich/nam-2024-khu-di-tich-quoc-gia-dac-biet-lam-kinh-phan-dau-don-tren-350-000-luot-khach-1008404';
// URLS-END

const SPLY = 'same-period-last-year';
const EST = 'estimate';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const goal = (fact: RealFact): RealFact => ({ ...fact, k: 'target' });

const ROWS: readonly Row[] = [
  // Viet Nam–Laos trade in the first half of 2022, an FDI news site (vnfdi.com; another country's trade)
  [
    VNFDI_VIETLAO_2022_H1,
    'Theo phóng viên TTXVN tại Lào, trong 6 tháng đầu năm 2022, kim ngạch thương mại hai chiều giữa Việt Nam – Lào đạt hơn 824 triệu USD tăng 20,6% so với cùng kỳ, trong đó xuất khẩu đạt hơn 309,4 USD giảm 6%; nhập khẩu đạt gần 514,6 triệu USD tăng 45,4%.',
    [
      usd('824000000', { a: 'over', ch: [`rate 20.6 ${SPLY}`], p: '2022-H1' }),
      usd('309400000', { a: 'over', ch: ['rate -6 *'], p: '2022-H1' }),
      usd('514600000', { a: 'under', ch: ['rate 45.4 *'], p: '2022-H1' }),
    ],
  ],
  [
    VNFDI_VIETLAO_2022_H1,
    'Các mặt hàng Việt Nam nhập khẩu chủ yếu từ Lào là quặng và khoáng sản khác tăng 41,5% đạt gần 53 triệu USD; Phân bón đạt gần 46 triệu USD; Gỗ và sản phẩm gỗ đạt gần 76 triệu USD; Cao su đạt gần 109,4 triệu USD.',
    [
      usd('53000000', { a: 'under', ch: ['rate 41.5 *'] }),
      usd('46000000', { a: 'under' }),
      usd('76000000', { a: 'under' }),
      usd('109400000', { a: 'under' }),
    ],
  ],
  [
    VNFDI_VIETLAO_2022_H1,
    'Riêng trong tháng 6 vừa qua, thương mại hai chiều giữa Việt Nam – Lào đạt gần đạt gần 134 triệu USD, tăng 29,9,5% so với cùng kỳ, trong đó, kim ngạch xuất khẩu của Việt Nam sang Lào đạt gần 54,6 triệu USD, tăng 11,1% so với cùng kỳ.',
    [usd('134000000', { a: 'under' }), usd('54600000', { a: 'under', ch: [`rate 11.1 ${SPLY}`] })],
  ],
  // Budget revenue collected by Ha Tinh's customs, an environment news site's tag page (vngreen.vn)
  [
    VNGREEN_HAIQUAN_HATINH,
    'Tính từ đầu năm đến nay, Cục Hải quan tỉnh Hà Tĩnh đã thu ngân sách nhà nước đạt hơn 8.074 tỷ đồng, tăng 18,59% so với cùng kỳ năm 2021.',
    [vnd('8074000000000', { a: 'over', ch: ['rate 18.59 *'] })],
  ],
  [
    VNGREEN_HAIQUAN_HATINH,
    'Đặc biệt Chi cục Hải quan cửa khẩu cảng Vũng Áng thu ngân sách đạt cao với hơn 7.598 tỷ đồng.',
    [vnd('7598000000000', { a: 'over' })],
  ],
  // Crude-oil budget revenue in January 2016, a news relay (fw.com.vn)
  [
    FW_DAUTHO_2016_01,
    'Thống kê từ Bộ tài chính cho thấy tổng thu ngân sách nhà nước trong tháng 1, nguồn thu từ dầu thô đã giảm gần 66% so với cùng kỳ năm trước, nguyên nhân là giá dầu thô trên thị trường giảm xoay quanh mức 30 USD/thùng.',
    [n('30', { a: 'about' })],
  ],
  [
    FW_DAUTHO_2016_01,
    'Do có độ trễ trong thanh toán, giá dầu của Việt Nam có độ bình quân trong tháng 1 vừa qua cũng giảm 22 USD/thùng so với giá xây dựng dự toán.',
    [],
  ],
  // Vinh Long's industrial zones 2016–2019, the provincial paper on its .vn domain (baovinhlong.vn)
  [
    BAOVINHLONG_KCN_2019,
    'Giai đoạn 2016- 2018 đã tiếp xúc, mời gọi 104 nhà đầu tư (ĐT), thu hút vốn ĐT đạt hơn 3.100 tỷ đồng.',
    [n('104'), vnd('3100000000000', { a: 'over' })],
  ],
  [
    BAOVINHLONG_KCN_2019,
    'Nếu năm 2015 chiếm tỷ trọng 78%, năm 2018 là 79% thì 9 tháng đầu năm nay cũng đã đạt 76,7%.',
    [],
  ],
  // OCOP products nationwide, a tourism association's news (otavietnam.com)
  [
    OTA_OCOP,
    'Hiện cả nước đã có gần 1.000 sản phẩm OCOP đạt 3 sao trở lên, trong đó 66,9% sản phẩm 3 sao, 32,2% 4 sao, 0,6% là sản phẩm tiềm năng 5 sao và 42 sản phẩm đã đạt 5 sao, được công nhận bởi Bộ Nông nghiệp và Phát triển nông thôn.',
    [n('1000', { a: 'under' }), n('42')],
  ],
  // The fisheries department's shrimp targets for 2025, an organic-farming site's tag page (nongnghiephuuco.vn)
  [
    NNHC_TOM_2025,
    'Năm 2025, Cục Thủy sản (Bộ NN&PTNT) đề ra mục tiêu diện tích tôm nuôi đạt 750.000 ha, sản lượng tôm các loại từ 1,3 đến 1,4 triệu tấn (trong đó, tôm thẻ chân trắng trên 1 triệu tấn), kim ngạch xuất khẩu từ 4 đến 4,3 tỷ USD.',
    [goal(ha('750000', { p: '2025' })), goal(tonne('1000000', { a: 'over', p: '2025' }))],
  ],
  // Industrial-zone boards of the Central region and Highlands in 2020, an industrial-park portal (iipvietnam.com)
  [
    IIP_MIENTRUNG_2020,
    'Theo báo cáo từ các Ban, năm 2020, dù bị ảnh hưởng bởi thiên tai và dịch bệnh, nhưng có 7/11 đơn vị thuộc Khối thi đua vượt chỉ tiêu kế hoạch đề ra.',
    [],
  ],
  [
    IIP_MIENTRUNG_2020,
    'Toàn Khối thi đua đã thu hút mới 159 dự án với tổng vốn đầu tư gần 30.500 tỷ đồng; kim ngạch xuất khẩu đạt hơn 127.300 tỷ đồng; nộp ngân sách Nhà nước đạt gần 33.500 tỷ đồng.',
    [
      n('159'),
      vnd('30500000000000', { a: 'under' }),
      vnd('127300000000000', { a: 'over' }),
      vnd('33500000000000', { a: 'under' }),
    ],
  ],
  [
    IIP_MIENTRUNG_2020,
    'Riêng đối với Ban Quản lý Khu Công nghệ cao và các khu công nghiệp Đà Nẵng, tổng vốn thu hút đầu tư năm 2020 đạt 4.370 tỷ đồng, trong đó cấp mới 16 dự án với vốn đăng ký đầu tư 3.576,5 tỷ đồng và điều chỉnh tăng vốn cho 18 dự án với vốn tăng thêm 793,5 tỷ đồng.',
    [
      vnd('4370000000000', { p: '2020' }),
      n('16', { p: '2020' }),
      vnd('3576500000000', { p: '2020' }),
      n('18', { p: '2020' }),
      vnd('793500000000', { p: '2020' }),
    ],
  ],
  // Coffee exports in November (year not printed), the trade ministry's commodity site relaying Reuters (vinanet.vn)
  [
    VINANET_CAPHE_11,
    '(VINANET) – Việt Nam, nước sản xuất cà phê robusta hàng đầu thế giới, đã xuất khẩu 80.400 tấn cà phê (tương đương 1,34 triệu bao) trong tháng 11, giảm 34% so với năm ngoái, Cục Hải quan cho biết.',
    [tonne('80400', { ch: ['rate -34 *'] }), n('1340000')],
  ],
  [
    VINANET_CAPHE_11,
    'Trong báo cáo hàng tháng của Bộ Tài Chính, tổng kim ngạch xuất khẩu cà phê của Việt Nam 11 tháng tính từ đầu năm đạt 1,17 triệu tấn, (tương đương 19,5 triệu bao), giảm 25,6% so với một năm ngoái.',
    [tonne('1170000', { ch: ['rate -25.6 *'] }), n('19500000')],
  ],
  [
    VINANET_CAPHE_11,
    'Theo dự báo của các thương lái, sản lượng cà phê xuất khẩu tháng 10 xung quanh mức 70.000 tấn.',
    [goal(tonne('70000', { a: 'about' }))],
  ],
  // Coffee exports in January 2026, the national news agency's long-form page (vietnam.vnanet.vn)
  [
    VNANET_CAPHE_2026_01,
    'Theo số liệu từ Cục Hải quan Việt Nam, trong tháng 1/2026, xuất khẩu cà phê của Việt Nam đạt 224.348 tấn, kim ngạch 1,08 tỷ USD, tăng lần lượt 22,6% về lượng và 14,1% về trị giá so với tháng 12/2025, đồng thời tăng tới 56,4% về lượng và 39,5% về trị giá so với cùng kỳ năm 2025.',
    [
      tonne('224348', { p: '2026-01', ch: ['rate 22.6 2025-12', 'rate 56.4 *'] }),
      usd('1080000000', { p: '2026-01', ch: ['rate 14.1 2025-12', 'rate 39.5 *'] }),
    ],
  ],
  [
    VNANET_CAPHE_2026_01,
    'Cà phê cũng vượt qua thủy sản (kim ngạch 1,01 tỷ USD) để vươn lên vị trí thứ hai trong top các mặt hàng có kim ngạch xuất khẩu cao nhất ngành nông nghiệp, chỉ đứng sau nhóm hàng gỗ và sản phẩm gỗ (1,6 tỷ USD).',
    [usd('1010000000'), usd('1600000000')],
  ],
  [
    VNANET_CAPHE_2026_01,
    'Theo thống kê, hiện diện tích trồng cà phê cả nước đạt khoảng 710.000 ha.',
    [ha('710000', { a: 'about' })],
  ],
  [
    VNANET_CAPHE_2026_01,
    'Các tỉnh Đắk Lắk, Lâm Đồng và Gia Lai là vùng sản xuất chủ lực, chiếm hơn 92,4% diện tích và 95% sản lượng.',
    [],
  ],
  // Coal sales of the coal and mineral group to November 2018 (thuonghieucongluan.com.vn)
  [
    THCL_TKV_2018,
    'Cụ thể, đến hết tháng 11, toàn Tập đoàn đã tiêu thụ 37,39 triệu tấn than, bằng 103,9% kế hoạch và tăng 17% so với cùng kỳ năm 2017.',
    [tonne('37390000', { c: '103.9', ch: ['rate 17 *'] })],
  ],
  [THCL_TKV_2018, 'Ước tính, doanh thu tháng 11 toàn Tập đoàn đạt 9.347 tỷ đồng.', [vnd('9347000000000', { st: EST })]],
  // The coal and mineral group in the first two months of 2023 (vietnamnet.vn)
  [
    VIETNAMNET_TKV_2023,
    'Doanh thu toàn tập đoàn ước đạt 25.196 tỷ đồng, đạt 15% kế hoạch năm, bằng 127,8% so với cùng kỳ 2022.',
    [vnd('25196000000000', { st: EST, c: '15', ch: ['ratio 127.8 *'] })],
  ],
  [
    VIETNAMNET_TKV_2023,
    'Nộp Ngân sách Nhà nước dự kiến đạt 7.470 tỷ đồng; bằng 36,6% so với kế hoạch năm.',
    [vnd('7470000000000', { st: EST, c: '36.6' })],
  ],
  // Fisheries output in the first quarter of 2021, the ministry's report on a Vietnamnet sub-site (m.infonet.vietnamnet.vn)
  [
    INFONET_THUYSAN_2021_Q1,
    'Lũy kế đến hết quý 1/2021, tổng sản lượng ước đạt 1.797,7 nghìn tấn (tăng 2,1% so với cùng kỳ 2020; bằng 20,9% kế hoạch 2021); trong đó, sản lượng khai thác 857,4 nghìn tấn (tăng 1,1%), sản lượng nuôi trồng thủy sản 940,3 nghìn tấn (tăng 3,1%).',
    [
      tonne('1797700', { st: EST, p: '2021-Q1', c: '20.9', ch: ['rate 2.1 *'] }),
      tonne('857400', { p: '2021-Q1', ch: ['rate 1.1 *'] }),
      tonne('940300', { p: '2021-Q1', ch: ['rate 3.1 *'] }),
    ],
  ],
  [
    INFONET_THUYSAN_2021_Q1,
    'So sánh với mục tiêu tăng trưởng đã phê duyệt tại quyết định số 41, tổng sản lượng thủy sản vượt 18,3% so với kế hoạch quý I/2021 (1,5 triệu tấn).',
    [{ c: '118.3' }, goal(tonne('1500000', { p: '2021-Q1' }))],
  ],
  // The coal and mineral group in June and the first half of 2025 (soha.vn)
  [
    SOHA_TKV_2025_H1,
    'Về sản xuất than, trong tháng 6, than nguyên khai ước thực hiện 3,24 triệu tấn, bằng 104,6% kế hoạch.',
    [tonne('3240000', { st: EST, c: '104.6' })],
  ],
  [
    SOHA_TKV_2025_H1,
    '6 tháng đầu năm ước đạt 21,09 triệu tấn, bằng 55,4% kế hoạch năm và bằng 103,2% so với cùng kỳ.',
    [tonne('21090000', { st: EST, c: '55.4', ch: [`ratio 103.2 ${SPLY}`] })],
  ],
  // The social-policy bank of Nui Thanh district to September 2022 (baoquangnam.vn)
  [
    BAOQUANGNAM_NUITHANH_2022,
    'Tính đến cuối tháng 9, tổng nguồn vốn hoạt động Ngân hàng Chính sách xã hội huyện Núi Thành đạt 531,4 tỷ đồng, tăng 65,5 tỷ đồng so với đầu năm.',
    [vnd('531400000000')],
  ],
  [
    BAOQUANGNAM_NUITHANH_2022,
    'Về sử dụng vốn đạt 151,2 tỷ đồng, bằng 124,8% so với cùng kỳ năm 2021, có 3.636 lượt hộ vay vốn.',
    [vnd('151200000000', { ch: ['ratio 124.8 *'] }), n('3636')],
  ],
  // Post and telecom revenue of Vinh Phuc in the first half of 2020 (baovinhphuc.com.vn)
  [
    BAOVINHPHUC_BCVT_2020_H1,
    '6 tháng đầu năm 2020, tổng doanh thu của các doanh nghiệp bưu chính, viễn thông ước đạt 950 tỷ đồng, đạt 47% so với kế hoạch năm, tăng 10% so với cùng kỳ năm 2019.',
    [vnd('950000000000', { st: EST, p: '2020-H1', c: '47', ch: ['rate 10 *'] })],
  ],
  [
    BAOVINHPHUC_BCVT_2020_H1,
    'Với mục tiêu phấn đấu đạt doanh thu hơn 2.000 tỷ đồng trong năm 2020, thời gian tới, các doanh nghiệp bưu chính, viễn thông tiếp tục triển khai dự án đầu tư hạ tầng thông tin - truyền thông thiết yếu và hệ thống thông tin làm nền tảng xây dựng chính quyền điện tử tỉnh giai đoạn 2020- 2025; đánh giá công tác thử nghiệm hệ thống truyền thanh không dây tại 1 xã trên địa bàn tỉnh để tham mưu, đề xuất các nội dung triển khai tiếp theo cho phù hợp với tình hình thực tế ở địa phương.',
    [goal(vnd('2000000000000', { a: 'over', p: '2020' }))],
  ],
  // Cement sales in May and to April 2018, a diaspora paper relaying the construction ministry (vietbao.com)
  [
    VIETBAO_XIMANG_2018_05,
    'Vụ Vật liệu Xây dựng (Bộ Xây dựng) cho biết, ước sản phẩm xi măng tiêu thụ ở cả thị trường nội địa và xuất khẩu trong tháng 5/2018 đạt khoảng 10,23 triệu tấn, tăng tới 1,46 triệu tấn so với tháng 4, tăng 11% so với cùng kỳ năm 2017 và đạt 51% kế hoạch năm 2018.',
    [tonne('10230000', { a: 'about', st: EST, p: '2018-05', c: '51', ch: ['rate 11 *'] })],
  ],
  [
    VIETBAO_XIMANG_2018_04,
    'Lũy kế, ước tiêu thụ sản phẩm xi măng trong 4 tháng năm 2018 đạt khoảng 29,83 triệu tấn, tăng 13% so với cùng kỳ.',
    [tonne('29830000', { a: 'about', st: EST, p: '2018-YTD-04', ch: [`rate 13 ${SPLY}`] })],
  ],
  // Thai Binh's industry and trade in the first half of 2018, the provincial portal (thaibinh.gov.vn)
  [
    THAIBINH_CONGNGHIEP_2018_H1,
    'Theo báo cáo của Sở Công thương, 6 tháng đầu năm 2018, giá trị sản xuất công nghiệp ước đạt 24.616,2 tỷ đồng, tăng 21,5% cùng kỳ năm 2017, đạt 45% kế hoạch năm.',
    [vnd('24616200000000', { st: EST, p: '2018-H1', c: '45', ch: ['rate 21.5 *'] })],
  ],
  [
    THAIBINH_CONGNGHIEP_2018_H1,
    'Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 618,9 triệu USD tăng 7,19% so với cùng kỳ 2017; kim ngạch nhập khẩu 6 tháng ước đạt 626 triệu USD, tăng 15,53% so với cùng kỳ, đạt 47,1% kế hoạch năm 2018.',
    [
      usd('618900000', { st: EST, ch: ['rate 7.19 *'] }),
      usd('626000000', { st: EST, c: '47.1', ch: [`rate 15.53 ${SPLY}`] }),
    ],
  ],
  // Visitors of the Lam Kinh relic site in 2023 and its 2024 goal, Thanh Hoa's culture department (svhttdl.thanhhoa.gov.vn)
  [
    SVHTTDL_LAMKINH_2024,
    'Năm 2023, Khu Di tích Quốc gia đặc biệt Lam Kinh đã đón gần 299.000 lượt du khách đến dâng hương, tham quan, vãn cảnh.',
    [n('299000', { a: 'under', p: '2023' })],
  ],
  [
    SVHTTDL_LAMKINH_2024,
    'Năm 2024, Khu Di tích Quốc gia đặc biệt Lam Kinh đặt ra mục tiêu đón trên 350.000 lượt du khách.',
    [goal(n('350000', { a: 'over', p: '2024' }))],
  ],
];
export const TEST47_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test47-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test47',
  facts,
}));
