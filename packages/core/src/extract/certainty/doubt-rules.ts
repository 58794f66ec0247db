import type { DoubtRule } from './context';
import { addedCountDoubt, amountBeforeChangeNounDoubt, restatedAddedDoubt } from './doubts/added-count';
import { afterBracketDoubt } from './doubts/after-bracket';
import { afterEventDoubt } from './doubts/after-event';
import { ambiguousUnitDoubt, localDollarDoubt, placeDollarDoubt } from './doubts/ambiguous-unit';
import { assumedFigureDoubt } from './doubts/assumed-figure';
import { assumedMonthBeforeDoubt } from './doubts/assumed-month-before';
import { averageBaseDoubt } from './doubts/average-base';
import { averageChangeDoubt } from './doubts/average-change';
import { annualSpanRateDoubt, averageRateDoubt } from './doubts/average-rate';
import { bareCountDoubt, bareCountKindDoubt } from './doubts/bare-count';
import { bracketedDoubt } from './doubts/bracketed';
import { bracketedEarlierLevelDoubt, causeFigureDoubt } from './doubts/cause-figure';
import { changeAfterShareDoubt } from './doubts/change-after-share';
import { changeBeforeValueDoubt } from './doubts/change-before-value';
import { changeInNameDoubt } from './doubts/change-in-name';
import { changeAmountListDoubt, changeListDoubt } from './doubts/change-list';
import { commaBeforeScaleDoubt, commaThousandsDoubt } from './doubts/comma-thousands';
import { changeOverComparedFigureDoubt, comparedFigureChangeDoubt } from './doubts/compared-figure-change';
import {
  changeOfEarlierValueDoubt,
  comparativeDoubt,
  differenceBeforeBaseDoubt,
  earlierPeriodSubjectDoubt,
  rateAfterFromDoubt,
  valueFromLevelDoubt,
} from './doubts/comparison';
import { concessiveAttributeDoubt } from './doubts/concessive-attribute';
import { concessiveChangeDoubt } from './doubts/concessive-change';
import {
  contributionAfterCauseDoubt,
  contributionOfCauseDoubt,
  contributionToGrowthDoubt,
} from './doubts/contribution';
import { conversionDoubt } from './doubts/conversion';
import { countOrMultipleDoubt } from './doubts/count-or-multiple';
import { countedNounDoubt } from './doubts/counted-noun';
import { decimalCommaDoubt, groupBesideDecimalCommaDoubt } from './doubts/decimal-comma';
import { decimalPointDoubt } from './doubts/decimal-point';
import { denominatorDoubt } from './doubts/denominator';
import {
  addedAmountDoubt,
  addedToTotalDoubt,
  changeAmountAgainstBaseDoubt,
  changeByAmountDoubt,
  changeNounAmountDoubt,
  differenceTailDoubt,
  differenceWordDoubt,
  gapNounDoubt,
  rateDifferenceDoubt,
  restatedAmountDoubt,
  restatedChangeAmountDoubt,
} from './doubts/difference';
import { dimensionDoubt } from './doubts/dimension';
import { droppedPercentDoubt } from './doubts/dropped-percent';
import { earlierPlanDoubt } from './doubts/earlier-plan';
import { earlierReadingDoubt, rateFromLevelDoubt, revisedFromLevelDoubt } from './doubts/earlier-reading';
import { emphaticBoundDoubt } from './doubts/emphatic-bound';
import {
  exceededTheDoubt,
  growthRatioDoubt,
  joinedChangesDoubt,
  listBoundDoubt,
  ordinalDoubt,
  plannedFigureDoubt,
  qualifiedMultipleDoubt,
} from './doubts/en-r16';
import { exceededBaseDifferenceDoubt } from './doubts/exceeded-base-difference';
import { exceededLevelDoubt } from './doubts/exceeded-level';
import { facilityFigureDoubt } from './doubts/facility-figure';
import { compoundRateKindDoubt, forecastKindDoubt, pastForecastDoubt } from './doubts/forecast-kind';
import { revisionFromDoubt } from './doubts/forecast-revision';
import { fractionDoubt } from './doubts/fraction';
import { fromLevelFiguresDoubt } from './doubts/from-level';
import { frontedPlanDoubt } from './doubts/fronted-plan';
import { gainedLevelDoubt } from './doubts/gained-level';
import { countKindDoubt, gapKindDoubt, goalCountCompletionDoubt } from './doubts/gap-kind';
import { gluedBoundDoubt } from './doubts/glued-bound';
import { gluedUnitDoubt } from './doubts/glued-unit';
import { holdingsDoubt } from './doubts/holdings';
import { horizonKindDoubt } from './doubts/horizon-kind';
import { improvementDirectionDoubt } from './doubts/improvement';
import { incidentSizeDoubt } from './doubts/incident-size';
import { joinedValueDoubt } from './doubts/joined-value';
import { lentUnitDoubt } from './doubts/lent-unit';
import { LEVEL_RULES } from './doubts/levels';
import { motionLevelsDoubt } from './doubts/motion-levels';
import { namedItemsDoubt } from './doubts/named-items';
import {
  bareNumberDoubt,
  chargeNameDoubt,
  comparedMultipleDoubt,
  compoundPerUnitDoubt,
  distributiveDoubt,
  durationDoubt,
  milestoneNounDoubt,
  ordinalWordDoubt,
  percentOfDoubt,
  placeCountDoubt,
  policyRateDoubt,
  shareWholeDoubt,
  timeOfDayDoubt,
  yearCountDoubt,
} from './doubts/not-a-figure';
import { openBoundDoubt } from './doubts/open-bound';
import { otherMeasureDoubt } from './doubts/other-measure';
import { otherSubjectDoubt } from './doubts/other-subject';
import { ownForecastDoubt } from './doubts/own-forecast';
import { actionObjectDoubt, attributiveFigureDoubt, otherClauseDoubt } from './doubts/owner';
import { pairedFiguresDoubt } from './doubts/paired-figures';
import { perDenominatorDoubt, perUnitDoubt } from './doubts/per-unit';
import { growthGoalDoubt, percentRoleDoubt } from './doubts/percent-role';
import { periodFigureOfDoubt } from './doubts/period-figure-of';
import { periodPossessiveDoubt } from './doubts/period-possessive';
import { planFrameDoubt } from './doubts/plan-frame';
import { planGapDoubt } from './doubts/plan-gap';
import { pointThousandsDoubt } from './doubts/point-thousands';
import {
  dashRangeDoubt,
  fromToRangeDoubt,
  percentRangeDoubt,
  toRangeLowerDoubt,
  wordRangeDoubt,
  yearRangeBaseDoubt,
} from './doubts/range';
import { rateBetweenDoubt } from './doubts/rate-between';
import {
  openShorthandRateDoubt,
  ratioAfterByDoubt,
  ratioAfterPastVerbDoubt,
  verblessRatioDoubt,
} from './doubts/rate-or-ratio';
import { relativeAttributeDoubt } from './doubts/relative-attribute';
import { remainderDoubt } from './doubts/remainder';
import { remainingCountDoubt } from './doubts/remaining-count';
import { respectiveYearsDoubt } from './doubts/respective-years';
import { joinedRespectivelyDoubt, respectiveListDoubt } from './doubts/respectively';
import {
  bracketedChangeSizeDoubt,
  multipleBeforeRateDoubt,
  restatedInBracketDoubt,
} from './doubts/restated-in-bracket';
import { comparedLevelKindDoubt, fromGoalDoubt, resultInGoalDoubt } from './doubts/result-in-goal';
import { revisedEstimateDoubt } from './doubts/revised-estimate';
import { baseLevelChangeDoubt, samePeriodYearDoubt } from './doubts/same-period-year';
import { sampleDoubt } from './doubts/sample';
import { indexPointsDoubt, restatedChangeDoubt, securityDoubt, unitPriceDoubt } from './doubts/security';
import { setAmountDoubt } from './doubts/set-amount';
import { shareOfTotalDoubt, shareVerbDoubt, shareWordInClauseDoubt } from './doubts/share';
import { shareChangeDoubt } from './doubts/share-change';
import { shareRestatedDoubt } from './doubts/share-restated';
import { singleEventDoubt } from './doubts/single-event';
import { splitNumberDoubt } from './doubts/split-number';
import { splitYearBaseDoubt } from './doubts/split-year-base';
import { superlativeDoubt } from './doubts/superlative';
import { durationValueDoubt, timeLikeDoubt } from './doubts/time-like';
import { titleDoubt } from './doubts/title';
import { unnamedPlanDoubt } from './doubts/unnamed-plan';
import { unreachedDoubt } from './doubts/unreached';
import { unreadBaseDoubt } from './doubts/unread-base';
import { unreadBetweenDoubt } from './doubts/unread-between';
import { unreadBoundDoubt } from './doubts/unread-bound';
import { verbAmountDoubt } from './doubts/verb-amount';
import {
  changeOfGrowthDoubt,
  comparedFigureDoubt,
  countReachedDoubt,
  exceededByHundredDoubt,
  implausibleSizeDoubt,
  milestoneDoubt,
} from './doubts/vi-r16';
import { whenClauseDoubt } from './doubts/when-clause';
import { yearlyGoalRateDoubt } from './doubts/yearly-goal-rate';

/**
 * Every doubt about a field, in the order they are tried: the FIRST rule that doubts a field gives
 * its reason (`doubt.reason`, and `?<reason>` appended to the field's `rule`), so the order decides
 * which reason a reader is shown. Each rule (`{ id, doubts }`, `id` being its `DoubtReason`) is one
 * export of a file of `doubts/`, named after its reason; its words are the grammar's
 * (`grammar-vi.ts`, `grammar-en.ts`). The period's doubts are `weigh-period.ts`; the doubts that
 * compare one change with the others of its statement (second figure, second period, a list after
 * `by`, points after a rate) are list-level steps of `weigh.ts`, run after these.
 *
 * The lists keep the rounds they were found in: {@link RULES} (the general shapes) first, then the
 * silent-wrong rounds, newest first. A new doubt goes at the end of the list of its round, or
 * before a rule that would doubt the same field with a less exact reason.
 * @internal
 */

/**
 * The hostile shapes (round 17, `test/extract/phrasebook/hostile.ts`): numbers of report prose that
 * are no figure of an indicator, or whose role the sentence leaves open. Each looks a few tokens.
 * They are tried after every other rule (end of {@link RULES}): a field another rule doubts keeps
 * that rule's reason.
 */
export const HOSTILE_RULES: readonly DoubtRule[] = [
  // `At 9:30 a.m.`, `lúc 9h30`, `17h ngày 30/6`: an hour of the clock; first (a time is never a figure).
  timeOfDayDoubt,
  // `Hội nghị lần thứ 8`: a number after an ordinal word, a position.
  ordinalWordDoubt,
  // `giảm 30% tiền thuê đất`, `a 46% tariff`, `a 30 percent reduction in land rent`: a policy's rate on a charge.
  policyRateDoubt,
  // `The corporate income tax rate is 20 percent`: a percentage named by a charge, the policy's rate.
  chargeNameDoubt,
  // `gaining 21.4 percent of the quotation`: a change verb before a percentage of a whole.
  percentOfDoubt,
  // `cao gấp đôi bình quân cả nước`, `1.5 times the provincial average`: a multiple comparing two things.
  comparedMultipleDoubt,
  // `có 12 xã, thị trấn …`, `3 communes met …`: a bare count of places or bodies.
  placeCountDoubt,
  // `crossing the VND50 trillion threshold`: an English figure before a milestone noun.
  milestoneNounDoubt,
  // `failed to touch even 80% of the set target`: a threshold not reached (round 48).
  unreachedDoubt,
  // `70 percent of the 1,000 firms surveyed`: the count a share is taken of.
  shareWholeDoubt,
  // `Mỗi hộ được hỗ trợ 2 triệu đồng`, `Each worker is paid …`: an amount for each one.
  distributiveDoubt,
  // `reached 6.7 tonnes per ha`: an English compound unit with `per`, a rate per unit; last of round 17.
  compoundPerUnitDoubt,
  // `Trong 3 ngày, …`, `within 15 days`: a length of time after a word of duration.
  durationDoubt,
  // `to complete 2017 paving projects`: an English year's shape before its noun, a year or a count (round 68).
  yearCountDoubt,
  bareNumberDoubt,
  // `giá cổ phiếu 25.000 đồng/cp`, `EPS đạt 3.200 đồng`, `a charter capital of VND1 trillion`: a figure of a company's securities (round 19); last, so a field another rule doubts keeps that reason.
  securityDoubt,
  // `VN-Index tăng 12,5 điểm`, `the PMI rose 1.2 points`: an index's own points, not percentage points (round 19).
  indexPointsDoubt,
  // `MWG tăng 2,5% lên 61.300 đồng`: a statement valued in đồng with no scale word, one item's price (round 19).
  unitPriceDoubt,
  // `tăng 8,4 điểm, tương đương 0,61%`, `rose 12.16 points, or 0.73 percent`: a percentage restating the change before it (round 19).
  restatedChangeDoubt,
];

/** Doubts found on the fifth held-out set (round 13). Each looks at most a few tokens back. */
export const SILENT_WRONG_3_RULES: readonly DoubtRule[] = [
  // `at least VNĐ55.6 trillion`: an unread bound before the figure; first of its round (a bound is the most exact reason).
  unreadBoundDoubt,
  // `6.08 tonnes of rice per ha`: a rate per unit (English); before split-number, which doubts another token shape.
  perUnitDoubt,
  // `$1.20 per $100 of assessed value`: the amount a figure is counted by (round 65).
  perDenominatorDoubt,
  // `U$S1.9 billion` split as `S1 . 9`: the tail of a bigger number.
  splitNumberDoubt,
  // `So với kế hoạch …, tỷ lệ đạt 13,67%`: a sentence opened by a plan comparison; last of round 13.
  frontedPlanDoubt,
  // `tăng 6,73% … và tăng 6,71 so với cùng kỳ`: a rate whose `%` was dropped (round 14, rule-marked).
  droppedPercentDoubt,
  // `numbered 43.900`: a point before three digits with no scale word, maybe thousands (round 15, English).
  pointThousandsDoubt,
  // `4,8 million`, `rose 7,5%`: a decimal comma in English text, read and doubted (round 15, English).
  decimalCommaDoubt,
  // `R418,116-billion` beside `R45,3-billion`: one comma group of three digits where the sentence writes decimal commas (round 67, English).
  groupBesideDecimalCommaDoubt,
  // `ngày 30.4`, `Diện tích 7.2`: a decimal point in Vietnamese text on a bare value, read and doubted.
  decimalPointDoubt,
  // `…, làm giảm 4,76%`, `…, làm CPI chung tăng 0,4%`: a change caused in another measure (round 15).
  contributionOfCauseDoubt,
  // `5,142 tỷ đồng` beside `139.135 tỷ đồng`: a decimal comma before three digits where the sentence groups thousands by points (round 15).
  commaThousandsDoubt,
  // `to 5.2% from the previous 5.8%`: the earlier figure of a revision after `from` (round 15, goals).
  revisionFromDoubt,
  // `2,592 billion kWh` in English with no currency: thousands or a decimal comma (round 20).
  commaBeforeScaleDoubt,
  // `compared to the average of the same period in the past 12 years`: a base that is part of an average (round 20).
  averageBaseDoubt,
  // `gần mốc 50.000 tỷ đồng`: a figure a few words after a milestone word is the milestone (round 16, vi).
  milestoneDoubt,
  // `47.580 nghìn tỷ đồng` of a province: a value in đồng above a whole economy's output (round 16, vi).
  implausibleSizeDoubt,
  // `vượt 132% dự toán`: over plan by 100 % or more, maybe the completion itself (round 16, vi).
  exceededByHundredDoubt,
  // `nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2017`: a figure right after `so với` is the compared one (round 16, vi).
  comparedFigureDoubt,
  // `tốc độ tăng trưởng … đạt 7,58%, tăng 2,97% so với cùng kỳ`: the change of a growth rate (round 16, vi).
  changeOfGrowthDoubt,
  // `3 xã đạt chuẩn kiểu mẫu`: a bare count of subjects that reached a status (round 16, vi).
  countReachedDoubt,
  // `exceeded $24 billion and $22 billion`: the second figure of a list whose first is bounded (round 16, en).
  listBoundDoubt,
  // `rising 20.5% and 13.3%` read into one statement: changes of one form joined by `and` (round 16, en).
  joinedChangesDoubt,
  // `to 20th July`: a number glued to an ordinal suffix is a day or a rank (round 16, en).
  ordinalDoubt,
  // `had not reached the planned 35%`: a figure after an article and a plan participle (round 16, en).
  plannedFigureDoubt,
  // `GDP growth came in …: 7.4% year-on-year`: a ratio in a statement named by a growth word (round 16, en).
  growthRatioDoubt,
  // `more than double initial post-storm estimates`: a multiple of a qualified estimate (round 16, en).
  qualifiedMultipleDoubt,
  // `to exceed the US$500-billion mark`: a figure after a verb of exceeding and an article (round 16, en).
  exceededTheDoubt,
];

/**
 * Doubts found on the third held-out set (round 12): each is a shape of sentence whose number a
 * reader took as certain and read wrong. Each looks at most {@link WIDE_WINDOW} tokens.
 */
export const SILENT_WRONG_2_RULES: readonly DoubtRule[] = [
  // `tăng 19,57% so với kịch bản`: a compare word with no base the reader knows; first of round 12.
  unreadBaseDoubt,
  // `vượt 107.500 tỷ đồng`, `surpassed 1.5 million`: a level after a verb of exceeding is a lower bound.
  exceededLevelDoubt,
  // `by 8.6 to 8.8%`, `from 7.5% to 8%`: one end of a range of percentages, before the share and ratio doubts.
  percentRangeDoubt,
  // `27 percent and 32.6 percent …, respectively`: figures joined by `and` and paired later by order.
  joinedRespectivelyDoubt,
  // `accounted for the largest proportion … with 50.5 percent`: a share word anywhere earlier in the clause.
  shareWordInClauseDoubt,
  // `rose by 5 percent over last year`: a ratio after `by` is the size of a change.
  ratioAfterByDoubt,
  // `down by 0.6 percentage points in the general growth rate`: points before a growth noun; last of round 12.
  contributionToGrowthDoubt,
];

/**
 * Doubts found on the thirteenth held-out set (round 24: labour, health, poverty, farming, party and
 * commune reports, energy goals): each names a shape whose number a reader took as certain and
 * read wrong. Each looks a few tokens, or the statement's name.
 */
export const R24_SILENT_RULES: readonly DoubtRule[] = [
  // `a campaign titled "500 Days and Nights … 3,000 km of Highways"`: a number inside a quoted title; first (a name is never a figure).
  titleDoubt,
  // `a survey of 143 trucking businesses`, `chỉ tính 15 doanh nghiệp …`: the size of a sample or a scope.
  sampleDoubt,
  // `số giường bệnh bình quân 1 vạn dân`, `per 10,000 people`: the round denominator of a rate per population.
  denominatorDoubt,
  // `the poverty threshold is VND2 million per person per month`, `at the rate of VND300/liter`: an amount a decision sets.
  setAmountDoubt,
  // `giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`: a bare percentage after a change word in the name is the change's size.
  changeInNameDoubt,
  // `an increase of 148.6 thousand from the previous quarter and 217.3 thousand from last year`: the second amount of a change.
  changeListDoubt,
  // `increased £16.6 billion (19.0%) and £14.1 billion (21.9%)`: the second amount of a change (round 50).
  changeAmountListDoubt,
  // `6.009 xã (tỷ lệ 73,06%) …, tăng 4,8%`: a change after another percentage the statement did not take; last of round 24.
  rateBetweenDoubt,
];

/**
 * Doubts found on the fourteenth held-out set (round 25: population, telecoms, water, disasters,
 * OCOP, transport and energy reviews): each names a shape whose number a reader took as certain and
 * read wrong. Each looks a few tokens, or the statement's name.
 */
export const R25_SILENT_RULES: readonly DoubtRule[] = [
  // `a sharp increase in the working-age population, from 56.1% in 1989 to 67.5% in 2023`: the levels of a motion's `from … to` pair; first.
  motionLevelsDoubt,
  // `approved 34 more projects`, `công nhận thêm 2 sản phẩm`: an added count, a difference.
  addedCountDoubt,
  // `affecting as much as 110 kilometres` in a forecast: an unread upper bound.
  emphaticBoundDoubt,
  // `Kho cảng LNG 1 triệu tấn/năm Thị Vải`, `nhà máy điện Thái Bình 2`: a facility's capacity or name number.
  facilityFigureDoubt,
  // `tại 2 cảng hàng không Nội Bài, Tân Sơn Nhất`: a handful of items named right after their count.
  namedItemsDoubt,
  // `… mức tăng 32,6 lần và 16,4 tỷ lượt khách.km`: a change before `và` and the next item's bare value.
  changeBeforeValueDoubt,
  // `33 million …, accounting for 63.9% of total employment, down 1.3%`: a change after a share the value is not; last of round 25.
  changeAfterShareDoubt,
];

/**
 * Doubts found on the fifteenth held-out set (round 26: mass organisations, forestry, labour abroad,
 * vocational schools, banks' and listed companies' results): each names a shape whose number a
 * reader took as certain and read wrong. Each looks a few tokens.
 */
export const R26_SILENT_RULES: readonly DoubtRule[] = [
  // `with the highest increase of 192 percent in MSB`, `mức tăng cao nhất là …`: the top item's figure, a subset's.
  superlativeDoubt,
  // `Line 1, which covers 19.7 kilometres, including 2.6 kilometres of …`: a relative clause's size, a description.
  relativeAttributeDoubt,
  // `cây cầu treo dài 170m`, `bờ biển dài khoảng 500 m`: a length after a word of size, a description (round 28).
  dimensionDoubt,
  // `… (năm 2022, kế hoạch … là 90.000 lao động), và bằng 8,31% so với cùng kỳ`: a change after the bracket its value stands in.
  afterBracketDoubt,
  // `đấu tranh thành công một chuyên án …, bắt giữ 8 đối tượng`: the counts of one case, a description.
  singleEventDoubt,
];

/** Doubts found on the silent wrong numbers of `test16` (round 27): each doubts only what no earlier rule did. */
export const R27_SILENT_RULES: readonly DoubtRule[] = [
  // `…, so với cùng kỳ 182.907 lượt, tăng 11,69%`: a change given to the base period's figure, which it compares the figure before with.
  comparedFigureChangeDoubt,
  // `up 177.2 percent over the 10,182 units delivered in …`: a change given to the level it is measured from (round 31).
  changeOverComparedFigureDoubt,
  // `của 3 doanh nghiệp còn lại`, `the remaining 3 companies`: a count of the items left over, a description.
  remainingCountDoubt,
  // `(tạm tính giá điện bình quân bằng 1.800đ/kWh)`, `(assuming a price of $80 a barrel)`: a computation's assumed basis.
  assumedFigureDoubt,
  // `increased 1.3 billion dongs (correspond to the level of 12.6%)`: a bracketed percentage restating the figure before it.
  restatedInBracketDoubt,
  // `economic subsidies doubled (107% YoY)`: a word multiple the bracket's rate restates exactly (round 64).
  multipleBeforeRateDoubt,
  // `giảm 22% (tương đương 92.261 lượt)`: the size of the change before the bracket (round 64).
  bracketedChangeSizeDoubt,
  // `holds capital at 19 subsidiaries and 16 affiliated companies`: a count of a group's holdings, its structure.
  holdingsDoubt,
  // `Despite a population of 90 million, …`: a figure of an indefinite noun in a concessive lead, background.
  concessiveAttributeDoubt,
  // `subscribers increase more 2.3 million`: an amount a word after a change verb, the size of the move.
  verbAmountDoubt,
  // `Tourism revenue gained 18.4 trillion VND, 12.4 percent higher …`: a gained amount read as the level, maybe the rise.
  gainedLevelDoubt,
  // `37% and 38% of our forecast`: a completion of the writer's own forecast, an analyst's.
  ownForecastDoubt,
];

/** Doubts found on the silent wrong numbers of `test17` (round 28): each doubts only what no earlier rule did. */
export const R28_SILENT_RULES: readonly DoubtRule[] = [
  // `ngoài 6 giờ`, `thông báo trước 2 giờ`, `trong thời hạn 24 giờ`: a length of time whose name measures no time, a rule's limit or a deadline.
  durationValueDoubt,
  // `9,000 MW less than the plan`, `200 more than last year`: a figure before a comparative and `than`, a difference.
  differenceTailDoubt,
  // `rose 54%, or 1,334 homes`, `increases in completions (54% or 1,334 homes)`: the change's size restated (round 68).
  restatedAmountDoubt,
  // `raising its market share by 2.6 percentage points to 21.3 percent`: the change of a share, not of an indicator.
  shareChangeDoubt,
];

/** Doubts found on the silent wrong numbers of `test18` (round 29): each doubts only what no earlier rule did. */
export const R29_SILENT_RULES: readonly DoubtRule[] = [
  // `The additional $1.4 billion will raise …`, `the extra 500 MW`: an addition told before, restated as a subject.
  restatedAddedDoubt,
  // `…, a $9 billion increase at the time`: an amount before a change noun, the size of a change.
  amountBeforeChangeNounDoubt,
];

/** Doubts of round 30's silent wrong numbers (test17, test18, test19): each doubts only what no earlier rule did. */
export const R30_SILENT_RULES: readonly DoubtRule[] = [
  // `thu giữ 13 tấn thực phẩm`, `một người … bị xử phạt 180 triệu đồng`, `tại 1 hộ`: one seizure's, cull's or fine's size.
  incidentSizeDoubt,
  // `results from the average price … in 2017 being $50.85 per barrel`: a level inside a clause of cause.
  causeFigureDoubt,
  // `a rise of 17.4% (the average price … in 2016 was $43.3 per barrel)`: the earlier level restated in a bracket.
  bracketedEarlierLevelDoubt,
];

/** Doubts of round 32's silent wrong numbers (test21): each doubts only what no earlier rule did. */
export const R32_SILENT_RULES: readonly DoubtRule[] = [
  // `Despite a slight decline of 1.3 percent in total premiums earned …, the sector … reaching P28.20 billion`: a concessive clause's change.
  concessiveChangeDoubt,
];

/** Doubts of round 41 (test27): each doubts only what no earlier rule did. */
export const R41_RULES: readonly DoubtRule[] = [
  // `rose 11.5% compared with the same period in 2017` with no period of the statement's own: read as the year.
  samePeriodYearDoubt,
  // (`Total exports in the same period of 2021 were worth …, i.e. a year-on-year increase of 27%`: round 68)
  baseLevelChangeDoubt,
  // `forecast at 5 trillion dong to 6 trillion dong`: the lower end of a range written the same way at both ends.
  toRangeLowerDoubt,
  // `estimated at 14.5 million metric tons, down 6 percent from last month`: a year's estimate revised since last month (round 54).
  revisedEstimateDoubt,
  // `a 2 percent decline from 2016/17`: a base read as a year that is a marketing or fiscal year across two (round 55).
  splitYearBaseDoubt,
  // `vượt so với cùng kỳ năm 2013 là 702 tấn`: by how much a level exceeds an earlier period's, a difference (round 55).
  exceededBaseDifferenceDoubt,
  // `Pork prices rose 4.29% from June` with no month of the statement's own: the month before, assumed (round 55).
  assumedMonthBeforeDoubt,
  // `set production target of rice …, however the production remained 7.2 per cent higher`: maybe the gap to the plan (round 66).
  planGapDoubt,
];

/** Doubts found by the round-22 hunt on commodity, market, insurance and public-finance press (each looks a few tokens). */
export const R22_HUNT_RULES: readonly DoubtRule[] = [
  // `up 0.5% from 2024's $61.8 billion`, `from last year’s $756 million`: an earlier period's level after its possessive.
  periodPossessiveDoubt,
  // `made up 2.5 million tonnes, or 24%`: a share restating a share verb's figure, not a change.
  shareRestatedDoubt,
  // `expected to grow 20% annually to reach $35 billion by 2025`: a yearly rate of a goal, an average.
  yearlyGoalRateDoubt,
  // `from the same period of 2023, when exports fetched $3.2 billion`: a clause of another time opened by `when`.
  whenClauseDoubt,
  // `nearly half the 2023 figure of 3.4 million`, `last year's record of $11 billion`: another period's named figure.
  periodFigureOfDoubt,
  // `$627 and $585 per tonne in 2024 and 2023, respectively`: figures paired with a list of years.
  respectiveYearsDoubt,
  // `projected to grow 6-7% in 2025 after a 10% rise in 2024`: an earlier event's figure dated by its own year.
  afterEventDoubt,
];

/**
 * The doubts that keep a number whose role the sentence leaves open from being shown as if right
 * (round 11, set fresh4, after rounds 13 and 12): each names a general shape, its words in the grammars.
 */
export const SILENT_WRONG_RULES: readonly DoubtRule[] = [
  ...R22_HUNT_RULES,
  ...SILENT_WRONG_3_RULES,
  ...SILENT_WRONG_2_RULES,
  // `causing the overall CPI to fall by 0.16 percentage point`: points after a cause word; first of round 11.
  contributionAfterCauseDoubt,
  // `there remains …, or 9.3 percent of the plan`: a remainder's share, before earlier-plan (both doubt completions).
  remainderDoubt,
  // `up 1.68 percent compared to last year's estimates`: a completion against another period's plan.
  earlierPlanDoubt,
  // `spurred 152.3% year-on-year`: a ratio after a past verb that is neither a level nor a change verb.
  ratioAfterPastVerbDoubt,
  // `…, 11.6 percent year-on-year`: a verbless percentage against a base after a comma, growth or level (metamorphic round 15).
  verblessRatioDoubt,
  // `…: 7.4% year-on-year`, `… and 9.3 percent (y/y)`: a verbless rate read by its shorthand base alone.
  openShorthandRateDoubt,
  // `revised up 13 times`: a whole number of times with no base, a count or a multiple.
  countOrMultipleDoubt,
  // `tăng thêm hơn 1,556 tỷ USD, tăng 15,5 lần`: a change after an unread figure of its statement.
  unreadBetweenDoubt,
  // `7,6%/năm`, `an average annual rate of 6.8 percent`: an average rate, before the difference doubts of values.
  averageRateDoubt,
  // `Between 2014-15 and 2023-24, … with an annual growth rate of 5.7%`: an annual rate over a span of years (round 58).
  annualSpanRateDoubt,
  // `8.6 percent …, 0.1 percent higher than …`: a rate compared with another rate, points or relative.
  rateDifferenceDoubt,
  // `rose by VND 2 trillion compared with last year`: an amount after a change verb against a base.
  changeAmountAgainstBaseDoubt,
  // `from 2 to 2.5 billion USD`: the upper end of a range of values with no change verb.
  fromToRangeDoubt,
  // `…, trong khi cùng kỳ năm trước nhập siêu 1 tỷ USD`: a level in a clause whose subject is an earlier period.
  earlierPeriodSubjectDoubt,
  // `… was produced during the same period last year, a 15 percent drop …`: a change of the earlier value's period (round 46).
  changeOfEarlierValueDoubt,
  // `equal to 61.5 percent of the total`: a share of a total, not a ratio to a base.
  shareOfTotalDoubt,
  // `growth of 7.2 percent is 0.7 percentage points higher than last year`: a number between a change and its base.
  differenceBeforeBaseDoubt,
  // `from 11.5% to 12%`: a rate right after `from` is the level the change started from; last of round 11.
  rateAfterFromDoubt,
  // `rose 38% … and marked a turnaround from a loss of VND1.79 trillion`: a value after `from … of` is an earlier level, not the change's (round 20).
  valueFromLevelDoubt,
  // `…, an increase of 78% from 2.71 million tons …, and a decrease of 3.2% …`: a change or completion on a statement valued by a `from` level (round 21).
  fromLevelFiguresDoubt,
  // `disbursing 100 per cent of the plan … while mobilizing around VND1.5 quadrillion`: a value and a completion across a contrasting clause word (round 21).
  otherClauseDoubt,
  // `decreased by 5% and gross profit increased to 549 billion VND`: a value and a change across a joiner that opens a clause with its own subject (round 31).
  otherSubjectDoubt,
  // `the output of a 1,200 MW power plant`: a figure between an article and the noun it describes (round 21, en).
  attributiveFigureDoubt,
  // `the sluggish implementation of 47 power projects`: a figure of the things an action is done to (round 21, en).
  actionObjectDoubt,
  // `grow at a compound annual growth rate of 8.5%`, `rose 6.5% a year on average`: a change stated as an average over several periods (round 21).
  averageChangeDoubt,
];

/** The rules, in order: the first that doubts the field gives the reason. */
export const RULES: readonly DoubtRule[] = [
  // `(cùng kỳ năm trước tăng 7,3%)`: a figure in brackets whose name is outside them; first (the brackets decide).
  bracketedDoubt,
  // `lần lượt là 8% và 8,5%`, `…, respectively`: a list paired by order, before any doubt of one figure of it.
  respectiveListDoubt,
  // `stood at $1.25 billion and $646 million`: the second value of a pair joined without `respectively`, paired by order.
  joinedValueDoubt,
  // `saidover 142 trillion`: a bound glued to the word before, before the doubts that read that word.
  gluedBoundDoubt,
  // `down from 52.4 in July`, `a decrease from July’s 54.7 points`: the bare reading a move started from is the earlier period's.
  earlierReadingDoubt,
  // `up 7 percent from the previous estimate released in December of 36.6Mt`: the earlier estimate's figure (round 64).
  revisedFromLevelDoubt,
  // `a growth of 86.4 per cent from the Sh. 16.1 billion …`: the level a rate moved from (round 50).
  rateFromLevelDoubt,
  // `It operates through 21 branches`, `cho 15 thiếu nhi`: a count read with no verb that states it (round 31).
  bareCountDoubt,
  // `433.76 mt`: a unit of two sizes after a small figure with no scale word (round 46).
  ambiguousUnitDoubt,
  // `profits reached $447,201 million (US$555 million)`: a bare `$` restated in US dollars is another currency's (round 62).
  localDollarDoubt,
  // `The Guyana Revenue Authority (GRA) raked in $17.8B`: a bare `$` beside a place of another dollar (round 67).
  placeDollarDoubt,
  // `7 Bộ và 12 địa phương có tỷ lệ …`: a bare count of the noun after it, before the range and share doubts.
  countedNounDoubt,
  // `33-33.7 per cent`, `56.000 - 61.000`, `between 10 and 10.8 percent`: one end of a range.
  dashRangeDoubt,
  // `five to six lakh tourists`, `two or three million`, `2 or 3 million`: one end of a range in words or joined by `or`.
  wordRangeDoubt,
  // `compared to 1,359 billion units in 2022-23`: a base year written as the first of a fiscal span (round 57).
  yearRangeBaseDoubt,
  // `chiếm 54,5%`, `accounting for 26.4 percent`: a share right after its verb.
  shareVerbDoubt,
  // `the deficit totals $178.5 billion, an improvement of 21 percent`: a fall told as an improvement (round 64).
  improvementDirectionDoubt,
  // `thấp hơn Bắc Ninh khoảng 870 triệu USD`, `by nearly US$100 billion`: a difference word before a value.
  differenceWordDoubt,
  // `a revenue shortfall of N1.76 trillion`, `a difference of GHS 3.2 billion`: a gap's size, no level.
  gapNounDoubt,
  // `added 5 million new subscribers, giving it a total of 513,466,000`: the increment, no level (round 50).
  addedToTotalDoubt,
  // `an increase in deposits, amounting to ₦21 trillion`: a change's size after a noun of change (round 59).
  changeNounAmountDoubt,
  // `raise its investment … by $1.4 billion`: the amount a verb of change moved by, no level.
  changeByAmountDoubt,
  restatedChangeAmountDoubt,
  // `China up 26.1% or an additional 83,728 visitors`, `341,000 extra visitors over the previous year`: a rise's size (round 62).
  addedAmountDoubt,
  // `từ 5 xã trở lên`: a level read as a bound from `từ … trở lên`, maybe a definition's threshold (round 32; before the comparison `từ` opens).
  openBoundDoubt,
  // `higher than the 4.72 percent growth rate …`: the other side of a comparison, after the exact kinds above.
  comparativeDoubt,
  // `vượt … theo kế hoạch đề ra là 8,42%`: a plan's figure in a results clause.
  planFrameDoubt,
  // `Chỉ số … đạt 9,5%`: a percentage with neither plan nor base, after every more exact reason.
  percentRoleDoubt,
  // `in line with the official forecast of 6.5%`: a goal's percentage read as the sentence's growth.
  growthGoalDoubt,
  // `…, 1.596,7 tỷ đồng, đạt 119,07%`: a completion of a plan the sentence does not name (round 21, vi).
  unnamedPlanDoubt,
  // `From 2015 to 2017`, `ước 10 tháng 19.460 tỷ đồng`: a bare number that is a period.
  timeLikeDoubt,
  // `tăng 41,97% về số lượng dự án`: the change of another measure than the value.
  otherMeasureDoubt,
  // `Có 30/63 địa phương`: a count out of a total.
  fractionDoubt,
  // `đã có 19 chỉ tiêu đạt 50% kế hoạch`: the threshold a count of goals reached, no completion (round 69).
  goalCountCompletionDoubt,
  // `đạt 2.458/7.758 tỉ đồng`, `(24.013/9.278 tỷ đồng)`: the second figure of a slash pair, and its statement's completion and changes (round 20).
  pairedFiguresDoubt,
  // `equivalent to $189 billion`: the value restated in another currency; last of the general shapes.
  conversionDoubt,
  // then the silent-wrong rounds, tried only when no general shape doubted the field.
  ...SILENT_WRONG_RULES,
  // `7 Bộ có tỷ lệ giải ngân trên 45%`, `tỷ lệ hộ nghèo giảm 1,17%`: a subset's rate, a rate's change by a bare percentage (round 19, rate levels; after the rounds, so their reasons stay first).
  ...LEVEL_RULES,
  // `reached 12.4mtpa`, `rose to 3.5Gt`: letters glued to the number that were not read as its scale or unit (round 23; after the rounds, so a more exact reason stays first).
  gluedUnitDoubt,
  // the hostile shapes of round 17: they doubt only what no earlier rule doubted, so no reason shown before changes.
  ...HOSTILE_RULES,
  // last, the shapes of round 24 (titles, samples, denominators, set amounts, changes named in the name, …): each doubts only what no earlier rule did, so every older reason stays.
  ...R24_SILENT_RULES,
  // then round 25's (motion levels, added counts, emphatic bounds, facilities, named items, a change before the next item): each doubts only what no earlier rule did.
  ...R25_SILENT_RULES,
  // then round 26's (superlatives, relative clauses, figures after a bracket): each doubts only what no earlier rule did.
  ...R26_SILENT_RULES,
  // then round 27's (a compared figure's change, counts left over or held, assumed or restated figures, an analyst's forecast): each doubts only what no earlier rule did.
  ...R27_SILENT_RULES,
  // then round 28's (lengths of time, …): each doubts only what no earlier rule did.
  ...R28_SILENT_RULES,
  // then round 29's (a restated addition, …): each doubts only what no earlier rule did.
  ...R29_SILENT_RULES,
  // then round 30's (one incident's size, …): each doubts only what no earlier rule did.
  ...R30_SILENT_RULES,
  // then round 32's (a concessive clause's change, …): each doubts only what no earlier rule did.
  ...R32_SILENT_RULES,
  // then round 41's (a same period of a year read as the year, …): each doubts only what no earlier rule did.
  ...R41_RULES,
  // `…; profit reached nearly 176 billion`: a currency lent by an earlier amount of the sentence — last,
  // after every doubt that names what else the figure may be (a split number's tail, a share, a range).
  lentUnitDoubt,
];

/**
 * The doubts of a statement's target/actual reading (`kind`), tried in order on that field alone
 * (the rules above weigh the figures): the first that doubts it gives the reason (round 27).
 */
export const KIND_RULES: readonly DoubtRule[] = [
  // `It operates through 21 branches`: a statement whose only figure is a count no verb states (round 31).
  bareCountKindDoubt,
  // `CAAV estimates passengers will reach 105 million`, `will be US$7.17 billion, down 0.09% year-on-year`: a forecast, estimate or target.
  forecastKindDoubt,
  // `các chỉ tiêu … đều đạt và vượt chỉ tiêu được giao, cụ thể: … đã thi hành xong 6.627 việc`: a result told inside a goal frame.
  resultInGoalDoubt,
  // `the figure was expected to be $438 million`: a forecast told in the past, the estimated result or the target set before.
  pastForecastDoubt,
  // `are advancing at an 8.87% CAGR through 2030`: a compound rate alone, an outlook or a result.
  compoundRateKindDoubt,
  // `plans to increase the output from approximately 58 billion kWh now, to 101 billion kWh`: the level a goal moves from.
  fromGoalDoubt,
  // `is projected to be 305 lakh tonne as against 330.9 lakh tonnes the earlier season`: a lent goal on a compared level.
  comparedLevelKindDoubt,
  // `Đến năm 2030, xuất khẩu … đạt hơn 26 tỷ USD`: the year a sentence runs to, a goal's or a result's.
  horizonKindDoubt,
  // `has exceeded its first quarter collections target by almost $7-billion`: a goal frame whose only figure is a doubted gap.
  gapKindDoubt,
  // `Out of the 26 targets, 22 had been achieved`: a goal frame whose only figure is a doubted count (round 68).
  countKindDoubt,
];
