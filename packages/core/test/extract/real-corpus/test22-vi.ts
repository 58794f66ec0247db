import type { RealFact, RealSentence } from './types';

/**
 * The TWENTY-SECOND fresh set (`test22`), Vietnamese part A (`test22b-*.ts` are another builder's part, not
 * read): sentences copied verbatim from the stored text the `pages` search index returns, on sites absent
 * from every earlier file (each host grepped in the addresses and text of every file of `real-corpus/` with
 * `--exclude='test22*'`, and a distinctive figure of each page grepped the same way: no hit). 2012–2024, 21
 * hosts, 23 addresses, none of the business-press, company, securities-firm or foreign ASEAN sites of part B:
 * - Điện Biên: dienbientv.vn, the provincial broadcaster (tourism in the first half of 2018, the first nine
 *   months of 2022 and the first half of 2020); nguoitaybac.vn (the 2 September 2024 holiday);
 *   huyendienbien.dienbien.gov.vn, Điện Biên district's portal (the 2022 winter-spring crop plan);
 *   baophunuthudo.vn (the 70th anniversary of Điện Biên Phủ, 2024) and langsontv.vn (a Nhân Dân story relayed on
 *   the Lạng Sơn broadcaster's site: tourism to 7 May 2024);
 * - Hà Giang's tourism: bvhttdl.gov.vn, the culture ministry's portal (first nine months of 2023),
 *   dulichvn.org.vn (eight months of 2023), duluanxahoi.vn (a tag page: the 30 April 2024 holiday),
 *   tapchitintuc.phanphoi.edu.vn (to August 2023);
 * - Quảng Trị's tourism: truyenhinhdulich.vn (2018 and the 2019 goal, relaying Dân trí), baoquangtri.vn, the
 *   provincial paper (a topic page: the 2 September 2024 holiday), nhaquanly.vn (February 2024 and Tết);
 * - fisheries: dnvn247.com.vn (Sóc Trăng's shrimp, 2021), hoithuysanvietnam.org.vn (Bạc Liêu's shrimp exports,
 *   2023 and five months of 2024), namdinhtv.vn, the Nam Định broadcaster (eight months of 2017),
 *   thoibaongaynay.vn (the fisheries directorate's first half of 2020, relaying Hà Nội Mới);
 * - Đắk Lắk's farm exports: tapchinongthonmoi.vn (first half of 2023), phunuthanhdat.vn (coffee, 2022),
 *   caphedaklak.com (the trade department's April 2012 figures), baodaklak.vn, the provincial paper (coffee
 *   markets, crop year 2013–2014);
 * - quocphongthudo.vn (state-budget investment, seven months of 2023).
 *
 * Genres (from the part file's list): provincial departments' (Sở) tourism, agriculture, fisheries, trade and
 * planning figures relayed by provincial broadcasters, papers and portals, a district's crop plan, a
 * ministry's portal, national fisheries and public-investment figures. Searched for and left out, every page
 * with figures being on an outlet an earlier set read: provincial papers (baobariavungtau, baonghean,
 * baogialai, baohatinh, baohaugiang, baolamdong, baohungyen, baovinhlong, baoquangnam, baotuyenquang,
 * baohaiduong, baoninhbinh, baotayninh, baonamdinh), provincial broadcasters (thainguyentv, kontumtv, gialaitv,
 * thvl), portals (godau/ninhgiang1/tayninh.gov.vn subsites, quangngai.gov.vn, thuathienhue.gov.vn), tapchitaichinh,
 * thoibaotaichinhvietnam, dangcongsan, danviet, vietnam.vn, vietnambiz, 123docz, m.baomoi, kinhtenongthon; new hosts
 * whose stored text held no usable sentence (dienbiendpi.gov.vn and cucthongke.quangtri.gov.vn: only page
 * furniture and an opening summary; scribd's Lai Châu statistics report: only the forecasts of its opening page;
 * xanhx.vn, see below); dautu.kinhtechungkhoan.vn (business and securities press,
 * part B's genre); kinhteso.asia (its `2,2 triệu lượt` is in test8-vi), dulichvtv.com (`210.000 lượt` is in
 * vi.ts). Provincial social-insurance, health, education, construction and labour pages were searched for
 * but every one found was on a read outlet or a spam mirror, so this part has none of those genres.
 * 91 rows, 127 facts, 12 rows that yield nothing (13 %: a cause, a headline with a period and no figure, a
 * rank, a count of localities, a share, an absolute difference of markets, a reason for a drop).
 *
 * Whole sentences as stored; headlines with a figure are rows of their own (no final stop). Sentences cut
 * off by the end of the stored text, photo captions and page furniture (dates, bylines) are left out; a
 * dateline stuck to a sentence (`10/10/2023 | 08:27Theo thông tin …`) is cut before the sentence. Slips of
 * the source are kept: `tăng 17 %`, `khách nội đị;`, `tăng 8,7 % so với năm năm 2018`, `ước tính ước đạt`,
 * `Sở Giaó`-style spellings where they occur, `diện tích lúa là 4.200 ha;  ngô` (two spaces), `giảm 0,18 %`,
 * `niên vụ 2012- 2013`, `đồ gỗ và các mặt hàng trái cây, gạo, mắc ca …`, the leads `Điện Biên TV - `,
 * `Điện Biên TV – `, `QTO - `, `(PNTĐ) - ` as printed.
 *
 * Annotated by hand from the sentence alone with the conventions of `test21-vi.ts`, `test20-vi.ts`,
 * `test18-vi.ts`, `test17-vi.ts` and `types.ts`: `so với cùng kỳ`, `so cùng kỳ năm trước`, `so với cùng kỳ năm
 * ngoái`, `cùng kỳ` are the same period last year; `so với năm trước`, `so với cùng kỳ năm 2017/2021/2023`,
 * `so với cùng kỳ 2022`, `so với dịp nghỉ lễ 02/9 năm 2022`, `so với kỳ nghỉ lễ năm 2023`, `so với tết Quý Mão
 * 2023`, `so với niên vụ trước` and changes with no base are `*`; `so với năm 2017`, `so với năm 2023`, `so với
 * năm năm 2018` the year. `tăng 1,57 lần` is `times`; `bằng 91,4% cùng kỳ` a `ratio`. `đạt 63% kế hoạch năm`,
 * `bằng hơn 72% so với kế hoạch năm`, `đạt 61% so với kế hoạch`, `bằng 32% kế hoạch năm`, `đạt 40% kế hoạch`
 * are completions (a bound on a completion has no field); `vượt gần 4% kế hoạch`, `vượt 6,5% kế hoạch` are
 * completions of 104 and 106.5; `đã gieo trồng đạt 65% diện tích` a completion-only fact. `ước đạt`, `ước`,
 * `ước tính`, `dự ước` give `estimate` to their own figure; `hơn`, `trên` are lower bounds, `gần` an upper
 * bound, `khoảng` an approximation. Goals (`phấn đấu`, `mục tiêu`, `sẽ thực hiện gieo trồng`, `theo kế hoạch
 * năm 2023`) are targets. `tỷ đồng`, `tỉ đồng` are `VND`, `triệu USD`, `tỷ USD` `USD`, `tấn`, `nghìn tấn` `tonne`,
 * `ha` `ha`; visitors, fry, markets and a price per tonne (`2.037 USD/tấn`) are values without a unit; the room
 * occupancy `công suất … đạt khoảng 52%` is a level in `percent`. Conversions (`tương đương khoảng 19.000 tỷ
 * đồng`), shares (`chiếm 53,2%`), absolute differences (`tăng 363 USD/tấn`, `giảm 4 thị trường`), ranks
 * (`xếp thứ 25`), durations (`70 năm`), dates and the count of localities with a rising index are no facts.
 * Periods: `6 tháng đầu năm 2020` `2020-H1`, `9 tháng đầu năm 2022`, `9 tháng năm 2023` `2022-YTD-09`,
 * `2023-YTD-09`, `8 tháng của năm 2023` `2023-YTD-08`, `5 tháng đầu năm 2024` `2024-YTD-05`, `lũy kế 4 tháng
 * đầu năm 2012` `2012-YTD-04`, `tháng 2/2024` `2024-02`, `năm 2021/2022/2023/2014/2019` the year; `6 tháng đầu
 * năm`, `tháng 4`, `đến nay`, `từ đầu năm 2023 tới nay`, `từ ngày 1/1 đến hết ngày 7/5/2024`, holidays and crop
 * seasons (`vụ đông xuân năm 2022`) give none; a period opening the sentence governs its figures.
 *
 * Judgement calls: `doanh thu khoảng gần 100 tỉ đồng` takes the first qualifier (`about`). Hà Giang's `khách
 * nội địa là 1.940.320 lượt người (tăng 35% so với cùng kỳ năm 2022, đạt 86% kế hoạch năm)` gives the bracket's
 * change and completion to the domestic figure it follows, not to the total. Quảng Trị's `đề ra mục tiêu trong
 * năm 2019 … ước đạt gần 2 triệu lượt` is a target that keeps the stage of its `ước đạt`; the next sentence of
 * that page (`Tổng doanh thu … ước đạt 1.740 tỷ đồng, tăng 7,1%.`, a target only by context) is left out, and so
 * are Sóc Trăng's damage-rate sentence (`giảm khoảng 2%` of a share), Quảng Trị's 2022 sentence on xanhx.vn
 * (`tăng gần 200% so với Kế hoạch`, `tăng 8,7 lần so với kế hoạch`: completion or change unclear) and Bạc Liêu's
 * processing capacity. Bạc Liêu's `cán mốc 1 tỷ USD` is a value. The winter-spring plan of Điện Biên district
 * gives six targets without a period (a crop season). Counts of export markets (`64 thị trường`, `58 nước`,
 * `62 nước`) and fry (`10.994 triệu con`) are values; the company's `106.404 tấn` and `gần 220 triệu USD` are
 * values too (a firm's result inside a provincial report). Germany's `sụt giảm mạnh (39,7% về lượng và 38,5%
 * về kim ngạch)` reads the bracketed rates as falls. `tổng doanh thu ước tính khoảng 2.200 tỷ đồng` in a goal is
 * a target with `about` and `estimate`.
 *
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address, and a
 * second search with the page's own phrases and figures brought the stored text back for 14 of the 23
 * addresses, each row re-compared word for word against it (no difference found): DIENBIENTV_DL_2018,
 * DIENBIENTV_DL_2022, DIENBIENTV_DULICH, NGUOITAYBAC_DL_2024, DULICHVN_HAGIANG_8T_2023,
 * DULUANXAHOI_HAGIANG_2024, PHANPHOI_HAGIANG_2023, TRUYENHINHDULICH_QT_2018, BAOQUANGTRI_NGHILE,
 * NHAQUANLY_QT_2024, NAMDINHTV_TS_2017, PHUNUTHANHDAT_CAPHE_2022, PNTD_DIENBIEN_2024, LANGSONTV_DIENBIEN_2024
 * (vi-test22-001…019, 034…040, 043…059, 069…074, 082…091: 59 rows). Not confirmed by a second retrieval (copied
 * from one retrieval only; one further search each did not return the address): HUYENDIENBIEN_DX_2022,
 * DNVN247_TOM_SOCTRANG, HOITHUYSAN_BACLIEU_2024, BVHTTDL_HAGIANG_9T_2023, QPTD_7T_2023, THOIBAONGAYNAY_TS_H1_2020,
 * TAPCHINTM_DAKLAK_2023, CAPHEDAKLAK_XK_2012, BAODAKLAK_CAPHE_2014 (vi-test22-020…033, 041, 042, 060…068,
 * 075…081: 32 rows).
 *
 * Second annotator (3 December 2026; every row reread against its sentence alone with the conventions above,
 * without the extractor): all 91 rows checked field by field (value and scale, unit, bound, completion, change
 * form, amount and base, period, stage, target). Changed: none of the values; the base of `tăng 17 % so với
 * năm 2023` kept as the year and of `so với cùng kỳ năm 2021` as `*` after checking test21-vi; three rows that
 * state nothing (a long cause sentence, a preparation sentence, a newspaper lead) were dropped to keep the
 * empty rows near 13 %. Left as the builder read them: the bracket of the Hà Giang domestic visitors, the
 * target with a stage, the crop-season plan without a period, the counts of markets as values.
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const DIENBIENTV_DL_2018 =
  'https://dienbientv.vn/tin-tuc-su-kien/van-hoa/201807/dien-bien-don-tren-490-ngan-luot-khach-du-lich-5590578';
const DIENBIENTV_DL_2022 =
  'https://dienbientv.vn/tin-tuc-su-kien/xa-hoi/202210/dien-bien-don-gan-520-nghin-luot-khach-du-lich-5791862';
const DIENBIENTV_DULICH = 'http://dienbientv.vn/du-lich/';
const NGUOITAYBAC_DL_2024 = 'https://nguoitaybac.vn/du-lich-dien-bien-thu-gan-100-ti-dong-dip-le-29-a8932.html';
const HUYENDIENBIEN_DX_2022 =
  'https://huyendienbien.dienbien.gov.vn/Tintuc/View/LANH-DAO-KIEM-TRA-TINH-HINH-SAN-XUAT-DAU-NAM-2022?PageIndex=111';
const DNVN247_TOM_SOCTRANG = 'https://dnvn247.com.vn/amp/nong-dan-soc-trang-trung-dam-mua-tom-nuoc-lo-d96509.html';
const HOITHUYSAN_BACLIEU_2024 = 'https://hoithuysanvietnam.org.vn/bac-lieu-but-toc-xuat-khau-tom-5-thang-dau-nam/';
const BVHTTDL_HAGIANG_9T_2023 =
  'https://bvhttdl.gov.vn/ha-giang-doanh-thu-du-lich-9-thang-nam-2023-dat-5072-ty-dong-tang-586-so-voi-cung-ky-2022-20231009160328048.htm';
const DULICHVN_HAGIANG_8T_2023 =
  'https://dulichvn.org.vn/index.php/item/ha-giang-suc-hut-tu-nganh-cong-nghiep-khong-khoi-59128';
const DULUANXAHOI_HAGIANG_2024 = 'https://duluanxahoi.vn/hoi-nhap-phat-trien/trang-23.html';
const PHANPHOI_HAGIANG_2023 =
  'https://tapchitintuc.phanphoi.edu.vn/2023/08/30/diem-den-ly-tuong-duoc-tap-chi-the-new-york-times-binh-chon-da-don-gan-2-trieu-du-khach-nam-2023-7037.html';
const QPTD_7T_2023 = 'https://quocphongthudo.vn/luan-ban/nhung-ket-qua-tang-truong-kha-quan.html';
const TRUYENHINHDULICH_QT_2018 =
  'https://truyenhinhdulich.vn/tin-tuc/hon-1-8-trieu-luot-khach-du-lich-den-tham-quan-dat-lua-quang-tri-1313.html';
const BAOQUANGTRI_NGHILE = 'https://baoquangtri.vn/topic/nghi-le-4362';
const NHAQUANLY_QT_2024 =
  'https://www.nhaquanly.vn/luong-khach-du-lich-den-quang-tri-uoc-tinh-uoc-dat-hon-155000-luot-tang-hon-24-a12657.html';
const NAMDINHTV_TS_2017 =
  'http://namdinhtv.vn/kinh-te/8-thang-dau-nam-2017-tong-san-luong-thuy-san-toan-tinh-uoc-dat-gan-912-nghin-tan-bang-677-ke';
const THOIBAONGAYNAY_TS_H1_2020 =
  'https://thoibaongaynay.vn/tong-san-luong-thuy-san-6-thang-dau-nam-uoc-dat-386-trieu-tan-a3377.html';
const TAPCHINTM_DAKLAK_2023 = 'https://tapchinongthonmoi.vn/dak-lak-xuat-khau-nong-san-dat-810-trieu-usd-22936.html';
const PHUNUTHANHDAT_CAPHE_2022 =
  'https://phunuthanhdat.vn/dak-lak-san-luong-xuat-khau-ca-phe-nam-2022-cao-ky-luc-a588520-html';
const CAPHEDAKLAK_XK_2012 = 'https://caphedaklak.com/kim-ngach-xuat-khau-dak-lak-thang-4-uoc-dat-70-trieu-usd/3855/';
const BAODAKLAK_CAPHE_2014 =
  'https://baodaklak.vn/channel/3461/201403/xuat-khau-ca-phe-dak-lak-giam-4-thi-truong-so-voi-nien-vu-2012-2013-2300261';
const PNTD_DIENBIEN_2024 =
  'https://baophunuthudo.vn/van-hoa-van-nghe/dip-ky-niem-70-nam-chien-thang-dien-bien-phu-tinh-dien-bien-don-hon-370000-luot-khach-du-lich-130629.html';
const LANGSONTV_DIENBIEN_2024 = 'https://langsontv.vn/news/460/70002/du-lich-dien-bien-dat-doanh-thu-gan-1-900-ty-dong';

const SPLY = 'same-period-last-year';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const TEST22_VI_ROWS: readonly Row[] = [
  // Điện Biên's tourism, first half of 2018 (dienbientv.vn, the provincial broadcaster)
  [DIENBIENTV_DL_2018, 'Điện Biên đón trên 490 ngàn lượt khách du lịch', [n('490000', { a: 'over' })]],
  [
    DIENBIENTV_DL_2018,
    'Điện Biên TV - Trong 6 tháng đầu năm, Điện Biên đã đón trên 490 ngàn lượt khách du lịch, bằng hơn 72% so với kế hoạch năm, tăng 1,57 lần so với cùng kỳ năm trước.',
    [n('490000', { a: 'over', c: '72', ch: [`times 1.57 ${SPLY}`] })],
  ],
  [
    DIENBIENTV_DL_2018,
    'Trong đó, khách quốc tế đạt 94 ngàn lượt, đạt 63% kế hoạch năm, tăng 1,7 lần so với năm trước.',
    [n('94000', { c: '63', ch: ['times 1.7 *'] })],
  ],
  [
    DIENBIENTV_DL_2018,
    'Tổng thu từ hoạt động du lịch trong 6 tháng đầu năm ước đạt gần 644 tỷ đồng, đạt 56% so với kế hoạch năm, tăng 49% so với cùng kỳ năm 2017.',
    [vnd('644000000000', { a: 'under', st: 'estimate', c: '56', ch: ['rate 49 *'] })],
  ],
  [
    DIENBIENTV_DL_2018,
    'Khách du lịch tăng cao là do thời gian nghỉ lễ, tết kéo dài, cùng với sự kiện Lễ hội Hoa Ban năm 2018 nên đã thu hút lượng du khách đến Điện Biên./.',
    [],
  ],
  // Điện Biên's tourism, first nine months of 2022 (dienbientv.vn)
  [DIENBIENTV_DL_2022, 'Điện Biên đón gần 520 nghìn lượt khách du lịch', [n('520000', { a: 'under' })]],
  [
    DIENBIENTV_DL_2022,
    'Điện Biên TV - Gần 520 nghìn lượt du khách đã đến tham quan và du lịch tại Điện Biên, đây là con số thống kê trong 9 tháng đầu năm 2022, tăng 57% so với cùng kỳ năm 2021.',
    [n('520000', { a: 'under', p: '2022-YTD-09', ch: ['rate 57 *'] })],
  ],
  [
    DIENBIENTV_DL_2022,
    'Tính đến hết tháng 9, tỉnh Điện Biên đã đón gần 520 nghìn lượt khách, đạt trên 66% kế hoạch năm.',
    [n('520000', { a: 'under', c: '66' })],
  ],
  [
    DIENBIENTV_DL_2022,
    'Tổng doanh thu từ hoạt động du lịch đạt trên 825 tỷ đồng, đạt 61% so với kế hoạch.',
    [vnd('825000000000', { a: 'over', c: '61' })],
  ],
  [
    DIENBIENTV_DL_2022,
    'Với những dấu hiệu phục hồi tích cực, ngành du lịch tỉnh phấn đấu trong năm 2022, đón trên 780 nghìn lượt khách du lịch, với doanh thu đạt trên 1.350 tỷ đồng./.',
    [goal(n('780000', { a: 'over', p: '2022' })), goal(vnd('1350000000000', { a: 'over', p: '2022' }))],
  ],
  // Điện Biên's tourism, first half of 2020 (dienbientv.vn's tourism section)
  [DIENBIENTV_DULICH, 'Lượng khách đến Điện Biên 6 tháng đầu năm 2020 giảm mạnh do dịch bệnh', []],
  [
    DIENBIENTV_DULICH,
    'Điện Biên TV – Dịch bệnh Covid-19 xảy ra vào đúng thời gian cao điểm mùa du lịch của Điện Biên đã khiến cho hoạt động du lịch bị ảnh hưởng nặng nề.',
    [],
  ],
  [
    DIENBIENTV_DULICH,
    'Lượng khách đến Điện Biên 6 tháng đầu năm 2020 chỉ đạt trên 100 nghìn lượt, giảm 81% so với cùng kỳ, đạt 12,24% kế hoạch.',
    [n('100000', { a: 'over', p: '2020-H1', ch: [`rate -81 ${SPLY}`], c: '12.24' })],
  ],
  // Điện Biên's tourism over the 2 September 2024 holiday (nguoitaybac.vn)
  [NGUOITAYBAC_DL_2024, 'Du lịch Điện Biên thu gần 100 tỉ đồng dịp lễ 2.9', [vnd('100000000000', { a: 'under' })]],
  [
    NGUOITAYBAC_DL_2024,
    'Trong kỳ nghỉ lễ 4 ngày vừa qua, ngành du lịch Điện Biên đạt doanh thu khoảng gần 100 tỉ đồng và không có hoạt động vi phạm trong lĩnh vực du lịch.',
    [vnd('100000000000', { a: 'about' })],
  ],
  [
    NGUOITAYBAC_DL_2024,
    'Theo thống kê của Phòng Du lịch (thuộc Sở VHTTDL Điện Biên), từ ngày 31.8 - 3.9, tỉnh Điện Biên đã đón 55.000 lượt khách du lịch (tăng 10% so với cùng kỳ năm 2023).',
    [n('55000', { ch: ['rate 10 *'] })],
  ],
  [
    NGUOITAYBAC_DL_2024,
    'Trong đó, khách du lịch quốc tế đạt 70 lượt (tăng 17 % so với năm 2023).',
    [n('70', { ch: ['rate 17 2023'] })],
  ],
  [
    NGUOITAYBAC_DL_2024,
    'Tổng doanh thu từ hoạt động du lịch ước đạt gần 100 tỉ đồng (tăng 15% so với cùng kỳ năm 2023).',
    [vnd('100000000000', { a: 'under', st: 'estimate', ch: ['rate 15 *'] })],
  ],
  [
    NGUOITAYBAC_DL_2024,
    'Trong đó, khách lưu trú ước đạt 10.400 lượt; công suất bình quân buồng, phòng đạt khoảng 52%.',
    [n('10400', { st: 'estimate' }), pct('52', { a: 'about' })],
  ],
  // Điện Biên district's winter-spring crop, 2022 (huyendienbien.dienbien.gov.vn, the district's portal)
  [
    HUYENDIENBIEN_DX_2022,
    'Theo báo cáo của UBND xã Thanh Hưng, vụ lúa đông xuân 2022 toàn xã gieo trồng 280 ha.',
    [ha('280')],
  ],
  [
    HUYENDIENBIEN_DX_2022,
    'Được biết, trong vụ đông xuân năm 2022, huyện Điện Biên sẽ thực hiện gieo trồng 12.800 ha cây nông nghiệp, trong đó diện tích lúa là 4.200 ha;  ngô là 800 ha; các loại rau, đậu, lạc khoảng 1.000 ha; sắn 3.000 ha, dong giềng 400 ha và một số loại cây mầu khác.',
    [
      goal(ha('12800')),
      goal(ha('4200')),
      goal(ha('800')),
      goal(ha('1000', { a: 'about' })),
      goal(ha('3000')),
      goal(ha('400')),
    ],
  ],
  [HUYENDIENBIEN_DX_2022, 'Đến nay về cơ bản đã gieo trồng đạt 65% diện tích.', [{ c: '65' }]],
  // Sóc Trăng's brackish-water shrimp, 2021 (dnvn247.com.vn)
  [DNVN247_TOM_SOCTRANG, 'Nông dân Sóc Trăng trúng đậm mùa tôm nước lợ', []],
  [
    DNVN247_TOM_SOCTRANG,
    'Theo sở NN&PTNT tỉnh Sóc Trăng, năm 2021, diện tích thả nuôi tôm nước lợ của tỉnh đạt 53.000 ha, vượt gần 4% kế hoạch, trong đó tôm thẻ chân trắng là 40.000 ha và tôm sú 13.000 ha.',
    [ha('53000', { p: '2021', c: '104' }), ha('40000', { p: '2021' }), ha('13000', { p: '2021' })],
  ],
  [
    DNVN247_TOM_SOCTRANG,
    'Ước sản lượng tôm nuôi đến cuối năm đạt trên 183.000 tấn, vượt 6,5% kế hoạch và cao hơn 17,8% so với cùng kỳ.',
    [tonne('183000', { a: 'over', st: 'estimate', c: '106.5', ch: [`rate 17.8 ${SPLY}`] })],
  ],
  // Bạc Liêu's shrimp exports, 2023 and the first five months of 2024 (hoithuysanvietnam.org.vn, the fisheries society)
  [
    HOITHUYSAN_BACLIEU_2024,
    'Trong năm 2023, lần đầu tiên kim ngạch xuất khẩu của tỉnh Bạc Liêu cán mốc 1 tỷ USD, trong đó mặt hàng tôm đông ước đạt 973,6 triệu USD.',
    [usd('1000000000', { p: '2023' }), usd('973600000', { st: 'estimate', p: '2023' })],
  ],
  [
    HOITHUYSAN_BACLIEU_2024,
    '5 tháng đầu năm 2024, xuất khẩu thủy sản tiếp tục là điểm sáng giúp tỉnh Bạc Liêu lọt vào top đầu cả nước về kim ngạch xuất khẩu ngành hàng tôm.',
    [],
  ],
  [
    HOITHUYSAN_BACLIEU_2024,
    'Thông tin từ Cục thống kê tỉnh Bạc Liêu cho thấy, trong 5 tháng đầu năm 2024, tổng giá trị kim ngạch xuất khẩu của toàn tỉnh ước đạt hơn 370 triệu USD, bằng 32% kế hoạch năm (tăng 9,6% so cùng kỳ năm trước).',
    [usd('370000000', { a: 'over', st: 'estimate', p: '2024-YTD-05', c: '32', ch: [`rate 9.6 ${SPLY}`] })],
  ],
  [
    HOITHUYSAN_BACLIEU_2024,
    'Trong đó, tôm đông lạnh ước đạt 353,79 triệu USD, đạt hơn 31% kế hoạch năm (tăng hơn 6,9% cùng kỳ).',
    [usd('353790000', { st: 'estimate', c: '31', ch: [`rate 6.9 ${SPLY}`] })],
  ],
  [
    HOITHUYSAN_BACLIEU_2024,
    'Bạc Liêu phấn đấu đến năm 2025, xuất khẩu của tỉnh đạt 1,3 tỷ USD và đến năm 2030 là 1,7 tỷ USD.',
    [goal(usd('1300000000', { p: '2025' })), goal(usd('1700000000', { p: '2030' }))],
  ],
  // Hà Giang's tourism, first nine months of 2023 (bvhttdl.gov.vn, the culture ministry's portal)
  [
    BVHTTDL_HAGIANG_9T_2023,
    'Hà Giang: Doanh thu du lịch 9 tháng năm 2023 đạt 5.072 tỷ đồng, tăng 58,6% so với cùng kỳ 2022',
    [vnd('5072000000000', { p: '2023-YTD-09', ch: ['rate 58.6 *'] })],
  ],
  [
    BVHTTDL_HAGIANG_9T_2023,
    'Theo thông tin của Sở Văn hóa Thể thao và Du lịch, 9 tháng năm 2023, tỉnh Hà Giang đã đón 2.158.400 lượt du khách, trong đó 218.080 lượt khách quốc tế, khách nội địa là 1.940.320 lượt người (tăng 35% so với cùng kỳ năm 2022, đạt 86% kế hoạch năm) doanh thu du lịch đạt 5.072 tỷ đồng, tăng 58,6% so với cùng kỳ 2022.',
    [
      n('2158400', { p: '2023-YTD-09' }),
      n('218080', { p: '2023-YTD-09' }),
      n('1940320', { p: '2023-YTD-09', ch: ['rate 35 *'], c: '86' }),
      vnd('5072000000000', { p: '2023-YTD-09', ch: ['rate 58.6 *'] }),
    ],
  ],
  [
    BVHTTDL_HAGIANG_9T_2023,
    '9 tháng năm 2023, ngành du lịch Hà Giang tiếp tục triển khai thực hiện có hiệu quả mục tiêu chung phát triển du lịch trở thành ngành kinh tế mũi nhọn.',
    [],
  ],
  // Hà Giang's tourism, first eight months of 2023 (dulichvn.org.vn)
  [
    DULICHVN_HAGIANG_8T_2023,
    'Trong 8 tháng của năm 2023, toàn tỉnh đón hơn 1,9 triệu lượt khách du lịch, trong đó có hơn 188.000 lượt khách quốc tế và trên 1,7 triệu lượt khách nội địa; tổng doanh thu từ du lịch đạt gần 4 nghìn tỷ đồng.',
    [
      n('1900000', { a: 'over', p: '2023-YTD-08' }),
      n('188000', { a: 'over', p: '2023-YTD-08' }),
      n('1700000', { a: 'over', p: '2023-YTD-08' }),
      vnd('4000000000000', { a: 'under', p: '2023-YTD-08' }),
    ],
  ],
  [
    DULICHVN_HAGIANG_8T_2023,
    'Đặc biệt, dịp nghỉ lễ 02/9 vừa qua, tổng lượng khách du lịch đến tỉnh đạt trên 75.000 người, tăng hơn 78% so với dịp nghỉ lễ 02/9 năm 2022, trong đó có trên 4.500 lượt khách nước ngoài và hơn 71.000 lượt khách nội đị; tổng doanh thu từ du lịch đạt 177 tỷ đồng.',
    [
      n('75000', { a: 'over', ch: ['rate 78 *'] }),
      n('4500', { a: 'over' }),
      n('71000', { a: 'over' }),
      vnd('177000000000'),
    ],
  ],
  // Hà Giang over the 30 April – 1 May 2024 holiday (duluanxahoi.vn, a tag page)
  [
    DULUANXAHOI_HAGIANG_2024,
    'Gần 143 nghìn du khách chọn Hà Giang là điểm đến trong kỳ nghỉ lễ',
    [n('143000', { a: 'under' })],
  ],
  [
    DULUANXAHOI_HAGIANG_2024,
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang thông tin, ước tính có 142.800 lượt du khách chọn Hà Giang là điểm đến trong kỳ nghỉ lễ 30/4 - 1/5 năm nay, tăng 13,5% so với cùng kỳ năm 2023.',
    [n('142800', { st: 'estimate', ch: ['rate 13.5 *'] })],
  ],
  [
    DULUANXAHOI_HAGIANG_2024,
    'Tổng doanh thu từ du lịch ước đạt 354,1 tỷ đồng.',
    [vnd('354100000000', { st: 'estimate' })],
  ],
  // Hà Giang's tourism to August 2023 (tapchitintuc.phanphoi.edu.vn)
  [
    PHANPHOI_HAGIANG_2023,
    'Cũng theo Sở Văn hoá – Thể thao và Du lịch Hà Giang, tổng doanh thu du lịch của địa phương miền núi phía Bắc này tính từ đầu năm tới hết tháng 8 ước đạt gần 4.000 tỷ đồng.',
    [vnd('4000000000000', { a: 'under', st: 'estimate' })],
  ],
  [
    PHANPHOI_HAGIANG_2023,
    'Theo Hiệp hội Du lịch tỉnh Hà Giang, địa phương này xếp thứ 25 trong top 52 điểm đến lý tưởng để ghé thăm trong năm 2023 của tạp chí danh tiếng The New York Times.',
    [],
  ],
  // Public investment, first seven months of 2023 (quocphongthudo.vn)
  [
    QPTD_7T_2023,
    'Tổng cục Thống kê cho biết, Chỉ số sản xuất ngành Công nghiệp (IIP) 7 tháng năm 2023 so với cùng kỳ năm trước đã tăng ở 49 địa phương.',
    [],
  ],
  [
    QPTD_7T_2023,
    'Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước tính chung 7 tháng, ước đạt hơn 291 nghìn tỷ đồng, bằng 41,3% kế hoạch năm và tăng 22,1% so với cùng kỳ năm trước.',
    [vnd('291000000000000', { a: 'over', st: 'estimate', c: '41.3', ch: [`rate 22.1 ${SPLY}`] })],
  ],
  // Quảng Trị's tourism, 2018 (truyenhinhdulich.vn, relaying Dân trí)
  [
    TRUYENHINHDULICH_QT_2018,
    'Thông tin từ Sở VH-TT&DL Quảng Trị cho biết, tổng lượng khách du lịch đến Quảng Trị trong năm 2018 ước đạt hơn 1,8 triệu lượt khách, tăng 10,3% so với năm 2017.',
    [n('1800000', { a: 'over', st: 'estimate', p: '2018', ch: ['rate 10.3 2017'] })],
  ],
  [
    TRUYENHINHDULICH_QT_2018,
    'Trong đó, khách quốc tế ước 168 nghìn lượt tăng 2,4%, khách nội địa ước hơn 1,6 triệu lượt tăng 11,2%.',
    [
      n('168000', { st: 'estimate', ch: ['rate 2.4 *'] }),
      n('1600000', { a: 'over', st: 'estimate', ch: ['rate 11.2 *'] }),
    ],
  ],
  [
    TRUYENHINHDULICH_QT_2018,
    'Tổng doanh thu kinh doanh du lịch xã hội ước đạt 1.624 tỷ đồng, tăng 6,8% so với năm 2017; trong đó doanh thu lưu trú và lữ hành của các doanh nghiệp du lịch chuyên ngành ước đạt 398 tỷ đồng, tăng 9,3% so với năm 2017.',
    [
      vnd('1624000000000', { st: 'estimate', ch: ['rate 6.8 2017'] }),
      vnd('398000000000', { st: 'estimate', ch: ['rate 9.3 2017'] }),
    ],
  ],
  [
    TRUYENHINHDULICH_QT_2018,
    'Tỉnh Quảng Trị đề ra mục tiêu trong năm 2019 có tổng lượng khách đến địa phương này ước đạt gần 2 triệu lượt, tăng 8,7 % so với năm năm 2018.',
    [goal(n('2000000', { a: 'under', st: 'estimate', p: '2019', ch: ['rate 8.7 2018'] }))],
  ],
  // Quảng Trị over the 2 September 2024 holiday (baoquangtri.vn, the provincial paper's topic page)
  [BAOQUANGTRI_NGHILE, 'Dịp lễ Quốc khánh 2/9: Nhiều du khách chọn đảo Cồn Cỏ làm điểm đến', []],
  [
    BAOQUANGTRI_NGHILE,
    'QTO - Dịp lễ Quốc khánh 2/9, cán bộ, công chức, viên chức và người lao động trong cả nước nghỉ 4 ngày (từ ngày 31/8 đến hết ngày 3/9), điều kiện thời tiết cũng khá thuận lợi nên lượng khách đến tham quan, trải nghiệm, nghỉ dưỡng tại các điểm du lịch trên địa bàn tỉnh Quảng Trị rất đông, ước đạt 58.240 lượt khách (tăng 187,9% so với kỳ nghỉ lễ năm 2023), chủ yếu là khách nội địa.',
    [n('58240', { st: 'estimate', ch: ['rate 187.9 *'] })],
  ],
  // Quảng Trị's tourism, February 2024 and the Tết holiday (nhaquanly.vn)
  [
    NHAQUANLY_QT_2024,
    'Lượng khách du lịch đến Quảng Trị ước tính ước đạt hơn 155.000 lượt, tăng hơn 24%',
    [n('155000', { a: 'over', st: 'estimate', ch: ['rate 24 *'] })],
  ],
  [
    NHAQUANLY_QT_2024,
    'Cụ thể, hơn 268.000 lượt khách du lịch đến tỉnh Quảng Trị trong tháng 2/2024.',
    [n('268000', { a: 'over', p: '2024-02' })],
  ],
  [
    NHAQUANLY_QT_2024,
    'Trong đó khách quốc tế đạt 15.500 lượt và khách nội địa ước đạt 252.500 lượt.',
    [n('15500'), n('252500', { st: 'estimate' })],
  ],
  [NHAQUANLY_QT_2024, 'Tổng thu từ khách du lịch ước đạt 185 tỷ đồng.', [vnd('185000000000', { st: 'estimate' })]],
  [
    NHAQUANLY_QT_2024,
    'Riêng dịp Tết Nguyên Đán vừa qua, lượng khách du lịch đến Quảng Trị ước tính đạt hơn 155.000 lượt, tăng hơn 24% so với tết Quý Mão 2023.',
    [n('155000', { a: 'over', st: 'estimate', ch: ['rate 24 *'] })],
  ],
  [
    NHAQUANLY_QT_2024,
    'Trong đó, có hơn 7.300 lượt khách quốc tế, phần lớn nhập cảnh qua Cửa khẩu quốc tế Lao Bảo và Cửa khẩu quốc tế La Lay.',
    [n('7300', { a: 'over' })],
  ],
  // Nam Định's fisheries, first eight months of 2017 (namdinhtv.vn, the provincial broadcaster)
  [
    NAMDINHTV_TS_2017,
    '8 tháng đầu năm 2017, tổng sản lượng thủy sản toàn tỉnh ước đạt gần 91,2 nghìn tấn, bằng 67,7% kế hoạch năm và tăng 6,8% so với cùng kỳ.',
    [tonne('91200', { a: 'under', st: 'estimate', p: '2017-YTD-08', c: '67.7', ch: [`rate 6.8 ${SPLY}`] })],
  ],
  [
    NAMDINHTV_TS_2017,
    'Trong đó, sản lượng thủy sản khai thác đạt 33,8 nghìn tấn, giảm 0,1% so với cùng kỳ.',
    [tonne('33800', { ch: [`rate -0.1 ${SPLY}`] })],
  ],
  [
    NAMDINHTV_TS_2017,
    'Sản lượng nuôi trồng thủy sản đạt 57,4 nghìn tấn, tăng 11,2% so với cùng kỳ.',
    [tonne('57400', { ch: [`rate 11.2 ${SPLY}`] })],
  ],
  [NAMDINHTV_TS_2017, 'Toàn tỉnh đã sản xuất được 10.994 triệu con giống thủy sản các loại.', [n('10994000000')]],
  [
    NAMDINHTV_TS_2017,
    'Các huyện, thành phố tiếp tục đẩy mạnh khuyến khích phát triển NTTS theo hướng tập trung, áp dụng công nghệ cao; tăng cường xúc tiến xây dựng chuỗi, vùng liên kết sản xuất và tiêu thụ sản phẩm thủy sản.',
    [],
  ],
  // The national fisheries directorate's first half of 2020 (thoibaongaynay.vn, relaying Hà Nội Mới)
  [
    THOIBAONGAYNAY_TS_H1_2020,
    'Tổng sản lượng thủy sản 6 tháng đầu năm ước đạt 3,86 triệu tấn',
    [tonne('3860000', { st: 'estimate' })],
  ],
  [
    THOIBAONGAYNAY_TS_H1_2020,
    'Mặc dù dịch Covid-19 đã tác động không nhỏ đến hoạt động sản xuất, chế biến và xuất khẩu, tuy nhiên, tổng sản lượng thủy sản 6 tháng đầu năm 2020 cả nước ước đạt 3,86 triệu tấn (tăng 1,6% so với cùng kỳ năm 2019).',
    [tonne('3860000', { st: 'estimate', p: '2020-H1', ch: ['rate 1.6 *'] })],
  ],
  [
    THOIBAONGAYNAY_TS_H1_2020,
    'Trong đó sản lượng khai thác đạt 1,88 triệu tấn (tăng 1,4%), sản lượng nuôi trồng đạt 1,97 triệu tấn (tăng 1,8%).',
    [tonne('1880000', { ch: ['rate 1.4 *'] }), tonne('1970000', { ch: ['rate 1.8 *'] })],
  ],
  [
    THOIBAONGAYNAY_TS_H1_2020,
    'Tổng kim ngạch xuất khẩu thủy sản 6 tháng đầu năm 2020 ước đạt 3,56 tỷ USD, bằng 91,4% cùng kỳ và đạt 35,6% kế hoạch.',
    [usd('3560000000', { st: 'estimate', p: '2020-H1', ch: [`ratio 91.4 ${SPLY}`], c: '35.6' })],
  ],
  [
    THOIBAONGAYNAY_TS_H1_2020,
    'Để đạt mục tiêu tổng sản lượng thủy sản năm 2020 đạt 8,56 triệu tấn (trong đó, sản lượng khai thác là 3,9 triệu tấn, sản lượng nuôi trồng là 4,66 triệu tấn), Tổng cục Thủy sản sẽ phối hợp với các địa phương thúc đẩy sản xuất nuôi trồng thủy sản để hoàn thành mục tiêu kế hoạch năm 2020, trong đó tập trung các sản phẩm chủ lực như tôm nước lợ, cá tra...',
    [
      goal(tonne('8560000', { p: '2020' })),
      goal(tonne('3900000', { p: '2020' })),
      goal(tonne('4660000', { p: '2020' })),
    ],
  ],
  // Đắk Lắk's farm exports, first half of 2023 (tapchinongthonmoi.vn)
  [TAPCHINTM_DAKLAK_2023, 'Đắk Lắk xuất khẩu nông sản đạt 810 triệu USD', [usd('810000000')]],
  [
    TAPCHINTM_DAKLAK_2023,
    'Theo Sở Công thương tỉnh Đắk Lắk, từ đầu năm 2023 tới nay, toàn tỉnh xuất khẩu được trên 810 triệu USD (tương đương khoảng 19.000 tỷ đồng), tăng 2% so với cùng kỳ năm ngoái, và đạt 50,6% kế hoạch năm.',
    [usd('810000000', { a: 'over', ch: [`rate 2 ${SPLY}`], c: '50.6' })],
  ],
  [
    TAPCHINTM_DAKLAK_2023,
    'Cụ thể, 6 tháng qua Đắk Lắk xuất khẩu được 228.000 tấn cà phê, thu khoảng 485 triệu USD, tương đương gần 12 nghìn tỷ đồng; Thứ 2 là điều với 2.500 tỷ đồng; thứ 3 là hồ tiêu, khoảng 1.800 tỷ đồng; còn lại là cao su, các sản phẩm đồ gỗ và các mặt hàng trái cây, gạo, mắc ca …',
    [tonne('228000'), usd('485000000', { a: 'about' }), vnd('2500000000000'), vnd('1800000000000', { a: 'about' })],
  ],
  [
    TAPCHINTM_DAKLAK_2023,
    'Ông Huỳnh Ngọc Dương – Phó giám đốc Sở Công Thương cho biết, để duy trì được đà tăng trưởng dương cũng như đảm bảo việc xuất khẩu nông sản của Đắk Lắk đạt 1 tỷ 610 triệu USD (khoảng 38.000 tỷ đồng) theo kế hoạch năm 2023, ngành Công thương đang tích cực triển khai nhiều nhóm giải pháp hỗ trợ doanh nghiệp trong việc xuất khẩu các mặt hàng nông sản.',
    [goal(usd('1610000000', { p: '2023' }))],
  ],
  // Đắk Lắk's coffee exports, 2022 (phunuthanhdat.vn)
  [PHUNUTHANHDAT_CAPHE_2022, 'Đắk Lắk: Sản lượng xuất khẩu cà phê năm 2022 cao kỷ lục', []],
  [
    PHUNUTHANHDAT_CAPHE_2022,
    'Trong năm 2022, sản lượng cà phê xuất khẩu của tỉnh Đắk Lắk đạt 380.000 tấn.',
    [tonne('380000', { p: '2022' })],
  ],
  [
    PHUNUTHANHDAT_CAPHE_2022,
    'Kim ngạch xuất khẩu cà phê của tỉnh Đắk Lắk đạt 798 triệu USD (chiếm 53,2% kim ngạch xuất khẩu toàn tỉnh).',
    [usd('798000000')],
  ],
  [
    PHUNUTHANHDAT_CAPHE_2022,
    'Giá xuất khẩu cà phê nhân bình quân của các doanh nghiệp tỉnh Đắk Lắk trong niên vụ cà phê 2021-2022 đạt 2.037 USD/tấn, tăng 363 USD/tấn so với niên vụ 2020-2021.',
    [n('2037')],
  ],
  [
    PHUNUTHANHDAT_CAPHE_2022,
    'Công ty TNHH Một thành viên Xuất nhập khẩu 2/9 Đắk Lắk tiếp tục là đơn vị dẫn đầu về xuất khẩu cà phê với 106.404 tấn, đạt kim ngạch gần 220 triệu USD.',
    [tonne('106404'), usd('220000000', { a: 'under' })],
  ],
  [
    PHUNUTHANHDAT_CAPHE_2022,
    'Về thị trường xuất khẩu, cà phê Đắk Lắk xuất khẩu đến 64 thị trường, trong đó Nhật Bản tiếp tục là thị trường lớn nhất.',
    [n('64')],
  ],
  // Đắk Lắk's exports, April 2012 (caphedaklak.com, relaying the trade department)
  [
    CAPHEDAKLAK_XK_2012,
    'Kim ngạch xuất khẩu Đắk Lắk tháng 4 ước đạt 70 triệu USD',
    [usd('70000000', { st: 'estimate' })],
  ],
  [
    CAPHEDAKLAK_XK_2012,
    'Theo Sở Công thương Dak Lak: kim ngạch xuất khẩu toàn tỉnh tháng 4 ước đạt 70 triệu USD, lũy kế 4 tháng đầu năm 2012 là 280 triệu USD, đạt 40% kế hoạch, giảm 0,18 % so với cùng kỳ năm 2011.',
    [usd('70000000', { st: 'estimate' }), usd('280000000', { p: '2012-YTD-04', c: '40', ch: ['rate -0.18 *'] })],
  ],
  [
    CAPHEDAKLAK_XK_2012,
    'Trong đó: cà phê nhân 30.000 tấn, cao su 1.000 tấn, hạt tiêu 500 tấn, điều 15 tấn, bột mì (sắn) 5.000 tấn, mật ong 200 tấn…',
    [tonne('30000'), tonne('1000'), tonne('500'), tonne('15'), tonne('5000'), tonne('200')],
  ],
  [
    CAPHEDAKLAK_XK_2012,
    'Riêng cà phê và hạt tiêu xuất khẩu giảm do nông dân tạm trữ chờ tăng giá và tình trạng tiêu chết tại một số địa phương làm ảnh hưởng đến sản lượng xuất khẩu; mặt khác, cao su xuất khẩu trong tháng 4 cũng giảm do thị trường đang hạn chế đầu ra.',
    [],
  ],
  // Đắk Lắk's coffee markets, crop year 2013–2014 (baodaklak.vn, the provincial paper)
  [
    BAODAKLAK_CAPHE_2014,
    'Theo thông tin từ UBND tỉnh, hiện tại cà phê Dak Lak đã xuất khẩu đến 58 nước và vùng lãnh thổ, giảm 4 thị trường so với niên vụ trước đó (niên vụ 2012- 2013 xuất khẩu đến 62 nước và vùng lãnh thổ).',
    [n('58'), n('62')],
  ],
  [
    BAODAKLAK_CAPHE_2014,
    'Đức vẫn dẫn đầu về nhập khẩu cà phê của Dak Lak nhưng hiện đã sụt giảm mạnh (39,7% về lượng và 38,5% về kim ngạch) so với niên vụ trước, tiếp đó là Nhật Bản giảm 17,8% về lượng và 17% về kim ngạch.',
    [ch('rate -39.7 *'), ch('rate -38.5 *'), ch('rate -17.8 *'), ch('rate -17 *')],
  ],
  [
    BAODAKLAK_CAPHE_2014,
    'Một số thị trường có sự tăng trưởng mạnh như Trung Quốc tăng 82,5% về lượng và 79,2% về kim ngạch; Pháp tăng 61,9% về lượng và 60% về kim ngạch.',
    [ch('rate 82.5 *'), ch('rate 79.2 *'), ch('rate 61.9 *'), ch('rate 60 *')],
  ],
  // Điện Biên over the 70th anniversary of Điện Biên Phủ, 2024 (baophunuthudo.vn)
  [
    PNTD_DIENBIEN_2024,
    'Dịp kỷ niệm 70 năm chiến thắng Điện Biên Phủ tỉnh Điện Biên đón hơn 370.000 lượt khách du lịch',
    [n('370000', { a: 'over' })],
  ],
  [
    PNTD_DIENBIEN_2024,
    '(PNTĐ) - Chỉ tính riêng từ ngày 30/4 - 7/5, tỉnh Điện Biên đón hơn 370.000 lượt khách du lịch, doanh thu trên 390 tỷ đồng.',
    [n('370000', { a: 'over' }), vnd('390000000000', { a: 'over' })],
  ],
  [PNTD_DIENBIEN_2024, 'Năm ngoái, tỉnh Điện Biên lần đầu tiên đạt mốc đón 1 triệu lượt du khách.', [n('1000000')]],
  [
    PNTD_DIENBIEN_2024,
    'Năm nay, khi hoàn thành đăng cai Năm Du lịch quốc gia và là năm kỷ niệm 70 năm chiến thắng Điện Biên Phủ, tỉnh phấn đấu đón 1,3 triệu lượt khách du lịch với tổng doanh thu ước tính khoảng 2.200 tỷ đồng.',
    [goal(n('1300000')), goal(vnd('2200000000000', { a: 'about', st: 'estimate' }))],
  ],
  // Điện Biên's tourism to 7 May 2024 (langsontv.vn, relaying Nhân Dân)
  [
    LANGSONTV_DIENBIEN_2024,
    'Du lịch Điện Biên đạt doanh thu gần 1.900 tỷ đồng',
    [vnd('1900000000000', { a: 'under' })],
  ],
  [
    LANGSONTV_DIENBIEN_2024,
    'Từ ngày 1/1 đến hết ngày 7/5/2024, tỉnh Điện Biên đã đón hơn 1 triệu lượt khách du lịch.',
    [n('1000000', { a: 'over' })],
  ],
  [
    LANGSONTV_DIENBIEN_2024,
    'Ông Phạm Văn Thăng, Trưởng phòng Du lịch (Sở Văn hóa, Thể thao và Du lịch Điện Biên), cho biết: Trong số hơn 1 triệu lượt khách du lịch đến Điện Biên có 4.800 lượt khách quốc tế; tổng doanh thu từ hoạt động du lịch đạt hơn 1.896,9 tỷ đồng.',
    [n('1000000', { a: 'over' }), n('4800'), vnd('1896900000000', { a: 'over' })],
  ],
  [
    LANGSONTV_DIENBIEN_2024,
    'Đợt cao điểm (từ ngày 30/4 đến ngày 7/5), tỉnh Điện Biên đón 371.000 lượt khách du lịch; tổng thu từ hoạt động du lịch đạt hơn 390,3 tỷ đồng.',
    [n('371000'), vnd('390300000000', { a: 'over' })],
  ],
  [
    LANGSONTV_DIENBIEN_2024,
    'Năm 2014, kỷ niệm 60 năm Chiến thắng Điện Biên Phủ, tỉnh Điện Biên đón 587.029 lượt khách.',
    [n('587029', { p: '2014' })],
  ],
  [
    LANGSONTV_DIENBIEN_2024,
    'Năm 2019, kỷ niệm 65 năm Chiến thắng Điện Biên Phủ, tỉnh Điện Biên đón 477.065 lượt khách.',
    [n('477065', { p: '2019' })],
  ],
];

export const TEST22_VI: readonly RealSentence[] = TEST22_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test22-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test22',
}));
