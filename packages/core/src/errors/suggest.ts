/**
 * "Did you mean …?" for unknown names: the nearest candidates by Damerau–Levenshtein distance
 * (optimal string alignment), bounded so that a hostile input cannot make it slow: names are
 * compared on at most {@link COMPARED_LENGTH} characters, and a comparison stops as soon as the
 * distance exceeds the allowed one.
 *
 * @internal
 */

/** Characters of each name that take part in a comparison. */
export const COMPARED_LENGTH = 64;
/** Characters of a name read before folding (folding may shorten it). */
const FOLDED_INPUT = 128;

/**
 * Folds text for loose matching: lower case, no diacritics (`thuê bao` → `thue bao`, `đ` → `d`),
 * runs of spaces, `-`, `_`, `/` and `.` as one space.
 */
export function fold(text: string): string {
  return text
    .slice(0, FOLDED_INPUT)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-_/.]+/g, ' ')
    .trim()
    .slice(0, COMPARED_LENGTH);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment). Returns `max + 1` as
 * soon as the distance is known to exceed `max`. Cost: O(|a| · |b|) on at most
 * {@link COMPARED_LENGTH} characters each.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = a.slice(0, COMPARED_LENGTH);
  const t = b.slice(0, COMPARED_LENGTH);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s === t) return 0;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length] ?? max + 1;
}

/** Distance allowed for a name of this length: 1 for short names, about a third for longer ones. */
export const allowedDistance = (length: number): number => (length < 6 ? 1 : length < 9 ? 2 : length < 12 ? 3 : 4);

/**
 * The candidates nearest to `word` (at most `limit`, closest first, ties in candidate order),
 * comparing folded forms; candidates whose folded form equals the folded word come first.
 * `budget`, when given, is decremented per comparison and the search stops when it runs out.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  options: { limit?: number; budget?: { left: number } } = {},
): string[] {
  const limit = options.limit ?? 1;
  const folded = fold(word);
  if (folded === '') return [];
  const max = allowedDistance(folded.length);
  const found: { name: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    if (options.budget) {
      if (options.budget.left <= 0) break;
      options.budget.left--;
    }
    const distance = editDistance(folded, fold(candidate), max);
    if (distance <= max && candidate !== word) found.push({ name: candidate, distance, order: order++ });
  }
  found.sort((x, y) => x.distance - y.distance || x.order - y.order);
  const names: string[] = [];
  for (const f of found) {
    if (!names.includes(f.name)) names.push(f.name);
    if (names.length >= limit) break;
  }
  return names;
}

/** ` Did you mean "x"?` or ` Did you mean "x", "y" or "z"?`, or `''`. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const quoted = names.map((n) => JSON.stringify(n.length > 40 ? `${n.slice(0, 40)}…` : n));
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` Did you mean ${list}?`;
}
