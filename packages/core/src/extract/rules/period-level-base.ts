import { isYear, matchPeriod, type PeriodMatch } from '../period-phrase';
import type { BaseRead } from './context';
import type { Cursor } from './cursor';

/** How many words (and hyphens) may describe the level between its article and the noun (`the pre-Coronavirus pandemic level`). */
const LEVEL_MODIFIERS = 5;

/**
 * `6.0% above its Quarter 4 2019 level`, `7.6% above the pre-pandemic level seen in Quarter 4 2019`: the
 * level of a named period, after an article or a possessive, is a base — the period inside the noun phrase
 * before the level noun, or after it with a participle of recording and a link (grammar `periodLevel`).
 * Bare years (`the 2019 level`) are `yearLevelAt`'s. Read only after a side word of a rate
 * (`rules/percent.ts`): `below the corresponding level in February 2020 which was …` names a level, no
 * base. English only; constant look-ahead. Round 60: the percentage had been a doubted level of 6 %.
 * @internal
 */
export function periodLevelAt(c: Cursor, k: number): BaseRead | null {
  const spec = c.g.periodLevel;
  const det = c.tokens[k];
  if (!spec || det?.kind !== 'word' || !spec.determiners.has(det.forms.fold)) return null;
  const inner = matchPeriod(c.tokens, k + 1, c.g.locale);
  if (inner?.id && inner.from === k + 1 && inner.to < c.limit) {
    const noun = c.tokens[inner.to];
    if (!spec.nouns.has(noun?.forms.fold ?? '')) return null;
    return { from: k, to: inner.to + 1, base: { kind: 'named-period', match: inner }, level: 'exact' };
  }
  for (let j = k + 1; j <= k + LEVEL_MODIFIERS + 1 && j < c.limit; j++) {
    const t = c.tokens[j];
    if (!t || t.kind === 'number' || (t.kind === 'punct' && t.text !== '-')) return null;
    if (!spec.nouns.has(t.forms.fold)) continue;
    let at = j + 1;
    if (spec.participles.has(c.tokens[at]?.forms.fold ?? '')) at++;
    if (!spec.links.has(c.tokens[at]?.forms.fold ?? '')) return null;
    const period = matchPeriod(c.tokens, at + 1, c.g.locale) ?? bareYear(c, at + 1);
    if (!period?.id || period.from !== at + 1 || period.to > c.limit) return null;
    return { from: k, to: period.to, base: { kind: 'named-period', match: period }, level: 'exact' };
  }
  return null;
}

/** A bare year at `k` after the level's link (`the pre-pandemic level of 2019`), which `matchPeriod` leaves to its lead words. */
function bareYear(c: Cursor, k: number): PeriodMatch | null {
  const t = c.tokens[k];
  if (!isYear(t) || k >= c.limit) return null;
  return { from: k, to: k + 1, id: t.text, rule: 'en.period.level-year' };
}
