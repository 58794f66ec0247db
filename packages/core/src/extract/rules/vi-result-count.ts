import type { PhraseMatch } from '../phrase';
import { readQuantity } from '../quantity';
import { type Cursor, isNum, m } from './context';

/** A whole number as Vietnamese prints a count (`1.800`, `685`): thousands after points, no decimal comma. */
const WHOLE_COUNT_VI = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u;

/** A year (`2023`), never the count a verb achieved. */
const YEAR = /^(1[89]|20)\d\d$/u;

/**
 * `tiêm được trên 1.800 liều`, `tiêm lở mồm, long móng trâu bò được gần 2.800 liều`, `cấp được
 * 1.200 thẻ`, `kết nạp được 21 ĐV mới`: the resultative after a verb (grammar `resultCountMarks`,
 * `được`), right before a whole count or its bound, says what the work achieved — a count verb of
 * its own, whatever the verb and however long its object. Returns the mark's match, or null. Only
 * a count: a whole number (no year) with a word apart after it that is no period, time or percent
 * word (`được 2 năm`, `được 5 ngày`, `được 80%` are none), no age (`được 3 tuổi`), no unit with a
 * code (money, area, people keep the readings they have) and no `trên 1` (`thu được trên 1 ha`: per
 * one, a divisor). The passive `được` stands before a verb, never before a number, so it is not
 * read here (`được hỗ trợ 500 triệu đồng`). Constant time. Vietnamese; round 31.
 */
export function resultCountAt(c: Cursor, i: number): PhraseMatch<unknown> | null {
  const marks = c.g.resultCountMarks;
  if (!marks) return null;
  const mark = m(c, i, marks);
  // (a sentence or clause opening with `Được …` has no verb before it)
  if (!mark || c.tokens[i - 1]?.kind !== 'word') return null;
  const bound = m(c, mark.to, c.g.approximate);
  const at = bound ? bound.to : mark.to;
  const n = c.tokens[at];
  if (!isNum(n) || !WHOLE_COUNT_VI.test(n.text) || YEAR.test(n.text)) return null;
  // (`giá trị thu được trên 1 ha đất`: `per one`, a divisor inside a name, no bound of a count)
  if (bound && n.text === '1') return null;
  const noun = c.tokens[at + 1];
  if (noun?.kind !== 'word' || noun.gap === '' || at + 1 >= c.limit) return null;
  if (m(c, at + 1, c.g.periodCountNouns) || m(c, at + 1, c.g.timeWords) || m(c, at + 1, c.g.percentWords)) return null;
  // (`em được 3 tuổi`: an age, no count)
  if (m(c, at + 1, c.g.ageNouns)) return null;
  const q = readQuantity(c.text, c.tokens, at, c.g, c.limit);
  const quantity = q?.quantity;
  if (!quantity || q.density || quantity.scale !== 0) return null;
  // (a unit with a code keeps its own reading: `thu được 1,7 triệu ha`, `cứu được 193 người`)
  if (quantity.unitCode !== undefined) return null;
  return mark;
}
