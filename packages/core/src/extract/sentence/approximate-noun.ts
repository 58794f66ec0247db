import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may stand between an approximation word and the `of` before the amount (`approximate stock loss of`). */
const NOUN_WORDS = 4;

/**
 * `booked an approximate stock loss of Baht 4,000 million`, `an approximate total of 1.2 million visitors`: an amount
 * right after `of` (grammar `approximateNounLinks`) whose noun phrase opens with an article and a word of
 * approximation (grammar `thingArticles`, `approximate`; only words between) is approximate — the bound the noun carries, not the number (round
 * 68, probe of Asian companies' results: it had been printed exact). A value with a bound of its own keeps it.
 * Constant work per statement.
 */
export function approximateNouns(a: SentenceContext, st: SentenceState): void {
  const links = a.g.approximateNounLinks;
  if (!links) return;
  const t = a.tokens;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || v.value.approximate !== undefined || v.value.unitCode === 'percent') continue;
    // (the `of` opens the value's span when a verb rule read it, or stands right before it)
    const k = tokenAt(t, v.span.start);
    const of = matchAt(t, k, links) ? k : k > 0 && matchAt(t, k - 1, links)?.to === k ? k - 1 : undefined;
    if (of === undefined) continue;
    for (let j = of - 1; j >= 0 && j >= of - 1 - NOUN_WORDS && t[j]?.kind === 'word'; j--) {
      const w = matchAt(t, j, a.g.approximate, of);
      if (w?.phrase.data !== 'about' || w.to >= of) continue;
      // (an adjective after an article, `an approximate …`; `Approximately half of revenue of $5 million` bounds the half)
      const articles = a.g.thingArticles;
      if (!articles || matchAt(t, j - 1, articles)?.to !== j) break;
      d.value = { ...v, value: { ...v.value, approximate: 'about' }, rule: `${v.rule}+approximate-noun` };
      break;
    }
  }
}
