import { fold } from '../fold';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule mark of a base the sentence lent to a change (`place/change.ts`). */
const LENT = '+sentence-base';
/** How many words before a change may name its pace (`for an annual percentage growth rate of`). */
const PACE_BEFORE = 2;

/** True when a token in `[from, to)` is one of `words` (folded). */
function wordIn(a: SentenceContext, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (words.has(a.tokens[k]?.forms.fold ?? '')) return true;
  return false;
}

/** The change with no base, its rule marked (`+annual-pace`, `+pace-since`). */
function unbased(c: Extracted<ExtractedChange>, mark: string): Extracted<ExtractedChange> {
  return { ...c, value: { ...c.value, base: undefined, baseSpan: undefined }, rule: `${c.rule}+${mark}` };
}

/**
 * `international education, which has grown 98 per cent since 2012 to $9.8 billion, and tourism which is
 * up 62 per cent to $4.8 billion over the same period`: a base that names a span only by pointing back
 * (`over the same period`, grammar `sameSpanBases.phrases`, no year of its own) after a rise counted
 * from a named period (`since 2012`, `sameSpanBases.leads`) in the same sentence is that span — not the
 * same period of last year (round 60: a silent wrong base). A pace keeps no such base: a rise at a rate
 * (`grown at a rate of 18.5% since 2020`, `paceWords` before the base) none from `since`, and a yearly
 * pace (`for an annual percentage growth rate of 3.1 percent`, `annualWords` in the change or the
 * {@link PACE_BEFORE} words before it) none the sentence lent (`from 2012 to 2016` is the span's start).
 * One pass over the sentence's statements; bounded work per change.
 */
export function sameSpanBases(a: SentenceContext, st: SentenceState): void {
  const spec = a.g.sameSpanBases;
  if (!spec) return;
  let since: Extracted<ExtractedChange> | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    for (let k = 0; k < d.changes.length; k++) {
      const c = d.changes[k] as Extracted<ExtractedChange>;
      const from = tokenAt(a.tokens, c.span.start);
      if (c.rule.includes(LENT) && wordIn(a, from - PACE_BEFORE, tokenAt(a.tokens, c.span.end), spec.annualWords)) {
        d.changes[k] = unbased(c, 'annual-pace');
        continue;
      }
      const span = c.value.baseSpan;
      if (!span) continue;
      const baseAt = tokenAt(a.tokens, span.start);
      if (spec.leads.has(a.tokens[baseAt]?.forms.fold ?? '')) {
        if (wordIn(a, from, baseAt, spec.paceWords)) d.changes[k] = unbased(c, 'pace-since');
        else if (c.value.base?.kind === 'period') since = c;
        continue;
      }
      if (!since || c.value.base?.kind !== 'same-period-last-year' || d.sameIn.has(c)) continue;
      if (!spec.phrases.has(fold(span.text).split(/\s+/u).join(' '))) continue;
      d.changes[k] = {
        ...c,
        value: { ...c.value, base: since.value.base, baseSpan: since.value.baseSpan },
        rule: `${c.rule}+same-span`,
      };
    }
  }
}
