import { matchAt, phraseEndingAt } from '../phrase';
import type { StatedCompletion } from '../types';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { plainVerb, UNNAMED_PLAN } from './unnamed-plan';

/** How many tokens a verb may take before the percentage it opens (`ước tính đạt`). */
const VERB_TOKENS = 4;

/**
 * `số lần khám chữa bệnh đạt 121%`, `số bệnh nhân nội trú đạt 129%`, `the number of visitors reached
 * 112%`: a count (a name that opens on a count noun, grammar `countNameHeads`) has no level in
 * percent — a percentage after a plain verb of reaching (grammar `percentVerbs`, not a share or
 * ratio verb: `chiếm`, `bằng`) is how much of a plan the count reached. It is read as the completion
 * of a plan the sentence does not name and left uncertain (`percent-role`), never as a certain level
 * of 121 %. Constant work per statement.
 */
export function countPercents(a: SentenceContext, st: SentenceState): void {
  const heads = a.g.countNameHeads;
  if (!heads) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const name = d.name;
    if (!v || !name || v.value.unitCode !== 'percent' || d.completion || d.changes.length > 0) continue;
    if (d.kind.value !== 'actual' || d.density || d.rank || d.target) continue;
    const from = tokenAt(a.tokens, name.span.start);
    if (!matchAt(a.tokens, from, heads, tokenAt(a.tokens, name.span.end))) continue;
    const k = numberOf(a, v);
    if (k === undefined || !plainVerbBefore(a, k)) continue;
    const completion: StatedCompletion = {
      percent: v.value.number,
      form: 'of-plan',
      of: 'plan',
      ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
    };
    d.completion = { ...v, value: completion, rule: `${a.g.locale}.count-name+${UNNAMED_PLAN}` };
    d.value = undefined;
  }
}

/** True when a verb of reaching (no share, ratio or rate word) ends right before number token `k`. */
function plainVerbBefore(a: SentenceContext, k: number): boolean {
  const from = phraseEndingAt(a.tokens, k, a.g.percentVerbs, VERB_TOKENS);
  return from >= 0 && plainVerb(a, a.tokens, from, k);
}
