import { type Cursor, isNum, isP } from './context';

/**
 * `70 percent of the pre-pandemic level`, `85% of pre-Covid levels`, `69.2 per cent of that before
 * the Covid-19 pandemic`, `80 percent of the figure before the outbreak`: a percentage of an
 * earlier level that names no period a base can hold. Read structurally (the grammar's
 * `earlierLevel`): the link (`of`), an optional `the`/`that`/`those`, an optional figure noun, then
 * `pre-` + a crisis word (`pandemic`, `Covid`, `Covid-19`) and an optional noun, or `before` + an
 * optional `the` + crisis words. The caller reads it as a ratio with no base (so the certainty
 * pass doubts it), never as the indicator's own percentage. Constant time. Returns the end, or null.
 * @internal
 */
export function earlierLevelAt(c: Cursor, k: number): number | null {
  const w = c.g.earlierLevel;
  if (w.crises.size === 0) return null;
  const fold = (j: number): string => (c.tokens[j]?.kind === 'word' ? (c.tokens[j]?.forms.fold ?? '') : '');
  let j = k;
  if (!w.links.has(fold(j))) return null;
  j++;
  if (c.g.standInDeterminers?.has(fold(j))) j++;
  if (c.g.baseStandIns.nouns.has(fold(j))) j++;
  // `Covid-19`: a crisis word with its glued number
  const crisis = (at: number): number => {
    if (!w.crises.has(fold(at))) return at;
    let e = at + 1;
    if (isP(c.tokens[e], '-') && isNum(c.tokens[e + 1]) && c.tokens[e + 1]?.gap === '') e += 2;
    return e;
  };
  if (w.pre.has(fold(j)) && isP(c.tokens[j + 1], '-')) {
    const e = crisis(j + 2);
    if (e === j + 2) return null;
    j = c.g.baseStandIns.nouns.has(fold(e)) ? e + 1 : e;
    return j <= c.limit ? j : null;
  }
  if (!w.before.has(fold(j))) return null;
  j++;
  if (c.g.definiteArticles.has(fold(j))) j++;
  const first = crisis(j);
  if (first === j) return null;
  const second = crisis(first);
  return second <= c.limit ? second : null;
}
