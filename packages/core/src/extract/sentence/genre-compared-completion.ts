import type { Draft } from '../place/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens may stand between the completion and the compared percentage (`of the annual target (vs`). */
const GAP = 4;

/**
 * `Public investment fulfilled 16.3% of the annual target (vs 17.1% in 4M 2024)`, `…, achieving
 * 61.5% of the plan, compared with 55.2% in 9M 2024`: a bare percentage led by `vs` or `compared
 * to/with` right after a completion of a plan — the statement's last figure — is the same
 * indicator's completion of the same kind of plan for the period written right after it (which
 * must be another period than the statement's: without one it is left as read), never a level of
 * 17.1 %. Linear: one look per pair of neighbouring drafts.
 */
export function genreComparedCompletions(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  const t = a.tokens;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const prev = drafts[n - 1] as Draft;
    const done = prev.completion;
    const v = d.value;
    if (!done || !v || v.value.unitCode !== 'percent' || d.changes.length > 0 || d.completion) continue;
    // the completion is the previous statement's last figure
    if (prev.changes.some((c) => c.span.end > done.span.end) || (prev.value && prev.value.span.end > done.span.end))
      continue;
    const from = tokenAt(t, done.span.end);
    const at = tokenAt(t, v.span.start);
    let led = false;
    for (const lead of a.g.comparedFigureLeads ?? []) {
      const k = at - lead.length;
      if (k < from || k - from > GAP) continue;
      led = lead.every((word, j) => t[k + j]?.forms.lower === word);
      if (led) break;
    }
    // the period it belongs to is written right after it and is not the statement's (`in 4M 2024`)
    const p = d.period;
    if (!led || !p || p.value === prev.period?.value || p.span.start < v.span.end) continue;
    if (tokenAt(t, p.span.start) - tokenAt(t, v.span.end) > 2) continue;
    const completion: StatedCompletion = {
      percent: v.value.number,
      form: 'of-plan',
      of: done.value.of,
      ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
    };
    d.completion = { ...v, value: completion, rule: 'en.completion.genre-compared-completion' };
    d.value = undefined;
    if (prev.name) d.name = { ...prev.name, rule: 'en.name.genre-compared-completion' };
  }
}
