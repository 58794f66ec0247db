import { currencyStart } from '../certainty/helpers';
import { phraseEndingAt } from '../phrase';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';

/** How many tokens a lead of grammar `baselineLeads` may take (`the base level of`). */
const LEAD_WORDS = 4;

/**
 * `The document sets a coal production target of 717 million tons for 2025, rising to 743 million tons
 * by 2029, based on a baseline of 775.2 million tons`: a figure a baseline word leads (grammar
 * `baselineLeads`, right before its number or currency) is the level the plan is measured from — a
 * result, even in a sentence that frames goals; it keeps no period the goal lent it. Round 49: it had
 * been a target of 2029. Constant work per statement.
 */
export function baselineLevels(a: SentenceContext, st: SentenceState): void {
  const leads = a.g.baselineLeads;
  if (!leads || leads.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (!v || d.kind.value !== 'target' || d.completion || d.changes.length > 0) continue;
    const n = numberOf(a, v);
    if (n === undefined) continue;
    // (past a currency written before the number: `a baseline of US$2 billion`)
    const k = currencyStart(a.tokens, a.g, n);
    const lead = phraseEndingAt(a.tokens, k, leads, LEAD_WORDS, 0, true);
    if (lead < 0) continue;
    d.kind = a.field('actual', lead, k, `${a.g.locale}.kind.baseline`);
    if (d.period?.rule.endsWith('+previous-statement')) {
      d.period = undefined;
      d.unread.push(a.unread('period', 'no-period', lead, k, 'The baseline is of a period the text does not date'));
    }
  }
}
