import type { DecimalString } from '../decimal/decimal-string';
import type { ComparisonBase, DataStage, Interval } from '../model/types';

/** Locales the extractor has grammars for. `vi-VN`, `en-US`, … resolve to these. */
export type ExtractLocale = 'vi' | 'en';

/**
 * A stretch of the original text: `text.slice(start, end)`. Offsets count UTF-16 code units
 * of the string you passed in (what `String.prototype.slice` and a DOM `Range` use), so a UI
 * can highlight the part without re-searching.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * How loosely a keyword matched: `exact`; `variant` (old/new tone placement `hoà`/`hòa`, `i`/`y`
 * as in `kì`/`kỳ`); `no-diacritics` (`ke hoach` for `kế hoạch`); `typo` (one letter off, only
 * inside a longer phrase whose other words matched).
 */
export type MatchLevel = 'exact' | 'variant' | 'no-diacritics' | 'typo';

/**
 * How sure the reading of a field is. `uncertain` fields are shown as such and never audited:
 * the number is read right but its ROLE is not certain (a bracketed figure, a figure after a
 * plan word, a share, a percentage with neither plan nor base, a year-like bare number).
 */
export type Confidence = 'certain' | 'uncertain';

/** Why a field is `uncertain`. */
export type DoubtReason =
  /** `(cùng kỳ năm trước tăng 7,3%)`: a figure in brackets, its name outside them. */
  | 'bracketed'
  /** `theo kế hoạch đề ra … là 8,42%`, `(the plan assigned VND 100 billion)`: a plan's figure in an actual statement. */
  | 'plan-frame'
  /** `CAAV estimates passengers will reach 105 million`, `will be US$7.17 billion, down 0.09% year-on-year`: a forecast that may be the report's estimated result or a target (the kind). */
  | 'forecast-kind'
  /** `các chỉ tiêu … đều đạt và vượt chỉ tiêu được giao, cụ thể: … đã tổ chức thi hành xong 6.627 việc`, `(FX reserves fell to US$89bn)` in a goal frame: a result told inside a goal frame (the kind). */
  | 'result-in-goal'
  /** `Đến năm 2030, xuất khẩu … đạt hơn 26 tỷ USD`: a sentence that opens with the year it runs to, a plan's goal or a result reported after that year (the kind). */
  | 'horizon-kind'
  /** `chiếm 54,5%`, `accounting for 26.4 percent of …`: a share of a total, not the indicator's level. */
  | 'share'
  /** A percentage with neither plan nor base, on a name that is no rate or ratio. */
  | 'percent-role'
  /** `7 Bộ có tỷ lệ giải ngân trên 45%`, `12 provinces had a poverty rate of 3 percent`: a subset's rate, not the indicator's. */
  | 'subset'
  /** `tỷ lệ hộ nghèo giảm 1,17%`, `vượt 0,5% so với chỉ tiêu`: a change or excess by a percentage of an indicator that is a percentage, points or percent not stated. */
  | 'points-or-percent'
  /** `33-33.7 per cent`: one end of a range. */
  | 'range'
  /** `2017` with no unit or scale, `10` before `tháng`/`months`: most likely part of a period. */
  | 'time-like'
  /** `phải báo cáo trong thời hạn 24 giờ`, `must register 12 hours before`: a length of time that is a limit, a deadline or a notice, not a measured level. */
  | 'duration-limit'
  /** `30/63 địa phương`: a count out of a total. */
  | 'fraction'
  /** `equivalent to $189 billion`: the value restated in another currency. */
  | 'conversion'
  /** `tăng 41,97% về số lượng dự án`: the change of another measure than the statement's value. */
  | 'other-measure'
  /** A second change of the same kind in one statement, with no base or the first one's base: it may belong to another clause. */
  | 'second-figure'
  | 'other-clause'
  | 'attributive'
  /** `…, and in December increased 0.12%`: a change after a second period named in its statement. */
  | 'second-period'
  /** `higher than the 4.72 percent growth …`, `cao hơn mức tăng 7,45%`: the other side of a comparison. */
  | 'comparison'
  /** `compared to the implementation in 2019`, `so với năm 2019`: a period that names the comparison base. */
  | 'base-period'
  /** `saidover 142 trillion`: a bound word glued to the word before the figure, which may be a bound. */
  | 'glued-bound'
  /** `in the last five months of 2020`, `5 tháng cuối năm 2021`: a year after words of a shorter period that were not read. */
  | 'partial-period'
  /** `giá cà phê kỳ hạn tháng 12/2023`, `6 tháng đạt 28,6% kế hoạch của năm 2023`: a period that dates a noun of the sentence (a futures contract, the plan), not the figure. */
  | 'period-of-other'
  /** `by the end of September 2022`, `as of June 30, 2023`, `at the end of December 2020`: a figure at a month's end, of the year to that month or of the month. */
  | 'month-end'
  /** `the deficit totals $178.5 billion, an improvement of 21 percent`: a change told as an improvement of a measure a report wants lower, whose direction the word does not tell. */
  | 'direction'
  /** `in 2021/2022`, `the first quarter of 2019/20 financial year`, `the first eight months of fiscal year 2023`: a period of a fiscal year written across two calendar years, read in the first, a fiscal year by its label (`FY20`, read as the label's year; round 68), or a part of a fiscal year read as the calendar's part. */
  | 'fiscal-year'
  /** `tính đến 15/4/2023`: a cut-off inside a month, read as the year to that month's end, which it falls short of. */
  | 'mid-month'
  /** `nửa đầu tháng 6/2018`, `15 ngày đầu tháng 6/2018`: part of a month, read as the whole month. */
  | 'part-of-month'
  /** `… in May 2022 …, output in the first 5 months was …`: a part of a year written without its year, dated by the year of the statement before. */
  | 'lent-year'
  /** `rose 11.5% compared with the same period in 2017` in a statement that names no period: the base read as the year 2017, of which the same period is a part. */
  | 'same-period-year'
  /** `the cashew industry exceeded the 2023 plan by 18%`, `In the 2019 edition of the Games`: a year that only modifies a noun dates the figure. */
  | 'year-of-noun'
  /** `Hơn 1 triệu người thất nghiệp, gần 900.000 người thiếu việc làm trong quý IV/2022`: a period written after a later clause's figure, lent to the figures before it. */
  | 'later-period'
  /** `reached 12.4mtpa`, `rose to 3.5Gt`: letters glued to the number that were not read as a scale or unit. */
  | 'glued-unit'
  /** `140.5 billion dong revenue, …; profit reached nearly 176 billion`: a currency lent by an earlier amount of the sentence, not written with the figure. */
  | 'lent-unit'
  /** `thấp hơn … khoảng 870 triệu USD`, `tương ứng tăng 28,55 tỷ USD`: a difference, not a level. */
  | 'difference'
  /** `… lần lượt là 8% và 8,5%`, `US$16.4 billion and US$0.9 billion, respectively`: names and figures paired by order. */
  | 'respectively'
  /** `7 Bộ và 12 địa phương có …`: a bare count of the noun that follows, not the indicator's value. */
  | 'counted-noun'
  /** `causing the overall CPI to fall by 0.16 percentage point`: a contribution to another indicator's change. */
  | 'contribution'
  /** `there remains VND35 trillion, or 9.3 percent of the plan`: a remainder's share of a plan, not a completion. */
  | 'remainder'
  /** `a rise of 1.68 percent compared to last year's estimates`: against another period's plan. */
  | 'earlier-plan'
  /** `37% and 38% of our forecast`: a completion of the writer's own forecast (an analyst's), not the owner's plan. */
  | 'own-forecast'
  /** `spurred 152.3% year-on-year`: a percentage against a base after a verb that leaves rate or ratio open. */
  | 'rate-or-ratio'
  /** `revised up 13 times`: an integer multiple with no base, which may be a count of occurrences. */
  | 'count-or-multiple'
  /** `13 dự án … tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần`: a change after a figure that was not read. */
  | 'unread-between'
  /** `tăng bình quân 7,6%/năm`, `7.6% a year`: a percentage per period, an average rate, not a level. */
  | 'average-rate'
  /** `tăng 19% so với kịch bản`, `up 22% against the scenario`: a change against a base the reader did not read (maybe a plan). */
  | 'unread-base'
  /** `set production target of rice at 6.818 million tons …, however the production remained 7.2 per cent higher`: a change with no base after a plan set in the sentence, or before one (`over the planned level`): maybe the gap to the plan. */
  | 'plan-gap'
  /** `vượt 107.500 tỷ đồng`, `surpassed 1.5 million`: a level after a verb of exceeding, more than the figure. */
  | 'exceeded-level'
  /** `at least VNĐ20 trillion` in a goal the value reader did not take the bound of: a bound, not exact. */
  | 'unread-bound'
  /** `từ 5 xã trở lên`: a level read as a bound from `từ … trở lên`, which may be the threshold of a definition, not a level. */
  | 'open-bound'
  /** `So với kế hoạch … thì tỷ lệ giải ngân đạt 13,67%`: a percentage after a fronted comparison with the plan. */
  | 'fronted-plan'
  /** `6.08 tonnes of unmilled rice per ha`: a quantity per unit a few words on, a density, not a level. */
  | 'per-unit'
  /** `U$S1.9 billion` split as `S1` `.` `9`: a number glued to a token ending in a digit, the tail of a bigger number. */
  | 'split-number'
  /** `5,142 tỷ đồng` in a sentence that writes `139.135 tỷ đồng`: a comma before exactly three digits, maybe a slipped thousands point. */
  | 'comma-thousands'
  /** `tăng 6,73% … và tăng 6,71 so với cùng kỳ`: a bare number read as a rate of a list of rates, its `%` not printed. */
  | 'dropped-percent'
  /** `numbered 43.900` in English text: a point before exactly three digits and no scale word, maybe a thousands separator (43,900). */
  | 'point-thousands'
  /** `4,8 million`, `rose 7,5%` in English text: a comma before one or two digits, read as a decimal comma. */
  | 'decimal-comma'
  /** `Diện tích 7.2`, `ngày 30.4` in Vietnamese text: a point before one or two digits on a bare value, read as a decimal point. */
  | 'decimal-point'
  /** `gần mốc 50.000 tỷ đồng`, `lọt top thu ngân sách 50.000 tỷ đồng`: a milestone or threshold named, not a level reached. */
  | 'milestone'
  /** `47.580 nghìn tỷ đồng` of a province: a value larger than a whole economy's yearly output, its scale word most likely wrong. */
  | 'implausible-size'
  /** `vượt 132% dự toán`: over plan by 100 percent or more, which writers also use for the completion itself (132 % of plan). */
  | 'exceeded-by-hundred'
  /** `At 9:30 a.m.`, `lúc 9h30`, `17h ngày 30/6`: an hour of the clock, a time of day, never a figure. */
  | 'time-of-day'
  /** `giảm 30% tiền thuê đất`, `a 46% tariff`: the rate a policy sets on a charge or price, not a measured change or level. */
  | 'policy-rate'
  /** `gaining 21.4 percent of the quotation`: a change verb before a percentage of a whole, its share (or completion), not a growth. */
  | 'percent-of'
  /** `Hội nghị lần thứ 8`: a number right after an ordinal word, a position in an order, not a figure. */
  | 'ordinal'
  /** `giá cổ phiếu 25.000 đồng/cp`, `EPS đạt 3.200 đồng`, `a charter capital of VND1 trillion`: a figure of a company's securities, not an indicator's. */
  | 'security'
  /** `VN-Index tăng 12,5 điểm`, `the PMI rose 1.2 points`: a move of an index in its own points, not percentage points. */
  | 'index-points'
  /** `MWG tăng 2,5% lên 61.300 đồng`, `VND45,000`: an amount in đồng with no scale word, one item's price, not an indicator's total. */
  | 'unit-price'
  /** `tăng 8,4 điểm, tương đương 0,61%`, `rose 12.16 points, or 0.73 percent`: a percentage that restates the change before it, no level. */
  | 'restated-change'
  /** `đạt 2.458/7.758 tỉ đồng`, `(24.013/9.278 tỷ đồng)`: the second of two figures joined by a slash (actual/plan, this/that), which is the statement's not stated. */
  | 'paired-figures'
  /** `2,592 billion kWh` in English text, no currency: a comma before three digits and billions, thousands or a Vietnamese decimal comma (2.592 billion). */
  | 'comma-before-scale'
  /** `compared to the average of the same period in the past 12 years`, `so với bình quân cùng kỳ 5 năm`: a change against an average of several periods. */
  | 'average-base'
  /** `a campaign titled "500 Days and Nights … 3,000 km of Highways"`, `mang tên "…"`: a number inside a quoted title, no figure. */
  | 'title'
  /** `thu giữ 13 tấn thực phẩm`, `một người … bị xử phạt 180 triệu đồng`, `tại 1 hộ`: the size of one seizure, cull or fine, which reports tell as an example beside their tallies. */
  | 'incident-size'
  /** `results from the average price … in 2017 being $50.85 per barrel`: a level told inside a clause of cause, the cause's figure, maybe no fact of its own. */
  | 'cause-figure'
  /** `a year-on-year rise of 17.4% (the average price … in 2016 was $43.3 per barrel)`: the earlier period's level restated in a bracket after a change. */
  | 'earlier-level'
  /** `It operates through 21 branches`, `tặng quà cho 15 thiếu nhi`: a bare count read with no verb, measure or list that states it; as often a description as a figure. */
  | 'bare-count'
  /** `433.76 mt`, `243.3mt`: a unit that is a metric tonne to traders and a million tonnes in Indian output reports, below 1,000 with no scale word. */
  | 'ambiguous-unit'
  /** `production for 2019/20 is estimated at 14.5 million tons, down 6 percent from last month`: a year's estimate against last month's, a revision, no change of the measure. */
  | 'revised-estimate'
  /** `Pork prices rose 4.29% from June` with no month of the statement's own: read against the month before, which the sentence does not say. */
  | 'assumed-month-before';

/** The reason a field is uncertain, for people. */
export interface Doubt {
  readonly reason: DoubtReason;
  readonly message: string;
}

/** One extracted field: its value, where it was read, and the rule that read it. */
export interface Extracted<T> {
  readonly value: T;
  readonly span: Span;
  /** Stable id of the rule that produced the field, e.g. `vi.completion.of-plan`. */
  readonly rule: string;
  /** Present when a keyword of the rule matched loosely (missing diacritics, a typo). */
  readonly match?: Exclude<MatchLevel, 'exact'> | undefined;
  /**
   * `certain`, or `uncertain` with a {@link Doubt}: the audit never checks an uncertain field
   * and a UI shows it as a reading to verify. Set on every field of every statement.
   */
  readonly confidence?: Confidence | undefined;
  readonly doubt?: Doubt | undefined;
}

/**
 * A number as printed. `value` is canonical (`"80"`), `decimals` keeps the printed precision
 * (`80,00` has 2) and `interval` is every exact value that prints this way (half-up):
 * `80,00` → [79.995; 80.005).
 */
export interface PrintedNumber {
  readonly value: DecimalString;
  readonly decimals: number;
  readonly text: string;
  readonly interval: Interval;
}

/**
 * A quantity: `3.630 tỷ đồng` is number 3630, scale 9 (`tỷ`), unit `đồng`; `base` is the value
 * in units (`"3630000000000"`) and `baseInterval` its printed-precision interval in units.
 */
export interface Quantity {
  readonly number: PrintedNumber;
  /** Power of ten of the scale word (`nghìn` 3, `triệu` 6, `tỷ` 9, `nghìn tỷ` 12, `trillion` 12). */
  readonly scale: number;
  readonly scaleWord?: string | undefined;
  /** The unit as written (`thuê bao`, `tờ, cuốn`, `giờ/01 ngày`, `%`). */
  readonly unit?: string | undefined;
  /** The built-in unit code when the unit word is one we know (`subscriber`, `VND`, `percent`). */
  readonly unitCode?: string | undefined;
  /** `number × 10^scale`. */
  readonly base: DecimalString;
  readonly baseInterval: Interval;
  /**
   * A qualifier that makes the printed number a bound or an approximation (`khoảng`, `hơn`,
   * `gần`, `trên`, `about`, `over`): the audit never treats such a number as exact.
   */
  readonly approximate?: 'about' | 'over' | 'under' | undefined;
  /** `bình quân` / `average`: the value is an average (still exact to its printed precision). */
  readonly average?: boolean | undefined;
}

/**
 * What a completion is measured against: the plan (`kế hoạch`), the budget estimate (`dự toán`),
 * an assigned target or goal (`chỉ tiêu`, `mục tiêu`), or a forecast — an analyst's or another
 * body's expectation (`bằng 23% dự báo`, `76% dự phóng`, `of the forecast`, `of its projection`),
 * which is no plan the organisation was assigned.
 */
export type PlanKind = 'plan' | 'budget' | 'target' | 'forecast';

/** `đạt 100,6% kế hoạch` (percent of plan) or `vượt 5,88% kế hoạch` (over plan by). */
export interface StatedCompletion {
  /** Completion in percent as stated or derived: `vượt 5,88%` gives `105.88` (interval shifted by 100). */
  readonly percent: PrintedNumber;
  readonly form: 'of-plan' | 'exceeded-by';
  /**
   * What the percentage is of ({@link PlanKind}): the plan, the budget estimate, an assigned target,
   * or a forecast. A completion of a forecast is audited only against the forecast stated beside it,
   * never against the organisation's plan.
   */
  readonly of: PlanKind;
  /** `đạt khoảng 95% kế hoạch`, `vượt hơn 5%`: a bound or an approximation, never audited. */
  readonly approximate?: 'about' | 'over' | 'under' | undefined;
}

/** `tăng 3,2% so với cùng kỳ`, `bằng 100% so với cùng kỳ`, `gấp 51 lần`, `tăng 2 điểm phần trăm`. */
export interface ExtractedChange {
  readonly form: 'ratio' | 'rate' | 'times' | 'points';
  /** As printed with its sign: `giảm 1,5%` → value `-1.5` (interval negated accordingly). */
  readonly amount: PrintedNumber;
  /** `tăng gần 20%`, `up more than 5%`: a bound or an approximation, never audited. */
  readonly approximate?: 'about' | 'over' | 'under' | undefined;
  /** What the change is against; absent when the text does not say (listed in `unread`). */
  readonly base?: ComparisonBase | undefined;
  readonly baseSpan?: Span | undefined;
}

/** `đạt mật độ 49,8 thuê bao/100 dân`. */
export interface ExtractedDensity {
  readonly value: PrintedNumber;
  /** N of "per N inhabitants". */
  readonly per: DecimalString;
  readonly unit?: string | undefined;
  readonly population: string;
}

/** `đứng thứ 3 toàn quốc`, `xếp thứ 5/63`, `ranked 3rd nationwide`. */
export interface ExtractedRank {
  readonly rank: number;
  readonly of?: number | undefined;
  readonly scope?: string | undefined;
}

/** Why a piece of a statement could not be read. */
export type UnreadReason =
  /** A number that is malformed or ambiguous in the locale (`1.5` in Vietnamese). */
  | 'invalid-number'
  /** A number the grammar found no role for. */
  | 'unrecognised-figure'
  /** `đạt 100,6%` after a value, with neither plan nor comparison base named. */
  | 'percent-without-base'
  /** A change with no base (`tăng 5%` with no `so với …`). */
  | 'change-without-base'
  /** Figures with no indicator name before or after them. */
  | 'no-name'
  /** No period could be found in the statement, its sentence, or the text before. */
  | 'no-period'
  /** A relative period (`năm nay`, `last year`) without a reference year. */
  | 'relative-period';

/** Something the extractor saw but could not read, with where it is. */
export interface Unread {
  readonly what: 'name' | 'value' | 'completion' | 'change' | 'period' | 'figure';
  readonly reason: UnreadReason;
  readonly span: Span;
  readonly message: string;
}

/**
 * One indicator statement read from report prose. Every field is optional except what every
 * statement has: a span, a kind and the list of what could not be read. `complete` is true when
 * that list is empty.
 */
export interface Statement {
  /** Position in the result (0-based); findings and `parent` refer to statements by it. */
  readonly index: number;
  /** The whole statement (from its name, or its first figure, to its last figure). */
  readonly span: Span;
  /** The sentence it was read from. */
  readonly sentence: Span;
  /** `actual` for reported figures, `target` for a plan (`phấn đấu đạt`, `mục tiêu`, `năm 2021 … đạt`). */
  readonly kind: Extracted<'actual' | 'target'>;
  /** The indicator's name as written (`Tổng doanh thu toàn ngành`). */
  readonly name?: Extracted<string> | undefined;
  /** The name completed from the statement before when the text elides it (`…mức độ 3 đạt 56,35%, mức độ 4 đạt 57,53%`). */
  readonly fullName?: Extracted<string> | undefined;
  /** Who reports the figure, when the name is the counted thing (`Cổng dịch vụ công … cung cấp 174 dịch vụ`). */
  readonly subject?: Extracted<string> | undefined;
  /** Period id (`2020`, `2020-Q1`, `2020-YTD-11`, `2021/2025`). */
  readonly period?: Extracted<string> | undefined;
  readonly value?: Extracted<Quantity> | undefined;
  readonly stage?: Extracted<DataStage> | undefined;
  readonly completion?: Extracted<StatedCompletion> | undefined;
  /** The plan value when the text states it (`kế hoạch 1.700.000 thuê bao`, `against a plan of …`). */
  readonly target?: Extracted<Quantity> | undefined;
  /** The earlier value when the text states it (`tăng từ 1,5 triệu lên 1,8 triệu`). */
  readonly previous?: Extracted<Quantity> | undefined;
  readonly changes: readonly Extracted<ExtractedChange>[];
  readonly density?: Extracted<ExtractedDensity> | undefined;
  readonly rank?: Extracted<ExtractedRank> | undefined;
  /** `trong đó …`: index of the statement this one is a component of. */
  readonly parent?: Extracted<number> | undefined;
  readonly unread: readonly Unread[];
  readonly complete: boolean;
}

/** A number in the text that belongs to no statement, and why: nothing is dropped silently. */
export interface UnusedNumber {
  readonly span: Span;
  /** `conversion`: the value before restated in another currency (`VND 5.7 quadrillion (USD 234.6 billion)`). */
  readonly reason: 'date' | 'year' | 'identifier' | 'ordinal' | 'qualifier' | 'conversion' | 'no-statement';
  readonly rule: string;
}

/** Options of {@link extractStatements}. */
export interface ExtractOptions {
  /** `vi`, `en` or a tag that resolves to them (`vi-VN`, `en-GB`). Required: `3.630` means 3630 in Vietnamese and 3.63 in English. */
  readonly locale: string;
  /** Period of the report when the text never says (`2020`); a period in the text wins. */
  readonly period?: string | undefined;
}

/** Everything {@link extractReport} read: the statements and every number it did not use. */
export interface Reading {
  readonly locale: ExtractLocale;
  readonly statements: readonly Statement[];
  readonly unused: readonly UnusedNumber[];
}
