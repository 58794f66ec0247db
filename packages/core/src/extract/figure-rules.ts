import {
  type Cursor,
  changeAt,
  densityAt,
  exceedAt,
  type Found,
  fromToAt,
  percentAt,
  planValueAt,
  postChangeAt,
  preNounChangeAt,
  rankAt,
  timesAt,
  valueAt,
} from './scan';
import type { ExtractLocale } from './types';

/** A kind of figure: its id, the locales it reads, and how it reads at a token. @internal */
export interface FigureRule {
  readonly id: string;
  readonly locales: readonly ExtractLocale[];
  readonly match: (c: Cursor, i: number) => Found | null;
}

/**
 * Every figure rule, in the order they are tried at each token; the first that reads wins. The
 * order is the grammar: a rule that starts with words another rule would read as a plain
 * value must come before that rule. The words of each rule are in `grammar-vi.ts` and
 * `grammar-en.ts`; the fields' confidence is decided afterwards by the rules of `certainty.ts`.
 * @internal
 */
export const FIGURE_RULES: readonly FigureRule[] = [
  // `đứng thứ 3 toàn quốc`, `xếp thứ 12/63`, `ranked 3rd`: before values, or `3` is a value.
  { id: 'rank', locales: ['vi', 'en'], match: rankAt },
  // `đạt mật độ 49,8 thuê bao/100 dân`, `a density of 49.8 per 100`: before values (the slash).
  { id: 'density', locales: ['vi', 'en'], match: densityAt },
  // `vượt 5,88% kế hoạch`, `exceeding the plan by 5%`: before changes (`vượt` is no increase).
  { id: 'completion.exceeded', locales: ['vi', 'en'], match: exceedAt },
  // `gấp 3,2 lần`, `gấp đôi`, `2.2-fold`: before changes (`tăng gấp` is a multiple, not a rate).
  { id: 'change.times', locales: ['vi', 'en'], match: timesAt },
  // `tăng 5% so với cùng kỳ`, `up 9.8 per cent year-on-year`, `a year-on-year surge of 25.4 percent`.
  { id: 'change', locales: ['vi', 'en'], match: changeAt },
  // `a 1.6 per cent decrease over the same period`: the amount before the change noun.
  { id: 'change.amount-before-noun', locales: ['en'], match: preNounChangeAt },
  // `5 percentage points higher than in 2022`: the direction after the amount.
  { id: 'change.direction-after', locales: ['en'], match: postChangeAt },
  // `tăng từ 1,5 triệu lên 1,8 triệu`, `fell from 3.5% to 3.2%`: before values (two numbers).
  { id: 'from-to', locales: ['vi', 'en'], match: fromToAt },
  // `kế hoạch 1.700.000 thuê bao`, `against a plan of`: a stated plan value, never an actual.
  { id: 'plan.value', locales: ['vi', 'en'], match: planValueAt },
  // `đạt 100,6% kế hoạch`, `bằng 98% cùng kỳ`, `reaching 101.5 percent of its projection`.
  { id: 'percent', locales: ['vi', 'en'], match: percentAt },
  // `ước đạt 3.630 tỷ đồng`, `was estimated at VND 3,630 billion`: the last resort for a number.
  { id: 'value', locales: ['vi', 'en'], match: valueAt },
];
