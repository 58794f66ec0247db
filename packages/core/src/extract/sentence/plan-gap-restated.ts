import { negate, shift } from '../numeral';
import { matchAt } from '../phrase';
import type { PlanKind, StatedCompletion, Unread } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { unreadQuantity } from './unread-quantity';

/** The rule suffix of a value that is the gap to a plan, doubted `difference` (`certainty/doubts/difference.ts`). */
export const PLAN_GAP = '+plan-gap';

/** How many words (`the revised`, `the official`) may stand between the side word and the plan noun. */
const PLAN_WORDS = 3;

/**
 * `General Fund revenues were $456 million, or 3.2 percent, above the forecast`, `Sales tax came in
 * $35.2 million (1.4%) below the estimate`: an amount, the same gap restated as a percentage (after
 * `or` — grammar `restateWords` — or in brackets), then a side word (grammar `planSides`: `above`,
 * `below`) and a plan noun within {@link PLAN_WORDS} words: the amount is the distance to the plan, not a
 * level (its value is marked {@link PLAN_GAP} and doubted), and the percentage is the completion, 100
 * ± it (round 48; the amount had been a certain level, the percentage unread). English. Constant work
 * per unread percentage.
 */
export function planGapsRestated(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const L = a.g.locale;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.completion || v.value.unitCode === 'percent') continue;
    const u = d.unread.find((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (!u || u.span.start < v.span.end) continue;
    let k = tokenAt(a.tokens, v.span.end);
    if (a.tokens[k]?.text === ',') k++;
    const bracket = a.tokens[k]?.text === '(';
    const restate = bracket ? null : matchAt(a.tokens, k, a.g.restateWords ?? []);
    if (!bracket && !restate) continue;
    if (tokenAt(a.tokens, u.span.start) > (restate?.to ?? k + 1)) continue;
    const q = unreadQuantity(a, u)?.q;
    if (q?.quantity?.unitCode !== 'percent') continue;
    let j = tokenAt(a.tokens, u.span.end);
    if (a.tokens[j]?.text === ')' || a.tokens[j]?.text === ',') j++;
    const side = matchAt(a.tokens, j, a.g.planSides);
    const of = side ? planNounAfter(a, side.to) : null;
    if (!side || !of) continue;
    const percent = shift(side.phrase.data < 0 ? negate(q.quantity.number) : q.quantity.number, '100');
    const completion: StatedCompletion = { percent, form: 'exceeded-by', of };
    d.completion = a.field(completion, tokenAt(a.tokens, u.span.start), side.to, `${L}.completion.plan-gap-restated`);
    d.unread.splice(d.unread.indexOf(u as Unread), 1);
    d.value = { ...v, rule: `${v.rule}${PLAN_GAP}` };
  }
}

/** The kind of the plan noun within {@link PLAN_WORDS} words from token `from` (`the revised estimate`), or null. */
function planNounAfter(a: SentenceContext, from: number): PlanKind | null {
  for (let k = from; k <= from + PLAN_WORDS && k < a.tokens.length; k++) {
    const noun = matchAt(a.tokens, k, a.g.planNouns);
    if (noun) return noun.phrase.data;
    if (a.tokens[k]?.kind !== 'word') return null;
  }
  return null;
}
