import { type Cursor, isNum, isP, m, numberAt, percentAfter, planPhraseAt } from './context';

/** A whole number as Vietnamese prints a count (`1.800`, `325`): thousands after points, no decimal comma. */
const WHOLE_COUNT_VI = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u;

/** A year (`2023`), never an item's count. */
const YEAR = /^(1[89]|20)\d\d$/u;

/** How many words the counted noun and its modifiers may hold before the completion (`liều vacxin dại`). */
const NOUN_WORDS = 4;

/** How many tokens back a bound may open before the count (`trên`, `gần`, `khoảng`). */
const BOUND_TOKENS = 2;

/**
 * True when the completion of a plan follows the token `j`: a value verb (`đạt`), a bound or not, a
 * percentage and a plan's noun (`đạt 53% kế hoạch`, `đạt trên 81% KH`, `đạt 105% chỉ tiêu`).
 */
function completionAt(c: Cursor, j: number): boolean {
  const verb = m(c, j, c.g.valueVerbs);
  if (!verb) return false;
  const bound = m(c, verb.to, c.g.approximate);
  const at = bound ? bound.to : verb.to;
  if (!numberAt(c, at)) return false;
  const pct = percentAfter(c, at + 1);
  return pct > 0 && planPhraseAt(c, pct) !== null;
}

/**
 * `tụ huyết trùng gần 2.000 liều đạt 58% kế hoạch`, `dịch tả 1.800 liều đạt 30% kế hoạch và lép tô
 * 325 liều, đạt 11% kế hoạch`, `tiêm phòng dại chó trên 4000 liều, đạt trên 88% KH`: a bare whole
 * count (no year) of a noun the units do not know, the noun and at most {@link NOUN_WORDS} words
 * after it, a comma or not, then the completion of a plan — the item's achieved count, the
 * completion's value (it was left in the name: a bare number needs a verb). The item's name before
 * the count is plain words or the clause's start; a preposition right before the count or its bound
 * (grammar `placePrepositions`: `tỷ lệ tiêm phòng ở 5 thôn đạt 53% kế hoạch`, `vốn của 12 công
 * trình`) makes it part of the name, not read here. A count of time, a period or a percentage
 * (`6 tháng đạt 28,6% kế hoạch`) is none. The counted noun unknown, the reading is doubted
 * `counted-noun` as every such count. Constant time. Vietnamese; round 31.
 */
export function viCountBeforeCompletion(c: Cursor, k: number): boolean {
  if (c.g.locale !== 'vi') return false;
  const n = c.tokens[k];
  if (!isNum(n) || !WHOLE_COUNT_VI.test(n.text) || YEAR.test(n.text)) return false;
  const noun = c.tokens[k + 1];
  if (noun?.kind !== 'word' || noun.gap === '' || k + 1 >= c.limit) return false;
  if (m(c, k + 1, c.g.periodCountNouns) || m(c, k + 1, c.g.timeWords) || m(c, k + 1, c.g.percentWords)) return false;
  // (the count's bound, `trên 1.800`, `gần 2.000`: the name ends before it)
  let start = k;
  for (let from = k - 1; from >= 0 && from >= k - BOUND_TOKENS; from--)
    if (m(c, from, c.g.approximate)?.to === k) start = from;
  const before = c.tokens[start - 1];
  if (before !== undefined && before.kind !== 'word' && !isP(before, ',', ';', ':')) return false;
  for (let from = start - 1; from >= 0 && from >= start - 2; from--)
    if (c.g.placePrepositions && m(c, from, c.g.placePrepositions)?.to === start) return false;
  let j = k + 1;
  while (j < c.limit && j - k <= NOUN_WORDS && c.tokens[j]?.kind === 'word' && !completionAt(c, j)) j++;
  if (isP(c.tokens[j], ',')) j++;
  return j < c.limit && completionAt(c, j);
}
