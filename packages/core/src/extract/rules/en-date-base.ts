import { fold } from '../fold';
import type { Token } from '../tokenize';
import type { Cursor } from './cursor';

const isYear = (t: Token | undefined): t is Token => t?.kind === 'number' && /^(19|20)\d\d$/.test(t.text);
const isDay = (t: Token | undefined): t is Token => t?.kind === 'number' && /^(0?[1-9]|[12]\d|3[01])$/.test(t.text);

/** The month a word names (`December`, `Dec`, `Dec.`), capitalised as English prints it, or 0. */
function monthAt(c: Cursor, k: number): { month: number; to: number } {
  const w = c.tokens[k];
  if (w?.kind !== 'word' || !/^\p{Lu}/u.test(w.text)) return { month: 0, to: k };
  const words = c.g.periodWords;
  const month = words.monthNames[w.forms.lower] ?? words.monthAbbreviations[w.forms.lower] ?? 0;
  const dot = c.tokens[k + 1];
  return { month, to: dot?.kind === 'punct' && dot.text === '.' && dot.gap === '' ? k + 2 : k + 1 };
}

/**
 * English points in time standing as a change's base, read as their month: `from late 2023`
 * (`2023-12`), `from December 31, 2023`, `against Dec. 31, 2023`, `from 31 December 2023`
 * (`2023-12`). Before them `December` alone after a compare word was read as a month of the
 * statement's own year (`… in the first quarter of 2025, up 18% from December 31, 2024` gave the
 * base 2025-12). Returns the year's token span as `at`/`to` like `pointInTimeAt`.
 */
export function enPointInTimeAt(c: Cursor, k: number): { id: string; at: number; to: number; rule: string } | null {
  if (c.g.locale !== 'en') return null;
  const t = c.tokens;
  const j = k;
  // `late 2023`: only the year right after `late`.
  if (fold(t[j]?.text ?? '') === 'late') {
    const year = t[j + 1];
    return isYear(year) && j + 1 < c.limit
      ? { id: `${year.text}-12`, at: j + 1, to: j + 2, rule: 'en.period.late-year-base' }
      : null;
  }
  // `December 31, 2023`, `Dec. 31 2023`
  const named = monthAt(c, j);
  if (named.month > 0 && isDay(t[named.to])) {
    let y = named.to + 1;
    if (t[y]?.kind === 'punct' && t[y]?.text === ',') y++;
    const year = t[y];
    if (isYear(year) && y < c.limit)
      return {
        id: `${year.text}-${String(named.month).padStart(2, '0')}`,
        at: j,
        to: y + 1,
        rule: 'en.period.month-day-year-base',
      };
  }
  // `31 December 2023`
  if (isDay(t[j])) {
    const after = monthAt(c, j + 1);
    const year = t[after.to];
    if (after.month > 0 && isYear(year) && after.to < c.limit)
      return {
        id: `${year.text}-${String(after.month).padStart(2, '0')}`,
        at: j,
        to: after.to + 1,
        rule: 'en.period.day-month-year-base',
      };
  }
  return null;
}
