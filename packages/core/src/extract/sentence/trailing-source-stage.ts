import type { DataStage } from '../../model/types';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
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
  let lastKind: string | undefined;
  for (const d of drafts)
    for (const f of [d.value, d.completion, ...d.changes])
      if (f && f.span.end > last) {
        last = f.span.end;
        lastKind = d.kind.value;
      }
  // (`…, which is 88.5% of the total revenue collection target for the year, which has been set at over
  // Rs 20.78 lakh crore as per the revised estimates`: after a target's figure, estimates called revised
  // (grammar `reviseVerbs`) are the budget's own — no stage of the results; round 58. `…, beating an
  // earlier forecast of 2.45 percent, according to an advance estimate` still dates the results')
  const revised = lastKind === 'target' ? a.g.reviseVerbs : undefined;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  let found: { stage: DataStage; from: number; to: number } | undefined;
  for (let k = tokenAt(a.tokens, last); k < end && !found; k++) {
    const lead = matchAt(a.tokens, k, a.g.sourceLeads, end);
    if (!lead) continue;
    for (let j = lead.to; j < end && j <= lead.to + STAGE_WINDOW; j++) {
      const t = a.tokens[j];
      if (t?.kind === 'number' || (t?.kind === 'punct' && t.text !== '’' && t.text !== "'")) break;
      const stage = matchAt(a.tokens, j, a.g.stageWords, end);
      if (stage && revised && j > lead.to && matchAt(a.tokens, j - 1, revised, j)) return;
      if (stage) {
        found = { stage: stage.phrase.data, from: j, to: stage.to };
        break;
      }
    }
    k = lead.to - 1;
  }
  found ??= trailingEstimator(a, tokenAt(a.tokens, last), end);
  if (!found) return;
  for (const d of drafts)
    if (!d.stage && d.kind.value === 'actual')
      d.stage = a.field(found.stage, found.from, found.to, `${a.g.locale}.stage.trailing-source`);
}

/** How many words may name who estimates in a closing clause (`, the Congressional Budget Office estimates.`). */
const ESTIMATOR_WORDS = 5;

/**
 * `…, CBO estimates.`: a closing clause after the last figure — a comma, at most {@link ESTIMATOR_WORDS}
 * words naming a source (capitalised or after an article, no possessive before the stage word), then a
 * stage word (grammar `stageWords`) that ends the sentence — the stage of the figures before it (round 51).
 */
function trailingEstimator(
  a: SentenceContext,
  from: number,
  end: number,
): { stage: DataStage; from: number; to: number } | undefined {
  let stop = end;
  while (stop > from && a.tokens[stop - 1]?.kind === 'punct' && a.tokens[stop - 1]?.text !== ',') stop--;
  // (`…, exporters estimated on Monday.`: a day after the stage word; round 52)
  const tails = a.g.estimateTimeTails;
  if (tails)
    for (let back = 1; back <= 2 && stop - back > from; back++)
      if (matchAt(a.tokens, stop - back, tails, stop)?.to === stop) {
        stop -= back;
        break;
      }
  for (let j = stop - 1; j >= from && j >= stop - 1 - ESTIMATOR_WORDS; j--) {
    const t = a.tokens[j];
    if (t?.kind === 'punct' && t.text === ',') {
      if (j + 1 >= stop - 1) return undefined;
      const k = stop - 1;
      // (a name opens the clause, capitalised or after an article, and owns no possessive before the
      // stage word: `…, beating analysts’ estimates.` names no estimator)
      // (or the estimators named by a plural noun right before the stage word: `, exporters estimated`)
      const first = a.tokens[j + 1] as Token;
      const plural = k === j + 2 && /^\p{Ll}+s$/u.test(first.text);
      if (!/^\p{Lu}/u.test(first.text) && !a.g.definiteArticles.has(first.forms.fold) && !plural) return undefined;
      if (/['’]s?$/u.test(a.tokens[k - 1]?.text ?? '')) return undefined;
      const stage = matchAt(a.tokens, k, a.g.stageWords, stop);
      return stage?.to === stop ? { stage: stage.phrase.data, from: k, to: stop } : undefined;
    }
    if (t?.kind !== 'word') return undefined;
  }
  return undefined;
}

/**
 * `Exports reached USD 2.1 billion (provisional) in 2023`, `GDP grew 6.1% (estimated)`: a stage word
 * alone in brackets right after a figure (grammar `stageWords`) is that figure's statement's stage
 * when it has none (round 47). One look per statement.
 */
export function bracketStages(a: SentenceContext, st: SentenceState): void {
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.stage) continue;
    for (const f of [d.value, d.completion, ...d.changes]) {
      if (!f) continue;
      const k = tokenAt(a.tokens, f.span.end);
      if (a.tokens[k]?.kind !== 'punct' || a.tokens[k]?.text !== '(') continue;
      const stage = matchAt(a.tokens, k + 1, a.g.stageWords);
      const close = stage ? a.tokens[stage.to] : undefined;
      if (!stage || close?.kind !== 'punct' || close.text !== ')') continue;
      d.stage = a.field(stage.phrase.data, k + 1, stage.to, `${a.g.locale}.stage.bracket`);
      break;
    }
  }
}
