import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-EIGHTH fresh set (`test38`), Vietnamese part (the English parts, `test38-en.ts`, `test38b-en.ts`,
 * `test38c-en.ts`, are other builders' files, only grepped for hosts): sentences copied verbatim from the stored text
 * the `pages` search index returns, written by a builder who never read the extractor (`src/` was not opened, the
 * extractor, benchmarks and tests were not run on these rows; the file is imported only by `index.ts`, into the
 * held-out `test38` group). 60 rows, 91 facts, 7 rows without facts, 23 addresses, 15 registrable domains, 1997–2026.
 *
 * Hosts checked: every registrable domain was grepped with `grep -rilF '<domain>' real-corpus/` before use and again
 * just before committing, with no hit outside this file: `lamdong.gov.vn`, `laocai.gov.vn`, `haugiang.gov.vn`,
 * `ninhthuan.gov.vn`, `soctrang.gov.vn` (`gov.vn` being a public suffix, each province's portal is a registrable
 * domain of its own; the rows are on their statistics-office and trade-department subdomains `cucthongke.*` and
 * `socongthuong.*`), `datnenbaclieu.net`, `toihuongdan.com`, `sim.vn`, `tannamchinh.com`, `vtcnews.vn` (the bare word
 * `vtcnews` has no hit either; test36 named a `vtc` host among those earlier sets read, which is `vtc.vn`, another
 * registrable domain), `covenant3.com`, `phapluatdoisong.com.vn`, `soctrangtv.vn`, `la34.com.vn`, `thongtinduan.com`.
 * Distinctive figures of every sentence were grepped too (`335.441`, `15.150,5`, `84.718,4`, `5.366,3`, `10.265,1`,
 * `25.495,7`, `24.226`, `1.039 ha`, `10.725`, `12.805`, `3.115.491`, `11.784`, `11.934`, `679,975`, `6.273,056`,
 * `11.253,59`, `8,26%`, `31.394,4`, `17.229,2`, `66,1 tạ`, `114,9 nghìn`, `122,4 nghìn`, `133.500`, `1.971.589`,
 * `218,10`, `450,374`, `74.933`, `19.723`, `13.410`, `998,4`, `4.606`, `425 triệu tấn`, `14,7 triệu tấn`, `106 triệu
 * tấn`, `25.525`, `14,22%`, `10,19%`, `672 ngàn`, `250 triệu USD`, `12.728`, `2.565 tỷ`, `734 triệu kWh`, `13,57%` and
 * more): hits only inside other sentences (`13.503` inside `13.503.000.000đ` of a commune's crop income in
 * `test13-vi.ts`, `5.000 tỷ` and `90.000 tấn` in unrelated sentences of earlier files), so no sentence was dropped.
 *
 * Sources (rows in brackets):
 * - Lam Dong to September 2019, 2018 and 2015, the provincial statistics office (cucthongke.lamdong.gov.vn, 001–006);
 * - Lao Cai in August 2024 and April 2023, the provincial statistics office (cucthongke.laocai.gov.vn, 007–012);
 * - Hau Giang in November 2018, July 2019 and the first half of 2021, the provincial statistics office
 *   (cucthongke.haugiang.gov.vn, 013–018);
 * - Ninh Thuan in the first quarter of 2024, June 2023 and October 2020, the provincial statistics office
 *   (cucthongke.ninhthuan.gov.vn, 019–024);
 * - Bac Lieu in the first half of 2021, a land-sales blog relaying the provincial news (www.datnenbaclieu.net, 025–028);
 * - Bac Lieu 1997–2006, a how-to site's page on the province (toihuongdan.com, 029–031);
 * - Viettel to May 2024, a SIM-card seller's news page (sim.vn, 032–036);
 * - sea ports in the first half of 2021, a logistics company's news page relaying the news agency (tannamchinh.com,
 *   037–041);
 * - the Spring Fair of 2026, an online paper (amp.vtcnews.vn, 042–043);
 * - Hau Giang's industry in the first half of 2022, a tag page of a general site (covenant3.com, 044–045);
 * - Nam Dinh's GRDP in 2023, a law-and-life magazine (phapluatdoisong.com.vn, 046–048);
 * - tourism revenue in 2023, the Soc Trang television's news strip (soctrangtv.vn, 049);
 * - Long An in February 2016, the Long An television's site (beta.la34.com.vn, 050–054);
 * - Long An's industrial parks (against 2022), a project-news tag page (thongtinduan.com, 055);
 * - Soc Trang's industry and trade in June 2021, the provincial trade department (socongthuong.soctrang.gov.vn,
 *   056–060).
 *
 * Searched (district and commune results, provincial statistics offices, budgets, tax offices, social insurance,
 * policy banks, electricity and hydropower, water supply, ports and airports, tourism, trade fairs, coffee, pepper,
 * rubber, sugar, tea, fertiliser, textiles, forestry companies, cooperatives, lotteries, post offices, hospitals,
 * schools, telecoms, overseas and foreign-radio services) and left out: every page with figures on a host an earlier
 * set read (baogialai, baolamdong, baobackan, baothainguyen, gialaitv, tapchicongthuong, baochinhphu, nghiadan,
 * baoanhdatmui, bariavungtautourism, kitra, kienthuc, baoquangnam, tayninh.gov.vn, thoibaotaichinhvietnam, tinbong247,
 * horuco, manatee-boating, doanhnghiepvahoinhap, tracuuquyhoach, tapchicaosu, caosu.com.vn, sado, vnanet,
 * dientuungdung, baohatinh, vietbao, vccb, daibieunhandan, thuongtruong24h, vov, chuyendongthitruong, thesaigontimes,
 * doanhnhanvn, baodauthau, baohoabinh, cuocsongantoan, khoahocdoisong, vemaybaybayou, hanoionline, baohaiduong,
 * kinhtevadubao, lapphuong, jcapt, baonamdinh, tnmttuyenquang, snntuyenquang, tailieudientu, baophutho, baocaobang,
 * langngheviet, vbsp, baotainguyenmoitruong, baocantho, xosobinhdinh, thuysanvietnam, quanlynhanuoc, baolaocai,
 * kinhtedothi with its `old` subdomain, kinhtechungkhoan, baonamdinh.vn, gso.gov.vn with `namdinh.gso.gov.vn`,
 * baoangiang, nguoinuoitom, xsdinh, vietnam.vn, baolongan, doanhnghiephoinhap, sggp, plo, danviet, cafef, thanhnien,
 * vietnamnet, tienphong, vnexpress, tuoitre, laodong, nld, znews, 24h, cand, mpi.gov.vn with `chuyendoiso` and more).
 * Left out as well: document and thesis excerpts (123docz, text.123docz, tailieuthamkhao, tai-lieu.com, thuvientailieu,
 * khothuvienso), broker tables without prose (bsc, cophieu68), tag pages without sentences (bnews, vietbooks,
 * doanhnghiepkinhtexanh, docbao, nguoivietdoday, etime.danviet), gambling spam hosts, a salt table without prose
 * (dcrd.gov.vn), a party handbook's page without figures (haugiang.dcs.vn), a Nam Dinh coast profile with only a length
 * (nguoinamdinh.net), Hau Giang's budget sentence of November 2018 with two completions for one value (`đạt 136,95% dự
 * toán Trung ương giao, đạt 103,67% dự toán Hội đồng nhân dân tỉnh giao`: one value cannot carry both), Lao Cai's rice
 * of April 2023 printed `9.8689 ha` (a slip whose value no careful reader can settle: neither a thousands group nor a
 * plain decimal), VTC's `75% đơn vị` share (a tenth of rows without facts being reached) and the sixth sentences of
 * addresses that already had five (Viettel Global's quarter, the port regions' container rates). 60 rows, 91 facts, 7
 * rows without facts (12 %: a Lao Cai report lead, `Nhiều chỉ tiêu tăng trưởng cao so với năm 2020`, Bac Lieu's economic
 * structure in shares, a ports remark, a fair's `hơn nửa triệu lượt khách` in words, Nam Dinh's `hai con số` remark, a
 * Soc Trang report lead `Trong tháng 06/2021`).
 *
 * Whole sentences as stored; headlines and summary lines are rows of their own, without a final stop (006, 049, 050).
 * Slips and forms of the source are kept: `mức trăng trưởng` (019); `tăng 1,4% so với so cùng kỳ năm trước` (020);
 * `3.115.491  triệu đồng` with two spaces (013); `133.500ha` without a space (027); `VNĐ` and the bracket `[tính theo
 * giá hiện hành]` (029); `tăng 450,374%` of a value that grew 4.5 times (029, read as printed); `(TNC 19.7 ) ` with a
 * space before the bracket (037); `Luỹ kế` (036); `tỉ` beside `tỷ` (`25.525 tỉ đồng`, 045); `khoảng gần 90.000 tấn` and
 * the closing `./.` (054); `Tháng 06/2021` with a leading zero and the closing colon (056); `đến nay` without a date;
 * the leading `- ` of 008, 010 and `* ` of 024; `GRDP`, `COVID-19`.
 *
 * Conventions (those of `test36-vi.ts`, `test35-vi.ts`, `test29-vi.ts` and `types.ts`): `so với cùng kỳ`, `so cùng kỳ`,
 * `so với cùng kỳ năm trước`, `so cùng kỳ năm trước` are the same period last year; `so với tháng trước`, `so tháng
 * trước`, `so với cuối tháng 9` (of an October stock), `so với cuối tháng 10` (of a November stock) the previous period;
 * `so với năm 2022` the year; `so với cùng kỳ năm 2020`, `so với cùng kỳ năm 2023`, `so với cùng kỳ năm 2022`, `so với
 * cuối năm 2017`, `so với cuối năm 2018` and changes without a stated base are `*`; `đạt X% kế hoạch (năm)`, `bằng X% so
 * với dự toán`, `đạt X% dự toán Trung ương và Hội đồng nhân dân tỉnh giao` are completions; a bound on a rate or a
 * completion has no field (`tăng gần 16%`, `giảm đến hơn 24%`, `tăng gần 15%`, `đạt gần 50% kế hoạch năm`). `ước`, `ước
 * đạt`, `ước thực hiện`, `ước tính`, `dự ước`, `dự báo` give the stage `estimate`, each to its own figure (a clause's
 * `ước` heads its clause; `Trong đó` items without their own `ước` take none). `hơn` is a lower bound, `gần` an upper
 * bound, `khoảng` `about`. `tỷ đồng`, `tỉ đồng`, `triệu đồng`, `ngàn tỷ đồng`, `triệu VNĐ` `VND`; `triệu USD`, `USD`
 * `USD`; `tấn`, `nghìn tấn`, `triệu tấn` `tonne`; `ha` `ha`. Yields (`tạ/ha`), kWh, households, cattle, visitors and
 * figures per day are values without a unit. Shares (`chiếm 23,99%`, `75% đơn vị`), absolute differences (`+1,35
 * tạ/ha`, `tăng 0,5 tạ/ha`, `giảm 3,4 nghìn tấn`), ranges (`6-10 lá`), ranks (`thứ 10/63`), durations (`Với 10 ngày`,
 * `12 ngày`), price bases (`giá so sánh 2010`), counts in words (`nửa triệu`, `hai con số`) and dates are no facts. A
 * period is given when the sentence names it with its year (`9 tháng đầu năm 2019` `2019-YTD-09`, `ước 9 tháng năm
 * 2018` `2018-YTD-09`, `6 tháng đầu năm 2021` `2021-H1`, `quý I năm 2024` `2024-Q1`, `tháng 5/2024` `2024-05`, `tháng
 * 2/2016` `2016-02`, `tháng 6/2021` `2021-06`, `năm 2023`, `năm 1997`, `(…) của năm 2020`); `5 tháng`, `tháng 7`,
 * `tháng 11`, `6 tháng`, `lũy kế 6 tháng`, `năm nay`, `2 tháng đầu năm` without a year, crop seasons across two years
 * (`vụ đông xuân 2023-2024`) and stock dates inside a year (`Tính đến ngày 15/6/2023`, `Đến cuối tháng 5/2024`, `Đến
 * ngày 31 tháng 10`) give none.
 *
 * Judgement calls: a comparison span of the year before, printed in brackets or after `cao hơn mức tăng` (`tăng cao hơn
 * tốc độ tăng 9 tháng đầu năm 2014 chỉ 7,77%`, `cao hơn mức tăng 4,03% của 6 tháng đầu năm 2020`, `tốc độ tăng 4,1%
 * của năm 2020`), is a change of its own with that span's period and base `*` (006, 018, 028), as test29 did for
 * `(cùng kỳ năm 2023 tăng 0,5%)`. A rate printed before a base that closes the list (`tăng 9%; … tăng 2%; … tăng 7% so
 * với cùng kỳ năm trước`, `tăng 2,48% (+1,35 tạ/ha); … tăng 1,14% (+955,7 tấn) so với cùng kỳ`) takes `*` and the last
 * one the named base (003, 039). `Viettel đạt … tương ứng bình quân mỗi ngày thu gần 500 tỷ` (032): the per-day figure
 * is a value without a unit with `under`, the 5-month revenue `VND`. `khoảng gần 90.000 tấn` (054) carries two bound
 * words: `gần` is the narrower and gives `under`. `Dự báo đến ngày 30 tháng 11` (015) is a forecast of a stock: stage
 * `estimate`, not a target (the figure is the expected state, not a goal). Soc Trang's `chỉ số sản xuất công nghiệp ước
 * tháng 6/2021 tăng` (057) gives the stage to its change facts, as test33 did; the sector rates after `trong đó` take
 * none. 029's `tăng 450,374%` and 030's `tăng 311,79%` are read as printed, rates with base `*` (the base year is not
 * named after a `so với`). 042's `khoảng 500.000 lượt người` is a value with `about`; 043's `hơn nửa triệu lượt khách`
 * is a count in words and gives no fact. 057's `lũy kế 6 tháng ước tăng 13,57%` has no year of its own: a change
 * without period. 059's `nâng tổng số hộ có điện là 377.363 hộ` is a stock at the month's end: a value without
 * period, while `ước 650 hộ` takes `2021-06`.
 *
 * Second pass (6 December 2026): every row re-read against its sentence alone with a script printing each row's facts
 * beside its text (`npx tsx` on this file only), field by field (scale of `nghìn`, `ngàn`, `triệu`, `tỷ`/`tỉ`, decimal
 * commas, thousands points; unit; bound; completion; change form, amount and base; period; stage; target), and every
 * value string counted digit by digit against its figure (`335441` for `335.441 ha`, `15150.5` for `15.150,5 ha`,
 * `84718.4` for `84.718,4 tấn`, `5366300000000` for `5.366,3 tỷ đồng`, `10265100000000` for `10.265,1 tỷ đồng`,
 * `25495700000000` for `25.495,7 tỷ đồng`, `230000000000` for `230.000 triệu đồng`, `3115491000000` for `3.115.491
 * triệu đồng`, `679975000000` for `679,975 tỷ đồng`, `6273056000000` for `6.273,056 tỷ đồng`, `11253590000000` for
 * `11.253,59 tỷ đồng`, `114900` for `114,9 nghìn tấn`, `122400` for `122,4 nghìn con`, `1971589000000` for `1.971.589
 * triệu VNĐ`, `74933000000000` for `74.933 tỷ đồng`, `425000000` for `425 triệu tấn`, `14700000` for `14,7 triệu tấn`,
 * `672000000000000` for `672 ngàn tỷ đồng`, `25525000000000` for `25.525 tỉ đồng`, `734000000` for `734 triệu kWh`).
 * Changed on re-reading: none of the annotations; in this header the fact count (91, first written from a draft
 * estimate) was taken from the script's totals and the row numbers of the leading dashes (008, 010; first written
 * 007) were corrected. Checked and kept: `*` on every rate before a list-closing base (003, 039, 041) and on `so với
 * cùng kỳ năm 2020/2023/2022` (035, 037, 040, 055, 060); `previous-period` on `so với cuối tháng 9`, `so với cuối tháng
 * 10` (014, 015); completions on `bằng X% so với dự toán` (004, 005); no completion on `đạt gần 50% kế hoạch năm` (045);
 * no stage on 013 (its `Ước` heads the sentence before) and on the `trong đó` items of 057 and 058; no period on the
 * stock dates of 022, 034 and on `lũy kế 6 tháng` (057, 058, 060); `under` on every `gần`, `over` on every `hơn`,
 * `about` on `khoảng`; no unit on yields, kWh, households, cattle and visitors. Verbatim: every row was copied from the
 * stored text the search returned for its address.
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const LAMDONG_2019_09 = 'http://cucthongke.lamdong.gov.vn/Default.aspx?Act=10&IDNews=901';
const LAMDONG_2018_09 = 'http://cucthongke.lamdong.gov.vn/Default.aspx?Act=10&IDNews=844';
const LAMDONG_2015_09 = 'http://cucthongke.lamdong.gov.vn/Default.aspx?Act=10&IDNews=583';
const LAOCAI_2024_08 =
  'https://cucthongke.laocai.gov.vn/tinh-hinh-kinh-te-xa-hoi/tinh-hinh-kinh-te-xa-hoi-thang-8-va-8-thang-dau-nam-2024-1286402';
const LAOCAI_2023_04 =
  'https://cucthongke.laocai.gov.vn/tinh-hinh-kinh-te-xa-hoi/bao-cao-phan-tich-tinh-hinh-kinh-te-xa-hoi-thang-4-nam-2023-1181662';
const HAUGIANG_2018_11 =
  'https://cucthongke.haugiang.gov.vn/t%C3%ACnh-h%C3%ACnh-kinh-t%E1%BA%BF-x%C3%A3-h%E1%BB%99i/n%C4%83m-2018/th%C3%A1ng-11/';
const HAUGIANG_2019_07 =
  'https://cucthongke.haugiang.gov.vn/t%C3%ACnh-h%C3%ACnh-kinh-t%E1%BA%BF-x%C3%A3-h%E1%BB%99i/n%C4%83m-2019/th%C3%A1ng-7/';
const HAUGIANG_2021_H1 =
  'https://cucthongke.haugiang.gov.vn/tin-t%E1%BB%A9c-s%E1%BB%B1-ki%E1%BB%87n/h%E1%BB%8Dp-b%C3%A1o-c%C3%B4ng-b%E1%BB%91-s%E1%BB%91-li%E1%BB%87u-th%E1%BB%91ng-k%C3%AA-kinh-t%E1%BA%BF-x%C3%A3-h%E1%BB%99i-t%E1%BB%89nh-h%E1%BA%ADu-giang-6-th%C3%A1ng-%C4%91%E1%BA%A7u-n%C4%83m-2021/';
const NINHTHUAN_2024_Q1 =
  'https://cucthongke.ninhthuan.gov.vn/CTK/1237/30486/40790/72858/Tinh-hinh-Kinh-te---Xa-hoi/Tinh-hinh-kinh-te---xa-hoi-quy-I-nam-2024-tinh-Ninh-Thuan.aspx';
const NINHTHUAN_2023_06 =
  'https://cucthongke.ninhthuan.gov.vn/CTK/1237/30486/40790/72451/Tinh-hinh-Kinh-te---Xa-hoi/Tinh-hinh-kinh-te---xa-hoi-thang-6-va-6-thang-dau-nam-2023-tinh-Ninh-Thuan.aspx';
const NINHTHUAN_2020_10 =
  'http://cucthongke.ninhthuan.gov.vn/CTK/1237/30486/40790/70718/Tinh-hinh-Kinh-te---Xa-hoi/Tinh-hinh-kinh-te---xa-hoi-tinh-Ninh-Thuan-thang-10-nam-2020.aspx';
const DATNEN_BACLIEU_2021 = 'https://www.datnenbaclieu.net/2021/06/kinh-te-bac-lieu-tang-truong.html';
const TOIHUONGDAN_BACLIEU = 'https://toihuongdan.com/bac-lieu-co-bao-nhieu-cua-bien/amp';
const SIM_VIETTEL_2024 = 'https://sim.vn/bai-viet/tap-doan-vien-thong-viet-nam-dat-doanh-thu-hon-500-ty-moi-ngay';
const TANNAMCHINH_CANG_2021 = 'https://tannamchinh.com/tin-tuc/tin-tuc-tin-tuc/hang-qua-cang-bien-viet-nam-tang-6/';
const VTC_HOICHO_A =
  'https://amp.vtcnews.vn/hoi-cho-mua-xuan-2026-thu-hut-khoang-500-000-luot-khach-doanh-thu-tang-vuot-bac-ar1003011.html';
const VTC_HOICHO_B = 'https://amp.vtcnews.vn/nhung-dau-an-kho-quen-cua-hoi-cho-mua-xuan-2026-ar1003406.html';
const COVENANT_HAUGIANG_2022 = 'https://covenant3.com/tag/tang-truong-cao';
const PLDS_NAMDINH_2023 = 'https://phapluatdoisong.com.vn/nam-dinh-lan-dau-tien-dat-muc-tang-truong-lich-su/';
const SOCTRANGTV_2023 = 'https://soctrangtv.vn/Home/ReloadSubject/24?MACD=7';
const LA34_LONGAN_2016_02 =
  'https://beta.la34.com.vn/thang-2-kim-ngach-xuat-khau-tinh-long-an-giam-den-hon-24-85112.html';
const THONGTINDUAN_LONGAN =
  'https://thongtinduan.com/tags/Long%20An%20%C4%91%C6%B0%E1%BB%A3c%20r%C3%B3t%20v%E1%BB%91n%20%C4%91%E1%BA%A7u%20t%C6%B0%20th%C3%AAm%20524%20tri%E1%BB%87u%20USD%20v%C3%A0%2020/';
const SCT_SOCTRANG_2021_06 =
  'https://socongthuong.soctrang.gov.vn/scongthuong/1286/31831/63822/330237/Hoat-dong-nganh-Cong-Thuong/Tinh-hinh-hoat-dong-cong-thuong-tren-dia-ban-tinh-Soc-Trang-thang-06-nam-2021.aspx';
// URLS-END

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';
const EST = 'estimate';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // Lam Dong to September 2019, 2018 and 2015, the provincial statistics office (cucthongke.lamdong.gov.vn)
  [
    LAMDONG_2019_09,
    'Sản xuất nông nghiệp 9 tháng đầu năm 2019: Tổng diện tích gieo trồng ước đạt 335.441 ha, tăng 1,02% so với cùng kỳ.',
    [ha('335441', { st: EST, ch: [`rate 1.02 ${SPLY}`], p: '2019-YTD-09' })],
  ],
  [
    LAMDONG_2019_09,
    'Cây lúa: Gieo cấy 15.150,5 ha, đạt 102,81% kế hoạch, giảm 1,31% so với cùng kỳ, do một số địa phương đã chuyển đổi sang trồng cây có giá trị kinh tế cao (rau, cà phê, dâu tằm, cây ăn trái).',
    [ha('15150.5', { c: '102.81', ch: [`rate -1.31 ${SPLY}`] })],
  ],
  [
    LAMDONG_2019_09,
    'Năng suất bình quân ước đạt 55,92 tạ/ha, tăng 2,48% (+1,35 tạ/ha); sản lượng đạt 84.718,4 tấn, tăng 1,14% (+955,7 tấn) so với cùng kỳ do diện tích gieo trồng giảm.',
    [n('55.92', { st: EST, ch: ['rate 2.48 *'] }), tonne('84718.4', { ch: [`rate 1.14 ${SPLY}`] })],
  ],
  [
    LAMDONG_2018_09,
    'Tổng thu ngân sách nhà nước trên địa bàn ước 9 tháng năm 2018 đạt 5.366,3 tỷ đồng, bằng 79,5% so với dự toán, tăng 12,06% so với cùng kỳ.',
    [vnd('5366300000000', { st: EST, c: '79.5', ch: [`rate 12.06 ${SPLY}`], p: '2018-YTD-09' })],
  ],
  [
    LAMDONG_2018_09,
    'Tổng thu ngân sách địa phương ước 9 tháng năm 2018 đạt 10.265,1 tỷ đồng, bằng 87,78% so với dự toán, tăng 12,42% so với cùng kỳ.',
    [vnd('10265100000000', { st: EST, c: '87.78', ch: [`rate 12.42 ${SPLY}`], p: '2018-YTD-09' })],
  ],
  [
    LAMDONG_2015_09,
    'Ước 9 tháng năm 2015, Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010 đạt 25.495,7 tỷ đồng, tăng 8,15% so với cùng kỳ (tăng cao hơn tốc độ tăng 9 tháng đầu năm 2014 chỉ 7,77%)',
    [
      vnd('25495700000000', { st: EST, ch: [`rate 8.15 ${SPLY}`], p: '2015-YTD-09' }),
      { ch: ['rate 7.77 *'], p: '2014-YTD-09' },
    ],
  ],
  // Lao Cai in August 2024 and April 2023, the provincial statistics office (cucthongke.laocai.gov.vn)
  [
    LAOCAI_2024_08,
    'Tháng Tám, tình hình sản xuất nông, lâm nghiệp và thuỷ sản trên địa bàn tỉnh cơ bản duy trì và ổn định; các địa phương đã thu hoạch xong cây trồng vụ xuân, đang tập trung chăm sóc cây hàng năm vụ mùa; công tác phòng chống dịch bệnh cho đàn gia súc, gia cầm, thuỷ sản được thực hiện tốt không để dịch bệnh lớn xảy ra; công tác quản lý, bảo vệ và phát triển rừng tiếp tục được tăng cường, các địa phương tranh thủ thời tiết thuận lợi đẩy nhanh tiến độ trồng rừng năm 2024.',
    [],
  ],
  [
    LAOCAI_2024_08,
    '- Cây lúa: Diện tích gieo cấy lúa mùa ước thực hiện được 24.226 ha, tăng 0,72% so với cùng kỳ năm trước.',
    [ha('24226', { st: EST, ch: [`rate 0.72 ${SPLY}`] })],
  ],
  [
    LAOCAI_2024_08,
    'Hiện nay, lúa đang phát triển tốt, tại các địa phương vùng cao, trà sớm đang ngậm sữa - chín; trà chính vụ, muộn đang đứng cái - trỗ đòng; riêng diện tích trà cực sớm tại thị xã Sa Pa, huyện Bát Xát, Mường Khương và Si Ma Cai đã thu hoạch được 1.039 ha; tại các địa phương vùng thấp, trà sớm đang đẻ nhánh rộ - đứng cái, trà chính vụ và trà muộn đang đẻ nhánh - đẻ nhánh rộ.',
    [ha('1039')],
  ],
  [
    LAOCAI_2023_04,
    '- Cây ngô: Diện tích gieo trồng ngô xuân ước thực hiện đạt 10.725 ha, so với cùng kỳ năm trước giảm 4,6%; diện tích giảm do một số địa phương đã chuyển đổi diện tích ngô xuân sang trồng cây ăn quả, quế và cây có giá trị kinh tế cao hơn.',
    [ha('10725', { st: EST, ch: [`rate -4.6 ${SPLY}`] })],
  ],
  [
    LAOCAI_2023_04,
    'Ngô mùa sớm ở vùng cao đến nay đã trồng được 12.805 ha, giảm 2% so với cùng kỳ năm trước, hiện nay, cây ngô đang phát triển được 6-10 lá.',
    [ha('12805', { ch: [`rate -2 ${SPLY}`] })],
  ],
  [
    LAOCAI_2023_04,
    'Hiện nay, lúa sinh trưởng và phát triển tốt; tuy nhiên sâu bệnh hại lúa đã bắt đầu xuất hiện, đã có 53 ha lúa bị nhiễm bệnh, chủ yếu là bệnh đạo ôn lá, rầy lưng trắng, vàng lá, rầy trắng đầu đỏ, ruồi đục nõn,... gây hại rải rác với mật độ và tỷ lệ hại nhẹ trên lúa xuân sớm.',
    [ha('53')],
  ],
  // Hau Giang in November 2018, July 2019 and the first half of 2021, the provincial statistics office (cucthongke.haugiang.gov.vn)
  [
    HAUGIANG_2018_11,
    'Trong đó, thu nội địa được 230.000 triệu đồng, lũy kế được 3.115.491  triệu đồng, đạt 113,91% dự toán Trung ương và Hội đồng nhân dân tỉnh giao.',
    [vnd('230000000000'), vnd('3115491000000', { c: '113.91' })],
  ],
  [
    HAUGIANG_2018_11,
    'Đến ngày 31 tháng 10, tổng vốn huy động toàn địa bàn được 11.784 tỷ đồng, giảm 1,26% so với cuối tháng 9, tương ứng tăng 11,13% so với cuối năm 2017.',
    [vnd('11784000000000', { ch: [`rate -1.26 ${PREV}`, 'rate 11.13 *'] })],
  ],
  [
    HAUGIANG_2018_11,
    'Dự báo đến ngày 30 tháng 11, tổng vốn huy động trên địa bàn được 11.934 tỷ đồng, tăng 1,27% so với cuối tháng 10.',
    [vnd('11934000000000', { st: EST, ch: [`rate 1.27 ${PREV}`] })],
  ],
  [
    HAUGIANG_2019_07,
    'Ước tổng thu ngân sách nhà nước tháng 7 được 679,975 tỷ đồng, lũy kế được 6.273,056 tỷ đồng, đạt 89,50% dự toán Trung ương và Hội đồng nhân dân tỉnh giao.',
    [vnd('679975000000', { st: EST }), vnd('6273056000000', { st: EST, c: '89.5' })],
  ],
  [
    HAUGIANG_2019_07,
    'Đến ngày 30 tháng 6, huy động vốn trên địa bàn được 13.503 tỷ đồng, tăng trưởng 3,25% so với tháng trước, tương ứng tăng trưởng 11,67% so với cuối năm 2018.',
    [vnd('13503000000000', { ch: [`rate 3.25 ${PREV}`, 'rate 11.67 *'] })],
  ],
  [
    HAUGIANG_2021_H1,
    'Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2021 (theo giá so sánh 2010) ước tính được 11.253,59 tỷ đồng, đạt 44,90% kế hoạch năm, tăng 5,99% so với cùng kỳ năm trước, cao hơn mức tăng 4,03% của 6 tháng đầu năm 2020, mức tăng này cho thấy nền kinh tế của tỉnh đang dần được phục hồi.',
    [
      vnd('11253590000000', { st: EST, c: '44.9', ch: [`rate 5.99 ${SPLY}`], p: '2021-H1' }),
      { ch: ['rate 4.03 *'], p: '2020-H1' },
    ],
  ],
  // Ninh Thuan in the first quarter of 2024, June 2023 and October 2020, the provincial statistics office (cucthongke.ninhthuan.gov.vn)
  [
    NINHTHUAN_2024_Q1,
    'Tổng sản phẩm trong Tỉnh (GRDP) quý I năm 2024 tăng 8,26% so với cùng kỳ năm 2023, mức trăng trưởng xếp vị thứ 10/63 tỉnh/thành phố trực thuộc trung ương; xếp vị thứ 3/14 các tỉnh Bắc Trung Bộ và Duyên hải miền Trung (từ Thanh Hóa đến Bình Thuận).',
    [{ ch: ['rate 8.26 *'], p: '2024-Q1' }],
  ],
  [
    NINHTHUAN_2024_Q1,
    'Kết thúc vụ đông xuân 2023-2024, cả tỉnh gieo trồng được 31.394,4 ha, đạt 101,9% kế hoạch, tăng 1,4% so với so cùng kỳ năm trước; trong đó, diện tích lúa đạt 17.331,7 ha, đạt 99% kế hoạch, tăng 0,6%.',
    [ha('31394.4', { c: '101.9', ch: [`rate 1.4 ${SPLY}`] }), ha('17331.7', { c: '99', ch: ['rate 0.6 *'] })],
  ],
  [
    NINHTHUAN_2024_Q1,
    'Dự ước năng suất lúa đông xuân năm nay đạt 66,1 tạ/ha, giảm 0,8% so cùng kỳ.',
    [n('66.1', { st: EST, ch: [`rate -0.8 ${SPLY}`] })],
  ],
  [
    NINHTHUAN_2023_06,
    'Tính đến ngày 15/6/2023, cả tỉnh gieo đạt 17.229,2 ha lúa Đông xuân, giảm 3,6% so với cùng kỳ năm trước.',
    [ha('17229.2', { ch: [`rate -3.6 ${SPLY}`] })],
  ],
  [
    NINHTHUAN_2023_06,
    'Năng suất lúa đạt bình quân 66,7 tạ/ha, tăng 0,5 tạ/ha; sản lượng đạt 114,9 nghìn tấn, giảm 2,9% so cùng kỳ (giảm 3,4 nghìn tấn).',
    [n('66.7'), tonne('114900', { ch: [`rate -2.9 ${SPLY}`] })],
  ],
  [
    NINHTHUAN_2020_10,
    '* Chăn nuôi: Đàn bò có 122,4 nghìn con, tăng 1,1% so cùng kỳ, giá cả ổn định và lượng xuất chuồng tăng khá so cùng kỳ.',
    [n('122400', { ch: [`rate 1.1 ${SPLY}`] })],
  ],
  // Bac Lieu in the first half of 2021, a land-sales blog (www.datnenbaclieu.net)
  [
    DATNEN_BACLIEU_2021,
    'Mặc dù ảnh hưởng của dịch COVID-19, nhưng UBND tỉnh Bạc Liêu tích cực, chủ động triển khai các giải pháp ứng phó nên tăng trưởng kinh tế của tỉnh Bạc Liêu có bước phát triển khá với mức tăng 7,1% so với cùng kỳ.',
    [ch(`rate 7.1 ${SPLY}`)],
  ],
  [DATNEN_BACLIEU_2021, 'Nhiều chỉ tiêu tăng trưởng cao so với năm 2020.', []],
  [
    DATNEN_BACLIEU_2021,
    'Đặc biệt là thế mạnh về nuôi trồng tiếp tục được giữ vững và tăng trưởng khá, nhiều mô hình nuôi tôm ứng dụng công nghệ cao mang lại hiệu quả kinh tế cao với tổng diện tích nuôi trồng thủy sản đạt hơn 133.500ha.',
    [ha('133500', { a: 'over' })],
  ],
  [
    DATNEN_BACLIEU_2021,
    'Trong sản xuất công nghiệp - tiểu thủ công nghiệp, chỉ số trong 6 tháng tăng 12,8% so với cùng kỳ (cao hơn nhiều so với tốc độ tăng 4,1% của năm 2020).',
    [ch(`rate 12.8 ${SPLY}`), { ch: ['rate 4.1 *'], p: '2020' }],
  ],
  // Bac Lieu 1997–2006, a how-to site's page on the province (toihuongdan.com)
  [
    TOIHUONGDAN_BACLIEU,
    'Tổng sản phẩm trên địa bàn tăng nhanh, năm 1997 là 1.971.589 triệu VNĐ, năm 2006 là 8.879.535 triệu VNĐ [tính theo giá hiện hành], tăng 450,374%.',
    [vnd('1971589000000', { p: '1997' }), vnd('8879535000000', { p: '2006', ch: ['rate 450.374 *'] })],
  ],
  [
    TOIHUONGDAN_BACLIEU,
    'GDP bình quân đầu người năm 1997 là 218,10 USD, năm 2006 là 679,90 USD, tăng 311,79%.',
    [usd('218.1', { p: '1997' }), usd('679.9', { p: '2006', ch: ['rate 311.79 *'] })],
  ],
  [
    TOIHUONGDAN_BACLIEU,
    'Năm 1997, cơ cấu kinh tế tỉnh bao gồm: Nông - Lâm - Ngư nghiệp: 57,08%, Công nghiệp - Xây dựng 18,79%, Thương mại - Dịch vụ: 24,13%.',
    [],
  ],
  // Viettel to May 2024, a SIM-card seller's news page (sim.vn)
  [
    SIM_VIETTEL_2024,
    'Cụ thể, Viettel đạt 74.933 tỷ đồng doanh thu hợp nhất trong 5 tháng, tương ứng bình quân mỗi ngày thu gần 500 tỷ.',
    [vnd('74933000000000'), n('500000000000', { a: 'under' })],
  ],
  [
    SIM_VIETTEL_2024,
    'Lợi nhuận sau thuế của tập đoàn đạt 19.723 tỷ đồng và nộp ngân sách nhà nước 22.387 tỷ đồng.',
    [vnd('19723000000000'), vnd('22387000000000')],
  ],
  [
    SIM_VIETTEL_2024,
    'Đến cuối tháng 5/2024, Viettel thực hiện đầu tư 13.410 tỷ đồng, đạt 52% kế hoạch, trong đó công ty mẹ thực hiện 7.144 tỷ đồng, đạt 4% kế hoạch.',
    [vnd('13410000000000', { c: '52' }), vnd('7144000000000', { c: '4' })],
  ],
  [
    SIM_VIETTEL_2024,
    'Đối với thị trường trong nước, Viettel Construction công bố kết quả kinh doanh tháng 5/2024 khả quan với doanh thu đạt 998,4 tỷ đồng và lợi nhuận trước thuế 54,1 tỷ đồng, lần lượt tăng trưởng 10% và 6% so với cùng kỳ năm 2023.',
    [vnd('998400000000', { ch: ['rate 10 *'], p: '2024-05' }), vnd('54100000000', { ch: ['rate 6 *'], p: '2024-05' })],
  ],
  [
    SIM_VIETTEL_2024,
    'Luỹ kế 5 tháng đầu năm doanh thu của Viettel Construction đạt hơn 4.606 tỷ đồng và lợi nhuận trước thuế đạt 249,7 tỷ đồng, tăng trưởng 10% và 5% so với cùng kỳ.',
    [vnd('4606000000000', { a: 'over', ch: [`rate 10 ${SPLY}`] }), vnd('249700000000', { ch: [`rate 5 ${SPLY}`] })],
  ],
  // Sea ports in the first half of 2021, a logistics company's news page relaying the news agency (tannamchinh.com)
  [
    TANNAMCHINH_CANG_2021,
    '(TNC 19.7 ) Theo thống kê của Cục Hàng hải, trong sáu tháng đầu năm, khối lượng hàng hóa thông qua cảng biển Việt Nam ước hơn 425 triệu tấn, tăng 6% so với cùng kỳ năm 2020.',
    [tonne('425000000', { a: 'over', st: EST, ch: ['rate 6 *'] })],
  ],
  [TANNAMCHINH_CANG_2021, 'Đây là mức tăng trưởng ổn định trong những tháng có dịch COVID-19.', []],
  [
    TANNAMCHINH_CANG_2021,
    'Trong số đó, hàng xuất khẩu đạt hơn 106 triệu tấn, tăng 9%; hàng nhập khẩu đạt hơn 133 triệu tấn, tăng 2%; hàng nội địa đạt gần 184 triệu tấn, tăng 7% so với cùng kỳ năm trước.',
    [
      tonne('106000000', { a: 'over', ch: ['rate 9 *'] }),
      tonne('133000000', { a: 'over', ch: ['rate 2 *'] }),
      tonne('184000000', { a: 'under', ch: [`rate 7 ${SPLY}`] }),
    ],
  ],
  [
    TANNAMCHINH_CANG_2021,
    'Tính riêng hàng container, sản lượng thông qua cảng biển ước khoảng 14,7 triệu tấn, tăng tới 21% so với cùng kỳ năm 2020 (hàng container xuất khẩu đạt hơn 4,8 triệu tấn, tăng 20%; hàng container nhập khẩu đạt hơn 4,7 triệu tấn, tăng 21%).',
    [
      tonne('14700000', { a: 'about', st: EST, ch: ['rate 21 *'] }),
      tonne('4800000', { a: 'over', ch: ['rate 20 *'] }),
      tonne('4700000', { a: 'over', ch: ['rate 21 *'] }),
    ],
  ],
  [
    TANNAMCHINH_CANG_2021,
    'Một số khu vực cảng biển có khối lượng hàng hóa thông qua cao như khu vực Thái Bình tăng 65%, khu vực Đồng Tháp tăng 56%, khu vực Quảng Ngãi tăng 38%, khu vực Hải Phòng tăng gần 16% và khu vực Thành phố Hồ Chí Minh tăng gần 9%.',
    [ch('rate 65 *'), ch('rate 56 *'), ch('rate 38 *'), ch('rate 16 *'), ch('rate 9 *')],
  ],
  // The Spring Fair of 2026, an online paper (amp.vtcnews.vn)
  [VTC_HOICHO_A, 'Với 10 ngày tổ chức, hội chợ đã thu hút khoảng 500.000 lượt người.', [n('500000', { a: 'about' })]],
  [
    VTC_HOICHO_B,
    'Kết thúc 12 ngày hoạt động sôi nổi, Hội chợ Mùa Xuân lần thứ nhất 2026 khép lại với kết quả rực rỡ: hơn nửa triệu lượt khách tham quan, mua sắm, doanh thu tất cả các gian hàng đều đạt như mong đợi.',
    [],
  ],
  // Hau Giang's industry in the first half of 2022, a tag page of a general site (covenant3.com)
  [
    COVENANT_HAUGIANG_2022,
    'Báo cáo của Cục Thống kê và Sở Công thương tỉnh Hậu Giang cho thấy, chỉ số sản xuất công nghiệp 6 tháng đầu năm 2022 tăng 14,22% so với cùng kỳ.',
    [{ ch: [`rate 14.22 ${SPLY}`], p: '2022-H1' }],
  ],
  [
    COVENANT_HAUGIANG_2022,
    'Giá trị sản xuất công nghiệp thực hiện được hơn 25.525 tỉ đồng, tăng 22,18% so với cùng kỳ và đạt gần 50% kế hoạch năm.',
    [vnd('25525000000000', { a: 'over', ch: [`rate 22.18 ${SPLY}`] })],
  ],
  // Nam Dinh's GRDP in 2023, a law-and-life magazine (phapluatdoisong.com.vn)
  [
    PLDS_NAMDINH_2023,
    'Theo số liệu công bố ngày 25/11 của Tổng cục Thống kê, tổng sản phẩm GRDP năm 2023 của Nam Định tăng 10,19% so với năm 2022.',
    [{ ch: ['rate 10.19 2022'], p: '2023' }],
  ],
  [
    PLDS_NAMDINH_2023,
    'Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,45%; khu vực công nghiệp-xây dựng tăng 15,95%; khu vực dịch vụ tăng 7,40%; thuế sản phẩm trừ trợ cấp sản phẩm tăng 6,38%.',
    [ch('rate 3.45 *'), ch('rate 15.95 *'), ch('rate 7.4 *'), ch('rate 6.38 *')],
  ],
  [
    PLDS_NAMDINH_2023,
    'Đây là lần đầu tiên GRDP của tỉnh đạt mức tăng trưởng hai con số, là mức tăng trưởng cao nhất từ trước tới nay và cao hơn nhiều so với trung bình cả nước.',
    [],
  ],
  // Tourism revenue in 2023, the Soc Trang television's news strip (soctrangtv.vn)
  [
    SOCTRANGTV_2023,
    'Tổng nguồn thu từ Du lịch ước đạt 672 ngàn tỷ đồng trong năm 2023',
    [vnd('672000000000000', { st: EST, p: '2023' })],
  ],
  // Long An in February 2016, the Long An television's site (beta.la34.com.vn)
  [LA34_LONGAN_2016_02, 'Tháng 2: Kim ngạch xuất khẩu tỉnh Long An giảm đến hơn 24%', [ch('rate -24 *')]],
  [
    LA34_LONGAN_2016_02,
    'Theo đó, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trong tháng 2/2016 ước tính hơn 5.000 tỷ đồng, tăng gần 15% so với tháng trước và hơn 16% so với cùng kỳ.',
    [vnd('5000000000000', { a: 'over', st: EST, ch: [`rate 15 ${PREV}`, `rate 16 ${SPLY}`], p: '2016-02' })],
  ],
  [LA34_LONGAN_2016_02, 'Lũy kế 2 tháng đầu năm là gần 10.000 tỷ đồng.', [vnd('10000000000000', { a: 'under' })]],
  [
    LA34_LONGAN_2016_02,
    'Kết quả, kim ngạch xuất khẩu tháng 2/2016 chỉ đạt gần 250 triệu USD, giảm đến hơn 24% so với tháng trước.',
    [usd('250000000', { a: 'under', ch: [`rate -24 ${PREV}`], p: '2016-02' })],
  ],
  [
    LA34_LONGAN_2016_02,
    'Trong đó, các doanh nghiệp kinh doanh xuất khẩu gạo trên địa bàn tỉnh đã mua được khoảng gần 90.000 tấn quy lúa, giảm 14% so với cùng kỳ năm trước./.',
    [tonne('90000', { a: 'under', ch: [`rate -14 ${SPLY}`] })],
  ],
  // Long An's industrial parks, a project-news tag page (thongtinduan.com)
  [
    THONGTINDUAN_LONGAN,
    'Số dự án đầu tư vào các khu công nghiệp trên địa bàn tỉnh Long An tăng 33%, số vốn thu hút đầu tư FDI tăng 52%, vốn trong nước tăng 64% so với cùng kỳ năm 2022.',
    [ch('rate 33 *'), ch('rate 52 *'), ch('rate 64 *')],
  ],
  // Soc Trang's industry and trade in June 2021, the provincial trade department (socongthuong.soctrang.gov.vn)
  [
    SCT_SOCTRANG_2021_06,
    'Trong tháng 06/2021, tình hình hoạt động công thương trên địa bàn tỉnh Sóc Trăng như sau:',
    [],
  ],
  [
    SCT_SOCTRANG_2021_06,
    'Chỉ số sản xuất công nghiệp ước tháng 6/2021 tăng 1,59% so với tháng trước và tăng 9,29% so với cùng kỳ; lũy kế 6 tháng ước tăng 13,57% so cùng kỳ; trong đó: công nghiệp chế biến, chế tạo tăng 14,26%; sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí tăng 2,47%; cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải tăng 4,93%.',
    [
      { ch: [`rate 1.59 ${PREV}`, `rate 9.29 ${SPLY}`], p: '2021-06', st: EST },
      { ch: [`rate 13.57 ${SPLY}`], st: EST },
      ch('rate 14.26 *'),
      ch('rate 2.47 *'),
      ch('rate 4.93 *'),
    ],
  ],
  [
    SCT_SOCTRANG_2021_06,
    'Giá trị sản xuất công nghiệp (giá so sánh 2010) tháng 6/2021 ước thực hiện 2.565 tỷ đồng, tăng 1,51% so tháng trước và tăng 3,55% so cùng kỳ; lũy kế 6 tháng ước thực hiện 12.728 tỷ đồng, đạt 44,66% kế hoạch và tăng 10,82% so cùng kỳ; trong đó: công nghiệp chế biến, chế tạo 12.493 tỷ đồng, tăng 10,94%; sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí 129 tỷ đồng, tăng 3,26%; cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải 101 tỷ đồng, tăng 7,35%.',
    [
      vnd('2565000000000', { st: EST, ch: [`rate 1.51 ${PREV}`, `rate 3.55 ${SPLY}`], p: '2021-06' }),
      vnd('12728000000000', { st: EST, c: '44.66', ch: [`rate 10.82 ${SPLY}`] }),
      vnd('12493000000000', { ch: ['rate 10.94 *'] }),
      vnd('129000000000', { ch: ['rate 3.26 *'] }),
      vnd('101000000000', { ch: ['rate 7.35 *'] }),
    ],
  ],
  [
    SCT_SOCTRANG_2021_06,
    'Trong tháng 6/2021 điện hóa ước 650 hộ, nâng tổng số hộ có điện là 377.363 hộ.',
    [n('650', { st: EST, p: '2021-06' }), n('377363')],
  ],
  [
    SCT_SOCTRANG_2021_06,
    'Sản lượng điện thương phẩm tháng 6/2021 ước thực hiện 140 triệu kWh, tăng 4,48% so với tháng trước; lũy kế 6 tháng ước thực hiện 734 triệu kWh, giảm 0,31% so với cùng kỳ năm 2020.',
    [
      n('140000000', { st: EST, ch: [`rate 4.48 ${PREV}`], p: '2021-06' }),
      n('734000000', { st: EST, ch: ['rate -0.31 *'] }),
    ],
  ],
];

export const TEST38_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test38-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test38',
  facts,
}));
