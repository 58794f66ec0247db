import { changeRule } from './rules/change';
import { changeAmountBeforeNounRule } from './rules/change-amount-before-noun';
import { changeDirectionAfterRule } from './rules/change-direction-after';
import { changeExceededBaseRule } from './rules/change-exceeded-base';
import { changeTimesRule } from './rules/change-times';
import { colonLabelRule } from './rules/colon-label';
import { comparativePlanRule } from './rules/comparative-plan';
import { completionExceededRule } from './rules/completion-exceeded';
import type { FigureRule } from './rules/context';
import { densityRule } from './rules/density';
import { densityEachRule } from './rules/density-each';
import { bareEarlierLevelRule } from './rules/earlier-level-bare';
import { amountOrRateRule } from './rules/en-amount-or-rate';
import { commaByRule } from './rules/en-change-comma-by';
import { nounSubjectChangeRule } from './rules/en-change-noun-subject';
import { orByRule } from './rules/en-change-or-by';
import { fulfilledByRule } from './rules/en-fulfilled-by';
import { levelByObjectRule, rateAfterObjectRule } from './rules/en-level-by-object';
import { levelOverPlanRule } from './rules/en-level-over-plan';
import { namedBracketCountRule } from './rules/en-named-bracket-count';
import { addedCapitalEnRule } from './rules/en-value-added-capital';
import { earlierReadingRule } from './rules/en-value-earlier-reading';
import { passiveCountRule } from './rules/en-value-passive-count';
import { fromToRule } from './rules/from-to';
import { genreRateLevelRule } from './rules/genre-rate-level';
import { labelRateRule } from './rules/label-rate';
import { percentRule } from './rules/percent';
import { planValueRule } from './rules/plan-value';
import { rankRule } from './rules/rank';
import { unitDeclarationRule } from './rules/unit-declaration';
import { valueRule } from './rules/value';
import { addedCapitalRule } from './rules/vi-added-capital';
import { exceededLevelRule } from './rules/vi-exceeded-level';
import { namedCountRule } from './rules/vi-named-count';
import { rateDroppedPercentRule } from './rules/vi-rate-dropped-percent';

export type { FigureRule } from './rules/context';

/**
 * Every figure rule, in the order they are tried at each token; the first that reads wins. The
 * order is the grammar; each rule (`{ id, locales, match }`) is one file of `rules/`: a rule that starts with words another rule would read as a plain
 * value must come before that rule. The words of each rule are in `grammar-vi.ts` and
 * `grammar-en.ts`; the fields' confidence is decided afterwards by the rules of `certainty.ts`.
 * @internal
 */
export const FIGURE_RULES: readonly FigureRule[] = [
  // `Đơn vị tính: 1.000.000 đồng`, `Unit: 1,000 VND`: a table's unit, no figure; first, or its number
  // is a value.
  unitDeclarationRule,
  // `đứng thứ 3 toàn quốc`, `xếp thứ 12/63`, `ranked 3rd`: before values, or `3` is a value.
  rankRule,
  // `đạt mật độ 49,8 thuê bao/100 dân`, `a density of 49.8 per 100`: before values (the slash).
  densityRule,
  // `cứ 100 người thì có 116 thuê bao`, `for every 100 people, there are 116 subscriptions`: a density
  // written population first; before values, or the hundred is a level of people.
  densityEachRule,
  // `exceeding the figure for the same period by 3.84%`: a rise against a base written as an excess;
  // before the rule below, which would read `by 3.84%` after an unknown noun as nothing.
  changeExceededBaseRule,
  // `vượt 5,88% kế hoạch`, `exceeding the plan by 5%`: before changes (`vượt` is no increase).
  completionExceededRule,
  // `exceeding the yearly target by 1.1 billion kWh`: an absolute excess over a plan, unread (its
  // quantity would otherwise open a statement); after the rule above, which reads a percentage.
  levelOverPlanRule,
  // `Thu hút đầu tư vượt 107.500 tỷ đồng`: a level after a verb of exceeding, a lower bound; after
  // the two rules above (a percentage or an excess over a plan after `vượt`).
  exceededLevelRule,
  // `gấp 3,2 lần`, `gấp đôi`, `2.2-fold`: before changes (`tăng gấp` is a multiple, not a rate).
  changeTimesRule,
  // `increased their capital by 279 trillion VND`: added capital, a value; before the rule below (its change).
  addedCapitalEnRule,
  // `increased shipments by 10 percent to 1.094 billion USD`: a transitive verb, its object, `by`
  // and the amount (read at `by`; the verb's own `by` right after it is the change rule's).
  levelByObjectRule,
  // `boosted throughput 17.9 percent to 169 million TEUs`: the same with no `by`, read at the rate when
  // the level reached or a base follows (round 51).
  rateAfterObjectRule,
  // `recorded an increase in net revenue …, by 42 per cent to $412.3 million`, `continued to plunge in
  // January 2023, by 53% to 13,998 units`: the amount after `, by` is the change of the clause's verb
  // or noun of change (read at `by`, as the rule above).
  commaByRule,
  // `decreased to 1.55 million visits or by 4.10 percent`: the rate of the move to the level, signed by
  // its verb (read at `by`, as the rules above; round 48).
  orByRule,
  // `tăng 5% so với cùng kỳ`, `up 9.8 per cent year-on-year`, `a year-on-year surge of 25.4 percent`.
  // `tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ`: a rate whose `%` was dropped in a
  // list of rates (doubted); before changes, which leave the bare number unread.
  rateDroppedPercentRule,
  // `tổng vốn tăng thêm trên 422,1 triệu USD`: added capital, a value; before changes (`tăng thêm` is no rise there).
  addedCapitalRule,
  // `Headline CPI eased to 3.2% y/y`: a rate of change stated as the level a measure moved to, a
  // shorthand base right after it; before changes (`rose to` would read a level of 3.2 %).
  genreRateLevelRule,
  // `CPI (M/M): -0,2% (dự báo -0,2%; trước đó 0,3%)`: an economic calendar's readings, rates against
  // the label's bracketed base (round 57); before the changes and values that read them as levels.
  labelRateRule,
  changeRule,
  // `the decline was 3.2 percent compared with …`: a change noun as the subject, read at its copula.
  nounSubjectChangeRule,
  // `a 1.6 per cent decrease over the same period`: the amount before the change noun.
  changeAmountBeforeNounRule,
  // `Php88.76 billion, Php7.42 billion or 9.12% more than …`: an amount restated as a rate with its
  // direction after it — the difference, read past; before values, which would read the amount.
  amountOrRateRule,
  // `5 percentage points higher than in 2022`: the direction after the amount.
  changeDirectionAfterRule,
  // `lower than the annual plan by 3 percent`: a completion of 100 ± N.
  comparativePlanRule,
  // `The plan … was fulfilled by 109.7%`: a completion of N (the Russian `выполнен на`).
  fulfilledByRule,
  // `tăng từ 1,5 triệu lên 1,8 triệu`, `fell from 3.5% to 3.2%`: before values (two numbers).
  fromToRule,
  // `kế hoạch 1.700.000 thuê bao`, `against a plan of`: a stated plan value, never an actual.
  planValueRule,
  // `đạt 100,6% kế hoạch`, `bằng 98% cùng kỳ`, `reaching 101.5 percent of its projection`.
  percentRule,
  // `down from 52.4 in July`, `a decrease from July’s 54.7 points`: the bare reading a move started
  // from, another period's figure (doubted); after the from-to rule (`from 52 to 54`).
  earlierReadingRule,
  // `17,400 new jobs were created`: a bare count before its noun and a passive verb (English).
  passiveCountRule,
  // `Dan Phuong (1,057), Thanh Oai (854)`: a bare count in brackets after each name of a list (English).
  namedBracketCountRule,
  // `Nghệ An 87 giải, Vĩnh Phúc 79`, `Hà Tĩnh (8), Nghệ An (7)`: a bare count after each place of a
  // list (Vietnamese); before values, which read no bare number without a verb.
  namedCountRule,
  // `bệnh nhân tăng huyết áp: 4.290, …`: a label, a colon and a bare number ending its item
  // (Vietnamese report lines); before values, which read no bare number without a verb.
  colonLabelRule,
  // `as against 692,372 in the previous year`, `tăng từ mức 58.000 của năm ngoái`: a bare earlier level (round 48).
  bareEarlierLevelRule,
  // `ước đạt 3.630 tỷ đồng`, `was estimated at VND 3,630 billion`: the last resort for a number.
  valueRule,
];
