import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { pairValues } from './list-respectively';
import { tokenAt } from './token-at';

/** The base of a change as one comparable key (`-` when none is written). */
function baseKey(c: Extracted<ExtractedChange>): string {
  const b = c.value.base;
  return b ? JSON.stringify(b) : '-';
}

/**
 * True when the changes are one list: each after the first is a bare number (`P% and Q%`, not
 * `down 4.3% and accounting for 20.6%`), with only commas and list joiners before it.
 */
function oneList(a: SentenceContext, changes: readonly Extracted<ExtractedChange>[]): boolean {
  for (let k = 1; k < changes.length; k++) {
    const from = tokenAt(a.tokens, (changes[k - 1] as Extracted<ExtractedChange>).span.end);
    const to = tokenAt(a.tokens, (changes[k] as Extracted<ExtractedChange>).span.start);
    if (a.tokens[to]?.kind !== 'number') return false;
    for (let i = from; i < to; ) {
      const t = a.tokens[i] as Token;
      if (t.kind === 'punct' && t.text === ',') {
        i++;
        continue;
      }
      const j = t.kind === 'word' ? matchAt(a.tokens, i, a.g.joiners, to) : null;
      if (!j) return false;
      i = j.to;
    }
  }
  return true;
}

/** True when a `;` stands between tokens `from` and `to`. */
function semicolonBetween(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ';') return true;
  }
  return false;
}

/** The token that ends the clause after `from`: `.`, `;`, or the sentence's end. */
function clauseEnd(a: SentenceContext, st: SentenceState, from: number): number {
  for (let i = from; i < st.sentence.to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) return i;
  }
  return st.sentence.to;
}

/**
 * `43.69 billion USD came from the domestic sector and 113.08 billion USD from the foreign-invested
 * one, rising 20.5% and 13.3% against the same time last year`, `the domestic sector spent 54.95
 * billion USD on imports, and the foreign-invested one 93.81 billion USD, year-on-year increases of
 * 24.2% and 14.9%`: N values listed, then ONE list of N changes of one form and one base (`P% and
 * Q%`, nothing but commas and `and` between them) that ends the clause. One value cannot rise by
 * two amounts against one base, so the only reading is the `respectively` one without the word:
 * change k goes to value k ({@link pairValues}, marked paired). Changes of different bases (`up 3%
 * on-month and 12% year-on-year`), a count of values other than N, or words after the changes
 * (`in volume and value`) pair nothing, and the round-16 doubt keeps both changes uncertain.
 * English only; runs once per sentence with no `respectively` word.
 */
export function orderPairs(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const { from, to } = st.sentence;
  for (let i = from; i < to; i++) if (matchAt(a.tokens, i, a.g.respectiveWords, to)) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const changes = d.changes;
    if (!d.value || changes.length < 2 || n + 1 < changes.length) continue;
    const key = baseKey(changes[0] as Extracted<ExtractedChange>);
    if (changes.some((c) => baseKey(c) !== key || c.confidence === 'uncertain' || c.value.approximate)) continue;
    if (!oneList(a, changes)) continue;
    const last = changes[changes.length - 1] as Extracted<ExtractedChange>;
    // the values and their changes in one clause: no `;` between the first value and the last change
    const first = (drafts[n + 1 - changes.length] as Draft).value;
    if (!first || semicolonBetween(a, tokenAt(a.tokens, first.span.start), tokenAt(a.tokens, last.span.end))) continue;
    pairValues(a, st, drafts, n, clauseEnd(a, st, tokenAt(a.tokens, last.span.end)));
  }
}
