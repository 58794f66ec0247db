import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * True when nothing but a link stands between the draft's name and its value's number: no word, a
 * bound (`khoảng`) or a link of a gapped verb (grammar `gappedStageLinks`: `có`, `at`) — its
 * own verb of reaching (`đạt`, `reached`) was not written, the verb before stands for it.
 */
function gappedVerb(a: SentenceContext, d: Draft): boolean {
  if (!d.name || !d.value) return false;
  const links = a.g.gappedStageLinks ?? [];
  const to = tokenAt(a.tokens, d.value.span.end);
  const end = tokenAt(a.tokens, d.name.span.end);
  // (`realised investment capital was recorded at …`: a verb that ends the name is the statement's own)
  if (phraseEndingAt(a.tokens, end - 1, a.g.valueVerbs, 3) >= 0) return false;
  // (up to the value's number: its verb, if any, stands inside the value's span)
  for (let k = end; k < to; k++) {
    const t = a.tokens[k];
    if (t?.kind === 'number') return true;
    const skip = matchAt(a.tokens, k, a.g.approximate, to) ?? matchAt(a.tokens, k, links, to);
    if (skip) k = skip.to - 1;
    else if (t?.kind === 'word') return false;
  }
  return false;
}

/**
 * `Thu ngân sách ước đạt 804 tỷ đồng, …; chi ngân sách 750 tỷ đồng`, `productivity estimated at
 * 6.08 tonnes per ha and total output at 43.1 million tonnes`, `… ước đón 10,5 triệu lượt khách …;
 * trong đó có khoảng 3,5 triệu lượt khách lưu trú`: a statement whose verb was left out (its name,
 * perhaps a link, then its value) shares the stage of the statement's own verb before it (`ước
 * đạt`, `estimated at`) — round 45. Only onto a statement of the same kind that names no other
 * period and is no part of a total (`sentence/of-which` parts have their own rule); a statement with
 * a verb of its own (`lợi nhuận đạt 310 tỷ đồng`) keeps none. One pass over the sentence's statements.
 */
export function gappedStages(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const previous = drafts[i - 1] as Draft;
    const stage = previous.stage;
    const own = stage?.rule.includes('.stage.word') || stage?.rule.includes('.stage.verb');
    if (d.stage || !stage || !own || !previous.value || d.parentDraft) continue;
    if (d.kind.value !== previous.kind.value) continue;
    if (d.period && previous.period && d.period.value !== previous.period.value) continue;
    if (!gappedVerb(a, d)) continue;
    d.stage = { ...stage, rule: `${stage.rule}+gapped-verb` };
  }
}
