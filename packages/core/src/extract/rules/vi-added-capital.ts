import { type Cursor, type FigureRule, type Found, m } from './context';
import { valueAt } from './value';

/** How many words back from `tăng thêm` the capital noun may stand (`vốn đăng ký cấp mới và tăng thêm`). */
const NOUN_BACK = 5;

/**
 * `với tổng vốn tăng thêm trên 422,1 triệu USD`, `tổng vốn đăng ký tăng thêm hơn 1,556 tỷ USD`,
 * `vốn đầu tư cấp mới và tăng thêm 2.500 tỷ đồng`: after a noun of capital (`vốn`), `tăng thêm`
 * is part of the noun — the added capital, a level of its own — not a change verb with an
 * absolute amount (the change rule would leave it unread as a difference). Read as a value from
 * the words after `tăng thêm` (with their bound), at `tăng thêm`. A `tăng thêm` with no capital
 * noun just before it (`doanh thu tăng thêm 120 tỷ đồng`: a rise) is left to the change rule.
 */
export function addedCapitalAt(c: Cursor, i: number): Found | null {
  const added = m(c, i, c.g.addedWords);
  if (!added) return null;
  let noun = false;
  for (let j = i - 1; j >= 0 && j >= i - NOUN_BACK && !noun; j--) {
    const t = c.tokens[j];
    if (t?.kind !== 'word') break;
    noun = m(c, j, c.g.capitalNouns) !== null;
  }
  if (!noun) return null;
  const value = valueAt(c, added.to);
  if (value?.fig.kind !== 'value') return null;
  return { ...value, rule: `${c.g.locale}.value.added-capital` };
}

/** The `added-capital` figure rule; see {@link addedCapitalAt}. @internal */
export const addedCapitalRule: FigureRule = { id: 'added-capital', locales: ['vi'], match: addedCapitalAt, reach: 24 };
