import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { dropOtherPeriodPlan } from './plan-value-period';
import { tokenAt } from './token-at';

/** How many tokens before a plan's value its words of the whole year may stand (`the proposed annual deficit spending of`). */
const PLAN_BACK = 6;

/**
 * `Revenue in H1 2024 reached 46% of the annual target of N9 trillion`, `92 per cent of the proposed
 * annual deficit spending of N9.18 trillion`: a target whose value follows words of the whole year
 * (grammar `annualPlanWords`: `annual`, `full-year`) in its own phrase is that year's plan, never of
 * the part of the year the result is of (round 52; it had taken the result's half); the result's
 * own statement keeps no plan of another period. One look per draft, a few tokens back.
 */
export function annualPlanPeriods(a: SentenceContext, st: SentenceState): void {
  const words = a.g.annualPlanWords;
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    const p = d.period;
    if (d.kind.value !== 'target' || !d.value || !p) continue;
    const year = /^(\d{4})-/u.exec(p.value)?.[1];
    if (year === undefined) continue;
    const at = tokenAt(a.tokens, d.value.span.start);
    if (yearPlanBracket(a, at, year)) {
      d.period = { ...p, value: year, rule: `${p.rule}+annual-plan` };
      dropOtherPeriodPlan(drafts, d);
      continue;
    }
    for (let i = at - 1; words && i >= 0 && i >= at - PLAN_BACK; i--) {
      const t = a.tokens[i];
      if (t?.kind === 'number' || (t?.kind === 'punct' && t.text !== '-')) break;
      if (!matchAt(a.tokens, i, words, at)) continue;
      d.period = { ...p, value: year, rule: `${p.rule}+annual-plan` };
      dropOtherPeriodPlan(drafts, d);
      break;
    }
  }
}

/**
 * True when the target's value at token `at` stands in a bracket that opens right after a plan phrase
 * naming the whole year `year` (`đạt 9,25% kế hoạch khai thác năm 2013 (kế hoạch 1.600 tấn)`: the
 * year's plan restated; round 53, test37 — it had taken the result's three months). Constant time.
 */
function yearPlanBracket(a: SentenceContext, at: number, year: string): boolean {
  for (let i = at - 1; i >= 0 && i >= at - PLAN_BACK; i--) {
    const t = a.tokens[i];
    if (t?.kind === 'number') return false;
    if (t?.kind !== 'punct') continue;
    if (t.text !== '(') return false;
    const y = a.tokens[i - 1];
    const word = a.tokens[i - 2];
    return y?.kind === 'number' && y.text === year && a.g.periodWords.keys.year.has(word?.forms.fold ?? '');
  }
  return false;
}
