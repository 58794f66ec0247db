import type { PhraseMatch } from '../phrase';
import { type BaseRead, type Cursor, isP, m } from './context';

/**
 * `recorded surges of 126.1 percent and 110.8 percent, respectively`, `posted declines of 3.1
 * percent and 12 percent`, `year-on-year increases of 13.3% and 3.9%`, `saw hikes of about 11
 * times`: a plural change noun with `of` (the grammar's `pluralChangeNouns`) needs no article;
 * at most one word may stand before it, and only a base written as an adjective (`year-on-year`,
 * `annual`, `monthly`) — so the noun phrase never swallows the words of the name before it — or an
 * adjective of degree (grammar `changeDegreeAdjectives`: `marking modest decreases of`, `recording
 * strong growth of`), which names nothing. Constant time. Returns the
 * noun's sign and the base, as {@link nounChangeAt} does, or null.
 * @internal
 */
export function pluralChangeAt(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead | null } | null {
  if (c.g.pluralChangeNouns.length === 0) return null;
  // (`marking modest decreases of 1.1% and 4.4%`, `recording strong growth of 32%`: an adjective of
  // degree opens the phrase — then a singular noun of change needs no article either)
  const degree = c.g.changeDegreeAdjectives ? m(c, i, c.g.changeDegreeAdjectives) : null;
  const at = degree ? degree.to : i;
  const alone = m(c, at, c.g.standaloneBases) ?? m(c, at, c.g.changeNounBases);
  // (`respective month-on-month and year-on-year increases of 18.3% and 17.2%`: the last of
  // several bases is not the first amount's — the noun is read without it, its base unread)
  if (alone && !degree && i > 0 && (m(c, i - 1, c.g.joiners)?.to === i || isP(c.tokens[i - 1], ','))) return null;
  const base: BaseRead | null = alone ? { from: at, to: alone.to, base: alone.phrase.data, level: alone.level } : null;
  const from = base ? base.to : at;
  const noun = m(c, from, c.g.pluralChangeNouns) ?? (degree ? m(c, from, c.g.changeNouns) : null);
  return noun ? { verb: { ...noun, from: i }, base } : null;
}
