import type { RealFact, RealSentence } from './types';

/**
 * The FIFTY-SECOND fresh set (`test52`), Vietnamese part (the English parts, `test52-en.ts`, `test52b-en.ts`,
 * `test52c-en.ts`, are other builders' files, only grepped for hosts): sentences copied verbatim from the stored text
 * the `pages` search index returns, written by a builder who never read the extractor (`src/` was not opened, the
 * extractor, benchmarks and tests were not run on these rows; this file was only run by a small printing script with
 * `npx tsx` kept in the builder's own folder `/tmp/test52-vi/`). Vietnamese organisations reporting on their own work:
 * an archdiocese's baptisms, parishes' year reviews, a diocesan Caritas's collection, Hoa Hao Buddhist boards of Dong
 * Thap and Can Tho and their central board's charity houses, Buddhist boards of Tra Vinh, Can Tho's districts and Lam
 * Dong, a province's study-promotion fund, Dong Nai's Catholics' charity, a commune council of Thanh Tri, Son Hoa
 * district's goals, a trade fair in Soc Trang, a province's nine months of 2023, museums, national parks and heritage
 * sites; a few rows on the Church worldwide and on Israel's dairy. 54 rows, 106 facts, 8 rows without facts, 28
 * addresses, 23 registrable domains (15 new, 8 read by earlier sets), figures 1990–2023. Rows about other countries:
 * 014–019 (the Church worldwide, 014–017 on giaophanhatinh.com and 018–019 on dongthanhgiavn.net) and 022 (Israel's
 * dairy), 7 rows, within the brief's 10.
 *
 * Hosts checked: every registrable domain was grepped with `grep -rilF '<domain>' real-corpus/` (a script of this
 * builder's, `/tmp/test52-vi/h.sh`, looping over the domains of each search answer) before its page was read and
 * again just before committing. New, with no hit outside this file: `tonggiaophanhanoi.org`, `giaophanbacninh.org`,
 * `chanthienmy230213.blogspot.com` (`blogspot.com` a public suffix), `vietcatholic.org` (earlier files read only
 * `vietcatholic.net`, another registrable domain; the `.org` greps to nothing, so it is counted new, and this is stated
 * here), `dongthap.gov.vn` (the Tam Nong district portal `tamnong.dongthap.gov.vn`, `gov.vn` a public suffix),
 * `giaophanthanhhoa.net`, `giaophanhatinh.com`, `dongthanhgiavn.net`, `hddmvn.net`, `conggiao.vn`,
 * `dairyvietnam.com.vn`, `mattran.org.vn`, `memaria.org`, `pghh.org.vn`, `oeval.com`. Rows 030–054 (25, the most the
 * brief allows) come from hosts earlier sets had read, on addresses no earlier set used: the distinctive part of each
 * address (`post769243`, `post714320`, `tags/khach-tham-quan/2`, `items/15850`, `254559`, `so-khach-den-nhieu-di-tich`,
 * `dong-bao-cong-giao-tich-cuc`, `ItemID=14276`, `son-hoa--phan-dau`, `post65321`, `post64866`,
 * `lam-dong-btt-hop-tong-ket`) was grepped and found nothing: `sggp.org.vn` (030–035, two addresses),
 * `vietnamtourism.vn` (036–041, two addresses; earlier read only by `test18-en.ts`), `baohaiduong.vn` (042–044, two
 * addresses), `baodongnai.com.vn` (045–047), `quochoi.vn` (048–049), `baophuyen.vn` (050–051), `giacngo.vn` (052–053,
 * two addresses), `phattuvietnam.net` (054). A page of `giacngo.vn` (the Hoi Son temple, `post65191`) and one of
 * `baodongnai.com.vn` (Xuan Loc's budget of 2019, `2979067`) were left out because test46 and test44 had used them.
 * Distinctive figures of every sentence were grepped (`1.262`, `829`, `1.096`, `57 đôi`, `1,866`, `hơn 6000`, `gần 110`,
 * `98 cây cầu`, `02 tập thể`, `51 giáo xứ`, `1.002.000.000`, `414.969`, `281.831`, `7,4 tỷ`, `1,3 tỷ người`, `1,27 tỉ`,
 * `27 đơn vị giáo phận`, `2,2 tỉ`, `4,5 tỉ`, `227 căn`, `10 căn nhà`, `05 căn`, `370 tỷ`, `37 đơn vị`, `400.000 lượt`,
 * `42 tỷ`, `6 tỷ đồng/ngày`, `5.600 tỷ`, `76,45`, `5,95%`, `13,24`, `22,2%`, `17,2%`, `4,2% so cùng kỳ`, `37.704`,
 * `1.246`, `117,8`, `548.736`, `58.551`, `449.383`, `142,64`, `9.740`, `30.000 lượt`, `540 tỷ`, `200 tỷ`, `21,5 tỷ`,
 * `130.000 lượt`, `124 tỷ`, `584 trẻ`, `11 tỷ`, `12 tỷ`, `23,7%`, `20,7%`, `50,5%`, `10.000.000`, `16.650`,
 * `15.600 tấn`, `trên 7 tỷ`, `gần 3 tỷ`, `150.000.000`, `950 kg`): no hit, or hits inside unrelated sentences of
 * earlier files (`1.096` workers sent abroad, `110 tỷ` a profit, `124 tỷ` Bac Kan's central funds, `22,2%` and
 * `17,2%` other indexes and a plan, `5,95%` an export rate, `4,2% so cùng kỳ` a sector of another district, `23,7%`
 * party inspections, `20,7%` forest products, `9.740` crude-oil revenue, `540 tỷ` remittances in dollars, `30.000
 * lượt` other visitors, `10 căn nhà` veterans' houses, `7,4 tỷ` dollars, `1.246` inside `11,246`, `117,8` inside
 * `117,83`, `2,2 tỉ` of dollars, `370 tỷ`, `200 tỷ`, `11 tỷ`, `12 tỷ`, `42 tỷ`, `gần 3 tỷ` of other sentences), so no
 * sentence was dropped for its figures.
 *
 * Sources (rows in brackets):
 * - the Ha Noi archdiocese's baptisms of 2022 (tonggiaophanhanoi.org, 001–002); the Yen Tap, Nui O and Co Phap
 *   parishes' reviews of 2014 and 2016 (giaophanbacninh.org, two addresses, 003–005); a Sai Gon parish's review of 2013
 *   (chanthienmy230213.blogspot.com, 006, no facts); the Bach Lien deanery (vietcatholic.org, 007);
 * - Dong Thap's Hoa Hao Buddhists in 2021 (dongthap.gov.vn, 008–010); Thanh Hoa's Caritas collection of 2021
 *   (giaophanthanhhoa.net, 011–013);
 * - the Church worldwide (giaophanhatinh.com, 014–017; dongthanhgiavn.net, 018–019); Viet Nam's dioceses
 *   (hddmvn.net, 020, no facts; conggiao.vn, 021); Israel's dairy (dairyvietnam.com.vn, 022);
 * - Can Tho's Hoa Hao Buddhists (mattran.org.vn, 023–025); Caritas Viet Nam's launch of 2008 (memaria.org, 026, no
 *   facts); the Hoa Hao central board's houses of 2018 (pghh.org.vn, 027–028); a forum post on VNECO's results
 *   (oeval.com, 029, no facts);
 * - reused hosts (030–054) as listed above.
 *
 * Searched (cooperatives, hospitals, hydropower and power companies, commune and district budgets, colleges and
 * admissions, rubber, banks and credit funds, ports, grain, cement, post offices, water companies, sugar, blood
 * donation, heritage sites, tea, dairy, lotteries, tax offices, coal, trade fairs, exports of provinces, forums,
 * blogs, parishes, dioceses, Caritas, Buddhist and Hoa Hao boards, study-promotion funds, Dong Thap's districts) and left
 * out: nearly every answer came from hosts earlier sets read (cand, vietnamplus, baochinhphu, baodauthau, evn,
 * nguoiquansat, baodongnai's Xuan Loc page, thainguyentv, doanhnghiepvahoinhap, tapchicaosu, caosu.com.vn, sado,
 * vra, doanhnghiepvn, ddvt, qpvn, thoibaotaichinhvietnam, hoinongdan.bacgiang, huengaynay, vietbao.com and vietbao.vn,
 * vtvxm, baoxaydung, buudientayninh, baobariavungtau, baoquangnam, baocaobang, miaduongcaobang, baogialai, plo, vov,
 * laodongthudo, baotayninh, vanhoaquangnamonline, chatluongvacuocsong, tienphong, thanhnien, nld, vtcnews, baohatinh,
 * tapchitaichinh, tayninh.gov.vn, thvl, daibieunhandan, dantocmiennui, thanthongnhat, tinhuyquangtri, stockbiz,
 * bariavungtautourism, quangbinh.gov.vn, kinhtenongthon, tgpsaigon, hdgmvietnam, nhathothaiha, vietcatholic.net,
 * gpphanthiet, caritashunghoa, quanlynhanuoc, thanhtra and more); document sites and broker tables (123docz, tailieu,
 * luanvan, timtailieu, xemtailieu, bsc, cophieu68); gambling spam hosts (every answer on lotteries, taxes and bank
 * branches); new hosts without a report sentence (gpquinhon.org stored as markup only, sdb.vn, gloria.tv,
 * caritassaigon.vn, giaoxuphugiao.net, giaoxugiaohovietnam.com, khoibinhvietnam.com, phatsuonline.vn and pghh's
 * other paragraphs); fragments cut off in the stored text (the 2016 parish review's `hạn chế được hô`, mattran's
 * `tặng hơn 15.000 quyển tập, 3.400 c`, memaria's `20 giáo dân đang hoạt đ`, vietnamtourism's Vinh Long `trong đó có
 * kho`); list lines (`- Xứ Quảng Nạp thành lập năm 1914. Số giáo dân: 1292`, the archdiocese's `– Số tín hữu khoảng
 * 320.000 người (năm 2019)`). 54 rows, not 60: new hosts were very scarce (about forty searches returned only hosts
 * earlier sets had read or named), the reuse group stops at 25; quality over count.
 *
 * Rows without facts (8, 15 %): a parish's yearly growth given as a range and a thanksgiving (004), anniversaries
 * (006), a conference date and name (008), an absolute fall of priests in Europe (017), shares of believers by diocese
 * (020), a lead without figures (023), a launch date (026), a forum post's absolute rises with bounded multiples (029).
 *
 * Whole sentences as stored. Slips and forms of the source are kept: `1,866 nhân danh` with a comma for thousands
 * (005); `Hội Dòng Mến Thánh Gía` (011); `Thanh Hoá` and `Thanh Hóa` side by side (011, 013); `17,8 %` with a space (018);
 * `“không mạnh lắm”` in curly quotes (019); `Ðại diện` with the letter eth in mattran's text (023) beside `Đại diện`
 * (025); `tỉ` beside `tỷ` (024, 050); `ngày 5 tháng 3` (018); a sentence closing on a colon (007); `Kontum` (020); `21.000ha` glued and the closing `...` (050, 051); `Phật đản .` with a space before
 * the stop (054); `(tăng hơn 1,5 lần so với năm 2023)` (031). Datelines before a sentence (`(ĐN)- `, `(Mặt trận) -`)
 * are left out; the sentence is copied from its first word.
 *
 * Conventions (those of `test50-vi.ts`, `test49-vi.ts`, `test29-vi.ts` and `types.ts`): `so với cùng kỳ`, `so cùng
 * kỳ`, `so với cùng kỳ năm trước` are the same period last year; `so với tháng trước` the previous period; `so với năm
 * 2023` the year; `so với cùng kỳ năm 2014`, `so với năm trước`, `so với cùng kỳ tháng 5` and changes without a stated
 * base are `*`; `đạt X% kế hoạch`, `đạt X% dự toán` are completions; a bound on a completion, a rate or a multiple has
 * no field (`ước đạt hơn 110% kế hoạch năm`, `tăng trên 3%`, `tăng hơn 1,5 lần`, `gần 1,4 lần`). `ước`, `ước đạt`,
 * `ước tăng`, `theo ước tính` give the stage `estimate`. `đề ra ... chỉ tiêu`, `các chỉ tiêu` of the months to come
 * are targets. `hơn`, `trên` are lower bounds, `gần` an upper bound, `khoảng` `about`. `tỷ đồng`, `tỉ đồng`, `triệu
 * đồng`, `đồng`, `VND` are `VND`; `tấn` `tonne`; `ha` `ha`; a rate reached (`tỉ lệ hộ nghèo xuống còn 15%`) a value in
 * `percent`. Believers, baptised people, priests, couples, parishes, dioceses, bridges, houses, delegates, visitors,
 * exhibitors, stands, contracts, notebooks and figures per unit (`6 tỷ đồng/ngày`, `100 lượt khách/ngày`,
 * `10.000.000 đồng/người/năm`) are values without a unit. A figure in words (`ba Cha Cố`) is read like a figure; the
 * amount written twice (`1.002.000.000 VND (một tỷ không trăm lẻ hai triệu đồng)`) is one value. Shares (`17,8 % dân
 * số`, `Xuân Lộc 35%`, `90% gia đình`), absolute differences (`tăng 433 người`, `tăng gần 10 tỷ đồng`, `tăng 14,2
 * triệu người`, `tăng 370 tỷ`), ranges (`40-50`), ages (`từ 70 tuổi trở xuống`), anniversaries, durations (`Trong 7
 * ngày`, `9 tháng qua`), dates and names (`Covid-19`) are no facts. A period is given when the sentence names it with
 * its year (`Năm 2022`, `năm 2021`, `9 tháng đầu năm 2023` `2023-YTD-09`, `tháng 9-2023` `2023-09`, `8 tháng năm
 * 2015` `2015-YTD-08`, `Năm 2014`, `đến hết tháng 12/2015` `2015`, `trong năm 2022`, `trong năm 2009`); `tháng 9`, `6
 * tháng đầu năm`, `Trong năm`, `năm nay`, year ranges (`2013-2014`) and a point inside a month (`tính đến đầu tháng
 * 9/2015`) give none.
 *
 * Judgement calls: 001–002 give the 2021 bases (`năm 2021: có 829 người`) as values of 2021, the 2022 counts of 002 no
 * period (the sentence names only the base year). 005's `1,866 nhân danh` is read as 1866 people (a comma grouping
 * thousands, English style; 1.866 people cannot be). 010's `năm 2021` closes the sentence and gives both award counts
 * their year. 011's `ba Cha Cố` is a count. The Ha Tinh page's worldwide rise of 14.2 million (an absolute difference) and
 * hddmvn's description of areas were left out to keep rows without facts near 10 %; 017's `2.583 linh mục ít hơn` is an
 * absolute difference, no fact. 019's `2%
 * tại Âu Châu` is a rate without a base (`*`); 022's `mức tăng trưởng ... 4%/năm` an average yearly rate (`*`), as
 * test50 read Bac Ninh's. 031's `ước đạt 42 tỷ đồng` takes the stage, its `6 tỷ đồng/ngày` is a figure per unit with
 * the change `tăng 20% so với năm 2023`, and the visitors' `tăng hơn 1,5 lần` is bounded (no field). 032's `khoảng`
 * is `about`. 033's sector rates lean on the sentence's `so với cùng kỳ` (base `*`); `tăng trên 3%` is bounded (no
 * fact). 035's `tháng 9` without a year gives no period to its two rates, the year-to-date rate takes `2023-YTD-09`
 * and the stage of `ước tăng`. 036's completion and change belong to the museum's total, not to the foreign visitors
 * of the `trong đó` clause. 037's sub-totals do not add up to the total as printed; kept as printed. 038's `ước đạt
 * hơn 110% kế hoạch năm` is a bounded completion: no field. 040's `khoảng hơn 2 triệu` is read as a lower bound.
 * 044's `tăng 60% so với cùng kỳ tháng 5` compares with the same span in May: base `*`. 048's `ước đạt 53%`, `đạt
 * 52%`, `đạt 51%`, `đạt 50,5%` are completions of the year's targets (`hoàn thành cơ bản các chỉ tiêu`), the estimate
 * only on the first; the closing `so với cùng kỳ năm trước` is given to the last rate, the others `*`. 049's targets:
 * `tăng trưởng kinh tế đạt 17%` a target rate, `từ 28 hộ xuống còn 23 hộ` the actual 28 and the target 23, `2 làng
 * và 2 khu dân cư` two target counts. 051's `tỉ lệ hộ nghèo giảm 1,9%` is a fall of a rate, read in points (as test48
 * read `tỷ lệ hộ nghèo ước giảm 5,36%`). 054's `950 kg gạo` keeps the unit `kg` as printed (no conversion).
 *
 * Second pass (7 December 2026): every row re-read against its sentence alone with the printing script
 * (`/tmp/test52-vi/print.ts`, `npx tsx` on this file only), field by field (scale of `triệu`, `tỷ`, `tỉ`, decimal
 * commas, thousands points; unit; bound; completion; change form, amount and base; period; stage; target), and every
 * value string counted digit by digit against its figure (`110000000000`, `1002000000`, `1000000000`, `200000000`,
 * `7400000000`, `1300000000`, `1270000000`, `2200000000`, `4500000000`, `42000000000`, `6000000000`, `10000000000`,
 * `5600000000000`, `142640000000`, `9740000000000`, `2000000`, `200000000000`, `2500000`, `540000000000`,
 * `100000000000`, `21500000000`, `124000000000`, `11000000000`, `12000000000`, `10000000`, `16650`, `15600`,
 * `7000000000`, `3000000000`, `150000000`). Changed on re-reading: the header's counts, taken from the script's totals;
 * two rows without facts (the worldwide absolute rise, hddmvn's areas) dropped to keep that group near 10 %. Checked
 * and kept: no period on 002's 2022 counts, on 035's month rates and on 036 (`đầu tháng 9/2015`); stage only where
 * `ước` or `ước tính` is printed (031, 035, 038, 040, 048).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

// New hosts (001–029)
const TGPHN_2022 = 'https://www.tonggiaophanhanoi.org/bang-thong-ke-so-tan-tong-rua-toi-nam-2022/';
const GPBN_2014 = 'https://giaophanbacninh.org/tom-ket-doi-song-dao-lien-giao-xu-yen-tap-nui-o-co-phap/';
const GPBN_2016 = 'https://giaophanbacninh.org/tong-ket-muc-vu-cuoi-nam-lien-giao-xu-yen-tap-nui-o-va-co-phap/';
const CTM_2013 = 'https://chanthienmy230213.blogspot.com/2014/02/bao-cao-tong-ket-sinh-hoat-cua-giao-xu.html';
const VCO_BACHLIEN = 'http://vietcatholic.org/News/Html/72465.htm';
const DT_PGHH_2021 =
  'https://tamnong.dongthap.gov.vn/web/htn/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/9512514?plidlayout=4524';
const GPTH_CARITAS =
  'http://giaophanthanhhoa.net/bac-ai/thu-tri-an-cua-van-phong-caritas-gp-thanh-hoa-trong-chuong-trinh-quyen-gop-giup-chong-dich-covid-19-38343.html';
const GPHT_THEGIOI = 'https://giaophanhatinh.com/nguoi-cong-giao-tang-khap-noi-tren-the-gioi-ngoai-tru-chau-au-3449';
const DTG_RUATOI =
  'https://dongthanhgiavn.net/so-luong-nguoi-rua-toi-vao-dao-cong-giao-gia-tang-nhanh-hon-la-dan-so-toan-cau/';
const HDDM_GIAOPHAN = 'https://hddmvn.net/thong-ke-ghvn-theo-giao-phan/';
const CG_27GP = 'https://conggiao.vn/thong-ke-giao-dan-tren-dan-so-cua-27-giao-phan-tai-viet-nam/';
const DV_ISRAEL =
  'https://dairyvietnam.com.vn/vn/Quan-he-nganh-sua-viet-nam-voi-the-gioi/Tong-quan-ve-chan-nuoi-bo-sua-cua-Israel.html';
const MT_PGHH_CANTHO =
  'https://m.mattran.org.vn/dan-toc-ton-giao/tin-do-phat-giao-hoa-hao-thanh-pho-can-tho-ðong-gop-thuc-hien-nhieu-hoat-dong-tu-thien-xa-hoi-40631.html';
const MM_CARITAS = 'http://memaria.org/default.aspx?ArticleID=16860&LangID=38&tabId=437';
const PGHH_NHA = 'https://pghh.org.vn/news/?CatID=173&ID=1845';
const OE_VNECO = 'https://oeval.com/threads/22717-VNECO-phan-tich-tai-chinh.html?s=bd64eadb4026970ce7f0494d05588eab';
// Hosts earlier sets read, on addresses no earlier set used (030–054):
const SGGP_SOCTRANG =
  'https://www.sggp.org.vn/hoi-cho-xuc-tien-thuong-mai-soc-trang-thu-hut-hon-400000-luot-khach-post769243.html';
const SGGP_9T2023 = 'https://www.sggp.org.vn/thu-ngan-sach-9-thang-dat-tren-5600-ty-dong-post714320.html';
const VNT_TAGS = 'http://vietnamtourism.vn/index.php/news/tags/khach-tham-quan/2';
const VNT_15850 = 'http://www.vietnamtourism.vn/index.php/news/items/15850';
const BHD_KHUYENHOC = 'https://baohaiduong.vn/quy-khuyen-hoc-dat-tren-100-ty-dong-254559.html';
const BHD_DITICH = 'http://m.baohaiduong.vn/dat-va-nguoi-xu-dong/so-khach-den-nhieu-di-tich-tang-nhe-138782';
const BDN_CONGGIAO =
  'https://baodongnai.com.vn/tintuc/201411/dong-bao-cong-giao-tich-cuc-thuc-hien-cac-hoat-dong-tu-thien-2350584';
const QH_NGUHIEP = 'https://noidung.quochoi.vn:443/tintuc/Pages/tin-doan-dai-bieu-quoc-hoi.aspx?ItemID=14276';
const BPY_SONHOA = 'https://baophuyen.vn/141/45372/son-hoa--phan-dau-giam-ti-le-ho-ngheo-xuong-con-15.html';
const GN_TRAVINH = 'https://giacngo.vn/phat-giao-tptra-vinh-thuc-hien-cong-tac-tu-thien-tren-7-ty-dong-post65321.html';
const GN_VINHTHANH =
  'https://giacngo.vn/tpcan-tho-phat-giao-huyen-vinh-thanh-va-thoi-lai-tong-ket-phat-su-nam-2022-post64866.html';
const PTVN_LAMDONG = 'https://phattuvietnam.net/lam-dong-btt-hop-tong-ket-cong-tac-phat-su-dai-le-phat-dan';
// URLS-END

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';
const T = 'target';
const EST = 'estimate';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });

const ROWS: readonly Row[] = [
  // The Ha Noi archdiocese's baptisms of 2022 (tonggiaophanhanoi.org)
  [
    TGPHN_2022,
    'Năm 2022, trong Tổng giáo phận đã rửa tội được: 1.262 tân tòng, tăng 433 người so với năm 2021 (năm 2021: có 829 người).',
    [n('1262', { p: '2022' }), n('829', { p: '2021' })],
  ],
  [
    TGPHN_2022,
    'Trong số 1.262 người – có 166 người nhập đạo tự nguyện; tức là không do lập gia đình, tăng 90 người so với năm 2021 (năm 2021: có 76 người), có 1.096 người nhập đạo vì lý do lập gia đình, tăng 343 người so với năm 2021 (năm 2021: 753 người).',
    [n('1262'), n('166'), n('76', { p: '2021' }), n('1096'), n('753', { p: '2021' })],
  ],
  // The Yen Tap, Nui O and Co Phap parishes (giaophanbacninh.org, two addresses)
  [
    GPBN_2014,
    'Hôn nhân ngăn trở tồn đọng đang ở tại các xứ-họ, từ 70 tuổi trở xuống tổng số: 57 đôi (Yên Tập 8 đôi, Minh Đức 16 đôi, Đông Hương 5 đôi, Núi Ô 12 đôi, Sơn Thuỷ 2 đôi, Cổ Pháp 14 đôi).',
    [n('57'), n('8'), n('16'), n('5'), n('12'), n('2'), n('14')],
  ],
  [
    GPBN_2014,
    'Lời đầu chúng ta cùng xin cảm tạ Thiên Chúa, cám ơn mùa Xuân đã cho chúng ta khoảng thời gian quý báu là tiếp tục được ở bên nhau, số nhân danh tăng mỗi năm khoảng từ 40-50 nhân danh, được bình an và không xảy ra điều gì tạm gọi là đáng tiếc trong việc thực thi đời sống đạo trong Giáo Phận – Giáo Xứ – Giáo Họ, và trong việc xây dựng.',
    [],
  ],
  [
    GPBN_2016,
    'Sự hiện diện gồm có Cha Xứ, Quí vị trong Ban Hành Giáo, Quí vị trong ban cán sự của hội Giuse, Mân Côi, Ca Đoàn, Dòng Ba Đa Minh, Thiếu Nhi Thánh Thể, Bác Ái Caritas thuộc các giáo xứ, giáo họ đại diện cho 1,866 nhân danh.',
    [n('1866')],
  ],
  // A Sai Gon parish's review of 2013, a blog's copy (chanthienmy230213.blogspot.com)
  [
    CTM_2013,
    'Năm 2013, Giáo Xứ ĐMHCG tiếp tục SỐNG ĐỊNH HƯỚNG TRUYỀN GIÁO, là NĂM ĐỨC TIN hiệp thông với Giáo Hội Hoàn Vũ, và đặc biệt, là NĂM THÁNH GIÁO XỨ với những kỷ niệm đáng nhớ: 50 năm thành lập Giáo Xứ, 60 năm làm phép Đền Thánh, và 80 năm Dòng Chúa Cứu Thế có mặt tại Sàigòn.',
    [],
  ],
  // The Bach Lien deanery (vietcatholic.org)
  [
    VCO_BACHLIEN,
    'Giáo hạt Bạch Liên là một giáo hạt có ít giáo dân nhất trong giáo phận Phát Diệm, cả hạt chỉ có trên 6000 người Công Giáo, trong đó:',
    [n('6000', { a: 'over' })],
  ],
  // Dong Thap's Hoa Hao Buddhists in 2021, the Tam Nong district portal (dongthap.gov.vn)
  [
    DT_PGHH_2021,
    'Ngày 13/01/2022, Ban đại diện Phật giáo Hòa Hảo tỉnh Đồng Tháp tổ chức hội nghị tổng kết hoạt động đạo sự năm 2021, định hướng hoạt động đạo sự năm 2022.',
    [],
  ],
  [
    DT_PGHH_2021,
    'Trong năm, các Ban trị sự Phật giáo Hòa Hảo trong toàn tỉnh đã vận động gần 110 tỷ đồng xây dựng 98 cây cầu bê tông nông thôn, cất hơn 300 căn nhà tình thương, hỗ trợ công tác phòng, chống dịch Covid-19 và các hoạt động từ thiện khác.',
    [vnd('110000000000', { a: 'under' }), n('98'), n('300', { a: 'over' })],
  ],
  [
    DT_PGHH_2021,
    'Dịp này, Ủy ban nhân dân tỉnh Đồng Tháp đã tặng bằng khen cho 02 tập thể và 03 cá nhân đã có thành tích xuất sắc trong đóng góp hỗ trợ công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh Đồng Tháp năm 2021.',
    [n('2', { p: '2021' }), n('3', { p: '2021' })],
  ],
  // Thanh Hoa's Caritas collection of 2021 (giaophanthanhhoa.net)
  [
    GPTH_CARITAS,
    'Tính đến nay Caritas Thanh Hoá đã nhận được số tiền đóng góp của Đức Cha Giuse, ba Cha Cố tại nhà hưu Tòa Giám Mục, Hội Dòng Mến Thánh Gía Thanh Hóa, Cộng Đoàn MTG Phúc Địa, Hội Lòng Thương Xót và 51 giáo xứ trong giáo phận.',
    [n('3'), n('51')],
  ],
  [
    GPTH_CARITAS,
    'Tổng số tiền thu được là 1.002.000.000 VND (một tỷ không trăm lẻ hai triệu đồng).',
    [vnd('1002000000')],
  ],
  [
    GPTH_CARITAS,
    'Theo sự hướng dẫn của Đức Cha Giuse, con đã chuyển 1 tỷ đồng cho Văn Phòng HĐGMVN và trích quỹ của Caritas 200 triệu đồng cho Trụ Sở Thanh Hoá để lo cho con em Thanh Hoá đang gặp khó khăn.',
    [vnd('1000000000'), vnd('200000000')],
  ],
  // The Church worldwide (giaophanhatinh.com, dongthanhgiavn.net; about other countries)
  [
    GPHT_THEGIOI,
    'Trên 7,4 tỷ người trên hoàn cầu, có 1,3 tỷ người Công giáo.',
    [n('7400000000', { a: 'over' }), n('1300000000')],
  ],
  [
    GPHT_THEGIOI,
    'Năm nay thêm một lần nữa, số lượng linh mục trên thế giới đã giảm xuống còn 414.969 linh mục.',
    [n('414969')],
  ],
  [GPHT_THEGIOI, 'Chính xác hơn, số linh mục giáo phận tăng lên 281.831.', [n('281831')]],
  [GPHT_THEGIOI, 'Châu Âu là châu lục có sự sụt giảm đáng kể, với 2.583 linh mục ít hơn.', []],
  [
    DTG_RUATOI,
    'Con số các người Công Giáo được rửa tội đã lên tới 1,27 tỉ hay 17,8 % dân số hoàn cầu, theo báo cáo của văn phòng thống kê ngày 5 tháng 3.',
    [n('1270000000')],
  ],
  [DTG_RUATOI, 'Niên giám ghi nhận một sự gia tăng “không mạnh lắm” là 2% tại Âu Châu.', [{ ch: ['rate 2 *'] }]],
  // Viet Nam's dioceses (hddmvn.net, conggiao.vn)
  [
    HDDM_GIAOPHAN,
    'Tỉ lệ giáo dân trong vùng cao nhất là Xuân Lộc 35%, rồi đến Đà Lạt 27%, Bà Rịa 23%, Bùi Chu 17% và Kontum 15%.',
    [],
  ],
  [
    CG_27GP,
    'Hiện nay, Việt Nam có tất cả 27 đơn vị giáo phận (gồm 3 tổng giáo phận và 24 giáo phận).',
    [n('27'), n('3'), n('24')],
  ],
  // Israel's dairy, the dairy association's site (dairyvietnam.com.vn; about another country)
  [DV_ISRAEL, 'Kể từ đầu những năm 1990, mức tăng trưởng của ngành là 4%/năm.', [{ ch: ['rate 4 *'] }]],
  // Can Tho's Hoa Hao Buddhists, the Fatherland Front's paper (mattran.org.vn)
  [
    MT_PGHH_CANTHO,
    'Theo ông Lê Văn Thưởng, Trưởng Ban Ðại diện Phật giáo Hòa Hảo TP Cần Thơ, 9 tháng qua, chức việc và tín đồ Phật giáo Hòa Hảo thành phố Cần Thơ đã thực hiện tốt các phong trào thi đua yêu nước, các cuộc vận động do Ủy ban MTTQVN các cấp phát động.',
    [],
  ],
  [
    MT_PGHH_CANTHO,
    'Công tác từ thiện xã hội được quan tâm thực hiện qua các hoạt động: xây dựng 19 cây cầu giao thông, với số tiền hơn 2,2 tỉ đồng; tín đồ đóng góp tiền, ngày công xây dựng 227 căn nhà tình thương cho các hộ khó khăn về nhà ở, với số tiền 4,5 tỉ đồng.',
    [n('19'), vnd('2200000000', { a: 'over' }), n('227'), vnd('4500000000')],
  ],
  [
    MT_PGHH_CANTHO,
    'Ban Đại diện Phật giáo Hòa Hảo TP Cần Thơ (bìa phải) trao 1.000 quyển tập hỗ trợ học sinh hoàn cảnh khó khăn, cho đại diện phường Thới Long, quận Ô Môn.',
    [n('1000')],
  ],
  // Caritas Viet Nam's launch of 2008 (memaria.org)
  [MM_CARITAS, 'Ngày 22-23/10/2008, Caritas Việt Nam tổ chức Lễ Ra Mắt tại TGM Xuân Lộc.', []],
  // The Hoa Hao central board's charity houses of 2018 (pghh.org.vn)
  [
    PGHH_NHA,
    'Sáng 12/12/2018 Ban Từ thiện Xã hội Ban Trị sự Trung ương Giáo hội Phật giáo Hòa Hảo tiếp tục trao 10 căn nhà Từ thiện cho những hộ gia đình có hoàn cảnh khó khăn về nhà ở của tỉnh Đồng Tháp và Long An.',
    [n('10')],
  ],
  [
    PGHH_NHA,
    'Trong đó, 05 căn được trao cho xã Thạnh Lợi, Trường Xuân (huyện Tháp Mười, tỉnh Đồng Tháp) và 05 căn trao cho xã Hậu Thạnh Đông (huyện Tân Thạnh, tỉnh Long An).',
    [n('5'), n('5')],
  ],
  // A forum post on VNECO's results (oeval.com)
  [
    OE_VNECO,
    'Tổng SL tăng 370 tỷ (gần 1,4 lần), doanh thu tăng hơn 400 tỷ (gần 2 lần), LN tăng hơn 50 tỷ (hơn 4 lần).',
    [],
  ],
  // Reused hosts (030–054): a trade fair in Soc Trang in 2024 and a province's nine months of 2023 (sggp.org.vn)
  [
    SGGP_SOCTRANG,
    'Riêng tỉnh Sóc Trăng có 37 đơn vị tham gia với 52 gian hàng giới thiệu sản phẩm của tỉnh.',
    [n('37'), n('52')],
  ],
  [
    SGGP_SOCTRANG,
    'Trong 7 ngày diễn ra sự kiện, đã thu hút hơn 400.000 lượt người đến tham quan, mua sắm tại hội chợ (tăng hơn 1,5 lần so với năm 2023); tổng doanh số bán hàng của các doanh nghiệp tham gia hội chợ ước đạt 42 tỷ đồng, bình quân doanh số 6 tỷ đồng/ngày (tăng 20% so với năm 2023); các doanh nghiệp đã ký được khoảng 50 hợp đồng làm đại lý, phân phối, tiêu thụ sản phẩm.',
    [
      n('400000', { a: 'over' }),
      vnd('42000000000', { st: EST }),
      n('6000000000', { ch: ['rate 20 2023'] }),
      n('50', { a: 'about' }),
    ],
  ],
  [SGGP_SOCTRANG, 'Tổng trị giá hợp đồng khoảng 10 tỷ đồng.', [vnd('10000000000', { a: 'about' })]],
  [
    SGGP_9T2023,
    'Theo đó, 9 tháng đầu năm 2023, thu ngân sách nhà nước trên địa bàn đạt trên 5.600 tỷ đồng, đạt 76,45% dự toán; kinh tế phát triển khá so với cùng kỳ; giá trị sản xuất nông, lâm, thủy sản tăng trên 3%; giá trị sản xuất công nghiệp tăng 5,95%; tổng mức bán lẻ hàng hóa và dịch vụ tăng 13,24%.',
    [
      vnd('5600000000000', { a: 'over', c: '76.45', p: '2023-YTD-09' }),
      { ch: ['rate 5.95 *'], p: '2023-YTD-09' },
      { ch: ['rate 13.24 *'], p: '2023-YTD-09' },
    ],
  ],
  [
    SGGP_9T2023,
    'Tình hình hoạt động sản xuất công nghiệp tiếp tục đà phục hồi và phát triển, chỉ số sản xuất công nghiệp tháng 9-2023 tăng 7,6% so với tháng trước, tăng 22,2% so với cùng kỳ.',
    [{ ch: [`rate 7.6 ${PREV}`, `rate 22.2 ${SPLY}`], p: '2023-09' }],
  ],
  [
    SGGP_9T2023,
    'Chỉ số tiêu thụ tháng 9 so với tháng trước và cùng kỳ tăng lần lượt 5,4% và 17,2%, lũy kế chỉ số tiêu thụ ngành công nghiệp chế biến, chế tạo 9 tháng đầu năm 2023 ước tăng 4,2% so cùng kỳ.',
    [{ ch: [`rate 5.4 ${PREV}`, `rate 17.2 ${SPLY}`] }, { ch: [`rate 4.2 ${SPLY}`], p: '2023-YTD-09', st: EST }],
  ],
  // Museums, a national park and tourism on the national tourism site (vietnamtourism.vn, two addresses)
  [
    VNT_TAGS,
    'Theo thông tin từ Sở Văn hóa Thể thao và Du lịch Lâm Đồng, tính đến đầu tháng 9/2015, Bảo tàng Lâm Đồng đã đón 37.704 lượt khách đến tham quan nghiên cứu, trong đó có 1.246 khách quốc tế, đạt 117,8% kế hoạch năm 2015, tăng 6,1% so với cùng kỳ năm 2014.',
    [n('37704', { c: '117.8', ch: ['rate 6.1 *'] }), n('1246')],
  ],
  [
    VNT_TAGS,
    'Theo báo cáo của Ban quản lý Vườn quốc gia Phong Nha-Kẻ Bàng (BQL VQG PN-KB), trong 8 tháng năm 2015 đã đón 548.736 lượt khách đến tham quan Di sản thiên nhiên thế giới VQG PN-KB, trong đó khách quốc tế 58.551 lượt (tăng 3,8% so với cùng kỳ), khách nội địa 449.383 lượt (giảm 32,9% so với cùng kỳ); tổng doanh thu đạt 142,64 tỷ đồng.',
    [
      n('548736', { p: '2015-YTD-08' }),
      n('58551', { ch: [`rate 3.8 ${SPLY}`], p: '2015-YTD-08' }),
      n('449383', { ch: [`rate -32.9 ${SPLY}`], p: '2015-YTD-08' }),
      vnd('142640000000', { p: '2015-YTD-08' }),
    ],
  ],
  [
    VNT_TAGS,
    'Năm 2014, doanh thu từ du lịch của Đà Nẵng ước đạt 9.740 tỷ đồng, ước đạt hơn 110% kế hoạch năm, và tăng 25% so với năm trước.',
    [vnd('9740000000000', { st: EST, ch: ['rate 25 *'], p: '2014' })],
  ],
  [
    VNT_TAGS,
    'Trong đợt nghỉ lễ 2/9, các điểm du lịch của tỉnh Cà Mau đã đón gần 30.000 lượt khách tham quan, tăng 22% so với cùng kỳ năm trước.',
    [n('30000', { a: 'under', ch: [`rate 22 ${SPLY}`] })],
  ],
  [
    VNT_15850,
    'Theo ước tính đến hết tháng 12/2015, di tích Huế đón khoảng hơn 2 triệu lượt khách, doanh thu từ vé khoảng 200 tỷ đồng.',
    [n('2000000', { a: 'over', st: EST, p: '2015' }), vnd('200000000000', { a: 'about', st: EST, p: '2015' })],
  ],
  [
    VNT_15850,
    'Đứng đầu danh sách này là Vịnh Hạ Long, đón trên 2,5 triệu lượt khách, thu từ vé đạt khoảng 540 tỷ đồng.',
    [n('2500000', { a: 'over' }), vnd('540000000000', { a: 'about' })],
  ],
  // Hai Duong's study-promotion fund of 2018 and its heritage sites in June 2020 (baohaiduong.vn, two addresses)
  [
    BHD_KHUYENHOC,
    'Theo Hội Khuyến học tỉnh, tổng nguồn Quỹ Khuyến học trong toàn tỉnh hiện đạt hơn 100 tỷ đồng, tăng gần 10 tỷ đồng so với năm 2017.',
    [vnd('100000000000', { a: 'over' })],
  ],
  [
    BHD_KHUYENHOC,
    'Từ nguồn quỹ này, từ đầu năm đến nay, các cấp Hội Khuyến học đã trao thưởng cho hơn 130.000 lượt học sinh và 8.000 lượt giáo viên với số tiền trên 21,5 tỷ đồng, cấp học bổng trị giá 1 tỷ đồng cho 2.500 lượt học sinh.',
    [n('130000', { a: 'over' }), n('8000'), vnd('21500000000', { a: 'over' }), vnd('1000000000'), n('2500')],
  ],
  [
    BHD_DITICH,
    '2 di tích Văn miếu Mao Điền và đền Bia (Cẩm Giàng) đón khoảng 100 lượt khách/ngày, tăng 60% so với cùng kỳ tháng 5, chủ yếu là học sinh đến chụp ảnh kỷ yếu.',
    [n('2'), n('100', { a: 'about', ch: ['rate 60 *'] })],
  ],
  // Dong Nai's Catholics' charity in 2013–2014 (baodongnai.com.vn)
  [
    BDN_CONGGIAO,
    'Trong 2 năm 2013-2014, đồng bào Công giáo trong tỉnh đã đóng góp được hơn 124 tỷ đồng để thực hiện các hoạt động từ thiện xã hội.',
    [vnd('124000000000', { a: 'over' })],
  ],
  [
    BDN_CONGGIAO,
    'Trong đó, đã phẫu thuật mắt lé, sụp mí, sứt môi, hở hàm ếch, mổ cườm mắt cho 584 trẻ em nghèo; mổ tim cho 3 em; trao hàng trăm suất học bổng cho học sinh nghèo vượt khó... với số tiền hơn 11 tỷ đồng.',
    [n('584'), n('3'), vnd('11000000000', { a: 'over' })],
  ],
  [
    BDN_CONGGIAO,
    'Ngoài ra, còn đóng góp cho quỹ vì người nghèo các cấp, đền ơn đáp nghĩa, vì biển đảo Việt Nam, chăm sóc bệnh nhân HIV/AIDS... với số tiền hơn 12 tỷ đồng.',
    [vnd('12000000000', { a: 'over' })],
  ],
  // Ngu Hiep commune's council on the first half of 2009 (quochoi.vn)
  [
    QH_NGUHIEP,
    'Trên cơ sở xem xét báo cáo, các ĐB thống nhất đánh giá, 6 tháng đầu năm mặc dù có nhiều khó khăn nhưng xã đã hoàn thành cơ bản các chỉ tiêu phát triển: tổng giá trị sản xuất ước đạt 53%, tăng 23,7%; TM-DV đạt 52%, tăng 15,6%; sản xuất TTCN đạt 51%, tăng 20,7%; SX nông nghiệp đạt 50,5%, tăng 15,6% so với cùng kỳ năm trước.',
    [
      { c: '53', st: EST, ch: ['rate 23.7 *'] },
      { c: '52', ch: ['rate 15.6 *'] },
      { c: '51', ch: ['rate 20.7 *'] },
      { c: '50.5', ch: [`rate 15.6 ${SPLY}`] },
    ],
  ],
  [
    QH_NGUHIEP,
    'Trên cơ sở thảo luận, HĐND đã thống nhất nhiệm vụ trọng tâm phát triển KT-XH những tháng cuối năm với các chỉ tiêu: tăng trưởng kinh tế đạt 17%; nâng mức thu nhập 10.000.000 đồng/người/năm; giảm số hộ nghèo từ 28 hộ xuống còn 23 hộ; 90% gia đình đạt danh hiệu gia đình văn hóa, duy trì và xây dựng mới 2 làng và 2 khu dân cư văn hóa cấp huyện, thu chi ngân sách bảo đảm đạt chỉ tiêu.',
    [
      { ch: ['rate 17 *'], k: T },
      n('10000000', { k: T }),
      n('28'),
      n('23', { k: T }),
      n('2', { k: T }),
      n('2', { k: T }),
    ],
  ],
  // Son Hoa district's goals for 2010 and its 2009 (baophuyen.vn)
  [
    BPY_SONHOA,
    'Trong năm nay, huyện Sơn Hòa đề ra một số chỉ tiêu cơ bản như tổng diện tích gieo trồng 21.000ha, sản lượng lương thực có hạt 16.650 tấn, tổng thu ngân sách trên địa bàn hơn 10 tỉ đồng, giải quyết việc làm ổn định cho 3.200 lao động, đào tạo nghề cho 600 lao động, giảm tỉ lệ hộ nghèo xuống còn 15%; giữ vững công nhận đạt chuẩn phổ cập giáo dục THCS ở 13 xã, thị trấn...',
    [
      ha('21000', { k: T }),
      tonne('16650', { k: T }),
      vnd('10000000000', { a: 'over', k: T }),
      n('3200', { k: T }),
      n('600', { k: T }),
      pct('15', { k: T }),
      n('13', { k: T }),
    ],
  ],
  [
    BPY_SONHOA,
    'Báo cáo cho biết trong năm 2009, nhiều chỉ tiêu phát triển kinh tế, xã hội của huyện Sơn Hòa đạt, vượt kế hoạch; trong tổng sản lượng lương thực có hạt trên địa bàn đạt hơn 15.600 tấn, tỉ lệ hộ nghèo giảm 1,9%...',
    [tonne('15600', { a: 'over', p: '2009' }), { ch: ['points -1.9 *'], p: '2009' }],
  ],
  // Buddhist boards of Tra Vinh city and of Vinh Thanh and Thoi Lai districts (giacngo.vn, two addresses)
  [
    GN_TRAVINH,
    'Theo đó, Ban Trị Sự GHPGVN TP.Trà Vinh đã phát huy tinh thần đoàn kết, hoà hợp, thực hiện theo sự chỉ đạo của Ban Thường trực Ban Trị sự GHPGVN tỉnh Trà Vinh nên gặt hái được nhiều thành quả đáng khích lệ về công tác Tăng sự, Văn hóa, Giáo dục, đặc biệt, công tác từ thiện đạt trên 7 tỷ đồng.',
    [vnd('7000000000', { a: 'over' })],
  ],
  [
    GN_VINHTHANH,
    'Theo số liệu thống kê công tác từ thiện xã hội từ Ban Trị sự GHPGVN huyện Vĩnh Thạnh và huyện Thới Lai trong năm 2022 đã thực hiện với tổng trị giá gần 3 tỷ đồng.',
    [vnd('3000000000', { a: 'under', p: '2022' })],
  ],
  // Lam Dong's Buddhist charity board in 2013 (phattuvietnam.net)
  [
    PTVN_LAMDONG,
    'Theo đó, toàn Ban đã vận động được trên 150.000.000 đồng, 950 kg gạo, 23 thùng mì gói dành cho công tác xã hội nhân mùa Phật đản .',
    [vnd('150000000', { a: 'over' }), { v: '950', u: 'kg' }, n('23')],
  ],
];

export const TEST52_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test52-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test52',
  facts,
}));
