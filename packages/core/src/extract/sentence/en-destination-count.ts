import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may stand between the amount's end and the count's preposition (`of milled rice out`). */
const GAP_WORDS = 6;
/** How many words of the counted noun may follow the count (`countries and territories around the world`). */
const NOUN_WORDS = 6;
/** How many words may open the change's phrase after the comma before its span (`a`). */
const CHANGE_LEAD = 2;

/** True when the value is a whole count with no unit of measure (`65 countries`). */
function bareCount(d: Draft): boolean {
  const v = d.value?.value;
  return v !== undefined && v.unitCode === undefined && !v.approximate && /^\d+$/u.test(v.base);
}

/** True when the value is an amount measured in a unit (`540,000 tons`, `$192 million`, `500 cars`). */
const measured = (d: Draft): boolean =>
  d.value !== undefined && (d.value.value.unitCode ?? d.value.value.unit) !== undefined;

/**
 * `Cambodia shipped more than 540,000 tons of milled rice out to 65 countries around the world, up
 * 0.7 percent over a year earlier`, `exported 12,000 tonnes of coffee to 30 markets, up 5%
 * year-on-year`: a bare count after a preposition of destination or place (grammar
 * `destinationPrepositions`) right after a measured amount, its counted noun, then a comma and the
 * changes — the changes measure the amount, not the count of places it went to: they move to the
 * amount's statement (the figures step had placed them, certain, on the count's). Only when the
 * amount has no change of its own and nothing but words stands between the two figures. English
 * only; one pass over the sentence's statements.
 */
export function destinationCounts(a: SentenceContext, st: SentenceState): void {
  const preps = a.g.destinationPrepositions;
  if (!preps) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const owner = drafts[n - 1] as Draft;
    if (!d.value || d.changes.length === 0 || d.completion || !bareCount(d) || !owner.value) continue;
    if (owner.changes.length > 0 || owner.completion || !measured(owner)) continue;
    const t = a.tokens;
    // (the count's span may open with its preposition: `to 30`)
    let count = tokenAt(t, d.value.span.start);
    const spanEnd = tokenAt(t, d.value.span.end);
    while (count < spanEnd && t[count]?.kind !== 'number') count++;
    const ownerEnd = tokenAt(t, owner.value.span.end);
    // (the preposition right before the count, only words back to the amount)
    const prep = count - 1;
    if (prep < ownerEnd || !matchAt(t, prep, preps, count)) continue;
    let k = ownerEnd;
    while (k < prep && t[k]?.kind === 'word') k++;
    if (k < prep || prep - ownerEnd > GAP_WORDS) continue;
    // (the counted noun: only words from the count to a comma before the first change)
    const first = d.changes[0];
    if (!first) continue;
    const change = tokenAt(t, first.span.start);
    let j = count + 1;
    while (j < change && j <= count + NOUN_WORDS && t[j]?.kind === 'word') j++;
    if (j === count + 1 || !(t[j]?.kind === 'punct' && t[j]?.text === ',') || change <= j) continue;
    // (`, a decrease of 5.9%`: at most an article or a word of the change's phrase before its span)
    let w = j + 1;
    while (w < change && w <= j + CHANGE_LEAD && t[w]?.kind === 'word') w++;
    if (w !== change) continue;
    for (const c of d.changes) {
      const moved = { ...c, rule: `${c.rule}+destination-count` };
      owner.changes.push(moved);
      const same = d.sameIn.get(c);
      if (same !== undefined) owner.sameIn.set(moved, same);
      d.sameIn.delete(c);
    }
    d.changes = [];
  }
}
