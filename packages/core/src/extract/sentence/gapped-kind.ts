import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';

/** The rule suffixes of a percentage read as a gapped rate of the change before it (`en-coord-gapped-to.ts`, `rules/`). */
const GAPPED = ['.change.gapped-rate-in', '.change.elliptic-rate'];

/**
 * `… set a target of 4.4% growth in revenue and 5% in pre-tax profit`, `The company targets 8%
 * growth in revenue and 12% in profit in 2025`: an item that repeats the predicate of the change
 * before it with its verb gapped (`and 5% in pre-tax profit`) is framed by that predicate: a goal
 * when the first is a goal, with its period and stage when it has none of its own. Only a
 * statement whose first change is such a gapped rate and whose kind is the default (no marker of
 * its own); each pair of adjacent drafts is looked at once.
 */
export function gappedKinds(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const before = drafts[k - 1] as Draft;
    const rule = d.changes[0]?.rule;
    if (!rule || !GAPPED.some((g) => rule.endsWith(g)) || d.value || d.completion) continue;
    if (before.kind.value !== 'target' || d.kind.value !== 'actual' || !d.kind.rule.endsWith('.kind.default-actual'))
      continue;
    d.kind = { ...before.kind, rule: `${before.kind.rule}+gapped` };
    if (!d.period && before.period) d.period = before.period;
    if (!d.stage && before.stage) d.stage = before.stage;
  }
}
