import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';

/**
 * `The provisional numbers had also slightly increased from 77,029 in September to 78,164 in October`:
 * statements that share one name (the same words: the two ends of a move, a list of one indicator's
 * figures) share a stage that a word of that name, or of the words before it, gives one of them — the
 * other end is provisional too (round 58: only the earlier one was). A stage read after the name (`ước
 * đạt` before one figure only) stays its own figure's. Results only; linear in the sentence's statements.
 */
export function sharedNameStages(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  const byName = new Map<string, Draft>();
  for (const d of drafts) {
    const n = d.name;
    const s = d.stage;
    if (!n || !s || d.kind.value !== 'actual' || s.span.end > n.span.end) continue;
    byName.set(`${n.span.start}:${n.span.end}`, d);
  }
  if (byName.size === 0) return;
  for (const d of drafts) {
    const n = d.name;
    if (!n || d.stage || d.kind.value !== 'actual') continue;
    const source = byName.get(`${n.span.start}:${n.span.end}`);
    if (source?.stage) d.stage = { ...source.stage, rule: `${source.stage.rule}+shared-name` };
  }
}
