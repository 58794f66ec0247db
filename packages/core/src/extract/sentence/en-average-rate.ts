import { perPeriodAt } from '../certainty/doubts/average-rate';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `The average annual population growth rate in 2009-2019 is 1.14% / year`, `The growth rate of
 * exports was 12.5% per year`, `Average GDP growth reached 6.8%/year`: a percentage per year (`%
 * / year`, `% per year`, `% a year`) under a growth name is an average annual rate of change, never
 * a level — read as a rate with no base, which the certainty pass doubts as `average-rate` (an
 * average over several periods), as `vi-average-rate.ts` reads `tăng trưởng bình quân 6,8%/năm`.
 * A percentage per year under any other name (`The average interest rate was 7.6% per year`, `a
 * tax of 5% a year`) is a level or a rate set, left as read. English; constant work per statement.
 */
export function enAverageRates(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.completion || d.changes.length > 0 || v.value.unitCode !== undefined || !v.value.unit) continue;
    // the token after the percentage (`%` or `percent`) opens its per-year tail
    let j = tokenAt(a.tokens, v.span.start);
    while (j < a.tokens.length && a.tokens[j]?.kind !== 'number') j++;
    j++;
    const sign = a.tokens[j];
    const percentWord = a.g.percentWords.find((p) => p.tokens[0]?.forms.fold === sign?.forms.fold);
    if (sign?.text === '%') j++;
    else if (percentWord) j += percentWord.tokens.length;
    else continue;
    // (`1.14% / year`: a spaced slash too)
    const spaced = a.tokens[j]?.text === '/' && matchAt(a.tokens, j + 1, a.g.timeWords) !== null;
    if (!(spaced || perPeriodAt(a.tokens, a.g, j)) || !a.growthName(d)) continue;
    averageRate(a, d, v);
  }
}

/** Makes the draft's value `v` its average rate of change (the growth name's sign: up). */
function averageRate(a: SentenceContext, d: Draft, v: NonNullable<Draft['value']>): void {
  const q = v.value;
  const change: Extracted<ExtractedChange> = {
    ...v,
    value: { form: 'rate', amount: q.number, ...(q.approximate ? { approximate: q.approximate } : {}) },
    rule: `${a.g.locale}.change.per-year+average-rate`,
  };
  d.changes.push(change);
  d.value = undefined;
}
