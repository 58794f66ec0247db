import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * The hostile phrasebook of COMPANY, MARKET and AGENCY prose (round 19): the numbers of business
 * news, annual reports, AGM notices and agency press releases that are NOT figures of an
 * indicator — dividends and their ratios (`cổ tức 20% bằng tiền`, `a cash dividend of 15%`, `tỷ lệ
 * 10:1`), a company's financial ratios (gross margin, ROE, ROA, EPS, P/E, P/B), one share's price,
 * tickers and codes with digits (`VN30`, `HNX30`, `VIC12345`, `Form 10-K`), charter capital and
 * counts of shares, AGM, record and payment dates, numbers of decisions and plans, counts out of a
 * total (`21/21 xã`, `8/10 chỉ tiêu`), ranks (`top 500`, `ranked 3rd`), ages, terms of office,
 * product and model names (`iPhone 15`, `VinFast VF 8`, `Boeing 787-9`), addresses and hotlines,
 * clock times that open a sentence (`Lúc 9h30`, `At 9:30 a.m.`) and percentages of a subset
 * (`70% số doanh nghiệp niêm yết`, `45 percent of listed firms`). Each is written alone (a careful
 * reader takes no fact: `facts: []`) and crossed with a HOST — a company's or an agency's real
 * figure (revenue, profit, output, disbursement) — that IS a fact: the hostile number must neither
 * become a figure nor change the host's fields.
 *
 * Near-misses (sentences that look like a hostile class and ARE figures) sit beside the classes:
 * a gross PROFIT (not a margin) in đồng, dividends and profits the State COLLECTS (a budget
 * revenue), the registered capital of NEW enterprises (a GSO indicator), a count of enterprises, a
 * rate indicator's level (`tỷ lệ thất nghiệp`, the round-19 convention: `{ v, u: 'percent' }`), a
 * stock index's level and its change (as `test9-en.ts` annotates `The VN-index ended … at 1,250
 * (+10.2% ytd)`), and a `trong khi`/`while` clause with its own figure and its own period.
 *
 * Conventions (`real-corpus/types.ts`, the headers of `test8-*.ts` and `test9-*.ts`): shares,
 * ranks, counts of places, P/E and other multiples of valuation, basis points, absolute changes of
 * an index (`tăng 12 điểm`, `up 12 points`) are not facts; `so với cùng kỳ năm trước`/`year-on-year`
 * is the same period last year; a change with no base is `*`; `kế hoạch năm`/`the annual plan` is a
 * completion; an amount per session, per share or per month is a value without its unit (as the
 * real sets annotate `624 USD/tấn`, `USD568 per tonne`); a period is annotated only where the
 * sentence names it with its year.
 */

const SPLY = 'same-period-last-year';

/** A real figure written with its usual fields. */
interface Host {
  readonly text: string;
  readonly fact: RealFact;
}

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/* ----------------------------------------------------------------------------------------------
 * Vietnamese
 * -------------------------------------------------------------------------------------------- */

/** Dividends and bonus shares: a rate on the par value or a ratio of shares, never a result. */
const VI_DIVIDENDS = [
  'công ty chi trả cổ tức 20% bằng tiền mặt',
  'HĐQT thông qua phương án chia cổ tức bằng cổ phiếu với tỷ lệ 100:15',
  'cổ đông được nhận cổ tức bằng tiền với tỷ lệ 15%, tương ứng 1.500 đồng mỗi cổ phiếu',
  'công ty sẽ phát hành cổ phiếu thưởng theo tỷ lệ 10:1',
  'ngân hàng dự kiến trả cổ tức tối thiểu 12% cho năm tài chính 2024',
  'doanh nghiệp tạm ứng cổ tức đợt 1 năm 2024 bằng tiền mặt với tỷ lệ 15%',
  'ĐHĐCĐ thông qua mức cổ tức 25%, trong đó 10% bằng tiền và 15% bằng cổ phiếu',
] as const;

/** A company's financial ratios and valuation multiples. */
const VI_RATIOS = [
  'biên lợi nhuận gộp đạt 18,5%',
  'biên lợi nhuận gộp cải thiện lên 21,3%',
  'tỷ suất lợi nhuận trên vốn chủ sở hữu (ROE) đạt 15%',
  'ROE đạt 15,2%, ROA đạt 1,8%',
  'lợi nhuận trên mỗi cổ phiếu (EPS) đạt 3.200 đồng',
  'EPS 4 quý gần nhất đạt 5.400 đồng',
  'cổ phiếu đang giao dịch ở mức P/E 12 lần',
  'P/B của cổ phiếu ở mức 1,5 lần',
  'biên lợi nhuận ròng giảm xuống còn 6,2%',
] as const;

/** One share's price: a quote, not an indicator's figure. */
const VI_SHARE_PRICES = [
  'giá cổ phiếu HPG đóng cửa ở mức 25.000 đồng/cp',
  'cổ phiếu VNM tăng 3,2% lên 68.500 đồng/cổ phiếu',
  'thị giá cổ phiếu giảm 2.300 đồng, còn 45.000 đồng',
  'giá chào bán cổ phiếu là 10.000 đồng/cổ phiếu',
  'cổ phiếu FPT tăng trần lên 135.000 đồng',
  'mã MWG tăng 2,5% lên 61.300 đồng',
  'Vinamilk giảm 1,1% xuống 67.200 đồng',
  'SSI đóng cửa ở mức 33.450 đồng',
  'trong khi VIC giảm 0,3% thì VHM tăng hết biên độ lên 48.150 đồng',
] as const;

/** Tickers, index baskets, bond codes and forms: digits inside a name. */
const VI_CODES = [
  'các cổ phiếu trong rổ VN30 thu hút dòng tiền',
  'chỉ số HNX30 đi ngang trong phiên sáng',
  'công ty phát hành lô trái phiếu mã VIC12345',
  'mã cổ phiếu F88 chính thức niêm yết trên HoSE',
  'quỹ ETF mô phỏng chỉ số VNDiamond và VNFIN LEAD',
] as const;

/** Charter capital and counts of shares (no indicator of the reports this library reads). */
const VI_CAPITAL = [
  'công ty có vốn điều lệ 1.000 tỷ đồng',
  'công ty được thành lập năm 2005, có vốn điều lệ 1.000 tỷ đồng',
  'ngân hàng tăng vốn điều lệ lên 35.000 tỷ đồng',
  'công ty phát hành 100 triệu cổ phiếu cho cổ đông hiện hữu',
  'số lượng cổ phiếu đang lưu hành là 1,2 tỷ cổ phiếu',
  'quỹ đầu tư đã mua vào 5 triệu cổ phiếu',
  'nhà đầu tư nước ngoài được sở hữu tối đa 49% vốn điều lệ',
  'quỹ ngoại đã nâng tỷ lệ sở hữu tại công ty lên 5,02%',
  'room ngoại của ngân hàng đã đầy ở mức 30%',
] as const;

/** AGM, record, ex-rights and payment dates. */
const VI_DATES = [
  'ĐHĐCĐ thường niên năm 2024 sẽ diễn ra vào ngày 25/4',
  'ngày đăng ký cuối cùng là 10/5/2024',
  'ngày giao dịch không hưởng quyền là 9/5',
  'cổ tức sẽ được thanh toán vào ngày 30/6/2024',
  'phiên giao dịch ngày 15/3 ghi nhận khối ngoại bán ròng',
] as const;

/** Numbers of documents: resolutions, decisions, plans, official letters. */
const VI_DOCS = [
  'Nghị quyết ĐHĐCĐ số 01/2024/NQ-ĐHĐCĐ',
  'Quyết định số 123/QĐ-UBND',
  'Kế hoạch số 45/KH-UBND',
  'Nghị quyết 01/NQ-CP',
  'Công văn số 456/UBCK-QLCB của Ủy ban Chứng khoán',
  'Giấy chứng nhận đăng ký doanh nghiệp số 0101234567',
] as const;

/** Counts out of a total, ranks, ages, terms, products, addresses, hotlines. */
const VI_OTHER = [
  'toàn huyện có 21/21 xã đạt chuẩn nông thôn mới',
  'có 8/10 chỉ tiêu chủ yếu đạt và vượt kế hoạch',
  'tỉnh có 15/18 chỉ tiêu kinh tế - xã hội hoàn thành kế hoạch',
  'công ty lọt top 500 doanh nghiệp lớn nhất Việt Nam',
  'doanh nghiệp đứng thứ 3 trong ngành thép',
  'ngân hàng thuộc nhóm 10 doanh nghiệp niêm yết có vốn hóa lớn nhất',
  'ông Nguyễn Văn An, 45 tuổi, được bầu làm Chủ tịch HĐQT',
  'HĐQT nhiệm kỳ 2024-2029 gồm 7 thành viên',
  'công ty đặt mục tiêu chiến lược cho giai đoạn 2021-2025',
  'doanh số iPhone 15 tại Việt Nam vượt kỳ vọng',
  'mẫu xe VinFast VF 8 được giao cho khách hàng Mỹ',
  'hãng bay nhận thêm máy bay Boeing 787-9',
  'nhà mạng thử nghiệm mạng 5G tại Hà Nội',
  'trụ sở chính đặt tại số 39 Nguyễn Thị Minh Khai, Quận 1',
  'khách hàng có thể liên hệ tổng đài 1900 5454 55',
  'Lúc 9h30, khối ngoại bắt đầu bán ròng',
  'Đến 14h30, phiên ATC khép lại',
] as const;

/** Percentages of a subset (a share of some firms or people), never an indicator's change. */
const VI_SUBSETS = [
  '70% số doanh nghiệp niêm yết báo lãi trong quý III',
  'khoảng 60% số doanh nghiệp được khảo sát dự kiến tăng đầu tư',
  '45% nhà đầu tư mới là người dưới 30 tuổi',
  'gần 80% số mã cổ phiếu ngân hàng tăng giá',
] as const;

/** Openers that date or place the sentence and lend no number. */
const VI_OPENERS = ['', 'Theo công bố, ', 'Trong năm 2024, '] as const;

/** Company and agency figures that ARE facts (the hosts). */
const VI_HOSTS: readonly Host[] = [
  {
    text: 'doanh thu thuần đạt 12.500 tỷ đồng, tăng 15% so với cùng kỳ năm trước',
    fact: { v: '12500000000000', u: 'VND', ch: [`rate 15 ${SPLY}`] },
  },
  {
    text: 'lợi nhuận sau thuế đạt 1.230 tỷ đồng, hoàn thành 82% kế hoạch năm',
    fact: { v: '1230000000000', u: 'VND', c: '82' },
  },
  {
    text: 'lợi nhuận trước thuế đạt 850 tỷ đồng, giảm 8,4% so với cùng kỳ năm trước',
    fact: { v: '850000000000', u: 'VND', ch: [`rate -8.4 ${SPLY}`] },
  },
  {
    text: 'sản lượng tiêu thụ thép đạt 2,1 triệu tấn, tăng 30%',
    fact: { v: '2100000', u: 'tonne', ch: ['rate 30 *'] },
  },
  {
    text: 'giải ngân vốn đầu tư công đạt 5.200 tỷ đồng, bằng 45,6% kế hoạch',
    fact: { v: '5200000000000', u: 'VND', c: '45.6' },
  },
];

/** Leads holding a hostile number, before a host. */
const VI_LEADS = [
  'Theo Nghị quyết ĐHĐCĐ số 01/2024/NQ-ĐHĐCĐ, ',
  'Thực hiện Kế hoạch số 45/KH-UBND, ',
  'Tại ĐHĐCĐ thường niên ngày 25/4, lãnh đạo công ty cho biết ',
  'Là doanh nghiệp nằm trong top 500 doanh nghiệp lớn nhất Việt Nam, ',
  'Với vốn điều lệ 1.000 tỷ đồng, ',
  'Sau khi chi trả cổ tức 20% bằng tiền mặt, ',
  'Nhờ doanh số iPhone 15 và dòng xe VF 8, ',
  'Với 8/10 chỉ tiêu hoàn thành, ',
  'Ông Nguyễn Văn An, 45 tuổi, Chủ tịch HĐQT, cho biết ',
  'Lúc 9h30 sáng 12/5, công ty công bố ',
  'Dù giá cổ phiếu chỉ còn 25.000 đồng/cp, ',
  'Trong nhiệm kỳ 2020-2025, ',
] as const;

/** Tails holding a hostile number, after a host. */
const VI_TAILS = [
  ', biên lợi nhuận gộp đạt 18,5%',
  ', EPS đạt 3.200 đồng',
  ', ROE đạt 15,2%',
  ' (theo Quyết định số 123/QĐ-UBND)',
  ', đưa công ty vào top 500 doanh nghiệp lớn nhất Việt Nam',
  ' nhờ doanh số dòng xe VinFast VF 8',
  ', P/E ở mức 12 lần',
  ' (ĐHĐCĐ ngày 25/4/2024 đã thông qua)',
  ', trong đó 60% đến từ thị trường nội địa',
  '; cổ tức dự kiến 20% bằng tiền mặt',
  ', ngày đăng ký cuối cùng là 10/5/2024',
] as const;

/** Near-misses: figures whose words look like the hostile classes and ARE figures of an indicator. */
const VI_NEAR: readonly Host[] = [
  {
    text: 'lợi nhuận gộp đạt 2.500 tỷ đồng, tăng 18,5% so với cùng kỳ năm trước',
    fact: { v: '2500000000000', u: 'VND', ch: [`rate 18.5 ${SPLY}`] },
  },
  {
    text: 'thu từ cổ tức và lợi nhuận được chia của Nhà nước đạt 45.000 tỷ đồng, bằng 82% dự toán',
    fact: { v: '45000000000000', u: 'VND', c: '82' },
  },
  {
    text: 'tổng vốn đăng ký của doanh nghiệp thành lập mới đạt 1.000 tỷ đồng, tăng 20%',
    fact: { v: '1000000000000', u: 'VND', ch: ['rate 20 *'] },
  },
  {
    text: 'vốn góp, mua cổ phần của nhà đầu tư nước ngoài đạt 3,2 tỷ USD, giảm 4,5% so với cùng kỳ năm trước',
    fact: { v: '3200000000', u: 'USD', ch: [`rate -4.5 ${SPLY}`] },
  },
  {
    text: 'giá trị giao dịch bình quân đạt 20.500 tỷ đồng mỗi phiên, tăng 25% so với cùng kỳ năm trước',
    fact: { v: '20500000000000', ch: [`rate 25 ${SPLY}`] },
  },
  {
    text: 'doanh thu từ dòng iPhone đạt 15.000 tỷ đồng, tăng 12%',
    fact: { v: '15000000000000', u: 'VND', ch: ['rate 12 *'] },
  },
  { text: 'tỷ lệ thất nghiệp của lao động trong độ tuổi ở mức 2,2%', fact: { v: '2.2', u: 'percent' } },
  { text: 'công ty nộp ngân sách 1.500 tỷ đồng', fact: { v: '1500000000000', u: 'VND' } },
  {
    text: 'xuất khẩu điện thoại và linh kiện đạt 52,4 tỷ USD, tăng 6%',
    fact: { v: '52400000000', u: 'USD', ch: ['rate 6 *'] },
  },
  { text: 'toàn tỉnh có 1.250 doanh nghiệp thành lập mới', fact: { v: '1250' } },
  { text: 'số doanh nghiệp thành lập mới đạt 12.500, tăng 8,2%', fact: { v: '12500', ch: ['rate 8.2 *'] } },
  { text: 'VN-Index giảm 1,2% xuống 1.230 điểm', fact: { v: '1230', ch: ['rate -1.2 *'] } },
  { text: 'tỷ giá trung tâm tăng 0,2% lên 24.320 đồng', fact: { v: '24320', u: 'VND', ch: ['rate 0.2 *'] } },
  { text: 'chi tiêu bình quân của một du khách đạt 2,2 triệu đồng', fact: { v: '2200000', u: 'VND' } },
  {
    text: 'số vốn điều lệ của các hợp tác xã thành lập mới đạt 1.250 tỷ đồng',
    fact: { v: '1250000000000', u: 'VND' },
  },
];

/** Openers and trailing commentary of real prose around a near-miss (attributions, context, causes). */
const VI_NEAR_OPENERS = ['', 'Theo Tổng cục Thống kê, ', 'Cụ thể, ', 'Trong khi đó, '] as const;
const VI_NEAR_TAILS = ['', ', cho thấy sức mua đang phục hồi', ' nhờ nhu cầu tiêu dùng tăng'] as const;

/** A company named with its ticker in brackets, then its figure: the code lends no number. */
const VI_TICKER_SUBJECTS = [
  'Tập đoàn Hòa Phát (HoSE: HPG) cho biết ',
  'Công ty Cổ phần Sữa Việt Nam (mã chứng khoán: VNM) công bố ',
  'Ngân hàng TMCP Công Thương (VietinBank, mã CK: CTG) cho biết ',
  'CTCP FPT (HoSE: FPT), thành viên rổ VN30, cho biết ',
] as const;

/** Index readings, annotated as `test9-en.ts` does (`The VN-index ended … at 1,250 (+10.2% ytd)`): the level is a value without a unit, its rate a change; points gained are no fact. */
const VI_INDEX: readonly PhraseCase[] = [
  { text: 'Kết thúc phiên, VN-Index tăng 12,5 điểm lên 1.250,3 điểm.', facts: [{ v: '1250.3' }] },
  { text: 'Chỉ số HNX-Index đóng cửa ở mức 235,6 điểm.', facts: [{ v: '235.6' }] },
  { text: 'Chốt phiên, VN30-Index giảm 8,2 điểm, còn 1.302,5 điểm.', facts: [{ v: '1302.5' }] },
  { text: 'Lúc 10h, VN-Index tăng 0,8% lên 1.262 điểm.', facts: [{ v: '1262', ch: ['rate 0.8 *'] }] },
  // a move in points restated as a rate (`tương đương`): the rate is the index's change, never a level
  { text: 'Chỉ số chốt phiên sáng tăng 8,4 điểm, tương đương 0,61%.', facts: [{ ch: ['rate 0.61 *'] }] },
  {
    text: 'VN-Index tăng 10,4 điểm, tương đương 0,65%, lên 1.612,3 điểm.',
    facts: [{ v: '1612.3', ch: ['rate 0.65 *'] }],
  },
  {
    text: 'Doanh thu tăng 120 tỷ đồng, tương đương 8,5%, lên 1.530 tỷ đồng.',
    facts: [{ v: '1530000000000', u: 'VND', ch: ['rate 8.5 *'] }],
  },
  {
    text: 'Lợi nhuận sau thuế giảm 45 tỷ đồng, tương ứng giảm 6,2% so với cùng kỳ năm trước.',
    facts: [{ ch: [`rate -6.2 ${SPLY}`] }],
  },
];

/**
 * A `trong khi` clause with its own figure: it keeps its own period when it names one, and does not
 * take the previous clause's period when it names another (the second fact has no `p` when the
 * clause names none: either reading is right).
 */
const VI_WHILE_HEADS: readonly Host[] = [
  {
    text: '6 tháng đầu năm 2024, doanh thu thuần đạt 12.500 tỷ đồng',
    fact: { v: '12500000000000', u: 'VND', p: '2024-H1' },
  },
  {
    text: 'Năm 2024, doanh thu hợp nhất đạt 35.200 tỷ đồng, tăng 12,5%',
    fact: { v: '35200000000000', u: 'VND', ch: ['rate 12.5 *'], p: '2024' },
  },
  {
    text: 'Quý III/2024, lợi nhuận sau thuế đạt 850 tỷ đồng',
    fact: { v: '850000000000', u: 'VND', p: '2024-Q3' },
  },
];

const VI_WHILE_TAILS: readonly Host[] = [
  { text: 'trong khi cả năm 2023 chỉ đạt 10.200 tỷ đồng', fact: { v: '10200000000000', u: 'VND', p: '2023' } },
  {
    text: 'trong khi giá vốn hàng bán đạt 30.100 tỷ đồng, tăng 8%',
    fact: { v: '30100000000000', u: 'VND', ch: ['rate 8 *'] },
  },
  { text: 'trong khi năm 2022 chỉ đạt 320 tỷ đồng', fact: { v: '320000000000', u: 'VND', p: '2022' } },
  { text: 'trong khi đó, chi phí tài chính tăng 15%', fact: { ch: ['rate 15 *'] } },
];

function viBook(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const alone = [...VI_DIVIDENDS, ...VI_RATIOS, ...VI_SHARE_PRICES, ...VI_CODES, ...VI_CAPITAL, ...VI_DATES];
  // a clause that opens with its own clock time is written once, first
  for (const [opener, clause] of cross(VI_OPENERS, [...alone, ...VI_OTHER, ...VI_SUBSETS]))
    if (opener === '' || !/^\p{Lu}/u.test(clause)) out.push({ text: upper(`${opener}${clause}.`), facts: [] });
  for (const [doc, opener] of cross(VI_DOCS, ['Theo', 'Căn cứ', 'Thực hiện'] as const))
    out.push({ text: `${opener} ${doc}, công ty đã hoàn tất thủ tục niêm yết.`, facts: [] });
  for (const [lead, host] of cross(VI_LEADS, VI_HOSTS))
    out.push({ text: upper(`${lead}${host.text}.`), facts: [host.fact] });
  for (const [host, tail] of cross(VI_HOSTS, VI_TAILS))
    out.push({ text: upper(`${host.text}${tail}.`), facts: [host.fact] });
  for (const [subject, host] of cross(VI_TICKER_SUBJECTS, VI_HOSTS))
    out.push({ text: `${subject}${host.text}.`, facts: [host.fact] });
  for (const [opener, near, tail] of cross(VI_NEAR_OPENERS, VI_NEAR, VI_NEAR_TAILS))
    out.push({ text: upper(`${opener}${near.text}${tail}.`), facts: [near.fact] });
  for (const [head, tail] of cross(VI_WHILE_HEADS, VI_WHILE_TAILS))
    out.push({ text: `${head.text}, ${tail.text}.`, facts: [head.fact, tail.fact] });
  out.push(...VI_INDEX);
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * English
 * -------------------------------------------------------------------------------------------- */

const EN_DIVIDENDS = [
  'the company will pay a cash dividend of 20 percent',
  'shareholders approved a stock dividend at a ratio of 100:15',
  'the bank plans to pay a 12% cash dividend for 2024',
  'the firm will issue bonus shares at a ratio of 10:1',
  'each shareholder will receive a dividend of VND1,500 per share',
  'the board approved a 25% dividend, of which 10% in cash and 15% in shares',
] as const;

const EN_RATIOS = [
  'its gross margin reached 18.5 percent',
  'the gross profit margin improved to 21.3%',
  'return on equity (ROE) stood at 15 percent',
  'ROE was 15.2% and ROA 1.8%',
  'earnings per share (EPS) reached VND3,200',
  'the stock is trading at 12 times earnings',
  'the shares trade at 1.5x P/B',
  'the net profit margin narrowed to 6.2 percent',
] as const;

const EN_SHARE_PRICES = [
  'HPG shares closed at VND25,000 apiece',
  'VNM shares rose 3.2% to VND68,500',
  'the stock fell VND2,300 to VND45,000',
  'the offering price is VND10,000 per share',
  'FPT shares hit the ceiling at VND135,000',
  'MWG rose 2.5 percent to VND61,300',
  'Vinamilk slipped 1.1 percent to VND67,200',
  'SSI ended the day at VND33,450',
  'VIC edged down 0.3 percent while VHM jumped to VND48,150',
  'KDH climbed VND1,500 to close at VND31,200/unit',
] as const;

const EN_CODES = [
  'VN30 stocks attracted strong inflows',
  'the HNX30 index moved sideways in the morning session',
  'the company issued bonds under the code VIC12345',
  'the firm filed its Form 10-K with the SEC',
  'the ETF tracks the VNDiamond and VNFIN LEAD indices',
] as const;

const EN_CAPITAL = [
  'the company has a charter capital of VND1 trillion',
  'founded in 2005, the company has a charter capital of VND1 trillion',
  'the bank raised its charter capital to VND35 trillion',
  'the company will issue 100 million shares to existing shareholders',
  'the company has 1.2 billion shares outstanding',
  'the fund bought 5 million shares',
  'some 51 million units were traded on the HNX',
  'foreign investors may own up to 49% of the bank’s charter capital',
  'the fund raised its stake in the company to 5.02 percent',
  'foreign ownership at the bank stands at 30 percent',
] as const;

const EN_DATES = [
  'the annual general meeting will be held on April 25',
  'the record date is May 10, 2024',
  'the ex-dividend date is May 9',
  'the dividend will be paid on June 30, 2024',
  'foreign investors were net sellers in the March 15 session',
] as const;

const EN_DOCS = [
  'AGM Resolution No. 01/2024/NQ-DHDCD',
  'Decision No. 123/QD-UBND',
  'Plan No. 45/KH-UBND',
  'Resolution 01/NQ-CP',
  'Official Letter No. 456/UBCK-QLCB of the State Securities Commission',
  'Enterprise Registration Certificate No. 0101234567',
] as const;

const EN_OTHER = [
  'all 21/21 communes in the district have met new rural standards',
  '8/10 key targets were met or exceeded',
  'the province met 15 of its 18 socio-economic targets',
  'the company is among the top 500 largest enterprises in Vietnam',
  'the firm ranked 3rd in the steel industry',
  'the bank is one of the 10 largest listed companies by market value',
  'Nguyen Van An, 45, was elected chairman of the board',
  'the board for the 2024-2029 term has seven members',
  'the company set its strategy for the 2021-2025 period',
  'iPhone 15 sales in Vietnam beat expectations',
  'the VinFast VF 8 was delivered to US customers',
  'the airline took delivery of another Boeing 787-9',
  'the carrier is testing 5G in Hanoi',
  'the head office is at 39 Nguyen Thi Minh Khai Street, District 1',
  'customers can call the hotline 1900 5454 55',
  'At 9:30 a.m., foreign investors started net selling',
  'By 2:30 p.m., the ATC session had closed',
] as const;

const EN_SUBSETS = [
  '70 percent of listed companies reported a profit in the third quarter',
  'about 60% of the firms surveyed plan to raise investment',
  '45 percent of new investors are under 30',
  'nearly 80% of bank stocks gained',
] as const;

const EN_OPENERS = ['', 'According to the announcement, ', 'In 2024, '] as const;

const EN_HOSTS: readonly Host[] = [
  {
    text: 'net revenue reached VND12.5 trillion, up 15 percent year-on-year',
    fact: { v: '12500000000000', u: 'VND', ch: [`rate 15 ${SPLY}`] },
  },
  {
    text: 'after-tax profit reached VND1.23 trillion, completing 82 percent of the annual plan',
    fact: { v: '1230000000000', u: 'VND', c: '82' },
  },
  {
    text: 'pre-tax profit was VND850 billion, down 8.4 percent from the same period last year',
    fact: { v: '850000000000', u: 'VND', ch: [`rate -8.4 ${SPLY}`] },
  },
  {
    text: 'steel sales volume reached 2.1 million tonnes, up 30 percent',
    fact: { v: '2100000', u: 'tonne', ch: ['rate 30 *'] },
  },
  {
    text: 'public investment disbursement reached VND5.2 trillion, equal to 45.6 percent of the plan',
    fact: { v: '5200000000000', u: 'VND', c: '45.6' },
  },
];

const EN_LEADS = [
  'Under AGM Resolution No. 01/2024/NQ-DHDCD, ',
  'Implementing Plan No. 45/KH-UBND, ',
  'At the annual general meeting on April 25, the chairman said ',
  'As one of the top 500 largest enterprises in Vietnam, ',
  'With a charter capital of VND1 trillion, ',
  'After paying a 20 percent cash dividend, ',
  'Thanks to sales of the iPhone 15 and the VF 8, ',
  'With 8/10 targets met, ',
  'Nguyen Van An, 45, chairman of the board, said ',
  'At 9:30 a.m. on May 12, the company announced ',
  'Although its shares had fallen to VND25,000, ',
  'During the 2020-2025 term, ',
] as const;

const EN_TAILS = [
  ', with a gross margin of 18.5 percent',
  ', with EPS of VND3,200',
  ', while ROE stood at 15.2 percent',
  ' (under Decision No. 123/QD-UBND)',
  ', putting the company in the top 500 largest enterprises',
  ' on sales of the VinFast VF 8',
  ', trading at 12 times earnings',
  ' (approved by the AGM on April 25, 2024)',
  ', 60 percent of which came from the domestic market',
  '; the company plans a 20 percent cash dividend',
  ', the record date being May 10, 2024',
] as const;

const EN_NEAR: readonly Host[] = [
  {
    text: 'gross profit reached VND2.5 trillion, up 18.5 percent year-on-year',
    fact: { v: '2500000000000', u: 'VND', ch: [`rate 18.5 ${SPLY}`] },
  },
  {
    text: 'revenue from dividends and profits of State enterprises reached VND45 trillion, equal to 82 percent of the estimate',
    fact: { v: '45000000000000', u: 'VND', c: '82' },
  },
  {
    text: 'newly established enterprises registered VND1 trillion in capital, up 20 percent',
    fact: { v: '1000000000000', u: 'VND', ch: ['rate 20 *'] },
  },
  {
    text: 'capital contributions and share purchases by foreign investors reached US$3.2 billion, down 4.5 percent year-on-year',
    fact: { v: '3200000000', u: 'USD', ch: [`rate -4.5 ${SPLY}`] },
  },
  {
    text: 'average trading value reached VND20.5 trillion per session, up 25 percent year-on-year',
    fact: { v: '20500000000000', ch: [`rate 25 ${SPLY}`] },
  },
  {
    text: 'revenue from iPhone sales reached VND15 trillion, up 12 percent',
    fact: { v: '15000000000000', u: 'VND', ch: ['rate 12 *'] },
  },
  { text: 'the unemployment rate of working-age people stood at 2.2 percent', fact: { v: '2.2', u: 'percent' } },
  { text: 'the company paid VND1.5 trillion to the State budget', fact: { v: '1500000000000', u: 'VND' } },
  {
    text: 'exports of phones and components reached US$52.4 billion, up 6 percent',
    fact: { v: '52400000000', u: 'USD', ch: ['rate 6 *'] },
  },
  { text: '1,250 enterprises were newly established in the province', fact: { v: '1250' } },
  { text: 'the carmaker delivered 35,000 units in 2024', fact: { v: '35000', p: '2024' } },
  {
    text: 'the number of newly established enterprises reached 12,500, up 8.2 percent',
    fact: { v: '12500', ch: ['rate 8.2 *'] },
  },
  { text: 'the VN-Index fell 1.2 percent to 1,230 points', fact: { v: '1230', ch: ['rate -1.2 *'] } },
  {
    text: 'the USD/VND central rate rose 0.2 percent to VND24,320',
    fact: { v: '24320', u: 'VND', ch: ['rate 0.2 *'] },
  },
  { text: 'average spending per tourist reached VND2.2 million', fact: { v: '2200000', u: 'VND' } },
  {
    text: 'newly established cooperatives registered a total charter capital of VND1.25 trillion',
    fact: { v: '1250000000000', u: 'VND' },
  },
];

const EN_NEAR_OPENERS = ['', 'According to the General Statistics Office, ', 'Specifically, ', 'Meanwhile, '] as const;
const EN_NEAR_TAILS = ['', ', suggesting a recovery in demand', ', driven by stronger consumer demand'] as const;

const EN_TICKER_SUBJECTS = [
  'Hoa Phat Group (HoSE: HPG) said ',
  'Vinamilk (ticker: VNM) reported that ',
  'VietinBank (HoSE: CTG), a VN30 constituent, said ',
  'FPT Corp (HOSE: FPT) said its ',
] as const;

const EN_INDEX: readonly PhraseCase[] = [
  { text: 'At the close, the VN-Index rose 12.5 points to 1,250.3.', facts: [{ v: '1250.3' }] },
  { text: 'The HNX-Index closed at 235.6 points.', facts: [{ v: '235.6' }] },
  { text: 'The VN30-Index lost 8.2 points to end at 1,302.5.', facts: [{ v: '1302.5' }] },
  { text: 'At 10 a.m., the VN-Index was up 0.8 percent at 1,262 points.', facts: [{ v: '1262', ch: ['rate 0.8 *'] }] },
  // a move in points restated as a rate (`or`): the rate is the index's change, never a level
  {
    text: 'The VN-Index rose 12.16 points, or 0.73 percent, to 1,662.5.',
    facts: [{ v: '1662.5', ch: ['rate 0.73 *'] }],
  },
  { text: 'The HNX-Index fell 1.2 points, or 0.5 percent, to 228.7.', facts: [{ v: '228.7', ch: ['rate -0.5 *'] }] },
  {
    text: 'Revenue rose VND120 billion, or 8.5 percent, to VND1.53 trillion.',
    facts: [{ v: '1530000000000', u: 'VND', ch: ['rate 8.5 *'] }],
  },
  {
    text: 'Net profit fell VND45 billion, or 6.2 percent, year-on-year to VND680 billion.',
    facts: [{ v: '680000000000', u: 'VND', ch: [`rate -6.2 ${SPLY}`] }],
  },
];

const EN_WHILE_HEADS: readonly Host[] = [
  {
    text: 'Net revenue reached VND12.5 trillion in the first half of 2024',
    fact: { v: '12500000000000', u: 'VND', p: '2024-H1' },
  },
  {
    text: 'In 2024, consolidated revenue reached VND35.2 trillion, up 12.5 percent',
    fact: { v: '35200000000000', u: 'VND', ch: ['rate 12.5 *'], p: '2024' },
  },
  {
    text: 'After-tax profit reached VND850 billion in the third quarter of 2024',
    fact: { v: '850000000000', u: 'VND', p: '2024-Q3' },
  },
];

const EN_WHILE_TAILS: readonly Host[] = [
  {
    text: 'while full-year 2023 revenue was only VND10.2 trillion',
    fact: { v: '10200000000000', u: 'VND', p: '2023' },
  },
  {
    text: 'while the cost of goods sold reached VND30.1 trillion, up 8 percent',
    fact: { v: '30100000000000', u: 'VND', ch: ['rate 8 *'] },
  },
  { text: 'while in 2022 it was just VND320 billion', fact: { v: '320000000000', u: 'VND', p: '2022' } },
  { text: 'while financial expenses rose 15 percent', fact: { ch: ['rate 15 *'] } },
];

function enBook(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const alone = [...EN_DIVIDENDS, ...EN_RATIOS, ...EN_SHARE_PRICES, ...EN_CODES, ...EN_CAPITAL, ...EN_DATES];
  // a clause that opens with its own clock time is written once, first
  for (const [opener, clause] of cross(EN_OPENERS, [...alone, ...EN_OTHER, ...EN_SUBSETS]))
    if (opener === '' || !/^\p{Lu}/u.test(clause)) out.push({ text: upper(`${opener}${clause}.`), facts: [] });
  for (const [doc, opener] of cross(EN_DOCS, ['Under', 'In line with', 'Implementing'] as const))
    out.push({ text: `${opener} ${doc}, the company completed its listing procedures.`, facts: [] });
  for (const [lead, host] of cross(EN_LEADS, EN_HOSTS))
    out.push({ text: upper(`${lead}${host.text}.`), facts: [host.fact] });
  for (const [host, tail] of cross(EN_HOSTS, EN_TAILS))
    out.push({ text: upper(`${host.text}${tail}.`), facts: [host.fact] });
  for (const [subject, host] of cross(EN_TICKER_SUBJECTS, EN_HOSTS))
    out.push({ text: `${subject}${host.text}.`, facts: [host.fact] });
  for (const [opener, near, tail] of cross(EN_NEAR_OPENERS, EN_NEAR, EN_NEAR_TAILS))
    out.push({ text: upper(`${opener}${near.text}${tail}.`), facts: [near.fact] });
  for (const [head, tail] of cross(EN_WHILE_HEADS, EN_WHILE_TAILS))
    out.push({ text: `${head.text}, ${tail.text}.`, facts: [head.fact, tail.fact] });
  out.push(...EN_INDEX);
  return out;
}

export const HOSTILE_MARKET_VI: Phrasebook = { area: 'hostile-market-vi', locale: 'vi', cases: viBook() };
export const HOSTILE_MARKET_EN: Phrasebook = { area: 'hostile-market-en', locale: 'en', cases: enBook() };
