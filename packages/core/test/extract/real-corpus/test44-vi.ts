import type { RealFact, RealSentence } from './types';

/**
 * The FORTY-FOURTH fresh set (`test44`), Vietnamese part (the English parts, `test44-en.ts`, `test44b-en.ts`,
 * `test44c-en.ts`, are other builders' files, only grepped for hosts): sentences copied verbatim from the stored text
 * the `pages` search index returns, written by a builder who never read the extractor (`src/` was not opened, the
 * extractor, benchmarks and tests were not run on these rows). Vietnamese organisations reporting on their own plans
 * and results: the cashew, pepper and dragon-fruit trades, the Da Nang port company, a tea company of Lang Son, a high
 * school of Bao Loc, a provincial statistics office, the telecom groups, the railway corporation, a district budget, a
 * heritage site, a provincial post office, two irrigation companies, and (one address) the beer trade as reported by a
 * foreign broadcaster's Vietnamese service. 46 rows, 55 facts, 6 rows without facts, 18 addresses, 16 registrable
 * domains (6 new, 10 read by earlier sets), 2004–2025 (the figures). Fewer than the 60 asked: see "Searched".
 *
 * Hosts checked: every registrable domain was grepped with `grep -rilF '<domain>' real-corpus/` before use and again
 * just before committing. New, with no hit outside this file: `hatviet.vn`, `danangport.com`, `rfa.org`,
 * `chelangson.com`, `thptlocphat.edu.vn` (`edu.vn` a public suffix), `diendannongnghiep.com`. Rows 023–046 (24, within
 * the 25 the brief allows) come from hosts earlier sets had read, on addresses no earlier set used: the distinctive
 * part of each address (`2541700`, `456132`, `718613`, `1035289`, `2979067`, `khach-den-my-son`, `35501`, `a15160`,
 * `245461`, `1920375`, `baobinhdinh.vn/567/2004/7/12696`, `556206`) was grepped and found nothing, and so did the
 * figures of each sentence: `baonamdinh.vn` (023–025), `vietnamplus.vn` (026–028), `plo.vn` (two addresses, 029–033),
 * `baodongnai.com.vn` (034–036), `baoquangnam.vn` (two addresses, 037–038), `baotayninh.vn` (039–040), `baophutho.vn`
 * (041), `baogialai.com.vn` (042–043), `baobinhdinh.vn` (044), `vietbao.vn` (045–046). Distinctive figures of every
 * sentence were grepped (`257.000 tấn`, `1,63 tỷ usd`, `712.263`, `7.384.287`, `29.633`, `317.725`, `1669 lượt`,
 * `500 triệu lít`, `Sài Gòn Đỏ`, `tăng 15% mỗi năm`, `527ha`, `Đình Lập`, `Lộc Phát`, `12.000 đồng/kg`,
 * `thanh long toàn tỉnh`, `17.840`, `15.229`, `5.370 tỷ`, `68.000 tỷ`, `21.274`, `3.796,4`, `3.515,5`, `6.290`,
 * `5,6 triệu tấn`, `110,4%`, `7,2 triệu đồng`, `431 tỷ`, `23,4 ngàn`, `38 ngàn`, `352.148`, `38.754`, `24.100`,
 * `132,52`, `73 nghìn ha`, `128.000`, `328 triệu USD`, `60.000 tấn hồ tiêu`, `145.046`, `988 triệu`, `Xuân Lộc`,
 * `Liễn Sơn`): no hit, or hits inside unrelated sentences of earlier files (`1027`, `1.500 tấn`, `54,6%`, `50,4%`,
 * `36,7%`, `415 tỷ`, `51 tỷ`, `96 tỷ`, `1,8 tỷ`, `29,7%`, `5.729` inside `15.729`, `1,63 tỷ` inside a storm-damage
 * sentence, `400.000 tấn`, `Mỹ Sơn` and `MobiFone` in other years' sentences), so no sentence was dropped for them.
 * One candidate was dropped: Nam Dinh's GRDP sentence of the statistics page (`46.121 tỷ đồng`, a figure test42 holds
 * from another article).
 *
 * Sources (rows in brackets):
 * - cashew exports of 2013 and the association's goal for 2014, a nut company's news page (hatviet.vn, 001–005);
 * - cargo, containers and ship calls to November 2017, the Da Nang port company's own site (danangport.com, 006–010);
 * - beer sales at Tet 2013 and Sabeco's sales, the Vietnamese service of Radio Free Asia (rfa.org, 011–013);
 * - tea area, output and prices of Dinh Lap, the Thai Binh tea company's site (chelangson.com, 014–017);
 * - a high school's year 2012–2013 and its catchment, the school's own page (thptlocphat.edu.vn, 018–019);
 * - dragon fruit of Binh Thuan, an agriculture forum's news (diendannongnghiep.com, 020–022);
 * - Nam Dinh's budget of 2020 from the statistics office's briefing (023–025); VNPT's and MobiFone's first half of 2017
 *   (026–028); the railway corporation's first half of 2017 and its year 2021 (029–033); Xuan Loc district's budget
 *   of 2019 (034–036); My Son heritage site in 2017 and the Quang Nam post office in 2015 (037–038); the Tay Ninh
 *   irrigation company's winter–spring crop 2012–2013 (039–040); the Lien Son irrigation company in 2025 (041);
 *   pepper exports of 2009 (042–043), to 13 July 2004 (044) and to July 2025 (045–046).
 *
 * Searched (district and commune budgets and councils, tax and customs offices, social insurance, policy banks,
 * Agribank branches, electricity and hydropower, ports, airports and air traffic, post offices, telecoms, coal, cement,
 * steel, rubber, sugar, tea, coffee, cashew, pepper, dragon fruit, durian, salt, fish sauce, beer, fertiliser, textile
 * exports, cooperatives, craft villages, lotteries, hospitals and health centres, schools, colleges and universities,
 * museums, heritage sites, national parks, trade fairs, industrial zones, trade unions) and left out: every page with
 * figures on a host an earlier set read beyond the 24 rows above (among them tayninh.gov.vn, baobariavungtau,
 * bariavungtautourism, baogialai tag pages, hanoimoi, baolamdong, tapchitaichinh, vietbao.com, caosu.com.vn,
 * tapchicaosu, sado, doanhnghiepvahoinhap, baocaobang, cand, thoibaotaichinhvietnam, ddvt, kinhtedautu, baodanang,
 * vov, thanhnien, tienphong, nld, baomoi, cafef, vneconomy, baodautu, nhandan, baohagiang, baolangson, baoquangngai,
 * baonghean, kontumtv, vietnamnet, congthuong, vietnam.vn, f247, afamily, thanhhoa.gov.vn and its district portals,
 * quochoi.vn, angiang.gov.vn, truyenhinhlucngan, hatinh24h, 24h.com.vn, peppervietnam, cema.gov.vn, tinkinhte,
 * mekongasean, kinhtemoitruong, vietnamfinance, vietnammoi, manatee-boating); thesis and document excerpts (123docz,
 * tailieu, timtailieu, xemtailieu, scribd, pdfslide, aztruyen's copied essay); broker tables without prose (cophieu68);
 * tag pages without sentences (bnews, vietbooks, doanhnghiepkinhtexanh, smoney, vnba, etime.danviet, docbao, aiyeu);
 * gambling spam hosts and a betting-named copy site (cafebet.org); new hosts whose stored text holds no sentence of
 * figures (vuphong.vn, ifee.edu.vn, diendaniso.com); caa.gov.vn, whose stored excerpt starts and ends inside
 * sentences (not verifiable as whole sentences); the Đình Lập sentence on exports since 2002 (a description without a
 * figure, enough rows without facts already); Sabeco's `40 mặt hàng bia ngoại` and the 30 % tariff (a count and a tax
 * rate); danangport's sentence of people (no figure). Rows asked: 60; new hosts of Vietnamese organisations ran short
 * (about forty-five searches gave six), and the reused hosts stop at 24, so the set has 46.
 *
 * Whole sentences as stored. Slips and forms of the source are kept: double spaces before figures (`đạt  7.384.287`,
 * `đạt  29.633`, `đạt  317.725`, 006–007); `09,97 %` with a leading zero and a space before `%` (007); `đến1027` without
 * a space and `61,5 %`, `4,71 %` (008); `Teus`; `1,63 tỷ usd` in lower case (002); a closing `USD` without a stop (003,
 * the stored line ends there); `giũa` for `giữa` (012); `được đánh là` (013); `527ha` (015); `8 – 10 nghìn` with an en
 * dash (017); the list mark `+ ` kept at the head of 018; `từ từ miền Bắc(1954)` (019); `5.000 - 7.000` (021); the
 * paper's lead `(ĐN) - ` glued to 034; `hécta` (036); `tỉ đồng` beside `tỷ đồng` (029–032); `vấn đạt` for `vẫn đạt`
 * (031); `84 %` (033); `18,7 %` (027); `thuỷ lợi` beside `thủy lợi` (040); `38.754ha` (039).
 *
 * Conventions (those of `test42-vi.ts`, `test41-vi.ts`, `test29-vi.ts` and `types.ts`): `so với cùng kỳ`, `so cùng kỳ`,
 * `so với cùng kỳ năm trước`, `so với cùng kỳ năm ngoái` are the same period last year; `so với năm 2016` the year;
 * `so với năm trước` (as test43 and test41), `so với cùng kỳ năm 2016`, `so với cùng kỳ 2016`, `so với cùng kỳ năm
 * 2018`, `So với cùng kỳ năm 2024` and changes without a stated base are `*`; `bằng 106% so với cùng kỳ`, `đạt 103,8%
 * so cùng kỳ`, `bằng 110,4% cùng kỳ`, `bằng 132,52% so cùng kỳ` are ratios; `đạt X% kế hoạch`, `bằng X% dự toán`,
 * `tương đương 48,1% kế hoạch năm 2017`, `hoàn thành 47,3% kế hoạch năm` are completions; a bound on a rate or a
 * ratio has no field (`tăng gần 45%`, `đạt khoảng 84 %`). `ước đạt`, `dự kiến` give the stage `estimate`, each to its
 * own figure, and `thống kê sơ bộ` the stage `preliminary`. `hơn`, `trên` are lower bounds, `gần` an upper bound,
 * `khoảng` `about`. `tỷ đồng`, `tỉ đồng`, `triệu đồng`, `ngàn tỷ đồng` `VND`; `tỷ USD`, `tỷ usd`, `triệu USD` `USD`;
 * `tấn`, `triệu tấn` `tonne`; `ha`, `hécta`, `nghìn ha` `ha`. Litres, TEUs, ship calls, passengers, visitors, staff and
 * figures per unit (`đồng/kg`, `đồng/người/tháng`) are values without a unit. Shares (`chiếm 33,09, 17,72 và 9,66%`,
 * `tỉ lệ 54,6%`, `61,5 %`, `80% xuất khẩu`), ranges (`8 – 10 nghìn đồng/kg`, `5.000 - 7.000 đồng/kg`), absolute
 * differences (`tăng 18.000 tấn`, `vượt 78 triệu USD`), brand numbers (`bia 333`), ranks (`nhóm 25 quốc gia`, `năm thứ
 * 8`) and dates (`Đến ngày 10.3.2013`, `tính đến ngày 13/7`) are no facts. A period is given when the sentence names
 * it with its year (`năm 2013`, `tháng 11/2017` `2017-11`, `11 tháng năm 2017` `2017-YTD-11`, `sáu tháng đầu năm 2017`
 * `2017-H1`, `Trong năm 2021`); `tháng 11`, `6 tháng qua`, `từ tháng 1 đến tháng 7 năm nay`, `vụ Đông xuân 2012-2013`
 * (a crop season, no period id) give none.
 *
 * Judgement calls: 006's `lũy kế 11 tháng` takes `2017-YTD-11`, the year being printed in the same sentence
 * (`tháng 11/2017`); 007 names no year and takes none. 009's `dự kiến ... sẽ đạt đến tấn hàng thứ 8 triệu trong tháng
 * 12` is the company's estimate of the year it reports on (the 8-millionth tonne is the year's total), so an actual
 * `8000000` tonnes with `estimate`, no period (no year in the sentence). 011's `sẽ tiêu thụ hơn 500 triệu lít` for the
 * coming Tet is a forecast of a later period, a target. 012's price rise `từ giũa tháng Giêng năm 2013` is a change
 * from a date (`*`); its `tăng 11%` leans on the base printed after `23%` (`*`), and `23%` takes the same period last
 * year. 016's and 022's `tấn/năm` are annual outputs, read as `tonne` (the `/năm` names the period, not a unit of
 * measure), unlike prices per kilogram. 024's items after `trong đó` take no stage (the `ước` belongs to the total).
 * 027's `kế hoạch năm 2017` names the year of the plan, not the period of the value (as test42's 047). 028's completion
 * and change have no value (the profit is in the sentence before). 033's `đạt khoảng 84 %` is treated as a bound on a
 * ratio and gets no field (as the reference files treat `gần`, `hơn` on rates). 034's and 037's `năm 2019`, `năm
 * 2017` head the sentence and give the period to each figure of it; 038's profit after the semicolon takes none (as
 * test42's 048). 040's `đạt 95,67%` is a completion (the plan is implied by the clause `đạt 25% kế hoạch` beside it),
 * and `dự kiến kết thúc vụ` gives that value the stage `estimate`. 042's `vượt 78 triệu USD ... so kế hoạch` is an
 * excess over the plan in absolute terms, no completion. 045–046 are about Vietnam's pepper trade reported by the
 * Vietnamese pepper association (not a foreign economy); rows about other countries: none.
 *
 * Second pass (6 December 2026): every row re-read against its sentence alone with a script printing each row's facts
 * beside its text (`npx tsx` on this file only), field by field (scale of `triệu`, `tỷ`/`tỉ`, `nghìn`, `ngàn`, decimal
 * commas, thousands points; unit; bound; completion; change form, amount and base; period; stage; target), and every
 * value string counted digit by digit against its figure. Value strings checked: `257000`, `1630000000`, `712263`,
 * `7384287`, `317725`, `500000000`, `17840000000000`, `5729000000000`, `5370000000000`, `330000000000`,
 * `15229000000000`, `68000000000000`, `21274000000000`, `3796400000000`, `3515500000000`, `6290000000000`, `5600000`,
 * `1400000`, `7200000`, `431000000000`, `23400000000000` for `23,4 ngàn tỷ`, `38000` for `38 ngàn hécta`, `51000000000`,
 * `1800000000`, `24100000000` for `24.100 triệu`, `1000000000` for `1.000 triệu`, `73000`, `328000000`, `988000000`.
 * Changed on re-reading: no annotation; the header's counts were corrected from the script's totals (facts 55, not the
 * 66 first written; addresses 18, not 24). Checked and kept: 040's two completions against the clauses they stand in;
 * no stage on 024's items after `trong đó`; no period on 024, 026, 027, 032, 036, 039 and 044 (no year in the
 * sentence). Verbatim: every row was copied from the stored text the search returned for its
 * address.
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const HATVIET_DIEU_2013 =
  'https://hatviet.vn/vn/tin-tuc-tong-hop/viet-nam-xuat-khau-hat-dieu-dung-dau-the-gioi-8-nam-lien-tiep.html';
const DANANGPORT_2017_11 = 'https://danangport.com/cang-da-nang-huong-den-tan-hang-thu-8-trieu-tan-trong-nam-2017/';
const RFA_BIA_TET_2013 =
  'http://www.rfa.org/vietnamese/vietnamnews/vn-consumes-500-million-liters-beer-new-year-01252013131659.html?searchterm=';
const CHELANGSON_THAIBINH =
  'http://chelangson.com/cong-ty-cp-che-thai-binh-lang-son-dua-danh-tra-xu-lang-vuon-xa-18-45-457-CMCDT.htm';
const THPT_LOCPHAT = 'https://thptlocphat.edu.vn/about/Lich-su-hinh-thanh-Truong-THPT-Loc-Phat.html';
const DDNN_THANHLONG =
  'http://diendannongnghiep.com/tin-tuc-nong-nghiep/20390-thanh-long-binh-thuan-van-tieu-thu-binh-thuong.html';
// Hosts earlier sets read, on addresses no earlier set used (023–046):
const BAONAMDINH_THONGKE_2020 =
  'http://baonamdinh.vn/channel/5083/202012/cong-bo-so-lieu-thong-ke-kinh-te-xa-hoi-cua-tinh-nam-2020-2541700/';
const VNPLUS_VIENTHONG_2017_H1 =
  'http://www.vietnamplus.vn/ba-dai-gia-vien-thong-tang-truong-the-nao-trong-6-thang-dau-nam/456132.vnp';
const PLO_DUONGSAT_2017 = 'http://plo.vn/do-thi/xao-xao-vi-tin-luong-nganh-duong-sat-82-trieu-thang-718613.html';
const PLO_DUONGSAT_2021 =
  'https://plo.vn/do-thi/pho-thu-tuong-nganh-duong-sat-khong-the-nhu-the-nay-mai-duoc-1035289.html';
const BAODONGNAI_XUANLOC_2019 = 'https://baodongnai.com.vn/tintuc/201912/huyen-xuan-loc-thu-ngan-sach-dat-162-2979067/';
const BAOQN_MYSON_2017 = 'http://baoquangnam.vn/du-lich/khach-den-my-son-tang-1186-56627.html';
const BAOQN_BUUDIEN_2015 =
  'http://baoquangnam.vn/thoi-su-kinh-te/buu-dien-tinh-dat-tong-doanh-thu-hon-96-ty-dong-35501.html';
const BAOTAYNINH_THUYLOI_2013 =
  'https://baotayninh.vn/cong-ty-thuy-loi-tay-ninh-dam-bao-nuoc-tuoi-cho-vu-dong-xuan-a15160.html';
const BAOPHUTHO_LIENSON_2025 = 'https://baophutho.vn/dam-bao-tuoi-tieu-cho-hon-85-nghin-ha-gieo-trong-245461.htm';
const BAOGIALAI_HOTIEU_2009 =
  'https://baogialai.com.vn/channel/722/200912/xuat-khau-ho-tieu-vuot-ke-hoach-78-trieu-usd-1920375/';
const BAOBINHDINH_HOTIEU_2004 = 'https://baobinhdinh.vn/567/2004/7/12696';
const VIETBAO_HOTIEU_2025 =
  'https://vietbao.vn/gan-31-500-tan-vang-den-o-at-ve-viet-nam-nong-dan-trong-nuoc-ngai-trong-556206.html';
// URLS-END

const SPLY = 'same-period-last-year';
const EST = 'estimate';
const PRELIM = 'preliminary';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });

const ROWS: readonly Row[] = [
  // Cashew exports of 2013 and the goal for 2014, a nut company's news page (hatviet.vn)
  [
    HATVIET_DIEU_2013,
    'Việt Nam xuất khẩu 257.000 tấn hạt điều trong năm 2013, tăng 15,8% so với cùng kỳ năm trước, đây là năm thứ 8 liên tiếp đứng đầu xuất khẩu hạt điều của thế giới.',
    [tonne('257000', { ch: [`rate 15.8 ${SPLY}`], p: '2013' })],
  ],
  [
    HATVIET_DIEU_2013,
    'Trong năm 2013, Việt Nam thu 1,63 tỷ usd bán hạt điều sang các thị trường nước ngoài, tăng 9,7% so với cùng kỳ năm trước, theo báo cáo của Bộ Nông nghiệp và Phát triển nông thôn.',
    [usd('1630000000', { ch: [`rate 9.7 ${SPLY}`], p: '2013' })],
  ],
  [
    HATVIET_DIEU_2013,
    'Cùng với xuất khẩu các sản phẩm phụ từ hạt điều như dầu vỏ hạt điều, kim ngạch xuất khẩu hạt điều của Việt Nam trong năm 2013 đạt 2 tỷ USD',
    [usd('2000000000', { p: '2013' })],
  ],
  [
    HATVIET_DIEU_2013,
    'Theo Bộ, các thị trường của hạt điều Việt Nam bao gồm Hoa Kỳ, Trung Quốc và Hà Lan, chiếm 33,09, 17,72 và 9,66% tương ứng trong tổng số kim ngạch xuất khẩu hạt điều.',
    [],
  ],
  [
    HATVIET_DIEU_2013,
    'Hiệp hội Điều Việt Nam nói rằng trong năm 2014, hiệp hội đặt mục tiêu duy trì khối lượng xuất khẩu các loại hạt và tăng giá xuất khẩu của sản phẩm để tăng doanh thu khoảng 2 tỷ USD sang các thị trường thế giới.',
    [usd('2000000000', { a: 'about', k: 'target', p: '2014' })],
  ],
  // Cargo, containers and ship calls to November 2017, the Da Nang port company (danangport.com)
  [
    DANANGPORT_2017_11,
    'Sản lượng hàng hóa thông qua Cảng Đà Nẵng trong tháng 11/2017 đạt 712.263 tấn, lũy kế 11 tháng đạt  7.384.287 tấn, tăng 10,79% so với cùng kỳ năm 2016.',
    [tonne('712263', { p: '2017-11' }), tonne('7384287', { ch: ['rate 10.79 *'], p: '2017-YTD-11' })],
  ],
  [
    DANANGPORT_2017_11,
    'Sản lượng container tháng 11 đạt  29.633 Teus, lũy kế 11 tháng đạt  317.725 Teus, tăng 09,97 % so với cùng kỳ.',
    [n('29633'), n('317725', { ch: [`rate 9.97 ${SPLY}`] })],
  ],
  [
    DANANGPORT_2017_11,
    'Tổng lượt tàu cập cảng trong 11 tháng năm 2017 là 1669 lượt (trong đó container chiếm đến1027 lượt, 61,5 %), tăng 4,71 % so cùng kỳ.',
    [n('1669', { ch: [`rate 4.71 ${SPLY}`], p: '2017-YTD-11' }), n('1027', { p: '2017-YTD-11' })],
  ],
  [
    DANANGPORT_2017_11,
    'Vì vậy, dự kiến Cảng Đà Nẵng sẽ đạt đến tấn hàng thứ 8 triệu trong tháng 12 là rất khả thi.',
    [tonne('8000000', { st: EST })],
  ],
  [DANANGPORT_2017_11, 'Con người luôn được xem là yếu tố quyết định sự phát triển bền vững tại Cảng Đà Nẵng.', []],
  // Beer at Tet 2013 and Sabeco's sales, Radio Free Asia's Vietnamese service (rfa.org)
  [
    RFA_BIA_TET_2013,
    'Thị trường Việt Nam sẽ tiêu thụ hơn 500 triệu lít bia trong dịp Tết Nguyên Đán Quý Tỵ.',
    [n('500000000', { a: 'over', k: 'target' })],
  ],
  [
    RFA_BIA_TET_2013,
    'Giá bán các sản phẩm chủ chốt của công ty Sabeco tăng 5% từ giũa tháng Giêng năm 2013 và doanh số bán bia 333 của công ty này đã tăng 11%, còn bia Sài Gòn Đỏ tăng 23% so với cùng kỳ năm ngoái.',
    [{ ch: ['rate 5 *'] }, { ch: ['rate 11 *'] }, { ch: [`rate 23 ${SPLY}`] }],
  ],
  [
    RFA_BIA_TET_2013,
    'Việt Nam được đánh là nước tiêu thụ bia nhiều nhất Đông Nam Á và nằm trong nhóm 25 quốc gia uống bia nhiều nhất thế giới với sản lượng tiêu thụ tăng 15% mỗi năm.',
    [{ ch: ['rate 15 *'] }],
  ],
  // Tea of Dinh Lap, the Thai Binh tea company's site (chelangson.com)
  [
    CHELANGSON_THAIBINH,
    'Cùng với cây thông, trong nhiều năm qua, cây chè cũng là cây trồng chủ lực của huyện Đình Lập.',
    [],
  ],
  [
    CHELANGSON_THAIBINH,
    'Diện tích trồng chè của huyện Đình Lập hiện có khoảng 527ha, tập trung chủ yếu ở thị trấn Nông trường Thái Bình, xã Lâm Ca và xã Thái Bình.',
    [ha('527', { a: 'about' })],
  ],
  [CHELANGSON_THAIBINH, 'Sản lượng chè búp tươi đạt khoảng 1.500 tấn/năm.', [tonne('1500', { a: 'about' })]],
  [
    CHELANGSON_THAIBINH,
    'Chị Mã Thị Hoa, ở khu 5, thị trấn Nông trường Thái Bình cho biết: Vài năm nay, giá chè tươi đều tăng, hiện giá chè tươi loại I là 13 nghìn đồng/kg, các loại khác có giá từ 8 – 10 nghìn đồng/kg.',
    [n('13000')],
  ],
  // A high school of Bao Loc, its own page (thptlocphat.edu.vn)
  [
    THPT_LOCPHAT,
    '+ Có 34 cán bộ quản lý, giáo viên, nhân viên được công nhận Lao động tiên tiến, tỉ lệ 54,6%.',
    [n('34')],
  ],
  [THPT_LOCPHAT, 'Dân cư chủ yếu là đồng bào công giáo di cư từ từ miền Bắc(1954).', []],
  // Dragon fruit of Binh Thuan, an agriculture forum's news (diendannongnghiep.com)
  [
    DDNN_THANHLONG,
    'Ông Bùi Đăng Hưng, Chủ tịch Hiệp hội Thanh long tỉnh Bình Thuận, vừa cho biết, thanh long Bình Thuận vẫn được xuất khẩu bình thường sang Trung Quốc và các thị trường khác.',
    [],
  ],
  [
    DDNN_THANHLONG,
    'Hiện thanh long loại trái đẹp có giá khoảng 12.000 đồng/kg, loại thường 5.000 - 7.000 đồng/kg, tương đương mức giá cùng kỳ năm ngoái.',
    [n('12000', { a: 'about' })],
  ],
  [
    DDNN_THANHLONG,
    'Theo Sở NN-PTNT Bình Thuận, hiện sản lượng thanh long toàn tỉnh khoảng 400.000 tấn/năm, trong đó 80% xuất khẩu sang Trung Quốc theo đường tiểu ngạch, số còn lại xuất sang các thị trường khác và tiêu thụ nội địa.',
    [tonne('400000', { a: 'about' })],
  ],
  // Nam Dinh's budget of 2020, the provincial paper (baonamdinh.vn, reused host)
  [
    BAONAMDINH_THONGKE_2020,
    'Tổng thu ngân sách Nhà nước năm 2020 ước đạt 17.840 tỷ đồng, bằng 125,9% dự toán năm, giảm 4,9% so với năm trước.',
    [vnd('17840000000000', { st: EST, c: '125.9', ch: ['rate -4.9 *'], p: '2020' })],
  ],
  [
    BAONAMDINH_THONGKE_2020,
    'Thu ngân sách Nhà nước trên địa bàn ước đạt 5.729 tỷ đồng, bằng 100,5% dự toán, tăng 1,9% so với năm trước; trong đó, thu nội địa 5.370 tỷ đồng, bằng 101,3% dự toán, tăng 6,3%; thu thuế xuất, nhập khẩu 330 tỷ đồng, bằng 82,5% dự toán, giảm 20,5%.',
    [
      vnd('5729000000000', { st: EST, c: '100.5', ch: ['rate 1.9 *'] }),
      vnd('5370000000000', { c: '101.3', ch: ['rate 6.3 *'] }),
      vnd('330000000000', { c: '82.5', ch: ['rate -20.5 *'] }),
    ],
  ],
  [
    BAONAMDINH_THONGKE_2020,
    'Tổng chi ngân sách Nhà nước năm 2020 ước đạt 15.229 tỷ đồng, bằng 114,6% dự toán năm, tăng 22,5% so với năm trước.',
    [vnd('15229000000000', { st: EST, c: '114.6', ch: ['rate 22.5 *'], p: '2020' })],
  ],
  // VNPT and MobiFone in the first half of 2017 (vietnamplus.vn, reused host)
  [
    VNPLUS_VIENTHONG_2017_H1,
    'Doanh thu toàn tập đoàn đạt 68.000 tỷ đồng, hoàn thành 47,3% kế hoạch năm và bằng 106% so với cùng kỳ.',
    [vnd('68000000000000', { c: '47.3', ch: [`ratio 106 ${SPLY}`] })],
  ],
  [
    VNPLUS_VIENTHONG_2017_H1,
    'Về phía MobiFone, Tổng Giám đốc Cao Duy Hải cho biết dù gặp rất nhiều sức ép song kết quả doanh thu toàn đơn vị trong 6 tháng qua đạt 21.274 tỷ đồng, tương đương 48,1% kế hoạch năm 2017 và tăng 18,7 % so với cùng kỳ năm 2016.',
    [vnd('21274000000000', { c: '48.1', ch: ['rate 18.7 *'] })],
  ],
  [
    VNPLUS_VIENTHONG_2017_H1,
    'Con số này bằng 50,4% kế hoạch năm, tăng 15,5% so với cùng kỳ 2016.',
    [{ c: '50.4', ch: ['rate 15.5 *'] }],
  ],
  // The railway corporation in 2017 and 2021 (plo.vn, reused host, two addresses)
  [
    PLO_DUONGSAT_2017,
    'Theo báo cáo kết quả sản xuất sáu tháng đầu năm 2017, sản lượng toàn Tổng công ty (hợp nhất) là 3.796,4 tỉ đồng đạt 47,8% kế hoạch năm.',
    [vnd('3796400000000', { c: '47.8', p: '2017-H1' })],
  ],
  [
    PLO_DUONGSAT_2017,
    'Doanh thu đạt 3.515,5 tỉ đồng đạt 103,8% so cùng kỳ và đạt 45,1% kế hoạch năm.',
    [vnd('3515500000000', { c: '45.1', ch: [`ratio 103.8 ${SPLY}`] })],
  ],
  [
    PLO_DUONGSAT_2021,
    'Trong năm 2021, vận chuyển hàng hoá vấn đạt 5,6 triệu tấn, bằng 110,4% cùng kỳ nhưng chỉ vận chuyển được 1,4 triệu lượt hành khách lên tàu, bằng 36,7% cùng kỳ.',
    [
      tonne('5600000', { ch: [`ratio 110.4 ${SPLY}`], p: '2021' }),
      n('1400000', { ch: [`ratio 36.7 ${SPLY}`], p: '2021' }),
    ],
  ],
  [
    PLO_DUONGSAT_2021,
    'Doanh thu Tổng công ty hợp nhất đạt 6.290 tỉ đồng bằng 94,6% so với cùng kỳ và đạt 95,3% kế hoạch năm.',
    [vnd('6290000000000', { c: '95.3', ch: [`ratio 94.6 ${SPLY}`] })],
  ],
  [
    PLO_DUONGSAT_2021,
    'Thu nhập bình quân người lao động là 7,2 triệu đồng/người/tháng đạt khoảng 84 % so với cùng kỳ.',
    [n('7200000')],
  ],
  // Xuan Loc district's budget of 2019 (baodongnai.com.vn, reused host)
  [
    BAODONGNAI_XUANLOC_2019,
    '(ĐN) - Theo báo cáo của UBND huyện Xuân Lộc, năm 2019, huyện thực hiện thu ngân sách đạt gần 431 tỷ đồng, bằng 162% dự toán tỉnh giao, tăng 46% so với cùng kỳ năm 2018.',
    [vnd('431000000000', { a: 'under', c: '162', ch: ['rate 46 *'], p: '2019' })],
  ],
  [
    BAODONGNAI_XUANLOC_2019,
    'Trong đó, thu cân đối hơn 415 tỷ đồng, bằng 156% dự toán, tăng 47% so với cùng kỳ năm 2018.',
    [vnd('415000000000', { a: 'over', c: '156', ch: ['rate 47 *'] })],
  ],
  [
    BAODONGNAI_XUANLOC_2019,
    'Cùng với kết quả thu ngân sách, giá trị sản xuất trên địa bàn huyện đạt hơn 23,4 ngàn tỷ đồng, tăng 9%; trên lĩnh vực nông nghiệp, tổng diện tích gieo trồng trong năm thực hiện trên 38 ngàn hécta, đạt 98% kế hoạch.',
    [vnd('23400000000000', { a: 'over', ch: ['rate 9 *'] }), ha('38000', { a: 'over', c: '98' })],
  ],
  // My Son in 2017 and the Quang Nam post office in 2015 (baoquangnam.vn, reused host, two addresses)
  [
    BAOQN_MYSON_2017,
    'Nhờ vậy, năm 2017 Di sản văn hóa thế giới Mỹ Sơn đón 352.148 lượt khách, tăng 11,86% so với năm 2016, doanh thu qua vé đạt hơn 51 tỷ đồng, tăng 13,15% so với năm 2016.',
    [
      n('352148', { ch: ['rate 11.86 2016'], p: '2017' }),
      vnd('51000000000', { a: 'over', ch: ['rate 13.15 2016'], p: '2017' }),
    ],
  ],
  [
    BAOQN_BUUDIEN_2015,
    'Theo báo cáo của Bưu điện tỉnh, tổng doanh thu năm 2015 đạt hơn 96 tỷ đồng, vượt so với kế hoạch, tăng gần 45% so với năm 2014; lợi nhuận hơn 1,8 tỷ đồng.',
    [vnd('96000000000', { a: 'over', p: '2015' }), vnd('1800000000', { a: 'over' })],
  ],
  // The Tay Ninh irrigation company, winter-spring crop 2012-2013 (baotayninh.vn, reused host)
  [
    BAOTAYNINH_THUYLOI_2013,
    'Đến ngày 10.3.2013, công ty đã ký hợp đồng tưới 38.754ha vụ Đông xuân 2012-2013, đạt 100,13% kế hoạch và bằng 103,83% so cùng kỳ.',
    [ha('38754', { c: '100.13', ch: [`ratio 103.83 ${SPLY}`] })],
  ],
  [
    BAOTAYNINH_THUYLOI_2013,
    'Hiện công ty đang tiến hành thu thuỷ lợi phí theo hợp đồng, dự kiến kết thúc vụ Đông xuân 2012-2013, giá trị thuỷ lợi phí được nghiệm thu, thanh lý là 24.100 triệu đồng, đạt 95,67% và bằng 132,52% so cùng kỳ, thu tiền nước của các nhà máy được 1.000 triệu đồng, đạt 25% kế hoạch thu cả năm.',
    [vnd('24100000000', { st: EST, c: '95.67', ch: [`ratio 132.52 ${SPLY}`] }), vnd('1000000000', { c: '25' })],
  ],
  // The Lien Son irrigation company in 2025 (baophutho.vn, reused host)
  [
    BAOPHUTHO_LIENSON_2025,
    'Năm 2025, Công ty đã cung cấp nước phục vụ gieo trồng trên hơn 73 nghìn ha, đạt 101% kế hoạch.',
    [ha('73000', { a: 'over', c: '101', p: '2025' })],
  ],
  // Pepper exports of 2009 (baogialai.com.vn, reused host)
  [
    BAOGIALAI_HOTIEU_2009,
    'Đến nay các doanh nghiệp đã xuất trên 128.000 tấn hồ tiêu các loại, đạt kim ngạch 328 triệu USD, tăng 18.000 tấn về sản lượng và vượt 78 triệu USD về giá trị so kế hoạch cả năm.',
    [tonne('128000', { a: 'over' }), usd('328000000')],
  ],
  [
    BAOGIALAI_HOTIEU_2009,
    'Đây là số lượng xuất khẩu đạt kỷ lục từ trước đến nay, vượt ngoài mong đợi so với dự báo đầu năm.',
    [],
  ],
  // Pepper exports to 13 July 2004 (baobinhdinh.vn, reused host)
  [
    BAOBINHDINH_HOTIEU_2004,
    'Hiệp hội Hồ tiêu Việt Nam (VPA) cho biết, tính đến ngày 13/7, cả nước đã xuất được hơn 60.000 tấn hồ tiêu, tăng 27% so với cùng kỳ năm ngoái.',
    [tonne('60000', { a: 'over', ch: [`rate 27 ${SPLY}`] })],
  ],
  // Pepper exports to July 2025 (vietbao.vn, reused host)
  [
    VIETBAO_HOTIEU_2025,
    'Theo thống kê sơ bộ của Hiệp hội Hồ tiêu và Cây gia vị Việt Nam, từ tháng 1 đến tháng 7 năm nay, Việt Nam đã xuất khẩu 145.046 tấn hạt tiêu các loại, mang về 988 triệu USD.',
    [tonne('145046', { st: PRELIM }), usd('988000000', { st: PRELIM })],
  ],
  [
    VIETBAO_HOTIEU_2025,
    'So với cùng kỳ năm 2024, lượng hạt tiêu xuất khẩu tuy giảm 12% nhưng giá trị lại tăng 29,7%.',
    [{ ch: ['rate -12 *'] }, { ch: ['rate 29.7 *'] }],
  ],
];

export const TEST44_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test44-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  split: 'test44',
  facts,
}));
