import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import { tableValue } from '../word-table';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens after a value its deadline may start (`130 million kg by April`, `$4.2 billion globally by 2030`). */
const DEADLINE_REACH = 4;

/**
 * `The global tea deficit is estimated to touch 130 million kg by April`, `The market is estimated to
 * reach $4.2 billion by 2030`: a stage word of estimation followed by `to` (an infinitive: what is to
 * come, grammar `toWords`) with a deadline after the value (grammar `periodWords.keys.deadline` and a
 * period, with or without its year) is a forecast of a later period — a target, as `is expected to
 * reach … by 2030` is — not the report's estimate of the period it closes (round 58: it had been a
 * result). `is estimated at`, `is estimated to have reached` and a value with no deadline keep the
 * estimate. English; constant work per statement.
 */
export function estimatedDeadlines(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const deadline = a.g.periodWords.keys.deadline;
  for (const d of a.sentenceDrafts(st.span)) {
    const s = d.stage;
    const v = d.value;
    if (!s || !v || s.value !== 'estimate' || d.kind.value !== 'actual' || d.completion || s.span.end > v.span.start)
      continue;
    const after = tokenAt(a.tokens, s.span.end);
    const to = matchAt(a.tokens, after, a.g.toWords);
    if (!to || a.tokens[to.to]?.kind !== 'word' || matchAt(a.tokens, to.to, a.g.perfectAuxiliaries ?? [])) continue;
    const end = tokenAt(a.tokens, v.span.end);
    for (let k = end; k < end + DEADLINE_REACH && k < a.tokens.length; k++) {
      const t = a.tokens[k];
      if (t?.kind === 'punct') break;
      if (!deadline.has(t?.forms.fold ?? '')) continue;
      // (`by 2030` is read as one period; `by April`, `by June 2025`: a month after the deadline word)
      const next = a.tokens[k + 1]?.forms.fold ?? '';
      const month =
        tableValue(a.g.periodWords.monthNames, next) ?? tableValue(a.g.periodWords.monthAbbreviations, next);
      if (!matchPeriod(a.tokens, k, a.g.locale) && month === undefined) continue;
      d.kind = a.field('target', tokenAt(a.tokens, s.span.start), to.to, 'en.kind.estimated-deadline');
      d.stage = undefined;
      break;
    }
  }
}
