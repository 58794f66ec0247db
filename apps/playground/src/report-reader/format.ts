import { formatNumber, formatPercent, formatPoints, formatQuantity, rankPhrase } from '@chitieu/core';
import type {
  Doubt,
  ExtractedChange,
  ExtractedDensity,
  ExtractedRank,
  Quantity,
  StatedCompletion,
  Unread,
} from '@chitieu/core/extract';

export type Locale = 'vi' | 'en';
type Text = { readonly vi: string; readonly en: string };

const APPROX: Record<'about' | 'over' | 'under', Text> = {
  about: { vi: 'khoảng ', en: 'about ' },
  over: { vi: 'hơn ', en: 'over ' },
  under: { vi: 'gần ', en: 'nearly ' },
};

/**
 * A quantity in the reader's locale, at its printed precision and scale (`3.630 tỷ đồng`,
 * `3,630 billion VND`, `6,5 giờ/ngày`), never a bare unit code or a float.
 */
export function showQuantity(q: Quantity, locale: Locale): string {
  const approx = q.approximate ? APPROX[q.approximate][locale] : '';
  const decimals = q.number.decimals;
  if (q.unitCode === 'percent')
    return `${approx}${formatPercent(q.number.value, { locale, from: 'percent', decimals })}`;
  if (q.unitCode) {
    try {
      return `${approx}${formatQuantity(q.number.value, { locale, unit: q.unitCode, scale: q.scale, decimals })}`;
    } catch {
      // A unit code the formatter does not know: fall through to the words as written.
    }
  }
  const scaled = formatQuantity(q.number.value, { locale, scale: q.scale, decimals });
  return `${approx}${scaled}${q.unit ? ` ${q.unit}` : ''}`;
}

/**
 * A density as the text gives it, its number in the reader's locale (`22,1 thuê bao/100 dân`,
 * `49.8 subscribers/100 inhabitants`): the unit and the population stay the text's own words.
 */
export function showDensity(d: ExtractedDensity, locale: Locale): string {
  const n = formatNumber(d.value.value, { locale, decimals: d.value.decimals });
  return `${n}${d.unit ? ` ${d.unit}` : ''}/${formatNumber(d.per, { locale })} ${d.population}`;
}

/**
 * A rank in the reader's words (`đứng thứ 3 toàn quốc`, `ranked 3rd of 63`), through the core's
 * `rankPhrase`; its scope stays the text's own words, as a density's population does.
 */
export function showRank(r: ExtractedRank, locale: Locale): string {
  return (
    rankPhrase(
      { rank: r.rank, ...(r.of === undefined ? {} : { of: r.of }), ...(r.scope ? { scope: r.scope } : {}) },
      { locale },
    ) ?? ''
  );
}

/** `100,6% kế hoạch` / `100.6% of plan`; `vượt 5,88%` is shown as the completion it implies. */
export function showCompletion(c: StatedCompletion, locale: Locale): string {
  const of: Record<StatedCompletion['of'], Text> = {
    plan: { vi: 'kế hoạch', en: 'of plan' },
    budget: { vi: 'dự toán', en: 'of the estimate' },
    forecast: { vi: 'dự báo', en: 'of the forecast' },
    target: { vi: 'chỉ tiêu', en: 'of target' },
  };
  const approx = c.approximate ? APPROX[c.approximate][locale] : '';
  const pct = formatPercent(c.percent.value, { locale, from: 'percent', decimals: c.percent.decimals });
  return `${approx}${pct} ${of[c.of][locale]}`;
}

function baseText(change: ExtractedChange, locale: Locale): string {
  const b = change.base;
  if (!b) return locale === 'vi' ? '(chưa rõ so với)' : '(base not stated)';
  switch (b.kind) {
    case 'same-period-last-year':
      return locale === 'vi' ? 'so với cùng kỳ' : 'year on year';
    case 'previous-period':
      return locale === 'vi' ? 'so với kỳ trước' : 'on the previous period';
    case 'december-last-year':
      return locale === 'vi' ? 'so với cuối năm trước' : 'since the end of last year';
    case 'period':
      return locale === 'vi' ? `so với ${b.period}` : `on ${b.period}`;
    default:
      return '';
  }
}

/** `tăng 3,2% so với cùng kỳ`, `gấp 51 lần so với 2019`, `+2 điểm phần trăm`, in the reader's locale. */
export function showChange(change: ExtractedChange, locale: Locale): string {
  const a = change.amount;
  const approx = change.approximate ? APPROX[change.approximate][locale] : '';
  const base = baseText(change, locale);
  const negative = a.value.startsWith('-');
  const abs = negative ? a.value.slice(1) : a.value;
  switch (change.form) {
    case 'rate': {
      const pct = formatPercent(abs, { locale, from: 'percent', decimals: a.decimals });
      const verb = locale === 'vi' ? (negative ? 'giảm' : 'tăng') : negative ? 'down' : 'up';
      return `${verb} ${approx}${pct} ${base}`;
    }
    case 'ratio':
      return `${locale === 'vi' ? 'bằng' : 'equal to'} ${approx}${formatPercent(a.value, { locale, from: 'percent', decimals: a.decimals })} ${base}`;
    case 'times':
      return locale === 'vi'
        ? `gấp ${approx}${formatNumber(a.value, { locale, decimals: a.decimals })} lần ${base}`
        : `${approx}${formatNumber(a.value, { locale, decimals: a.decimals })} times ${base}`;
    case 'points':
      return `${approx}${formatPoints(a.value, { locale, decimals: a.decimals })} ${base}`;
    default:
      return a.text;
  }
}

const DOUBTS: Record<Doubt['reason'], Text> = {
  bracketed: { vi: 'số trong ngoặc, vai trò chưa rõ', en: 'a bracketed figure, role not stated' },
  'plan-frame': { vi: 'có thể là số kế hoạch', en: 'may be the plan’s figure' },
  'forecast-kind': {
    vi: 'một dự báo có từ ước tính hoặc có mức tăng/giảm so với kỳ trước (ví dụ: dự kiến … ước đạt, dự kiến đạt …, tăng 1,39% so với tháng trước): có thể là kết quả ước thực hiện, có thể là mục tiêu',
    en: 'a forecast with an estimate word or a change against an earlier period (e.g. estimates … will reach, will be …, down 0.09% year-on-year): the estimated result or a target, not told',
  },
  'result-in-goal': {
    vi: 'số nói như một kết quả trong câu về mục tiêu — sau một từ chỉ kết quả (ví dụ: các chỉ tiêu … đều đạt, cụ thể: … đã thi hành xong 6.627 việc) hoặc là mức xuất phát của mục tiêu (ví dụ: phấn đấu giảm từ 4,2% xuống còn 3%): có thể là kết quả đã đạt, có thể là mục tiêu',
    en: 'a figure told as a result inside a goal frame — after a result word (e.g. will remain under pressure as the SBV has …) or the level a goal moves from (e.g. plans to raise output from 58 billion kWh now to 101 billion kWh): the result reported or the goal, not told',
  },
  'horizon-kind': {
    vi: 'câu mở đầu bằng năm mốc (ví dụ: Đến năm 2030, … đạt …): có thể là mục tiêu đến năm đó, có thể là kết quả báo cáo sau năm đó',
    en: 'a sentence that opens with the year it runs to (e.g. By 2030, … reach …): a goal for that year or a result reported after it, not told',
  },
  share: { vi: 'là tỷ trọng, không phải mức của chỉ tiêu', en: 'a share, not the indicator’s level' },
  'percent-role': {
    vi: 'tỷ lệ % không nói so với kế hoạch hay kỳ nào',
    en: 'a percentage with neither plan nor base',
  },
  subset: {
    vi: 'tỷ lệ của một nhóm đứng sau số địa phương, cơ quan có nó (ví dụ: 7 Bộ có tỷ lệ giải ngân trên 45%): là tỷ lệ của nhóm đó, không phải của chỉ tiêu',
    en: 'a rate after a count of places or bodies that have it (e.g. 12 provinces had a poverty rate of 3 percent): that group’s rate, not the indicator’s',
  },
  'points-or-percent': {
    vi: 'mức tăng/giảm hay mức vượt kế hoạch tính bằng % của một chỉ tiêu vốn là tỷ lệ % (ví dụ: tỷ lệ hộ nghèo giảm 1,17%, vượt 0,5% so với chỉ tiêu): không rõ là điểm phần trăm hay phần trăm',
    en: 'a change or an excess over plan by a percentage of an indicator that is itself a percentage (e.g. the poverty rate fell 1.2%, 0.5% above the target): percentage points or percent is not stated',
  },
  range: { vi: 'một đầu của khoảng', en: 'one end of a range' },
  difference: { vi: 'là chênh lệch giữa hai số, không phải mức', en: 'a difference between two figures, not a level' },
  'time-like': { vi: 'có thể là một phần của kỳ (năm, số tháng)', en: 'likely part of a period (a year, months)' },
  'duration-limit': {
    vi: 'khoảng thời gian là hạn, thời hạn hoặc mức báo trước (trong thời hạn 24 giờ), không phải số đo',
    en: 'a length of time that is a limit, a deadline or a notice (within 24 hours), not a measured level',
  },
  fraction: { vi: 'số đếm trên một tổng (x/y)', en: 'a count out of a total (x/y)' },
  conversion: {
    vi: 'cùng số lượng quy đổi sang tiền hoặc đơn vị khác',
    en: 'the amount restated in another currency or unit',
  },
  'other-measure': { vi: 'mức thay đổi của một đại lượng khác', en: 'the change of another measure' },
  'second-figure': {
    vi: 'thay đổi thứ hai cùng loại, có thể thuộc mệnh đề khác',
    en: 'a second change of the same kind, may belong to another clause',
  },
  'other-clause': {
    vi: 'giá trị và tỷ lệ hoàn thành ở hai vế câu nối bằng từ đối lập (ví dụ: …, trong khi …): có thể thuộc hai chỉ tiêu khác nhau',
    en: 'a value and a completion on either side of a contrasting clause word (e.g. …, while …): may belong to two indicators',
  },
  attributive: {
    vi: 'số mô tả một vật được nêu sau nó (ví dụ: nhà máy 1.200 MW, việc triển khai 47 dự án): không phải giá trị của chỉ tiêu',
    en: 'a figure describing a thing named after it or acted on (e.g. a 1,200 MW power plant, the implementation of 47 projects): not the indicator’s value',
  },
  'second-period': {
    vi: 'thay đổi sau một kỳ thứ hai trong câu, có thể là của kỳ đó',
    en: 'a change after a second period in the sentence, may be that period’s',
  },
  respectively: {
    vi: 'các số ghép với tên theo thứ tự (ví dụ: lần lượt), chưa rõ số nào của tên nào',
    en: 'figures paired with names by order (e.g. respectively); which is whose is not read',
  },
  'counted-noun': {
    vi: 'số đếm của danh từ theo sau, không phải giá trị chỉ tiêu',
    en: 'a count of the noun that follows, not the indicator’s value',
  },
  comparison: {
    vi: 'số sau từ so sánh (ví dụ: cao hơn, thấp hơn): có thể là số của kỳ hay đại lượng khác',
    en: 'a figure after a comparative (e.g. higher than): likely another period’s or quantity’s',
  },
  'base-period': {
    vi: 'kỳ nêu sau từ so sánh (ví dụ: so với năm 2019): có thể là kỳ gốc, không phải kỳ báo cáo',
    en: 'a period after a comparison word (e.g. compared to 2019): may be the base, not the statement’s period',
  },
  'glued-bound': {
    vi: 'từ chỉ giới hạn (ví dụ: hơn, gần) dính vào từ trước số: số có thể là cận, không chính xác',
    en: 'a bound word glued to the word before the figure (e.g. saidover): may be a bound, not exact',
  },
  'partial-period': {
    vi: 'năm đọc sau các từ của một kỳ ngắn hơn chưa đọc được (ví dụ: 5 tháng cuối năm): có thể chỉ là một phần của năm',
    en: 'a year after words of a shorter period not read (e.g. the last five months of): may be part of that year',
  },
  'lent-unit': {
    vi: 'đơn vị tiền chỉ được viết ở một số liệu trước trong câu (ví dụ: doanh thu 120 tỷ đồng, lợi nhuận 18 tỷ): mượn cho số này, không viết kèm số',
    en: 'a currency written only with an earlier amount of the sentence (e.g. 140.5 billion dong revenue; profit reached 176 billion): lent to this amount, not written with it',
  },
  'glued-unit': {
    vi: 'có chữ viết liền sau số mà chưa đọc được là đơn vị hay quy mô (ví dụ: 12.4bcm, 3.5Gt): riêng con số chưa phải là số liệu',
    en: 'letters glued to the number were not read as its scale or unit (e.g. 12.4bcm, 3.5Gt): the number alone is not the figure',
  },
  'period-of-other': {
    vi: 'kỳ này thuộc về một danh từ khác trong câu (ví dụ: hợp đồng kỳ hạn tháng 12, kế hoạch của cả năm khi số liệu chỉ của 6 tháng), không phải kỳ của số liệu',
    en: 'the period dates another noun of the sentence (e.g. a futures contract for March, the full-year plan a six-month figure is measured against), not the figure',
  },
  'mid-month': {
    vi: 'mốc tính nằm giữa tháng (ví dụ: tính đến 15/4/2023): đọc là lũy kế đến hết tháng đó, số liệu chưa đủ cả tháng',
    en: 'a cut-off inside a month (e.g. tính đến 15/4/2023): read as the year to that month’s end, which the figure falls short of',
  },
  'part-of-month': {
    vi: 'chỉ là một phần của tháng (ví dụ: nửa đầu tháng 6/2018, 15 ngày đầu tháng 6/2018): đọc là cả tháng, số liệu chưa đủ cả tháng',
    en: 'part of a month (e.g. nửa đầu tháng 6/2018, the first 15 days of June 2018): read as the whole month, which the figure falls short of',
  },
  'lent-year': {
    vi: 'một phần của năm viết không kèm năm (ví dụ: 5 tháng đầu năm, Ước 8 tháng,), được gán năm của số liệu đứng trước trong câu hoặc năm viết sau trong câu: năm là mượn, không được viết',
    en: 'a part of a year written without its year (e.g. in the first five months, Ước 8 tháng,), dated by the year of the statement before it or by a year written later in the sentence: the year is lent, not written',
  },
  'month-end': {
    vi: 'số liệu tính đến cuối một tháng (ví dụ: tính đến 31/12/2014, by the end of September 2022): đọc là lũy kế từ đầu năm đến tháng đó (sau “at the end of”: chính tháng đó), nhưng số tồn tại thời điểm cuối tháng có thể được hiểu theo cả hai cách',
    en: 'a figure reckoned to the end of a month (e.g. by the end of September 2022, tính đến 31/12/2014): read as the year to that month (after “at the end of”: that month alone), but a stock at that date may be meant either way',
  },
  'fiscal-year': {
    vi: 'năm tài chính viết qua hai năm dương lịch, năm tài chính ghi theo ký hiệu (FY20, FY 2024), hoặc một phần của năm tài chính, niên vụ cà phê, năm tiếp thị (ví dụ: in 2021/2022, the first quarter of 2019/20 financial year, the first eight months of fiscal year 2023): đọc là năm dương lịch đầu, năm của ký hiệu hoặc một phần của năm đó, mà năm tài chính chỉ trùng một phần',
    en: 'a fiscal year written across two calendar years, a fiscal year by its label (FY20, FY 2024), or a part of a fiscal, coffee or marketing year (e.g. in 2021/2022, the first quarter of 2019/20 financial year, the first eight months of fiscal year 2023): read as the first calendar year, the label’s year or its part, which the fiscal year only overlaps',
  },
  direction: {
    vi: 'mức thay đổi được gọi là “cải thiện” của một chỉ tiêu càng thấp càng tốt (ví dụ: the deficit …, an improvement of 21 percent): chỉ tiêu đã giảm dù chữ đọc như tăng; chiều tăng hay giảm không được nói rõ',
    en: 'a change told as an improvement of a measure a report wants lower (e.g. the deficit …, an improvement of 21 percent): it fell, though the word reads as a rise; its direction is not told',
  },
  'year-of-noun': {
    vi: 'năm chỉ đứng trước một danh từ trong câu (ví dụ: the 2023 plan, the 2019 edition): số liệu được gán năm của danh từ đó, có thể không phải kỳ của chính nó',
    en: 'a year written only before a noun of the sentence (e.g. the 2023 plan, the 2019 edition): the figure takes that noun’s year, which may not be its own',
  },
  'later-period': {
    vi: 'kỳ chỉ được viết một lần sau một số liệu phía sau trong câu (ví dụ: …, gần 900.000 người thiếu việc làm trong quý IV/2022): được gán cho các số liệu đứng trước, nhưng có thể chỉ là kỳ của số liệu đó',
    en: 'a period written once after a later figure of the sentence (e.g. …, 900,000 underemployed in Q4 2022): lent to the figures before it, but it may be that figure’s only',
  },
  contribution: {
    vi: 'mức đóng góp vào thay đổi của chỉ tiêu khác (ví dụ: làm CPI chung tăng … điểm %), không phải thay đổi của chỉ tiêu này',
    en: 'a contribution to another indicator’s change (e.g. causing the overall CPI to fall by …), not this one’s change',
  },
  remainder: {
    vi: 'phần còn lại và tỷ lệ của nó so với kế hoạch, không phải kết quả thực hiện',
    en: 'a remainder and its share of the plan, not the result achieved',
  },
  'earlier-plan': {
    vi: 'so với kế hoạch (ví dụ: dự toán) của một kỳ khác: không phải tỷ lệ hoàn thành kế hoạch kỳ này',
    en: 'against another period’s plan or estimate (e.g. last year’s estimates): not completion of this period’s plan',
  },
  'own-forecast': {
    vi: 'so với dự phóng của chính người viết (ví dụ: 37% dự phóng của chúng tôi): ước tính của nhà phân tích, không phải kế hoạch của đơn vị',
    en: 'against the writer’s own forecast (e.g. 37% of our forecast): an analyst’s estimate, not the plan of the indicator’s owner',
  },
  'rate-or-ratio': {
    vi: 'tỷ lệ % so với kỳ gốc sau một động từ không rõ: có thể là mức tăng hoặc mức so với kỳ gốc',
    en: 'a percentage against a base after an unknown verb: may be the growth or the level against the base',
  },
  'count-or-multiple': {
    vi: '“N lần” không có kỳ gốc: có thể là số lần xảy ra, không phải số lần so với kỳ gốc',
    en: '“N times” with no base: may be a count of occurrences, not a multiple',
  },
  'unread-between': {
    vi: 'thay đổi đứng sau một số chưa đọc được: có thể là thay đổi của số đó',
    en: 'a change after a figure that was not read: it may be that figure’s change',
  },
  'same-period-year': {
    vi: 'mốc so sánh là cùng kỳ của một năm (ví dụ: so với cùng kỳ năm 2017) nhưng câu không nêu kỳ: đọc thành cả năm đó, trong khi cùng kỳ chỉ là một phần của năm',
    en: 'a base of the same period of a named year (e.g. compared with the same period in 2017) in a statement that names no period: read as that whole year, of which the same period is only a part',
  },
  'average-rate': {
    vi: 'tỷ lệ % mỗi kỳ (ví dụ: 7,6%/năm): mức tăng bình quân, không phải giá trị',
    en: 'a percentage per period (e.g. 7.6% a year): an average rate, not a level',
  },
  'unread-base': {
    vi: 'thay đổi so với một mốc chưa đọc được (ví dụ: so với kịch bản): có thể là so với kế hoạch, không phải mức tăng trưởng',
    en: 'a change against a base that was not read (e.g. against the scenario): it may be against a plan, not a growth',
  },
  'plan-gap': {
    vi: 'thay đổi không có mốc so sánh trong câu có nêu kế hoạch (ví dụ: đặt chỉ tiêu sản lượng …, nhưng sản lượng cao hơn 7,2%): có thể là mức vượt hay hụt so với kế hoạch, không phải mức tăng trưởng',
    en: 'a change with no base in a sentence that sets a plan (e.g. a production target …, however production was 7.2 per cent higher): it may be the gap to the plan, not a growth',
  },
  'exceeded-level': {
    vi: 'giá trị sau “vượt”: là mức tối thiểu (ví dụ: hơn số này), không phải số chính xác',
    en: 'a level after “surpassed”: more than the figure, not exactly it',
  },
  'unread-bound': {
    vi: 'có từ chỉ giới hạn trước số (ví dụ: ít nhất, tối đa) chưa được đọc: số này có thể là mức tối thiểu hoặc tối đa, không phải số chính xác',
    en: 'a bound word before the figure (e.g. at least, up to) was not read: the figure may be a minimum or maximum, not exact',
  },
  'open-bound': {
    vi: 'số nằm giữa “từ” và “trở lên”/“trở xuống”: đã đọc là mức tối thiểu hoặc tối đa, nhưng có thể là ngưỡng của một định nghĩa (ví dụ: tàu từ 15 mét trở lên), không phải một mức đạt được',
    en: 'a figure between “từ” and “trở lên”/“trở xuống” (from … upward): read as a minimum or maximum, but it may be the threshold of a definition, not a level reached',
  },
  'fronted-plan': {
    vi: 'tỷ lệ phần trăm sau “so với kế hoạch” ở đầu câu: có thể là mức hoàn thành kế hoạch, không phải mức hay tốc độ tăng',
    en: 'a percentage after “compared with the plan” at the head of the sentence: it may be the completion of the plan, not a level or a growth',
  },
  'per-unit': {
    vi: 'số lượng tính trên một đơn vị khác (ví dụ: 6,08 tấn thóc mỗi ha): là mức bình quân trên đơn vị, không phải tổng mức',
    en: 'a quantity per another unit (e.g. 6.08 tonnes of rice per ha): a rate per unit, not a level',
  },
  'paired-figures': {
    vi: 'số thứ hai của hai số nối bằng dấu gạch chéo (ví dụ: đạt 2.458/7.758 tỉ đồng, 83,5/64 triệu đồng): không rõ số nào là thực hiện, số nào là kế hoạch hay số so sánh',
    en: 'the second of two figures joined by a slash (e.g. 2,458/7,758 billion): which is the actual and which the plan or the compared figure is not stated',
  },
  'comma-before-scale': {
    vi: 'dấu phẩy trước đúng ba chữ số và “tỷ” trở lên, không có đơn vị tiền, trong văn bản tiếng Anh (ví dụ: 2,592 billion kWh): không rõ là hàng nghìn (2.592 tỷ) hay dấu thập phân (2,592 tỷ)',
    en: 'a comma before exactly three digits and billions or more, with no currency, in English text (e.g. 2,592 billion kWh): thousands (2,592 billion) or a decimal comma (2.592 billion) is not told',
  },
  'average-base': {
    vi: 'mức thay đổi so với bình quân của nhiều kỳ (ví dụ: so với bình quân cùng kỳ 5 năm): không so với một kỳ nào, không rõ là tốc độ tăng hay tỷ lệ so sánh',
    en: 'a change against the average of several periods (e.g. compared to the average of the same period in the past 12 years): against no one period, growth or ratio is not told',
  },
  title: {
    vi: 'con số nằm trong một tên gọi đặt trong ngoặc kép (ví dụ: phong trào mang tên "100 ngày đêm …"): là một phần của tên, không phải số liệu',
    en: 'a number inside a quoted title (e.g. a campaign titled "500 Days and Nights …"): part of a name, not a figure',
  },
  'cause-figure': {
    vi: 'mức nêu trong mệnh đề chỉ nguyên nhân của một kết quả khác (ví dụ: results from the average price in 2017 being $50.85 per barrel): số của nguyên nhân, có thể không phải số liệu riêng',
    en: 'a level told inside a clause that gives the cause of another result (e.g. results from the average price in 2017 being $50.85 per barrel): the cause’s figure, maybe no fact of its own',
  },
  'earlier-level': {
    vi: 'mức trong ngoặc ngay sau một mức thay đổi, nêu cho một kỳ trước (ví dụ: tăng 17,4% (giá năm 2016 là 43,3 USD/thùng)): mức gốc mà thay đổi so sánh với, được nhắc lại',
    en: 'a level in a bracket right after a change, told for an earlier period (e.g. a rise of 17.4% (the price in 2016 was $43.3 per barrel)): the level the change is measured from, restated',
  },
  'bare-count': {
    vi: 'số đếm trần, không có động từ, đơn vị đo hay danh sách nêu nó (ví dụ: tặng quà cho 15 thiếu nhi): có thể chỉ mô tả chủ thể chứ không phải một số liệu riêng',
    en: 'a bare count with no verb, measure or list that states it (e.g. It operates through 21 branches): it may describe the subject rather than be a figure of its own',
  },
  'ambiguous-unit': {
    vi: 'đơn vị mang hai nghĩa (ví dụ: 433,76 mt: tấn với giới thương mại, triệu tấn trong báo cáo sản lượng của Ấn Độ): không có từ chỉ quy mô và số nhỏ, không chắc là nghĩa nào',
    en: 'a unit that names two sizes (e.g. 433.76 mt: metric tonnes to traders, million tonnes in Indian output reports): with no scale word and a small number, which one is meant is not certain',
  },
  'incident-size': {
    vi: 'quy mô của một vụ thu giữ, tiêu hủy hay xử phạt (ví dụ: thu giữ 13 tấn thực phẩm, một người bị xử phạt 180 triệu đồng, tại 1 hộ): một vụ việc nêu làm ví dụ, có thể không phải số tổng hợp của chỉ tiêu',
    en: 'the size of one seizure, cull or fine (e.g. thu giữ 13 tấn thực phẩm, a person fined 180 million dong, at 1 household): one incident told as an example, maybe not a tally of the indicator',
  },
  'split-number': {
    vi: 'số dính liền sau dấu chấm/phẩy của một ký hiệu có chữ số (ví dụ: U$S1.9 tỷ): chỉ là phần đuôi của một số lớn hơn',
    en: 'a number glued after a point or comma to a token ending in a digit (e.g. U$S1.9 billion): the tail of a bigger number',
  },
  'comma-thousands': {
    vi: 'dấu phẩy trước đúng ba chữ số trong câu mà các số khác phân cách hàng nghìn bằng dấu chấm (ví dụ: 5,142 tỷ đồng bên cạnh 139.135 tỷ đồng): có thể là dấu chấm hàng nghìn viết nhầm (5.142), không phải dấu thập phân',
    en: 'a comma before exactly three digits in a sentence that groups its other numbers in thousands by points (e.g. 5,142 tỷ đồng beside 139.135 tỷ đồng): it may be a slipped thousands point (5.142), not the decimal comma',
  },
  'dropped-percent': {
    vi: 'số trần được đọc là tốc độ tăng vì các mức tăng liệt kê trước nó đều có % (ví dụ: tăng 6,73% … và tăng 6,71 so với cùng kỳ): dấu % không được in',
    en: 'a bare number read as a rate because the changes listed before it are percentages (e.g. up 6.73% … and 6.71 year on year): its % is not printed',
  },
  'point-thousands': {
    vi: 'dấu chấm trước đúng ba chữ số, không có từ chỉ quy mô, trong văn bản tiếng Anh (ví dụ: numbered 43.900): được đọc là dấu phân cách hàng nghìn như cách viết tiếng Việt (43.900 = 43 nghìn 900), nhưng cũng có thể là số thập phân 43,9',
    en: 'a point before exactly three digits with no scale word (e.g. numbered 43.900): read as the thousands separator Vietnamese writers print (43,900); it may be a decimal point (43.9)',
  },
  'decimal-comma': {
    vi: 'dấu phẩy trước một hoặc hai chữ số trong văn bản tiếng Anh (ví dụ: 4,8 million, 7,5%): được đọc là dấu thập phân (4,8), nhưng cũng có thể là một danh sách bị mất dấu cách',
    en: 'a comma before one or two digits in English text (e.g. 4,8 million, 7,5%): read as a decimal comma (4.8), though a list that lost its spaces prints the same',
  },
  'decimal-point': {
    vi: 'dấu chấm trước một hoặc hai chữ số trong văn bản tiếng Việt, số không có đơn vị (ví dụ: Diện tích 7.2, ngày 30.4): được đọc là dấu thập phân (7,2), nhưng ngày tháng, số mục hay giờ cũng viết như vậy',
    en: 'a point before one or two digits in Vietnamese text on a value with no unit (e.g. Diện tích 7.2, ngày 30.4): read as a decimal point (7.2), though a date, a section number or a time prints the same',
  },
  milestone: {
    vi: 'số đứng ngay sau một mốc hay ngưỡng (ví dụ: gần mốc 50.000 tỷ đồng, lọt top … 50.000 tỷ đồng): là mốc, không phải mức đã đạt',
    en: 'a figure a few words after a milestone or threshold (e.g. near the 50,000 billion mark): the milestone, not a level reached',
  },
  'implausible-size': {
    vi: 'giá trị lớn hơn cả tổng sản phẩm một năm của nền kinh tế (ví dụ: 47.580 nghìn tỷ đồng): đơn vị (nghìn tỷ, tỷ) có lẽ bị ghi sai',
    en: 'a value larger than a whole economy’s yearly output (e.g. 47,580 trillion dong): its scale word is most likely wrong',
  },
  'exceeded-by-hundred': {
    vi: '“vượt” từ 100% trở lên (ví dụ: vượt 132% dự toán): người viết cũng dùng cách này cho chính mức hoàn thành (đạt 132% dự toán), nên chưa chắc là 232%',
    en: '“exceeded by” 100 percent or more (e.g. exceeded the estimate by 132%): writers also print the completion itself this way (132% of the estimate), so 232% is not certain',
  },
  'time-of-day': {
    vi: 'giờ trong ngày (ví dụ: 9h30, 17h, 9:30 a.m.): thời điểm, không phải số liệu',
    en: 'an hour of the clock (e.g. 9:30 a.m., 9h30, 17h): a time of day, not a figure',
  },
  'policy-rate': {
    vi: 'tỷ lệ % đứng trước một khoản thuế, phí, tiền thuê hay giá do chính sách quy định (ví dụ: giảm 30% tiền thuê đất, thuế 46%): là mức chính sách, không phải mức tăng/giảm đo được',
    en: 'a percentage before a charge or price a policy sets (e.g. a 30 percent cut in land rent, a 46% tariff): the rule’s rate, not a measured change or level',
  },
  'percent-of': {
    vi: 'động từ tăng đứng trước một tỷ lệ % của một tổng (ví dụ: gaining 21.4 percent of the quotation): là phần của tổng đó hoặc mức hoàn thành, không phải mức tăng trưởng',
    en: 'a change verb before a percentage of a whole (e.g. gaining 21.4 percent of the quotation): the share of that whole, or a completion of it, not a growth',
  },
  ordinal: {
    vi: 'số đứng ngay sau từ chỉ thứ tự (ví dụ: lần thứ 8, thứ 3): là vị trí trong một thứ tự, không phải số liệu',
    en: 'a number right after an ordinal word (e.g. lần thứ 8, the 3rd): a position in an order, not a figure',
  },
  security: {
    vi: 'số liệu về chứng khoán của một công ty (ví dụ: giá một cổ phiếu, số cổ phiếu, cổ tức, vốn điều lệ, EPS, ROE, P/E): không phải số liệu của một chỉ tiêu',
    en: 'a figure of a company’s securities (e.g. a share’s price, a count of shares, a dividend, charter capital, EPS, ROE, P/E): not a figure of an indicator',
  },
  'index-points': {
    vi: 'mức tăng/giảm tính bằng điểm của một chỉ số (ví dụ: VN-Index tăng 12,5 điểm, PMI tăng 1,2 điểm): là điểm của chỉ số, không phải điểm phần trăm',
    en: 'a change in bare points of an index (e.g. the VN-Index rose 12.5 points, the PMI rose 1.2 points): the index’s own points, not percentage points',
  },
  'unit-price': {
    vi: 'số tiền tính bằng đồng không có nghìn, triệu, tỷ (ví dụ: lên 61.300 đồng): là giá của một đơn vị như một cổ phiếu, không phải tổng số của một chỉ tiêu',
    en: 'an amount in đồng with no scale word (e.g. to VND45,000): the price of one item such as a share, not an indicator’s total',
  },
  'revised-estimate': {
    vi: 'ước tính của một năm so với tháng trước (ví dụ: sản lượng niên vụ 2019/20 ước 14,5 triệu tấn, giảm 6% so với tháng trước): là mức điều chỉnh so với ước tính tháng trước, không phải mức tăng/giảm của chỉ tiêu',
    en: 'a year’s estimate compared with last month (e.g. 2019/20 output estimated at 14.5 million tons, down 6 percent from last month): a revision of last month’s estimate, not the indicator’s change',
  },
  'assumed-month-before': {
    vi: 'tháng so sánh được nêu (ví dụ: tăng 6,09% so với tháng 4) nhưng câu không nêu tháng của số liệu: được hiểu là so với tháng trước, điều văn bản không nói rõ',
    en: 'a month named as the base (e.g. rose 4.29% from June) with no month of the figure in the sentence: read as the month before, which the text does not say',
  },
  'restated-change': {
    vi: 'tỷ lệ % ngay sau “tương đương” nói lại mức tăng/giảm đứng trước (ví dụ: tăng 8,4 điểm, tương đương 0,61%): là mức tăng/giảm tính theo %, không phải mức đạt được',
    en: 'a percentage right after “or” or “equivalent to” that restates the change before it (e.g. rose 12.16 points, or 0.73 percent): that change as a rate, not a level',
  },
};

/** Why a field is uncertain, in the reader's language. */
export const doubtText = (d: Doubt, locale: Locale): string => DOUBTS[d.reason]?.[locale] ?? d.message;

const UNREAD: Record<Unread['reason'], Text> = {
  'invalid-number': { vi: 'số viết sai hoặc mơ hồ', en: 'a malformed or ambiguous number' },
  'unrecognised-figure': { vi: 'số chưa rõ vai trò', en: 'a figure with no known role' },
  'percent-without-base': {
    vi: 'tỷ lệ % không nói so với kế hoạch hay kỳ nào',
    en: 'a percentage with neither plan nor base',
  },
  'change-without-base': { vi: 'mức tăng/giảm không nói so với kỳ nào', en: 'a change with no base' },
  'no-name': { vi: 'không có tên chỉ tiêu', en: 'no indicator name' },
  'no-period': { vi: 'không rõ kỳ báo cáo', en: 'no period found' },
  'relative-period': { vi: 'kỳ tương đối, thiếu năm', en: 'a relative period without a year' },
};

/** Why a part was not read, in the reader's language. */
export const unreadText = (u: Unread, locale: Locale): string => UNREAD[u.reason]?.[locale] ?? u.message;
