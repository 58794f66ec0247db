import type { RealFact, RealSentence } from './types';

/**
 * The TWENTY-FOURTH fresh set (`test24`), Vietnamese part (`test24-en.ts` is another builder's part, not read):
 * sentences copied verbatim from the stored text the `pages` search index returns, on sites absent from every
 * earlier file of `real-corpus/` (each domain grepped with `grep -ril` over the folder, and a distinctive figure
 * of each page grepped too: every hit was this file). 2009–2023, 20 domains, 22 addresses. The extractor was not
 * run on these sentences and `src/extract` was not read.
 *
 * Sources (company, sector and statistics pages on small sites rather than the national and provincial press,
 * which earlier sets have read; rows in brackets):
 * - June and first-half exports, GSO figures relayed by an agricultural-engineering society (agtek.org.vn, 001–007);
 * - TCO's 2022 annual report, page 40, text version of a flipbook (fliphtml5.com, 008–010);
 * - a VietinBank branch's income 2013–2015 and loss-making seaports in 2010, two thesis excerpts
 *   (tailieuthamkhao.com, 011–014 and 019);
 * - Military Hospital 354's 2013 results (benhvien354.vn, 015–016);
 * - rice output and exports in 2020, a section page (investgo.vn, 017–018);
 * - water losses, a water-meter company's explainer (lacvietco-jsc.com.vn, 020);
 * - Central Hydropower JSC, September and nine months of 2022 (chp.vn, 021–024);
 * - industrial clusters of the southern key economic region (arid.gov.vn, 025–026);
 * - Vietnam Rubber Group to 30 April 2009 (agro.gov.vn, 027–029);
 * - Vietnam Rubber Group to 15 August 2014 and Dau Tieng Rubber to 25 June, relays of the rubber magazine on a
 *   rubber company's site (sado.com.vn, 030–034 and 035–038);
 * - Vinacomin, April and four months of 2019 (kinhdoanh.chonkheo.com, 039–045);
 * - Tay Ninh city's farmers' union (khoahocchonhanong.com.vn, 046–049);
 * - wood exports 2004–2019 (gappingworld.com, 050);
 * - Hau Giang Pharma's 2022 results and 2023 plan (thitruongbiz.vn, 051–057);
 * - Thanh Hoa's industrial parks, a journal abstract (tailieumienphi.vn, 058);
 * - Ha Giang's 2017 results, the province's investment-promotion portal (xuctiendautuhagiang.gov.vn, 059–064);
 * - the power system's peak load on 19 May 2019, a page served by address (202.6.96.105:9001, 065);
 * - business registrations: November and eleven months of 2019 (moitruongngaynay.vn, 066–070), July 2019
 *   (ketoanhoasen.com, 071–073), eight months of an unnamed year (mr-doom.com, 074–075).
 * Searched for and left out, every page with figures being on a domain an earlier set read: national press
 * (vietnamplus, thanhnien, vnexpress, cafef, vneconomy, vietbao, nld, cand, tienphong, soha, kienthuc, baomoi,
 * m.baomoi, baomoi.net.vn, plo, baodautu, baodauthau, tinnhanhchungkhoan, thoibaotaichinhvietnam, tapchitaichinh,
 * nhandan, quochoitv, baogiaothong, vov, kenh14, doanhnhan, doanhnhanvn, thuonghieucongluan, kinhtevadubao,
 * thitruonghanghoa, vietnambiz, markettimes, trangtraiviet, kinhtedothi, f247, stockproxx, mekongasean, nongnghiep,
 * congthuong, vnbiznews, dienluc247, ptcophieu, nguoiduatin, baophapluat), provincial papers and broadcasters
 * (baogialai, baobariavungtau, baoquangnam, baothaibinh, baodongnai, baobinhduong, binhduongtimes, baothainguyen,
 * baophutho, baovinhlong, baoninhthuan, baolaocai, baocamau, baosonla, gialaitv, thainguyentv, thvl, laocaitv),
 * portals and subdomains of read portals (quangbinh.gov.vn, luongson.hoabinh.gov.vn, ctk.thanhhoa.gov.vn beside the
 * read vienkiemsat.thanhhoa.gov.vn, namdinh.gso.gov.vn and thongketuyenquang.gso.gov.vn under the read gso.gov.vn,
 * cucthongkelangson, tnmttuyenquang, etime.danviet under the read danviet, laodongtre.laodong.vn, vietnammedia.vnanet.vn),
 * document sites (123docz, scribd, luanvan.net.vn, tailieu.vn, thuviennhadat) and others (consosukien, vinanet,
 * viet-an.vn, tongkhocongnghiep, goviet.org.vn, thuonggiaonline, bsa.org.vn, tysobongda, insights.goonus,
 * lib.hutech, vn24h, nghean24h, lapphuong, vusta, batdongsan.com.vn). Left out as well: spam mirrors of newspapers
 * (nbwbet.com, with gambling words pasted into the text), bsc.com.vn and cophieu68 tables, tag pages with only a
 * title (pti.com.vn, banker.vn, bnews.vn), a sugar-association sentence cut off by `… Read more`
 * (miaduongcaobang.vn), the last sentence of the DHG page (cut off), `nửa triệu lao động` (a figure in words) of
 * the wood page, a ranking sentence (xuatnhapkhau.forumvi.com) and summaries without figures (visjsc.vn,
 * thongkedaklak.gov.vn, vietbuildforum.vn).
 * 75 rows, 127 facts, 9 rows that yield nothing (12 %: lead sentences, an explanation without figure, a range
 * `6,5-6,7 triệu tấn`, a range of completions `130-150% chỉ tiêu`, a condition `nếu hoàn thành … nghìn tỷ đồng`,
 * shares of GRDP, a qualitative comparison with the same period).
 *
 * Whole sentences as stored; headlines with a figure are rows of their own, without a final stop (017, 021, 027,
 * 039). List markers (`- `, `1-`, `2-`) are dropped as tags. Slips and forms of the source are kept: the decimal
 * points of the thesis (`49.97`, `326.31`, `0.6%`) and of `tăng 2.5%` beside decimal commas, the flipbook's line
 * breaks (`kết\n\nquả`, stored as `\n\n` inside the sentence), `đin`, `sản lưng` (letters lost on chp.vn), `cùng kì`,
 * `kì vọng`, `qui đổi`, `tỉ`, `VNĐ`, `17,2 %`, `14,0%`, `78.195m`, `tháng 11.2019`, `123 tỷ đồng....)`, `thuốc nổ
 * 7.000 tấn…`, `so với cùng kỳ năm trước…`.
 *
 * Conventions (those of `test23-vi.ts`, `test23b-vi.ts`, `test22-vi.ts`, `test21-vi.ts` and `types.ts`): `so với
 * cùng kỳ`, `so với cùng kỳ năm trước/năm ngoái` are the same period last year; `so với tháng trước` the previous
 * period; `so với tháng 10.2019` the month `2019-10`; `so với năm 2013/2014/2016/2021`, `so với thực hiện 2021` the
 * year; `so với cùng kỳ năm 2013/2018`, `cùng kì 2018`, `so với năm trước`, `so với thực hiện năm trước` and changes
 * without a stated base (or leaning on a base printed for another figure) are `*`. `đạt/bằng X% (so) kế hoạch (KH)`
 * are completions (a bound on a completion, `đạt trên 30% kế hoạch`, has no field); `so với kế hoạch năm 2022,
 * doanh thu tăng 18%` is a completion of 118 (as test23b reads `tăng X% so với chỉ tiêu`); `bằng 111% so với cùng kì
 * 2018`, `bằng 96,7% so với tiến độ cùng kỳ năm 2013` are `ratio`s. `ước`, `ước tính` give the stage `estimate` to
 * their own figure; `hơn`, `trên`, `tối thiểu` are lower bounds, `gần`, `dưới` upper bounds, `khoảng` an
 * approximation. Plans (`lên kế hoạch`, `chỉ tiêu`), `mục tiêu`, `phấn đấu` are targets. `tỷ đồng`, `tỉ đồng`, `tỷ
 * VNĐ`, `triệu đồng` are `VND` (`nghìn tỉ`, `triệu tỉ` scaled); `tỷ USD`, `tỉ USD` `USD`; `tấn`, `triệu tấn`, `vạn
 * tấn` `tonne` (39 vạn = 390 000); `dự án` `project`; rates (`tỉ lệ … 75,12%`, bed use, fill rate, water losses)
 * are values in `percent`; kWh, MW, m3, metres, patients, enterprises, workers, members, households and figures
 * with a slash (`34,3 triệu đồng/tấn`, `4 triệu đồng/người/tháng`, `4 triệu tấn/tháng`) are values without a unit.
 * Absolute differences (`tăng 1,46 triệu tấn`, `cao hơn 1.115 tấn`, `tương đương 1,6 triệu đồng`), shares
 * (`chiếm 35,7%`, `(0,73%)` of transferred patients), points of a share (`giảm 1 điểm phần trăm`), ranges, dates,
 * temperatures and the `vượt mục tiêu Nghị quyết 0,36%` (points over a target) are no facts. A period is given when
 * the sentence names it with its year (`năm 2022`, `tháng 9/2022` `2022-09`, `Lũy kế 9 tháng đầu năm 2022`
 * `2022-YTD-09`, `Tính đến ngày 30/4/2009` `2009-YTD-04`, `Tính chung 11 tháng năm 2019` `2019-YTD-11`, `Đến hết
 * năm 2012` `2012`); `tháng 6`, `Quý III`, `9 tháng`, `Đến 15/8`, `4 tháng đầu năm` without a year give none, and a
 * plan's year (`kế hoạch (KH) năm 2014`, `kế hoạch năm 2019`) is not the period of the figure.
 *
 * Judgement calls: Hospital 354's `đạt 129,88%` and `(130%)` after counts, in a story headed `vượt chỉ tiêu`, are
 * completions; its `cao hơn khoảng 7% so với năm trước` is written `rate 7 *` on the 75.12 % rate (the `khoảng`
 * cannot be carried); `10,1/15 ngày` gives the 10.1 days only (the 15, a norm by the look of it, is not named as a
 * plan). VRG's `miền Đông Nam bộ đạt 46,6%` (and Tây Nguyên, DHMT) are progress against the plan, so completions
 * without a value, each with its `ratio` on the same progress a year earlier. Agro's headline `Mỗi tấn mủ cao su
 * lợi nhuận 10 triệu đồng` is a value of 10 million `VND` (no slash is printed). TKV's headline `kì vọng đạt 4 triệu
 * tấn vào tháng 5` is a target, like the body's `phấn đấu … 4 triệu tấn`; `tối thiểu 3,8 triệu tấn` a lower-bounded
 * target. DHG's `lãi … là 752 tỷ` is read as `VND` though `đồng` is not printed. Agtek's `tăng 2.5%` is read as 2.5.
 * The thesis's `49.97 tỷ đồng` and the like are read with the point as a decimal point (a branch's income, not
 * thousands of billions). Ha Giang's `GRDP ước tăng 7,36%` is a change-only fact with the stage `estimate`. The
 * flipbook sentences keep their stored line breaks.
 *
 * Second pass (4 December 2026): every row re-read against its sentence alone, field by field (value and scale of
 * `tỷ`, `tỉ`, `triệu`, `nghìn`, `vạn` and of decimal commas and points; unit; bound; completion; change form,
 * amount and base; period; stage; target). Changed: the arid.gov.vn and farmers'-union counts of `dự án` were
 * given the unit `project` (first written as bare values); the unused `ha` helper was removed. Checked and kept:
 * `*` for `cùng kỳ năm 2013/2018` and for changes leaning on a base printed for an earlier figure, the absence of
 * a period for the VRG and TKV figures whose sentence names only the plan's year, the completions read from
 * progress percentages. Verbatim: every row was copied from the stored text the search returned for its
 * address; a second retrieval (a search with the page's own phrases) brought back agtek.org.vn, and rows 001–007
 * were re-compared word for word against it (no difference); the other addresses were retrieved once (a second
 * search for chp.vn brought back other pages only).
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const AGTEK_XUATKHAU_H1 =
  'https://agtek.org.vn/ContentDetail/Tin-Tuc/297-35407/hoa-ky-la-thi-truong-xuat-khau-lon-nhat-cua-viet-nam-voi-kim-ngach-dat-30-3-ty-usd-tang-10-3';
const FLIPHTML5_TCO_2022 = 'https://fliphtml5.com/myubp/tcyb/TOS_-_BCTN_20.04_final/40/';
const TAILIEUTHAMKHAO_VIETINBANK_CN12 =
  'https://tailieuthamkhao.com/thuc-trang-hoat-dong-cho-vay-ngan-han-va-mot-so-giai-phap-nang-cao-chat-6-116156';
const BENHVIEN354_2013 =
  'http://benhvien354.vn/tin-tuc/benh-vien-354-kham-thu-dung-dieu-tri-vuot-chi-tieu-chuyen-mon-33.html';
const INVESTGO_GAO_2020 = 'http://investgo.vn/tieu-dung/nong-san/';
const TAILIEUTHAMKHAO_CANGBIEN = 'https://tailieuthamkhao.com/dau-tu-phat-trien-cang-bien-viet-nam-26-40797';
const LACVIET_THATTHOATNUOC = 'https://lacvietco-jsc.com.vn/tim-hieu-ve-that-thoat-nuoc-kinh-te';
const CHP_9THANG_2022 = 'https://chp.vn/TinTuc/TinTucChiTiet.aspx?id=1283';
const ARID_CUMCONGNGHIEP =
  'http://arid.gov.vn/tin-tuc/danh-muc/quy-hoach-quan-ly-cum-cong-nghiep/quy-hoach-cum-cong-nghiep_12/?page=7';
const AGRO_CAOSU_2009 = 'http://agro.gov.vn/vn/tID14531_Moi-tan-mu-cao-su-loi-nhuan-10-trieu-dong-.html';
const SADO_VRG_2014 = 'https://sado.com.vn/san-luong-thu-mua-cao-hon-1-115-tan-so-cung-ky/';
const SADO_DAUTIENG = 'http://sado.com.vn/cao-su-dau-tieng-tong-doanh-thu-6-thang-dat-558-ty-dong/';
const CHONKHEO_TKV_2019 =
  'http://kinhdoanh.chonkheo.com/4-thang-dau-nam-tkv-khai-thac-gan-15-trieu-tan-than-nguyen-khai-ki-vong-dat-4-trieu-tan-vao-thang-5/';
const KHOAHOCCHONHANONG_TAYNINH =
  'http://www.khoahocchonhanong.com.vn/hnd-thanh-pho-tay-ninh-xay-dung-duoc-178-to-tiet-kiem-va-vay-von.html';
const GAPPINGWORLD_GO =
  'http://gappingworld.com/45816-Tong-quan-nganh-che-bien-go-Viet-Nam-%E2%80%93-Phan-1:-So-luoc-nganh';
const THITRUONGBIZ_DHG_2023 =
  'https://thitruongbiz.vn/duoc-hau-giang-dhg-dat-ke-hoach-lai-1130-ty-trong-nam-2023-9329.html';
const TAILIEUMIENPHI_THANHHOA_KCN =
  'http://tailieumienphi.vn/doc/danh-gia-hieu-qua-hoat-dong-cua-cac-khu-cong-nghiep-va-khu-kinh-te-o-tinh-thanh--hs4fuq.html';
const XTDT_HAGIANG_2017 =
  'http://xuctiendautuhagiang.gov.vn/chi-tiet-bv/ket-qua-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-nam-2017.html';
const EVN_IP_CONGSUAT = 'http://202.6.96.105:9001/he-thong-dien.html';
const MOITRUONGNGAYNAY_DN_2019 =
  'https://moitruongngaynay.vn/so-doanh-nghiep-thanh-lap-moi-trong-11-thang-tang-gan-7_t114c2n17107';
const KETOANHOASEN_DN_2019 = 'https://ketoanhoasen.com/tinh-hinh-dang-ky-doanh-nghiep-thang-7-va-7-thang-nam-2019';
const MRDOOM_DN_8THANG = 'https://mr-doom.com/them-hon-92-000-dn-gia-nhap-thi-truong-trong-8-thang';

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const proj = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'project', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // Exports in June and the first half of a year, GSO figures relayed (agtek.org.vn)
  [
    AGTEK_XUATKHAU_H1,
    'Tiếp đến là Trung Quốc đạt 19,5 tỷ USD, tăng 17,4% (do mặt hàng điện thoại và linh kiện tăng 127,9%).',
    [usd('19500000000', { ch: ['rate 17.4 *'] }), ch('rate 127.9 *')],
  ],
  [AGTEK_XUATKHAU_H1, 'Thị trường EU đạt 16,1 tỷ USD, giảm 8,8%.', [usd('16100000000', { ch: ['rate -8.8 *'] })]],
  [
    AGTEK_XUATKHAU_H1,
    'Tính riêng trong tháng 6, kim ngạch hàng hóa xuất khẩu tháng 6 vừa qua ước tính đạt 21 tỷ USD, tăng 9,5% so với tháng trước, trong đó khu vực kinh tế trong nước đạt 7,4 tỷ USD, tăng 2.5%; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt 13,6 tỷ USD, tăng 13,7%.',
    [
      usd('21000000000', { st: 'estimate', ch: [`rate 9.5 ${PREV}`] }),
      usd('7400000000', { ch: ['rate 2.5 *'] }),
      usd('13600000000', { ch: ['rate 13.7 *'] }),
    ],
  ],
  [
    AGTEK_XUATKHAU_H1,
    'So với cùng kỳ năm trước, kim ngạch hàng hóa xuất khẩu tháng Sáu giảm 2%, trong đó khu vực kinh tế trong nước tăng 7,3%; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) giảm 6,4%.',
    [ch(`rate -2 ${SPLY}`), ch(`rate 7.3 ${SPLY}`), ch(`rate -6.4 ${SPLY}`)],
  ],
  [
    AGTEK_XUATKHAU_H1,
    'Kim ngạch một số mặt hàng bị tác động bởi dịch Covid-19 do nhu cầu tiêu thụ tại các thị trường Mỹ và châu Âu sụt giảm: Điện thoại và linh kiện giảm 15,3% so với cùng kỳ năm trước; dệt may giảm 23,6%; giày dép giảm 11%; thủy sản giảm 5,2%.',
    [ch(`rate -15.3 ${SPLY}`), ch('rate -23.6 *'), ch('rate -11 *'), ch('rate -5.2 *')],
  ],
  [
    AGTEK_XUATKHAU_H1,
    'Tuy nhiên, kim ngạch xuất khẩu điện tử, máy tính và linh kiện trong tháng vẫn đạt giá trị tăng khá với 26,6% so với cùng kỳ năm trước.',
    [ch(`rate 26.6 ${SPLY}`)],
  ],
  [
    AGTEK_XUATKHAU_H1,
    'Nhóm hàng công nghiệp nhẹ và tiểu thủ công nghiệp ước tính đạt 43,3 tỷ USD, giảm 3,7% và chiếm 35,7% (giảm 1 điểm phần trăm).',
    [usd('43300000000', { st: 'estimate', ch: ['rate -3.7 *'] })],
  ],
  // TCO's 2022 annual report, page 40 (fliphtml5.com, a flipbook's text version; line breaks as stored)
  [
    FLIPHTML5_TCO_2022,
    'TCO đã chủ động thực hiện nhiều giải pháp, huy động mọi nguồn lực, tập trung chỉ đạo điều hành\n\nmột cách quyết liệt nhằm cố gắng duy trì và hoàn thành mục tiêu SXKD năm 2022.',
    [],
  ],
  [
    FLIPHTML5_TCO_2022,
    'Theo đó, kết\n\nquả kinh doanh hợp nhất thực hiện cả năm 2022 đạt 1.543,82 tỷ VNĐ doanh thu, đạt 99% kế hoạch\n\nnăm 2022, giảm 3% so với thực hiện năm trước.',
    [vnd('1543820000000', { p: '2022', c: '99', ch: ['rate -3 *'] })],
  ],
  [
    FLIPHTML5_TCO_2022,
    'Lợi nhuận hợp nhất sau thuế thực hiện cả năm\n\n2022 đạt 162 tỷ VNĐ, đạt 92% kế hoạch và giảm 22% so với thực hiện 2021.',
    [vnd('162000000000', { p: '2022', c: '92', ch: ['rate -22 2021'] })],
  ],
  // A VietinBank branch's income 2013–2015, from a thesis excerpt (tailieuthamkhao.com; decimal points as stored)
  [
    TAILIEUTHAMKHAO_VIETINBANK_CN12,
    'Đến năm 2015, tuy doanh thu có tốc độ tăng trưởng tốt nhưng chi phí có tốc độ gia tăng cao hơn so với doanh thu nên năm 2015 vẫn có lợi nhuận đạt 49.97 tỷ đồng nhưng với tốc độ tăng trưởng thấp, chỉ tăng 0.6% cụ thể là tăng 0.3 tỷ đồng so với năm 2014.',
    [vnd('49970000000', { p: '2015', ch: ['rate 0.6 2014'] })],
  ],
  [
    TAILIEUTHAMKHAO_VIETINBANK_CN12,
    'Trong đó tổng thu nhập (bao gồm thu nhập chính từ thu lãi và các khoản thu nhập khác ngoài lãi) năm 2014 đạt 326.31 tỷ đồng giảm 5.67 tỷ đồng tương ứng với 1.71% so với năm 2013 là 331.98 tỷ đồng.',
    [vnd('326310000000', { p: '2014', ch: ['rate -1.71 2013'] }), vnd('331980000000', { p: '2013' })],
  ],
  [
    TAILIEUTHAMKHAO_VIETINBANK_CN12,
    'Tuy nhiên với sự nỗ lực cao trong các hoạt động, ngân hàng đã nâng thu nhập của mình lên mức 336.55 tỷ đồng vào năm 2015, tăng lên 3.14% cụ thể là 10.24 tỷ đồng so với năm 2014.',
    [vnd('336550000000', { p: '2015', ch: ['rate 3.14 2014'] })],
  ],
  [
    TAILIEUTHAMKHAO_VIETINBANK_CN12,
    'Chỉ tiêu này thông thường tỷ lệ thuận với thu nhập nhưng luôn tỷ lệ nghịch với lợi nhuận.',
    [],
  ],
  // Military Hospital 354: 2013 results (benhvien354.vn, a QĐND Online story on the hospital's site)
  [
    BENHVIEN354_2013,
    'Hội nghị đánh giá, trong năm 2013, mặc dù còn gặp nhiều khó khăn song bệnh viện đã hoàn thành tốt nhiệm vụ chuyên môn.',
    [],
  ],
  [
    BENHVIEN354_2013,
    'Bệnh viện đã khám bệnh cho 181.829 lượt bệnh nhân, đạt 129,88%; thu dung 13.000 lượt bệnh nhân (130%); tỉ lệ ra khỏi viện đạt 75,12%, cao hơn khoảng 7% so với năm trước; ngày điều trị trung bình rút ngắn còn 10,1/15 ngày; tỉ lệ sử dụng giường đạt 133,98%; số lượng bệnh nhân phải chuyển viện chỉ còn 123 trường hợp (0,73%), chủ yếu là những trường hợp chuyển theo chuyên khoa và vượt khả năng của bệnh viện về chuyên môn kỹ thuật; tỉ lệ bệnh nhân tử vong cả năm chỉ còn 0,66%, thấp hơn so với trước đây.',
    [
      n('181829', { c: '129.88' }),
      n('13000', { c: '130' }),
      pct('75.12', { ch: ['rate 7 *'] }),
      n('10.1'),
      pct('133.98'),
      n('123'),
      pct('0.66'),
    ],
  ],
  // Rice output and exports in 2020 (investgo.vn, a section page: headline and summary)
  [INVESTGO_GAO_2020, 'Năm 2020, Việt Nam có thể xuất 6,5-6,7 triệu tấn gạo', []],
  [
    INVESTGO_GAO_2020,
    'Bộ NN&PTNT cho biết, tổng sản lượng lúa cả nước năm 2020 khoảng 43,5 triệu tấn, không những đảm bảo nhu cầu tiêu thụ trong nước, còn đảm bảo lượng xuất khẩu 6,5-6,7 triệu tấn gạo.',
    [tonne('43500000', { a: 'about', p: '2020' })],
  ],
  // Seaport investment: loss-making terminals in 2010, from a thesis excerpt (tailieuthamkhao.com)
  [
    TAILIEUTHAMKHAO_CANGBIEN,
    'Khi nghiên cứu một số cảng ở miền Trung và ở cụm cảng Cái Mép - Thị Vải đang tạm thời thua lỗ (ví dụ năm 2010, cảng Quốc tế SP-PSA thua lỗ 313,6 tỷ đồng, cảng Quốc tế Cái Mép thua lỗ 123 tỷ đồng....) cho thấy nguyên nhân thua lỗ bao gồm cả nguyên nhân chủ quan và khách quan như sau:',
    [vnd('313600000000', { p: '2010' }), vnd('123000000000', { p: '2010' })],
  ],
  // Water losses (lacvietco-jsc.com.vn, a water-meter company's explainer; list marker dropped)
  [
    LACVIET_THATTHOATNUOC,
    'Tỷ lệ thất thoát nước trung bình trên toàn quốc dao động từ 20-25% (theo Hội Cấp thoát nước Việt Nam - VWSA), dù một số nơi đã giảm xuống dưới 15%.',
    [pct('15', { a: 'under' })],
  ],
  // Central Hydropower JSC: first nine months of 2022 (chp.vn, the company's news page; `đin`, `lưng` as stored)
  [
    CHP_9THANG_2022,
    '9 tháng, doanh thu Công ty Cổ phần thủy điện miền Trung đạt trên 720 tỷ đồng',
    [vnd('720000000000', { a: 'over' })],
  ],
  [
    CHP_9THANG_2022,
    'Trong 9 tháng đầu năm 2022 nhà máy thủy đin A Lưới và Nhà máy Điện mặt trời Cư Jút của Công ty CP Thủy điện miền Trung vận hành ổn định, tình hình thời tiết và thủy văn tốt.',
    [],
  ],
  [
    CHP_9THANG_2022,
    'Sản lượng đin thương phẩm trong tháng 9/2022 ước đạt 74,9 triệu kWh và doanh thu ước khoảng 83,9 tỷ đồng.',
    [n('74900000', { p: '2022-09', st: 'estimate' }), vnd('83900000000', { a: 'about', p: '2022-09', st: 'estimate' })],
  ],
  [
    CHP_9THANG_2022,
    'Lũy kế 9 tháng đầu năm 2022, sản lưng thương phẩm đạt 561,4 triệu kWh, tăng 7,8% so với cùng kỳ, đạt 86% kế hoạch và doanh thu đạt 725,3 tỷ đồng, tăng 93,8% so với cùng kỳ, đạt 109% kế hoạch.',
    [
      n('561400000', { p: '2022-YTD-09', c: '86', ch: [`rate 7.8 ${SPLY}`] }),
      vnd('725300000000', { p: '2022-YTD-09', c: '109', ch: [`rate 93.8 ${SPLY}`] }),
    ],
  ],
  // Industrial clusters of the southern key economic region (arid.gov.vn, a list page of the trade ministry's
  // local-industry agency)
  [
    ARID_CUMCONGNGHIEP,
    'Vùng trọng điểm kinh tế phía Nam hiện đã thu hút 3.033 dự án, trong đó có 1.801 dự án đầu tư nước ngoài với tổng vốn đầu tư trên 15 tỉ USD và gần 66.200 tỉ đồng Việt Nam.',
    [proj('3033'), proj('1801'), usd('15000000000', { a: 'over' }), vnd('66200000000000', { a: 'under' })],
  ],
  [
    ARID_CUMCONGNGHIEP,
    'Các khu-cụm công nghiệp đã đi vào hoạt động có tỉ lệ lấp đầy bình quân 72,3% diện tích đất hữu dụng.',
    [pct('72.3')],
  ],
  // Vietnam Rubber Group to 30 April 2009 (agro.gov.vn, the agriculture ministry's old information portal)
  [AGRO_CAOSU_2009, 'Mỗi tấn mủ cao su lợi nhuận 10 triệu đồng', [vnd('10000000')]],
  [
    AGRO_CAOSU_2009,
    'Tính đến ngày 30/4/2009, toàn Tập đoàn Công nghiệp cao su Việt Nam đã khai thác được 37.544 tấn cao su, đạt 12,7% so kế hoạch.',
    [tonne('37544', { c: '12.7', p: '2009-YTD-04' })],
  ],
  [AGRO_CAOSU_2009, 'Cả sản lượng và kế hoạch đều cao hơn so cùng kỳ năm ngoái.', []],
  // Vietnam Rubber Group to 15 August 2014 (sado.com.vn, a rubber company's site relaying the rubber magazine)
  [
    SADO_VRG_2014,
    'Đến 15/8, toàn VRG đã khai thác được 114.397 tấn mủ, đạt 44,1% kế hoạch (KH) năm 2014.',
    [tonne('114397', { c: '44.1' })],
  ],
  [
    SADO_VRG_2014,
    'Tiến độ khai thác toàn VRG bằng 96,7% so với tiến độ cùng kỳ năm 2013, trong đó bình quân các công ty miền Đông Nam bộ đạt 46,6% (bằng 97,3% so tiến độ cùng kỳ năm 2013), khu vực Tây Nguyên đạt 40% (bằng 98,1% so cùng kỳ 2013), khu vực DHMT đạt 48,3% (bằng 87% cùng kỳ 2013).',
    [
      ch('ratio 96.7 *'),
      { c: '46.6', ch: ['ratio 97.3 *'] },
      { c: '40', ch: ['ratio 98.1 *'] },
      { c: '48.3', ch: ['ratio 87 *'] },
    ],
  ],
  [
    SADO_VRG_2014,
    'Toàn VRG thu mua được 29.352 tấn (43,1% KH năm), cao hơn 1.115 tấn so cùng kỳ 2013.',
    [tonne('29352', { c: '43.1' })],
  ],
  [
    SADO_VRG_2014,
    'Sản lượng chế biến 149.742 tấn; tiêu thụ 148.138 tấn, trong đó XK&UTXK 67.462 tấn, tiêu thụ nội địa 80.676 tấn.',
    [tonne('149742'), tonne('148138'), tonne('67462'), tonne('80676')],
  ],
  [
    SADO_VRG_2014,
    'Doanh thu kinh doanh cao su toàn VRG lũy kế đến 15/08 đạt 6.261,7 tỷ đồng, bằng 41,2% KH năm 2014.',
    [vnd('6261700000000', { c: '41.2' })],
  ],
  // Dau Tieng Rubber to 25 June (sado.com.vn, another relay of the rubber magazine)
  [
    SADO_DAUTIENG,
    'Tính đến ngày 25/6, Công ty TNHH MTV Cao su Dầu Tiếng đã khai thác được hơn 8.174 tấn mủ, đạt trên 30% kế hoạch (KH).',
    [tonne('8174', { a: 'over' })],
  ],
  [SADO_DAUTIENG, 'Công ty cũng thu mua mủ tiểu điền 1.934 tấn, đạt 27,64% KH.', [tonne('1934', { c: '27.64' })]],
  [
    SADO_DAUTIENG,
    'Sản lượng chế biến trên 11.171 tấn sản phẩm; tiêu thụ 16.074 tấn mủ (đạt 47% KH); giá bán bình quân 34,3 triệu đồng/tấn; tổng doanh thu đạt 559 tỷ đồng.',
    [tonne('11171', { a: 'over' }), tonne('16074', { c: '47' }), n('34300000'), vnd('559000000000')],
  ],
  [SADO_DAUTIENG, 'Tiền lương bình quân đạt gần 4 triệu đồng/người/tháng.', [n('4000000', { a: 'under' })]],
  // Vinacomin (TKV): April and the first four months of 2019 (kinhdoanh.chonkheo.com, a business-news relay)
  [
    CHONKHEO_TKV_2019,
    '4 tháng đầu năm, TKV khai thác gần 15 triệu tấn than nguyên khai, kì vọng đạt 4 triệu tấn vào tháng 5',
    [tonne('15000000', { a: 'under' }), goal(tonne('4000000'))],
  ],
  [
    CHONKHEO_TKV_2019,
    'Tháng 4 là tháng thứ 2 liên tiếp TKV đạt sản lượng khai thác gần 4 triệu tấn/tháng.',
    [n('4000000', { a: 'under' })],
  ],
  [
    CHONKHEO_TKV_2019,
    'TKV đặt mục tiêu sản xuất tối thiểu 3,8 triệu tấn, phấn đấu tiếp tục đạt 4 triệu tấn vào tháng 5.',
    [goal(tonne('3800000', { a: 'over' })), goal(tonne('4000000'))],
  ],
  [
    CHONKHEO_TKV_2019,
    'Cụ thể, các chỉ tiêu chính về hiện vật sản xuất trong tháng 4 như: than nguyên khai 3,92 triệu tấn; than tiêu thụ 4,06 triệu tấn; đất bóc 15,6 triệu m3; đào lò tổng số 21.304 m.',
    [tonne('3920000'), tonne('4060000'), n('15600000'), n('21304')],
  ],
  [
    CHONKHEO_TKV_2019,
    'Sản xuất khoáng sản: alumin+hydrat qui đổi 117.500 tấn; tiêu thụ alumin 129.848 tấn; tinh quặng đồng 7.808 tấn; sản xuất và tiêu thụ điện 945 triệu kWh; thuốc nổ 7.000 tấn…',
    [tonne('117500'), tonne('129848'), tonne('7808'), n('945000000'), tonne('7000')],
  ],
  [
    CHONKHEO_TKV_2019,
    'Tính chung trong 4 tháng đầu năm, than nguyên khai sản xuất của TKV đạt 14,86 triệu tấn, đạt 37% kế hoạch năm 2019, bằng 111% so với cùng kì 2018, tăng 1,46 triệu tấn so với cùng kì năm trước.',
    [tonne('14860000', { c: '37', ch: ['ratio 111 *'] })],
  ],
  [
    CHONKHEO_TKV_2019,
    'Than tiêu thụ 14,54 triệu tấn, bằng 34,6% kế hoạch và bằng 104% so với cùng kì năm 2018; bốc xúc đất đá 51,88 triệu m3, tương đương 29,2% kế hoạch năm 2019 và đạt 103,4% so cùng kì năm 2018; tổng số mét lò đào 78.195m, tương đương 31,6% kế hoạch năm và đạt 108% so cùng kì năm 2018.',
    [
      tonne('14540000', { c: '34.6', ch: ['ratio 104 *'] }),
      n('51880000', { c: '29.2', ch: ['ratio 103.4 *'] }),
      n('78195', { c: '31.6', ch: ['ratio 108 *'] }),
    ],
  ],
  // Tay Ninh city's farmers' union: support fund, savings groups and loans (khoahocchonhanong.com.vn)
  [KHOAHOCCHONHANONG_TAYNINH, 'Hàng năm, Hội vận động quỹ đạt từ 130-150% chỉ tiêu tỉnh giao.', []],
  [
    KHOAHOCCHONHANONG_TAYNINH,
    'Đến nay, quỹ đã hỗ trợ nông dân các cấp Hội ở thành phố được hơn 4 tỷ đồng; đã giải ngân 102 dự án chăn nuôi, trồng trọt, kinh doanh nhỏ lẻ cho hơn 2.000 lượt hội viên vay số tiền trên 16 tỷ đồng.',
    [vnd('4000000000', { a: 'over' }), proj('102'), n('2000', { a: 'over' }), vnd('16000000000', { a: 'over' })],
  ],
  [
    KHOAHOCCHONHANONG_TAYNINH,
    'Các cấp Hội xây dựng được 178 tổ tiết kiệm và vay vốn, với 5.845 thành viên, cho hơn 6.400 lượt hộ nông dân vay đầu tư sản xuất, học nghề, xây dựng công trình nước sạch.',
    [n('178'), n('5845'), n('6400', { a: 'over' })],
  ],
  [
    KHOAHOCCHONHANONG_TAYNINH,
    'Hội Nông dân các cấp phối hợp Ngân hàng Nông nghiệp và Phát triển nông thôn cho vay tín chấp 2.421 hộ với số tiền 117 tỷ đồng.',
    [n('2421'), vnd('117000000000')],
  ],
  // Wood processing: export revenue 2004–2019 (gappingworld.com, an overview of the sector)
  [
    GAPPINGWORLD_GO,
    'Doanh thu xuất khẩu của ngành gỗ tăng từ 1 tỷ USD năm 2004 lên hơn 10 tỷ USD trong năm 2019 (bảng 1).',
    [usd('1000000000', { p: '2004' }), usd('10000000000', { a: 'over', p: '2019' })],
  ],
  // Hau Giang Pharma (DHG): 2022 results and 2023 plan (thitruongbiz.vn)
  [
    THITRUONGBIZ_DHG_2023,
    'Công ty CP Dược Hậu Giang (HoSE: mã chứng khoán DHG) vừa lên kế hoạch kinh doanh năm 2023 trình ĐHCĐ với doanh thu thuần 5.000 tỷ đồng, lợi nhuận trước thuế 1.130 tỷ đồng.',
    [goal(vnd('5000000000000', { p: '2023' })), goal(vnd('1130000000000', { p: '2023' }))],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Nếu hoàn thành được mục tiêu trên, đây là lần đầu tiên doanh nghiệp này đạt mức lãi nghìn tỷ đồng.',
    [],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Năm 2022, Dược Hậu Giang lên kế hoạch kinh doanh với chỉ tiêu doanh thu đạt 4.220 tỷ đồng, lợi nhuận trước và sau thuế lần lượt 853 tỷ đồng và 682,4 tỷ đồng.',
    [
      goal(vnd('4220000000000', { p: '2022' })),
      goal(vnd('853000000000', { p: '2022' })),
      goal(vnd('682400000000', { p: '2022' })),
    ],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Như vậy, so với kế hoạch năm 2022, doanh thu tăng 18% và lợi nhuận tăng 32%.',
    [{ c: '118' }, { c: '132' }],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Quý III, Dược Hậu Giang ghi nhận doanh thu thuần 1.162 tỷ đồng, tăng 23% so với cùng kỳ năm ngoái.',
    [vnd('1162000000000', { ch: [`rate 23 ${SPLY}`] })],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Lợi nhuận sau thuế 262,4 tỷ đồng, tăng 30% - là mức lãi hàng quý cao nhất từ trước đến nay.',
    [vnd('262400000000', { ch: ['rate 30 *'] })],
  ],
  [
    THITRUONGBIZ_DHG_2023,
    'Lũy kế 9 tháng, doanh thu đạt 3.346 tỷ đồng, tăng 15% so với cùng kỳ; lãi sau thuế cổ đông công ty mẹ là 752 tỷ, tăng 24%.',
    [vnd('3346000000000', { ch: [`rate 15 ${SPLY}`] }), vnd('752000000000', { ch: ['rate 24 *'] })],
  ],
  // Industrial parks and the economic zone of Thanh Hoa to 2012, a journal abstract (tailieumienphi.vn)
  [
    TAILIEUMIENPHI_THANHHOA_KCN,
    'Đến hết năm 2012 Thanh Hóa có 1 khu kinh tế (KKT) và 4 khu công nghiệp (KCN) đang hoạt động.',
    [n('1', { p: '2012' }), n('4', { p: '2012' })],
  ],
  // Ha Giang province: 2017 results (xuctiendautuhagiang.gov.vn, the province's investment-promotion portal)
  [
    XTDT_HAGIANG_2017,
    'Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%).',
    [{ ch: ['rate 7.36 2016'], st: 'estimate' }],
  ],
  [
    XTDT_HAGIANG_2017,
    'Cơ cấu kinh tế: Nông lâm nghiệp và thủy sản chiếm 30,9%; Công nghiệp và xây dựng chiếm 22,5%; Thương mại - dịch vụ chiếm 46,7%.',
    [],
  ],
  [
    XTDT_HAGIANG_2017,
    'Tổng sản phẩm bình quân đầu người đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng).',
    [vnd('22400000', { ch: ['rate 7.7 *'] })],
  ],
  [
    XTDT_HAGIANG_2017,
    'Thu ngân sách trên địa bàn ước đạt trên 1.950 tỷ đồng.',
    [vnd('1950000000000', { a: 'over', st: 'estimate' })],
  ],
  [
    XTDT_HAGIANG_2017,
    'Tổng nguồn vốn đầu tư toàn xã hội ước đạt trên 7.600 tỷ đồng, tăng 17,2 % so với năm 2016.',
    [vnd('7600000000000', { a: 'over', st: 'estimate', ch: ['rate 17.2 2016'] })],
  ],
  [
    XTDT_HAGIANG_2017,
    'Do đó, tổng sản lượng lương thực cả năm đã tăng so với năm 2016, ước đạt trên 39 vạn tấn, đạt 99,8% kế hoạch.',
    [tonne('390000', { a: 'over', st: 'estimate', c: '99.8' })],
  ],
  // Peak load of the power system, 19 May 2019 (202.6.96.105:9001, a list page of a power-sector site served by address)
  [
    EVN_IP_CONGSUAT,
    'Ngày 19/5, Tập đoàn Điện lực Việt Nam (EVN) cho biết, do tình hình nắng nóng gay gắt trên diện rộng và duy trì liên tục ở mức 39 - 40 độ ở miền Bắc và miền Trung, lần đầu tiên trong lịch sử công suất đầu nguồn của hệ thống điện toàn quốc đã vượt qua con số 36.000 MW.',
    [n('36000', { a: 'over' })],
  ],
  // Business registrations, November and eleven months of 2019, GSO figures (moitruongngaynay.vn)
  [
    MOITRUONGNGAYNAY_DN_2019,
    'Trong tháng 11.2019, cả nước có 12.265 doanh nghiệp thành lập mới với số vốn đăng ký là 139,9 nghìn tỉ đồng và số lao động đăng ký là 112,5 nghìn lao động, tăng 0,7% về số doanh nghiệp, giảm 2,5% về vốn đăng ký và tăng 18,9% về số lao động so với tháng 10.2019.',
    [
      n('12265', { p: '2019-11', ch: ['rate 0.7 2019-10'] }),
      vnd('139900000000000', { p: '2019-11', ch: ['rate -2.5 2019-10'] }),
      n('112500', { p: '2019-11', ch: ['rate 18.9 2019-10'] }),
    ],
  ],
  [
    MOITRUONGNGAYNAY_DN_2019,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 11,4 tỉ đồng, giảm 3,2% so với tháng trước và tăng 12,1% so với cùng kỳ năm trước.',
    [vnd('11400000000', { ch: [`rate -3.2 ${PREV}`, `rate 12.1 ${SPLY}`] })],
  ],
  [
    MOITRUONGNGAYNAY_DN_2019,
    'Trong tháng, cả nước còn có 3.326 doanh nghiệp quay trở lại hoạt động, giảm 54,1% so với tháng trước và giảm 2,3% so với cùng kỳ năm trước…',
    [n('3326', { ch: [`rate -54.1 ${PREV}`, `rate -2.3 ${SPLY}`] })],
  ],
  [
    MOITRUONGNGAYNAY_DN_2019,
    'Tính chung 11 tháng năm 2019, cả nước có 126,7 nghìn doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký là 1,5 triệu tỉ đồng và tổng số lao động đăng ký là 1,1 triệu lao động, tăng 4,5% về số doanh nghiệp, tăng 27,5% về vốn đăng ký và tăng 11,8% về số lao động so với cùng kỳ năm trước.',
    [
      n('126700', { p: '2019-YTD-11', ch: [`rate 4.5 ${SPLY}`] }),
      vnd('1500000000000000', { p: '2019-YTD-11', ch: [`rate 27.5 ${SPLY}`] }),
      n('1100000', { p: '2019-YTD-11', ch: [`rate 11.8 ${SPLY}`] }),
    ],
  ],
  [
    MOITRUONGNGAYNAY_DN_2019,
    'Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong 11 tháng đạt 12,4 tỉ đồng, tăng 22% so với cùng kỳ năm trước.',
    [vnd('12400000000', { ch: [`rate 22 ${SPLY}`] })],
  ],
  // Business registrations, July 2019 (ketoanhoasen.com, an accounting firm's news page)
  [
    KETOANHOASEN_DN_2019,
    'Trong tháng 7/2019, số doanh nghiệp thành lập mới là 12.352 doanh nghiệp với số vốn đăng ký là 139.200 tỷ đồng, tăng 9,7% về số doanh nghiệp và tăng 14,0% về số vốn so với cùng kỳ năm 2018.',
    [n('12352', { p: '2019-07', ch: ['rate 9.7 *'] }), vnd('139200000000000', { p: '2019-07', ch: ['rate 14 *'] })],
  ],
  [
    KETOANHOASEN_DN_2019,
    'Số lao động đăng ký của các doanh nghiệp thành lập mới trong tháng 7/2019 là 94.925 người, giảm 17,4% so với cùng kỳ năm 2018.',
    [n('94925', { p: '2019-07', ch: ['rate -17.4 *'] })],
  ],
  [
    KETOANHOASEN_DN_2019,
    'Số doanh nghiệp hoàn tất thủ tục giải thể trong tháng 7/2019 là 1.434 doanh nghiệp, tăng 32,2% so với cùng kỳ năm 2018.',
    [n('1434', { p: '2019-07', ch: ['rate 32.2 *'] })],
  ],
  // Business entries and exits in the first eight months (mr-doom.com; list markers `1-`, `2-` dropped)
  [
    MRDOOM_DN_8THANG,
    'Theo Cục Quản lý đăng ký kinh doanh thuộc Bộ Kế hoạch và Đầu tư, trong hơn 92.000 doanh nghiệp gia nhập thị trường trong 8 tháng đầu năm nay có hơn 73.400 doanh nghiệp mới thành lập, tăng 19,7% và hơn 18.700 doanh nghiệp quay trở lại hoạt động, tăng 65,1% so với cùng kỳ năm trước.',
    [
      n('92000', { a: 'over' }),
      n('73400', { a: 'over', ch: ['rate 19.7 *'] }),
      n('18700', { a: 'over', ch: [`rate 65.1 ${SPLY}`] }),
    ],
  ],
  [
    MRDOOM_DN_8THANG,
    'Trong cùng thời gian trên, số doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn của cả nước là 14.924 doanh nghiệp, tăng 32,7% so với cùng kỳ năm trước, số doanh nghiệp này sau khi kết thúc thời hạn tạm ngừng sẽ quay trở lại hoạt động.',
    [n('14924', { ch: [`rate 32.7 ${SPLY}`] })],
  ],
  // ROWS-END
];

export const TEST24_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test24-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test24',
}));
