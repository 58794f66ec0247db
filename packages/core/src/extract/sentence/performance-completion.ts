import { matchAt } from '../phrase';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens after the percentage a plan noun may close its clause (`towards hitting its Shs25.5 trillion annual revenue target`). */
const PLAN_REACH = 12;

/**
 * `posting a 99.2% performance towards hitting its Shs25.5 trillion annual revenue target`,
 * `registered a performance of 100.26% against the target`: the revenue authorities' `performance`
 * next to a percentage (grammar `performanceNouns`), with a plan noun later in its clause, is the
 * share of that plan collected — a completion (it had been a level, doubted). A fund's `a 12%
 * performance in 2023` names no plan and stays as read. English only. One look per statement (round 46).
 */
export function performanceCompletions(a: SentenceContext, st: SentenceState): void {
  const nouns = a.g.performanceNouns;
  if (!nouns) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    if (v?.value.unitCode !== 'percent' || d.completion || d.changes.length > 0) continue;
    const from = tokenAt(a.tokens, v.span.start);
    const to = tokenAt(a.tokens, v.span.end);
    // `a 99.2% performance`: the noun right after the percentage; `a performance of 100.26%`: before it
    const after = matchAt(a.tokens, to, nouns) !== null;
    let before = false;
    for (let k = Math.max(0, from - 3); k < from && !before; k++) before = matchAt(a.tokens, k, nouns) !== null;
    if (!after && !before) continue;
    let plan = -1;
    for (let k = to; k < a.tokens.length && k <= to + PLAN_REACH && plan < 0; k++) {
      const t = a.tokens[k];
      if (t?.kind === 'punct' && t.text !== '-') break;
      const noun = matchAt(a.tokens, k, a.g.planNouns);
      if (noun) plan = k;
    }
    const noun = plan < 0 ? null : matchAt(a.tokens, plan, a.g.planNouns);
    if (!noun) continue;
    const completion: StatedCompletion = { percent: v.value.number, form: 'of-plan', of: noun.phrase.data };
    d.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.performance` };
    d.value = undefined;
  }
}
