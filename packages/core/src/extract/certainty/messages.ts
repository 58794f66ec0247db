import type { Doubt, DoubtReason } from '../types';

/** What each doubt tells the reader, by its reason. */
export const MESSAGES: Record<DoubtReason, string> = {
  bracketed: 'A figure in brackets whose name is outside them: its role is not stated',
  'plan-frame': 'A figure after a plan word in a statement of results: it may be the plan',
  'forecast-kind':
    'A forecast with an estimate word or a change against an earlier period (estimates … will reach, will be …, down 0.09% year-on-year; dự kiến … ước đạt): the report’s estimated result or a target, not told',
  'result-in-goal':
    'A figure told as a result inside a goal frame — after a result word (các chỉ tiêu … cụ thể: … đã thi hành xong 6.627 việc; will remain under pressure as the SBV has …), or the level a goal moves from (plans to raise output from 58 billion kWh now to 101 billion kWh): the result reported, or the goal, not told',
  'horizon-kind':
    'A sentence that opens with the year it runs to (Đến năm 2030, … đạt …): a plan’s goal for that year, or a result reported after it, not told',
  share: 'A share of a total, not the level of the indicator',
  'percent-role': 'A percentage with neither plan nor base: level, growth or share is not stated',
  subset:
    'A rate after a count of places or bodies that have it (7 Bộ có tỷ lệ giải ngân trên 45%, 12 provinces had a rate of …): that group’s rate, not the indicator’s',
  'points-or-percent':
    'A change or an excess over plan by a percentage of an indicator that is itself a percentage (tỷ lệ hộ nghèo giảm 1,17%, vượt 0,5% so với chỉ tiêu): percentage points or percent is not stated',
  range: 'One end of a range',
  'time-like': 'A bare number that reads as part of a period (a year, a number of months)',
  'duration-limit':
    'A length of time that is a limit, a deadline or a notice (trong thời hạn 24 giờ, 12 hours before departure), not a measured level',
  fraction: 'A count out of a total (30/63)',
  conversion: 'The value restated in another currency or unit',
  'other-measure': 'The change of another measure than the value (về số lượng …)',
  'second-figure': 'A second change of the same kind in one statement: it may belong to another clause',
  'other-clause':
    'A value and a completion read into one statement across a contrasting clause word (…, while …, trong khi …): each may be another clause’s',
  attributive:
    'A figure describing a thing named after it or acted on (a 1,200 MW power plant, the implementation of 47 projects): not the indicator’s value',
  'second-period':
    'A change after a second period named in its statement (…, and in December rose 0.12%): it may be that period’s, not the statement’s',
  difference: 'A difference between two figures, not a level',
  respectively: 'Names and figures paired by their order (respectively): which figure is whose is not read',
  'counted-noun': 'A bare count of the noun that follows it, not the value of an indicator',
  comparison:
    'A figure after a comparative (higher than, cao hơn): most likely the other side of the comparison, another period or quantity',
  'base-period':
    'A period named after a comparison word (compared to … 2019, so với năm 2019): it may be the base, not the period of the statement',
  'glued-bound':
    'A bound word glued to the word before the figure (saidover 142 …): the figure may be a bound, not exact',
  'partial-period':
    'A year after words of a shorter period that were not read (the last five months of 2020, 5 tháng cuối năm 2021): the statement may be of part of that year',
  'mid-month':
    'A cut-off inside a month (tính đến 15/4/2023): read as the year to that month’s end, which the figure falls short of',
  'part-of-month':
    'Part of a month (nửa đầu tháng 6/2018, 15 ngày đầu tháng 6/2018): read as the whole month, which the figure falls short of',
  'lent-year':
    'A part of a year written without its year (in the first five months, Ước 8 tháng,), dated by the year of the statement before it or by a year written later in the sentence: the year is lent, not written',
  'month-end':
    'A figure reckoned to the end of a month (by the end of September 2022, as of June 30, 2023, at the end of December 2020): read as the months of the year to it (after `at the end of`: that month alone), but a stock at that date may be written either way',
  direction:
    'A change told as an improvement of a measure a report wants lower (the deficit …, an improvement of 21 percent): it fell, though the word reads as a rise; its direction is not told',
  'fiscal-year':
    'A fiscal year written across two calendar years (in 2021/2022, the first quarter of 2019/20 financial year), a fiscal year by its label (FY20, FY 2024), or a part of a fiscal, coffee or marketing year (the first eight months of fiscal year 2023): read as the first calendar year, the label’s year or its part, which the fiscal year only overlaps',
  'same-period-year':
    'A base of the same period of a named year (compared with the same period in 2017, so với cùng kỳ năm 2017) in a statement that names no period: read as that year, of which the same period is only a part',
  'year-of-noun':
    'A year written only before a noun of the sentence (the 2023 plan, its 2020 target, the 2019 edition): the figure is dated by that noun’s year, which may not be its own',
  'later-period':
    'A period written once after a later figure of the sentence (…, 900,000 underemployed in Q4 2022): lent to the figures before it, but it may be that figure’s only',
  'lent-unit':
    'A currency written only with an earlier amount of the sentence (140.5 billion dong revenue; profit reached 176 billion): lent to this amount, not written with it',
  'glued-unit':
    'Letters glued to the number that were not read as its scale or unit (12.4mtpa, 3.5Gt): the number alone is not the figure',
  'period-of-other':
    'A period that dates a noun of the sentence (a futures contract: kỳ hạn tháng 12/2023, for March delivery; the plan of a year a shorter span is measured against: 6 tháng đạt 28,6% kế hoạch năm 2023), not the figure',
  contribution:
    'A change after words of a cause (causing the overall CPI to fall by 0.16 percentage point, làm CPI chung tăng …): a contribution to another indicator’s change',
  remainder: 'A remainder’s share of a plan (there remains …, or 9.3 percent of the plan): not a completion',
  'earlier-plan':
    'A figure against the plan or estimate of another period (compared to last year’s estimates): not the completion of this period’s plan',
  'own-forecast':
    'A completion of the writer’s own forecast (37% of our forecast): an analyst’s estimate, not the plan of the indicator’s owner',
  'rate-or-ratio':
    'A percentage against a base after a verb that is neither a level nor a change verb: the growth or the level against the base',
  'count-or-multiple':
    'A whole number of times with no base (revised up 13 times): a count of occurrences or a multiple',
  'unread-between': 'A change after a figure of its statement that was not read: it may be that figure’s change',
  'average-rate': 'A percentage per period (7,6%/năm, 5% a year): an average rate of change, not a level',
  'unread-base':
    'A change against a base that was not read (so với kịch bản, compared with the scenario): it may be against a plan, not a growth',
  'plan-gap':
    'A change with no base in a sentence that sets a plan before it or names one right after it (the government set a production target …, however the production remained 7.2 per cent higher): it may be the gap to the plan, not a growth',
  'exceeded-level':
    'A level right after a verb of exceeding (vượt 107.500 tỷ đồng, surpassed 1.5 million): more than the figure, not exactly it',
  'unread-bound':
    'A bound word before the figure that was not read (at least VNĐ20 trillion, ít nhất 2 tỷ USD): the figure may be a minimum or maximum, not exact',
  'open-bound':
    'A figure between từ and trở lên or trở xuống (từ 5 xã trở lên): read as a minimum or maximum, but it may be the threshold of a definition (tàu từ 15 mét trở lên), not a level',
  'per-unit':
    'A quantity divided a few words on by another unit (6.08 tonnes of rice per ha): a rate per unit, not a level',
  'paired-figures':
    'The second of two figures joined by a slash (đạt 2.458/7.758 tỉ đồng, 83,5/64 triệu đồng): actual and plan, or this and the compared figure, are not told apart',
  'comma-before-scale':
    'A comma before exactly three digits and billions or more, with no currency, in English text (2,592 billion kWh): thousands (2,592 billion) or a decimal comma (2.592 billion) is not told',
  'average-base':
    'A change against the average of several periods (compared to the average of the same period in the past 12 years, so với bình quân cùng kỳ 5 năm): against no one period, growth or ratio is not told',
  title:
    'A number inside a quoted title after a word that names it (a campaign titled "500 Days and Nights …", phong trào mang tên "…"): part of a name, no figure',
  'cause-figure':
    'A level told inside a clause that gives the cause of another result (results from the average price in 2017 being $50.85 per barrel): the cause’s figure, maybe no fact of its own',
  'earlier-level':
    'A level in a bracket right after a change, told for an earlier period (a rise of 17.4% (the price in 2016 was $43.3 per barrel)): the level the change is measured from, restated',
  'bare-count':
    'A bare count read with no verb, measure or list that states it (It operates through 21 branches, tặng quà cho 15 thiếu nhi): it may describe the subject rather than be a figure of its own',
  'ambiguous-unit':
    'A unit that names two sizes (433.76 mt: metric tonnes to traders, million tonnes in Indian output reports): with no scale word and a small number, which one is meant is not certain',
  'incident-size':
    'The size of one seizure, cull or fine (thu giữ 13 tấn thực phẩm, một người bị xử phạt 180 triệu đồng, tại 1 hộ): one incident told as an example, maybe no tally of the indicator',
  'split-number':
    'A number glued by a point or comma to a token ending in a digit (U$S1.9 billion): the tail of a bigger number',
  'comma-thousands':
    'A comma before exactly three digits in a sentence that groups its other numbers in thousands by points (5,142 tỷ đồng beside 139.135 tỷ đồng): it may be a slipped thousands point (5.142), not the decimal comma',
  'fronted-plan':
    'A percentage after a comparison with the plan that opens the sentence (So với kế hoạch … thì tỷ lệ đạt 13,67%): it may be the completion of the plan, not a level or a growth',
  'dropped-percent':
    'A bare number read as a rate because the changes listed before it are percentages (tăng 6,73% … và tăng 6,71 so với cùng kỳ): its % is not printed',
  'point-thousands':
    'A point before exactly three digits with no scale word in English text (numbered 43.900): read as the thousands separator Vietnamese writers print (43,900); it may be a decimal point (43.9)',
  'decimal-comma':
    'A comma before one or two digits in English text (4,8 million, 7,5%): read as a decimal comma (4.8), which a list that lost its spaces would also print',
  'decimal-point':
    'A point before one or two digits in Vietnamese text on a value with no unit (Diện tích 7.2, ngày 30.4): read as a decimal point (7,2), though a date, a section or a time prints the same',
  milestone:
    'A figure a few words after a milestone or threshold word (gần mốc 50.000 tỷ đồng, lọt top … 50.000 tỷ đồng): the milestone, not a level reached',
  'implausible-size':
    'A value larger than a whole economy’s yearly output (47.580 nghìn tỷ đồng): its scale word is most likely wrong',
  'exceeded-by-hundred':
    'Over plan by 100 percent or more (vượt 132% dự toán): writers also print the completion itself this way (132 % of plan), so which is meant is not certain',
  'time-of-day': 'An hour of the clock (9:30 a.m., 9h30, 17h): a time of day, not a figure',
  'policy-rate':
    'A percentage before a charge or price a policy sets (giảm 30% tiền thuê đất, a 46% tariff): the rule’s rate, not a measured change or level',
  'percent-of':
    'A change verb before a percentage of a whole (gaining 21.4 percent of the quotation): the share of that whole, or a completion of it, not a growth',
  ordinal: 'A number right after an ordinal word (lần thứ 8, thứ 3): a position in an order, not a figure',
  security:
    'A figure of a company’s securities (a share’s price, a count of shares, a dividend, charter capital, EPS, ROE, P/E): not a figure of an indicator',
  'index-points':
    'A change in bare points of an index (VN-Index tăng 12,5 điểm, the PMI rose 1.2 points): the index’s own points, not percentage points',
  'revised-estimate':
    "A year's estimate compared with last month: a revision of last month's estimate, not the indicator's change over a period",
  'assumed-month-before':
    'A month named as the base (rose 4.29% from June, tăng 6,09% so với tháng 4) with no month of the statement in the sentence: read as the month before, which the text does not say',
  'unit-price':
    'An amount in đồng with no scale word (lên 61.300 đồng, to VND45,000): the price of one item such as a share, not an indicator’s total',
  'restated-change':
    'A percentage right after “tương đương” or “or” that restates the change before it (tăng 8,4 điểm, tương đương 0,61%; rose 12.16 points, or 0.73 percent): that change as a rate, not a level',
};

export const doubt = (reason: DoubtReason): Doubt => ({ reason, message: MESSAGES[reason] });
