import type { Extracted, Quantity } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { joinedBy } from './list-joiners';
import { tokenAt } from './token-at';

/** The mark in a value's rule of a bound carried from the figure before it in a list. */
export const LIST_BOUND = 'list-bound';

/**
 * `exports and imports exceeded $24 billion and $22 billion, up …, respectively`, `topped 5
 * million tonnes, 3 million tonnes and 1 million tonnes`, `nearly US$3 billion and US$2 billion`:
 * a bound word (or a verb of exceeding) before the first value of a list of values joined by
 * commas and `and` alone governs every value of the list, as the verb governs each of its objects.
 * Each later value with nothing but a joiner before it and the same kind of unit takes the first
 * value's bound (its rule marked {@link LIST_BOUND}). A value with any other word before it
 * (`including 10,000 foreigners`, `of which $2 billion`) ends the list. English only.
 */
export function listBounds(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const values: Extracted<Quantity>[] = [];
  const owners: { value?: Extracted<Quantity> | undefined }[] = [];
  for (const d of a.sentenceDrafts(st.span))
    if (d.value) {
      values.push(d.value);
      owners.push(d);
    }
  for (let k = 1; k < values.length; k++) {
    const prev = values[k - 1] as Extracted<Quantity>;
    const cur = values[k] as Extracted<Quantity>;
    const bound = prev.value.approximate;
    if (!bound || cur.value.approximate || prev.span.end > cur.span.start) continue;
    // the same kind of figure: a currency with a currency, a count with a count
    if ((prev.value.unitCode ?? '') !== (cur.value.unitCode ?? '')) continue;
    if (!joinedBy(a, tokenAt(a.tokens, prev.span.end), tokenAt(a.tokens, cur.span.start))) continue;
    const carried: Extracted<Quantity> = {
      ...cur,
      value: { ...cur.value, approximate: bound },
      rule: `${cur.rule}+${LIST_BOUND}`,
    };
    values[k] = carried;
    (owners[k] as { value?: Extracted<Quantity> | undefined }).value = carried;
  }
}
