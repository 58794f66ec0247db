import { fold } from '../fold';
import type { Token } from '../tokenize';
import type { MatchLevel } from '../types';
import { type Cursor, EVERY_LOCALE, type Figure, type FigureRule, type Found, isNum, isP, m } from './context';

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function rankAt(c: Cursor, i: number): Found | null {
  const L = c.g.locale;
  const first = m(c, i, c.g.firstRank);
  let k: number;
  let rank: number | undefined;
  let level: MatchLevel;
  if (first) {
    // `topped US$118.4 billion`: a first-rank word that is also a bound word, with a figure right
    // after it, is the bound of that figure (the value rule reads it); `topped the list` stays a rank.
    const bound = m(c, i, c.g.approximate);
    if (bound && bound.to === first.to && (isNum(c.tokens[first.to]) || m(c, first.to, c.g.currencyBefore)))
      return null;
    rank = 1;
    k = first.to;
    level = first.level;
  } else {
    const verb = m(c, i, c.g.rankVerbs);
    if (!verb) return null;
    k = verb.to;
    level = verb.level;
    if (c.g.rankOrdinalWords.has(fold(c.tokens[k]?.text ?? '')) && c.tokens[k]?.kind === 'word') k++;
    const n = c.tokens[k];
    if (isNum(n) && /^\d+$/.test(n.text)) {
      rank = +n.text;
      k++;
      const suffix = m(c, k, c.g.ordinalSuffixes);
      if (suffix && c.tokens[k]?.gap === '') k = suffix.to;
    } else {
      const ord = m(c, k, c.g.ordinals);
      if (!ord) return null;
      rank = ord.phrase.data;
      k = ord.to;
    }
  }
  let of: number | undefined;
  if (isP(c.tokens[k], '/') && isNum(c.tokens[k + 1])) {
    of = +(c.tokens[k + 1] as Token).text;
    k += 2;
  } else if (c.g.rankOutOf.has(fold(c.tokens[k]?.text ?? ''))) {
    const j = c.g.rankOutOfLinks.has(fold(c.tokens[k + 1]?.text ?? '')) ? k + 2 : k + 1;
    if (isNum(c.tokens[j])) {
      of = +(c.tokens[j] as Token).text;
      k = j + 1;
    }
  }
  // `63 tỉnh, thành phố` after `trên`/`/`: the peers' noun belongs to the rank.
  const scope = m(c, k, c.g.rankScopes);
  const fig: Figure = scope
    ? { kind: 'rank', rank, of, scopeFrom: scope.from, scopeTo: scope.to }
    : { kind: 'rank', rank, of };
  return { to: scope ? scope.to : k, fig, rule: first ? `${L}.rank.first` : `${L}.rank.nth`, level };
}

/** The `rank` figure rule. @internal */
export const rankRule: FigureRule = { id: 'rank', locales: EVERY_LOCALE, match: rankAt };
