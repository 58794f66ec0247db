import { matchAt } from '../phrase';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { measuredResult } from './stated-percent';
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
    if (noun) {
      const completion: StatedCompletion = { percent: v.value.number, form: 'of-plan', of: noun.phrase.data };
      d.completion = { ...v, value: completion, rule: `${a.g.locale}.completion.performance` };
      d.value = undefined;
      continue;
    }
    // (`… were UGX 4,076.18 billion against a target of UGX 4,102.51 billion, posting a shortfall of
    // UGX 26.33 billion, and performance of 99.36%`: `performance of` after a result measured against
    // its target in the same sentence is that result's completion; after a shortfall alone, the
    // shortfall's plan's — round 48)
    if (!before) continue;
    // (the percentage must be that result over that target, as the audit would check it)
    const measured = measuredResult(a.sentenceDrafts(st.span), v.span.start, v.value.number);
    const owner = measured ?? (shortfallBefore(a, st, from) ? d : undefined);
    if (!owner) continue;
    owner.completion = {
      ...v,
      value: { percent: v.value.number, form: 'of-plan', of: 'target' },
      rule: PERFORMANCE_MEASURED,
    };
    d.value = undefined;
    // (the percentage's own statement, left empty when the result took it, is dropped)
    if (measured) d.unread = [];
  }
}

/** The rule of a performance read as the completion of a result measured against its plan. */
const PERFORMANCE_MEASURED = 'en.completion.performance-measured';

/** True when a gap noun (`a shortfall of`; grammar `gapNouns`) stands in the sentence before token `at`. */
function shortfallBefore(a: SentenceContext, st: SentenceState, at: number): boolean {
  const gaps = a.g.gapNouns;
  if (!gaps) return false;
  for (let k = tokenAt(a.tokens, st.span.start); k < at; k++) if (matchAt(a.tokens, k, gaps, at)) return true;
  return false;
}
