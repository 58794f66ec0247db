import { matchAt } from '../phrase';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `production totaled 8.1 million mt, down by 3.3 percent, while sales were 7 million mt,
 * decreasing by 3.7 percent, both year on year`, `…, up 4%, 6% and 9%, all compared with the same
 * period last year`: a base that closes the sentence after a quantifier pronoun (grammar
 * `listSubjects`: `both`, `all`) is the base of every rate before it that names none — for a
 * pronoun of two (grammar `pairSubjects`: `both`) exactly one other, for `all` at least one. The base was read by the last change (its trailing
 * base); a change with a base of its own keeps it. Linear: each change is visited once.
 */
export function sharedTrailingBases(a: SentenceContext, st: SentenceState): void {
  const subjects = a.g.listSubjects;
  if (subjects.size === 0) return;
  const drafts = a.sentenceDrafts(st.span);
  let tail: Extracted<ExtractedChange> | undefined;
  let word = '';
  for (const d of drafts)
    for (const c of d.changes) {
      const span = c.value.baseSpan;
      if (!span || !c.value.base) continue;
      let k = tokenAt(a.tokens, span.start) - 1;
      const w = a.tokens[k]?.forms.fold ?? '';
      if (!subjects.has(w)) continue;
      // the base closes the sentence
      k = tokenAt(a.tokens, span.end);
      if (k < st.sentence.to && a.tokens[k]?.text !== '.') continue;
      tail = c;
      word = w;
    }
  if (!tail?.value.base) return;
  const base = tail.value.base;
  const baseless: { d: (typeof drafts)[number]; i: number }[] = [];
  for (const d of drafts)
    d.changes.forEach((c, i) => {
      if (
        c !== tail &&
        c.span.start < (tail as Extracted<ExtractedChange>).span.start &&
        !c.value.base &&
        !c.value.baseSpan &&
        c.value.form === 'rate' &&
        !d.sameIn.has(c)
      )
        baseless.push({ d, i });
    });
  if (baseless.length === 0 || (a.g.pairSubjects?.has(word) && baseless.length !== 1)) return;
  for (const { d, i } of baseless) {
    const c = d.changes[i] as Extracted<ExtractedChange>;
    d.changes[i] = {
      ...c,
      value: { ...c.value, base, baseSpan: tail.value.baseSpan },
      rule: `${c.rule}+shared-trailing-base`,
    };
  }
}

/** A change of the sentence with its statement and its place in that statement's changes. */
type At = { d: ReturnType<SentenceContext['sentenceDrafts']>[number]; c: Extracted<ExtractedChange>; i: number };

/** How many tokens may stand between two changes joined by `and` for the second's closing base to be both's. */
const JOINED_REACH = 12;

/**
 * `with exports decreasing by 6.4 per cent and imports dropping by 11.7 per cent compared to last
 * year`, `Exports rose 5% and imports fell 3% year-on-year`: a base of a period that closes the
 * sentence after the second of two rates joined by a joiner of addition (grammar `pairJoiners`: `and`,
 * `và`; or of two subjects' clauses, `subjectClauseJoiners`: `while`, `whereas`, `trong khi`; never a word
 * of contrast, `but`, `nhưng`) with no comma, bracket or other number between them
 * is the first's too, when it names none — unless a pronoun of the list stands before the base (`…,
 * both year on year`: `sharedTrailingBases`). Round 40.
 * Linear: each change is visited once, a bounded look between the two.
 */
export function joinedTrailingBase(a: SentenceContext, st: SentenceState): void {
  // the last two changes of the sentence by their start, in one pass
  let last: At | undefined;
  let prev: At | undefined;
  for (const d of a.sentenceDrafts(st.span))
    d.changes.forEach((c, i) => {
      if (!last || c.span.start > last.c.span.start) {
        prev = last;
        last = { d, c, i };
      } else if (!prev || c.span.start > prev.c.span.start) prev = { d, c, i };
    });
  if (!last || !prev || prev.d === last.d) return;
  const base = last.c.value.base;
  const span = last.c.value.baseSpan;
  if (!base || !span || last.c.value.form !== 'rate') return;
  const end = tokenAt(a.tokens, span.end);
  if (end < st.sentence.to && a.tokens[end]?.text !== '.') return;
  // (`…, both year on year`: a base after a pronoun of the list is `sharedTrailingBases`'s to give)
  if (a.g.listSubjects.has(a.tokens[tokenAt(a.tokens, span.start) - 1]?.forms.fold ?? '')) return;
  // (`receipts climbed 4% while outlays rose 4.2% compared with the same six-month stretch a year
  // earlier`: the joiners of two subjects' clauses too, grammar `subjectClauseJoiners`; round 54)
  const joiners = [...(a.g.pairJoiners ?? []), ...(a.g.subjectClauseJoiners ?? [])];
  if (joiners.length === 0) return;
  const p = prev.c;
  if (p.value.base || p.value.baseSpan || p.value.form !== 'rate' || prev.d.sameIn.has(p)) return;
  const from = tokenAt(a.tokens, p.span.end);
  const to = tokenAt(a.tokens, last.c.span.start);
  if (to - from > JOINED_REACH) return;
  let joined = false;
  for (let k = from; k < to; k++) {
    const t = a.tokens[k];
    if (!t || t.kind === 'punct' || (t.kind === 'number' && !/^(19|20)\d\d$/u.test(t.text))) return;
    if (matchAt(a.tokens, k, joiners, to)) joined = true;
  }
  if (!joined) return;
  prev.d.changes[prev.i] = {
    ...p,
    value: { ...p.value, base, baseSpan: span },
    rule: `${p.rule}+joined-trailing-base`,
  };
}

/**
 * `with the GRDP expanding 5.3% in Q1, 8.35% in Q2, and 8.27% in Q3, compared to the corresponding
 * periods last year`: a base of plural period nouns (grammar `pluralBaseNouns`) that closes the
 * sentence after the last rate is every rate's before it that names no base, back to the first change
 * that has one of its own (round 41; they had been left without a base). Linear: each change is
 * visited once.
 */
export function pluralTrailingBase(a: SentenceContext, st: SentenceState): void {
  const plural = a.g.pluralBaseNouns;
  if (!plural || plural.size === 0) return;
  const all: At[] = [];
  for (const d of a.sentenceDrafts(st.span))
    d.changes.forEach((c, i) => {
      all.push({ d, c, i });
    });
  if (all.length < 2) return;
  let last = all[0] as At;
  for (const x of all) if (x.c.span.start > last.c.span.start) last = x;
  const base = last.c.value.base;
  const span = last.c.value.baseSpan;
  if (!base || !span || last.c.value.form !== 'rate') return;
  const from = tokenAt(a.tokens, span.start);
  const end = tokenAt(a.tokens, span.end);
  if (end < st.sentence.to && a.tokens[end]?.text !== '.') return;
  let isPlural = false;
  for (let k = from; k < end; k++) if (plural.has(a.tokens[k]?.forms.fold ?? '')) isPlural = true;
  if (!isPlural) return;
  // back to the nearest change before it with a base of its own
  let stop = -1;
  for (const x of all)
    if (x !== last && x.c.span.start < last.c.span.start && x.c.value.baseSpan && x.c.span.start > stop)
      stop = x.c.span.start;
  for (const x of all) {
    const c = x.c;
    if (x === last || c.span.start >= last.c.span.start || c.span.start <= stop) continue;
    if (c.value.base || c.value.baseSpan || c.value.form !== 'rate' || x.d.sameIn.has(c)) continue;
    x.d.changes[x.i] = { ...c, value: { ...c.value, base, baseSpan: span }, rule: `${c.rule}+plural-trailing-base` };
  }
}
