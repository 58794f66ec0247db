import { matchPeriod } from '../period-phrase';
import { readQuantity } from '../quantity';
import { approximationAt, type Cursor, type FigureRule, type Found, isNum, isP, m } from './context';

/** How many words may name the earlier reading's time before its number (`the previous month's`). */
const OWNER_WORDS = 3;

/** How many tokens a period may span right before `from` (`in the third quarter of 2024`). */
const PERIOD_TOKENS = 7;

/** A year printed alone (`from 2019`): a point in time, never a reading. */
const YEAR = /^(1[89]|20)\d\d$/u;

/** True when a period phrase starts at `j` (`June`, `2022`, `the previous month`). */
const periodAt = (c: Cursor, j: number): boolean => j < c.limit && matchPeriod(c.tokens, j, c.g.locale) !== null;

/** True when the word at `j` ends in a possessive `'s` (`July’s`, `last month's`). */
function possessiveAt(c: Cursor, j: number): boolean {
  const t = c.tokens[j];
  if (t?.kind !== 'word') return false;
  const f = t.forms.lower;
  return f.endsWith("'s") || f.endsWith('’s');
}

/** How many tokens of a unit (`Terawatt-hour (TWh)`) may stand between the level reached and its period. */
const UNIT_TOKENS = 8;

/**
 * True when a number (the level reached) stands before the period at `b` with only the words and
 * brackets of its unit between (`grew to 9.5 Terawatt-hour (TWh) in 2020 from …`).
 */
function levelBefore(c: Cursor, b: number): boolean {
  for (let k = b - 1; k >= 0 && k >= b - UNIT_TOKENS; k--) {
    const t = c.tokens[k];
    if (t === undefined) return false;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word' && !isP(t, '(', ')', '-')) return false;
  }
  return false;
}

/**
 * True when `from` at `i` closes a move: a direction word (`down from`, `up from`), a change noun
 * (`a decrease from`, `an improvement from`), a change verb (`eased from`, `rose from`), or a period
 * that dates the level reached (`to 53.6 in March from …`).
 */
function closesMove(c: Cursor, lead: number): boolean {
  // (`rose to 51.2 in July, after 50.8 in June`: a comma may stand before the lead)
  const i = isP(c.tokens[lead - 1], ',') ? lead - 1 : lead;
  for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
    if (m(c, b, c.g.directionAfter)?.to === i) return true;
    if (m(c, b, c.g.changeNouns)?.to === i) return true;
    if (m(c, b, c.g.changeVerbs)?.to === i) return true;
  }
  for (let b = i - 1; b >= 0 && b >= i - PERIOD_TOKENS; b--) {
    const p = matchPeriod(c.tokens, b, c.g.locale);
    if (p?.to === i) return levelBefore(c, b);
  }
  return false;
}

/**
 * `The index eased to 50.4 in August, down from 52.4 in July`, `a decrease from July’s 54.7
 * points`, `That's down from 52.7`, `rose to 53.6 in March from 51.6 in February`: a bare reading
 * (an index, a score: no unit, no scale, no percent) right after the `from` that closes a move is
 * the level the measure moved from — the earlier period's own figure, read as a value of its own
 * (`certainty/doubts/earlier-reading.ts` doubts it: another period's figure). Its time may stand
 * before it as a possessive (`July’s`, `the previous month's`). A range (`from 52 to 54`) is the
 * from-to rule's, a year (`from 2019`) no reading. Constant time (English).
 * @internal
 */
export function earlierReadingAt(c: Cursor, i: number): Found | null {
  const lead = m(c, i, c.g.earlierReadingLeads ?? c.g.fromWords);
  if (!lead) return null;
  let j = lead.to;
  for (let n = 0; n < OWNER_WORDS && j < c.limit; n++) {
    if (possessiveAt(c, j + n)) {
      j = j + n + 1;
      break;
    }
    if (c.tokens[j + n]?.kind !== 'word') break;
  }
  const { at: k, approximate } = approximationAt(c, j);
  const t = c.tokens[k];
  if (!isNum(t) || YEAR.test(t.text) || k >= c.limit) return null;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.numberAt !== k || q.error !== undefined || q.density) return null;
  if (q.quantity.unit !== undefined || q.quantity.scale !== 0) return null;
  const next = c.tokens[q.to];
  // (a range, a percentage or a glued suffix is another reading)
  // (`after 3 months of decline`: a duration, no reading; `from 65.5 years in 1993 to …`: a level in
  // years dated by its own period right after the time word is a reading — life expectancy, schooling)
  const time = m(c, q.to, c.g.timeWords);
  if (isP(next, '%', '-', '–') || m(c, q.to, c.g.percentWords) || (time && !periodAt(c, time.to))) return null;
  if (next?.kind === 'word' && c.g.rangeToWords.has(next.forms.fold)) return null;
  // (after `versus`, `against`, `after` the reading ends its phrase — a point word, then a period,
  // a punctuation or the sentence's end: `after 12 consecutive declines` counts something else)
  if (!m(c, i, c.g.fromWords)) {
    const after = m(c, q.to, c.g.pointWords)?.to ?? q.to;
    const t = c.tokens[after];
    if (!(t === undefined || after >= c.limit || t.kind === 'punct' || periodAt(c, after) || periodAt(c, after + 1)))
      return null;
  }
  // (last: the move before the lead is looked for only where a bare reading follows it)
  if (!closesMove(c, i)) return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, verbFrom: i, count: false, approximate, average: false },
    rule: 'en.value.earlier-reading',
    level: 'exact',
  };
}

/** The `en-value.earlier-reading` figure rule. @internal */
export const earlierReadingRule: FigureRule = {
  id: 'en-value.earlier-reading',
  locales: ['en'],
  match: earlierReadingAt,
  reach: 16,
};
