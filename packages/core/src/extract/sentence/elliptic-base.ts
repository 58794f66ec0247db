import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';

/** True when the change was read as a bare percentage carrying the verb of the rate before it. */
const elliptic = (c: Extracted<ExtractedChange>): boolean => c.rule.includes('.change.elliptic-rate');

/**
 * `experienced yearly decrease of 1.2 % in volume and 17.8 % in value`, `a year-on-year decrease of
 * 1.2% in volume and 17.8% in value`: a bare percentage joined to the rate before it in the same
 * statement, with no base of its own, is compared with that rate's base — the verb and the base were
 * written once for both (round 44; the second had no base). One pass over the sentence's statements.
 */
export function ellipticBases(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    for (let k = 1; k < d.changes.length; k++) {
      const c = d.changes[k] as Extracted<ExtractedChange>;
      const before = d.changes[k - 1] as Extracted<ExtractedChange>;
      if (!elliptic(c) || c.value.base || d.sameIn.has(c) || c.value.form !== before.value.form) continue;
      const year = d.sameIn.get(before);
      if (!before.value.base && year === undefined) continue;
      const shared: Extracted<ExtractedChange> = {
        ...c,
        value: { ...c.value, base: before.value.base, baseSpan: before.value.baseSpan },
        rule: `${c.rule}+shared-base`,
      };
      d.changes[k] = shared;
      if (year !== undefined) d.sameIn.set(shared, year);
    }
  }
}
