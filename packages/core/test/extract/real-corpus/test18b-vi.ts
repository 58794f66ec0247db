import type { RealFact, RealSentence } from './types';

/**
 * The EIGHTEENTH fresh set (`test18`), second Vietnamese part (`test18b`; `test18-*.ts` are another
 * builder's part, not read): sentences copied verbatim from the stored text the `pages` search index
 * returns for pages on outlets no earlier set read (each domain grepped in every file of `real-corpus/` with
 * `--exclude='test18*'`, and so were distinctive figures) in the genres of digital transformation and
 * online public services (the Ministry of Information and Communications' figures as carried by Viện Kinh
 * tế số, April 2023, by Đắk Rơ Wa commune's portal in Kon Rẫy, Kon Tum, third quarter of 2024, by Cần Thơ's
 * administrative-reform portal, and for 2022 by Tạp chí Khoa học và Công nghệ Việt Nam and Văn Lâm district,
 * Hưng Yên; the EMC system's 2024 figures by province and ministry, Việt Nam Hội nhập), construction and urbanisation (a revision of Vietnamese Wikipedia's «Đô thị Việt Nam», end of
 * 2020), veterinary and livestock disease (African swine fever, 2019: Đường bộ, cdnzz, Xã hội Việt Nam, Tri
 * thức Doanh nhân, a copy of the Bà Rịa-Vũng Tàu report on 88tysobongda.com; 2024–2025: Thanh Niên's page on
 * medioq, memart.vn's two summaries, Doanh nghiệp Tiếp thị; avian influenza on Đồng Tháp's broadcaster
 * thdt.vn; Lạng Sơn's livestock, 2021), provincial budget estimates (Hồ Chí Minh City's estimate for 2025,
 * Sao Việt; the recitals of Sơn La's resolution 259/NQ-HĐND, hethongphapluat.com, and of Cần Thơ's 44/NQ-HĐND,
 * timhieuluat24h.com), trade unions (Nhân đạo online on the unions' Tết support of 2023; Nguồn lực, 2024;
 * the oil-and-gas union's site, 2023; Quảng Trị's trade-union portal on Hướng Hóa, 2020) and environmental
 * protection (Năng lượng sạch Việt Nam, 2019; Vệ sinh đô thị; HUTECH's library; Công nghiệp Môi trường;
 * Tạp chí Môi trường on VJOL, 2024), 2019–2026, 29 sites, national and provincial sources. Left out because
 * an earlier set read the outlet (grepped): Báo Phú Thọ (waste collection rates of 2025), vietnammoi and
 * the `902 đô thị` of 2023 (`fresh-vi.ts`), Bà Rịa-Vũng Tàu's, Bình Dương's and Nghệ An's papers, Thời báo
 * Tài chính, Tây Ninh's portal, thvl.vn, Báo Quảng Nam, Báo Thanh Hóa, thainguyentv, VOV, vtc/vtcnews, baomoi,
 * nld.com.vn, Tiền Phong, Thanh Niên's own site, kienthuc and the Bắc Ninh portal (its Thuận Thành page on
 * budget collection sits under `bacninh.gov.vn`, which `test5-en.ts` read). Construction departments'
 * building permits and housing floor area were searched (three searches) but only headlines of earlier
 * outlets came back, so construction has one row; the budget genre came in through Hồ Chí Minh City's
 * estimate and the recitals of two resolutions.
 *
 * Whole passages as stored, every figure sentence kept with some sentences around them that state no
 * figure; headlines that state a figure are rows of their own (`Dành hơn 6.100 tỷ đồng …`, `Gần 5,95 triệu
 * con lợn phải tiêu hủy …`, `Lượng rác thải thu gom đô thị chỉ đạt khoảng 85%`, `TP.HCM sẽ thu hơn 697.394
 * tỉ đồng …`); sentences cut off by the end of the stored text are left out (`Đến nay, cả nước đã tiêu hủy
 * hơn 2,3 triệu con heo, thiệt hại ước tính khoảng`, `Có 15/63 tỉnh … sớm ban h`). Baolangson's leading dash
 * `– ` is dropped. Slips of the source are kept: `Một số bộ, ngành bộ, ngành`, `trong lượng hơn 7.000kg`,
 * `Hơn 11.000–11.000 con lợn`, `Nguyên chất thải sinh hoạt`, `khoá XII`, `Hướng Hoá`, the reference marks
 * `[7]` and `[1]`, `dịch tả lợn châu phi` in lower case, the missing final full stops of headlines.
 *
 * Annotated by hand from the sentence alone with the conventions of `test17-vi.ts`, `test16b-vi.ts` and
 * `types.ts`: `hơn`, `trên` are lower bounds, `gần` an upper bound (`có đến 37 nghìn tấn/ngày` no bound: the second annotator's check below),
 * `khoảng` an approximation; the LEVEL of a named rate (`tỷ lệ hồ sơ trực tuyến toàn trình … đạt 43,8%`,
 * `tỷ lệ đô thị hóa ước đạt khoảng 40%`, the ministries' and provinces' `đạt 100%`, `95,6%`) is a value in
 * `percent`; shares of a total (`chiếm 65,6% dân số`, `chiếm khoảng 9% tổng trọng lượng`, `tỷ lệ dân số
 * thành thị chiếm 38,1%`), ranges (`40 - 50%`, `60 - 80%`, `260–290 ổ dịch`, `28.000 – 32.000 đồng/kg`), caps
 * of a policy (`giảm tối đa 50% phí`, `lên đến 50% giá`), ordinals (`lần thứ 33`, `địa phương thứ 55`), dates,
 * decree and resolution numbers are no facts; the denominator of `62/63`, `30/30`, `21/22` is a total, no
 * fact. Counts of provinces, communes, districts, outbreaks, pigs, poultry, documents issued, enterprises,
 * delegates, gift parcels and union members are values without a unit; `tỷ đồng`, `tỉ đồng`, `triệu đồng`
 * are `VND`; `tấn` is `tonne`, `kg` a value without a unit (as `test17b-vi.ts` reads it); a goal or an
 * estimate voted (`so với mục tiêu phải đạt 80% và 60%`, `Dự toán tổng thu … dự kiến đạt hơn 697.394 tỷ
 * đồng`, `thu nội địa ước đạt 475.457 tỷ đồng` inside the estimate) is a target. Periods only when the
 * sentence names month or year: `tính đến cuối tháng 4-2023` `2023-04`, `Đến tháng 9/2024` `2024-09`, `năm
 * 2025` of the estimate `2025`, `năm 2019` and `năm 2023` of a census figure, and every item of a list
 * governed by the period carries it; a day with its year (`Đến ngày 11/12/2019`) is left without a period,
 * as are `Tính đến nay`, `Từ 1 đến 16/7` and headlines' dates, while `Đến ngày 31 tháng 12 năm 2020` (the
 * year's last day) is `2020` and `Nghệ An (tháng 5/2025)` `2025-05` (the second annotator's check below).
 *
 * Judgement calls: single outbreaks and seizures state nothing certain, as test14 and test15 read single
 * fires and seizures (`72 con lợn bị nhiễm bệnh đang được vận chuyển …`, `Tiêu hủy gần 3 tấn lợn bệnh tại xã
 * Hưng Đạo`, `dịch … tại 1 hộ …, hiện tiêu hủy 36 con bệnh`), while counts for a province or the country
 * over a period are values (Đà Nẵng's `125 con heo … trong lượng hơn 7.000kg`, Bà Rịa-Vũng Tàu's `173 ổ
 * bệnh … 3.860 con … 261.208 kg`, Nghệ An's `khoảng 70 ổ dịch, tiêu hủy gần 1.700 con lợn (khoảng 99 tấn),
 * hiện 53 ổ`); `8.553 xã thuộc 667 huyện của 63 tỉnh` are three values (the indicator is the spread of the
 * disease); `tại 63 tỉnh, thành phố` beside a range of outbreaks only locates; `giảm khoảng 80%` is a change
 * with no base and no bound field; `Tổng số gia cầm chết, tiêu hủy trên 55.000 con` a value; the Wikipedia
 * revision's urban classes (`2 … 22 … 31 … 48 … 90`) are five values and `tỷ lệ đô thị hóa ước đạt khoảng
 * 40%` a value with the stage `estimate`; `với sự tham dự của hơn 1.500 đại biểu` is a value (attendance),
 * `kết nối 04 cấp hành chính` only describes; Hồ Chí Minh City's headline `thu hơn 697.394 tỉ đồng và đầu tư
 * hơn 150.330 tỉ đồng … năm 2025` gives both as targets of 2025; Hướng Hóa's `90 suất quà trị giá hơn 63
 * triệu đồng` is a count and a sum; `tổng đàn heo cả nước vẫn duy trì khoảng 31 triệu con` a value with the
 * approximation (the period of the next Tết is no period of the herd); `6 triệu con lợn … kể từ 2019` and
 * `hơn 88.000 con … Từ đầu năm 2024 đến nay` values without a period (`đến nay` has no date). Rows yielding
 * nothing: 28 of 79.
 *
 * Verbatim: every row was copied from the stored text the `pages` search returned for its address. A
 * second search with each page's own figures brought back the stored text of 7 of the 29 addresses, and
 * in it 25 of the 79 rows word for word (Đắk Rơ Wa's portal 7, Văn Lâm 2, Sao Việt 8, Đường bộ 3, cdnzz 2,
 * Xã hội Việt Nam 2, medioq 1); the other addresses were not searched again for lack of time (Văn Lâm's
 * stored text also carries the VJST rows' sentences word for word, under its own address). Judgement call
 * added with the last page: Việt Nam Hội nhập's `tổng số hồ sơ giải quyết TTHC là 168.746, chiếm 68,54%`
 * gives the count of records as a value and the 68,54 % as the level of the named rate of its headline
 * (`tỷ lệ hồ sơ trực tuyến toàn trình`), not as a share; `đạt tỷ lệ dưới 50%` and `thấp dưới 10%` of groups
 * of provinces are thresholds, no facts.
 *
 * The second annotator's check (2 December 2026): every row read against its sentence and the conventions
 * of the released files; four rows changed. Đắk Rơ Wa's `Đến tháng 9/2024, … đạt tỷ lệ 55,5%, trong đó khối
 * bộ … 59,7%, khối tỉnh … 55,4%` now gives `2024-09` to all three levels (every item of a list governed by
 * the period carries it, as `test14b-vi.ts` and `test17-vi.ts` read `trong đó`); Vệ sinh đô thị's `có đến 37
 * nghìn tấn/ngày` loses its upper bound (`có đến`, `lên đến` mark a large figure, not a bound: `test16b-vi.ts`
 * reads `có đến 5 địa phương`, `test14-vi.ts` `lên đến 345 người`, `fresh4-vi.ts` `lên đến 376.000 tỉ đồng`
 * without one); the Wikipedia revision's `Đến ngày 31 tháng 12 năm 2020` gives `2020` to its six facts (a
 * stock at the year's last day, as `test14b-vi.ts`'s check reads `Đến hết 31/12/2022` and `test17b-en.ts`
 * `at the end of 2020`); memart.vn's `Nghệ An (tháng 5/2025): khoảng 70 ổ dịch …` gives `2025-05` to its four
 * facts (the sentence names month and year, as `test14-vi.ts` reads `Tháng 5/2022`). Verbatim: the 54 rows
 * the builder had not confirmed were searched again (corpus `pages`) with their own figures and phrases, and
 * 25 of them came back word for word at their addresses (Viện Kinh tế số 2, Nhân đạo online 3, Nguồn lực 1,
 * the oil-and-gas union 1, Tri thức Doanh nhân 1, thdt.vn 2, Năng lượng sạch Việt Nam 1, Vệ sinh đô thị 2,
 * HUTECH 2, the Wikipedia revision 1, Báo Lạng Sơn 2, VJOL 1, Việt Nam Hội nhập 6), so 50 of the 79 rows are
 * confirmed; no copying slip was found. Not found at their addresses after two to four searches each (the
 * rows stay): Cần Thơ's portal 3, vjst.vn 5 (its sentences were not found under Văn Lâm's address either),
 * memart.vn 7 (other memart.vn pages are stored, with other wordings of the same figures), Công nghiệp Môi
 * trường 1, hethongphapluat.com 2, timhieuluat24h.com 2, Quảng Trị's union portal 3, Doanh nghiệp Tiếp thị 2
 * and 88tysobongda.com 4 (29 rows).
 *
 * Written by someone who never read the extractor; held out to the end of the session: scored only in
 * its own groups, its failures never printed (2 December 2026).
 */

type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const VIENKINHTESO_DVC_2023 = 'https://vienkinhteso.vn/bo-thong-tin-va-truyen-thong-ptag.html';
const KONRAY_CDS_Q3_2024 =
  'http://dakruong.konray.kontum.gov.vn/tin-tuc-su-kien/chuyen-doi-so2/mot-so-ket-qua-noi-bat-ve-chuyen-doi-so-quy-iii-nam-2024.html';
const CCHCCANTHO_DVC =
  'http://cchccantho.gov.vn/6263-dia-phuong-ban-hanh-chinh-sach-giam-mien-phi-le-phi-su-dung-dich-vu-cong-truc-tuyen';
const VJST_CDS_2022 = 'http://vjst.vn/vn/tin-tuc/7221/ket-qua-chuyen-doi-so-nam-2022.aspx';
const VANLAM_CDS_2022 = 'https://vanlam.hungyen.gov.vn/ket-qua-trien-khai-chuyen-doi-so-nam-2022-c2522.html';
const NHANDAO_TET_2023 = 'https://www.nhandaoonline.vn/c/tet-nhan-ai';
const NGUONLUC_TET_2024 = 'https://nguonluc.com.vn/tag/doan-vien-2.html';
const CDDAUKHI_TET_2023 = 'https://congdoandaukhi.vn/can-phat-huy-cach-lam-moi-trong-cham-lo-tet-cho-nguoi-lao-dong/';
const DUONGBO_ASF_2019 = 'https://duongbo.vn/sub/0203/Kinh-te-toan-canh/?page=5';
const CDNZZ_ASF_2019 = 'https://www.cdnzz.com/car/535813.html';
const XAHOIVN_ASF_DANANG = 'https://xahoivietnam.com/tag/kenh-phu-ninh';
const TRITHUCDN_ASF_QUANGNGAI = 'https://trithucdoanhnhan.com/tag/quang-ngai';
const MEDIOQ_ASF_2025 = 'https://www.medioq.com/VN/Ho-Chi-Minh-City/71109361250/B%C3%A1o-Thanh-Ni%C3%AAn';
const MEMART_ASF_2025 = 'https://memart.vn/tin-tuc/blog3/phuot-nui-ham-lon-vi-cb.html';
const MEMART_ASF_H1_2025 = 'https://memart.vn/tin-tuc/blog3/diem-lon-vi-cb.html';
const THDT_CUMGIACAM = 'http://www.thdt.vn/chu-dong-phong-benh-cum-cho-dan-vit-chay-dong.html';
const NLSVN_RAC_2019 = 'https://nangluongsachvietnam.vn/vi-VN/tags/g/chat-thai-ran-do-thi-10835';
const VSDT_RAC = 'https://vesinhdothi.com.vn/tag/phuong-phap-xu-ly-chat-thai-do-thi/';
const HUTECH_CTRSH = 'https://lib.hutech.edu.vn/chi-tiet?id=466636';
const CNMT_CTRSH =
  'https://congnghiepmoitruong.vn/thuc-trang-phan-loai-thu-gom-van-chuyen-chat-thai-ran-sinh-hoat-7167.html';
const HTPL_SONLA_DUTOAN_2024 =
  'https://ls1.hethongphapluat.com/nghi-quyet-259-nq-hdnd-nam-2023-du-toan-thu-chi-ngan-sach-nha-nuoc-tinh-son-la-nam-2024.html';
const WIKI_DOTHI_2020 =
  'https://vi.m.wikipedia.org/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:So_s%C3%A1nh_di_%C4%91%E1%BB%99ng/64339337';

const SAOVIET_HCM_DUTOAN_2025 =
  'https://saoviet.info/tp-hcm-se-thu-hon-697-394-ti-dong-va-dau-tu-hon-150-330-ti-dong-cho-phat-trien-nam-2025';
const TIMHIEULUAT_CANTHO_DUTOAN_2025 =
  'https://timhieuluat24h.com/Nghi-quyet-44-NQ-HDND-2024-quyet-dinh-du-toan-thu-ngan-sach-';
const CDQUANGTRI_TET_2020 =
  'https://congdoan.quangtri.gov.vn/Tin-tuc-hoat-dong-26/ldld-huyen-huong-hoa-chuong-trinh-tet-sum-vay-2020-mung-xuan-on-dang-1721.html';
const DNTT_ASF_2025 = 'https://doanhnghieptiepthi.com/tag/dich-ta-lon-chau-phi';
const TYSO_ASF_BRVT_2019 =
  'https://88tysobongda.com/van-de-quan-tam/dich-ta-lon-chau-phi-co-chieu-huong-lay-lan-20190806171412074.htm';
const VJOL_CTRSH_BAVI = 'https://vjol.info.vn/index.php/mt/article/view/106745';
const BAOLANGSON_CHANNUOI_2021 =
  'https://baolangson.vn/infographic/427301-tinh-hinh-chan-nuoi-gia-suc-gia-cam-5-thang-dau-nam-2021.html';

const VIETNAMHOINHAP_HSTT_2024 =
  'https://vietnamhoinhap.vn/vi/ha-nam-dan-dau-ve-ty-le-ho-so-truc-tuyen-toan-trinh-50847.htm';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

export const TEST18B_VI_ROWS: readonly Row[] = [
  // Online public services, April 2023 (Viện Kinh tế số's tag page, after the Ministry of Information and Communications)
  [
    VIENKINHTESO_DVC_2023,
    'Theo Bộ Thông tin và Truyền thông, tính đến cuối tháng 4-2023, tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công đủ điều kiện cung cấp toàn trình đạt trên 84%.',
    [pct('84', { a: 'over', p: '2023-04' })],
  ],
  [
    VIENKINHTESO_DVC_2023,
    'Tuy nhiên, về hiệu quả sử dụng, các tỷ lệ về dịch vụ công trực tuyến có phát sinh hồ sơ và hồ sơ trực tuyến mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%.',
    [pct('51.3'), pct('54.8'), goal(pct('80')), goal(pct('60'))],
  ],
  // Digital transformation in the third quarter of 2024 (Đắk Rơ Wa commune, Kon Rẫy, Kon Tum)
  [KONRAY_CDS_Q3_2024, 'Một số kết quả nổi bật về chuyển đổi số quý III năm 2024', []],
  [
    KONRAY_CDS_Q3_2024,
    'Theo Bộ Thông tin và Truyền thông, hiện nay tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC tại các Bộ, ngành đạt 45,14%, tại các địa phương đạt 65,38%; tỷ lệ hồ sơ cấp kết quả bản điện tử có giá trị pháp lý để tái sử dụng tại các Bộ, ngành đạt 45,48%, tại các địa phương đạt 67,2%; tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa tại các Bộ, ngành đạt 1,29%, tại các địa phương đạt 13,15%.',
    [pct('45.14'), pct('65.38'), pct('45.48'), pct('67.2'), pct('1.29'), pct('13.15')],
  ],
  [
    KONRAY_CDS_Q3_2024,
    'Về cung cấp DVCTT toàn trình: Đến tháng 9/2024, triển khai cung cấp DVCTT toàn trình đạt tỷ lệ 55,5%, trong đó khối bộ đạt tỷ lệ 59,7%, khối tỉnh đạt tỷ lệ 55,4%.',
    [pct('55.5', { p: '2024-09' }), pct('59.7', { p: '2024-09' }), pct('55.4', { p: '2024-09' })],
  ],
  [
    KONRAY_CDS_Q3_2024,
    'Một số bộ, ngành bộ, ngành đã triển khai rất tốt với 100% DVCTT toàn trình như Bộ Công Thương; Giáo dục và Đào tạo; Lao động - Thương binh và Xã hội; Thông tin và Truyền thông.',
    [pct('100')],
  ],
  [
    KONRAY_CDS_Q3_2024,
    'Một số địa phương triển khai rất tốt DVCTT toàn trình như Đà Nẵng đạt 95,6%; Cà Mau đạt 92%; Tây Ninh: 92% ...',
    [pct('95.6'), pct('92'), pct('92')],
  ],
  [
    KONRAY_CDS_Q3_2024,
    'Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 43,8%, trong đó khối bộ đạt tỷ lệ 61,1%, khối tỉnh đạt tỷ lệ 18,2%.',
    [pct('43.8'), pct('61.1'), pct('18.2')],
  ],
  [
    KONRAY_CDS_Q3_2024,
    'Về ban hành chính sách khuyến khích, tạo điều kiện cho người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến: Có 63/63 tỉnh đã ban hành chính sách về phí, lệ phí, trong đó có 3 tỉnh, thành phố ban hành chính sách miễn phí, lệ phí, 57 tỉnh ban hành chính sách giảm tối đa 50% phí, lệ phí.',
    [n('63'), n('3'), n('57')],
  ],
  // Fees for online public services (Cần Thơ's administrative-reform portal, after the Ministry)
  [
    CCHCCANTHO_DVC,
    'Bộ Thông tin và Truyền thông cho biết, toàn quốc có 62/63 địa phương ban hành chính sách giảm, miễn phí, lệ phí sử dụng dịch vụ công trực tuyến; 15/63 địa phương đã ban hành chính sách giảm thời gian để khuyến khích người dân sử dụng dịch vụ công trực tuyến.',
    [n('62'), n('15')],
  ],
  [
    CCHCCANTHO_DVC,
    'Cụ thể: ban hành 10 Nghị định của Chính phủ, 06 Quyết định của Thủ tướng Chính phủ, 02 Chỉ thị của Thủ tướng Chính phủ, 05 Thông tư của Bộ trưởng.',
    [n('10'), n('6'), n('2'), n('5')],
  ],
  [
    CCHCCANTHO_DVC,
    'Ủy ban Quốc gia về chuyển đổi số đã tổ chức phiên họp toàn thể lần thứ 8 và Hội nghị chuyên đề thúc đẩy số hóa ngành nông nghiệp; tổ chức hội nghị giới thiệu mô hình chuyển đổi số thành công cấp bộ, ngành tại Tòa án nhân dân tối cao.',
    [],
  ],
  // Digital transformation in 2022 (Tạp chí Khoa học và Công nghệ Việt Nam; Văn Lâm district, Hưng Yên)
  [
    VANLAM_CDS_2022,
    'Bộ Thông tin và Truyền thông cho biết, Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước kết nối 04 cấp hành chính tiếp tục được phát triển, tạo hạ tầng truyền dẫn ổn định, an toàn kết nối các hệ thống thông tin phục vụ Chính phủ số.',
    [],
  ],
  [VANLAM_CDS_2022, 'Đến nay, Mạng đã kết nối đến 100% huyện; 100% xã trên toàn quốc.', [pct('100'), pct('100')]],
  [
    VJST_CDS_2022,
    'Theo báo cáo, có 30/30 bộ/ngành và 63/63 địa phương đã lựa chọn ngày CĐS, trong đó 03 bộ/ngành và 05 địa phương chọn ngày CĐS riêng.',
    [n('30'), n('63'), n('3'), n('5')],
  ],
  [
    VJST_CDS_2022,
    'Ngày 10/10/2022, Bộ Thông tin và Truyền thông đã tổ chức Ngày CĐS quốc gia năm 2022 với sự tham dự của hơn 1.500 đại biểu.',
    [n('1500', { a: 'over' })],
  ],
  [
    VJST_CDS_2022,
    '59 doanh nghiệp tham gia Chương trình đã có chính sách ưu đãi sử dụng sản phẩm, dịch vụ số lên đến 50% giá sản phẩm, dịch vụ.',
    [n('59')],
  ],
  [
    VJST_CDS_2022,
    'Bộ Thông tin và Truyền thông đã tổng hợp và công bố 72 bài toán CĐS của các bộ, ngành và địa phương tại địa chỉ: https://c63.mic.gov.vn và đưa các bài toán CĐS này thành đầu bài trong Cuộc thi Tìm kiếm giải pháp CĐS Quốc gia - Viet Solutions năm 2022.',
    [n('72')],
  ],
  [
    VJST_CDS_2022,
    'Bộ Thông tin và Truyền thông đã tổng hợp và công bố 21 câu chuyện CĐS Việt Nam từ các bộ, ngành, địa phương, doanh nghiệp để lan toả những sáng kiến, cách làm, kinh nghiệm, bài học, mô hình tham khảo về CĐS tại địa chỉ: https://t63.mic.gov.vn/, đồng thời nâng cấp Cổng thông tin điện tử để các bộ, ngành, địa phương có thể chủ động đăng tải, chia sẻ câu chuyện, bài học CĐS thành công của cơ quan.',
    [n('21')],
  ],
  // Trade unions' Tết support (Nhân đạo online, 2023; Nguồn lực, 2024; the oil-and-gas union, 2023)
  [
    NHANDAO_TET_2023,
    'Dành hơn 6.100 tỷ đồng chăm lo cho người lao động dịp Tết Nguyên đán',
    [vnd('6100000000000', { a: 'over' })],
  ],
  [
    NHANDAO_TET_2023,
    'Do sự chia sẻ của người lao động và nỗ lực tổ chức sản xuất, kinh doanh, chăm lo cho người lao động nên tình hình tranh chấp lao động, ngừng việc tập thể trong phạm vi cả nước trước, trong và sau Tết năm 2023 giảm so với Tết năm 2022.',
    [],
  ],
  [
    NHANDAO_TET_2023,
    '8,6 triệu đoàn viên, người lao động đã được thụ hưởng các hoạt động chăm lo của tổ chức công đoàn với tổng kinh phí hơn 6.110 tỷ đồng.',
    [n('8600000'), vnd('6110000000000', { a: 'over' })],
  ],
  [
    NGUONLUC_TET_2024,
    'Ngày 27/1, Liên đoàn Lao động Thành phố Hồ Chí Minh, Công đoàn các khu chế xuất và công nghiệp Thành phố, Công đoàn Viên chức Thành phố, Quận 5, 6, 7 đã đồng loạt tổ chức chương trình “Tết sum vầy - Xuân tri ân” năm 2024, tặng quà cho gần 5.000 đoàn viên có hoàn cảnh khó khăn, công nhân lao động không có điều kiện về quê đón Tết.',
    [n('5000', { a: 'under' })],
  ],
  [
    CDDAUKHI_TET_2023,
    'Tại Hội nghị Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam lần thứ 33 (khoá XII) vừa qua, công tác chăm lo Tết cho người lao động nhận được khá nhiều ý kiến phân tích, đánh giá.',
    [],
  ],
  // African swine fever, 2019 (Đường bộ; cdnzz after the HCMC agriculture department; Xã hội Việt Nam; Tri thức Doanh nhân)
  [DUONGBO_ASF_2019, 'Gần 5,95 triệu con lợn phải tiêu hủy vì dịch tả lợn châu Phi', [n('5950000', { a: 'under' })]],
  [
    DUONGBO_ASF_2019,
    'Từ tháng 2/2019, dịch bệnh dịch tả lợn châu Phi đã xuất hiện và lây lan trên phạm vi cả nước, gây thiệt hại rất lớn.',
    [],
  ],
  [
    DUONGBO_ASF_2019,
    'Đến ngày 11/12/2019, bệnh dịch này đã xảy ra tại 8.553 xã thuộc 667 huyện của 63 tỉnh, thành phố với tổng số lợn tiêu hủy gần 5,95 triệu con; với tổng trọng lượng trên 340.000 tấn, chiếm khoảng 9% tổng trọng lượng lợn của cả nước.',
    [n('8553'), n('667'), n('63'), n('5950000', { a: 'under' }), tonne('340000', { a: 'over' })],
  ],
  [
    CDNZZ_ASF_2019,
    'Chiều 11/6, Sở Nông nghiệp và Phát triển nông thôn TP.HCM chính thức công bố ổ dịch tả heo châu Phi đầu tiên trên địa bàn.',
    [],
  ],
  [CDNZZ_ASF_2019, 'Theo đó, TP.HCM là địa phương thứ 55 phát hiện bệnh dịch.', []],
  [
    XAHOIVN_ASF_DANANG,
    'Từ 1 đến 16/7, 125 con heo tại Đà Nẵng mắc bệnh dịch tả châu Phi, trong lượng hơn 7.000kg.',
    [n('125'), n('7000', { a: 'over' })],
  ],
  [XAHOIVN_ASF_DANANG, '21/22 mẫu máu xét nghiệm dương tính với virus gây bệnh dịch tả heo châu Phi.', [n('21')]],
  [
    TRITHUCDN_ASF_QUANGNGAI,
    '72 con lợn bị nhiễm bệnh đang được vận chuyển đến Gia Lai và Đồng Nai thì bị phát hiện.',
    [],
  ],
  // African swine fever, 2024-2025 (Thanh Niên's page on medioq; memart.vn's summaries)
  [
    MEDIOQ_ASF_2025,
    'Dịch tả heo châu Phi đang lưu hành ở nhiều địa phương nhưng chủ yếu xảy ra trong hộ nuôi nhỏ lẻ, tổng đàn heo cả nước vẫn duy trì khoảng 31 triệu con thì không lo thiếu thịt heo dịp tết Nguyên đán 2026.',
    [n('31000000', { a: 'about' })],
  ],
  [
    MEMART_ASF_H1_2025,
    'Trong nửa đầu năm 2025, tình hình dịch tả lợn Châu Phi tại Việt Nam có xu hướng cải thiện rõ rệt nhưng vẫn tiềm ẩn nguy cơ bùng phát tại nhiều địa phương.',
    [],
  ],
  [
    MEMART_ASF_H1_2025,
    'Giảm ổ dịch toàn quốc: Khoảng 260–290 ổ dịch được ghi nhận tại 63 tỉnh, thành phố, giảm khoảng 15–37% so cùng kỳ năm trước.',
    [],
  ],
  [
    MEMART_ASF_H1_2025,
    'Số lợn bị tiêu hủy giảm mạnh: Hơn 11.000–11.000 con lợn phải tiêu hủy, giảm khoảng 80% nhờ triển khai biện pháp nhanh chóng.',
    [ch('rate -80 *')],
  ],
  [
    MEMART_ASF_H1_2025,
    'Cao Bằng: Tiêu hủy gần 3 tấn lợn bệnh tại xã Hưng Đạo sau khi phát hiện 62 con lợn dương tính.',
    [],
  ],
  [MEMART_ASF_2025, 'Hơn 6 triệu con lợn bị mắc bệnh và tiêu hủy kể từ 2019.', [n('6000000', { a: 'over' })]],
  [
    MEMART_ASF_2025,
    'Từ đầu năm 2024 đến nay, ghi nhận khoảng 1.452–1.538 ổ dịch tại 40–48 tỉnh, hơn 88.000 con lợn bị tiêu hủy.',
    [n('88000', { a: 'over' })],
  ],
  [
    MEMART_ASF_2025,
    'Nghệ An (tháng 5/2025): khoảng 70 ổ dịch, tiêu hủy gần 1.700 con lợn (khoảng 99 tấn), hiện 53 ổ chưa qua 21 ngày.',
    [
      n('70', { a: 'about', p: '2025-05' }),
      n('1700', { a: 'under', p: '2025-05' }),
      tonne('99', { a: 'about', p: '2025-05' }),
      n('53', { p: '2025-05' }),
    ],
  ],
  // Avian influenza (Đồng Tháp's broadcaster)
  [
    THDT_CUMGIACAM,
    'Tính đến nay, cả nước ghi nhận 16 ổ dịch cúm gia cầm (gồm 14 ổ dịch do H5N6 và 2 ổ dịch do H5N1) tại Hà Nội, Bắc Ninh, Thanh Hóa, Nghệ An và Trà Vinh.',
    [n('16'), n('14'), n('2')],
  ],
  [THDT_CUMGIACAM, 'Tổng số gia cầm chết, tiêu hủy trên 55.000 con.', [n('55000', { a: 'over' })]],
  // Household solid waste (Năng lượng sạch Việt Nam, 2019; Vệ sinh đô thị; HUTECH's library; Công nghiệp Môi trường)
  [NLSVN_RAC_2019, 'Lượng rác thải thu gom đô thị chỉ đạt khoảng 85%', [pct('85', { a: 'about' })]],
  [VSDT_RAC, 'Nguyên chất thải sinh hoạt đã có đến 37 nghìn tấn/ngày!', [tonne('37000')]],
  [VSDT_RAC, 'Đó là báo cáo cho thấy từ năm 2015.', []],
  [
    HUTECH_CTRSH,
    'Theo Báo cáo tổng điều tra dân số và nhà ở năm 2019, phần lớn dân số Việt Nam vẫn tập trung sống và sản xuất ở khu vực nông thôn với khoảng 63,09 triệu người, chiếm 65,6% dân số cả nước [7].',
    [n('63090000', { a: 'about', p: '2019' })],
  ],
  [
    HUTECH_CTRSH,
    'Hầu hết CTRSH không được phân loại tại nguồn, tỷ lệ thu gom còn thấp, trung bình đạt khoảng 40 - 50% so với lượng CTRSH phát sinh.',
    [],
  ],
  [
    CNMT_CTRSH,
    'Mục đích của phân loại chất thải tại nguồn là tách các chất thải có giá trị tái chế cao ngay tại nguồn thải, đặc biệt là thành phần hữu cơ có khả năng phân hủy sinh học chiếm tỷ lệ cao (60 - 80%), tạo nguồn hữu cơ “sạch” để chế biến compost có chất lượng cao.',
    [],
  ],
  // Sơn La's budget estimate for 2024 (the People's Council's resolution 259/NQ-HĐND on hethongphapluat.com)
  [HTPL_SONLA_DUTOAN_2024, 'VỀ DỰ TOÁN THU, CHI NGÂN SÁCH NHÀ NƯỚC TỈNH SƠN LA NĂM 2024', []],
  [HTPL_SONLA_DUTOAN_2024, 'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;', []],
  // Urban classes at the end of 2020 (Vietnamese Wikipedia, a revision of «Đô thị Việt Nam»)
  [
    WIKI_DOTHI_2020,
    'Đến ngày 31 tháng 12 năm 2020, cả nước có 2 đô thị loại đặc biệt, 22 đô thị loại I, 31 đô thị loại II, 48 đô thị loại III và 90 đô thị loại IV, tỷ lệ đô thị hóa ước đạt khoảng 40%.',
    [
      n('2', { p: '2020' }),
      n('22', { p: '2020' }),
      n('31', { p: '2020' }),
      n('48', { p: '2020' }),
      n('90', { p: '2020' }),
      pct('40', { a: 'about', st: 'estimate', p: '2020' }),
    ],
  ],
  // Hồ Chí Minh City's budget estimate for 2025 (Sao Việt) and Cần Thơ's resolution 44/NQ-HĐND (timhieuluat24h.com)
  [
    SAOVIET_HCM_DUTOAN_2025,
    'TP.HCM sẽ thu hơn 697.394 tỉ đồng và đầu tư hơn 150.330 tỉ đồng cho phát triển năm 2025',
    [goal(vnd('697394000000000', { a: 'over', p: '2025' })), goal(vnd('150330000000000', { a: 'over', p: '2025' }))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Trong phiên họp gần đây, Hội đồng Nhân dân (HĐND) Thành phố Hồ Chí Minh đã thông qua nghị quyết về dự toán thu – chi ngân sách cho năm 2025.',
    [],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Dự toán tổng thu ngân sách nhà nước trên địa bàn thành phố dự kiến đạt hơn 697.394 tỷ đồng.',
    [goal(vnd('697394000000000', { a: 'over' }))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Trong đó, thu nội địa ước đạt 475.457 tỷ đồng, thu từ hoạt động xuất nhập khẩu dự kiến khoảng 171.850 tỷ đồng, và thu từ dầu thô ước tính là 49.000 tỷ đồng.',
    [goal(vnd('475457000000000')), goal(vnd('171850000000000', { a: 'about' })), goal(vnd('49000000000000'))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Về tổng thu ngân sách địa phương của TP.HCM cho năm 2025, dự kiến đạt hơn 264.797 tỷ đồng.',
    [goal(vnd('264797000000000', { a: 'over', p: '2025' }))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Đáng chú ý, thu từ bán đấu giá đất công dự kiến lên tới hơn 17.000 tỷ đồng, đóng góp một phần quan trọng vào ngân sách địa phương.',
    [goal(vnd('17000000000000', { a: 'over' }))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Đối với chi ngân sách, TP.HCM dự kiến tổng chi là hơn 282.062 tỷ đồng.',
    [goal(vnd('282062000000000', { a: 'over' }))],
  ],
  [
    SAOVIET_HCM_DUTOAN_2025,
    'Trong đó, chi cho đầu tư phát triển chiếm một tỷ lệ cao, dự kiến đạt hơn 150.330 tỷ đồng.',
    [goal(vnd('150330000000000', { a: 'over' }))],
  ],
  [
    TIMHIEULUAT_CANTHO_DUTOAN_2025,
    'Căn cứ Nghị quyết số 159/2024/QH15 ngày 13 tháng 11 năm 2024 của Quốc hội về dự toán ngân sách nhà nước năm 2025;',
    [],
  ],
  [
    TIMHIEULUAT_CANTHO_DUTOAN_2025,
    'Căn cứ Quyết định số 1500/QĐ-TTg ngày 30 tháng 11 năm 2024 của Thủ tướng Chính phủ về giao dự toán ngân sách nhà nước năm 2025;',
    [],
  ],
  // Hướng Hóa district's «Tết sum vầy», January 2020 (Quảng Trị's trade-union portal)
  [
    CDQUANGTRI_TET_2020,
    'Ngày 18/01/2020, tại Trung tâm Văn hóa - Thể dục thể thao huyện Hướng Hóa, Liên đoàn Lao động huyện đã tổ chức chương trình "Tết sum vầy" 2020 - Mừng Xuân, ơn Đảng.',
    [],
  ],
  [
    CDQUANGTRI_TET_2020,
    'Đây là một trong những hoạt động chào mừng kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2020) – Mừng Đảng quang vinh, mừng xuân Canh Tý 2020 của CNVCLĐ huyện Hướng Hoá.',
    [],
  ],
  [
    CDQUANGTRI_TET_2020,
    'Tại chương trình, LĐLĐ huyện đã trao 90 suất quà trị giá hơn 63 triệu đồng cho đoàn viên, công nhân, viên chức, lao động có hoàn cảnh đặc biệt khó khăn.',
    [n('90'), vnd('63000000', { a: 'over' })],
  ],
  // African swine fever in 2025 (Doanh nghiệp Tiếp thị's tag page) and in Bà Rịa-Vũng Tàu, August 2019 (a copy on 88tysobongda.com)
  [
    DNTT_ASF_2025,
    'Dịch tả lợn châu Phi bùng phát tại 30 tỉnh thành, 636 ổ dịch, khiến hơn 43.300 con lợn bị tiêu hủy.',
    [n('30'), n('636'), n('43300', { a: 'over' })],
  ],
  [DNTT_ASF_2025, 'Hiện còn 256 ổ dịch tại 26 tỉnh thành chưa khống chế triệt để.', [n('256'), n('26')]],
  [
    TYSO_ASF_BRVT_2019,
    'Cụ thể, dịch bệnh châu Phi xảy ra dịch tại 1 hộ ở thôn Phước Thành, xã Tân Hòa, thị xã Phú Mỹ, tổng đàn khoảng 700 con, hiện tiêu hủy 36 con bệnh.',
    [],
  ],
  [TYSO_ASF_BRVT_2019, 'Hiện giá lợn thịt xuống thấp chỉ còn từ 28.000 – 32.000 đồng/kg, khó khăn trong tiêu thụ.', []],
  [
    TYSO_ASF_BRVT_2019,
    'Theo ông Lê Xuân Trung, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh Bà Rịa-Vũng Tàu, từ khi trên địa bàn tỉnh xuất hiện dịch tả lợn châu Phi (ngày 19/6) đến nay (ngày 6/8) trên địa bàn tỉnh Bà Rịa – Vũng Tàu đã xuất hiện 173 ổ bệnh dịch tả lợn châu phi tại 39 địa bàn cấp xã của 7 cấp huyện, buộc phải tiêu hủy 3.860 con với tổng trọng lượng tiêu hủy là 261.208 kg.',
    [n('173'), n('39'), n('7'), n('3860'), n('261208')],
  ],
  [
    TYSO_ASF_BRVT_2019,
    'Trong ngày 6/8, địa phương phát hiện 24 trường hợp lợn nghi ngờ nhiễm bệnh tại thị xã Phú Mỹ, huyện Châu Đức và Đất Đỏ.',
    [n('24')],
  ],
  // Livestock in Lạng Sơn, first five months of 2021 (Báo Lạng Sơn's infographic)
  [
    BAOLANGSON_CHANNUOI_2021,
    '5 tháng đầu năm 2021, tình hình dịch bệnh trên gia súc, gia cầm cơ bản được khống chế, một số hộ dân bắt đầu tái đàn.',
    [],
  ],
  [
    BAOLANGSON_CHANNUOI_2021,
    'Đồng thời, người dân đã áp dụng khoa học kỹ thuật và các mô hình chăn nuôi an toàn sinh học nên quy mô, chất lượng, sản lượng vật nuôi đều tăng so với cùng kỳ năm 2020.',
    [],
  ],
  // Rural solid waste in Ba Vì (Tạp chí Môi trường on VJOL, 2024)
  [
    VJOL_CTRSH_BAVI,
    'Theo thống kê năm 2023, dân số trung bình của Việt Nam đạt 100,3 triệu người, trong đó tỷ lệ dân số thành thị chiếm 38,1% và vùng nông thôn chiếm 61,9% [1].',
    [n('100300000', { p: '2023' })],
  ],
  // Fully online records by province and ministry, 2024 (Việt Nam Hội nhập, after the EMC monitoring system)
  [VIETNAMHOINHAP_HSTT_2024, 'Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình', []],
  [
    VIETNAMHOINHAP_HSTT_2024,
    'Hà Nam dẫn đầu với số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, chiếm 68,54%.',
    [n('115665'), n('168746'), pct('68.54')],
  ],
  [
    VIETNAMHOINHAP_HSTT_2024,
    'Tỷ lệ này đưa tỉnh dẫn đầu cả nước, vượt Đà Nẵng (58,89%), Hà Giang (55,76%), Nam Định (52,96%).',
    [pct('58.89'), pct('55.76'), pct('52.96')],
  ],
  [
    VIETNAMHOINHAP_HSTT_2024,
    'Các tỉnh thành còn lại đạt tỷ lệ dưới 50%, trong khi TP HCM, Hà Nội thuộc nhóm thấp nhất, dưới 10%.',
    [],
  ],
  [
    VIETNAMHOINHAP_HSTT_2024,
    'Ở khối bộ, ngành, Bộ Công thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến toàn trình, chiếm 83,48%, tiếp đến là Bộ Tài Chính, Bộ Tư pháp.',
    [n('1488000'), pct('83.48')],
  ],
  [
    VIETNAMHOINHAP_HSTT_2024,
    'Đáng chú ý, hệ thống EMC ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%.',
    [n('15')],
  ],
];

export const TEST18B_VI: readonly RealSentence[] = TEST18B_VI_ROWS.map(([url, text, facts], i) => ({
  id: `vi-test18b-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test18',
}));
