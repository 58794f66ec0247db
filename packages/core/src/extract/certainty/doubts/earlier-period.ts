import type { Grammar } from '../../grammar';
import { matchAt, type Phrase } from '../../phrase';
import { APOSTROPHES, type Token } from '../../tokenize';
import { currencyStart, YEAR } from '../helpers';

/**
 * Shared by the round-22 doubts on another period's figure (`period-possessive.ts`,
 * `period-figure-of.ts`): a period's possessive, the statement's own time, the currency marks
 * between a period's word and its figure. Words come from the grammar (`periodNouns`,
 * `ownTimeWords`, `figureCurrencyMarks`).
 * @internal
 */

const NONE: readonly Phrase[] = [];

/** True when token `i` is a whole one-token phrase of `list`. */
export function oneTokenOf(t: readonly Token[], i: number, list: readonly Phrase[] | undefined): boolean {
  return list !== undefined && matchAt(t, i, list, i + 1)?.to === i + 1;
}

/**
 * The token before the figure at number token `k`, past at most two currency marks (`$`, `US$`,
 * `VND`; grammar `figureCurrencyMarks`) or a sign of `currencyBefore` (`Rs`, `KES`); -1 when the
 * marks reach the start.
 */
export function beforeCurrencyMarks(t: readonly Token[], g: Grammar, k: number): number {
  let j = k - 1;
  for (let n = 0; n < 2 && j >= 0; n++) {
    if (!oneTokenOf(t, j, g.figureCurrencyMarks)) break;
    j--;
  }
  // (`from the previous year's Rs 1,550 billion`: any sign of the grammar's `currencyBefore`; round 43)
  // (only when no mark was passed: `2024's $61.8 billion` must not read `s $` as the sign `S$`)
  return j === k - 1 ? currencyStart(t, g, k) - 1 : j;
}

/** True when the period word (or year) at token `i` is not opened by `this`/`next` (the statement's own time). */
export function earlierTime(t: readonly Token[], g: Grammar, i: number): boolean {
  return !(t[i - 1]?.kind === 'word' && oneTokenOf(t, i - 1, g.ownTimeWords));
}

/** True when `word` (folded) is one of the grammar's period nouns (`year`, `August`). */
function isPeriodNoun(g: Grammar, word: string): boolean {
  return (g.periodNouns ?? NONE).some(
    (p) => p.tokens.length === 1 && p.tokens[0]?.kind === 'word' && p.tokens[0].forms.fold === word,
  );
}

/** True when token `i` ends a period's possessive (`2024's`, `last year's`, `August’s`). */
export function periodPossessiveAt(t: readonly Token[], g: Grammar, i: number): boolean {
  const x = t[i];
  if (x?.kind !== 'word') return false;
  const f = x.forms.fold;
  // (`year’s`: one word with its apostrophe)
  const glued = /^(.+)['’]s$/u.exec(f);
  if (glued) return isPeriodNoun(g, glued[1] as string) && earlierTime(t, g, i);
  // (`2024 ' s`, `year ' s`: the apostrophe as its own token)
  if (f !== 's' || x.gap !== '') return false;
  const a = t[i - 1];
  if (a?.kind !== 'punct' || !APOSTROPHES.has(a.text) || a.gap !== '') return false;
  const p = t[i - 2];
  if (!p) return false;
  if (p.kind === 'number') return YEAR.test(p.text) && earlierTime(t, g, i - 2);
  return p.kind === 'word' && oneTokenOf(t, i - 2, g.periodNouns) && earlierTime(t, g, i - 2);
}
