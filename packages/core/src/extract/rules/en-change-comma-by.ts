import { matchPeriod, monthPrepositionAt } from '../period-phrase';
import { phraseEndingAt } from '../phrase';
import { changeAt } from './change';
import { type Cursor, type FigureRule, type Found, isNum, isP, m } from './context';
import { adverbEnd } from './en-change-adverb';

/** A year in digits. */
const YEAR = /^(19|20)\d\d$/u;

/** How many tokens the clause between the change word and `, by` may hold (its object, a period, an adverb). */
const CLAUSE_TOKENS = 18;

/**
 * `recorded a significant increase in consolidated net revenue …, by 42 per cent to $412.3
 * million`, `New vehicle sales continued to plunge in January 2023, by 53% to 13,998 units`, `the
 * total handed-over units improved significantly, by 70 per cent to 3,269 units`: the amount of a
 * change set off by a comma after its clause — a verb or noun of change (grammar `changeVerbs`,
 * `transitiveChangeVerbs`), then its object, a period or an adverb (words, a year, an apostrophe,
 * a hyphen; no other number, no other punctuation) — read at `by` as that word's change, with its
 * base and the level after `to`, exactly as `rose by 42 per cent to …` is. The nearest change word
 * back gives the sign. A bare number after `by` is a deadline (`increase exports, by 2030`): the
 * change rule reads nothing there. Bounded walk back ({@link CLAUSE_TOKENS}).
 * @internal
 */
export function commaByAt(c: Cursor, i: number): Found | null {
  const t = c.tokens[i];
  if (t?.kind !== 'word' || !c.g.transitiveChangeBy.has(t.forms.fold)) return null;
  if (!isNum(c.tokens[i + 1]) && !m(c, i + 1, c.g.approximate) && !m(c, i + 1, c.g.currencyBefore)) return null;
  if (!isP(c.tokens[i - 1], ',')) return datedByAt(c, i);
  for (let j = i - 2, n = 0; j >= 0 && n <= CLAUSE_TOKENS; j--, n++) {
    const w = c.tokens[j];
    if (!w) return null;
    if (w.kind === 'number') {
      // (a year inside the clause's period: `in January 2023`, a crop or fiscal year `2023/24`; any
      // other number is a figure of its own)
      if (YEAR.test(w.text)) continue;
      if (/^\d\d$/u.test(w.text) && isP(c.tokens[j - 1], '/') && YEAR.test(c.tokens[j - 2]?.text ?? '')) {
        j -= 2;
        n += 2;
        continue;
      }
      return null;
    }
    if (w.kind !== 'word' && !isP(w, '’', "'", '-')) return null;
    const verb = m(c, j, c.g.changeVerbs) ?? m(c, j, c.g.transitiveChangeVerbs);
    if (!verb || verb.to > i - 1 || (verb.level !== 'exact' && verb.level !== 'variant')) continue;
    const found = changeAt(c, i, { ...verb, from: i, to: i + 1 });
    if (!found || (found.fig.kind !== 'change' && found.fig.kind !== 'completion')) return null;
    // a bare number with no unit after `by` is a year or a count of nothing: no change
    if (found.fig.kind === 'change' && found.fig.form === 'absolute' && !found.fig.q?.quantity?.unit) return null;
    return { ...found, rule: `${found.rule}-after-comma` };
  }
  return null;
}

/** How many tokens a period phrase right before `by` may hold (`in the first half of 2017`). */
const PERIOD_TOKENS = 8;

/**
 * `cruise passenger arrivals fell dramatically in September by some 20 percent`, `rose in 2023 by
 * 5%`: with no comma, a period phrase ending right before `by` and a change verb right before it (a
 * manner adverb may stand between) — the amount after `by` is the verb's, the period dates the
 * statement where it stands. Bounded walk back ({@link PERIOD_TOKENS}). Round 61: the amount had been
 * a doubted level of 20 %.
 */
function datedByAt(c: Cursor, i: number): Found | null {
  for (let j = i - 1; j >= 1 && j >= i - PERIOD_TOKENS; j--) {
    if (matchPeriod(c.tokens, j, c.g.locale)?.to !== i) continue;
    // (`in September`: the preposition before a month with no year is the period's)
    const from = monthPrepositionAt(c.tokens, j - 1, c.g.locale) ? j - 1 : j;
    // (`fell dramatically in …`: one manner adverb, as `en-change-adverb.ts` knows them, before the period)
    const at = from > 0 && adverbEnd(c, from - 1)?.to === from ? from - 1 : from;
    const verb = phraseEndingAt(c.tokens, at, c.g.changeVerbs, 3);
    const read = verb >= 0 ? m(c, verb, c.g.changeVerbs) : null;
    if (!read || read.to !== at || (read.level !== 'exact' && read.level !== 'variant')) continue;
    const found = changeAt(c, i, { ...read, from: i, to: i + 1 });
    if (found?.fig.kind !== 'change' || found.fig.form === 'absolute') return null;
    return { ...found, rule: `${found.rule}-after-period` };
  }
  return null;
}

/** The `en-change.comma-by` figure rule. @internal */
export const commaByRule: FigureRule = { id: 'en-change.comma-by', locales: ['en'], match: commaByAt };
