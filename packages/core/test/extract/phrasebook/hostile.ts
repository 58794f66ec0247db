import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';
import { enAttributes, enDifferences, enDurations, viDurations } from './hostile-r28';
import { enAtRates, enPartShares, enRestatedAmounts } from './hostile-r29';

/**
 * The hostile phrasebook: report sentences whose numbers are NOT figures of an indicator, or whose
 * figures are ambiguous — dates in every form, numbers of decrees, resolutions and decisions, ranks
 * (`thứ 14/63`, `ranked 14th`, `top 10`), counts out of a total (`75/80 xã`), shares, counts of years
 * and times, ages, temperatures, ratios (`1/3`, `50-50`), model and brand names (`COVID-19`, `G20`,
 * `5G`, `4.0`), hotlines, milestones never reached, and goals. The library's promise on text it has
 * never seen is NO SILENT WRONG NUMBER: a careful reader takes no fact from most of these (`facts:
 * []`), so any certain number read from them is wrong; where a real figure shares the sentence with
 * a hostile number, the figure is the fact and the hostile number must neither become a figure nor
 * change the figure's fields.
 *
 * Classes (each written out from the language of Vietnamese and English report prose — GSO
 * releases, provincial reports, VnExpress, VietnamPlus, Vietnam News, VOV, Xinhua/Reuters copy):
 * legal references, dates and day ranges, ranks, counts and fractions of subjects, other non-figure
 * numbers (ages, temperatures, models, roads, hotlines, terms), shares and compared ratios,
 * milestones, and the host figures they sit beside. The annotations follow `real-corpus/types.ts`
 * and the file headers of the real sets: shares, ranks, counts of places, years or times, and
 * percentage-point contributions are not facts; `so với cùng kỳ năm trước`/`year-on-year` is the
 * same period last year; a change with no base is `*`; `ước đạt`/`estimated at` is the stage
 * `estimate`; a period is annotated only where the sentence names it with its year.
 */

const SPLY = 'same-period-last-year';

/* ----------------------------------------------------------------------------------------------
 * Vietnamese
 * -------------------------------------------------------------------------------------------- */

/** Legal and administrative references: every number in them is part of a document's name. */
const VI_LEGAL = [
  'Nghị quyết 98/2023/QH15',
  'Nghị quyết số 01/NQ-CP ngày 5/1/2025 của Chính phủ',
  'Nghị định 15/2022/NĐ-CP',
  'Nghị định số 08/2025/NĐ-CP',
  'Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND tỉnh',
  'Quyết định 2156/QĐ-TTg',
  'Thông tư 06/2024/TT-BTC',
  'Chỉ thị số 01/CT-TTg',
  'Kế hoạch số 45/KH-UBND',
  'Công văn số 2345/BTC-NSNN',
  'Kết luận số 123-KL/TW của Bộ Chính trị',
  'Luật Đầu tư số 61/2020/QH14',
] as const;

const VI_LEGAL_OPENERS = ['Thực hiện', 'Căn cứ', 'Theo', 'Triển khai'] as const;

/** Clauses that state no figure. */
const VI_PLAIN_CLAUSES = [
  'UBND tỉnh đã ban hành kế hoạch triển khai cụ thể',
  'các sở, ngành đã tập trung tháo gỡ khó khăn cho doanh nghiệp',
  'tỉnh đã thành lập tổ công tác đặc biệt về giải ngân vốn đầu tư công',
] as const;

/** Dates, times of day and day ranges, as Vietnamese reports print them. */
const VI_DATES = [
  'Ngày 15/3/2024',
  'Sáng 12/5',
  'Chiều ngày 20-7-2024',
  'Ngày 20 tháng 7 năm 2024',
  'Trong hai ngày 14 và 15/11',
  'Từ ngày 1/7/2024',
  'Sáng nay (3/6)',
  'Tối 28.12',
  'Lúc 9 giờ 30 phút ngày 2/9',
  'Ngày 30 Tết',
] as const;

const VI_DATE_CLAUSES = [
  'Sở Công Thương tổ chức hội nghị sơ kết công tác 6 tháng đầu năm',
  'đoàn công tác của Bộ Tài chính đã làm việc với tỉnh',
  'Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các địa phương',
] as const;

/** Ranks and positions: a place in an ordering, never a figure. */
const VI_RANKS = [
  'xếp thứ 14/63 tỉnh, thành phố về chỉ số năng lực cạnh tranh cấp tỉnh',
  'đứng thứ 3 cả nước về thu hút vốn đầu tư nước ngoài',
  'lọt top 10 địa phương có tốc độ tăng trưởng cao nhất cả nước',
  'vươn lên vị trí thứ 5 cả nước',
  'xếp hạng 12 trong bảng xếp hạng chỉ số cải cách hành chính',
  'tăng 7 bậc so với năm trước trong bảng xếp hạng PCI',
  'nằm trong nhóm 5 tỉnh dẫn đầu cả nước',
  'đứng thứ hai trong khu vực, chỉ sau Bắc Ninh',
] as const;

const VI_RANK_SUBJECTS = ['Tỉnh Thanh Hóa', 'Năm nay, Quảng Ninh', 'Với kết quả này, thành phố'] as const;

/** Counts of subjects, fractions of a total, numbers of years or times: no indicator's value. */
const VI_COUNTS = [
  'Đến nay, toàn tỉnh có 75/80 xã đạt chuẩn nông thôn mới',
  'Khoảng 1/3 số doanh nghiệp chưa tiếp cận được nguồn vốn vay ưu đãi',
  'Có 27 bộ, cơ quan trung ương và 30/63 địa phương có tỷ lệ giải ngân đạt trên trung bình cả nước',
  'Tỉnh đã 3 năm liên tiếp dẫn đầu khu vực về cải cách hành chính',
  'Đây là lần thứ 2 tỉnh tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản',
  'Hội nghị đã thu hút hơn 20 đoàn doanh nghiệp của 5 quốc gia tham dự',
  'Toàn huyện có 12 xã, thị trấn đã hoàn thành 19/19 tiêu chí',
  'Trong đó, 3 xã đạt chuẩn nông thôn mới kiểu mẫu, 30 xã đạt chuẩn nâng cao',
  'Tỉnh giao 6 nhiệm vụ trọng tâm và 3 đột phá chiến lược cho giai đoạn 2021-2025',
] as const;

/** Other numbers that are names, ages, temperatures, models, roads, hotlines or terms. */
const VI_OTHER = [
  'Người cao tuổi từ 60 tuổi trở lên được hỗ trợ toàn bộ chi phí khám chữa bệnh',
  'Nhiệt độ cao nhất trong ngày lên tới 39 độ C, gây khó khăn cho sản xuất nông nghiệp',
  'Tác động của dịch Covid-19 khiến nhiều doanh nghiệp phải thu hẹp sản xuất',
  'Hội nghị thượng đỉnh G20 năm nay bàn về thương mại toàn cầu',
  'Tỉnh đẩy mạnh phủ sóng mạng 5G tại các khu công nghiệp',
  'Cuộc cách mạng công nghiệp 4.0 mở ra nhiều cơ hội cho doanh nghiệp',
  'Dự án nâng cấp Quốc lộ 1A đoạn qua tỉnh đã hoàn thành',
  'Người dân có thể phản ánh qua đường dây nóng 1900 9095',
  'Hai bên thành lập liên doanh với tỷ lệ góp vốn 50-50',
  'Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 đã thành công tốt đẹp',
  'Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt',
  'Khu công nghiệp số 3 đã lấp đầy diện tích',
  'Hợp tác trong khuôn khổ ASEAN+3 tiếp tục được tăng cường',
  'Lúc 9h30 sáng nay, đoàn công tác đã kiểm tra tiến độ dự án',
  'Từ 7h đến 11h30, các điểm giao dịch làm việc bình thường',
  'Đúng 14:00 chiều 5/6, phiên đấu giá chính thức bắt đầu',
  'Trụ sở công ty đặt tại số 12 Lê Lợi, phường 5, Quận 1',
  'Nhà máy được xây dựng tại lô B2 Khu công nghiệp VSIP 2',
  'Năm nay là dịp kỷ niệm 50 năm ngày giải phóng miền Nam',
  'Sau 35 năm đổi mới, diện mạo của tỉnh đã thay đổi rõ rệt',
  'Trong 5 năm qua, tỉnh luôn coi cải cách hành chính là khâu đột phá',
  'Công ty có mã số thuế 0101234567 do Sở Kế hoạch và Đầu tư cấp',
  'Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII đã bế mạc',
  'Kỳ họp thứ 7 Quốc hội khóa XV đã thông qua nhiều luật quan trọng',
  'Xe buýt tuyến số 32 đã hoạt động trở lại',
  'Tuyến Metro số 1 Bến Thành - Suối Tiên chính thức vận hành',
  'Nhà ga T3 sân bay Tân Sơn Nhất đã đi vào hoạt động',
  'Sân bay Long Thành giai đoạn 1 sẽ hoàn thành vào năm 2026',
  'Dự án đường Vành đai 3 được khởi công',
  'Đợt 3 của chương trình kích cầu bắt đầu từ tháng 9',
  'Thành phố được công nhận là đô thị loại 1',
  'Giá xăng RON 95 giảm nhẹ trong kỳ điều hành này',
  'Việt Nam đăng cai SEA Games 31',
  'Trẻ em dưới 5 tuổi được tiêm vắc xin miễn phí',
  'Theo Điều 5 Luật Ngân sách nhà nước, các khoản chi phải được dự toán',
  'Khoản 2 Điều 10 Nghị định quy định rõ trách nhiệm của địa phương',
  'Người dân có thể gọi số điện thoại 0912 345 678 để được hỗ trợ',
  'Trong quý III/2024, tỉnh tập trung tháo gỡ vướng mắc cho doanh nghiệp',
  'Mỗi hộ được hỗ trợ 2 triệu đồng',
  'Mỗi lao động được nhận 5 triệu đồng tiền hỗ trợ',
  'Thuế suất thuế thu nhập doanh nghiệp là 20%',
  'Hoa Kỳ áp mức thuế đối ứng 46% với hàng hóa Việt Nam',
  'Thuế nhập khẩu đối với mặt hàng này giảm về 0%',
  'Khoảng 70% trong số 1.000 doanh nghiệp được khảo sát dự báo tình hình kinh doanh tốt hơn',
  'Có 45% trong tổng số 120 dự án bị chậm tiến độ',
] as const;

/** Policy rates: a cut, exemption or support of a charge is a rule, not a measured change. */
const VI_POLICY = [
  'Chính phủ tiếp tục giảm 2% thuế suất thuế giá trị gia tăng',
  'Doanh nghiệp được giảm 30% tiền thuê đất phải nộp của năm 2023',
  'Nhà nước hỗ trợ 50% lãi suất vay cho các hộ nghèo',
  'Tỉnh miễn 100% học phí cho học sinh các cấp',
  'Các ngân hàng giảm 0,5% lãi suất cho vay đối với khách hàng hiện hữu',
  'Ngành điện giảm 10% giá điện cho các cơ sở lưu trú du lịch',
  'Người nộp thuế được giảm 50% lệ phí trước bạ khi đăng ký ô tô sản xuất trong nước',
] as const;

/** A real figure written with every usual field, beside which a hostile number sits. */
interface Host {
  readonly text: string;
  readonly fact: RealFact;
}

const VI_HOSTS: readonly Host[] = [
  {
    text: 'kim ngạch xuất khẩu đạt 35,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước',
    fact: { v: '35200000000', u: 'USD', ch: [`rate 12.5 ${SPLY}`] },
  },
  {
    text: 'thu ngân sách nhà nước ước đạt 12.345 tỷ đồng, bằng 105,3% dự toán',
    fact: { v: '12345000000000', u: 'VND', st: 'estimate', c: '105.3' },
  },
  {
    text: 'tổng vốn đầu tư toàn xã hội đạt 48.200 tỷ đồng, tăng 9,1%',
    fact: { v: '48200000000000', u: 'VND', ch: ['rate 9.1 *'] },
  },
  {
    text: 'sản lượng lúa đạt 1,52 triệu tấn, giảm 2,3% so với cùng kỳ năm trước',
    fact: { v: '1520000', u: 'tonne', ch: [`rate -2.3 ${SPLY}`] },
  },
];

/** Lead phrases with a hostile number that must lend nothing to the host figure. */
const VI_HOST_LEADS = [
  'Theo Nghị quyết 98/2023/QH15, ',
  'Thực hiện Quyết định số 1234/QĐ-UBND, ',
  'Trong bối cảnh dịch Covid-19 còn diễn biến phức tạp, ',
  'Tại hội nghị sáng 12/5, Giám đốc Sở cho biết ',
  'Với 75/80 xã đạt chuẩn nông thôn mới, ',
  'Là địa phương xếp thứ 14/63 cả nước, ',
  'Sau 3 năm liên tiếp dẫn đầu khu vực, ',
  'Tính từ đầu năm đến ngày 20/7, ',
] as const;

/** Tails with a hostile number that must not become a figure of their own. */
const VI_HOST_TAILS = [
  ', xếp thứ 14/63 tỉnh, thành phố',
  ', đứng thứ 3 cả nước',
  ', chiếm 35% tổng kim ngạch của cả vùng',
  ', theo Quyết định số 1234/QĐ-UBND',
  ', lọt top 10 địa phương dẫn đầu',
  ' (số liệu cập nhật lúc 17h ngày 30/6)',
  ', cao gấp đôi bình quân cả nước',
  ' dù chịu ảnh hưởng của dịch Covid-19',
] as const;

/** A host split at the comma between its value and its change or completion, for asides in between. */
interface SplitHost {
  readonly head: string;
  readonly tail: string;
  readonly fact: RealFact;
}

const VI_SPLIT_HOSTS: readonly SplitHost[] = [
  {
    head: 'Kim ngạch xuất khẩu đạt 35,2 tỷ USD',
    tail: 'tăng 12,5% so với cùng kỳ năm trước',
    fact: { v: '35200000000', u: 'USD', ch: [`rate 12.5 ${SPLY}`] },
  },
  {
    head: 'Thu ngân sách nhà nước ước đạt 12.345 tỷ đồng',
    tail: 'bằng 105,3% dự toán',
    fact: { v: '12345000000000', u: 'VND', st: 'estimate', c: '105.3' },
  },
  {
    head: 'Sản lượng lúa đạt 1,52 triệu tấn',
    tail: 'giảm 2,3% so với cùng kỳ năm trước',
    fact: { v: '1520000', u: 'tonne', ch: [`rate -2.3 ${SPLY}`] },
  },
];

/** Asides with a hostile number between a value and its change: they name no figure of their own. */
const VI_ASIDES = [
  ' (theo Quyết định số 1234/QĐ-UBND)',
  ' (số liệu cập nhật đến 17h ngày 30/6)',
  ', xếp thứ 14/63 tỉnh, thành phố,',
  ', chiếm 35% tổng kim ngạch của cả vùng,',
  ', lọt top 10 địa phương dẫn đầu,',
  ', cao gấp đôi bình quân cả nước,',
  ' (không tính 12 xã mới sáp nhập)',
] as const;

/** Leads that date the report, not the figure (a publication day): they lend no number. */
const VI_REPORT_LEADS = [
  'Ngày 15/3/2024, Tổng cục Thống kê cho biết ',
  'Tại họp báo chiều 6/10, Sở Công Thương cho biết ',
  'Theo báo cáo số 245/BC-UBND, ',
] as const;

/** Shares, compared ratios, milestones and contributions: percentages and amounts that are not results. */
const VI_NOT_RESULTS = [
  'Trung Quốc vẫn là thị trường lớn nhất với thị phần 44,7%, tiếp theo là Hoa Kỳ với 27,4%.',
  'Hàng dệt may chiếm 15,2% tổng kim ngạch xuất khẩu của tỉnh.',
  'Khu vực công nghiệp và xây dựng đóng góp 3,5 điểm phần trăm vào mức tăng trưởng chung.',
  'Con số này thấp hơn nhiều so với tỷ lệ 43,3% của cùng kỳ năm trước.',
  'Thu ngân sách của tỉnh chưa từng vượt mốc 50.000 tỷ đồng.',
  'Kim ngạch xuất khẩu của tỉnh đang tiến gần mốc 10 tỷ USD.',
  'Tỉnh đặt mục tiêu lọt top 10 địa phương có thu ngân sách lớn nhất.',
  'Khoảng 2/3 số hộ dân trong vùng đã được hỗ trợ.',
  'Tỷ lệ này cao gấp đôi mức bình quân của cả nước.',
  'Lãi suất cho vay được giảm từ 0,5 đến 1 điểm phần trăm.',
  'Năng suất lúa của huyện cao gấp 1,5 lần bình quân chung của tỉnh.',
  'Thu nhập bình quân của lao động khu vực này chỉ bằng 60% mức của khu vực thành thị.',
] as const;

/** Yields and other rates per unit, read as values without their unit (as the Vietnamese sets annotate `624 USD/tấn`). */
const VI_PER_UNIT: readonly Host[] = [
  { text: 'Năng suất lúa bình quân đạt 6,7 tấn/ha.', fact: { v: '6.7' } },
  { text: 'Năng suất ngô ước đạt 52,4 tạ/ha, tăng 1,2 tạ/ha.', fact: { v: '52.4', st: 'estimate' } },
  { text: 'Giá gạo xuất khẩu bình quân đạt 624 USD/tấn.', fact: { v: '624' } },
];

/** Goals and plans: facts of kind `target`, never actual results. */
const VI_GOALS: readonly Host[] = [
  {
    text: 'Năm 2025, tỉnh phấn đấu giải ngân 100% kế hoạch vốn đầu tư công được giao.',
    fact: { k: 'target', c: '100', p: '2025' },
  },
  {
    text: 'Tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP năm 2025 đạt 10%.',
    fact: { k: 'target', ch: ['rate 10 *'], p: '2025' },
  },
];

/**
 * Ambiguous figures a careful reader still takes (each annotated with its facts): a compared
 * figure of another period (its own fact, with its own year), two values and two changes joined
 * without `lần lượt`, a completion against an unusual plan word.
 */
const VI_AMBIGUOUS: readonly PhraseCase[] = [
  {
    text: 'Tốc độ tăng trưởng GRDP 6 tháng đầu năm 2024 đạt 7,5%, cao hơn mức tăng 6,2% của 6 tháng đầu năm 2023.',
    facts: [
      { ch: ['rate 7.5 *'], p: '2024-H1' },
      { ch: ['rate 6.2 *'], p: '2023-H1' },
    ],
  },
  {
    text: 'Tốc độ tăng trưởng GRDP 9 tháng năm 2024 đạt 6,8%, thấp hơn mức tăng 8,1% của 9 tháng năm 2022.',
    facts: [
      { ch: ['rate 6.8 *'], p: '2024-YTD-09' },
      { ch: ['rate 8.1 *'], p: '2022-YTD-09' },
    ],
  },
  {
    text: 'Xuất khẩu sang Hoa Kỳ đạt 43,7 tỷ USD và sang EU đạt 21,1 tỷ USD, tăng 20,5% và 13,3%.',
    facts: [
      { v: '43700000000', u: 'USD', ch: ['rate 20.5 *'] },
      { v: '21100000000', u: 'USD', ch: ['rate 13.3 *'] },
    ],
  },
  { text: 'Trong đó, Hoa Kỳ dẫn đầu với 29%, tiếp theo là EU với 18%.', facts: [] },
  { text: 'Trong 63 tỉnh, thành phố, có 20 đạt mức tăng trưởng trên bình quân cả nước.', facts: [] },
  { text: 'Con số này đã lên 20 vào cuối tháng 7.', facts: [] },
  { text: 'Số dự án FDI mới đạt 1.250.', facts: [{ v: '1250' }] },
  { text: 'Trong 3 ngày, hội chợ thu hút 15.000 lượt khách tham quan.', facts: [{ v: '15000' }] },
  { text: 'Hồ sơ được giải quyết trong vòng 3 ngày làm việc.', facts: [] },
  { text: 'Suốt 2 tháng, giá lúa liên tục giảm.', facts: [] },
  { text: 'Tỷ lệ này tăng so với tỷ lệ 43,3% của 4 tháng đầu năm 2017.', facts: [] },
];

/** A level reached beside a milestone passed: the level is the fact, the milestone is none. */
const VI_MILESTONE_HOSTS: readonly PhraseCase[] = cross(
  ['lần đầu tiên vượt mốc', 'lần đầu cán mốc', 'vượt ngưỡng', 'chính thức vượt mốc'] as const,
  ['Thu ngân sách đạt 52.300 tỷ đồng, ', 'Năm 2024, thu ngân sách đạt 52.300 tỷ đồng, '] as const,
).map(([milestone, head]) => ({
  text: `${head}${milestone} 50.000 tỷ đồng.`,
  facts: [{ v: '52300000000000', u: 'VND' }],
}));

function viBook(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [opener, doc, clause] of cross(VI_LEGAL_OPENERS, VI_LEGAL, VI_PLAIN_CLAUSES))
    out.push({ text: `${opener} ${doc}, ${clause}.`, facts: [] });
  for (const [date, clause] of cross(VI_DATES, VI_DATE_CLAUSES)) out.push({ text: `${date}, ${clause}.`, facts: [] });
  for (const [subject, rank] of cross(VI_RANK_SUBJECTS, VI_RANKS)) out.push({ text: `${subject} ${rank}.`, facts: [] });
  for (const text of [...VI_COUNTS, ...VI_OTHER, ...VI_POLICY]) out.push({ text: `${text}.`, facts: [] });
  for (const [lead, host] of cross(VI_HOST_LEADS, VI_HOSTS)) {
    const text = `${lead}${host.text}.`;
    out.push({ text: text.charAt(0).toUpperCase() + text.slice(1), facts: [host.fact] });
  }
  for (const [host, tail] of cross(VI_HOSTS, VI_HOST_TAILS)) {
    const text = `${host.text}${tail}.`;
    out.push({ text: text.charAt(0).toUpperCase() + text.slice(1), facts: [host.fact] });
  }
  for (const [host, aside] of cross(VI_SPLIT_HOSTS, VI_ASIDES))
    out.push({ text: `${host.head}${aside}${aside.endsWith(',') ? ' ' : ', '}${host.tail}.`, facts: [host.fact] });
  for (const [lead, host] of cross(VI_REPORT_LEADS, VI_HOSTS))
    out.push({ text: `${lead}${host.text}.`, facts: [host.fact] });
  for (const text of VI_NOT_RESULTS) out.push({ text, facts: [] });
  for (const g of [...VI_GOALS, ...VI_PER_UNIT]) out.push({ text: g.text, facts: [g.fact] });
  out.push(...VI_AMBIGUOUS, ...VI_MILESTONE_HOSTS);
  // (round 28's classes: `hostile-r28.ts`)
  out.push(...viDurations());
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * English
 * -------------------------------------------------------------------------------------------- */

const EN_LEGAL = [
  'Resolution 98/2023/QH15',
  'Resolution No. 01/NQ-CP dated January 5, 2025',
  'Decree 15/2022/ND-CP',
  'Decree No. 08/2025/ND-CP',
  'Decision No. 1234/QD-UBND of the provincial People’s Committee',
  'Decision 2156/QD-TTg',
  'Circular 06/2024/TT-BTC',
  'Directive No. 01/CT-TTg',
  'Conclusion No. 123-KL/TW of the Politburo',
  'the Law on Investment No. 61/2020/QH14',
] as const;

const EN_LEGAL_OPENERS = ['Under', 'In line with', 'Implementing', 'According to'] as const;

const EN_PLAIN_CLAUSES = [
  'the provincial People’s Committee has issued a detailed plan',
  'ministries and agencies have focused on removing obstacles for businesses',
  'the province set up a special task force on public investment disbursement',
] as const;

const EN_DATES = [
  'On March 15, 2024',
  'On 15 March 2024',
  'On the morning of May 12',
  'On Monday (June 3)',
  'On 15/3/2024',
  'From July 1, 2024',
  'On December 28',
  'At 9:30 a.m. on September 2',
  'Over the two days of November 14 and 15',
  'From the beginning of this year to 20th July',
] as const;

const EN_DATE_CLAUSES = [
  'the Ministry of Industry and Trade held a conference to review the first half of the year',
  'a delegation of the Ministry of Finance worked with the province',
  'the Prime Minister chaired an online conference with localities',
] as const;

const EN_RANKS = [
  'ranked 14th out of 63 provinces and cities in the Provincial Competitiveness Index',
  'ranked third nationwide in attracting foreign investment',
  'was among the top 10 localities with the highest growth rates',
  'climbed seven places to 5th in the PAR Index',
  'came in at No. 12 in the ranking',
  'is the country’s second-largest exporter, behind only Bac Ninh',
  'was in the group of five leading provinces',
  'rose to 24th place in the global innovation index',
] as const;

const EN_RANK_SUBJECTS = ['Thanh Hoa Province', 'This year, Quang Ninh', 'With this result, the city'] as const;

const EN_COUNTS = [
  'So far, 75/80 communes in the province have met new-style rural area standards',
  'About one-third of businesses have not accessed preferential loans',
  'Some 27 ministries and 30 out of 63 localities had disbursement rates above the national average',
  'The province has led the region in administrative reform for three consecutive years',
  'This is the second time the province has held an investment promotion conference in Japan',
  'The conference drew more than 20 business delegations from five countries',
  'Of these, 3 communes met model new-style rural standards and 30 met advanced standards',
  'The province set six key tasks and three strategic breakthroughs for the 2021-2025 period',
  'Exports have risen for the 10th consecutive month',
] as const;

const EN_OTHER = [
  'People aged 60 and over are fully covered for medical costs',
  'Temperatures reached up to 39 degrees Celsius, hurting farm production',
  'The impact of the COVID-19 pandemic forced many businesses to scale down',
  'The G20 summit this year discussed global trade',
  'The province is expanding 5G coverage in industrial parks',
  'Industry 4.0 brings many opportunities to businesses',
  'The upgrade of National Highway 1A through the province has been completed',
  'People can report problems via the hotline 1900 9095',
  'The two sides set up a 50-50 joint venture',
  'The 13th National Party Congress set out the direction for the 2021-2025 term',
  'The provincial master plan for 2021-2030, with a vision to 2050, has been approved',
  'Cooperation within the ASEAN+3 framework continues to be strengthened',
  'Vietnam Airlines took delivery of its first Boeing 787-10 in 2019',
  'The 8th plenum of the 13th Party Central Committee closed on Saturday',
  'Bus route No. 32 has resumed operation',
  'Metro Line No. 1 Ben Thanh - Suoi Tien officially began operating',
  'Terminal T3 of Tan Son Nhat airport has come into operation',
  'Phase 1 of Long Thanh airport will be completed in 2026',
  'The price of RON 95 petrol fell slightly in this adjustment',
  'Vietnam hosted the 31st SEA Games',
  'Children under 5 are vaccinated for free',
  'Under Article 5 of the State Budget Law, all spending must be budgeted',
  'Clause 2, Article 10 of the decree sets out the responsibilities of localities',
  'People can call 0912 345 678 for support',
  'Each household receives 2 million VND in support',
  'Each worker is paid VND5 million a month',
  'The corporate income tax rate is 20 percent',
  'The US imposed a reciprocal tariff of 46 percent on Vietnamese goods',
  'Vietnam’s tariff rate decreased from 46% to 20%',
  'Nearly 70 percent of the 1,000 firms surveyed expect better business in the next quarter',
  'About 45 percent of the 120 projects are behind schedule',
  'At 9:30 a.m. today, the delegation inspected the progress of the project',
  'From 7 a.m. to 11:30 a.m., transaction offices worked as usual',
  'At 14:00 on June 5, the auction officially began',
  'The company is headquartered at 12 Le Loi Street, Ward 5, District 1',
  'The factory was built on Lot B2 of VSIP 2 Industrial Park',
  'This year marks 50 years since the liberation of the South',
  'After 35 years of Doi Moi, the face of the province has changed markedly',
  'Over the past five years, the province has always considered administrative reform a breakthrough',
  'The company’s tax code 0101234567 was issued by the Department of Planning and Investment',
] as const;

const EN_POLICY = [
  'The Government continued to cut the value-added tax rate by 2 percent',
  'Enterprises get a 30 percent reduction in land rent payable for 2023',
  'The State provides a 50 percent interest subsidy on loans to poor households',
  'The province exempts 100 percent of tuition fees for students at all levels',
  'Banks cut lending rates by 0.5 percent for existing customers',
  'The power sector cut electricity prices by 10 percent for tourist accommodation',
  'Taxpayers get a 50 percent cut in registration fees for domestically made cars',
] as const;

const EN_HOSTS: readonly Host[] = [
  {
    text: 'exports reached US$35.2 billion, up 12.5 percent year-on-year',
    fact: { v: '35200000000', u: 'USD', ch: [`rate 12.5 ${SPLY}`] },
  },
  {
    text: 'state budget revenue was estimated at VND12.3 trillion, equal to 105.3 percent of the estimate',
    fact: { v: '12300000000000', u: 'VND', st: 'estimate', c: '105.3' },
  },
  {
    text: 'total social investment reached VND48.2 trillion, an increase of 9.1 percent',
    fact: { v: '48200000000000', u: 'VND', ch: ['rate 9.1 *'] },
  },
  {
    text: 'rice output reached 1.52 million tonnes, down 2.3 percent from the same period last year',
    fact: { v: '1520000', u: 'tonne', ch: [`rate -2.3 ${SPLY}`] },
  },
];

const EN_HOST_LEADS = [
  'Under Resolution 98/2023/QH15, ',
  'Implementing Decision No. 1234/QD-UBND, ',
  'Despite the lingering impact of COVID-19, ',
  'Speaking at a conference on May 12, the director said ',
  'With 75/80 communes meeting the new rural standards, ',
  'As the locality ranked 14th out of 63 nationwide, ',
  'After three consecutive years leading the region, ',
  'From the beginning of this year to 20th July, ',
] as const;

const EN_HOST_TAILS = [
  ', ranking 14th out of 63 provinces',
  ', third in the country',
  ', accounting for 35 percent of the region’s total',
  ', according to Decision No. 1234/QD-UBND',
  ', placing it in the top 10 localities',
  ' (data updated at 5 p.m. on June 30)',
  ', double the national average',
  ' despite the impact of COVID-19',
] as const;

const EN_SPLIT_HOSTS: readonly SplitHost[] = [
  {
    head: 'Exports reached US$35.2 billion',
    tail: 'up 12.5 percent year-on-year',
    fact: { v: '35200000000', u: 'USD', ch: [`rate 12.5 ${SPLY}`] },
  },
  {
    head: 'State budget revenue was estimated at VND12.3 trillion',
    tail: 'equal to 105.3 percent of the estimate',
    fact: { v: '12300000000000', u: 'VND', st: 'estimate', c: '105.3' },
  },
  {
    head: 'Rice output reached 1.52 million tonnes',
    tail: 'down 2.3 percent from the same period last year',
    fact: { v: '1520000', u: 'tonne', ch: [`rate -2.3 ${SPLY}`] },
  },
];

const EN_ASIDES = [
  ' (under Decision No. 1234/QD-UBND)',
  ' (data as of 5 p.m. on June 30)',
  ', ranking 14th out of 63 provinces,',
  ', accounting for 35 percent of the region’s total,',
  ', in the top 10 nationwide,',
  ', double the national average,',
  ' (excluding 12 newly merged communes)',
] as const;

const EN_REPORT_LEADS = [
  'On March 15, 2024, the General Statistics Office said ',
  'At a press conference on October 6, the Department of Industry and Trade said ',
  'According to Report No. 245/BC-UBND, ',
] as const;

/** A level reached beside a milestone passed: the level is the fact, the milestone is none. */
const EN_MILESTONE_HOSTS: readonly PhraseCase[] = cross(
  ['crossing', 'surpassing', 'passing', 'breaking through', 'exceeding'] as const,
  ['mark', 'milestone', 'threshold'] as const,
).map(([verb, noun]) => ({
  text: `Budget revenue hit VND52.3 trillion, ${verb} the VND50 trillion ${noun} for the first time.`,
  facts: [{ v: '52300000000000', u: 'VND' }],
}));

const EN_NOT_RESULTS = [
  'China remained the biggest market with a market share of 44.7%, followed by America with 27.4%.',
  'Textiles and garments made up 15.2 percent of the province’s total export turnover.',
  'Industry and construction contributed 3.5 percentage points to overall growth.',
  'This is far lower than the rate of 43.3 percent in the same period last year.',
  'The province’s budget revenue has never surpassed the VND50 trillion mark.',
  'The province’s export turnover is nearing the US$10 billion milestone.',
  'The province aims to be among the top 10 localities by budget revenue.',
  'About two-thirds of households in the area have received support.',
  'This rate is double the national average.',
  'Lending rates were cut by 0.5 to 1 percentage point.',
  'The average yield reached 6.7 tonnes per hectare.',
  'The average yield reached 6.7 tonnes per ha.',
  'Each household used 12.5 cubic metres of water per month.',
  'Maize yield was estimated at 52.4 quintals per hectare.',
  'Each worker produced 5.2 tonnes of goods per year.',
  'The district’s rice yield is 1.5 times the provincial average.',
  'Average income of workers in the sector is only 60 percent of that in urban areas.',
  'Exports to the EU were twice as high as those to Japan.',
] as const;

/** Prices per unit: values of their own (as the English sets annotate `USD568 per tonne`), unlike yields per hectare. */
const EN_PRICES: readonly Host[] = [
  { text: 'Export prices averaged USD568 per tonne.', fact: { v: '568' } },
  { text: 'Vietnam’s 5% broken rice was traded at US$638 per ton.', fact: { v: '638' } },
];

const EN_GOALS: readonly Host[] = [
  {
    text: 'In 2025, the province strives to disburse 100 percent of the public investment capital assigned.',
    fact: { k: 'target', c: '100', p: '2025' },
  },
  {
    text: 'The province targets GRDP growth of 10 percent in 2025.',
    fact: { k: 'target', ch: ['rate 10 *'], p: '2025' },
  },
];

const EN_AMBIGUOUS: readonly PhraseCase[] = [
  {
    text: 'GDP grew 7.5 percent in the first half of 2024, higher than the 6.2 percent growth in the first half of 2023.',
    facts: [
      { ch: ['rate 7.5 *'], p: '2024-H1' },
      { ch: ['rate 6.2 *'], p: '2023-H1' },
    ],
  },
  {
    text: 'GRDP grew 6.8 percent in the first nine months of 2024, lower than the 8.1 percent expansion in the same period of 2022.',
    facts: [{ ch: ['rate 6.8 *'], p: '2024-YTD-09' }, { ch: ['rate 8.1 *'] }],
  },
  {
    text: 'Exports to the US reached US$43.7 billion and exports to the EU US$21.1 billion, rising 20.5% and 13.3%.',
    facts: [
      { v: '43700000000', u: 'USD', ch: ['rate 20.5 *'] },
      { v: '21100000000', u: 'USD', ch: ['rate 13.3 *'] },
    ],
  },
  { text: 'The US led with 29 percent, followed by the EU with 18 percent.', facts: [] },
  { text: 'Of the 63 provinces and cities, 20 reported growth above the national average.', facts: [] },
  { text: 'The figure rose to 20 by the end of July.', facts: [] },
  { text: 'The number of new FDI projects reached 1,250.', facts: [{ v: '1250' }] },
  { text: 'Over 3 days, the fair attracted 15,000 visitors.', facts: [{ v: '15000' }] },
  { text: 'Applications are processed within 15 days.', facts: [] },
  { text: 'For two months, rice prices kept falling.', facts: [] },
  {
    text: 'Budget revenue reached VND103 trillion, gaining 21.4 percent of the quotation.',
    facts: [{ v: '103000000000000', u: 'VND', c: '21.4' }],
  },
  {
    text: 'Tax collection hit VND50.2 trillion, gaining 45 percent of the projection and up 8 percent year-on-year.',
    facts: [{ v: '50200000000000', u: 'VND', c: '45', ch: [`rate 8 ${SPLY}`] }],
  },
];

/**
 * A length of time after bare `in` (round 27): `1,739 millimetres of rain fell in 24 hours`, `the
 * plant produced 3,000 tonnes of steel in 48 hours` — a count of hours, days or weeks after `in` is
 * how long the result took (as after `within`, `in just`, `trong 3 ngày`), never the result: it is
 * doubted (time-like), the figure before it stays the fact. Near-misses: a length of time that IS the
 * measure (`Processing time fell to 24 hours in 2023`, `the average stay was 6 days`) stays certain.
 */
function enInDurations(): PhraseCase[] {
  const things: readonly (readonly [string, string, string])[] = [
    ['The steel plant produced', '3,000 tonnes of billets', '3000'],
    ['The rice mill processed', '1,450 tonnes of paddy', '1450'],
    ['Farmers harvested', '12,800 tonnes of lychees', '12800'],
    ['The port handled', '250,000 tonnes of cargo', '250000'],
  ];
  const spans = ['24 hours', '48 hours', '3 days', '10 days', '2 weeks'];
  const cases = cross(things, spans).map(([[lead, what, v], span]) => ({
    text: `${lead} ${what} in ${span}.`,
    facts: [{ v, u: 'tonne' }],
  }));
  const nearMisses: PhraseCase[] = [
    { text: 'Processing time fell to 24 hours in 2023.', facts: [{ v: '24', u: 'hour', p: '2023' }] },
    { text: 'Broadcasting time reached 18 hours in 2023.', facts: [{ v: '18', u: 'hour', p: '2023' }] },
    { text: 'The average hospital stay was 6 days in 2023.', facts: [{ v: '6', p: '2023' }] },
  ];
  return [...cases, ...nearMisses];
}

function enBook(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [opener, doc, clause] of cross(EN_LEGAL_OPENERS, EN_LEGAL, EN_PLAIN_CLAUSES))
    out.push({ text: `${opener} ${doc}, ${clause}.`, facts: [] });
  for (const [date, clause] of cross(EN_DATES, EN_DATE_CLAUSES)) out.push({ text: `${date}, ${clause}.`, facts: [] });
  for (const [subject, rank] of cross(EN_RANK_SUBJECTS, EN_RANKS)) out.push({ text: `${subject} ${rank}.`, facts: [] });
  for (const text of [...EN_COUNTS, ...EN_OTHER, ...EN_POLICY]) out.push({ text: `${text}.`, facts: [] });
  for (const [lead, host] of cross(EN_HOST_LEADS, EN_HOSTS)) {
    const text = `${lead}${host.text}.`;
    out.push({ text: text.charAt(0).toUpperCase() + text.slice(1), facts: [host.fact] });
  }
  for (const [host, tail] of cross(EN_HOSTS, EN_HOST_TAILS)) {
    const text = `${host.text}${tail}.`;
    out.push({ text: text.charAt(0).toUpperCase() + text.slice(1), facts: [host.fact] });
  }
  for (const [host, aside] of cross(EN_SPLIT_HOSTS, EN_ASIDES))
    out.push({ text: `${host.head}${aside}${aside.endsWith(',') ? ' ' : ', '}${host.tail}.`, facts: [host.fact] });
  for (const [lead, host] of cross(EN_REPORT_LEADS, EN_HOSTS))
    out.push({ text: `${lead}${host.text}.`, facts: [host.fact] });
  for (const text of EN_NOT_RESULTS) out.push({ text, facts: [] });
  for (const g of [...EN_GOALS, ...EN_PRICES]) out.push({ text: g.text, facts: [g.fact] });
  out.push(...EN_AMBIGUOUS, ...EN_MILESTONE_HOSTS, ...enInDurations());
  // (round 28's classes: `hostile-r28.ts`)
  out.push(...enDurations(), ...enAttributes(), ...enDifferences());
  // (round 29's classes: `hostile-r29.ts`)
  out.push(...enPartShares(), ...enRestatedAmounts(), ...enAtRates());
  return out;
}

export const HOSTILE_VI: Phrasebook = { area: 'hostile-vi', locale: 'vi', cases: viBook() };
export const HOSTILE_EN: Phrasebook = { area: 'hostile-en', locale: 'en', cases: enBook() };
