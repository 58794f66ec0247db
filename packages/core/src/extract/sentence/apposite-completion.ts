import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `The KRA collected Sh2.1 trillion, a performance rate of 97.6 per cent`: a completion whose
 * statement is named only by a plan-rate noun (grammar `planRateNouns`, `performanceNouns`) in
 * apposition — a comma and an article right after the amount of the statement before, which has no
 * completion — is that amount's completion of its plan, not a statement of its own (round 52; the
 * amount had been left without its completion). English. One look per pair of statements.
 */
export function appositeCompletions(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const c = q.completion;
    const v = p.value;
    if (!c || q.value || q.changes.length > 0 || !q.name || !v || p.completion || v.value.unitCode === 'percent')
      continue;
    if (p.kind.value !== 'actual' || q.kind.value !== 'actual') continue;
    // the comma and the article between the amount and the name
    const comma = tokenAt(a.tokens, v.span.end);
    const name = tokenAt(a.tokens, q.name.span.start);
    if (a.tokens[comma]?.text !== ',' || matchAt(a.tokens, comma + 1, a.g.articles)?.to !== name) continue;
    // the name is the rate noun alone
    const noun = matchAt(a.tokens, name, a.g.planRateNouns) ?? matchAt(a.tokens, name, a.g.performanceNouns ?? []);
    if (noun?.to !== tokenAt(a.tokens, q.name.span.end)) continue;
    p.completion = { ...c, rule: `${c.rule}+apposite` };
    q.completion = undefined;
    q.unread = [];
  }
}
