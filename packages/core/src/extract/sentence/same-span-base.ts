import { fold } from '../fold';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * True when the change's words before its base name a pace (grammar `sameSpanBases.paceWords`: `grown at a
 * rate of 18.5% since 2020`): a yearly pace over the span, not the whole rise counted from its start.
 */
function paceBefore(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  const end = c.value.baseSpan ? c.value.baseSpan.start - c.span.start : c.span.text.length;
  return fold(c.span.text.slice(0, Math.max(0, end)))
    .split(/[^\p{L}]+/u)
    .some((w) => a.g.sameSpanBases?.paceWords.has(w));
}

/** The rule mark of a base the sentence lent to a change (`place/change.ts`). */
const LENT = '+sentence-base';
/** How many words before a change may name its pace (`for an annual percentage growth rate of`). */
const PACE_BEFORE = 2;

/**
 * True when a yearly pace names the change (grammar `sameSpanBases.annualWords` in its words or the
 * {@link PACE_BEFORE} words before it: `overnight arrivals increased by 15.5 percent for an annual
 * percentage growth rate of 3.1 percent`): a base lent by the sentence (`from 2012 to 2016`) is the
 * span's start, not what the yearly pace is counted against.
 */
function annualPace(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  const words = a.g.sameSpanBases?.annualWords;
  if (!words) return false;
  const from = tokenAt(a.tokens, c.span.start);
  const to = tokenAt(a.tokens, c.span.end);
  for (let k = Math.max(0, from - PACE_BEFORE); k < to; k++) if (words.has(a.tokens[k]?.forms.fold ?? '')) return true;
  return false;
}

/**
 * `international education, which has grown 98 per cent since 2012 to $9.8 billion, and tourism which is
 * up 62 per cent to $4.8 billion over the same period`: a base that names a span only by pointing back
 * (`over the same period`, grammar `sameSpanBases.phrases`, no year of its own) after a rise counted
 * from a named period (`since 2012`, `sameSpanBases.leads`) in the same sentence is that span — not the
 * same period of last year (round 60: a silent wrong base). A rise at a pace (`grown at a rate of 18.5% since
 * 2020`) keeps no base from `since`, and a yearly pace none the sentence lent ({@link annualPace}). One
 * pass over the sentence's statements; bounded work per change.
 */
export function sameSpanBases(a: SentenceContext, st: SentenceState): void {
  const spec = a.g.sameSpanBases;
  if (!spec) return;
  let since: Extracted<ExtractedChange> | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    for (let k = 0; k < d.changes.length; k++) {
      const c = d.changes[k] as Extracted<ExtractedChange>;
      const words = c.value.baseSpan ? fold(c.value.baseSpan.text).split(/\s+/u) : [];
      if (c.rule.includes(LENT) && annualPace(a, c)) {
        d.changes[k] = {
          ...c,
          value: { ...c.value, base: undefined, baseSpan: undefined },
          rule: `${c.rule}+annual-pace`,
        };
        continue;
      }
      if (spec.leads.has(words[0] ?? '') && paceBefore(a, c)) {
        d.changes[k] = {
          ...c,
          value: { ...c.value, base: undefined, baseSpan: undefined },
          rule: `${c.rule}+pace-since`,
        };
        continue;
      }
      if (c.value.base?.kind === 'period' && spec.leads.has(words[0] ?? '')) since = c;
      else if (since && c.value.base?.kind === 'same-period-last-year' && !d.sameIn.has(c)) {
        if (!spec.phrases.has(words.join(' '))) continue;
        d.changes[k] = {
          ...c,
          value: { ...c.value, base: since.value.base, baseSpan: since.value.baseSpan },
          rule: `${c.rule}+same-span`,
        };
      }
    }
  }
}
