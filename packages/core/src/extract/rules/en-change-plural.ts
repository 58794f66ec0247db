import type { PhraseMatch } from '../phrase';
import { type BaseRead, type Cursor, isP, m } from './context';

/**
 * `recorded surges of 126.1 percent and 110.8 percent, respectively`, `posted declines of 3.1
 * percent and 12 percent`, `year-on-year increases of 13.3% and 3.9%`, `saw hikes of about 11
 * times`: a plural change noun with `of` (the grammar's `pluralChangeNouns`) needs no article;
 * at most one word may stand before it, and only a base written as an adjective (`year-on-year`,
 * `annual`, `monthly`) — so the noun phrase never swallows the words of the name before it
 * (`exports recorded strong increases of` starts at `increases`). Constant time. Returns the
 * noun's sign and the base, as {@link nounChangeAt} does, or null.
 * @internal
 */
export function pluralChangeAt(c: Cursor, i: number): { verb: PhraseMatch<1 | -1>; base: BaseRead | null } | null {
  if (c.g.pluralChangeNouns.length === 0) return null;
  const alone = m(c, i, c.g.standaloneBases) ?? m(c, i, c.g.changeNounBases);
  // (`respective month-on-month and year-on-year increases of 18.3% and 17.2%`: the last of
  // several bases is not the first amount's — the noun is read without it, its base unread)
  if (alone && i > 0 && (m(c, i - 1, c.g.joiners)?.to === i || isP(c.tokens[i - 1], ','))) return null;
  const base: BaseRead | null = alone ? { from: i, to: alone.to, base: alone.phrase.data, level: alone.level } : null;
  const noun = m(c, base ? base.to : i, c.g.pluralChangeNouns);
  return noun ? { verb: { ...noun, from: i }, base } : null;
}
