import type { DataStage } from '../../model/types';
import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words may stand between the source lead and its stage word (`according to the ministry's provisional`). */
const STAGE_WINDOW = 5;

/**
 * `Exports reached $2.1 billion in May, according to preliminary figures`, `…, according to provisional
 * estimates`: a source named after the sentence's last figure (grammar `sourceLeads`) whose words call
 * the figures preliminary or estimated (grammar `stageWords`) gives that stage to every result of the
 * sentence with none of its own — as the same source before the figures does (`According to provisional
 * data, …`; round 47: the trailing source had been read for nothing). Constant work per token after the
 * last figure.
 */
export function trailingSourceStages(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length === 0) return;
  let last = 0;
  for (const d of drafts)
    for (const f of [d.value, d.completion, ...d.changes]) if (f && f.span.end > last) last = f.span.end;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  let found: { stage: DataStage; from: number; to: number } | undefined;
  for (let k = tokenAt(a.tokens, last); k < end && !found; k++) {
    const lead = matchAt(a.tokens, k, a.g.sourceLeads, end);
    if (!lead) continue;
    for (let j = lead.to; j < end && j <= lead.to + STAGE_WINDOW; j++) {
      const t = a.tokens[j];
      if (t?.kind === 'number' || (t?.kind === 'punct' && t.text !== '’' && t.text !== "'")) break;
      const stage = matchAt(a.tokens, j, a.g.stageWords, end);
      if (stage) {
        found = { stage: stage.phrase.data, from: j, to: stage.to };
        break;
      }
    }
    k = lead.to - 1;
  }
  if (!found) return;
  for (const d of drafts)
    if (!d.stage && d.kind.value === 'actual')
      d.stage = a.field(found.stage, found.from, found.to, `${a.g.locale}.stage.trailing-source`);
}
