import { changeAt } from './change';
import { type Cursor, type FigureRule, type Found, isP, m } from './context';

/** How many tokens the level between the verb's `to` and `or by` may hold (`1.55 million visits`, `41,250 metric tons`). */
const LEVEL_TOKENS = 8;

/**
 * `the figure has decreased to 1.55 million visits or by 4.10 percent compared to the same month in
 * previous year`, `output declined to 41,250 metric tons, or by 8.4 percent`: a verb of change (grammar
 * `changeVerbs`), the level it moved to after `to`, then `or by` and a percentage — the rate of that
 * move, signed by the verb, with the base after it, read at `by` as `decreased by 4.10 percent` is (it
 * had been a ratio of 4.1 %, doubted). Only a rate: an amount after `or by` is left to the other
 * rules. Bounded walk back ({@link LEVEL_TOKENS} tokens to the `to`, one number in them).
 * @internal
 */
export function orByAt(c: Cursor, i: number): Found | null {
  const t = c.tokens[i];
  if (t?.kind !== 'word' || !c.g.transitiveChangeBy.has(t.forms.fold)) return null;
  const restate = m(c, i - 1, c.g.restateWords ?? []);
  // (grammar `restateWords`: `or`, or `or by` whole)
  if (!restate || restate.to < i || restate.to > i + 1) return null;
  let j = isP(c.tokens[i - 2], ',') ? i - 3 : i - 2;
  let numbers = 0;
  for (let n = 0; j > 0 && n <= LEVEL_TOKENS; j--, n++) {
    const w = c.tokens[j];
    if (!w) return null;
    if (w.kind === 'number' && ++numbers > 1) return null;
    if (w.kind === 'punct' && !isP(w, '.', ',', '$', '₹', '€', '£', '¥')) return null;
    if (numbers === 1 && m(c, j, c.g.toWords)?.to === j + 1) break;
  }
  if (numbers !== 1 || !m(c, j, c.g.toWords)) return null;
  const verb = m(c, j - 1, c.g.changeVerbs);
  if (!verb || verb.to !== j || (verb.level !== 'exact' && verb.level !== 'variant')) return null;
  const found = changeAt(c, i, { ...verb, from: i, to: i + 1 });
  if (found?.fig.kind !== 'change' || found.fig.form !== 'rate') return null;
  return { ...found, rule: `${found.rule}-or-by-after-level` };
}

/** The `en-change.or-by` figure rule. @internal */
// (`by`, a bound of up to two words, then the number; every declared reach leaves the scanner's margin)
export const orByRule: FigureRule = { id: 'en-change.or-by', locales: ['en'], match: orByAt, reach: 16 };
