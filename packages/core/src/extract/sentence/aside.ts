import { matchAt, type Phrase } from '../phrase';
import type { Clause, Range, SentenceContext, SentenceState } from './context';

/** The subject set aside by a relative clause with figures, and where that clause ended. */
interface Held {
  readonly subject: Range & { readonly sep: string };
  /** Token of the `,` that closes the relative clause. */
  readonly close: number;
}

const HELD = new WeakMap<SentenceState, Held>();

/** True when the clause opens on one of the phrases (its first item a word). */
function opensOn(a: SentenceContext, clause: Clause, list: readonly Phrase[] | undefined): boolean {
  const first = clause.items[0];
  return !!list && first?.t === 'word' && matchAt(a.tokens, first.from, list, clause.to) !== null;
}

/**
 * True when a finite verb of a value or a change opens at token `i` (`grew`, `reached`, `was`), not a
 * participle (`rising 5%` goes on with the figure before it) nor a bound or a comparison (`over 15%
 * higher than …` says more of the relative clause's figure).
 */
function finiteVerbAt(a: SentenceContext, i: number): boolean {
  const t = a.tokens[i];
  if (t?.kind !== 'word' || t.forms.lower.endsWith('ing')) return false;
  return matchAt(a.tokens, i, a.g.valueVerbs) !== null || matchAt(a.tokens, i, a.g.changeVerbs) !== null;
}

/**
 * `Core inflation, a key gauge of domestic demand, was 3.6% in 10M 2024`, `FDI, which the GSO
 * tracks every month, reached …`: a clause between two commas with no figure, right after the
 * words of a subject (the pending name), that opens on a relative pronoun or an indefinite
 * appositive (grammar `asideOpeners`) is an aside on that subject — the subject stays the name of
 * the figures after it (the aside used to replace it: `a key gauge of domestic demand` named 3.6 %,
 * so the rate of inflation was read as a level). True when the clause was taken as such; its
 * periods then date nothing (`FDI, which peaked in 2019, rose …`).
 */
export function figurelessAside(a: SentenceContext, st: SentenceState, clause: Clause): boolean {
  const pending = st.pending;
  if (clause.sepBefore !== ',' || clause.sepAfter !== ',') return false;
  if (pending?.sep === ',' && opensOn(a, clause, a.g.asideOpeners)) return true;
  // (a subject dated inside its own clause, `The poverty rate in October,`, leaves no pending name)
  return (pending === undefined || pending.sep === ',') && definiteAppositive(a, clause);
}

/**
 * `The poverty rate in October, the economy's main growth engine, stood at 2.4%`, `Exports, the
 * largest item, rose 5%`: a definite noun phrase (words only) between the commas, after a subject
 * or a subject dated in its own clause, is an appositive when the clause after it opens on a finite verb of a value or a change (no subject of its own) — the
 * subject before it names the figures (the appositive named them, and its `growth` made the
 * level a rate).
 */
function definiteAppositive(a: SentenceContext, clause: Clause): boolean {
  const first = clause.items[0];
  if (first?.t !== 'word' || !a.g.definiteArticles.has(a.tokens[first.from]?.forms.fold ?? '')) return false;
  if (clause.items.some((it) => it.t !== 'word')) return false;
  return finiteVerbAt(a, clause.to + 1);
}

/**
 * `Export turnover, which accounted for 20 percent of total exports, grew 12.3% to US$35.6
 * billion`: a relative clause with figures between two commas right after a subject is read as
 * a statement of its own (its share stays doubted there), and the clause after it that opens on
 * its verb (no name words) is the SUBJECT's — a new statement named by the subject, not more
 * figures of the relative clause (the share took the value's place and US$35.6 billion was lost).
 * Called for each clause with figures before it is named; `nameWords` are its words before the
 * first figure.
 */
export function relativeAside(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  nameWords: Range | undefined,
): void {
  const held = HELD.get(st);
  HELD.delete(st);
  if (
    held &&
    clause.sepBefore === ',' &&
    clause.from === held.close + 1 &&
    nameWords === undefined &&
    finiteVerbAt(a, clause.from)
  ) {
    st.pending = held.subject;
    st.current = undefined;
    return;
  }
  const pending = st.pending;
  if (pending?.sep !== ',' || clause.sepBefore !== ',' || clause.sepAfter !== ',') return;
  if (!opensOn(a, clause, a.g.relativeOpeners)) return;
  HELD.set(st, { subject: pending, close: clause.to });
}
